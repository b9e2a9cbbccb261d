"""Keys and tokens for the dev13 privacy set (``privacy_cases_dev13.py``), as often as a personal
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
    body = {"iss": r.choice(["https://auth.pantrypal.app", "supabase", "https://sso.gardenlog.io"]), "role": r.choice(["user", "editor", "admin"]),
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
    user = r.choice(["nextcloud", "root", "unifi", "portainer", "sonarr", "nodered"])
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


NAMES = {"openai": "OPENAI_API_KEY", "github_classic": "GH_TOKEN", "anthropic": "CLAUDE_API_KEY", "google_api": "GEMINI_API_KEY",
         "stripe_secret": "STRIPE_SECRET_KEY", "jwt": "SESSION_TOKEN", "huggingface": "HUGGINGFACEHUB_API_TOKEN", "slack_bot": "SLACK_BOT_TOKEN",
         "github_fine_grained": "GH_FINE_GRAINED_PAT", "openrouter": "OPENROUTER_API_KEY", "groq": "GROQ_API_KEY", "gitlab": "GITLAB_TOKEN",
         "npm": "NPM_TOKEN", "pypi": "PYPI_API_TOKEN", "telegram_bot": "TELEGRAM_TOKEN", "discord_bot": "DISCORD_BOT_TOKEN",
         "digitalocean": "DO_TOKEN", "shopify": "SHOPIFY_TOKEN", "notion": "NOTION_TOKEN", "linear": "LINEAR_KEY",
         "google_oauth": "OAUTH_CLIENT_SECRET", "replicate": "REPLICATE_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Editor tab .env.development: «n»=«v»",
    "$ fc -l -5 → 2041  «n»=«v» node index.js",
    "Dictated memo: rotate «v» tomorrow, it leaked in the demo",
    "Photo of a laptop screen (OCR): «n» «v»",
    "Signal · «u»: borrow my key «v» for the hackathon",
    "Obsidian · homelab · «n» → «v»",
    "~/.zshenv: export «n»='«v»'",
    "Colab cell: os.environ['«n»'] = '«v»'",
    "$ heroku config:set «n»=«v» -a recipes-bot",
    "Email to «u»: key for the sandbox is «v»",
    "GitHub Actions step 'deploy' echoed env «n» as «v»",
    "KeePassXC › Entry «n» › Password «v»",
    "$ vercel env add «n» production <<< «v»",
    "k8s configmap (viewer): «n»: «v»",
    "Linear comment from «u»: temporary key «v»",
    "Render › Environment › «n» = «v»",
    "config.yaml: «n»: «v»",
    "Spreadsheet 'Infra' · «n» · «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["llm = ChatOpenAI(openai_api_key=\"«v»\")", "$ curl https://api.openai.com/v1/models -H 'Authorization: Bearer «v»'"],
    "anthropic": ["$ curl https://api.anthropic.com/v1/models -H 'x-api-key: «v»'"],
    "github_classic": ["$ GH_TOKEN=«v» gh release create v2", "$ git push https://«v»@github.com/«u»/notes.git"],
    "google_api": ["$ curl 'https://generativelanguage.googleapis.com/v1beta/models?key=«v»'"],
    "stripe_secret": ["$ stripe listen --api-key «v»"],
    "huggingface": ["HfApi(token=\"«v»\").whoami()"],
    "jwt": ["$ curl -H 'Authorization: Bearer «v»' https://api.lan/me", "Cookie: session=«v»"],
    "slack_bot": ["WebClient(token=\"«v»\").chat_postMessage(channel='#ops')"],
    "telegram_bot": ["Browser bar: https://api.telegram.org/bot«v»/getUpdates"],
    "pypi": ["~/.pypirc: password = «v»"],
    "gitlab": ["$ glab auth login --token «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["n8n › Slack node › Webhook «v»", "$ curl -X POST -d '{\"text\":\"done\"}' «v»"],
    "discord_webhook": ["Home Assistant › notify › discord url «v»", "cron.sh: curl -H 'Content-Type: application/json' -d @msg.json «v»"],
    "discord_bot": ["bot.py: bot.run(\"«v»\")", "Signal · «u»: the music bot's token «v»"],
    "private_key": ["Editor tab firebase-admin.json: \"private_key\": \"«v»\"", "Photo of a screen (OCR): ~/.ssh/id_ed25519 contents «v»"],
    "basic_auth": ["$ http GET https://printer.lan/api 'Authorization: Basic «v»'", "HAR export: Authorization: Basic «v»"],
    "aws": ["Editor tab credentials: aws_access_key_id=«a» aws_secret_access_key=«b»",
            "Dictated memo: AWS key «a» with secret «b» for the photo bucket",
            "Spreadsheet 'IAM' · «a» · «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
