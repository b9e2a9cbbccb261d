"""Whether the text after a password cue is a password, and where it ends.

Every password detector finds a cue (an option, a variable name, a word such as "password") and
asks here for the value after it: a quoted value runs to its closing quote, an unquoted one to the
next blank. A value is refused when it is a reference (``$DB_PASS``, ``%PASSWORD%``, ``{{ x }}``,
``<token>``, a path), masked (``****``) or shortened (``sk-...RldI``), a placeholder the redactor wrote, or an ordinary word
that follows such cues in sentences ("password is incorrect").
"""

from __future__ import annotations

import re
import unicodedata

from device.privacy.findings import PLACEHOLDER

# Words that follow "password is"/"password:" in ordinary sentences (and so are not the password),
# in the languages the cues are read in.
NOT_A_VALUE = frozenset("""
a an the is was are be been being to for of in on at by with and or not no yes now still also just only too very
yours mine ours theirs hers
wrong incorrect invalid expired required needed correct right missing empty blank same different new old last
weak strong long short good bad fine ok okay safe secure insecure simple easy hard great compromised leaked
shared known unknown saved stored set reset changed protected hidden sent here there manager managers field
change changes reset-link link policy rules requirements strength hint prompt protection please enter your
my his her our their this that it its none null nil true false undefined unset empty n/a tbd todo see
what which where when why how who whatever something anything nothing somewhere written taped stuck
same as like case-sensitive sensitive generated random auto automatic default usual standard printed
attached below above following included inside enclosed back front available needed optional mandatory
enabled disabled active inactive locked unlocked off too-short too-long updated accepted rejected
forced enforced rotated renewed expiring rotating
try click tap type use ask check call contact send text go login log sign visible shown displayed
password passwords passwort passcode passphrase pin pw username user name email e-mail login account
falsch abgelaufen geändert vergessen erforderlich ändern incorrecte requis oublié olvidada incorrecta
der die das ein eine le la les un une el los una il lo het een de den
dans sur sous chez au aux en dentro debajo encima junto nel nella sul sulla im auf unter bei neben hinter dentro em na no w we pod przy obok
changeme change-me change_me placeholder redacted example dummy your-token yourtoken your-key xxx xxxx
after before keychain keyring vault first mindestens minimum please-change please_change pleasechange
voir siehe ver vedi vide zie se sieh vezi patrz viz
trop zu demasiado troppo te cd sudo
""".split())
# ``$DB_PASS``, ``${TOKEN}`` (not "$qFp$oU*2": a variable stands alone or before a path or a quote), ``$(pass show x)``, ``%PASSWORD%``, ``{{ secret }}``, ``<token>``, a path;
# code that reads it from the environment (``os.getenv('X')``, ``process.env.X``, ``ENV['X']``); a
# secret manager's reference (``op://vault/item/field``, ``vault:secret/x``, an AWS Secrets Manager ARN);
# a YAML tag that says where the value is (Ansible's ``!vault |``, Home Assistant's ``!secret x``, ``!Ref``);
# code that computes the value.
_REFERENCE = re.compile(r"`[^`\n]+`|\$(?:[A-Za-z_][A-Za-z0-9_]*(?![\w*!^%~#&=+?$])|\{|\()|%\w+%|%\{[\w.-]+\}?|(?i:user(?:name)?|login|uid)=|%\(?\w*\)?s\b|\{\{|<[\w -]+>?|<%|\[|~?/|\\\\"
                        r"|(?:[\w.]*\.)?(?:getenv|environ|env|ENV|Getenv|GetEnvironmentVariable)(?:\.get)?[(\[.]"
                        # code that computes it: a module's or object's function called (``bcrypt.hashpw(pw``,
                        # ``secrets.token_hex(16)``, ``getpass.getpass()``), a call without arguments
                        r"|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(|[A-Za-z_]\w*\((?:\)|$)"
                        r"|[a-z_]\w*\(\s*['\"][\w./:-]*(?:['\"]|$)"  # a function called with a name: Ansible's ``lookup('env', ...)``
                        r"|(?:op|vault|keyvault|secretsmanager|ssm|gcpsm|awssm)://|vault:|arn:aws:(?:secretsmanager|ssm):"
                        r"|(?:secrets|vars|inputs)\.[A-Za-z_][\w-]*(?:\s*\}\}|$)"  # a CI workflow's ``${{ secrets.X }}``
                        r"|!(?:vault|secret|env_var|env|ENV|Ref|Sub|GetAtt|ImportValue|include|SecureString)(?![^\s|>])")
_POSSESSIVE = re.compile(r"[^\W\d_]+['’]s")  # "admin's birthday": a description, not the password
_AMOUNT = re.compile(r"(?:[A-Z]{0,2}[$£€¥₹₩₽]|R\$)\s?\d{1,3}(?:[,.\s]?\d{3})*(?:[.,]\d{1,2})?|\d{1,3}(?:[,.\s]?\d{3})*(?:[.,]\d{1,2})?\s?[$£€¥₹₩₽]")
# Closing marks after an unquoted value belong to the sentence; "!", "?" and "." may be the
# password's own last character, and are kept (over-redacting a full stop costs nothing).
_HEX_PAIRS = re.compile(r"(?i)[0-9a-f]{2}(?:[:-][0-9a-f]{2}){2,7}")
"""A MAC address or the hex pairs of one (or of a fingerprint): an identifier, never a password."""
TRAILING = ",;)]}>\"'”»"
_QUOTES = {"\"": "\"", "'": "'", "`": "`", "“": "”", "”": "”", "«": "»", "„": "“", "‚": "‘", "‘": "’"}
_PASSWORD_SHAPED = re.compile(r".*(?:\d|[^\w\s.,;:!?'\"’-])|(?=.*[a-z]).+[A-Z]")  # not "AWS", "Netflix"
_MASKED = frozenset("*•xX.-_#?")
# A key shown shortened, its middle left out ("sk-...RldI", "ghp_…x9Qa"): a dashboard's or a log's
# way of naming a key without giving it.
_ELIDED = re.compile(r".{0,16}(?:\.{3}|…)[A-Za-z0-9]{2,8}")
_FILE_NAME = re.compile(r"(?i)[\w.-]+\.(?:json|pem|key|txt|ya?ml|env|p12|pfx|jks|gpg|asc|pub|crt|cer|der|ini|cfg"
                        r"|conf|toml|kdbx|csv|age|enc)")


def value_span(text: str, start: int, end: int, numeric_ok: bool = True) -> tuple[int, int] | None:
    """The secret at ``text[start:end]`` (a regex's group), cut at whitespace unless quoted; None
    for a reference to a variable, a placeholder or an ordinary word."""
    quoted = start > 0 and text[start - 1] in "\"'`"
    if quoted and (close := text.find(text[start - 1], start, start + 400)) > end and "\n" not in text[end:close]:
        end = close  # a pattern that stopped at a blank inside the quotes ("FlyV1 fm2_..."): the whole value
    value = text[start:end]
    if not quoted:
        start += len(value) - len(value.lstrip())
        value = value.split(maxsplit=1)[0] if value.strip() else ""
        value = value.rstrip(TRAILING) or value
        if _POSSESSIVE.match(text, start, start + len(value) + 2):
            return None
    return (start, start + len(value)) if plausible(value, numeric_ok) else None


def value_at(text: str, position: int, numeric_ok: bool = True, max_length: int = 400) -> tuple[int, int] | None:
    """The value that starts at ``text[position]`` (after blanks): up to its closing quote when
    quoted (blanks allowed: a passphrase), else up to the next blank, its trailing punctuation
    left out. None when nothing plausible is there."""
    while position < len(text) and text[position] in " \t":
        position += 1
    if position >= len(text):
        return None
    close = _QUOTES.get(text[position])
    if close is not None:
        end = text.find(close, position + 1, position + 1 + max_length)
        if end > position + 1 and "\n" not in text[position + 1:end]:
            value = text[position + 1:end]
            return (position + 1, end) if value.strip() and plausible(value.strip(), numeric_ok) else None
        line_end = text.find("\n", position)
        if PLACEHOLDER.search(text, position, line_end if line_end >= 0 else len(text)):
            return None  # a quote whose closing one an earlier pass redacted ("'echo [secret]...")
        position += 1  # an unbalanced quote: the value runs to the next blank
    end = position
    while end < len(text) and not text[end].isspace():
        end += 1
    if PLACEHOLDER.search(text, position, end):
        return None  # what an earlier pass redacted ("pass:[secret]"): its closing bracket is no trailing mark
    value = text[position:end].rstrip(TRAILING)
    return (position, position + len(value)) if plausible(value, numeric_ok) else None


# A form's blank in Japanese, Chinese or Korean: "ここにパスワード（14文字以上）" (the password here, 14 characters or more).
_WRITE_HERE = re.compile("ここに|こちらに|パスワード|文字以上|入力して|你的密码|您的密码|在此|此处|여기에|비밀번호")


def plausible(value: str, numeric_ok: bool = True) -> bool:
    """Whether ``value`` may be a secret: not a reference, a placeholder, a mask or an ordinary
    word; digits alone only when ``numeric_ok`` (a PIN), and never fewer than three."""
    if not value or PLACEHOLDER.search(value) or _REFERENCE.match(value) or value[0] == "(" or _WRITE_HERE.search(value):
        return False  # a variable, a template, a placeholder, a path, an aside "(saved in keychain)"
    if set(value) <= _MASKED or value.lower().strip(TRAILING + ".:!?") in NOT_A_VALUE or _ELIDED.fullmatch(value):
        return False
    if not any(ch.isalnum() for ch in value):
        return False  # punctuation: the sentence's, not a password
    if value[0] == "-" and len(value) <= 3 and value[1:].isalpha():
        return False  # an option ("password: -p"), not a value
    if len(value.rstrip(TRAILING + ".:!?,")) <= 1:
        return False  # one character: a variable ("update!(password: p)"), never a secret
    if _AMOUNT.fullmatch(value.rstrip(TRAILING + ".:!?")) or _HEX_PAIRS.fullmatch(value.rstrip(TRAILING + ".:!?")):
        return False  # "paid the pit pass £40.11": a price; "router: 2e:7a:2d:08:e9:cb": a MAC address
    if _FILE_NAME.fullmatch(value) or _POSSESSIVE.fullmatch(value):
        return False  # a file that holds the secret ("--password-file" style values, "key.json")
    if value.isdigit() and not numeric_ok:
        return False  # "tokens: 512"
    return not (value.isdigit() and len(value) < 3)


def password_shaped(value: str) -> bool:
    """Whether ``value`` looks made up rather than written: a digit, a symbol, or mixed case with a
    capital after its first letter ("Oslo2024#", "blueFalcon"; not "expired", "Netflix" or "GCP")."""
    if not value.isascii():
        # A vowel sign or virama is part of a word in its script (Hindi "रीसेट"), not a symbol.
        value = "".join(c for c in value if not unicodedata.category(c).startswith("M") and c not in "\u200c\u200d")
    return bool(_PASSWORD_SHAPED.match(value.rstrip(".,;:!?،؛。、")))  # not a word and its Arabic or CJK comma


def lower_word_or_shaped(value: str) -> bool:
    """A made-up value, or a lower-case word ("admin", "sunflower"); not a name ("Google")."""
    return password_shaped(value) or value.islower()


# The last part of a name (``DB_PASSWORD``, ``--store-pass``, ``wifi.psk``) that makes its value a
# secret. "key" alone counts only with another part before it (``STRIPE_KEY``, not ``key`` or
# ``HOTKEY``); words that merely end in "pass" or "key" do not count.
_PASSWORD_PARTS = ("password", "passwort", "passwd", "passphrase", "passcode", "pass", "pwd", "pswd", "pw", "psk", "pin")
_KEY_PARTS = ("secret", "token", "apikey", "credential", "credentials", "auth", "pat")  # pat: personal access token
_SESSION_PARTS = ("session", "sessionid", "sid", "cookie")
_KEY_PREFIXES = ("api", "access", "secret", "private", "master", "auth", "license", "licence", "signing",
                 "encryption", "session", "app", "client", "account", "deploy", "ssh", "gpg", "pgp", "storage", "wifi")
_NOT_SECRET_WORDS = ("bypass", "compass", "overpass", "surpass", "trespass", "underpass", "encompass", "spin",
                     "monkey", "turkey", "hockey", "jockey", "donkey", "whiskey", "hotkey", "passkey")
_PUBLIC = ("public", "pub", "publishable", "existing", "no", "max", "min", "num", "ask", "prompt", "show", "hide", "skip",
           "use", "with", "without", "require", "reset", "change", "forgot", "empty", "allow", "disable", "enable")
_NAME_PARTS = re.compile(r"[a-z0-9]+")
# The last part of a name that holds a setting about a secret, not the secret: its lifetime, size,
# rules, attempts, where it is reset (``PASSWORD_RESET_TIMEOUT``, ``TOKEN_TTL``, ``PIN_MAX_ATTEMPTS``).
_SETTING_PARTS = frozenset("""
timeout ttl lifetime expiry expires expiration age days hours minutes mins seconds secs ms interval
length len size min max minimum maximum limit count attempts retries tries
policy policies rules regex pattern strength complexity history rotation
enabled disabled required optional mode type format algorithm algo hasher hashers encoder validators validator backend
url uri endpoint path file dir prompt hint label field header name param
""".split())


_WORD_OF = frozenset(("secret", "safe", "pass", "code", "admin", "auth", "login", "access", "gate", "basic"))
"""What makes a "word" a password by another name: a secret word, an admin's word ("admin_word"), basic auth's ("--basic-word")."""


def secret_name(name: str) -> str | None:
    """``"password"`` when ``name`` names a password, ``"key"`` when it names another secret (a
    token, an API key), ``"session"`` for a session id or cookie, else None.

    ``PGPASSWORD``, ``db.password``, ``--store-pass`` and ``SSHPASS`` name passwords;
    ``AWS_SECRET_ACCESS_KEY``, ``GITHUB_TOKEN`` and ``--api-key`` other secrets;
    ``PASSWORD_MIN_LENGTH``, ``--no-password``, ``PUBLIC_KEY`` and ``BYPASS`` none.
    """
    parts = _NAME_PARTS.findall(_split_camel(name).lower())
    if not parts or parts[0] in _PUBLIC or (len(parts) > 1 and parts[-2] in _PUBLIC):
        return None
    if len(parts) > 1 and parts[-1] in ("inline", "plain", "plaintext", "literal", "value"):
        return secret_name("_".join(parts[:-1]))  # "--passphrase-inline X": the passphrase itself, given on the line
    last = {"passwords": "password", "apikeys": "apikey"}.get(parts[-1], parts[-1])  # aws elasticache create-user --passwords X
    if parts[-2:] == ["api", "keys"]:
        return "key"  # local-ai's "--api-keys X": the keys it accepts
    if len(parts) > 1 and (last == "word" and parts[-2] in _WORD_OF
                           or last == "phrase" and parts[-2] not in ("search", "wake", "trigger", "match", "query", "test", "hot", "catch")):
        return "password"  # --secret-word X, --safe-phrase X, pulsarrAdminPhrase=X: a password by another name
    if len(parts) > 2 and last in ("of", "for") and parts[-3].startswith("pass"):
        return "password"  # --password-hash-of X: the password the tool hashes
    if last == "code" and len(parts) > 1 and parts[-2] in ("access", "login", "entry", "unlock", "master", "admin", "secret"):
        return "password"  # LobeChat's "ACCESS_CODE=X": what lets one in (not a ZIP_CODE, a PROMO_CODE, a COUNTRY_CODE)
    if last.endswith(_NOT_SECRET_WORDS):
        return None
    if last.endswith(_PASSWORD_PARTS) and (last in _PASSWORD_PARTS or len(last) > 4):
        return "password"  # pgpassword, sshpass, storepass; not "spin" or "upw"
    if last in _KEY_PARTS or last.endswith(("secret", "token", "apikey")):
        return "key"
    if last in _SESSION_PARTS or parts[-2:] == ["session", "id"]:
        return "session"  # a secret only when it looks like one
    if last == "key" and len(parts) > 1 or last.endswith("key") and last[:-3] in _KEY_PREFIXES:
        return "key"
    if parts[-2:] == ["key", "material"] or last == "keymaterial":
        return "password"  # a Wi-Fi profile's <keyMaterial>: the passphrase itself
    return None


def names_a_setting(name: str) -> bool:
    """Whether ``name`` holds a setting about a secret rather than the secret: its last part says
    what about it (``PASSWORD_RESET_TIMEOUT``, ``tokenTtl``, ``PIN_MAX_ATTEMPTS``, ``PASSWORD_HASHERS``), or an action on
    credentials (``-createCredential``)."""
    parts = _NAME_PARTS.findall(_split_camel(name).lower())
    if parts and parts[-1].endswith(("eval", "cmd", "command")):
        return True  # msmtp's "passwordeval = gpg -dq ...": the command that prints it
    if re.fullmatch(r"(?:create|add|delete|modify|list|remove)_?cred(?:ential)?s?", "_".join(parts)):
        return True  # mkstore's "-createCredential ALIAS USER X", vaultcmd's "/addcreds:TARGET": what the command does
    return len(parts) > 1 and parts[-1] in _SETTING_PARTS


def _split_camel(name: str) -> str:
    """``clientSecret`` -> ``client_Secret`` (camelCase names split like snake_case ones)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name) if not name.isupper() else name


# "Wi-Fi: Home-5G" names the network; its password rarely ends in a band.
NETWORK_NAME = re.compile(r"(?i)[-_ ]?(?:2\.4|5|6)\s?g(?:hz)?$")
_SHORTCUT = re.compile(r"(?i)(?:(?:ctrl|control|alt|option|opt|shift|cmd|command|win|super|meta|fn)\+)+\w+")
_FILE_LIKE = re.compile(r"\.[a-z]{2,4}$")
_HOST_LIKE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,12}")


def strongly_made_up(value: str) -> bool:
    """Whether ``value`` can be nothing but a made-up secret: eight or more characters, upper and
    lower case, a digit and two more digits or symbols ("S0H6rudImAe!V2", "Cardamom.2002&4"; not
    "2026-11-20", "Q3-results", "HomeNet-5G", a shortcut "Ctrl+Shift+F12")."""
    value = value.rstrip(".,;:!?")
    return len(value) >= 8 and any(c.isupper() for c in value) and any(c.islower() for c in value) \
        and any(c.isdigit() for c in value) and sum(not c.isalpha() for c in value) >= 3 \
        and not NETWORK_NAME.search(value) and not _SHORTCUT.fullmatch(value)


def random_case(value: str, also: str = "") -> bool:
    """Whether ``value`` is long and switches case at random, with a digit or a generator's symbol
    ("xCVs7UfVwdlNIVJNSYop_Lwys", "miNIqjvJJAC#vogAJ"):
    generated, though it has too few symbols for ``strongly_made_up`` (a name in CamelCase switches at
    word starts only, and rarely has twelve letters between digits). ``also``: more marks that may stand for the digit."""
    value = value.rstrip(".,;:!?")
    switches = sum(1 for a, b in zip(value, value[1:]) if a.islower() and b.isupper())
    return len(value) >= 12 and any(c.isdigit() or c in _GENERATOR_SYMBOLS or c in also for c in value) and switches >= 3 \
        and sum(c.isupper() for c in value[1:]) >= 5 and not NETWORK_NAME.search(value)


def generated(value: str) -> bool:
    """Whether ``value`` can only have been made up, wherever in a sentence it stands: strongly made up,
    of random case, words joined by marks with a digit ("curd+whey+rennet12", "comb.brood.frame12"), or
    a generator's letters and symbols without a digit ("RtmQ%KW^+zPe")."""
    return strongly_made_up(value) or random_case(value) or symbol_rich(value) \
        or (made_up(value) and re.search(r"[a-z][+._-][a-z]", value) is not None)


_GENERATOR_SYMBOLS = frozenset("!#$%&*+=?@^~")


def symbol_rich(value: str) -> bool:
    """Twelve or more characters with no blank, three or more of them a generator's symbols and three or
    more capitals among lower-case letters, the case switching back and forth: a password generator's
    output without a digit ("RtmQ%KW^+zPe"), not a shortcut, an address or a name with an ampersand."""
    value = value.rstrip(".,;:!?")
    switches = sum(1 for a, b in zip(value, value[1:]) if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
    return len(value) >= 12 and not any(c.isspace() for c in value) and sum(c in _GENERATOR_SYMBOLS for c in value) >= 3 \
        and sum(c.isupper() for c in value) >= 3 and any(c.islower() for c in value) and switches >= 3 \
        and "://" not in value and not _SHORTCUT.fullmatch(value)


def unsigned_ok(value: str) -> bool:
    """A value with no sign before it must look made up, and not be a path, a year or a count."""
    return password_shaped(value) and "/" not in value and not (value.isdigit() and len(value) <= 4) \
        and not value.startswith("-") \
        and not _FILE_LIKE.search(value)


def made_up(value: str) -> bool:
    """Made up, though perhaps all lower case: letters, a digit and a symbol, eight or more
    characters ("lark.fjord.27"), not a path or a file or host name ("db-01.local")."""
    value = value.rstrip(".,;:!?")
    return strongly_made_up(value) or (
        len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        and any(not c.isalnum() for c in value) and unsigned_ok(value) and not _HOST_LIKE.fullmatch(value))


_DATE_VALUE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_KEPT = frozenset("read stored kept loaded fetched pulled taken saved synced managed generated injected mounted rotated provided supplied".split())
_WHERE_AFTER = re.compile(r"\s+(?:from|in|on|by|via|at|out\s+of|inside)\b")


def said_of_it(text: str, span: tuple[int, int]) -> bool:
    """Whether the word a password's cue seems to give says something of the password instead of being it: the date it
    was reset on ("reset their password on 14/01/2027"), how it is kept ("password is read from the vault ...")."""
    value = text[span[0]:span[1]]
    if _DATE_VALUE.fullmatch(value) and re.search(r"\b(?:on|since|until|till|by|from|before|after)\s+$", text[max(0, span[0] - 8):span[0]]):
        return True
    return value.lower() in _KEPT and _WHERE_AFTER.match(text, span[1]) is not None
