"""Secrets for the dev3 privacy set: keys and tokens of services in the shapes those services issue,
in config files (YAML, JSON, .env, INI, TOML, XML, properties, HCL, Dockerfiles, compose files),
HTTP headers, URLs and connection strings; passwords on the command lines of tools the other tuning
sets do not use, and in prose in many phrasings and languages. Values and templates are new; the
passwords are not those of ``tuning`` or ``dev2`` (a test checks).
"""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

from privacy_cases import alnum, digits

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits
URL_SAFE = B64 + "-_"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def _uuid(r: random.Random) -> str:
    return f"{alnum(r, 8, HEX)}-{alnum(r, 4, HEX)}-4{alnum(r, 3, HEX)}-{r.choice('89ab')}{alnum(r, 3, HEX)}-{alnum(r, 12, HEX)}"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# (format, templates, maker): one value per template
KEYS: list[tuple[str, list[str], Callable[[random.Random], str]]] = [
    ("github_app", ["GITHUB_TOKEN: {v}", "Authorization: token {v}"], lambda r: "ghs_" + alnum(r, 36)),
    ("github_user", ["git -c http.extraheader='AUTHORIZATION: bearer {v}' fetch origin"], lambda r: "ghu_" + alnum(r, 36)),
    ("github_refresh", ['{{"refresh_token": "{v}", "expires_in": 15897600}}'], lambda r: "ghr_" + alnum(r, 36)),
    ("gitlab_deploy", ["CI_DEPLOY_PASSWORD={v}", "docker login registry.gitlab.com -u gitlab+deploy-token-17 -p {v}"], lambda r: "gldt-" + alnum(r, 20, URL_SAFE)),
    ("gitlab_trigger", ["curl -X POST -F token={v} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline"], lambda r: "glptt-" + alnum(r, 40, HEX)),
    ("slack_user", ["SLACK_USER_TOKEN={v}", "slack:\n  token: {v}"], lambda r: f"xoxp-{digits(r, 11)}-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 32, HEX)}"),
    ("slack_app", ["SLACK_APP_TOKEN={v} python bolt_app.py"], lambda r: f"xapp-1-A0{alnum(r, 9, string.ascii_uppercase + string.digits)}-{digits(r, 13)}-{alnum(r, 64, HEX)}"),
    ("stripe_webhook", ["> Ready! Your webhook signing secret is {v} (^C to quit)", "STRIPE_WEBHOOK_SECRET={v}"], lambda r: "whsec_" + alnum(r, 32)),
    ("stripe_test", ["Stripe::api_key = '{v}'"], lambda r: "sk_test_51" + alnum(r, 97)),
    ("google_oauth_secret", ['{{"installed": {{"client_id": "8123.apps.googleusercontent.com", "client_secret": "{v}"}}}}'], lambda r: "GOCSPX-" + alnum(r, 28, URL_SAFE)),
    ("google_access_token", ["Authorization: Bearer {v}", "https://www.googleapis.com/drive/v3/files?access_token={v}"], lambda r: "ya29." + alnum(r, 150, URL_SAFE)),
    ("gcp_key_id", ['  "private_key_id": "{v}",'], lambda r: alnum(r, 40, HEX)),
    ("azure_client_secret", ["AZURE_CLIENT_SECRET={v}", "az login --service-principal -u http://tether-ci -p {v} --tenant acme.onmicrosoft.com"],
     lambda r: alnum(r, 3, B64) + "8Q~" + alnum(r, 34, B64 + "_~.-")),
    ("azure_sas", ["https://priyabackups.blob.core.windows.net/db/dump.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig={v}"],
     lambda r: alnum(r, 20, B64) + "%2B" + alnum(r, 18, B64) + "%2F" + alnum(r, 2, B64) + "%3D"),
    ("azure_servicebus", ["Endpoint=sb://tether.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}"],
     lambda r: alnum(r, 42, B64 + "+/") + r.choice("AEIMQUYcgkosw048") + "="),
    ("sentry", ["SENTRY_AUTH_TOKEN={v} sentry-cli releases new 1.4.2"], lambda r: "sntryu_" + alnum(r, 64, HEX)),
    ("datadog_api", ["DD_API_KEY={v}", "datadog:\n  apiKey: {v}"], lambda r: alnum(r, 32, HEX)),
    ("datadog_app", ["DD-APPLICATION-KEY: {v}"], lambda r: alnum(r, 40, HEX)),
    ("newrelic_user", ["NEW_RELIC_API_KEY={v}"], lambda r: "NRAK-" + alnum(r, 27, string.ascii_uppercase + string.digits)),
    ("newrelic_license", ["  license_key: {v}"], lambda r: alnum(r, 36, HEX) + "NRAL"),
    ("atlassian", ["JIRA_API_TOKEN={v}"], lambda r: "ATATT3xFfGF0" + alnum(r, 170, URL_SAFE) + "=" + alnum(r, 8, HEX.upper())),
    ("linear", ['{{"headers": {{"Authorization": "{v}"}}}}'], lambda r: "lin_api_" + alnum(r, 40)),
    ("notion", ["NOTION_TOKEN={v}", 'notion = Client(auth="{v}")'], lambda r: "ntn_" + digits(r, 11) + alnum(r, 35)),
    ("airtable", ["Authorization: Bearer {v}"], lambda r: "pat" + alnum(r, 14) + "." + alnum(r, 64, HEX)),
    ("heroku", ["HEROKU_API_KEY={v} heroku apps", "machine api.heroku.com\n  login priya\n  password {v}"], _uuid),
    ("cloudflare", ["CLOUDFLARE_API_TOKEN={v}", "wrangler.toml: api_token = \"{v}\""], lambda r: alnum(r, 40, URL_SAFE)),
    ("vercel", ["vercel deploy --prod --token {v}"], lambda r: alnum(r, 24)),
    ("netlify", ["NETLIFY_AUTH_TOKEN: {v}"], lambda r: "nfp_" + alnum(r, 36)),
    ("supabase", ["supabase login --token {v}", "SUPABASE_ACCESS_TOKEN={v}"],
     lambda r: "sbp_" + alnum(r, 40, HEX)),
    ("doppler", ["DOPPLER_TOKEN={v} doppler run -- npm start"], lambda r: "dp.st.prd." + alnum(r, 43)),
    ("postman", ["x-api-key: {v}"], lambda r: "PMAK-" + alnum(r, 24, HEX) + "-" + alnum(r, 34, HEX)),
    ("mailgun", ["curl -s --user 'api:{v}' https://api.mailgun.net/v3/mg.example.org/messages"], lambda r: "key-" + alnum(r, 32, HEX)),
    ("mapbox_secret", ["MAPBOX_DOWNLOADS_TOKEN={v}"], lambda r: "sk.eyJ1IjoicHJpeWEiLCJhIjoi" + alnum(r, 25) + "In0." + alnum(r, 22, URL_SAFE)),
    ("grafana", ["Authorization: Bearer {v}", "GRAFANA_SA_TOKEN={v}"], lambda r: "glsa_" + alnum(r, 32) + "_" + alnum(r, 8, HEX)),
    ("vault", ["export VAULT_TOKEN={v}", "X-Vault-Token: {v}"], lambda r: "hvs." + alnum(r, 24)),
    ("terraform", ['credentials "app.terraform.io" {{ token = "{v}" }}'], lambda r: alnum(r, 14) + ".atlasv1." + alnum(r, 67)),
    ("dockerhub", ["echo {v} | docker login -u priya --password-stdin"], lambda r: "dckr_pat_" + alnum(r, 27, URL_SAFE)),
    ("shopify_secret", ["SHOPIFY_API_SECRET={v}"], lambda r: "shpss_" + alnum(r, 32, HEX)),
    ("planetscale", ["PLANETSCALE_SERVICE_TOKEN={v}", "DATABASE_URL=mysql://7x2k9q:{v}@aws.connect.psdb.cloud/shop?sslaccept=strict"],
     lambda r: r.choice(["pscale_tkn_", "pscale_pw_"]) + alnum(r, 43, URL_SAFE)),
    ("age", ["# public key: age1qzt4…\n{v}"], lambda r: "AGE-SECRET-KEY-1" + alnum(r, 58, BECH32)),
    ("databricks", ["DATABRICKS_TOKEN={v}", "[DEFAULT]\nhost = https://adb-4471.azuredatabricks.net\ntoken = {v}"], lambda r: "dapi" + alnum(r, 32, HEX)),
    ("dropbox", ["dbx = dropbox.Dropbox('{v}')"], lambda r: "sl." + alnum(r, 138, URL_SAFE)),
    ("okta", ["Authorization: SSWS {v}"], lambda r: "00" + alnum(r, 40, URL_SAFE)),
    ("pulumi", ["PULUMI_ACCESS_TOKEN={v}"], lambda r: "pul-" + alnum(r, 40, HEX)),
    ("rubygems", ["---\n:rubygems_api_key: {v}"], lambda r: "rubygems_" + alnum(r, 48, HEX)),
    ("nuget", ["dotnet nuget push Tether.1.4.2.nupkg --api-key {v} --source https://api.nuget.org/v3/index.json"],
     lambda r: "oy2" + alnum(r, 43, string.ascii_lowercase + string.digits)),
    ("firebase", ["Authorization: key={v}"], lambda r: "AAAA" + alnum(r, 7, URL_SAFE) + ":APA91b" + alnum(r, 134, URL_SAFE)),
    ("facebook", ["https://graph.facebook.com/v19.0/me/accounts?access_token={v}"], lambda r: "EAAG" + alnum(r, 180)),
    ("openweather", ["https://api.openweathermap.org/data/2.5/weather?q=Porto&appid={v}&units=metric"], lambda r: alnum(r, 32, HEX)),
    ("discord_webhook", ["DISCORD_WEBHOOK={v}"],
     lambda r: f"https://discord.com/api/webhooks/{digits(r, 19)}/{alnum(r, 68, URL_SAFE)}"),
    ("teams_webhook", ["curl -H 'Content-Type: application/json' -d @card.json {v}"],
     lambda r: f"https://acme.webhook.office.com/webhookb2/{_uuid(r)}@{_uuid(r)}/IncomingWebhook/{alnum(r, 32, HEX)}/{_uuid(r)}"),
    ("aws_temp_key", ["[default]\naws_access_key_id = {v}"], lambda r: "ASIA" + alnum(r, 16, string.ascii_uppercase + "234567")),
    ("twilio_auth", ["TWILIO_AUTH_TOKEN={v}"], lambda r: alnum(r, 32, HEX)),
    ("rails_master", ["RAILS_MASTER_KEY={v} bin/rails s", "config/master.key: {v}"], lambda r: alnum(r, 32, HEX)),
    ("django", ["SECRET_KEY = '{v}'"], lambda r: "django-insecure-" + alnum(r, 50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")),
    ("jwt_secret", ["JWT_SECRET={v}", 'jwt:\n  secret: "{v}"'], lambda r: alnum(r, 64, HEX)),
    ("flask", ["app.config['SECRET_KEY'] = '{v}'"], lambda r: alnum(r, 32, B64 + "-_")),
    ("session_cookie", ["Cookie: sessionid={v}", "Set-Cookie: __Secure-session={v}; Path=/; HttpOnly"], lambda r: alnum(r, 32, string.ascii_lowercase + string.digits)),
    ("api_key_camel", ['{{"apiKey": "{v}", "region": "eu-west-1"}}', "const client = new Client({{ apiKey: '{v}' }});"], lambda r: alnum(r, 32)),
    ("x_auth_token", ["X-Auth-Token: {v}", "curl -H \"Api-Key: {v}\" https://api.example.org/v2/items"], lambda r: alnum(r, 40, HEX)),
    ("basic_auth", ["Authorization: Basic {v}", "Proxy-Authorization: Basic {v}"],
     lambda r: _b64(f"{r.choice(['priya', 'admin', 'svc-backup', 'ops'])}:{alnum(r, 12, B64 + '!#%')}")),
    ("docker_auth", ['{{"auths": {{"ghcr.io": {{"auth": "{v}"}}}}}}', "_auth={v}"], lambda r: _b64(f"priya:{alnum(r, 20, B64)}")),
    ("k8s_secret", ["data:\n  password: {v}", "  DB_PASS: {v}"], lambda r: _b64(alnum(r, 14, B64 + "!$"))),
]


PASSWORDS = [
    "Kaffeetasse#77", "Vila-Nova-1990", "stroopwafel!42", "Pao-de-Queijo9", "Tulipan_2025", "h3ll0Kitty!", "Saudade#23",
    "Kvarken!71", "Mumin_1945!", "pierogi4ever", "Dubrovnik%88", "Akropolis_04", "Bosphorus!2019", "Yerevan77!",
    "Kilimanjaro#5895", "MerlionSG_65", "Dim$um888", "Nanjing-Lu8", "Sawasdee!99", "Jeepney_2024", "Batik!Solo7",
    "Pho-Bo-22", "KiaOra!Kiwi3", "Maple$yrup55", "Tango_Baires9", "Cueca!1810", "Arepa-Paisa3", "Machu#Picchu1",
    "Matryoshka_7", "Varenyky!12", "Gulyas#1848", "Carpati_2022", "Nile-Delta!5", "Qahwa#Riyadh1", "Chai_Karachi92",
    "greenBanana$12", "xT7#pL2q!Vd", "9Wq!zr4Mb@", "plum-orbit-candle-42", "Sternschnuppe!3", "rose&thorn_88",
    "Bakkafjord!6", "Zeppelin_1900", "Oktoberfest2026!", "luna-Negra-17", "Q4pass-finance!", "Eisbär#Polar9",
    "Praha_Hradcany1", "Saimaa*Norppa", "Kölsch&Alt4", "Fjällräven_22", "Ciao!Bella77", "Lighthouse$404",
]

_WORDS = ["Sonnenblume", "mariposa", "koala", "Himmel", "castanha", "pingwin", "lumi", "kocka", "tulipa", "Fenris", "zorro",
          "yuzu", "Pfannkuchen", "albatros", "Mond", "cerezo", "wombat", "Nordlicht", "jacaranda", "sakura", "ruisseau", "Krokus"]


def password_stream(r: random.Random) -> list[str]:
    """``PASSWORDS``, then people's word-and-number passwords and password-manager ones: no repeats."""
    made = list(PASSWORDS)
    while len(made) < 140:
        word = r.choice(_WORDS)
        value = r.choice([f"{word}{r.choice('!#$%&*?')}{r.randint(1, 9999)}", f"{r.randint(1, 99)}{word.lower()}{r.choice('!?.')}",
                          alnum(r, 16, B64 + "!#$%&*+-=?@^_"), f"{word.capitalize()}_{word[::-1].lower()}{r.randint(10, 99)}"])
        if value not in made:
            made.append(value)
    return made


PASSWORD_COMMANDS = [
    "sqlcmd -S db01 -U sa -P {v} -Q \"SELECT @@VERSION\"", "bcp dbo.Orders out orders.dat -S db01 -U sa -P {v} -c",
    "mongodump --uri mongodb://backup:{v}@mongo:27017 --out /backups", "mongoimport --username admin --password={v} --db shop --file items.json",
    "influx -username admin -password {v} -database metrics", "clickhouse-client --user default --password {v} --query 'SHOW TABLES'",
    "cqlsh -u cassandra -p {v} 10.0.0.7", "cypher-shell -u neo4j -p {v} 'MATCH (n) RETURN count(n)'",
    "ldapsearch -x -D cn=admin,dc=example,dc=org -w {v} -b dc=example,dc=org", "sudo mount -t cifs //nas/media /mnt/media -o username=priya,password={v}",
    "xfreerdp /v:10.0.0.12 /u:priya /p:{v}", "rdesktop -u administrator -p {v} 192.168.1.20", "unzip -P {v} invoices.zip",
    "rar a -hp{v} archive.rar docs/", "gpg --batch --passphrase {v} -c notes.txt",
    "openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k {v}", "openssl rsa -in key.pem -passin pass:{v} -out key.nopass.pem",
    "keytool -genkeypair -alias app -keystore app.p12 -keypass {v}", "jarsigner -keystore release.jks -storepass {v} app.apk release",
    "lftp -u priya,{v} sftp://files.example.org", "svn checkout https://svn.example.org/repo --username priya --password {v}",
    "helm repo add private https://charts.example.org --username priya --password {v}", "podman login quay.io -u priya -p {v}",
    "kubectl create secret generic db-creds --from-literal=username=app --from-literal=password={v}",
    "kubectl config set-credentials priya --username=priya --password={v}", "vault kv put secret/app db_password={v}",
    "ansible-playbook site.yml -e ansible_become_password={v}", "mysqladmin -u root -p{v} status",
    "psexec \\\\srv01 -u ACME\\admin -p {v} cmd", "cmdkey /add:fileserver /user:ACME\\priya /pass:{v}",
    "nmcli dev wifi connect \"Fritz!Box 7590\" password {v}", "iwctl --passphrase {v} station wlan0 connect HomeNet",
    "ssh-keygen -p -f ~/.ssh/id_ed25519 -N {v}", "pdftk payslip.pdf output locked.pdf user_pw {v}",
    "java -jar app.jar --spring.datasource.password={v}", "mvn deploy -Drepo.password={v}", "./gradlew publish -PsigningPassword={v}",
    "RESTIC_PASSWORD={v} restic -r /mnt/backup backup ~", "BORG_PASSPHRASE={v} borg create ::home-2026-12-05 ~",
    "mosquitto_pub -h broker -u sensor -P {v} -t home/temp -m 21.5", "redis-cli -u redis://default:{v}@cache:6379 ping",
    "transmission-remote -n priya:{v} -l", "wget --ftp-user=priya --ftp-password={v} ftp://files.example.org/x.iso",
    "curl --proxy-user priya:{v} -x http://proxy:3128 https://example.org", "http -a priya:{v} GET https://api.example.org/me",
    "echo 'priya:{v}' | sudo chpasswd", "printf '%s\\n' '{v}' | sudo -S systemctl restart nginx", "sqlplus system/{v}@//db:1521/XEPDB1",
    "pg_dump \"host=db user=app password={v} dbname=shop\" > shop.sql", "rabbitmqctl add_user ci {v}", "net user backup {v} /add",
    "New-LocalUser -Name backup -Password (ConvertTo-SecureString '{v}' -AsPlainText -Force)",
    "mycli mysql://root:{v}@localhost:3306/shop", "zip --password {v} -r tax-2026.zip tax/",
    "tar cz docs | openssl enc -aes-256-cbc -pass pass:{v} > docs.tgz.enc", "SSHPASS='{v}' sshpass -e ssh pi@octopi.local",
    "expect -c 'spawn ssh pi@octopi.local; expect assword; send \"{v}\\r\"; interact'",
]

PASSWORD_CONFIGS = [
    ("yaml", "database:\n  user: shop\n  password: {v}"), ("json", '{{"username": "shop", "password": "{v}"}}'),
    ("dotenv", "SMTP_PASS={v}"), ("ini", "[smtp]\nuser = priya\npassword = {v}"), ("toml", '[db]\npassword = "{v}"'),
    ("xml", "<server><id>nexus</id><username>priya</username><password>{v}</password></server>"),
    ("xml_nuget", '<add key="ClearTextPassword" value="{v}" />'), ("properties", "spring.datasource.password={v}"),
    ("compose", "      - POSTGRES_PASSWORD={v}"), ("compose_map", "      MYSQL_ROOT_PASSWORD: '{v}'"),
    ("dockerfile", "ENV ADMIN_PASSWORD={v}"), ("hcl", 'resource "aws_db_instance" "db" {{ password = "{v}" }}'),
    ("mongodb_srv", "mongodb+srv://priya:{v}@cluster0.x7k2p.mongodb.net/shop?retryWrites=true"),
    ("amqp", "CELERY_BROKER_URL=amqp://celery:{v}@rabbit:5672//"), ("redis_url", "REDIS_URL=redis://:{v}@cache.internal:6379/0"),
    ("sqlserver", "Server=tcp:db01,1433;Database=shop;User Id=sa;Password={v};Encrypt=True"),
    ("jdbc", "jdbc:postgresql://db:5432/shop?user=app&password={v}&ssl=true"), ("odbc", "DRIVER={{ODBC Driver 18}};SERVER=db01;UID=app;PWD={v};"),
    ("smtp_url", "EMAIL_URL=smtp://priya:{v}@smtp.example.org:587"), ("netrc", "machine ftp.example.org login priya password {v}"),
    ("pgpass", "db.internal:5432:shop:app:{v}"), ("pypirc", "[pypi]\nusername = __token__\npassword = {v}"),
]

PASSWORD_PROSE = [
    ("PT", "a senha do wifi é {v}"), ("PT", "minha senha é {v}"), ("PL", "moje hasło to {v}"), ("PL", "hasło do routera: {v}"),
    ("TR", "wifi şifresi {v}"), ("TR", "şifre: {v}"), ("SE", "lösenordet till wifi är {v}"), ("DK", "adgangskode: {v}"),
    ("NO", "passordet er {v}"), ("FI", "salasana on {v}"), ("CZ", "heslo k wifi: {v}"), ("RU", "пароль: {v}"),
    ("GR", "ο κωδικός είναι {v}"), ("JP", "パスワードは {v} です"), ("CN", "密码：{v}"), ("KR", "비밀번호 {v}"),
    ("ID", "kata sandi: {v}"), ("ES", "la clave del wifi es {v}"), ("FR", "mdp : {v}"), ("DE", "PW lautet {v}"),
    ("DE", "WLAN-Schlüssel: {v}"), ("DE", "Passwort für das Gäste-WLAN: {v}"), ("HU", "jelszó: {v}"), ("SI", "geslo: {v}"),
    ("HR", "lozinka: {v}"), ("RO", "parola wifi {v}"), ("NL", "nieuw wachtwoord {v}"), ("ES", "contraseña nueva: {v}"),
    ("US", "the passcode is {v}"), ("US", "passphrase: {v}"), ("US", "creds are admin / {v}"), ("US", "login priya pass {v}"),
    ("US", "user: admin pwd: {v}"), ("US", "psw {v}"), ("US", "temporary password {v} (expires in 24h)"),
    ("GB", "password was changed to {v} yesterday"), ("GB", "{v} is the new wifi pw"), ("US", "the password (case sensitive): {v}"),
    ("US", "network key: {v}"), ("AU", "the pass for the shared account is {v}"), ("US", "use password {v} to open the PDF"),
    ("IE", "the admin password for the router is {v}, don't change it"), ("AT", "Zugangsdaten → Benutzer: priya / PW: {v}"),
]

PINS = [("DE", "SIM-PIN {v}"), ("US", "card PIN is {v}"), ("GB", "PUK code: {v}"), ("FR", "code PIN de la carte : {v}")]
