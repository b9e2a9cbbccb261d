"""Threads for the condenser model from the load: the idle cores, at least one."""

import os

import pytest

from device.condense import cpu_load
from device.condense.cpu_load import others_running, threads_for_load


@pytest.mark.parametrize(("cores", "others", "expected"), [
    (2, 0, 2), (2, 1, 1), (2, 5, 1), (8, 3, 4), (8, 6, 2), (2, 0.4, 2), (2, 0.6, 1), (16, 0, 4),
])
def test_threads_are_the_idle_cores_within_the_limit(cores, others, expected) -> None:
    assert threads_for_load(cores=cores, others=others) == expected


def test_a_setting_caps_and_unknown_load_takes_the_limit(monkeypatch) -> None:
    assert threads_for_load(limit=1, cores=8, others=0) == 1
    monkeypatch.setattr(cpu_load, "others_running", lambda: None)
    assert threads_for_load(limit=3, cores=8) == 3


@pytest.mark.skipif(not os.path.exists("/proc/stat"), reason="Linux only")
def test_a_busy_process_is_seen() -> None:
    import multiprocessing
    import time

    before = others_running()
    ctx = multiprocessing.get_context("spawn")
    spinner = ctx.Process(target=_spin, daemon=True)
    spinner.start()
    try:
        time.sleep(1.0)
        # the machine may be busy with other work too; the spinner adds at least one runnable thread
        # in most samples, so over a few tries the count rises above an idle reading
        seen = max(others_running() or 0 for _ in range(20))
    finally:
        spinner.kill()
        spinner.join()
    assert before is not None and seen >= 1


def _spin() -> None:
    while True:
        pass
