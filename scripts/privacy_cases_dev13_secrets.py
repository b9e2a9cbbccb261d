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

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://auth.pantrypal.app", "supabase", "https://sso.gardenlog.io"]  # who issues this set's session JWTs
ROLES = ["user", "editor", "admin"]  # their roles
BASIC_USERS = ["nextcloud", "root", "unifi", "portainer", "sonarr", "nodered"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="uid")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (14, 22))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1213)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

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
