"""Keys and tokens for the dev9 privacy set (``privacy_cases_dev9.py``), at the rate a personal
agent meets them (OpenAI's far ahead, then GitHub's, Anthropic's, AWS's, Google's, Stripe's ...),
each in the shape its issuer publishes (prefixes, lengths and alphabets as the issuers' docs and
gitleaks' rules give them), in the places a sensor reads them: shell history, ``.env`` files, CI
settings, notebooks, code, request headers, chat and notes.

The labelled value is the key itself: ``Bearer`` and ``Basic`` stay outside it; a webhook URL is a
secret whole; a private key is its PEM block with escaped newlines, as a JSON or .env file holds it.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def _s(r: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(r: random.Random) -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {"sub": _s(r, 12, HEX), "iat": r.randint(1_760_000_000, 1_790_000_000), "scope": r.choice(["read", "admin", "user"])}
    return f"{header}.{_b64url(json.dumps(claims).encode())}.{_s(r, 43, URLSAFE)}"


def _pem(r: random.Random) -> str:
    kind = r.choice(["", "RSA ", "EC "])
    body = "\\n".join(_s(r, 64, ALNUM + "+/") for _ in range(r.randint(3, 5)))
    return f"-----BEGIN {kind}PRIVATE KEY-----\\n{body}\\n-----END {kind}PRIVATE KEY-----"


def _basic(r: random.Random) -> str:
    return base64.b64encode(f"{r.choice(['admin', 'svc-backup', 'grafana', 'deploy'])}:{_s(r, 14)}".encode()).decode()


# format: (how many, maker) - counts in the order a personal agent's user meets them
KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {
    "openai": (12, lambda r: f"sk-proj-{_s(r, 74, URLSAFE)}T3BlbkFJ{_s(r, 74, URLSAFE)}"),
    "github_classic": (7, lambda r: f"ghp_{_s(r, 36)}"),
    "anthropic": (6, lambda r: f"sk-ant-api03-{_s(r, 93, URLSAFE)}AA"),
    "aws_access_key_id": (4, lambda r: "AKIA" + _s(r, 16, string.ascii_uppercase + "234567")),
    "aws_secret_access_key": (4, lambda r: _s(r, 40, ALNUM + "/+")),
    "google_api": (4, lambda r: f"AIza{_s(r, 35, URLSAFE)}"),
    "stripe_secret": (4, lambda r: f"sk_live_{_s(r, 24)}"),
    "huggingface": (4, lambda r: f"hf_{_s(r, 34, string.ascii_letters)}"),
    "github_fine_grained": (3, lambda r: f"github_pat_{_s(r, 22)}_{_s(r, 59)}"),
    "slack_bot": (3, lambda r: f"xoxb-{_s(r, 11, string.digits)}-{_s(r, 13, string.digits)}-{_s(r, 24)}"),
    "jwt": (3, _jwt),
    "gitlab": (2, lambda r: f"glpat-{_s(r, 20, URLSAFE)}"),
    "sendgrid": (2, lambda r: f"SG.{_s(r, 22, URLSAFE)}.{_s(r, 43, URLSAFE)}"),
    "npm": (2, lambda r: f"npm_{_s(r, 36)}"),
    "twilio_api_key": (2, lambda r: "SK" + _s(r, 32, HEX)),
    "telegram_bot": (2, lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{_s(r, 33, URLSAFE)}"),
    "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{_s(r, 9, string.ascii_uppercase + string.digits)}/"
                                   f"B{_s(r, 10, string.ascii_uppercase + string.digits)}/{_s(r, 24)}"),
    "discord_webhook": (1, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{_s(r, 68, URLSAFE)}"),
    "private_key": (2, _pem),
    "basic_auth": (2, _basic),
    "digitalocean": (1, lambda r: "dop_v1_" + _s(r, 64, HEX)),
    "shopify": (1, lambda r: "shpat_" + _s(r, 32, HEX)),
}
KEY_NAMES = {"openai": "OPENAI_API_KEY", "github_classic": "GITHUB_TOKEN", "anthropic": "ANTHROPIC_API_KEY", "aws_access_key_id": "AWS_ACCESS_KEY_ID",
             "google_api": "GOOGLE_API_KEY", "stripe_secret": "STRIPE_SECRET_KEY", "huggingface": "HF_TOKEN", "github_fine_grained": "GH_TOKEN",
             "slack_bot": "SLACK_BOT_TOKEN", "jwt": "AUTH_TOKEN", "gitlab": "GITLAB_TOKEN", "sendgrid": "SENDGRID_API_KEY", "npm": "NPM_TOKEN",
             "twilio_api_key": "TWILIO_API_KEY", "telegram_bot": "TELEGRAM_BOT_TOKEN", "slack_webhook": "SLACK_WEBHOOK_URL",
             "discord_webhook": "DISCORD_WEBHOOK", "private_key": "PRIVATE_KEY", "basic_auth": "BASIC_AUTH", "digitalocean": "DO_TOKEN",
             "shopify": "SHOPIFY_ACCESS_TOKEN"}
# where a key is seen: {n} its variable's name, {v} the key
KEY_PLACES = [
    "zsh history: export {n}={v}",
    ".env.local \u2014 {n}={v}",
    "VS Code \u2014 config.py \u2014 {n} = \"{v}\"",
    "Jupyter cell: os.environ[\"{n}\"] = \"{v}\"",
    "GitHub Actions log: env {n}: {v}",
    "Slack DM: here's the prod {n} {v} \u2014 delete after",
    "Notes \u2014 keys \u2014 {n}: {v}",
    "docker run -e {n}={v} ghcr.io/acme/worker:latest",
    "fly secrets set {n}={v}",
    "settings.json: \"{n}\": \"{v}\"",
]
HEADER_PLACES = [
    "curl -H \"Authorization: Bearer {v}\" https://api.example.org/v1/me",
    "Postman \u2014 Headers \u2014 Authorization: Bearer {v}",
    "DevTools \u2014 request header authorization: Bearer {v}",
]
BASIC_PLACES = ["curl -H 'Authorization: Basic {v}' https://grafana.internal/api/health", "nginx log: auth header Basic {v}"]
URL_PLACES = ["n8n node \u2014 Webhook URL {v}", "crontab: curl -X POST -d @status.json {v}", "README: alerts go to {v}"]
PEM_PLACES = ['service-account.json: "private_key": "{v}"', "GitHub secret DEPLOY_KEY set to \"{v}\""]
AWS_PAIR = "~/.aws/credentials: aws_access_key_id = {a} aws_secret_access_key = {b}"
TELEGRAM_PLACES = ["python bot.py --token {v}", "BotFather: Use this token to access the HTTP API: {v}"]

WORDS = ["Mango", "Harbor", "Violet", "Copper", "Falcon", "Maple", "Nimbus", "Saffron", "Pebble", "Juniper", "Orbit", "Tundra", "Lantern",
         "Cobalt", "Willow", "Ember", "Quartz", "Meadow", "Rocket", "Biscuit", "Zephyr", "Sierra", "Tiger", "Olive", "Canyon", "Papaya"]
SAFE_SYMBOLS = "!*?-_."


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them: a word with digits and a mark, two words joined, or a
    manager's random string. ``url_safe`` keeps to what a URL or a config line holds unquoted."""
    symbols = "-_." if url_safe else SAFE_SYMBOLS
    style = r.randrange(3)
    if style == 0:
        return f"{r.choice(WORDS)}{r.choice(symbols)}{r.randint(10, 9999)}"
    if style == 1:
        return f"{r.choice(WORDS).lower()}{r.choice('-_.')}{r.choice(WORDS).lower()}{r.randint(1, 99)}"
    return _s(r, r.randint(12, 20), ALNUM + symbols).lstrip("-.") or _s(r, 14)


def pin(r: random.Random) -> str:
    while True:
        value = _s(r, r.choice([4, 4, 6]), string.digits)
        if len(set(value)) > 2 and value not in "0123456789" and not value.startswith(("19", "20")):
            return value
