"""The key and token makers every privacy set from dev11 on draws its secrets with, each in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the formats' counts (``keys``: how many of each and how one is made).

A set's ``_secrets`` module holds its own words (a JWT's issuers and roles, the users of its Basic
credentials, its variables' names, the places keys are seen) and gets its ``KEYS`` from ``keys``.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable, Sequence

LETTERS = string.ascii_letters
ALNUM = LETTERS + string.digits
WORDY = ALNUM + "-_"
HEXLOW = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"

Make = Callable[[random.Random], str]


def pick(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def session_jwt(r: random.Random, issuers: Sequence[str], roles: Sequence[str], claims: str = "uid") -> str:
    """A session JWT from one of ``issuers``, its claims in one of three orders: ``uid`` (iss, role,
    uid, exp), ``scope`` (sub, iss, scope with ``roles`` as its scopes, iat) or ``sub`` (iss, sub, role, exp)."""
    alg, sig = r.choice([("HS256", 32), ("HS256", 32), ("ES256", 64)])
    head = {"alg": alg, "typ": "JWT"}
    if claims == "uid":
        body = {"iss": r.choice(issuers), "role": r.choice(roles), "uid": pick(r, 20), "exp": r.randint(1_790_000_000, 1_820_000_000)}
    elif claims == "scope":
        body = {"sub": pick(r, 24, HEXLOW), "iss": r.choice(issuers), "scope": r.choice(roles), "iat": r.randint(1_760_000_000, 1_790_000_000)}
    elif claims == "sub":
        body = {"iss": r.choice(issuers), "sub": pick(r, 20, HEXLOW), "role": r.choice(roles), "exp": r.randint(1_765_000_000, 1_795_000_000)}
    else:
        raise ValueError(claims)
    return ".".join([b64url(json.dumps(head, separators=(",", ":")).encode()), b64url(json.dumps(body, separators=(",", ":")).encode()),
                     b64url(bytes(r.randrange(256) for _ in range(sig)))])


def openssh_key(r: random.Random) -> str:
    """An ed25519 key as ``ssh-keygen`` writes it, its lines run together when pasted into a chat."""
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [pick(r, 70, ALNUM + "+/") for _ in range(3)] + \
        [pick(r, 24, ALNUM + "+/") + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY----- " + " ".join(body) + " -----END OPENSSH PRIVATE KEY-----"


PKCS8_FORMS = {  # the DER's length: (its base64 opening, the last line's length, its padding)
    1213: ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 40, "="),
    1214: ("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 36, "=="),
}


def pkcs8_in_json(r: random.Random, size: int = 1213) -> str:
    """An RSA key in PKCS #8 (``size`` bytes of DER) as a service account's JSON file holds it, its newlines escaped."""
    opening, last, padding = PKCS8_FORMS[size]
    body = [opening + pick(r, 14, ALNUM + "+/")] + \
        [pick(r, 64, ALNUM + "+/") for _ in range(r.randint(4, 6))] + [pick(r, last, ALNUM + "+/") + padding]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"


def basic(r: random.Random, users: Sequence[str], lengths: tuple[int, int] = (14, 22)) -> str:
    """Basic credentials of one of ``users`` with a password ``lengths`` long, base64 encoded."""
    user = r.choice(users)
    secret = pick(r, r.randint(*lengths))
    return base64.b64encode(f"{user}:{secret}".encode()).decode()


def discord_bot(r: random.Random) -> str:
    snowflake = str(r.randint(1_000_000_000_000_000_000, 1_399_999_999_999_999_999))
    return f"{b64url(snowflake.encode())}.{pick(r, 6, WORDY)}.{pick(r, 38, WORDY)}"


def openai_key(r: random.Random) -> str:
    if r.random() < 0.1:  # a legacy user key
        return f"sk-{pick(r, 20)}T3BlbkFJ{pick(r, 20)}"
    return f"sk-{r.choice(['proj', 'proj', 'proj', 'proj', 'svcacct', 'admin'])}-{pick(r, 74, WORDY)}T3BlbkFJ{pick(r, 74, WORDY)}"


def aws_secret_key(r: random.Random) -> str:
    return pick(r, 40, ALNUM + "+/")


KEY_COUNTS = {"openai": 15, "github_classic": 9, "anthropic": 8}  # dev12's on; the other formats' counts are in ``keys``


def keys(jwt: Make, basic_auth: Make, counts: dict[str, int] | None = None) -> dict[str, tuple[int, Make]]:
    """Every key format: (how many, how one is made), in the order the sets draw them, with a set's
    own session JWTs and Basic credentials, and its counts of OpenAI, GitHub and Anthropic keys."""
    n = KEY_COUNTS | (counts or {})
    return {  # format: (how many, how one is made)
        "openai": (n["openai"], openai_key),
        "github_classic": (n["github_classic"], lambda r: "ghp_" + pick(r, 36)),
        "anthropic": (n["anthropic"], lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
        "aws": (5, lambda r: "AKIA" + pick(r, 16, B32)),
        "google_api": (5, lambda r: "AIzaSy" + pick(r, 33, WORDY)),
        "stripe_secret": (4, lambda r: r.choice(["sk", "sk", "rk"]) + "_live_" + (pick(r, 99) if r.random() < 0.7 else pick(r, 24))),
        "jwt": (4, jwt),
        "huggingface": (3, lambda r: "hf_" + pick(r, 34, LETTERS)),
        "slack_bot": (3, lambda r: f"xoxb-{r.randint(10**9, 10**12)}-{r.randint(10**11, 10**13 - 1)}-{pick(r, 24)}"),
        "github_fine_grained": (2, lambda r: f"github_pat_11{pick(r, 20, string.ascii_uppercase + string.digits)}_{pick(r, 59)}"),
        "openrouter": (2, lambda r: "sk-or-v1-" + pick(r, 64, HEXLOW)),
        "groq": (2, lambda r: "gsk_" + pick(r, 52)),
        "gitlab": (2, lambda r: "glpat-" + pick(r, 20, WORDY)),
        "npm": (2, lambda r: "npm_" + pick(r, 36)),
        "pypi": (2, lambda r: "pypi-AgEIcHlwaS5vcmc" + pick(r, r.randint(120, 160), WORDY)),
        "telegram_bot": (2, lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{pick(r, 33, WORDY)}"),
        "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{pick(r, 8, string.ascii_uppercase + string.digits)}/"
                                       f"B{pick(r, 10, string.ascii_uppercase + string.digits)}/{pick(r, 24)}"),
        "discord_webhook": (2, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**18, 2 * 10**18)}/{pick(r, 68, WORDY)}"),
        "discord_bot": (2, discord_bot),
        "private_key": (2, openssh_key),
        "basic_auth": (2, basic_auth),
        "digitalocean": (1, lambda r: "dop_v1_" + pick(r, 64, HEXLOW)),
        "shopify": (1, lambda r: "shpat_" + pick(r, 32, HEXLOW)),
        "notion": (1, lambda r: "ntn_" + pick(r, 11, string.digits) + pick(r, 35)),
        "linear": (1, lambda r: "lin_api_" + pick(r, 40)),
        "google_oauth": (1, lambda r: "GOCSPX-" + pick(r, 28, WORDY)),
        "replicate": (1, lambda r: "r8_" + pick(r, 37)),
    }
