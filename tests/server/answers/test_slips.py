"""Slips taken out of a question: corrections of a day, meal, sport or name, fillers, misspelled days."""

import pytest

from server.answers.slips import unslip, unslip_corrections


@pytest.mark.parametrize("said, meant", [
    ("coffee on Friday, no, sorry, Saturday?", "coffee on Saturday?"),
    ("what did I have for lunch, sorry, dinner yesterday", "what did I have for dinner yesterday"),
    ("how far was my run, no, my swim on Monday", "how far was my swim on Monday"),
    ("what did Tom, I mean Ana, say about the book", "what did Ana say about the book"),
    ("sleep on 4 May - make that 5 May", "sleep on 5 May"),
    ("did I run on Friday or no?", "did I run on Friday or no?"),
    ("lunch on Friday, no rush", "lunch on Friday, no rush"),
    ("Ana said no, Tom said yes", "Ana said no, Tom said yes"),
])
def test_a_correction_leaves_what_was_meant(said: str, meant: str) -> None:
    assert unslip_corrections(said) == meant


@pytest.mark.parametrize("said, meant", [
    ("how far did I, uh, run on wendesday", "how far did I run on Wednesday"),
    ("coffees yesturday?", "coffees yesterday?"),
    ("sleep on the 3rd of febuary", "sleep on the 3rd of February"),
    ("who came to the, um, the Thrusday standup", "who came to the Thursday standup"),
    ("my birthday lunch, the holiday, a sundae on Sundays", "my birthday lunch, the holiday, a sundae on Sundays"),
    ("what did Ana say about the umbrella", "what did Ana say about the umbrella"),
])
def test_fillers_and_misspelled_days_are_taken_out(said: str, meant: str) -> None:
    assert unslip(said) == meant
