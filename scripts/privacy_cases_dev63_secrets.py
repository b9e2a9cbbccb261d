"""API keys and tokens of the dev63 privacy set (``privacy_cases_dev63.py``), where a personal
agent's sensors meet them: the spots people paste them in (a roundnet club's bracket app, a chainmaille
workshop's web shop, a fungus foray group's identification bot, a water vole survey's trail-camera
uploads, an oyster restoration group's spat-count sheet, a canal restoration trust's work-party rota),
under this set's own variable names, as often as a personal agent's user meets them (OpenAI's most,
then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a session JWT, Hugging Face's and Slack's, and
now and then two dozen others). The keys are made as their issuers shape them by privacy_key_makers.keys
with dev19's session_jwt() and basic() and this set's issuers and Basic users."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://auth.spikeline-brackets.app", "https://id.ringweave-shop.net", "https://login.lockgate-rota.org"]
BASIC_USERS = ["bracket_sync", "ringshop_orders", "sporebot_pull", "volecam_upload", "spatsheet_bot", "lockrota_feed"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "SPOREID_OPENAI_KEY", "github_classic": "BRACKETS_GH_TOKEN", "anthropic": "VOLECAM_CLAUDE_KEY",
         "google_api": "TOWPATH_MAPS_KEY", "stripe_secret": "RINGSHOP_STRIPE_SECRET", "jwt": "LOCKROTA_SESSION_JWT",
         "huggingface": "GILLPHOTO_HF_TOKEN", "slack_bot": "REEFCAGE_SLACK_BOT", "github_fine_grained": "SPATSHEET_SITE_PAT",
         "openrouter": "FORAYCHAT_OPENROUTER_KEY", "groq": "SPOREPRINT_GROQ_KEY", "gitlab": "SPIKECUP_GITLAB_PAT",
         "npm": "WEAVEWIDGET_NPM_TOKEN", "pypi": "VOLECOUNT_PYPI_TOKEN", "telegram_bot": "SPATTIDE_TG_BOT",
         "discord_bot": "ROUNDLEAGUE_DISCORD_BOT", "digitalocean": "DREDGELOG_DO_TOKEN", "shopify": "JUMPRING_SHOP_TOKEN",
         "notion": "WORKPARTY_NOTION_KEY", "linear": "LOCKGATE_LINEAR_KEY", "google_oauth": "FORAYMAP_OAUTH_SECRET",
         "replicate": "MUSHROOMCAP_REPLICATE_KEY"}

SPOTS = [  # where any key is seen, under its variable's name
    "Roundnet bracket app, the volunteer developer's .env pasted into the club chat by mistake: «n»=«v»",
    "Chainmaille shop owner's terminal before the fair: export «n»=\"«v»\"",
    "Spore identification bot on the foray club's Raspberry Pi, its settings.ini: «n» = «v»",
    "Trail-camera upload script for the vole survey, a volunteer's screenshot of GitHub Actions secrets: «n»: «v»",
    "Oyster spat-count sheet's Apps Script properties, photographed by the chair: «n» → «v»",
    "Canal trust's work-party rota, docker-compose.yml in the repo the webmaster shared: - «n»=«v»",
    "The roundnet league's Netlify build settings, a member's screenshot: «n» | «v»",
    "Foray group's Jupyter notebook cell left in the shared folder: os.environ['«n»'] = '«v»'",
    "Vole survey's old laptop, .bashrc line found while cleaning it up: export «n»='«v»'",
    "Chainmaille web shop's config.toml, pasted into a support forum: «n» = \"«v»\"",
    "Oyster group's Render dashboard env var, copied by the treasurer into a note: «n» «v»",
    "Canal trust's fundraising page, a Vercel env screenshot: «n»=«v»",
    "Roundnet club's Discord, a new admin asking why the bot broke: my .env has «n»=«v»",
    "Foray club's docs site, a GitHub issue from a member: I set «n» to «v» and still get 401",
    "Chainmaille tutor's class notes, the cell she forgot to clear: «n» = \"«v»\"",
    "Spat-count Telegram helper, its systemd unit on the club Pi: Environment=«n»=«v»",
    "Vole survey's camera sync, a fly.io secrets command pasted in chat: fly secrets set «n»=«v»",
    "Canal trust's rota app, Heroku config photographed during the AGM: «n»: «v»",
    "The roundnet club's kit-order script, its launch.json: \"«n»\": \"«v»\"",
    "Foray group's Mastodon bot, its YAML settings: «n»: «v»",
    "Oyster group's WordPress wp-config.php, the volunteer's paste: define('«n»', '«v»');",
    "Chainmaille shop's GitHub Codespaces secret, screenshot in the family chat: «n» «v»",
    "Canal trust's PowerShell profile on the office PC: $env:«n» = \"«v»\"",
    "Vole survey's R script header left in the project folder: Sys.setenv(«n» = \"«v»\")",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "Spore ID bot log on the foray club's Pi: Incorrect API key provided: «v»",
        "The chainmaille tutor's pattern-naming script crashed at the fair, the traceback showed openai.api_key = \"«v»\" in plain sight",
    ],
    "anthropic": ["Vole camera caption helper, the volunteer's terminal: anthropic.Anthropic(api_key=\"«v»\")"],
    "github_classic": [
        "Priya's push kept failing from the beach, so she rewired her laptop's remote: https://«v»@github.com/spikeline/brackets",
        "The canal trust's webmaster left a token in the README while documenting the deploy: GITHUB_TOKEN «v»",
    ],
    "google_api": ["Gwen noticed the towpath page leaks its map credential in the HTML: maps/api/js?key=«v»&callback=initTowpath"],
    "stripe_secret": ["Mrs Okafor's nephew debugging why the ring-shop refunds bounce, his pasted shell line: stripe refunds create --api-key «v» --charge ch_weave"],
    "huggingface": ["Foray group's mushroom photo classifier notebook, the login cell: huggingface-cli login --token «v»"],
    "jwt": [
        "Canal trust's rota app, the browser devtools screenshot a volunteer sent: Authorization: Bearer «v»",
        "Cookie copied from the lock-gate rota when Bernard asked why he kept being logged out: «v»",
    ],
    "slack_bot": ["Oyster group's Slack reminder bot, its config pasted into the channel: token: «v»"],
    "telegram_bot": ["Thandi's note in the reef group's wiki, under 'bot asleep again': https://api.telegram.org/bot«v»/getMe answers nothing"],
    "pypi": ["Vole survey's counting package, the maintainer's .pypirc pasted in the issue: password = «v»"],
    "gitlab": ["Roundnet cup site, a member's pipeline log: PRIVATE-TOKEN: «v»"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "Oyster spat alert webhook: «v»",
        "Canal trust's level-sensor script posts to Slack when the pound drops; the webmaster pasted its URL in the minutes: «v»",
    ],
    "discord_webhook": [
        "Bracket results webhook: «v»",
        "The roundnet league's scoreboard pushes final scores to the club Discord through this webhook, pasted by the scorer: «v»",
    ],
    "discord_bot": [
        "Roundnet league bot's token, from the developer's message asking why it won't start: DISCORD_TOKEN=«v»",
        "Weave-class helper bot the tutor uploaded to the shared drive, its last line: client.run(\"«v»\")",
    ],
    "private_key": [
        "Foray club's Pi backup service account, pasted in the chat: «v»",
        "The vole survey's Google Sheets sync key file, the volunteer uploaded the whole JSON to the shared folder: «v»",
    ],
    "basic_auth": [
        "Spat-count sheet's webhook request, logged by the chair: Authorization: Basic «v»",
        "Canal trust's rota feed, the office PC's proxy log captured the header on every request: Authorization: Basic «v»",
    ],
    "aws": [
        "Vole survey's trail-camera uploads go to S3; the volunteer IT lead left the credentials in the handover note: access key «a», secret «b»",
        "Roundnet club's video archive, the developer's ~/.aws/credentials pasted while asking for help: aws_access_key_id = «a» aws_secret_access_key = «b»",
        "Canal trust backup: AWS «a» / «b»",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
