"""Passwords in configuration files and the statements that set them, in the forms that name them
by position or by a directive rather than by an assignment (which ``credentials`` reads):

- directives whose argument is a password: Redis ``requirepass X`` / ``masterauth X``, kickstart
  ``rootpw [--plaintext] X``, HAProxy ``stats auth user:X``, SQL ``IDENTIFIED BY 'X'`` and
  ``[WITH] PASSWORD 'X'``, DB2's ``CONNECT TO db USER u USING X``;
- a Go or MySQL DSN: ``user:X@tcp(host:3306)/db``;
- a call that sets a named value: ``define('DB_PASSWORD', 'X')``, ``os.environ.setdefault("API_TOKEN",
  "X")``, ``putenv('SECRET', 'X')`` (``secret_name`` decides which names);
- an OpenVPN ``<auth-user-pass>`` block written inline (user, then password, a line each) and
  cloud-init's ``chpasswd:`` list of ``user:password`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of
from device.privacy.passwords.values import names_a_setting, plausible, secret_name, value_at

_DIRECTIVE = re.compile(
    r"(?im)^[ \t]*(?:requirepass|masterauth|rootpw(?:[ \t]+--(?:plaintext|iscrypted|allow-ssh))*)[ \t]+(?=[^\s-])"
    r"|^[ \t]*stats[ \t]+auth[ \t]+[^\s:]+:(?=\S)"
    r"|\bidentified(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]+(?:password[ \t]+)?(?=['\"])"
    r"|\b(?:with[ \t]+)?(?:encrypted[ \t]+)?password[ \t]+(?=')"
    r"|\bconnect[ \t]+to[ \t]+\S+[ \t]+user[ \t]+\S+[ \t]+using[ \t]+(?=\S)"
)
_DIRECTIVE_HINTS = any_of(("requirepass", "masterauth", "rootpw", "stats auth", "identified", "password '", " using "))
_DSN = re.compile(r"(?<![\w/:])[\w.-]+:(?P<v>[^\s@/\"']+)@(?:tcp|unix|udp)\(")
_NAMED_CALL = re.compile(r"\(\s*(['\"])(?P<n>[\w.-]{2,60})\1\s*,\s*(?=['\"])")
_NAMED_CALL_HINTS = any_of(("pass", "pw", "secret", "token", "key", "auth", "cred"))
_AUTH_USER_PASS = re.compile(r"<auth-user-pass>[ \t]*\n[ \t]*[^\s<]+[ \t]*\n[ \t]*(?P<v>[^\s<]+)[ \t]*\n[ \t]*</auth-user-pass>")
_CHPASSWD_LIST = re.compile(r"\bchpasswd:[ \t]*\n[ \t]+list:[ \t]*\|?[ \t]*\n(?P<lines>(?:[ \t]+[\w.-]+:\S+[ \t]*(?:\n|$))+)")
_LIST_LINE = re.compile(r"[ \t]+[\w.-]+:(?P<v>\S+)")
_GENERATED = ("R", "RANDOM")  # cloud-init: make one up


def find_config_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords set by configuration directives, DSNs, calls and blocks in ``text``."""
    lowered = text.lower()
    if _DIRECTIVE_HINTS.search(lowered):
        for match in _DIRECTIVE.finditer(text):
            span = value_at(text, match.end())
            if span is not None:
                yield span
    if "@" in text and "(" in text:
        for match in _DSN.finditer(text):
            if plausible(match.group("v")):
                yield match.span("v")
    if "(" in text and "," in text and _NAMED_CALL_HINTS.search(lowered):
        for match in _NAMED_CALL.finditer(text):
            name = match.group("n")
            if secret_name(name) is not None and not names_a_setting(name):
                span = value_at(text, match.end(), numeric_ok=secret_name(name) == "password")
                if span is not None:
                    yield span
    if "<auth-user-pass>" in text:
        for match in _AUTH_USER_PASS.finditer(text):
            yield match.span("v")
    if "chpasswd" in text:
        for match in _CHPASSWD_LIST.finditer(text):
            for line in _LIST_LINE.finditer(text, match.start("lines"), match.end("lines")):
                if line.group("v") not in _GENERATED and plausible(line.group("v")):
                    yield line.span("v")
