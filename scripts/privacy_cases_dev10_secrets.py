"""Keys and tokens for the dev10 privacy set (``privacy_cases_dev10.py``), as often as a personal
agent's user meets them: OpenAI's most, then GitHub's, Anthropic's, AWS's, Google's, Stripe's, a
JWT, Hugging Face's and Slack's, and now and then OpenRouter, Groq, GitLab, npm, SendGrid, Telegram,
webhooks, Twilio and Docker Hub, each in the shape its issuer documents (prefix, length, alphabet),
and where a sensor reads them: a shell's history, ``.env`` files, a notebook cell, a chat, a
password manager's item, request headers. ``{n}`` is the variable's name, ``{v}`` the value.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def _s(r: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(r: random.Random) -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {"sub": str(r.randint(10**5, 10**7)), "iat": r.randint(1_760_000_000, 1_790_000_000), "scope": r.choice(["read", "admin", "user"])}
    return f"{_b64url(json.dumps(header, separators=(',', ':')).encode())}.{_b64url(json.dumps(claims, separators=(',', ':')).encode())}." \
           f"{_b64url(bytes(r.randrange(256) for _ in range(32)))}"


def _pem(r: random.Random) -> str:
    kind = r.choice(["", "RSA ", "EC "])
    lines = [_s(r, 64, ALNUM + "+/") for _ in range(r.randint(3, 5))] + [_s(r, r.randint(20, 60), ALNUM + "+/") + "=="]
    return f"-----BEGIN {kind}PRIVATE KEY-----\\n" + "\\n".join(lines) + f"\\n-----END {kind}PRIVATE KEY-----"


def _basic(r: random.Random) -> str:
    user = r.choice(["admin", "grafana", "deploy", "ci-bot", "monitor", "home"])
    password = _s(r, r.randint(12, 20))
    return base64.b64encode(f"{user}:{password}".encode()).decode()


KEYS: dict[str, tuple[int, Callable[[random.Random], str]]] = {  # format: (how many, how one is made)
    "openai": (14, lambda r: f"sk-{r.choice(['proj', 'proj', 'proj', 'svcacct'])}-{_s(r, 74, URLSAFE)}T3BlbkFJ{_s(r, 74, URLSAFE)}"),
    "github_classic": (8, lambda r: "ghp_" + _s(r, 36)),
    "anthropic": (7, lambda r: "sk-ant-api03-" + _s(r, 93, URLSAFE) + "AA"),
    "aws": (5, lambda r: "AKIA" + _s(r, 16, string.ascii_uppercase + "234567")),
    "google_api": (5, lambda r: "AIzaSy" + _s(r, 33, URLSAFE)),
    "stripe_secret": (4, lambda r: "sk_live_" + (_s(r, 24) if r.random() < 0.5 else "51" + _s(r, 97))),
    "jwt": (4, _jwt),
    "huggingface": (3, lambda r: "hf_" + _s(r, 34, string.ascii_letters)),
    "slack_bot": (3, lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13 - 1)}-{_s(r, 24)}"),
    "github_fine_grained": (3, lambda r: f"github_pat_{_s(r, 22)}_{_s(r, 59)}"),
    "openrouter": (2, lambda r: "sk-or-v1-" + _s(r, 64, HEX)),
    "groq": (2, lambda r: "gsk_" + _s(r, 52)),
    "gitlab": (2, lambda r: "glpat-" + _s(r, 20, URLSAFE)),
    "npm": (2, lambda r: "npm_" + _s(r, 36)),
    "sendgrid": (2, lambda r: f"SG.{_s(r, 22, URLSAFE)}.{_s(r, 43, URLSAFE)}"),
    "telegram_bot": (2, lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{_s(r, 33, URLSAFE)}"),
    "slack_webhook": (2, lambda r: f"https://hooks.slack.com/services/T{_s(r, 10, string.ascii_uppercase + string.digits)}/"
                                   f"B{_s(r, 10, string.ascii_uppercase + string.digits)}/{_s(r, 24)}"),
    "discord_webhook": (2, lambda r: f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/{_s(r, 68, URLSAFE)}"),
    "private_key": (2, _pem),
    "basic_auth": (2, _basic),
    "twilio_api_key": (1, lambda r: "SK" + _s(r, 32, HEX)),
    "docker_hub": (1, lambda r: "dckr_pat_" + _s(r, 27, URLSAFE)),
}


def aws_secret(r: random.Random) -> str:
    return _s(r, 40, ALNUM + "/+")


VARS = {"openai": "OPENAI_API_KEY", "github_classic": "GITHUB_TOKEN", "anthropic": "ANTHROPIC_API_KEY", "google_api": "GEMINI_API_KEY",
        "stripe_secret": "STRIPE_SECRET_KEY", "jwt": "SESSION_TOKEN", "huggingface": "HF_TOKEN", "slack_bot": "SLACK_BOT_TOKEN",
        "github_fine_grained": "GH_TOKEN", "openrouter": "OPENROUTER_API_KEY", "groq": "GROQ_API_KEY", "gitlab": "GITLAB_TOKEN",
        "npm": "NPM_TOKEN", "sendgrid": "SENDGRID_API_KEY", "telegram_bot": "TELEGRAM_BOT_TOKEN", "twilio_api_key": "TWILIO_API_KEY",
        "docker_hub": "DOCKERHUB_TOKEN"}

PLACES = [  # where a plain key or token is seen
    ".env.local  {n}={v}",
    "zsh history: export {n}=\"{v}\"",
    "docker run --rm -e {n}={v} ghcr.io/acme/agent:latest",
    "Jupyter In [3]: os.environ[\"{n}\"] = \"{v}\"",
    "Slack DM: here's the staging key {v} - I'll rotate it after the demo",
    "Postman › Environments › prod › {n} = {v}",
    "Notion page 'Home server': {n} → {v}",
    "git diff --cached: +{n}={v}",
    "fly secrets set {n}={v} -a notes-api",
    "kubectl create secret generic app-keys --from-literal={n}={v}",
    ">>> client = Client(api_key=\"{v}\")",
    "config.toml (unsaved): api_key = \"{v}\"",
    "Screenshot OCR, iTerm2: {n}={v}",
    "1Password › API Credential › {n} › credential {v}",
    "Discord #dev: oops, pasted {v} - revoking now",
    "gh secret set {n} --body \"{v}\"",
    "PS C:\\dev\\bot> $env:{n} = \"{v}\"",
    "fish: set -Ux {n} {v}",
    "Dockerfile (local): ENV {n}={v}",
    "docker-compose.override.yml:   - {n}={v}",
    "Obsidian daily note: new {n} is {v} (old one revoked)",
    "VS Code - settings.json - \"apiKey\": \"{v}\",",
]

HEADERS = {  # how each service's key goes into a request
    "openai": ["curl https://api.openai.com/v1/responses -H \"Authorization: Bearer {v}\" -d @req.json",
               "HAR export: request header authorization: Bearer {v}"],
    "anthropic": ["curl https://api.anthropic.com/v1/messages -H \"x-api-key: {v}\" -H \"anthropic-version: 2023-06-01\""],
    "github_classic": ["curl -H \"Authorization: token {v}\" https://api.github.com/user/repos"],
    "huggingface": ["hf auth login --token {v} --add-to-git-credential"],
    "jwt": ["DevTools › Application › Cookies › session = {v}", "localStorage.setItem('auth', '{v}')"],
}

SPECIAL = {  # formats with places of their own
    "slack_webhook": ["curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"backup done\"}' {v}",
                      "Zapier › Step 3 › Webhook URL: {v}"],
    "discord_webhook": ["alertmanager.yml: webhook_url: {v}", "Home Assistant notify: url: {v}"],
    "private_key": ["service-account.json: \"private_key\": \"{v}\",", "Slack snippet 'deploy key': {v}"],
    "basic_auth": ["curl -H \"Authorization: Basic {v}\" http://192.168.1.40:9090/api/v1/query",
                   "nginx debug log: Authorization: Basic {v}"],
    "telegram_bot": ["n8n › Telegram credential › Access Token {v}", "systemd unit: Environment=TG_BOT_TOKEN={v}"],
    "aws": ["~/.aws/credentials  [default] aws_access_key_id = {a}  aws_secret_access_key = {b}",
            "export AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={b}"],
}
