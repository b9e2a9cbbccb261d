"""Keys and tokens for the dev11 privacy set (``privacy_cases_dev11.py``), as often as a personal
agent's user meets them (OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
session JWT, Hugging Face's and Slack's, and now and then two dozen others), each made in the shape
its issuer documents (prefix, length, alphabet, the base64 parts of JWTs, Basic credentials and
Discord bot tokens), and the places a sensor reads them: a shell's rc files and history, ``.env``
files, CI logs, notebooks, chats, notes, password managers, request headers and URLs. ``«n»`` is
the variable's name, ``«v»`` the value (``«a»``/``«b»`` an AWS key id and its secret), ``«u»`` a
user name.
"""

from __future__ import annotations

import random
from functools import partial

import privacy_key_makers
from privacy_key_makers import aws_secret_key  # noqa: F401 - the builder's maker of an AWS key's secret

ISSUERS = ["supabase", "https://auth.example-app.io", "firebase"]  # who issues this set's session JWTs
ROLES = ["authenticated", "member", "owner"]  # their roles
BASIC_USERS = ["grafana", "admin", "pihole", "octoprint", "syncthing", "jenkins"]  # whose Basic credentials are seen


def _session_jwt(r: random.Random) -> str:
    return privacy_key_makers.session_jwt(r, ISSUERS, ROLES, claims="uid")


def _basic(r: random.Random) -> str:
    return privacy_key_makers.basic(r, BASIC_USERS, (14, 22))


pkcs8_in_json = partial(privacy_key_makers.pkcs8_in_json, size=1213)
KEYS = privacy_key_makers.keys(_session_jwt, _basic, {"openai": 14, "github_classic": 8, "anthropic": 7})  # format: (how many, how one is made)

NAMES = {"openai": "OPENAI_API_KEY", "github_classic": "GH_PAT", "anthropic": "CLAUDE_API_KEY", "google_api": "GOOGLE_MAPS_KEY",
         "stripe_secret": "STRIPE_API_KEY", "jwt": "SUPABASE_SESSION", "huggingface": "HUGGING_FACE_HUB_TOKEN", "slack_bot": "SLACK_TOKEN",
         "github_fine_grained": "GITHUB_PAT", "openrouter": "OPENROUTER_KEY", "groq": "GROQ_KEY", "gitlab": "CI_PUSH_TOKEN",
         "npm": "NODE_AUTH_TOKEN", "pypi": "TWINE_PASSWORD", "telegram_bot": "BOT_TOKEN", "discord_bot": "DISCORD_TOKEN",
         "digitalocean": "DIGITALOCEAN_TOKEN", "shopify": "SHOPIFY_ADMIN_TOKEN", "notion": "NOTION_KEY", "linear": "LINEAR_API_KEY",
         "google_oauth": "GOOGLE_CLIENT_SECRET", "replicate": "REPLICATE_API_TOKEN"}

SPOTS = [  # where any key is seen, under its variable's name
    "~/.zshrc (line 42): export «n»='«v»'",
    "$ cat .env.production → «n»=«v»",
    "GitHub Actions · run #311 · (secret printed by mistake) «n»: «v»",
    "Slack #eng · anyone know why «v» gives 401? it's the new one",
    "notes/api-keys.md — «n»: «v»",
    "config.py ● unsaved — «n» = \"«v»\"",
    "Jupyter Out[7]: os.environ['«n»'] → '«v»'",
    "Clipboard history · 1 min ago · «v»",
    "Bitwarden › Secure note 'prod keys' › «n»=«v»",
    "$ docker compose config | grep «n» →       «n»: «v»",
    "$ heroku config:set «n»=«v» -a budget-bot",
    "Render › Environment › «n» › «v»",
    "Obsidian daily note: rotated «n» today, new value «v»",
    "launch.json: \"env\": { \"«n»\": \"«v»\" }",
    "Google Doc 'Onboarding' › step 4: paste «v» into the app's settings",
    "WhatsApp → You (note to self): «v»",
    "Postman › Collection variables › «n» › Current value «v»",
    "$ aws ssm put-parameter --name /bot/«n» --type SecureString --value «v»",
    "kubectl get secret app -o yaml (decoded): «n»: «v»",
    "Stream VOD OCR (frame 01:12:09): «n»=«v»",
    "Cursor chat: here's my key «v», why does the SDK say it's invalid?",
    "GitLab › CI/CD variables › «n» › «v» (masked: off)",
    "supervisord.conf: environment=«n»=\"«v»\"",
    "$ crontab -l → 0 * * * * «n»=«v» /usr/local/bin/sync.sh",
    "$ echo «v» | vercel env add «n» production",
    "Raycast › Extension preferences › API key «v»",
]

OWN_SPOTS: dict[str, list[str]] = {  # how a service's own key goes into a request, a URL or its SDK
    "openai": ["$ curl https://api.openai.com/v1/chat/completions -H 'Authorization: Bearer «v»' -H 'Content-Type: application/json'",
               "Bruno › Collection settings › Auth › Bearer «v»", ">>> llm = ChatOpenAI(model=\"gpt-4o-mini\", api_key=\"«v»\")"],
    "anthropic": ["$ curl -s https://api.anthropic.com/v1/messages --header \"x-api-key: «v»\" --header \"content-type: application/json\"",
                  ">>> anthropic.Anthropic(api_key='«v»')"],
    "github_classic": ["$ git submodule add https://«v»@github.com/«u»/private-notes.git vendor/notes", "$ gh auth login --with-token <<< «v»"],
    "google_api": ["https://maps.googleapis.com/maps/api/staticmap?center=Lisbon&zoom=13&size=600x300&key=«v»",
                   "https://www.googleapis.com/youtube/v3/search?part=snippet&q=lofi&key=«v»"],
    "stripe_secret": ["$ curl https://api.stripe.com/v1/customers -u «v»:", "$ stripe listen --api-key «v» --forward-to localhost:4242/webhook"],
    "huggingface": [">>> from huggingface_hub import login; login(token=\"«v»\")"],
    "jwt": ["DevTools › Network › Request headers › cookie: sb-access-token=«v»", "jwt.io › Encoded › «v»"],
    "slack_bot": ["$ curl -H 'Authorization: Bearer «v»' https://slack.com/api/auth.test"],
    "telegram_bot": ["https://api.telegram.org/bot«v»/getUpdates", "bot = telebot.TeleBot(\"«v»\")"],
    "npm": [".yarnrc.yml: npmAuthToken: «v»"],
    "pypi": ["~/.pypirc: [pypi] username = __token__ password = «v»", "$ uv publish --token «v»"],
    "gitlab": ["$ git clone https://oauth2:«v»@gitlab.com/«u»/homelab.git"],
    "digitalocean": ["$ doctl auth init --access-token «v»"],
    "shopify": ["Request headers: X-Shopify-Access-Token: «v»"],
    "notion": ["$ curl https://api.notion.com/v1/search -H 'Authorization: Bearer «v»' -H 'Notion-Version: 2022-06-28'"],
    "linear": ["Linear › Settings › Security & access › Personal API keys › «v»"],
    "openrouter": ["$ curl https://openrouter.ai/api/v1/chat/completions -H \"Authorization: Bearer «v»\""],
    "groq": [">>> Groq(api_key=\"«v»\")"],
    "replicate": ["$ REPLICATE_API_TOKEN=«v» python run.py"],
    "google_oauth": ["client_secret_web.json: \"client_secret\": \"«v»\","],
}

ONLY_SPOTS: dict[str, list[str]] = {  # formats seen only in places of their own
    "slack_webhook": ["n8n › HTTP Request › URL «v»", "deploy.yml: run: curl -X POST -d '{\"text\":\"deployed\"}' «v»"],
    "discord_webhook": ["Grafana › Contact points › Discord › Webhook URL «v»", "$ python notify.py --webhook «v»"],
    "discord_bot": ["bot.py: client.run('«v»')", ".env (discord bot): DISCORD_TOKEN=«v»"],
    "private_key": ["firebase-adminsdk.json: \"private_key\": \"«v»\",", "Pasted in #infra by mistake (deleted after 2 min): «v»"],
    "basic_auth": ["$ curl -H 'Authorization: Basic «v»' http://pi.hole/admin/api.php?summary",
                   "squid access.log: Proxy-Authorization: Basic «v»"],
    "aws": ["~/.s3cfg (s3cmd --configure): access_key = «a» secret_key = «b»",
            "rclone.conf → [s3] provider = AWS access_key_id = «a» secret_access_key = «b»",
            "$ env | grep AWS → AWS_ACCESS_KEY_ID=«a» AWS_SECRET_ACCESS_KEY=«b»"],
}

SECRET_REGIONS = ["US", "US", "US", "US", "IN", "IN", "GB", "DE", "BR", "CA", "FR", "NG", "JP", "PL", "ES", "AU"]
