"""Keys and tokens for the dev20 privacy set (``privacy_cases_dev20.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: shell
profiles and one-off commands, PaaS, CI and secret-manager consoles, editors and notebooks, chats,
mails and photos of screens, notes apps, container dashboards, request headers, URLs and SDK calls.
``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret),
``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://login.tidewell.app", "https://auth.brackenridge-clinic.io", "https://id.pebblecove.dev"]
BASIC_USERS = ["linkwardenapp", "mealiehub", "audiobookshelfer", "navidromeuser", "fireflyiii", "grocyhome"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_TOKEN_FAMILYNAS", "github_classic": "GH_CLASSIC_PAT_SYNC", "anthropic": "CLAUDE_API_SECRET_NAS",
         "google_api": "PLACES_AUTOCOMPLETE_KEY", "stripe_secret": "STRIPE_SK_MARKETSTALL", "jwt": "PANTRY_API_BEARER", "huggingface": "HF_READ_TOKEN_NAS",
         "slack_bot": "SLACK_FAMILYBOT_XOXB", "github_fine_grained": "GH_FINEGRAINED_NOTES", "openrouter": "OPENROUTER_SECRET_HOME",
         "groq": "GROQ_TOKEN_LAPTOP", "gitlab": "GITLAB_MIRROR_PAT", "npm": "NPM_AUTOMATION_SECRET", "pypi": "PYPI_RELEASE_TOKEN",
         "telegram_bot": "TELEGRAM_DOORBELL_TOKEN", "discord_bot": "DISCORD_RAIDBOT_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN_DNS",
         "shopify": "SHOPIFY_ADMIN_TOKEN_CRAFTS", "notion": "NOTION_MEALPLAN_TOKEN", "linear": "LINEAR_TOKEN_SIDEPROJECT",
         "google_oauth": "OAUTH_CLIENT_SECRET_CALSYNC", "replicate": "REPLICATE_TOKEN_ART"}

SPOTS = [  # where any key is seen, under its variable's name
    "less ~/.config/fish/conf.d/secrets.fish, line 7: set -gx «n» «v»",
    "$ railway variables --service pantry-worker --set «n»=«v» --skip-deploys",
    "Photo of a laptop screen posted in the family tech chat (OCR): «n»=«v» and still 403",
    "WhatsApp · «u»: pulled this from the vault for the demo, «v», don't commit it",
    "Logseq journal · rotated «n» today → «v»",
    "Sublime Text — .env.staging — «n»=«v»",
    "$ infisical secrets set «n»=«v» --env=staging --path=/pantry-api --type=shared",
    "Buildkite step log (secret not masked): export «n»=«v»",
    "Netlify deploy settings for the allotment blog, scoped to Functions only: «n» = «v»",
    "Dokku: $ dokku config:set pantry-api «n»=«v»",
    "PyCharm › Edit configurations › Environment variables: «n»=«v»;DEBUG=1",
    "Teams chat · «u»: please rotate «n», «v» leaked in a screenshot",
    "Standard Notes · «n» : «v» (replaces last month's)",
    "$ echo «n»=«v» | tee -a .env.local",
    "Coolify › Application › Environment › «n»=«v»",
    "Zed — appsettings.Development.json — \"«n»\": \"«v»\"",
    "Mail forwarded to «u», subject 'only for the Thursday demo': «n» is «v»",
    "Glass-wall marker scribbles photographed after the quarterly planning offsite (OCR): «n» «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Kaggle notebook output, printed by accident: OPENAI_API_KEY = '«v»'",
               "Raycast › Extensions › AI settings › API key pasted: «v»"],
    "anthropic": ["Cline settings screenshot: Anthropic API Key «v»"],
    "github_classic": ["VS Code Git output pasted by «u»: remote: Invalid username or password. token used «v»",
                       "Forgejo › Pull mirror › authorization token for «u»: «v»"],
    "google_api": ["School fair website › map widget › Google Maps key «v» (billed to the PTA card)"],
    "stripe_secret": ["$ curl -G https://api.stripe.com/v1/refunds -u «v»: -d created[gte]=1735689600 | jq '.data[].amount'"],
    "huggingface": ["train_lora.ipynb: huggingface_hub.login(\"«v»\")"],
    "jwt": ["Bruno › Collection 'pantry' › Auth › Bearer Token «v»", "Firefox storage inspector, localStorage of the meal planner: access_token «v»"],
    "slack_bot": ["n8n workflow 'grocery reminders' › Slack node › credential edited, bot token «v»"],
    "telegram_bot": ["packages/notify_doorbell.yaml in the HA File Editor: telegram_bot: [{platform: webhooks, api_key: «v», allowed_chat_ids: [-100]}]"],
    "pypi": ["uv publish --token «v» (from «u»'s shell history)"],
    "gitlab": ["$ git clone https://gitlab-ci-token:«v»@gitlab.com/«u»/knitting-patterns.git"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Uptime Kuma › Setup notification › Slack › Webhook URL for the #pantry-alerts channel «v»",
                      "restic-notify.sh, last line: curl -fsS --json '{\"text\":\"nightly snapshot finished on the garage NAS\"}' «v»"],
    "discord_webhook": ["Overseerr › Settings › Notifications › Discord webhook «v»",
                        "Radarr › Connections › Discord › URL «v» (test sent)"],
    "discord_bot": ["$ fly secrets set DISCORD_RAIDBOT_TOKEN=«v» -a raid-planner-bot --stage", "raid-planner/src/bot.ts pasted into a gist by mistake: await client.login('«v»');"],
    "private_key": ["firebase-adminsdk.json (shared in a Teams chat by «u»): {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "WhatsApp · «u»: the deploy key for the VPS, wipe it once you've copied it «v»"],
    "basic_auth": ["$ http GET nas.lan:13378/api/libraries 'Authorization:Basic «v»' --print=hb",
                   "Caddyfile (cat): header_up Authorization \"Basic «v»\""],
    "aws": ["Sticky note on the router (photo): access key «a» secret «b»",
            "WinSCP › S3 session › Access key ID «a» · Secret access key «b»",
            "Signal to Dev about the Backblaze-to-S3 move: key id «a», secret «b», delete after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
