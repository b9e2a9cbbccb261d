"""Keys and tokens for the dev42 privacy set (``privacy_cases_dev42.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them:
NetBeans, Dev-C++, Anjuta and Lazarus windows, an Sshwifty session, Compiler Explorer, Go
Playground, Rust Playground, 3v4l, PHPSandbox, Playcode, Liveweave, JS Bin, Dabblet, Flems and
OnlineGDB pages, Read the Docs, Docsify, VuePress, Antora, Mintlify and Stonly guide pages, a
ROCKPro64, a Radxa Zero, a Tinkerboard, a Black Pill, a Curiosity Nano, a Pyboard, a WiPy, a RAK
WisBlock and a Badger 2040, Tuya IoT, Cumulocity and Azure IoT Central consoles, Fractal and
Cheogram messages, a Midori page, an Aiworth recording, an iZYREC transcript, a label inside an
underwater-hockey glove, request headers, URLs and SDK calls. ``«n»`` is the variable's name, ``«v»``
the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.veneer-library.app", "https://id.octopush-league.net", "https://login.fretsaw-members.org"]
BASIC_USERS = ["veneercutter", "puckkeeper", "shadingtray", "deependref", "sawbenchdesk", "finbag"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_VENEERNESTER", "github_classic": "GITHUB_PAT_MARQUETRYGUILD", "anthropic": "ANTHROPIC_KEY_PUCKCOACH",
         "google_api": "GMAPS_KEY_POOLFINDER", "stripe_secret": "STRIPE_LIVE_VENEERSHOP", "jwt": "FRETSAW_SESSION_JWT",
         "huggingface": "HF_TOKEN_GRAINMATCHER", "slack_bot": "SLACK_BOT_SAWBENCHNIGHT", "github_fine_grained": "GITHUB_FG_PAT_LANEBOARD",
         "openrouter": "OPENROUTER_KEY_SHADINGHINTS", "groq": "GROQ_KEY_REFCALLS", "gitlab": "GITLAB_TOKEN_OCTOPUSHCLUB",
         "npm": "NPM_PUBLISH_VENEERKIT", "pypi": "PYPI_TOKEN_PARQUETRYMATH", "telegram_bot": "TELEGRAM_BOT_DEEPEND",
         "discord_bot": "DISCORD_TOKEN_PUCKCREW", "digitalocean": "DO_TOKEN_BURRBOX", "shopify": "SHOPIFY_TOKEN_VENEERPACKS",
         "notion": "NOTION_KEY_GUILDNIGHTS", "linear": "LINEAR_KEY_FINREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_VENEERGUILD",
         "replicate": "REPLICATE_KEY_GRAINRENDER"}

SPOTS = [  # where any key is seen, under its variable's name
    "NetBeans run configuration on the guild treasurer's laptop, the one with veneer dust in its keyboard, environment tab: «n»=«v»",
    "Dev-C++ project for the shading-tray thermostat, photographed by a Navitel dashcam through the workshop window: #define «n» \"«v»\"",
    "Anjuta buffer on the scorekeeper's netbook, balanced on a crate of spare fins by the shallow end: «n»: «v»",
    "Lazarus form unit for the puck-inventory app, screenshot posted after Sunday's scrimmage: «n» := '«v»';",
    "Sshwifty tab left open on the pool office PC, Litokam camera above the lane-rope reel: env | grep shows «n»=«v»",
    "Compiler Explorer link from «u» in the guild's Cheogram group, the source pane's top line: const char *«n» = \"«v»\";",
    "Go Playground snippet for the lane-timer bridge, shared by «u»: «n» := \"«v»\"",
    "Rust Playground permalink in the octopush club's Fractal room: let «n» = \"«v»\";",
    "3v4l paste of the guild's booking page fix, line 3: $«n» = '«v»';",
    "PHPSandbox project 'veneer order form' forked by «u», .env pane: «n»=«v»",
    "Playcode preview of the referee's whistle-counter page, script tab: const «n» = '«v»'",
    "Liveweave scratchpad in the fretsaw forum thread, JS panel: var «n» = \"«v»\";",
    "JS Bin bin from the club's U15 coach, console panel printed «n» → «v»",
    "Dabblet gist linked in the marquetry society's newsletter draft, a stray comment: /* «n» «v» */",
    "Flems playground from «u» testing the pool-booking widget: «n»: '«v»'",
    "OnlineGDB session of the sand-shading timer, program arguments box: --«n»=«v»",
    "Read the Docs build log for the veneer catalogue, environment dump near the top: «n»=«v»",
    "Docsify page 'Running the scoreboard before a tournament', code fence under step four: export «n»=«v»",
    "VuePress page on parquetry cube templates, its hidden front-matter block: «n»: «v»",
    "Antora component 'lane-timer' edited by «u», attribute list: :«n»: «v»",
    "Aiworth recorder on the guild table while «u» dictated setup steps: '«n», then the value, «v», got that?'",
    "Midori page photographed next to a burr walnut leaf and a scalpel: «n» «v» (keep off the noticeboard!)",
    "Marker on the inside strap of a spare underwater-hockey glove: «n» «v»",
    "iZYREC transcript of «u» on the pool deck after the whistle: 'the setting is «n» and it holds «v»'",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["Nesting script on the single-board computer, laser cutter humming: veneer_nester.py open on the ROCKPro64 beside the laser cutter, read out by the Sennheiser recap: client = OpenAI(api_key=\"«v»\")",
               "Pattern-suggestion bot request log, DDPai still, car park, lamppost shadow: Request log from the guild's pattern-suggestion bot, seen on a DDPai still from the workshop car park, header: Authorization: Bearer «v»"],
    "anthropic": ["Office kettle boiling, coach squinting, curl pasted, mouldy towel smell, stopwatch dangling: Cheogram message from «u» with a curl line lifted from the pool office laptop: -H 'x-api-key: «v»' https://api.anthropic.com/v1/messages"],
    "github_classic": ["Help-centre article, mirroring catalogue, step-by-step clone instructions: Stonly guide article 'Mirroring the guild's veneer catalogue' says clone https://«u»:«v»@github.com/«u»/veneer-catalogue.git",
                       "Glue-room humidity logger: Curiosity Nano firmware logging the glue-room humidity, its HTTP routine: client.println(\"Authorization: token «v»\");"],
    "google_api": ["Pool-finder map request for away tournaments, glimpsed on a Kronaby watch notification, URL ending &region=nl&key=«v»"],
    "stripe_secret": ["Guild shop cashier's Fractal message: stripe.api_key = \"«v»\" and then 'why is the veneer pack checkout still failing'"],
    "huggingface": ["Mintlify page walking through the grain-matching model, first snippet: login(token=\"«v»\")"],
    "jwt": ["Sshwifty terminal listing tonight's lane bookings, header Authorization: Bearer «v»",
            "Penetration-test appendix prepared pro bono by a volunteer's nephew, redacted poorly, grey hoodie, shoebox receipts: Replay of the scoring laptop's session, a single command in it: curl -b 'fretsaw_session=«v»' https://members.fretsaw-members.org/me"],
    "slack_bot": ["Conference-badge gadget, e-ink reminder, lanyard tangled around charger, sticker-covered case: Badger 2040 badge that nags about sawbench night, its secrets.py shown on the Levana monitor's screen by mistake: SLACK_BOT_TOKEN=«v»"],
    "telegram_bot": ["Microcontroller alarm on the cage door, projected during annual meeting: Pyboard that pings when the pool equipment cage is left unlocked, main.py on the projector at the AGM: TG_TOKEN = \"«v»\""],
    "pypi": ["Package maintainer's release checklist, upload step, upload stage, twine, wheel, sdist, pyproject tweak: Read the Docs page 'Releasing parquetrymath': twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["iZYREC transcript of «u» at the club's kit night: the GitLab token for the scoreboard runner is «v», paste it under CI variables"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Tuya IoT console, automation for the veneer store's dehumidifier, webhook action «v»",
                      "Cumulocity smart rule 'pool plant room too warm', notification URL «v»"],
    "discord_webhook": ["WiPy script that posts lane times after each heat, line 7: HOOK = \"«v»\"",
                        "RAK WisBlock tracker on the club minibus, webhook target found in its config dump: «v»"],
    "discord_bot": ["Systemd unit edit: Sshwifty session editing the systemd unit on the guild's Tinkerboard: Environment=PUCKCREW_TOKEN=«v»",
                    "Black Pill bridge scribbles, Midori dot-grid, coffee stain, tiny soldering diagram: Black Pill notes by «u» on a Midori page, the bridge bot's token: «v»"],
    "private_key": ["Weekend volunteer patching the spring open-day ticketing terminal, coffee-ringed notebook, helpdesk backlog overflowing, apology memo drafted: Stonly guide article by «u» on resetting the guild's kiosk, with the service-account file veneershop-sa.json pasted in whole: {\"type\": \"service_account\", \"project_id\": \"veneershop\", "
                    "\"private_key\": \"«v»\"}",
                    "Radxa Zero SD card, pulled from a drawer of dead chargers and solder spools during spring decluttering: Old microSD from the club's Radxa Zero, imaged before the wipe, still holds a forgotten deploy key: «v»"],
    "basic_auth": ["Finish-line camera crash, soggy ethernet cables, finish-line rig, referee cursing softly, firmware panic: Lane-timer camera on the Tinkerboard crashed mid-upload; its log prints the request headers: Authorization: Basic «v» then X-Heat 4",
                   "Azure IoT Central webhook test from the pool plant room, header Authorization: Basic «v»"],
    "aws": ["AGM recording, access keys: Aiworth take from the octopush AGM: 'access key «a», secret «b», I'll send both on Cheogram too'",
            "Boot chatter scrolling past, dust sheets over lathes, timber store humming with dehumidifiers: Veneer-scan uploader on the ROCKPro64 prints its settings at boot, shown on the guild's spare screen: key «a», secret «b»",
            "Peeling sticker, equipment cage, peeling corner, sharpie smudge: Sticker on the Radxa Zero's case in the equipment cage: AWS «a» / «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
