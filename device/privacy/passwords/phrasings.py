"""Passwords given by a turn of phrase rather than after their cue: "use X as the password" (or just "X as
the password"), "X is my
wifi password", "set the password to X", a login written as a pair ("login for the NAS is priya /
X", "Zugangsdaten: priya / X"), one made-up value after an arrow ("shared Costco login → X"), and a
file that "opens with" its password, a login said to be one made-up value ("the Sky Go login is X"), and
a lock that opens with its digits ("the room safe opens with 8316")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from device.privacy.findings import any_of
from device.privacy.lazy_pattern import LazyPattern
from device.privacy.passwords.access_phrases import find_access_phrases
from device.privacy.table_columns import labelled_cells
from device.privacy.passwords.cue_words import CODE_WORDS, PASSWORD_WORDS
from device.privacy.passwords.values import (generated, lower_word_or_shaped, made_up, password_shaped, plausible, random_case,
                                             strongly_made_up, symbol_rich, unsigned_ok, value_at)

# "... as the password manager": a thing named for passwords, not one.
_NOT_A_THING = r"(?![ \t-]+(?:managers?|apps?|vaults?|generators?|hints?|resets?|fields?|polic(?:y|ies)|prompts?|rules?|requirements?|"\
               r"store|storage|tools?|lists?|sharing|recovery|protection|safe|book|notebook|file|sheet|spreadsheet)\b)"
# "use X as the (new) password", "X is my wifi password", "set the password to X".
_USE_AS = LazyPattern(rf"(?i)\bus(?:e|es|ing)\s+(?=\S)(?P<v>.)(?:(?!\s).){{0,100}}?\s+as\s+(?:(?:the|my|your|our|its|a|an|new|temp"
                     rf"|temporary|wifi|guest|admin|master)\s+){{0,3}}(?:{PASSWORD_WORDS}|{CODE_WORDS})\b{_NOT_A_THING}")
_IS_MY = LazyPattern(rf"(?i)(?<!\S)(?P<v>[^\s\"'“]+)[\"'”]?\s+(?:is|was|=)\s+(?:my|the|our|your|his|her|their)\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{PASSWORD_WORDS})\b")
# "signs in with my Gmail and W3ft?287 as the password": a made-up value, then "as the password" (no "use").
_AS_THE = LazyPattern(rf"(?i)(?<!\S)(?P<v>[^\s\"'“]+)[\"'”]?\s+as\s+(?:(?:the|my|your|our|his|her|their|a|an|new|wifi|guest"
                     rf"|admin|master)\s+){{1,3}}(?:{PASSWORD_WORDS})\b{_NOT_A_THING}")
# "... type this exactly… X… that's your new Medicare.gov password", "X — that's the password for the cabin's wifi",
# "X — I'm saying it out loud — that's the forum login":
# a made-up value, then what it is.
_THATS_THE = LazyPattern(rf"(?i)(?<!\S)(?P<v>[^\s…]{{6,}}?)[.,;:]?(?:…|\.{{3}}|\s)*(?:[—–-][^—–\n]{{1,70}}?[—–]\s*)?(?:[—–-]\s*)?"
                         rf"(?:[^\W\d_][\w'’]{{1,20}}(?:\s+[^\W\d_][\w'’]{{1,20}})?,\s+)?"  # "— Mom, that's the ..."
                         rf"(?:that['’]s|that\s+is|this\s+is|it['’]s)\s+(?:the|your|my|our|his|her|their)\s+(?:new\s+)?"
                         rf"(?:[\w.'’-]+\s+){{0,3}}?(?:{PASSWORD_WORDS}|log-?in|sign-?in)\b{_NOT_A_THING}")
# Irish and Scottish Gaelic put the value between the copula and the word: "is é X an pasfhocal", "'s e X am facal-faire".
_COPULA_FIRST = LazyPattern(r"(?i)(?:\bis|['’]s)\s+(?:é|í|e|i)\s+(?P<v>\S+)\s+(?:an|am|an\s+t-)\s*(?:pasfhocal|focal\s+faire|facal-faire)\b")
# A made-up value first, then a dash and where it was written for what: "X — written under 'tablet login'".
_VALUE_THEN_WHERE = LazyPattern(rf"(?im)^[ \t]*(?P<v>[^\s\"'“]{{6,}}?)[.,;:]?[ \t]+[—–][ \t]+"
                                rf"[^\n.]{{0,80}}?\b(?:{PASSWORD_WORDS}|log-?in|sign-?in)\b")
# A code to disarm or unlock something, given after "with": "alarm, disarm with 3604".
_DISARM_WITH = re.compile(r"(?i)\b(?:disarm|unarm|deactivate|unlock)(?:\s+it)?\s+(?:with|using)\s+(?:the\s+)?(?:code\s+)?"
                          r"(?P<v>\d{4,8})(?![\d.,:/-]\d)")
_SET_TO = LazyPattern(rf"(?i)\b(?:set|change|changed|changing|reset|update|updated)\s+"
                     rf"(?:(?:the|my|your|our|his|her|its|a)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{PASSWORD_WORDS})\s+"
                     rf"(?:to|auf|à|en|naar|till|para|a)\s+(?P<v>\S)")
# An account locked or forgotten, then what it was reset to: "booster account got locked, I reset it to X".
_ACCOUNT_RESET_TO = re.compile(r"(?i)\b(?:account|log-?in|sign-?in|profile|inbox|mailbox|e-?mail|g-?mail|outlook|hotmail|yahoo)\b[^.!?\n]{0,40}?\b(?:locked|blocked|hacked|expired|compromised|forg[eo]t\w*)"
                               r"\b[^.!?\n]{0,40}?\b(?:reset|changed|set)\s+it\s+(?:back\s+)?to\s+(?P<v>\S)")
# "login for the NAS is priya / X", "Zugangsdaten: priya / X", "credentials: admin:X".
_LOGIN = re.compile(r"(?i)(?<![\w/:@.-])(?:log-?in|sign-?in|credentials?|creds|zugangsdaten|anmeldedaten|zugang"
                    r"|identifiants|credenciales|inloggegevens"
                    # OpenVPN's file of a user and a password ("auth.txt", "auth-user-pass").
                    r"|auth(?:[-_.]?(?:txt|user[-_]?pass))"
                    r"|(?P<weak>admin|user(?:name)?|benutzer(?:name)?|utilisateur|usuario"
                    # A device's login written after its name: "router admin / X", "NAS: ana / X".
                    r"|router|modem|nas|vpn|wi-?fi|camera|nvr|dvr))\b"
                    r"(?:\s+(?:for|to|of|on|at|für|zum|zur|vom|pour|de|del|voor)(?:\s+[^\s:=/]+){1,3}?)?"
                    r"(?:\s*\([^()\n]{1,30}\))?"  # an aside: "auth.txt (two lines): nina / X"
                    r"\s*(?:\s(?:is|are|ist|sind|est|sont|es|son|zijn)\s|[:=→]|->|(?P<bare>\s))\s*"
                    r"(?P<user>[\w.@+\\-]+)(?:(?P<slash>\s*/\s*)|:|\s+\|\s+|(?P<comma>,\s*))(?P<v>\S)")
# A device's default user, then its password, with only blanks between: "modem admin M@jolica478".
_DEVICE_ADMIN = re.compile(r"(?i)\b(?:router|modem|nas|camera|nvr|dvr|wi-?fi|printer|gateway|access\s+point)\s+"
                           r"(?:admin|root|administrator|ubnt|pi)\s+(?P<v>\S+)")
_LOGIN_HINTS = any_of(("log", "sign", "cred", "zugang", "anmelde", "identifiants", "inlogg", "admin", "user", "benutzer",
                       "utilisateur", "usuario", "auth", "router", "modem", "nas", "vpn", "wifi", "wi-fi", "camera", "nvr",
                       "dvr"))
# A login given as one made-up value after an arrow or a colon ("shared Costco login → gondola_dandelion_4"),
# and a file that opens with one ("the electricity bill PDF opens with X").
_LOGIN_ONLY = re.compile(r"(?i)\b(?:log-?in|sign-?in|credentials?)[ \t]*(?:→|->|=>)[ \t]*(?=\S)")
_OPENS_WITH = re.compile(r"(?i)\b(?:pdf|file|document|zip|archive|attachment|statement|bill)\b[^.\n]{0,20}?\b"
                         r"(?:opens|unlocks|is\s+protected)\s+with\s+(?=\S)")
# ... or a computer that Norwegian, Danish or Swedish say is opened with one ("den gamle bærbare ... åpnes med X").
_OPENED_WITH = re.compile(r"(?i)\b(?:bærbare?|laptop\w*|pc\w*|datamaskin\w*|computer\w*|dator\w*|nettbrett\w*|ipad\w*|mac\w*)\b[^.\n]{0,80}?"
                          r"\b(?:åpnes|åbnes|öppnas|låses\s+(?:opp|op|upp))\s+med\s+(?=\S)")
# "Sky Go login for the footie is X": one value said to be a login, made up of three kinds of
# character at least (a user name rarely is: "my login is jsmith42").
_LOGIN_IS = re.compile(r"(?i)\b(?:log-?in|sign-?in)\s+is\s+(?:the\s+|my\s+|your\s+)?(?:usual\s+|same\s+)?(?:e-?mail|username|user\s+name)"
                       r"(?:\s+address)?\s+(?:and|plus|with)\s+(?=\S)"  # "the organizer login is the usual email and X": its password
                       r"|\b(?:log-?in|sign-?in)(?:\s+[^\s:=/.]+){0,5}?(?:\s+(?:is|was|wants|needs|takes|asks\s+for|requires|changed\s+to|(?:moved|switched)\s+to|became)"
                       r"(?:\s+now)?|,\s+it['’]s|,\s+it\s+is)\s+(?=\S)"
                       r"|\b(?:log-?in|sign-?in)\s+(?:for|to|on|at)(?:\s+[^\s:=/.]+){1,5}?:\s+(?=\S)"  # "login for the front desk: X"
                       r"|\b(?:log-?in|sign-?in)[ \t]+(?=[^\s,;]+[,;]\s)"  # "sticky note on the laptop: login X, sign out after"
                       r"|\b(?:log-?in|sign-?in),?\s+(?:he|she|they|(?-i:[A-Z])\w+)\s+(?:says|said|writes|wrote|texts|texted)\s*:\s+(?=\S)"
                       r"|\b(?:log-?in|sign-?in)[ \t]*:[ \t]*(?=[^\s,;]+[,;]\s)(?![^\n]*\b(?:pass\w*|pwd?|pin)\b)"  # "app login: X, the shed ..." (no password after)
                       # "the van's GPS account is X", "the echolocation app account for the group is X": a device's or an app's login
                       r"|(?:['’]s\s+(?:[\w-]+\s+){0,2}?|\bapp\s+)account(?:\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|your\s+)?[\w-]+)?\s+is\s+(?=\S)"
                       # "the shared Google account for the cider sign-ups uses X now": what an account shared by a group takes
                       r"|\bshared\s+(?:[\w-]+\s+){0,2}?account(?:\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|your\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:now\s+)?(?:uses|takes|wants)\s+(?=\S)")
# ("the request line login, he says: X": who gave it, then the value)
_LOG_INTO_WITH = re.compile(r"(?i)\blog\s*(?:in\s*)?(?:to|into|on\s*to)\s+(?:the\s+|my\s+|our\s+)?(?:[^\s,;.]+\s+){0,3}?with\s+(?P<v>[^\s,;]+)"
                            r"|\blog(?:s|ged)?\s+(?:in|on)\s+with\s+(?P<v2>[^\s,;]+)")
"""("log into the entries inbox with X", "the laptop still logs in with X": the password it takes, made up and generated-looking)"""
_HAS_A_PASSWORD = re.compile(r"(?i)\b(?:has|got|needs|wants)\s+a\s+(?:new\s+)?(?:password|passcode|passphrase)(?:\s+now)?,\s+(?P<v>[^\s,;]+)"
                              r"|\b(?:g-?mail|e-?mail|account|netflix|wi-?fi)\s+(?:natin|namin|ko|mo|nila|niyo|nyo)\s+(?P<v2>[^\s,;]+)"
                              r"|\b(?:agora\s+|ahora\s+)?(?:entra|entre|entrar|acessa|accede|acceder|loga|logar|ingresa)\s+(?:com|con)\s+(?P<v3>[^\s,;]+)")
"""("the spreadsheet has a password now, X,", Tagalog "yung shared na Gmail natin X" (our Gmail), "agora entra com X" (log in with X))"""
_LOG_IN_AS_USE = re.compile(r"(?i)\blog\s*(?:in|on)\s+as\s+[^,.;\n]{1,40}?\s+(?:and|then)\s+use\s+(?P<v>[^\s,;]+)")
"""("log in as the club and use X": who to log in as, then the password to use)"""
_LOGIN_JA = re.compile(r"(?:ログイン(?:[はがを]|\s*[:：])|(?:タブレット|ノートパソコン|パソコン|スマホ|ＰＣ|PC|iPad)[はが]|(?:タブレット|ノートパソコン|パソコン|スマホ)[ \t]*[:：])\s*([!-~]{8,64}?)(?=[、。，\s」]|です|でした|だ|$)")
# "the new network asks for X", "a rede nova pede X", "the guild's mailbox now wants X": a network's or an account's
# password, made up, after what it asks.
_NETWORK_ASKS = re.compile(r"(?i)\b(?:wi-?fi|wlan|network|hotspot|rede|red|réseau|netzwerk|rete|mailbox|inbox|portal|account|app)\b[^.\n]{0,30}?\s"
                           r"(?:asks\s+for|wants|needs"
                           r"|pede|pide|demande|verlangt|chiede|requires)\s+(?=\S)"
                           r"|\b(?:code|key|password)\s+to\s+(?:join|connect)(?:\s+\w+){0,3}?\s+is\s+(?=\S)"
                           # "the trail-cam app wants a password, use X"
                           r"|\b(?:asks\s+for|wants|needs|requires)\s+(?:a|the|your|my|its)\s+(?:password|passcode|passphrase)\s*[,;:]"
                           r"\s*(?:just\s+)?(?:use|try|enter|type(?:\s+in)?|put(?:\s+in)?)\s+(?=\S)")
# "ya le puse Tatting547 a la cuenta de HBO Max", "coloquei X na conta": a made-up value put on an account.
_PUT_ON_ACCOUNT = re.compile(r"(?i)\b(?:le\s+)?(?:puse|pusimos|coloqu[ée]|dej[ée]|coloquei|pus|botei)\s+(?P<v>\S+)\s+"
                             r"(?:a|en|para|na|no|pra)\s+(?:(?:la|mi|tu|su|a|minha|sua)\s+)?(?:cuenta|conta)\b")
# A login written as the address a service knows, then its password: "Hulu — my email — X", "Disney+: my gmail / X".
_ADDRESS_THEN = re.compile(r"(?i)\b(?:my|our|the\s+family|the\s+same|same|mum['’]s|mom['’]s|dad['’]s)\s+(?:g-?mail|e-?mail|mail"
                           r"|hotmail|outlook|yahoo|icloud|phone(?:\s+number)?)(?:\s+address)?[ \t]*(?:[—–/|,:;]|-(?=\s))[ \t]*(?=\S)")
_ASKS_HINTS = any_of(("asks", "wants", "needs", "pede", "pide", "demande", "verlangt", "chiede", "requires", "join",
                      "connect"))
# "# typed X at the prompt": what was typed at a password prompt.
_TYPED_AT_PROMPT = re.compile(r"(?i)\btyped\s+(?P<v>\S+)\s+(?:at|into|in)\s+(?:the\s+(?:password\s+|credential\s+|login\s+)?(?:prompt|box|dialog)\b"
                              r"|(?P<app>(?-i:[A-Z])[a-z]+\b))"  # "he typed X into Notepad first": a made-up value only
                              r"|\b(?:at|in)\s+the\s+(?:password\s+)?prompt,?\s+(?:he|she|they|I|we|(?-i:[A-Z])\w+)\s+(?:typed|entered|put\s+in)\s+"
                              r"(?P<v2>[^\s,;]+)")  # "at the prompt he typed X twice"
# "the room safe opens with 8316", "padlock on the shed unlocks with 0427": a lock's digits.
_LOCK_OPENS = re.compile(r"(?i)\b(?:safe|locker|padlock|lock|lockbox|lock\s+box|key\s*safe|keybox|key\s+box|gate|door|keypad"
                         r"|garage)\b[^.\n\d]{0,30}?\b(?:opens|unlocks|is\s+unlocked)\s+with\s+(?:the\s+)?(?:code\s+|pin\s+)?"
                         r"(?P<v>\d{3,8})(?!\d|[.,:/-]\d)")
# "the lane-booking iPad unlocks with X": a device's made-up passcode.
_DEVICE_OPENS = re.compile(r"(?i)\b(?:ipad|iphone|phone|tablet|laptop|computer|pc|mac(?:book)?|chromebook|kindle|kiosk|drive|disk"
                           r"|instagram|facebook|tiktok|account|profile|till|cash\s+register|album|archive|zip|folder|vault|backup)\b[^.\n]{0,90}?"
                           r"\b(?:opens?|unlocks|is\s+unlocked|wakes|is\s+locked)\s+with\s+(?:the\s+)?(?:code\s+|passcode\s+|password\s+)?(?P<v>\S+)")
# "the refuge PC now takes X", "the hotspot at the hall now takes X": what a device or a network accepts, made up.
_DEVICE_TAKES = re.compile(r"(?i)\b(?:(?:ipad|iphone|phone|tablet|laptop|computer|pc|mac(?:book)?|chromebook|kiosk|scanner|handheld|terminal|app)s?"
                           r"(?:\s+(?:at|in|on|of|for)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,2}?){0,2}\s+(?:now\s+)?"
                           r"|(?:hotspot|wi-?fi|router)\b[^.\n]{0,40}?\bnow\s+)(?:takes?|accepts?)\s+(?P<v>[^\s,;]+)")
# The value first, then that it is now the password: Tagalog "X na ang password" (X is the password now), "X is the new
# password", "X is now the wifi password".
_VALUE_NOW_THE = re.compile(r"(?i)(?<![^\s,;:(])(?P<v>[^\s,;]{6,64})\s+(?:na\s+ang|ang\s+bagong|is\s+now\s+the|is\s+the\s+new)"
                            r"\s+(?:(?:wi-?fi|wifi|admin|pos)\s+)?(?:password|passcode|pin|pw)\b")
# "the gallery iPad is regucaptain_clampboard_arashi66": what a device "is", words joined by marks with digits.
_DEVICE_IS = re.compile(r"(?i)\b(?:ipad|iphone|tablet|laptop|computer|pc|mac(?:book)?|chromebook|kiosk)"
                        r"(?:\s+(?:for|at|in|of|with)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?){0,2}\s+is\s+(?P<v>[^\s,;]+)")
# "the bench laptop is X now", "Amma's phone lock is X now": a device's new password, said as what the device (or its lock) "is" now.
_DEVICE_IS_NOW = re.compile(r"(?i)\b(?:ipad|iphone|phone|tablet|laptop|computer|pc|mac(?:book)?|chromebook|kiosk)(?:\s+(?:screen\s+)?lock)?\s+is\s+"
                            r"(?P<v>[^\s,;]+)\s+now\b")
# German: "dass der Rechner in der Dunkelkammer jetzt mit X aufgeht" (opens, unlocks with X).
_DEVICE_OPENS_DE = re.compile(r"(?i)\b(?:rechner|computer|laptop|notebook|pc|tablet|handy|ipad|iphone)\b[^.\n]{0,40}?\bmit\s+"
                              r"(?:dem\s+(?:code|passwort|kennwort)\s+)?(?P<v>\S+)\s+(?:aufgeht|auf|entsperrt|entsperren|angeht|reingeht)\b"
                              r"|\b(?:rechner|computer|laptop|notebook|pc|tablet)\b[^.\n]{0,60}?\b(?:startet|bootet|entsperrt|entsperren|öffnet)\b[^.\n]{0,30}?\bmit\s+(?P<v2>[^\s,;]+)"
                              # "der Schneideplotter-Laptop will X": what the device wants
                              r"|\b(?:rechner|computer|laptop|notebook|pc|tablet|ipad)\b[^.\n]{0,20}?\s(?:will|braucht|nimmt|verlangt)\s+(?:jetzt\s+)?(?P<v3>[^\s,;]+)")
# Vietnamese: "Máy tính ở văn phòng ... giờ vào bằng X" (the computer ... now opens with X).
_DEVICE_OPENS_VI = re.compile(r"(?i)\b(?:máy\s+tính|điện\s+thoại|laptop|ipad)\b[^.\n]{0,50}?\b(?:vào|mở|mở\s+khóa|đăng\s+nhập)\s+bằng\s+"
                              r"(?:mật\s+khẩu\s+)?(?P<v>\S+)")
# The same in French, Spanish, Portuguese and Swahili: "l'ordinateur de la boutique s'ouvre avec X", "la tableta ahora abre con X",
# "o notebook da escola agora abre com X", "la compu de la radio ya pide X" (asks for),
# "kompyuta ya kikundi sasa inafunguka kwa X".
_DEVICE_OPENS_OTHER = re.compile(r"(?i)\b(?:ordinateur|tablette|portatile|portable|t[ée]l[ée]phone|tableta|computadora|ordenador|port[áa]til"
                                 r"|celular|compu|kompyuta|simu|tableti|laptop|computer|pc|tablet|telefoon|solosaina|finday|notebook|computador|dat[áa]fono|tpv|m[óo]dem|router|roteador|enrutador)\b[^.\n]{0,90}?"
                                 r"(?:\bs['’]ouvre\s+avec|\bl['’]ouvre\s+avec|\bsi\s+(?:apre|sblocca)\s+con|\bse\s+d[ée]verrouille\s+avec|\bopent\s+met|\bgaat\s+open\s+met|\bontgrendelt\s+met"
                                 r"|\b(?:se\s+)?(?:abre|desbloquea)\s+con|\b(?:abre|desbloqueia)\s+com|\b(?:ya\s+)?pide|\bpede|\bdemande|\bhay\s+que\s+(?:meter|poner|teclear|marcar)"
                                 r"|\b(?:inafunguka|hufunguka|inafunguliwa)\s+kwa"
                                 r"|\bmivoha\s+amin['’]ny)\s+(?P<v>\S+)")
# A note or a label that reads a made-up value: "a sticky note on its lid reading X".
_NOTE_READS = re.compile(r"(?i)\b(?:sticky\s+note|post-?it|note|label|sticker|card|tag)\b[^.\n]{0,30}?\b(?:reading|that\s+reads"
                         r"|which\s+reads|saying|that\s+says)\s+['\"“]?(?P<v>[^\s,;'\"”]+)")
_EMAIL_LIKE = re.compile(r"@[\w-]+\.\w")
# "I wrote X on the back of the receipt", "the kiosk admin was set to X": a made-up value written down or set.
_WROTE_OR_SET = re.compile(r"(?i)\b(?:wrote\s+(?:down\s+)?(?P<v>\S+)\s+(?:on|in)\s+(?:the|a|my|his|her)\b"
                           r"|\b(?:admin|administrator|root)\s+(?:password\s+)?was\s+(?:set|changed)\s+to\s+(?P<v2>[^\s;,]+))")
# "il faut taper X", "type in X to unlock it": a value to type, where only a made-up one is a password.
_TYPED_VALUE = re.compile(r"(?i)\b(?:type|typing|taper|tapez|tippen|tippe|eintippen|digitar|digite|digita|teclear|teclea|"
                          r"intypen|wpisz|wpisać|wpisac|skriv)\s+(?:in\s+)?(?P<v>[^\s\"'«»]+)")
_TYPE_HINTS = any_of(("typ", "tape", "tapez", "tipp", "digit", "tecle", "wpisz", "wpisa", "skriv"))
# OpenVPN's file of a user and a password, shown on one line: "cat auth.txt → ci_runner7 Op@l-1562".
_AUTH_FILE_SHOWN = re.compile(r"(?i)\bauth(?:[-_.]?(?:txt|user[-_]?pass))\b[^\n]*?(?:→|->|=>|:)[ \t]*[\w.@+-]+(?:[ \t]*/[ \t]*|[ \t]+)(?=[^\s/])")


def find_turns_of_phrase(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Passwords in "use X as the password", "X is my password", "set the password to X" (``text``
    has a cue word; ``lowered`` is it in lower case)."""
    if "use " in lowered or "uses " in lowered or "using " in lowered:
        for match in _USE_AS.finditer(text):
            span = value_at(text, match.start("v"))
            if span is not None:
                yield span
    if " is " in lowered or " was " in lowered or "=" in text:
        for match in _IS_MY.finditer(text):
            value = match.group("v")
            if password_shaped(value) and plausible(value.rstrip(".,;:!?")):
                yield match.start("v"), match.end("v")
    if " as " in lowered:
        for match in _AS_THE.finditer(text):
            value = match.group("v")
            if password_shaped(value) and plausible(value.rstrip(".,;:!?")) and not re.match(r"(?i)passw(?:or)?d[^\w]", value):
                # (not the word itself with a mark glued on, "password@", "password://u:", which a first match ending there hid)
                yield match.start("v"), match.end("v")
    if "pasfhocal" in lowered or "facal" in lowered:
        for match in _COPULA_FIRST.finditer(text):
            if password_shaped(match.group("v")):
                yield match.span("v")
    if "set" in lowered or "chang" in lowered or "updat" in lowered:
        for match in _SET_TO.finditer(text):
            span = value_at(text, match.start("v"))
            if span is not None and password_shaped(text[span[0]:span[1]]):
                yield span  # not "set the password to expire"


def find_logins(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Passwords of logins written as a pair or after an arrow, of files that open with one, and on notes that read them."""
    if " reading " in lowered or " reads " in lowered or " saying " in lowered or " says " in lowered:
        for match in _NOTE_READS.finditer(text):
            value = match.group("v").rstrip(".!?")  # made up with capitals inside it, not "Fragile-2024"
            if symbol_rich(value) or strongly_made_up(value) and sum(c.isupper() for c in value[1:]) >= 2:
                yield match.start("v"), match.start("v") + len(value)
    if " it to " in lowered or " it back to " in lowered:
        for match in _ACCOUNT_RESET_TO.finditer(text):
            if (span := value_at(text, match.start("v"))) is not None and password_shaped(text[span[0]:span[1]]):
                yield span
    if "disarm" in lowered or "unarm" in lowered or "unlock" in lowered or "deactivate" in lowered:
        for match in _DISARM_WITH.finditer(text):
            yield match.span("v")
    if "—" in text or "–" in text:
        for match in _VALUE_THEN_WHERE.finditer(text):
            if strongly_made_up(match.group("v")) or generated(match.group("v")):
                yield match.span("v")
    if "that" in lowered or "this is" in lowered or "it's" in lowered or "it’s" in lowered:
        for match in _THATS_THE.finditer(text):
            value = match.group("v")
            if made_up(value) or random_case(value):  # (made_up covers strongly_made_up)
                yield match.span("v")
    for pattern, hinted in ((_LOGIN_ONLY, "→" in text or "->" in text or "=>" in text),
                            (_OPENS_WITH, "s with" in lowered or "protected with" in lowered),
                            (_OPENED_WITH, "s med" in lowered or "opp med" in lowered or "op med" in lowered)):
        if hinted and (match := pattern.search(text)):
            span = value_at(text, match.end())
            value = text[span[0]:span[1]] if span is not None else ""
            if len(value) >= 8 and password_shaped(value) and any(not c.isalpha() for c in value) and "@" not in value \
                    and unsigned_ok(value):
                yield span  # not "login → Settings", "opens with Acrobat 2024"
    yield from find_access_phrases(text, lowered)
    if "cuenta" in lowered or "conta" in lowered:
        for match in _PUT_ON_ACCOUNT.finditer(text):
            value = match.group("v")
            if password_shaped(value) and not value.isalpha() and unsigned_ok(value):
                yield match.span("v")
    if "wrote" in lowered or " to " in lowered:
        for match in _WROTE_OR_SET.finditer(text):
            value = match.group("v") or match.group("v2")
            if (strongly_made_up(value) or random_case(value, also="_=") or generated(value)) and (match.group("v2") or any(
                    word in lowered for word in ("account", "pass", "login", "wifi"))):  # "wanted the Roku account ... I wrote X on"
                yield match.span("v" if match.group("v") else "v2")
    if "typed" in lowered:
        for match in _TYPED_AT_PROMPT.finditer(text):
            group = "v" if match.group("v") else "v2"
            value = match.group(group)
            if password_shaped(value) and plausible(value) and (
                    not match.group("app") or "pass" in lowered and (strongly_made_up(value) or generated(value))):
                yield match.span(group)
    if "mail" in lowered or "phone" in lowered:
        for match in _ADDRESS_THEN.finditer(text):
            span = value_at(text, match.end())
            if span is not None and strongly_made_up(text[span[0]:span[1]]):
                yield span  # "Hulu — my email — X": a service, the address it knows the person by, the password
    for match in _NETWORK_ASKS.finditer(text) if _ASKS_HINTS.search(lowered) else ():
        span = value_at(text, match.end())  # made up, or of random case with "_" for its mark ("pkAKHfg_tYzgI")
        if span is not None and (strongly_made_up(value := text[span[0]:span[1]]) or random_case(value, also="_")):
            yield span
    if "ログイン" in text or "タブレット" in text or "パソコン" in text or "スマホ" in text or "PC" in text or "iPad" in text:
        # "ノートパソコン、ログインはTL!*iMCZcwIS%Nyw、...", "タブレットはKlfX...": a login given, glued to its particle, made up
        for match in _LOGIN_JA.finditer(text):
            if strongly_made_up(value := match.group(1)) or random_case(value) or symbol_rich(value):
                yield match.span(1)
    if "log" in lowered or "sign" in lowered or "account" in lowered:
        for match in _LOGIN_IS.finditer(text):
            span = value_at(text, match.end())
            value = text[span[0]:span[1]] if span is not None else ""
            if len(value) >= 8 and _kinds_of_character(value) >= 3 and not _EMAIL_LIKE.search(value) and unsigned_ok(value):
                yield span
    if " with " in lowered and ("log in" in lowered or "login" in lowered or "log on" in lowered or "logs " in lowered or "logged " in lowered):
        for match in _LOG_INTO_WITH.finditer(text):
            group = "v" if match.group("v") else "v2"
            value = match.group(group).rstrip(".!?")
            if len(value) >= 10 and (generated(value) and (made_up(value) or symbol_rich(value)) or random_case(value, also="_")):
                yield match.start(group), match.start(group) + len(value)
    if "pass" in lowered or " natin " in lowered or " namin " in lowered or " com " in lowered or " con " in lowered:
        for match in _HAS_A_PASSWORD.finditer(text):
            group = next(name for name in ("v", "v2", "v3") if match.group(name))
            value = match.group(group).rstrip(".!?")
            if strongly_made_up(value) or generated(value):
                yield match.start(group), match.start(group) + len(value)
    if " use " in lowered and " as " in lowered:
        for match in _LOG_IN_AS_USE.finditer(text):
            value = match.group("v").rstrip(".!?")
            if strongly_made_up(value) or generated(value):
                yield match.start("v"), match.start("v") + len(value)
    if "auth" in lowered:
        for match in _AUTH_FILE_SHOWN.finditer(text):
            span = value_at(text, match.end())
            if span is not None and password_shaped(text[span[0]:span[1]]):
                yield span
    if _TYPE_HINTS.search(lowered):
        for match in _TYPED_VALUE.finditer(text):
            if generated(match.group("v").rstrip(".,;:!?")):
                yield match.start("v"), match.start("v") + len(match.group("v").rstrip(".,;:!?"))
    if " na ang " in lowered or " bagong " in lowered or " now the " in lowered or " the new " in lowered:
        for match in _VALUE_NOW_THE.finditer(text):
            value = match.group("v")
            if password_shaped(value) and (made_up(value) or strongly_made_up(value)):
                yield match.span("v")
    if " with " in lowered:
        for match in _LOCK_OPENS.finditer(text):
            yield match.span("v")
        for match in _DEVICE_OPENS.finditer(text):
            if not re.match(r"[A-Z][A-Z0-9]*_[A-Z0-9_]*=", value := match.group("v").rstrip(".,;:!?")) and (
                    made_up(value) or strongly_made_up(value) or re.fullmatch(r"[A-Z][a-z]{5,}\d{2,}", value)):  # not a variable's
                # name: "open with ANTHROPIC_KEY_X=..."; a word and its digits is the device's password ("unlocks with Spikenet28")
                yield match.start("v"), match.start("v") + len(value)
    if " mit " in lowered or " will " in lowered or " braucht " in lowered or " nimmt " in lowered or " verlangt " in lowered:
        for match in _DEVICE_OPENS_DE.finditer(text):
            group = next(name for name in ("v", "v2", "v3") if match.group(name))  # "... startet jetzt nur noch mit X": starts only with X
            if made_up(value := match.group(group)) or generated(value):
                yield match.span(group)
    if " avec " in lowered or " con " in lowered or " com " in lowered or " kwa " in lowered or " met " in lowered or "amin" in lowered \
            or " pide " in lowered or " pede " in lowered or " demande " in lowered or "hay que " in lowered:
        for match in _DEVICE_OPENS_OTHER.finditer(text):
            value = match.group("v").rstrip(".!?,;")
            if made_up(value) or generated(value) or _numbered_word(value):
                yield match.start("v"), match.start("v") + len(value)
    if "bằng" in lowered:
        for match in _DEVICE_OPENS_VI.finditer(text):
            if made_up(value := match.group("v").rstrip(".!?")) or generated(value):
                yield match.start("v"), match.start("v") + len(value)
    if " take" in lowered or " accept" in lowered:
        for match in _DEVICE_TAKES.finditer(text):
            if made_up(value := match.group("v").rstrip(".!?")) or strongly_made_up(value):
                yield match.start("v"), match.start("v") + len(value)
    if " is " in lowered:
        for match in _DEVICE_IS.finditer(text):
            if generated(value := match.group("v").rstrip(".!?")):
                yield match.start("v"), match.start("v") + len(value)
    if " now" in lowered:
        for match in _DEVICE_IS_NOW.finditer(text):
            value = match.group("v")
            if made_up(value) or _numbered_word(value):
                yield match.span("v")
    if _LOGIN_HINTS.search(lowered):
        for match in _DEVICE_ADMIN.finditer(text):
            if _kinds_of_character(value := match.group("v").rstrip(".,;")) >= 3 and unsigned_ok(value):
                yield match.start("v"), match.start("v") + len(value)
        for match in _LOGIN.finditer(text):
            span = value_at(text, match.start("v"))
            user = match.group("user")
            value = text[span[0]:span[1]] if span is not None else ""
            # After "admin"/"user" only a made-up value: "user: ana / group: wheel" is no login. Without a
            # sign, only "user / made-up value" of six or more characters, not digits alone: "bank login
            # ana@example.org / X", not "login page, help", "login ana / 2FA", "admin ana / 2024".
            weak = match.group("weak") or match.group("bare")
            if match.group("bare") and (not match.group("slash") or len(value) < 6 or value.isdigit()) \
                    or match.group("slash") and re.match(r"[A-Za-z]+:", value):
                continue  # (not a Windows switch after a tool's name: "login: vaultcmd /addcreds:...")
            shaped = password_shaped(value) if weak or match.group("comma") else lower_word_or_shaped(value)  # not "X, so"
            if value and "/" not in value and not user.isdigit() and shaped:
                yield span


def _numbered_word(value: str) -> bool:
    """A word with three digits or more, eight characters at least ("Fistclub180", "Korfball1613"): made up enough where a
    device's opening verb or "is ... now" says it is its password."""
    return password_shaped(value) and len(value) >= 8 and sum(c.isdigit() for c in value) >= 3


def _kinds_of_character(value: str) -> int:
    """How many of upper case, lower case, digits and other marks ``value`` has."""
    return sum((any(c.isupper() for c in value), any(c.islower() for c in value), any(c.isdigit() for c in value),
                any(not c.isalnum() for c in value)))


_PASSWORD_HEADER = LazyPattern(rf"(?i)(?:{PASSWORD_WORDS}|{CODE_WORDS}|secret\s+words?|safe\s+words?|pass)")


def find_table_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Passwords in a table's column under a header that names them ("| Site | Password |", "site,login,pin")."""
    def header(cell: str) -> Callable[[str], bool] | None:
        if len(cell) > 30 or not _PASSWORD_HEADER.fullmatch(cell):
            return None
        return lambda value: " " not in value and password_shaped(value) and plausible(value)
    yield from labelled_cells(text, header)
