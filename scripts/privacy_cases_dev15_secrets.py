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

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://auth.plantpal.app", "https://sso.kitchenledger.io", "supabase"]  # who issues this set's session JWTs
ROLES = ["read", "read write", "owner"]  # their scopes
BASIC_USERS = ["jenkins", "pihole", "nextcloud-admin", "sonarr", "portainer", "mosquitto"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="scope")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (12, 24))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1214)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

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
