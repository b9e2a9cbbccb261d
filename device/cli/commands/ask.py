"""``tether ask``: ask a question about your life; the answer streams, then its evidence and metrics."""

from __future__ import annotations

import argparse

from device.cli.options import at_time
from device.cli.output import EXIT_OK, clipped, print_json
from shared.settings import DeviceSettings

NAME = "ask"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether ask``."""
    p = sub.add_parser(NAME, parents=[common], help="ask a question about your life")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--at", metavar="TIME", help="answer as if it were TIME (ISO 8601; local time if no offset)")
    p.add_argument("--max-tokens", type=int, default=128, help="answer length limit (default 128)")
    p.add_argument("-c", "--continue", dest="follow_up", action="store_true",
                   help="continue the last conversation: read the question against the earlier turns "
                        "(\"and the day before?\", \"what about Tom?\"); without it a new one starts")
    p.add_argument("--json", action="store_true", help="print one JSON object (stable, documented)")


def check_request(question: str, max_tokens: int) -> str:
    """The question without surrounding blanks; ValueError naming the argument when the question
    or ``--max-tokens`` is outside what the server takes."""
    from shared.wire import ChatRequest

    question = question.strip()
    longest = _bound(ChatRequest, "question", "max_length")
    if not question:
        raise ValueError('the question is empty; write it in quotes, e.g. tether ask "How much coffee did I have today?"')
    if longest is not None and len(question) > longest:
        raise ValueError(f"the question is {len(question)} characters long; ask in at most {longest}")
    low, high = _bound(ChatRequest, "max_tokens", "ge"), _bound(ChatRequest, "max_tokens", "le")
    if (low is not None and max_tokens < low) or (high is not None and max_tokens > high):
        raise ValueError(f"--max-tokens {max_tokens} is out of range; give a number from {low} to {high} (default 128)")
    return question


def _bound(model: type, field: str, name: str) -> int | None:
    """A numeric constraint (``ge``, ``le``, ``max_length``) of ``model.field``, so the limits live in one place."""
    for item in model.model_fields[field].metadata:  # type: ignore[attr-defined]
        if hasattr(item, name):
            return int(getattr(item, name))
    return None


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Stream an answer, then evidence and metrics (or one JSON object)."""
    question = check_request(args.question, args.max_tokens)
    from device.ask import ask
    from device.context import DeviceContext
    from device.conversation import conversation_path, load_turns, save_turns

    path = conversation_path(settings.device_dir)
    history = load_turns(path) if args.follow_up else []
    ctx = DeviceContext(settings)
    try:
        stream = None if args.json else (lambda text: print(text, end="", flush=True))
        answer = ask(ctx, question, at=at_time(args, settings), on_token=stream, max_tokens=args.max_tokens,
                     history=history)
    finally:
        ctx.close()
    save_turns(path, [*history, answer.as_turn()])
    if args.json:
        print_json(answer.as_dict())
        return EXIT_OK
    print()
    if answer.source == "device":
        print(f"(answered on the device: {answer.offline_reason})")
    checked = "" if answer.verified is None else ", every claim checked against the evidence" if answer.verified \
        else ", NOT every claim found in the evidence"
    print(f"made by: {answer.made_by}{checked}")
    if answer.evidence:
        print("evidence:")
        for hit in answer.evidence:
            print(f"  [{clipped(', '.join(hit.source_ids))}] {clipped(hit.text)}")
    print("metrics:")
    _print_metrics(answer.metrics.model_dump())
    return EXIT_OK


def _print_metrics(metrics: dict) -> None:
    rows = [(k, v) for k, v in metrics.items() if v is not None]
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
