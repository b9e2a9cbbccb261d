"""Values under a column header: a CSV or a pasted table names a column once ("nombre,cedula,cargo",
"таб.№;ФИО;ИНН;счёт") and gives its values in the rows below, far from the label. Each header cell
that a detector's label names makes that column's cells candidates for the label's check."""

from __future__ import annotations

from collections.abc import Callable, Iterator

_SEPARATORS = (",", ";", "\t", "|")


def labelled_cells(text: str, header: Callable[[str], Callable[[str], bool] | None]) -> Iterator[tuple[int, int]]:
    """Spans of the cells of ``text``'s table rows that pass the check ``header`` gives for their
    column's header cell (None: the header names nothing). Rows count only when they have as many
    cells as the header line."""
    lines = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    for separator in _SEPARATORS:
        if separator not in text:
            continue
        checks: dict[int, Callable[[str], bool]] = {}
        width = 0
        for start, line in lines:
            cells = line.split(separator)
            if len(cells) < 2:
                checks = {}
                continue
            # A header line names its columns and holds no number ("| 0886... | 1900... | Checking |" is a row).
            named = {} if any(ch.isdigit() for ch in line) else \
                {i: check for i, cell in enumerate(cells) if (check := header(_bare(cell)))}
            if named:
                checks, width = named, len(cells)
                continue
            if not checks or len(cells) != width:
                continue
            offset = start
            for i, cell in enumerate(cells):
                if i in checks:
                    value = _bare(cell)
                    if value and checks[i](value):
                        at = offset + cell.index(value)
                        yield at, at + len(value)
                offset += len(cell) + 1


def _bare(cell: str) -> str:
    return cell.strip().strip("\"'").strip()
