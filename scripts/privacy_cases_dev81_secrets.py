"""Secrets of the dev81 privacy set (``privacy_cases_dev81.py``): API keys and tokens where a
personal agent's sensors meet them: the spots people paste them in (a coffin race's timing shed and
sign-up bot in Nederland, a kinetic sculpture pit crew's route tracker in Humboldt County, a pumpkin
regatta's weigh-off scoreboard on Lake Pisiquid, a Wattolümpiade press tent in Brunsbüttel, a danjiri
association's float-route app in Kishiwada, the Kila Raipur games' results desk, the Osun-Osogbo grove
survey, a Kaapse Klopse troupe's costume archive, a Safari Rally data desk and a Kadayawan dance crew),
spots of their own for the common formats, and the formats that only appear one way (webhooks, bot
tokens, private keys, Basic credentials, AWS key pairs). Keys are made by privacy_key_makers.keys with
this set's JWT issuers and Basic users (dev19's session_jwt and basic, imported).
"""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["BASIC_USERS", "ISSUERS", "KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key",
           "pkcs8_in_json"]

ISSUERS = ["https://auth.coffinrace-nederland.org", "https://login.kinetic-pitcrew.org",
           "https://accounts.pumpkin-paddlers.ca/realms/regatta"]
BASIC_USERS = ["weighoff-scale", "danjiri-route", "grove-survey", "klopse-archive", "rally-telemetry", "mudflat-press"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "COFFINBOT_OPENAI_KEY", "github_classic": "PITCREW_GH_TOKEN", "anthropic": "KLOPSE_CLAUDE_KEY",
         "google_api": "REGATTA_MAPS_API_KEY", "stripe_secret": "WEIGHOFF_STRIPE_KEY", "jwt": "DANJIRI_SESSION_JWT",
         "huggingface": "GROVE_HF_TOKEN", "slack_bot": "RALLY_SLACK_BOT", "github_fine_grained": "KADAYAWAN_PAT",
         "openrouter": "MUDFLAT_OPENROUTER_KEY", "groq": "RAIPUR_GROQ_KEY", "gitlab": "FLOATROUTE_GITLAB_TOKEN",
         "npm": "PUMPKIN_NPM_TOKEN", "pypi": "GLIMA_PYPI_TOKEN", "telegram_bot": "OSUN_TG_BOT",
         "discord_bot": "PATO_DISCORD_TOKEN", "digitalocean": "CARTRACE_DO_TOKEN", "shopify": "COFFIN_SHOP_TOKEN",
         "notion": "HELLSGATE_NOTION_KEY", "linear": "KINETIC_LINEAR_KEY", "google_oauth": "ARUGBA_OAUTH_SECRET",
         "replicate": "WATT_REPLICATE_TOKEN"}

SPOTS = [  # where people paste keys of any format: «n» the variable, «v» the key
    "Hershel dropped «n»=«v» into the coffin race sign-up thread instead of his DMs; the Saturday heats start "
    "soon so swap it fast",
    "pit crew tracker for the kinetic sculpture, .env on the trailer laptop in Ferndale: export «n»=\"«v»\"",
    "weigh-off scoreboard on Lake Pisiquid crashed, here's the config I used so you can reproduce it: «n»: «v»",
    "Wattolümpiade press tent, line 4 of the laptop's docker-compose override says - «n»=«v» (whoops)",
    "The danjiri route app's GitHub Actions secret, copied from the settings page for Tomoyo: «n» = «v»",
    "Kila Raipur results desk handover note, the scoring script reads «n» and it is currently «v»",
    "Osun grove survey notebook, first cell: import os; os.environ[\"«n»\"] = \"«v»\"",
    "klopse costume archive, the cron job's crontab line: «n»=«v» /opt/archive/bin/nightly-ingest",
    "Safari Rally data desk whiteboard photo, someone wrote «n» «v» under the stage times",
    "Kadayawan dance crew's TikTok scheduler, the Netlify build variable is «n» with value «v»",
    "Regatta dock, dictated over the wind and the outboard: the value for «n» is «v», Isidore typed it into his phone",
    "the coffin race live-stream overlay's settings.json has \"«n»\": \"«v»\" in plain text, Glenna found it on GitHub",
    "Kishiwada float-pullers' group chat: can someone check if «n»=«v» is still valid, the route map is blank",
    "Post-it stuck to the kinetic sculpture welder's fridge in Ferndale: «n» → «v»",
    "«n»=«v»",
    "Grove survey Jupyter server on the ranger station's NUC, systemd unit: Environment=«n»=«v»",
    "in the rally's Notion page under 'do not share': «n» «v»",
    "The Wattolümpiade shift app is deployed on Fly; Traudl ran fly secrets set «n»=«v» from the press tent and "
    "pasted the command in chat",
    "pumpkin regatta's Vercel project, copied from the dashboard: «n» | «v» | Production",
    "The pato match-score bot still runs on Heroku: heroku config:set «n»=«v» -a pato-scores-bot was in the "
    "README, yes really",
    "klopse troupe rehearsal app crashes, stack trace includes env dump: «n»=«v» PATH=/usr/local/bin",
    "coffin race ticketing Lambda, the environment tab shows «n» = «v», we should use Secrets Manager",
    "From the Kila Raipur media WhatsApp group: «n» is «v» use it for the commentary captions",
    "In the Davao hotel lobby I dictated the key to Marivel: «n», value «v», don't save it in Notes",
]

OWN_SPOTS: dict[str, list[str]] = {  # format: spots that hold that format's keys
    "openai": [
        "The coffin race's costume-judging assistant calls OpenAI with «v», "
        "budget is capped at twenty dollars a month",
        "the danjiri commentary bot has its OpenAI key «v» hard-coded, and the yarimawashi captions cost us "
        "eight dollars last night",
        "openai.OpenAI(api_key=\"«v»\") is hard-coded in the kinetic race commentary script, move it out",
        "Osun grove survey: the species-name assistant notebook "
        "has client = OpenAI(api_key='«v»') "
        "in cell 2",
    ],
    "anthropic": ["The Klopse song-lyrics translator reads ANTHROPIC_API_KEY=«v» from the laptop's .zshrc"],
    "github_classic": [
        "danjiri route repo, cloning on the festival office PC: "
        "git clone https://«v»@github.com/kishiwada-floats/route-map.git"
        " (please revoke)",
        "gh auth login --with-token <<< «v» on the regatta build box, "
        "it's a classic token with repo scope",
    ],
    "google_api": ["Lake Pisiquid course map iframe broke after the regatta site redesign; Marcelline's Maps "
                   "JavaScript key is «v», restrict it to our domain"],
    "stripe_secret": ["the weigh-off entry fee form's backend has stripe.api_key = \"«v»\" and no restrictions"],
    "huggingface": ["The Osun grove leaf classifier downloads its weights with a read token, «v», which Ekene "
                    "pasted in the field notes"],
    "jwt": [
        "Danjiri route app logs, request from the float captain's phone: "
        "Authorization: Bearer «v»",
        "kinetic pit tracker cookie pasted in the bug report: session=«v»",
    ],
    "slack_bot": ["Rally data desk Slack app, bot token for the stage-time poster: «v»"],
    "telegram_bot": ["Arugba procession updates come from our Telegram bot; its token from BotFather is «v», "
                     "keep it out of screenshots"],
    "pypi": ["the glima scoring library goes up from Dilys's laptop with a project-scoped token, «v», saved in "
             "plain text next to her notes"],
    "gitlab": ["Klopse costume scans mirror to GitLab; Liezl's push uses "
               "https://oauth2:«v»@gitlab.com/bo-kaap/klopse-scans.git, rotate after the carnival"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats that only appear in their own spots
    "slack_webhook": [
        "Rally stage-time alerts post to «v»",
        "The pumpkin regatta's capsize alarm script does curl -X POST -d '{\"text\":\"boat over\"}' «v»",
    ],
    "discord_webhook": [
        "Nederland coffin race bot posts each heat's winners and the best costume to the team Discord through «v»",
        "the Kadayawan dance crew's rehearsal reminders go out through the Discord webhook «v» every evening",
    ],
    "discord_bot": [
        "The pato club's Discord bot (the one that posts match scores) logs in with "
        "«v»",
        "Wattolümpiade helpers' Discord: client.run(\"«v»\") is still in the repo's main.py, someone rotate it",
    ],
    "private_key": [
        "Oops, Hershel dumped the whole ed25519 file from the timing shed Pi into our coffin crew group: «v»",
        "the grove survey's service account file survey-uploader.json still has \"private_key\": \"«v»\", "
        "\"token_uri\": \"https://oauth2.googleapis.com/token\"",
    ],
    "basic_auth": [
        "the regatta weigh-off scale posts its readings with the header "
        "Authorization: Basic «v»",
        "Danjiri route feed check: curl -H 'Authorization: Basic «v»' https://feed.kishiwada-floats.jp/v1/positions"
        " returns 200",
    ],
    "aws": [
        "[coffin-photos] aws_access_key_id=«a» / secret «b» — pasted from Hershel's trailer laptop so the "
        "Nederland hearse-sled pictures keep syncing",
        "kinetic race timing backup job: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» aws s3 sync ./splits "
        "s3://kinetic-splits/",
        "Klopse archive Glacier upload, key id «a» "
        "and secret «b»",
        "Rally telemetry bucket, the boto3 client is built with aws_access_key_id='«a»', aws_secret_access_key='«b»' "
        "in uploader.py",
        "the regatta's Terraform state leaked these: access_key = \"«a»\" "
        "secret_key = \"«b»\"",
        "Osun grove drone footage: the pilot app asks for an access key («a») "
        "and a secret («b») to sync to S3",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
