"""Egyptian Arabic in Latin letters in an English question, put into English.

People in Cairo mix Arabic typed in Latin letters into English questions. The weekdays, with the article ("el-Etnein",
"el-Talat", "el-Arbaa", "el-Khamis", "el-Gomaa", "el-Sabt", "el-Had": Monday to Sunday), stand before a slashed date, alone,
after "yom" (the day of), before a comma or with the date in brackets ("el-Talat 17/2/2037"); "ennaharda" before a date is
today, "embareh" before a weekday and its date yesterday, "el-esbou da" this week, "el-esbou elli fat" last week and "men
el-Etnein lehad delwa'ti" since Monday; a night is "leilet el-Talat 17/2/2037", "el-Talat bel-leil 17/02/2037" or "embareh
bel-leil, 17/2/2037" (last night). Those become English. The phrases that carry what is asked ("nemt kam saa" (how many hours
did I sleep), "etghaddeit feen" (where did I have lunch), "meen kan fel X" (who was at the X)) become English too, where two
of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, SLASHED_DATE as _DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"(el-(?-i:E)tnein|el-(?-i:T)alat|el-(?-i:A)rbaa|el-(?-i:K)hamis|el-(?-i:G)omaa|el-(?-i:S)abt|el-(?-i:H)ad)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"leilet\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (_WD + r"\s+bel-leil\s+(" + _DATE + r")", r"the night of \2"),
    (r"(?-i:embareh)\s+bel-leil,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"men\s+el-(?-i:E)tnein\s+lehad\s+delwa['’]ti", "since Monday"), (r"el-esbou\s+da", "this week"),
    (r"(?:men\s+)?el-esbou\s+elli\s+fat", "last week"),
    (r"(?-i:embareh)\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (r"(?:yom\s+)?" + _WD + r",?\s+\(?(" + _DATE + r")\)?", r"on \2"),
    (r"(?-i:ennaharda)(?=\s+\d)", "today"),
)
_DAYS = WordTable(_DAY_RULES, r"el-etnein|el-talat|el-arbaa|el-khamis|el-gomaa|el-sabt|el-had|ennaharda|embareh|leilet|bel-leil|el-esbou",
                  least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+rashah\s+ketab(?:,?\s+esmo\s+eh)?", r"which book did \1 recommend"),
    (_NAME + r"\s+alli\s+atfarrag\s+ala\s+film(?:\s+eh)?", r"which film did \1 recommend"),
    (r"anhi\s+podcast\s+" + _NAME + r"\s+alli\s+asmaao", r"which podcast did \1 recommend"),
    (_NAME + r"\s+shakar\s+fi\s+anhi\s+mataam", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+naal\s+el\s+offsite(?:\s+le\s+anhi\s+balad)?", r"where is the offsite now, according to \1"),
    (r"tayyaret\s+" + _NAME + r"\s+hatenzel\s+emta", r"when does \1's flight land"),
    (r"el-kalb\s+el-soghayyar\s+elli\s+" + _NAME + r"\s+gabo(?:,?\s+esmo\s+eh)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+aggel\s+el\s+launch\s+beta\s+(.{2,40}?)(?:\s+le\s+anhi\s+yom)?(?=\s*\?|$)", r"what is the new date of the \2 launch according to \1"),
    (r"bent\s+" + _NAME + r"\s+hatkammel\s+kam\s+sana(?:\s+fi\s+eid\s+miladha\s+el-gai)?", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"el-yom\s+elli\s+" + _NAME + r"\s+etkallem\s+fih\s+an\s+(.{2,60}?),?\s+etasheit\s+eh", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"el-yom\s+elli\s+(ran|cycled|swam|rode)\s+fih\s+(\d+(?:\.\d+)?)\s*km,?\s+etasheit\s+eh", r"what did I eat for dinner on the day I \1 \2 km"),
    (r"yom\s+el\s+(.{2,60}?),\s+etghaddeit\s+feen", r"where did I have lunch on the day of the \1 meeting"),
    (r"leilet\s+el\s+(.{2,60}?)\s+nemt\s+kam\s+saa", r"how many hours did I sleep the night after the \1 meeting"),
    (r"el-egtemaa\s+baad\s+el\s+(.{2,100}?)\s+" + _ASKED_DAY + r",?\s+meen\s+kan\s+fih", r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+aw\s+(.{2,60}?),\s+anhi\s+leila\s+nemt\s+fiha\s+aktar", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+aw\s+(.{2,60}?),\s+anhi\s+yom\s+fih\s+caffeine\s+aktar", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+aw\s+(.{2,60}?),\s+etmarrant\s+aktar\s+anhi\s+yom", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+shrebt\s+ahwa\s+aktar\s+last\s+week", "did I drink more coffee this week than last week"),
    (r"lamma\s+akher\s+ahwa\s+tkoun\s+" + _TIME + r"\s+aw\s+baadha,?\s+banam\s+a['’]all", r"do I sleep less after coffee at \1 or later"),
    (r"lamma\s+atasha\s+" + _TIME + r"\s+aw\s+baadha,?\s+banam\s+a['’]all", r"do I sleep less after dinner at \1 or later"),
    (r"fel-ayyam\s+elli\s+el-caffeine\s+fiha\s+(\d{2,4})\s*mg\s+aw\s+aktar,?\s+nomi\s+bayeba\s+ezzay",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"fel-ayyam\s+elli\s+batmarran\s+fiha,?\s+banam\s+aktar", "do I sleep longer after workout days than after rest days"),
    (r"fel-ayyam\s+elli\s+batmarran\s+fiha,?\s+bashrab\s+ahwa\s+aktar", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"meen\s+kan\s+fel\s+(.{2,80}?)\s+" + _ASKED_DAY + r"(?=\s*\?|$)", r"who was at the \1 meeting \2"),
    (r"motawasset\s+el-nabd\s+fel\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+kan\s+kam", r"what was my average heart rate during the \1 \2"),
    (r"^el\s+(.{2,80}?)\s+" + _ASKED_DAY + r"\s+fedel\s+kam\s+di['’]ee['’]a", r"how many minutes was the \1 meeting \2"),
    (r"^el\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+khad\s+kam\s+di['’]ee['’]a", r"how many minutes did the \1 \2 last"),
    (r"awwel\s+egtemaa\s+(.{0,40}?)\s*bada\s+emta", r"what time did my first meeting start \1"),
    (r"kan\s+andi\s+kam\s+egtemaa", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"fetert\s+eh", "what did I eat for breakfast"), (r"etasheit\s+eh", "what did I eat for dinner"),
    (r"^el-ghada\s+(.{2,50}?)\s+kan\s+eh", r"what did I eat for lunch \1"), (r"etghaddeit\s+feen", "where did I have lunch"),
    (r"el-asha\s+kan\s+feen", "where did I have dinner"),
    (r"nemt\s+kwayyes\s+walla\s+la", "how well did I sleep, good or poor"), (r"nemt\s+kam\s+saa", "how many hours did I sleep"),
    (r"nemt\s+el-saa\s+kam", "what time did I go to bed"), (r"sehit\s+emta", "what time did I wake up"),
    (r"etmarrant\s+eh", "what kind of workout did I do"),
    (r"sout\s+el-agala\s+kam\s+km", "how many km did I cycle"), (r"gereit\s+kam\s+km", "how many km did I run"),
    (r"oumt\s+kam\s+metr", "how far did I swim"),
    (r"el\s+(running|cycling|swimming|run|cycle|swim)\s+kollo\s+kam\s+km", r"how many km of \1 in total"),
    (r"etmarrant\s+kam\s+marra", "how many workouts did I do"),
    (r"shrebt\s+kam\s+fengan\s+ahwa", "how many coffees did I drink"), (r"el-caffeine\s+kollo\s+kam\s+mg", "how much caffeine in mg"),
    (r"awwel\s+fengan\s+ahwa\s+(.{0,40}?)\s*kan\s+emta", r"what time was my first coffee \1"),
    (r"akher\s+fengan\s+ahwa\s+(.{0,40}?)\s*shrebto\s+emta", r"what time was my last coffee \1"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"eh|feen|meen|emta|kam|ahwa|fengan|egtemaa|nemt|saa|etasheit|fetert|etghaddeit|el-ghada|el-asha|"
                           r"etmarrant|gereit|oumt|kollo|aktar|banam|bashrab|batmarran|sehit|rashah|ketab|esmo|shakar|mataam|"
                           r"tayyaret|hatenzel|aggel|hatkammel|asmaao|atfarrag|naal|etkallem|motawasset|el-nabd|khad|fedel|"
                           r"di['’]ee['’]a|andi|bada|shrebto|kwayyes|kan|fel|fih|anhi|baad|el-egtemaa|leila|lamma|atasha|baadha|a['’]all", least=2)
_FOLLOW_UPS = WordTable(((r"^wel-yom\s+elli\s+ablo\s*\??$", "and the day before?"),
                         (r"^wel-leila\s+elli\s+ablaha\s*\??$", "and the night before?"),
                         (r"^el-egtemaa\s+da\s+khad\s+ad\s+eh\s*\??$", "and how long was that meeting?"),
                         (r"^we\s+(?:ennaharda|today)\s+lehad\s+delwa['’]ti\s*\??$", "and today so far?"),
                         (r"^we\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?:on|today|yesterday|the\s+night\s+of)\b[^?]{0,30}?)\s*\?$",
                          r"and \1?")),  # "we Ana?", "we on 17/2/2037?" (not English "we ...")
                        r"ablo|ablaha|khad|delwa['’]ti|we(?=\s)", least=1)


def from_egyptian(text: str) -> str:
    """``text`` with its Egyptian Arabic days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
