"""Secrets of the dev72 privacy set (``privacy_cases_dev72.py``): API keys and tokens where a
personal agent's sensors meet them: the spots people paste them in (a klootschieten club's round
scorer bot, a buzkashi match's rider roster page, a lawn bowls club's rink draw sheet, a letterboxing
walk's clue archive, a punkin chunkin contest's launch distance board, a real tennis court's booking
page), under this set's own variable names, as often as a personal agent's user meets them (OpenAI's
most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a session JWT, Hugging Face's and Slack's,
and now and then two dozen others). The keys are made as their issuers shape them by
privacy_key_makers.keys with dev19's session_jwt() and basic() and this set's issuers and Basic users."""

from __future__ import annotations

from privacy_cases_dev19_secrets import aws_secret_key, basic, pkcs8_in_json, session_jwt
from privacy_key_makers import keys

__all__ = ["ISSUERS", "BASIC_USERS", "KEYS", "NAMES", "aws_secret_key", "SPOTS", "OWN_SPOTS", "ONLY_SPOTS", "SECRET_REGIONS", "pkcs8_in_json"]

ISSUERS = ["https://auth.kloot-lanes.org/ronde", "https://login.bowls-rinks.org",
           "https://sso.chunkin-field.org/launch-board"]
BASIC_USERS = ["kloot_scorer", "rider_roster", "rink_draw", "clue_archive", "launch_board", "court_booking"]
KEYS = keys(lambda r: session_jwt(r, ISSUERS), lambda r: basic(r, BASIC_USERS))

NAMES = {"openai": "RINKDRAW_OPENAI_KEY", "github_classic": "KLOOTRONDE_GH_TOKEN", "anthropic": "CLUEKEEPER_CLAUDE_KEY",
         "google_api": "MOORMAP_GOOGLE_KEY", "stripe_secret": "CHUNKIN_STRIPE_SK", "jwt": "DEDANS_SESSION_TOKEN",
         "huggingface": "BOZRIDER_HF_TOKEN", "slack_bot": "TWILIGHTPAIRS_SLACK_TOKEN", "github_fine_grained": "LAUNCHBOARD_REPO_PAT",
         "openrouter": "GALLERYCHASE_OPENROUTER_KEY", "groq": "TREBUCHET_GROQ_KEY", "gitlab": "STAMPLOG_GITLAB_TOKEN",
         "npm": "JACKROLL_NPM_TOKEN", "pypi": "KLOOTWORP_PYPI_TOKEN", "telegram_bot": "AIRCANNON_TG_TOKEN",
         "discord_bot": "CHAPANDAZ_DISCORD_TOKEN", "digitalocean": "GREENKEEPER_DO_TOKEN", "shopify": "GOURDSHOP_SHOPIFY_TOKEN",
         "notion": "RINKSHEET_NOTION_TOKEN", "linear": "CLUEBOX_LINEAR_TOKEN", "google_oauth": "COURTBOOK_OAUTH_SECRET",
         "replicate": "LAUNCHCAM_REPLICATE_KEY"}

SPOTS = [  # where any key is seen, under its variable's name
    "the rink draw script stopped on the clubhouse PC because someone pasted this into its .env: «n»=«v»",
    "kloot round scorer bot crashed on Sunday; the traceback ended with the env dump «n»=«v»",
    "moving the launch distance board to the new laptop, copy this line over exactly: «n»=«v»",
    "the marker's booking page went down, in the server log I can see «n» set to «v», should we rotate it?",
    "clue archive deploy note for the letterbox group, settings → secrets: «n» = «v»",
    "rider roster page for the buzkashi trip uses this in its config, don't share: «n»: «v»",
    "from the trebuchet team's README, the part everyone skips: export «n»=«v»",
    "bowls twilight results app is in the GitHub repo now; the CI variable is «n» and its value «v»",
    "the old scoreboard Pi still has «n»=«v» in /etc/environment, remove it before we sell the Pi",
    "screenshot text from the secretary's laptop: «n» «v» (it was in the terminal history)",
    "handover note for the court booking page, the key lives in «n», current value «v»",
    "please add «n» to the Vercel project of the clue map, value «v», then redeploy",
    "pasted into our group chat by mistake: «n»=«v» — can whoever owns it revoke it?",
    "launch board docker-compose has this under environment: - «n»=«v»",
    "the chunkin' webcam uploader reads «n» from the shell; mine is «v», I'll change it after the weekend",
    "bowls AGM minutes bot: «n»: «v»",
    "kloot scorer fly.io secrets set «n»=«v»",
    "the skips' draw notebook only runs for me if the first cell carries os.environ['«n»'] = '«v»', which feels wrong for a shared club drive",
    "real tennis handicap calculator's settings.py has «n» = '«v»', ugh",
    "the letterbox archive crawler: «n»=«v» in .env.local",
    "rider roster: «n» «v»",
    "Trebuchet team's Terraform vars file was committed; the line is «n» = \"«v»\", it's in the history forever now, please help me scrub it out of the repo before the fair board sees it",
    "«n»: «v»",
    "after the power cut in the clubhouse the scoring service on the mini PC would not start until I fixed its unit file line Environment=«n»=«v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # where a key of that format is seen, in its own tool's words
    "openai": [
        "the bowls draw script's OpenAI call failed with 401 after I pasted client = OpenAI(api_key=\"«v»\")",
        "the clue generator for the letterbox walk still has openai.api_key = \"«v»\" hard-coded in it",
        "Cursor settings on the club laptop show an OpenAI key field filled with «v»",
        "the robot commentator that calls out each pumpkin's flight has a YAML file next to the speaker, and in it sits openai: {key: «v»}",
    ],
    "anthropic": ["Claude Code on the scorer laptop was set up with the key «v», I saw it in the shell profile of the secretary"],
    "github_classic": [
        "helping the fixtures secretary with her laptop I noticed the draw repo had been cloned with the credentials baked into the remote, https://«v»@github.com/bowls-club/draw.git",
        "gh auth status on the marker's laptop printed the token «v» in full, which I didn't expect",
    ],
    "google_api": ["viewing the source of the moor clue map shows the embed loading the map tiles with key=«v» in plain HTML for anyone"],
    "stripe_secret": ["the fair's grandstand ticket shop stopped charging cards, the volunteer who built it read me the restricted key over the phone, «v»"],
    "huggingface": ["got the pumpkin announcer voice working again after I logged the old laptop back in to the model hub with «v» while the crowd waited"],
    "jwt": [
        "the Sunday boßel scoring site kept logging our captain out, so he sent me what his browser stored as the session, «v», to see whether it expires",
        "when the gallery tickets would not load I opened the browser tools on the booking page and every call sent Authorization: Bearer «v»",
    ],
    "slack_bot": ["the bot that posts each Saturday's rink results to the members' workspace shows its token on the settings page to anyone with admin, «v»"],
    "telegram_bot": ["the launch alerts Telegram bot was created by BotFather with token «v»"],
    "pypi": ["the college students packaged their throw-simulator and left the upload credentials in the team laptop's pypirc, password = «v»"],
    "gitlab": ["GitLab CI for the clue archive uses a token «v» in its settings"],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in their own tool's words
    "slack_webhook": [
        "the tablet on the green pushes the end-by-end pairs scores to our club workspace through the hook «v»",
        "kloot scorer posts each round to «v», the Slack incoming webhook",
    ],
    "discord_webhook": [
        "posts the longest throw of each heat to the crew server through «v»",
        "the launch board sends distances to Discord via «v», set it in the board's settings page",
    ],
    "discord_bot": [
        "the rider roster's Discord bot logs in with the token «v», it's in the bot's .env on the NAS",
        "the little bot that pings the rink skips about tea duty stopped answering, so I pressed reset in the developer portal and it gave me the new login «v»",
    ],
    "private_key": [
        "the clue archive's Google service account file, the private key part: «v»",
        "the fair board's secretary keeps the launch board server's deploy key in her phone notes and forwarded it to the group chat: «v»",
    ],
    "basic_auth": [
        "while chasing the slow booking page for the dedans seats I tailed the proxy log, and every request from the marker's tablet carries the header Authorization: «v» in plain sight",
        "the Sunday round results page for the boßel teams only answers if the scorer's phone sends Authorization: «v», which I copied out of the app's debug screen",
    ],
    "aws": [
        "the bowls photo bucket's AWS access key is «a» and the secret «b», from the old treasurer's notes",
        "photo of the sticky note under the launch laptop, where the video uploader keeps its profile:\n[chunkin]\naws_access_key_id = «a»\naws_secret_access_key = «b»",
        "the letterbox walkers' clue scans go up to a bucket every night; the cron line I found on the Pi was AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b» followed by a sync of the scans folder",
        "the trebuchet team's video upload script starts with boto3.client('s3', aws_access_key_id='«a»', aws_secret_access_key='«b»')",
        "rider roster CSV exports go to S3 with key id «a» and secret «b»",
        "the court page's IAM user: access key «a», secret access key «b», created by the last webmaster",
    ],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "CA", "DE", "BR", "MX", "FR", "NG", "JP", "PL", "ES", "AU", "IE"]
