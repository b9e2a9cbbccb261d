"""Requests around a question, taken off before it is read: "Could you tell me", "May I be told", "I would
appreciate knowing", "Kindly indicate", "It is requested that you confirm" ask for the answer; they are not speech
("tell", "say") and not the question. Pure functions of the text."""

from __future__ import annotations

import re

_REQUEST = re.compile(r"^\s*(?:(?:hey|ok(?:ay)?|so|um+|uh+|er|hmm+|quick question|kindly|please|with\s+the\s+greatest\s+respect|"
                      r"for\s+the\s+avoidance\s+of\s+doubt|for\s+my\s+records|in\s+like\s+manner|following\s+on\s+from\s+(?:this|that)|"
                      r"in\s+respect\s+of\s+the\s+same|arising\s+from\s+that|with\s+reference\s+to\s+my\s+previous\s+question|touching\s+the\s+same|pursuant\s+to\s+my\s+last|proceeding\s+further|should\s+it\s+not\s+trouble\s+you|in\s+addition\s+to\s+the\s+foregoing|through\s+your\s+good\s+offices|as\s+a\s+sequel\s+to\s+my\s+(?:enquiry|inquiry|question)|on\s+the\s+same\s+footing|coming\s+back\s+to\s+your\s+(?:answer|reply)|in\s+continuation|further\s+to\s+your\s+(?:reply|answer)|pursuant\s+to\s+the\s+foregoing|to\s+the\s+same\s+purpose|in\s+this\s+same\s+vein|moreover|furthermore|along\s+the\s+same\s+line|in\s+the\s+same\s+order\s+of\s+ideas|"
                      r"as\s+a\s+corollary|by\s+the\s+present|mutatis\s+mutandis|item|quaere|on\s+a\s+connected\s+point|same\s+enquiry|the\s+same,?\s+as\s+regards|with\s+deference|by\s+your\s+leave)[,:]?\s+)*"
                         r"(?:(?:can|could|would|might|will|may)\s+you\s+(?:(?:likewise|also|further|additionally|similarly|then|now|perhaps|"
                         r"possibly|kindly|please)\s+)?(?:(?:be\s+(?:so\s+kind|so\s+obliging|kind\s+enough|good\s+enough)\s+(?:as\s+)?|have\s+the\s+kindness\s+)"
                         r"to[\s,]+)?|(?:may|might|could|can)\s+I\s+(?:ask|enquire|inquire|be\s+told|be\s+informed|learn|know|trouble\s+you\s+to|request\s+to\s+be\s+(?:told|informed)"
                         r"|beg\s+to\s+know|prevail\s+(?:up)?on\s+you\s+to)[\s,]+"
                         r"|may\s+it\s+please\s+you\s+to\s+(?:disclose|tell\s+me|state|name|make\s+known)(?:\s+(?:of|about))?\s+"
                         r"|i\s+entreat\s+you\s+to\s+(?:tell\s+me|state|name|disclose|let\s+me\s+know)\s+"
                         r"|(?:be\s+so\s+gracious\s+as\s+to|i\s+beseech\s+you\s+to)(?:\s+(?:tell\s+me|say|name|state|give|reckon)(?:\s+(?:me|of))?)?[\s,]+"
                         r"|i\s+would\s+crave\s+leave\s+to\s+know(?:\s+of)?\s+|i\s+would\s+fain\s+(?:learn|know)(?:\s+of)?\s+"
                         r"|(?:i\s+pray\s+you\s+to|vouchsafe\s+to)(?:\s+(?:tell\s+me|say|name|give\s+me|reckon|state))?[\s,]+"
                         r"|(?:deign\s+to|i\s+come\s+to\s+ask|let\s+it\s+be\s+established|i\s+put\s+the\s+following\s+question:?"
                         r"|(?:please\s+)?intimate(?:\s+(?:to\s+me\s+)?(?:of|whether|if))?|let\s+me\s+be\s+informed(?:\s+(?:of|whether|if))?"
                         r"|i\s+should\s+wish\s+to\s+know(?:\s+(?:of|whether|if))?|i\s+ask\s+that\s+it\s+be\s+stated"
                         r"|i\s+would\s+know(?:\s+(?:of|whether|if))?|i\s+stand\s+in\s+need\s+of\s+knowing(?:\s+(?:of|whether|if))?"
                         r"|i\s+would\s+be\s+made\s+certain(?:\s+(?:of|whether|if))?|it\s+is\s+my\s+wish\s+to\s+have\s+on\s+record|i\s+should\s+value\s+learning(?:\s+(?:of|whether|if))?|i\s+would\s+have\s+it\s+established|cause\s+me\s+to\s+be\s+informed\s+of|be\s+it\s+made\s+known\s+to\s+me|i\s+would\s+ask\s+to\s+be\s+acquainted\s+with|let\s+me\s+be\s+furnished\s+with|it\s+would\s+be\s+of\s+(?:assistance|help|use|service)\s+to\s+(?:learn|know)"
                         r"|let\s+it\s+be\s+entered|i\s+request\s+the\s+record\s+of|set\s+down\s+for\s+me|let\s+it\s+be\s+(?:put|laid|placed)\s+before\s+me|(?:disclose|communicate|report|convey|indicate|relate|certify|declare)\s+to\s+me(?:\s+on)?|bring\s+to\s+my\s+notice|render\s+me\s+an\s+account\s+of|set\s+out\s+for\s+me|(?:impart|transmit|specify|reveal|expound|signify|unfold)\s+to\s+me|lay\s+before\s+me|(?:ascertain|elucidate|set\s+forth)\s+for\s+me|render\s+unto\s+me|instruct\s+me\s+as\s+to|make\s+plain\s+to\s+me|recount\s+to\s+me|it\s+would\s+oblige\s+me\s+to\s+be\s+told|let\s+it\s+be\s+made\s+known\s+to\s+me|be\s+so\s+kind\s+as\s+to\s+disclose|disclose\s+unto\s+me|pray\s+furnish\s+me\s+with)"
                         r"(?:\s+(?:tell\s+me|say|name|give\s+me|state))?[\s,]+"
                         r"|(?:would\s+you\s+have\s+the\s+kindness\s+to|might\s+i\s+trouble\s+you\s+to|it\s+would\s+gladden\s+me\s+to)"
                         r"(?:\s+(?:tell\s+me|say|name|give\s+me|state|know|compare))?(?:\s+(?:in\s+minutes\s+)?)?[\s,]+|might\s+i\s+trouble\s+you\s+for\s+"
                         r"(?:you\s+)?(?:of\s+|about\s+)?|(?:permit|allow)\s+me\s+to\s+(?:ask|enquire|inquire)\s+"
                         r"(?:you\s+)?)?"
                         r"(?:please\s+)?(?:be\s+so\s+(?:good|kind)\s+as\s+to\s+)?(?:tell me|i\s+(?:request|ask)\s+to\s+be\s+(?:told|informed)(?:\s+(?:of|about))?|"
                         r"i\s+beg\s+to\s+(?:know|learn|ask|be\s+told|be\s+informed)(?:\s+(?:of|about))?|might\s+I\s+beg\s+of\s+the\s+day\s*book(?:\s+a\s+word\s+on)?|(?:would|might|could|will)\s+(?:your|the)\s+(?:ledger|logs?|records?|register|books|diary|journal|notes)\s+(?:show|disclose|reveal|oblige\s+me\s+(?:with|by\s+stating))(?:\s+me)?|i\s+respectfully\s+seek\s+(?:to\s+(?:know|learn)|your\s+assessment\s+of)|pray\s+inform\s+me(?:\s+of)?|(?:for\s+my\s+records,?\s+)?kindly\s+supply|i\s+hereby\s+(?:request|ask)(?:\s+to\s+know)?|"
                      r"it\s+is\s+my\s+wish\s+to\s+(?:learn|know|ask)(?:\s*,\s*(?:further|also|too)\s*,)?|i\s+am\s+desirous\s+of\s+(?:knowing|learning)|"
                      r"i\s+take\s+the\s+liberty\s+of\s+asking|i\s+rise\s+to\s+(?:ask|enquire|inquire)|i\s+wish\s+to\s+ask|"
                      r"this\s+office\s+(?:requires|wishes|needs)\s+to\s+(?:know|learn|be\s+told|be\s+informed(?:\s+of)?)|information\s+is\s+(?:sought|requested|required)\s+(?:as\s+to|on|regarding|concerning)|i\s+am\s+to\s+(?:ask|enquire|inquire|request)|"
                      r"(?:would|will)\s+you\s+(?:indicate|state|confirm|advise\s+me(?:\s+of)?)|by\s+way\s+of\s+supplementary,?|(?:a\s+)?further\s+supplementary:?|i\s+(?:make\s+so\s+bold\s+as|venture)\s+to\s+(?:ask|enquire|inquire)|"
                      r"i\s+(?:should|would)\s+be\s+(?:much\s+|most\s+|very\s+)?(?:obliged|glad|grateful)\s+to\s+(?:know|learn|be\s+told|be\s+informed(?:\s+of)?)|i\s+(?:would|should)\s+take\s+it\s+(?:kindly|as\s+a\s+kindness)\s+to\s+be\s+(?:told|informed)(?:\s+(?:of|about))?|i\s+desire\s+to\s+(?:know|learn)|it\s+would\s+gratify\s+me\s+to\s+(?:know|learn)|be\s+kind\s+enough\s+to\s+inform\s+me(?:\s+of)?|i\s+should\s+appreciate\s+being\s+told|(?:could|would|can)\s+you\s+advise\s+me\s+as\s+to|may\s+i\s+have\s+your\s+confirmation\s+of|favou?r\s+me\s+with|kindly\s+let\s+me\s+know|i\s+should\s+be\s+pleased\s+to\s+(?:be\s+told|know|learn)(?:\s+(?:of|about))?|(?:would|will)\s+you\s+oblige\s+me\s+(?:with|by\s+(?:saying|stating|telling\s+me))|i\s+request\s+the\s+favou?r\s+of\s+(?:knowing|learning|being\s+told)|do\s+me\s+the\s+kindness\s+of\s+telling\s+me|i\s+make\s+bold\s+to\s+ask|i\s+solicit|pray\s+state|pray,?\s+(?:ascertain|determine|establish|find\s+out)|would\s+you\s+be\s+good\s+enough\s+to\s+(?:search|find)\s+out|i\s+ask\s+you\s+to\s+be\s+good\s+enough\s+to\s+(?:find(?:\s+out)?|search\s+out|tell\s+me)|i\s+beg\s+the\s+favou?r\s+of\s+(?:learning|knowing|being\s+told)|i\s+would\s+have\s+you\s+(?:search|find)\s+out|do\s+(?:kindly\s+)?(?:ascertain|determine|establish)|i\s+should\s+welcome|"
                      r"i\s+should\s+esteem\s+it\s+a\s+(?:kindness|favou?r)\s+to\s+(?:learn|know|be\s+told)|i\s+beg\s+to\s+(?:enquire|inquire)|"
                      r"i\s+should\s+(?:count\s+it\s+a\s+(?:favou?r|kindness)|be\s+(?:indebted|obliged|grateful)\s+to\s+you)\s+"
                      r"(?:to\s+(?:be\s+told|be\s+informed|learn|know)|for\s+(?:stating|telling\s+me|learning|being\s+told))(?:\s+(?:of|about))?|"
                      r"enlighten\s+me,?\s+(?:if\s+you\s+will,?\s+|if\s+you\s+would,?\s+|pray,?\s+)?(?:as\s+to|on|about)|"
                      r"have\s+the\s+goodness\s+to\s+(?:tell\s+me|state|inform\s+me(?:\s+of)?|let\s+me\s+know)|your\s+answer\s+is\s+requested\s+as\s+to|it\s+is\s+requested\s+that\s+you\s+(?:confirm|state|indicate|tell\s+me)|"
                      r"i\s+would\s+thank\s+you\s+to\s+(?:state|confirm|indicate|tell\s+me)|apprise\s+me\s+of|put\s+me\s+in\s+possession\s+of|acquaint\s+me,?\s+(?:if\s+you\s+will,?\s+)?with|oblige\s+an\s+old\s+(?:man|woman)\s+by\s+stating|i\s+would\s+have\s+it\s+reported\s+to\s+me|kindly\s+establish\s+for\s+me|be\s+good\s+enough\s+to\s+discover|inform\s+this\s+correspondent\s+of|this\s+correspondent\s+begs(?:\s+to\s+(?:know|learn))?|let\s+the\s+log\s+show|put\s+on\s+record\s+for\s+me|i\s+should\s+like\s+it\s+communicated\s+to\s+me|i\s+(?:will|would|shall)\s+be\s+(?:happy|glad|grateful)\s+to\s+receive|"
                      r"i\s+allow\s+myself\s+to\s+ask(?:\s+(?:whether|if))?|i\s+ask\s+to\s+be\s+apprised\s+of|be\s+pleased\s+to\s+inform\s+me(?:\s+of)?|i\s+wish\s+to\s+be\s+(?:informed|told)(?:\s+(?:of|about))?|i\s+respectfully\s+solicit\s+that\s+you\s+make\s+known\s+to\s+me|"
                      r"(?:kindly\s+)?make\s+known\s+to\s+me|i\s+respectfully\s+solicit(?=\s+the\s+same\b)|i\s+kindly\s+ask\s+for\s+information\s+(?:on|about|as\s+to)|"
                      r"i\s+would\s+be\s+(?:happy|glad|grateful)\s+if\s+you\s+could\s+(?:clarify|tell\s+me|state|confirm)|i\s+should\s+be\s+glad\s+to\s+(?:know|learn)|do\s+let\s+me\s+(?:know|have)|remind me(?:\s+of)?|show me|give me|let me know|inform me(?:\s+(?:of|about))?|furnish me with|i\s+seek\s+to\s+(?:ascertain|know|learn)|(?:i\s+)?(?:humbly\s+)?request\s+to\s+know|i\s+(?:further\s+|also\s+)?wish\s+to\s+"
                         r"(?:know|enquire|inquire)(?:\s+(?:of|about))?|"
                         r"(?:i would|i'd) appreciate (?:knowing|learning)|i (?:want|need) "
                         r"to know|(?:i would|i'd) like to know|do you know|do you remember|any idea|check|find out|search out|state|say|specify|provide|"
                         r"indicate|identify|enumerate|confirm|advise|report|determine|ascertain|establish(?:\s+for\s+me)?|clarify)?"
                         r"\s*(?:,\s*)?", re.I)
_REQUEST_AFTER_DAY = re.compile(r"^(?P<day>[^,]{2,40},\s*)(?:(?:ok(?:ay)?|so|um+|uh+)[,:]?\s+)*(?:(?:can|could|would) "
                                   r"you\s+)?(?:(?:please|kindly)\s+)?(?:tell me|remind me(?:\s+of)?|show me|give me|"
                                   r"let me know)\s+", re.I)
"""A request after a leading day ("Yesterday, could you tell me what I ate"): the request is no speech."""
_LAST_SENTENCE = re.compile(r"(?<=[.!])\s+((?-i:[A-Z])[^.!?]*(?:\.(?=\d)[^.!?]*)*[.!]?\s*)$")
"""The last sentence of a text with more than one."""


def without_request(question: str) -> str:
    """``question`` without the request that opens it, or one after a leading day ("Yesterday, could you tell me
    what I ate": "Yesterday, what I ate")."""
    text = _REQUEST_AFTER_DAY.sub(r"\g<day>", _REQUEST.sub("", question) or question)
    if "?" in text or not (last := _LAST_SENTENCE.search(text)):
        return text
    asked = _REQUEST.sub("", last[1])  # "Walking a field is no run. Tell me the km I ran today.": a remark, then the request
    request = last[1][: len(last[1]) - len(asked)]
    return text[: last.start(1)] + asked if asked and (len(request.split()) >= 2 or re.search(r"\bme\b", request, re.I)) else text
