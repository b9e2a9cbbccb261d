"""Keys and tokens for the dev28 privacy set (``privacy_cases_dev28.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: a Tiltfile, a
devbox.json, a Coder and a Daytona workspace, a Replit and a Glitch project's secrets, Northflank's,
Koyeb's, Porter's and Scalingo's env panels, a Windmill, an n8n and a Directus credential, a Bruno
and a RapidAPI request, a Kitty and a Zellij pane, a Plaud NotePin's and a Rabbit R1's transcripts,
Ray-Ban Meta glasses, Threema and Session messages, a copied spreadsheet row, photos of screens,
request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»`` the value
(``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from privacy_cases_dev19_secrets import (ALNUM, B32, HEXLOW, LETTERS, WORDY, aws_secret_key, basic, discord_bot, openai_key, openssh_key,
                                         pick, pkcs8_in_json, session_jwt)

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://sso.garboard-cove.net", "https://auth.cringle-loft.org", "https://id.keelson-yard.coop"]
BASIC_USERS = ["audiobookshelflistener", "komgareader", "ryotgardener", "fireflybookkeeper", "lubeloggermechanic", "donetickchores"]
UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {  # format: (how many, how one is made)
    "openai": (15, openai_key),
    "github_classic": (9, lambda r: "ghp_" + pick(r, 36)),
    "anthropic": (8, lambda r: "sk-ant-api03-" + pick(r, 93, WORDY) + "AA"),
    "aws": (5, lambda r: "AKIA" + pick(r, 16, B32)),
    "google_api": (5, lambda r: "AIzaSy" + pick(r, 33, WORDY)),
    "stripe_secret": (4, lambda r: r.choice(["sk", "sk", "rk"]) + "_live_" + (pick(r, 99) if r.random() < 0.7 else pick(r, 24))),
    "jwt": (4, lambda r: session_jwt(r, ISSUERS)),
    "huggingface": (3, lambda r: "hf_" + pick(r, 34, LETTERS)),
    "slack_bot": (3, lambda r: f"xoxb-{r.randint(10**9, 10**12)}-{r.randint(10**11, 10**13 - 1)}-{pick(r, 24)}"),
    "github_fine_grained": (2, lambda r: f"github_pat_11{pick(r, 20, UPPER_DIGITS)}_{pick(r, 59)}"),
    "openrouter": (2, lambda r: "sk-or-v1-" + pick(r, 64, HEXLOW)),
    "groq": (2, lambda r: "gsk_" + pick(r, 52)),
    "gitlab": (2, lambda r: "glpat-" + pick(r, 20, WORDY)),
    "npm": (2, lambda r: "npm_" + pick(r, 36)),
    "pypi": (2, lambda r: "pypi-AgEIcHlwaS5vcmc" + pick(r, r.randint(120, 160), WORDY)),
    "telegram_bot": (2, lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{pick(r, 33, WORDY)}"),
    "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{pick(r, 8, UPPER_DIGITS)}/B{pick(r, 10, UPPER_DIGITS)}/{pick(r, 24)}"),
    "discord_webhook": (2, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**18, 2 * 10**18)}/{pick(r, 68, WORDY)}"),
    "discord_bot": (2, discord_bot),
    "private_key": (2, openssh_key),
    "basic_auth": (2, lambda r: basic(r, BASIC_USERS)),
    "digitalocean": (1, lambda r: "dop_v1_" + pick(r, 64, HEXLOW)),
    "shopify": (1, lambda r: "shpat_" + pick(r, 32, HEXLOW)),
    "notion": (1, lambda r: "ntn_" + pick(r, 11, "0123456789") + pick(r, 35)),
    "linear": (1, lambda r: "lin_api_" + pick(r, 40)),
    "google_oauth": (1, lambda r: "GOCSPX-" + pick(r, 28, WORDY)),
    "replicate": (1, lambda r: "r8_" + pick(r, 37, ALNUM)),
}

NAMES = {"openai": "OPENAI_KEY_TIDELOG", "github_classic": "GITHUB_PAT_HULLSURVEY", "anthropic": "ANTHROPIC_KEY_SAILQUOTER",
         "google_api": "GMAPS_KEY_MOORINGMAP", "stripe_secret": "STRIPE_LIVE_CHANDLERY", "jwt": "GARBOARD_SESSION_JWT", "huggingface": "HF_TOKEN_RIGGINGVISION",
         "slack_bot": "SLACK_BOT_BOATYARD", "github_fine_grained": "GITHUB_FG_PAT_BERTHSYNC", "openrouter": "OPENROUTER_KEY_CLEWLINE",
         "groq": "GROQ_KEY_REGATTAROTA", "gitlab": "GITLAB_TOKEN_SLIPWAYTOOLS", "npm": "NPM_PUBLISH_TIDECALC", "pypi": "PYPI_TOKEN_HULLFORMLIB",
         "telegram_bot": "TELEGRAM_BOT_BILGEALARM", "discord_bot": "DISCORD_TOKEN_SAILLOFT", "digitalocean": "DO_TOKEN_HAULOUTPHOTOS",
         "shopify": "SHOPIFY_TOKEN_CLEATSHOP", "notion": "NOTION_KEY_CREWBOOK", "linear": "LINEAR_KEY_REFITORDERS",
         "google_oauth": "GOOGLE_CLIENT_SECRET_CATTERYCAM", "replicate": "REPLICATE_KEY_SAILPLANS"}

SPOTS = [  # where any key is seen, under its variable's name
    "Tiltfile in the tide-log repo, a local_resource env: «n»='«v»'",
    "devbox.json pasted in the review, the env map: \"«n»\": \"«v»\"",
    "Coder workspace parameters, screenshot in the thread: «n» «v»",
    "Daytona workspace .env attached to the bug report: «n»=«v»",
    "Ray-Ban Meta glasses captured the sticky note on the monitor: «n» «v»",
    "Threema message from «u»: the chandlery bot key is «v», it is the production one, don't forward",
    "NotePin transcript of the handover call: …okay, «n» equals «v», I'll spell it once more…",
    "Replit secrets tab in the recording: «n» = «v»",
    "Glitch project's .env, photographed: «n» → «v»",
    "Row copied from the 'boatyard tools' sheet: «n» | «v» | expires in August",
    "Bruno collection environment, committed: vars:secret { «n»: «v» }",
    "Kitty pane in the screencast: «n»=«v» yarn start",
    "Northflank secret group copied into the ticket: «n»: «v»",
    "n8n credential exported by «u»: header «n» value «v»",
    "Koyeb service env photographed on the loft laptop: «n»=«v»",
    "Session message to «u», 'keys for the mooring map': «n» → «v»",
    "Scalingo dashboard screenshot, the env line: «n» «v»",
    "Zellij pane left visible in the video call: export «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["tide_digest.py on the projector: from openai import OpenAI; llm = OpenAI(api_key=\"«v»\", timeout=30)",
               "Windmill resource for the crew bot, the token field before the demo: «v»"],
    "anthropic": ["Directus flow for the sail-quote helper: const claude = new Anthropic({ apiKey: \"«v»\" })"],
    "github_classic": ["$ git push https://«u»:«v»@github.com/«u»/bilge-sensor.git HEAD:refs/heads/sensor-fix",
                       "Porter › Integrations › GitHub, the personal token field, caught on camera: «v»"],
    "google_api": ["Embed for the marina's berth page, pasted into the site builder: https://maps.googleapis.com/maps/api/js?key=«v»&callback=initBerths"],
    "stripe_secret": ["Chandlery checkout route shared in a gist: const payments = require('stripe')('«v»');"],
    "huggingface": ["$ HUGGING_FACE_HUB_TOKEN=«v» python tools/detect_rigging.py --weights yolo-sails"],
    "jwt": ["curl in the boatyard ticket: curl -H \"Authorization: Bearer «v»\" https://garboard.lan/api/haulouts/next",
            "Firefox storage inspector, cookie value copied: garboard_sid=«v»"],
    "slack_bot": ["RapidAPI client tab 'post haul-out reminder', Authorization Bearer «v»"],
    "telegram_bot": ["ESPHome yaml on the bilge sensor: bot_token: \"«v»\""],
    "pypi": ["Release step on the shared screen: hatch publish --user __token__ --auth «v»"],
    "gitlab": ["Bruno request in the slipway-tools repo: headers { PRIVATE-TOKEN: «v» }"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["bilge_watch.py, sent in a Threema message for review: requests.post(\"«v»\", json=alert)",
                      "Healthchecks.io integration, photographed on the boatyard TV: webhook «v»"],
    "discord_webhook": ["Eufy app, 'forward motion events' field: «v»",
                        "Pastebin of the cattery script: WEBHOOK=«v»"],
    "discord_bot": ["Koyeb › sail-loft-bot › env › DISCORD_TOKEN «v»", "loftbot runs with intents enabled; its launcher passes «v» to bot.run"],
    "private_key": ["Service-account file «u» pasted into the regatta Threema group: {\"type\": \"service_account\", \"private_key\": \"«v»\"",
                    "Kobo notebook page, «u» copied the boatyard server's deploy key into it: «v»"],
    "basic_auth": ["Home Assistant rest_command for the bilge pump, headers: Authorization: Basic «v»",
                   "Traefik dynamic config in the chat, the header middleware: Authorization: Basic «v»"],
    "aws": ["Marina office whiteboard snapshot, bucket sync corner: key «a» and «b» under it in red marker",
            "NotePin transcript: the key ID is «a», secret key «b», that's for the haul-out photos bucket",
            "Threema message to my brother about the boatyard backups: access key «a», secret «b», change it soon"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "ID"]
