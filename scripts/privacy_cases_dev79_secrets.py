"""Secrets of the dev79 privacy set (``privacy_cases_dev79.py``): API keys and tokens where a
personal agent's sensors meet them: the spots people paste them in (an Argungu fishing festival's
weigh-in laptop and catch leaderboard, a Naha tug-of-war rope guild's raffle app and Kumoji office, a
Markgröningen shepherds' race timing tent, a snake boat club's stroke tracker on Punnamada, an Angono
giants' workshop's order sheet, a Golden Shears tally board in Masterton, a yukigassen league's set
sheets and a birling club's pond bookings), each key's own spots, and the spots only one kind of key
takes (webhooks, bot tokens, private keys, Basic credentials, AWS pairs). Keys are made by
privacy_key_makers.keys with dev19's JWT and Basic makers and this set's issuers and users.
"""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["BASIC_USERS", "ISSUERS", "KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key",
           "pkcs8_in_json"]

ISSUERS = ["https://auth.otsunahiki-rope.jp", "https://id.masterton-shears.nz",
           "https://sso.argungu-fishers.org.ng/realms/weigh-in"]
BASIC_USERS = ["weighin_desk", "ropeguild_api", "chundan_sync", "tally_board", "snowfort_ref", "birl_booking"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "CATCH_LEADERBOARD_OPENAI", "github_classic": "ROPEGUILD_GH_TOKEN", "anthropic": "SHEARS_CLAUDE_KEY",
         "google_api": "HIGANTE_MAPS_API_KEY", "stripe_secret": "RAFFLE_STRIPE_LIVE", "jwt": "TALLYBOARD_SESSION",
         "huggingface": "STROKES_HF_TOKEN", "slack_bot": "WEIGHIN_SLACK_BOT", "github_fine_grained": "SNOWFORT_GH_PAT",
         "openrouter": "PARADE_OPENROUTER_KEY", "groq": "POND_GROQ_KEY", "gitlab": "SCHAEFERLAUF_GL_TOKEN",
         "npm": "BIRLING_NPM_TOKEN", "pypi": "TUGROPE_PYPI_TOKEN", "telegram_bot": "FISHERS_TG_BOT",
         "discord_bot": "YUKIGASSEN_DISCORD", "digitalocean": "CHUNDAN_DO_TOKEN", "shopify": "GIANTS_SHOPIFY_TOKEN",
         "notion": "SHEARS_NOTION_SECRET", "linear": "ROPEGUILD_LINEAR_API_KEY", "google_oauth": "POND_OAUTH_SECRET",
         "replicate": "PARADE_REPLICATE_TOKEN"}

SPOTS = [  # where a key is pasted, by whom
    "Pinned in the weigh-in tent's laptop notes at Argungu, so the leaderboard keeps updating while we're on the river: "
    "«n»=«v»",
    "Fuyuko sent this from the rope guild office in Kumoji for the raffle app, it goes in the server env: «n»=«v»",
    "the snake boat club's stroke tracker wants this in its .env before the heats on Punnamada: «n»=«v»",
    "Wiltrud, für das Zeitnahme-Tablet beim Schäferlauf bitte diese Zeile in die Konfig: «n»=«v»",
    "Setting this on the giants' workshop order sheet script so the Angono pre-orders sync overnight: «n»=«v»",
    "tally board at Masterton restarted, I had to paste «n»=«v» into the service file again",
    "For the yukigassen set-sheet bot, export «n»=«v» before you run it on the rink laptop",
    "Birling pond bookings went down; redeploy with «n»=«v» in the secrets tab, Lenora has the rest",
    "From Keshav's deploy note for the vanchipattu recordings site: «n»=«v», please rotate after the race",
    "CI variable for the rope guild's raffle draw, copied from the old runner: «n»=«v»",
    "Ditas pasted «n»=«v» into the parade livestream overlay config, can someone move it to the vault",
    "The Argungu catch photos uploader's systemd unit had Environment=«n»=«v» in plain text, fixing that now",
    "Tamunosiki, put «n»=«v» into the fishing festival app on the Kebbi server, not in the repo",
    "Boat club treasurer's laptop, crontab line for the oarsmen's payouts: «n»=«v» python3 payouts.py",
    "snowfort league wiki page (draft, to delete): «n»=«v»",
    "In the Schäferlauf Festzelt register script: «n»=«v», only until the evening close",
    "Shears committee Heroku-ish box, config var set this morning: «n»=«v»",
    "Angono workshop stock list for bamboo frames, paste and paint tins syncs every hour with «n»=«v»",
    "Kazunari's notebook cell for the tug-of-war crowd count model: os.environ['«n»'] = '«v»'",
    "Oops from Marlize at the Masterton stadium: «n»=«v» went into the shearers' WhatsApp instead of the vault",
    "Docker compose for the birling livestream, under environment: - «n»=«v»",
    "From the Masterton woolhandling judges' scoring app README (remove before publishing): «n»=«v»",
    "Kettelhack hat «n»=«v» ins Protokoll der Wasserträgerinnen-Sitzung kopiert",
    "Nduku's setup note for the rowing club's timing app: «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # spots only one kind of key takes
    "openai": [
        "Tamunosiki's little script that writes a funny caption under every giant catch on the Argungu leaderboard "
        "starts with: llm = OpenAI(api_key=\"«v»\", timeout=20)",
        "Shears commentary bot on the tally laptop, line 4: openai.api_key = '«v»'",
        "Python for the giants' parade captions: OpenAI(api_key='«v»').chat.completions.create(model=\"gpt-4o-mini\", ...)",
        "snowfort league's match-report summariser, in the header of the script: OPENAI_API_KEY = \"«v»\"",
    ],
    "anthropic": ["rope guild's translation helper for the tug-of-war notices: anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": [
        "Lenora set up the boathouse laptop so the reservation code pulls itself every night: "
        "git pull https://poteet:«v»@github.com/flowage-birlers/reservations main",
        "Keshav, for the chundan crew's stroke-rate dashboard the release workflow reads GH_TOKEN; on the boathouse PC "
        "I exported GH_TOKEN=«v» in the profile",
    ],
    "google_api": ["The parade marshals' phone page shows where each papier-mâché giant is along the Angono streets; its loader "
                   "calls loadGiantsMap({ mapsKey: '«v»', town: 'Angono' })"],
    "stripe_secret": ["Raffle checkout for the tug-of-war rope pieces: stripe.api_key = \"«v»\""],
    "huggingface": ["Stroke-rate model for the snake boat heats, pulled on the boathouse PC: huggingface-cli login --token «v»"],
    "jwt": [
        "Masterton tally board kept timing out mid-heat, so the volunteer pasted her login cookie into the notes: "
        "tally_session=«v»; Path=/; Secure",
        "yukigassen referee app kept logging me out; the token from local storage was «v»",
    ],
    "slack_bot": ["Weigh-in desk's Slack bot for the Argungu catch alerts: SLACK_BOT_TOKEN=«v»"],
    "telegram_bot": ["Heribert lässt die Laufzeiten der Schäferinnen automatisch in die Zunftgruppe schicken; im Skript steht "
                     "TELEGRAM_TOKEN = \"«v»\" neben der Chat-Nummer"],
    "pypi": ["Kazunari packaged the rope guild's crowd-counting helper for the other Okinawa festivals; ~/.pypirc has "
             "password = «v»"],
    "gitlab": ["Alvina added the pond-house CI runner for the birling club's booking site; its config.toml carries "
               "token = \"«v»\" under the runner named flowage-shed"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # spots a key kind takes alone
    "slack_webhook": [
        "Catch alerts from the Argungu weigh-in tent post here: «v»",
        "Masterton shears committee: the webhook for the open final's results channel is «v»",
    ],
    "discord_webhook": [
        "yukigassen league's Discord, the set results webhook: «v»",
        "The rope guild's Discord announcements hook for the tug day: «v»",
    ],
    "discord_bot": [
        "The yukigassen scorer bot that tallies flags and hits in our server went offline; Kazunari restarted it "
        "with the token «v»",
        "Jhonel, yung token ng Discord bot ng higante workshop: «v»",
    ],
    "private_key": [
        "Marlize meant to send the timekeeper only the public half but the whole OpenSSH key for the Masterton "
        "tally box landed in the group: «v»",
        "Jhonel opened giants-stream.json to fix the Angono parade livestream upload and the private_key value in it "
        "reads «v»",
    ],
    "basic_auth": [
        "The Argungu catch leaderboard sits behind nginx, and the weigh-in laptop's uploader sends the header "
        "Proxy-Authorization: Basic «v»",
        "curl to the rope guild's raffle export: curl -H \"Authorization: Basic «v»\" https://raffle.kumoji.lan/export",
    ],
    "aws": [
        "Boladale keeps the catch photos bucket for the fishing festival on the weigh-in laptop, profile [argungu] with "
        "key «a» and secret «b»",
        "Snake boat heat videos bucket, exported before the sync: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»",
        "Keshav, when the heat videos from Punnamada fail to upload, the uploader on the judges' tower uses «a» as the "
        "id and «b» as the signing secret",
        "The giants' workshop backup job, in its env file: key id «a» / secret «b»",
        "For the birling club's falls-and-spills video archive, Alvina typed «a» into the backup tool's first box and "
        "«b» into the second",
        "Shears committee results bucket, from the treasurer's notes: «a» and «b»",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
