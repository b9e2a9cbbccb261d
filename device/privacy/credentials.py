"""Secrets: API keys, tokens, private keys and passwords, found by detect-secrets' plugins and by the
forms they do not cover (newer key formats, passwords on command lines and in prose).

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
from collections.abc import Callable, Iterator
from typing import Any

from device.privacy.findings import PLACEHOLDER, SECRET, Finding

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

# Formats detect-secrets 1.5 predates or lacks (its OpenAI pattern knows only the old "T3BlbkFJ" keys).
_EXTRA_FORMATS = re.compile(
    r"\bsk-(?:proj|svcacct|admin|ant-(?:api|admin)\d\d)-[A-Za-z0-9_-]{20,}"  # OpenAI project, Anthropic keys
    r"|\bsk-[A-Za-z0-9]{32,}"  # OpenAI-style keys without a prefix
    r"|\bgithub_pat_[A-Za-z0-9_]{22,}|\bgh[pousr]_[A-Za-z0-9]{30,}"  # GitHub (also shorter legacy ones)
    r"|\bglpat-[A-Za-z0-9_-]{20,}"  # GitLab personal tokens
    r"|\bAIza[0-9A-Za-z_-]{35}"  # Google API keys
    r"|\bhf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}"  # Stripe, test keys too
    r"|\bxox[abposr]-[A-Za-z0-9-]{10,}"  # Slack tokens in any layout
    r"|\bnpm_[A-Za-z0-9]{36}|\bpypi-[A-Za-z0-9_-]{50,}|\bdop_v1_[a-f0-9]{64}|\bshp(?:at|ss|ca)_[a-fA-F0-9]{32}"
    r"|\bAKIA[0-9A-Z]{16}\b"
    r"|\btether_[0-9a-f]{8,}_[A-Za-z0-9_-]{16,}"  # Tether's own API tokens
)
_BEARER = re.compile(r"(?i)\b(?:bearer|basic|token)\s+([A-Za-z0-9._~+/=-]*\d[A-Za-z0-9._~+/=-]*)")
# Names that hold secrets, in assignments detect-secrets' keyword list misses (tokens, credentials).
_NAMED_VALUE = re.compile(
    r"(?i)(?<![\w-])[\w.-]*?(?:passw(?:or)?d|passwd|pwd|(?<![a-z])(?:token|secret|pass|credentials?|api[_-]?key|apikey"
    r"|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?token|session[_-]?key))"
    r"[\"'\]]{0,2}[ \t]*(?:=|:=|:|=>)[ \t]*([\"']?)([^\s\"'`,;]+)"
)
_COMMAND_PASSWORDS = re.compile(
    r"(?i)(?:\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport)\b[^|;&\n]*?\s-p([^\s-]\S*)"
    r"|(?<![\w-])--(?:password|passwd|pass|token|api-key|apikey|secret|auth-token|access-token|client-secret)(?:=|\s+)"
    r"(?![-$])(\S+)"
    r"|\bsshpass\s+-p\s*(\S+)"
    r"|(?<![\w-])(?:-u|--user)\s+[^\s:]+:(\S+)"  # curl -u name:password
    r"|://[^\s/:@]+:([^\s@/]+)@"  # user:password@ in a URL (detect-secrets' pattern needs it URL-encoded)
    r"|\bredis-cli\b[^|;&\n]*?\s-a\s+(\S+)"
    r"|\bdocker\s+login\b[^|;&\n]*?\s-p\s+(\S+)"
    r"|\bhtpasswd\s+(?=[^|;&\n]*?-\w*b)(?:-\w+\s+)*\S+\s+\S+\s+(\S+)"
    r"|\brclone\b[^|;&\n]*?\spass(?:word)?\s+(\S+)"
    r"|(?<![\w-])-pass(?:in|out)?\s+pass:(\S+)"  # openssl
    r"|(?<![\w-])-U\s+[^\s%]+%(\S+))"  # smbclient user%password
)
_PROSE_PASSWORDS = re.compile(
    r"(?i)\b(?:password|passwort|passcode|passphrase|kennwort|pw|mot\s+de\s+passe|contrase[ñn]a|wachtwoord|senha"
    r"|lösenord|wi-?fi\s+key|wlan-?schlüssel|wifi\s+code|pin(?:\s*code)?)\b"
    r"(?:\s+(?:for|to|of|on|für|zum|zur|vom|de|del|du|van|von)\s+(?:the\s+|my\s+|das\s+|die\s+|der\s+)?[\w.@'-]+)?"
    r"(?:\s+(?P<verb>is|was|ist|war|lautet|est|es|è|är|now\s+is|is\s+now|remains)\b|(?P<sign>\s*[:=]))?"
    r"\s*[\"'“”«‚„]?(?P<value>\S+)"
)
# Without "is" or ":" between them, the word after "password" is the password only if it looks like
# one (a digit, a symbol, or capitals after the first letter): not "password has expired".
_PASSWORD_SHAPED = re.compile(r".*(?:\d|[^\w\s.,;:!?]|.[A-Z])")
_PIN_LIKE = re.compile(r"(?i)\bpin(?:\s*code)?\b")
_PIN_VALUE = re.compile(r"\d{4,8}[.,;:!?)]*")
_PASSWORD_NAME = re.compile(r"(?i)pass|pwd|secret")
# Words that follow "password is"/"password:" in ordinary sentences (and so are not the password).
_NOT_A_VALUE = frozenset("""
a an the is was be been being to for of in on at by with and or not no yes now still also just only too very
wrong incorrect invalid expired required needed correct right missing empty blank same different new old
weak strong long short good bad fine ok okay safe secure insecure simple easy hard great compromised leaked
shared known unknown saved stored set reset changed protected hidden sent here there manager managers field
change changes reset-link link policy rules requirements strength hint prompt protection please enter your
my his her our their this that it its none null nil true false undefined unset empty n/a tbd todo see
falsch abgelaufen geändert vergessen erforderlich ändern incorrecte requis oublié olvidada incorrecta
""".split())
# ``$DB_PASS``, ``${TOKEN}``, ``$(pass show x)``, ``%PASSWORD%``, ``{{ secret }}``, ``<token>``, a path.
_REFERENCE = re.compile(r"\$(?:[A-Z_][A-Z0-9_]*\b|\{|\()|%\w+%|%\(?\w*\)?s\b|\{\{|<[\w -]+>|\[|~?/|\\\\")
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/=_-])")
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{16}")
_KEY_END = re.compile(r"-----END [A-Z0-9 ]*-----|---- END SSH2[A-Z ]*----")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-]*")
_ASSIGNMENT_WORDS = ("key", "pass", "pwd", "secret", "contrase", "token", "cred", "auth")
_PROSE_WORDS = ("pass", "pw", "pin", "kennwort", "contrase", "wachtwoord", "senha", "lösenord", "wifi", "wi-fi",
                "wlan")
# Closing marks after an unquoted value belong to the sentence; "!", "?" and "." may be the
# password's own last character, and are kept (over-redacting a full stop costs nothing).
_TRAILING = ",;)]}>\"'”»"


class CredentialDetector:
    """Secrets in text: issuer token formats, keyword assignments, command-line and prose passwords,
    and long random-looking tokens."""

    def __init__(self, entropy_limit: float = 4.5, entropy_min_length: int = 20) -> None:
        # detect-secrets imports its whole scanner (and requests): only when a detector is built.
        from importlib import import_module

        from detect_secrets.plugins import keyword
        from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString
        from detect_secrets.plugins.jwt import JwtTokenDetector

        self._plugins: list[tuple[tuple[str, ...], list[re.Pattern[str]]]] = []
        for name, hints in _TOKEN_PLUGINS.items():
            module, cls = name.rsplit(".", 1)
            plugin: Any = getattr(import_module(f"detect_secrets.plugins.{module}"), cls)
            self._plugins.append((hints, list(plugin.denylist)))
        self._jwt_ok = JwtTokenDetector.is_formally_valid
        # The keyword plugin's patterns for config syntax (``password: x``, ``secret = x``) and for
        # code (quoted values), each run only where its assignment sign is: a pattern starting with
        # the keyword is matched at each keyword, not searched for along the whole text.
        self._keyword_stems = re.compile("|".join(keyword.DENYLIST), re.IGNORECASE)
        self._keyword: list[tuple[re.Pattern[str], int, str]] = [
            (keyword.FOLLOWED_BY_COLON_REGEX, 4, ":"), (keyword.FOLLOWED_BY_EQUAL_SIGNS_REGEX, 5, "="),
            (keyword.FOLLOWED_BY_QUOTES_AND_SEMICOLON_REGEX, 3, ";"),
            (keyword.FOLLOWED_BY_ARROW_FUNCTION_SIGN_QUOTES_REQUIRED_REGEX, 4, "=>"),
        ]
        self._keyword_preceded = keyword.PRECEDED_BY_EQUAL_COMPARISON_SIGNS_QUOTES_REQUIRED_REGEX
        self._entropy = Base64HighEntropyString(limit=entropy_limit)
        self.entropy_limit = entropy_limit
        self.entropy_min_length = entropy_min_length

    def find(self, text: str) -> list[Finding]:
        """Secrets in ``text``."""
        lowered = text.lower()
        spans = [*self._keyword_spans(text, lowered)]
        if _LONG_TOKEN.search(text) or "private key" in lowered or "putty" in lowered:
            spans += [*self._token_spans(text, lowered), *self._entropy_spans(text)]
        elif "://" in text:
            spans += self._token_spans(text, lowered)
        return [Finding(start, end, SECRET) for start, end in spans if end > start]

    def _token_spans(self, text: str, lowered: str) -> Iterator[tuple[int, int]]:
        for hints, patterns in self._plugins:
            if not any(hint in lowered for hint in hints):
                continue
            for pattern in patterns:
                for match in pattern.finditer(text):
                    group = next((i for i in range(1, (match.re.groups or 0) + 1) if match.group(i)), 0)
                    start, end = match.span(group)
                    value = match.group(group)
                    if value.startswith("eyJ") and not self._jwt_ok(value):
                        continue
                    if "PRIVATE KEY" in value or "PuTTY" in value:
                        yield self._private_key_block(text, start)
                        continue
                    yield start, self._extend_token(text, end)
        for match in _EXTRA_FORMATS.finditer(text):
            yield match.start(), self._extend_token(text, match.end())

    @staticmethod
    def _extend_token(text: str, end: int) -> int:
        # Issuer patterns often match a fixed-length prefix of a longer token: take all of it.
        return _TOKEN_CHARS.match(text, end).end()  # type: ignore[union-attr]

    @staticmethod
    def _private_key_block(text: str, start: int) -> tuple[int, int]:
        begin = text.rfind("-----", 0, start)
        begin = begin if begin >= 0 and start - begin <= 6 else start
        end_marker = _KEY_END.search(text, start)
        return begin, end_marker.end() if end_marker else len(text)

    def _keyword_spans(self, text: str, lowered: str) -> Iterator[tuple[int, int]]:
        # Cheap substring tests first: the patterns scan slowly and rarely apply.
        inside_placeholder = _placeholder_test(text)
        if "=" in text or ":" in text:
            for stem in self._keyword_stems.finditer(text):
                if inside_placeholder(stem.start()):
                    continue  # the "secret" of "[secret]" names no secret
                for pattern, group, sign in self._keyword:
                    if sign in text and (match := pattern.match(text, stem.start())):
                        yield from self._value_span(text, match.start(group), match.end(group))
            if "==" in text or "!=" in text:
                for match in self._keyword_preceded.finditer(text):
                    yield from self._value_span(text, match.start(2), match.end(2))
            if any(word in lowered for word in _ASSIGNMENT_WORDS):
                for match in _NAMED_VALUE.finditer(text):
                    if inside_placeholder(match.start()):
                        continue
                    name = text[match.start():match.start(1)]
                    yield from self._value_span(text, match.start(2), match.end(2), numeric_ok=_is_password_name(name))
        if " -" in text or "://" in text or " pass" in lowered:
            for match in _COMMAND_PASSWORDS.finditer(text):
                group = next(i for i in range(1, match.re.groups + 1) if match.group(i))
                yield from self._value_span(text, match.start(group), match.end(group))
        if "bearer" in lowered or "basic" in lowered or "token" in lowered:
            for match in _BEARER.finditer(text):
                if len(match.group(1)) >= 12:
                    yield from self._value_span(text, match.start(1), match.end(1))
        if any(word in lowered for word in _PROSE_WORDS):
            for match in _PROSE_PASSWORDS.finditer(text):
                value = match.group("value")
                if _PIN_LIKE.match(match.group(0)) and not _PIN_VALUE.fullmatch(value):
                    continue
                if not (match.group("verb") or match.group("sign")) and not _PASSWORD_SHAPED.match(value):
                    continue
                yield from self._value_span(text, match.start("value"), match.end("value"))

    @staticmethod
    def _value_span(text: str, start: int, end: int, numeric_ok: bool = True) -> Iterator[tuple[int, int]]:
        """The secret value at ``text[start:end]``, cut at whitespace unless quoted; nothing for
        a reference to a variable, a placeholder or an ordinary word."""
        quoted = start > 0 and text[start - 1] in "\"'`"
        value = text[start:end]
        if not quoted:
            start += len(value) - len(value.lstrip())
            value = value.split(maxsplit=1)[0] if value.strip() else ""
            value = value.rstrip(_TRAILING) or value
        if _plausible_value(value, numeric_ok):
            yield start, start + len(value)

    def _entropy_spans(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _TOKEN.finditer(text):
            token = match.group(0).strip("=-_")
            if len(token) < self.entropy_min_length or not _mixed(token):
                continue
            # The largest entropy a string of n symbols can have is log2(n); require most of it.
            limit = min(self.entropy_limit, 0.95 * math.log2(len(token)))
            if self._entropy.calculate_shannon_entropy(token) >= limit:
                yield match.start(), match.end()


def _placeholder_test(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` lies inside a placeholder such as ``[secret]``."""
    if "[" not in text:
        return lambda position: False
    spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    return lambda position: any(start <= position < end for start, end in spans)


def _mixed(token: str) -> bool:
    classes = sum((any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token)))
    return classes == 3 or (classes == 2 and len(token) >= 32)


def _is_password_name(name: str) -> bool:
    return bool(_PASSWORD_NAME.search(name))


def _plausible_value(value: str, numeric_ok: bool) -> bool:
    if not value or PLACEHOLDER.fullmatch(value) or _REFERENCE.match(value):
        return False  # a variable, a template, a placeholder, a path
    if set(value) <= set("*•xX.-_#?") or value.lower().strip(_TRAILING + ".:!?") in _NOT_A_VALUE:
        return False  # masked, or an ordinary word ("password is incorrect")
    if value.isdigit() and not numeric_ok:
        return False  # "tokens: 512"
    return not (value.isdigit() and len(value) < 3)
