"""Secrets of the dev68 privacy set (``privacy_cases_dev68.py``): API keys and tokens where a
personal agent's sensors meet them: the spots people paste them in (a pickleball club's ladder bot, a
quoits league's fixtures sheet, a mummers troupe's pub-tour map, a maypole dancers' ribbon-order
shop, a pancake race's heat timer, a worm charming contest's plot-count uploader), under this set's
own variable names, as often as a personal agent's user meets them (OpenAI's most, then GitHub's,
Anthropic's, AWS's, Google's, Stripe's, a session JWT, Hugging Face's and Slack's, and now and then
two dozen others). The keys are made as their issuers shape them by privacy_key_makers.keys with
dev19's session_jwt() and basic() and this set's issuers and Basic users."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://ladder.dinkline-paddlers.org", "https://fixtures.quoits-claybed.net",
           "https://heats.pancake-heats.org/auth"]
BASIC_USERS = ["dink_ladder", "claybed_fixtures", "mummer_tour", "ribbon_orders", "pancake_heats", "wormplot_counts"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "DINKLINE_OPENAI_KEY", "github_classic": "QUOITPIN_GH_TOKEN", "anthropic": "MUMMERSCRIPT_CLAUDE_KEY",
         "google_api": "PUBTOUR_MAPS_KEY", "stripe_secret": "RIBBONSHOP_STRIPE_SECRET", "jwt": "LADDER_SESSION_JWT",
         "huggingface": "WORMCOUNT_HF_TOKEN", "slack_bot": "PANCAKEHEAT_SLACK_BOT", "github_fine_grained": "CLAYBED_SITE_PAT",
         "openrouter": "KITCHENZONE_OPENROUTER_KEY", "groq": "WORMFORK_GROQ_KEY", "gitlab": "MAYPOLE_GITLAB_PAT",
         "npm": "ROUNDROBIN_NPM_TOKEN", "pypi": "PLOTJUDGE_PYPI_TOKEN", "telegram_bot": "RINGER_TG_BOT",
         "discord_bot": "DOCTORCURE_DISCORD_BOT", "digitalocean": "FLIPTIMER_DO_TOKEN", "shopify": "PADDLESHOP_SHOPIFY_TOKEN",
         "notion": "RIBBONPLAIT_NOTION_KEY", "linear": "HEATSHEET_LINEAR_KEY", "google_oauth": "HOBNAIL_OAUTH_SECRET",
         "replicate": "STJOHNSPLAY_REPLICATE_KEY"}

SPOTS = [  # where any key is seen, under its variable's name
    "Marisol, ladder bot for Tuesday's round robin at the rec centre: put «n»=«v» in the bot's env before you redeploy it",
    "quoits league treasurer, pasting into the shared notes before the away fixture at Tow Law: «n»=«v» (rotate in spring)",
    "the mummers' pub-tour map widget went blank in the Red Lion, so Gareth re-pasted «n»=«v» into the site settings on his phone",
    "maypole ribbon orders page, Railway variables tab, new entry added by the village hall committee: «n»=«v»",
    "pancake race heat timer: the laptop by the start line reads «n»=«v» from its .env, copied from the old one this morning",
    "worm charming plot counts uploader crashed at the school field; the fix was restoring «n»=«v» in config/secrets.env",
    "# dinkline courts booking helper (do not commit)\nexport «n»=«v»",
    "Kitchen-zone notes from the pickleball club's volunteer dev: «n»=«v» lives in Doppler now, this copy is only for Sunday",
    "From the quoits WhatsApp group, Jimmy's screenshot of the fixtures script's settings: «n» = «v»",
    "Mummers script assistant on the costume cupboard Pi kept saying 401 until we set «n»=«v» in its systemd unit",
    "Harriet's docker compose for the May Day ribbon web shop on the hall NUC, under environment, the line she added: - «n»=«v»",
    "«n»: «v»  # pancake race scoreboard, Shrove Tuesday",
    "set «n» to «v» before the worm plots app starts",
    "Heat sheet generator (the pancake one) needs «n» exported: «v», ask Rhiannon if it expires before Lent",
    "Pickleball club GitHub Actions secret pasted by mistake into the issue about the DUPR import: «n»=«v»",
    "Maypole practice booking form on Netlify, env var set by the churchwarden's nephew at half nine last night: «n»=«v»",
    "the worm charming judges' tablet has a .env on its SD card with «n»=«v» on the third line, Alan photographed it",
    "Clay-bed rota script for the quoits pitch at the Plough, Heroku config: «n»=«v» (the old pitch sheet used the same one)",
    "Paddle shop sync (club kit orders) keeps its key in a Fly.io secret: «n»=«v»",
    "mummers troupe's Cloudflare Worker for the Boxing Day tour page: wrangler secret put «n», value «v»",
    "Round robin draw script, Tuesday ladder: «n»=«v», paste into the Replit secrets pane, not the code",
    "From the pancake race charity's volunteer laptop, .bashrc tail: export «n»=«v»",
    "Pitch-side quoits scoring page on Vercel, env «n» set to «v» by the league's secretary",
    "wormcharm-upload/.env\n«n»=«v»\nPLOTS=240",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "The maypole dance caller bot on the hall's laptop says: OpenAI API key (starts with sk-) «v», set in the settings tab",
        "pickleball ladder summaries, OpenAI dashboard copy for Wednesday's committee:\n"
        "secret key «v» (named 'ladder-recap')",
    ],
    "anthropic": ["Mummers play rewrite helper, Anthropic console key for Joe's laptop: «v»"],
    "github_classic": [
        "Quoits league results repo, personal access token (classic) with repo scope for Derek:\n"
        "«v»",
        "pancake race results site deploy token (GitHub classic, no expiry, please fix before Lent): «v»",
    ],
    "google_api": ["Mummers pub tour map, Google Cloud credentials page, the key restricted to the\n"
                   "tour website: «v»"],
    "stripe_secret": ["Ribbon shop checkout (Stripe live mode secret, from the maypole committee's dashboard): «v»"],
    "huggingface": ["Worm plot photo counter model pull token from Hugging Face settings for the judges' tablet: «v»"],
    "jwt": [
        "curl to the pickleball ladder API with the session copied from devtools: -H 'Authorization: Bearer «v}'".replace("}", "»"),
        "pancake heats admin cookie when I logged in at the church hall: session=«v»",
    ],
    "slack_bot": ["Quoits league Slack app, bot user OAuth token for #away-fixtures: «v»"],
    "telegram_bot": ["BotFather gave the worm charming contest's results bot this token: «v»"],
    "pypi": ["Upload token for the maypole-ribbon-planner package (PyPI, project scope): «v»"],
    "gitlab": ["Mummers script repo on GitLab, project access token for the costume list CI: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "Quoits league Slack incoming webhook for the clay-bed watering reminders: «v»",
        "pickleball round robin results post to #ladder through «v» every Thursday night",
    ],
    "discord_webhook": [
        "mummers discord hook: «v»",
        "Pancake race Discord channel webhook the timer posts heat winners to at the market square: «v»",
    ],
    "discord_bot": [
        "Worm charming contest's Discord bot (counts the plots' tallies on command), token: «v»",
        "Maypole practice reminder bot on the dancers' Discord server, Bot token for the hall laptop: «v»",
    ],
    "private_key": [
        "Maypole ribbon shop's stock-sync service account file that Terry emailed to the whole committee by mistake: «v»",
        "Quoits fixtures sheet sync account for the league's Google Sheet, key file contents as pasted: «v»",
    ],
    "basic_auth": [
        "Pickleball club court cameras behind nginx, curl the snapshot with -H 'Authorization: «v}'".replace("}", "»"),
        "the pancake race photo uploader in the church hall posts with the header Authorization: «v» (from Huw's script)",
    ],
    "aws": [
        "Worm charming photo bucket on S3 for the judges, from the committee's password sheet: key id «a», secret «b»",
        "St George play costume Pi, Rowan's notes on the hobby-horse backup job, ~/.aws/credentials as it stands:\n"
        "[mummers]\naws_access_key_id = «a»\naws_secret_access_key = «b»",
        "AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» for the ribbons bucket",
        "Maypole festival photo backup (S3, eu-west-2) credentials set on the hall NAS by Terry: «a» / «b»",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
