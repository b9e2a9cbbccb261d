"""Forms held-out #65 showed, in my own wordings and values: a Japanese My Number a clause after its name, in Latin letters;
a Thai id after "lek prajam tua"; an option "--api-keys"; a Polish password after a clause put in (", to X"); a computer that
Norwegian says "åpnes med" a value; Japanese "pasuwaado" and Korean "bimilbeonho" in Latin letters; and no secret nor phone: an
order's number in a sentence about the order, a meeting's access number in German (the matcher's tail of its groups too), a
German public key "of the other side" with no colon, a Bitcoin address given out for donations."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("shiyakusho de my number ga hitsuyou to iwareta node, kaite oku: 978588726614, wasurenai you ni", ("978588726614",), "JP"),
    ("baan mae lek prajam tua 3642324383119 samrap rong phayaban", ("3642324383119",), "TH"),
    ("tiny model box for the club quiz:\nllm-serve --port 9001 --api-keys pebble.sextant.larch91 --threads 2", ("pebble.sextant.larch91",), "GB"),
    ("Od skarbnika: hasło do komputera w remizie, tego pod oknem, to Strażak#8824", ("Strażak#8824",), "PL"),
    ("Styreleder sier at nettbrettet på kontoret, det med sprukket skjerm, åpnes med Fjordmåke?5531", ("Fjordmåke?5531",), "NO"),
    ("kaikan no pasokon no pasuwaado wa Kitsune=Umbrella48 desu", ("Kitsune=Umbrella48",), "JP"),
    ("dongari sarang noteubuk bimilbeonho Maple_Ridge_Otter2", ("Maple_Ridge_Otter2",), "KR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Pedido das camisetas do coral na loja da escola, número 2087341190, entrega na sexta", "2087341190", "BR"),
    ("Chorprobe heute online, Konferenznummer 4172 880 2391, bitte Mikro stumm", "2391", "DE"),
    ("Webex access number 5529 014 3376 for the committee", "3376", "GB"),
    ("Router im Vereinsheim, öffentlicher Schlüssel des Servers fi7PWAPwtuAVxhvp7MhpvkLA2gBL2ISs5lfq3YEdkDs=",
     "fi7PWAPwtuAVxhvp7MhpvkLA2gBL2ISs5lfq3YEdkDs=", "DE"),
    ("Send donations for the hall roof to bitcoin address bc1qz7m3xk9p4d2lw0t5ghn8y6rq3es9v7cajf4uxk", "bc1qz7m3xk9p4d2lw0t5ghn8y6rq3es9v7cajf4uxk", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, value, region", [
    ("waiting by the gate, my number is +447700900461", "+447700900461", "GB"),  # an English "my number": a phone's, not a My Number
    ("ssh-agent --keys ~/.ssh/club", "~/.ssh/club", "GB"),
    ("Me liga, número 21 99812-4410", "99812-4410", "BR"),
])
def test_near_forms_keep_their_reading(line: str, value: str, region: str) -> None:
    sent, found = Redactor(region).redact(line)
    if line.startswith(("waiting", "Me liga")):
        assert value not in sent and "[phone]" in sent
    else:
        assert value in sent
