"""Mandarin in pinyin (no tone marks) in an English question, put into English.

People in mainland China mix pinyin into English questions. The weekdays ("Zhouyi", "Zhouer", "Zhousan", "Zhousi", "Zhouwu",
"Zhouliu", "Zhouri": Monday to Sunday) stand before a year-first slashed date, with or without brackets ("Zhouer 2037/2/10"),
after a date in characters ("2月10日 Zhouer") or before "na tian" (that day), a comma and a date in characters; "jintian" is
today, "zuotian" yesterday, "zhege xingqi" this week, "shang xingqi" last week and "cong Zhouyi kaishi" since Monday; a night
is "Zhouer wanshang 2037/2/10", "2月10日 Zhouer yeli" or "zuotian wanshang, 2037/2/10" (last night). Those become English (the
dates themselves are read by ``dates``). The phrases that carry what is asked ("shui le ji ge xiaoshi" (how many hours did I
sleep), "wufan zai nali" (where was lunch), "you shei lai le" (who came)) become English too, where two of its own words say
the question is in it.
"""

from __future__ import annotations

from server.answers.word_tables import ENGLISH_DAY as _ASKED_DAY, WordTable, remark_after

_NAME = r"((?-i:[A-Z])[\w'’]*)"
_WEEKDAYS = {"zhouyi": "Monday", "zhouer": "Tuesday", "zhousan": "Wednesday", "zhousi": "Thursday", "zhouwu": "Friday",
             "zhouliu": "Saturday", "zhouri": "Sunday"}
_WD = r"((?-i:Z)hou(?:yi|er|san|si|wu|liu|ri))"
_DATE = r"\d{4}/\d{1,2}/\d{1,2}"
_HAN = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
_MEAL = r"(zaofan|wufan|wanfan)"
_MEALS = {"zaofan": "breakfast", "wufan": "lunch", "wanfan": "dinner"}
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"


def _meal(word: str) -> str:
    return _MEALS[word.lower()]


_DAY_RULES: tuple[tuple[str, object], ...] = (
    (_WD + r"\s+wanshang\s+(" + _DATE + r")", r"the night of \2"),
    (r"(" + _HAN + r")\s+" + _WD + r"\s+yeli", r"the night of \1"),
    (r"(?-i:zuotian)\s+wanshang,?\s+(" + _DATE + r")", r"the night of \1"),
    (r"cong\s+(?-i:Z)houyi\s+kaishi", "since Monday"), (r"zhege\s+xingqi", "this week"), (r"shang\s+(?:ge\s+)?xingqi", "last week"),
    (_WD + r"\s+na\s+tian,\s+(" + _HAN + r")", r"on \2"),
    (r"(" + _HAN + r")\s+" + _WD, r"on \1"),
    (_WD + r",?\s+\(?(" + _DATE + r")\)?", r"on \2"),
    (r"(?-i:jintian)(?=\s+\d)", "today"), (r"(?-i:zuotian)\s+" + _WD + r"(?=\s+\d)", "yesterday"),
)
_DAYS = WordTable(_DAY_RULES, r"zhouyi|zhouer|zhousan|zhousi|zhouwu|zhouliu|zhouri|jintian|zuotian|wanshang|xingqi", least=1)

_ASKED: tuple[tuple[str, object], ...] = (
    # what someone said
    (_NAME + r"\s+tuijian\s+de\s+shu(?:,?\s+shi\s+na\s+yi\s+ben)?", r"which book did \1 recommend"),
    (_NAME + r"\s+shuo\s+de\s+dianying(?:,?\s+jiao\s+shenme)?", r"which film did \1 recommend"),
    (_NAME + r"\s+tuijian\s+de\s+podcast(?:\s+shi\s+shenme)?", r"which podcast did \1 recommend"),
    (_NAME + r"\s+shuo\s+na\s+jia\s+fanguan\s+hao\s+chi", r"which restaurant did \1 recommend"),
    (_NAME + r"\s+ba\s+offsite\s+gaidao\s+nali(?:\s+qu\s+le)?", r"where is the offsite now, according to \1"),
    (_NAME + r"\s+de\s+feiji\s+jidian\s+dao", r"when does \1's flight land"),
    (_NAME + r"\s+xin\s+yang\s+de\s+xiao\s+gou(?:\s+jiao\s+shenme\s+mingzi)?", r"what is the name of \1's new dog"),
    (_NAME + r"\s+ba\s+(.{2,40}?)\s+de\s+launch\s+tuidao(?:\s+na\s+yi\s+tian)?", r"what is the new date of the \2 launch according to \1"),
    (_NAME + r"\s+de\s+nuer\s+xia\s+ci\s+shengri\s+ji\s+sui", r"how old will \1's daughter turn"),
    # days named by what happened
    (_NAME + r"\s+tidao\s+(.{2,60}?)\s+na\s+tian,?\s+" + _MEAL + r"\s+chi\s+(?:le\s+)?shenme",
     lambda m: f"what did I eat for {_meal(m[3])} on the day {m[1]} mentioned {m[2]}"),
    (r"(ran|cycled|swam|rode)\s+(\d+(?:\.\d+)?)\s*km\s+na\s+tian,?\s+" + _MEAL + r"\s+chi\s+(?:le\s+)?shenme",
     lambda m: f"what did I eat for {_meal(m[3])} on the day I {m[1]} {m[2]} km"),
    (r"kai\s+(.{2,60}?)\s+na\s+tian,?\s+" + _MEAL + r"\s+zai\s+nali", lambda m: f"where did I have {_meal(m[2])} on the day of the {m[1]} meeting"),
    (r"^(.{2,60}?)\s+na\s+tian\s+wanshang\s+shui\s+le\s+ji\s+ge\s+xiaoshi", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^((?:on|today|yesterday)(?:\s+\d{4}/\d{1,2}/\d{1,2}|\s+\d{1,2}\s*月\s*\d{1,2}\s*日)?),?\s+(.{2,100}?)\s+yihou\s+de\s+hui,?\s+you\s+shei", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s+haishi\s+(.{2,60}?),\s+na\s+ge\s+wanshang\s+shui\s+de\s+duo", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s+haishi\s+(.{2,60}?),\s+na\s+tian\s+kafeiyin\s+duo", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s+haishi\s+(.{2,60}?),\s+na\s+tian\s+yundong\s+shijian\s+chang", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"this\s+week\s+de\s+kafei\s+bi\s+last\s+week\s+duo(?:\s+ma)?", "did I drink more coffee this week than last week"),
    (r"zuihou\s+yi\s+bei\s+kafei\s+" + _TIME + r"\s+huo\s+geng\s+wan,?\s+shui\s+de\s+shao(?:\s+ma)?", r"do I sleep less after coffee at \1 or later"),
    (r"wanfan\s+" + _TIME + r"\s+huo\s+geng\s+wan,?\s+shui\s+de\s+shao(?:\s+ma)?", r"do I sleep less after dinner at \1 or later"),
    (r"kafeiyin\s+(\d{2,4})\s*mg\s+huo\s+geng\s+duo\s+de\s+tian,?\s+shui\s+de\s+zenmeyang",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"yundong\s+na\s+tian,?\s+shui\s+de\s+geng\s+jiu(?:\s+ma)?", "do I sleep longer after workout days than after rest days"),
    (r"yundong\s+na\s+tian,?\s+kafei\s+he\s+de\s+duo(?:\s+ma)?", "do I drink more coffee on workout days than on rest days"),
    # meetings and workouts named
    (r"^(.{2,80}?)\s+" + _ASKED_DAY + r"\s+you\s+shei\s+lai\s+le", r"who was at the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _ASKED_DAY + r"\s+de\s+pingjun\s+xinlv\s+duoshao", r"what was my average heart rate during the \1 \2"),
    (r"^(.{2,80}?)\s+" + _ASKED_DAY + r"\s+kai\s+le\s+duoshao\s+fenzhong", r"how many minutes was the \1 meeting \2"),
    (r"^(.{2,100}?)\s+" + _ASKED_DAY + r"\s+zuo\s+le\s+duoshao\s+fenzhong", r"how many minutes did the \1 \2 last"),
    (r"di\s+yi\s+ge\s+hui\s+jidian\s+kaishi", "what time did my first meeting start"),
    (r"kai\s+le\s+ji\s+ge\s+hui", "how many meetings did I have"),
    # meals, sleep, workouts, coffee
    (_MEAL + r"\s+(?:wo\s+)?chi\s+le\s+shenme", lambda m: f"what did I eat for {_meal(m[1])}"),
    (r"^" + _MEAL + r"\s+(.{2,50}?)\s+chi\s+de\s+shenme", lambda m: f"what did I eat for {_meal(m[1])} {m[2]}"),
    (_MEAL + r"\s+zai\s+nali(?:\s+chi\s+de)?", lambda m: f"where did I have {_meal(m[1])}"),
    (r"shui\s+de\s+hao\s+bu\s+hao", "how well did I sleep, good or poor"), (r"shui\s+le\s+ji\s+ge\s+xiaoshi", "how many hours did I sleep"),
    (r"jidian\s+shuijiao(?:\s+de)?", "what time did I go to bed"), (r"(?:wo\s+)?jidian\s+qichuang", "what time did I wake up"),
    (r"(?:wo\s+)?zuo\s+le\s+shenme\s+yundong", "what kind of workout did I do"),
    (r"qi\s+che\s+qi\s+le\s+ji\s+km", "how many km did I cycle"), (r"pao\s+le\s+duoshao\s+km", "how many km did I run"),
    (r"youyong\s+you\s+le\s+duoshao\s+mi", "how far did I swim"),
    (r"(running|cycling|swimming|run|cycle|swim)\s+yigong\s+ji\s+km", r"how many km of \1 in total"),
    (r"yundong\s+le\s+ji\s+ci", "how many workouts did I do"),
    (r"he\s+le\s+ji\s+bei\s+kafei", "how many coffees did I drink"), (r"kafeiyin\s+yigong\s+duoshao\s+mg", "how much caffeine in mg"),
    (r"di\s+yi\s+bei\s+kafei\s+jidian", "what time was my first coffee"),
    (r"zuihou\s+yi\s+bei\s+kafei\s+jidian(?:\s+he\s+de)?", "what time was my last coffee"),
    remark_after(("and", "or", "with", "which")),
)
_TABLE = WordTable(_ASKED, r"shenme|nali|shei|jidian|duoshao|shui|xiaoshi|fenzhong|kafei|kafeiyin|zaofan|wufan|wanfan|yundong|"
                           r"youyong|tuijian|dianying|fanguan|feiji|nuer|shengri|tidao|haishi|yigong|qichuang|shuijiao|pingjun|"
                           r"xinlv|mingzi|gaidao|tuidao|zenmeyang|wanshang|na\s+tian|you\s+shei|lai\s+le|(?:he|kai|chi|zuo|pao|qi|you)\s+le|le\s+ji|"
                           r"ji\s+(?:ci|ge|bei|sui)|duo\s+ma|chi\s+de|shui\s+de|de\s+kafei|yihou|de\s+hui", least=2)
_FOLLOW_UPS = WordTable(((r"^qian\s+yi\s+tian\s+ne\s*\??$", "and the day before?"),
                         (r"^qian\s+yi\s+ge\s+wanshang\s+ne\s*\??$", "and the night before?"),
                         (r"^na\s+ge\s+hui\s+kai\s+le\s+duo\s+jiu\s*\??$", "and how long was that meeting?"),
                         (r"^(?:jintian|today)\s+ne,?\s+dao\s+xianzai\s*\??$", "and today so far?"),
                         (r"^([^?]{2,40}?),?\s+ne\s*\??$", r"and \1?")),
                        r"ne|qian|xianzai|jiu", least=1)


def from_mandarin(text: str) -> str:
    """``text`` with its pinyin days, and the pinyin phrases that say what is asked, put into English."""
    return _FOLLOW_UPS.in_english(_TABLE.in_english(_DAYS.in_english(text), hinted_by=text))
