"""Labelled lines for ``bench_privacy.py``: the fifth tuning set, dev5 (the held-out set until 2026-12).

Written for issue 17 as the held-out set by someone who had not read the redactor
(``device/privacy/``, ``device/pipeline/privacy.py``) and never ran these lines through it while
writing them. It was measured, numbers only, several times (last at recall 0.9632, precision 0.9906
on 2026-12-04); its misses are read from now on, so it is a tuning set, and
``privacy_cases_heldout.py`` holds a new held-out set. Its lines and seeds are unchanged by the
move.

Its lines are what the sensors record (window titles, shell commands, notes, chat messages,
calendar entries, log lines), with templates, countries, values and seeds of its own; only the
``Case`` type and the Luhn and mod-97 helpers come from ``privacy_cases.py``. Each line is read in
its writer's region. Conventions as in the other sets: kinds ``phone``, ``card``, ``account``,
``national_id``, ``secret`` (passwords and PINs included) and ``email``; hashes, commit SHAs,
UUIDs and trace ids in ordinary contexts are look-alikes, while a hex key under a secret's name
(``TWILIO_AUTH_TOKEN=...``) is a secret.
"""

from __future__ import annotations

import random
import re

import privacy_cases_dev5_values as values
from privacy_cases import Case, grouped, iban
from privacy_cases_dev5_lookalikes import negatives

__all__ = ["positives", "negatives"]

_LOCAL_PHONE = {
    "BE": ["bel me terug op {v}", "Rappel : le plombier au {v}"], "IE": ["ring me back on {v} after 6", "Aoife's new mobile is {v}"],
    "PT": ["liga-me para o {v}", "Pedro (senhorio) {v}"], "FI": ["soita numeroon {v} huomenna", "Jukka, työpuhelin {v}"],
    "NO": ["ring meg på {v}", "Kari mobil {v}"], "DK": ["ring til mig på {v}", "Frederik ny mobil: {v}"],
    "CZ": ["zavolej mi na {v}", "Jana — kontakt {v}"], "NZ": ["flick me a text on {v}", "Aroha {v} (after 5)"],
    "ZA": ["whatsapp me on {v}", "Thandi cell {v}"], "SG": ["call my HP {v} lah", "Wei Ling HP: {v}"],
    "TR": ["beni {v} numarasından ara", "Ayşe cep {v}"], "HU": ["hívj a {v} számon", "Kovács Anna mobil: {v}"],
    "IL": ["Yael's mobile {v}", "call Noam on {v} before shabbat"], "GR": ["πάρε με στο {v}", "Κατερίνα κινητό {v}"],
}
_PHONE = [
    "FaceTime — {v}", "Outgoing call {v} 00:04:12", "text me on {v} when you land", "Calendar: call landlord ({v}) re heating",
    "INFO sms.dispatch to={v} status=queued", "Signal — safety number changed for {v}", "emergency contact (carer) {v}",
    "school office {v}, 8-15 only", "Notes — plumber {v}", "Contacts — new: {v}", "Booking confirmed. Host phone {v}",
    "Telegram: login code sent to {v}", "Uber: your driver can be reached on {v}", "Teams — call ended with {v} (12 min)",
]
_CARD = [
    ("US", "Checkout — Card number {v} — Firefox"), ("IE", "log: payment.authorize card={v} amount=42.90 EUR status=declined"),
    ("CZ", "číslo karty {v}, platnost 03/29"), ("DK", "kortnummer {v} (udløb 11/28)"), ("PT", "cartão {v} validade 07/30"),
    ("NZ", "card for the team lunch: {v}"), ("SG", "Clipboard: {v}"), ("TR", "kart numarası {v}"), ("FI", "korttinumero {v}"),
    ("ZA", "hotel wants the card again: {v}"), ("GR", "Αριθμός κάρτας {v}"), ("BE", "Notes — travel card {v} (limit 2000)"),
]
_IBAN_LOCAL = {
    "PT": "Transferência para {v} (renda de março)", "FI": "tilisiirto saajalle Jukka V., tili {v}", "CZ": "platba na účet {v}",
    "HU": "utalás: {v} (közös költség)", "GR": "κατάθεση στο {v}", "RO": "plată chirie în contul {v}", "HR": "uplata na {v}",
    "LT": "pervedimas į sąskaitą {v}",
}
_IBAN = ["wire the bond to {v} before the 1st", "Payee added — {v}", "Invoice: please remit to {v}", "Wise transfer to {v} scheduled",
         "club membership fee goes to {v}"]
_IDS = {
    "pl_pesel": ["PESEL: {v}", "nr PESEL {v} do umowy"], "fi_hetu": ["henkilötunnus {v}", "Kela-lomake — {v}"],
    "no_fodselsnummer": ["fødselsnummer {v}", "fnr: {v}"], "pt_nif": ["NIF {v} na fatura", "contribuinte n.º {v}"],
    "in_aadhaar": ["Aadhaar {v}", "UIDAI — Aadhaar no. {v}"], "za_id": ["ID no: {v}", "SA ID {v} for FICA"],
    "ie_pps": ["PPSN {v}", "PPS number: {v}"], "ch_ahv": ["AHV-Nr. {v}", "Krankenkasse, Versichertennummer {v}"],
    "tr_tckimlik": ["TC Kimlik No: {v}", "T.C. {v} (e-Devlet)"], "il_teudat_zehut": ["ת.ז. {v}", "Teudat Zehut {v}"],
}
_SECRETS = {
    "slack_user_token": ["SLACK_USER_TOKEN={v} python export_channels.py", "slack_token: {v}"],
    "github_app_token": ["GITHUB_TOKEN: {v}  # app installation", "git push https://x-access-token:{v}@github.com/studio/site.git main"],
    "stripe_webhook_secret": ["STRIPE_WEBHOOK_SECRET={v}", "> Ready! Your webhook signing secret is {v} (^C to quit)"],
    "databricks": ["DATABRICKS_TOKEN={v}", "token = {v}"], "postman": ["POSTMAN_API_KEY={v}", "postman login --with-api-key {v}"],
    "brevo": ["BREVO_API_KEY={v}", "api-key: {v}"],
    "mailgun": ['MAILGUN_API_KEY="{v}"', "curl -s --user 'api:{v}' https://api.eu.mailgun.net/v3/mg.example.com/messages"],
    "new_relic": ["NEW_RELIC_API_KEY={v}", "newrelic profile add --apiKey {v} --region EU"],
    "grafana": ["GRAFANA_SA_TOKEN={v}", 'curl -H "Authorization: Bearer {v}" http://grafana.lan:3000/api/dashboards/home'],
    "vault": ["export VAULT_TOKEN={v}", "vault login {v}"],
    "terraform_cloud": ['credentials "app.terraform.io" {{ token = "{v}" }}', "TF_TOKEN_app_terraform_io={v}"],
    "age_key": ["SOPS_AGE_KEY={v} sops -d secrets.enc.yaml", "keys.txt: {v}"],
    "docker_pat": ["DOCKERHUB_TOKEN={v}", "dockerhub token {v} (read-only, CI)"], "linear": ["LINEAR_API_KEY={v}", "linear auth {v}"],
    "notion": ['NOTION_TOKEN="{v}"', "notion integration token: {v}"], "okta": ["Authorization: SSWS {v}", "OKTA_API_TOKEN={v}"],
    "sentry": ["SENTRY_AUTH_TOKEN={v} sentry-cli releases new 1.4.2", "[auth]\ntoken={v}"],
    "atlassian": ["JIRA_API_TOKEN={v}", "curl -u mkowalska:{v} https://studio.atlassian.net/rest/api/3/myself"],
    "discord_webhook": ["DISCORD_WEBHOOK={v}", "curl -H 'Content-Type: application/json' -d '{{\"content\":\"deploy ok\"}}' {v}"],
    "wireguard_key": ["[Interface]\nPrivateKey = {v}\nAddress = 10.8.0.2/24", "wg set wg0 private-key <(echo {v})"],
    "basic_auth": ["Authorization: Basic {v}", "curl -H 'Authorization: Basic {v}' http://printer.lan/config"],
    "jwt": ["Cookie: id_token={v}; Path=/; Secure", 'localStorage.access_token = "{v}"'],
    "azure_client_secret": ["AZURE_CLIENT_SECRET={v}", "clientSecret: '{v}'"],
    "aws_temporary_key_id": ["aws configure set aws_access_key_id {v}", "aws_access_key_id = {v}"],
    "firebase_server_key": ["FCM_SERVER_KEY={v}", 'headers: {{"Authorization": "key={v}"}}'],
    "openai_service_account": ["OPENAI_API_KEY={v} python batch.py", 'openai_key: "{v}"'],
    "gitlab_deploy_token": ["git clone https://gitlab+deploy-token-12:{v}@gitlab.com/studio/app.git", "CI_DEPLOY_PASSWORD={v}"],
    "twilio_auth_token": ["TWILIO_AUTH_TOKEN={v}", "twilio auth token {v}"],
    "connection_string": ["MONGO_URL=mongodb+srv://app:{v}@cluster0.x7k2p.mongodb.net/prod?retryWrites=true",
                          "REDIS_URL=redis://:{v}@10.0.0.14:6379/2", "amqp://orders:{v}@rabbit.internal:5672/%2F",
                          "Server=tcp:sql01,1433;Database=Billing;User Id=billing;Password={v};Encrypt=True",
                          "jdbc:postgresql://db01:5432/erp?user=erp&password={v}", "mysql://wp:{v}@127.0.0.1:3306/wordpress"],
    "kubernetes_secret": ["data:\n  db-password: {v}", "kubectl patch secret pg-auth -p '{{\"data\":{{\"password\":\"{v}\"}}}}'"],
}
_KEYS = [("OPENSSH PRIVATE KEY", "cat ~/.ssh/id_ed25519\n{v}"), ("PGP PRIVATE KEY BLOCK", "Notes — backup key\n{v}"),
         ("ENCRYPTED PRIVATE KEY", "Slack — #ops — {v}"), ("DSA PRIVATE KEY", "vim /etc/ssl/private/legacy.key\n{v}")]
_COMMANDS = [
    "sshpass -p '{pw}' scp backup.tar.gz admin@192.168.1.20:/volume1/backup", "sshpass -p{pw} ssh -o StrictHostKeyChecking=no ubuntu@10.0.3.17",
    "curl --user ops:{pw} -X POST http://192.168.0.1/cgi-bin/reboot", "curl -s -u 'grafana:{pw}' http://localhost:3000/api/health",
    "wget --http-user=jonas --http-password={pw} https://intranet.example.net/reports/q4.pdf",
    "wget --ftp-user=scans --ftp-password='{pw}' ftp://192.168.1.30/scans/",
    "mysql --user=backup --password='{pw}' --host=db01 -e 'FLUSH TABLES'", "mysqladmin -uroot -p{pw} processlist",
    'psql "host=10.20.0.4 user=analyst password={pw} dbname=warehouse"', "pg_dump postgres://backup:{pw}@db.lan:5432/shop > shop.sql",
    'mongodump --uri="mongodb://backup:{pw}@10.1.4.2:27017/?authSource=admin" --out /srv/dump',
    "mongo admin --username root --password {pw} --host mongo01", "redis-cli -u redis://default:{pw}@cache.internal:6379/0 INFO",
    "REDISCLI_AUTH={pw} redis-cli -h 10.0.0.12 --scan --pattern 'sess:*'", "htpasswd -bB /etc/nginx/.htpasswd grafana {pw}",
    "openssl rsa -in server.key -passin pass:{pw} -out server.nopass.key",
    "openssl req -new -newkey rsa:4096 -keyout site.key -passout pass:{pw} -out site.csr",
    "openssl enc -aes-256-cbc -pbkdf2 -in taxes.pdf -out taxes.enc -k {pw}", "unzip -P {pw} Kontoauszuege_2026.zip",
    "unrar x -p{pw} holiday-photos.rar ~/Pictures/", '7za x -p"{pw}" scans-2026.7z -o./scans', "zip -r -P {pw} thesis.zip thesis/",
    "git clone https://mkowalski:{pw}@bitbucket.org/studio/website.git",
    "git remote set-url origin https://jvirtanen:{pw}@git.example.fi/infra/ansible.git",
    "docker login --username jdoe --password {pw} harbor.example.cz", "echo '{pw}' | docker login registry.gitlab.com -u deploy --password-stdin",
    'echo "{pw}" | sudo -S systemctl restart nginx', "sudo -S <<< '{pw}' apt-get install -y htop",
    "smbclient //fileserver/finance -U 'CORP\\akovacs%{pw}' -c 'ls'",
    "sudo mount -t cifs //nas/media /mnt/media -o username=pedro,password={pw},vers=3.0",
    "RSYNC_PASSWORD={pw} rsync -av rsync://backup@nas.local/photos/ ./photos/", "lftp -u webmaster,{pw} ftp.example.pt",
    "curl -T index.html ftp://webmaster:{pw}@ftp.example.gr/public_html/",
    "kubectl --username=admin --password={pw} --server=https://10.0.0.1:6443 get nodes",
    "kubectl create secret generic pg-auth --from-literal=password={pw}",
    "helm repo add internal https://charts.example.com --username ci --password {pw}",
    "helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword={pw}", "export MYSQL_PWD={pw}",
    '$env:SQL_PASSWORD = "{pw}"', "SPRING_DATASOURCE_PASSWORD={pw} java -jar billing.jar",
    "ldapsearch -x -H ldap://dc01 -D 'cn=admin,dc=example,dc=org' -w {pw} '(uid=jdoe)'",
    "sqlcmd -S localhost,1433 -U sa -P '{pw}' -Q 'SELECT @@VERSION'", "mosquitto_pub -h broker.lan -u iot -P {pw} -t home/garage -m open",
    "xfreerdp /v:10.0.5.20 /u:Administrator /p:{pw} /cert:ignore", "nmcli dev wifi connect 'Koti_5G' password {pw}",
    "ipmitool -I lanplus -H 10.0.9.11 -U ADMIN -P {pw} chassis power status", "gpg --batch --yes --passphrase '{pw}' -d secrets.tar.gpg | tar x",
    "svn checkout --username jdoe --password {pw} https://svn.example.org/repos/site", "sqlplus system/{pw}@//db01:1521/ORCLPDB1",
    "ansible-playbook site.yml -e 'ansible_become_password={pw}'", "vault login -method=userpass username=jdoe password={pw}",
    "mc alias set minio http://10.0.0.8:9000 minioadmin {pw}", "net user backupsvc {pw} /add", "az login -u {email} -p {pw}",
    "machine api.example.org login jdoe password {pw}",
]
_PROSE = [
    ("IE", "my pin is {pin4}"), ("NZ", "the wifi password is {pw}"), ("SG", "pw: {pw}"), ("ZA", "passcode {pin6}"),
    ("PL", "login for the school portal is mkowalska / {pw}"), ("IE", "creds for staging: admin / {pw}"), ("IL", "user ops, pass {pw}"),
    ("BE", "WLAN-Schlüssel: {pw}"), ("PL", "hasło do routera: {pw}"), ("CZ", "heslo k wifi je {pw}"), ("FI", "salasana on {pw}"),
    ("DK", "adgangskode til netbank: {pw}"), ("PT", "a minha senha é {pw}"), ("TR", "şifre: {pw}"), ("BE", "mdp du compte EDF : {pw}"),
    ("HU", "jelszó: {pw}"), ("GR", "κωδικός wifi: {pw}"), ("NZ", "pass is {pw} btw"), ("IE", "the password's {pw} now"),
    ("ZA", "temporary password: {pw} (change it at first login)"), ("NO", "passphrase for the backup disk: {pw}"),
    ("SG", "PIN for the new debit card: {pin4}"), ("DK", "alarm code {pin4}#"), ("NZ", "the key safe code is {pin4}"),
    ("PT", "bank login {email} / {pw}"), ("IE", "Aoife: admin password for the NAS is {pw} don't lose it"), ("ZA", "he said the pwd was {pw}"),
    ("NO", "set the router admin pw to {pw}"), ("FI", "SIM PIN {pin4}, PUK {puk}"), ("GR", "Netflix — {email} pw {pw}"),
    ("FI", "wifi: Koti-5G / {pw}"), ("BE", "Passwort fürs Gäste-WLAN lautet {pw}"), ("TR", "door code is {pin4} and the wifi pass is {pw}"),
    ("IL", "reminder: VPN password {pw} expires Friday"), ("CZ", "Heslo: {pw}"), ("BE", "Wachtwoord: {pw}"), ("SG", "new phone passcode {pin6}"),
    ("HU", "a PIN kódom {pin4}"), ("NO", "passordet til wifi er {pw}"), ("PT", "o código do cartão é {pin4}"),
]
_EMAILS = ["aoife.byrne@eircom.net", "j.virtanen@elisa.fi", "pedro.alves@sapo.pt", "katerina.p@otenet.gr", "jan.novak@seznam.cz",
           "thandi.nkosi@webmail.co.za", "ayse.demir@hotmail.com.tr", "liam.walker@xtra.co.nz", "yael.cohen@walla.co.il",
           "magda.kowalska@wp.pl", "kovacs.anna@freemail.hu", "weiling.tan@singnet.com.sg", "frederik.holm@mail.dk",
           "kari.nordmann@online.no", "lotte.peeters@telenet.be"]
_EMAIL_LINES = [
    "Inbox — {email} — Thunderbird", "To: {email}; Cc: {email2}", "mailto:{email}?subject=Fatura%20dezembro",
    'git config --global user.email "{email}"', "Slack: send the deck to {email} pls", "Sign in — {email} — Microsoft account",
    "INFO auth: login ok user={email} ip=10.0.4.17", "Invitation from {email}: braai on Saturday", "forward the receipts to {email}",
    "New contact: Liam Walker <{email}>",
]
_MIXED = [("NZ", "{name},{phone},{email}"), ("IE", "{name},{phone},{email}"), ("PT", "Pedro Alves | {phone} | {email}"),
          ("GR", "Katerina P. | {phone} | {email}"), ("FI", "Invoice footer: IBAN {iban} · tel. {phone}"),
          ("CZ", "Faktura — účet {iban}, tel. {phone}")]


def _fill(template: str, rng: random.Random, pw: str = "") -> tuple[str, tuple[tuple[str, str], ...]]:
    """``template`` with its fields filled, and the labelled values in the order they appear."""
    fields: dict[str, str] = {}
    labelled = []
    emails = rng.sample(_EMAILS, 2)
    for name in re.findall(r"\{(\w+)\}", template):
        value = {"pw": pw, "pin4": values.pin(rng), "pin6": values.pin(rng, 6), "puk": values.pin(rng, 8),
                 "email": emails[0], "email2": emails[1]}[name]
        fields[name] = value
        labelled.append(("email" if name.startswith("email") else "secret", value))
    return template.format(**fields), tuple(labelled)


def _phone_cases(rng: random.Random) -> list[Case]:
    cases = []
    for i, (region, number) in enumerate(values.phone_numbers(rng)):
        template = rng.choice(_LOCAL_PHONE[region]) if i % 2 else rng.choice(_PHONE)
        cases.append(Case(template.format(v=number), (("phone", number),), region, f"phone_{region}"))
    return cases


def _money_cases(rng: random.Random) -> list[Case]:
    """Cards of 6 networks, IBANs of 8 countries and account numbers as their banks print them."""
    cases = []
    for i in range(36):
        brand = list(values.CARD_BRANDS)[i % len(values.CARD_BRANDS)]
        number = values.card_number(brand, rng)
        shown = (rng.choice([f"{number[:4]} {number[4:10]} {number[10:]}", number]) if brand == "amex"
                 else [grouped(number), grouped(number, sep="-"), number][i % 3])
        region, template = rng.choice(_CARD)
        cases.append(Case(template.format(v=shown), (("card", shown),), region, f"card_{brand}"))
    for i in range(40):
        country = list(values.IBAN_BBANS)[i % len(values.IBAN_BBANS)]
        value = iban(country, values.IBAN_BBANS[country](rng))
        shown = grouped(value) if i % 3 else value
        template = _IBAN_LOCAL[country] if i % 2 else rng.choice(_IBAN)
        cases.append(Case(template.format(v=shown), (("account", shown),), country, f"iban_{country}"))
    for i in range(4):
        n = values.no_kontonr(rng)
        shown = f"{n[:4]}.{n[4:6]}.{n[6:]}" if i % 2 else n
        cases.append(Case(["kontonummer {v}", "betal til konto {v} innen fredag"][i % 2].format(v=shown), (("account", shown),), "NO", "account_NO"))
        prefix, number, bank = values.cz_account(rng)
        shown = f"{prefix.lstrip('0') + '-' if prefix.strip('0') else ''}{number}/{bank}"
        cases.append(Case(["č. ú. {v}", "pošli to na účet {v}"][i % 2].format(v=shown), (("account", shown),), "CZ", "account_CZ"))
        giro = values.hu_giro(rng)
        shown = "-".join(giro[j:j + 8] for j in range(0, len(giro), 8))
        cases.append(Case(["számlaszám: {v}", "bankszámla {v} (OTP)"][i % 2].format(v=shown), (("account", shown),), "HU", "account_HU"))
    for i in range(3):
        n = values.pt_nib(rng)
        shown = f"{n[:4]} {n[4:8]} {n[8:19]} {n[19:]}"
        cases.append(Case(f"NIB {shown}", (("account", shown),), "PT", "account_PT"))
        bsb, acc = f"{rng.choice(['062', '063', '033', '082'])}-{values.digits(rng, 3)}", values.digits(rng, rng.choice([8, 9]))
        cases.append(Case(f"BSB {bsb} Acc {acc} (rent)", (("account", bsb), ("account", acc)), "AU", "account_AU"))
        acc = values.digits(rng, 14)
        cases.append(Case(["A/c No. {v} (savings)", "salary a/c {v}", "account no {v}, HDFC Kochi"][i].format(v=acc),
                          (("account", acc),), "IN", "account_IN"))
        acc = "62" + values.digits(rng, 9)
        cases.append(Case(["acc no {v} FNB cheque", "pay into {v} (FNB), ref: Thandi", "account number: {v}"][i].format(v=acc),
                          (("account", acc),), "ZA", "account_ZA"))
    return cases


def _id_and_secret_cases(rng: random.Random) -> list[Case]:
    cases = []
    for kind, (region, make, _) in values.NATIONAL_IDS.items():
        for i in range(4):
            value = make(rng)
            if kind == "in_aadhaar" and i % 2:
                value = f"{value[:4]} {value[4:8]} {value[8:]}"
            cases.append(Case(_IDS[kind][i % 2].format(v=value), (("national_id", value),), region, f"id_{kind}"))
    regions = ["IE", "FI", "PT", "CZ", "NZ", "SG", "IL", "DK"]
    for fmt, templates in _SECRETS.items():
        for i in range(max(3, len(templates))):
            value = values.SECRET_MAKERS[fmt](rng)
            cases.append(Case(templates[i % len(templates)].format(v=value), (("secret", value),), rng.choice(regions), f"secret_{fmt}"))
    for kind, template in _KEYS:
        value = values.private_key(kind, rng)
        cases.append(Case(template.format(v=value), (("secret", value),), "FI", "secret_private_key"))
    for project in ("billing-prod", "scanner-dev"):
        value = values.private_key("PRIVATE KEY", rng, escaped=True)
        line = f'{{"type": "service_account", "project_id": "{project}", "private_key": "{value}\\n"}}'
        cases.append(Case(line, (("secret", value),), "PT", "secret_private_key"))
    return cases


def positives(seed: int = 6113) -> list[Case]:
    """The positive cases of dev5: about 400 lines."""
    rng = random.Random(seed)
    cases = _phone_cases(rng) + _money_cases(rng) + _id_and_secret_cases(rng)
    regions = list(_LOCAL_PHONE)
    pw = values.PASSWORDS
    for i, template in enumerate(_COMMANDS):
        k = i * 7 + 3
        while "{pw}@" in template and set(pw[k % len(pw)]) & set("#?/%@:"):
            k += 1  # in a URL such a password would be percent-encoded; people pick another
        text, labelled = _fill(template, rng, pw[k % len(pw)])
        cases.append(Case(text, labelled, regions[i % len(regions)], "password_command"))
    for i, (region, template) in enumerate(_PROSE):
        text, labelled = _fill(template, rng, pw[(i * 5 + 1) % len(pw)])
        cases.append(Case(text, labelled, region, "password_prose"))
    for i, template in enumerate(_EMAIL_LINES):
        text, labelled = _fill(template, rng)
        cases.append(Case(text, labelled, regions[(i * 3) % len(regions)], "email"))
    for region, template in _MIXED:
        fields = {"name": rng.choice(["Liam Walker", "Aoife Byrne", "Noa Levi"]), "phone": values.phone_number(rng, region),
                  "email": rng.choice(_EMAILS), "iban": grouped(iban(region, values.IBAN_BBANS[region](rng))) if "{iban}" in template else ""}
        text = template.format(**fields)
        kinds = {"phone": "phone", "email": "email", "iban": "account"}
        labelled = sorted(((kinds[k], v) for k, v in fields.items() if k in kinds and "{" + k + "}" in template), key=lambda kv: text.find(kv[1]))
        cases.append(Case(text, tuple(labelled), region, "mixed"))
    return cases

