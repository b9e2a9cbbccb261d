"""Keys and tokens for the dev15 privacy set (``privacy_cases_dev15.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: shell rc files, history and exports,
``.env`` and YAML files, CI and container logs, notebooks, chats and e-mails, wikis and notes,
password managers, hosting dashboards, request headers and URLs. ``«n»`` is the variable's name,
``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
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
    body = {"sub": pick(r, 24, HEXLOW), "iss": r.choice(["https://auth.plantpal.app", "https://sso.kitchenledger.io", "supabase"]),
            "scope": r.choice(["read", "read write", "owner"]), "iat": r.randint(1_760_000_000, 1_790_000_000)}
    return ".".join([_b64url(json.dumps(head, separators=(",", ":")).encode()), _b64url(json.dumps(body, separators=(",", ":")).encode()),
                     _b64url(bytes(r.randrange(256) for _ in range(sig)))])


def _openssh_key(r: random.Random) -> str:
    """An ed25519 key as ``ssh-keygen`` writes it, its lines run together when pasted into a chat."""
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [pick(r, 70, ALNUM + "+/") for _ in range(3)] + \
        [pick(r, 24, ALNUM + "+/") + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY----- " + " ".join(body) + " -----END OPENSSH PRIVATE KEY-----"


def pkcs8_in_json(r: random.Random) -> str:
    """An RSA key in PKCS #8 as a service account's JSON file holds it, its newlines escaped."""
    body = ["MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + pick(r, 14, ALNUM + "+/")] + \
        [pick(r, 64, ALNUM + "+/") for _ in range(r.randint(4, 6))] + [pick(r, 36, ALNUM + "+/") + "=="]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"


def _basic(r: random.Random) -> str:
    user = r.choice(["jenkins", "pihole", "nextcloud-admin", "sonarr", "portainer", "mosquitto"])
    secret = pick(r, r.randint(12, 24))
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


NAMES = {"openai": "OPENAI_API_TOKEN", "github_classic": "GITHUB_ACCESS_TOKEN", "anthropic": "CLAUDE_API_KEY",
         "google_api": "GOOGLE_PLACES_API_KEY", "stripe_secret": "STRIPE_SK", "jwt": "SESSION_BEARER", "huggingface": "HUGGINGFACEHUB_API_TOKEN",
         "slack_bot": "SLACK_BOT_OAUTH", "github_fine_grained": "GH_FINE_PAT", "openrouter": "OR_API_KEY", "groq": "GROQ_SECRET",
         "gitlab": "GITLAB_PAT", "npm": "NPM_PUBLISH_TOKEN", "pypi": "PYPI_UPLOAD_TOKEN", "telegram_bot": "TELEGRAM_BOT_SECRET",
         "discord_bot": "DISCORD_BOT_SECRET", "digitalocean": "DO_API_TOKEN", "shopify": "SHOPIFY_ADMIN_SECRET", "notion": "NOTION_INTEGRATION_SECRET",
         "linear": "LINEAR_PERSONAL_KEY", "google_oauth": "OAUTH_CLIENT_SECRET", "replicate": "REPLICATE_KEY"}

SPOTS = [  # where any key is seen, under its variable's name
    "Sublime Text — .env.development — «n»=«v»",
    "$ env | sort → «n»=«v»",
    "Otter transcript: rotate the key «v», it was visible in the demo recording",
    "Photo of the monitor (OCR): «n»=«v»",
    "Telegram · «u»: try mine instead, «v»",
    "Obsidian · homelab.md · «n»: «v»",
    "~/.zshrc: export «n»=\"«v»\"",
    "Colab › Secrets panel › «n» › «v»",
    "$ dokku config:set shop «n»=«v»",
    "Gmail to «u»: here's the prod key for the weekend, «v»",
    "GitHub Actions log (debug step): «n»=«v»",
    "1Password › «n» › credential «v»",
    "Bitwarden Secrets Manager › Project 'shop' › «n» › «v»",
    "$ docker inspect api | grep «n» → \"«n»=«v»\",",
    "Confluence page 'Staging setup' · «n» = «v»",
    "Render › Environment › «n» «v»",
    "Helm values.prod.yaml: env.«n»: «v»",
    "Notion table 'Credentials' · «n» · «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["rag.py: emb = OpenAIEmbeddings(openai_api_key=\"«v»\")",
               "$ curl -s https://api.openai.com/v1/audio/transcriptions -H \"Authorization: Bearer «v»\" -F file=@memo.m4a -F model=whisper-1"],
    "anthropic": ["Jupyter cell: import anthropic; ac = anthropic.AsyncAnthropic(api_key='«v»', max_retries=5)"],
    "github_classic": ["$ git clone https://«v»@github.com/«u»/family-recipes.git",
                       "$ git config --global url.\"https://«v»@github.com/\".insteadOf \"https://github.com/\""],
    "google_api": ["Browser bar: https://maps.googleapis.com/maps/api/place/textsearch/json?query=pizza&key=«v»"],
    "stripe_secret": ["$ curl https://api.stripe.com/v1/balance -u «v»: | jq .available"],
    "huggingface": ["train.py: snapshot_download(repo_id=\"mistralai/Mistral-7B-v0.3\", token=\"«v»\")"],
    "jwt": ["$ http GET https://api.plantpal.app/v2/plants 'Authorization:Bearer «v»'", "DevTools › Local storage › access_token › «v»"],
    "slack_bot": ["bolt app.js: const app = new App({ token: '«v»', signingSecret: process.env.SIGNING })"],
    "telegram_bot": ["door-bot.sh: curl -s https://api.telegram.org/bot«v»/sendPhoto -F chat_id=-1001977 -F photo=@porch.jpg"],
    "pypi": ["$ hatch publish --user __token__ --auth «v»"],
    "gitlab": ["$ git push https://«u»:«v»@gitlab.com/«u»/dotfiles.git main"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Make.com scenario › Slack webhook module › «v»", "healthcheck.sh: curl -fsS -d '{\"text\":\"NAS disk at 91%\"}' «v»"],
    "discord_webhook": ["Jellyfin › Plugins › Webhook › Discord URL «v»", "garage-alert.sh: curl -s -H 'Content-Type: application/json' -d '{\"content\":\"garage door open for 20 min\"}' «v»"],
    "discord_bot": ["$ docker run -d -e DISCORD_BOT_SECRET=«v» musicbot:latest", "Telegram · «u»: the discord bot's token is «v», keep it to yourself"],
    "private_key": ["Sublime Text — vertex-ai-key.json — \"private_key\": \"«v»\"", "Discord DM (OCR of a screenshot): my deploy key «v»"],
    "basic_auth": ["$ curl -H \"Authorization: Basic «v»\" http://pihole.lan/admin/api.php", "Insomnia › Auth › Basic header «v»"],
    "aws": ["Terraform main.tf: provider \"aws\" { access_key = \"«a»\" secret_key = \"«b»\" }",
            "$ AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» aws s3 ls s3://family-photos-archive",
            "Voice memo (auto-transcript): temporary IAM user for Mum's laptop, key «a» and secret «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
