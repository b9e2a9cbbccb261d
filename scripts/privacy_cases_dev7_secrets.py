"""Keys, tokens and passwords for dev7 (``privacy_cases_dev7.py``, the held-out set from 2026-12-04),
at the rate a personal agent meets them: the keys of the services people use most (OpenAI, GitHub,
AWS, Google, Stripe, Slack, Anthropic ...) far more often than rare ones, each in the shape its
issuer publishes (as detect-secrets' plugins and the issuers' docs give them); passwords as people
type them on everyday tools' command lines, in the config files they keep, and in chat, notes and
mail.

A secret's value is what follows its key word or prefix: the ``Bearer`` or ``Basic`` of a header,
the ``AccountKey=`` of a connection string stay outside; a webhook URL that is itself the credential
is labelled whole.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

from privacy_cases import alnum, digits

HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
UPPER = string.ascii_uppercase + string.digits


def _jwt(r: random.Random) -> str:
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    claims = {"sub": alnum(r, 10, HEX), "iat": r.randint(1_760_000_000, 1_790_000_000), "role": r.choice(["user", "admin", "editor"])}
    return f"{part({'alg': r.choice(['HS256', 'RS256']), 'typ': 'JWT'})}.{part(claims)}.{alnum(r, 43, B64URL)}"


def _pem(r: random.Random) -> str:
    kind = r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    lines = [alnum(r, 64, B64) for _ in range(3)] + [alnum(r, 28, B64) + "="]
    return "\\n".join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])


# format -> (how many, maker, the environment name people give it, the service's name)
KEYS: dict[str, tuple[int, Callable[[random.Random], str], str, str]] = {
    "openai": (8, lambda r: f"sk-proj-{alnum(r, 74, B64URL)}T3BlbkFJ{alnum(r, 74, B64URL)}", "OPENAI_API_KEY", "OpenAI"),
    "github_classic": (5, lambda r: "ghp_" + alnum(r, 36), "GITHUB_TOKEN", "GitHub"),
    "github_fine_grained": (3, lambda r: f"github_pat_{alnum(r, 22)}_{alnum(r, 59)}", "GH_TOKEN", "GitHub"),
    "aws_access_key_id": (5, lambda r: "AKIA" + alnum(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "AWS_ACCESS_KEY_ID", "AWS"),
    "aws_secret_access_key": (5, lambda r: alnum(r, 40, B64), "AWS_SECRET_ACCESS_KEY", "AWS"),
    "google_api": (5, lambda r: "AIza" + alnum(r, 35, B64URL), "GOOGLE_API_KEY", "Google Cloud"),
    "anthropic": (4, lambda r: f"sk-ant-api03-{alnum(r, 93, B64URL)}AA", "ANTHROPIC_API_KEY", "Anthropic"),
    "stripe_secret": (4, lambda r: "sk_live_" + alnum(r, r.choice([24, 99])), "STRIPE_SECRET_KEY", "Stripe"),
    "stripe_restricted": (1, lambda r: "rk_live_" + alnum(r, 24), "STRIPE_RESTRICTED_KEY", "Stripe"),
    "jwt": (4, _jwt, "AUTH_TOKEN", "the API"),
    "private_key": (4, _pem, "PRIVATE_KEY", "the server"),
    "slack_bot": (3, lambda r: f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24)}", "SLACK_BOT_TOKEN", "Slack"),
    "slack_webhook": (3, lambda r: f"https://hooks.slack.com/services/T{alnum(r, 10, UPPER)}/B{alnum(r, 10, UPPER)}/{alnum(r, 24)}",
                      "SLACK_WEBHOOK_URL", "Slack"),
    "huggingface": (3, lambda r: "hf_" + alnum(r, 34, string.ascii_letters), "HF_TOKEN", "Hugging Face"),
    "telegram_bot": (3, lambda r: f"{r.randint(10**9, 8 * 10**9)}:AA{alnum(r, 33, B64URL)}", "TELEGRAM_BOT_TOKEN", "Telegram"),
    "gitlab": (3, lambda r: "glpat-" + alnum(r, 20, B64URL), "GITLAB_TOKEN", "GitLab"),
    "sendgrid": (2, lambda r: f"SG.{alnum(r, 22, B64URL)}.{alnum(r, 43, B64URL)}", "SENDGRID_API_KEY", "SendGrid"),
    "twilio_api_key": (2, lambda r: "SK" + alnum(r, 32, HEX), "TWILIO_API_KEY", "Twilio"),
    "npm": (2, lambda r: "npm_" + alnum(r, 36), "NPM_TOKEN", "npm"),
    "discord_bot": (2, lambda r: f"{r.choice('MN')}{alnum(r, 23, B64URL)}.{alnum(r, 6, B64URL)}.{alnum(r, 27, B64URL)}",
                    "DISCORD_TOKEN", "Discord"),
    "pypi": (2, lambda r: "pypi-AgEIcHlwaS5vcmc" + alnum(r, 60, B64URL), "PYPI_TOKEN", "PyPI"),
    "mailchimp": (2, lambda r: f"{alnum(r, 32, HEX)}-us{r.randint(1, 21)}", "MAILCHIMP_API_KEY", "Mailchimp"),
    "digitalocean": (2, lambda r: "dop_v1_" + alnum(r, 64, HEX), "DIGITALOCEAN_TOKEN", "DigitalOcean"),
    "shopify": (2, lambda r: "shpat_" + alnum(r, 32, HEX), "SHOPIFY_ACCESS_TOKEN", "Shopify"),
    "azure_storage": (2, lambda r: alnum(r, 86, B64) + "==", "AZURE_STORAGE_KEY", "Azure Storage"),
    "groq": (2, lambda r: "gsk_" + alnum(r, 52), "GROQ_API_KEY", "Groq"),
    "cloudflare": (2, lambda r: alnum(r, 40, B64URL), "CLOUDFLARE_API_TOKEN", "Cloudflare"),
    "square": (1, lambda r: "EAAA" + alnum(r, 60, B64URL), "SQUARE_ACCESS_TOKEN", "Square"),
    "basic_auth": (2, lambda r: base64.b64encode(f"{r.choice(['admin', 'deploy', 'grafana'])}:{alnum(r, 14)}".encode()).decode(),
                   "BASIC_AUTH", "the proxy"),
}

# Where a key is met; {env}, {svc} and {v} are filled in. Keys written under their service's name.
KEY_PLACES = [
    "export {env}={v}", "{env}={v}", "{env}=\"{v}\"  # prod", "  {env}: {v}", "\"{env_lower}\": \"{v}\",",
    "$ echo '{env}={v}' >> .env", "gh secret set {env} --body {v}", "vercel env add {env} production <<< {v}",
    "Slack DM: here's the {svc} key for the demo, please don't share: {v}", "note to self: {svc} key (new one) {v}",
    "Clipboard history — {v}", "WhatsApp: bro use mine for now {v}", "[OCR] API key  {v}  Copy",
    "Fwd: credentials — {svc}: {v}", "docker run -e {env}={v} app:latest", "fly secrets set {env}={v}",
    "heroku config:set {env}={v} -a shop-api", "VS Code — .env.local — {env}={v}", "kubectl create secret generic app --from-literal={env_lower}={v}",
    "Discord #dev: who pasted {v} in here lol, rotate it", "os.environ[\"{env}\"] = \"{v}\"", "env: [{{name: {env}, value: {v}}}]",
    "Notion — Team wiki / Keys — {svc}: {v}", "Teams chat: the {svc} token is {v} (expires Friday)",
]
HEADER_PLACES = [
    "curl -H \"Authorization: Bearer {v}\" https://api.example.net/v1/me", "Authorization: Bearer {v}",
    "http GET :8000/admin 'Authorization:Bearer {v}'", "fetch(url, {{ headers: {{ Authorization: `Bearer {v}` }} }})",
]
CODE_PLACES = {
    "openai": ["client = OpenAI(api_key=\"{v}\")", "openai.api_key = '{v}'"],
    "anthropic": ["client = anthropic.Anthropic(api_key=\"{v}\")"],
    "stripe_secret": ["stripe.api_key = \"{v}\""],
    "aws_secret_access_key": ["aws_secret_access_key = {v}", "aws configure set aws_secret_access_key {v}"],
    "aws_access_key_id": ["aws_access_key_id = {v}"],
    "google_api": ["https://maps.googleapis.com/maps/api/geocode/json?address=Lagos&key={v}", "genai.configure(api_key=\"{v}\")"],
    "huggingface": ["huggingface-cli login --token {v}"],
    "npm": ["//registry.npmjs.org/:_authToken={v}"],
    "pypi": ["twine upload -u __token__ -p {v} dist/*"],
    "azure_storage": ["DefaultEndpointsProtocol=https;AccountName=photosbackup;AccountKey={v};EndpointSuffix=core.windows.net"],
    "slack_webhook": ["curl -X POST -d '{{\"text\":\"deploy done\"}}' {v}", "WEBHOOK={v}"],
    "basic_auth": ["Authorization: Basic {v}", "curl -H 'Authorization: Basic {v}' http://nas.local:5000/"],
    "private_key": ["\"private_key\": \"{v}\",", "SSH_KEY=\"{v}\""],
    "telegram_bot": ["curl https://api.telegram.org/bot{v}/getUpdates"],
    "github_classic": ["git remote set-url origin https://{v}@github.com/ana-souza/dotfiles.git"],
}


# --- passwords as people choose them -------------------------------------------------------------

_WORDS = ["sunflower", "Mango", "chai", "Bengaluru", "Flamengo", "Rosalind", "pancake", "Valencia", "tiger", "Oktober", "Lakers",
          "biscuit", "Monsoon", "Chelsea", "pepper", "Naruto", "Simba", "Ipanema", "Ganesh", "Bavaria", "kitkat", "Marley", "Seoul",
          "Adobo", "Jollof", "Cancun", "Toronto", "Mimosa", "hazel", "Rocket", "Zelda", "Paprika", "Yosemite", "Galaxy", "Coco"]


def password(r: random.Random) -> str:
    """A password as people make them: a word and a year or digits with a symbol, a name and a date,
    a passphrase, or a manager's random string."""
    kind = r.random()
    if kind < 0.45:
        return f"{r.choice(_WORDS)}{r.choice(['', '_', '.', '@'])}{r.choice([str(r.randint(1975, 2026)), digits(r, 2), digits(r, 3)])}{r.choice('!#$*&?')}"
    if kind < 0.6:
        w = r.choice(_WORDS)
        return f"{w[0].upper()}{w[1:].replace('a', '@').replace('o', '0')}{digits(r, 2)}"
    if kind < 0.75:
        return "-".join(r.sample([w.lower() for w in _WORDS], 3)) + digits(r, 1)
    return alnum(r, r.choice([14, 16, 20]), string.ascii_letters + string.digits + "!#%&*+-=?@^_")


URL_UNSAFE = set("@:/?#[]%&+=^ ")  # passwords for URLs and user:pass pairs are drawn without these


def pin(r: random.Random, n: int) -> str:
    return r.choice("123456789") + digits(r, n - 1)


# Everyday tools' command lines, each once; {pw} is the password, {u} a user name.
PASSWORD_COMMANDS = [
    "mysql -u {u} -p{pw} shop_db", "mysqldump -u root --password={pw} wordpress > wp.sql", "PGPASSWORD={pw} psql -h localhost -U {u} app",
    "sshpass -p '{pw}' ssh {u}@192.168.1.20", "curl -u {u}:{pw} https://nas.home.arpa/api/status", "docker login -u {u} -p {pw}",
    "git clone https://{u}:{pw}@gitlab.com/family/photos.git", "wget --user={u} --password={pw} https://files.example.org/backup.tar",
    "htpasswd -b -c .htpasswd {u} {pw}", "net use Z: \\\\fileserver\\share /user:{u} {pw}", "redis-cli -a {pw} ping",
    "mongosh \"mongodb://{u}:{pw}@localhost:27017/admin\"", "zip -P {pw} taxes-2025.zip *.pdf", "7z a -p{pw} passport-scans.7z scans/",
    "openssl pkcs12 -export -in cert.pem -inkey key.pem -out me.p12 -passout pass:{pw}", "echo '{pw}' | sudo -S apt upgrade",
    "nmcli dev wifi connect HomeNet_5G password {pw}", "smbclient //nas/media -U {u}%{pw}", "sudo mount -t cifs //nas/backup /mnt/b -o username={u},password={pw}",
    "rclone config create box webdav url=https://dav.example.net user={u} pass={pw}", "ftp ftp://{u}:{pw}@ftp.myhost.net",
    "lftp -u {u},{pw} sftp://backup.myhost.net", "unzip -P {pw} statements.zip", "gpg --batch --passphrase {pw} -d notes.gpg",
    "mysql --user={u} --password='{pw}' -e 'show databases'", "psql postgresql://{u}:{pw}@db.internal:5432/crm",
    "az login -u {u}@contoso.com -p {pw}", "pip install --index-url https://{u}:{pw}@pypi.internal/simple foo",
    "sqlcmd -S localhost -U {u} -P {pw}", "adb shell input text {pw}", "keytool -genkey -alias app -keystore rel.jks -storepass {pw}",
    "ansible-playbook site.yml -e ansible_password={pw}", "echo {pw} | sudo openconnect -u {u} --passwd-on-stdin vpn.example.com",
    "wp user update {u} --user_pass={pw}", "mariadb -u{u} -p{pw}", "pg_dump \"host=localhost user={u} password={pw} dbname=erp\" > erp.sql",
    "Invoke-Sqlcmd -ServerInstance .\\SQLEXPRESS -Username {u} -Password {pw}", "export MYSQL_PWD={pw}",
    "samba-tool user setpassword {u} --newpassword={pw}", "ssh-keygen -p -N {pw} -f ~/.ssh/id_ed25519",
]

# Config files people keep (format name -> lines); {pw} the password, {u} a user.
PASSWORD_CONFIGS = {
    "dotenv": ["DB_PASSWORD={pw}", "SMTP_PASS={pw}"], "docker_compose": ["      POSTGRES_PASSWORD: {pw}", "      MYSQL_ROOT_PASSWORD: \"{pw}\""],
    "wp_config": ["define( 'DB_PASSWORD', '{pw}' );"], "spring_properties": ["spring.datasource.password={pw}"],
    "pgpass": ["localhost:5432:*:{u}:{pw}"], "netrc": ["machine api.heroku.com login {u}@gmail.com password {pw}"],
    "wpa_supplicant": ["    psk=\"{pw}\""], "django_settings": ["        'PASSWORD': '{pw}',"], "yaml": ["  password: {pw}"],
    "my_cnf": ["password={pw}"], "appsettings_json": ["\"DefaultConnection\": \"Server=.;Database=Shop;User Id={u};Password={pw};\""],
    "git_credentials": ["https://{u}:{pw}@github.com"], "networkmanager": ["psk={pw}"], "ini": ["pass = {pw}"],
    "home_assistant_secrets": ["router_password: \"{pw}\""],
}

# Prose: (region, line). Mostly English, as most of the agent's users write; the rest as people chat.
PASSWORD_PROSE = [
    ("US", "wifi password is {pw} btw"), ("US", "Netflix login: my email, pw {pw}"), ("US", "Mom the new password for the Apple ID is {pw}"),
    ("GB", "guest wifi: FoxDen / {pw}"), ("US", "reminder — changed the Chase password to {pw}"), ("CA", "the router admin pass is {pw}"),
    ("US", "Notes — Disney+ password {pw}"), ("AU", "Spotify family: password's {pw}"), ("US", "I set the laptop password to {pw} for now"),
    ("GB", "Email from IT: your temporary password is {pw}"), ("US", "password for the shared Google account: {pw}"),
    ("IN", "bhai wifi ka password {pw} hai"), ("IN", "Hotstar password: {pw} (don't change it)"), ("NG", "abeg the wifi password na {pw}"),
    ("PH", "pass ng wifi: {pw}"), ("US", "Calendar: Parent portal login — pw {pw}"), ("US", "Screenshot OCR: Password  {pw}  Show"),
    ("US", "text from Dad: the safe word/password is {pw}"), ("GB", "Sticky note: Outlook pw {pw}"), ("US", "locker combo app password = {pw}"),
    ("US", "new hire onboarding: initial password {pw}, change on first login"), ("CA", "Airbnb: the wifi is CasaLuna and the password is {pw}"),
    ("BR", "a senha do wifi é {pw}"), ("BR", "senha do e-mail nova: {pw}"), ("MX", "la contraseña del internet es {pw}"),
    ("ES", "contraseña de Movistar: {pw}"), ("DE", "WLAN-Passwort: {pw}"), ("DE", "das neue Passwort fürs Banking ist {pw}"),
    ("FR", "le mot de passe du wifi c'est {pw}"), ("FR", "mdp Free : {pw}"), ("IT", "la password del wifi è {pw}"),
    ("ID", "password wifi nya {pw}"), ("JP", "Wi-Fiのパスワードは {pw} です"), ("PL", "hasło do wifi: {pw}"), ("NL", "wachtwoord van de wifi is {pw}"),
    ("KR", "와이파이 비밀번호 {pw}"),
]

# PINs: (region, line, digits).
PIN_LINES = [
    ("US", "debit card PIN is {pw}", 4), ("GB", "PIN for the new Monzo card: {pw}", 4), ("IN", "ATM pin {pw}", 4),
    ("US", "garage keypad code {pw}", 4), ("DE", "Handy-PIN {pw}", 4), ("US", "iPhone passcode is {pw} if you need it", 6),
    ("BR", "senha do cartão {pw}", 6), ("US", "alarm code {pw}, disarm within 30s", 4),
]
