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

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["https://auth.greenhouse-cam.dev", "https://login.ferncast.app", "https://accounts.shelfie.io"]  # who issues this set's session JWTs
ROLES = ["profile", "profile email", "admin"]  # their scopes
BASIC_USERS = ["grafana-ro", "frigate", "paperless", "audiobookshelf", "calibre-web", "navidrome"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="scope")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (12, 24))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1214)
KEYS = privacy_key_makers.keys(_session_jwt, _basic)  # format: (how many, how one is made)

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
