"""``TetherApp``: chat with streamed answers, plus outbox and server status.

A first form; network and model calls run in thread workers and update the UI through the app.
"""

from __future__ import annotations

from textual import on, work
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input, RichLog, Static

from device.ask import Answer, ask
from device.context import DeviceContext
from shared.settings import DeviceSettings


class TetherApp(App):
    """Ask questions about your day; answers stream in with evidence and metrics."""

    TITLE = "Tether"
    CSS = """
    #log { height: 1fr; }
    #status { height: 1; color: $text-muted; }
    """
    BINDINGS = [("ctrl+q", "quit", "Quit"), ("ctrl+l", "clear", "Clear")]

    def __init__(self, settings: DeviceSettings, context: DeviceContext | None = None) -> None:
        super().__init__()
        self._settings = settings
        self._device = context
        self._owns_device = context is None
        self._streaming = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield RichLog(id="log", wrap=True, markup=False)
        yield Static("", id="status")
        yield Input(placeholder="Ask about your day, e.g. 'How much coffee did I have today?'", id="question")
        yield Footer()

    def on_mount(self) -> None:
        if self._device is None:
            self._device = DeviceContext(self._settings)
        self._show_status()

    def _show_status(self) -> None:
        mode = self._settings.server_url or "embedded"
        self.query_one("#status", Static).update(f"server: {mode} · outbox: {self._device.outbox.depth()}")

    def action_clear(self) -> None:
        self.query_one("#log", RichLog).clear()

    @on(Input.Submitted, "#question")
    def _submitted(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        event.input.value = ""
        self.query_one("#log", RichLog).write(f"> {question}")
        self._answer(question)

    @work(thread=True, exclusive=True)
    def _answer(self, question: str) -> None:
        try:
            answer = ask(self._device, question, on_token=lambda text: self.call_from_thread(self._token, text))
        except Exception as exc:  # shown to the person, never crashes the UI
            self.call_from_thread(self._failed, str(exc))
            return
        self.call_from_thread(self._done, answer)

    def _token(self, text: str) -> None:
        self._streaming += text
        self.query_one("#status", Static).update(f"answering… {self._streaming[-60:]}")

    def _done(self, answer: Answer) -> None:
        log = self.query_one("#log", RichLog)
        log.write(answer.text or "(no answer)")
        source = "server" if answer.source == "server" else f"device (offline: {answer.offline_reason})"
        m = answer.metrics
        log.write(f"  from {source} · condense {m.condense_ms} ms · TTFT {m.ttft_ms} ms · "
                  f"{m.ms_per_output_token} ms/token")
        for hit in answer.evidence[:5]:
            log.write(f"  evidence [{', '.join(hit.source_ids)}] {hit.text}")
        self._streaming = ""
        self._show_status()

    def _failed(self, message: str) -> None:
        self.query_one("#log", RichLog).write(f"error: {message}")
        self._streaming = ""
        self._show_status()

    def on_unmount(self) -> None:
        if self._owns_device and self._device is not None:
            self._device.close()
