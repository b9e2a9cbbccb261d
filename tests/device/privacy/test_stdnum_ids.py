"""Identifiers under the names python-stdnum gives them, and the writer's region's identifiers under
a general tax number's word. Values made up for these tests (each passes its module's check)."""

from __future__ import annotations

import pytest

from device.privacy.redactor import Redactor
from device.privacy.stdnum_ids import StdnumLabelDetector, fold


@pytest.mark.parametrize("region, text, value", [
    ("GT", "NIT 0494032-6", "0494032-6"),
    ("GT", "nit=0494032-6", "0494032-6"),  # a key in lower case
    ("BG", "ЛНЧ: 2123789914", "2123789914"),
    ("BG", "Личен номер на чужденец 2123789914", "2123789914"),
    ("NL", "onderwijsnr. 107115676", "107115676"),  # the number word abbreviated
    ("NL", "leerlingnummer (BRIN/onderwijsnummer) 107115676", "107115676"),
    ("US", "preparer_ptin: P85639500", "P85639500"),
    ("AT", "Abgabenkonto 53-971/7918", "53-971/7918"),  # the compound's stem alone
    ("AT", "Steuer-Nr. (AT) 53-971/7918", "53-971/7918"),  # a German word, the region's number
    ("DE", "StNr 14/220/70970", "14/220/70970"),
    ("ZA", "income tax ref no: 0400390266", "0400390266"),  # a general tax word, the region's number
    ("CR", "DIMEX nº 105609513674", "105609513674"),  # a name the module's description gives
    ("MZ", "Número Único de Identificação Tributária: 591751816", "591751816"),
    ("SV", "NIT de la persona: 0614-147542-355-5", "0614-147542-355-5"),
    ("ID", "N.P.W.P. 62.536.684.4-074.000", "62.536.684.4-074.000"),
])
def test_labelled_by_stdnum_names(region: str, text: str, value: str) -> None:
    found = StdnumLabelDetector(region).find(text)
    assert [text[f.start:f.end] for f in found] == [value]
    assert "[national_id]" in Redactor(region).redact(text)[0]


@pytest.mark.parametrize("region, text", [
    ("GT", "NIT 0494032-7"),  # the check fails
    ("DE", "Ich habe ein 123456789 Problem"),  # "ein" is an article, not the EIN
    ("DE", "gültig bis 12345678901"),
    ("FR", "TVA 20 % sur 1234,56"),
    ("ZA", "tax ref no: 0400390267"),
    ("US", "veronumero is a Finnish word"),  # a label without a number
    ("GB", "RUC 20100070970"),  # Peru's company number: no person's
])
def test_not_identifiers(region: str, text: str) -> None:
    assert StdnumLabelDetector(region).find(text) == []


def test_fold_keeps_offsets() -> None:
    assert fold("Número Único") == "Numero Unico"
    assert len(fold("ÀÉÎÕÜçñ")) == 7


def test_the_catalogue_read_from_sources_is_the_one_read_by_importing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The labels come from the modules' source files (cheaper than importing ~210 modules on the
    first text with a digit); importing them all gives the same modules, labels and order."""
    from importlib import import_module
    from pkgutil import iter_modules

    import stdnum

    from device.privacy import stdnum_ids

    from_sources = stdnum_ids._catalogue()
    listed = [(f"{package.name}.{info.name}", "")
              for package in iter_modules(stdnum.__path__) if package.ispkg
              for info in iter_modules(import_module(f"stdnum.{package.name}").__path__)]

    def imported(name: str, path: str) -> tuple[str, bool]:
        module = import_module(f"stdnum.{name}")
        return module.__doc__ or "", hasattr(module, "is_valid")

    monkeypatch.setattr(stdnum_ids, "_country_modules", lambda: listed)
    monkeypatch.setattr(stdnum_ids, "read_module", imported)
    assert stdnum_ids._catalogue.__wrapped__() == from_sources


def test_a_module_without_a_readable_source_is_imported() -> None:
    from device.privacy.stdnum_ids import read_module

    doc, checks = read_module("de.stnr", "/nonexistent/stnr.py")
    assert checks and "Steuernummer" in doc
