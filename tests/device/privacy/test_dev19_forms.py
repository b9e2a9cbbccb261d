"""The forms privacy held-out #15 (to become dev19) showed, written generally, values made up here (valid by
their checks): a sort code and account joined by ", then"; Hindi "khata" and a "bank code"; a label, then
words about it ending in "is" or a comma ("SSN, the right one is ...", "SIN for the T4, ..."); "SS#";
"Ameli" for France's social security number; Portugal's "número fiscal"; vault kv put reading from its
input, az keyvault secret set --value, "the code to join is X", a login ", it's X", "is now X", Russian
"паролем", Japanese "合言葉". And what is not personal: a service request's number, a WireGuard peer's
public key."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("voice note: my Lloyds details — 30-94-57, then 12873640", "GB", "12873640"),
    ("paise isme bhejna, khata 50100234567891, bank code HDFC0001234", "IN", "50100234567891"),
    ("paise isme bhejna, khata 50100234567891, bank code HDFC0001234", "IN", "HDFC0001234"),
    ("Email to HR: the form shows the wrong SSN, the right one is 212345678", "US", "212345678"),
    ("Apple Notes · SS# 212345678", "US", "212345678"),
    ("Text: HR needs your SIN for the T4, 130692544?", "CA", "130692544"),
    ("Número fiscal que dei na farmácia para a fatura: 203385110", "PT", "203385110"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("printf '%s' 'Rigger-884' | vault kv put secret/nas/app password=-", "Rigger-884"),
    ("az keyvault secret set --vault-name kv1 --name smtp --value 'mooring_cleat_44'", "mooring_cleat_44"),
    ("the guest network is Cove-Guest and the code to join is Qz8&halyard71", "Qz8&halyard71"),
    ("the bank app login Mum made, it's Xq7!jibSheet22 when it asks", "Xq7!jibSheet22"),
    ("the Stan login for the family is now k-Rq8pLm2*vT", "k-Rq8pLm2*vT"),
    ("в Госуслуги она входит с паролем Kl1ver$902", "Kl1ver$902"),
    ("楽天の合言葉は mizzen+bowline+cleat7 です", "mizzen+bowline+cleat7"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("Airtel service request 2040335170 raised", "IN"),
    ("WireGuard peer PublicKey hk7y0a9zdPCmm9TEkjeelnjn8JfpdjNIlAUEaqYRH3p=", "US"),
])
def test_left_alone(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
