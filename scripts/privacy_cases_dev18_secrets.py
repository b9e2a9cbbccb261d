"""Keys and tokens for the dev18 privacy set (``privacy_cases_dev18.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: shell profiles and one-off commands,
PaaS, CI and secret-manager consoles, editors and notebooks, chats, mails and photos of screens
posted in them, notes apps, container dashboards, request headers, URLs and SDK calls. ``«n»`` is
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


ISSUERS = ["https://login.tidepool-notes.app", "https://accounts.brambleway.io", "https://id.gingerhive.dev"]
BASIC_USERS = ["docspell", "fireflyiii", "wikijs", "tubearchivist", "bookstack", "lubelogger"]


def _session_jwt(r: random.Random) -> str:
    alg, sig = r.choice([("HS256", 32), ("HS256", 32), ("ES256", 64)])
    head = {"alg": alg, "typ": "JWT"}
    body = {"iss": r.choice(ISSUERS),
            "sub": pick(r, 20, HEXLOW), "role": r.choice(["member", "member", "owner"]), "exp": r.randint(1_765_000_000, 1_795_000_000)}
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
    user = r.choice(BASIC_USERS)
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


NAMES = {"openai": "OPENAI_SECRET_PROJ", "github_classic": "GH_CLASSIC_TOKEN_CI", "anthropic": "ANTHROPIC_KEY_PERSONAL",
         "google_api": "PLACES_API_KEY_WEB", "stripe_secret": "STRIPE_PROD_RESTRICTED", "jwt": "AUTH_SESSION_JWT", "huggingface": "HF_INFERENCE_SECRET",
         "slack_bot": "SLACK_NOTIFIER_XOXB", "github_fine_grained": "GH_FINE_PAT_SYNC", "openrouter": "OPENROUTER_API_SECRET",
         "groq": "GROQ_KEY_DEV", "gitlab": "GITLAB_DEPLOY_PAT", "npm": "NPM_REGISTRY_SECRET", "pypi": "PYPI_RELEASE_SECRET",
         "telegram_bot": "TELEGRAM_HOMEBOT_KEY", "discord_bot": "DISCORD_BOT_AUTH", "digitalocean": "DIGITALOCEAN_PAT",
         "shopify": "SHOPIFY_APP_ACCESS", "notion": "NOTION_SECRET_KEY", "linear": "LINEAR_API_SECRET",
         "google_oauth": "GCP_OAUTH_CLIENT_SECRET", "replicate": "REPLICATE_TOKEN_PROD"}

SPOTS = [  # where any key is seen, under its variable's name
    "Terminal · ~/.config/fish/config.fish · set -gx «n» «v»",
    "$ railway variables --set «n»=«v» --service worker",
    "Photo of a laptop screen posted in #it-help (OCR): «n»=«v» and it still says unauthorized",
    "WhatsApp · «u»: here's the prod one from 1Password, «v», don't commit it",
    "Bear note 'rotated keys' · «n» → «v»",
    "Zed — .envrc — export «n»=«v»",
    "$ infisical secrets set «n»=«v» --env=prod",
    "GitHub Actions log (unmasked by mistake): Run «n»=«v» ./scripts/sync.sh",
    "Vercel › Project › Settings › Environment Variables › «n» = «v»",
    "Coolify › Application › Secrets › «n»: «v»",
    "PyCharm › Run/Debug › Environment variables: PYTHONUNBUFFERED=1;«n»=«v»",
    "Discord DM · «u»: please rotate «n» today, the old value «v» is in a public gist",
    "Logseq journal · «n» :: «v»",
    "$ echo «n»=«v» | tee -a secrets.env",
    "Dockge › Stack › .env › «n»=«v»",
    "Nova — appsettings.Development.json — \"«n»\": \"«v»\"",
    "Gmail to «u», subject 'keys for Monday': «n» = «v»",
    "Whiteboard photo after the hackathon (OCR): «n» «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Jupyter cell output after %env: OPENAI_API_KEY=«v» (whoops, screen shared)",
               "Raycast › AI extension › custom provider key pasted: «v»"],
    "anthropic": ["Cursor › Settings › Models › Anthropic API key field (screenshot): «v»"],
    "github_classic": ["Sourcetree › Preferences › Accounts › GitHub › personal access token «v» (user «u»)",
                       "Renovate bot config (renovate.json5, local run): token: '«v»' for «u»"],
    "google_api": ["Wedding website builder › Custom embed › Map widget API key: «v» (billing on Dad's card)"],
    "stripe_secret": ["$ stripe customers list --api-key «v» --limit 3"],
    "huggingface": ["train_lora.py: snapshot_download(repo_id=\"meta-llama/Llama-3.2-1B\", token=\"«v»\")"],
    "jwt": ["Postman › Collection 'Budget API' › Authorization › Bearer Token «v»", "Safari Web Inspector › Storage › Cookies › session = «v»"],
    "slack_bot": ["n8n › Credentials › Slack API › Access Token «v» › saved"],
    "telegram_bot": ["Home Assistant configuration.yaml (telegram_bot platform: polling) api_key: «v»"],
    "pypi": ["GitHub › repo settings › Actions secrets › new value for the PyPI upload of «u»: «v»"],
    "gitlab": ["glab auth status (pasted into chat by «u»): ✓ Token: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Grafana › Alerting › Contact points › Slack incoming webhook «v»",
                      "backup_done.sh: curl -X POST -d '{\"text\":\"restic ok\"}' «v»"],
    "discord_webhook": ["Watchtower env: WATCHTOWER_NOTIFICATION_URL=discord via «v»",
                        "GitHub repo › Settings › Webhooks › Payload URL «v»/github"],
    "discord_bot": ["Fly.io › Secrets › DISCORD_BOT_AUTH «v»", "discord.py quickstart, last line edited: bot.run(\"«v»\")"],
    "private_key": ["firebase-adminsdk.json (pasted in a Teams chat by «u»): {\"private_key_id\": \"k1\", \"private_key\": \"«v»\"",
                    "WhatsApp · «u»: the deploy key for the VPS, keep it to yourself «v»"],
    "basic_auth": ["$ wget --header='Authorization: Basic «v»' http://nas.lan:8080/api/backup/latest",
                   "Traefik dashboard › Middlewares › headers › Authorization: Basic «v»"],
    "aws": ["Post-it under the keyboard (photo): AWS key «a» secret «b»",
            "S3 Browser › Accounts › Access Key ID «a» Secret Access Key «b»",
            "WhatsApp to my brother: Glacier creds for the family archive, id «a» secret «b», wipe after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
