"""The vocabulary the generic code reader (``any_code``) reads names with: the records a table's name stands for, kinds,
activities, the columns a request takes and what each key of a test stands for, the statistics by their names in any
language, and the words that name a rerun of the last query. Data only."""

from __future__ import annotations

import re

BASES = ("meals", "meetings", "coffees", "nights", "workouts", "tips", "flights", "pets", "people", "launches")


def by_base(words: dict[str, str]) -> dict[str, str]:
    """A word-to-records table written as records-to-words (``{"meals": "food dish"}``)."""
    return {word: base for base, names in words.items() for word in names.split()}


SINGULAR = by_base({"meals": "meal dinners lunches breakfasts", "meetings": "meeting attendees attendee", "coffees": "coffee cups caffeine",
                      "nights": "night sleeps", "workouts": "workout exercises exercise trainings sessions", "tips": "tip recommendations recs",
                      "flights": "flight trips", "pets": "pet animals", "launches": "launch", "people": "relatives"})
"""The records a table's word names, beyond ``code_fields.records`` (a meal's table, the attendees' meetings)."""
KINDS = {"supper", "breakfast", "lunch", "dinner", "book", "film", "movie", "podcast", "restaurant", "dog", "daughter", "offsite"}
KIND_WORDS = {**{kind: kind for kind in KINDS}, "supper": "dinner", "pup": "dog", "puppy": "dog", "puppies": "dog", "hound": "dog",
               "novel": "book", "reading": "book", "movie": "film", "flick": "film", "eatery": "restaurant", "pod": "podcast",
               "dinners": "dinner", "lunches": "lunch", "breakfasts": "breakfast"}
"""Words of an identifier that name a kind of record (``new_pup``, ``pushed_reading``), by the kind's name."""
KIND_BASES = by_base({"meals": "breakfast lunch dinner", "tips": "book film movie podcast restaurant offsite", "pets": "dog",
                        "people": "daughter"})
MEAL_TIMES = {"noon": "lunch", "midday": "lunch", "morning": "breakfast", "evening": "dinner", "night": "dinner"}
"""The meal a time of day names next to a meal's word (``noon_meal``, ``evening_meal``)."""
ACTIVITIES = {"run", "running", "cycle", "cycling", "ride", "bike", "swim", "swimming", "ran", "cycled", "swam", "rode"}
SYNONYMS = {"mins": "minutes", "present": "attendees", "grade": "quality", "rest_grade": "quality", "dishes": "food",
             "foods": "food", "eaten": "food", "slept_at": "bed_time", "drunk_at": "time", "starts_at": "time", "slept": "hours", "asleep": "hours"}
"""A column's other names, as the request selects it."""
COLUMN_BASES = by_base({"meals": "food dish dishes place venue", "nights": "hours quality bed wake woke", "meetings": "attendees guests",
                          "flights": "landing lands", "workouts": "km metres meters bpm heart"})
"""The records a selected column belongs to, where a query names several tables."""
KEY_BASES = by_base({"flights": "passenger traveller flyer lands landing arrival", "pets": "owner species pet", "people": "parent child",
                       "launches": "project", "workouts": "session activity km", "meals": "meal food dish", "meetings": "attendees title",
                       "nights": "night hours", "coffees": "caffeine mg", "tips": "medium recommended praised giver"})
"""The records a tested or selected column's word belongs to, where no table is named (Stata's data in memory)."""
KIND_KEYS = {"kind", "meal", "type", "medium", "species", "topic", "child", "relation", "category", "event", "what", "drink"}
DAY_KEYS = {"days", "dates", "day", "date", "on", "morning", "morning_of", "woke_on", "log_day", "when", "d", "dt", "dated", "logged"}
NIGHT_KEYS = {"nights", "night", "log_night", "night_of", "slept", "sleep_night", "nightof"}
PERSON_KEYS = set("""from giver by recommended_by praised_by owner parent passenger traveller traveler flyer moved_by movedby changed_by
    who person speaker said_by told_by source friend author mentioned_by keeper sender colleague mover teller recommender sayer changer
    tipster fan""".split())
SAID_KEYS = {"said", "about", "text", "mentioned", "words", "quote", "topic_said", "said_title", "what_said"}
TITLE_KEYS = {"title", "meeting", "meeting_title", "subject", "topic_title"}
LABEL_KEYS = {"session", "label", "workout", "workout_name"}
ALLOWED = {"meals": {"kind", "day"}, "nights": {"night", "day"}, "meetings": {"title", "day", "after"}, "coffees": {"day"},
            "workouts": {"label", "activity", "day"}, "tips": {"kind", "from"}, "flights": {"flyer"}, "pets": {"owner", "kind"},
            "people": {"parent", "kind"}, "launches": {"project", "from"}}
"""The parameters a request over each kind of record takes: a value tested on any other column is not understood, so the
text is left as it is rather than read without it."""
PEOPLE = {"flights": "flyer", "pets": "owner", "people": "parent"}
"""Who a request over these records names: a flight's traveller, a pet's owner, a daughter's parent (else "from")."""
STATS = {"sum": "sum", "total": "sum", "min": "first", "minimum": "first", "first": "first", "earliest": "first", "head": "first",
          "hd": "first", "max": "last", "maximum": "last", "last": "last", "latest": "last", "count": "count", "len": "count",
          "length": "count", "size": "count", "tally": "count", "cnt": "count", "nrow": "count", "avg": "", "mean": "", "average": ""}
COLUMNS = set("""food dish dishes place venue name title hours minutes duration km metres meters distance mg caffeine caffeine_mg time
    start starts at attendees guests people who landing lands arrives arrival town city new_date newdate age turns quality bed bedtime
    bed_time bed_at wake woke woke_at wake_time activity sport avg_hr bpm avg_bpm heart_rate pulse cups coffees meetings workouts
    moved_to new_place hr mean_hr mins present grade foods eaten lands_at to_bed pet_name age_next kind type location rating slept
    asleep""".split())
TIME_COLUMNS = {"time", "start", "starts", "at", "starts_at", "started", "drunk_at", "start_time"}
RERUN = {"same", "again", "redo", "rerun", "retry", "repeat", "reissue", "previous", "prev", "lastq", "ans", "answer", "result",
          "recall", "replay", "requery", "reuse"}
PARAMS = ("kind", "day", "night", "from", "flyer", "owner", "parent", "title", "label", "project", "activity", "week", "after")
NAMED_DAY = re.compile(r"\b(?:day|night|date)_?(?:of|when|after|with|on)\w*\(\s*[\"']([^\"']+)[\"']\s*(?:,\s*[\"']([^\"']+)[\"']\s*)?\)")
DID = re.compile(r"\b(?:day|night)_?(?:of|when|after|with)\w*\(\s*[:\"']?(ran|cycled|swam|rode)[\"']?\s*,\s*(?:\w+\s*[:=]\s*)?(\d+(?:\.\d+)?)")
COUNTED_UP = re.compile(r"\b(?P<acc>[A-Za-z_]\w*)\s*(?:=\s*(?P=acc)\s*\+|\+=)\s*(1\b|[A-Za-z_])")
"""An accumulator counted up in a loop ("iN = iN + 1", "n += 1") or summing a column ("dKm = dKm + Workout.Km")."""
POSITIONAL = {"meetings": ("title", "day"), "workouts": ("label", "day"), "meals": ("day",), "nights": ("night",),
              "coffees": ("day",), "flights": ("from",), "pets": ("from",), "people": ("from",), "tips": ("from",),
              "launches": ("project", "from")}
"""What a call's quoted values that no name tests stand for, in order, by the records the call names (``meeting("X", on:
"Y")``: a title and a day)."""
