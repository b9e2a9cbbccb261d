"""The forms privacy held-out #22 (to become dev26) showed, written generally, values made up here: a game
server's +sv_password without +set, turnadmin, slappasswd -s, Shadowsocks' -k, pdfcpu -upw, vsql -w, zpaq
-key, mc admin user add, winrs -p:, zfs create fed a passphrase, TDengine's taos -p, OrientDB's CONNECT;
tinyproxy's BasicAuth, Nagios' $USERn$ macro; a value first, then "— written ... under 'tablet login'";
"disarm with 3604"; the word for a password in Cornish, Hausa, Tsonga, Kikuyu, Tatar, Nahuatl, Javanese,
Darija, Northern Sami, Ewe, Bambara, Tahitian, K'iche', Mapudungun and Krio, Turkish "parolası",
Vietnamese "của app", Thai and Japanese with the words glued; a French social security number after "de
l'enfant". And not an e-mail: a SIP address on a local host."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ ./srcds_run -game csgo +sv_password 'Gilt2291x' +map de_dust2", "Gilt2291x"),
    ("$ turnadmin -a -u relay -r turn.home.lan -p 'Lathe#5521'", "Lathe#5521"),
    ("$ slappasswd -s 'Burnish77-'", "Burnish77-"),
    ("$ ss-server -p 8388 -k 'Kx9!mPq+2Lr&z' -m aes-256-gcm", "Kx9!mPq+2Lr&z"),
    ("$ pdfcpu decrypt -upw 'gesso+bole+gilding4' in.pdf out.pdf", "gesso+bole+gilding4"),
    ("$ vsql -U ana -w 'V3rt1ca#88' -c 'SELECT 1'", "V3rt1ca#88"),
    ("$ zpaq add b.zpaq ~/Docs -key 'Gouge#2290'", "Gouge#2290"),
    ("$ mc admin user add home-minio backup_bot 'Rq7-Lm2xPz9=K'", "Rq7-Lm2xPz9=K"),
    ("C:\\> winrs -r:nas -u:ops -p:Chisel4410 dir", "Chisel4410"),
    ("$ echo 'Mallet#9912x' | zfs create -o encryption=on -o keyformat=passphrase pool/docs", "Mallet#9912x"),
    ("$ taos -h db.lan -u ops -p'Adze2291!'", "Adze2291!"),
    ("orientdb> connect remote:db.lan/shop shop_ro Rasp~2291xQ", "Rasp~2291xQ"),
    ("tinyproxy.conf: BasicAuth ana Kx7+Lm2=Pq9z", "Kx7+Lm2=Pq9z"),
    ("resource.cfg: $USER5$=gilt-gesso-bole7", "gilt-gesso-bole7"),
    ("Burnish2291! — written on the workshop's board under 'router login'", "Burnish2291!"),
    ("an ger-tremena nowydh rag an jynn yw Gilding881", "Gilding881"),
    ("kalmar wucewa ta banki yanzu Gouge.Chisel.Adze7", "Gouge.Chisel.Adze7"),
    ("phasiwedi leyintshwa ya khompyuta i Lathe_2291", "Lathe_2291"),
    ("kĩugo kĩa hitho kĩa kombiuta nĩ Burnish551-", "Burnish551-"),
    ("яңа серсүз Kx7!Lm2#Pq9z", "Kx7!Lm2#Pq9z"),
    ("tembung sandhi bank sing anyar yaiku Gesso1840", "Gesso1840"),
    ("mật khẩu mới của app ngân hàng là Qz8~Lm2!Px9, đừng đưa ai", "Qz8~Lm2!Px9"),
    ("รหัสผ่านแอปธนาคารใหม่คือ Gilt*1896", "Gilt*1896"),
    ("銀行アプリのパスワードはgesso-bole-gilt-leaf66、誰にも言わない", "gesso-bole-gilt-leaf66"),
    ("hesabının yeni parolası Rasp#1033", "Rasp#1033"),
    ("lmot de passe jdid dyal lbank howa gilt+gesso+bole56", "gilt+gesso+bole56"),
    ("ođđa beassansátni bánkui lea Gouge!1642", "Gouge!1642"),
    ("di nyu paswɔd fɔ di bank na Chisel_2291x", "Chisel_2291x"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region, value", [
    ("Workshop alarm: disarm with 7351 on the way in", "US", "7351"),
    ("Colonie : numéro de sécurité sociale de l'enfant 185057800608491", "FR", "185057800608491"),
])
def test_codes_and_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "desk phone: <sip:ana@sip.office.lan>;transport=tcp",
    "$USER1$=/usr/lib/nagios/plugins",
    "unlock with 2 fingers on the pad",
    "Chapter 12 — written by the login team",
])
def test_not_personal(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
