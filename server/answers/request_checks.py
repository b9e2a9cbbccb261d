"""What a request line the generic code reader (``any_code``) builds must name before it is read: a selected column,
whose record it is (a pet's owner, a flight's traveller ...), and a meeting's title or the workout it follows where it asks
who attended or how long it ran. A request that misses one would be answered for another's record or for no title at all
("who was at the on 09.12 meeting"), so it is left unread. Pure functions of the line."""

from __future__ import annotations

from server.answers.http_requests import request_fields

NEEDED = {"pets": "owner", "flights": "flyer", "people": "parent", "launches": "project", "tips": "from"}
"""Whose record a request over these records must name (a pet's owner, a flight's traveller ...): without it, another's."""


def complete(line: str) -> bool:
    """Whether a request line names all it needs: a selected column, whose record it is, and a meeting's title or the
    workout it follows where it asks who attended or how long it ran (not "who was at the ... meeting" with no title)."""
    parsed = request_fields(line)
    if parsed is None:
        return True  # a rerun of the last query
    base, fields = parsed
    select = fields.get("select")
    if select is not None and not select.strip():
        return False
    if base in NEEDED and NEEDED[base] not in fields and "from" not in fields:
        return False
    return not (base == "meetings" and select in ("attendees", "minutes") and not {"title", "after"} & fields.keys())
