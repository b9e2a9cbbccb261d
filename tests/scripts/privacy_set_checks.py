"""Checks every labelled privacy set's test makes of its look-alikes: they hold no personal value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from stdnum import iban, luhn


def assert_lookalikes_hold_no_personal_value(positives: Sequence[Any], negatives: Sequence[Any]) -> None:
    """No look-alike is labelled, holds a labelled value (longer than 4 characters), a Luhn-valid digit
    run, a valid IBAN or an e-mail address (``user@host.local`` is an ssh login, not an address)."""
    values = {v for c in positives for _, v in c.values if len(v) > 4}
    for case in negatives:
        assert not case.values
        assert not any(v in case.text for v in values), case.text
        for run in re.findall(r"\d(?:[ -]?\d){12,18}", case.text):
            assert not luhn.is_valid(re.sub(r"\D", "", run)), case.text
        for token in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", case.text.upper()):
            assert not iban.is_valid(token), case.text
        assert not re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", case.text), case.text
