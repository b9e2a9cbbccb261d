"""Tigrinya in Latin letters in an English question, put into English.

People in Asmara mix Tigrinya typed in Latin letters into English questions. The weekdays ("Senuy", "Selus", "Rebue", "Hamus",
"Arbi", "Qedam", "Senbet": Monday to Sunday) stand before a slashed date, alone or after "mealti" (the day of), or in brackets
after it ("28/02/2037 (Qedam)"); "lomi" before a date is today, "timali" before a weekday and its date yesterday, "ezi semun"
this week, "zihalefe semun" last week and "kab Senuy jemiru" since Monday; a night is "leyti Rebue 25/2/2037", "Rebue ameshay
25/02/2037" or "timali leyti, 7/3/2037" (last night). Those become English. The phrases that carry what is asked ("kendey saat
dekkisey" (how many hours did I sleep), "mesah abey beli'e" (where did I have lunch), "ab akeba X men neyru" (who was at the X))
become English too, where two of its own words say the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, SLASHED_DATE as _DATE, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WD = r"(senuy|selus|rebue|hamus|arbi|qedam|senbet)"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_ATE = r"beli['’]e"
_DAYS_OF = r"zi-gebirkulu\s+me['’]?altat"  # the days on which I trained

_DAY_RULES: tuple[tuple[str, object], ...] = (
    (r"leyti\s+" + _WD + r"\s+(" + _DATE + r")", r"the night of \2"),
    (_WD + r"\s+ameshay\s+(" + _DATE + r")", r"the night of \2"),
    (r"timali\s+leyti,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"kab\s+senuy\s+jemiru", "since Monday"), (r"ezi\s+semun", "this week"), (r"zihalefe\s+semun", "last week"),
    (r"timali\s+" + _WD + r"(?=\s+" + _DATE + r")", "yesterday"),
    (r"lomi(?=\s+\d)", "today"),
    (r"(?:mealti\s+)?" + _WD + r",?\s+(" + _DATE + r")", r"on \2"),
    (r"(" + _DATE + r")\s+\(" + _WD + r"\)", r"on \1"),
)
_DAYS = WordTable(_DAY_RULES, r"leyti|mealti|ameshay|lomi|timali|semun|jemiru|senuy|selus|rebue|hamus|arbi|qedam|senbet", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+zi-habereni\s+metshaf(?:,?\s+semu\s+intay\s+eyu)?", r"which book did \1 recommend"),
    (_NAME + r"\s+ke-rey\s+ile\s+zi-belani\s+film(?:\s+intay\s+eyu)?", r"which film did \1 recommend"),
    (_NAME + r"\s+zi-belani\s+podcast(?:\s+intay\s+eyu)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+ab\s+abey\s+beta-mgbi\s+ile\s+zi-megbeni", r"which restaurant did \1 recommend"),
    (r"nay\s+" + _NAME + r"\s+offsite\s+nab\s+abey\s+kete-ghe['’]az", r"where is the offsite now, according to \1"),
    (r"nay\s+" + _NAME + r"\s+nefarit\s+meas\s+ti-are['’]ef", r"when does \1's flight land"),
    (_NAME + r"\s+zi-amse['’]o\s+nish['’]ti\s+kelbi(?:,?\s+semu\s+intay\s+eyu)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+nay\s+(.{2,40}?)\s+launch\s+nab\s+ayenay\s+mealti\s+kete-ghe['’]az", r"what is the new date of the \2 launch according to \1"),
    (r"gual\s+" + _NAME + r"\s+ab\s+zims['’]e\s+birthday\s+kendey\s+amet\s+ti-kewn", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+beza['’]?eba\s+(.{2,60}?)\s+zi-zereba\s+mealti\s+dirar\s+intay\s+" + _ATE, r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"(\d+(?:\.\d+)?)\s*km\s+zi-(ran|cycled|swam|rode)\s+mealti\s+dirar\s+intay\s+" + _ATE, r"what did I eat for dinner on the day I \2 \1 km"),
    (r"akeba\s+(.{2,60}?)\s+zi-neyre\s+mealti\s+mesah\s+abey\s+" + _ATE, r"where did I have lunch on the day of the \1 meeting"),
    (r"leyti\s+nay\s+(.{2,60}?)\s+kendey\s+saat\s+dekkisey", r"how many hours did I sleep the night after the \1 meeting"),
    (r"dihri\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+zi-neyre\s+akeba\s+men\s+neyru", r"who was at the meeting right after the \1 \2"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+wey\s+(.{2,60}?),\s+ab\s+ayenay\s+leyti\s+zibezhe\s+dekkisey", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+wey\s+(.{2,60}?),\s+ab\s+ayenay\s+mealti\s+zibezhe\s+caffeine\s+neyru", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+wey\s+(.{2,60}?),\s+ab\s+ayenay\s+mealti\s+zibezhe\s+exercise\s+gebire",
     r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+kab\s+last\s+week\s+zibezhe\s+bun\s+setye\s+dye", "did I drink more coffee this week than last week"),
    (r"dihrawi\s+bun\s+" + _TIME + r"\s+wey\s+dihriu\s+kons,?\s+qulqul\s+dekkis\s+yinkis\s+dye", r"do I sleep less after coffee at \1 or later"),
    (r"dirar\s+" + _TIME + r"\s+wey\s+dihriu\s+kons,?\s+qulqul\s+dekkis\s+yinkis\s+dye", r"do I sleep less after dinner at \1 or later"),
    (r"caffeine\s+(\d{2,4})\s*mg\s+wey\s+zibezhe\s+zi-setyelulu\s+me['’]?altat,?\s+dekkisey\s+kemey\s+eyu",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"exercise\s+" + _DAYS_OF + r"\s+zibezhe\s+dekkis\s+dye", "do I sleep longer after workout days than after rest days"),
    (r"exercise\s+" + _DAYS_OF + r"\s+zibezhe\s+bun\s+setye\s+dye", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"ab\s+akeba\s+(.{2,80}?)\s+" + _ASKED_DAY + r"\s+men\s+neyru", r"who was at the \1 meeting \2"),
    (r"ab\s+(.{2,100}?)\s+" + _ASKED_DAY + r"\s+mangedi\s+nay\s+libbi\s+kendey\s+neyru", r"what was my average heart rate during the \1 \2"),
    (r"akeba\s+(.{2,80}?)\s+" + _ASKED_DAY + r"\s+kendey\s+dekika\s+wesdu", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _ASKED_DAY + r"\s+kendey\s+dekika\s+wesdu", r"how many minutes did the \1 \2 last"),
    (r"since\s+Monday\s+kulu\s+(\w+)\s+kendey\s+km\s+eyu", r"how many km of \1 in total since Monday"),
    (r"this\s+week\s+kendey\s+gize\s+exercise\s+gebire", "how many workouts did I do this week"),
    (r"qedamay\s+akeba\s+meas\s+jemiru", "what time did my first meeting start"), (r"kendey\s+akeba\s+neyruni", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (r"n-qurs\s+intay\s+" + _ATE, "what did I eat for breakfast"), (r"^mesah\s+(.{2,50}?)\s+intay\s+neyru", r"what did I eat for lunch \1"),
    (r"^dirar\s+(.{2,50}?)\s+intay\s+" + _ATE, r"what did I eat for dinner \1"), (r"mesah\s+abey\s+" + _ATE, "where did I have lunch"),
    (r"^dirar\s+(.{2,50}?)\s+abey\s+neyru", r"where did I have dinner \1"), (r"intay\s+exercise\s+gebire", "what kind of workout did I do"),
    (r"dekkis\s+tsebuq\s+neyru\s+wey\s+aykonen", "how well did I sleep, good or poor"), (r"kendey\s+saat\s+dekkisey", "how many hours did I sleep"),
    (r"meas\s+dekkisey", "what time did I go to bed"), (r"meas\s+tensiey", "what time did I wake up"),
    (r"b-bicycle\s+kendey\s+km\s+gesiseye", "how many km did I cycle"), (r"kendey\s+km\s+tetsare['’]e", "how many km did I run"),
    (r"kendey\s+metre\s+hambisey", "how far did I swim"),
    (r"kendey\s+sini\s+bun\s+setye", "how many coffees did I drink"), (r"kulu\s+caffeine\s+kendey\s+mg\s+neyru", "how much caffeine in mg"),
    (r"qedamay\s+bun\s+meas\s+setye", "what time was my first coffee"), (r"dihrawi\s+bun\s+meas\s+setye", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"intay|abey|meas|kendey|neyru|neyruni|beli['’]e|dekkisey|dekkis|saat|dekika|bun|sini|akeba|setye|mesah|dirar|"
                           r"n-qurs|wesdu|gebire|zibezhe|ayenay|metshaf|zi-belani|zi-habereni|kelbi|nefarit|kete-ghe['’]az|semu|eyu|"
                           r"gual|amet|tetsare['’]e|gesiseye|hambisey|tensiey|qedamay|dihrawi|jemiru|mangedi|libbi|zi-neyre|dihri|"
                           r"qulqul|yinkis|kons|dihriu|me['’]?altat|zi-gebirkulu|kemey|kulu|gize|tsebuq|aykonen|beza['’]?eba|zi-zereba|beta-mgbi|zi-megbeni",
                   least=2)
_FOLLOW_UPS = WordTable(((r"^mealti\s+qidmiu\s+ke\s*\??$", "and the day before?"),
                         (r"^leyti\s+qidmiu\s+ke\s*\??$", "and the night before?"),
                         (r"^ezi\s+akeba\s+kendey\s+wesidu\s*\??$", "and how long was that meeting?"),
                         (r"^lomi\s+kab\s+hiji\s+ke\s*\??$", "and today so far?"),
                         (r"^nay\s+(.{1,40}?)\s+ke\s*\?$", r"and \1?")),  # "nay Ana ke?", "nay on 17/2/2037 ke?"
                        r"qidmiu|wesidu|hiji|ke(?=\s*\?)", least=1)


def from_tigrinya(text: str) -> str:
    """``text`` with its Tigrinya days, and the phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
