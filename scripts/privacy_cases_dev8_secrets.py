"""Keys and tokens for the dev8 privacy set (``privacy_cases_dev8.py``), at the rate a personal
agent meets them: the keys of the services people use most (OpenAI far ahead, then GitHub,
Anthropic, AWS, Google, Stripe, Hugging Face, Slack ...) more often than rare ones, each in the
shape its issuer publishes (prefixes, lengths and alphabets as the issuers' docs and gitleaks' and
detect-secrets' rules give them), in the places a sensor reads them: shell history, ``.env`` files,
CI settings, notebooks, code, request headers, chat and notes.

A key's value is what follows its variable name or prefix word: ``Bearer`` and ``Basic`` stay
outside, a webhook URL that is itself the credential is labelled whole, and a private key block is
labelled from its BEGIN line to its END line.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
WORD = ALNUM + "_-"
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def _s(r: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(r: random.Random) -> str:
    header = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": _s(r, 12, HEX), "iat": 1764800000 + r.randint(0, 900000), "role": r.choice(["user", "service_role", "admin"])}
    claims["exp"] = claims["iat"] + r.choice([3600, 86400, 604800])
    return f"{header}.{_b64url(json.dumps(claims, separators=(',', ':')).encode())}.{_s(r, 43, WORD)}"


def _pem(r: random.Random) -> str:
    kind = r.choice(["", "RSA ", "EC ", "OPENSSH "])
    rows = [_s(r, 64, ALNUM + "+/") for _ in range(r.randint(3, 5))] + [_s(r, r.randint(20, 60), ALNUM + "+/") + "=="]
    return f"-----BEGIN {kind}PRIVATE KEY-----\\n" + "\\n".join(rows) + f"\\n-----END {kind}PRIVATE KEY-----"


def _basic(r: random.Random) -> str:
    user = r.choice(["ci-bot", "grafana", "admin", "svc-export", "ana", "reporting"])
    return base64.b64encode(f"{user}:{_s(r, r.randint(12, 20))}".encode()).decode()


Maker = Callable[[random.Random], str]
# format: (count, maker, environment variable, service); counts follow how often each service's keys turn up
KEYS: dict[str, tuple[int, Maker, str, str]] = {
    "openai": (11, lambda r: f"sk-proj-{_s(r, 74, WORD)}T3BlbkFJ{_s(r, 74, WORD)}", "OPENAI_API_KEY", "OpenAI"),
    "github_classic": (6, lambda r: f"ghp_{_s(r, 36)}", "GITHUB_TOKEN", "GitHub"),
    "anthropic": (6, lambda r: f"sk-ant-api03-{_s(r, 93, WORD)}AA", "ANTHROPIC_API_KEY", "Anthropic"),
    "google_api": (5, lambda r: f"AIza{_s(r, 35, WORD)}", "GOOGLE_API_KEY", "Google Maps"),
    "aws_access_key_id": (4, lambda r: f"AKIA{_s(r, 16, B32)}", "AWS_ACCESS_KEY_ID", "AWS"),
    "stripe_secret": (4, lambda r: f"sk_live_{_s(r, r.choice([24, 99]))}", "STRIPE_SECRET_KEY", "Stripe"),
    "huggingface": (4, lambda r: f"hf_{_s(r, 34, string.ascii_letters)}", "HF_TOKEN", "Hugging Face"),
    "jwt": (4, _jwt, "SUPABASE_SERVICE_ROLE_KEY", "Supabase"),
    "github_fine_grained": (3, lambda r: f"github_pat_{_s(r, 22)}_{_s(r, 59)}", "GH_PAT", "GitHub"),
    "aws_secret_access_key": (3, lambda r: _s(r, 40, ALNUM + "/+"), "AWS_SECRET_ACCESS_KEY", "AWS"),
    "slack_bot": (3, lambda r: f"xoxb-{_s(r, 12, string.digits)}-{_s(r, 13, string.digits)}-{_s(r, 24)}", "SLACK_BOT_TOKEN", "Slack"),
    "google_oauth_client_secret": (2, lambda r: f"GOCSPX-{_s(r, 28, WORD)}", "GOOGLE_CLIENT_SECRET", "Google OAuth"),
    "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{_s(r, 10, string.ascii_uppercase + string.digits)}/"
                      f"B{_s(r, 10, string.ascii_uppercase + string.digits)}/{_s(r, 24)}", "SLACK_WEBHOOK_URL", "Slack"),
    "telegram_bot": (2, lambda r: f"{r.randint(6000000000, 7999999999)}:AA{_s(r, 33, WORD)}", "TELEGRAM_BOT_TOKEN", "Telegram"),
    "gitlab": (2, lambda r: f"glpat-{_s(r, 20, WORD)}", "GITLAB_TOKEN", "GitLab"),
    "sendgrid": (2, lambda r: f"SG.{_s(r, 22, WORD)}.{_s(r, 43, WORD)}", "SENDGRID_API_KEY", "SendGrid"),
    "npm": (2, lambda r: f"npm_{_s(r, 36)}", "NPM_TOKEN", "npm"),
    "private_key": (2, _pem, "SSH_PRIVATE_KEY", "deploy"),
    "basic_auth": (2, _basic, "BASIC_AUTH", "Jenkins"),
    "github_oauth": (1, lambda r: f"gho_{_s(r, 36)}", "GH_OAUTH_TOKEN", "GitHub"),
    "stripe_restricted": (1, lambda r: f"rk_live_{_s(r, 24)}", "STRIPE_RESTRICTED_KEY", "Stripe"),
    "stripe_webhook": (1, lambda r: f"whsec_{_s(r, 32)}", "STRIPE_WEBHOOK_SECRET", "Stripe"),
    "slack_user": (1, lambda r: f"xoxp-{_s(r, 12, string.digits)}-{_s(r, 12, string.digits)}-{_s(r, 13, string.digits)}-{_s(r, 32, HEX)}",
                   "SLACK_USER_TOKEN", "Slack"),
    "twilio_api_key": (1, lambda r: f"SK{_s(r, 32, HEX)}", "TWILIO_API_KEY", "Twilio"),
    "discord_webhook": (1, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{_s(r, 68, WORD)}",
                        "DISCORD_WEBHOOK", "Discord"),
    "mailgun": (1, lambda r: f"key-{_s(r, 32, HEX)}", "MAILGUN_API_KEY", "Mailgun"),
    "azure_storage": (1, lambda r: _s(r, 86, ALNUM + "+/") + "==", "AZURE_STORAGE_KEY", "Azure Storage"),
    "shopify": (1, lambda r: f"shpat_{_s(r, 32, HEX)}", "SHOPIFY_ACCESS_TOKEN", "Shopify"),
    "pypi": (1, lambda r: f"pypi-AgEIcHlwaS5vcmc{_s(r, 70, WORD)}", "TWINE_PASSWORD", "PyPI"),
    "digitalocean": (1, lambda r: f"dop_v1_{_s(r, 64, HEX)}", "DIGITALOCEAN_TOKEN", "DigitalOcean"),
    "notion": (1, lambda r: f"secret_{_s(r, 43)}", "NOTION_TOKEN", "Notion"),
    "linear": (1, lambda r: f"lin_api_{_s(r, 40)}", "LINEAR_API_KEY", "Linear"),
}

# Where a key turns up; {v} the key, {env} its variable, {env_lower} in lower case, {svc} the service.
KEY_PLACES = [
    "zsh history: export {env}={v}", "~/.zshrc — export {env}=\"{v}\"", ".env.local  {env}={v}", "gh secret set {env} --body '{v}'",
    "docker run --rm -e {env}={v} ghcr.io/acme/worker:latest", "Jupyter — cell [3]: os.environ[\"{env}\"] = \"{v}\"",
    "fly secrets set {env}={v} -a invoice-bot", "vercel env add {env} production <<< {v}", "Notes — {svc} key (personal): {v}",
    "Discord DM: here's the {svc} key till you get your own — {v}", "values.yaml:   {env_lower}: \"{v}\"",
    "config.json — {{\"{env_lower}\": \"{v}\", \"timeout\": 30}}", "Terminal — heroku config:set {env}={v}",
    "WhatsApp: pls don't share, {svc} key is {v}", "Obsidian — dev setup.md: {svc}: {v}", "railway variables --set {env}={v}",
    "GitHub Actions log: Run echo \"{env}={v}\" >> $GITHUB_ENV", "Screenshot OCR: {svc} API key  {v}  Copy",
]
HEADER_PLACES = [
    "curl https://api.example.net/v1/models -H \"Authorization: Bearer {v}\"", "Postman — Headers: Authorization  Bearer {v}",
    "httpie: http POST :8080/ingest Authorization:\"Bearer {v}\"", "Insomnia — Auth: Bearer Token {v}",
]
CODE_PLACES = {
    "openai": ["main.py — client = OpenAI(api_key=\"{v}\")", "chatbot.ipynb — openai.api_key = '{v}'"],
    "anthropic": ["agent.ts — const anthropic = new Anthropic({{ apiKey: \"{v}\" }});"],
    "google_api": ["index.html — <script src=\"https://maps.googleapis.com/maps/api/js?key={v}&callback=initMap\">"],
    "stripe_secret": ["checkout.rb — Stripe.api_key = '{v}'"],
    "aws_secret_access_key": ["~/.aws/credentials — aws_secret_access_key = {v}"],
    "aws_access_key_id": ["~/.aws/credentials — aws_access_key_id = {v}"],
    "private_key": ["service-account.json — \"private_key\": \"{v}\\n\",", ".env — DEPLOY_KEY=\"{v}\""],
    "basic_auth": ["curl -H 'Authorization: Basic {v}' https://ci.internal.example/api/json",
                   "nginx access debug — Authorization: Basic {v}"],
    "jwt": ["supabase.ts — createClient(url, \"{v}\")"],
    "slack_webhook": ["alertmanager.yml —   slack_api_url: '{v}'", "n8n — Webhook URL: {v}"],
    "discord_webhook": ["uptime-kuma — Discord Webhook URL {v}"],
    "azure_storage": ["appsettings.json — \"DefaultEndpointsProtocol=https;AccountName=photosync;AccountKey={v};EndpointSuffix=core.windows.net\""],
    "pypi": ["~/.pypirc — password = {v}"],
    "npm": ["~/.npmrc — //registry.npmjs.org/:_authToken={v}"],
    "telegram_bot": ["bot.py — TOKEN = \"{v}\"  # @FamilyChoresBot"],
}
HEADER_FORMATS = ("openai", "anthropic", "github_classic", "huggingface", "gitlab", "linear", "digitalocean", "jwt")

# --- passwords and PINs, as people choose them -----------------------------------------------------

_WORDS = ["Marigold", "kestrel", "Biryani", "Copacabana", "tulip", "Zanzibar", "maple", "Nakuru", "sakura", "Guadalupe", "otter",
          "Lagos", "Harbour", "pistachio", "Mumbai", "falcon", "Sevilla", "quokka", "Jollof", "Andes", "walrus", "Krakow", "Bandung",
          "papaya", "Everton", "Osaka", "lantern", "Galatasaray", "Cebu", "mochi"]
SYMBOLS = "!@#%*_-+.?&$"
URL_UNSAFE = set("@:/?#%!*&$+")


def password(r: random.Random) -> str:
    """A password in one of the shapes people use: a word with digits and a symbol, two words, a
    generated string, a passphrase, or a leetspeak name."""
    shape = r.randrange(6)
    word, other = r.sample(_WORDS, 2)
    if shape == 0:
        return f"{word}{r.randint(1, 9999)}{r.choice(SYMBOLS)}"
    if shape == 1:
        return f"{word.capitalize()}{r.choice('_.-')}{other.lower()}{r.randint(10, 99)}"
    if shape == 2:
        return "".join(r.choice(ALNUM + "!#%*-_") for _ in range(r.choice([14, 16, 20])))
    if shape == 3:
        return "-".join(w.lower() for w in r.sample(_WORDS, 3)) + str(r.randint(1, 9))
    if shape == 4:
        leet = word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return f"{leet}{r.randint(1990, 2025)}"
    return f"{_s(r, 4, string.ascii_uppercase)}{_s(r, 4, string.digits)}{_s(r, 4, string.ascii_lowercase)}"


def pin(r: random.Random, n: int) -> str:
    while True:
        value = "".join(r.choice(string.digits) for _ in range(n))
        if len(set(value)) > 2 and value not in ("1234", "123456"):
            return value
