"""How many threads the condenser model may use now, from how busy the machine's cores are.

llama.cpp's worker threads wait for each other at every step of a forward pass, spinning while
they wait. When a core is taken by another busy process, a thread scheduled on it stalls the
whole step while the others spin: on a 2-core machine with one other busy process, 2 threads made
`tether condense` take 22.6 s instead of 0.7 s; 1 thread took 1.3 s. So the condenser takes only
the cores nothing else is running on, decided afresh before each model call.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_AUTO_THREADS = 4
"""Most threads chosen automatically: a 135M model gains nothing from more."""
_PROC_STAT = Path("/proc/stat")
_SAMPLES = 4
_SAMPLE_GAP_S = 0.003


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _procs_running() -> int | None:
    try:
        for line in _PROC_STAT.read_text().splitlines():
            if line.startswith("procs_running "):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _own_running() -> int:
    """This process's runnable threads (the caller, and model workers still spinning)."""
    count = 0
    for stat in Path("/proc/self/task").glob("*/stat"):
        try:
            # "pid (comm) S ...": the state follows the last ')' (comm may hold spaces and parentheses)
            if stat.read_text().rsplit(")", 1)[1].split()[0] == "R":
                count += 1
        except (OSError, IndexError):
            continue
    return max(1, count)


def others_running() -> float | None:
    """Runnable threads of other processes, now; None where the system does not say.

    Linux counts runnable threads in ``/proc/stat`` (this process's among them, which are taken
    off). The most of a few samples 3 ms apart is taken: a process that is runnable now and then
    still takes its core now and then, and a wrong guess costs far more one way (too many threads:
    up to 20 times slower, measured) than the other (too few on idle cores: under 2 times).
    Elsewhere the 1-minute load average stands in: it lags, but it beats assuming idle cores.
    """
    samples = []
    for n in range(_SAMPLES):
        running = _procs_running()
        if running is None:
            break
        samples.append(running - _own_running())
        if n + 1 < _SAMPLES:
            time.sleep(_SAMPLE_GAP_S)
    if samples:
        return float(max(0, max(samples)))
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def threads_for_load(limit: int | None = None, cores: int | None = None, others: float | None = None) -> int:
    """Threads for the next model call: the idle cores, at least 1 and at most ``limit``.

    ``limit`` defaults to the usable cores (at most ``MAX_AUTO_THREADS``); ``cores`` and
    ``others`` default to what the machine says now (tests pass them in).
    """
    cores = usable_cores() if cores is None else cores
    limit = min(cores, MAX_AUTO_THREADS) if limit is None else limit
    if others is None:
        others = others_running()
    if others is None:
        return max(1, limit)
    idle = int(cores - others + 0.5)
    threads = max(1, min(limit, idle))
    logger.debug("condenser threads: %d (%d cores, %.1f other runnable threads)", threads, cores, others)
    return threads
