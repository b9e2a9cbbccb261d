"""Keys and tokens that a sentence names in words: "clé API : 1d4f...", "Zugriffstoken für das
Dashboard: b8f0...", "the webhook secret is a45c...", "API 키: dc1f...".

A long hexadecimal string is no secret by its look alone (commits, checksums, transaction ids are
written the same way, and its entropy never reaches a random token's), so it counts only after a
word for a key, a token or a secret in one of the languages the redactor reads, with at most a few
words between them, none of which says it is a hash or an id ("key fingerprint: ..."). Any other
token after such a word counts when it looks random by the caller's measure, at a lower bar than a
bare token's (a word names it): letters and digits ("2FA setup key: K7QW..."), or letters alone whose
vowels are too few for a word ("api key: wtkzmbqh..."); not a public key's, nor a site key's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from device.privacy.findings import any_of
from device.privacy.lazy_pattern import LazyPattern

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
# The cue (not a public one: "public key", "site key"), up to four words (none a word for a hash or
# an id), a sign or "is" (a line break may follow it), then the value: hexadecimal (in colon-joined
# parts too: Ghost's "id:secret") or another token, which must look random.
_WORDED_KEY = LazyPattern(
    rf"(?i)(?:(?<!\w)(?:{_KEY_WORDS})(?!\w)"
    rf"|{_CJK_KEY_WORDS})"
    r"(?P<gap>(?:[ \t]+(?!(?:fingerprint|hash|sha\d*|md5|checksum|digest|commit|id|uuid|guid|hex)\b)[^\s:=→：]{1,20}){0,4}?)"
    r"[\"']?[ \t]*(?:(?:[:=→：]|->|\bis\b|\best\b|\bist\b|\bes\b)[ \t]*\n?)?[ \t]*[\"'`]?"
    r"(?:(?P<v>(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{32,128}(?![\w-])"
    r"|(?<![\w-])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*\d)[0-9A-F]{32,128}(?![\w-])"
    r"|(?<![\w-])[0-9a-f]{16,64}(?::[0-9a-f]{16,128})+(?![\w-]))"
    r"|(?P<t>(?<![\w~+/.!-])(?!(?:sha\d+|md5|SHA\d+|MD5):)[A-Za-z0-9][\w~+/=.:!-]{18,}[A-Za-z0-9=](?![\w~+/=.:!-])))")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{32}")
_LONG_RUN = re.compile(r"[\w~+/=.:!-]{20}")
_VOWELS = frozenset("aeiou")
BOOKED = re.compile(r"(?i)\b(?:reservation|booking|order|tracking|confirmation)\s+$")
"""The words before a token named for a booking ("reservation token X"): the booking's identifier, which unlocks nothing."""
_PUBLIC = re.compile(r"(?:public|pub|site|publishable)[ _-]?(?:[^\W\d_]*(?:token|key|secret)s?|api)(?!\w)")


def find_worded_keys(text: str, lowered: str,
                     random_looking: Callable[[str], bool] | None = None) -> Iterator[tuple[int, int]]:
    """Spans of keys that a word before them names as a key, token or secret: hexadecimal ones, and
    (given ``random_looking``, the caller's measure) any other token that looks random enough."""
    if not _KEY_HINTS.search(lowered) or not (_HEX_RUN.search(text) or random_looking and _LONG_RUN.search(text)):
        return
    for match in _WORDED_KEY.finditer(text):
        if _PUBLIC.search(lowered, max(0, match.start() - 12), match.end("gap")):
            continue  # "public key: ...", "publicKey", "site key": published with the page or the app
        if BOOKED.search(text, max(0, match.start() - 16), match.start()):
            continue
        if match.group("v"):
            yield match.span("v")
        elif random_looking is not None and _random_token(match.group("t"), random_looking):
            yield match.span("t")


def _random_token(token: str, random_looking: Callable[[str], bool]) -> bool:
    """A token after a word for a key: letters and digits that look random, or letters alone that
    no language writes (a random string's vowels are one in five, a word's one in three or more)."""
    letters = [c for c in token.lower() if c.isalpha()]
    if len(letters) == len(token):
        return len(token) >= 20 and sum(c in _VOWELS for c in letters) / len(letters) < 0.28 and random_looking(token)
    # Upper case, lower case and digits, or two of them at a key's length ("user_cache_v2_key" is a name).
    classes = sum((any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token)))
    return (classes == 3 or classes == 2 and len(token) >= 32) and any(c.isdigit() for c in token) \
        and random_looking(token)
