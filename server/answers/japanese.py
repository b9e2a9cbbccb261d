"""Japanese in its own script (kanji and kana) in an English question, put into English.

Japanese runs its words together, so these rules are read as plain patterns, not as a ``WordTable``'s whole words. A day
is a year-first date and its weekday's kanji in brackets ("2037/04/28(火)") or the weekday in full before it ("火曜日
2037/04/28"); "今日(2037/04/28)" is today, "昨日(火)" yesterday, "今週" this week and "先週" last week; a night is "火曜の夜
2037/04/28", "2037/04/28(火)の夜" or "ゆうべ(2037/04/28)" (last night). A name takes "さん". The phrases that carry what is
asked ("何時間寝た" (how many hours did I sleep), "lunch はどこで食べた" (where did I eat lunch), "X、誰が出てた" (who was at
X)) become English; only a question holding kana or kanji is read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_YMD = r"\d{4}/\d{1,2}/\d{1,2}"
_WD = r"[月火水木金土日]"
_NAME = r"([A-Za-z][A-Za-z'’-]*)さん"
_TIME = r"(\d{1,2}(?::\d\d)?\s*[ap]m)"
_DAY = r"((?:on|today|yesterday)(?:\s+" + _YMD + r")?|the\s+night\s+of\s+" + _YMD + r"|last\s+night)"
"""A day once put into English ("on 2037/04/28", "today", "the night of 2037/04/28"): a group."""
_MEAL = {"朝ごはん": "breakfast", "朝食": "breakfast", "昼ごはん": "lunch", "lunch": "lunch", "夕飯": "dinner", "晩ごはん": "dinner"}
_MEALS = r"(朝ごはん|朝食|昼ごはん|lunch|夕飯|晩ごはん)"
_VERBS = {"running": "run", "run": "run", "cycling": "cycle", "cycle": "cycle", "swimming": "swim", "swim": "swim"}
Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _rules(pairs: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...]) -> tuple[Rule, ...]:
    return tuple((re.compile(pattern, re.I), repl) for pattern, repl in pairs)


def _meal(english: str, meal: int, day: int) -> Callable[[re.Match[str]], str]:
    return lambda m: f"{english} {_MEAL[m[meal].lower()]} {m[day] or ''}".rstrip()


_DAYS = _rules((
    (r"(" + _YMD + r")\(" + _WD + r"\)の夜", r"the night of \1"),
    (_WD + r"曜(?:日)?の夜\s*(" + _YMD + r")", r"the night of \1"),
    (r"ゆうべ\((" + _YMD + r")\)", r"the night of \1"), (r"ゆうべ", "last night"),
    (r"今日\(" + _YMD + r"\)", "today"), (r"昨日\(" + _WD + r"\)", "yesterday"),
    (r"(" + _YMD + r")\(" + _WD + r"\)", r"on \1"), (_WD + r"曜日\s*(" + _YMD + r")", r"on \1"),
    (r"今週", "this week "), (r"先週", "last week "),
))
_ASKED = _rules((
    # what someone said
    (_NAME + r"が?(?:おすすめしてた|見ろって言ってた|聞けって言ってた|読めって言ってた)\s*(book|film|podcast)、?\s*\S*?(?:何|なに|なん)\S*?(?=\?|$)",
     r"which \2 did \1 recommend"),
    (_NAME + r"おすすめの\s*restaurant\s*ってどこだった", r"which restaurant did \1 recommend"),
    (_NAME + r"が\s*offsite\s*の場所変わったって言ってたけど、?結局どこ", r"where is the offsite now, according to \1"),
    (_NAME + r"の\s*flight、?\s*何時に着く", r"when does \1's flight land"),
    (_NAME + r"ちの\s*dog、?\s*名前なんだっけ", r"what is the name of \1's new dog"),
    (r"^(.{2,40}?)\s*の\s*launch、\s*" + _NAME + r"が延びたって言ってたけど、?いつに変わった", r"what is the new date of the \1 launch according to \2"),
    (_NAME + r"の娘さん、?次の\s*birthday\s*で何歳になる", r"how old will \1's daughter turn"),
    # days named by what happened
    (r"(ran|cycled|swam|rode|walked)\s+(\d+(?:\.\d+)?)\s*km\s*の日、?\s*夕飯って何だった", r"what did I eat for dinner on the day I \1 \2 km"),
    (_NAME + r"が\s*(.{2,60}?)\s*の話してた日、?\s*夕飯何食べた", r"what did I eat for dinner on the day \1 mentioned \2"),
    (r"^(.{2,60}?)\s*があった日、?\s*lunch\s*どこで食べた", r"where did I have lunch on the day of the \1 meeting"),
    (r"^(.{2,60}?)\s*の日の夜、?\s*何時間寝れた", r"how many hours did I sleep the night after the \1 meeting"),
    (r"^" + _DAY + r"、\s*(.{2,100}?)\s*終わってから次の\s*meeting、?\s*誰が出てた", r"who was at the meeting right after the \2 \1"),
    # comparisons and habits
    (r"^(.{2,60}?)\s*と\s*(.{2,60}?)、?\s*どっちが長く寝てた", r"which night did I sleep longer, \1 or \2, with the hours of each"),
    (r"^(.{2,60}?)\s*と\s*(.{2,60}?)、?\s*caffeine\s*多かったのどっち", r"which day had more caffeine, \1 or \2, with the mg of each"),
    (r"^(.{2,60}?)\s*と\s*(.{2,60}?)、?\s*workout\s*長かったのどっち", r"which workout was longer, \1 or \2, with the minutes of each"),
    (r"^this\s+week\s*の\s*coffee、?\s*last\s+week\s*より多い", "did I drink more coffee this week than last week"),
    (_TIME + r"\s*以降に\s*coffee\s*飲むと、?\s*sleep\s*短くなる", r"do I sleep less after coffee at \1 or later"),
    (_TIME + r"\s*以降に夕飯だと、?\s*睡眠時間減る", r"do I sleep less after dinner at \1 or later"),
    (r"(\d{2,4})\s*mg\s*以上\s*caffeine\s*とった日って、?\s*その夜短い", r"how do I sleep after days of \1 mg of caffeine or more compared to other nights"),
    (r"workout\s*した日の夜、?\s*長く寝てる", "do I sleep longer after workout days than after rest days"),
    (r"workout\s*の日って\s*coffee\s*多めに飲んでる", "do I drink more coffee on workout days than on rest days"),
    # the week
    (r"this\s+week\s*、\s*(\w+)\s*で合計何\s*km", lambda m: f"how many km did I {_VERBS.get(m[1].lower(), m[1])} this week"),
    (r"this\s+week\s*workout\s*何回やった", "how many workouts did I do this week"), (r"(?<=\?)\s*月曜から(?:数えて)?\s*$", ""),
    # a day's meals, sleep, workouts, coffee and meetings
    (r"^" + _DAY + r"\s*(?:の|、)?\s*" + _MEALS + r"(?:\s*は)?、?\s*どこで食べた(?:っけ)?", _meal("where did I have", 2, 1)),
    (r"^" + _DAY + r"\s*(?:の|、)?\s*" + _MEALS + r"、?\s*(?:何|なに)\s*(?:食べた(?:っけ)?|だった)", _meal("what did I eat for", 2, 1)),
    (r"^" + _DAY + r"\s*はどんな\s*workout\s*やった", r"what kind of workout did I do \1"),
    (r"^" + _DAY + r"\s*の\s*(.{2,100}?)、\s*心拍数の平均いくつ", r"what was my average heart rate during the \2 \1"),
    (r"^" + _DAY + r"\s*の\s*(.{2,100}?)、\s*何分やった", r"how many minutes did the \2 \1 last"),
    (r"^" + _DAY + r"\s*の\s*(.{2,80}?)、\s*何分かかった", r"how many minutes was the \2 meeting \1"),
    (r"^" + _DAY + r"\s*の\s*(.{2,80}?)、\s*誰が出てた", r"who was at the \2 meeting \1"),
    (r"^" + _DAY + r"、\s*sleep\s*の質どうだった(?:\?\s*よく寝れた)?", r"how well did I sleep \1, good or poor"),
    (r"^" + _DAY + r"\s*は何時間寝た", r"how many hours did I sleep \1"),
    (r"^" + _DAY + r"、\s*何時に寝た", r"what time did I go to bed \1"),
    (r"^" + _DAY + r"、\s*何時に起きた", r"what time did I wake up \1"),
    (r"^" + _DAY + r"、\s*何\s*km\s*走った", r"how many km did I run \1"),
    (r"^" + _DAY + r"、\s*bike\s*で何\s*km\s*漕いだ", r"how many km did I cycle \1"),
    (r"^" + _DAY + r"、\s*何\s*m\s*泳いだ", r"how far did I swim \1"),
    (r"^" + _DAY + r"、\s*coffee\s*何杯飲んだ", r"how many coffees did I drink \1"),
    (r"^" + _DAY + r"\s*の\s*caffeine、\s*合計何\s*mg", r"how much caffeine in mg \1"),
    (r"^" + _DAY + r"\s*は\s*meeting\s*いくつあった", r"how many meetings did I have \1"),
    (r"^" + _DAY + r"、\s*最初の\s*coffee\s*何時だった", r"what time was my first coffee \1"),
    (r"^" + _DAY + r"、\s*最後に\s*coffee\s*飲んだの何時", r"what time was my last coffee \1"),
    (r"^" + _DAY + r"、\s*一番最初の\s*meeting\s*何時スタート", r"what time did my first meeting start \1"),
    # follow-ups
    (r"^その前の日は\s*\?$", "and the day before?"), (r"^その前の夜は\s*\?$", "and the night before?"),
    (r"^その\s*meeting、?\s*何分だった\s*\?$", "and how long was that meeting?"), (r"^今日は\s*\?$", "and today so far?"),
    (r"^" + _NAME + r"だと\s*\?$", r"and \1?"), (r"^" + _DAY + r"\s*だと\s*\?$", r"and \1?"),
))


def from_japanese(text: str) -> str:
    """``text`` with its Japanese days, and the phrases that say what is asked, put into English (as it is when it holds no
    kana or kanji)."""
    if not _KANA.search(text):
        return text
    for rules in (_DAYS, _ASKED):
        for pattern, repl in rules:
            text = pattern.sub(repl, text)
    return re.sub(r"\s{2,}", " ", text).strip()
