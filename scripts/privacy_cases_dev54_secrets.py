"""The dev54 set's keys (issue 50): where each is seen (a kendama club's scoreboard scripts, a
bossaball league's booking bot, a ropeway crew's telemetry, a seed library's catalogue, a piano tuner's
round planner), under its variable's names, its JWT issuers and Basic users; the keys themselves are
made by privacy_key_makers.keys with dev19's session_jwt() and basic()."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "SECRET_REGIONS", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://login.kendama-jam.example", "https://auth.bossaball-liga.example.br", "https://sso.ropeway-crew.example.at"]
BASIC_USERS = ["tamaflip", "courtpump", "cabinsix", "seedswap", "tunerround", "stallqueue"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "KDM_TRICK_COACH_OPENAI_KEY", "github_classic": "SCOREBOARD_GH_PUSH_TOKEN", "anthropic": "SEEDLIB_CLAUDE_KEY",
         "google_api": "ROPEWAY_MAPS_EMBED_KEY", "stripe_secret": "BOSSA_CUP_STRIPE_KEY", "jwt": "COURT_BOOKING_SESSION",
         "huggingface": "TRICK_CLIPS_HF_TOKEN", "slack_bot": "WARDEN_ROTA_SLACK_BOT", "github_fine_grained": "TUNER_PLANNER_GH_PAT",
         "openrouter": "STALL_MENU_OPENROUTER_KEY", "groq": "MOSHIKAME_COUNTER_GROQ", "gitlab": "CABIN_TELEMETRY_GL_TOKEN",
         "npm": "KENDAMA_WIDGETS_NPM_TOKEN", "pypi": "TIDE_GAUGE_PYPI_TOKEN", "telegram_bot": "BOSSA_SCORES_TG_TOKEN",
         "discord_bot": "JAM_SESSION_DISCORD_TOKEN", "digitalocean": "SEEDLIB_DO_TOKEN", "shopify": "KENDAMA_SHOP_ADMIN_TOKEN",
         "notion": "TUNING_LOG_NOTION_SECRET", "linear": "COURT_REPAIRS_LINEAR_KEY", "google_oauth": "ROPEWAY_OAUTH_CLIENT_SECRET",
         "replicate": "TRICK_POSTER_REPLICATE_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "kendama-scoreboard/.env.local (committed by mistake in the first PR):\n«n»=«v»",
    "Pasted into the bossaball league group chat at 1 a.m.: export «n»=«v» — sorry, wrong window",
    "ropeway-telemetry/docker-compose.override.yml (the cabin sensor collector the contractor left running in the valley-station rack)\n    environment:\n      - «n»=«v»",
    "Screenshot of the tuner's round-planner settings page, field «n»: «v»",
    "seed-catalogue/config/secrets.toml\n[api]\n«n» = \"«v»\"",
    "GitHub Actions log of the kendama widgets repo, step 'print env for debugging': «n»=«v»",
    "launch.json from the marsh warden's bird-tally project, debugging the curlew counter: \"env\": { \"«n»\": \"«v»\" }",
    "Night-market POS crontab: */5 * * * * «n»=«v» /opt/stall/sync_orders.sh",
    "kustomize edit add secret bossa-cup-scores --from-literal=«n»=«v»",
    "Notebook cell in the trick-clip analysis: os.environ[\"«n»\"] = \"«v»\"",
    "Chart values for the court-booking deployment:\nsecrets:\n  «n»: «v»",
    "Sticky note peeling off the cashier's screen at the gondola ticket hut, copied by the auditor: «n» «v»",
    "systemd unit for the moshikame counter: Environment=«n»=«v»",
    "Bossaball league's static-site host build settings, environment variable «n» set to «v»",
    "OpenTofu tfvars for the seed library: «n» = \"«v»\"",
    "Kendama club's single-board computer, /etc/profile.d/club.sh: export «n»=\"«v»\"",
    "Error report pasted into the forum by the tuner: KeyError while reading «n»; config dump shows «n»=«v»",
    "Inventory vars for the ropeway hosts, ropeway.yml:\n«n»: \"«v»\"",
    "Command prompt on the front-desk PC: set «n»=«v»",
    "Voice memo transcription from the court manager: the «n» we use is «v», put it in the password manager",
    "Dockerfile of the stall menu bot, line 14: ENV «n»=«v»",
    "Kubernetes secret decoded during the cabin telemetry outage: «n»: «v»",
    "README of the warden rota bot, 'quick start': set «n» to «v» and run make",
    "Slack DM from the league's volunteer dev: here's the «n» for staging, «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "from openai import OpenAI\nclient = OpenAI(api_key=\"«v»\")  # prototype that tells beginners which kendama trick to learn after lighthouse",
        "Shell history on the coach's laptop, line 212, right after generating flashcards about spike and lighthouse balance: OPENAI_API_KEY=«v» python coach.py --level beginner",
    ],
    "anthropic": ["client = anthropic.Anthropic(api_key=\"«v»\")  # writes germination notes for each envelope in the seed library catalogue"],
    "github_classic": [
        "git remote set-url origin https://«v»@github.com/kendama-jam/scoreboard.git   # so the board under the stage can push results between rounds",
        "gh auth login --with-token <<< «v»   # done on the club's single-board computer while the judges argued about a spike",
    ],
    "google_api": ["Brochure draft for the cable car shows a static map of pylons and stations, image URL ends with staticmap?center=Seilbahn&zoom=14&key=«v»"],
    "stripe_secret": ["stripe.api_key = \"«v»\"  # beach cup entry fees"],
    "huggingface": ["HF_TOKEN=«v» python upload_clips.py  # pose-estimation notebook that scores how clean a kendama airplane catch looks"],
    "jwt": [
        "curl -H 'Authorization: Bearer «v»' https://courts.bossaball-liga.example.br/api/bookings?beach=icarai   # checking who grabbed the Sunday inflatable",
        "Cookie copied from the booking site's devtools: court_session=«v»",
    ],
    "slack_bot": ["app = App(token=\"«v»\")  # bot that nags wardens about the dawn high-tide shift"],
    "telegram_bot": ["Referee tent script that announces each finished bossaball set to the fans' group, hardcoded: TOKEN = \"«v»\""],
    "pypi": ["Maintainer of the tide-gauge parser pasted his whole upload config into the public issue by mistake, token included: «v»"],
    "gitlab": ["git clone https://oauth2:«v»@gitlab.com/ropeway-crew/cabin-telemetry.git   # mechanic's tablet, before the rope inspection"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "curl -X POST -d '{\"text\":\"Court 2 inflatable lost pressure during the semi, pump crew to the north end\"}' «v»",
        "Warden rota alerts go to the webhook «v» (the #marsh-alerts channel)",
    ],
    "discord_webhook": [
        "JAM_WEBHOOK=«v»",
        "The kendama jam's Discord webhook for new tricks: «v»",
    ],
    "discord_bot": [
        "client.run(\"«v»\")  # bot that posts bossaball set scores from the referee tent",
        "Bot token from the Discord developer portal for the jam bot: «v»",
    ],
    "private_key": [
        "Deploy key for the ropeway telemetry box, pasted by the contractor:\n«v»",
        "seedlib-service-account.json, emailed by the volunteer who set up the germination spreadsheet sync: {\"type\": \"service_account\", \"private_key\": \"«v»\"}",
    ],
    "basic_auth": [
        "curl -H 'Authorization: Basic «v»' https://tuning-bookings.example.org/api/visits?week=next   # the tuner's round planner, pulling which parishes have uprights due",
        "Line from the night-market order queue's proxy log, pasted into the bug report about vanishing bao orders: Proxy-Authorization: Basic «v»",
    ],
    "aws": [
        "~/.aws/credentials on the scoreboard board that uploads trick clips after each kendama round\n[kendama]\naws_access_key_id = «a»\naws_secret_access_key = «b»",
        "AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» aws s3 sync ./clips s3://kendama-trick-clips",
        "Ropeway backups: access key «a», secret «b», region eu-central-1",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "NL"]
