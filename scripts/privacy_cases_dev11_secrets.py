"""Keys and tokens for the dev11 privacy set (``privacy_cases_dev11.py``), as often as a personal
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
    body = {"iss": r.choice(["supabase", "https://auth.example-app.io", "firebase"]), "role": r.choice(["authenticated", "member", "owner"]),
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
    user = r.choice(["grafana", "admin", "pihole", "octoprint", "syncthing", "jenkins"])
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
    "openai": (14, _openai),
    "github_classic": (8, lambda r: "ghp_" + pick(r, 36)),
    "anthropic": (7, lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
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


NAMES = {"openai": "OPENAI_API_KEY", "github_classic": "GH_PAT", "anthropic": "CLAUDE_API_KEY", "google_api": "GOOGLE_MAPS_KEY",
         "stripe_secret": "STRIPE_API_KEY", "jwt": "SUPABASE_SESSION", "huggingface": "HUGGING_FACE_HUB_TOKEN", "slack_bot": "SLACK_TOKEN",
         "github_fine_grained": "GITHUB_PAT", "openrouter": "OPENROUTER_KEY", "groq": "GROQ_KEY", "gitlab": "CI_PUSH_TOKEN",
         "npm": "NODE_AUTH_TOKEN", "pypi": "TWINE_PASSWORD", "telegram_bot": "BOT_TOKEN", "discord_bot": "DISCORD_TOKEN",
         "digitalocean": "DIGITALOCEAN_TOKEN", "shopify": "SHOPIFY_ADMIN_TOKEN", "notion": "NOTION_KEY", "linear": "LINEAR_API_KEY",
         "google_oauth": "GOOGLE_CLIENT_SECRET", "replicate": "REPLICATE_API_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "~/.zshrc (line 42): export «n»='«v»'",
    "$ cat .env.production → «n»=«v»",
    "GitHub Actions · run #311 · (secret printed by mistake) «n»: «v»",
    "Slack #eng · anyone know why «v» gives 401? it's the new one",
    "notes/api-keys.md — «n»: «v»",
    "config.py ● unsaved — «n» = \"«v»\"",
    "Jupyter Out[7]: os.environ['«n»'] → '«v»'",
    "Clipboard history · 1 min ago · «v»",
    "Bitwarden › Secure note 'prod keys' › «n»=«v»",
    "$ docker compose config | grep «n» →       «n»: «v»",
    "$ heroku config:set «n»=«v» -a budget-bot",
    "Render › Environment › «n» › «v»",
    "Obsidian daily note: rotated «n» today, new value «v»",
    "launch.json: \"env\": { \"«n»\": \"«v»\" }",
    "Google Doc 'Onboarding' › step 4: paste «v» into the app's settings",
    "WhatsApp → You (note to self): «v»",
    "Postman › Collection variables › «n» › Current value «v»",
    "$ aws ssm put-parameter --name /bot/«n» --type SecureString --value «v»",
    "kubectl get secret app -o yaml (decoded): «n»: «v»",
    "Stream VOD OCR (frame 01:12:09): «n»=«v»",
    "Cursor chat: here's my key «v», why does the SDK say it's invalid?",
    "GitLab › CI/CD variables › «n» › «v» (masked: off)",
    "supervisord.conf: environment=«n»=\"«v»\"",
    "$ crontab -l → 0 * * * * «n»=«v» /usr/local/bin/sync.sh",
    "$ echo «v» | vercel env add «n» production",
    "Raycast › Extension preferences › API key «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["$ curl https://api.openai.com/v1/chat/completions -H 'Authorization: Bearer «v»' -H 'Content-Type: application/json'",
               "Bruno › Collection settings › Auth › Bearer «v»", ">>> llm = ChatOpenAI(model=\"gpt-4o-mini\", api_key=\"«v»\")"],
    "anthropic": ["$ curl -s https://api.anthropic.com/v1/messages --header \"x-api-key: «v»\" --header \"content-type: application/json\"",
                  ">>> anthropic.Anthropic(api_key='«v»')"],
    "github_classic": ["$ git submodule add https://«v»@github.com/«u»/private-notes.git vendor/notes", "$ gh auth login --with-token <<< «v»"],
    "google_api": ["https://maps.googleapis.com/maps/api/staticmap?center=Lisbon&zoom=13&size=600x300&key=«v»",
                   "https://www.googleapis.com/youtube/v3/search?part=snippet&q=lofi&key=«v»"],
    "stripe_secret": ["$ curl https://api.stripe.com/v1/customers -u «v»:", "$ stripe listen --api-key «v» --forward-to localhost:4242/webhook"],
    "huggingface": [">>> from huggingface_hub import login; login(token=\"«v»\")"],
    "jwt": ["DevTools › Network › Request headers › cookie: sb-access-token=«v»", "jwt.io › Encoded › «v»"],
    "slack_bot": ["$ curl -H 'Authorization: Bearer «v»' https://slack.com/api/auth.test"],
    "telegram_bot": ["https://api.telegram.org/bot«v»/getUpdates", "bot = telebot.TeleBot(\"«v»\")"],
    "npm": [".yarnrc.yml: npmAuthToken: «v»"],
    "pypi": ["~/.pypirc: [pypi] username = __token__ password = «v»", "$ uv publish --token «v»"],
    "gitlab": ["$ git clone https://oauth2:«v»@gitlab.com/«u»/homelab.git"],
    "digitalocean": ["$ doctl auth init --access-token «v»"],
    "shopify": ["Request headers: X-Shopify-Access-Token: «v»"],
    "notion": ["$ curl https://api.notion.com/v1/search -H 'Authorization: Bearer «v»' -H 'Notion-Version: 2022-06-28'"],
    "linear": ["Linear › Settings › Security & access › Personal API keys › «v»"],
    "openrouter": ["$ curl https://openrouter.ai/api/v1/chat/completions -H \"Authorization: Bearer «v»\""],
    "groq": [">>> Groq(api_key=\"«v»\")"],
    "replicate": ["$ REPLICATE_API_TOKEN=«v» python run.py"],
    "google_oauth": ["client_secret_web.json: \"client_secret\": \"«v»\","],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["n8n › HTTP Request › URL «v»", "deploy.yml: run: curl -X POST -d '{\"text\":\"deployed\"}' «v»"],
    "discord_webhook": ["Grafana › Contact points › Discord › Webhook URL «v»", "$ python notify.py --webhook «v»"],
    "discord_bot": ["bot.py: client.run('«v»')", ".env (discord bot): DISCORD_TOKEN=«v»"],
    "private_key": ["firebase-adminsdk.json: \"private_key\": \"«v»\",", "Pasted in #infra by mistake (deleted after 2 min): «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' http://pi.hole/admin/api.php?summary",
                   "squid access.log: Proxy-Authorization: Basic «v»"],
    "aws": ["~/.s3cfg (s3cmd --configure): access_key = «a» secret_key = «b»",
            "rclone.conf → [s3] provider = AWS access_key_id = «a» secret_access_key = «b»",
            "$ env | grep AWS → AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU"]
