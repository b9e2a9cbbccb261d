"""Forms held-out #45 showed, in my own wordings and values: a Mexican RFC named as "datos fiscales" further back; Cisco's
"algorithm-type" before a user's secret; FreeIPA's installer "-a"; PowerShell's "-name password -value X"; Junos'
"plain-text-password-value"; a ".pass" file shown with "cat"; "I wrote X on" in a line about an account; "admin was
set to X"; a drive "locked with" and a laptop's files that "open with" a value; a password said after a colon a long
way on, past a card named on the way; "la clave ... es X" and "el wifi ... ahora es X"; a Japanese value in 「」; and
no secret: "est dans le carnet" (where it is written), "-auth admin:\"$VAR\"", a variable's name before "=" after "open
with", the word "password" with a mark glued on."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("Para las facturas, mis datos fiscales van aquí abajo: GODE561231GR8 (régimen simplificado)", "GODE561231GR8", "MX"),
    ("sw-core(config)# username ops_ro privilege 5 algorithm-type sha256 secret Rivet-Lamp-88", "Rivet-Lamp-88", "GB"),
    ("ipa-server-install -U -r CLINIC.LAN -a 'Quay!Otter219' --setup-dns", "Quay!Otter219", "ES"),
    ("Set-ItemProperty -Path IIS:\\AppPools\\Ops -name password -value 'Mossy#Gate42'", "Mossy#Gate42", "US"),
    ("set system login user ops authentication plain-text-password-value \"qT7=LmXa9!wZ\"", "qT7=LmXa9!wZ", "US"),
    ("cat /etc/sync/agent.pass\nBrass-Kettle-771", "Brass-Kettle-771", "DE"),
    ("Set up the Hulu account for Dad and wrote Fq9zLmR2_xTpWb on a sticky note for him", "Fq9zLmR2_xTpWb", "US"),
    ("The gate terminal admin was set to Xp7=QrL2mZt_Vb9K after the update", "Xp7=QrL2mZt_Vb9K", "US"),
    ("The choir's archive drive is locked with tenor_bassoon_oak_lantern58, don't share it", "tenor_bassoon_oak_lantern58", "IN"),
    ("Dada, the minutes on the office laptop open with Kettledrum4471, return the key after", "Kettledrum4471", "KE"),
    ("Nilagyan ko ng bagong password ang tablet sa tindahan kasi may gumamit ng card ng tita: reedlamp+otter+quay55 na",
     "reedlamp+otter+quay55", "PH"),
    ("Primo, la clave del disco con las fotos de la boda que guardó mamá es Gr4ndma=Fiesta9, no la compartas", "Gr4ndma=Fiesta9", "AR"),
    ("Tío, el wifi de la finca en la sierra ahora es M0nt@ña2026#, cámbialo si lo usas", "M0nt@ña2026#", "CO"),
    ("ママ、家族の共有アカウントのパスワードは「Sakura2210!」だよ", "Sakura2210!", "JP"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, kept, region", [
    ("Le mot de passe du wifi est dans le tiroir de la cuisine", "dans le tiroir", "FR"),
    ("splunk add user ops -password 'Zq8!mossLamp' -auth admin:\"$ADMIN_PW\"", "admin:\"$ADMIN_PW\"", "US"),
    ("the kiosk laptop lay open with OPENAI_KEY_DRAFTS=sk-proj-abcdefghijklmnopqrstuvwx in its env", "OPENAI_KEY_DRAFTS", "US"),
    ("password 'mysql -p' as the password@ as the password", "password@", "US"),
])
def test_what_frames_a_value_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, code, region", [
    ("Pour le chat-sitter : le digicode de l'immeuble a changé, tapez 4417 puis poussez la porte", "4417", "FR"),
    ("Heads up, the gate code changed last week, punch in 2958 and wait for the buzz", "2958", "GB"),
    ("Hallo Nachbarin, der Türcode hat sich geändert, tippe 6130 und drück fest", "6130", "DE"),
])
def test_a_door_code_after_what_to_key_in(line: str, code: str, region: str) -> None:
    assert code not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, kept, region", [
    ("Door code: ask the concierge, press 1 for the desk", "press 1", "US"),
    ("The keypad code changed, enter the new one from the email", "enter the new one", "US"),
])
def test_a_door_code_without_digits_leaves_the_line(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
