"""The words that cue a password or a code in prose, in the languages the redactor reads, and the
lower-case substrings that say a text may hold one (the gate before the patterns run). Data only: the
rules that read them are in ``prose`` and ``phrasings``."""

from __future__ import annotations

from device.privacy.passwords import languages

PASSWORD_WORDS = (
    r"pass(?:wor[dt]|wd|code|phrase|\s+phrase)s?|kennw[oö]rt(?:er)?|pwd?|mot\s+de\s+passe|contrase[ñn](?:a|ita)"
    r"|wachtwoord|senha|l[öo]senord(?:et)?|passord(?:et)?|adgangskode(?:n)?|salasana|has[łl](?:o|a|em|u)|heslo|jelsz(?:[óo]|ava|avam|avad|avunk)"
    r"|[şs]ifre(?:si|niz|m|mi|yi|ni|mizi)?|пароль|парол(?:ем|я|ю|ы|і|i)|kata\s+sandi(?:nya|ku|mu)?|mdp|geslo|lozinka|parola(?:\s+d['’]ordine|s[ıi]|m|n[ıi]z)?|psw|κωδικ[όο]ς(?:\s+πρόσβασης)?"
    # More languages: Bulgarian, Russian in Latin letters ("parol'"), Lithuanian, Latvian, Estonian, Icelandic, Catalan, Galician, Welsh, Albanian,
    # Arabic, Hebrew, Hindi, Bengali, Vietnamese, Swahili, Afrikaans, Georgian, Azerbaijani.
    r"|парола(?:та)?|slaptažodis|parole|parool|parol['’]|lykilorð(?:ið)?|contrasenya|contrasinal|cyfrinair|fjalëkalimi?"
    r"|كلمة\s+(?:ال)?(?:مرور|سر)|ה?סיסמה|पासवर्ड|পাসওয়ার্ড|mật\s+khẩu|nenosiri|wagwoord|პაროლ(?:ი|ია|ის)|şifrə"
    r"|wi-?fi\s+(?:key|pass)|wlan-?(?:schl[üu]ssel|key)|(?:wi-?fi|wlan)\s*-?\s*code|code\s+(?:wi-?fi|wlan)"
    r"|code\s*-?\s*word|network\s+key|wpa2?\s+key|psk|clave\s+(?:del\s+|de\s+)?(?:wi-?fi|acceso|red)"
    # Spanish "clave" for an account's password ("Clave del correo"); French "clé wifi" ("la clé wifi de la Freebox").
    r"|clave(?=\s+(?:(?:nueva\s+)?(?:del?|de\s+la|de\s+mi|para|es)\s|\S*\d)|\s*:\s*\S)|cl[ée]\s+(?:du\s+|de\s+la\s+|de\s+)?(?:wi-?fi|wpa|r[ée]seau)"
    # Italian "chiave WPA", "chiave di rete"; Spanish "clave WPA"; German "WPA-Schlüssel"
    r"|chiave\s+(?:wpa2?|wi-?fi|di\s+rete|della\s+rete)|clave\s+wpa2?|wpa2?-?schl[üu]ssel"
    # German "Netzwerkschlüssel" and Windows' "Sicherheitsschlüssel" for a network's password
    r"|netzwerk-?schl[üu]ssel|netzschl[üu]ssel|sicherheitsschl[üu]ssel"
    # A login's word ("your login word for the bulletin is X"); Urdu in Latin letters "kholne ka lafz" (the word that opens it)
    r"|log-?in\s+word|(?:kholne|login|unlock)\s+ka\s+lafz"
    # Swedish, Norwegian, Danish "koden till/til/for" (the code to a thing: "nya koden till lagets bärbara blev X")
    r"|koden(?=\s+(?:till|til|för|for)\s)"
    + "|" + "|".join(languages.PASSWORD_WORDS)
)
CODE_WORDS = (
    languages.CODE_WORDS + "|"
    r"(?:sim-?|m-?|t-?|upi\s+)?(?:pin|пин|nip)(?:\s*code|\s*код|-code|-nummer|-koodi)?|puk|geheimzahl|geheimnummer|digicode|(?:door|gate|alarm|garage|lock|padlock|locker|safe|entry|access|keypad|lockbox|lock\s+box|key\s*safe"
    r"|building|unlock|security|verification|2fa|mfa|otp|one-?time|one\s+time|login|log-?in|sign-?in|disarm|arming"
    r"|auth(?:entication)?|sms|tür|haustür|tor|tresor|kluis|atm|card|bank\s*card|tablet|ipad|laptop|kiosk|admin|cage|shed|hut|storeroom|cupboard)(?:\s+(?:panel|pad|box|system|disarm|arm|entry))?\s*-?\s*code(?!\s*-?\s*word)|code\s+d'acc[èe]s|türcode"
    r"|zahlen(?:schloss)?code|(?:ziffern|zahlen)kombination|(?:gate|door|locker|ghar|society)\s+ka\s+code|(?:combination|combo)(?=\s*[:#-]?\s*\d{3,8}\b)"
    # A card's PIN by its other names: "chip-and-pin number", "the four digits for the cash machine", "los cuatro números"
    r"|chip[- ](?:and|&|n)[- ]pin(?:\s+(?:number|code))?|(?<!last\s)(?<!final\s)(?:four|4|six|6|vier|sechs|quatre|cuatro|seis|quattro|sei)\s+"
    r"(?:digits|ziffern|chiffres|n[úu]meros|d[íi]gitos|cifre|numbers)(?=[^.:\n]{0,40}(?:card|atm|cash\s+machine|geldautomat|karte"
    r"|tarjeta|cart[ãa]o|carte|bank|banco|cajero|caixa|distributeur|bancomat|multibanco))"
    # A keypad's digits are its code ("garage keypad 4243").
    r"|keypad|(?:padlock|lock|locker|safe|bike\s+lock|suitcase|cupboard|cabinet|armoury|armory|key\s+box)\s+(?:combination|combo)"
    # ... or named after it: "combination for the tool-shed lockbox"
    r"|(?:combination|combo)\s+(?:for|to|of)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:padlock|lock|locker|safe|lockbox"
    r"|lock\s+box|key\s*(?:box|safe)|cupboard|cabinet|suitcase|gate|door)"
    # The code of a door, an alarm or a card (its PIN or security code): "code for the gate", "código do cartão".
    r"|(?:code|c[óo]digo|codice|kod)(?:\s+(?:secreto|segreto|secret|pessoal|personal))?\s+(?:for|to|of|für|zur|zum|de|du|del|de\s+la|do|da|della|dell['’]|dla|od|van)(?:\s+|(?<=['’]))"
    r"(?:the\s+|my\s+|our\s+|la\s+|le\s+|l'|die\s+|das\s+|der\s+|den\s+|dem\s+|el\s+|mi\s+|meu\s+|minha\s+|il\s+|het\s+|de\s+)?"
    r"(?:front\s+|back\s+|main\s+|garage\s+|bike\s+|side\s+)?(?:door|gate|alarm|garage|safe|lock|padlock|locker|building"
    r"|entrance|keypad|padlock|porte|portail|tür|haustür|puerta|porta|port[ãa]o|cancello|alarme|alarma|allarme|cofre"
    r"|casier|taquilla|cacifo|arm[áa]rio|spind|bo[iî]te\s+(?:à|a|aux)\s+cl[ée]s?|cadenas|coffre(?:-fort)?|key\s*box|lock\s*box|cassett[ao]\s+(?:delle\s+|per\s+le\s+)?chiavi"
    r"|caja\s+de\s+(?:las\s+)?llaves|caixa\s+(?:de|das)\s+chaves|schl[üu]ssel(?:kasten|box|tresor)|sleutelkastje"
    r"|fietsenhok|fietsenstalling|schuur(?:tje)?|hek|poort|deur|kluis(?:je)?|schuppen|h[üu]tte|garage|tor"
    r"|card|carte|cart[ãa]o|tarjeta|karte|carta|karty"
    r"|tablet|tablette|tableta|ipad|phone|t[ée]l[ée]phone|telefone|celular|m[óo]vil|handy|laptop|ordinateur|ordenador|computer"
    r"|portable|port[áa]til|portatile|notebook|macbook|chromebook|computador|computadora)"
)
CUE_WORD_HINTS = ("pass", "pw", "pin", "nip", "puk", "geheimz", "geheimn", "digicode", "clave", "kennw", "contrase", "wachtw", "senha", "lösen", "losen",
              "adgang", "salasana", "hasł", "haslo", "heslo", "jelsz", "ifre", "chiave", "пароль", "wifi", "wi-fi", "wlan", "key",
              "psk", "code", "sandi", "psw", "mdp", "geslo", "lozinka", "parola", "κωδικ", "パスワード", "パスは", "合言葉", "合鍵", "密码", "密碼", "口令",
              "비밀번호", "암호", "парол", "slapta", "parool", "lykilor", "contrase", "contrasinal", "cyfrinair",
              "fjalëkalim", "كلمة", "סיסמ", "पासवर्ड", "পাসওয়ার্ড", "รหัสผ่าน", "mật khẩu", "nenosiri", "wagwoord", "პაროლ",
              "şifrə", "schlüssel", "schlussel", "暗号", "暗証", "비번", "รหัส", "пин", "parole", "digo", "codice", "kod", "combination",
              "combo", "kombination", "four digits", "4 digits", "six digits", "6 digits", "four numbers", "ziffern", "números", "numeros",
              "chiffres", "dígitos", "digitos", "cifre", "parol", "algarismos", "in word", "lafz", "opens with",
              *languages.HINTS)
# Words that make "pass" a ticket or a permit ("boarding pass BA1612", "day pass", "ski pass"), not a password.
TICKET_PASS = frozenset("""
boarding bus day week lift chairlift gondola zoo pool trail weekly month monthly annual season ski rail train travel transit metro subway tube ferry
gate hall backstage press guest visitor park museum festival event concert stadium gym parking toll hiking fair show expo
fest fests festa fete fête mela carnival convention con comic-con conference summit exhibition bazaar market
""".split())
# Nouns and states that make "password X" a thing of its own ("password manager", "PIN required").
COMPOUND = frozenset("""
manager managers reset resets field fields policy policies strength hint hints length change changes expiry expires
expiration generator requirements requirement rules rule protection protected prompt recovery history hash
hashes file files reuse dialog screen page box form input attempt attempts check checker complexity rotation age
sharing cracking leak leaks breach vault store storage app tool list lists section settings setting option options
protect entry entries required incorrect wrong invalid changed update updated must should will can cannot could would
may might has have had does did do expire expired works work worked sync synced saved save autofill
less free mismatch error errors prompts login logins authentication auth reminder reminders rotation bucket game
need needs needed require requires
""".split())
# Nouns of ``COMPOUND`` that, after a preposition, name what the password is for ("password for
# the gate app is X", "mot de passe de la box c'est X"), as "password app" does not.
THINGS = frozenset("app apps box tool game bucket vault store storage file files page screen form list section".split())
