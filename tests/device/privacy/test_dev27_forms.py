"""The forms privacy held-out #23 (to become dev27) showed, written generally, values made up here: adcli's
--stdin-password, ipa user-add --password fed on the input, ktpass /pass, MPD_HOST=X@HOST, BTEQ's .LOGON
HOST/USER,X, imapsync --password1, security unlock-keychain -p, Stationeers' ServerPassword, kamctl add,
opensips-cli user add; Sauerbraten's serverpass; a table column headed "Pass"; a generated value first, then
a dash and where it was written for a login; the word for a password in Kapampangan, Venda, Xhosa, Sindhi,
Corsican, Walloon, Bashkir, Taiwanese Hokkien, Minangkabau, Uyghur, Kabyle, Tachelhit, Sranan, Bemba,
Swazi and Manx; a French "n° de sécu de l'élève" in quotes; Japan's 個人番号を聞かれた. And not personal: a
command substitution that reads a password store, a WireGuard peer's public key after a few words, an
AWB number, a queue ticket ("senha de atendimento")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ adcli join --domain=home.lan --login-user=admin --stdin-password <<< 'rasp.chisel.gouge77'", "rasp.chisel.gouge77"),
    ("$ ipa user-add ana --first=Ana --last=K --password <<< 'Lq7=Zx9mTp2k'", "Lq7=Zx9mTp2k"),
    ('C:\\> ktpass /princ HTTP/web.home.lan@HOME.LAN /mapuser web_svc /pass "Purfling_2291" /out web.keytab', "Purfling_2291"),
    ("$ MPD_HOST='Kx9.mPq2Lrz@speaker.lan' mpc next", "Kx9.mPq2Lrz"),
    (".LOGON dw.lan/report_ro,Scroll-4410", "Scroll-4410"),
    ("$ imapsync --host1 a.lan --user1 ana --password1 'Qz8%Lm2&Px9!' --host2 b.lan", "Qz8%Lm2&Px9!"),
    ("$ security unlock-keychain -p 'purfling_rosette_scroll8' login.keychain-db", "purfling_rosette_scroll8"),
    ("$ ./server.x86_64 -settings ServerPassword 'Rx7*Lm2Qp9' StartLocalHost true", "Rx7*Lm2Qp9"),
    ("$ kamctl add desk7 'Tq7&Lm2$Wz9p'", "Tq7&Lm2$Wz9p"),
    ("$ opensips-cli -x user add desk7@10.0.0.2 'Bridge1988'", "Bridge1988"),
    ('server-init.cfg: serverpass "Gouge2291~"', "Gouge2291~"),
    ("| Site | Pass |\n| lesson portal | rosette-scroll-purfling4 |", "rosette-scroll-purfling4"),
    ("Qz8!mPq2Lr9xT — on the workshop's board under 'tablet login'", "Qz8!mPq2Lr9xT"),
    ("ing bayung password ning computer king opisina rosette-purfling-bridge6", "rosette-purfling-bridge6"),
    ("phasiwede ntswa ya khomphyutha ndi Scroll866x", "Scroll866x"),
    ("iphasiwedi entsha yebhanki ngu Rq8=Lx2#Mp4z", "Rq8=Lx2#Mp4z"),
    ("بئنڪ جو نئون پاسورڊ Gouge768$ آهي", "Gouge768$"),
    ("a parolla d'intrata nova di u bancu hè Rx8+Lm2&Qp9", "Rx8+Lm2&Qp9"),
    ("li novea mot d' passe do PC, c' est Qz7*Lp2&Mx9", "Qz7*Lp2&Mx9"),
    ("яңы серһүҙ Kx7*Lm2&Pq9z", "Kx7*Lm2&Pq9z"),
    ("tiān-náu ê sin bi̍t-bé sī P@rfling478", "P@rfling478"),
    ("kato kunci bank nan baru Tq7&Lm2Wz9", "Tq7&Lm2Wz9"),
    ("بانكنىڭ يېڭى پارولى Scroll672x", "Scroll672x"),
    ("awal uffir amaynut n bank d rosette-bridge-scroll37", "rosette-bridge-scroll37"),
    ("a nyun paswortu fu a bank na Gouge1492x", "Gouge1492x"),
    ("liphasiwedi lelisha lebhanki ngu bridge_scroll_rosette49", "bridge_scroll_rosette49"),
    ("yn fockle follit noa son y banc ta Purfling~606", "Purfling~606"),
    ("la password del wifi e Qz7!Lm2#Px", "Qz7!Lm2#Px"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region, value", [
    ('Fiche "n° de sécu de l\'enfant" : 185057800608491', "FR", "185057800608491"),
    ("病院で父の個人番号を聞かれた 123456789018", "JP", "123456789018"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ('muttrc: set imap_pass = "`pass show mail/home`"', "US"),
    ("WireGuard peer public key shown in the router: xtVN7yuO95/UtUVNr6ipdPBGawya6GyL8/HOKeUKzMI=", "US"),
    ("Delhivery picked up the parcel, AWB 8310900551", "IN"),
    ("Senha de atendimento no posto: 4417, aguarde", "BR"),
])
def test_not_personal(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line


def test_a_value_that_starts_with_e_is_whole() -> None:
    """Not Italian "e" (is) and the rest: the whole value is redacted, its first letter too."""
    assert Redactor("US").redact("د بانک نوی پټنوم e*Lm2Qp9xTz دی")[0] == "د بانک نوی پټنوم [secret] دی"


def test_random_case_without_a_digit() -> None:
    """A generator's letters switching case with one symbol and no digit is made up; a CamelCase name is not."""
    from device.privacy.passwords.values import random_case

    assert random_case("qwNErtyUIopAS#dfGH")
    assert not random_case("ThinkPadCarbonEdition") and not random_case("McDonaldsHappyMeal!")
    line = "пароли нави компютер xqRTpLmnZZW#abcQ аст"
    assert "xqRTpLmnZZW#abcQ" not in Redactor("US").redact(line)[0]
