"""API tokens of the server: created, listed and revoked with ``tether token``; checked on every request.

Only a SHA-256 digest of each token is stored (``home/server/tokens.sqlite3``); the secret is shown
once, when it is created. A token reads ``tether_<id>_<secret>``: the public ``id`` finds the row,
and the digest of the whole token is compared in constant time. SHA-256 (not a slow password hash)
is enough because the secret is 256 random bits: there is nothing to guess a dictionary from.

Every request reads the store, so a token created or revoked by ``tether token`` takes effect at
once in a running server.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Iterable

from server.errors import TokenNotFoundError
from shared.timeutil import format_iso, parse_iso, utc_now

logger = logging.getLogger(__name__)

TOKEN_PREFIX = "tether"
_TOKEN_SHAPE = re.compile(r"^tether_([0-9a-f]{12})_([A-Za-z0-9_-]{20,128})$")
DEVICE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
"""What a device id may look like: short, printable, no spaces (it ends up in stored records)."""


class Scope(str, Enum):
    """What a token may do. ``admin`` includes the other two."""

    read = "read"
    """Search memory, chat, list models, jobs and metrics."""
    write = "write"
    """Send observations and forget memories."""
    admin = "admin"
    """Everything, including running learning jobs."""


DEFAULT_SCOPES = (Scope.read, Scope.write)
"""What ``tether token create`` grants when no ``--scope`` is given: a device's everyday needs."""


@dataclass(frozen=True)
class TokenRecord:
    """A stored token, without its secret."""

    id: str
    name: str
    scopes: frozenset[Scope]
    device: str | None
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        """Not revoked."""
        return self.revoked_at is None

    def allows(self, scope: Scope) -> bool:
        """Whether this token's scopes cover ``scope`` (admin covers everything)."""
        return Scope.admin in self.scopes or scope in self.scopes

    def as_dict(self) -> dict[str, object]:
        """The stable ``tether token list --json`` form (never the secret or its digest)."""
        return {
            "id": self.id,
            "name": self.name,
            "scopes": sorted(scope.value for scope in self.scopes),
            "device": self.device,
            "created_at": format_iso(self.created_at),
            "revoked_at": format_iso(self.revoked_at) if self.revoked_at else None,
        }


@dataclass(frozen=True)
class CreatedToken:
    """A new token: its record and the secret, which is never available again."""

    record: TokenRecord
    secret: str = field(repr=False)


def token_digest(token: str) -> str:
    """Hex SHA-256 of the whole token text."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_scopes(values: Iterable[str]) -> frozenset[Scope]:
    """``["read", "write"]`` -> scopes; ValueError naming the unknown one."""
    scopes = set()
    for value in values:
        try:
            scopes.add(Scope(value.strip().lower()))
        except ValueError:
            raise ValueError(f"unknown scope {value!r}: use read, write or admin") from None
    return frozenset(scopes)


class TokenStore:
    """The server's API tokens in SQLite (one row per token, digest only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # one connection shared by the server's worker threads
        self._conn: sqlite3.Connection | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection, opened (and the table created) on first use; reopened after ``close``."""
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS tokens (id TEXT PRIMARY KEY, digest TEXT NOT NULL, name TEXT NOT NULL, "
                "scopes TEXT NOT NULL, device TEXT, created_at TEXT NOT NULL, revoked_at TEXT)"
            )
            self.path.chmod(0o600)  # digests only, but nobody else needs to read them
            self._conn = conn
        return self._conn

    def create(self, name: str = "", scopes: Iterable[Scope] = DEFAULT_SCOPES, device: str | None = None) -> CreatedToken:
        """A new random token; only its digest is stored."""
        granted = frozenset(scopes) or frozenset(DEFAULT_SCOPES)
        if device is not None and not re.match(DEVICE_ID_PATTERN, device):
            raise ValueError(f"device id {device!r}: use 1-64 letters, digits, '.', '_', ':' or '-'")
        token_id = secrets.token_hex(6)
        secret = f"{TOKEN_PREFIX}_{token_id}_{secrets.token_urlsafe(32)}"
        record = TokenRecord(token_id, name or f"token-{token_id}", granted, device, utc_now())
        with self._lock:
            self._db.execute(
                "INSERT INTO tokens (id, digest, name, scopes, device, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (token_id, token_digest(secret), record.name, ",".join(sorted(s.value for s in granted)), device,
                 format_iso(record.created_at)),
            )
        logger.info("created API token %s with scopes %s", token_id, sorted(s.value for s in granted))
        return CreatedToken(record, secret)

    def list(self) -> list[TokenRecord]:
        """Every token, revoked ones included, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, name, scopes, device, created_at, revoked_at FROM tokens ORDER BY created_at, id"
            ).fetchall()
        return [_record(row) for row in rows]

    def revoke(self, token_id: str) -> TokenRecord:
        """Revoke a token now (a running server refuses it from its next request)."""
        with self._lock:
            self._db.execute(
                "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (format_iso(utc_now()), token_id)
            )
            row = self._db.execute(
                "SELECT id, name, scopes, device, created_at, revoked_at FROM tokens WHERE id = ?", (token_id,)
            ).fetchone()
        if row is None:
            raise TokenNotFoundError(f"no token with id {token_id!r}; `tether token list` shows the ids")
        logger.info("revoked API token %s", token_id)
        return _record(row)

    def verify(self, presented: str) -> TokenRecord | None:
        """The active token ``presented`` is, or None. Compares digests in constant time."""
        match = _TOKEN_SHAPE.match(presented)
        if match is None:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT id, name, scopes, device, created_at, revoked_at, digest FROM tokens WHERE id = ?",
                (match.group(1),),
            ).fetchone()
        if row is None or not hmac.compare_digest(token_digest(presented), row[6]):
            return None
        record = _record(row[:6])
        return record if record.active else None

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _record(row: tuple) -> TokenRecord:
    token_id, name, scopes, device, created_at, revoked_at = row
    return TokenRecord(
        id=token_id,
        name=name,
        scopes=parse_scopes(s for s in scopes.split(",") if s),
        device=device,
        created_at=parse_iso(created_at),
        revoked_at=parse_iso(revoked_at) if revoked_at else None,
    )
