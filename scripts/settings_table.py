"""Print the settings reference of docs/configuration.md (from the settings' Field descriptions), or --write it.

    .venv/bin/python scripts/settings_table.py            # print the tables
    .venv/bin/python scripts/settings_table.py --write    # regenerate them in docs/configuration.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.settings_reference import replace_settings_reference, settings_reference  # noqa: E402

CONFIGURATION_DOC = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the tables in docs/configuration.md")
    args = parser.parse_args()
    if args.write:
        doc = CONFIGURATION_DOC.read_text(encoding="utf-8")
        CONFIGURATION_DOC.write_text(replace_settings_reference(doc), encoding="utf-8")
        print(f"updated {CONFIGURATION_DOC}")
    else:
        print(settings_reference())
    return 0


if __name__ == "__main__":
    sys.exit(main())
