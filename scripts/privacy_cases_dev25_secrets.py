"""Keys and tokens for the dev25 privacy set (``privacy_cases_dev25.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: a PowerShell
$PROFILE, a devcontainer.json, a Taskfile, an Earthfile and a Tiltfile, a Procfile, a flake's
shellHook, launchctl setenv, Northflank's and Kamal's secrets, Val Town, Pipedream and Windmill,
Observable notebooks, a Zellij pane, a dpaste and a termbin link, a Plaud pin's transcript, a smart
mirror, chats, a copied spreadsheet row, photos of screens, request headers, URLs and SDK calls.
``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret),
``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, discord_bot, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://login.hairspring.watch", "https://auth.anvilcroft-smithy.net", "https://idp.tourbillonwick.coop"]
BASIC_USERS = ["freshrssgleaner", "stirlingpdfclerk", "pinchflatarchiver", "tubearchivistfeed", "kometaposters", "maybefinancer"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_WATCHBENCH", "github_classic": "GITHUB_PAT_ESCAPEMENT", "anthropic": "ANTHROPIC_KEY_HAIRSPRING",
         "google_api": "GMAPS_KEY_SMITHYTOUR", "stripe_secret": "STRIPE_LIVE_STRAPSHOP", "jwt": "BEZEL_SESSION_JWT", "huggingface": "HF_TOKEN_DIALREADER",
         "slack_bot": "SLACK_BOT_ANVILYARD", "github_fine_grained": "GITHUB_FG_PAT_QUENCHROTA", "openrouter": "OPENROUTER_KEY_MAINSPRING",
         "groq": "GROQ_KEY_MOONPHASE", "gitlab": "GITLAB_TOKEN_LUGSYNC", "npm": "NPM_PUBLISH_TICKTOCKUI", "pypi": "PYPI_TOKEN_BEATRATE",
         "telegram_bot": "TELEGRAM_BOT_KILNWATCHER", "discord_bot": "DISCORD_TOKEN_FORGEMEET", "digitalocean": "DO_TOKEN_TIMEGRAPHER",
         "shopify": "SHOPIFY_TOKEN_STRAPSHOP", "notion": "NOTION_KEY_DRIVINGLESSONS", "linear": "LINEAR_KEY_WATERMETER",
         "google_oauth": "GOOGLE_CLIENT_SECRET_FEEDERCAM", "replicate": "REPLICATE_KEY_DIALRESTORE"}

SPOTS = [  # where any key is seen, under its variable's name
    "PowerShell $PROFILE shown while sharing the screen: $env:«n» = '«v»'",
    "devcontainer.json in the watch-timing repo: \"remoteEnv\": { \"«n»\": \"«v»\" }",
    "Taskfile.yml pushed by accident, under env: «n»: «v»",
    "Smart mirror's notes widget, left from the morning stand-up: «n» → «v»",
    "Beeper inbox · «u»: that key for the strap-shop bot is «v», the production one, please keep it off Slack",
    "Plaud pin transcript of the pairing session: …export «n» equals «v», spelled out…",
    "$ northflank create secret --name anvil-env --data «n»=«v»",
    "Procfile committed with the key inline: web: «n»=«v» gunicorn app:app",
    "Spreadsheet tab 'smithy services', row pasted into chat: «n» | «v» | owner: me",
    "Observable notebook cell rendered its inputs: «n» = \"«v»\"",
    "$ launchctl setenv «n» «v»  # so the menu-bar timer app sees it",
    "Zellij pane scrolled back in the recording: «n»=«v» cargo run --release",
    "dpaste link in the help channel, the pasted env: «n»=«v»",
    "flake.nix shellHook: export «n»=«v»",
    ".kamal/secrets copied into the ticket: «n»=«v»",
    "Val Town env panel screenshot, «u»'s account: «n» · «v»",
    "Email to «u», subject 'creds for the timegrapher kiosk': «n»: «v»",
    "Earthfile in the review: ENV «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Windmill script for the dial-photo captions: client = OpenAI(api_key=\"«v»\")",
               "Jan desktop app, engine settings for OpenAI, key pasted into the box: «v»"],
    "anthropic": ["Pipedream step for summarising the forge newsletter: new Anthropic({ apiKey: \"«v»\" })"],
    "github_classic": ["$ git remote set-url origin https://«u»:«v»@github.com/«u»/beat-error-logger.git",
                       "Forgejo's pull-mirror dialog, token box filled in before the screenshot: «v»"],
    "google_api": ["Smithy open-day map page, view-source in the recording: fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${q}&key=«v»`)"],
    "stripe_secret": ["Strap-shop refund script, pasted into the forum: stripe.api_key = \"«v»\"; stripe.Refund.create(charge=ch_id)"],
    "huggingface": ["$ huggingface-cli upload dial-reader ./model --token «v»"],
    "jwt": ["Bezel API call pasted into a bug report: curl -H 'Authorization: Bearer «v»' https://bezel.lan/api/watches",
            "Chrome DevTools, Application tab, the cookie row copied: bezel_sid=«v»"],
    "slack_bot": ["Activepieces Slack connection for the anvil-yard workspace, bot token «v»"],
    "telegram_bot": ["Arduino sketch for the kiln thermometer: const char* BOT_TOKEN = \"«v»\";"],
    "pypi": ["Tiltfile's release step shown on the stream: local('twine upload -u __token__ -p «v» dist/*')"],
    "gitlab": ["Huginn agent options for the lug-sync project, private_token: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["kiln_temp.py, sent to me over Signal for review: WEBHOOK = \"«v»\"  # #forge-floor",
                      "Uptime monitor's notification settings, photographed: Slack URL «v»"],
    "discord_webhook": ["Bird-feeder camera app, 'post new visitors to' field: «v»",
                        "termbin paste of the timegrapher script: HOOK=«v»"],
    "discord_bot": ["Northflank › forge-bot › env › DISCORD_TOKEN «v»", "forge-bot/index.js pasted into a forum post: client.login('«v»')"],
    "private_key": ["GCP service-account file «u» forwarded to the smithy group: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Smart mirror's notes widget, «u» pasted a deploy key there by mistake: «v»"],
    "basic_auth": ["Tasker HTTP Request action exported to XML, header Authorization: Basic «v»",
                   "Traefik middleware label in the compose file on screen: Authorization=Basic «v»"],
    "aws": ["Timegrapher bench, snapshot for insurance, accidentally shows the cloud login card: AWS_ACCESS_KEY_ID «a», AWS_SECRET_ACCESS_KEY «b»",
            "Plaud pin transcript: the access key is «a» and the secret access key is «b», read out twice",
            "Beeper message to my cousin about the smithy's S3 archive: AWS key «a», secret «b», rotate after"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
