"""Passwords written inline in forms of their own, outside URLs, options and ``name = value`` lines.

- ``user:password@host`` given to a tool without a URL's scheme (``--bmc admin:X@10.0.0.5``,
  ``sync ops:X@nas.lan``): a URL's userinfo, written bare;
- a Cisco IOS (and IOS-XE, NX-OS, Arista EOS) configuration's ``username NAME [privilege N] secret|password
  [TYPE] X`` and ``enable secret|password [TYPE] X``: the password, or its stored hash;
- a Windows account's ``DOMAIN\\user%password`` or ``DOMAIN\\user,password`` (Samba's tools, tf.exe's ``/login:``);
- an option that takes an account as ``user:password`` (``--create-admin ana:X``, ``--basic-auth ana:X``);
- a proxychains list's ``socks5|socks4|http HOST PORT USER PASSWORD`` entries;
- an ArubaOS controller's ``mgmt-user NAME ROLE PASSWORD``;
- RANCID's .cloginrc: ``add password HOST-GLOB {PASSWORD} [{ENABLE-PASSWORD}]`` (and ``add enapassword``, ``add passphrase``);
- Tasmota's console commands ``Password1``..``Password4``, ``WebPassword`` and ``MqttPassword`` (often chained
  after ``Backlog``): ``Password1 X``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.passwords.values import password_shaped, plausible

_IP = r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\])"
_HOST = r"(?:" + _IP + r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
# A host by name only after an option ("--bmc", "-U"): "EMAIL:ana@mail.com" in a vCard is a field and an address.
_USERINFO = re.compile(r"(?:(?<=\s)|^)(?:(?P<option>-{1,2}[\w-]+[ \t=]+)|(?<!\S))(?P<user>[A-Za-z_][\w.-]{0,31}):(?P<v>[^\s:@/'\"]{4,64})"
                       r"@(?P<host>" + _HOST + r")(?![\w-]*@)")
_SCHEMES = frozenset("mailto sip sips tel xmpp http https ftp sftp smb ssh git news urn data file".split())
_IOS = re.compile(r"(?im)^(?:[\w().-]*[#>][ \t]*)?(?:username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d{1,2})?(?:[ \t]+algorithm-type[ \t]+\S+)?|enable)[ \t]+"
                  r"(?:secret|password)(?:[ \t]+(?:[05789]|sha256|scrypt))?[ \t]+(\S+)")
_DOMAIN_USER = re.compile(r"(?<![\w\\])[A-Z][A-Z0-9.-]*\\[\w.$-]+[%,]([^\s'\"%,]{4,64})")  # a NetBIOS domain is in capitals
_ACCOUNT_OPTION = re.compile(r"(?i)--?(?:create-|add-|new-)?(?:admin|user|login|account|basic-auth|auth|credentials?|basic|ntlm|digest)[= \t]+"
                             r"[\w.@-]+:([^\s:'\"]{4,64})(?=\s|$)")
_PROXY_ENTRY = re.compile(r"(?<![\w-])(?:socks[45]|http)[ \t]+" + _HOST + r"[ \t]+\d{2,5}[ \t]+\S+[ \t]+(\S+)")
_ARUBA = re.compile(r"(?<![\w-])mgmt-user[ \t]+(?!ssh-pubkey\b|localauth-disable\b|webui-cacert\b)\S+[ \t]+\S+[ \t]+([^\s!]+)")
_CLOGINRC = re.compile(r"(?m)^[ \t]*add[ \t]+(?:password|enapassword|passphrase)[ \t]+\S+[ \t]+\{([^}\n]+)\}(?:[ \t]+\{([^}\n]+)\})?")
_TASMOTA = re.compile(r"(?<![\w-])(?:Password[1-4]|WebPassword|MqttPassword)[ \t]+([^;\s]+)")


def find_inline_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords written in the forms above."""
    if "@" in text and ":" in text:
        for match in _USERINFO.finditer(text):
            if (match["option"] or re.fullmatch(_IP, match["host"])) and match["user"].lower() not in _SCHEMES \
                    and password_shaped(match["v"]) and plausible(match["v"]):
                yield match.span("v")
    lowered = text.lower()
    if ("secret" in lowered or "password" in lowered) and ("username" in lowered or "enable" in lowered):
        for match in _IOS.finditer(text):
            yield match.span(1)
    if "\\" in text:
        for match in _DOMAIN_USER.finditer(text):
            if password_shaped(match.group(1)) and plausible(match.group(1)):
                yield match.span(1)
    if " -" in text and ":" in text:
        for match in _ACCOUNT_OPTION.finditer(text):
            if password_shaped(match.group(1)) and plausible(match.group(1)):
                yield match.span(1)
    if "socks" in lowered or "proxy" in lowered:
        for match in _PROXY_ENTRY.finditer(text):
            if plausible(match.group(1)):
                yield match.span(1)
    if "add " in text and "{" in text:
        for match in _CLOGINRC.finditer(text):
            yield from (match.span(group) for group in (1, 2) if match.group(group) and plausible(match.group(group)))
    if "mgmt-user" in lowered:
        for match in _ARUBA.finditer(text):
            if plausible(match.group(1)):
                yield match.span(1)
    if "assword" in text:
        for match in _TASMOTA.finditer(text):
            if plausible(match.group(1)):
                yield match.span(1)
