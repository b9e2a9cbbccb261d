"""Keys and tokens for the dev12 privacy set (``privacy_cases_dev12.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: a shell's rc files and history, ``.env``
files, CI logs, notebooks, chats, notes, password managers, request headers and URLs. ``«n»`` is
the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a
user name.
"""

from __future__ import annotations

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://login.tallyhub.app", "appwrite", "https://id.nestcam.dev"]  # who issues this set's session JWTs
ROLES = ["user", "editor", "admin"]  # their roles
BASIC_USERS = ["nextcloud", "root", "unifi", "portainer", "sonarr", "nodered"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="uid")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (14, 22))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1213)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY", "github_classic": "GITHUB_TOKEN", "anthropic": "ANTHROPIC_KEY", "google_api": "GCP_API_KEY",
         "stripe_secret": "STRIPE_SK", "jwt": "AUTH_JWT", "huggingface": "HF_TOKEN", "slack_bot": "SLACK_BOT_TOKEN",
         "github_fine_grained": "GH_FINE_GRAINED_PAT", "openrouter": "OPENROUTER_API_KEY", "groq": "GROQ_API_KEY", "gitlab": "GITLAB_TOKEN",
         "npm": "NPM_TOKEN", "pypi": "PYPI_API_TOKEN", "telegram_bot": "TELEGRAM_TOKEN", "discord_bot": "DISCORD_BOT_TOKEN",
         "digitalocean": "DO_TOKEN", "shopify": "SHOPIFY_TOKEN", "notion": "NOTION_TOKEN", "linear": "LINEAR_KEY",
         "google_oauth": "OAUTH_CLIENT_SECRET", "replicate": "REPLICATE_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Window title: .env — «n»=«v» — Visual Studio Code",
    "$ history | grep «n» → 1187  export «n»=«v»",
    "Voice note (transcribed): the new key is «v», put it in the bot config",
    "Screenshot OCR (dashboard): Your new key «v» · copy it now, it won't be shown again",
    "Chat · «u»: try my key «v» until yours is approved",
    "Apple Notes · side project secrets · «n» = «v»",
    "~/.bashrc: export «n»=\"«v»\"",
    "Jupyter cell [3]: %env «n»=«v»",
    "$ fly secrets set «n»=«v» --app notes-api",
    "Gmail draft to «u»: the staging key is «v», don't share it",
    "Terraform plan output: + «n» = \"«v»\" (sensitive: false)",
    "1Password › API Credential › «n» › credential «v»",
    "$ railway variables --set «n»=«v»",
    "CI log (build #88): Setting env «n»=«v»",
    "docker-compose.override.yml:       - «n»=«v»",
    "Discord DM from «u»: here's the token for the shared server «v»",
    "Netlify › Site settings › Environment variables › «n» › «v»",
    "secrets.toml: «n» = \"«v»\"",
    "$ export «n»=«v» && python app.py",
    "Google Sheet 'API keys (team)' · row 4 · «n» · «v»",
    "$ dotenv set «n» «v»",
    "Screenshot OCR (terminal): «n»=«v» npm run dev",
    "Notion › Dev wiki › Credentials › «n»: «v»",
    "Teams · «u»: use «v» for the demo, I'll rotate it after",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["client = OpenAI(api_key=\"«v»\")", "$ http POST api.openai.com/v1/responses Authorization:'Bearer «v»'",
               "Continue config.json: \"apiKey\": \"«v»\", \"provider\": \"openai\""],
    "anthropic": ["client = Anthropic(api_key=\"«v»\")", "$ http POST api.anthropic.com/v1/messages x-api-key:«v» anthropic-version:2023-06-01"],
    "github_classic": ["$ git remote set-url origin https://«u»:«v»@github.com/«u»/dotfiles.git", "$ echo «v» | docker login ghcr.io -u «u» --password-stdin"],
    "google_api": ["https://www.googleapis.com/books/v1/volumes?q=dune&key=«v»", "<script src=\"https://maps.googleapis.com/maps/api/js?key=«v»&callback=initMap\"></script>"],
    "stripe_secret": ["stripe.api_key = \"«v»\"  # quick test, remove before commit", "$ http -a «v»: https://api.stripe.com/v1/charges"],
    "huggingface": ["$ huggingface-cli login --token «v»"],
    "jwt": ["Request header: Authorization: Bearer «v»", "localStorage['auth_token'] = \"«v»\""],
    "slack_bot": ["app = App(token=\"«v»\")"],
    "telegram_bot": ["$ curl https://api.telegram.org/bot«v»/sendMessage -d chat_id=42 -d text=hi", "Application.builder().token(\"«v»\").build()"],
    "npm": ["~/.npmrc: //registry.npmjs.org/:_authToken=«v»"],
    "pypi": ["$ twine upload -u __token__ -p «v» dist/*", "$ poetry config pypi-token.pypi «v»"],
    "gitlab": ["$ curl --header \"PRIVATE-TOKEN: «v»\" https://gitlab.com/api/v4/projects"],
    "digitalocean": ["provider \"digitalocean\" { token = \"«v»\" }"],
    "shopify": ["$ curl -H 'X-Shopify-Access-Token: «v»' https://shop.example.myshopify.com/admin/api/2024-10/orders.json"],
    "notion": ["Window title: sync.py — notion = Client(auth=\"«v»\")"],
    "linear": ["$ curl https://api.linear.app/graphql -H 'Authorization: «v»'"],
    "openrouter": ["base_url=\"https://openrouter.ai/api/v1\", api_key=\"«v»\""],
    "groq": ["$ curl https://api.groq.com/openai/v1/models -H \"Authorization: Bearer «v»\""],
    "replicate": ["replicate.Client(api_token=\"«v»\")"],
    "google_oauth": ["oauth_client.json → \"client_secret\": \"«v»\""],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Zapier › Action › Webhook URL «v»", "alertmanager.yml: slack_api_url: «v»"],
    "discord_webhook": ["Uptime Kuma › Notification › Discord Webhook URL «v»", "backup.sh: WEBHOOK=\"«v»\""],
    "discord_bot": ["main.js: client.login('«v»');", "Chat · «u»: bot token is «v», invite it to the server"],
    "private_key": ["Window title: gcp-sa-key.json — \"private_key\": \"«v»\"", "Screenshot OCR (terminal): $ cat ~/.ssh/id_ed25519 → «v»"],
    "basic_auth": ["$ curl -H \"Authorization: Basic «v»\" https://cloud.home.arpa/remote.php/dav", "nginx access log: Authorization: Basic «v»"],
    "aws": ["~/.aws/credentials → [personal] aws_access_key_id = «a» aws_secret_access_key = «b»",
            "Voice note (transcribed): access key «a», secret «b», for the backup bucket",
            "Window title: credentials.csv — «a»,«b» — Numbers"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
