"""Keys and tokens for the dev17 privacy set (``privacy_cases_dev17.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: shell startup files and one-off commands,
hosting, CI and secret-manager dashboards, IDE run configurations, chats, mails and screenshots
posted in them, daily notes, container managers, request headers, URLs and SDK calls. ``«n»`` is
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
    body = {"iss": r.choice(["https://id.harborlight.app", "https://auth.quillmate.io", "https://sso.pebblecast.dev"]),
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
    user = r.choice(["kavita", "mealie", "tandoor", "komga", "linkding", "photoprism"])
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


NAMES = {"openai": "OPENAI_PROJECT_KEY", "github_classic": "GITHUB_PAT_CLASSIC", "anthropic": "CLAUDE_API_SECRET",
         "google_api": "GOOGLE_PLACES_KEY", "stripe_secret": "STRIPE_SK_PROD", "jwt": "SESSION_JWT", "huggingface": "HUGGINGFACE_HUB_TOKEN",
         "slack_bot": "SLACK_XOXB_SECRET", "github_fine_grained": "GH_FINEGRAINED_PAT", "openrouter": "OPENROUTER_KEY_PROD",
         "groq": "GROQ_SECRET_KEY", "gitlab": "GITLAB_CI_PAT", "npm": "NPM_AUTOMATION_SECRET", "pypi": "PYPI_TWINE_TOKEN",
         "telegram_bot": "TELEGRAM_NOTIFY_TOKEN", "discord_bot": "DISCORD_CLIENT_TOKEN", "digitalocean": "DO_ACCESS_TOKEN",
         "shopify": "SHOPIFY_STORE_SECRET", "notion": "NOTION_INTEGRATION_KEY", "linear": "LINEAR_WORKSPACE_TOKEN",
         "google_oauth": "OAUTH_CLIENT_SECRET_GOOGLE", "replicate": "R8_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Terminal · ~/.zshenv · export «n»=\"«v»\"",
    "$ fly secrets set «n»=«v» -a recipe-box",
    "Screenshot in #help-desk (OCR): «n»: «v» — why am I getting a 403",
    "Signal · «u»: grabbed the key out of the team vault, «v», shout if it breaks",
    "Obsidian daily note · new «n» after the leak: «v»",
    "VS Code — docker-compose.override.yml — environment: «n»: «v»",
    "$ doppler secrets set «n»=«v» --project homelab",
    "GitLab CI job log: $ «n»=«v» npm run deploy",
    "Netlify › Site configuration › Environment variables › «n» · «v»",
    "Render › Environment › «n» = «v»",
    "IntelliJ › Edit Configurations › Environment: «n»=«v»;TZ=UTC",
    "Teams chat · «u»: revoke «n» please, it was «v» and it's pasted in the wiki",
    "Joplin note 'side hustle' · «n» ⇒ «v»",
    "$ printf '«n»=%s\\n' '«v»' >> .env.local",
    "Portainer › Containers › web › Env › «n» «v»",
    "Sublime — config/secrets.ini — «n» = «v»",
    "Outlook mail to «u», subject 'creds for the demo': «n» → «v»",
    "Lens photo of a projector slide (OCR): «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["transcribe_calls.ipynb · cell 2 · os.environ[\"OPENAI_API_KEY\"] = \"«v»\"",
               "$ OPENAI_API_KEY=«v» llm -m gpt-4o-mini 'tl;dr this email'"],
    "anthropic": ["$ ANTHROPIC_API_KEY=«v» claude -p 'summarise my inbox'"],
    "github_classic": ["$ git push https://«u»:«v»@github.com/«u»/family-recipes.git main",
                       "~/.config/gh/hosts.yml: oauth_token: «v»"],
    "google_api": ["weather_widget.html: const PLACES_KEY = '«v»'; // restrict this to the domain!"],
    "stripe_secret": ["~/.config/stripe/config.toml (cat): live_mode_api_key = '«v»'"],
    "huggingface": ["Colab › Secrets panel › HF_TOKEN · value «v» · notebook access on"],
    "jwt": ["Browser devtools › Network › api.harborlight.app › Request headers › authorization: Bearer «v»", "HTTPie Desktop › Auth: Bearer «v» › GET /v1/me"],
    "slack_bot": ["slack_alert.py: WebClient(token=\"«v»\").chat_postMessage(channel=\"#garden\", text=\"frost tonight\")"],
    "telegram_bot": ["home_alerts.py: requests.get(f\"https://api.telegram.org/bot«v»/sendPhoto\", params={\"chat_id\": CHAT})"],
    "pypi": ["$ UV_PUBLISH_TOKEN=«v» uv publish dist/*"],
    "gitlab": ["$ git clone https://oauth2:«v»@gitlab.com/«u»/meal-planner.git"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Proxmox › Datacenter › Notifications › webhook target 'slack-alerts' URL «v»",
                      "Synology DSM › Notification › Webhooks › Slack › «v»"],
    "discord_webhook": ["Radarr › Connect › Discord › Webhook URL: «v»",
                        "octoprint_done.py: requests.post(\"«v»\", json={\"content\": \"print done\"})"],
    "discord_bot": ["Railway › Variables › DISCORD_CLIENT_TOKEN «v»", "main.py: client.run(os.getenv('TOKEN', '«v»'))"],
    "private_key": ["Slack snippet 'sa.json' pasted by «u»: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Signal · «u»: key for the backup box, don't forward it «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' http://esphome.home.arpa:6052/devices",
                   "Nginx Proxy Manager › Access list › header Authorization: Basic «v»"],
    "aws": ["Sticky note on the NAS (photo): S3 id «a» / secret «b»",
            "Cyberduck bookmark export: AccessKey «a» SecretKey «b» (S3 bucket for the scans)",
            "Signal to my cousin: the S3 key for the wedding photos is «a» and its secret «b», delete after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
