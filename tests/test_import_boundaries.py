"""STYLE.md rule 1: shared imports nothing from the others; sensors never import server;
server never imports textual or device."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "shared": ("device", "server", "sensors"),
    "sensors": ("server",),
    "server": ("device", "textual"),
}


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_stay_inside_their_bounds(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no modules"
    for path in files:
        for name in _imported_modules(path):
            top = name.split(".")[0]
            assert top not in FORBIDDEN[package], f"{path.relative_to(ROOT)} imports {name}"


def test_importing_shared_loads_none_of_the_others() -> None:
    code = (
        "import sys, pkgutil, importlib, shared\n"
        "for m in pkgutil.iter_modules(shared.__path__): importlib.import_module('shared.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('device', 'server', 'sensors', 'textual')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
