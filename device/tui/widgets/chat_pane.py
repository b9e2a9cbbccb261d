"""``ChatPane``: ask questions; each answer streams into its own ``AnswerCard``."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Static

from device.ask import Answer
from device.tui.widgets.answer_card import TITLE, AnswerCard
from device.session import TuiSession

WELCOME = ("Ask about your day, e.g. [b]How much coffee did I have today?[/b]  "
           "Answers come from your server, or from this device when the server is unreachable.")


class QuestionBox(Input):
    """The question box; Tab goes to the newest answer's evidence, where Enter or Space opens it."""

    BINDINGS = [Binding("tab", "to_evidence", "Evidence", show=False)]

    def action_to_evidence(self) -> None:
        """Focus the evidence of the newest answer that has some; else the next widget as usual."""
        with_evidence = [card for card in self.screen.query(AnswerCard) if card.query(TITLE)]
        if with_evidence:
            with_evidence[-1].query(TITLE).first().focus()  # the newest card's evidence (or device facts)
        else:
            self.screen.focus_next()


class ChatPane(Vertical):
    """A scrolling list of answers above the question box."""

    BINDINGS = [Binding("ctrl+l", "clear", "Clear chat")]

    class Answered(Message):
        """An answer is complete (the app updates the offline indicator and engine metrics)."""

        def __init__(self, answer: Answer) -> None:
            super().__init__()
            self.answer = answer

    def __init__(self, session: TuiSession, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session = session

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="answers"):
            yield Static(WELCOME, id="welcome")
        yield QuestionBox(placeholder="Ask about your day…  (Enter: ask, Tab: evidence, Esc: leave the box)", id="question")

    def action_clear(self) -> None:
        """Remove every answer."""
        self.query(AnswerCard).remove()

    @on(Input.Submitted, "#question")
    def _submitted(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        event.input.value = ""
        card = AnswerCard(question)
        answers = self.query_one("#answers", VerticalScroll)
        answers.mount(card)
        answers.scroll_end(animate=False)
        self._answer(card)

    @work(thread=True, group="chat")
    def _answer(self, card: AnswerCard) -> None:
        """Condense and answer off the UI thread; tokens and the result are posted back."""
        app = self.app
        try:
            answer = self.session.ask(card.question, on_token=lambda piece: app.call_from_thread(card.add_token, piece))
            evidence = {hit.id: self.session.evidence_observations(hit) for hit in answer.evidence}
        except Exception as exc:  # shown on the card; a failed answer must not take the UI down
            app.call_from_thread(card.fail, str(exc))
            return
        app.call_from_thread(self._finished, card, answer, evidence)

    def _finished(self, card: AnswerCard, answer: Answer, evidence: dict) -> None:
        card.finish(answer, evidence, self.session.tz)
        self.query_one("#answers", VerticalScroll).scroll_end(animate=False)
        self.post_message(self.Answered(answer))
