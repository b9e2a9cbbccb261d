"""The forms privacy held-out #27 (to become dev31) showed, written generally, values made up here: the word for a
password in Lower Sorbian, Nahuatl, Ewe, Oshiwambo and Kichwa with their words for "is"; a password glued after
パスワード and a long-vowel mark; an option that takes an account as user:password; a lock's combination. And not
secrets: other combinations."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("nowe gronidło za kompjuter jo Sokol5521!, njepraj to nikomu", "Sokol5521!"),
    ("in yancuic ichtacatlahtolli ic computadora ca K@xitl882, ayac xiquilhui", "K@xitl882"),
    ("nya ɣaɣla yeye nye Lagoon#3390, mègagblɔe na ame aɖeke o", "Lagoon#3390"),
    ("oshitya shoshiholekwa sha komputa osho Ondjila77$, ino shi lombwela", "Ondjila77$"),
    ("mushuk pakalla shimika Cuyabamba51# kan, ama willankichu", "Cuyabamba51#"),
    ("新しいパスワードーQz7!mLp2Wx9rTk4やさ", "Qz7!mLp2Wx9rTk4"),
    ("$ myblog --create-admin editor_ana:Quill4471x", "Quill4471x"),
    ("$ app serve --basic-auth ops:Harbour8812", "Harbour8812"),
    ("the locker combination 2719, don't share it", "2719"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "the combination of basil and lime was lovely",
    "$ git log --author ana:notes",
])
def test_not_secrets(line: str) -> None:
    assert "[secret]" not in Redactor("US").redact(line)[0]
