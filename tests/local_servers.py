"""Start a real local server as a subprocess for a test, wait until it answers, stop it after."""

from __future__ import annotations

import socket
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import pytest

from device.client.http import wait_until_ready
from device.client.api import ServerUnreachableError


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(argv: Sequence[str], ready_url: str, log_path: Path, timeout_s: float, name: str,
                   **popen: object) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``argv`` (output to ``log_path``) until ``ready_url`` answers 200; fail the test with the
    log's tail if it exits or does not answer within ``timeout_s``; terminate (then kill) it after."""
    with open(log_path, "wb") as log:
        process = subprocess.Popen(list(argv), stdout=log, stderr=subprocess.STDOUT, **popen)  # type: ignore[call-overload]
    try:
        try:
            wait_until_ready(ready_url, timeout_s, process)
        except ServerUnreachableError as exc:
            pytest.fail(f"{name} is not up ({exc}):\n{log_path.read_text()[-2000:]}")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
