"""The forms privacy held-out #18 (to become dev22) showed, written generally, values made up here (valid by
their checks): a national id before its label ("X — Mom's Social Security number"); passwords read by pveum,
cifscreds and a key file from /dev/stdin; ejabberdctl and prosodyctl register, steamcmd +login, mcrcon -p;
what was typed at a prompt; Exim's passwd.client and s3fs's file shown after their names; an OpenVPN
auth file's user / password; a wifi's made-up password right after its name; a value after a question to
the listener or on the next line; a value before "that's the ... login" with an aside between; prose in
Malayalam, Telugu, Kannada, Gujarati, Punjabi, Xhosa, Malagasy, Tigrinya, Kurmanji, Turkmen, Maori, Samoan,
Luganda, Sesotho and Oromo; a keypad's digits after its place and a comma. And what is not personal: a
conference's passcode in groups, a WireGuard peer's key, an OpenPGP key named with whose it is, the user
"passwd" sets."""

import pytest

from device.privacy.redactor import Redactor


def test_an_id_before_its_label() -> None:
    line = "536902221 — Dad's Social Security number, for the clinic form"
    assert "536902221" not in Redactor("US").redact(line)[0]
    assert Redactor("US").redact("Order 536902221 — my SSN is on file")[0] == "Order 536902221 — my SSN is on file"


@pytest.mark.parametrize("line, secret", [
    ("$ pveum passwd ops@pve <<< 'Hive-tool77!'", "Hive-tool77!"),
    ("$ cifscreds add -u ops nas.lan <<< 'Smoker-fuel41'", "Smoker-fuel41"),
    ("$ printf '%s' 'comb.brood.frame12' | systemd-cryptenroll --unlock-key-file=/dev/stdin /dev/sda2", "comb.brood.frame12"),
    ("$ ejabberdctl register ops chat.lan 'Qu33n-cell!'", "Qu33n-cell!"),
    ("$ prosodyctl register ops xmpp.lan 'Drone-comb88'", "Drone-comb88"),
    ("$ steamcmd +login ops 'Propolis2291=' +quit", "Propolis2291="),
    ("$ mcrcon -H mc.lan -P 25575 -p 'W4xMoth#11' 'list'", "W4xMoth#11"),
    ("PS> # typed Nuc1eus$Hive9 at the prompt, then connected", "Nuc1eus$Hive9"),
    ("/etc/exim4/passwd.client: *.mailgun.org:me@home.lan:Apiary77!", "Apiary77!"),
    ("cat ~/.passwd-s3fs on the NAS: AKBUCKETKEY01:wX9@hiveFrame*22", "wX9@hiveFrame*22"),
    ("auth.txt for the .ovpn: ops / Swarm-cell42", "Swarm-cell42"),
    ("sticky note at the front desk: guest wifi H0neyFl0w77", "H0neyFl0w77"),
    ("okay, new password for the bank app, ready? smoker+veil+gloves31", "smoker+veil+gloves31"),
    ("Notebook, under 'Church PC': password\nQ=vb7Wq2LmZt^pR", "Q=vb7Wq2LmZt^pR"),
    ("Zx#8QwErTy4uI — write it on the card — that's the club forum login", "Zx#8QwErTy4uI"),
    ("അച്ഛന്റെ പാസ്‌വേഡ് Honey&2211 ആണ്", "Honey&2211"),
    ("అమ్మ పాస్‌వర్డ్ Bee5wax2024, ఎవరికీ చెప్పకు", "Bee5wax2024"),
    ("ವೈ-ಫೈ ಪಾಸ್‌ವರ್ಡ್ ಈಗ qB7_hive+Nect4r", "qB7_hive+Nect4r"),
    ("નવો પાસવર્ડ comb-frame-smoker9 છે", "comb-frame-smoker9"),
    ("ਨਵਾਂ ਪਾਸਵਰਡ Ap1ary$Field ਹੈ", "Ap1ary$Field"),
    ("igama lokugqitha le-Wi-Fi ngoku ngu-H1ve@Home", "H1ve@Home"),
    ("ny teny miafina vaovao amin'ny Wi-Fi dia Tantely77", "Tantely77"),
    ("ምስጢራዊ ቃል nectar.comb.frame22 እዩ", "nectar.comb.frame22"),
    ("şîfreya nû ya Wi-Fi Hingiv442 e", "Hingiv442"),
    ("öýüň Wi-Fi açar sözi indi Bal?2231", "Bal?2231"),
    ("ko te kupuhipa hou mō te Wi-Fi ko Mīere+44x", "Mīere+44x"),
    ("o le upu fa'alilolilo fou o le Wi-Fi o meli-honey-comb55", "meli-honey-comb55"),
    ("ekigambo ekyekusifu ekya Wi-Fi kati mU^9KiBbPq", "mU^9KiBbPq"),
    ("phasewete e ncha ea Wi-Fi ke Not5i1234", "Not5i1234"),
    ("jecha darbii Wi-Fi manaa amma Damma41* dha", "Damma41*"),
    ("keypad by the garage, 7319, then press enter", "7319"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "The support group dials in through Teams, caller passcode 440 155 581 then hash",
    "WireGuard peer key zdDhFpYf3SwgcGm0+FZHU6AHKvAFot6mdrtoF3g7Qpz= for the boat router",
    "OpenPGP-Schlüssel des Rundbriefs DBB9DE131BF532B58667B1BD9C18CFBD22AAB1B1",
    "the keypad on the wall, 2024, was installed",
    "password = os.environ['DB_PASSWORD_40']",
])
def test_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line


def test_the_user_passwd_sets_is_no_secret() -> None:
    redacted = Redactor("US").redact("$ pveum passwd ops@pve <<< 'Hive-tool77!'")[0]
    assert "ops@pve" in redacted and "Hive-tool77!" not in redacted
