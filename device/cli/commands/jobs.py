"""``tether jobs``: the server's learning jobs (schedule, last run, result, errors), or run one now."""

from __future__ import annotations

import argparse

from device.cli.output import EXIT_FAILED, EXIT_OK, print_json
from shared.jobs import JOB_IDS
from shared.settings import DeviceSettings

NAME = "jobs"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether jobs``."""
    p = sub.add_parser(NAME, parents=[common], help="the server's learning jobs: schedule, last run, result, errors")
    p.add_argument("action", nargs="?", choices=["list", "run"], default="list", help="list (default) or run one now")
    p.add_argument("job_id", nargs="?", metavar="JOB", help=f"with run: {', '.join(JOB_IDS[:-1])} or {JOB_IDS[-1]}")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """List the learning jobs, or run one now."""
    from device.context import DeviceContext

    ctx = DeviceContext(settings)
    try:
        if args.action == "run":
            if not args.job_id:
                raise ValueError(f"say which job to run: tether jobs run {'|'.join(JOB_IDS)}")
            record = ctx.server.run_job(args.job_id)
            if args.json:
                print_json(record.model_dump())
            else:
                print(f"{record.job_id}: {record.outcome}" + (f" — {record.result}" if record.result else "")
                      + (f" (error: {record.error})" if record.error else ""))
            return EXIT_OK if record.outcome != "error" else EXIT_FAILED
        jobs = ctx.server.jobs()
    finally:
        ctx.close()
    if args.json:
        print_json([job.model_dump() for job in jobs])
        return EXIT_OK
    for job in jobs:
        print(f"{job.id:<18} next {job.next_run_time or '-'}  last {job.last_outcome or 'never'}"
              + (f": {job.last_result}" if job.last_result else "") + (f" (error: {job.last_error})" if job.last_error else ""))
    return EXIT_OK
