"""Secrets that URLs carry: a webhook URL (the whole URL is the credential: whoever has it can post),
the key in an API request's query (``?appid=...``, ``&k=...``, whatever the parameter's name), a
path segment after one named for a key (``/with/key/<key>``), and a long random segment of a path
(``/v2/<key>``); not the ids of shared documents, tracks and posts,
which only look random (``docs.google.com/document/d/<id>/edit``).

Whether a string looks random is the caller's measure (detect-secrets' entropy, ``credentials``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,15}://[^\s\"'<>`]+")
_URL_END = ".,;:!?)]}"
# A webhook's route: /webhooks/, /hooks/, /webhookb2/, /IncomingWebhook/, or a hooks.* host; a chat
# space's messages with the key and token in the query (Google Chat's incoming webhooks).
_HOOK = re.compile(r"(?i)[/.][\w-]*hooks?[\w-]*[/.]|/spaces/[\w-]+/messages\?(?=[^\s#]*\btoken=)")
# A token-like segment after it: long, with letters and digits (an id, a uuid, a token); or two
# segments in a row with digits, an account's id and the hook's ("/catch/3206848/t2vho9/").
_TOKEN_SEGMENT = re.compile(r"(?=[\w@.-]*[A-Za-z])(?=[\w@.-]*\d)[\w@.-]{16,}"
                            r"|/(?=[\w-]*\d)[\w-]{4,}/(?=[\w-]*\d)[\w-]{4,}(?:/|$)")
# A path segment named for a key, then the key ("/with/key/<key>", "/token/<token>").
# The name says what it is: letters and digits suffice, no measure of randomness.
_NAMED_PATH_KEY = re.compile(r"(?i)/(?:key|token|secret|api[_-]?key|access[_-]?token)/"
                             r"(?P<v>(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]{16,})(?![\w-])")
# A secret route to an admin page: a passphrase of four or more words and a number as the segment after "/admin/"
# ("/admin/oar_loom_tide_bench81/queues"), the dashboard a tool hides behind a path only its owners know.
_SECRET_ADMIN_PATH = re.compile(r"(?i)/(?:admin|dashboard|console|panel)/(?P<v>[a-z]{3,}(?:[_-][a-z]{3,}){3,}\d{1,4})(?=[/?#]|$)")
# An API's URL: an api.* host, or an /api/ or version segment (/v2/, /2.5/, /rest/).
_API = re.compile(r"(?i)://api[\w-]*\.|/(?:api|rest|v\d+(?:\.\d+)?|\d+\.\d+)(?:/|\?)")
_QUERY_VALUE = re.compile(r"[?&](?P<name>[\w.\-\[\]]{1,40})=(?P<v>[A-Za-z0-9_\-.~%+/]{20,}={0,2})(?![\w=])")
_HEX = re.compile(r"(?=.*[a-f])(?=.*\d)[0-9a-f]{32,}|(?=.*[A-F])(?=.*\d)[0-9A-F]{32,}")
# Query parameters whose random-looking value is a checksum, a version, a page of results or the id
# of a thing (``ids=``, ``track_id=``, ``requestId=``; not "appid", which some APIs name their key).
_NOT_KEY_PARAMETERS = frozenset("""
sha sha1 sha256 sha512 hash md5 checksum digest etag integrity commit ref rev revision version v cursor page
page_token pagetoken next next_token after before since q query search id ids uuid guid
""".split())
_ID_PARAMETER = re.compile(r"[\w.-]*(?:[_.-][Ii][Dd]s?|[a-z]Ids?)")
# In a shareable link, the segment after one of these routes, or before one of these views, is the
# shared thing's id.
_SHARED_ROUTES = frozenset("""
d e s f file files folder folders doc docs document documents sheet sheets spreadsheets presentation slides
board boards design track tracks album albums playlist playlists video videos watch p post posts status
item items note notes share shared
""".split())
_VIEWS = frozenset("edit view preview copy pub pubhtml htmlview export comment comments viewform present embed".split())
_PATH_SECRET_LENGTH = 32


def find_url_secrets(text: str, lowered: str, random_looking: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Webhook URLs, API keys in the query strings of the URLs in ``text``, keys named in a path and an admin page's secret
    route."""
    hooks = "hook" in lowered or "/spaces/" in lowered
    queries = "?" in text and "=" in text
    if not (hooks or queries or "key/" in lowered or "token/" in lowered or "secret/" in lowered or "admin/" in lowered
            or "dashboard/" in lowered or "console/" in lowered or "panel/" in lowered):
        return
    for url in _URL.finditer(text):
        start, end = url.start(), url.end()
        while end > start and text[end - 1] in _URL_END:
            end -= 1
        address = text[start:end]
        if hooks and (hook := _HOOK.search(address)) and _TOKEN_SEGMENT.search(address, hook.end()):
            yield start, end
            continue
        for named in (*_NAMED_PATH_KEY.finditer(address), *_SECRET_ADMIN_PATH.finditer(address)):
            yield start + named.start("v"), start + named.end("v")
        if queries and "?" in address and _API.search(address):
            for parameter in _QUERY_VALUE.finditer(address):
                value = parameter.group("v")
                name = parameter.group("name")
                if name.lower() not in _NOT_KEY_PARAMETERS and not _ID_PARAMETER.fullmatch(name) and (
                        _HEX.fullmatch(value) or random_looking(value)):
                    yield start + parameter.start("v"), start + parameter.end("v")


def path_secret_spans(start: int, path: str, random_looking: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Long random segments of a URL's ``path`` (which starts at ``start`` in its text). Each
    segment stands alone and counts only at a key's length (32 or more); the id of a shared thing
    (after a route such as ``/d/`` or ``/folders/``, or before a view such as ``/edit``) is none."""
    segments = path.split("/")
    position = start
    for i, segment in enumerate(segments):
        shared = (i > 0 and segments[i - 1].lower() in _SHARED_ROUTES) or (
            i + 1 < len(segments) and segments[i + 1].lower() in _VIEWS)
        if len(segment) >= _PATH_SECRET_LENGTH and not shared and random_looking(segment):
            yield position, position + len(segment)
        position += len(segment) + 1


def in_url(text: str, position: int) -> bool:
    """Whether ``text[position]`` lies in a URL (its word contains "://" before it)."""
    word_start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    return "://" in text[word_start:position + 3]


def in_url_query(text: str, position: int) -> bool:
    """Whether ``text[position]`` lies in a URL's query string, where ``find_url_secrets`` and the
    parameters' names decide (``?ids=a,b``: a list of ids)."""
    word_start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    scheme = text.find("://", word_start, position)
    return scheme >= 0 and text.find("?", scheme, position) >= 0
