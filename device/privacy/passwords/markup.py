"""Secrets in markup (XML, HTML, .NET and Maven config): an element named for a secret
(``<password>x</password>``, ``<ns:apiToken>x</ns:apiToken>``), an element whose ``key``/``name``
attribute names one (``<entry key="db.password">x</entry>``), and a start tag that names a secret
in one attribute and gives it in ``value`` (``<add key="ClearTextPassword" value="x" />``,
``<input type="password" value="x">``), and a bare ``<Value>`` inside an element named for a secret
(Windows answer files: ``<AdministratorPassword><Value>x</Value>``). ``secret_name`` decides which names hold a secret, as for
assignments; a setting about a secret (``<passwordTimeout>``) is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.passwords.values import names_a_setting, password_shaped, plausible, secret_name

# An element with text only: its tag, its attributes, its text.
_ELEMENT = re.compile(r"<(?P<tag>[A-Za-z_][\w:.-]{0,60})(?P<attrs>\s[^<>]{0,300})?>(?P<v>[^<>\n]{1,200})</(?P=tag)\s*>")
# A start tag with attributes.
_START_TAG = re.compile(r"<[A-Za-z_][\w:.-]{0,60}\s[^<>]{0,400}>")
# The start tag right before an element: its parent, which names a bare ``<Value>``.
_PARENT = re.compile(r"<(?P<tag>[A-Za-z_][\w:.-]{0,60})(?:\s[^<>]{0,200})?>\s*$")
# A property's name element right before its value element (Hadoop's and Hive's *-site.xml).
_NAME_BEFORE = re.compile(r"<name>\s*(?P<n>[^<>\s]{1,120})\s*</name>\s*$")
_NAMING_ATTRIBUTE = re.compile(r"(?i)(?<![\w-])(?:key|name|id|type|property)\s*=\s*([\"'])(?P<n>[^\"'<>]{1,80})\1")
_VALUE_ATTRIBUTE = re.compile(r"(?i)(?<![\w-])value\s*=\s*([\"'])(?P<v>[^\"'<>]{1,200})\1")


def find_markup_secrets(text: str) -> Iterator[tuple[int, int]]:
    """Spans of secrets that markup in ``text`` names and gives."""
    if "</" in text:
        for match in _ELEMENT.finditer(text):
            name = match.group("tag").rsplit(":", 1)[-1]
            if _secret_kind(name) is None and match.group("attrs"):
                name = _secret_naming(text, match.start("attrs"), match.end("attrs")) or name
            if name.lower() == "value" and (named := _NAME_BEFORE.search(text, max(0, match.start() - 140), match.start())):
                name = _named_part(named.group("n"))  # Hadoop's <name>fs.ftp.password.HOST</name><value>x</value>
            elif name.lower() == "value" and (parent := _PARENT.search(text, max(0, match.start() - 80), match.start())):
                name = parent.group("tag").rsplit(":", 1)[-1]  # <AdministratorPassword><Value>x</Value>
            yield from _value(text, match.start("v"), match.end("v"), name)
    if "value" in text.lower():
        for tag in _START_TAG.finditer(text):
            given = _VALUE_ATTRIBUTE.search(text, tag.start(), tag.end())
            name = _secret_naming(text, tag.start(), tag.end()) if given else None
            if given and name:
                yield from _value(text, given.start("v"), given.end("v"), name)


def _secret_naming(text: str, start: int, end: int) -> str | None:
    """The first name in ``text[start:end]``'s naming attributes that holds a secret
    (``<input name="login" type="password">``: "password")."""
    for named in _NAMING_ATTRIBUTE.finditer(text, start, end):
        if _secret_kind(named.group("n")) is not None:
            return named.group("n")
    return None


def _named_part(name: str) -> str:
    """A dotted property name, or the part of it that names a secret where a host or a user follows it
    ("fs.ftp.password.ftp.example.lan": "password")."""
    if _secret_kind(name) is not None:
        return name
    return next((part for part in name.split(".") if _secret_kind(part) is not None), name)


def _secret_kind(name: str) -> str | None:
    return None if names_a_setting(name) else secret_name(name)


def _value(text: str, start: int, end: int, name: str) -> Iterator[tuple[int, int]]:
    kind = _secret_kind(name)
    if kind is None:
        return
    value = text[start:end]
    start, end = start + len(value) - len(value.lstrip()), end - (len(value) - len(value.rstrip()))
    value = text[start:end]
    if not plausible(value, numeric_ok=kind == "password"):
        return
    if kind == "session" and (len(value) < 16 or not password_shaped(value)):
        return  # a session's id is a secret only when it looks like one
    yield start, end
