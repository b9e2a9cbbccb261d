"""Secrets of the dev73 privacy set (``privacy_cases_dev73.py``): API keys and tokens where a
personal agent's sensors meet them: the spots people paste them in (a pilot gig rowing club's crew
rota bot, a kite flyers' terrace group's Uttarayan spool orders, a roller derby league's bout
scoreboard, a bathtub racing society's harbour course tracker, a swimrun race's island checkpoint
app, a coal carrying race's sack weigh-in sheet), in their variables' names (this set's own), and
a few formats only in their own tool's words. Every key is made by the shared makers
(``privacy_key_makers.keys``) in the shape its issuer documents, with this set's JWT issuers and
Basic credential users (dev19's ``session_jwt`` and ``basic``)."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://auth.penwith-gigrowers.app", "https://id.kaipoche-terrace.in",
           "https://sso.brackenfold-jammers.dev"]
BASIC_USERS = ["rsshubcrier", "lobechatdesk", "khojsifter", "comfynoder", "spliitpurse", "archiveboxhoard"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "GIGLOG_OPENAI_KEY", "github_classic": "TUBRACE_GH_TOKEN", "anthropic": "PATANG_CLAUDE_KEY",
         "google_api": "SKERRY_MAPS_KEY", "stripe_secret": "JAMFEST_STRIPE_SK", "jwt": "COALRACE_SESSION",
         "huggingface": "KITECUT_HF_TOKEN", "slack_bot": "GIGCLUB_SLACK_BOT", "github_fine_grained": "BOUTSHEET_GH_PAT",
         "openrouter": "TUBFLEET_OPENROUTER", "groq": "RINKSIDE_GROQ_KEY", "gitlab": "SWIMRUN_GITLAB_PAT",
         "npm": "MANJA_NPM_TOKEN", "pypi": "COXBOX_PYPI_TOKEN", "telegram_bot": "SACKRACE_TG_BOT",
         "discord_bot": "JAMMERS_DISCORD_BOT", "digitalocean": "HARBOUR_DO_TOKEN", "shopify": "TERRACE_SHOP_TOKEN",
         "notion": "SLIPWAY_NOTION_KEY", "linear": "TRACKSIDE_LINEAR_KEY", "google_oauth": "WETSUIT_OAUTH_SECRET",
         "replicate": "CHARKHI_REPLICATE_KEY"}

SPOTS = [  # where any key is seen, under its variable's name
    "Cox of the Newquay six pasted the crew rota bot's env into the club chat by accident: «n»=«v» (delete before the juniors see it)",
    "terrace group, uncle's spool order script stopped so I set it again on the rooftop laptop: export «n»=«v»",
    "Scoreboard laptop at the bout, the penalty box volunteer read out from the README: «n»: «v»",
    "Harbour tub tracker, fly.io secrets set «n»=«v» --app tubrace-course, typed while the outboards warmed up",
    "Island checkpoint app build log, Vercel env line copied into the swimrun volunteers' thread: «n»=«v»",
    "Weigh-in sheet macro for the hundredweight sacks reads it from Script Properties, key «n», value «v», so don't share the sheet",
    "docker run -d --name gig-rota -e «n»=«v» ghcr.io/penwith/rota:latest   <- ran this on the boathouse Pi",
    "Kai po che! anyway the kite shop bot crashed again, .env on the server has «n»=«v» if you want to rotate it before Sankranti",
    "Derby league treasurer's note in Obsidian: «n» = «v» (bout ticket page, do not paste in Slack)",
    "GitHub Actions secret for the tub race results site, named «n», value I pasted from the old laptop: «v»",
    "Swimrun course marshal's screenshot of Railway variables: «n» «v» (the one with the island splits)",
    "coal race committee, the timing script in the Royal Oak's back room has «n»='«v»' on line 3, found it while fixing the printer",
    "In the gig club's Raspberry Pi crontab: «n»=«v» /home/pi/tides/fetch.sh >> tides.log",
    "Kubernetes secret I decoded for the jammer stats dashboard: «n»: «v»",
    "Tub society's Render dashboard, environment group 'harbour-live': «n» set to «v» last Tuesday after the capsized-tub video went viral",
    "Kite shop's order bot lives on Heroku, the nephew ran heroku config:set «n»=«v» -a kite-spools from his college laptop and then pasted the whole terminal into the family group",
    "Bout scoreboard .env.production: «n»=«v»",
    "Sent from the swimrun race director's phone while drying off after the last island: here's the key for the split-times Lambda, «n» = «v», put it in the console and I'll revoke mine once the results are up, the pull buoy photo album can wait till tomorrow",
    "Coal race's weigh-in kiosk runs as a service on the old netbook by the scales, its unit file has Environment=«n»=«v» in it, saw it when I printed the file",
    "pilot gig fixture scraper .envrc: export «n»=«v»",
    "«n»=«v» # manja order bot",
    "Voice memo from the derby bench coach, transcribed: okay so for the new scoreboard thingy the variable is «n» and the value is «v», I'm reading it off the sticky note on the track laptop, someone put it somewhere safer please",
    "tub-race-api | «n»=«v»",
    "Copied from the coal race's shared Google Doc called 'tech stuff DO NOT PRINT', under the heading for the chip timing upload: «n» → «v» (Dave set this up, ask him)",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "LobeChat settings for the gig club's tide helper, Language Model > OpenAI > API Key: «v», and Check passed",
        "Khoj admin panel, AI Model API > Add > name openai, api_key «v» (the derby league's rules bot uses it)",
        "the Uttarayan kite shop's ComfyUI node asked for an OpenAI key so I pasted «v» into the LLM node's field",
        "OpenAI dashboard just showed the new project key once for the swimrun results writer, copying it here before I lose it: «v» - Created by Syokau, permissions All",
    ],
    "anthropic": ["Tub society's LobeChat now talks to Claude too: Settings > Language Model > Anthropic > API Key «v», proxy left blank"],
    "github_classic": [
        "Personal access token (classic) for the coal race's results repo, scopes repo and workflow, expires in 90 days, the page said make sure to copy it now: «v»",
        "git clone https://«v»@github.com/penwith-gigs/crew-rota.git on the boathouse Pi",
    ],
    "google_api": ["Swimrun checkpoint map embed, Google Cloud console > Credentials > API key created for the island markers: «v», restrict it to our domain later"],
    "stripe_secret": ["Stripe dashboard > Developers > API keys > Secret key revealed for the derby league's bout ticket page: «v» (live mode, careful)"],
    "huggingface": ["ComfyUI on the kite shop's GPU box downloads the model from the Hub with HF_TOKEN, I used «v» (read only) in the Manager's token box"],
    "jwt": [
        "Roller derby scoreboard API call from the bench tablet: curl -H 'Authorization: Bearer «v»' https://scores.brackenfold-jammers.dev/api/bouts/current",
        "Browser devtools > Application > Local Storage on the gig club rota site, key auth_token = «v», that's why I stay logged in on the boathouse tablet",
    ],
    "slack_bot": ["Gig rowers' Slack: the tide-caller app I built posts the morning crew list, its bot token from the install page is «v», scope is just posting messages"],
    "telegram_bot": ["Coal race timing bot is born! BotFather replied with Done, congratulations on your new bot, and gave the token «v» for the results script"],
    "pypi": ["How the swimrun split parser got onto PyPI: the results volunteer left a pypirc in her home folder with the upload token «v» in plain text"],
    "gitlab": ["GitLab project access token for the tub race site: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "Incoming webhook for #gig-crew-rota, Slack says post to «v» and the tide bot sends the 6am crew list there",
        "Derby league Slack, #bout-day alerts webhook: «v»",
    ],
    "discord_webhook": [
        "The kite group's Discord, Server Settings > Integrations > Webhooks > Spool Orders, Copy Webhook URL gave «v»",
        "swimrun volunteers' Discord webhook for the island checkpoint alerts is «v»",
    ],
    "discord_bot": [
        "Jammer stats bot for the derby league's server stopped answering, so I hit Reset Token in the dev portal and it showed the new one just once: «v»",
        "bathtub race discord bot config.json from the commodore's laptop: {\"token\": \"«v»\", \"prefix\": \"!tub\", \"channel\": \"race-day\"}",
    ],
    "private_key": [
        "Gig club's deploy key for the tide site, pasted into our chat from ~/.ssh/id_ed25519 by mistake: «v»",
        "coal race chip timing service account coalrace-timing-4417.json, its private_key field: \"«v»\", the rest is just the client email and project id",
    ],
    "basic_auth": [
        "Nginx log from the terrace group's RSSHub box shows the kite feed being polled with Authorization: Basic «v», so that's what the phone app saved",
        "Tub race results proxy, curl the admin page like this: curl -H \"Authorization: Basic «v»\" https://results.harbourtub-society.ca/admin/heats",
    ],
    "aws": [
        "Derby league's S3 bucket for bout photos, access key «a» and secret «b» in the old rclone config on the scoreboard laptop",
        "aws configure on the swimrun race laptop, I typed AWS Access Key ID [None]: «a» then AWS Secret Access Key [None]: «b», region eu-north-1 for the island cameras",
        "Gig club's ~/.aws/credentials from the boathouse Pi, shared in the committee chat when Lowenna asked how the tide photos upload: [default] aws_access_key_id = «a» aws_secret_access_key = «b»",
        "coal race's timing uploader, the old laptop's environment: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» (IAM user coalrace-uploader)",
        "kite shop backups: key «a», secret «b»",
        "Tub society treasurer's notes app, 'AWS for the race video', ID «a», secret key «b», region ca-central-1, never email this",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
