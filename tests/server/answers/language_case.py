"""What the tests of a language mixed into English questions share: questions planned as of a Thursday evening (23
October 2036, 21:00) in the language's zone, the day a plan's window starts on, and the check that a question is planned
as a kind, an operation and an attribute on a day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from server.answers.planner import plan_question
from shared.plan import QuestionPlan
from server.answers.tidy import tidy


class LanguageCase:
    """Questions asked in ``zone`` on Thursday 23 October 2036 at 21:00, about a log with meetings named ``titles``."""

    def __init__(self, zone: str, titles: tuple[str, ...] = ("Budget sync", "Design review")) -> None:
        self.tz = ZoneInfo(zone)
        self.now = datetime(2036, 10, 23, 21, 0, tzinfo=self.tz)
        self.titles = titles

    def plan(self, question: str, previous: QuestionPlan | None = None) -> QuestionPlan | None:
        return plan_question(tidy(question), self.now, self.tz, previous, titles=self.titles)

    def day(self, plan: QuestionPlan) -> str:
        """The weekday and day of the month the plan's window starts on ("Tue 21")."""
        assert plan.window is not None, plan
        return plan.window.start.astimezone(self.tz).strftime("%a %d")

    def assert_planned(self, question: str, kind: str, operation: str, attribute: str, day: str) -> None:
        plan = self.plan(question)
        assert plan is not None and plan.kinds == [kind], tidy(question)
        assert (plan.operation, plan.attribute, self.day(plan)) == (operation, attribute, day), tidy(question)
