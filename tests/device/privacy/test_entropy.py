"""The redactor's Base64 entropy is detect-secrets' own, to the last bit: the same sum in the same order, its
characters counted once."""

import random
import string

import pytest
from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString

from device.privacy.credentials import DetectSecretsPatterns

_SAMPLES = ["", "a", "aaaaaaaaaaaa", "Q-O.PA-F41XcFUk1K71QEiU", "hunter2hunter2", "ghp_abcDEF0123456789xyzXYZ",
            "ünïcødé-and-ascii_42", "AAAAB3NzaC1yc2EAAAADAQABAAABAQ"]


@pytest.mark.parametrize("token", _SAMPLES + ["".join(random.Random(seed).choices(string.printable, k=40)) for seed in range(20)])
def test_entropy_is_the_libraries(token: str) -> None:
    library = Base64HighEntropyString(limit=4.5)
    ours = DetectSecretsPatterns(4.5).shannon_entropy(token)
    assert ours == (library.calculate_shannon_entropy(token) if token else 0.0)
