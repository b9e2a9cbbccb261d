"""Keys and tokens for the dev23 privacy set (``privacy_cases_dev23.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: xonsh and
elvish rc files, direnv and mise configs, Fly.io, Render and Netlify consoles, Colab and marimo
notebooks, a car's read-out messages and a pendant recorder's transcripts, chats, table rows,
photos of screens, request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the
value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.curdlebrook.app", "https://login.ashgrove-dairy.net", "https://sso.kilnbridge.coop"]
BASIC_USERS = ["tandoorrecipes", "grocyshelves", "paperlessclerk", "komgashelfreader", "wallabagsaver", "firefliiibooks"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_CURDLOG", "github_classic": "GITHUB_PAT_CAVEDIARY", "anthropic": "ANTHROPIC_KEY_RINDNOTES",
         "google_api": "GMAPS_KEY_MILKROUND", "stripe_secret": "STRIPE_LIVE_CHEESEBOX", "jwt": "CURDLOG_SESSION_JWT", "huggingface": "HF_TOKEN_MOULDSPOT",
         "slack_bot": "SLACK_BOT_DAIRYCOOP", "github_fine_grained": "GITHUB_FG_PAT_STALLROTA", "openrouter": "OPENROUTER_KEY_TUTORBOT",
         "groq": "GROQ_KEY_PENDANTNOTES", "gitlab": "GITLAB_TOKEN_CELLARSYNC", "npm": "NPM_PUBLISH_WHEYKIT", "pypi": "PYPI_TOKEN_CURDCALC",
         "telegram_bot": "TELEGRAM_BOT_CAVETEMP", "discord_bot": "DISCORD_TOKEN_CURLINGCLUB", "digitalocean": "DO_TOKEN_CAVECAM",
         "shopify": "SHOPIFY_TOKEN_CHEESEBOX", "notion": "NOTION_KEY_SCHOOLRUN", "linear": "LINEAR_KEY_ATTICREFIT",
         "google_oauth": "GOOGLE_CLIENT_SECRET_RECEIPTS", "replicate": "REPLICATE_KEY_RINDPHOTOS"}

SPOTS = [  # where any key is seen, under its variable's name
    "~/.xonshrc shown in the tutorial video: $«n» = '«v»'",
    "elvish rc.elv on the shared screen: set-env «n» «v»",
    "Glasses caught the slide at the cheese-tech meetup: «n»=«v»",
    "Threema · «u»: here's the key for the cave monitor, «v», it's the live one",
    "Obsidian page 'keys to revoke' · «n» · «v»",
    "$ fly secrets set «n»=«v» -a cave-monitor  # typed on the livestream",
    "Pendant recorder, pairing session: …so export «n», the value is «v», then restart the app…",
    "| Variable | Value |\n| «n» | «v» |",
    "Colab cell output left in the shared notebook: «n» = «v»",
    "$ netlify env:set «n» «v» --context production",
    "PowerShell history: $env:«n» = \"«v»\"",
    "Element DM · «u»: you pasted «n» in the public room, «v», rotate it now",
    "Apple Notes 'server stuff' · «n» «v»",
    "$ render env set «n»=«v» --service curd-calc",
    "direnv .envrc in the screen share: export «n»=«v»",
    "mise.toml committed by mistake, [env] section: «n» = \"«v»\"",
    "Email to «u», subject 'for Saturday's workshop': «n» = «v»",
    "marimo notebook printed its env in the shared HTML export: «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Colab notebook for the rind-mould classifier: from openai import OpenAI; client = OpenAI(api_key=\"«v»\")",
               "AnythingLLM desktop › LLM preference › OpenAI, key pasted in: «v»"],
    "anthropic": ["Glasses photo over a neighbour's shoulder on the train, the Anthropic console showing a new key: «v»"],
    "github_classic": ["$ git remote set-url origin https://«u»:«v»@github.com/«u»/cave-diary.git  # from the wiki",
                       "Forgejo repo mirror wizard, the field for a personal token from github.com filled in: «v»"],
    "google_api": ["Milk-round route planner, the page's JavaScript in the screen share: fetch(`https://routes.googleapis.com/directions/v2:computeRoutes?key=«v»`, opts)"],
    "stripe_secret": ["$ curl -s 'https://api.stripe.com/v1/balance_transactions?limit=5' -u «v»: | jq '.data[].net'  # cheese box takings"],
    "huggingface": ["$ HF_TOKEN=«v» huggingface-cli upload mouldspot ./weights"],
    "jwt": ["Cave monitor API, request copied into the issue: GET /api/readings with header Authorization: Bearer «v»",
            "Chrome DevTools › Application › Cookies, copied for the bug report: cm_session=«v»"],
    "slack_bot": ["Node-RED Slack node for the dairy co-op › Bot token «v»"],
    "telegram_bot": ["Cave thermometer sketch in PlatformIO: const char* BOT_TOKEN = \"«v»\";"],
    "pypi": ["Photo of the curdcalc release checklist, the [pypi] section of .pypirc copied under it: username = __token__ / password = «v»"],
    "gitlab": ["Drone CI secret for the cellar sync, typed into the settings page: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Healthchecks.io › Integrations › Slack for the dairy co-op › Webhook URL «v»",
                      "cave_temp.py alert: httpx.post(\"«v»\", json={\"text\": \"cave above 14C\"})"],
    "discord_webhook": ["Gatus alerting for the curling club's Discord, webhook-url: «v»",
                        "Photo of the laptop at the cheese awards, OCR: DISCORD_HOOK=«v»"],
    "discord_bot": ["Render › curling-bot › Environment › BOT_TOKEN «v»", "curling-bot/bot.py pasted on a forum: client.run(\"«v»\")"],
    "private_key": ["Firebase admin key file sent by «u» over Threema: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Pendant recorder: «u» read out the deploy key line by line… the transcript has it as «v»"],
    "basic_auth": ["Tandoor behind the reverse proxy, the phone app's extra header: Authorization: Basic «v»",
                   "nginx snippet on the stream: proxy_set_header Authorization \"Basic «v»\";"],
    "aws": ["Photo of the sticky notes on the monitor: AWS key id «a» / secret key «b»",
            "NVDA speech log while running aws configure at the cheese shop: AWS Access Key ID [None]: «a» AWS Secret Access Key [None]: «b»",
            "Threema to my brother about the cheese-shop backups: key id «a», secret «b», delete this"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
