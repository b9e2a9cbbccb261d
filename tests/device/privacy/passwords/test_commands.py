"""Passwords on command lines: options named for a secret, URLs, values piped into programs that
read a password, and the short options of the tools listed in ``TOOLS``."""

import pytest

from device.privacy.passwords.commands import TOOLS, find_command_passwords


def found(line: str) -> list[str]:
    return [line[start:end] for start, end in find_command_passwords(line)]


@pytest.mark.parametrize(("line", "secret"), [
    # Any option whose name says it holds a password or token, in any tool.
    ("svn checkout https://svn.lan/repo --username ana --password Qu1ll&ink", "Qu1ll&ink"),
    ("wget --http-password=Ferm4ta! https://files.lan/a.iso", "Ferm4ta!"),
    ("app serve --db-pass 'two words 9'", "two words 9"),
    ("keytool -genkey -alias web -keystore web.jks -storepass Walnut#5", "Walnut#5"),
    ("plink -ssh ops@10.2.0.4 -pw Granite!4", "Granite!4"),
    ("openssl pkcs8 -in a.pem -passin pass:Pebble_77 -out b.pem", "Pebble_77"),
    ("deploy --api-token 8d7f6e5a4b3c2d1e", "8d7f6e5a4b3c2d1e"),
    # user:password@ in a URL of any scheme, the user empty too.
    ("ftp://ana:Harbour%2Blight@ftp.lan/in", "Harbour%2Blight"),
    ("redis-cli -u redis://:Tidepool88@cache.lan:6379", "Tidepool88"),
    ("amqps://svc:Ember-Glow-3@mq.lan/vhost", "Ember-Glow-3"),
    # A value piped or fed into a program that reads a password from its input.
    ("echo 'Lantern#21' | sudo -S dnf upgrade", "Lantern#21"),
    ("printf '%s\\n' Orchid-44 | sudo -S -k shutdown -r now", "Orchid-44"),
    ("echo Meadow!90 | passwd --stdin kiosk", "Meadow!90"),
    ("echo 'kiosk:Thistle7' | chpasswd", "Thistle7"),
    ("echo -n 'Quartz_55' | podman login -u ana --password-stdin quay.io", "Quartz_55"),
    ("sudo -S systemctl restart nginx <<< 'Cobalt!12'", "Cobalt!12"),
    # Short options of listed tools, attached or separated as each tool takes them.
    ("mysqldump -h db -uback -pSpruce!31 inventory", "Spruce!31"),
    ("7za x -pMaple-Leaf-8 archive.7z", "Maple-Leaf-8"),
    ("unrar x -pWillow55 photos.rar", "Willow55"),
    ("mongorestore -u admin -p 'Birch tree 2' dump/", "Birch tree 2"),
    ("unzip -P Cedar#77 scans.zip", "Cedar#77"),
    ("twine upload -u __token__ -p Aspen-66 dist/*", "Aspen-66"),
    ("helm registry login r.lan -u ana -p Larch!19", "Larch!19"),
    ("sqlcmd -S db -U sa -P 'Hazel@2026' -Q 'select 1'", "Hazel@2026"),
    ("ldapwhoami -x -D cn=ana,dc=lan -w Rowan%88", "Rowan%88"),
    ("curl -u ana:Poplar!6 https://nas.lan/api", "Poplar!6"),
    ("http -a ana:Alder-77 https://api.lan/me", "Alder-77"),
    ("smbclient //fs/home -U LAN\\\\ana%Sequoia9", "Sequoia9"),
    ("lftp -u ana,Juniper#4 ftp.lan", "Juniper#4"),
    ("xfreerdp /v:10.0.0.7 /u:ana /p:Cypress!2", "Cypress!2"),
    ("security add-generic-password -a ana -s vpn -w Laurel#33", "Laurel#33"),
    # Tools that take it as an argument.
    ("net use Y: \\\\\\\\fs\\\\team Magnolia7 /user:LAN\\\\ana", "Magnolia7"),
    ("net user kiosk Camellia#5 /add", "Camellia#5"),
    ("htpasswd -nb ana Hemlock!8", "Hemlock!8"),
    ("sqlplus ana/Sycamore4@ORCLPDB", "Sycamore4"),
    ("wpa_passphrase CafeLan Acacia-2026", "Acacia-2026"),
    ("$cred = ConvertTo-SecureString 'Linden#6' -AsPlainText -Force", "Linden#6"),
    ("echo 'db.lan:5432:shop:ana:Mulberry!3' >> ~/.pgpass", "Mulberry!3"),
])
def test_passwords_on_command_lines_are_found(line: str, secret: str) -> None:
    assert secret in found(line)


@pytest.mark.parametrize("line", [
    "ssh -p 2222 ana@host.lan",  # -p is a port, ssh is not a password tool
    "docker run -p 8080:80 -u 1000:1000 nginx",  # -u uid:gid, -p ports
    "mysql -u root -p",  # a prompt
    "mysql -u root -p inventory",  # a prompt, then the database
    "mkdir -p ~/src && git add -p",
    "ffmpeg -i in.mov -pass 2 -b:v 2M out.mp4",  # an encoder's second pass
    "createuser --no-password kiosk",  # a flag, then an argument
    "docker build --secret id=npmrc,src=$HOME/.npmrc .",  # where a secret is, not the secret
    "openssl rsa -in k.pem -passin env:KEY_PASS",
    "gpg --passphrase-file pass.txt -d a.gpg",
    "llama-cli --max-tokens 256 --ctx-size 4096",
    "echo $PASSWORD | sudo -S true",  # a variable
    "echo hello | sudo tee /etc/motd",  # tee reads no password
    "echo done || sudo -S true",  # not piped
    "curl -u \"$USER:$TOKEN\" https://api.lan",
    "net use Z: \\\\\\\\nas\\\\share /persistent:yes",
    "ldapsearch -x -b dc=lan -s sub '(uid=ana)'",
    "sqlplus / as sysdba",
    "git clone git@github.com:ana/notes.git",
    "MAC 3c:22:fb:10:7a:91",
])
def test_look_alikes_on_command_lines_are_left(line: str) -> None:
    assert found(line) == []


def test_every_tool_row_names_its_options() -> None:
    for names, options in TOOLS:
        assert names and options
        assert all(form in ("attached", "separate", "either", "long") for _, form, _ in options)
