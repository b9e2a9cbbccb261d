"""Danish in an English question, put into English.

People in Denmark switch between Danish and English inside a sentence: "hvor langt løb jeg yesterday?" (how far did I
run), "hvad fik jeg til aftensmad?" (what did I have for dinner), "hvor mange møder havde jeg today?" (how many
meetings). The words that carry what is asked (meals, coffee, sleep, running and cycling, meetings, question words,
first and last, more, less, longer, "or", "and", "than", the day or the night named by what happened, habits, what
someone said, follow-ups) become English; "jeg" (I), "min"/"mit" (my) and the verbs go with them, and the remarks after
a question ("har glemt", I forgot; "ik", a tag) become plain English or are dropped.
"""

from __future__ import annotations

from server.answers.word_tables import WordTable

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_MEALS = {"morgenmad": "breakfast", "frokost": "lunch", "aftensmad": "dinner", "middag": "dinner", "breakfast": "breakfast",
          "lunch": "lunch", "dinner": "dinner"}
_MEAL = r"(morgenmad|frokost|aftensmad|middag|breakfast|lunch|dinner)"
_THINGS = {"bog": "book", "bogen": "book", "film": "film", "filmen": "film", "podcast": "podcast", "podcasten": "podcast",
           "restaurant": "restaurant"}
_THING = r"(bog|bogen|film|filmen|podcast|podcasten|restaurant)"

_RULES: tuple[tuple[str, object], ...] = (
    # remarks after the question
    (r"har\s+glemt(?:\s+\w+)?", "I forgot"), (r"(?<=,\s)ik(?=\s*[?.!]?$)|(?<=\s)ik$", ""), (r"præcis", "exactly"),
    (r"(?:løb|run),\s*(?:cykel|bike|ride)\s+eller\s+(?:swim|svøm\w*)", ""), (r"på\s+begge", "for both"), (r"igen", "again"),
    (r"indtil\s+videre", "so far"), (r"i\s+alt", "in total"),
    # what someone said
    (r"hvad?\s+hed\s+den\s+" + _THING + r"\s+" + _NAME + r"\s+sagde\s+jeg\s+skulle\s+(?:read|læse|se|watch|høre|lytte\s+til)",
     lambda m: f"which {_THINGS[m[1].lower()]} did {m[2]} recommend"),
    (_NAME + r"\s+sagde\s+jeg\s+skulle\s+(?:se|watch)\s+en\s+film", r"\1 recommended a film"),
    (r"hvornår\s+lander\s+" + _NAME + r"s\s+(?:flight|fly)", r"what time does \1's flight land"),
    # a day or a night named by what happened
    (r"den\s+dag\s+jeg\s+(ran|løb|cyklede|cycled|swam|svømmede)", lambda m: "on the day I " + {
        "løb": "ran", "cyklede": "cycled", "svømmede": "swam"}.get(m[1].lower(), m[1].lower())),
    (r"den\s+dag\s+vi\s+havde\s+(.{2,60}?)-mødet", r"on the day of the \1 meeting"),
    (r"natten\s+efter\s+(.{2,60}?)-mødet", r"the night after the \1 meeting"),
    (r"efter\s+min(?=\s)", "after my"), (r"havde\s+jeg\s+et\s+møde", "I had a meeting"),
    # habits
    (r"når\s+jeg\s+drikker\s+kaffe", "when I drink coffee"), (r"sover\s+jeg\s+så\s+(less|mindre)", "do I sleep less"),
    (r"sover\s+jeg\s+længere", "do I sleep longer"), (r"efter\s+de\s+dage\s+hvor\s+jeg\s+træner", "after the days I work out"),
    (r"on\s+the\s+days\s+jeg\s+træner", "on the days I work out"), (r"drikker\s+jeg\s+mere\s+kaffe", "do I drink more coffee"),
    # comparisons
    (r"drikker\s+jeg\s+mere\s+eller\s+mindre\s+kaffe", "do I drink more or less coffee"),
    (r"end(?=\s+(?:last|the|yesterday|i\s+går|sidste|forrige))", "than"),
    (r"which\s+workout\s+var\s+længst", "which workout was longest"), (r"sov\s+jeg\s+længere", "did I sleep longer"),
    # follow-ups
    (r"^og\s+hvad\s+med", "and what about"), (r"^og\s+dagen\s+før", "and the day before"),
    (r"^og\s+natten\s+før", "and the night before"), (r"^og(?=\s)", "and"),
    # days
    (r"i\s+dag", "today"), (r"i\s+går", "yesterday"), (r"dagen\s+før", "the day before"), (r"natten\s+før", "the night before"),
    # what is asked
    (r"hvad\s+fik\s+jeg\s+til\s+" + _MEAL, lambda m: "what did I have for " + _MEALS[m[1].lower()]),
    (r"hvad?\s+spiste\s+jeg\s+til\s+" + _MEAL, lambda m: "what did I eat for " + _MEALS[m[1].lower()]),
    (r"hvor\s+spiste\s+jeg\s+" + _MEAL, lambda m: "where did I have " + _MEALS[m[1].lower()]),
    (r"hvordan\s+sov\s+jeg", "how did I sleep"), (r"good\s+eller\s+dårlig[t]?", "good or bad"),
    (r"hvad\s+for\s+noget\s+træning", "what workout"), (r"min\s+gennemsnitspuls", "my average heart rate"),
    (r"hvor\s+længe\s+varede\s+(.{2,60}?)-mødet", r"how long was the \1 meeting"),
    (r"hvor\s+lang\s+tid\s+tog\s+min", "how long was my"),
    (r"(?:hvor\s+langt|how\s+far)\s+(løb|cyklede|svømmede)\s+jeg", lambda m: "how far did I " + {
        "løb": "run", "cyklede": "cycle", "svømmede": "swim"}[m[1].lower()]),
    (r"hvor\s+meget\s+(caffeine|koffein|kaffe)\s+fik\s+jeg", lambda m: "how much " + (
        "coffee" if m[1].lower() == "kaffe" else "caffeine") + " did I have"),
    (r"hvor\s+mange\s+kopper\s+kaffe\s+drak\s+jeg", "how many cups of coffee did I drink"),
    (r"hvor\s+mange\s+møder\s+havde\s+jeg", "how many meetings did I have"),
    (r"hvor\s+mange\s+km\s+(running|løb|cycling|cykling)\s+har\s+jeg\s+nået", lambda m: "how many km of " + {
        "løb": "running", "cykling": "cycling"}.get(m[1].lower(), m[1].lower()) + " have I done"),
    (r"har\s+jeg\s+lavet", "have I done"), (r"gik\s+jeg\s+i\s+seng", "did I go to bed"),
    (r"hvornår\s+startede\s+mit\s+første\s+møde", "what time did my first meeting start"),
    (r"var\s+min\s+sidste\s+kaffe", "was my last coffee"), (r"hvornår\s+stod\s+jeg\s+op", "what time did I get up"),
    (r"cyklede\s+jeg", "did I cycle"), (r"løb\s+jeg", "did I run"), (r"sov\s+jeg", "did I sleep"),
    (r"hvor\s+mange", "how many"), (r"hvornår", "when"), (r"hvordan", "how"), (r"hvad|hva", "what"), (r"hvor", "where"),
    # more, less, or; things
    (r"(\w+)-mødet", r"the \1 meeting"), (r"mødet|møde", "meeting"), (r"møder", "meetings"), (r"eller", "or"),
    (r"mere", "more"), (r"mindre", "less"), (r"længere", "longer"), (r"længst", "longest"), (r"kaffe", "coffee"),
    (r"træning", "workout"), (r"træner", "work out"), (r"(?<=\s)var(?=\s)", "was"), (r"min|mit", "my"), (r"jeg", "I"),
)
_TABLE = WordTable(_RULES, r"jeg|hvad|hva|hvor|hvornår|hvordan|spiste|fik|drak|drikker|sov|sover|løb|cyklede|møde\w*|-mødet|"
                           r"frokost|morgenmad|aftensmad|træn\w+|længere|længst|gennemsnitspuls|kopper|dagen|natten|glemt|"
                           r"sagde|skulle|havde|lavet|nået|indtil|præcis|varede|eller|mere|mindre|^og|i\s+dag|i\s+går|begge|gik|seng|"
                           r"kaffe|sidste|første")


def from_danish(text: str) -> str:
    """``text`` with its Danish words that say what is asked put into English; a text with fewer than two such words is
    left as it is."""
    return _TABLE.in_english(text)
