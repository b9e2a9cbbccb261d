"""Print the README's settings reference (from the settings' Field descriptions), or --write it.

    .venv/bin/python scripts/settings_table.py            # print the tables
    .venv/bin/python scripts/settings_table.py --write    # regenerate them in README.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.config_file import replace_settings_reference, settings_reference  # noqa: E402

README = Path(__file__).resolve().parents[1] / "README.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the tables in README.md")
    args = parser.parse_args()
    if args.write:
        README.write_text(replace_settings_reference(README.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"updated {README}")
    else:
        print(settings_reference())
    return 0


if __name__ == "__main__":
    sys.exit(main())
