"""Keys and tokens for the dev14 privacy set (``privacy_cases_dev14.py``), as often as a personal
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

ISSUERS = ["https://id.tidepool.app", "https://login.bikeshed.dev", "firebase"]  # who issues this set's session JWTs
ROLES = ["user", "editor", "admin"]  # their roles
BASIC_USERS = ["grafana", "admin", "octoprint", "radarr", "homebridge", "syncthing"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="uid")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (14, 22))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1213)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY", "github_classic": "GITHUB_PAT", "anthropic": "ANTHROPIC_KEY", "google_api": "GOOGLE_MAPS_KEY",
         "stripe_secret": "STRIPE_API_KEY", "jwt": "AUTH_JWT", "huggingface": "HF_HUB_TOKEN", "slack_bot": "SLACK_TOKEN",
         "github_fine_grained": "GITHUB_FG_TOKEN", "openrouter": "OPENROUTER_KEY", "groq": "GROQ_KEY", "gitlab": "GL_TOKEN",
         "npm": "NODE_AUTH_TOKEN", "pypi": "TWINE_PASSWORD", "telegram_bot": "TG_BOT_TOKEN", "discord_bot": "DISCORD_TOKEN",
         "digitalocean": "DIGITALOCEAN_ACCESS_TOKEN", "shopify": "SHOPIFY_ADMIN_TOKEN", "notion": "NOTION_API_KEY", "linear": "LINEAR_API_KEY",
         "google_oauth": "GOOGLE_CLIENT_SECRET", "replicate": "REPLICATE_API_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Open in VS Code .env.test: «n»=«v»",
    "$ history | tail -3 → 1187  «n»=«v» python app.py",
    "Voice note, transcribed: revoke «v», it was in the screen share",
    "Screenshot of a terminal (OCR): «n» «v»",
    "WhatsApp · «u»: use my key «v» for the demo",
    "Logseq · server notes · «n» :: «v»",
    "~/.bashrc: export «n»=«v»",
    "Jupyter cell: %env «n»=«v»",
    "$ fly secrets set «n»=«v»",
    "Email to «u»: the staging key is «v»",
    "CircleCI job log printed «n»=«v»",
    "Bitwarden › Item «n» › Password «v»",
    "$ netlify env:set «n» «v»",
    "k8s secret (decoded view): «n»: «v»",
    "Jira comment from «u»: here's a temp key «v»",
    "Railway › Variables › «n» = «v»",
    "settings.toml: «n» = \"«v»\"",
    "Google Sheet 'Keys' · «n» · «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["agent.py: oai = OpenAI(api_key=\"«v»\", timeout=30)", "$ curl https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer «v»\""],
    "anthropic": ["summarize.py: claude = anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": ["$ echo «v» | gh auth login --hostname github.com --with-token", "$ git remote set-url origin https://«v»@github.com/«u»/site.git"],
    "google_api": ["Browser bar: https://maps.googleapis.com/maps/api/geocode/json?address=Oslo&key=«v»"],
    "stripe_secret": ["billing.py: import stripe; stripe.api_key = '«v»'"],
    "huggingface": ["$ huggingface-cli login --token «v» --add-to-git-credential"],
    "jwt": ["fetch('/api/me', { headers: { Authorization: 'Bearer «v»' } })", "Set-Cookie: auth=«v»; HttpOnly"],
    "slack_bot": ["$ curl -s -H 'Authorization: Bearer «v»' 'https://slack.com/api/conversations.list?limit=5'"],
    "telegram_bot": ["$ curl https://api.telegram.org/bot«v»/getMe"],
    "pypi": ["$ python -m twine upload --repository pypi -u __token__ -p «v» dist/*.whl"],
    "gitlab": ["$ curl --header 'PRIVATE-TOKEN: «v»' https://gitlab.com/api/v4/projects"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Zapier › Webhooks › POST to «v»", "alert.sh: curl -s -X POST --data '{\"text\":\"disk full\"}' «v»"],
    "discord_webhook": ["Uptime Kuma › Notification › Discord webhook «v»", "backup.sh: curl -F 'content=backup ok' «v»"],
    "discord_bot": ["main.py: client.run('«v»')", "WhatsApp · «u»: token for the server bot «v»"],
    "private_key": ["Open in VS Code service-account.json: \"private_key\": \"«v»\"", "Screenshot of a terminal (OCR): cat ~/.ssh/id_ed25519 → «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' https://grafana.lan/api/health", "DevTools › Request headers › Authorization: Basic «v»"],
    "aws": ["Open in VS Code ~/.aws/credentials: aws_access_key_id = «a» aws_secret_access_key = «b»",
            "Voice note, transcribed: access key «a», secret «b» for the backup bucket",
            "Google Sheet 'AWS' · «a» · «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
