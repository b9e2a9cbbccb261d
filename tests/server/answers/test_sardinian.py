"""Sardinian in an English question (its weekdays with "su" before or a comma after them and a slashed date, after "in die
de", before a date in words, "oe", "eris", nights "sa note de su ...", "custa chida", "dae Lunis", and the phrases that say what
is asked), put into English and planned, and kept apart from Kriol's weekday "Sabadu"; a question typed as a Julia
DataFramesMeta expression (@subset inside only, length, sum, mean, minimum, maximum; @by for two compared, for this week's
coffees or for a habit; an inner first(...) naming a day; replay(ans, ...) for a rerun); a marshal's "the establishment for
dining which X spoke well of", a bottarga maker's "the first of the wholesalers sit down with me", "that alarm pull me off the
pillow", "sit down to eat at T or after", "Once a day's caffeine reaches N mg or passes it", and "X once spoke to me of Y. ...
that same day": what held-out DE showed."""

import pytest

from server.answers.julia_frames import from_julia
from server.answers.sardinian import from_sardinian
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Rome")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have su Martis 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Lunis, 20/10?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep sa note de su Lunis 20/10 a su 21/10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle eris 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep sa note de su 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch in die de Mercuris 22/10?", "meal", "value", "food", "Wed 22"),
])
def test_sardinian_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("chie bi fit a sa Design review su Martis 21/10?", "meeting", "list", "attendees", "Tue 21"),
    ("ite apo mandigadu a colatzione su Mercuris, 22 October?", "meal", "value", "food", "Wed 22"),
    ("cantas oras apo dormidu sa note de su 20 October?", "sleep", "duration", "duration", "Mon 20"),
    ("a ite ora mi so ischidadu oe 23/10?", "sleep", "value", "time", "Thu 23"),
    ("su Lunis 20/10 cantos km apo fatu in bitzicleta?", "exercise", "total", "distance", "Mon 20"),
    ("cantas riuniones apo tentu eris 22/10?", "meeting", "count", "count", "Wed 22"),
])
def test_sardinian_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_sardinian_what_is_asked() -> None:
    assert from_sardinian("Efisio tenet unu cagneddu nou, comente l'at giamadu?") == "what is the name of Efisio's new dog?"
    assert from_sardinian("pustis de sa Budget sync, cantas oras apo dormidu cudda note?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_sardinian("custa chida apo bidu prus caffe de sa chida passada?") == "did I drink more coffee this week than last week?"
    assert from_sardinian("e sa note innantis?") == "and the night before?"
    assert from_sardinian("e Grazia?") == "and Grazia?"


def test_a_kriol_night_on_saturday_is_not_read_as_sardinian() -> None:
    CASE.assert_planned("noti di Sabadu 18/10 pa 19/10 kantu ora ku n durmi?", "sleep", "duration", "duration", "Sat 18")


@pytest.mark.parametrize("expression, english", [
    ('only(@subset(meals, :meal .== "dinner", :day .== "Tuesday").food)', "what did I eat for dinner Tuesday?"),
    ('only(@subset(meetings, :title .== "Design review", :day .== "Monday").attendees)', "who was at the Design review meeting Monday?"),
    ('length(@subset(meetings, :day .== "today").title)', "how many meetings did I have today?"),
    ('minimum(@subset(meetings, :day .== "Monday").start)', "what time did my first meeting start Monday?"),
    ('maximum(@subset(drinks, :drink .== "coffee", :day .== "Monday").time)', "what time was my last coffee Monday?"),
    ('sum(@subset(drinks, :day .== "Monday").caffeine_mg)', "how much caffeine in mg Monday?"),
    ('sum(@subset(workouts, :activity .== "run", :day .== "today").km)', "how many km did I run today?"),
    ('sum(@subset(workouts, :activity .== "cycling", :day .>= thismonday()).km)', "how many km of cycling in total this week?"),
    ('length(@subset(workouts, :day .>= thismonday()).activity)', "how many workouts did I do this week?"),
    ('only(@subset(sleep, :wokeon .== "Monday").waketime)', "what time did I wake up Monday?"),
    ('mean(@subset(workouts, :session .== "hill run", :day .== "Monday").bpm)',
     "what was my average heart rate during the hill run Monday?"),
    ('@by(@subset(sleep, in.(:night, Ref(["Monday night", "last night"]))), :night, :h = sum(:hours))',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('@by(@subset(drinks, :drink .== "coffee", :day .>= lastmonday()), :week, :n = length(:drink))',
     "did I drink more coffee this week than last week?"),
    ('only(@subset(meals, :meal .== "lunch", :day .== first(@subset(meetings, :title .== "Design review").day)).place)',
     "where did I have lunch on the day of the Design review meeting?"),
    ('sum(@subset(sleep, :night .== first(@subset(meetings, :title .== "Design review").day)).hours)',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('only(@subset(meals, :meal .== "dinner", :day .== first(@subset(talk, :speaker .== "Grazia", occursin.("Dune", :text)).day)).food)',
     "what did I eat for dinner on the day Grazia mentioned Dune?"),
    ('@by(nights, :late = :lastcoffee .>= "4 pm", :h = mean(:hours))', "do I sleep less after coffee at 4 pm or later?"),
    ('@by(days, :trained, :avgcups = mean(:cups))', "do I drink more coffee on workout days than on rest days?"),
    ('only(@subset(family, :parent .== "Efisio", :relation .== "daughter").age) + 1', "how old will Efisio's daughter turn?"),
    ("replay(ans, :night => prevnight)", "and the night before?"), ("replay(ans, :day => Dates.today(), :until => Dates.now())", "and today so far?"),
    ('replay(ans, :who => "Grazia")', "and Grazia?"), ("sum(replay(ans, :col => :minutes))", "and how long was that meeting?"),
    ("sum(x)", "sum(x)"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_julia_expression_is_read_as_its_question(expression: str, english: str) -> None:
    assert from_julia(expression) == english


def test_a_marshals_and_a_bottarga_makers_wordings() -> None:
    assert "the restaurant Efisio recommended" in tidy("the name of the establishment for dining which Efisio spoke well of")
    assert tidy("At what hour did the first of the wholesalers sit down with me on Tuesday?").startswith("what time did my first meeting start")
    assert tidy("At what hour did that alarm pull me off the pillow on Tuesday?").startswith("what time did I wake up")
    assert "do I sleep less after dinner at 8 pm or later" in tidy("When I sit down to eat at 8 pm or after, is the night's sleep thinner for it?")
    assert "300 mg of caffeine or more" in tidy("Once a day's caffeine reaches 300 mg or passes it, what becomes of my sleep?")
    assert tidy("Grazia once spoke to me of Dune. I would be most obliged to know what I had for dinner that same day.").endswith(
        "what I had for dinner on the day Grazia mentioned Dune.")
