"""The chat stream's SSE format: what the server writes, the device reads back unchanged."""

from shared.sse import decode_events, encode_event
from shared.wire import ChatFinalEvent, ChatTokenEvent, ErrorBody, PhaseMetrics


def test_frames_round_trip_in_order() -> None:
    events = [ChatTokenEvent(text="Hel"), ChatTokenEvent(text="lo\nthere"),
              ChatFinalEvent(answer="Hello", evidence=[], metrics=PhaseMetrics(ttft_ms=12.5)),
              ErrorBody(error="engine_failed", detail="the engine stopped")]
    lines = "".join(encode_event(event) for event in events).split("\n")
    assert list(decode_events(lines)) == events


def test_unknown_events_are_skipped() -> None:
    lines = ["event: ping", "data: {}", "", *encode_event(ChatTokenEvent(text="a")).split("\n")]
    assert list(decode_events(lines)) == [ChatTokenEvent(text="a")]
