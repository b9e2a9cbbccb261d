"""Command lines that log in: the password (or token) given with or after a user name, in forms
that hold for any tool rather than one (``commands.TOOLS`` lists the tools whose short options
mean a password on their own):

- ``-u USER -p X`` (or ``-U``, ``-l``, ``--user``, ``--username``, ``--login`` before ``-p``/``-P``): a user and then
  ``-p`` is a login whatever the tool (``oc login``, ``cf login``, ``rabbitmqadmin``, ``smbmap``);
  a port or a number after ``-p`` is none (``docker run -u 1000 -p 8080:80``);
- ``SOMETHING_USER1=USER:X`` in an environment;
- ``-uUSER -pX``, both glued, as MySQL's clients and those made like them take a login;
- ``--user USER:X``, ``--creds USER:X``, ``--src-creds USER:X`` (any option so named, the part
  after the colon);
- a subcommand or a script named for setting a password, then its value: ``set-initial-password X``, ``setWebPassword.sh USER X``,
  ``user:password USER X``, ``change_password USER X``;
- ``<tool> login TOKEN`` with a long random token (``wandb login``), not a host or a name;
- tools that take a user and a password as arguments: unixODBC's ``isql DSN USER X``,
  ``htpasswd``-like ``mosquitto_passwd -b FILE USER X``, ``deluge-console "connect HOST USER X"``,
  ``mkpasswd X`` (to hash it), ``composer``/``poetry config http-basic.HOST USER X``, Bundler's
  ``bundle config HOST USER:X`` and ``BUNDLE_HOST__COM=USER:X``; an ftp script's ``user NAME X`` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of
from device.privacy.passwords.values import password_shaped, plausible, value_at

_GLUED_USER_AND_P = re.compile(r"(?<!\S)-u(?P<u>[A-Za-z_][\w.@$-]*)(?:[ \t]+-[a-oq-zA-OQ-Z]\S*(?:[ \t]+(?!-)\S+)?){0,3}?[ \t]+-p(?P<v>[^\s'\"-]\S*)"
                               r"|(?<!\S)-p(?P<v2>[^\s'\"-]\S*)(?:[ \t]+-[a-oq-zA-OQ-Z]\S*(?:[ \t]+(?!-)\S+)?){0,3}?[ \t]+-u[A-Za-z_]")
"""A MySQL-style client's login, both glued to their options: ``-uUSER ... -pX`` (or ``-pX ... -uUSER``), whatever the tool."""
_USER_VARIABLE = re.compile(r"(?<![\w$])[A-Z][A-Z0-9_]*USER\d*=[\"']?(?P<u>[^\s:\"'=]+):(?P<v>[^\s\"']+)")
"""An environment variable that gives a login as ``USER:X`` (Anki's sync server: ``SYNC_USER1=name:X``)."""
_USER_THEN_P = re.compile(r"(?<!\S)(?:-[uUl]|--user(?:name)?|--login)(?:[ \t]+|=)(?!-)\S+(?:[ \t]+-[a-oq-zA-OQ-Z][\w-]*(?:[ \t]+(?!-)\S+)?){0,3}?"
                          r"[ \t]+-[pP][ \t]+(?=[^\s-])")  # options may stand between: -u USER -j HOST -p X
# A port, an address with ports, a count: what -p means in most tools.
_PORT_LIKE = re.compile(r"[\d.:]+(?:/\w+)?|[\w.-]+\.(?:ya?ml|json|toml|ini|conf|cfg|txt|py)")
_USER_PASS_OPTION = re.compile(r"(?<!\S)--(?:[\w-]+-)?(?:user|creds?|credentials|auth)(?:=|[ \t]+)['\"]?(?!-)"
                               r"(?P<u>[^\s:\"']+):[\"']?(?P<v>[^\s\"']+)")  # the password may be quoted: USER:'X'
# A subcommand that sets a password ("set-initial-password", "user:password", "change_password"),
# one or two arguments after it: the last one is the password (not a "+map" of a game server's next setting).
_PASSWORD_SUBCOMMAND = re.compile(r"(?<![\w/.-])[a-z]+(?:[-_:][a-z]+)*[-_:]pass(?:word|wd)"
                                  r"(?:[ \t]+(?![-+])(?P<a>\"[^\"\n]+\"|'[^'\n]+'|\S+))"
                                  r"(?:[ \t]+(?:--?(?:new|value|to)(?:=|[ \t]+))?(?![-+])(?P<b>\"[^\"\n]+\"|'[^'\n]+'|\S+))?")
_PASSWORD_SCRIPT = re.compile(r"(?i)(?<![\w.-])(?:[\w.-]*/)*(?:set|change|reset|update)[\w-]*pass(?:word|wd)\.(?:sh|py|pl|rb|php)"
                              r"(?:[ \t]+(?![-+])(?P<a>\"[^\"\n]+\"|'[^'\n]+'|\S+))(?:[ \t]+(?![-+])(?P<b>\"[^\"\n]+\"|'[^'\n]+'|\S+))?")
"""A script named for setting a password, then two arguments (``.../setWebPassword.sh USER X``): the second is the password."""
_LOGIN_TOKEN = re.compile(r"(?<=[a-z0-9])[ \t]+(?:auth[ \t]+)?login[ \t]+(?:--?[\w-]+[ \t]+)*"
                          r"(?P<v>(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]{24,})(?![^\s;|&])")
_ARGUMENTS = re.compile(
    r"\bisql[ \t]+(?!-)\S+[ \t]+(?!-)\S+[ \t]+(?P<v1>(?!-)\S)"  # unixODBC: isql DSN USER PASSWORD
    r"|\bmosquitto_passwd[ \t]+(?:-\w+[ \t]+)*-b[ \t]+\S+[ \t]+\S+[ \t]+(?P<v2>\S)"  # -b FILE USER PASSWORD
    r"|\bdeluge-console[ \t]+[\"']?connect[ \t]+\S+[ \t]+\S+[ \t]+(?P<v3>[^\s;\"']+)"  # connect HOST USER PW
    r"|\bmkpasswd[ \t]+(?:(?:-m|--method|-S|--salt|-R|--rounds)[ \t=]+\S+[ \t]+|-\w+[ \t]+)*(?P<v4>(?!-)[^\s)\"'`]+)"
    r"|\b(?:composer|poetry)[ \t]+(?:global[ \t]+)?config[ \t]+(?:--?\S+[ \t]+)*http-basic\.\S+[ \t]+\S+[ \t]+(?P<v5>(?!-)\S)"
    r"|\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--\S+[ \t]+)*[\w-]+(?:\.[\w-]+)+[ \t]+(?P<v6>[^\s:]+:\S)"
    r"|(?<![\w$])BUNDLE_[A-Z0-9_]+__[A-Z0-9]+(?:=|:[ \t]*)[\"']?(?P<v7>[^\s:\"']+:[^\s\"'])"  # BUNDLE_HOST__COM=USER:PW (or YAML's ": ")
    r"|\bs?ftp\b[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*user[ \t]+(?!-)\S+[ \t]+(?P<v8>(?!-)\S)"  # an ftp script's "user NAME PASSWORD" line
)
_ARGUMENT_HINTS = any_of(("isql", "mosquitto_passwd", "deluge-console", "mkpasswd", "http-basic", "bundle", "BUNDLE_", "ftp"))


def find_login_passwords(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords and tokens that command lines in ``text`` give to log in."""
    if " -" in text and ("-u" in lowered or "--user" in lowered or " -l " in text or "--login" in lowered):
        for match in _USER_THEN_P.finditer(text):
            span = value_at(text, match.end(), numeric_ok=False)
            value = text[span[0]:span[1]] if span is not None else ""
            if value and not any(c.isspace() for c in value) and _shaped(value):
                yield span  # not sudo's prompt: sudo -u postgres -p "Password for %u: "
    if " -u" in text and " -p" in text:
        for match in _GLUED_USER_AND_P.finditer(text):
            group = "v" if match.group("v") else "v2"
            value = match.group(group)
            if match.group("u") != value and not _PORT_LIKE.fullmatch(value) and _shaped(value):
                yield match.span(group)
    if "USER" in text and ":" in text:
        for match in _USER_VARIABLE.finditer(text):
            value = match.group("v")
            if not _PORT_LIKE.fullmatch(value) and _shaped(value):
                yield match.span("v")
    if "--" in text and ":" in text:
        for match in _USER_PASS_OPTION.finditer(text):
            value = match.group("v").rstrip(",;)")
            if value != match.group("u") and _shaped(value):
                yield match.start("v"), match.start("v") + len(value)
    if "-pass" in lowered or "_pass" in lowered or ":pass" in lowered:
        for match in _PASSWORD_SUBCOMMAND.finditer(text):
            group = "b" if match.group("b") else "a"
            span = value_at(text, match.start(group))
            if span is not None and password_shaped(text[span[0]:span[1]]):
                yield span
    if "password." in lowered or "passwd." in lowered:
        for match in _PASSWORD_SCRIPT.finditer(text):  # (one argument alone may be whose: "changepasswd.py DOMAIN/user@host -newpass X")
            span = value_at(text, match.start("b")) if match.group("b") else None
            if span is not None and password_shaped(text[span[0]:span[1]]):
                yield span
    if " login " in lowered:
        for match in _LOGIN_TOKEN.finditer(text):
            yield match.span("v")
    if _ARGUMENT_HINTS.search(text):
        for match in _ARGUMENTS.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None)
            span = value_at(text, match.start(group))
            if span is not None:
                yield span


def _shaped(value: str) -> bool:
    """A made-up value, not a port, an address, a count or a file (what ``-p`` means elsewhere)."""
    return plausible(value, numeric_ok=False) and password_shaped(value) and not _PORT_LIKE.fullmatch(value)
