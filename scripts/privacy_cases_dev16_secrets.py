"""Keys and tokens for the dev16 privacy set (``privacy_cases_dev16.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: shell profiles, exports and one-off
commands, hosting and CI dashboards, editors' env and launch files, chats, mails and screenshots
posted in them, journals and notes, container inspectors, request headers and URLs. ``«n»`` is the
variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
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
    body = {"sub": pick(r, 24, HEXLOW), "iss": r.choice(["https://auth.greenhouse-cam.dev", "https://login.ferncast.app", "https://accounts.shelfie.io"]),
            "scope": r.choice(["profile", "profile email", "admin"]), "iat": r.randint(1_760_000_000, 1_790_000_000)}
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
    user = r.choice(["grafana-ro", "frigate", "paperless", "audiobookshelf", "calibre-web", "navidrome"])
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


NAMES = {"openai": "OPENAI_SECRET_KEY", "github_classic": "GH_CLASSIC_TOKEN", "anthropic": "ANTHROPIC_TOKEN",
         "google_api": "GMAPS_API_KEY", "stripe_secret": "STRIPE_LIVE_SECRET", "jwt": "API_BEARER_JWT", "huggingface": "HF_READ_TOKEN",
         "slack_bot": "SLACK_APP_BOT_TOKEN", "github_fine_grained": "GH_REPO_PAT", "openrouter": "OPENROUTER_TOKEN", "groq": "GROQ_TOKEN",
         "gitlab": "GL_PUSH_TOKEN", "npm": "NPM_CI_TOKEN", "pypi": "PYPI_UPLOAD_KEY", "telegram_bot": "TG_TOKEN",
         "discord_bot": "DISCORD_APP_TOKEN", "digitalocean": "DOCTL_TOKEN", "shopify": "SHOPIFY_APP_TOKEN", "notion": "NOTION_SECRET",
         "linear": "LINEAR_API_TOKEN", "google_oauth": "GCP_OAUTH_SECRET", "replicate": "REPLICATE_SECRET"}

SPOTS = [  # where any key is seen, under its variable's name
    "Terminal · ~/.bash_profile · export «n»='«v»'",
    "$ heroku config:set «n»=«v» --app pantry-tracker",
    "Screenshot posted in #dev-help (OCR): «n»=«v» and it still says 401??",
    "WhatsApp · «u»: I used your key from the shared drive, «v», hope that's ok",
    "Logseq journal · rotated the «n» this morning; the new one is «v»",
    "VS Code — .vscode/launch.json — \"env\": { \"«n»\": \"«v»\" }",
    "$ gh secret set «n» --body «v» --repo «u»/homepage",
    "Jenkins console output: + «n»=«v» ./deploy.sh staging",
    "Vercel › Settings › Environment Variables › «n» = «v» (Production)",
    "Railway › service 'worker' › Variables › «n» · «v»",
    "PyCharm › Run configuration › Environment variables: «n»=«v»;PYTHONUNBUFFERED=1",
    "Slack thread in #infra · «u»: the old «n» was «v», can someone revoke it",
    "Bear note #side-project · «n» → «v»",
    "$ echo \"«n»=«v»\" >> .env.production",
    "Docker Desktop › Containers › api › Inspect › Env › «n»=«v»",
    "Zed — .streamlit/secrets.toml — «n» = \"«v»\"",
    "Mail to «u», subject 'keys for the hackathon': «n» is «v»",
    "Kubernetes dashboard › ConfigMap app-env (should be a Secret) › «n»: «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["transcribe.js: const openai = new OpenAI({ apiKey: '«v»' });",
               "$ OPENAI_API_KEY=«v» aider --model gpt-4o --no-auto-commits"],
    "anthropic": ["$ llm keys set anthropic --value «v»"],
    "github_classic": ["$ pip install git+https://«v»@github.com/«u»/budget-tools.git",
                       "~/.npmrc: //npm.pkg.github.com/:_authToken=«v»"],
    "google_api": ["$ gcloud services api-keys get-key-string projects/home-maps/keys/weather-widget → keyString: «v»"],
    "stripe_secret": ["$ stripe trigger payment_intent.succeeded --api-key «v»"],
    "huggingface": ["$ git clone https://«u»:«v»@huggingface.co/datasets/«u»/receipts"],
    "jwt": ["$ wscat -c wss://live.ferncast.app/socket -H 'Authorization: Bearer «v»'", "Bruno collection, feeds.bru: auth:bearer { token: «v» }"],
    "slack_bot": ["$ curl -X POST https://slack.com/api/chat.postMessage -H 'Authorization: Bearer «v»' -d channel=C0FAMILY -d text=dinner"],
    "telegram_bot": ["plant_alarm.py: URL = f\"https://api.telegram.org/bot«v»/sendMessage?chat_id={CHAT}&text=water+the+ferns\""],
    "pypi": ["$ poetry config pypi-token.pypi «v»"],
    "gitlab": ["$ glab auth login --hostname gitlab.com --token «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Zapier › Webhooks by Zapier › POST › URL «v»",
                      "cron-mail.sh: curl -s -d \"payload={'text':'backup failed on the nas'}\" «v»"],
    "discord_webhook": ["Sonarr › Settings › Connect › Discord › Webhook URL «v»",
                        "printer-done.sh: curl -s -F 'content=the benchy finished printing' «v»"],
    "discord_bot": ["Replit › Secrets › DISCORD_APP_TOKEN · «v»", "index.js, last line: client.login('«v»');"],
    "private_key": ["service-account.json opened in Notepad: \"private_key\": \"«v»\"",
                    "WhatsApp Web · «u»: here is the server key so you can get in «v»"],
    "basic_auth": ["$ wget --header=\"Authorization: Basic «v»\" http://octopi.lan/api/job",
                   "Home Assistant configuration.yaml, rest sensor: headers: Authorization: Basic «v»"],
    "aws": ["$ bat ~/.aws/credentials → [photos] aws_access_key_id=«a» aws_secret_access_key=«b» region=eu-west-1",
            "~/.s3cfg (cat): access_key = «a» secret_key = «b» bucket_location = US",
            "Text to my brother: for the photo bucket use key «a» and secret «b», delete this after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
