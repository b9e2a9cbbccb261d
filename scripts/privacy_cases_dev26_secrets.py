"""Keys and tokens for the dev26 privacy set (``privacy_cases_dev26.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: VS Code's
tasks.json, a Jenkinsfile, skaffold.yaml, a kustomization's secretGenerator, a Nomad job, a
helmfile, Azure Pipelines variables, a Deno Deploy dashboard, Dokploy's env panel, a Hoppscotch
environment, Hammerspoon, a WezTerm and a Ghostty pane, a Humane pin's transcript, an Echo Show,
SimpleX and Briar messages, a copied spreadsheet row, photos of screens, request headers, URLs and
SDK calls. ``«n»`` is the
variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user
name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://sso.marverlane.glass", "https://auth.cantlebrook-saddlery.net", "https://id.pontilhill.coop"]
BASIC_USERS = ["grocyshelver", "homeboxcounter", "shiorikeeper", "mealiecook", "wallabagreader", "kanboardplanner"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_KILNLOG", "github_classic": "GITHUB_PAT_MARVERBENCH", "anthropic": "ANTHROPIC_KEY_PUNTYDESK",
         "google_api": "GMAPS_KEY_SKISCHOOL", "stripe_secret": "STRIPE_LIVE_SADDLESHOP", "jwt": "CANTLE_SESSION_JWT", "huggingface": "HF_TOKEN_GLASSGRADER",
         "slack_bot": "SLACK_BOT_FURNACEROW", "github_fine_grained": "GITHUB_FG_PAT_STIRRUPSYNC", "openrouter": "OPENROUTER_KEY_LATIGO",
         "groq": "GROQ_KEY_ANNEALER", "gitlab": "GITLAB_TOKEN_BRIDLEWORKS", "npm": "NPM_PUBLISH_CULLETUI", "pypi": "PYPI_TOKEN_PARISONLIB",
         "telegram_bot": "TELEGRAM_BOT_FURNACETEMP", "discord_bot": "DISCORD_TOKEN_TACKROOM", "digitalocean": "DO_TOKEN_EVCHARGER",
         "shopify": "SHOPIFY_TOKEN_CONCHOSHOP", "notion": "NOTION_KEY_TATTOOBOOKINGS", "linear": "LINEAR_KEY_SKIPASS",
         "google_oauth": "GOOGLE_CLIENT_SECRET_PETCAM", "replicate": "REPLICATE_KEY_MILLEFIORI"}

SPOTS = [  # where any key is seen, under its variable's name
    ".vscode/tasks.json in the kiln-log repo, under options.env: \"«n»\": \"«v»\"",
    "Jenkinsfile in the review, environment block: «n» = '«v»'",
    "skaffold.yaml pasted into the issue, the build env: - name: «n» value: «v»",
    "kustomization.yaml committed by mistake, secretGenerator literals: - «n»=«v»",
    "Echo Show's shopping-list card, somebody dictated into it: «n» «v»",
    "SimpleX message from «u»: the saddle-shop bot's key is «v», production, keep it out of the group",
    "Humane pin transcript of the debugging call: …so «n» is «v», I'll read it once more…",
    "Nomad job file on the projector: env { «n» = \"«v»\" }",
    "helmfile.yaml pasted in the chat, the release values: «n»: «v»",
    "Row copied from the 'studio services' sheet: «n» | «v» | renew in March",
    "Hoppscotch environment exported to the team drive: «n» = «v»",
    "WezTerm pane in the screencast: «n»=«v» deno task start",
    "Azure Pipelines variables copied into the ticket: «n»: «v»",
    "Hammerspoon init.lua shared by «u»: hs.settings.set('«n»', '«v»')",
    "Dokploy environment tab photographed on the studio laptop: «n»=«v»",
    "Briar message to «u», 'keys for the ski-pass kiosk': «n» → «v»",
    "Deno Deploy dashboard screenshot, the env row: «n» «v»",
    "Ghostty pane left open in the screen recording: «n»=«v» bun run dev",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Kiln-log summariser, app.py in the screenshot: llm = OpenAI(api_key='«v»', timeout=30)",
               "LM Studio's remote-provider settings, the key field filled in before the recording: «v»"],
    "anthropic": ["Cloudflare Worker for the saddle-fitting chat: const client = new Anthropic({ apiKey: '«v»' });"],
    "github_classic": ["$ git clone https://«u»:«v»@github.com/«u»/furnace-temps.git",
                       "Termius snippet photographed over a shoulder, the token in it: «v»"],
    "google_api": ["Ski-school map widget, view-source on the stream: <script src=\"https://maps.googleapis.com/maps/api/js?key=«v»&callback=initMap\"></script>"],
    "stripe_secret": ["Saddle-shop webhook handler posted in a gist: const stripe = require('stripe')('«v»');"],
    "huggingface": ["$ HF_HUB_ENABLE_HF_TRANSFER=1 huggingface-cli download glass-grader/vit --token «v»"],
    "jwt": ["Cantle API request in the bug tracker: http GET https://cantle.lan/api/orders 'Authorization: Bearer «v»'",
            "Firefox storage inspector, cookie row copied: cantle_session=«v»"],
    "slack_bot": ["Keyboard Maestro macro that posts to the furnace-row Slack, its bot token «v»"],
    "telegram_bot": ["ESP32 sketch for the annealer alarm: #define BOT_TOKEN \"«v»\""],
    "pypi": ["Makefile's release target on the shared screen: twine upload --username __token__ --password «v» dist/*"],
    "gitlab": ["Dagger pipeline in the bridle-works repo: dag.set_secret('gitlab', '«v»')"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["annealer_watch.sh, sent to me on SimpleX to review: curl -X POST -d @msg.json «v»",
                      "Grafana contact point, photographed on the studio wall screen: webhook URL «v»"],
    "discord_webhook": ["Petcube app, 'notify my server' field: «v»",
                        "0x0.st paste of the kiln script: DISCORD_HOOK=«v»"],
    "discord_bot": ["Dokploy › tack-room-bot › environment › DISCORD_TOKEN «v»", "tackroom-bot/main.py in the gist: bot.run('«v»')"],
    "private_key": ["Service-account JSON «u» dropped into the studio's Briar group: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Echo Show's notes card, «u» pasted the server's deploy key there: «v»"],
    "basic_auth": ["Scriptable widget shared from the iPad, request headers: Authorization: Basic «v»",
                   "Glitch project's .env panel, the header the proxy adds: Authorization=Basic «v»"],
    "aws": ["Glass studio's insurance photo of the office, the monitor shows: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»",
            "Humane pin transcript: key ID «a», secret key «b», that's for the saddle-scan bucket",
            "SimpleX message to my brother about the kiln backups: access key «a», secret «b», rotate it next week"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
