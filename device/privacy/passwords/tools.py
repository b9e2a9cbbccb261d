"""The tools whose own short options take a password: one row per tool, read by ``commands``.

Short options mean different things in different tools (``ssh -p 2222``, ``docker run -p 8080:80``), so each tool's
options are listed here; adding a tool is one row.
"""

from __future__ import annotations

ATTACHED, SEPARATE, EITHER, LONG = "attached", "separate", "either", "long"
"""How an option's value is written: ``-pX``, ``-p X``, either, or a long option's ``--key X`` or ``--key=X``."""

TOOLS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysqlsh|mariadb|mariadb-dump|obclient"
     "|mariadb-admin|mariadb-import|mariadb-check", (("-p", ATTACHED, ""),)),  # "-p x": a prompt, then a database
    ("7z|7za|7zr|7zz|rar|unrar", (("-p", ATTACHED, ""), ("-hp", ATTACHED, ""))),
    ("unar|lsar", (("-p", SEPARATE, ""), ("-password", SEPARATE, ""))),  # The Unarchiver's command line
    ("az\\s+keyvault\\s+secret\\s+set", (("--value", SEPARATE, ""),)),
    ("caddy\\s+hash-password", (("--plaintext", SEPARATE, ""), ("-plaintext", SEPARATE, ""), ("-p", SEPARATE, ""))),
    ("mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|mongostat|mongotop|mongofiles",
     (("-p", SEPARATE, ""),)),
    ("sshpass|twine|rdesktop|psexec|paexec|evil-winrm|crackmapexec|netexec|nxc|hydra|medusa|ncftp|ncftpput|ncftpget",
     (("-p", EITHER, ""),)),
    ("docker\\s+login|podman\\s+login|nerdctl\\s+login|buildah\\s+login|skopeo\\s+login|helm\\s+registry\\s+login"
     "|oras\\s+login", (("-p", EITHER, ""),)),
    ("zip|unzip|zipcloak", (("-P", SEPARATE, ""),)),
    ("sqlcmd|bcp|osql|isql|mosquitto_pub|mosquitto_sub|mosquitto_rr|ipmitool", (("-P", EITHER, ""),)),
    ("redis-cli|keydb-cli|valkey-cli|memtier_benchmark|redis-benchmark", (("-a", EITHER, ""),)),
    ("ldapsearch|ldapmodify|ldapadd|ldapdelete|ldapmodrdn|ldapwhoami|ldapcompare|ldapexop", (("-w", EITHER, ""),)),
    ("ldappasswd", (("-w", EITHER, ""), ("-s", EITHER, ""))),
    ("dsconf|dsidm|dsctl", (("-w", SEPARATE, ""),)),  # 389 Directory Server's tools, its Directory Manager password
    ("swift", (("-K", SEPARATE, ""), ("--key", SEPARATE, ""))),  # OpenStack Swift's key (its password)
    ("mimirtool|cortextool|lokitool", (("--key", LONG, ""),)),  # Grafana's tools: the API key sent as the basic-auth password
    ("transmission-daemon", (("-v", SEPARATE, ""), ("--password", SEPARATE, ""))),
    ("wbinfo", (("-a", SEPARATE, "%"), ("--authenticate", SEPARATE, "%"))),
    ("cps(?:\\.py)?", (("-s", SEPARATE, ":"),)),  # calibre-web: cps.py -s USER:PASSWORD sets the admin's login
    ("ssh-keygen", (("-N", SEPARATE, ""), ("-P", SEPARATE, ""))),
    ("openssl", (("-k", SEPARATE, ""),)), ("coap-client|udp2raw", (("-k", SEPARATE, ""),)),  # libcoap's client: -k its DTLS pre-shared key
    ("output_http\\.so", (("-c", SEPARATE, ":"),)),  # mjpg_streamer's HTTP output: -c USER:PASSWORD
    ("copyparty(?:-sfx)?(?:\\.py)?|oha", (("-a", SEPARATE, ":"),)),  # copyparty's accounts, oha's basic auth: -a USER:PW
    ("fs_cli", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))),  # FreeSWITCH's event-socket password
    ("openstego", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))), ("saltcorn\\s+(?:create-user|reset-user-password)", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))), ("spicy", (("-w", SEPARATE, ""), ("--password", SEPARATE, ""))),
    ("decode-config(?:\\.py)?", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))),  # Tasmota's config tool
    ("curl", (("-u", EITHER, ":"), ("--user", SEPARATE, ":"), ("-U", EITHER, ":"), ("--proxy-user", SEPARATE, ":"))),
    ("http|https|xh|xhs", (("-a", EITHER, ":"), ("--auth", SEPARATE, ":"))),
    ("ab", (("-A", EITHER, ":"), ("-P", EITHER, ":"))),
    ("smbclient|rpcclient|smbmap|smbcacls|smbget|net\\s+rpc|net\\s+ads",
     (("-U", EITHER, "%"), ("--user", SEPARATE, "%"))),
    ("lftp", (("-u", SEPARATE, ","),)),
    ("xfreerdp|wfreerdp|sdl-freerdp|xfreerdp3", (("/p:", ATTACHED, ""),)),
    ("cmdkey", (("/pass:", ATTACHED, ""),)),
    ("security", (("-w", SEPARATE, ""), ("-p", SEPARATE, ""))),  # macOS: add-generic-password -w X, unlock-keychain -p X
    ("nmcli", (("password", SEPARATE, ""), ("wifi-sec.psk", SEPARATE, ""), ("802-1x.password", SEPARATE, ""))),
    # rclone config create/update NAME TYPE key value ...: a backend's password, key or secret (B2's "key").
    ("rclone", (("pass", SEPARATE, ""), ("password", SEPARATE, ""), ("key", SEPARATE, ""), ("secret_access_key", SEPARATE, ""),
                ("client_secret", SEPARATE, ""))),
    ("az\\s+login|cqlsh|cypher-shell|neo4j-admin|influx|psql-wrapper|vertica|clickhouse-client",
     (("-p", SEPARATE, ""),)),
    ("pdftk", (("user_pw", SEPARATE, ""), ("owner_pw", SEPARATE, ""), ("input_pw", SEPARATE, ""))),
    ("pdfencrypt", (("-u", SEPARATE, ""),)),
    ("pihole\\s+-a", (("-p", EITHER, ""),)),  # pihole -a -p PASSWORD: the web interface's
    ("transmission-remote", (("-n", EITHER, ":"), ("--auth", SEPARATE, ":"))),
    ("schtasks", (("/rp", SEPARATE, ""),)),  # schtasks /create ... /ru USER /rp PASSWORD
    ("gh\\s+secret\\s+set", (("--body", SEPARATE, ""), ("-b", EITHER, ""))),
    ("snmpwalk|snmpget|snmpgetnext|snmpbulkwalk|snmpbulkget|snmpset|snmptable|snmptrap|snmpinform|snmpdelta"
     "|snmpstatus|snmpdf|snmpnetstat", (("-A", EITHER, ""), ("-X", EITHER, ""))),  # SNMPv3 auth and privacy pass
    ("ccrypt|ccencrypt|ccdecrypt|ccat", (("-K", EITHER, ""), ("--key", SEPARATE, ""))),
    ("pdftotext|pdftoppm|pdftocairo|pdftohtml|pdftops|pdfinfo|pdfimages|pdffonts|pdfdetach|pdfseparate|pdfunite"
     "|pdfattach|pdfsig", (("-upw", SEPARATE, ""), ("-opw", SEPARATE, ""))),  # poppler: user and owner password
    ("mutool|beeline|doveadm\\s+pw|certutil", (("-p", SEPARATE, ""),)),
    ("signtool", (("/p", SEPARATE, ""),)),
    ("sendemail|sendEmail", (("-xp", SEPARATE, ""),)),  # sendemail ... -xu USER -xp PASSWORD
    ("mcrcon", (("-p", EITHER, ""),)),  # Minecraft's RCON client: mcrcon -H HOST -P PORT -p PASSWORD
    ("murmurd|mumble-server", (("-supw", SEPARATE, ""),)),  # Mumble's server: the SuperUser's password
    ("lnxrouter", (("-p", SEPARATE, ""),)),  # an access point's passphrase
    ("vmrun", (("-gp", SEPARATE, ""), ("-vp", SEPARATE, ""))),  # VMware: the guest's password, the VM's encryption one
    ("ttyd", (("-c", SEPARATE, ":"), ("--credential", SEPARATE, ":"))),  # a web terminal's user:password
    ("smtp4dev", (("--user", SEPARATE, "="), ("--users", SEPARATE, "="))),  # a test mail server's user=password
    ("steghide|msoffcrypto-tool", (("-p", SEPARATE, ""),)),  # a hidden file's passphrase, an Office file's password
    ("sipp", (("-ap", SEPARATE, ""),)),  # a SIP test call's password (-au USER)
    ("vsql", (("-p", SEPARATE, ""), ("-w", SEPARATE, ""))),  # Vertica's client
    ("turnadmin", (("-p", SEPARATE, ""),)),  # coturn: turnadmin -a -u USER -r REALM -p PASSWORD
    ("slappasswd", (("-s", SEPARATE, ""),)),  # OpenLDAP: the secret to hash
    ("ss-local|ss-server|ss-redir|ss-tunnel|sslocal|ssserver", (("-k", SEPARATE, ""),)),  # Shadowsocks' password
    ("pdfcpu", (("-upw", SEPARATE, ""), ("-opw", SEPARATE, ""))),
    ("zpaq", (("-key", SEPARATE, ""),)),
    ("winrs", (("-p:", ATTACHED, ""), ("/p:", ATTACHED, ""), ("-password:", ATTACHED, ""))),
    ("taos", (("-p", EITHER, ""),)),  # TDengine's shell
    ("ktpass", (("/pass", SEPARATE, ""), ("-pass", SEPARATE, ""))),  # a keytab's account password
    ("imapsync", (("--password1", SEPARATE, ""), ("--password2", SEPARATE, ""))),
    ("rqlite", (("-u", SEPARATE, ":"),)),  # rqlite's shell: -u USER:PASSWORD
    ("ksql", (("-W", SEPARATE, ""),)),  # KingbaseES' client
    ("mariabackup|mariadb-backup|xtrabackup", (("-p", ATTACHED, ""),)),  # like mysql's: -pX, -p'X'
    ("dbmcli|sqlcli", (("-u", SEPARATE, ","),)),  # SAP MaxDB: -u USER,PASSWORD
    ("check_http|check_curl", (("-a", SEPARATE, ":"),)),  # Nagios: -a USER:PASSWORD (basic auth)
    ("pk12util|modutil", (("-W", SEPARATE, ""), ("-K", SEPARATE, ""))),  # NSS: the file's and the token's password
    ("mvt-ios|mvt-android", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))),  # an encrypted backup's password
    ("sauer_server|sauerbraten_server|tesseract_server", (("-p", ATTACHED, ""),)),  # Sauerbraten: -pPASSWORD
    ("ora2pg", (("-w", SEPARATE, ""),)),  # Oracle to PostgreSQL: -u USER -w PASSWORD
    ("winexe", (("-U", SEPARATE, "%"),)),  # -U DOMAIN/USER%PASSWORD, as smbclient
    ("choco|chocolatey", (("-p=", ATTACHED, ""), ("--password=", ATTACHED, ""), ("-p", SEPARATE, ""))),  # a source's password
    (r"webrepl_cli(?:\.py)?", (("-p", SEPARATE, ""),)),  # MicroPython's WebREPL
    ("arj", (("-g", ATTACHED, ""),)),  # an archive's password: -gPASSWORD
    ("zuluCrypt-cli|zuluMount-cli", (("-p", SEPARATE, ""),)),
    ("check_ldap|check_ldaps", (("-P", SEPARATE, ""),)),  # Nagios: -D BIND_DN -P PASSWORD
    ("adfind", (("-up", SEPARATE, ""),)),  # AdFind: -u USER -up PASSWORD
    ("goexec", (("-p", SEPARATE, ""), ("--password", SEPARATE, ""))),  # GoExec: -u USER -p PASSWORD
    ("bz|bandizip", (("-p:", ATTACHED, ""),)),  # Bandizip's console: bz c -p:PASSWORD ARCHIVE FILES
    ("dcdiag", (("/p:", ATTACHED, ""),)),  # dcdiag /s:DC /u:DOMAIN\USER /p:PASSWORD
    ("vaultcmd", (("/authenticator:", ATTACHED, ""),)),  # Windows Credential Manager: /identity:USER /authenticator:PASSWORD
    ("ipa-server-install|ipa-replica-install", (("-a", SEPARATE, ""), ("-p", SEPARATE, ""))),  # FreeIPA: admin's and DM's
    ("msfrpcd|msfrpc", (("-P", SEPARATE, ""),)),  # Metasploit's RPC daemon and client: -U USER -P PASSWORD -p PORT
)
"""Tools (regex alternatives, a subcommand after a blank) and their options that take a password:
``(option, how its value is written, separator)``; with a separator the value is ``user<sep>password``
and only the part after the separator is the secret."""
