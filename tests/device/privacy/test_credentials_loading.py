"""detect-secrets loads only for a text that could hold what its patterns find: ordinary notes are
redacted without importing it (0.1-0.3 s of ``tether log``), and the gate deciding which texts can
stays true to the installed version's keyword list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from detect_secrets.plugins import keyword

from device.privacy.credentials import KEYWORD_WORDS

ROOT = Path(__file__).resolve().parents[3]


def test_every_keyword_of_detect_secrets_contains_one_of_the_gate_words() -> None:
    for stem in keyword.DENYLIST:
        literal = stem.replace("_?", "").lower()
        assert any(word in literal for word in KEYWORD_WORDS), f"detect-secrets keyword {stem!r} escapes the gate"


def test_ordinary_text_is_redacted_without_importing_detect_secrets() -> None:
    code = (
        "import sys\n"
        "from device.privacy.credentials import CredentialDetector\n"
        "detector = CredentialDetector()\n"
        "for text in ('espresso', 'lunch at 12:30 with Tom', 'Standup, room 4', 'ramen = 12 EUR'):\n"
        "    assert detector.find(text) == [], text\n"
        "assert 'detect_secrets' not in sys.modules, 'ordinary text imported detect_secrets'\n"
        "found = detector.find('db_password: Tr0ub4dor&3')\n"
        "assert 'detect_secrets' in sys.modules and found, found\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
