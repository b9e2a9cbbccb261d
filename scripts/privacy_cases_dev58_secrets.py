"""API keys and tokens of the dev58 privacy set (``privacy_cases_dev58.py``), where a personal
agent's sensors meet them: the spots people paste them in (a tenkara club's river-level notifier, a
canicross club's race timing page, a school crossing patrol's rota sheet, a meals-on-wheels round's
route sorter, a hedgehog rescue's intake log, a ski patrol's avalanche bulletin relay), under this
set's own variable names, as often as a personal agent's user meets them (OpenAI's most, then
GitHub's, Anthropic's, AWS's, Google's, Stripe's, a session JWT, Hugging Face's and Slack's, and now
and then two dozen others). The keys are made as their issuers shape them by privacy_key_makers.keys
with dev19's session_jwt() and basic() and this set's issuers and Basic users."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://auth.riverlevel-tenkara.club", "https://id.harnessandline-canicross.org", "https://login.hotdinner-round.org"]
BASIC_USERS = ["hoglet_intake", "lollipop_rota", "pisteboss", "dinner_sorter", "rodline_club", "bungee_lead"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "HOGLOG_OPENAI_SECRET", "github_classic": "TIPPET_GH_CLASSIC", "anthropic": "PISTE_CLAUDE_KEY",
         "google_api": "ROUNDMAP_GKEY", "stripe_secret": "HARNESS_ENTRY_STRIPE_SK", "jwt": "DINNERS_API_JWT",
         "huggingface": "HOGWEIGHT_HF_READ", "slack_bot": "PATROLHUT_SLACKBOT", "github_fine_grained": "LOLLIPOP_FG_PAT",
         "openrouter": "BULLETIN_OPENROUTER", "groq": "KEBARI_GROQ", "gitlab": "MUSHER_GITLAB_TOKEN",
         "npm": "TIMINGCHIP_NPM_TOKEN", "pypi": "RIVERGAUGE_PYPI_UPLOAD", "telegram_bot": "HOGLINE_TG_TOKEN",
         "discord_bot": "SKIPATROL_DISCORD_TOKEN", "digitalocean": "MEALROUTE_DO_PAT", "shopify": "HARNESS_SHOP_ADMIN",
         "notion": "CROSSING_NOTION_SECRET", "linear": "RESCUE_LINEAR_API", "google_oauth": "ROTA_OAUTH_SECRET",
         "replicate": "SNOWPIT_REPLICATE_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Hedgehog rescue laptop, the intake script Marnie runs every morning, top of the file: «n» = \"«v»\"",
    "Pasted into the tenkara club group chat by mistake at 6 a.m. from the riverbank, deleted a minute later: «n»=«v»",
    "Ski patrol relay box /etc/default/bulletin-relay (the one that posts the avalanche level to the hut screen): «n»=«v»",
    "Photo of the sticky note on the meals-on-wheels office monitor, under 'do not touch': «n» «v»",
    "Canicross timing page, Netlify environment variables panel, the row Dev added before the Sunday race: «n» | «v»",
    "crossing-rota/.envrc (school patrol rota sheet sync, Jan's laptop): export «n»='«v»'",
    "PowerShell on the rescue's donated PC: $env:«n» = '«v»'; .\\weigh_hoglets.ps1",
    "fish config on the gauge Pi for the river alert: set -gx «n» «v»",
    "Patrol hut screen repo, docker-compose.override.yml that got committed: - «n»=«v»",
    "Meals round sorter, app.json in the Heroku-style deploy button: \"«n»\": {\"value\": \"«v»\"}",
    "The dinner route script's Jupyter notebook, cell 2, still holding it: os.environ['«n»'] = '«v»'",
    "«v» — that's the value of «n», the timing volunteer typed it into the club forum when asking why the upload fails",
    "Harness shop's Ansible vault that was never encrypted, group_vars/all.yml: «n»: \"«v»\"",
    "Rescue's Raspberry Pi camera in the hoglet pen, /boot/firmware/user-data (cloud-init): write_files content «n»=«v»",
    "tenkara-gauge Makefile, deploy target: «n»=«v» ./post_levels",
    "Lollipop lady rota bot, Procfile-side .env on the Fly machine: «n»=«v»",
    "Supervisor program block for the bulletin relay: environment=«n»=\"«v»\"",
    "Ski patrol Android tablet, Termux ~/.profile so the snow-pit bot starts on boot: «n»=«v»",
    "«v» is the «n» our treasurer keeps in the spreadsheet's hidden tab called keys",
    "Canicross results repo, Justfile at the top: export «n» := \"«v»\"",
    "Meals-on-wheels driver app, the Expo eas.json build profile env block: \"«n»\": \"«v»\"",
    "River level notifier, launchd plist on the club secretary's Mac, EnvironmentVariables: «n» «v»",
    "Hedgehog weight tracker, Deno deploy env screenshot sent to the group, two rows: «n» and «n» both set to «v»",
    "The crossing patrol rota macro in LibreOffice Basic, first line of the module: Const «n» = \"«v»\"",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "Hoglet intake notes summariser Marnie hacked together after midnight, weigh_notes.py line 4: llm = OpenAI(api_key=\"«v»\")  # TODO env",
        "Ski patrol's bulletin summariser, llm CLI: llm keys set openai and then pasted «v» into the chat by mistake instead of the prompt",
    ],
    "anthropic": ["Meals round sorter, the Node script the volunteer wrote: const claude = new Anthropic({ apiKey: \"«v»\" }) // asks for route order"],
    "github_classic": [
        "Race-day results push from the finish tent kept failing so Dev pasted the whole .git/config remote into chat: url = https://«v»@github.com/harnessline/results",
        "Tenkara club pattern archive, the README step someone filled in for real: gh auth login --with-token <<< «v»",
    ],
    "google_api": ["Dinner drivers' round planner page, the Places autocomplete snippet the grandson added: loader = new Loader({ apiKey: \"«v»\", libraries: ['places'] })"],
    "stripe_secret": ["Canicross race entry form backend, server.js line 3: const stripe = require('stripe')('«v»'); // entry fees"],
    "huggingface": ["Hoglet photo classifier notebook: login(token=\"«v»\")"],
    "jwt": [
        "Dinner round app, request copied from the browser devtools when the route list would not load: Authorization: Bearer «v»",
        "Crossing rota API, the cookie Jan pasted into the bug report: rota_session=«v»; Path=/; HttpOnly",
    ],
    "slack_bot": ["Ski patrol slack bridge, bolt app init: app = App(token=\"«v»\", signing_secret=os.environ['SIGNING'])"],
    "telegram_bot": ["Tenkara club gauge watcher, python-telegram-bot line the secretary shared: Application.builder().token(\"«v»\").build()  # posts when the weir rises"],
    "pypi": ["Rivergauge package release, ~/.config/uv/credentials pasted into chat by the club webmaster: UV_PUBLISH_TOKEN=«v»"],
    "gitlab": ["Musher results mirror on the self-hosted git, clone command from the timing volunteer's notes: git clone https://oauth2:«v»@git.harnessline.club/results/2027.git"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "Avalanche danger level poster on the patrol Pi, the Node-RED http request node's URL field in the screenshot: «v»",
        "Meals round 'driver is late' button, the Google Apps Script: UrlFetchApp.fetch('«v»', {method: 'post', payload: msg})",
    ],
    "discord_webhook": [
        "Canicross club results announcer, Home Assistant rest_command url: «v»",
        "Hedgehog rescue feeding reminder, the shell one-liner on the volunteer's laptop: http POST «v» content='feed pen 3'",
    ],
    "discord_bot": [
        "Ski patrol discord bot, index.ts at the bottom, committed by the trainee: client.login('«v»');",
        "Tenkara club fly-of-the-week bot, systemd drop-in override.conf: Environment=BOT_TOKEN=«v»",
    ],
    "private_key": [
        "Lollipop rota Google Sheet sync, the creds file Jan attached to the email asking why it stopped: rota-sync-creds.json {\"private_key\": \"«v»\"}",
        "Patrol hut Pi, the SSH key for the bulletin relay, typed into the Obsidian vault note 'if Tomas is on the hill': «v»",
    ],
    "basic_auth": [
        "Hedgehog intake form webhook test, curl -v output the volunteer posted: > Authorization: Basic «v»",
        "Canicross timing mat reader, its uploader.ini: auth_header = Basic «v»",
    ],
    "aws": [
        "Meals-on-wheels route photos bucket, the rclone.conf someone printed for the office binder: [dinners] type = s3 access_key_id = «a» secret_access_key = «b»",
        "Ski patrol snow-pit photo archive, the Terraform provider block committed by a summer volunteer: access_key = \"«a»\" secret_key = \"«b»\"",
        "Tenkara club video uploads, the Windows cmd window Theo photographed: set AWS_ACCESS_KEY_ID=«a» && set AWS_SECRET_ACCESS_KEY=«b»",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "NL"]
