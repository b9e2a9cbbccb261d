"""Keys and tokens for the dev31 privacy set (``privacy_cases_dev31.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: Start9 and
Umbrel app settings, a Cloudflare Workers dashboard, Lapce, BBEdit, TextMate, CotEditor and Lite XL
windows, Tilix and Terminator sessions, Prompt 3 and ServerCat on an iPad, a Datalore notebook, a
Thonny editor, Capacities, SilverBullet and TiddlyWiki pages, a CircuitPython settings.toml, an
M5Stack sketch, a lighttpd config, Baserow and SeaTable rows, a Lorex app, a Soundcore Work
recorder's transcripts, Viture glasses, Chanty, Revolt and Guilded messages, photos of screens,
request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»``
an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://login.tenor-tower-band.org", "https://auth.hoodblock-mews.club", "https://id.quarterpeal-guild.net"]
BASIC_USERS = ["pealrecorder", "hawkweigher", "towerkeyholder", "ropesplicer", "mewsledger", "ringrotabot"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_PEALCOMPOSER", "github_classic": "GITHUB_PAT_ROPESPLICE", "anthropic": "ANTHROPIC_KEY_HAWKDIET",
         "google_api": "GMAPS_KEY_TOWERFINDER", "stripe_secret": "STRIPE_LIVE_MEWSSHOP", "jwt": "BELFRY_SESSION_JWT", "huggingface": "HF_TOKEN_BIRDCALLID",
         "slack_bot": "SLACK_BOT_RINGINGROTA", "github_fine_grained": "GITHUB_FG_PAT_WEIGHLOG", "openrouter": "OPENROUTER_KEY_METHODCOACH",
         "groq": "GROQ_KEY_QUARTERPEAL", "gitlab": "GITLAB_TOKEN_CALLCHANGES", "npm": "NPM_PUBLISH_PLACENOTATION", "pypi": "PYPI_TOKEN_HAWKTRACK",
         "telegram_bot": "TELEGRAM_BOT_MEWSTEMP", "discord_bot": "DISCORD_TOKEN_BELLBAND", "digitalocean": "DO_TOKEN_FLIGHTVIDEOS",
         "shopify": "SHOPIFY_TOKEN_HOODMAKER", "notion": "NOTION_KEY_TOWERLOG", "linear": "LINEAR_KEY_MEWSREPAIRS",
         "google_oauth": "GOOGLE_CLIENT_SECRET_LOFTCAM", "replicate": "REPLICATE_KEY_PLUMAGEID"}

SPOTS = [  # where any key is seen, under its variable's name
    "Start9 service config page, photographed for the forum: «n» = «v»",
    "Umbrel app's environment screen in the support recording: «n»: «v»",
    "Cloudflare Workers dashboard, Variables tab left open on the club projector: «n» «v»",
    "Lapce editor with .env open during the tower's coding evening: «n»=«v»",
    "BBEdit window 'untitled 3', caught in the screen share: «n» = «v»",
    "TextMate scratch file on the ringing-master's Mac, photo from the back row: export «n»=«v»",
    "CotEditor document the falconer screenshotted by mistake: «n»=«v»",
    "Lite XL on the mews laptop, filmed over a shoulder: «n» = \"«v»\"",
    "Tilix pane in the meetup livestream: $ export «n»=«v»",
    "Terminator split on the guild's old desktop, photographed: «n»=«v» python3 rota.py",
    "Prompt 3 session on the iPad, mirrored to the belfry TV: «n»=«v»",
    "ServerCat's env viewer on «u»'s phone, over his shoulder: «n» → «v»",
    "Datalore notebook cell, shared read-only by accident: os.environ[\"«n»\"] = \"«v»\"",
    "Thonny editor, config.py, in the screenshot «u» sent on Revolt: «n» = '«v»'",
    "Capacities object 'Hawk bot keys', one block copied out: «n» — «v»",
    "SilverBullet page 'secrets (do not share)', shared anyway: «n»: «v»",
    "TiddlyWiki tiddler exported to HTML, line 12: «n»=«v»",
    "Soundcore Work transcript of the handover call: right, so «n» is «v», do you want it letter by letter",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["peal_composer.py on the tower laptop, shown on the wall: client = OpenAI(api_key=\"«v»\", max_retries=3)",
               "Baserow row 'method coach', column 'key', copied whole into Chanty: «v»"],
    "anthropic": ["hawk_diet notebook on Datalore, first cell: claude = anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": ["Rope-splice log repo, the remote as .git/config stores it: url = https://«u»:«v»@github.com/«u»/rope-splice-log",
                       "Start9 setup wizard, photographed, field 'GitHub token' holding «v»"],
    "google_api": ["Tower finder on the guild site, view-source: maps/api/js?key=«v»&v=weekly"],
    "stripe_secret": ["Hood-maker's shop backend in a gist: stripe.api_key = \"«v»\"  # live, fix before Friday"],
    "huggingface": ["Thonny script that names the hawk's call: hf_hub_download(repo_id=\"birdcall/base\", filename=\"model.bin\", token=\"«v»\")"],
    "jwt": ["Guild's bug tracker, steps to reproduce: open https://belfry.lan/rota?session=«v» in a private window",
            "Viture glasses read the dev tools panel aloud, cookie belfry_session=«v»"],
    "slack_bot": ["TextMate buffer with the practice-night reminder script, the Slack token pasted inline: «v»"],
    "telegram_bot": ["mews_thermo.ino on the M5Stack, pasted in Guilded: const char* BOT_TOKEN = \"«v»\";"],
    "pypi": ["Release notes projected at the meeting: uv publish --token «v»"],
    "gitlab": ["Pipeline badge script in the ringers' repo calls the API with PRIVATE-TOKEN «v» hard-coded"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["weigh_alert.py shared on Revolt, near the bottom: HOOK = \"«v»\"; requests.post(HOOK, json=msg)",
                      "SeaTable automation rule 'hawk under weight', webhook URL field: «v»"],
    "discord_webhook": ["Lorex app, 'send motion alerts to' field: «v»",
                        "CircuitPython settings.toml on the tower sensor: ALERT_WEBHOOK = \"«v»\""],
    "discord_bot": ["Umbrel › bellband-bot › Settings › DISCORD_TOKEN «v»", "bellband.service pasted in Chanty: ExecStart=/usr/bin/node bot.js --token «v»"],
    "private_key": ["«u» dropped mews-sa.json into the Guilded channel, its key line: \"private_key\": \"«v»\"",
                    "SilverBullet page where «u» pasted the belfry server's SSH key instead of the public one: «v»"],
    "basic_auth": ["M5Stack scale sketch pushes each weighing with the header Authorization: Basic «v»",
                   "lighttpd.conf from the tower Pi: setenv.add-request-header = ( \"Authorization\" => \"Basic «v»\" )"],
    "aws": ["Photo of the mews whiteboard, bottom corner: «a» / «b» — backups of the flight videos",
            "Soundcore Work caught me reading the peal-archive bucket keys out: «a», then «b»",
            "Chanty to my sister, the photo bucket: access key «a», secret «b», rotating them on Sunday"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
