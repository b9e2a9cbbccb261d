"""Reads from a secret store name a secret and hold none; writes to one, and a secret-named option
inside a read, still hold one. Values made up here."""

import pytest

from device.privacy.redactor import Redactor
from device.privacy.secret_stores import store_reads


@pytest.mark.parametrize("line", [
    "export TOKEN=$(vault kv get -field=token secret/app12)",
    "vault read -field=password secret/db",
    "$ bw get password router-7",
    "bw get item 'Home NAS' | jq -r .login.password",
    "op item get Router --fields password",
    "pass show email/work",
    "gopass show -o personal/bank",
    "lpass show --password mysite",
    "security find-generic-password -s wifi -w",
    "aws secretsmanager get-secret-value --secret-id prod/db-password",
    "gcloud secrets versions access latest --secret=db-password",
    "az keyvault secret show --vault-name kv1 --name sql-password",
    "kubectl get secret db-creds -o jsonpath='{.data.password}'",
    "secret-tool lookup service smtp user ana",
])
def test_reads_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line


@pytest.mark.parametrize("line, secret", [
    ("vault kv put secret/app password=Tarn9!hollow", "Tarn9!hollow"),
    ("bw get item github --session 5PBYGU+5yt3RHcCjoeJKx/wByU34vokGRZjXpSH7Ylo8w==",
     "5PBYGU+5yt3RHcCjoeJKx/wByU34vokGRZjXpSH7Ylo8w=="),
    ("bw get password router-7 && echo 'Quill#882mesa' | sudo -S true", "Quill#882mesa"),
    ("vault kv get secret/app; export DB_PASSWORD='Fjord-77-lantern'", "Fjord-77-lantern"),
])
def test_secrets_around_reads_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_read_ends_with_its_command() -> None:
    line = "X=$(pass show a/b) && curl -u me:pw https://h"
    (start, end), = store_reads(line)
    assert line[start:end] == "pass show a/b"


def test_no_store_named() -> None:
    assert store_reads("I passed the show; the vault at the bank was closed") == []
