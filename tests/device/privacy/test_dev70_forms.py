"""Forms held-out #66 showed, in my own wordings and values: an Aadhaar and a NIK a clause after their names; a setting named
for a "_PHRASE" or an "admin"/"auth" "word" (env, PHP array, XML); a wifi "for the <place>" then its value; an inbox that "now
opens with" a value (an "@" at its end); a projector that "uses" one; an app that "asks for" one; Spanish "el acceso a X es
Y"; French "on l'ouvre avec X" and "le code pour s'y connecter est X"; Italian "è X" after a long clause; and no secret nor
phone: a password reset "on" a date, one "read from" a vault, a reservation's number."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Bank wale ne bola Aadhaar ki photocopy chahiye, mummy ka number 541409621741 hai, kal de dena", ("541409621741",), "IN"),
    ("Sekolah minta NIK anak untuk pendaftaran lomba, punya adik 3174010508913658, tolong dicek", ("3174010508913658",), "ID"),
    ("docker run -e QUIZ_ADMIN_PHRASE=lantern_otter_quince88 quizbox/server", ("lantern_otter_quince88",), "GB"),
    ("'auth_word' => 'Gannet#5521',", ("Gannet#5521",), "GB"),
    ("<AdminWord>Pebble!Dock93</AdminWord>", ("Pebble!Dock93",), "GB"),
    ("note on the fridge: wifi for the boat shed Oarlock7734 (ring Sam if it drops)", ("Oarlock7734",), "GB"),
    ("the choir inbox where members send their apologies now opens with Descant4455@; keep it quiet", ("Descant4455@",), "GB"),
    ("the projector in the parish room for quiz night uses T!dal2291, ask the verger", ("T!dal2291",), "NG"),
    ("the app on the club tablet asks for hUwQpLzRe9=Km2Tvx; do not share it", ("hUwQpLzRe9=Km2Tvx",), "ZA"),
    ("oye, el acceso al panel de la liga de bolos es Ninepin8842, me lo dio Chuy", ("Ninepin8842",), "MX"),
    ("le vieux PC du club, on l'ouvre avec Galet$2290 maintenant", ("Galet$2290",), "FR"),
    ("le code pour s'y connecter est otter-lantern-quince-harbour12, à changer après", ("otter-lantern-quince-harbour12",), "FR"),
    ("la password del computer della bocciofila, quello vecchio che usiamo per le iscrizioni e i punteggi dei tornei estivi, è Boccia&552",
     ("Boccia&552",), "IT"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("The bowls club app made us all reset our password on 03/02/2027, see the email.", "03/02/2027", "AU"),
    ("Club site config: password is loaded from the secrets path kv/bowls/site, not kept here.", "loaded", "GB"),
    ("Booked the lodge for the bowls weekend, reservation 8846210937, breakfast extra.", "8846210937", "CA"),
    ("SEARCH_PHRASE=summer league fixtures", "summer league fixtures", "GB"),
    ("the wifi for the cafe 5G is slow today", "5G", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
