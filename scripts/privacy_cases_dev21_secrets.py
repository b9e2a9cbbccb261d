"""Keys and tokens for the dev21 privacy set (``privacy_cases_dev21.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: shell
profiles, direnv and mise files, one-off commands, PaaS and secret-manager consoles, notebooks and
editors, meeting recorders and smart glasses, chats, table rows, photos of screens, request
headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an
AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://sso.kilnworks.app", "https://auth.marrowbone-dental.io", "https://accounts.tidemill.coop"]
BASIC_USERS = ["tandoorchef", "kavitareader", "bookstackwiki", "calibrewebuser", "gristsheets", "mosquittoadmin"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_POTTERYBOT", "github_classic": "GITHUB_PAT_KILNLOG", "anthropic": "ANTHROPIC_KEY_HOMEDESK",
         "google_api": "GMAPS_KEY_CARPOOL", "stripe_secret": "STRIPE_LIVE_CLAYSHOP", "jwt": "TANDOOR_SESSION_JWT", "huggingface": "HF_TOKEN_GLAZEMODEL",
         "slack_bot": "SLACK_BOT_TENANTS", "github_fine_grained": "GITHUB_FG_PAT_CHORES", "openrouter": "OPENROUTER_KEY_TUTOR",
         "groq": "GROQ_KEY_VOICENOTES", "gitlab": "GITLAB_TOKEN_BACKUPS", "npm": "NPM_PUBLISH_KILN", "pypi": "PYPI_TOKEN_GLAZECALC",
         "telegram_bot": "TELEGRAM_BOT_GREENHOUSE", "discord_bot": "DISCORD_TOKEN_CLAYCLUB", "digitalocean": "DO_TOKEN_KILNCAM",
         "shopify": "SHOPIFY_TOKEN_MUGSTORE", "notion": "NOTION_KEY_ALLOTMENT", "linear": "LINEAR_KEY_RENOVATION",
         "google_oauth": "GOOGLE_CLIENT_SECRET_PHOTOS", "replicate": "REPLICATE_KEY_GLAZES"}

SPOTS = [  # where any key is seen, under its variable's name
    "cat .envrc (direnv): export «n»=«v»",
    "mise.toml opened in Helix: [env] «n» = \"«v»\"",
    "Meta glasses photo of the monitor, OCR: «n»=«v» (the cursor blinking after it)",
    "Signal · «u»: here's the key you asked for, «v», it's the staging one",
    "Obsidian daily note · replaced «n» with «v» after the leak",
    "$ render env set «n»=«v» --service kiln-worker",
    "Otter.ai transcript, pairing session: …so paste «n», it's «v», wait, that's the live one…",
    "| Variable | Value |\n| «n» | «v» |",
    "Jupyter cell output, printed by a debug line: «n» → «v»",
    "$ gh secret set «n» --body \"«v»\" --repo «u»/kiln-log",
    "Windows Terminal history: setx «n» «v»",
    "Google Chat · «u»: rotate «n» please, «v» was in yesterday's screen share",
    "Apple Notes · 'dev stuff' · «n» «v»",
    "$ fly secrets set «n»=«v» --app pottery-bot",
    "Doppler dashboard › kiln-api › prd › «n» = «v»",
    "Rider › Run configuration › Environment: «n»=«v»",
    "Email to «u», subject 'for the demo only': «n» = «v»",
    "Marker on the glass door of the makerspace, read by the glasses: «n» «v» (wipe me!)",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Shared Colab from the pottery club's glaze-calculator project, third cell: llm = OpenAI(api_key=\"«v»\", timeout=30)",
               "Open WebUI › Settings › Connections › OpenAI API key «v»"],
    "anthropic": ["Zed assistant panel, settings.json in the screen recording: \"anthropic\": { \"api_key\": \"«v»\" }"],
    "github_classic": ["$ git push https://«u»:«v»@github.com/«u»/kiln-log.git HEAD:main  # pasted from the wiki",
                       "Gitea › Migration › access token from GitHub: «v»"],
    "google_api": ["Carpool map widget, view-source in Safari: loader.load({ apiKey: \"«v»\", version: \"weekly\" })"],
    "stripe_secret": ["$ stripe balance retrieve --api-key «v» | grep available"],
    "huggingface": ["$ HF_TOKEN=«v» python train_glaze_classifier.py --push-to-hub"],
    "jwt": ["HTTPie desktop › kiln-api › Headers › Authorization: Bearer «v»", "Edge network tab copied as cURL for the bug report: -b 'kw_session=«v»'"],
    "slack_bot": ["Home Assistant notify config: slack: api_key: «v»"],
    "telegram_bot": ["Greenhouse Pi, crontab -l: */10 * * * * python3 soil.py --bot-token «v» --chat -1001"],
    "pypi": ["~/.config/uv/publish-note.txt for glazecalc releases: token «v»"],
    "gitlab": ["Renovate bot config.js on the home server, the GitLab platform block: token: '«v»', endpoint: 'https://gitlab.com/api/v4/'"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Proxmox › Datacenter › Notifications › webhook target for the tenants' Slack: «v»",
                      "kiln-temp.sh, the alert line: curl -X POST -d '{\"text\":\"kiln over 1250C\"}' «v»"],
    "discord_webhook": ["Home Assistant automation YAML for the clay club's Discord (kiln done alert): url: «v»",
                        "Photo of the laptop at the pottery market stall, OCR: DISCORD_HOOK=«v»"],
    "discord_bot": ["Pterodactyl panel › clay-club-bot › Startup › BOT TOKEN «v»", "clay-club-bot/index.js pasted on a forum: client.login(\"«v»\")"],
    "private_key": ["service-account.json attached in a Signal chat by «u»: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Otter.ai note: «u» read out the server key… saved as «v»"],
    "basic_auth": ["Kavita reader app on the tablet, advanced → custom header saved: Authorization = Basic «v»",
                   "nginx site config (less): proxy_set_header Authorization \"Basic «v»\";"],
    "aws": ["Photo of the notebook by the NAS: AWS key «a» / secret «b»",
            "rclone config wizard on the old NAS, step 4 of 9: access_key_id> «a» secret_access_key> «b»",
            "Text to my brother about the Glacier backups: id «a», secret «b», please delete"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
