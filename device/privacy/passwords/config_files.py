"""Passwords in configuration files and the statements that set them, in the forms that name them
by position or by a directive rather than by an assignment (which ``credentials`` reads):

- directives whose argument is a password: Redis ``requirepass X`` / ``masterauth X``, kickstart
  ``rootpw [--plaintext] X``, HAProxy ``stats auth user:X``, SQL ``IDENTIFIED BY 'X'`` and
  ``[WITH] PASSWORD 'X'``, DB2's ``CONNECT TO db USER u USING X``;
- a Go or MySQL DSN: ``user:X@tcp(host:3306)/db``;
- a call that sets a named value: ``define('DB_PASSWORD', 'X')``, ``os.environ.setdefault("API_TOKEN",
  "X")``, ``putenv('SECRET', 'X')`` (``secret_name`` decides which names);
- an OpenVPN ``<auth-user-pass>`` block written inline (user, then password, a line each) and
  cloud-init's ``chpasswd:`` list of ``user:password`` lines;
- a name that holds a secret and its value alone on a line, no sign between (keepalived's
  ``auth_pass X``, Apache- and nginx-like directives);
- the files that list secrets one a line: Postfix's ``[host]:port user:X`` (sasl_passwd), pgbouncer's
  ``"user" "X"``, and, where the text names such a file (``rsyncd.secrets``, ``chap-secrets``),
  ``user:X`` lines and PPP's ``client server X`` lines;
- the DragonFly Mail Agent's ``USER|HOST:X`` (auth.conf) and NUT's ``MONITOR UPS@HOST 1 USER X primary`` (upsmon.conf);
- CouchDB's ``[admins]``, piqueserver's ``[passwords]`` and an auth file's ``[users]`` section (``name = X`` lines up to the next section) and Dovecot's passwd-file
  lines (``user:{PLAIN}X:...``, a scheme in braces before the password or its hash).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.findings import any_of
from device.privacy.passwords.values import names_a_setting, password_shaped, plausible, secret_name, value_at

_DIRECTIVE = re.compile(
    # (A line may name its file first: "redis.conf: requirepass X".)
    # (A line may name its file first, and say a little about it: "ks.cfg for the old laptop: rootpw X".)
    r"(?im)^[ \t]*(?:[\w./-]+\.(?:conf|cfg|ks|txt)\b[^:\n]{0,40}:[ \t]*)?"
    r"(?:requirepass|masterauth|rootpw(?:[ \t]+--(?:plaintext|iscrypted|allow-ssh))*)[ \t]+(?=[^\s-])"
    # LDAP clients' bind password (nslcd.conf, ldap.conf, pam_ldap), also where a line was flattened by OCR
    r"|\b(?:bindpw|ldap_default_authtok|rootbindpw)(?:[ \t]*=[ \t]*|[ \t]+)(?=[^\s-])"
    # net-snmp's snmpd.conf: createUser NAME SHA "AUTH PASSWORD" [AES "PRIVACY PASSWORD"]
    r"|\bcreateUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA\S*)[ \t]+(?=\S)"
    # Sauerbraten's server-init.cfg: serverpass "X"
    r"|\b(?:sv_)?(?:server|admin)pass[ \t]+(?=\S)"
    # himalaya's config.toml: backend.auth.raw = "X"; a Mosquitto bridge: bridge_pass X
    r"|\bauth\.raw[ \t]*=[ \t]*(?=\S)|\bbridge_pass(?:word)?[ \t]+(?=\S)"
    # tinyproxy.conf: BasicAuth USER PASSWORD
    r"|\bBasicAuth[ \t]+\S+[ \t]+(?=\S)"
    # 3proxy.cfg: users NAME:CL:PASSWORD (CL: in clear text)
    r"|\busers[ \t]+[^\s:]+:CL:(?=\S)"
    r"|^[ \t]*stats[ \t]+auth[ \t]+[^\s:]+:(?=\S)"
    r"|\bidentified(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]+(?:password[ \t]+)?(?=['\"])"
    r"|\b(?:with[ \t]+)?(?:encrypted[ \t]+)?password[ \t]+(?=')"
    r"|\bconnect[ \t]+to[ \t]+\S+[ \t]+user[ \t]+\S+[ \t]+using[ \t]+(?=\S)"
    # MySQL and MariaDB: SET PASSWORD [FOR 'user'@'host'] = 'X' (or = PASSWORD('X'), its older form)
    r"|\bset[ \t]+password(?:[ \t]+for[ \t]+\S+)?[ \t]*=[ \t]*(?:(?:old_)?password[ \t]*\([ \t]*)?(?=['\"])"
    # tac_plus.conf: login = cleartext "X" (also pap, chap, enable); OpenWrt's UCI: option key 'X'
    r"|\b(?:login|pap|chap|enable|arap|opap)[ \t]*=[ \t]*(?:cleartext|des)[ \t]+(?=\S)"
    r"|\boption[ \t]+(?:key|password|psk|sae_password|auth_secret|acct_secret|priv_key|wpa_passphrase)[ \t]+(?=\S)"
    # chrony.keys: ID HASH KEY lines (also shown after the file's name); .curlrc: user = "USER:PASSWORD"
    r"|(?:^|(?<=:))[ \t]*\d{1,5}[ \t]+(?:MD5|SHA1|SHA256|SHA384|SHA512|SHA3-\d{3}|TIGER|WHIRLPOOL|AES128|AES256|ASCII|HEX)[ \t]+(?=\S)"
    r"|\buser[ \t]*=[ \t]*\"[^\"\s:]+:(?=[^\"\s]+\")"
    # pounce.conf: sasl-plain = USER:PASSWORD
    r"|\bsasl-plain[ \t]*=[ \t]*[^:\s]+:(?=\S)"
    # TUIC's and Juicity's config.json: "users": {"UUID": "PASSWORD"}
    r"|\"users\"[ \t]*:[ \t]*\{[ \t]*\"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\"[ \t]*:[ \t]*(?=\")"
    # ntpd's ntp.keys, shown after the file's name: KEYID TYPE KEY ("M" for MD5)
    r"|\bntp\.keys\b[^\n:]{0,100}:[ \t]*\d{1,5}[ \t]+(?:M|MD5|SHA1?|SHA256|AES128CMAC)[ \t]+(?=\S)"
)
_DIRECTIVE_HINTS = any_of(("requirepass", "masterauth", "rootpw", "stats auth", "identified", "password '", " using ",
                           "set password", "bindpw", "authtok", "createuser", ":cl:", "basicauth", "serverpass", "adminpass", "auth.raw", "bridge_pass", "cleartext", "option ", "chrony", "curlrc", "ntp.keys", '"users"', "sasl-plain"))
# Nagios' resource.cfg: $USER3$=X (a macro for a check's password; $USER1$ is most often the plugins' path)
_NAGIOS_MACRO = re.compile(r"\$USER\d{1,3}\$=(?P<v>[^\s/][^\s]*)")
# snmpd.conf's privacy password, after the authentication one: createUser NAME SHA "X" AES "Y"
_SNMP_PRIVACY = re.compile(r"\bcreateUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA\S*)[ \t]+(?:\"[^\"\n]*\"|\S+)[ \t]+"
                           r"(?:AES\S*|DES)[ \t]+(?=\S)")
_DSN = re.compile(r"(?<![\w/:])[\w.-]+:(?P<v>[^\s@/\"']+)@(?:tcp|unix|udp)\(")
# A call that sets a user's password: db.changeUserPassword("user", "X"), setPassword('user', 'X').
_PASSWORD_CALL = re.compile(r"\b\w*(?:Password|password|Passwd|passwd|Pwd)\w*\(\s*(['\"])[^'\"\n]{1,60}\1\s*,\s*(?=['\"])")
_NAMED_CALL = re.compile(r"\(\s*(['\"])(?P<n>[\w.-]{2,60})\1\s*,\s*(?=['\"])")
_NAMED_CALL_HINTS = any_of(("pass", "pw", "secret", "token", "key", "auth", "cred"))
_AUTH_USER_PASS = re.compile(r"<auth-user-pass>[ \t]*\n[ \t]*[^\s<]+[ \t]*\n[ \t]*(?P<v>[^\s<]+)[ \t]*\n[ \t]*</auth-user-pass>")
_CHPASSWD_LIST = re.compile(r"\bchpasswd:[ \t]*\n[ \t]+list:[ \t]*\|?[ \t]*\n(?P<lines>(?:[ \t]+[\w.-]+:\S+[ \t]*(?:\n|$))+)")
_LIST_LINE = re.compile(r"[ \t]+[\w.-]+:(?P<v>\S+)")
_GENERATED = ("R", "RANDOM")  # cloud-init: make one up
_NAME_VALUE_LINE = re.compile(r"(?m)^[ \t]*(?P<n>[A-Za-z][\w.-]{1,40})[ \t]+(?P<v>\"[^\"\n]+\"|'[^'\n]+'"
                              r"|[^\s=:{}#;\"'][^\s;]*)[ \t]*;?[ \t]*$")
_NAME_VALUE_HINTS = any_of(("pass", "pw", "psk", "pin", "secret", "token", "key", "auth", "cred"))
_SASL_PASSWD = re.compile(r"(?m)(?:^[ \t]*|\bsasl_passwd\b[^\n\[]{0,40}:[ \t]*)\[[\w.-]+\](?::\d+)?[ \t]+[^\s:]+:(?P<v>\S+)[ \t]*$")
# Exim's passwd.client: HOST:LOGIN:PASSWORD; s3fs's .passwd-s3fs: ACCESS_KEY:SECRET (also shown after the file's name).
_EXIM_CLIENT = re.compile(r"(?m)passwd\.client\b[^\n]*?:\s*[*\w.-]+:[^\s:]+:(?P<v>\S+)\s*$")
_S3FS_SHOWN = re.compile(r"(?m)passwd-s3fs\b[^\n:]{0,40}:\s*[A-Z0-9]{8,}:(?P<v>\S+)\s*$")
_QUOTED_PAIR = re.compile(r"(?m)(?:^|(?<=:))[ \t]*\"[a-z][\w.@-]*\"[ \t]+\"(?P<v>[^\"\s]{6,})\"[ \t]*$")
# The DragonFly Mail Agent's auth.conf: USER|HOST:PASSWORD; NUT's upsmon.conf: MONITOR UPS@HOST POWER USER PASSWORD ROLE.
_DMA_AUTH = re.compile(r"(?m)(?:^[ \t]*|(?<=:)[ \t]+)[\w.@-]+\|[\w.-]+:(?P<v>\S+)[ \t]*$")
_PASSWORD_ARG = re.compile(r"(?i)\b(?:password|passwd)\(\s*([\"'])(?P<v>[^\"'\n]+)\1\s*\)")
_DBI_ARRAY = re.compile(r"(?i)\[\s*(['\"])DBI:[^'\"\n]*\1\s*,\s*(['\"])[^'\"\n]*\2\s*,\s*(['\"])(?P<v>[^'\"\n]+)\3")
_SENDMAIL_AUTHINFO = re.compile(r"(?i)\bAuthInfo:[^\s\"]*(?:[ \t]+\"[A-OQ-Z][:=][^\"\n]*\")*[ \t]+\"P[:=](?P<v>[^\"\n]+)\"")
"""A sendmail authinfo entry's password: "P:" (or "P=") among its quoted fields."""
_UPSMON = re.compile(r"\bMONITOR\s+\S+@\S+\s+\d+\s+\S+\s+(?P<v>\S+)\s+(?:primary|secondary|master|slave)\b")
_SECRETS_FILE = re.compile(r"(?i)(?:chap|pap)-secrets|\w[._-]secrets\b|passwd-s3fs|\b(?:users|passwords?)\s+file\b|\bpassword\s+file\b"
                           r"|\w[._-](?:pwd|passwd|passwords?)\.(?:conf|cfg|txt|list)\b"  # nanomq_pwd.conf: "user: password" lines
                           r"|[\w-]\.auth\b|--[\w-]*auth-file\b"  # mailpit's --ui-auth-file: "user:password" lines
                           r"|\bone_auth\b|\blighttpd\.user\b|\bauth\.backend\s*=\s*\"plain\"")  # rsyncd.secrets, smokeping_secrets;
# OpenNebula's ~/.one/one_auth (user:password); lighttpd's plain user file (auth.backend = "plain"), user:password lines
# MicroPython's wlan.connect('SSID', 'PASSWORD'); Monit's "allow USER:PASSWORD"; BOINC's gui_rpc_auth.cfg, whose only line
# is the password.
_PERL_SETTING = re.compile(r"(?:->\{(?P<n1>\w+)\}\s*=\s*|\bSet\(\s*\$(?P<n2>\w+)\s*,\s*)(?P<q>['\"])(?P<v>[^'\"\n]+)(?P=q)")
_WLAN_CONNECT = re.compile(r"\.connect\(\s*['\"][^'\"\n]*['\"]\s*,\s*['\"](?P<v>[^'\"\n]+)['\"]")
_MONIT_ALLOW = re.compile(r"\ballow\s+[\w.@-]+:(?P<v>[^\s\"'·]+)")
_BOINC_AUTH = re.compile(r"gui_rpc_auth\.cfg\b[^\n]{0,60}?(?::|→|->)\s*(?P<v>[^\s\"']+)")
# ActiveMQ's (and Artemis', Karaf's) users.properties: USER=PASSWORD lines; a Grandstream phone's provisioning XML, whose
# numbered settings P2 (the admin's), P34 (the first SIP account's) and P196 (the end user's) are passwords.
_USERS_PROPERTIES = re.compile(r"(?m)users\.properties\b[^\n]{0,80}?(?::|→|->)\s*[\w.@-]+=(?P<v>[^\s,\"']+)"
                               r"|^[ \t]*(?!#)[\w.@-]+=(?P<v2>[^\s,\"']+)")
_GRANDSTREAM = re.compile(r"<P(?:2|34|196)>(?P<v>[^<\s]+)</P(?:2|34|196)>")
_ADMIN_LINE = re.compile(r"(?m)(?:^|(?<=:)|(?<=\])|(?<=·))[ \t]*(?P<n>[\w.@-]+)[ \t]*=[ \t]*(?:\[[ \t]*)?"
                         r"(?P<q>[\"']?)(?P<v>[^\s;\"'\]]+)(?P=q)")
_SCHEME_PASSWORD = re.compile(r"(?<![^\s:])[^\s:]+:\{[A-Z][A-Z0-9.-]{2,20}\}(?P<v>[^:\s]+)")
# A file that holds one password, shown: "cat /var/ossec/etc/authd.pass", then the password alone on the next line.
_PASSWORD_FILE_SHOWN = re.compile(r"(?im)\b(?:cat|type|more|less|head|bat)\s+\S*?(?:\.pass|[._-]password|[._-]passwd|\.secret)(?:\.txt)?[ \t]*\n"
                                  r"[ \t]*(?P<v>\S+)[ \t]*$")
_USER_PASS_LINE = re.compile(r"(?m)(?:^[ \t]*|(?<=[:→])[ \t]+|(?<=->)[ \t]+)(?!#)[\w.@-]+:[ \t]?(?P<v>[^\s:]+)[ \t]*$")  # a line, or shown after a colon or an arrow
_PPP_LINE = re.compile(r"(?m)(?:^[ \t]*|(?<=:)[ \t]+)(?!#)(?:\"[^\"\n]+\"|[^\s\"]+)[ \t]+(?:\"[^\"\n]*\"|[^\s\"]+)[ \t]+"
                       r"(?P<v>\"[^\"\n]+\"|[^\s\"]+)")


# A block of directives shown on one line (Fluentd's <match>, Apache's <Location>): "... user X password Y </match>".
# A JSON map of accounts to their passwords (Orthanc's "RegisteredUsers": { "user": "X" }), and xCAT's cfgloc: a
# database's DSN, its user and its password between bars ("mysql:dbname=xcatdb;host=...|user|X").
_USERS_MAP = re.compile(r"(?i)\"(?:registered_?users|users|credentials|logins|accounts|passwords)\"\s*:\s*\{(?P<body>[^{}]{1,2000})\}")
_MAP_PAIR = re.compile(r"\"[^\"\n]{1,60}\"\s*:\s*\"(?P<v>[^\"\n]+)\"")
_CFGLOC = re.compile(r"(?i)\b(?:mysql|pgsql|postgres(?:ql)?|db2):dbname=[^|\s]+\|[^|\s]+\|(?P<v>[^|\s]+)")
_ONE_LINE_BLOCK = re.compile(r"<(?P<tag>[A-Za-z][\w-]*)\b[^<>\n]*>(?P<body>[^<\n]*)</(?P=tag)>")
_BLOCK_PASSWORD = re.compile(r"(?i)(?<![\w.-])(?:password|passwd)[ \t]+(?P<v>[^\s<>\"']+)")


def find_config_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of passwords set by configuration directives, DSNs, calls and blocks in ``text``."""
    lowered = text.lower()
    if _DIRECTIVE_HINTS.search(lowered):
        for match in (*_DIRECTIVE.finditer(text), *_SNMP_PRIVACY.finditer(text)):
            span = value_at(text, match.end())
            if span is not None:
                yield span
    if "@" in text and "(" in text:
        for match in _DSN.finditer(text):
            if plausible(match.group("v")):
                yield match.span("v")
    if "(" in text and "," in text and ("pass" in lowered or "pwd" in lowered):
        for match in _PASSWORD_CALL.finditer(text):
            span = value_at(text, match.end())
            if span is not None and plausible(text[span[0]:span[1]]):
                yield span
    if "(" in text and "," in text and _NAMED_CALL_HINTS.search(lowered):
        for match in _NAMED_CALL.finditer(text):
            name = match.group("n")
            if secret_name(name) is not None and not names_a_setting(name):
                span = value_at(text, match.end(), numeric_ok=secret_name(name) == "password")
                if span is not None:
                    yield span
    if "</" in text and "pass" in lowered:
        for block in _ONE_LINE_BLOCK.finditer(text):
            for match in _BLOCK_PASSWORD.finditer(text, block.start("body"), block.end("body")):
                if password_shaped(match.group("v")) and plausible(match.group("v")):
                    yield match.span("v")
    if "{" in text and "\"" in text and ("users" in lowered or "credentials" in lowered or "logins" in lowered or "accounts" in lowered
                                        or "passwords" in lowered):
        for users in _USERS_MAP.finditer(text):
            for match in _MAP_PAIR.finditer(text, users.start("body"), users.end("body")):
                if password_shaped(match.group("v")) and plausible(match.group("v")):
                    yield match.span("v")
    if "dbname=" in lowered and "|" in text:
        for match in _CFGLOC.finditer(text):
            if plausible(match.group("v")):
                yield match.span("v")
    if "<auth-user-pass>" in text:
        for match in _AUTH_USER_PASS.finditer(text):
            yield match.span("v")
    if ("\n" in text or " · " in text) and _NAME_VALUE_HINTS.search(lowered):
        yield from _name_value_lines(text.replace(" · ", "\n  "))  # (lines shown joined by " · ": the same length)
    if "]" in text and "[" in text:
        for match in _SASL_PASSWD.finditer(text):
            if password_shaped(match.group("v")) and plausible(match.group("v")):
                yield match.span("v")
    if "passwd.client" in text or "passwd-s3fs" in text:
        for match in (*_EXIM_CLIENT.finditer(text), *_S3FS_SHOWN.finditer(text)):
            if plausible(match.group("v")):
                yield match.span("v")
    if text.count('"') >= 4:
        for match in _QUOTED_PAIR.finditer(text):
            if password_shaped(match.group("v")) and plausible(match.group("v"), numeric_ok=False):
                yield match.span("v")
    if "secrets" in text or "passwd-s3fs" in text or " file" in text or "one_auth" in text or "lighttpd" in text or "plain" in text \
            or "pwd." in lowered or "passwd." in lowered or "password." in lowered or "passwords." in lowered or ".auth" in lowered:
        yield from _secrets_file_lines(text)
    if ".pass" in text or "password" in lowered:
        for match in _PASSWORD_FILE_SHOWN.finditer(text):
            if password_shaped(match.group("v")) and plausible(match.group("v")):
                yield match.span("v")
    if "|" in text and "auth.conf" in lowered:
        for match in _DMA_AUTH.finditer(text):
            if password_shaped(match.group("v")) and plausible(match.group("v")):
                yield match.span("v")
    if "(" in text and ("password(" in lowered or "passwd(" in lowered):
        for match in _PASSWORD_ARG.finditer(text):  # syslog-ng: password("X")
            if plausible(match.group("v")):
                yield match.span("v")
    if "dbi:" in lowered:
        for match in _DBI_ARRAY.finditer(text):  # amavisd's @lookup_sql_dsn = (['DBI:...', 'USER', 'X'])
            if plausible(match.group("v")):
                yield match.span("v")
    if "MONITOR" in text:
        for match in _UPSMON.finditer(text):
            yield match.span("v")
    if "authinfo" in lowered:
        for match in _SENDMAIL_AUTHINFO.finditer(text):  # AuthInfo:host "U:user" "P:password" "M:PLAIN"
            if plausible(match.group("v")):
                yield match.span("v")
    if "$USER" in text:
        for match in _NAGIOS_MACRO.finditer(text):
            if password_shaped(match.group("v")) and plausible(match.group("v")):
                yield match.span("v")
    if "[admins]" in lowered or "[passwords]" in lowered or "[users]" in lowered and "auth" in lowered:
        yield from _admins_section(text, lowered)
    if ":{" in text:
        for match in _SCHEME_PASSWORD.finditer(text):
            if plausible(match.group("v")):
                yield match.span("v")
    if "->{" in text or "set($" in lowered:  # Perl configs: $Self->{DatabasePw} = 'X'; Set($DatabasePassword, 'X');
        for match in _PERL_SETTING.finditer(text):
            name = match.group("n1") or match.group("n2")
            if secret_name(name) is not None and not names_a_setting(name) and plausible(match.group("v")):
                yield match.span("v")
    if ".connect(" in text and ("wlan" in lowered or "network" in lowered or "wifi" in lowered):
        yield from (match.span("v") for match in _WLAN_CONNECT.finditer(text) if plausible(match.group("v")))
    if "monitrc" in lowered or "set httpd" in lowered:
        yield from (match.span("v") for match in _MONIT_ALLOW.finditer(text) if plausible(match.group("v")))
    if "gui_rpc_auth.cfg" in lowered:
        yield from (match.span("v") for match in _BOINC_AUTH.finditer(text) if password_shaped(match.group("v")))
    if "users.properties" in lowered:
        for match in _USERS_PROPERTIES.finditer(text):
            group = "v" if match.group("v") else "v2"
            if plausible(match.group(group)):
                yield match.span(group)
    if "<P" in text:
        yield from (match.span("v") for match in _GRANDSTREAM.finditer(text) if plausible(match.group("v")))
    if "chpasswd" in text:
        for match in _CHPASSWD_LIST.finditer(text):
            for line in _LIST_LINE.finditer(text, match.start("lines"), match.end("lines")):
                if line.group("v") not in _GENERATED and plausible(line.group("v")):
                    yield line.span("v")


def _name_value_lines(text: str) -> Iterator[tuple[int, int]]:
    """``auth_pass X`` alone on a line: a password made up, another secret long, letters and digits."""
    for match in _NAME_VALUE_LINE.finditer(text):
        name = match.group("n")
        kind = secret_name(name)
        if kind is None or names_a_setting(name):
            continue
        span = value_at(text, match.start("v"), numeric_ok=kind == "password")
        value = text[span[0]:span[1]] if span is not None else ""
        if span is not None and (password_shaped(value) if kind == "password" or name.lower().endswith(("auth.secret", "auth_secret"))
                                 else len(value) >= 16 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
            # (an "auth.secret" is a password: "celeborn.internal.auth.secret Toyako236_")
            yield span


def _secrets_file_lines(text: str) -> Iterator[tuple[int, int]]:
    """The lines of a file of secrets that the text names: ``user:X``, or PPP's ``client server X``."""
    named = _SECRETS_FILE.search(text)
    if named is None:
        return
    lines = _PPP_LINE if "-secrets" in named.group(0).lower() else _USER_PASS_LINE
    for match in lines.finditer(text, named.end()):
        span = value_at(text, match.start("v"))
        if span is not None and password_shaped(text[span[0]:span[1]]):
            yield span


def _admins_section(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """CouchDB's local.ini: under ``[admins]`` (up to the next section), each ``name = password`` line; piqueserver's
    config.toml: under ``[passwords]``, ``name = ["password"]`` (lines shown joined by " · " too); an auth file's ``[users]``
    (Haraka's auth_flat_file.ini: ``name=password``)."""
    header = next(name for name in ("[admins]", "[passwords]", "[users]") if name in lowered)
    start = lowered.index(header) + len(header)
    end = min((i for i in (text.find("\n[", start), text.find("· [", start)) if i >= 0), default=-1)
    for match in _ADMIN_LINE.finditer(text, start, end if end >= 0 else len(text)):
        if plausible(match.group("v")) and password_shaped(match.group("v")):
            yield match.span("v")
