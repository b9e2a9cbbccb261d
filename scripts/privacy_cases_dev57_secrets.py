"""API keys and tokens of the dev57 privacy set (``privacy_cases_dev57.py``), where a personal
agent's sensors meet them: the spots people paste them in (a nalbinding guild's pattern shop, a gateball
club's score board app, a tool library's loan tracker, a mobile vet's route planner, a night ferry's
crew roster bot, a mountain hut's booking sync, a community fridge's rota reminder), under this set's
own variable names, as often as a personal agent's user meets them (OpenAI's most, then GitHub's,
Anthropic's, AWS's, Google's, Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two
dozen others). The keys are made as their issuers shape them by privacy_key_makers.keys with dev19's
session_jwt() and basic() and this set's issuers and Basic users."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://login.toollibrary-coop.org", "https://auth.gateballfriends.net", "https://id.hutwardens.eu"]
BASIC_USERS = ["loan_desk_bot", "vanroute_sync", "hutbook_relay", "fridge_rota", "stitchshop_api", "ferry_roster"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "LOANDESK_OPENAI_SECRET", "github_classic": "STITCHSHOP_GH_TOKEN", "anthropic": "VANROUTE_CLAUDE_KEY",
         "google_api": "HUTMAP_GOOGLE_KEY", "stripe_secret": "GUILD_STRIPE_RESTRICTED", "jwt": "ROSTER_SESSION_JWT",
         "huggingface": "FRIDGE_HF_READ_TOKEN", "slack_bot": "CREWMESS_SLACK_BOT", "github_fine_grained": "GATEBOARD_GH_PAT",
         "openrouter": "VETNOTES_OPENROUTER_KEY", "groq": "HUTBOT_GROQ_KEY", "gitlab": "LOANS_GITLAB_PAT",
         "npm": "STITCHKIT_NPM_AUTH", "pypi": "GATEBALL_PYPI_UPLOAD", "telegram_bot": "FRIDGE_TG_BOT_TOKEN",
         "discord_bot": "FERRYCREW_DISCORD_BOT", "digitalocean": "HUTSYNC_DO_TOKEN", "shopify": "WOOLSHOP_ADMIN_TOKEN",
         "notion": "FRIDGESHIFT_NOTION_KEY", "linear": "TOOLREPAIR_LINEAR_KEY", "google_oauth": "VANCAL_OAUTH_SECRET",
         "replicate": "PATTERNGEN_REPLICATE_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "Pasted into the loan desk's group chat by mistake at 11pm, please rotate: «n»=«v»",
    "From the guild laptop's ~/.config/fish/config.fish, last line: set -gx «n» «v»",
    "The van's tablet runs a little route script; its unit file has Environment=\"«n»=«v»\" under [Service]",
    "Screenshot from the hut booking sync's admin page, which the warden sent to the whole valley group by mistake: «n» «v»",
    "The warden's nushell env file for the hut's booking sync, line 12: $env.«n» = \"«v»\"",
    "I keep the fridge rota bot's key in a sticky note for now: «n» -> «v»",
    "export «n»='«v»' is at the bottom of the ferry roster box's .bashrc",
    "docker run -e «n»=«v» gateboard:latest, copied from the club treasurer's terminal",
    "The stitch shop repo's .envrc (direnv) says: export «n»=«v»",
    "«n» = \"«v»\" in terraform.tfvars for the tool library's little server, not committed I hope",
    "In the Dockerfile of the vet notes app: ENV «n»=«v»",
    "Voice note transcript: ok the key for the pattern generator is «v», the variable is called «n»",
    "set «n»=«v» (cmd window on the hut's old PC, from the setup notes)",
    "Gateboard runs on the club member's home cluster; his setup notes have the secret created from the literal «n»=«v»",
    "The cron line on the fridge Pi: */15 * * * * «n»=«v» /home/pi/rota/remind.sh",
    "Apps Script properties for the guild sheet: «n» | «v»",
    "In the ferry crew's config.toml: [bot]\n«n» = \"«v»\"",
    "$Env:«n» = \"«v»\"  (from the loan desk PC's profile, pasted in the helpdesk ticket)",
    "«v» is the value of «n» the vet's nephew set up, he says it should be in a vault",
    "Sent me the creds on a postcard (really): «n»=«v»",
    "Gateball scoreboard app, the debug settings the student left behind set «n» to «v» for the field map",
    "values.yaml for the hut sync: env:\n  «n»: «v»",
    "From the stitch shop's settings.py: «n» = os.getenv(\"«n»\", \"«v»\")",
    "Pinned in the fridge volunteers' tech channel: «n» «v» (read-only one, do not share)",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "overdue_letters.sh at the tool library writes the polite reminder letters by sending loan_summary.json with the bearer token «v»",
        "from openai import OpenAI\nclient = OpenAI(api_key=\"«v»\")\n# drafts the tool library's overdue notices",
    ],
    "anthropic": ["vet_route_notes.sh on the van tablet: summarises the day's farm visits by posting them with x-api-key «v» to the messages endpoint"],
    "github_classic": [
        "Guild pattern shop deploy notes, step one, cloning with the token in the URL: https://«v»@github.com/nalbinders-guild/pattern-shop",
        "The gateball club's scoring repo stopped syncing, so the grandson logged the laptop in again with the token «v» via the command line",
    ],
    "google_api": ["The hut's website shows its trail map through a static map image whose link ends with the key «v», visible to anyone viewing source"],
    "stripe_secret": ["Guild wool shop sales check, from the treasurer's notebook: the restricted payments key «v» only reads charges"],
    "huggingface": ["HfApi(token=\"«v»\").list_models(author=\"fridge-rota\")"],
    "jwt": [
        "Cookie: roster_session=«v»; Path=/; HttpOnly (copied from the ferry crew portal's dev tools)",
        "Authorization: Bearer «v» on the gateboard API call that returns the draw",
    ],
    "slack_bot": ["client = WebClient(token=\"«v»\")  # posts crossing delays to #crew-room"],
    "telegram_bot": ["Restock reminder for the fridge volunteers goes out from a little phone bot whose token is «v», says the rota sheet"],
    "pypi": ["[pypi]\nusername = __token__\npassword = «v»\n(that is the gateball scoring package's ~/.pypirc)"],
    "gitlab": ["The tool library's loan tracker mirror pushes to our code host with the token «v», which Priya pasted in the volunteers' wiki"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "Hut sync alert hook, posts when a booking fails: «v»",
        "The fridge thermometer script shouts into the volunteers' channel when it gets warm, posting to «v»",
    ],
    "discord_webhook": [
        "Gateball results webhook for the club server: «v»",
        "The guild's pattern-of-the-week bot posts through «v» every Sunday morning",
    ],
    "discord_bot": [
        "The ferry crew's shift swap bot, last line of bot.py before the deckhand left: client.run(\"«v»\")",
        "Bot token for the tool library's reservation bot, reset after the leak: «v»",
    ],
    "private_key": [
        "The vet van's router backup had this in it:\n«v»",
        "The hut calendar sync's credentials file (hutcal-sync.json), which someone mailed round: {\"client_email\": \"hutcal@sync\", \"private_key\": \"«v»\"}",
    ],
    "basic_auth": [
        "The hut's booking relay pulls tomorrow's arrivals with header Authorization: Basic «v» from the valley office",
        "The fridge sensor posts with header Authorization: Basic «v» every ten minutes",
    ],
    "aws": [
        "Nalbinding guild's PDF patterns sit in a storage bucket; the treasurer photographed her laptop's profile [guildshop] with key id «a» and secret «b»",
        "Nightly copy of the scanned gateball scorecards, from the club treasurer's crontab: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» ./upload-cards.sh",
        "Tool library catalogue backups to cloud storage every Sunday, the volunteer wrote the key pair on the inside of the cupboard: «a» with «b»",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "NL"]
