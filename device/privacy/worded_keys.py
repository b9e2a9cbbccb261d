"""Keys and tokens that a sentence names in words: "clé API : 1d4f...", "Zugriffstoken für das
Dashboard: b8f0...", "the webhook secret is a45c...", "API 키: dc1f...".

A long hexadecimal string is no secret by its look alone (commits, checksums, transaction ids are
written the same way, and its entropy never reaches a random token's), so it counts only after a
word for a key, a token or a secret in one of the languages the redactor reads, with at most a few
words between them, none of which says it is a hash or an id ("key fingerprint: ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of

_KEY_WORDS = (
    r"[^\W\d_]*(?:token|key|secret)s?|api|cl[ée]|klucz|anahtar[ıi]?|avain|sleutel|nyckel(?:n)?|n[øo]gle(?:n)?"
    r"|n[øo]kkel(?:en)?|schl[üu]ssel|chave|clave|chiave|kulcs|cheie|klju[čc]|kl[íi][čc]|ключ|токен|секрет|κλειδί"
    r"|מפתח|مفتاح|कुंजी"
)
# Written without spaces around them ("APIキー：", "API密钥"): no word boundary asked.
_CJK_KEY_WORDS = r"密钥|秘钥|金鑰|鍵|キー|トークン|令牌|키|토큰"
_KEY_HINTS = any_of(("token", "key", "secret", "api", "clé", "cle", "klucz", "anahtar", "avain", "sleutel", "nyckel",
                     "nøgle", "nogle", "nøkkel", "nokkel", "schlüssel", "schlussel", "chave", "clave", "chiave", "kulcs",
                     "cheie", "ključ", "kljuc", "klíč", "klic", "ключ", "токен", "секрет", "κλειδί", "密钥", "秘钥", "金鑰",
                     "鍵", "キー", "トークン", "令牌", "키", "토큰", "מפתח", "مفتاح", "कुंजी"))
# The cue, up to four words (none a word for a hash or an id), a sign or "is", then the hex value.
_WORDED_HEX = re.compile(
    rf"(?i)(?:(?<!\w)(?:{_KEY_WORDS})(?!\w)|{_CJK_KEY_WORDS})"
    r"(?P<gap>(?:[ \t]+(?!(?:fingerprint|hash|sha\d*|md5|checksum|digest|commit|id|uuid|guid|hex)\b)[^\s:=→：]{1,20}){0,4}?)"
    r"[ \t]*(?:[:=→：]|->|\bis\b|\best\b|\bist\b|\bes\b)?[ \t]*[\"'`]?"
    r"(?P<v>(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{32,128}(?![\w-])"
    r"|(?<![\w-])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{32,128}(?![\w-]))")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{32}")


def find_worded_keys(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Spans of hexadecimal keys that a word before them names as a key, token or secret."""
    if not _HEX_RUN.search(text) or not _KEY_HINTS.search(lowered):
        return
    for match in _WORDED_HEX.finditer(text):
        yield match.span("v")
