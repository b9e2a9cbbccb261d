"""Keys and tokens for the dev36 privacy set (``privacy_cases_dev36.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in
the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and Basic
credentials with this set's own issuers and users, and the places a sensor reads them: Smultron,
TextWrangler, Kile, TeXmaker, Gummi, ghostwriter, Code::Blocks, Qt Creator and KDevelop windows,
Tilda, Cool Retro Term, Eterm, LilyTerm, Deepin Terminal, Terminus and Console2 sessions, SageMaker,
Hydrogen and Voilà notebooks, Tiki Wiki, PhpWiki, UseModWiki, WikidPad, TWiki and Gitit pages, a
micro:bit, a NodeMCU and an Orange Pi, ThingsBoard, Cayenne, Golioth and ChirpStack consoles, ATAC,
Milkman, Karate, Rested and Restlet requests, Talkatone and Sandes messages, a Scrivener folder, a
Fibery rule, an iA Writer note, a Tentacle Track E recording, an Audext transcript, masking tape
under a laptop, request headers, URLs and SDK calls.
``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret),
``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.poolsheet.app", "https://id.layout-roster.net", "https://login.salle-bookings.org"]
BASIC_USERS = ["tableaufeed", "turnoutbridge", "armourydesk", "dccgateway", "poolscorer", "signalboxsync"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_POOLSHEETS", "github_classic": "GITHUB_PAT_LAYOUTDCC", "anthropic": "ANTHROPIC_KEY_ARMOURYLOG",
         "google_api": "GMAPS_KEY_EXHIBITIONS", "stripe_secret": "STRIPE_LIVE_SALLEFEES", "jwt": "SALLE_SESSION_JWT",
         "huggingface": "HF_TOKEN_LOCOSOUNDS", "slack_bot": "SLACK_BOT_PISTEBOARD", "github_fine_grained": "GITHUB_FG_PAT_TIMETABLES",
         "openrouter": "OPENROUTER_KEY_BOUTCOACH", "groq": "GROQ_KEY_SIGNALREADER", "gitlab": "GITLAB_TOKEN_TRACKPLANS",
         "npm": "NPM_PUBLISH_TABLEAUVIEW", "pypi": "PYPI_TOKEN_DCCTOOLKIT", "telegram_bot": "TELEGRAM_BOT_FIDDLEYARD",
         "discord_bot": "DISCORD_TOKEN_SALLEBOT", "digitalocean": "DO_TOKEN_LIVEPOOLS", "shopify": "SHOPIFY_TOKEN_ROLLINGSTOCK",
         "notion": "NOTION_KEY_ARMOURYKIT", "linear": "LINEAR_KEY_LAYOUTFAULTS", "google_oauth": "GOOGLE_CLIENT_SECRET_CLUBNIGHTS",
         "replicate": "REPLICATE_KEY_WEATHERING"}

SPOTS = [  # where any key is seen, under its variable's name
    "Livestream of the junior épée final: the Smultron window behind the bracket graphic sat on «n»=«v» for a good ten seconds",
    "TextWrangler's find-and-replace sheet, screenshotted for a bug report, with the replace field holding «n»=«v»",
    "Kile compile log for the exhibition programme, third warning down: undefined control sequence near «n» «v»",
    "TeXmaker recent-files preview while the pool sheets printed: keys.tex, line 2 — «n» = «v»",
    "Gummi's preview pane, projected during the newsletter proofread: % «n»: «v»",
    "ghostwriter in focus mode on the treasurer's tablet, readable from the back row of the AGM: «n» «v»",
    "Code::Blocks build output pasted into the forum thread about the loco controller failing to link: -D«n»=«v»",
    "Tilda drop-down terminal slid over the slides for a moment at the AGM: $ export «n»=«v»",
    "Cool Retro Term gave the screenshot a green CRT glow, yet the env line stays perfectly legible: «n»=«v»",
    "«u» showed off Eterm's transparency in a Talkatone screenshot; behind the wallpaper sits «n»=«v»",
    "LilyTerm tab renamed 'prod' on the society laptop, last command echo'd back «n» → «v»",
    "Deepin Terminal split on the layout PC: left pane tails signals.log, right pane shows «n»=«v»",
    "Console2 window on the fencing club's registration laptop, caught in the Polaroid of the entry desk: SET «n»=«v»",
    "SageMaker Studio notebook for the pool-seeding experiment, first cell: os.environ[\"«n»\"] = \"«v»\"",
    "Voilà dashboard published to members forgot to hide one cell: «n» = '«v»'",
    "Tiki Wiki page diff emailed to everyone watching the setup notes: + «n» «v»",
    "PhpWiki RecentChanges, edit summary by «u»: added «n»=«v» to the layout automation how-to",
    "Audext transcription of the committee call: «u» reading off the screen — «n», value «v», please strike that from the minutes",
    "Gitit raw view of the page 'Results server': «n»: «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["pool_coach.py open in Qt Creator on the projector, straight after the imports: client = OpenAI(api_key=\"«v»\")",
               "ATAC saved request 'bout summary', Auth tab, bearer token field: «v»"],
    "anthropic": ["curl -H 'x-api-key: «v»' inside the Milkman export someone pinned in the armoury channel"],
    "github_classic": ["UseModWiki 'Layout backup' page says to set the remote to https://«u»:«v»@github.com/«u»/layout-dcc.git",
                       "Fibery automation rule 'Sync issues', action script line 3: const gh = new Octokit({ auth: '«v»' })"],
    "google_api": ["Rested call to the Distance Matrix endpoint for exhibition car-sharing, URL bar ends &units=metric&key=«v»"],
    "stripe_secret": ["Treasurer's Sandes message, a Python snippet — stripe.api_key = \"«v»\" — followed by: why do the salle-fee refunds fail?"],
    "huggingface": ["KDevelop with train_loco_sounds.py open, the model-download helper: snapshot_download(repo_id=\"salle/loco-chuffs\", token=\"«v»\")"],
    "jwt": ["Karate feature file for the booking login, pasted for help: * header Cookie = 'salle_session=«v»'",
            "Restlet scenario export attached to the ticket, request 'list pools', Authorization value: Bearer «v»"],
    "slack_bot": ["Sports-hall TV showed the piste notifier's YAML before the session: slack_token: «v» · post_to: piste-board · mute_after: 22:00"],
    "telegram_bot": ["micro:bit MakeCode JavaScript for the fiddle-yard sensor, shared publicly by «u»: let tgToken = \"«v»\""],
    "pypi": ["WikidPad page 'Release dcc-toolkit', step 6: paste «v» into the repository's Actions secrets as PYPI_API_TOKEN"],
    "gitlab": ["iA Writer note 'Runner setup': CI variable GITLAB_TOKEN → «v», masked? forgot to tick it"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["ThingsBoard rule chain 'Club-room overheat', REST API call node, endpoint «v»",
                      "Cayenne trigger 'Layout smoke alarm' set to notify «v»"],
    "discord_webhook": ["NodeMCU Arduino sketch for the points heater, globals: String webhookUrl = \"«v»\";",
                        "Golioth pipeline YAML written by «u»: destination → webhook → url: «v»"],
    "discord_bot": ["Deepin Terminal on the results PC, systemd unit mid-edit: Environment=BOT_TOKEN=«v»",
                    "Terminus SSH session on the society VPS, compose override being typed: environment: - POOLBOT_DISCORD=«v»"],
    "private_key": ["«u» dropped trackplan-sa.json into a Scrivener research folder: {\"type\": \"service_account\", \"project_id\": \"trackplans\", "
                    "\"private_key\": \"«v»\"}",
                    "TWiki attachment preview of id_ed25519, uploaded by «u» by mistake: «v»"],
    "basic_auth": ["Orange Pi's turnout reporter, requests.post headers dict in the traceback: {'Authorization': 'Basic «v»', 'X-Layout': 'module-4'}",
                   "ChirpStack application, HTTP integration tab, custom header row pointing at the layout uplink collector: Basic «v»"],
    "aws": ["Tentacle Track E, committee chatter before the recording was meant to start: 'it's «a», and the secret half is «b», jot it down somewhere'",
            "Hydrogen output pane, mirrored to the projector mid-talk: «a» created, secret «b», download .csv",
            "Masking tape on the underside of the exhibition laptop: AWS «a» — «b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
