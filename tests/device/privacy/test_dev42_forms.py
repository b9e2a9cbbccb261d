"""Forms held-out #38 showed, in my own wordings and values: any impacket example with DOMAIN/USER:X after options that
take values, Samba's -U DOMAIN/USER%X, wfuzz's --basic USER:X, Hadoop's <name>fs.ftp.password.HOST</name><value>X</value>,
a device that "unlocks with" a made-up value, "le code de la tablette ... est X", a combination told at the end of a long
sentence, and a made-up value with a "$" inside after the site it opens; and what stays: a script's own arguments
("conf/app.yaml:prod", "HTTP/1.1:200"), a Hadoop setting that is a number, a phone that unlocks with a face."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("$ dcomexec.py -object MMC20 INLAY.LAN/veneer_adm:kerf-burl-chisel88@10.9.4.11", "kerf-burl-chisel88", "US"),
    ("$ rbcd.py -delegate-from 'WS1$' -action write INLAY.LAN/burl_ci:Bu7lwood.2031 -dc-ip 10.9.4.2", "Bu7lwood.2031", "US"),
    ("$ findDelegation.py inlay.lan/kerf_ro:Gl8eline640 -dc-ip 10.9.4.2", "Gl8eline640", "US"),
    ("$ smbtree -U 'INLAY/kerf_backup%Qm7TzR.pLw2xKs' -b", "Qm7TzR.pLw2xKs", "US"),
    ("$ wfuzz -c -z file,w.txt --basic inlay_dba:burl.kerf.veneer.saw61 https://inlay.lan/FUZZ", "burl.kerf.veneer.saw61", "US"),
    ("hdfs-site.xml: <name>fs.ftp.password.ftp.inlay.lan</name><value>Tq4-pLmWz8_rNs</value>", "Tq4-pLmWz8_rNs", "US"),
    ("Clip at the rink: 'the scoring tablet unlocks with Stickpuck&481, keep it off the whiteboard'", "Stickpuck&481", "GB"),
    ("Message du club : le code de l'ordinateur du vestiaire est Marqueterie219, ne le note nulle part", "Marqueterie219", "FR"),
    ("Combination for the fins and masks locker by the deep end, written inside the kit bag: 5820", "5820", "GB"),
    ("Notebook corner: veneer shop site Inlaywood$715 (walnut + maple)", "Inlaywood$715", "US"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "$ python app.py --config conf/app.yaml:prod",
    "$ python tool.py HTTP/1.1:200",
    "<name>dfs.replication</name><value>3</value>",
    "<name>password.min.length</name><value>12</value>",
    "my phone unlocks with my face",
    "the site uses $HOME_DIR7x for its paths",
])
def test_arguments_settings_and_faces_stay(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
