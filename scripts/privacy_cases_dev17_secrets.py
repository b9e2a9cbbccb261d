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

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://id.harborlight.app", "https://auth.quillmate.io", "https://sso.pebblecast.dev"]  # who issues this set's session JWTs
ROLES = ["member", "member", "owner"]  # their roles
BASIC_USERS = ["kavita", "mealie", "tandoor", "komga", "linkding", "photoprism"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="sub")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (12, 24))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1214)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

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
