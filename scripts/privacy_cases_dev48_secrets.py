"""Keys and tokens for the dev48 privacy set (``privacy_cases_dev48.py``), as often as a
personal agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's,
Stripe's, a session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made
in the shape its issuer documents by dev19's makers (``privacy_cases_dev19_secrets``), JWTs and
Basic credentials with this set's own issuers and users, and the places a sensor reads them:
Platform.sh, Qoddi, Adaptable, Cyclic, Deta and Val.town apps and an Inngest function,
paste.debian.net, pastebin.pl, textbin, pst.moe and snippet.host pastes, Mataroa, Write.as,
Micro.blog, Pika, Typlog and Hyde pages, Lolin, FireBeetle, Makerfabs, Elecrow and RAK4631 boards
and an ESP32-S3 sketch, Jeedom, Sinric Pro, eWeLink, Husarnet, Mender, Memfault and remote.it
consoles, a Dragino gateway, a Sublime Merge diff, Cudy and Keenetic routers, request headers, URLs and SDK calls.
``«n»`` is the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret),
``«u»`` a user name.
"""

from __future__ import annotations

from privacy_key_makers import keys
from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt

__all__ = ["KEYS", "NAMES", "ONLY_SPOTS", "OWN_SPOTS", "SECRET_REGIONS", "SPOTS", "aws_secret_key", "pkcs8_in_json"]

ISSUERS = ["https://auth.kumihimo-guild.app", "https://id.floorball-fixtures.net", "https://login.marudai-makers.org"]
BASIC_USERS = ["cordbraider", "goaliebox", "silkdesk", "rinkwarden", "tamaweight", "stickroom"]

KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_KEY_PATTERNBOT", "github_classic": "GITHUB_PAT_RINKSTATS", "anthropic": "ANTHROPIC_KEY_BRAIDCOACH",
         "google_api": "GMAPS_KEY_GUILDMAP", "stripe_secret": "STRIPE_LIVE_CORDSHOP", "jwt": "KUMIHIMO_SESSION_JWT",
         "huggingface": "HF_TOKEN_WEAVEVISION", "slack_bot": "SLACK_BOT_MATCHNIGHT", "github_fine_grained": "GITHUB_FG_PAT_UNIHOC",
         "openrouter": "OPENROUTER_KEY_SILKTIPS", "groq": "GROQ_KEY_SHOTCLOCK", "gitlab": "GITLAB_TOKEN_BRAIDGUILD",
         "npm": "NPM_PUBLISH_CORDKIT", "pypi": "PYPI_TOKEN_MARUDAI", "telegram_bot": "TELEGRAM_BOT_RINKDESK",
         "discord_bot": "DISCORD_TOKEN_FLOORSQUAD", "digitalocean": "DO_TOKEN_GUILDBOX", "shopify": "SHOPIFY_TOKEN_SILKSTORE",
         "notion": "NOTION_KEY_FIXTURES", "linear": "LINEAR_KEY_HALLREPAIRS", "google_oauth": "GOOGLE_CLIENT_SECRET_BRAIDGUILD",
         "replicate": "REPLICATE_KEY_CORDPREVIEW"}

SPOTS = [
    "Platform.sh project variables for the braid shop's order bot, the 'sensitive' box left unticked: «n» = «v»",
    "Pasted to paste.debian.net by a volunteer asking why the fixtures bot crashes at start-up: export «n»=«v»",
    "Qoddi app settings, environment tab, screenshotted for the handover document: «n» «v»",
    "Mataroa draft 'how I automated our cord orders', the code block near the end: os.environ[\"«n»\"] = \"«v»\"",
    "ESP32-S3 sketch for the rink scoreboard, secrets.h pushed to the club repo: #define «n» \"«v»\"",
    "Sublime Merge showing the staged hunk just before the commit, one green line: +«n»=«v»",
    "Cyclic dashboard variables, copied into the group chat so someone else could redeploy: «n»: «v»",
    "pastebin.pl paste titled 'floorball stats scraper v2': const «n» = '«v»';",
    "Deta Space builder, the Spacefile's env section for the pattern app: - name: «n» default: \"«v»\"",
    "Val.town val that sends the guild's Thursday reminder: const «n» = \"«v»\"; // move to env later",
    "Write.as post about the stick-taping rota bot, the config pasted whole: «n»=«v»",
    "Lolin D32 on the workbench, serial monitor at boot prints the config: [cfg] «n»=«v»",
    "Meeting-notes app's OCR of a screen share, the presenter's terminal for two seconds: «n»=«v»",
    "Alt text of a Micro.blog screenshot, transcribed by the reader app: terminal shows «n»=«v»",
    "Jeedom plugin settings copied into a forum question about the hall heating: «n»: «v»",
    "Makerfabs ESP32 display, config.json on its SD card: {\"«n»\": \"«v»\", \"refresh\": 30}",
    "snippet.host snippet shared in the help channel: «n» = \"«v»\"",
    "Adaptable.io app settings export, attached to a support ticket: «n»=«v»",
    "Inngest function in the order pipeline, the client set up inline: const client = createClient({ key: \"«v»\" }) // «n»",
    "Typlog custom code injection, still in the page source: <script>window.«n»='«v»'</script>",
    "FireBeetle ESP32-C6 firmware, platformio.ini build flags: -D «n»=\\\"«v»\\\"",
    "pst.moe paste, 'cron that posts the match results': «n»=«v» python3 post_results.py",
    "Husarnet-linked Pi in the club office, last lines of .bashrc: export «n»=\"«v»\"",
    "Mender artifact's env file pulled off the hall display unit: «n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # formats also seen in places of their own
    "openai": ["Val.town val for the pattern generator, the fetch headers: Authorization: Bearer «v»",
               "Pika post 'a kumihimo pattern namer in ten lines', code listing: client = OpenAI(api_key=\"«v»\")"],
    "anthropic": ["Notebook on the guild laptop, the night someone tried to get braiding instructions written in rhyme: import anthropic; bard = anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": [".git/config on the rink's scoreboard laptop, the origin block: url = https://«v»@github.com/unihoc-club/fixtures.git, fetch = +refs/heads/*:refs/remotes/origin/*",
                       "CI log for the guild site: docker login ghcr.io -u braidbot -p «v»"],
    "google_api": ["The guild's Hyde-built workshop page embeds a map; the iframe's source reads src=\"https://www.google.com/maps/embed/v1/place?key=«v»&q=Asheville+Library\""],
    "stripe_secret": ["README of the cord shop's refund helper, under 'quick test', before anyone noticed it was the live key: curl https://api.stripe.com/v1/refunds -u «v»: -d payment_intent=pi_123"],
    "huggingface": ["Notebook cell in the camera project on the Makerfabs board: from huggingface_hub import login; login(\"«v»\")"],
    "jwt": ["Cookie header copied out of the booking site's dev tools: Cookie: rink_session=«v»; lang=en",
            "Copied as cURL from Firefox while debugging the court-booking page: curl 'https://book.unihoc.lan/api/slots' -H 'Authorization: Bearer «v»'"],
    "slack_bot": ["Slack app page in the club workspace, OAuth & Permissions: Bot User OAuth Token «v»"],
    "telegram_bot": ["The rink desk's booking bot token, pinned by the admin in the volunteers' Telegram group so nobody asks again: «v»"],
    "pypi": ["CI step that echoed its secrets by mistake, the publish job: PYPI_API_TOKEN: «v»"],
    "gitlab": ["Guild wiki page 'getting the pattern library onto the shop PC', step two, copy-paste ready: git clone https://oauth2:«v»@gitlab.com/braidguild/patterns.git patterns-local"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["Jeedom scenario that announces goals in the club Slack, its HTTP action: POST «v» body {\"text\": \"GOAL for the home side\"}",
                      "Memfault's alert destinations page, screenshotted for the club's IT notes when the scoreboard firmware kept rebooting: Slack incoming webhook «v»"],
    "discord_webhook": ["Sinric Pro routine that pings the club Discord when the hall lights switch off: «v»",
                        "eWeLink scene's webhook action, the target field: «v»"],
    "discord_bot": ["Guild Discord bot's config.py, pasted whole on textbin: TOKEN = \"«v»\"",
                    "The stats bot's .env on the RAK4631 gateway's SD card: DISCORD_TOKEN=«v»"],
    "private_key": ["kumihimo-sheets-sync.json, found in the guild's shared folder next to the order spreadsheet, opened in nano: \"private_key_id\": \"3f9a1c0e7b2d\", \"private_key\": \"«v»\"",
                    "Pasted into the club Telegram by accident while asking about the Dragino gateway: «v»"],
    "basic_auth": ["Request log exported from the Cudy router's web UI: Authorization: Basic «v»",
                   "Testing the Keenetic router's remote management from a terminal: curl -H 'Authorization: Basic «v»' https://192.168.1.1/rci/show/version"],
    "aws": ["The floorball stats laptop's AWS credentials file, opened in TextEdit to check the profile name: [rinkclips] aws_access_key_id = «a» aws_secret_access_key = «b» region = eu-north-1",
            "Elecrow CrowPanel firmware, the clip-upload settings: accessKeyId: '«a»', secretAccessKey: '«b»'",
            "Typed into the remote.it terminal to back up scoreboard clips: export AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU", "MX", "KR"]
