"""Keys and tokens for the dev14 privacy set (``privacy_cases_dev14.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: a shell's rc files and history, ``.env``
files, CI logs, notebooks, chats, notes, password managers, request headers and URLs. ``«n»`` is
the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a
user name.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

LETTERS = string.ascii_letters
ALNUM = LETTERS + string.digits
WORDY = ALNUM + "-_"
HEXLOW = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def pick(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _session_jwt(r: random.Random) -> str:
    alg, sig = r.choice([("HS256", 32), ("HS256", 32), ("ES256", 64)])
    head = {"alg": alg, "typ": "JWT"}
    body = {"iss": r.choice(["https://id.tidepool.app", "https://login.bikeshed.dev", "firebase"]), "role": r.choice(["user", "editor", "admin"]),
            "uid": pick(r, 20), "exp": r.randint(1_790_000_000, 1_820_000_000)}
    return ".".join([_b64url(json.dumps(head, separators=(",", ":")).encode()), _b64url(json.dumps(body, separators=(",", ":")).encode()),
                     _b64url(bytes(r.randrange(256) for _ in range(sig)))])


def _openssh_key(r: random.Random) -> str:
    """An ed25519 key as ``ssh-keygen`` writes it, its lines run together when pasted into a chat."""
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [pick(r, 70, ALNUM + "+/") for _ in range(3)] + \
        [pick(r, 24, ALNUM + "+/") + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY----- " + " ".join(body) + " -----END OPENSSH PRIVATE KEY-----"


def pkcs8_in_json(r: random.Random) -> str:
    """An RSA key in PKCS #8 as a service account's JSON file holds it, its newlines escaped."""
    body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + pick(r, 14, ALNUM + "+/")] + \
        [pick(r, 64, ALNUM + "+/") for _ in range(r.randint(4, 6))] + [pick(r, 40, ALNUM + "+/") + "="]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"


def _basic(r: random.Random) -> str:
    user = r.choice(["grafana", "admin", "octoprint", "radarr", "homebridge", "syncthing"])
    secret = pick(r, r.randint(14, 22))
    return base64.b64encode(f"{user}:{secret}".encode()).decode()


def _discord_bot(r: random.Random) -> str:
    snowflake = str(r.randint(1_000_000_000_000_000_000, 1_399_999_999_999_999_999))
    return f"{_b64url(snowflake.encode())}.{pick(r, 6, WORDY)}.{pick(r, 38, WORDY)}"


def _openai(r: random.Random) -> str:
    if r.random() < 0.1:  # a legacy user key
        return f"sk-{pick(r, 20)}T3BlbkFJ{pick(r, 20)}"
    return f"sk-{r.choice(['proj', 'proj', 'proj', 'proj', 'svcacct', 'admin'])}-{pick(r, 74, WORDY)}T3BlbkFJ{pick(r, 74, WORDY)}"


KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {  # format: (how many, how one is made)
    "openai": (15, _openai),
    "github_classic": (9, lambda r: "ghp_" + pick(r, 36)),
    "anthropic": (8, lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
    "aws": (5, lambda r: "AKIA" + pick(r, 16, B32)),
    "google_api": (5, lambda r: "AIzaSy" + pick(r, 33, WORDY)),
    "stripe_secret": (4, lambda r: r.choice(["sk", "sk", "rk"]) + "_live_" + (pick(r, 99) if r.random() < 0.7 else pick(r, 24))),
    "jwt": (4, _session_jwt),
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
    "discord_bot": (2, _discord_bot),
    "private_key": (2, _openssh_key),
    "basic_auth": (2, _basic),
    "digitalocean": (1, lambda r: "dop_v1_" + pick(r, 64, HEXLOW)),
    "shopify": (1, lambda r: "shpat_" + pick(r, 32, HEXLOW)),
    "notion": (1, lambda r: "ntn_" + pick(r, 11, string.digits) + pick(r, 35)),
    "linear": (1, lambda r: "lin_api_" + pick(r, 40)),
    "google_oauth": (1, lambda r: "GOCSPX-" + pick(r, 28, WORDY)),
    "replicate": (1, lambda r: "r8_" + pick(r, 37)),
}


def aws_secret_key(r: random.Random) -> str:
    return pick(r, 40, ALNUM + "+/")


NAMES = {"openai": "OPENAI_KEY", "github_classic": "GITHUB_PAT", "anthropic": "ANTHROPIC_KEY", "google_api": "GOOGLE_MAPS_KEY",
         "stripe_secret": "STRIPE_API_KEY", "jwt": "AUTH_JWT", "huggingface": "HF_HUB_TOKEN", "slack_bot": "SLACK_TOKEN",
         "github_fine_grained": "GITHUB_FG_TOKEN", "openrouter": "OPENROUTER_KEY", "groq": "GROQ_KEY", "gitlab": "GL_TOKEN",
         "npm": "NODE_AUTH_TOKEN", "pypi": "TWINE_PASSWORD", "telegram_bot": "TG_BOT_TOKEN", "discord_bot": "DISCORD_TOKEN",
         "digitalocean": "DIGITALOCEAN_ACCESS_TOKEN", "shopify": "SHOPIFY_ADMIN_TOKEN", "notion": "NOTION_API_KEY", "linear": "LINEAR_API_KEY",
         "google_oauth": "GOOGLE_CLIENT_SECRET", "replicate": "REPLICATE_API_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Open in VS Code .env.test: «n»=«v»",
    "$ history | tail -3 → 1187  «n»=«v» python app.py",
    "Voice note, transcribed: revoke «v», it was in the screen share",
    "Screenshot of a terminal (OCR): «n» «v»",
    "WhatsApp · «u»: use my key «v» for the demo",
    "Logseq · server notes · «n» :: «v»",
    "~/.bashrc: export «n»=«v»",
    "Jupyter cell: %env «n»=«v»",
    "$ fly secrets set «n»=«v»",
    "Email to «u»: the staging key is «v»",
    "CircleCI job log printed «n»=«v»",
    "Bitwarden › Item «n» › Password «v»",
    "$ netlify env:set «n» «v»",
    "k8s secret (decoded view): «n»: «v»",
    "Jira comment from «u»: here's a temp key «v»",
    "Railway › Variables › «n» = «v»",
    "settings.toml: «n» = \"«v»\"",
    "Google Sheet 'Keys' · «n» · «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["agent.py: oai = OpenAI(api_key=\"«v»\", timeout=30)", "$ curl https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer «v»\""],
    "anthropic": ["summarize.py: claude = anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": ["$ echo «v» | gh auth login --hostname github.com --with-token", "$ git remote set-url origin https://«v»@github.com/«u»/site.git"],
    "google_api": ["Browser bar: https://maps.googleapis.com/maps/api/geocode/json?address=Oslo&key=«v»"],
    "stripe_secret": ["billing.py: import stripe; stripe.api_key = '«v»'"],
    "huggingface": ["$ huggingface-cli login --token «v» --add-to-git-credential"],
    "jwt": ["fetch('/api/me', { headers: { Authorization: 'Bearer «v»' } })", "Set-Cookie: auth=«v»; HttpOnly"],
    "slack_bot": ["$ curl -s -H 'Authorization: Bearer «v»' 'https://slack.com/api/conversations.list?limit=5'"],
    "telegram_bot": ["$ curl https://api.telegram.org/bot«v»/getMe"],
    "pypi": ["$ python -m twine upload --repository pypi -u __token__ -p «v» dist/*.whl"],
    "gitlab": ["$ curl --header 'PRIVATE-TOKEN: «v»' https://gitlab.com/api/v4/projects"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Zapier › Webhooks › POST to «v»", "alert.sh: curl -s -X POST --data '{\"text\":\"disk full\"}' «v»"],
    "discord_webhook": ["Uptime Kuma › Notification › Discord webhook «v»", "backup.sh: curl -F 'content=backup ok' «v»"],
    "discord_bot": ["main.py: client.run('«v»')", "WhatsApp · «u»: token for the server bot «v»"],
    "private_key": ["Open in VS Code service-account.json: \"private_key\": \"«v»\"", "Screenshot of a terminal (OCR): cat ~/.ssh/id_ed25519 → «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' https://grafana.lan/api/health", "DevTools › Request headers › Authorization: Basic «v»"],
    "aws": ["Open in VS Code ~/.aws/credentials: aws_access_key_id = «a» aws_secret_access_key = «b»",
            "Voice note, transcribed: access key «a», secret «b» for the backup bucket",
            "Google Sheet 'AWS' · «a» · «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
