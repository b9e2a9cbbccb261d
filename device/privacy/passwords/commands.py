"""Passwords on command lines.

Five general forms, and a table of the tools whose short options take a password:

- an option whose name says it holds a secret, for any tool: ``--password=x``, ``--db-pass x``,
  ``-storepass x``, ``-pw x``, ``--api-token x``, ``-passin pass:x`` (``secret_name`` decides);
- ``user:password@`` in a URL of any scheme (``://:password@`` too, as Redis writes it);
- a password piped or fed into a program that reads it from its input: ``echo x | sudo -S``,
  ``| passwd --stdin``, ``| docker login --password-stdin``, ``echo user:x | chpasswd``,
  ``sudo -S ... <<< x``;
- text a script types for the person (``adb shell input text X``, ``xdotool type X``) when made up;
- a tool's own short option (``mysql -px``, ``7z a -px``, ``mongosh -p x``, ``zip -P x``,
  ``curl -u user:x``, ``smbclient -U user%x``) and the few tools that take it as an argument
  (``net use``, ``htpasswd -b``, ``sqlplus user/x@db``).

Short options mean different things in different tools (``ssh -p 2222``, ``docker run -p 8080:80``),
so they are read only for the tools listed in ``tools.TOOLS``: adding a tool is one row. The forms of a
login that hold for any tool (``-u USER -p X``, ``--creds USER:X``, ``set-password X``) are in ``logins``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from device.privacy.alternation import by_first_letter
from device.privacy.findings import any_of
from device.privacy.lazy_pattern import LazyPattern
from device.privacy.passwords.account_args import find_account_arg_passwords, find_user_create_passwords
from device.privacy.passwords.logins import find_login_passwords
from device.privacy.passwords.tools import ATTACHED, LONG, SEPARATE, TOOLS
from device.privacy.passwords.values import names_a_setting, password_shaped, plausible, secret_name, value_at

# Tools that take the password as an argument: the group "v" is where it starts.
_ARGUMENTS = LazyPattern(
    r"\bnet\s+use\b(?:\s+[A-Za-z*]:)?\s+\\\\\S+\s+(?P<v>(?![/*])\S)"  # net use Z: \\host\share PASSWORD
    r"|\bnet\s+use\b[^\n|;&]*?\s/user:\S+\s+(?P<v2>(?![/*])\S)"  # net use ... /user:name PASSWORD
    r"|\bnet\s+user\s+(?!/)\S+\s+(?P<v3>(?![/*])\S)"  # net user NAME PASSWORD /add
    r"|\b(?:htpasswd|htdbm)\s+(?=[^\n|;&]*?(?<!\S)-\w*n)(?=[^\n|;&]*?(?<!\S)-\w*b)(?:-\w+\s+)*\S+\s+(?P<v7>\S)"  # htpasswd -nb USER PW
    r"|\b(?:htpasswd|htdbm)\s+(?=[^\n|;&]*?-\w*b)(?:-\w+\s+)*\S+\s+\S+\s+(?P<v4>\S)"  # htpasswd -b FILE USER PASSWORD (htdbm too)
    r"|\bwpa_passphrase\s+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']\S*)\s+(?P<v5>\S)"  # wpa_passphrase SSID PASSPHRASE (a quoted SSID)
    r"|\b(?:sqlplus|rman|expdp|impdp|dgmgrl|sql|clpplus)\s+(?:-\w+\s+)*[A-Za-z][\w$#.]*/(?P<v6>[^\s@/]+)"  # sqlplus user/pw@db (Db2's clpplus too)
    r"|\b(?:userid|USERID)=['\"]?[A-Za-z][\w$#.]*/(?P<v60>[^\s@/'\"]+)"  # sqlldr, exp, imp: userid=user/pw@db
    r"|(?<![\w:/])//[\w.$-]+:(?P<v61>[^\s@/:]+)@[\w.-]+/"  # mount_smbfs //user:pw@host/share (no scheme)
    r"|\bsmtpctl\s+encrypt\s+(?P<v62>(?!-)\S)"  # OpenSMTPD: a password to hash
    r"|\bsynouser\s+--(?:setpw|add)\s+\S+\s+(?P<v63>(?!-)\S)"  # Synology: synouser --setpw USER PASSWORD
    r"|\b(?:zmprov|carbonio\s+prov)\s+(?:-\w+\s+)*(?:sp|setPassword|ca|createAccount)\s+\S+\s+(?P<v99>(?!-)\S)"  # Zimbra/Carbonio: sp ACCOUNT PASSWORD
    # VPN clients' login USER PASSWORD; docker-mailserver's setup email add ADDRESS PASSWORD; an iPhone backup's
    # encryption password (idevicebackup2 encryption on X); a Doom 3 server's remote console password
    r"|\b(?:windscribe-cli|protonvpn-cli)\s+login\s+\S+\s+(?P<v64>(?![-|])\S)"
    r"|\bsetup\s+email\s+(?:add|update)\s+\S+@\S+\s+(?P<v65>(?!-)\S)"
    r"|\bidevicebackup2\b[^\n|;&]*?\sencryption\s+(?:on|changepw)\s+(?P<v66>(?!-)\S)"
    r"|\+set\s+\w*(?i:password|passwd)\w*\s+(?P<v67>(?![+-])\S)"
    r"|\bradtest\s+\S+\s+(?P<v68>(?!-)\S)"  # FreeRADIUS: radtest USER PASSWORD SERVER ...
    r"|(?<=[,=\s'\"])u=[^,\s'\"]+,p=(?P<v69>[^,\s'\"]+)"  # a Percona toolkit DSN: h=HOST,u=USER,p=PASSWORD
    r"|\bopenRTSP\b[^\n|;&]*?\s-u\s+\S+\s+(?P<v70>(?!-)\S)"  # live555's openRTSP -u USER PASSWORD
    r"|\bcpdf\b[^\n|;&]*?\s-encrypt\s+\S+\s+(?P<v71>(?!-)\S)"  # cpdf -encrypt METHOD USER-PASSWORD OWNER-PASSWORD
    r"|\bxo-cli\s+--register\s+\S+\s+(?!-)\S+\s+(?P<v72>(?!-)\S)"  # Xen Orchestra: xo-cli --register URL USER PASSWORD
    r"|\blinphonec>\s*register\s+\S+\s+\S+\s+(?P<v73>\S)"  # linphonec> register SIP-URI PROXY PASSWORD
    r"|\b(?:ldifde|csvde)\b[^\n|;&]*?\s-b\s+\S+\s+\S+\s+(?P<v74>(?!-)\S)"  # ldifde/csvde -b USER DOMAIN PASSWORD
    r"|\bnssm(?:\.exe)?\s+set\s+\S+\s+ObjectName\s+\S+\s+(?P<v75>(?!-)\S)"  # nssm set SERVICE ObjectName ACCOUNT PASSWORD
    r"|\bradclient\b[^\n|;&]*?\s(?:auth|acct|status|coa|disconnect|auto)\s+(?P<v77>(?!-)\S)"  # radclient HOST COMMAND SECRET
    r"|\bhostapd_cli\b[^\n|;&]*?\bwps_config\s+\S+\s+\S+\s+\S+\s+(?P<v78>\S)"  # hostapd_cli wps_config SSID AUTH ENCR KEY
    r"|\bpvk2pfx(?:\.exe)?\b[^\n|;&]*?\s-p[io]\s+(?P<v79>(?!-)\S)"  # pvk2pfx -pi PVK-PASSWORD -po PFX-PASSWORD
    r"|\bkerbrute\s+passwordspray\b(?:\s+-\S+\s+(?!-)\S+)*\s+(?!-)\S+\s+(?P<v80>(?!-)\S)"  # kerbrute passwordspray [-d D] USERS PASSWORD
    # a setting named for a password, then its value: iscsiadm -o update -n node.session.auth.password -v X
    r"|(?<!\S)(?:-n|--name)[ =]\S*(?i:password|passwd|secret)\S*\s+(?:-v|--value)[ =]['\"]?(?P<v76>[^\s'\"])"
    # a secret made by a command ("cntb create secret ... --value X"), or of a type named for one ("--type password ... --value X")
    r"|(?:\b(?:create|add|set|put)\s+secret\b|(?<!\S)--type[ =]['\"]?(?i:password|passwd|secret)\b)[^\n|;&]*?(?<!\S)--value[ =]['\"]?(?P<v88>[^\s'\"])"
    # GreptimeDB's static users (static_user_provider:cmd:USER=PASSWORD); Open Liberty's securityUtility encode PASSWORD
    r"|\bstatic_user_provider:cmd:[^\s=,]+=(?P<v90>[^\s,])|\bsecurityUtility\s+encode\b(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?P<v91>(?!-)\S)"
    # Open-Xchange's createuser/changeuser (with its admin, -A) -P PASSWORD; Hazelcast's "user create -n=U -p=X"; EGroupware's
    # --change-pw ADMIN,ADMINPW,USER,PASSWORD; a switch's or router's "password 0 X" (0: written in clear, 7: lightly hidden)
    r"|\b(?:createuser|changeuser)\b(?=[^\n|;&]*\s-A\s)[^\n|;&]*?\s-P\s+(?P<v94>(?!-)\S)"
    r"|\buser\s+(?:create|add)\b[^\n|;&]*?(?<!\S)-p=(?P<v95>[^\s'\"])|--change-pw[ =][^\s,]*,[^\s,]*,[^\s,]+,(?P<v96>[^\s,])"
    r"|\b(?:user\s*name|enable)\b[^\n|;&]{0,60}?\b(?:password|secret)\s+[07]\s+(?P<v97>[^\s\"'])"
    # a setting named for a password in a config tree, then "set" and its value: syncthing cli config gui password set X
    r"|\bconfig\s+(?:[\w-]+\s+){0,4}(?i:password|passwd|secret|api-?key|token)\s+set\s+(?P<v89>(?!-)\S)"
    r"|\bopenssl\s+passwd\s+(?:-\S+\s+)*(?P<v8>(?!-)\S)"  # openssl passwd -6 PASSWORD (to hash it)
    r"|\brclone\s+obscure\s+(?P<v30>(?!-)\S)"  # rclone obscure PASSWORD (to store it in a config)
    r"|\b[Cc]onvert[Tt]o-[Ss]ecure[Ss]tring\s+(?:-[Ss]tring\s+)?(?P<v9>(?!-)\S)"  # PowerShell
    r"|\bmachine\s+\S+\s+login\s+\S+\s+password\s+(?P<v10>\S)"  # .netrc
    r"|\bbw\s+(?:unlock|login\s+\S+)\s+(?P<v12>(?!-)\S)"  # Bitwarden: bw unlock PASSWORD, bw login EMAIL PASSWORD
    r"|\bmega-login\s+(?:-\S+\s+)*\S+@\S+\s+(?P<v22>(?!-)\S)"  # MEGAcmd: mega-login EMAIL PASSWORD
    r"|\bwpa_passphrase[ \t]*=[ \t]*(?P<v24>\S)"  # hostapd.conf
    # Raspberry Pi OS: raspi-config nonint do_wifi_ssid_passphrase SSID PASSPHRASE
    r"|\braspi-config\s+nonint\s+do_wifi_ssid_passphrase\s+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']\S*)\s+(?P<v29>\S)"
    # a password option fed by process substitution: --password-file=<(echo X), -passwd <(echo X | vncpasswd -f)
    r"|-{1,2}[\w-]*(?:pass|pw|secret|key)[\w-]*[= ]<\(\s*(?:echo|printf)\s+(?:-\w+\s+)?"
    r"(?:(?P<q25>['\"])%s(?:\\n)?(?P=q25)\s+)?(?P<v25>\S)"
    r"|\b(?:requirepass|masterauth)[ \t]+(?P<v26>[^\s\"'])"  # redis.conf, also in a window title
    r"|--[\w-]*pass(?:word)?[_-](?:command|cmd)[= ]['\"]?(?:echo|printf)\s+['\"]?(?P<v27>[^\s'\"])"  # restic: --password-command 'echo X'
    r"|\becho\s+['\"]?\S+\s+\S+\s+(?P<v28>[^\s'\"]+)['\"]?\s*>>?\s*\S*davfs2/secrets"  # davfs2: URL USER PASSWORD
    r"|davfs2/secrets\b[^\n]*?(?:→|->|=>|:)\s*(?:https?|davs?)://\S+\s+\S+\s+(?P<v31>[^\s'\"]+)"  # the file's line, shown
    r"|\b(?:chap|pap)-secrets\b[^\n]*?:[ \t]*\S+[ \t]+\S+[ \t]+(?P<v23>[^\s*])"  # pppd: CLIENT SERVER SECRET [IP]
    r"|\b[a-z]*mqctl\s+(?:add_user|change_password)\s+\S+\s+(?P<v13>(?!-)\S)"  # rabbitmqctl (lavinmqctl ...) add_user USER PW
    r"|\barkime_add_user(?:\.sh)?\s+(?:-\S+\s+)*\S+\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\S+)\s+(?P<v98>(?!-)\S)"  # Arkime: USERID "NAME" PASSWORD
    # XMPP servers: ejabberdctl register USER HOST PASSWORD, prosodyctl register USER HOST PASSWORD; steamcmd +login USER PASSWORD
    r"|\b(?:ejabberdctl|prosodyctl)\s+(?:register|change_password|passwd)\s+\S+\s+\S+\s+(?P<v33>(?!-)\S)"
    r"|\bsteamcmd\b[^\n|;&]*?\+login\s+\S+\s+(?P<v34>(?![+])\S)"
    # create_ap IFACE IFACE SSID PASSPHRASE; dscl . -passwd /Users/NAME PASSWORD; Autologon USER DOMAIN PASSWORD;
    # sunshine --creds USER PASSWORD; qemu's secret object (data=...); mpc -h PASSWORD@HOST; motion's netcam_userpass USER:PASSWORD
    r"|\bcreate_ap\s+(?:-\S+\s+)*\S+\s+\S+\s+\S+\s+(?P<v35>(?!-)\S)"
    r"|\bdscl\s+\S+\s+-passwd\s+\S+\s+(?P<v36>(?!-)\S)"
    r"|\b(?i:autologon(?:64)?)(?:\.exe)?\s+\S+\s+\S+\s+(?P<v37>(?![/-])\S)"
    r"|\bsunshine\s+--creds\s+\S+\s+(?P<v38>\S)"
    r"|--object\s+secret,[^\s]*?\bdata=(?P<v39>[^,\s])"
    r"|\bmpc\b[^\n|;&]*?\s(?:-h|--host)[ =](?P<v40>['\"]?[^@\s'\"]+)@"
    r"|\bnetcam_userpass[ \t]+[^\s:]+:(?P<v41>\S)"
    # rasdial ENTRY USER PASSWORD; calibre-server --manage-users -- add USER PASSWORD; pg_md5 PASSWORD (to hash it);
    # emqx ctl admins passwd|add USER PASSWORD; a game server's +set g_password X; ZooKeeper's addauth digest USER:PASSWORD
    r"|\brasdial(?:\.exe)?\s+(?:\"[^\"\n]*\"|[^\s\"/]\S*)\s+(?!/)\S+\s+(?P<v42>(?![/*])\S)"
    r"|\bcalibre-server\b[^\n|;&]*?--manage-users\s+(?:--\s+)?(?:add|chpass)\s+\S+\s+(?P<v43>(?!-)\S)"
    r"|\bpg_md5\s+(?:-\S+\s+)*(?P<v44>(?!-)\S)"
    r"|\bemqx(?:_ctl|\s+ctl)\s+admins\s+(?:passwd|add)\s+\S+\s+(?P<v45>(?!-)\S)"
    r"|\+(?:set\s+)?(?:g_password|sv_password|rconpassword|rcon_password|sv_privatepassword|password)\s+(?P<v46>(?![+-])\S)"
    # MPD_HOST=PASSWORD@HOST; Teradata's BTEQ: .LOGON HOST/USER,PASSWORD; Stationeers' -settings ServerPassword X;
    # Kamailio: kamctl add USER X; OpenSIPS: opensips-cli -x user add USER@DOMAIN X
    r"|\bMPD_HOST=['\"]?(?P<v54>[^@\s'\"]+)@"
    r"|\.LOGON\s+[^\s/]+/[^,\s]+,(?P<v55>\S)"
    r"|\bServerPassword\s+(?P<v56>(?!-)\S)"
    r"|(?<!\S)-(?:PSW|psw|AdminPassword|ServerPassword)=['\"]?(?P<v59>[^\s'\"]+)"
    r"|\b(?:kamctl|opensipsctl)\s+add\s+\S+\s+(?P<v57>(?!-)\S)"
    r"|\bopensips-cli\b[^\n|;&]*?\buser\s+add\s+\S+\s+(?P<v58>(?!-)\S)"
    # MinIO: mc admin user add ALIAS USER PASSWORD; OrientDB's console: CONNECT remote:HOST/DB USER PASSWORD
    r"|\bmc\s+admin\s+user\s+add\s+\S+\s+\S+\s+(?P<v52>(?!-)\S)"
    r"|\b(?i:connect)\s+(?:remote|plocal|memory):\S+\s+\S+\s+(?P<v53>\S)"
    r"|\baddauth\s+digest\s+[^\s:]+:(?P<v47>\S)"
    # BitlBee: account add PROTOCOL USER PASSWORD; File Browser: users add USER PASSWORD; dufs -a USER:PASSWORD@PATH:PERMS
    r"|\baccount\s+add\s+(?:jabber|xmpp|oscar|aim|icq|msn|yahoo|twitter|mastodon|irc|steam|skype|discord|slack|telegram"
    r"|facebook|hangouts|gtalk|matrix|whatsapp|signal|sipe|rocketchat|mattermost)\s+\S+\s+(?P<v49>(?![-*])\S)"
    r"|\bfilebrowser\b[^\n|;&]*?\busers\s+add\s+\S+\s+(?P<v50>(?!-)\S)"
    r"|\bdufs\b[^\n|;&]*?(?:-a|--auth)[ =]['\"]?[^\s:@'\"]+:(?P<v51>[^\s@'\"]+)@"
    # CouchDB: curl -X PUT .../_config/admins/NAME -d '"PASSWORD"' (a JSON string as the body)
    r"|/_config/admins/[^\s/'\"]+['\"]?(?:\s+-\S+(?:\s+(?!-)\S+)?)*?\s+(?:-d|--data(?:-raw|-binary)?)[ =]['\"]?\\?\"(?P<v48>[^\"\s\\]+)\\?\""
    r"|\bACL\s+SETUSER\s+\S+(?:\s+(?:on|off|reset|resetpass|nopass|~\S*|&\S*|[+-]\S*))*\s+>(?P<v32>\S)"  # Redis 6: ACL SETUSER u on >PW
    r"|\bsend\s+(?:--\s+)?\"(?P<v14>[^\"\s\\]+)\\r\""  # expect: send "PASSWORD\r"
    r"|(?<![\w-])-[PD](?=[\w.]*(?:[Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken))[A-Za-z][\w.]*=(?P<v15>\S)"  # -PsigningPassword=
    r"|\bnetworksetup\s+-setairportnetwork\s+\S+\s+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']\S*)\s+(?P<v16>\S)"  # macOS: DEVICE SSID PASSWORD
    # MinIO's client: mc alias set ALIAS URL ACCESS_KEY SECRET_KEY (the older "config host add" too)
    r"|\bmc\s+(?:alias\s+set|config\s+host\s+add)\s+(?:--?\S+\s+)*\S+\s+\S+\s+\S+\s+(?P<v21>(?!-)\S)"
    # impacket's target: [DOMAIN/]USER:PASSWORD@HOST
    r"|\b(?:impacket-)?(?:psexec|smbexec|wmiexec|atexec|dcomexec|secretsdump|GetUserSPNs|GetNPUsers|mssqlclient"
    r"|getTGT|getST|lookupsid|rpcdump|smbclient)(?:\.py)?\s+(?:-\S+\s+)*(?:[\w.-]+/)?[\w.$-]+:(?P<v19>[^\s@]+)(?:@|(?=\s))"
    # any impacket example (a *.py script) with a target after its options: DOMAIN/USER:PASSWORD[@HOST]
    r"|\b(?:impacket-[\w-]+|[A-Za-z][\w-]*\.py)\b[^\n|;&]*?\s['\"]?(?:(?-i:[A-Z][A-Z0-9-]*(?:\.[A-Z0-9-]+)*)|[a-z][\w-]*\.(?:lan|local|corp|internal|intra|ad|home))/[A-Za-z_][\w.$-]*:['\"]?(?P<v81>[^\s@'\"]+)"
    r"(?=@|['\"]?(?:\s|$))"
    # Samba's tools: -U [DOMAIN/]USER%PASSWORD
    r"|\b(?:smbclient|smbtree|smbcacls|smbget|smbmap|rpcclient|net|winexe|pth-[\w-]+)\b[^\n|;&]*?\s(?:-U|--user)[ =]['\"]?(?:[\w.-]+[/\\])?[\w.$-]+%(?P<v82>[^\s'\"]+)"
    r"|(?<!\S)-name\s+['\"]?(?:password|passwd|secret)['\"]?\s+-value\s+(?P<v83>\S)"  # Set-WebConfigurationProperty ... -name password -value X
    r"|\bplain-text-password-value\s+(?P<v84>\S)"  # Junos: authentication plain-text-password-value "X"
    # reg add KEY /v SomethingPassword ... /d VALUE (Winlogon's DefaultPassword)
    r"|\breg(?:\.exe)?\s+add\b[^\n|;&]*?/v\s+\"?\w*(?:[Pp]assword|[Ss]ecret|[Tt]oken)\"?\s[^\n|;&]*?/d\s+(?P<v20>\S)"
    # dotnet user-secrets set "Smtp:Password" "X": a setting named for a secret, then its value
    r"|\bdotnet\s+user-secrets\s+set\s+[\"']?[\w:.-]*(?i:password|passwd|secret|token|apikey|api_key|connectionstring)[\w:.-]*[\"']?\s+(?P<v87>[^\s-])"
    # .pgpass: host:port:database:user:password
    r"|(?<![\w:/.-])(?:\*|localhost|[\w-]+(?:\.[\w-]+)+):(?:\d{2,5}|\*):(?:\*|[\w-]{2,}):(?=[\w*.@-]*[A-Za-z])[\w*.@-]+"
    r":(?P<v11>[^\s:\"'])"
    # pgpool's .pcppass (and a .pgpass line without its database), under the file's name: host:port:user:password
    r"|\.(?:pcp|pg)pass\b[^\n]*\n(?:[ \t]*#[^\n]*\n)*[ \t]*(?:\*|localhost|[\w-]+(?:\.[\w-]+)+):(?:\d{2,5}|\*):[\w*.@-]+:(?P<v86>[^\s:\"'])(?=[^:\n]*(?:\n|$))"
)
_ARGUMENT_HINTS = any_of(("net ", "zmprov", "carbonio", "arkime_add_user", "pcppass", "pgpass", "user-secrets", "htpasswd", "htdbm", "-value", "plain-text-password", "kerbrute", "clpplus", "radclient", "hostapd_cli", "pvk2pfx", "nssm", "iscsiadm", "--name", "openrtsp", "cpdf", "xo-cli", "linphonec", "ldifde", "csvde", "wpa_passphrase", "sqlplus", "rman", "expdp", "impdp", "dgmgrl",
                          "openssl", "obscure", "securestring", "machine", "bw ", "mega-login", "raspi-config",
                          "-secrets", "<(", "requirepass", "masterauth", "password-command", "davfs2",
                          "mqctl", "send ", " -p", " -d", "setuser", "ejabberdctl", "prosodyctl", "steamcmd", "create_ap", "dscl", "autologon", "sunshine", "object secret", "mpc",
                          "netcam_userpass", "rasdial", "calibre-server", "pg_md5", "emqx", "+set", "-psw=", "-adminpassword=", "-serverpassword=", "pass_cmd", "password_cmd", "pass-cmd", "password-cmd", "sql ", "mpd_host", ".logon", "serverpassword", "kamctl", "opensips", "+sv_", "+g_", "+rcon", "connect remote:",
                          "connect plocal:", "connect memory:", "addauth", "_config/admins", "account add", "filebrowser", "dufs",
                          "networksetup", "createuser", "changeuser", "user create", "user add", "--change-pw", "password 0", "password 7", "secret 0", "secret 7", "static_user_provider", "securityutility", "password set", "passwd set", "secret set", "key set", "token set", "exec", "secretsdump", ".py ", "impacket-", "smbtree", "smbcacls", "smbget", "smbmap", "rpcclient", "winexe", "getuserspns", "getnpusers",
                          "mssqlclient", "gettgt", "getst", "lookupsid", "rpcdump", "smbclient", "reg ", "mc ",
                          "userid=", " //", "smtpctl", "synouser", "windscribe", "protonvpn", "setup email", "idevicebackup2",
                          "+set", "radtest", ",p="))
# An option whose name may say it holds a secret (``secret_name`` decides), then its value.
# A long option may be written in camelCase (``--apiKey``, ``--clientSecret``), its last word capitalised.
_OPTION = re.compile(r"(?<![\w-])(--?)((?:[a-z][\w.-]*?|(?<=--)[A-Z][\w.-]*?)?(?:pass(?:word)?[-_]hash[-_](?:of|for)|pass|passwd|passwords|password|passphrase|pwd|pw|psk|secret|token|keys?"
                     r"|credentials?|auth|pin|passin|passout|session|(?:secret|safe|pass)[-_]?(?:word|phrase)|(?<=[a-z][-_])(?:phrase|word)|passcode"
                     r"|(?<=[a-z0-9])(?:Pass|Passwd|Password|Passphrase|Pwd|Secret|Token|Key|Credentials?|Auth)"
                     # PowerShell's parameters are PascalCase: -Password, -ApiKey, -AccessToken.
                     r"|(?<=-)(?:[A-Z][a-z]+)*?(?:Password|Passphrase|Pass|Secret|Token|Key))(?:-(?:inline|plain|plaintext|literal|value))?)(=|[ \t]+)")
# docker build --secret id=x,src=y: where a secret is, in settings of lower-case names (not "Glacier=4685").
_SETTINGS_LIST = re.compile(r"[a-z_]{2,}=[^\s,]*(?:,[a-z_]+=|$)|(?:id|src|source|env|type|target|dst|required|mode|uid|gid)=")
_LONG_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_.]?[a-zA-Z0-9]+)*|(?:[A-Z][a-z0-9]+)+(?:-[a-z][a-zA-Z0-9]*)?")  # and Alibaba's, Tencent's --AccountPassword
_SHORT_NAME = re.compile(r"[a-z]{2,}(?:-[a-z]+)*(?:[A-Z][a-z]+)*|(?:[A-Z][a-z]+)+")  # -storepass, -passin, -pw; -sysPassword (dbca); -Password
_OPTION_HINTS = any_of(("pass", "pw", "psk", "secret", "token", "key", "cred", "auth", "pin", "phrase", "-word", "_word"))
# ``scheme://user:password@`` (the user may be empty: ``redis://:password@host``).
_URL_PASSWORD = re.compile(r"://[^\s/:@]*:([^\s/]+?)@(?=[^\s@/]+(?:[/:?#\s]|$))")  # an "@" in the password too
# Signed URLs carry their secret in a query parameter (``?sig=``, ``X-Amz-Signature=``); the names
# that say "password" or "token" are assignments, found with the others.
_URL_SIGNATURE = re.compile(r"(?i)[?&](?:sig|signature|x-amz-signature|x-goog-signature|x-amz-security-token"
                            r"|x-amz-credential|sessionid|session_id|sid)=([^&\s#\"']{12,})")
# ``echo x |``, ``printf '%s\n' x |``, ``yes x |``, ``<<< x``: a value fed to the next program's input.
_FED = re.compile(r"(?:(?<![\w-])(?:echo|printf|yes)(?:\s+-[neE]+)*(?:\s+(['\"])(?:%s(?:\\n|\n)?)+\1)?\s+(?=\S)|<<<\s*)")
# Programs that read a password from their input.
_READS_PASSWORD = re.compile(
    r"\bsudo\b[^|;&\n]*?\s-\w*S\b|--(?:pass(?:word|wd)?-)?(?:on-|from-)?stdin(?![\w-])|\bchpasswd\b|\bchntpw\b|\bsmbpasswd\b[^|;&\n]*\s-s\b"
    r"|-pass(?:in)?\s+stdin\b|\bkinit\b|\bcryptsetup\b|\bpasswd\b[^|;&\n]*\s--stdin\b"
    # a dataset's or a disk image's key, an OpenConnect user's password read from the input
    r"|\bzfs\s+(?:load-key|change-key)\b|\bzpool\s+import\b[^|;&\n]*\s-l\b|-stdinpass\b|\bocpasswd\b"
    # Proxmox's user password, a CIFS share's password in the keyring; a key file read from the input
    r"|\bpveum\s+(?:passwd|user\s+(?:add|modify))\b|\bcifscreds\b|\banydesk\b[^|;&\n]*--set-password|\becryptfs-add-passphrase\b|--[\w-]*(?:key|pass(?:word|phrase)?)[\w-]*[= ]/dev/stdin\b"
    r"|--passphrase-fd[ =]0\b|--stdin-pass(?:word)?\b|\bipa\s+(?:user-add|user-mod|passwd)\b|\bzfs\s+create\b[^|;&\n]*keyformat=passphrase|\bpure-pw\s+(?:useradd|passwd|usermod)\b|\bsaslpasswd2\b[^|;&\n]*\s-\w*p\b|\bsnx\b"  # gpg: the passphrase from file descriptor 0, its input
    r"|\bpassword_stdin\b|\bkeepassxc-cli\b|\bopenconnect\b|\bsshfs\b[^|;&\n]*password_stdin"  # sshfs -o password_stdin; a vault
    r"|\b(?:protonvpn-cli|windscribe-cli|nordvpn|expressvpn|mullvad)\s+(?:login|account\s+login)\b"  # VPN clients' logins
    # npm login <<< $'user\npassword'
    r"|\bnpm\s+(?:login|adduser)\b|\b(?:yarn|pnpm)\s+login\b|\bborg\s+(?:init|create|list|extract|mount|check)\b"
    # Programs that store what they read as a secret: a keyring, a password store, a container secret.
    r"|\bsecret-tool\s+store\b|\b(?:pass|gopass|passage)\s+(?:insert|add|edit)\b|\b(?:docker|podman)\s+secret\s+create\b"
    r"|\bgh\s+secret\s+set\b|\bsystemd-creds\s+encrypt\b|\bkeyring\s+set\b|\bwg\s+pubkey\b|\bop\s+item\s+create\b"
    r"|\bkubectl\s+create\s+secret\b|\bsecurity\s+add-(?:generic|internet)-password\b|\bmkpasswd\b"
    r"|\bwrangler\s+(?:pages\s+)?secret\s+put\b|\bvercel\s+env\s+add\b|\bfly(?:ctl)?\s+secrets\s+import\b"
    r"|\bvault\s+kv\s+put\b[^|;&\n]*=-(?:\s|$)|\b(?:tiger|x11|tight)?vncpasswd\b|\bgcloud\s+secrets\s+(?:create|versions\s+add)\b"
    r"|\bceph\s+dashboard\s+(?:ac-user-create|ac-user-set-password|set-[\w-]*password)\b"  # ceph reads the password file -i gives
    r"|\bfirebase\s+functions:secrets:set\b|\baws\s+ssm\s+put-parameter\b[^|;&\n]*--value\s+file:///dev/stdin")
# An API key given as the user name: long, letters and digits (``curl -u sk_live_4eC39...:``).
_API_KEY_USER = re.compile(r"(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]{16,}")
# Text typed into a device or a window for the person (``adb shell input text X``, ``xdotool type X``):
# how a password is entered from a script; a made-up value is one.
_TYPED = re.compile(r"\b(?:adb(?:[ \t]+-[sdetH][ \t]+\S+|[ \t]+-[de])*[ \t]+shell[ \t]+input(?:[ \t]+(?:keyboard|touchscreen))?[ \t]+text"
                    r"|(?:xdotool|ydotool)[ \t]+type(?:[ \t]+--?[\w-]+(?:[ \t=]+\d+)?)*|wtype)[ \t]+(?=[^\s-])")
_TYPED_HINTS = any_of(("input text", "xdotool", "ydotool", "wtype"))
_SEGMENT_END = re.compile(r"\s(?:\|\|?|&&?|;)\s|[|;]\s|\n|[:.](?=[ \t]+[\w./-]+[ \t]+--?[A-Za-z])")
"""Where a command's options end: a pipe, a list's separator, a line's end, or prose's colon or full stop before another
command ("... our security evening ... on the laptop: msfrpcd -U X -p 55553": the word "security" names no tool there)."""


def _option_pattern(option: str, form: str) -> str:
    """A regex for ``option`` written ``form``; it ends where the value starts."""
    start = r"(?<!\S)" + re.escape(option)
    if form == ATTACHED:
        return start + r"(?=[^\s-])"
    if form == SEPARATE:
        return start + r"[ \t]+(?=[^\s-])"
    if form == LONG:
        return start + r"(?:[ \t]+|=)(?=[^\s-])"
    return start + r"(?:[ \t]+)?(?=[^\s-])"


# One pass finds every listed tool, its names grouped by first letter (in their order): each word start is tried
# against the names that start with its letter, not against all of them (group by group, it was a fifth of the time
# of a command line). The row is the first whose names the tool matches (the one a group per row would have found).
_TOOL = LazyPattern(r"(?<![\w.-])(?:[\w./-]*/)?(?P<tool>" + by_first_letter("|".join(names for names, _ in TOOLS), False)
                    + r")(?:\.exe)?(?![\w.:/-])")
_ROWS = [re.compile(names) for names, _ in TOOLS]


@lru_cache(maxsize=256)
def _row(tool: str) -> int:
    return next(i for i, names in enumerate(_ROWS) if names.fullmatch(tool))


_TOOL_OPTIONS = [[(re.compile(_option_pattern(option, form)), separator) for option, form, separator in options]
                 for _, options in TOOLS]


def find_command_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords given on command lines in ``text``."""
    if "://" in text:
        for match in _URL_PASSWORD.finditer(text):
            if plausible(match.group(1)):
                yield match.span(1)
        if "=" in text:
            for match in _URL_SIGNATURE.finditer(text):
                yield match.span(1)
    lowered = text.lower()
    if " -" in text and _OPTION_HINTS.search(lowered):
        yield from _named_options(text)
    if "|" in text or "<<<" in text or "<(" in text:
        yield from _fed_passwords(text)
    # Options without a dash or a slash: nmcli's and rclone's "password"/"psk", pdftk's "user_pw",
    # rclone's "key" and "client_secret" (rclone named, as "key" is too common a word to gate on).
    if " -" in text or " /" in text or "pass" in lowered or "psk" in lowered or "_pw" in lowered or "rclone" in lowered:
        yield from _tool_options(text)
    yield from find_login_passwords(text, lowered)
    if "_" in text or "@" in text:
        yield from find_account_arg_passwords(text)  # "tool add backup_ro X": an account, then its password
    if "user" in lowered and ("create" in lowered or "add" in lowered):
        yield from find_user_create_passwords(text)  # "bin/console pim:user:create NAME 'X' ..."
    if _TYPED_HINTS.search(lowered):
        for match in _TYPED.finditer(text):
            span = value_at(text, match.end())
            if span is not None and password_shaped(value := text[span[0]:span[1]]) and "%s" not in value:
                yield span  # not a sentence typed with adb's "%s" for its blanks
    found: set[tuple[int, int]] = set()
    if _ARGUMENT_HINTS.search(lowered) or text.count(":") >= 4:
        for match in _ARGUMENTS.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None and name[0] == "v")
            span = match.span(group) if group in ("v14", "v48", "v51", "v54", "v59", "v60", "v61", "v69") else value_at(text, match.start(group))
            if span is not None and (group != "v14" or plausible(text[span[0]:span[1]])):
                found.add(span := _before(text, span, "@") if group in ("v6", "v19", "v81") else span)
                yield span
    if "/" in text and (" -" in text or "@" in text):
        for match in _TARGET.finditer(text):
            if password_shaped(match.group("v")) and match.span("v") not in found:
                yield match.span("v")


_USER_FIRST = re.compile(r"\bsynouser\s+--(?:setpw|add)\s*$")
# Any tool's target DOMAIN/USER:PASSWORD (impacket's form, taken up by ldap_shell, soapy, pyldapsearch and more), told
# apart from prose by what follows it on the command line: "@HOST", or an option or a quoted filter after a blank.
_TARGET = re.compile(r"(?<![\w/.:-])['\"]?(?:(?-i:[A-Z][A-Z0-9-]*(?:\.[A-Z0-9-]+)*)|[a-z][\w-]*\.(?:lan|local|corp|internal|intra|ad|home))"
                     r"/[A-Za-z_][\w.$-]*:['\"]?(?P<v>[^\s@'\"]+)['\"]?(?=@[\w.-]+|\s+(?:--?[A-Za-z]|['\"]\())")


def _named_options(text: str) -> Iterator[tuple[int, int]]:
    for match in _OPTION.finditer(text):
        name = match.group(2)
        lowered = name.lower()
        kind = "password" if lowered in ("passin", "passout") else secret_name(name)
        if kind is None or not (_LONG_NAME if match.group(1) == "--" else _SHORT_NAME).fullmatch(name) or names_a_setting(name):
            continue  # "-pHunter2secret" is mysql's -p with its value, not an option named "...secret"; "-createCredential ALIAS"
        if _USER_FIRST.search(text, 0, match.end()):
            continue  # "synouser --setpw USER PASSWORD": the option's first argument is the account (``_ARGUMENTS``)
        span = value_at(text, match.end(), numeric_ok=kind == "password")
        if span is None or text[span[0]] == "-" or text.startswith("<(", span[0]) \
                or _SETTINGS_LIST.match(text, span[0], span[1]):
            continue  # the next option, a list of settings, or a process substitution (its echo is read apart)
        value = text[span[0]:span[1]]
        if re.search(r":['\"]?\$", value):
            continue  # "-auth admin:\"$SPLUNK_ADMIN\"": a user and a variable that holds the password, not a password
        prefix = value.split(":", 1)[0].lower() if ":" in value else ""
        if prefix == "pass":  # openssl: -passin pass:x
            span = (span[0] + 5, span[1])
            if not plausible(text[span[0]:span[1]]):
                continue
        elif prefix in ("env", "file", "fd", "stdin", "keychain", "op", "vault"):
            continue  # openssl and friends: where the password is, not the password
        if len(name) <= 4 and lowered in ("pass", "pw", "pwd", "pin") and not _short_option_value(text, span):
            continue
        if kind == "session" and span[1] - span[0] < 16:
            continue
        if lowered.endswith("auth") and re.fullmatch(r"[a-z_]+", value):
            continue  # "--set-auth ride_bookings", "--auth basic": an account's name or a scheme, not its secret
        if kind == "key" and name[0].isupper() and not (password_shaped(value) or len(value) >= 16):
            continue  # PowerShell's -PartitionKey Sales, -RowKey 2024: a key of a table, not a secret
        if span[1] > span[0]:
            yield span


def _short_option_value(text: str, span: tuple[int, int]) -> bool:
    """``--pass 2`` (an encoder's second pass) is no password; ``--pass Geheim!1`` is."""
    value = text[span[0]:span[1]]
    return password_shaped(value) or len(value) >= 6


def _fed_passwords(text: str) -> Iterator[tuple[int, int]]:
    for match in _FED.finditer(text):
        span = value_at(text, match.end())
        if span is None:
            continue
        if match.group(0).startswith("<<<"):
            command = text[_segment_start(text, match.start()):match.start()]
        elif text[:match.start()].rstrip().endswith("<("):  # cryptsetup luksAddKey DEV <(printf '%s' X): a key file
            command = text[_segment_start(text, match.start()):match.start()]
        else:
            rest = text[span[1]:]
            pipe = rest.find("|")
            if pipe < 0 or rest[:pipe].strip(" \t'\"") or rest[pipe + 1:pipe + 2] == "|":
                continue  # not piped straight into the next program (or "||": another command)
            end = _SEGMENT_END.search(rest, pipe + 1)
            command = rest[pipe + 1:end.start() if end else len(rest)]
        if _READS_PASSWORD.search(command):
            value = text[span[0]:span[1]]
            if value.startswith("$'") and "\\n" in value:  # $'user\npassword': the lines typed in turn, the last the password
                span = (span[0] + value.rindex("\\n") + 2, span[1] - (1 if value.endswith("'") else 0))
                value = text[span[0]:span[1]]
            if "chpasswd" in command and ":" in value:  # user:password
                span = (span[0] + value.index(":") + 1, span[1])
            if span[1] > span[0]:
                yield span


def _segment_start(text: str, position: int) -> int:
    starts = [m.end() for m in _SEGMENT_END.finditer(text, 0, position)]
    return starts[-1] if starts else 0


def _tool_options(text: str) -> Iterator[tuple[int, int]]:
    for match in _TOOL.finditer(text):
        end = _SEGMENT_END.search(text, match.end())
        segment_end = end.start() if end else len(text)
        for option, separator in _TOOL_OPTIONS[_row(match.group("tool"))]:
            for found in option.finditer(text, match.end(), segment_end):
                span = value_at(text, found.end())
                if span is None:
                    continue
                if separator:
                    value = text[span[0]:span[1]]
                    cut = value.find(separator)
                    if cut == len(value) - 1 and _API_KEY_USER.fullmatch(value[:cut]):
                        yield span[0], span[0] + cut  # curl -u KEY: (an API key as the user, no password)
                        continue
                    if cut < 0 or value[:cut] == value[cut + 1:] or not plausible(value[cut + 1:]):
                        continue  # no password in it, or "1000:1000"
                    span = (span[0] + cut + 1, span[1])
                yield span


def _before(text: str, span: tuple[int, int], mark: str) -> tuple[int, int]:
    cut = text.find(mark, span[0], span[1])
    return (span[0], cut) if cut > span[0] else span
