"""Keys and tokens for the dev35 privacy set (``privacy_cases_dev35.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: NotepadNext,
Sakura Editor, Hidemaru, TeraPad, Mery, NEdit, WinEdt and TeXstudio windows, xfce4-terminal, urxvt,
FinalShell, Electerm, Tera Term, Mintty, SmarTTY and Byobu sessions, Noteable and Elyra notebooks,
WikkaWiki, BlueSpice, Oddmuse, WackoWiki and Ikiwiki pages, a Teensy, a Wio Terminal and a
BeagleBone, ThingSpeak, Losant and TagoIO consoles, RESTer, Boomerang, Nightingale, SoapUI, Katalon
and Advanced REST Client requests, Troop Messenger, Brosix, Berty and Confide messages, a SmartSuite
screen, a Zenkit card, a Xournal++ page, Google Glass and Vive headsets, a Kodak PIXPRO clip, a
Roland R-07 recording, a Wudpecker transcript, the lid of a telescope case, request headers, URLs and
SDK calls.
``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret),
``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.endtally.app", "https://id.starparty-roster.net", "https://login.loanscope.org"]
BASIC_USERS = ["endtallyfeed", "seeingmonitor", "domecontroller", "sightmarklog", "loanscopedesk", "allskyuploader"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_ENDTALLY", "github_classic": "GITHUB_PAT_SIGHTMARKS", "anthropic": "ANTHROPIC_KEY_OBSERVINGLOG",
         "google_api": "GMAPS_KEY_DARKSITES", "stripe_secret": "STRIPE_LIVE_RANGEFEES", "jwt": "LOANSCOPE_SESSION_JWT",
         "huggingface": "HF_TOKEN_METEORDETECT", "slack_bot": "SLACK_BOT_CLEARSKIES", "github_fine_grained": "GITHUB_FG_PAT_TARGETFACES",
         "openrouter": "OPENROUTER_KEY_FORMCOACH", "groq": "GROQ_KEY_SEEINGREADER", "gitlab": "GITLAB_TOKEN_PLATESOLVE",
         "npm": "NPM_PUBLISH_ENDSCOREBOARD", "pypi": "PYPI_TOKEN_ARROWSPINE", "telegram_bot": "TELEGRAM_BOT_DOMESTATUS",
         "discord_bot": "DISCORD_TOKEN_STARPARTYBOT", "digitalocean": "DO_TOKEN_LIVEENDS", "shopify": "SHOPIFY_TOKEN_FLETCHINGSHOP",
         "notion": "NOTION_KEY_LOANSCOPES", "linear": "LINEAR_KEY_RANGEREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_SKYQUALITY",
         "replicate": "REPLICATE_KEY_NEBULADENOISE"}

SPOTS = [  # where any key is seen, under its variable's name
    "Screenshot of the shoot draw in the group chat — in the corner a NotepadNext tab shows «n»=«v»",
    "Sakura Editor window reflected in the club-hut glass, still legible in the photo: «n» = «v»",
    "Hidemaru open behind the slides while the treasurer presented the budget, last line: export «n»=\"«v»\"",
    "TeraPad caught by the PIXPRO on my chest as I walked past the scoring laptop: «n»=«v»",
    "Mery, left open overnight on the observatory PC, greeted the next volunteer with «n» «v»",
    "«u» sent a Troop Messenger photo of the wrong window — NEdit, keys.env.bak: «n»: «v»",
    "WinEdt column block copied out of keys.csv and pasted straight into the stream chat: «n»;«v»",
    "Plate-solving tutorial on the society channel; the xfce4-terminal behind the presenter reads $ «n»='«v»' ./solve_field.sh",
    "One frame of urxvt between the title card and the first slide, paused by three viewers: «n»=«v»",
    "Google Glass kept recording while I watched «u» type into FinalShell: «n»=«v» node scoreboard.js",
    "Electerm dumped env on the scores server and nobody cleared the tab: «n»=«v»",
    "Bottom of the Tera Term log «u» dropped into Brosix asking for help: «n»=«v»",
    "Somebody cast their laptop to the tent TV at the range briefing and Mintty was on top: set «n»=«v»",
    "Noteable, light-curve notebook, cell 3: key = \"«v»\"  # «n»",
    "Elyra's runtime panel, expanded by accident in the demo: «n» = «v»",
    "WikkaWiki history page: the admin's deletion still shows the old text «n» «v»",
    "Pasted into Berty from the BlueSpice page on observatory automation: «n» «v»",
    "Wudpecker transcript, «u» thinking aloud: «n», the value's «v» — oh, this is recording, isn't it",
    "Ikiwiki recentchanges, the reverted edit: «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["TeXstudio, of all editors, holding coach_bot.py, third line: OpenAI(api_key=\"«v»\").responses.create",
               "RESTer history for 'summarise ends' shows the header Authorization: Bearer «v»"],
    "anthropic": ["Boomerang request 'observing-log digest' copied into a forum post: x-api-key: «v», anthropic-version: 2023-06-01, content-type: application/json"],
    "github_classic": ["Oddmuse page on backing up sight marks, the clone line: git clone https://«u»:«v»@github.com/«u»/sightmarks.git ~/sm-backup",
                       "SmartSuite integration screen, token field unmasked in the screenshot: GITHUB_TOKEN=«v»"],
    "google_api": ["Nightingale request 'Dark-site elevation', query string copied into the chat: locations=36.06,-112.14&key=«v»"],
    "stripe_secret": ["Treasurer's Troop Messenger plea, code included: stripe = require('stripe')('«v»'); range-fee refunds keep bouncing"],
    "huggingface": ["NEdit with train_meteors.py, line four: login(token=\"«v»\")"],
    "jwt": ["SoapUI captured the loan-scheme login; response header Set-Cookie: loanscope_session=«v»; Secure; HttpOnly",
            "Katalon test step 'fetch roster', pasted for help: Authorization: Bearer «v»"],
    "slack_bot": ["Big screen before observing showed the clear-sky notifier's config: slack: { bot_token: \"«v»\", channel: \"#clear-skies\", min_seeing: 3 }"],
    "telegram_bot": ["The Teensy sketch «u» posted for the dome sensor has the bot token right in it: #define TG_TOKEN \"«v»\""],
    "pypi": ["WackoWiki checklist for releasing arrowspine, step 5: TWINE_PASSWORD=«v» twine upload --non-interactive dist/*"],
    "gitlab": ["Zenkit card 'Pipeline creds': GITLAB_TOKEN for the plate-solve CI runner is «v», rotate in March"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["ThingSpeak React fires when dome humidity passes 85% and POSTs to «v»",
                      "Losant workflow for the all-sky camera's dew alarm: webhook «v»"],
    "discord_webhook": ["Wio Terminal sketch for the range anemometer, line 12: const char* HOOK = \"«v»\";",
                        "TagoIO action 'cloud-cover' created by «u», endpoint «v»"],
    "discord_bot": ["SmarTTY tab on the scoring PC: results bot running under screen, started with python3 -m resultsbot --discord-token «v»",
                    "Byobu pane on the society server: DISCORD_TOKEN=«v» pm2 start starparty.js"],
    "private_key": ["«u» drafted a Confide message with all of platesolve-sa.json pasted in: {\"private_key_id\": \"k1\", \"private_key\": \"«v»\", "
                    "\"type\": \"service_account\"}",
                    "Xournal++ handwriting recognised as text; the ed25519 key «u» swore was offline-only: «v»"],
    "basic_auth": ["BeagleBone serial log, sky-quality upload: POST /readings HTTP/1.1 | Authorization: Basic «v» | Content-Length: 212",
                   "Advanced REST Client saved 'push ends' with the raw header still in it: Basic «v»"],
    "aws": ["Roland R-07 left running in the club hut: '... so the access key is «a», secret «b», bucket's the photo one ...'",
            "Vive passthrough screenshot of the IAM console: «a» created, secret «b», download .csv",
            "Label-maker strip inside the telescope case lid says «a»; under it, in biro, «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
