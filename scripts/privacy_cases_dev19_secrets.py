"""Keys and tokens for the dev19 privacy set (``privacy_cases_dev19.py``), as often as a personal
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


ISSUERS = ["https://auth.quillmoor.app", "https://sso.fernbrook-health.io", "https://id.saltgrass.dev"]
BASIC_USERS = ["paperlessngx", "tandoorhub", "kavitaserver", "wallabagger", "koelmusic", "pinchflat"]

def session_jwt(r: random.Random, issuers: list[str] | None = None) -> str:
    """A session JWT issued by one of ``issuers`` (this set's unless given)."""
    alg, sig = r.choice([("HS256", 32), ("HS256", 32), ("ES256", 64)])
    head = {"alg": alg, "typ": "JWT"}
    body = {"iss": r.choice(issuers or ISSUERS),
            "sub": pick(r, 20, HEXLOW), "role": r.choice(["member", "member", "owner"]), "exp": r.randint(1_765_000_000, 1_795_000_000)}
    return ".".join([_b64url(json.dumps(head, separators=(",", ":")).encode()), _b64url(json.dumps(body, separators=(",", ":")).encode()),
                     _b64url(bytes(r.randrange(256) for _ in range(sig)))])


def openssh_key(r: random.Random) -> str:
    """An ed25519 key as ``ssh-keygen`` writes it, its lines run together when pasted into a chat."""
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [pick(r, 70, ALNUM + "+/") for _ in range(3)] + \
        [pick(r, 24, ALNUM + "+/") + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY----- " + " ".join(body) + " -----END OPENSSH PRIVATE KEY-----"


def pkcs8_in_json(r: random.Random) -> str:
    """An RSA key in PKCS #8 as a service account's JSON file holds it, its newlines escaped."""
    body = ["MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + pick(r, 14, ALNUM + "+/")] + \
        [pick(r, 64, ALNUM + "+/") for _ in range(r.randint(4, 6))] + [pick(r, 36, ALNUM + "+/") + "=="]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"


def basic(r: random.Random, users: list[str] | None = None) -> str:
    """Basic credentials of one of ``users`` (this set's unless given), base64 encoded."""
    user = r.choice(users or BASIC_USERS)
    secret = pick(r, r.randint(12, 24))
    return base64.b64encode(f"{user}:{secret}".encode()).decode()


def discord_bot(r: random.Random) -> str:
    snowflake = str(r.randint(1_000_000_000_000_000_000, 1_399_999_999_999_999_999))
    return f"{_b64url(snowflake.encode())}.{pick(r, 6, WORDY)}.{pick(r, 38, WORDY)}"


def openai_key(r: random.Random) -> str:
    if r.random() < 0.1:  # a legacy user key
        return f"sk-{pick(r, 20)}T3BlbkFJ{pick(r, 20)}"
    return f"sk-{r.choice(['proj', 'proj', 'proj', 'proj', 'svcacct', 'admin'])}-{pick(r, 74, WORDY)}T3BlbkFJ{pick(r, 74, WORDY)}"


KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {  # format: (how many, how one is made)
    "openai": (15, openai_key),
    "github_classic": (9, lambda r: "ghp_" + pick(r, 36)),
    "anthropic": (8, lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
    "aws": (5, lambda r: "AKIA" + pick(r, 16, B32)),
    "google_api": (5, lambda r: "AIzaSy" + pick(r, 33, WORDY)),
    "stripe_secret": (4, lambda r: r.choice(["sk", "sk", "rk"]) + "_live_" + (pick(r, 99) if r.random() < 0.7 else pick(r, 24))),
    "jwt": (4, session_jwt),
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
    "basic_auth": (2, basic),
    "digitalocean": (1, lambda r: "dop_v1_" + pick(r, 64, HEXLOW)),
    "shopify": (1, lambda r: "shpat_" + pick(r, 32, HEXLOW)),
    "notion": (1, lambda r: "ntn_" + pick(r, 11, string.digits) + pick(r, 35)),
    "linear": (1, lambda r: "lin_api_" + pick(r, 40)),
    "google_oauth": (1, lambda r: "GOCSPX-" + pick(r, 28, WORDY)),
    "replicate": (1, lambda r: "r8_" + pick(r, 37)),
}


def aws_secret_key(r: random.Random) -> str:
    return pick(r, 40, ALNUM + "+/")


NAMES = {"openai": "OPENAI_KEY_HOMELAB", "github_classic": "GITHUB_PAT_BACKUPS", "anthropic": "ANTHROPIC_SECRET_HOMELAB",
         "google_api": "GMAPS_BROWSER_KEY", "stripe_secret": "STRIPE_LIVE_SK_SHOP", "jwt": "BUDGET_API_SESSION_JWT", "huggingface": "HUGGINGFACE_HUB_KEY",
         "slack_bot": "SLACK_ALERTS_BOT", "github_fine_grained": "GITHUB_FG_TOKEN_DOTFILES", "openrouter": "OR_KEY_CHAT",
         "groq": "GROQ_SECRET_LOCAL", "gitlab": "GL_PAT_MIRROR", "npm": "NPM_PUBLISH_KEY", "pypi": "TWINE_UPLOAD_SECRET",
         "telegram_bot": "TG_NOTIFY_BOT_SECRET", "discord_bot": "DISCORD_MUSICBOT_SECRET", "digitalocean": "DO_API_PAT",
         "shopify": "SHOPIFY_STORE_ADMIN_KEY", "notion": "NOTION_RECIPES_SECRET", "linear": "LINEAR_KEY_PERSONAL",
         "google_oauth": "GOOGLE_CLIENT_SECRET_WEB", "replicate": "REPLICATE_KEY_PERSONAL"}

SPOTS = [  # where any key is seen, under its variable's name
    "bat ~/.bashrc.d/90-tokens.sh shows line 4: export «n»='«v»'",
    "$ flyctl secrets set «n»=«v» --app recipe-bot",
    "Screenshot of a monitor shared in #homelab (OCR): «n»=«v» and the call still returns 401",
    "Signal · «u»: copied from Bitwarden for the staging box, «v», keep it out of git",
    "Obsidian note 'key rotation' · «n» ⇒ «v»",
    "Neovim — .env.local — «n»=«v»",
    "$ doppler secrets set «n»=«v» --config prd",
    "CircleCI job output (masking failed): + «n»=«v» make deploy",
    "Cloudflare Pages dashboard, production build vars row: «n» | «v»",
    "CapRover › App configs › Environmental variables › «n»: «v»",
    "IntelliJ › Run configuration › Env: LOG_LEVEL=debug;«n»=«v»",
    "Slack DM · «u»: revoke «n» asap, «v» ended up in a public pastebin",
    "Joplin note · «n» = «v» (new one)",
    "$ printf '%s=%s\\n' «n» «v» >> .env.production",
    "Portainer › Stacks › Environment › «n»=«v»",
    "Kate — secrets.development.json — \"«n»\": \"«v»\"",
    "Forwarded to «u» with the subject line 'for Tuesday's walkthrough only': «n» → «v»",
    "Flipchart photo from the sprint review (OCR): «n» «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Colab cell printed os.environ: 'OPENAI_API_KEY': '«v»' (notebook was public)",
               "Alfred workflow › ChatGPT › API key field filled in: «v»"],
    "anthropic": ["Continue.dev config.json (screenshot): \"apiKey\": \"«v»\" for the Claude model"],
    "github_classic": ["GitHub Desktop debug log pasted by «u»: Authorization: token «v»",
                       "Gitea › Migrate repository › access token of «u»: «v»"],
    "google_api": ["Church website plugin › Events map › Google Maps API key «v» (paid by the parish)"],
    "stripe_secret": ["$ http --auth «v»: GET https://api.stripe.com/v1/balance_transactions limit==2"],
    "huggingface": ["finetune.ipynb: login(token=\"«v»\") before pulling the gated model"],
    "jwt": ["Insomnia › Request 'List expenses' › Auth › Bearer «v»", "Brave inspector, IndexedDB entry for the budgeting PWA: authToken «v»"],
    "slack_bot": ["Zapier › Connected accounts › Slack bot token «v»"],
    "telegram_bot": ["Node-RED flow export: \"botname\": \"porch-bot\", \"token\": \"«v»\""],
    "pypi": ["~/.pypirc of «u» (cat'ed into the chat): password = «v»"],
    "gitlab": ["$ git remote -v (shown by «u»): https://oauth2:«v»@gitlab.com/family/recipes.git"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Healthchecks.io integration page, Slack channel hook pasted: «v»",
                      "cron_backup.sh last line: curl -s -H 'Content-type: application/json' --data '{\"text\":\"borg done\"}' «v»"],
    "discord_webhook": ["Jellyseerr › Notifications › Discord › Webhook URL «v»",
                        "Sonarr › Connect › Discord › webhook «v» (tested ok)"],
    "discord_bot": ["Railway › Variables › DISCORD_MUSICBOT_SECRET «v»", "bot.py, bottom of the file: client.run('«v»')"],
    "private_key": ["gcp-sa-backup.json (dropped in a Slack thread by «u»): {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Telegram · «u»: here's the key for the Hetzner box, delete after you copy it «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' http://homeassistant.home.arpa:8123/api/states",
                   "nginx site conf (cat): proxy_set_header Authorization \"Basic «v»\";"],
    "aws": ["Index card in the desk drawer (photo): IAM key «a» / secret «b»",
            "Cyberduck › Bookmark › Access Key ID «a» Secret Access Key «b»",
            "iMessage to Jess re: the wedding photos archive on Wasabi — access id «a», secret key «b», wipe the thread"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
