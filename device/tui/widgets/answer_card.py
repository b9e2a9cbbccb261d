"""``AnswerCard``: one question and its answer as it streams in, then its source, metrics and evidence."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Collapsible, Static

from device.ask import Answer
from device.pipeline.digitize import describe_observation
from shared.observation import Observation
from shared.wire import PhaseMetrics


def metrics_line(metrics: PhaseMetrics, source: str, streamed_pieces: int = 0) -> str:
    """``condense 210 ms · TTFT 95 ms · 31.2 tok/s``; phases that did not run are left out.

    Decode speed comes from the server's ms per output token; an answer made on the device has
    none, so it is estimated from the pieces streamed after the first one.
    """
    parts = []
    if metrics.condense_ms is not None:
        parts.append(f"condense {metrics.condense_ms:.0f} ms")
    if metrics.retrieval_ms is not None:
        parts.append(f"retrieval {metrics.retrieval_ms:.0f} ms")
    if metrics.ttft_ms is not None:
        parts.append(f"TTFT {metrics.ttft_ms:.0f} ms")
    if metrics.ms_per_output_token:
        parts.append(f"{1000.0 / metrics.ms_per_output_token:.1f} tok/s")
    elif source == "device" and metrics.total_ms and metrics.ttft_ms is not None and streamed_pieces > 1:
        decode_s = (metrics.total_ms - metrics.ttft_ms) / 1000.0
        if decode_s > 0:
            parts.append(f"~{(streamed_pieces - 1) / decode_s:.1f} tok/s")
    return " · ".join(parts) or "no metrics"


def observation_line(observation: Observation, tz) -> str:
    """``Fri 20 08:15  coffee: flat white, 130 mg  (syn-7-...)``."""
    when = observation.start.astimezone(tz)
    return f"{when:%a %d %H:%M}  {describe_observation(observation)}  ({observation.id})"


TITLE = "CollapsibleTitle"
"""The type name of a collapsible section's focusable title (Textual does not export the class)."""


class AnswerCard(Vertical):
    """A question, the answer streaming into it, then where it came from and what it rests on.

    The evidence opens from the keyboard: Tab from the question box reaches it, and Enter or Space
    on a title opens or closes it (Textual's titles take Enter only).
    """

    BINDINGS = [Binding("space", "toggle_focused", "Open/close", show=False)]

    def __init__(self, question: str) -> None:
        super().__init__(classes="answer-card")
        self.question = question
        self.text = ""
        self.pieces = 0

    def action_toggle_focused(self) -> None:
        """Open or close the evidence section whose title has the focus."""
        focused = self.app.focused
        if focused is not None and type(focused).__name__ == TITLE and self in focused.ancestors:
            focused.action_toggle_collapsible()  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Static(f"[b]you[/b] {escape(self.question)}", classes="question")
        yield Static("…", classes="answer-text")
        yield Static("thinking on the device…", classes="answer-meta")

    def add_token(self, piece: str) -> None:
        """Append a streamed piece of the answer."""
        self.text += piece
        self.pieces += 1
        self.query_one(".answer-text", Static).update(escape(self.text))

    def finish(self, answer: Answer, evidence: dict[str, list[Observation]], tz) -> None:
        """Show the whole answer, its source, metrics and evidence (collapsed, one section per hit)."""
        self.query_one(".answer-text", Static).update(escape(answer.text or "(no answer)"))
        if answer.source == "server":
            source = "[green]● server[/green]"
        else:
            source = f"[yellow]● device (offline answer)[/yellow] [dim]{escape(answer.offline_reason or '')}[/dim]"
        meta = self.query_one(".answer-meta", Static)
        check = "" if answer.verified is None else " ✓ checked" if answer.verified else " ✗ unchecked"
        made = f" [dim]· {answer.made_by}{check}[/dim]"
        meta.update(f"{source}{made} [dim]· {metrics_line(answer.metrics, answer.source, self.pieces)}[/dim]")
        if answer.source == "server":
            self.add_class("from-server")
        else:
            self.add_class("from-device")
        if answer.evidence:
            self.mount(self._evidence(answer, evidence, tz))
        elif answer.condensed.facts:
            facts = "\n".join(f"• {escape(f.text)}" for f in answer.condensed.facts)
            self.mount(Collapsible(Static(facts), title=f"device facts ({len(answer.condensed.facts)})",
                                   classes="evidence"))

    @staticmethod
    def _evidence(answer: Answer, evidence: dict[str, list[Observation]], tz) -> Collapsible:
        sections = []
        for hit in answer.evidence:
            observations = evidence.get(hit.id, [])
            lines = [observation_line(o, tz) for o in observations] or [
                f"sources: {', '.join(hit.source_ids)} (no longer on this device)"]
            sections.append(Collapsible(Static(escape("\n".join(lines)), classes="observations"),
                                        title=escape(f"{hit.score:.2f} {hit.text[:68]}"), classes="hit"))
        return Collapsible(*sections, title=f"evidence ({len(answer.evidence)} memories)", classes="evidence")

    def fail(self, message: str) -> None:
        """The answer could not be made; say why."""
        self.query_one(".answer-meta", Static).update(f"[red]error:[/red] {escape(message)}")
        self.add_class("failed")
