"""Text pictures of a day and of a week: one row per activity lane, one character per N minutes.

Pure functions from observations to rich ``Text`` lines, so the TUI, its snapshot tests and
``scripts/tui_screens.py`` draw the same picture. Columns follow the local wall clock (a 25-hour
DST day draws its repeated hour twice, a 23-hour one leaves a gap). Nothing that starts after
``now`` is drawn, except meetings, which are planned and so drawn dim.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from rich.text import Text

from device.pipeline.digitize import normalize
from shared.observation import effective_end
from device.pipeline.rollup import day_rollup
from shared.observation import Observation
from shared.timeutil import to_utc

DAY_CELLS = 72
"""Characters for 24 hours in the day view (20 minutes each): 8 label + 72 = 80 columns."""
WEEK_CELLS = 48
"""Characters for 24 hours in the week view (30 minutes each), leaving room for a summary."""
LABEL_WIDTH = 8
WEEK_LABEL_WIDTH = 7
PLANNED_KINDS = frozenset({"meeting"})
"""Kinds known ahead of time (calendar), drawn dim after ``now``."""


@dataclass(frozen=True)
class Lane:
    """One row of the day picture: the kinds it shows and how they look."""

    name: str
    glyphs: dict[str, str]
    """Kind -> character; durations fill cells with it, instants mark one cell."""
    style: str
    instants: bool = False
    """Count items per cell (coffee, meals) instead of drawing covered time."""


LANES: tuple[Lane, ...] = (
    Lane("sleep", {"sleep": "░", "nap": "░"}, "bright_blue"),
    Lane("screen", {"computer": "▓"}, "cyan"),
    Lane("meeting", {"meeting": "▒"}, "magenta"),
    Lane("exercise", {"exercise": "█"}, "green"),
    Lane("meals", {"meal": "m", "snack": "s"}, "yellow", instants=True),
    Lane("drinks", {"coffee": "c", "tea": "t", "water": "w", "drink": "d"}, "red", instants=True),
)
OTHER_LANE = Lane("other", {}, "white", instants=True)
"""Hand-logged kinds no lane names (a note, a headache): drawn as ``•`` when any exist."""
OTHER_GLYPH = "•"
LANED_KINDS = frozenset(kind for lane in LANES for kind in lane.glyphs)
WEEK_PRIORITY: tuple[str, ...] = ("drinks", "meals", "exercise", "meeting", "screen", "sleep")
"""Which lane wins a cell of the one-row-per-day week picture."""


def _wall(value: datetime, tz: tzinfo) -> datetime:
    """Local wall-clock time without tzinfo, for column arithmetic."""
    return to_utc(value).astimezone(tz).replace(tzinfo=None)


def _lane_items(observations: list[Observation], lane: Lane) -> list[Observation]:
    if lane is OTHER_LANE:
        return [o for o in observations if o.sensor == "manual" and o.kind not in LANED_KINDS]
    return [o for o in observations if o.kind in lane.glyphs]


def _glyph(lane: Lane, kind: str) -> str:
    return lane.glyphs.get(kind, OTHER_GLYPH)


def _visible(observations: Iterable[Observation], now: datetime) -> list[Observation]:
    """What has happened by ``now``, plus planned kinds (meetings) still to come."""
    now = to_utc(now)
    return [o for o in normalize(observations) if o.start <= now or o.kind in PLANNED_KINDS]


def lane_cells(observations: list[Observation], lane: Lane, day: date, tz: tzinfo, now: datetime,
               cells: int) -> list[tuple[str, bool]]:
    """``cells`` characters for one lane on ``day``: (glyph or space, planned-in-the-future)."""
    midnight = datetime.combine(day, time(0))
    minutes = 24 * 60 / cells
    now_wall = _wall(now, tz)
    out: list[tuple[str, bool]] = [(" ", False)] * cells
    items = _lane_items(observations, lane)
    if lane.instants:
        counts: dict[int, list[str]] = {}
        for obs in items:
            offset = (_wall(obs.start, tz) - midnight).total_seconds() / 60
            if 0 <= offset < 24 * 60:
                counts.setdefault(int(offset // minutes), []).append(_glyph(lane, obs.kind))
        for cell, glyphs in counts.items():
            out[cell] = (glyphs[0] if len(glyphs) == 1 else str(min(len(glyphs), 9)), False)
        return out
    covered = [0.0] * cells
    planned = [False] * cells
    glyph_at: list[str] = [" "] * cells
    for obs in items:
        start = (_wall(obs.start, tz) - midnight).total_seconds() / 60
        end = (_wall(effective_end(obs), tz) - midnight).total_seconds() / 60
        future = obs.start > to_utc(now)
        if not future:  # an activity still going on is drawn up to now only
            end = min(end, (now_wall - midnight).total_seconds() / 60)
        lo, hi = max(start, 0.0), min(end, 24 * 60.0)
        if hi < lo:
            continue
        # A short item (shorter than a cell) still marks the cell holding its middle.
        middle = int(((lo + hi) / 2) // minutes)
        for cell in range(int(lo // minutes), min(cells - 1, int(hi // minutes)) + 1):
            cell_lo, cell_hi = cell * minutes, (cell + 1) * minutes
            overlap = max(0.0, min(hi, cell_hi) - max(lo, cell_lo))
            covered[cell] += overlap
            if overlap >= minutes / 2 or (cell == middle and 0 <= cell < cells):
                glyph_at[cell] = _glyph(lane, obs.kind)
                planned[cell] = planned[cell] or future
    for cell in range(cells):
        if glyph_at[cell] == " " and covered[cell] >= minutes / 2:
            glyph_at[cell] = next(iter(lane.glyphs.values()), OTHER_GLYPH)
        out[cell] = (glyph_at[cell], planned[cell])
    return out


def _ruler(label_width: int, cells: int, every_hours: int) -> Text:
    line = Text(" " * label_width, style="dim")
    step = cells * every_hours // 24
    ruler = "".join(f"{hour:02d}".ljust(step) for hour in range(0, 24, every_hours))
    line.append(ruler[:cells], style="dim")
    return line


def day_lines(observations: Iterable[Observation], day: date, tz: tzinfo, now: datetime,
              cells: int = DAY_CELLS) -> list[Text]:
    """The day picture: an hour ruler, one row per lane, and a ``▲ now`` row when ``day`` is today."""
    visible = _visible(observations, now)
    lines = [_ruler(LABEL_WIDTH, cells, 3)]
    lanes = LANES + ((OTHER_LANE,) if _lane_items(visible, OTHER_LANE) else ())
    for lane in lanes:
        line = Text(lane.name.ljust(LABEL_WIDTH)[:LABEL_WIDTH], style="bold")
        for glyph, planned in lane_cells(visible, lane, day, tz, now, cells):
            line.append(glyph, style=f"dim {lane.style}" if planned else lane.style)
        lines.append(line)
    now_local = _wall(now, tz)
    if now_local.date() == day:
        column = int((now_local - datetime.combine(day, time(0))).total_seconds() / 60 // (24 * 60 / cells))
        label = f"▲ now {now_local:%H:%M}"
        if column + len(label) > cells:
            label = f"now {now_local:%H:%M} ▲"
            column -= len(label) - 1
        lines.append(Text(" " * (LABEL_WIDTH + column)) + Text(label, style="bold"))
    return lines


def week_lines(observations: Iterable[Observation], last_day: date, tz: tzinfo, now: datetime,
               days: int = 7, cells: int = WEEK_CELLS) -> list[Text]:
    """``days`` rows ending at ``last_day``, each the day in one row plus sleep, coffee, screen and
    exercise totals; then a legend."""
    visible = [o for o in _visible(observations, now) if o.start <= to_utc(now)]
    header = _ruler(WEEK_LABEL_WIDTH, cells, 6)
    header.append(" sleep cof   scr move", style="dim")
    lines = [header]
    by_name = {lane.name: lane for lane in LANES}
    for back in range(days - 1, -1, -1):
        day = last_day - timedelta(days=back)
        rows = {name: lane_cells(visible, by_name[name], day, tz, now, cells) for name in WEEK_PRIORITY}
        line = Text(f"{day:%a %d}".ljust(WEEK_LABEL_WIDTH), style="bold")
        for cell in range(cells):
            winner = next((name for name in WEEK_PRIORITY if rows[name][cell][0] != " "), None)
            glyph = rows[winner][cell][0] if winner else " "
            line.append(glyph, style=by_name[winner].style if winner else "")
        rollup = day_rollup(visible, day, tz)
        move = f"{rollup.exercise_km:.1f}km" if rollup.exercise_km else (rollup.exercise[0] if rollup.exercise else "-")
        line.append(f" {rollup.sleep_h:4.1f}h {rollup.coffee:3d} {rollup.screen_min / 60:4.1f}h {move[:6]}")
        lines.append(line)
    legend = Text("░ sleep  ▓ screen  ▒ meeting  █ exercise  m meal  c coffee  2-9 several", style="dim")
    lines.append(legend)
    return lines
