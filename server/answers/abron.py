"""Abron (Bono, an Akan language of Côte d'Ivoire and Ghana) in an English question, put into English.

People around Bondoukou mix Abron into English questions, in the letters Akan is written with (ɛ, ɔ). The Akan weekdays
("Dwoada", "Benada", "Wukuada", "Yawoada", "Fiada", "Memeneda", "Kwasiada": Monday to Sunday) stand before a slashed date,
alone, with "a ɛyɛ" (which is) or with "no," ("Benada a ɛyɛ 13/01": on Tuesday the 13th), or before a comma and a date in
words ("Benada, 13 January"); "ɛnnɛ" before a slashed date is today, "ɛnnora" before a weekday and its date yesterday, "fi
Dwoada" since Monday, "nnawɔtwe yi" this week and "nnawɔtwe a atwam" last week; a night is "anadwo Benada 13/01 ne 14/01",
"Benada anadwo, 13 January" or "ɛnnora anadwo, 13/01 ne 14/01" (last night). Those become English. The phrases that carry
what is asked ("meda nnɔnhwerew ahe" (how many hours did I sleep), "awia aduane, ɛhe" (where was lunch), "hwan ne hwan na
wɔbaa X" (who came to the X meeting)) become English too, where two of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import (ENGLISH_DAY as _ASKED_DAY, LEADING_DAY as _LEADING_DAY, SLASHED_DATE as _DATE,
                                        WORDS_DATE as _WORDS_DATE, WordTable, remark_after)

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"dwoada": "Monday", "benada": "Tuesday", "wukuada": "Wednesday", "yawoada": "Thursday", "fiada": "Friday",
             "memeneda": "Saturday", "kwasiada": "Sunday"}
_WD = r"((?-i:D)woada|(?-i:B)enada|(?-i:W)ukuada|(?-i:Y)awoada|(?-i:F)iada|(?-i:M)emeneda|(?-i:K)wasiada)"
_MEAL = r"(anɔpa|awia|anwummerɛ)\s+aduane"
_MEALS = {"anɔpa": "breakfast", "awia": "lunch", "anwummerɛ": "dinner"}
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"


def _day(word: str) -> str:
    return _WEEKDAYS[word.lower()]


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"anadwo\s+" + _WD + r"\s+(" + _DATE + r")(?:\s+ne\s+" + _DATE + r")?", r"the night of \2"),
    (_WD + r"\s+anadwo,?\s+" + _WORDS_DATE, r"the night of \2"),
    (r"ɛnnora\s+anadwo,?\s+(" + _DATE + r")(?:\s+ne\s+" + _DATE + r")?", r"the night of \1"),
    (r"fi\s+(?-i:D)woada", "since Monday"), (r"nnawɔtwe\s+yi", "this week"), (r"nnawɔtwe\s+a\s+atwam", "last week"),
    (_WD + r",\s+" + _WORDS_DATE, lambda m: f"on {_day(m[1])} {m[2]}"),
    (r"ɛnnora\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (_WD + r"(?:\s+a\s+ɛyɛ|\s+no,)?(?=\s+" + _DATE + r")", "on"),
    (r"ɛnnɛ(?=\s+\d)", "today"),
)
_DAYS = WordTable(_DAY_RULES, r"dwoada|benada|wukuada|yawoada|fiada|memeneda|kwasiada|ɛnnɛ|ɛnnora|anadwo|nnawɔtwe", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+kae\s+nhoma\s+bi(?:,?\s+nhoma\s+bɛn)?", r"which book did \1 recommend"),
    (_NAME + r"\s+kae\s+film\s+bi(?:,?\s+dɛn\s+na\s+ɛyɛ)?", r"which film did \1 recommend"),
    (_NAME + r"\s+kae\s+podcast\s+bi(?:,?\s+ɛwɔ\s+he)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+kae\s+adidibea\s+bi(?:\s+yɛ\s+papa)?(?:,?\s+ne\s+din)?", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+sesaa\s+offsite\s+no(?:,?\s+kurow\s+bɛn\s+mu(?:\s+seesei)?)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+wimhyɛn\s+no,?\s+bere\s+bɛn\s+na\s+ɛbɛsi\s+fam", r"when does \1's flight land"),
    (_NAME + r"\s+kraman\s+foforo(?:,?\s+ne\s+din(?:\s+de\s+sɛn)?)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+sesaa\s+(.{2,40}?)\s+launch\s+no(?:,?\s+da\s+bɛn(?:\s+seesei)?)?", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+babea\s+awoda\s+a\s+ɛreba(?:,?\s+mfe\s+ahe)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"da\s+a\s+" + _NAME + r"\s+kaa\s+(.{2,60}?)\s+ho\s+asɛm\s+no,?\s+" + _MEAL + r"\s+dɛn",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"da\s+a\s+mi\s+(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km\s+no,?\s+" + _MEAL + r"\s+dɛn",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]} km"),
    (r"da\s+a\s+(.{2,60}?)\s+no\s+kɔɔ\s+so,?\s+" + _MEAL + r"\s+ɛhe", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"^(.{2,60}?)\s+akyi,?\s+anadwo\s+no\s+meda\s+nnɔnhwerew\s+ahe", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _LEADING_DAY + r",?\s+(.{2,100}?)\s+akyi,?\s+nhyiam\s+no\s+hwan\s+na\s+ɛwɔ\s+hɔ", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"anadwo\s+bɛn\s+na\s+meda\s+pii,?\s+(.{2,60}?)\s+anaa\s+(.{2,60}?)(?=\s*\?|$)", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"caffeine\s+pii\s+da\s+bɛn,?\s+(.{2,60}?)\s+anaa\s+(.{2,60}?)(?=\s*\?|$)", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"apɔmuden\s+simma\s+pii\s+da\s+bɛn,?\s+(.{2,60}?)\s+anaa\s+(.{2,60}?)(?=\s*\?|$)", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+kɔfe\s+dɔɔso\s+sen\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"kɔfe\s+a\s+etwa\s+toɔ\s+" + _TIME + r"\s+anaa\s+akyi,?\s+meda\s+kakra", r"do I sleep less after coffee at \1 or later"),
    (r"anwummerɛ\s+aduane\s+" + _TIME + r"\s+anaa\s+akyi,?\s+nna\s+no\s+tia", r"do I sleep less after dinner at \1 or later"),
    (r"caffeine\s+(\d{2,4})\s*mg\s+anaa\s+nea\s+ɛboro\s+so,?\s+nna\s+te\s+sɛn",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"da\s+a\s+meyɛ\s+apɔmuden,?\s+meda\s+pii", "do I sleep longer after workout days than after rest days"),
    (r"da\s+a\s+meyɛ\s+apɔmuden,?\s+kɔfe\s+pii", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"hwan\s+ne\s+hwan\s+na\s+wɔbaa\s+(.{2,80}?)\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"who was at the \1 meeting \2"),
    (r"akoma\s+bɔ\s+average\s+(.{2,100}?)\s+" + _ASKED_DAY + r",?\s+ahe", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,80}?)\s+no\s+" + _ASKED_DAY + r",?\s+simma\s+ahe\s+na\s+ɛdii", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+no\s+" + _ASKED_DAY + r",?\s+simma\s+ahe", r"how many minutes did the \1 \2 last"),
    (r"nhyiam\s+a\s+edi\s+kan,?\s+bere\s+bɛn\s+na\s+efii\s+ase", "what time did my first meeting start"),
    (r"nhyiam\s+ahe", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (_MEAL + r",?\s+dɛn\s+na\s+medii", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"^" + _MEAL + r"\s+(.{2,50}?),?\s+dɛn(?=\s*\?|$)", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (_MEAL + r",?\s+ɛhe(?:\s+na\s+medii)?", lambda m: f"where did I have {_meal(m[1])}"),
    (r"meda\s+yie\s+anaa\s+ɛyɛ\s+bɔne", "how well did I sleep, good or poor"), (r"meda\s+nnɔnhwerew\s+ahe", "how many hours did I sleep"),
    (r"bere\s+bɛn\s+na\s+mekɔdae", "what time did I go to bed"), (r"bere\s+bɛn\s+na\s+mesɔree", "what time did I wake up"),
    (r"apɔmuden\s+adwuma\s+bɛn\s+na\s+meyɛe", "what kind of workout did I do"),
    (r"sakre\s+so\s+km\s+ahe", "how many km did I cycle"), (r"mete\s+mmirika\s+km\s+ahe", "how many km did I run"),
    (r"mete\s+nsu\s+mu\s+metres\s+ahe", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+km\s+ahe", r"how many km of \1 in total"),
    (r"apɔmuden\s+mprɛ\s+ahe", "how many workouts did I do"),
    (r"kɔfe\s+kuruwa\s+ahe", "how many coffees did I drink"), (r"caffeine\s+mg\s+ahe(?:\s+nyinaa)?", "how much caffeine in mg"),
    (r"kɔfe\s+a\s+edi\s+kan,?\s+bere\s+bɛn", "what time was my first coffee"), (r"kɔfe\s+a\s+etwa\s+toɔ,?\s+bere\s+bɛn", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"dɛn|ɛhe|hwan|ahe|bɛn|bere|meda|nna|nnɔnhwerew|simma|kɔfe|nhyiam|aduane|anɔpa|awia|anwummerɛ|medii|"
                           r"apɔmuden|mete|mmirika|sakre|foforo|sɛn|nsu|kuruwa|pii|anaa|akyi|kae|kaa|sesaa|wimhyɛn|kraman|babea|awoda|mfe|"
                           r"nhoma|adidibea|meyɛe|mesɔree|mekɔdae|yie|bɔne|kakra|dɔɔso|wɔbaa|efii|edi|etwa|toɔ|mprɛ|nyinaa",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^da\s+a\s+edi\s+kan,?\s+(?:ɛnnora|yesterday)\s+no\s*\??$", "and the day before?"),
                         (r"^anadwo\s+a\s+edi\s+kan\s+no\s+ɛ\s*\??$", "and the night before?"),
                         (r"^nhyiam\s+no,?\s+simma\s+ahe\s*\??$", "and how long was that meeting?"),
                         (r"^(?:ɛnnɛ|today)\s+nso,?\s+de\s+besi\s+seesei\s*\??$", "and today so far?"),
                         (r"^([^?]{2,40}?)\s+nso\s+ɛ\s*\??$", r"and \1?")),
                        r"edi|seesei|simma|nso", least=1)


def from_abron(text: str) -> str:
    """``text`` with its Abron days, and the Abron phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
