"""The words of more languages that ``prose`` reads around a password: the word for "password"
itself, the verbs that say "is", and the little words that say whose password it is.

A table of translations, kept apart from the rules so that a language is added by adding its
words. The verbs here are short and common (Haitian "se", Fijian "e", French "c'est"), so what
follows them counts only when it looks made up (``values.password_shaped``); the verbs of the
languages read first (is, ist, est, ni ...) stay in ``prose``.
"""

from __future__ import annotations

_MARKS = "[\u0300\u0301\u0323]*"  # tone marks and dots written apart from their letter ("ọ̀rọ̀")

PASSWORD_WORDS: tuple[str, ...] = (
    r"գաղտնաբառ(?:ը)?",  # Armenian
    r"сырсөз(?:ү)?|құпия\s*сөз(?:і|ді)?|нууц\s+үг",  # Kyrgyz, Kazakh, Mongolian
    r"[šs]ifr[au]|шифр[аеу]|лозинка(?:та)?",  # Bosnian, Croatian, Montenegrin, Serbian; Macedonian, Serbian Cyrillic
    r"kata\s+laluan|kalmar\s+sirri|okwuntughe|neno\s+la\s+siri|nywila|kata\s+kunci",  # Malay; Hausa; Igbo; Swahili; Indonesian
    r"(?<!kata\s)sandi(?=\s)",  # Indonesian "sandi" alone ("sandi laptop kamera X"), as "kata sandi" is read already
    r"baatu\s+j[àa]ll",  # Wolof
    r"ijambo\s+ry['’]ibanga",  # Kinyarwanda
    r"pasahitz(?:a)?|passwuert|pasfhocal|facal-faire|pasvorto",  # Basque, Luxembourgish, Irish, Gaelic, Esperanto
    r"[oọ]" + _MARKS + r"r[oọ]" + _MARKS + r"\s+a[sṣ]" + _MARKS + r"[íi]" + _MARKS + r"n[àa]" + _MARKS,  # Yoruba (with or without its marks)
    r"iphasiwedi|furaha\s+sirta(?:\s+ah)?|tenimiafin(?:a|['’]ny)|modpas|yachay\s+simi",  # Zulu, Somali, Malagasy, Haitian, Quechua
    r"رمز(?:\s+عبور)?|پټنوم|پاس\s*ور[ڈڊ]|وشەی\s+نهێنی",  # Persian, Pashto, Urdu and Sindhi, Sorani
    r"(?:ال)?باس(?:و)?ورد|رقم\s+(?:ال)?سري",  # Arabic, spoken: "the password" borrowed from English; "the secret number"
    # (Burmese and Khmer write a sentence's words without blanks: the run glued to the word says whose it is.)
    r"စကားဝှက်[\u1000-\u109f]*|ລະຫັດຜ່ານ|(?:ពាក្យ|លេខ)សម្ងាត់[\u1780-\u17ff]*|මුරපදය|கடவுச்சொல்|የይለፍ\s+ቃል",  # Burmese, Lao, Khmer, Sinhala, Tamil, Amharic
    r"contra(?=\s+(?:del?|de\s+la|de\s+mi|pa)\s)",  # Spanish slang for contraseña: "contra del correo"
    r"(?:il|l)-password",  # Maltese writes its article on the word
    r"code\s+(?:du|de\s+la|de)\s+(?:wi-?fi|wlan)",  # "le code du wifi"
    r"palavra-passe|sal[aā]s[õo]na(?:t)?|şifrə(?:si|ni|m|miz)?",  # European Portuguese, Estonian (Livonian "salāsõna"), Azerbaijani
    r"parol(?:i|im|ingiz|ni)?",  # Uzbek (Latin), also Turkmen's and Crimean Tatar's word
    # Hausa, Tsonga, Kikuyu, Tatar, Nahuatl, Javanese, Darija ("lmot de passe"), Northern Sami, Ewe, Bambara, Tahitian,
    # K'iche', Mapudungun, Krio
    r"kalmar\s+wucewa|phasiwedi|k[ĩi]ugo\s+k[ĩi]a\s+hitho|серсүз(?:е|ем)?|tlahtolli\s+ichtacayotl|tembung\s+sandhi"
    r"|phasiwede|liphasiwedi|parolla\s+d['’]intrata|mot\s+d['’]\s*passe|серһүҙ|bi\u030d?t-b[ée]|kato\s+kunci|пароли|پارولى?"
    r"|hes[łl]o|гесло|(?:sarerako\s+)?gakoa|нюуса\s+үгэ|mi\u030d?t-ma|m[ậa]t\s+m[ãa]|ijambobanga|isiqtirutaa"
    r"|གསང་ཚིག[\u0f00-\u0fff]*"
    r"|awal\s+(?:n\s+tuffra|uffir)|paswortu|fockle\s+follit"
    r"|lmot\s+de\s+passe|beassans[áa]tni|nya[ɣg]a[ɣg]la|gundo|parau\s+huna|ewal\s+tzij|ewkantun\s+dungu|pasw[ɔo]d",
    # Malayalam, Telugu, Kannada, Gujarati, Punjabi, Odia (the English word, a ZWNJ or none inside)
    "പാസ്\u200c?വേഡ്|పాస్\u200c?వర్డ్|ಪಾಸ್\u200c?ವರ್ಡ್|પાસવર્ડ|ਪਾਸਵਰਡ|ପାସୱାର୍ଡ",
    # Xhosa, Malagasy, Tigrinya, Kurmanji, Turkmen, Maori, Samoan, Luganda, Sesotho, Oromo
    r"igama\s+lokugqitha|teny\s+miafina|ምስጢራዊ\s+ቃል|şîfre(?:ya|yê)?|açar\s+sözi|kupuhipa|upu\s+fa['’]alilolilo"
    r"|ekigambo\s+(?:ekyekusifu|ekyama)|phasewete|jecha\s+darbii",
    # Hawaiian, Assamese, Chichewa, Tongan, Faroese, Shona, Setswana, Breton, Guarani, Dhivehi, Fijian, Tok Pisin,
    # Romansh, Tetum, Lingala, Bislama, Sundanese, Quechua, Aymara, Papiamento, Greenlandic; French "code du compte"
    r"[ʻ'‘]?[ōo]lelo\s+h[ūu]n[āa]|পাছৱৰ্ড|mawu\s+achinsinsi|lea\s+fuf[ūu]|loyniorð(?:ið)?|pasiwedhi|lefoko\s+la\s+sephiri"
    r"|ger-tremen(?:a)?|ñe['’]ẽñemi|ޕާސްވޯޑ\S*|vosa\s+vuni|paswet|pled-clav|liafuan-xave|liloba\s+ya\s+nkuku|pasword"
    r"|kecap\s+sandi|pakasqa\s+simi\w*|imantata\s+aru\w*|kontrase[ñn]a|isissutissaq|code\s+du\s+compte",
    # Aragonese and Catalan "clau" (key) of a network or an account, Mirandese, Belize Kriol, Crimean Tatar, Tunisian
    r"clau(?=\s+(?:nueva|nova|nuova|d['’]|de|del|dera|deth|wifi)\b)|palabra-passe|paaswod|parol[üu]|(?:ال)?كلمة\s+(?:ال)?سرية",
    # Lower Sorbian, Nahuatl, Ewe, Oshiwambo, Kichwa, Antillean Creole's "kòd" (code) of a wifi
    r"gronid[łl]o|ichtacatlahtolli|nya\s+ɣaɣla|oshitya\s+shoshiholekwa|pakalla\s+shimi\w*|k[òo]d\s+wifi(?:-a)?",
    r"passwatt|парол(?:жо|ыс|ыд)",  # Pennsylvania Dutch; Komi with its possessive endings
    r"pasuw[aā]{1,2}-?do|bimil\s*beonho|bimilbeonho|amho|mima",  # Japanese, Korean and Chinese in Latin letters (パスワード, 비밀번호, 암호, 密码)
)
"""More words for "password", as regex alternatives (read without regard to case)."""

HINTS: tuple[str, ...] = (
    "գաղտնաբառ", "сырсөз", "құпия", "нууц", "ifra", "ifru", "лозинк", "laluan", "sirri", "okwuntughe", "neno la siri", "nywila", "kata kunci", "baatu",
    "ibanga", "hesło", "heslo", "гесло", "gakoa", "нюуса", "mi̍t-ma", "mit-ma", "mật mã", "mat ma", "ijambobanga", "isiqtirutaa",
    "གསང་ཚིག", "phasiwede", "parolla", "mot d", "серһүҙ", "bi̍t-b", "bit-b", "kato kunci", "пароли", "پارول", "tuffra", "uffir",
    "paswortu", "fockle follit", "پاسورڊ", "پاس ورڊ", "шифр", "wucewa", "phasiwedi", "hitho", "серсүз", "ichtacayotl", "tembung sandhi", "lmot de passe",
    "beassans", "nyaɣaɣla", "nyagagla", "gundo", "parau huna", "ewal tzij", "ewkantun", "paswɔd", "ekyama", "ọ̀rọ̀", "ọrọ", "pasahitz", "passwuert", "pasfhocal", "facal-faire", "pasvorto", "aṣínà", "asina", "iphasiwedi", "sirta",
    "tenimiafin", "modpas", "yachay", "رمز", "باس", "سري", "پټنوم", "ورڈ", "نهێنی", "စကားဝှက်", "ລະຫັດ", "ពាក្យសម្ងាត់", "លេខសម្ងាត់", "මුරපදය", "parol",
    "கடவுச்சொல்", "የይለፍ", "contra", "palavra-passe", "salasõna", "salasona", "salāsõna", "şifrə", "പാസ്", "పాస్", "ಪಾಸ್", "પાસવર્ડ", "ਪਾਸਵਰਡ", "ପାସ", "lokugqitha",
    "miafina", "ምስጢራዊ", "şîfre", "açar", "kupuhipa", "fa'alilolilo", "fa’alilolilo", "ekyekusifu", "phasewete", "darbii",
    "hūnā", "huna", "পাছৱৰ্ড", "achinsinsi", "fufū", "fufu", "loyniorð", "pasiwedhi", "sephiri", "ger-tremen", "ñe'ẽñemi",
    "ñe’ẽñemi", "ޕާސްވޯޑ", "vosa vuni", "paswet", "pled-clav", "liafuan", "nkuku", "pasword", "kecap sandi", "pakasqa",
    "imantata", "kontraseña", "kontrasena", "isissutissaq", "code du compte", "clau", "palabra-passe", "paaswod", "parolü",
    "كلمة", "gronid", "ichtacatlahtolli", "ɣaɣla", "shoshiholekwa", "pakalla", "kòd", "kod wifi", "passwatt",
    "pasuwa", "pasuwā", "bimil", "amho", "mima",
)
"""Lower-case substrings, one of which each word above contains (the gate before the pattern)."""

CODE_WORDS = r"code\s+secret|(?:pin|пин)-?код[уаи]?|ລະຫັດ\s+pin"
"""More words for a card's PIN or a code ("code secret de la carte", Kyrgyz "пин-коду")."""

WEAK_VERBS = r"(?:shi|qued[óo]|queda|ficou|fica)(?:[ \t]+(?:como|as))?|isch|da|هي|هو|jo|nye|osho|sé|ko|ke|c['’]est|ass|yw|hija|huwa|mooy|dia|waa|ngu|ແມ່ນ|se|e|ir|yra|hai|ndi|kiri|је|nĩ|ni|yaiku|howa|hiya|lea|enye|ye|ca|are|hè|c['’]\s+est|sī|iga|d|et|є|he|ch['’]est|l['’][èe]"
"""Verbs for "is" (French spoken and Picard's "ch'est", Lombard "l'è", Luxembourgish, Welsh, Maltese, Wolof, Malagasy, Somali, Zulu,
Lao, Haitian, Fijian ...): a value after them must look made up."""

PREPOSITIONS = frozenset("""
ад ya pa rya vir vum ee ni ye wa la tal tad tar tas tat taż għall fil mill lil i e ea ekya mō amin'ny le o fún fun rag ta ya kĩa kia của dyal f re ri no fɔ ning king n fu son y ayns iya pa jo جي جو ed rya yo mu za dal مال حق
""".split())
"""Words (or glued prefixes: Maltese "tal-wifi", Zulu "ye-wifi") that say whose password it is (Lombard "dal", Gulf Arabic
"مال" and "حق": of)."""

CJK_PARTICLES = "係"
"""Cantonese "is", written after 密碼 without a blank ("密碼係 X")."""
