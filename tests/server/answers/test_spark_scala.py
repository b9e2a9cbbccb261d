"""A question typed as one Scala expression on Spark DataFrames of the log (a value through ``where``/``filter`` and ``select``,
``count``, ``agg(sum/min/max)``, ``isin`` for two compared, ``groupBy(...).agg(avg(...))`` for a habit, ``date_trunc("week", ...)``
for this week, ``join`` for a day named by what happened on it, ``endOf`` for the meeting after a workout, ``val ... = ...`` for
a rerun), read as the English question it stands for; any other text is left as it is."""

import pytest

from server.answers.code_readers import from_code
from server.answers.spark_scala import from_spark


@pytest.mark.parametrize("statement, english", [
    ('meals.where(col("day") === "Tuesday" && col("kind") === "breakfast").select("food").show()',
     "what did I eat for breakfast Tuesday?"),
    ('meals.filter(col("kind") === "dinner" && col("day") === "2031-05-06").select("place").first()',
     "where did I have dinner 2031-05-06?"),
    ('tips.where(col("from") === "Oskar" && col("kind") === "podcast").select("title").head()', "which podcast did Oskar recommend?"),
    ('tips.filter(col("from") === "Oskar" && col("kind") === "restaurant").select("name").first()',
     "which restaurant did Oskar recommend?"),
    ('news.where(col("from") === "Oskar" && col("about") === "offsite").select("new_venue").show()',
     "where is the offsite now, according to Oskar?"),
    ('flights.where(col("passenger") === "Oskar").select("lands_at").show()', "when does Oskar's flight land?"),
    ('dogs.where(col("owner") === "Oskar").select("name").first()', "what is the name of Oskar's new dog?"),
    ('launches.where(col("project") === "Heron" && col("told_by") === "Oskar").select("new_date").show()',
     "what is the new date of the Heron launch according to Oskar?"),
    ('kids.where(col("parent") === "Oskar" && col("kind") === "daughter").select("turning").show()', "how old will Oskar's daughter turn?"),
    ('nights.where(col("morning_of") === "Friday").select("woke_at").show()', "what time did I wake up Friday?"),
    ('workouts.where(col("day") === "Monday" && col("activity") === "swim").agg(sum("metres")).show()', "how far did I swim Monday?"),
    ('coffees.where(col("day") === "today").count()', "how many coffees did I drink today?"),
    ('coffees.where(col("day") === "Monday").agg(max("time")).show()', "what time was my last coffee Monday?"),
    ('meetings.where(col("day") === "Monday").orderBy("start").select("start").first()',
     "what time did my first meeting start Monday?"),
    ('attendees.where(col("meeting") === "Roadmap review" && col("day") === "Monday").select("name").show()',
     "who was at the Roadmap review meeting Monday?"),
    ('workouts.where(col("ts") >= date_trunc("week", current_timestamp())).count()', "how many workouts did I do this week?"),
    ('meals.where(col("kind") === "dinner").join(workouts.where(col("km") === 8.2).select("day"), "day").select("food").show() '
     '// ran 8.2 km that day', "what did I eat for dinner on the day I ran 8.2 km?"),
    ('nights.join(meetings.where(col("title") === "Roadmap review").select(col("day").as("night")), "night").select("hours").show()',
     "how many hours did I sleep the night after the Roadmap review meeting?"),
    ('meals.where(col("kind") === "dinner").join(tips.where(col("from") === "Oskar" && col("title") === "Solaris").select("day"), '
     '"day").select("food").show()', "what did I eat for dinner on the day Oskar mentioned Solaris?"),
    ('coffees.where(col("day").isin("Monday", "Tuesday")).groupBy("day").agg(sum("mg")).show()',
     "which day had more caffeine, Monday or Tuesday, with the mg of each?"),
    ('coffees.groupBy(date_trunc("week", col("ts")).as("week")).count().orderBy(desc("week")).show(2)',
     "did I drink more coffee this week than last week?"),
    ('nights.groupBy(col("dinner_at") >= "9 pm").agg(avg("hours")).show()', "do I sleep less after dinner at 9 pm or later?"),
    ('days.groupBy("worked_out").agg(avg("coffees")).show()', "do I drink more coffee on workout days than on rest days?"),
    ("val night = nightBefore(night) // rerun the query above", "and the night before?"),
    ("val day = current_date() // rerun", "and today so far?"),
    ('val who = "Oskar" // once more', "and Oskar?"),
    ('meetings.where(col("title") === title).select("minutes").show() // the same meeting', "and how long was that meeting?"),
    ('df.write.mode("overwrite").parquet("/tmp/out")', 'df.write.mode("overwrite").parquet("/tmp/out")'),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_spark_expression_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_spark(statement) == english


def test_the_code_readers_read_a_comparison_as_spark() -> None:
    assert from_code('nights.where(col("night").isin("Monday night", "last night")).select("night", "hours").show()') == \
        "which night did I sleep longer, Monday night or last night, with the hours of each?"
