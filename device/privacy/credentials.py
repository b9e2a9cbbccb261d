"""Secrets: API keys, tokens, private keys and passwords, found by detect-secrets' plugins and by the
forms they do not cover: newer key formats, assignments to any name that holds a secret
(``secret_name``), secrets in markup, and passwords on command lines and in prose
(``device.privacy.passwords``).

detect-secrets scans source files; its ad-hoc mode reports ordinary words as secrets. So the
plugins are chosen (the token formats, the keyword assignments in config syntax; not the
Artifactory ``AP...`` pattern, which matches product codes, nor public IP addresses), and its
Base64 entropy measure is applied to long unquoted tokens with a limit that grows with the token's
length (a short token cannot reach a high entropy). ``scripts/bench_privacy.py`` measures the
precision this gives.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from device.privacy.findings import PLACEHOLDER, SECRET, Finding, any_of
from device.privacy.passwords.commands import find_command_passwords
from device.privacy.passwords.config_files import find_config_passwords
from device.privacy.passwords.inline import find_inline_passwords
from device.privacy.passwords.unlabelled import find_unlabelled_passwords
from device.privacy.passwords.markup import find_markup_secrets
from device.privacy.passwords.prose import find_prose_passwords
from device.privacy.passwords.random_strings import find_generated_passwords
from device.privacy.passwords.values import (generated, names_a_setting, password_shaped, plausible, secret_name,
                                             strongly_made_up, value_at, value_span)
from device.privacy.word_gates import WordGate
from device.privacy.url_secrets import find_url_secrets, in_url, in_url_query, path_secret_spans
from device.privacy.worded_keys import BOOKED, find_worded_keys
from device.privacy.alternation import fast_compile
from device.privacy.token_formats import token_format_spans

_TOKEN_PLUGINS: dict[str, tuple[str, ...]] = {
    "aws.AWSKeyDetector": ("a3t", "abia", "acca", "akia", "asia", "aws"),
    "azure_storage_key.AzureStorageKeyDetector": ("accountkey=",),
    "basic_auth.BasicAuthDetector": ("://",),
    "discord.DiscordBotTokenDetector": (".",),
    "github_token.GitHubTokenDetector": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    "gitlab_token.GitLabTokenDetector": ("gl", "gr1348941"),
    "jwt.JwtTokenDetector": ("eyj",),
    "mailchimp.MailchimpDetector": ("-us",),
    "npm.NpmDetector": ("_authtoken",),
    "openai.OpenAIDetector": ("t3blbkfj",),
    "private_key.PrivateKeyDetector": ("private key", "putty"),
    "pypi_token.PypiTokenDetector": ("pypi-",),
    "sendgrid.SendGridDetector": ("sg.",),
    "slack.SlackDetector": ("xox", "hooks.slack.com"),
    "square_oauth.SquareOAuthDetector": ("sq0csp-",),
    "stripe.StripeDetector": ("k_live_",),
    "telegram_token.TelegramBotTokenDetector": (":",),
    "twilio.TwilioKeyDetector": ("ac", "sk"),
}
"""detect-secrets plugins (module.class) whose patterns name one issuer's token format, each with the
lower-case substrings one of which its tokens contain (its patterns are only run when one is there)."""

_AWS_PAIR = re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}[ \t]*[/:,|][ \t]*([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])")
# Private keys in any PEM type (detect-secrets' list lacks "ENCRYPTED PRIVATE KEY", PKCS#8's form).
_PRIVATE_KEY_BEGIN = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----")
_TOKEN_HINTS = any_of(sorted({hint for hints in _TOKEN_PLUGINS.values() for hint in hints}))
KEYWORD_WORDS = ("key", "pass", "pwd", "secret", "contrase")
"""A word each of detect-secrets' keywords contains (api_key, db_pass, password, pwd, secret,
contraseña...); a test checks the installed version's list against it."""
_KEYWORD_HINT = any_of(KEYWORD_WORDS)
_BEARER = re.compile(r"(?i)\b(?:bearer|basic|token)\s+([A-Za-z0-9._~+/=-]*\d[A-Za-z0-9._~+/=-]*)")
# An HTTP Authorization header's credentials, whatever the scheme ("key=...", "Bearer ...", none):
# the header exists to carry them.
_AUTHORIZATION = re.compile(r"(?i)\b(?:proxy-)?authorization[\"']?[ \t]*[:=][ \t]*[\"']?"
                            r"(?:(?P<scheme>[A-Za-z][\w-]{1,20})(?:[ \t]+|=))?(?P<v>[^\s\"',;]{8,})")
# A short word and a dot before a random token are its issuer's prefix ("sl.", "sk."), part of it.
_TOKEN_PREFIX = re.compile(r"(?<![\w.])[A-Za-z]{1,4}\.$")
_ID_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=bot))\d{6,12}:$")
"""A bot's or an app's numeric id glued by a colon to its secret ("bot9138376170:AAL..."): one credential, found whole."""
# ``name = value``, ``name: value``, ``"name": "value"``, ``name := value``, ``$env:NAME = value``,
# where the name ends in a word that may name a secret; ``secret_name`` decides.
_ASSIGNMENT = fast_compile(
    r"(?i)(?<![\w\]-])(?<!\$\{)((?:[a-z_][\w.-]*?)?(?:pass\w*|pwd|pw|psk|pin|secret|token|key|credentials?|auth|_pat"
    r"|session(?:id)?|sid|cookie|(?<=admin)phrase|(?<=login)phrase|(?<=_)phrase|(?<=_)word"
    r"|(?<=access)code|(?<=access_)code|(?<=login_)code|(?<=entry_)code|(?<=unlock_)code|(?<=master_)code))"
    r"[\"'\]]{0,2}[ \t]*(?::=|=>|=|:)(?![=:/])[ \t]*"
)
_ASSIGNMENT_HINT = any_of(("key", "pass", "pw", "psk", "pin", "secret", "token", "cred", "auth", "sid", "session", "cookie",
                           "_pat", "inphrase", "_phrase", "_word", "access_code", "accesscode", "_code="))
# Not after "=": URL parameters (``&ved=0ahUKEwj...``) are random-looking and no secret; those
# whose name says they are (``session=``, ``token=``) are assignments.
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])")
# An SSH public key is meant to be shared: its base64 body is no secret.
_PUBLIC_KEY_TYPE = re.compile(r"(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)\s+$")
_SAID_PUBLIC = re.compile(r"(?i)\b(?:public[\s_-]?key|pubkey|(?:öffentliche[rns]?|publieke)\s+(?:[\w-]+\s+){0,2}?[\w-]*schlüssel|"
                          r"(?:clé|clef|clave|chave|chiave)\s+pub?bli(?:que|ca))\b(?![^\n]*\b(?:private|privat\w*|secret|geheim\w*)\b)[^\n]*\Z")
"""A public key's name on the token's line, with no private or secret key named after it: the key is published, not kept."""
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{16}")
_KEY_END = re.compile(r"-----END [A-Z0-9 ]*-----|---- END SSH2[A-Z ]*----")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-]*")
# In an assignment, a value ends at these too (``Password=x;Database=y``, ``?token=x&user=y``).
_ASSIGNMENT_STOPS = re.compile(r"[,;]|&(?=[\w.-]*=)")  # "&" before a query's next name=, not inside "rcyz&XYin9"
_SHORT_NAMES = ("pass", "pw", "pwd", "pin", "psk")
_BARE_KEY_NAMES = ("secret", "secrets", "token", "auth", "credential", "credentials", "key")
_COMPANION = re.compile(r"(?i)[_.-](?:users?|usernames?|logins?|names?|emails?|accounts?|hint|file|path|prompt|principal)$")
"""A setting named for what goes with a secret ("ZIP_PASSWORD_USER", "DB_PASSWORD_FILE"): its user, where it is kept."""
_NAME_CHARS, _DOTTED_NAME = re.compile(r"[\w.-]*"), re.compile(r"[\w-]+(?:[./:][\w-]+)+")
_ENV_OPTION = re.compile(r"(?:^|\s)(?:-e|--env|--build-arg)\s+[\w.-]*$")
"""An option that sets a variable on a command line: "-e TOTP_SECRETS= image" sets it empty; the word after is the next argument."""


class CredentialDetector:
    """Secrets in text: issuer token formats, keyword assignments, command-line and prose passwords,
    and long random-looking tokens."""

    def __init__(self, entropy_limit: float = 4.5, entropy_min_length: int = 20) -> None:
        self.entropy_limit = entropy_limit
        self.entropy_min_length = entropy_min_length
        self._detect_secrets: DetectSecretsPatterns | None = None
        self._lock = threading.Lock()

    @property
    def _library(self) -> DetectSecretsPatterns:
        """detect-secrets' patterns, loaded on the first text that could hold what they find: the
        library imports its whole scanner (and requests), 0.1-0.3 s that a note such as
        "coffee, espresso" (``tether log``) need not pay. Which texts can is decided without it."""
        with self._lock:
            if self._detect_secrets is None:
                self._detect_secrets = DetectSecretsPatterns(self.entropy_limit)
            return self._detect_secrets

    def find(self, text: str) -> list[Finding]:
        """Secrets in ``text``."""
        lowered = text.lower()
        spans = [*self._keyword_spans(text, lowered)]
        if _LONG_TOKEN.search(text) or "private key" in lowered or "putty" in lowered:
            spans += [*self._token_spans(text, lowered), *self._entropy_spans(text),
                      *find_worded_keys(text, lowered, self._named_random)]
        elif "://" in text:
            spans += self._token_spans(text, lowered)
        if "://" in text:
            spans += find_url_secrets(text, lowered, self._token_like)
        for found in (find_generated_passwords(text), find_unlabelled_passwords(text, lowered)):  # only where nothing else is
            spans += [span for span in found  # (or one that holds a part found already, whole: "fyPs?" and the token after it)
                      if not any(a < span[1] and span[0] < b and not _whole_of(text, span, (a, b)) for a, b in spans)]
        return [Finding(start, end, SECRET) for start, end in spans if end > start]

    def _token_spans(self, text: str, lowered: str) -> Iterator[tuple[int, int]]:
        plugins = self._library.plugins if _TOKEN_HINTS.search(lowered) else ()
        for hints, patterns in plugins:
            if not hints.search(lowered):
                continue
            for pattern in patterns:
                for match in pattern.finditer(text):
                    group = next((i for i in range(1, (match.re.groups or 0) + 1) if match.group(i)), 0)
                    start, end = match.span(group)
                    value = match.group(group)
                    if value.startswith("eyJ") and not self._library.jwt_ok(value):
                        continue
                    if "PRIVATE KEY" in value or "PuTTY" in value:
                        yield self._private_key_block(text, start)
                        continue
                    yield start, self._extend_token(text, end)
        for start, end in token_format_spans(text):
            yield start, self._extend_token(text, end)
        if "AKIA" in text or "ASIA" in text:  # an AWS key id, then its secret: "AKIA... / wJalr..."
            yield from (match.span(1) for match in _AWS_PAIR.finditer(text))
        if "private key" in lowered:
            for match in _PRIVATE_KEY_BEGIN.finditer(text):
                yield self._private_key_block(text, match.start() + 5)

    @staticmethod
    def _extend_token(text: str, end: int) -> int:
        # Issuer patterns often match a fixed-length prefix of a longer token: take all of it.
        return _TOKEN_CHARS.match(text, end).end()  # type: ignore[union-attr]

    @staticmethod
    def _private_key_block(text: str, start: int) -> tuple[int, int]:
        begin = text.rfind("-----", 0, start)
        begin = begin if begin >= 0 and start - begin <= 6 else start
        end_marker = _KEY_END.search(text, start)
        end = end_marker.end() if end_marker else len(text)
        return begin, end + 2 if text.startswith("\\n", end) else end  # a JSON string's escaped last newline too

    def _keyword_spans(self, text: str, lowered: str) -> Iterator[tuple[int, int]]:
        # Cheap substring tests first: the patterns scan slowly and rarely apply.
        inside_placeholder = _placeholder_test(text)
        if ("=" in text or ":" in text) and _may_name_keyword(text, lowered):
            library = self._library
            for stem in library.keyword_stems.finditer(text):
                if inside_placeholder(stem.start()):
                    continue  # the "secret" of "[secret]" names no secret
                for pattern, group, sign in library.keyword:
                    if sign in text and (match := pattern.match(text, stem.start())):
                        span = value_span(text, match.start(group), match.end(group))
                        name = _NAME_CHARS.match(text, stem.start()).group(0)  # type: ignore[union-attr]
                        if name.isalpha() and name.islower() and secret_name(name) is None:
                            continue  # a word that starts with a keyword ("the secretary: ..."), not a name for a secret
                        if _COMPANION.search(name) and secret_name(name) is None:
                            continue  # "ZIP_PASSWORD_USER=x": a setting named for what goes with a secret (its user), not one
                        if span is not None and "\n" in text[stem.end():span[0]]:
                            continue  # "chpasswd:" then "list:" on the next line: a section, not a value
                        if span is not None and text[span[0] - 1].isspace() and text[stem.start():span[0]].rstrip().endswith("=") \
                                and _ENV_OPTION.search(text, max(0, stem.start() - 60), stem.start()):
                            continue  # "-e TOTP_SECRETS= bunkerity/...": a variable set empty, then the image
                        if span is not None and _named_value_ok(name, text[span[0]:span[1]], quoted=False) \
                                and not names_a_setting(name):
                            yield span
            if "==" in text or "!=" in text:
                for match in library.keyword_preceded.finditer(text):
                    yield from _optional(value_span(text, match.start(2), match.end(2)))
        if "=" in text or ":" in text:
            if _ASSIGNMENT_HINT.search(lowered):
                for match in _ASSIGNMENT.finditer(text):
                    if not inside_placeholder(match.start()):
                        yield from _optional(_assigned_value(text, match))
        yield from find_command_passwords(text)
        yield from find_config_passwords(text)
        yield from find_inline_passwords(text)
        if "<" in text:
            yield from find_markup_secrets(text)
        if "bearer" in lowered or "basic" in lowered or "token" in lowered:
            for match in _BEARER.finditer(text):
                if len(match.group(1)) >= 12 and not BOOKED.search(text, max(0, match.start() - 16), match.start()):
                    yield from _optional(value_span(text, match.start(1), match.end(1)))
        if "authorization" in lowered:
            for match in _AUTHORIZATION.finditer(text):
                value = match.group("v")
                if (match.group("scheme") or "").lower() != "digest" and (len(value) >= 16 or _mixed(value)):
                    yield from _optional(value_span(text, match.start("v"), match.end("v")))
        yield from find_prose_passwords(text)

    def _entropy_spans(self, text: str) -> Iterator[tuple[int, int]]:
        public = _putty_public_lines(text) if "Public-Lines:" in text else None
        for match in _TOKEN.finditer(text):
            if public is not None and public[0] <= match.start() < public[1]:
                continue  # a PuTTY key file's public half: its private lines are the secret
            token = match.group(0).strip("=-_")
            if len(token) < self.entropy_min_length or not _mixed(token) or PLACEHOLDER.match(text, match.end()):
                continue  # (a name glued to a value redacted already, "PGPASSWORD=[secret]": the name, not a key)
            if token.startswith("AAAA") and _PUBLIC_KEY_TYPE.search(text, max(0, match.start() - 40), match.start()) or \
                    _SAID_PUBLIC.search(text, max(0, match.start() - 100), match.start()):
                continue  # a public key, said to be one: "Minisign public key ...: RWQ...", "Öffentlicher WireGuard-Schlüssel"
            if token.startswith(("sha256-", "sha384-", "sha512-")):
                continue  # a subresource integrity hash, published with the page
            if "?" in text and in_url_query(text, match.start()):
                continue
            if "/" in token and in_url(text, match.start()):
                yield from path_secret_spans(match.start(), token, self._token_like)
                continue
            if self._random_looking(token):
                prefix = _TOKEN_PREFIX.search(text, max(0, match.start() - 5), match.start()) \
                    or _ID_BEFORE.search(text, max(0, match.start() - 16), match.start())
                yield prefix.start() if prefix else match.start(), match.end()

    def _token_like(self, token: str) -> bool:
        """Mixed letters and digits, and random-looking: a key, not a word or a number."""
        return _mixed(token) and self._random_looking(token)

    def _named_random(self, token: str) -> bool:
        """Random enough for a token that a word names as a key: three quarters of the largest
        entropy its length allows (a word names it, so the bar is lower than for a bare token)."""
        limit = min(4.0, 0.75 * math.log2(len(token)))
        return self._library.shannon_entropy(token) >= limit

    def _random_looking(self, token: str) -> bool:
        # The largest entropy a string of n symbols can have is log2(n); require most of it.
        limit = min(self.entropy_limit, 0.95 * math.log2(len(token)))
        return self._library.shannon_entropy(token) >= limit


class DetectSecretsPatterns:
    """What ``CredentialDetector`` takes from detect-secrets: the chosen token plugins' patterns
    (with the hints that gate them), its JWT check, the keyword plugin's patterns and its Base64
    entropy measure."""

    def __init__(self, entropy_limit: float) -> None:
        from importlib import import_module

        from detect_secrets.plugins import keyword
        from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString
        from detect_secrets.plugins.jwt import JwtTokenDetector

        # Each plugin's hints are a gate of the shared scan: some 25 gates a text cost one look at its bits each.
        self.plugins: list[tuple[WordGate, list[re.Pattern[str]]]] = []
        for name, hints in _TOKEN_PLUGINS.items():
            module, cls = name.rsplit(".", 1)
            plugin: Any = getattr(import_module(f"detect_secrets.plugins.{module}"), cls)
            self.plugins.append((any_of(hints), list(plugin.denylist)))
        self.jwt_ok: Callable[[str], bool] = JwtTokenDetector.is_formally_valid
        # The keyword plugin's patterns for config syntax (``password: x``, ``secret = x``) and for
        # code (quoted values), each run only where its assignment sign is: a pattern starting with
        # the keyword is matched at each keyword, not searched for along the whole text.
        self.keyword_stems = fast_compile("|".join(keyword.DENYLIST), re.IGNORECASE)
        self.keyword: list[tuple[re.Pattern[str], int, str]] = [
            (keyword.FOLLOWED_BY_COLON_REGEX, 4, ":"), (keyword.FOLLOWED_BY_EQUAL_SIGNS_REGEX, 5, "="),
            (keyword.FOLLOWED_BY_QUOTES_AND_SEMICOLON_REGEX, 3, ";"),
            (keyword.FOLLOWED_BY_ARROW_FUNCTION_SIGN_QUOTES_REQUIRED_REGEX, 4, "=>"),
        ]
        self.keyword_preceded = keyword.PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX
        self._charset = Base64HighEntropyString(limit=entropy_limit).charset

    def shannon_entropy(self, data: str) -> float:
        """detect-secrets' Base64 entropy of ``data`` (``calculate_shannon_entropy``), the same sum in the same
        order, with its characters counted once rather than ``data.count`` once for each of the charset's 65
        (12 -> 4 us a token)."""
        counts = Counter(data)
        entropy = 0.0
        for x in self._charset:
            if count := counts.get(x):
                p_x = float(count) / len(data)
                entropy += - p_x * math.log(p_x, 2)
        return entropy


def _may_name_keyword(text: str, lowered: str) -> bool:
    """Whether one of detect-secrets' keywords (``KEYWORD_WORDS``) may occur in ``text``. Its patterns
    ignore case, and for non-ASCII text that reaches beyond ``str.lower`` (the long s matches "s", the
    Kelvin sign "k"): such text is case-folded first, as the patterns' matching does."""
    return _KEYWORD_HINT.search(lowered if text.isascii() else text.casefold()) is not None


def _placeholder_test(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` lies inside a placeholder such as ``[secret]``."""
    if "[" not in text:
        return lambda position: False
    spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    return lambda position: any(start <= position < end for start, end in spans)


def _whole_of(text: str, span: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether ``span`` holds ``part`` and only more of one value around it: no sign or field mark ("key=", "NAME|") added."""
    added = text[span[0]:part[0]] + text[part[1]:span[1]]
    return span[0] <= part[0] and part[1] <= span[1] and not any(mark in added for mark in "=|`'\"")


def _putty_public_lines(text: str) -> tuple[int, int]:
    """Where a PuTTY key file's public lines are (from "Public-Lines:" to "Private-Lines:")."""
    start = text.index("Public-Lines:")
    end = text.find("Private-Lines:", start)
    return start, end if end >= 0 else len(text)


def _mixed(token: str) -> bool:
    classes = sum((any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token)))
    return classes == 3 or (classes == 2 and len(token) >= 32)


def _assigned_value(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The value of an assignment to a name that holds a secret (``PGPASSWORD=x``, ``"apiKey": "x"``)."""
    name = match.group(1)
    kind = secret_name(name)
    bare_key = kind is None and name.lower() == "key" and text.startswith('"', match.end(1))  # kcptun's "key": "X"
    if kind is None and not bare_key:
        return None
    position = match.end() + (1 if text.startswith(('["', "['"), match.end()) else 0)  # "password": ["X"]: its one string
    span = value_at(text, position, numeric_ok=kind == "password")
    if span is None:
        return None
    start, end = span
    if text[start] == "{":
        return None  # "auth": {"user": ...}: a nested object, whose own names are read in turn
    quoted = start > 0 and text[start - 1] in "\"'`“"
    if not quoted and (stop := _ASSIGNMENT_STOPS.search(text, start, end)) is not None:
        end = stop.start()  # Password=x;Database=y, ?token=x&user=y
    value = text[start:end]
    if bare_key and not (quoted and len(value) >= 16 and _mixed(value) and not _DOTTED_NAME.fullmatch(value)):
        return None  # "key" alone: a quoted name, a long made-up quoted value, not a dotted name ("menu.file.openRecent2")
    if not _named_value_ok(name, value, quoted or "=" in text[match.start(1):match.end()]):
        return None
    if name.lower().endswith("pin") and not value.isdigit() \
            and not (name.isupper() and "_" in name and (strongly_made_up(value) or generated(value))):
        return None  # a PIN is digits: "pin: 31.305013, 58.602050" is a map's pin (a setting's made-up one: "DUMBPAD_PIN=X")
    if kind == "session" and (len(value) < 16 or not password_shaped(value)):
        return None  # "session: morning", "sid=3": a session's id is a secret only when it is one
    return (start, end) if end > start and plausible(value, kind == "password") else None


def _named_value_ok(name: str, value: str, quoted: bool) -> bool:
    """A bare word as the name ("pass: ...", "Top secret: ...") reads as prose: its value counts
    only if it looks made up (or is long, as tokens are, or quoted, as in code)."""
    lowered = name.lower()
    if lowered.replace("_", "").replace("-", "").endswith("keyid"):
        return len(value) >= 16  # "private_key_id": a key's 40-hex id is kept secret with it; "k1" names a key
    if lowered in _SHORT_NAMES or lowered in _BARE_KEY_NAMES:
        return quoted or password_shaped(value) or (lowered in _BARE_KEY_NAMES and len(value) >= 16)
    return True


def _optional(span: tuple[int, int] | None) -> Iterator[tuple[int, int]]:
    if span is not None:
        yield span
