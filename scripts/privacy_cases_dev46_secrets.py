"""Keys and tokens for the dev46 privacy set (``privacy_cases_dev46.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them:
an Eclipse Che workspace, a Codeply page, bpaste, paste.debian, Hatebin, katb.in, dumpz and Ghostbin
pastes, Lektor, Hakyll, Metalsmith, Middleman, Bridgetown, Publii, Gridsome and Couscous pages, a
Blue Pill, a Particle Argon, a Pycom board, a Tinkerforge stack, a RAK Wireless node, an ESP8266, a
Cytron board, an nRF52840 Dongle and a Libre Computer board, EMQX Cloud, Grandeur, Things Network
and Fhem consoles, Kaiwa and Blabber messages, a Graphilo page, a Tamago recording, a Toomee
transcript, a tag sewn into a sepak takraw net bag, request headers, URLs and SDK calls. ``«n»`` is
the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a
user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.indigo-resist-works.app", "https://id.takraw-fixtures.net", "https://login.shibori-dyers.org"]
BASIC_USERS = ["vatstirrer", "tekongserve", "clampboard", "regucaptain", "arashiwrap", "rattanmender"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_DYEPOTHELPER", "github_classic": "GITHUB_PAT_TAKRAWREGU", "anthropic": "ANTHROPIC_KEY_SPIKECOACH",
         "google_api": "GMAPS_KEY_COURTFINDER", "stripe_secret": "STRIPE_LIVE_INDIGOKITS", "jwt": "SHIBORI_SESSION_JWT",
         "huggingface": "HF_TOKEN_FOLDPATTERN", "slack_bot": "SLACK_BOT_VATNIGHT", "github_fine_grained": "GITHUB_FG_PAT_TAKRAWLEAGUE",
         "openrouter": "OPENROUTER_KEY_MORDANTTIPS", "groq": "GROQ_KEY_SERVECALL", "gitlab": "GITLAB_TOKEN_SEPAKCLUB",
         "npm": "NPM_PUBLISH_CLAMPKIT", "pypi": "PYPI_TOKEN_VATCURVE", "telegram_bot": "TELEGRAM_BOT_RATTANBALL",
         "discord_bot": "DISCORD_TOKEN_REGUSQUAD", "digitalocean": "DO_TOKEN_DYESHED", "shopify": "SHOPIFY_TOKEN_CLAMPBLOCKS",
         "notion": "NOTION_KEY_DYEINGSUNDAYS", "linear": "LINEAR_KEY_NETREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_SHIBORIGUILD",
         "replicate": "REPLICATE_KEY_ARASHIPREVIEW"}

SPOTS = [  # where any key is seen, under its variable's name
    "Blue fingerprints all over the lid: the dye shed's borrowed laptop still had an Eclipse Che workspace up, its run configuration holding «n»=«v»",
    "Between two rallies in the Ipoh hall, Mei tilted her tablet at me to show the Codeply page she was stuck on; line three said var «n» = '«v»';",
    "Mould-spotted clamp boards were stacked against the wall when Okoro opened a bpaste link titled 'vat sensor, third try' with «n»=«v» near the top",
    "«u» answered the shuttle-bus question on the league forum with a paste.debian link, and under the apt output it prints «n»: «v»",
    "The regu's statistician is fifteen and pasted the whole crash to Hatebin from the bleachers, «n» = \"«v»\" included",
    "A katb.in note named 'dyeing day checklist' had slipped in between the soda ash weights and the rinse times: «n» «v»",
    "Kettle on, dog asleep on the fold-clamp offcuts, «u» shared a dumpz link to the rattan ball tracker's log, which ends --«n» «v»",
    "Our webmaster, who also repairs looms, posted a Ghostbin from his night shift at the depot; the environment listing includes «n»=«v»",
    "The Lektor site for the dye collective has a contents.lr field nobody was meant to see: «n»: «v»",
    "Under 'How the scoreboard talks to the phone', the Hakyll page for the takraw tournament quotes a snippet: «n» = \"«v»\"",
    "A Metalsmith build of the resist-dye recipe book printed its metadata to the terminal during the Sunday rebuild, «n»: «v» among it",
    "Somebody in the hall committee kept the Middleman config for the booking site on a public branch; it sets «n» to «v»",
    "«u» wrote a Bridgetown post about folding a kumo pattern with a marble, and a code block near the end still has «n»='«v»'",
    "Publii preview of the club's 'serve like a tekong' article, opened on the projector during the AGM: «n»=«v» in the footer script",
    "The Gridsome starter for the net-booking page ran its GraphQL explorer with «n» «v» visible in the sidebar",
    "Couscous renders the volunteers' handbook from Markdown, and the section on the scoreboard tablet tells you to set «n»=«v»",
    "On the ride home the Jansite camera filmed the back seat, where «u»'s laptop showed a terminal with export «n»=«v» under a smear of dye",
    "A Tamago recorder on the rinsing sink picked up «u» reading the value off a sticky note: '«n», it's «v», type it slowly'",
    "Graphilo page, pencil, between the arashi pole measurements and a grocery list: «n» «v»",
    "Written in marker on the tag sewn into the spare net bag after the Kuching invitational: «n» «v»",
    "The hall caretaker was mopping around our feet while «u» dictated it over the phone, and the Toomee transcript has it: '«n», colon, «v»'",
    "Kaiwa message at 1:12 a.m., from the dye collective's only programmer, with no greeting at all: «n»=«v»",
    "The Blabber thread about the scoreboard freezing mid-set ends with «u» pasting «n»: «v»",
    "Stuck to the underside of the vat lid with tape, a printed card: «n» = «v», do not throw away",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["The Sanag earbuds read back the pattern-naming script off the Libre Computer board in the dye shed: client = OpenAI(api_key=\"«v»\")",
               "Parked outside the rattan supplier in the rain, the Lamttor camera caught a laptop log line through the windscreen: Authorization: Bearer «v»"],
    "anthropic": ["Our fixture bot stopped replying after the league split into two pools, so «u» posted its request to the takraw group: x-api-key: «v»"],
    "github_classic": ["Halfway through the overnight bus to Penang, the Middleman notes for the mirror job start with git clone https://«u»:«v»@github.com/«u»/fold-patterns.git",
                       "Taped above the dye sink, the Blue Pill that logs vat temperature sends its upload with header Authorization: token «v»"],
    "google_api": ["The Mgaolo watch flashed the court map link as we crossed the Klang bridge in traffic: ...&region=my&key=«v»"],
    "stripe_secret": ["The Saturday kit-shop helper writes in capitals only and sent this in Kaiwa: STRIPE.API_KEY = \"«v»\" WHY DOES THE CLAMP KIT CHECKOUT BREAK"],
    "huggingface": ["The Couscous page for the fold-pattern classifier, written by a student during her thesis, opens with login(token=\"«v»\")"],
    "jwt": ["Hands still blue to the wrist, Farah replayed the court-booking call in Eclipse Che and read its header out to me: Authorization: Bearer «v»",
            "To scare the committee about security, a volunteer projected one captured request from the hall tablet, header and all: Authorization: Bearer «v»"],
    "slack_bot": ["With the twins finally asleep, the Anmeate monitor's screen flashed a notification from the dye-shed laptop's integration: xoxb token «v» rejected"],
    "telegram_bot": ["At the end-of-season dinner the projector showed the Particle Argon code for the net-store door: TG_TOKEN = \"«v»\""],
    "pypi": ["The Publii handbook's release page, written when the club published its own score library, ends with twine upload -u __token__ -p «v» dist/*"],
    "gitlab": ["Rattan balls thumped the hall wall while the Toomee transcript caught «u» reading out the deploy header, PRIVATE-TOKEN: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Ravi's EMQX Cloud rule fires whenever the drying room gets too damp for cloth, posting to «v»",
                      "The Grandeur trigger called 'vat below twenty degrees' sends its alert to «v»"],
    "discord_webhook": ["Two juniors built a serve counter for the science fair on an ESP8266; line 14 of its sketch reads const char* HOOK = \"«v»\";",
                        "The RAK Wireless node on the net trailer logged its first boot with a webhook target of «v»"],
    "discord_bot": ["The Pycom board sits in a biscuit tin by the kettle; the Things Network note about its service file shows Environment=REGUSQUAD_TOKEN=«v»",
                    "In the notebook with a rattan ball drawn on the cover, «u» wrote the fixture bot's token in green ink: «v»"],
    "private_key": ["After the scoreboard kiosk froze at the state final, «u» wrote a rescue page in the Hakyll handbook and pasted the service account file into it: {\"type\": \"service_account\", \"private_key\": \"«v»\"}",
                    "\"private_key\": \"«v»\" — found in an old memory card from the dye collective's first camera, in a tin marked 'Deepavali 2019'"],
    "basic_auth": ["Zip-tied to the gym's wall bars for two seasons, the Cytron board rebooted and its crash dump kept Authorization: Basic «v»",
                   "An electrician checking the Fhem automations in the boiler cupboard found the hook firing with Authorization: Basic «v»"],
    "aws": ["The committee met in the treasurer's kitchen with tea and kuih, and the Homder recorder caught the backup script being read aloud: AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»",
            "The Tinkerforge stack that photographs each finished cloth uploads nightly; its settings file holds aws_access_key_id = «a» and aws_secret_access_key = «b»",
            "The net store is a converted shipping container, and the nRF52840 Dongle inside sends its logs with access key «a», secret «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
