"""Progress for long CLI work: drawn on a terminal, absent otherwise."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from device.cli.main import main
from device.cli.progress import Progress, step
from sensors.synthetic import write_life_jsonl


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_draws_a_bar_on_a_terminal_and_nothing_elsewhere() -> None:
    terminal, pipe = FakeTerminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress("syncing", total=200, unit="observations", stream=stream, redraw_s=0.0)
        for _ in range(4):
            progress.advance(50)
        progress.finish()
    assert pipe.getvalue() == ""
    text = terminal.getvalue()
    assert "syncing [" + "#" * 24 + "] 200/200 observations 100%" in text and text.endswith("\n")
    assert "100/200" in text  # drawn on the way, not only at the end


def test_step_reports_time_or_failure_on_a_terminal() -> None:
    terminal = FakeTerminal()
    with step("loading the model", terminal):
        pass
    with pytest.raises(RuntimeError), step("opening memory", terminal):
        raise RuntimeError("no disk")
    lines = terminal.getvalue().splitlines()
    assert lines[0].startswith("loading the model ... done in ") and lines[1] == "opening memory ... failed"


def test_ingest_of_a_big_file_shows_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys, fresh_server) -> None:
    url, token = fresh_server
    life = tmp_path / "week.jsonl"
    write_life_jsonl(life, start=date(2026, 11, 10), days=3, seed=9, tz="Europe/Berlin")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    args = ["ingest", str(life), "--home", str(tmp_path / "home"), "--server", url, "--token", token]
    assert main(args) == 0
    shown = terminal.getvalue()
    assert f"reading {life}: " in shown and "lines  done in" in shown
    assert "storing " in shown and "observations on the device ... done in" in shown
    assert "syncing [########################]" in shown and "100%" in shown
    assert "0 still queued" in capsys.readouterr().out
