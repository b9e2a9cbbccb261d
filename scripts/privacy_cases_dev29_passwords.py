"""Where the dev29 privacy set's passwords and PINs are written (``privacy_cases_dev29.py``):
on the command lines of the tools people run (CrateDB's crash, Apache IoTDB's CLI, Dragonfly, Samba's
net ads join, realm join, Authelia's hash generator, megatools' megals, iredis, harlequin, sqlline,
the TypeDB console, elasticsearch-users, vmagent, newman, Perforce's p4, Fossil, Gitea's tea, Zimbra's
zmprov, Plesk's mail tool, cPanel's whmapi1, a MikroTik, a Cisco and a Huawei console, OpenWrt's uci,
Lenovo's OneCli, Supermicro's SMCIPMITool, sysbench, an ET: Legacy, an OpenJK, a CoD4x, a Yamagi
Quake II, a Sven Co-op, a Rising Storm 2, a Natural Selection 2 and an OpenArena server), in the
config files they keep (Holdfast's serverconfig, Bannerlord's ds_config, Arma Reforger's
config.json, Path of Titans' and The Isle's Game.ini, Shoutcast's sc_serv.conf, mopidy.conf,
cntlm.conf, proxychains4.conf, phpBB's config.php, Matomo's config.ini.php, Magento's env.php,
Ghost's config.production.json, Discourse's app.yml, lemmy.hjson, a Rails database.yml, a Tasmota
console, dbt's profiles.yml and a Miniflux env file with a database URL), and in what they tell each
other or themselves (texts, chats, voice notes, a Bee Pioneer's and a Friend pendant's transcripts,
a PocketBook notebook, Delta Chat and Zulip messages, a photographed paper form, table rows, a value
before its label, a label a line away from its value), English most and then the languages of the
set's other countries and of some no earlier set's modules name (Gullah, Yiddish, Sylheti, Dogri,
Garhwali, Haryanvi, Awadhi, Marwari, Nagamese, Chavacano, Saraiki, Hindko, Bavarian, Alsatian,
Swiss German, Neapolitan, Venetian, Aragonese, Mirandese, Plautdietsch, Trinidadian Creole, Belizean
Kriol, Seychellois Creole, Shanghainese, Banjar, Betawi, Võro, Karakalpak, Crimean Tatar, Tunisian,
Levantine and Iraqi Arabic, Hazaragi and Tumbuka), labels in their own words and forms. ``«pw»`` is
the password, ``«u»`` a user name, ``«e»`` an e-mail address (labelled too).

Passwords are drawn the ways people make one (dev19's ``password`` and ``pin``) from this set's own
word stems (coopering and thatching).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_passwords as _dev19
from privacy_cases_dev19_passwords import pin

__all__ = ["ACCOUNTS", "COMMANDS", "CONFIGS", "PINS", "PROSE", "URL_CONFIGS", "password", "pin"]

STEMS = ["hogshead", "kilderkin", "firkin", "puncheon", "barrique", "tierce", "headstave", "croze", "howel", "chimehoop", "bunghole",
         "trussing", "flagging", "jointer", "downright", "headingdowel", "charring", "toasting", "cresset", "hoopdriver", "chiv", "bilgehoop",
         "yealm", "ligger", "hazelspar", "wheatreed", "longstraw", "ridgeroll", "leggett", "biddle", "sways", "thatchhook", "eavesboard",
         "stulch", "spargad", "liggerhook", "combedwheat", "reedbundle", "flushridge", "blockcut", "shearhook", "drawknife"]

ACCOUNTS = ["svc_hogshead", "stave_ops", "croze_ro", "firkin_sync", "yealm_cron", "ligger_admin", "kilderkin_backup",
            "chime_ci", "eaves_vpn", "puncheon_relay", "thatchyard_adm", "cooperage_dba"]


def password(r: random.Random, url_safe: bool = False) -> str:
    """A password as people make them, from this set's stems (see dev19's ``password``)."""
    return _dev19.password(r, url_safe, STEMS)


COMMANDS: list[tuple[str, bool]] = [  # (template, whether the password sits in a URL or before an @)
    ("$ CRATEPW='«pw»' crash --hosts https://crate.lan:4200 --username «u» -c 'SELECT count(*) FROM casks'", False),
    ("$ ./sbin/start-cli.sh -h iotdb.lan -p 6667 -u «u» -pw '«pw»'", False),
    ("$ dragonfly --port 6380 --requirepass='«pw»' --dbfilename cellar-snap", False),
    ("$ sudo net ads join -U «u»%'«pw»' -S dc1.cooperage.lan", False),
    ("$ authelia crypto hash generate argon2 --password '«pw»'", False),
    ("$ megals -u «e» -p '«pw»' /Root/cellar-photos", False),
    ("$ iredis -h redis.lan -p 6379 -a '«pw»' -n 2", False),
    ("$ harlequin -a postgres \"postgresql://«u»:«pw»@pg.lan:5432/caskledger\"", True),
    ("sqlline> !connect jdbc:phoenix:zk.lan:2181 «u» «pw»", False),
    ("$ typedb console --address typedb.lan:1729 --username «u» --password '«pw»' --tls-disabled", False),
    ("$ sudo bin/elasticsearch-users useradd «u» -p '«pw»' -r superuser", False),
    ("$ ./vmagent -remoteWrite.url=https://vm.lan/api/v1/write -remoteWrite.basicAuth.username=«u» -remoteWrite.basicAuth.password='«pw»'", False),
    ("$ newman run press-day.postman_collection.json --env-var 'user=«u»' --env-var 'password=«pw»'", False),
    ("$ p4 -p ssl:perforce.lan:1666 -u «u» -P '«pw»' sync //depot/cellar/...", False),
    ("$ fossil user password «u» '«pw»' -R ~/repos/thatch-quotes.fossil", False),
    ("$ tea login add --name cooperage --url https://gitea.lan --user «u» --password '«pw»'", False),
    ("$ zmprov ca «e» '«pw»' displayName 'Cellar Office'", False),
    ("$ plesk bin mail --create «e» -passwd '«pw»' -mailbox true", False),
    ("$ whmapi1 createacct username=«u» domain=longstraw-roofs.test password='«pw»'", False),
    ("[admin@MikroTik] > /user add name=«u» group=full password=«pw»", False),
    ("Router(config)# username «u» privilege 15 secret «pw»", False),
    ("[~HUAWEI-aaa] local-user «u» password irreversible-cipher «pw»", False),
    ("root@cellar-ap:~# uci set wireless.default_radio0.key='«pw»' && uci commit wireless", False),
    ("C:\\OneCli> OneCli.exe config show --bmc «u»:«pw»@10.20.0.15", True),
    ("$ java -jar SMCIPMITool.jar 10.20.0.16 «u» '«pw»' ipmi power status", False),
    ("$ sysbench oltp_read_write --mysql-host=db.lan --mysql-user=«u» --mysql-password='«pw»' --tables=8 run", False),
    ("$ ./etlded +set fs_game legacy +set g_password '«pw»' +set sv_hostname 'Stave Yard' +map oasis", False),
    ("$ ./openjkded.x86_64 +set fs_game base +set g_password '«pw»' +map mp/ffa3", False),
    ("$ ./cod4x18_dedrun +set dedicated 2 +set rcon_password '«pw»' +set sv_hostname 'Croze Camp' +map mp_backlot", False),
    ("$ ./q2ded +set game ctf +set rcon_password «pw» +map q2ctf1", False),
    ("$ ./svends_run -console -port 27015 +maxplayers 12 +map svencoop1 +rcon_password '«pw»'", False),
    ("C:\\RS2Server> Binaries\\Win64\\VNGame.exe VNTE-CuChi?AdminPassword=«pw» -log", False),
    ("$ ./server_linux -name 'Hogshead Hollow' -map ns2_veil -limit 16 -password '«pw»'", False),
    ("$ ./oa_ded +set dedicated 2 +set rconpassword '«pw»' +map oa_dm1", False),
]

CONFIGS: dict[str, str] = {  # format: a line of its file as a sensor reads it (the file's name first)
    "holdfast_cfg": "serverconfig_cellar.txt of the Holdfast server: server_name Croze Camp Naval · server_admin_password «pw»",
    "bannerlord_txt": "ds_config_cooperage.txt for the Bannerlord dedicated server: ServerName Stave Yard · AdminPassword «pw»",
    "reforger_json": "config.json of the Arma Reforger server: \"game\": { \"name\": \"Kilderkin Ridge\", \"passwordAdmin\": \"«pw»\",",
    "pathoftitans_ini": "Path of Titans host's Game.ini, section [/Script/PathOfTitans.IGameSession]: ServerPassword=«pw»",
    "theisle_ini": "The Isle Evrima Game.ini on the rented box: [/Script/TheIsle.TIGameSession] bServerPassword=true ServerPassword=«pw»",
    "shoutcast_conf": "sc_serv.conf for the cellar radio stream: portbase=8000 · password=«pw» · publicserver=never",
    "mopidy_conf": "~/.config/mopidy/mopidy.conf, the [subidy] section: username = «u» · password = «pw»",
    "cntlm_conf": "/etc/cntlm.conf on the cellar PC: Username «u» · Domain COOPERAGE · Password «pw»",
    "proxychains_conf": "proxychains4.conf, the [ProxyList] at the bottom: socks5 10.8.0.1 1080 «u» «pw»",
    "phpbb_php": "config.php of the thatchers' phpBB forum: $dbuser = '«u»'; $dbpasswd = '«pw»';",
    "matomo_ini": "config/config.ini.php of Matomo, [database]: username = \"«u»\" · password = \"«pw»\"",
    "magento_php": "app/etc/env.php of the cider shop (Magento): 'username' => '«u»', 'password' => '«pw»',",
    "ghost_json": "config.production.json of the Ghost blog: \"mail\": {\"options\": {\"auth\": {\"user\": \"«e»\", \"pass\": \"«pw»\"}}}",
    "discourse_yml": "containers/app.yml of the village Discourse: DISCOURSE_SMTP_USER_NAME: «e» · DISCOURSE_SMTP_PASSWORD: «pw»",
    "lemmy_hjson": "lemmy.hjson on the cooperage's instance: setup: { admin_username: \"«u»\", admin_password: \"«pw»\" }",
    "rails_yml": "config/database.yml of the cask-ledger app, production: username: «u» · password: «pw»",
    "tasmota_console": "Tasmota console on the cellar fan plug: Backlog SSID1 CellarNet; Password1 «pw»",
    "dbt_yml": "~/.dbt/profiles.yml for the cask warehouse: user: «u» · password: «pw» · dbname: casks",
    "miniflux_env": "miniflux.env copied into the ticket: DATABASE_URL=postgres://«u»:«pw»@db.lan/miniflux?sslmode=disable",
}
URL_CONFIGS = {"miniflux_env"}

PROSE: dict[str, list[str]] = {  # region: what its people write
    "US": ["Bee Pioneer transcript from the car: \"...and the Reolink login, password «pw», write that down somewhere\"",
           "Friend pendant caught my husband saying it: the laundrette app password is «pw»",
           "| Account | Password |\n| cellar-door booking site | «pw» |",
           "My niece on Delta Chat, all lowercase: the pocketbook cloud password is «pw» dont tell mom",
           "«pw» — taped under the cooperage office keyboard, labelled 'shop PC', nobody ever took it off",
           "PocketBook note, page 'House', the Roborock app: password «pw»",
           "Mesij from Granmama: de new password fa de wifi een de house da «pw», don tell nobody",
           "מעסעדזש פֿון דער באָבען: דאָס נײַע פּאַסוואָרט פֿונעם wifi אין שטוב איז «pw», זאָג קיינעם נישט"],
    "GB": ["Zulip DM to my brother: Dad's tip-booking login, the password's «pw» as of Monday",
           "Thatcher's quote, scribbled on the back in pencil:\nroofing portal password\n«pw»",
           "নানির মেসেজ: গরর wifi'র নয়া পাসওয়ার্ড «pw», কেউরে কইও না"],
    "CA": ["Awtrix clock flashed my own reminder: apple-press listing, login «pw», change after the sale",
           "Left on the cabin fridge under the Govee remote: hydro account password «pw», Dad's"],
    "AU": ["On the laundry whiteboard in my flatmate's writing: «pw» = council bin-booking site",
           "Text from Mum in Mildura: the winery club login changed, it's «pw» now"],
    "IN": ["Chachu ne bola tha, lift wali app ka login «pw» rakha hai, watchman se chhupa ke rakhna",
           "Paper form photographed at the gas agency, the back page in Papa's writing: portal password «pw»",
           "दादी दा सनेहा: घरै दे wifi दा नमां पासवर्ड «pw» ऐ, कुसै गी नेईं दस्सेओ",
           "दादी कु संदेस: घौर का wifi कु नयो पासवर्ड «pw» च, कै तैं नि बतैन",
           "ताऊ का मैसेज: घर के wifi का नया पासवर्ड «pw» सै, किसे नै ना बताइए",
           "अम्मा कै संदेसा: घर के wifi कै नवा पासवर्ड «pw» है, केहू से न बतायो",
           "दादीसा रो संदेसो: घर रा wifi रो नुवों पासवर्ड «pw» है, किणी ने मत बताजो",
           "Aita apa laga message: ghor laga wifi laga notun password «pw» ase, kunba ke bhi nokobi"],
    "NG": ["Voice note from Aunty in Onitsha, typed out: the prepaid meter app password is «pw», keep it",
           "Pinned in the estate group: the generator-levy portal, password «pw»",
           "Omo, dem don change the decoder login, e be «pw» now, hold am tight"],
    "PH": ["Chat ni Tita: yung password ng Lazada natin ay «pw», wag mo ipamigay ha",
           "Mensahe de Lola: el nuevo password del wifi na casa amo «pw», no tu conta con nadie"],
    "ZA": ["Cousin in Polokwane sent it on WhatsApp: prepaid electricity app, new password «pw»",
           "Gran's note on the fridge in Durban: the medical-aid website, password «pw»"],
    "KE": ["Bro, the Zuku app password ni «pw», usimpe mtu yeyote"],
    "PK": ["Khala's voice note: the electricity app password is «pw», kisi ko mat dena",
           "Amma da sunehā: ghar de wifi da navān password «pw» ae, kahīñ kūñ na dasāven",
           "Dādi nā sunehā: kōr nē wifi nā nawāñ password «pw» ai, kisay kī na dasso"],
    "BR": ["Áudio da minha avó transcrito: a senha do app da lavanderia agora é «pw», não espalha"],
    "DE": ["Nachricht von meiner Schwester: das neue Passwort fürs Portal der Waschküche ist «pw»",
           "Nachricht vo da Oma: des neie Passwort fürs WLAN dahoam is «pw», sogs fei neamd"],
    "FR": ["Texto de ma tante : le mot de passe du site de la cave coopérative, c'est «pw»",
           "Nochricht vun de Grossmamme: s'neije Passwort fer's Wifi deheim isch «pw», saa's keinem"],
    "CH": ["Nachricht vom Grosi: s'nöie Passwort vom WLAN dihei isch «pw», säg's niemertem"],
    "IT": ["Messaggio 'e nonna: 'a password nova d'o wifi 'e casa è «pw», nun 'o dicere a nisciuno",
           "Messajo de ła nona: ła password nova del wifi de casa ła xe «pw», no sta dirghelo a nisuni"],
    "ES": ["Transcripción del audio de mi tío: para entrar al club de socios de la bodega, «pw»",
           "Mensache d'a yaya: a clau nueva d'o wifi de casa ye «pw», no se la digas a dengún"],
    "PT": ["Mensaije de la buóna: la palabra-passe nuoba de l wifi de casa ye «pw», nun la digas a naide"],
    "MX": ["Mi abuela apuntó en la libreta del mandado la contraseña del banco: «pw»",
           "Nohricht von Grossmame: daut niee Passwuat fa daut Wifi em Hus es «pw», sajcht daut kjeenem"],
    "JP": ["叔母からのメッセージ：コインランドリーのアプリのパスワードは«pw»、ほかの人には教えないで"],
    "TT": ["Granny send a voice note: de new wifi password is «pw», doh give nobody eh"],
    "BZ": ["Mesij fram Granmaa: di nyoo wifi paaswod da «pw», noh tel nobadi"],
    "SC": ["Granmanman in anvoy en mesaz: nouvo modpas pour wifi lakaz, «pw», pa donn personn"],
    "CN": ["阿娘发来个消息：屋里向wifi个新密码是«pw»，侬覅搭别人讲"],
    "ID": ["Pesan matan Nini: password wifi hanyar di rumah «pw», jangan bapadah lawan urang",
           "Pesen dari Nyak: password wifi baru di rume «pw», jangan bilang-bilang ame orang"],
    "EE": ["Imä sõnum: kodo wifi vahtsõnõ salasõna om «pw», ärä ütle kellelgi"],
    "UZ": ["Ájapamnan xabar: úydegi wifi-diń jańa paroli «pw», hesh kimge aytpa"],
    "UA": ["Babamdan haber: evdeki wifi'niñ yañı parolü «pw», kimsege aytma"],
    "TN": ["ميساج من جدّتي: الكلمة السرية الجديدة متاع الwifi في الدار هي «pw»، ما تقولها لحد"],
    "LB": ["رسالة من تيتا: الباسوورد الجديد تبع الwifi بالبيت «pw»، ما تقول لحدا"],
    "IQ": ["مسج من بيبي: الباسورد الجديد مال الwifi بالبيت «pw»، لا تگول لأحد"],
    "AF": ["پیام از آبه: رمز نو وایفای خانه «pw» استه، د هیچ کس نگو"],
    "MW": ["Uthenga kufuma kwa Ambuya: password yiphya ya wifi ku nyumba ni «pw», ungamuphalira munthu yayi"],
}

PINS: list[tuple[str, str, int]] = [  # (region, line, digits)
    ("US", "Bee Pioneer note to self: the cellar keypad code is «pw», the same one as the barn", 4),
    ("US", "PocketBook margin: laundrette alarm, punch in «pw» before unlocking the back door", 4),
    ("IN", "Dadaji ka GPay UPI PIN «pw» hai, diary ke aakhri panne pe likha hua", 6),
    ("GB", "Grandad's card digits for the post-office counter, given to me for his shopping: «pw»", 4),
    ("DE", "Opa hat mir die Geheimzahl seiner Volksbank-Karte für den Einkauf gesagt: «pw»", 4),
    ("MX", "El NIP de la tarjeta de mi tía para el cajero, anotado atrás del calendario: «pw»", 4),
    ("BR", "A senha de seis dígitos do cartão da vó, escrita na agenda: «pw»", 6),
]
