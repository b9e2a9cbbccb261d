"""Fixtures shared by the sensor tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest


@pytest.fixture
def busy_child() -> Iterator[subprocess.Popen[bytes]]:
    """A child process spinning one CPU core until the test ends."""
    child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield child
    finally:
        child.kill()
        child.wait(timeout=10)
