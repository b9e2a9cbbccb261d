"""Formal and headline wordings of a question, put plainly: "reckon the minutes given to the X" (how long was the X),
"of how many hours did my sleep X consist" (how many hours did I sleep X), "the first of my meetings" (my first
meeting), "from Monday to this hour" (since Monday); a headline's "Mg Apiece", "Rising Or Falling", "300
Mg-Plus", "Follow-Up: Said Meeting Ran How Long?" (in lower case by then). Pure functions of the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from server.answers.archaic import in_plain_archaic
from server.answers.self_named import SELF_NAMED

_NAME = r"((?-i:[A-Z])[\w'’]+)"
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, flags), repl) for pattern, repl, flags in (
    (r"\breckon\s+the\s+minutes\s+given\s+to\s+the\b", "how long was the", re.I),
    (r"\bwhich\s+of\s+([^?]{2,60}?)\s+and\s+(?=[^?]{2,60}?\b(?:more|greater|longer|shorter|less|fewer|higher|lower|heavier)\b)",
     r"which of \1 or ", re.I),  # "which of Monday and Tuesday held the greater caffeine"
    (r"\bthe\s+(?:name\s+of\s+the\s+)?eating\s+(?:house|place)\s+(?:that\s+)?" + _NAME + r"\s+put\s+forward\b",
     r"the restaurant \1 recommended", 0),
    (r"\bwhat\s+span\s+of\s+time\s+the\s+(.{2,60}?)\s+occupied\b", r"how long the \1 lasted", 0),
    (r"\bthe\s+time\s+(that|the)\s+(meeting|session|workout)\s+occupied\b", r"how long \1 \2 lasted", re.I),
    # a follow-up opened by "Similarly": "Similarly, in the case of Owen.", "Similarly, for today up to this hour."
    # "Pray put the same enquiry again, a day further back.", "..., touching Friday.", "Pray add how many minutes that meeting lasted."
    (r"^pray\s+put\s+the\s+same\s+(?:enquiry|inquiry|question)\s+again,?\s+(?:moved\s+)?(?:a|one)\s+(day|night)\s+(?:further|farther|earlier)(?:\s+back)?\b.*$",
     r"and the \1 before?", re.I),
    (r"^pray\s+put\s+the\s+same\s+(?:enquiry|inquiry|question)\s+again,?\s+(?:as\s+regards|for)\s+today\b.*$", "and today so far?", re.I),
    (r"^pray\s+put\s+the\s+same\s+(?:enquiry|inquiry|question)\s+again,?\s+(?:touching|regarding|concerning|as\s+regards|for|of)\s+([^.?!]{2,40}?)\s*[.?!]?$",
     r"and \1?", re.I),
    (r"^pray\s+add\s+how\s+(?:many\s+minutes|long)\s+that\s+(meeting|session)\s+(?:lasted|ran|took)\b.*$", r"and how long was that \1?", re.I),
    (r"^similarly,?\s+(?:in\s+the\s+case\s+of|for|as\s+(?:to|regards|for))\s+([^.?!]{2,40}?)\s*[.?!]?$", r"and \1?", re.I),
    (r"^similarly,?\s+([^.?!]{2,60}?)\s*[.?!]?$", r"and \1?", re.I),
    (r"\b(?:what\s+time|when)\s+did\s+(?:they|it|he|she|(?:the|my)\s+\w+)\s+(?:actually\s+|finally\s+)?(?:get|wake)\s+me\s+up\b",
     "what time did I wake up", re.I),
    (r"^" + _NAME + r"\s+(?:talked|spoke)\s+(?:about|of)\s+(.{2,40}?)\s+(?:while|as|when)\b[^.?!]*\.\s+what\s+was\s+on\s+my\s+plate\s+"
     r"(?:that\s+evening|at\s+dinner)(?:,?\s+the\s+day\s+of\s+that\s+(?:chat|talk|conversation))?\?", r"what did I eat for dinner on the day \1 mentioned \2?",
     re.I),
    (r"^the\s+(.{2,60}?)\s+meeting\s+[^.?!]*\.\s+(?:over|during|in|through)\s+the\s+night\s+that\s+followed,?\s+what\s+was\s+my\s+sleep\s+in\s+hours\?",
     r"how many hours did I sleep the night after the \1 meeting?", re.I),
    # "Step back one market day and ask again.": a word may stand before the day
    (r"^(?:run|roll|wind|take|pull|step|move|lead|walk|bring)\s+(?:it\s+|the\s+\w+\s+)?back\s+(?:a|one|another)(?:\s+more)?(?:\s+\w+)?\s+(day|night)\b.*$",
     r"and the \1 before?", re.I),
    (r"^apply\s+that\s+question\s+afresh\s+to\s+the\s+(?:length|duration)\s+of\s+that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^(?:apply\s+that\s+question\s+afresh\s+to|now\s+ask\s+it\s+of|do\s+that\s+one\s+over,?\s+but\s+for|carry\s+the\s+same\s+enquiry\s+over\s+to"
     r"|cast\s+the\s+same\s+net\s+over)\s+([^.?!]{2,40}?)(?:\s+instead)?\s*(?:[.?!].*)?$",
     r"and \1?", re.I),
    (r"^extend\s+the\s+(?:said\s+)?(?:enquiry|inquiry|question)\s+to\s+the\s+length\s+of\s+that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^(?:extend\s+the\s+(?:said\s+)?(?:enquiry|inquiry|question)\s+to|ask\s+it\s+afresh\s+of"
     r"|i\s+put\s+that\s+(?:very\s+)?question\s+again,?\s+(?:this\s+time\s+)?(?:of|for|about))\s+", "and ", re.I),
    # "Was the sleep I had the night of X sound or broken?", "What went on the table that evening X?"
    (r"\bwas\s+(?:the|my)\s+sleep\s+(?:I\s+(?:had|got)\s+)?(.{2,60}?)\s+(?:sound|restful|deep|good)\s+or\s+(?:broken|restless|fitful|poor|disturbed)\b",
     r"how well did I sleep \1, good or poor", re.I),
    (r"\bwhat\s+went\s+on\s+the\s+table\s+(?:that|this|in\s+the)\s+evening\b", "what did I eat for dinner", re.I),
    # "whether my coffee of this week outruns that of the previous", "Is my coffee count up this week on the week before?"
    (r"\b(?:whether|is)\s+my\s+coffee(?:\s+count)?\s+(?:of\s+this\s+week\s+)?(?:outruns|exceeds|tops|is\s+up|up|(?:this\s+week\s+)?(?:is\s+)?ahead\s+of(?:\s+what\s+it\s+was)?)(?:\s+this\s+week)?\s+(?:on\s+)?"
     r"(?:that\s+of\s+)?(?:the\s+previous(?:\s+week|\s+one)?|the\s+week\s+before|last\s+week)\b", "did I drink more coffee this week than last week", re.I),
    (r"\b(?:whether|do|does)\s+(?:days|a\s+day)\s+of\s+(?:exercise|training|sport)\s+(?:raises?|increases?|lifts?)\s+my\s+(?:consumption\s+of\s+coffee"
     r"|coffee(?:\s+(?:intake|consumption|drinking))?)\b", "do I drink more coffee on workout days than on rest days", re.I),
    # "Run it again ...": the question asked again (not a run); what changes follows
    (r"^(?:run|do|ask|try)\s+(?:it|that|this|the\s+same)\s+(?:one\s+)?again,?\s+(?=\S)", "and ", re.I),
    # "At what hour did the alarm drag me out today?": when I woke
    (r"\b(?:at\s+what\s+(?:hour|time)|what\s+time|when)\s+did\s+(?:the|my|that)\s+(?:alarm|horn|bell|rooster)\s+(?:drag|pull|haul|get|turf|kick)\s+me\s+(?:out|off)"
     r"(?:\s+(?:of\s+bed|(?:the|my)\s+(?:pillow|mattress|mat|bed|bunk)))?\b",
     "what time did I wake up", re.I),
    # "Kwame went on about Search Engine once. What did I have to eat in the evening of that day?", "Bea once spoke to me of X.
    # I would be most obliged to know what I had for dinner that same day.": the day they mentioned it
    (r"(?:^|(?<=[.!?]\s))((?-i:[A-Z])[\w'’]+)\s+(?:once\s+|at\s+one\s+time\s+)?(?:went\s+on|talked|spoke|rambled\s+on|banged\s+on|kept\s+on|discoursed)(?:\s+to\s+me)?\s+(?:about|of|upon)\s+"
     r"([^.?!]{2,40}?)(?:\s+once|\s+one\s+day)?\.\s+([^.?!]*?)(?:\s+on)?\s*\b(in\s+the\s+evening\s+of\s+)?(?:that|the)\s+(?:same\s+)?day(?=\s*[.?!]|$)",
     lambda m: re.sub(r"\bwhat\s+did\s+I\s+(?:have\s+to\s+)?eat$", "what did I eat for dinner", m[3], flags=re.I) + f" on the day {m[1]} mentioned {m[2]}"
     if m[4] else f"{m[3]} on the day {m[1]} mentioned {m[2]}", re.I),
    (r"\bwhat\s+did\s+I\s+(?:have\s+to\s+|end\s+up\s+)?eat(?:ing)?\s+in\s+the\s+evening\b", "what did I eat for dinner", re.I),
    (r"\bwhether\s+my\s+coffee\s+(?:rises|goes\s+up|increases)\s+on\s+(?:those\s+)?days\s+(?:on\s+which|when)\s+I\s+(?:take\s+exercise|exercise|train|work\s+out)\b",
     "do I drink more coffee on workout days than on rest days", re.I),
    (r"^(?:go\s+)?back\s+(?:one|a)\s+(day|night)\b[^?]*[.!?]?$", r"and the \1 before?", re.I),  # "Back one day on the road, please."
    # "How many minutes of talk did the Team retro hold me for X?", "the company that assembled for the X"
    (r"\bhow\s+many\s+minutes(?:\s+of\s+(?:talk|chat|discussion))?\s+did\s+the\s+(.{2,60}?)\s+(?:hold|keep)\s+me(?:\s+for)?\b",
     r"how many minutes was the \1 meeting", re.I),
    (r"\bthe\s+company\s+that\s+(?:assembled|gathered|met|sat)\s+(?:for|at|in)\s+the\b", "who was at the", re.I),
    (r"\bwhether\s+(?:(?:a\s+day|days)\s+of\s+(?:exercise|training)|(?:exertion|exercise|training)\s+by\s+day)\s+(?:lengthens?|extends?|increases?|prolongs?)\s+"
     r"(?:the\s+|my\s+)?(?:sleep|repose|rest|slumber)(?:\s+that\s+follows|\s+by\s+night)?\b",
     "do I sleep longer after workout days than after rest days", re.I),
    (r"\b(?:the\s+name\s+of\s+)?the\s+(?:establishment|eating\s+house|dining\s+(?:room|house))(?:\s+for\s+dining)?\s+(?:(?:which|that)\s+)?((?-i:[A-Z])[\w'’]+)\s+"
     r"(?:spoke\s+(?:so\s+)?(?:well|highly)\s+of|praised|recommended)", r"the restaurant \1 recommended", re.I),
    (r"\b(?:supping|dining)\s+at\b", "having dinner at", re.I),
    (r"\b(?:at\s+what\s+(?:hour|time)|when)\s+did\s+the\s+first\s+of\s+the\s+\w+\s+(?:sit\s+down|meet)\s+with\s+me\b", "what time did my first meeting start", re.I),
    (r"\bwhen\s+I\s+(?:sit\s+down\s+to\s+eat|eat\s+dinner|have\s+dinner|dine)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]m)\s+or\s+(?:after|later),?\s+is\s+"
     r"(?:the\s+night['’]s\s+|my\s+)?sleep\s+(?:thinner|shorter|less)(?:\s+for\s+it)?", r"do I sleep less after dinner at \1 or later", re.I),
    (r"\bonce\s+a\s+day['’]s\s+caffeine\s+reaches\s+(\d{2,4})\s*mg\s+or\s+(?:passes|exceeds|tops)\s+it,?\s+what\s+becomes\s+of\s+my\s+sleep",
     r"how do I sleep after days of \1 mg of caffeine or more compared to other nights", re.I),
    # "Same ride in another cabin with Zhoja 25.12 on the ticket.", "Same ride with Bea as the passenger this time."
    (r"^same\s+\w+(?:\s+in\s+another\s+\w+)?\s+with\s+((?:[^.?!]|\.(?=\d)){2,40}?)\s+(?:on\s+the\s+ticket|as\s+the\s+(?:passenger|rider)(?:\s+this\s+time)?)\s*[.?!]?$",
     r"and \1?", re.I),
    # "The very same question for Bea, if it please you.", "... for today reckoned up to this very moment, ..."
    (r"^the\s+(?:very\s+)?same\s+question\s+for\s+today\s+(?:reckoned|counted|taken)\s+up\s+to\s+(?:this|the)\s+(?:very\s+)?(?:moment|hour|minute)\b.*$",
     "and today so far?", re.I),
    (r"^the\s+(?:very\s+)?same\s+question\s+for\s+([^,.?!]{2,40}?),?\s+if\s+(?:it\s+)?(?:you\s+)?please(?:\s+you)?\s*[.?!]?$", r"and \1?", re.I),
    (r"\bthe\s+(night|day)\s+preceding\b(?!\s+(?:it|that|this)\b)", r"the \1 before", re.I),
    (r"\b(?:stands?|lies?|sits?)\s+above\s+or\s+below\s+(?:that\s+of\s+)?the\s+week\s+(?:preceding|before)\b",
     "is more or less than last week", re.I),
    (r"\bof\s+how\s+many\s+(hours|minutes)\s+did\s+my\s+sleep\s+(.{2,60}?)\s+consist\b", r"how many \1 did I sleep \2", re.I),
    (r"\bthe\s+(first|last)\s+of\s+my\s+(meeting|coffee|workout)s\b", r"my \1 \2", re.I),
    (r"\b(?:what\s+is\s+)?my\s+tally\s+of\s+running\s+(kilometres|kilometers|km|miles)\b", r"how many \1 did I run", re.I),
    (r"\bfrom\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:to|until|till)\s+(?:this\s+hour|now|the\s+present)\b", r"since \1", re.I),
    (r"\b(?:did|does)\s+(that|the)\s+(meeting|session)\s+sit\b", r"did \1 \2 last", re.I),
    (r"\bin\s+the\s+evening\s+after\s+(?=I\s+\w+ed\b|I\s+(?:ran|swam|rode)\b)", "for dinner on the day ", 0),  # "... after I cycled 15 km"
    (r"\b(each|it|they)\s+run\s+to\b", r"\1 last", re.I),  # "how many minutes did each run to": last, not a run
    (r"\bis\s+this\s+week['’]s\s+coffee(?:\s+count)?\s+(?:running\s+)?(?:ahead\s+of|above|over)\s+(?:last\s+week['’]?s?|the\s+week\s+(?:gone\s+by|before|just\s+gone))\b",
     "did I drink more coffee this week than last week", re.I),
    # "what I breakfasted upon Monday": what I ate for breakfast; "The X on Monday kept us talking for how many minutes?"
    (r"\bwhat\s+I\s+(breakfast|lunch|din|supp)ed\s+(?:up)?on\b",
     lambda m: "what did I eat for " + {"breakfast": "breakfast", "lunch": "lunch"}.get(m[1].lower(), "dinner"), re.I),
    (r"^the\s+(.{2,80}?)\s+kept\s+(?:us|me)(?:\s+\w+ing)?\s+(?:for\s+)?how\s+many\s+minutes\s*\?", r"how many minutes did the \1 last?", re.I),
    # "Under the quilt the night of 5 May at what hour?": when I went to bed; "The evening of the day when I ran 6 km, which dish was mine?"
    (r"(?:^|(?<=[.!]\s))(?:under|beneath|in\s+under)\s+the\s+(?:quilt|covers|duvet|blankets?|sheets)\s+(.{0,60}?)\s*(?:at\s+what\s+(?:hour|time)|when)\s*\?",
     r"what time did I go to bed \1?", re.I),
    (r"\bthe\s+(evening|noon|morning)\s+of\s+the\s+day\s+(?:when|that|on\s+which)\s+(I\s+\w+\s+\d+(?:\.\d+)?\s*km),?\s+(?:which|what)\s+"
     r"(?:dish|meal|food|plate)\s+(?:was\s+mine|did\s+I\s+(?:have|eat))",
     lambda m: f"what did I eat for {dict(evening='dinner', noon='lunch', morning='breakfast')[m[1].lower()]} on the day {m[2]}", re.I),
    (r"\bis\s+my\s+(coffee|caffeine)\s+count\s+running\s+ahead\s+of\s+last\s+week['’]?s?,?\s+or\s+behind\b",
     r"is my \1 count this week more than last week or less", re.I),
    (r"^[^:?]{0,60}\bcan(?:no|')?t?\s+tell\s+me\s+(?:this|that)(?:\s+one)?:\s*", "", re.I),  # "No chart can tell me this one: ..."
    (r"\bwhat\s+did\s+the\s+caffeine\s+add\s+up\s+to\b", "how much caffeine did I have", re.I),
    (r"\bwhen\s+" + _NAME + r"\s+(?:raised|brought\s+up)\s+", r"on the day \1 mentioned ", 0),
    (r"^[^.?!]*?\bafter\s+(I\s+(?:\w+ed|ran|swam|rode)\s+(?:[^.?!]|\.(?=\d)){1,30}?)\.\s+([^?]+?)\s+(?:for\s+me\s+)?that\s+day\?",
     r"\2 on the day \1?", 0),  # "My legs ached all evening after I cycled 35 km. What was on the dinner table that day?"
    (r"^I\s+(?:walked|came|went|got)\s+into\s+a\s+meeting\b[^.?!]*?\bfrom\s+(?:the\s+|my\s+)?([^.?!]{3,80}?)\.\s+who\b[^?]*\?",
     r"Who was at the meeting right after the \1?", re.I),
    (r"^I\s+(?:came|got|was)\s+back\s+from\s+(?:the\s+|my\s+)?((?:[^.?!]|\.(?=\d)){3,80}?)(?:\s+with\s+[^.?!]*)?\.\s+who\b[^?]*?"
     r"\bmeeting\s+(?:that\s+)?I\s+(?:went|headed|walked|rushed|hurried)\s+(?:in)?to\s+next\?", r"Who was at the meeting right after the \1?", re.I),
    (r"\bwhose\s+company\s+I\s+kept\s+at\b", "who was at", re.I),
    (r"\b(?-i:W)hose\s+faces\s+(?:were|did\s+I\s+see)\s+(?:a?round|at)\s+(?:the\s+table\s+)?at\b", "Who was at", re.I),
    (r"\b(?-i:w)hose\s+faces\s+(?:were|did\s+I\s+see)\s+(?:a?round|at)\s+(?:the\s+table\s+)?at\b", "who was at", re.I),
    (r"\b(?:exceeded|exceeds)\s+in\s+length\b", "was longer than", re.I), (r",?\s+or\s+fell\s+short\s+of\s+it\b", " or shorter", re.I),
    (r"\bwhat\s+time\s+was\s+I\s+on\s+my\s+feet\b", "what time did I get up", re.I),
    (r"\b(?:in\s+)?the\s+(?:current|present)\s+week\b|(?<!the\s)\bcurrent\s+week\b", "this week", re.I),
    (r"\b(?:that\s+of\s+)?the\s+week\s+(?:gone\s+by|just\s+gone|past)\b", "last week", re.I),
    (r"\bat\s+what\s+hour\s+did\s+my\s+head\s+(?:touch|hit|meet)\s+the\s+pillow\b", "what time did I go to bed", re.I),
    (r"^go\s+one\s+(day|night)\s+(?:further|farther)\s+back\b.*$", r"and the \1 before?", re.I),
    (r"^let\s+the\s+same\s+be\s+furnished\s+for\s+the\s+(day|night)\s+preceding(?:\s+it)?\s*[.?]?$", r"and the \1 before?", re.I),
    (r"^let\s+the\s+same\s+be\s+furnished\s+for\s+the\s+preceding\s+(day|night)\s*[.?]?$", r"and the \1 before?", re.I),
    (r"^let\s+the\s+same\s+be\s+furnished\s+(?:for|as\s+regards)\s+", "and ", re.I),
    (r"^I\s+went\s+(?:straight\s+)?from\s+(?:the\s+|my\s+)?((?:[^.?!]|\.(?=\d)){3,80}?)\s+to\s+a\s+meeting\b[^.?!]*\.\s+who\b[^?]*\?",
     r"Who was at the meeting right after the \1?", re.I),
    (r"\bof\s+the\s+two\s+days,?\s+(.{2,50}?)\s+and\s+(.{2,50}?),\s+which\s+(?:loaded|gave|put)\s+(?:me\s+)?(?:with\s+)?more\s+caffeine"
     r"(?:\s+in\s+me)?,?\s+with\s+the\s+milligrams\s+of\s+the\s+pair\b", r"which day had more caffeine, \1 or \2, with the mg of each", re.I),
    (r",?\s+(?:reckoned|counted|measured|expressed|stated)\s+(?:in|as|by\s+the)\s+(milligram|mg|minute|hour|kilometre|kilometer|km|metre|meter)s?\b"
     r"(?:,(?=\s+I\b))?", lambda m: f" in {m[1]}" + ("" if m[1].lower() in ("mg", "km") else "s"), re.I),  # "my caffeine intake on Monday, reckoned in milligrams" (or "by the milligram"): a unit, not what someone reckoned
    (r"^" + _NAME + r"\s+(?:brought\s+up|raised|mentioned|talked\s+about)\s+(.{2,40}?)\s+(?:while|as|when)\b[^.?!]*\.\s+"
     r"(what\s+was\s+my\s+(?:dinner|lunch|breakfast))\s+on\s+the\s+day\s+(?:that|this|it)\s+happened\?", r"\3 on the day \1 mentioned \2?", re.I), (r"\bthe\s+meeting\s+next\s+after\b", "the meeting right after", re.I),
    (r"\bexceeds\s+that\s+of\s+the\s+week\s+preceding\b", "is more than last week", re.I),
    (r"\bthe\s+(night|day)\s+previous\b(?!\s+to\b)", r"the \1 before", re.I),  # (not "the night previous to last night")
    (r"\b(?:put|set|place|lay)\s+((?:[^:;?]|\.(?=\d)){2,60}?)\s+(?:next\s+to|beside|alongside|side\s+by\s+side\s+with)\s+((?:[^:;?]|\.(?=\d)){2,60}?)(?=\s*[:;?]|\s*$)",
     r"compare \1 and \2", re.I),  # "Put Monday night next to Tuesday night: which got more?"
    (r"(?:^|(?<=[.!]\s))(?:eating|dining|having\s+dinner|dinner|supper)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+(?:past\s+it|later|after)\s*[:,-]\s*"
     r"(?:is|are)\s+my\s+(?:sleep|nights?)\s+(?:the\s+)?(?:poorer|shorter|worse|less)\b[^?]*\?", r"do I sleep less after dinner at \1 or later?", re.I),
    (r"(?:^|(?<=[.!]\s))(?:drinking\s+coffee|coffee|a\s+(?:cup|coffee))\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+(?:past\s+it|later|after)\s*[:,-]\s*"
     r"(?:is|are)\s+my\s+(?:sleep|nights?)\s+(?:the\s+)?(?:poorer|shorter|worse|less)\b[^?]*\?", r"do I sleep less after coffee at \1 or later?", re.I),
    (r"(?:^|(?<=[.!]\s))which\b[^,?]*?\b(?:the\s+)?(?:most|more)\s+(coffee|cups)\b[^,?]*,\s*((?:\w+\s+)?days(?:\s+off)?)\s+or\s+((?:\w+\s+)?days(?:\s+off)?)\s*\?",
     r"do I drink more coffee on \2 than on \3?", re.I),  # "Which see me drink the most coffee, training days or days off?"
    (r"\bthe\s+(film|book|podcast|restaurant)\s+" + _NAME + r"\s+(?:held|said|thought|maintained|insisted|swore|declared|claimed)\s+"
     r"(?:that\s+)?I\s+(?:ought|should|must|had)\b[^.?!]*", r"which \1 did \2 recommend", 0),  # "the film Malik held I ought not to miss"
    (r"^(?i:the\s+(?:like|same)\s+(?:for|as\s+regards|in\s+the\s+case\s+of))\s+" + _NAME + r"\s*[.?!]?$", r"and \1?", 0),  # "The like for Tom."
    (r"\bthe\s+date\s+" + _NAME + r"\s+(?:now\s+)?(?:assigns|gives|sets|puts)\s+(?:to\s+)?the\s+(?:deferred\s+|delayed\s+|postponed\s+|moved\s+)?"
     r"(.{2,30}?)\s+launch\b", r"what is the new date of the \2 launch according to \1", 0),  # "the date Kwame now assigns to the deferred X launch"
    (r"\b(?:what\s+)?(?:kilomet(?:re|er)s?|km|distance)\s+(?:count\s+)?did\s+my\s+(?:own\s+)?(?:two\s+)?(?:feet|legs)\s+(?:put\s+up|cover|do|manage|clock)\b",
     "how many km did I run", re.I),  # "What kilometre count did my own two feet put up yesterday?"
    (r"\bthe\s+day\s+my\s+(?:own\s+)?(?:legs|feet)\s+(ran|covered)\b", r"the day I ran", re.I),
    (r"\bwhose\s+(?:heads|faces|names)\s+(?:could|did|would|might)\s+I\s+(?:have\s+)?(?:counted|count|seen|see|signed|sign)\s+(?:in\s+)?at\b",
     "who was at", re.I),
    (r"\b(?:which|what)\s+people\s+(?:sat|were)\s+in\s+the\s+meeting\s+that\s+followed\b", "who was at the meeting", re.I),
    (r"\bwith\s+((?:the|my)\s+(?:[^,?]|\.(?=\d)){2,80}?)\s+behind\s+me\b", r"right after \1", re.I),
    (r"\bthe\s+(?:count|number|tally)\s+of\s+meetings\s+I\s+(?:was\s+party\s+to|took\s+part\s+in|attended|sat\s+in)\b", "how many meetings I had", re.I),
    (r"\bdid\s+my\s+feet\s+(?:touch|hit|meet)\s+the\s+(?:\w+\s+)?(?:floor|ground|boards)\b", "did I get up", re.I),
    (r"\bfinal\s+(coffee|cup|espresso|meeting|workout)\b", r"last \1", re.I),
    (r"\bwhat\s+(?:filled|was\s+on|ended\s+up\s+on)\s+my\s+plate\s+in\s+the\s+evening\b(?!\s+of\b)", "what did I eat for dinner", re.I),
    (r"\bmy\s+(?:midday|noonday|noon)\s+(?:food|meal|fare|plate)\b", "lunch", re.I),
    (r"\bwhere\s+did\s+(?:my\s+)?(lunch|dinner|supper|breakfast)\s+(?:happen|take\s+place)\b", r"where did I have \1", re.I),
    (r"\bwhat\s+happens\s+to\s+my\s+(?:night|nights|sleep)\b", "how do I sleep", re.I),
    (r"\b(what\s+time|when)\s+did\s+I\s+turn\s+in\b", r"\1 did I go to bed", re.I),
    (r"^(?:at\s+)?(?:midday|noon|lunchtime)\b[^.?!]*[.!]\s+which\s+food\s+filled\s+that\s+(?:\w+\s+)?(?:hour|break|pause|rest)\b",
     "what did I eat for lunch", re.I),  # "Midday is quiet at the bathhouse. Which food filled that quiet hour X?"
    (r"\bsince\s+the\s+week\s+(?:opened|began|started)\b", "this week", re.I),
    (r"\b" + _NAME + r"\s+went\s+on(?:\s+and\s+on)?\s+about\s+(.{2,40}?)\s+one\s+day\.\s+which\s+(dinner|lunch|breakfast|supper)\s+did\s+I\s+"
     r"sit\s+down\s+to\s+(?:on\s+)?the\s+(?:evening|day)\s+of\s+that\s+(?:talk|chat|conversation)\b", r"what did I eat for \3 on the day \1 mentioned \2", re.I),
    (r",?\s+by\s+the\s+clock\b(?=\s*[?.!]|\s*$)", "", re.I),  # "What time did I turn in last night by the clock?"
    (r"\bis\s+this\s+week['’]s\s+(coffee|caffeine)(?:\s+(?:count|tally))?\s+(?:above|over|beyond|higher\s+than|more\s+than)\s+last\s+week['’]s",
     r"did I drink more \1 this week than last week", re.I),
    (r"^(?:shift|move|push|set)\s+it\s+(?:back\s+)?one\s+(day|night)\s+(?:earlier|back)\b.*$", r"and the \1 before?", re.I), (r"\bmy\s+evening\s+(?:food|fare)\b", "dinner", re.I),
    (r"^(?:the\s+)?(.{2,60}?)\s+had\s+its\s+day[;,:]\s*(.+?)\s+on\s+it\s*\?$", r"\2 on the day of the \1 meeting?", re.I),
    (r"\bis\s+this\s+week['’]s\s+(coffee|caffeine)\s+(?:tally|count)\s+running\s+ahead\s+of\s+(?:the\s+week\s+before['’]s|last\s+week['’]s)",
     r"is my \1 count this week more than last week or less", re.I),
    (r"\bof\s+the\s+(.{2,40}?)\s+(workout|session|night)\s+and\s+the\s+(.{2,40}?)\s+one,\s*which\s+(?:outlasted|was\s+longer\s+than)\s+the\s+other\b",
     r"which \2 was longer, \1 or \3", re.I),  # "Of the Monday workout and the today one, which outlasted the other?"
    (r"\bwhether\s+(?:(?:taking|drinking|having|eating)\s+)?(?:an?\s+)?(coffee|dinner|supper|evening\s+meal|late\s+meal)(?:\s+(?:taken|drunk|eaten|had))?\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+"
     r"or\s+(?:thereafter|later|after(?:wards)?|beyond)\s+(?:reduces|shortens|diminishes|cuts|lessens|curtails|deprives\s+me\s+of|costs\s+me|leaves\s+me\s+with\s+less)\s+(?:my\s+)?(?:hours\s+of\s+)?sleep\b",
     lambda m: f"do I sleep less after {'coffee' if m[1].lower() == 'coffee' else 'dinner'} at {m[2]} or later", re.I),
    (r"^(?:now,?\s+)?(?:reverse|back\s+up|step(?:\s+me)?\s+back|go\s+back)\s+(?:a|one)\s+(day|night)\b.*$", r"and the \1 before?", re.I),
    (r"^pose\s+the\s+(?:identical|same|like)\s+question\s+as\s+to\s+how\s+long\s+that\s+meeting\s+(?:lasted|ran|took)\b.*$",
     "and how long was that meeting?", re.I),
    (r"^pose\s+the\s+(?:identical|same|like)\s+question\s+(?:for|as\s+regards|about|as\s+to)\s+([^.?!]{2,40}?)\s*(?:[.?!].*)?$", r"and \1?", re.I),
    (r"^(?:run|do|take)\s+today\s+(?:through\s+)?(?:too|as\s+well|also)\b.*$", "and today so far?", re.I),
    (r"^(?:run|do|ask|put)\s+it\s+(?:once\s+more|again|afresh)\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"\b(?:has|is)\s+this\s+week['’]s\s+(coffee|caffeine)(?:\s+(?:count|tally))?\s+(?:gone|got|run|running|going|moved|crept)\s+"
     r"(?:past|beyond|ahead\s+of|over)\s+(?:last\s+week['’]s|the\s+week\s+before['’]s)", r"did I drink more \1 this week than last week", re.I),
    (r"\bthe\s+(?:title\s+of\s+the\s+)?(?:volume|book|tome|novel)\s+" + _NAME + r"\s+(?:(?:so\s+)?(?:warmly|strongly|highly|kindly)\s+)?(?:urged|pressed|commended|recommended)\s+(?:upon|on|to)\s+(?:me|my\s+attention)\b",
     r"which book did \1 recommend", 0),  # "the title of the volume Grace urged upon me"
    (r"\bsince\s+the\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", r"since \1", re.I),
    (r"\bwhat\s+sum\s+of\s+(running|cycling|swimming)\s+(?:kilomet(?:re|er)s|km)\b", r"how many km of \1 in total", re.I),
    (r"\bwhether\s+my\s+(coffee|caffeine)(?:\s+drinking|\s+intake)?\s+this\s+week\s+(?:surpasses|exceeds|outruns|outstrips|tops)\s+(?:that\s+of\s+)?"
     r"(?:the\s+week\s+(?:preceding|before)|the\s+previous\s+week|last\s+week)\b", r"whether I drank more \1 this week than last week", re.I),
    (r"\bwhich\s+one\s+ran\s+past\s+the\s+other\b", "which was longer", re.I),
    (r"(?:^|(?<=[.!]\s))(?:a\s+cup|a\s+coffee|coffee|supper|dinner|a\s+late\s+meal)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+(?:later|after)\s*[:,-]\s*"
     r"do\s+my\s+(?:sleeping\s+hours|hours\s+of\s+sleep|nights?|sleep)\s+(?:pay\s+for\s+it|suffer|shrink|get\s+shorter)\b[^?]*\?",
     lambda m: f"do I sleep less after {'dinner' if re.match(r'(?i)supper|dinner|a late', m[0]) else 'coffee'} at {m[1]} or later?", re.I),
    (r"\b(?i:what|which)\s+(?i:was\s+)?(?i:that|the)\s+(?i:eatery|restaurant|place)\s+" + _NAME + r"\s+(?i:could\s+not|couldn['’]t|can['’]t|cannot)\s+"
     r"(?i:stop\s+(?:praising|talking\s+about|raving\s+about))", r"which restaurant did \1 recommend", 0),
    (r"(?:^|(?<=[.!]\s))(?-i:W)hatever\s+(was|did|were)\b", r"What \1", 0),  # "Whatever was supper yesterday?": no one's name
    (r"\b(at\s+(?:noon|midday|lunchtime)|in\s+the\s+(?:evening|morning))\b([^.?!]*[.!]\s+)what\s+(?:filled|fed)\s+me\s+at\s+that\s+(?:rest|break|stop|pause)\b",
     lambda m: m[1] + m[2] + "what did I eat for " + ("lunch" if re.search(r"noon|midday|lunch", m[1], re.I) else "dinner" if "evening" in m[1].lower()
                                                      else "breakfast"), re.I),  # "At noon the pipes rest ... What filled me at that rest?"
    (r"(?:^|(?<=[.!]\s))one\s+day\s+" + _NAME + r"\s+(?:went\s+on|was\s+going\s+on|talked|spoke|rambled)\s+about\s+(.{2,40}?)\.\s+(what\s+did\s+I\s+(?:have|eat)\s+for\s+"
     r"(?:supper|dinner|lunch|breakfast))\s+on\s+that\s+(?:same\s+)?day\?", r"\3 on the day \1 mentioned \2?", re.I),
    (r"\bis\s+this\s+week['’]s\s+(coffee|caffeine)(?:\s+(?:tally|count))?\s+(?:outrunning|outpacing|ahead\s+of)\s+(?:the\s+week\s+before['’]s|last\s+week['’]s)",
     r"is my \1 count this week more than last week or less", re.I),
    (r"\bbetween\s+the\s+(workout|session|night)\s+(.{2,40}?)\s+and\s+the\s+one\s+(.{2,40}?),\s*which\s+one\s+(?:dragged\s+out\s+further|lasted\s+longer|ran\s+longer|was\s+longer)",
     r"which \1 was longer, \2 or \3", re.I),
    (r"(?:^|(?<=[.!]\s))one\s+day\s+" + _NAME + r"\s+(?:went\s+on|was\s+going\s+on|talked|spoke|rambled)\s+about\s+(.{2,40}?)\.\s+what\s+did\s+"
     r"(supper|dinner|lunch|breakfast)\s+amount\s+to\s+that\s+same\s+(?:evening|day)\?", r"what did I eat for \3 on the day \1 mentioned \2?", re.I),
    (r"\bwhether\s+the\s+(workout|session|night|exercise|training)\s+(?:of\s+)?(.{2,40}?)\s+(?:outlasted|was\s+longer\s+than)\s+(?:that\s+of\s+)?(.{2,40}?)(?=,|\.|\?|$)",
     lambda m: f"which {'workout' if m[1].lower() in ('exercise', 'training') else m[1]} was longer, {m[2]} or {m[3]}", re.I),  # "whether the workout
    # Monday outlasted that of yesterday", "whether the exercise of yesterday outlasted that of today"
    (r"\b(podcast|book|film|movie|restaurant)\b([^.?!]*[.!]\s+)which\s+one\s+was\s+it\s+that\s+" + _NAME + r"\s+(?:told|asked|urged)\s+me\s+to\s+"
     r"(?:try|read|watch|see|hear|listen\s+to)\b", r"\1\2which \1 did \3 recommend", re.I),  # "... I keep a podcast going. Which one was it that X told me to try?"
    (r"\bthe\s+week\s+has\s+so\s+far\s+(?:held|seen|had)\b", "this week so far", re.I),
    (r"\bleave\s+my\s+(?:mattress|bed)\b", "get up", re.I),
    (r"\bthe\s+evening\s+fare\s+of\s+(?:that|the)\s+day\s+when\s+I\s+(ran|cycled|swam|rode)\b", r"what did I eat for dinner on the day I \1", re.I),
    (r"\bthose\s+present\s+at\s+the\s+next\s+meeting\s+after\b", "who was at the meeting right after", re.I),
    (r"\bwho\s+sat\s+in\s+the\s+meeting\s+(?:straight|right|directly)\s+after\b", "who was at the meeting right after", re.I),
    (r"\bthe\s+place\s+of\s+my\s+(?:noon|midday)\s+meal\b", "where I had lunch", re.I),
    (r"\b(?:(?:up)?on\s+)?the\s+day\s+the\s+(.{2,60}?)\s+(?:was\s+held|took\s+place)\b", r"on the day of the \1 meeting", re.I),
    (r"\bwhich\s+(?:spot|place|table)\s+fed\s+me\s+at\s+(?:noon|midday)\b", "where did I have lunch", re.I),
    (r"\bwhich\s+(?:spot|place|table)\s+gave\s+me\s+my\s+(lunch|dinner|supper|breakfast)\b", r"where did I have \1", re.I),
    (r"\b(?:in\s+)?the\s+week\s+(?:now\s+running|now\s+under\s+way|in\s+progress)\b", "this week", re.I),
    (r"\bslept\s+the\s+(?:greater|larger)\s+number\s+of\s+hours\b", "slept longer", re.I),
    (r"(?:^|(?<=[.!]\s))" + _NAME + r"\s+(?:once\s+)?(?:got\s+talking|went\s+on|talked|spoke)\s+about\s+(.{2,40}?)[;.]\s*(?:what\s+(?:lay|was)\s+on\s+my\s+plate\s+"
     r"(?:once\s+the\s+sun\s+was\s+down|in\s+the\s+evening|that\s+evening)|what\s+did\s+I\s+eat\s+once\s+that\s+day['’]s\s+\w+\s+had\s+cooled)\?", r"what did I eat for dinner on the day \1 mentioned \2?", 0),
    (r"\bwhether\s+the\s+(workout|session|night)\s+(.{2,40}?)\s+or\s+that\s+(?:of\s+)?(.{2,40}?)\s+ran\s+the\s+longer\b", r"which \1 was longer, \2 or \3", re.I),
    (r"\bif\s+my\s+(?:own\s+)?(?:cup|coffee)\s+(?:comes|falls|lands)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+(?:later|beyond|after)\b[^?]*\?",
     r"do I sleep less after coffee at \1 or later?", re.I),
    (r"^(?:plane|run|cast|pose|ask)\s+the\s+same\s+\w+\s+(?:again\s+)?(?:for|over|on|about)\s+([^.?!]{2,40}?)\s*[.?!]?$", r"and \1?", re.I),
    (r"\b(?:which|whose)\s+faces\s+(?:turned\s+up\s+at|sat\s+a?round(?:\s+for)?|were\s+a?round\s+the\s+table\s+at)\b", "who was at", re.I),
    (r"\bwhat\s+filled\s+my\s+(?:belly|stomach|plate)\s+(?:at\s+the|in\s+that)\s+noon\s+\w+", "what did I eat for lunch", re.I),  # "at the noon cooling"
    (r"\bhow\s+many\s+hours\s+did\s+I\s+get\s+once\s+the\s+(.{2,60}?)\s+was\s+behind\s+me(?:\s+and\s+the\s+night\s+began)?\?",
     r"how many hours did I sleep the night after the \1 meeting?", re.I),
    (r"\bwhich\s+day\s+of\s+the\s+pair\s+(.{2,40}?)\s+and\s+(.{2,40}?)\s+bore\s+the\s+(?:larger|greater|heavier)\s+(?:dose\s+of\s+)?caffeine\b",
     r"which day had more caffeine, \1 or \2, with the mg of each", re.I),
    (r"\bam\s+I\s+ahead\s+of\s+last\s+week['’]s\s+(coffee|caffeine)\s+(?:count|tally)(?:\s+this\s+week)?", r"did I drink more \1 this week than last week", re.I),
    (r"\bwhich\s+of\s+the\s+nights\s+(.{2,40}?)\s+and\s+(.{2,40}?)(?=\s*[,.?]|\s*$|\s{2})(?!\s+(?:or|afforded|gave|brought))",
     r"which night did I sleep longer, \1 or \2, with the hours of each", re.I),
    (r"\bwhen\s+my\s+plate\s+comes\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+later\b[^?]*\?", r"do I sleep less after dinner at \1 or later?", re.I),
    (r"\bthe\s+length\s+of\s+water\s+I\s+swam\b", "how far I swam", re.I),
    (r"\bwhat\s+stretch\s+of\s+water\s+did\s+I\s+put\s+behind\s+me\b", "how far did I swim", re.I),
    (r"\b(?i:which\s+hour\s+should\s+I\s+expect)\s+" + _NAME + r"['’]s\s+(?i:wheels\s+on\s+the\s+runway)", r"when does \1's flight land", 0),
    (r"\b(?i:which\s+eating\s+house)\s+" + _NAME + r"\s+(?i:(?:spoke\s+of|praised)(?:\s+so)?\s+warmly)", r"which restaurant did \1 recommend", 0),
    (r"\bwhat\s+did\s+the\s+night\s+give\s+me\s+in\s+hours\b", "how many hours did I sleep", re.I),
    (r"\bwhether\s+the\s+(?:exercise|workout)\s+of\s+(.{2,40}?)\s+or\s+that\s+of\s+(.{2,40}?)\s+ran\s+for\s+more\s+minutes\b",
     r"which workout was longer, \1 or \2", re.I),
    (r"\bwhether\s+my\s+coffees?\s+this\s+week\s+outnumber\s+those\s+of\s+(?:the\s+(?:previous|preceding)\s+week|the\s+week\s+(?:preceding|before)|last\s+week)\b",
     "whether I drank more coffee this week than last week", re.I),
    (r"\b(?:does|do)\s+(?:an?\s+)?(dinner|supper|coffee|cup)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+or\s+(?:past\s+it|later|after)\s+(?:shorten|cut|reduce)\s+my\s+"
     r"(?:night|sleep)\b", lambda m: f"do I sleep less after {'coffee' if m[1].lower() in ('coffee', 'cup') else 'dinner'} at {m[2]} or later", re.I),
    (r"^(?:repeat\s+the\s+reckoning|do\s+the\s+same)\s+for\s+the\s+(?:span|length|duration)\s+of\s+that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^(?:repeat\s+the\s+reckoning|do\s+the\s+same)\s+for\s+today,?\s+(?:from|since)\s+(?:its\s+start|first\s+light|the\s+morning)\b.*$", "and today so far?", re.I),
    (r"^(?:repeat\s+the\s+reckoning|do\s+the\s+same)\s+(?:for|in\s+respect\s+of|as\s+regards)\s+([^,.?!]{2,40}?)\s*(?:[,.?!].*)?$", r"and \1?", re.I),
    (r"\bthe\s+preceding\s+(day|night)\b", r"the \1 before", re.I),
    (r"\b(?i:when\s+will)\s+" + _NAME + r"['’]s\s+(?i:(?:aeroplane|airplane|plane|jet)\s+(?:come\s+down|touch\s+down|set\s+down))\b[^?]*",
     r"when does \1's flight land", 0),
    (r"\bwhat\s+filled\s+the\s+evening\s+(?:bowl|plate|pot)\b(?:\s+at\s+my\s+\w+)?", "what did I eat for dinner", re.I),
    (r"\bwhose\s+voices\s+filled\s+the\b", "who was at the", re.I),
    (r",\s*like\s+(?:a\s+|the\s+)?[a-z][^,?.]{2,40}\?$", "?", 0),  # "..., like players round the frame?": a likeness, not asked
    (r"\bhow\s+heavy\s+was\s+the\s+caffeine\s+I\s+took\s+in\b", "how much caffeine in mg", re.I),
    (r",?\s*weighed\s+out\s+in\s+milligrams\b", "", re.I),
    (r"\bhow\s+many\s+sittings\s+(?:pulled|took|kept|dragged)\s+me\s+(?:off|away\s+from)\s+the\s+\w+", "how many meetings did I have", re.I),
    (r"\bhow\s+many\s+cups\s+did\s+the\s+(?:\w+\s+)?(?:kettle|pot|urn)\s+pour\s+me\b", "how many coffees did I drink", re.I),
    (r"^(?:[^,?]{2,80},\s*)?tell\s+me\s+whether\s+(.{2,60}?)\s+or\s+(.{2,60}?)\s+let\s+me\s+sleep\s+(?:the\s+)?longer\b(?:,\s*each\s+with\s+its\s+hours(?:\s+in\s+bed)?)?",
     r"which night did I sleep longer, \1 or \2, with the hours of each", re.I),
    (r"\bthe\s+name\s+given\s+by\s+" + _NAME + r"\s+to\s+(?:the|her|his)\s+(?:puppy|pup|dog)\b", r"the name of \1's new dog", 0),
    (r"^let\s+the\s+same\s+enquiry\s+be\s+put\s+for\s+today,?\s+from\s+its\s+(?:beginning|start)\s+to\s+now\b.*$", "and today so far?", re.I),
    (r"^let\s+the\s+same\s+enquiry\s+be\s+put\s+as\s+to\s+the\s+(?:length|duration)\s+of\s+that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^let\s+the\s+same\s+enquiry\s+be\s+put\s+for\s+the\s+(day|night)\s+before(?:\s+that(?:\s+one)?)?\b.*$", r"and the \1 before?", re.I),
    (r"^(?:let\s+the\s+same\s+enquiry\s+be\s+put|strike\s+the\s+same\s+key)\s+(?:for|regarding|as\s+regards|in\s+respect\s+of)\s+([^,.?!]{2,40}?)\s*(?:[,.?!].*)?$",
     r"and \1?", re.I),
    (r"\bdid\s+" + _NAME + r"\s+rate\s+above\s+the\s+rest\b", r"did \1 recommend", 0),  # "rest": no sleep asked
    (r"\bthe\s+number\s+of\s+meetings\s+I\s+sat\s+in\b", "how many meetings did I have", re.I),
    (r"\bdid\s+the\s+earliest\s+(?:one\s+)?of\s+my\s+meetings\s+(?:open|start|begin)\b", "did my first meeting start", re.I),
    (r"\bthe\s+people\s+at\s+the\s+meeting\s+that\s+came\s+(?:straight|right|directly)\s+after\b", "who was at the meeting right after", re.I),
    (r"^turn\s+(?:the\s+calendar\s+)?back\s+(?:one|a)(?:\s+more)?\s+(day|night)\b.*$", r"and the \1 before?", re.I),
    (r"^the\s+like\s+question,?\s+now\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^the\s+like\s+question,?\s+now\s+as\s+to\s+the\s+(?:minutes|length)\s+(?:of\s+)?that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^the\s+like\s+question,?\s+now\s+for\s+the\s+(?:preceding\s+(day|night)|(day|night)\s+before)\b.*$",
     lambda m: f"and the {m[1] or m[2]} before?", re.I),
    (r"^the\s+like\s+question,?\s+now\s+(?:for|regarding|as\s+regards)\s+([^,.?!]{2,40}?)\s*(?:[,.?!].*)?$", r"and \1?", re.I),
))
_RULES_AFTER: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(pattern, flags), repl) for pattern, repl, flags in (
    # "whether my exercise of <day> outlasted that of <day>", "how long the X sat": a meeting in session
    (r"\bwhether\s+my\s+(?:exercise|workout|training)\s+(?:of\s+)?(.{2,40}?)\s+outlasted\s+that\s+(?:of\s+)?(.{2,40}?)[.?]?$",
     r"which workout was longer, \1 or \2, with the minutes of each?", re.I),
    (r"\bhow\s+long\s+(the\s+[^?]{2,60}?)\s+sat\b", r"how long \1 lasted", re.I),
    # his follow-ups: "Pray take the same bearing once more, for the day previous to it.", "..., as at Friday."
    (r"^pray\s+take\s+the\s+same\s+\w+\s+once\s+more,?\s+for\s+the\s+(day|night)\s+(?:previous\s+to|before)\s+(?:it|that(?:\s+one)?)\b.*$",
     r"and the \1 before?", re.I),
    (r"^pray\s+take\s+the\s+same\s+\w+\s+once\s+more,?\s+for\s+the\s+(?:length|duration)\s+of\s+that\s+(meeting|session)\b.*$",
     r"and how long was that \1?", re.I),
    (r"^pray\s+take\s+the\s+same\s+\w+\s+once\s+more,?\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^pray\s+take\s+the\s+same\s+\w+\s+once\s+more,?\s+(?:as\s+at|with\s+regard\s+to|for|as\s+regards|in\s+respect\s+of)\s+"
     r"([^.?!]{2,40}?)\s*[.?!]?$", r"and \1?", re.I),
    # a pilot's: the young dog someone has acquired, the berth he lunched at, the day someone put a thing to him, the
    # meeting that came directly upon a workout, one day laid alongside another, whether a late cup shortens his night
    (r"\bthe\s+name\s+given\s+to\s+the\s+(?:young\s+dog|puppy|new\s+dog)\s+" + _NAME + r"\s+has\s+(?:lately\s+|recently\s+|just\s+)?"
     r"(?:acquired|got|taken\s+in|adopted)\b", r"the name of \1's new dog", re.I),
    (r"\bthe\s+(?:berth|spot|place)\s+where\s+I\s+(?:took|had|ate)\s+my\s+(?:noon|midday)\s+meal\b", "where I had lunch", re.I),
    (r"\bthe\s+(?:berth|spot|place)\s+where\s+I\s+dined\b", "where I had dinner", re.I),
    (r"\bthe\s+day\s+(?:that\s+)?" + _NAME + r"\s+put\s+(.{2,40}?)\s+to\s+(?:him|her|me)\b", r"the day \1 mentioned \2", re.I),
    (r"\bthe\s+meeting\s+(?:which|that)\s+came\s+(?:directly|straight|right|immediately)\s+(?:upon|after)\s+the\b", "the meeting right after the", re.I),
    (r",?\s+reckoned\s+to\s+the\s+(milligram|minute|metre|kilometre)\s*,?", r" in \1s", re.I),
    (r"\b(?:a\s+reckoning\s+of\s+)?caffeine\s+taken,?\s+(.{2,40}?)\s+laid\s+alongside\s+(.{2,40}?)(?=[.?!]|$)",
     r"which day had more caffeine, \1 or \2, with the mg of each", re.I),
    (r"\bwhether\s+my\s+(?:exercise|workout|training)\s+ran\s+the\s+longer\s+on\s+(.{2,40}?)\s+or\s+(?:up)?on\s+(.{2,40}?)(?=[.?!]|$)",
     r"which workout was longer, \1 or \2, with the minutes of each", re.I),
    (r"\bwhether\s+the\s+nights\s+after\s+my\s+days\s+of\s+(?:exertion|exercise|training)\s+prove\s+the\s+longer\b",
     "do I sleep longer after workout days than after rest days", re.I),
    (r"\bwhether\s+a\s+(coffee|cup|supper|dinner)\s+(?:taken|drunk|begun|started|eaten)\s+at\s+(\d{1,2}(?::\d\d)?\s*[ap]m),?\s+"
     r"or\s+(?:any\s+hour\s+beyond\s+it|thereafter|later|after)\s*,?\s+(?:shortens|curtails|cuts)\s+my\s+(?:night|sleep)\b",
     lambda m: f"do I sleep less after {'coffee' if m[1].lower() in ('coffee', 'cup') else 'dinner'} at {m[2]} or later", re.I),
    # a curator's: the day someone raised a thing with him, the caffeine reckoned up in mg, and his follow-ups "On the same
    # herbarium sheet, the day preceding it.", "..., Friday being the date.", "..., how long the said meeting lasted."
    (r"\bthe\s+day\s+" + _NAME + r"\s+(?:raised|brought\s+up)\s+(.{2,40}?)(?:\s+with\s+(?:him|her|me))?(?=[.?!]|$)", r"the day \1 mentioned \2", re.I),
    (r"\bthe\s+whole\s+caffeine,?\s+reckoned\s+(?:up\s+)?in\s+(mg|milligrams?),?\s+that\b", r"how much caffeine in \1", re.I),
    (r"\bthe\s+(?:aeroplane|aircraft|plane|flight)\s+(?:conveying|carrying|bearing)\s+" + _NAME + r"(?:\s+on\s+board)?\s+is\s+(?:expected|due)\s+"
     r"to\s+(?:alight|land|touch\s+down|arrive)\b", r"\1's flight lands", re.I),
    # a chemist's follow-ups: "By the same procedure, the day prior to it.", "..., Friday substituted."
    (r"^by\s+the\s+same\s+(?:procedure|method|token),?\s+the\s+(day|night)\s+(?:prior|previous)\s+to\s+(?:it|that(?:\s+one)?)\b.*$",
     r"and the \1 before?", re.I),
    (r"^by\s+the\s+same\s+(?:procedure|method|token),?\s+the\s+length\s+of\s+the\s+said\s+(meeting|session)\b.*$",
     r"and how long was that \1?", re.I),
    (r"^by\s+the\s+same\s+(?:procedure|method|token),?\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^by\s+the\s+same\s+(?:procedure|method|token),?\s+([^.?!]{2,40}?)\s+substituted\s*[.?!]?$", r"and \1?", re.I),
    (r"^on\s+the\s+same\s+\w+(?:\s+\w+)?,\s+the\s+(day|night)\s+preceding\s+(?:it|that(?:\s+one)?)\b.*$", r"and the \1 before?", re.I),
    (r"^on\s+the\s+same\s+\w+(?:\s+\w+)?,\s+how\s+long\s+the\s+said\s+(meeting|session)\s+lasted\b.*$", r"and how long was that \1?", re.I),
    (r"^on\s+the\s+same\s+\w+(?:\s+\w+)?,\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^on\s+the\s+same\s+\w+(?:\s+\w+)?,\s+([^.?!]{2,40}?)\s+being\s+the\s+(?:date|day|party|person|one)\s*[.?!]?$", r"and \1?", re.I),
    (r"\bthe\s+(?:dining|eating)\s+house\s+held\s+in\s+(?:such\s+|high\s+)?esteem\s+by\s+" + _NAME, r"the restaurant \1 recommended", re.I),
    (r"\bwhat\s+did\s+the\s+noon\s+pot\s+give\s+me\b", "what did I eat for lunch", re.I),
    (r"\bdid\s+my\s+feet\s+find\s+the\s+floor\b", "did I wake up", re.I),
    (r"\bwhat\s+(?:went\s+onto|was)\s+my\s+evening\s+plate\s+(?:on\s+)?the\s+day\b", "what did I eat for dinner on the day", re.I),
    (r"\bon\s+the\s+day\s+" + _NAME + r"\s+(?:talked|spoke)\s+of\b", r"on the day \1 mentioned", 0),
    (r"\bthe\s+meeting\s+next\s+after\b", "the meeting right after", re.I),
    (r"^(?:kindly|be\s+so\s+good\s+as\s+to)\s+repeat\s+the\s+(?:enquiry|inquiry)\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^(?:kindly|be\s+so\s+good\s+as\s+to)\s+repeat\s+the\s+(?:enquiry|inquiry)\s+as\s+regards\s+the\s+(?:minutes|length)\s+(?:of\s+)?that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^(?:kindly|be\s+so\s+good\s+as\s+to)\s+repeat\s+the\s+(?:enquiry|inquiry)\s+for\s+the\s+(?:(day|night)\s+preceding|preceding\s+(day|night))\b.*$", lambda m: f"and the {m[1] or m[2]} before?", re.I),
    (r"^(?:kindly|be\s+so\s+good\s+as\s+to)\s+repeat\s+the\s+(?:enquiry|inquiry)\s+(?:for|in\s+respect\s+of|as\s+regards|regarding)\s+([^,.?!]{2,40}?)\s*(?:[,.?!].*)?$", r"and \1?", re.I),
    # "The last head of the day is always the slowest. What did I sit down to eat after it?": the evening's meal, not the last one
    (r"^[^.?!]*\blast\b[^.?!]*\bof\s+the\s+day\b[^.?!]*[.!]\s+what\s+did\s+I\s+(?:sit\s+down\s+to\s+)?eat\s+after\s+it\b", "what did I eat for dinner", re.I),
    (r"^as\s+much\s+for\s+today\b.*$", "and today so far?", re.I),
    (r"^as\s+much\s+for\s+the\s+(?:minutes|length)\s+(?:of\s+)?that\s+meeting\b.*$", "and how long was that meeting?", re.I),
    (r"^as\s+much\s+for\s+the\s+preceding\s+(day|night)\b.*$", r"and the \1 before?", re.I),
    (r"^as\s+much\s+for\s+([^,.?!]{2,40}?)\s*(?:[,.?!].*)?$", r"and \1?", re.I),
    (r"\b(?:does|do)\s+(?:an?\s+)?(dinner|supper|plate|meal|coffee|cup)\s+(?:(?:eaten|drunk|taken|had)\s+)?at\s+(\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+"
     r"or\s+(?:after(?:\s+that)?|later|past\s+it)\s+(?:cut|shorten)\s+my\s+(?:night|sleep)(?:\s+short)?\b",
     lambda m: f"do I sleep less after {'coffee' if m[1].lower() in ('coffee', 'cup') else 'dinner'} at {m[2]} or later", re.I),
    # "The market week starts on Monday for me. How many km ... since then?": then is the day the remark named
    (r"\bcounting\s+from\s+(?:that|this)\s+day\b", lambda m: "Since then" if m[0][0].isupper() else "since then", re.I),
    (r"^([^.?!]*\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.?!]*[.!]\s+[^.?!]*?)\b((?i:s)ince)\s+then\b", r"\1\3 \2", 0),
    # a headline's words, in lower case by then
    (r"^follow-?up\s*:\s*", "", re.I), (r"^said\s+(meeting|night|day|workout|session)\b", r"that \1", re.I),
    (r"^that\s+(meeting|session)\s+ran\s+how\s+long\b", r"how long did that \1 last", re.I),
    (r"^rewind\s+one\s+(night|day)\b", r"and the \1 before", re.I), (r"^today['’]s\s+tally\s+to\s+date\b", "and today so far", re.I),
    (r"\brising\s+or\s+falling\b", "more or less", re.I),
    (r"\b(mg|minutes|hours)\s+apiece\b", r"\1 each", re.I), (r"\b(\d{2,4})\s*mg-?plus\b", r"\1 mg or more", re.I),
    (r"\bmeasured\s+against\s+other\s+(?:nights|days)\b", "compared to other days", re.I),
    (r"^" + _NAME + r"\s+raises\s+(.{2,40}?):\s*(dinner|lunch|breakfast)\s+that\s+day\s+revealed\b",
     r"what did I eat for \3 on the day \1 mentioned \2", re.I),
))


def plainly(text: str) -> str:
    """``text`` with its formal and headline wordings put plainly (a writer who names himself in the third person put in
    the first, between the rules read before and after), its legal and old-fashioned formulas first."""
    text = in_plain_archaic(text)
    for pattern, repl in (*_RULES, *SELF_NAMED, *_RULES_AFTER):
        text = pattern.sub(repl, text)
    return text
