"""National identifiers, validated by python-stdnum: found where a label names them ("SSN:",
"Steuer-ID", "BSN"), or unlabelled where their written form is distinctive and checksummed (a
dashed US SSN, a Brazilian CPF, an Italian codice fiscale, a Spanish DNI/NIE, a spaced French NIR)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from importlib import import_module

from stdnum import luhn

from device.privacy import id_checks
from device.privacy.findings import NATIONAL_ID, Finding, filler_digits, labelled_as_other_number, longest_valid_run
from device.privacy.label_gate import LabelGate, by_first_letter
from device.privacy.lazy_pattern import LazyPattern
from device.privacy.stdnum_ids import StdnumLabelDetector
from device.privacy.table_columns import labelled_cells
from device.privacy.word_gates import WordGate

# label (a regex) -> python-stdnum modules whose is_valid decides. One table, so adding a country
# is one line.
_LABELLED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"ssn|ss#|ss\s+(?:no|number)|social(?:\s+security)?(?:\s+(?:no|number|#))?|itin|(?:individual\s+)?taxpayer\s+identification(?:\s+number)?|w-?9(?:\s+(?:tin|number|no))?",
     ("us.ssn", "us.itin")),
    (r"steuer-?id(?:entifikationsnummer|-?nr\.?)?|steuer-?ident(?:ifikations)?(?:nummer|nr\.?)|steuer-?identifikation|steuerliche\s+id(?:entifikationsnummer)?"
     r"|identifikationsnummer|idnr|tax\s+id",
     ("de.idnr",)),
    (r"kimlik\s+(?:no|numaras[ıi](?:n[ıi]|n[ıi]n)?|numaram(?:[ıi]z)?(?:[ıi])?)", ("tr.tckimlik",)),  # "numarasını": its accusative
    (r"n\.?i\.?r\.?|num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|num[ée]ro\s+d['’]assur[ée]e?|n[°º]\s*de\s+s[ée]cu(?:rit[ée]\s+sociale)?(?:\s+de\s+l['’][^\W\d_]{2,12})?[\"'”]?|s[ée]cu(?:rit[ée]\s+sociale)?|carte\s+vitale|ameli|attestation\s+de\s+droits", ("fr.nir",)),
    (r"bsn|burgerservicenummer|sofi-?nummer", ("nl.bsn",)),  # the sofinummer: the BSN's name before 2007
    (r"sin|social\s+insurance(?:\s+number)?|nas|num[ée]ro\s+d['’]assurance\s+sociale", ("ca.sin",)),
    (r"tfn|tax\s+file\s+(?:number|no)", ("au.tfn",)),
    (r"aadhaa?r|uid(?:ai)?", ("in_.aadhaar",)),
    (r"pan(?:\s+card)?", ("in_.pan",)),
    (r"pesel", ("pl.pesel",)),
    (r"personnummer(?:et)?|personnumret|personnr|pnr", ("se.personnummer",)),
    (r"nhs(?:\s+(?:no|number))?", ("gb.nhs",)),
    (r"codice\s+fiscale|cf", ("it.codicefiscale",)),
    (r"dni|nie|nif", ("es.dni", "es.nie")),
    (r"cpf", ("br.cpf",)),
    (r"ahv(?:-?nr|-?nummer)?|avs", ("ch.ssn",)),
    (r"rijksregisternummer|num[ée]ro\s+national|national\s+number|insz|niss", ("be.nn",)),
    (r"cpr(?:-?nummer(?:et)?|-?nr)?", ("dk.cpr",)),
    (r"f[øo]dselsnummer(?:et)?|f[øo]dselsnr|fnr", ("no.fodselsnummer",)),
    (r"henkil[öo]tunnus|hetu|personbeteckning", ("fi.hetu",)),
    (r"ppsn?|personal\s+public\s+service(?:\s+number)?", ("ie.pps",)),
    (r"身份证(?:号码?)?|resident\s+id(?:entity)?(?:\s+card)?", ("cn.ric",)),
    (r"curp", ("mx.curp",)),
    (r"rrn|주민등록번호|resident\s+registration(?:\s+number)?", ("kr.rrn",)),
    (r"my\s*number|kojin\s+bang[oō]u?|(?:マイナンバー|個人番号)(?:を[\u3040-\u30ff\u3400-\u9fff]{1,10})?", ("jp.in_",)),  # "個人番号を聞かれた" (was asked for it)
    (r"amka|αμκα", ("gr.amka",)),
    (r"rodn[ée]\s+[čc][íi]slo", ("cz.rc",)),
    (r"cnp|cod\s+numeric\s+personal", ("ro.cnp",)),
    # "T.C." (Türkiye Cumhuriyeti) heads the Turkish identity number; ת.ז. abbreviates teudat zehut.
    (r"t\.?c\.?\s*kimlik(?:\s*no)?|tckn|t\.c|t\.?c\.?\s+numara(?:s[ıi](?:n[ıi]|n[ıi]n)?|m(?:[ıi]z)?)", ("tr.tckimlik",)),  # "TC numarası", "TC numaram"
    (r"teudat\s+zehut|israeli\s+id|ת(?:\.?\s?|[\"״])ז|תעודת\s+זהות|מספר\s+זהות", ("il.idnr",)),
    (r"rut", ("cl.rut",)),
    (r"kennitala(?:n)?", ("is_.kennitala",)),
    (r"isikukood", ("ee.ik",)),
    (r"asmens\s+kodas", ("lt.asmens",)),
    (r"sozialversicherungsnummer|sv-?nummer|svnr", ("at.vnr",)),
    (r"ird(?:\s+number)?", ("nz.ird",)),
    (r"cuit|cuil|cdi", ("ar.cuit",)),
    (r"ni(?:\s+(?:no|number))?|national\s+insurance(?:\s+(?:no|number))?|nino", ("gb.nino",)),
    # A label that names no country: the identifiers whose check is strong enough to say which.
    (r"(?:sa\s+|national\s+|personal\s+)?id(?:entity)?(?:\s+card)?(?:\s+(?:no|number|#))?", ("za.idnr", "cn.ric", "mu.nid")),
    (r"nif|(?:n[úu]mero\s+de\s+)?contribuinte|n[úu]mero\s+fiscal", ("pt.nif",)),
    (r"egn|егн", ("bg.egn",)),
    (r"r\.?\s?č|rodne-?cislo", ("cz.rc", "sk.rc")),
    (r"a\.\s?k|personas\s+kods|p\.\s?k", ("lt.asmens", "lv.pvn")),
    (r"oib", ("hr.oib",)),
    (r"em[šs]o", ("si.emso",)),
    (r"kt", ("is_.kennitala",)),
    (r"k/?p|mykad|nric|(?:no\.?\s*)?i/?c(?:\s+no\.?)?|(?:nombor\s+)?kad\s+pengenalan(?:\s+saya)?", ("my.nric",)),
    (r"nik|e-?ktp|ktp|kartu\s+tanda\s+penduduk|nomor\s+induk\s+kependudukan", ("id.nik",)),
    (r"cnic|nicop|shanakhti(?:\s+card)?|شناختی\s+کارڈ(?:\s+نمبر)?", ("pk.cnic",)),
    (r"(?:thai\s+id|(?:lek\s+)?pra(?:j|ch)am\s*tua(?:\s+pra(?:ch|j)achon)?|(?:lek\s+)?bat\s+pra(?:ch|j)achon|เลขประจำตัว(?:ประชาชน)?|(?:เลข)?บัตรประชาชน(?:เลขที่)?)(?:ของ[^\s\d]{0,8})?(?:\s*(?:สำหรับ|เพื่อ|ก่อน|สิบสามหลัก|ไว้)[^\s\d]{0,40})?(?:คือ)?",
     ("th.pin",)),  # "... ของแม่ สำหรับจองวัคซีน": whose, and what it is for
    (r"c[ée]d(?:ula)?(?:\s+de\s+identidad(?:\s+y\s+electoral)?)?|carn[ée]t?\s+de\s+identidad|ci",
     ("ec.ci", "do.cedula", "cu.ni", "cr.cpf")),
    (r"dni", ("ar.dni", "pe.cui")),
    (r"рнокпп|ідентифікаційний\s+код|инн|іпн", ("ua.rntrc", "ru.inn")),
    (r"rfc", ("mx.rfc",)),
    (r"spi|num[ée]ro\s+fiscal", ("fr.nif",)),
    (r"utr|unique\s+taxpayer\s+reference", ("gb.utr",)),
    (r"personal\s+health(?:\s+number)?|phn", ("ca.bc_phn",)),
    (r"cart[ãa]o\s+de\s+cidad[ãa]o|cc", ("pt.cc",)),
    (r"virtual\s+id|vid", ("in_.vid",)),
    (r"epic|voter\s+id", ("in_.epic",)),
    (r"α\.?φ\.?μ|afm", ("gr.vat",)),
    (r"kra\s+pin", ("ke.pin",)),
    (r"nic|national\s+identity\s+card", ("mu.nid",)),
    (r"(?:num[ée]ro\s+)?bis(?:-?nummer)?", ("be.bis",)),
    (r"rif(?:\s+personal)?", ("ve.rif",)),
    (r"upn|unique\s+pupil(?:\s+number)?", ("gb.upn",)),
    (r"d-?nummer", ("no.fodselsnummer",)),
    (r"samordningsn(?:umme)?r(?:et)?|samordningsnumret", ("se.samordningsnummer",)),
    (r"atin|adoption\s+taxpayer\s+identification(?:\s+number)?", ("us.atin",)),
    # Identifiers python-stdnum has no module for, checked by ``id_checks``.
    (r"nric", ("sg.nric",)),
    (r"hkid|(?:香港)?身份證(?:號碼)?", ("hk.hkid",)),
    (r"身分證(?:字號|號碼)?|roc\s+id", ("tw.id",)),
    (r"taj(?:\s*-?sz[áa]m)?", ("hu.taj",)),
    (r"mbi|medicare\s+beneficiary\s+identifier", ("us.mbi",)),
    (r"medicare(?:\s+(?:card|number|no))?", ("au.medicare",)),
    (r"nhi(?:\s+number)?|national\s+health\s+index(?:\s+number)?", ("nz.nhi",)),
    (r"versicherten-?(?:nr|nummer)|kvnr|krankenversichertennummer", ("de.kvnr",)),
    (r"nuss|naf|(?:n[º°o.]?\s*de\s+)?afiliaci[óo]n(?:\s+a\s+la\s+seguridad\s+social)?", ("es.nuss",)),
    (r"cns|cart[ãa]o\s+(?:nacional\s+de\s+sa[úu]de|sus)", ("br.cns",)),
    (r"ohip|(?:ontario\s+)?health\s+card(?:\s+(?:no|number))?", ("ca.ohip",)),
    (r"nss|imss|n[úu]mero\s+de\s+seguridad\s+social(?:\s+imss)?", ("mx.nss",)),
)
# After the label: "No.", an abbreviation or an aside in brackets ("(BSN)", "(OCR)") perhaps then "number", then
# a sign or "is" in the languages read.
# A quote or a tag may close the label and open the value (JSON, XML attributes and elements), and
# one word may say whose it is ("DNI argentino", "RIF personal") or what it comes with ("RFC con homoclave").
_CJK_BEFORE_DIGIT = r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=\d)"
"""A label in Chinese, Japanese or Korean characters, its digits right after it ("マイナンバー367...": no blank there)."""
_LABEL_TAIL = (r"(?:-[^\W\d_]{1,3}(?!\w))?"  # an inflection after a hyphen: Polish "PESEL-u", "NIP-u"
               r"(?:[はがを是為为]|(?!\w)|" + _CJK_BEFORE_DIGIT + r")\.?(?:[ \t]*(?:no\.?|nr\.?|number|#|n\.?[°º]\.?))?(?:[ \t]*\([\w ./-]{1,12}\))?"
               r"(?:,?[ \t]*(?:num[ée]ro|n[úu]mero|nummer|number)(?=[ \t]+\d))?"  # "carte Vitale (OCR), numéro 2..."
               r"(?:(?:[ \t]+(?:[^\W\d_]{1,20}(?:['’]s)?(?:-[^\W\d_]{2,12})?|[dl]['’][^\W\d_]{3,12})){1,8}(?=[ \t]+(?:es[ \t]+)?\d))?(?:[ \t]+(?:con|with|mit|avec|com)[ \t]+[^\W\d_]{4,12})?"
               # What it is for or where it is from, before a colon ("Steuer-ID für den Arbeitgeber: ...",
               # "BSN voor de aanvraag kinderopvangtoeslag:", "... de l'enfant :").
               # "Aadhaar copy for the new SIM (OCR): ...", "SIN for the T1, it's ...", "NHS number before they'll
               # hand it over — is it 6361660494?", "Aadhaar number boliye — ...": a dash alone. A short word with a digit ("T1") is the second kind of word; a word of
               # letters only is the first kind alone, so a sentence of short words is read one way, not 2^n ways.
               r"(?:(?:,?[ \t]+[^\W\d_](?:[^\W\d]|['’.-]){0,23}(?![\w'’.-])|,?[ \t]+[^\W\d_](?:\d\w?|[^\W\d]\d)(?![\w'’.-])){1,12}(?:[ \t]*\([\w ./-]{1,12}\))?(?=[ \t]*(?:[:?,]|[—–](?:[ \t]*(?:is\s+it|it['’]s|it\s+is)\b)?|,?[ \t]*"
               r"(?:it['’]s|it\s+is|that['’]s|that\s+is|is|är|ist|est|é|er)(?!\w))))?\??"  # "personnummer, mitt är ...", "contribuinte, o meu é": mine is
               r"[\"'”’»」』]?[ \t]*"
               r"(?:,?[ \t]*(?:é|es|è)[ \t]+(?:o|a|el|la|il)(?=[ \t]+\d)"  # "meu CPF, é o 894...": it is the
               r"|[:#=：>,、]|[—–](?:[ \t]*(?:is\s+it|it['’]s|it\s+is))?|,?[ \t]*(?:it['’]s|it\s+is|that['’]s|that\s+is)|is|ist|est|är|er|on|é|è|es|είναι)?[ \t]*[\"'“‘«「『]?")
_VALUE = r"([A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){5,24})"
# A label starts a word, or follows Chinese, Japanese or Korean characters ("書類にマイナンバー": no blanks there).
_NOT_AFTER_WORD = r"(?<![^\W\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|-)"

# Unlabelled: forms distinctive enough that a checksum pass is strong evidence.
_WELL_FORMED: tuple[tuple[str, str], ...] = (
    (r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", "us.ssn us.itin"),
    (r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)", "br.cpf"),
    (r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b", "it.codicefiscale"),
    (r"(?<![\dA-Z-])\d{8}-?[A-Z](?![\dA-Z])", "es.dni"),
    (r"\b[XYZ]-?\d{7}-?[A-Z]\b", "es.nie"),
    (r"(?<!\d)[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}(?!\d)", "fr.nir"),
    (r"(?<![\w-])\d{6}[-+A]\d{3}[0-9A-Y](?![\w-])", "fi.hetu"),
    (r"(?<![\w+-])\d{6}[-+]\d{4}(?![\w-])", "se.personnummer"),  # Sweden's: a birth date, "-" (or "+" past 100), a Luhn check
    (r"(?<![\d.])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\d.])", "be.nn"),
    (r"(?<![\d.])756\.\d{4}\.\d{4}\.\d{2}(?![\d.])", "ch.ssn"),
    (r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dK](?![\w-])", "cl.rut"),
    (r"(?<![\d-])(?:20|23|24|27|30|33|34)-\d{8}-\d(?![\d-])", "ar.cuit"),
    (r"(?<![\d-])\d{6}-\d{7}(?![\d-])", "kr.rrn"),
    (r"(?<![^\W\u3040-\u30ff\u3400-\u9fff]|-)\d{17}[\dX](?![^\W\u3040-\u30ff\u3400-\u9fff]|-)", "cn.ric"),  # "身份证号110..."
    (r"(?<!\d)(?<!\d )[2-9]\d{3} \d{4} \d{4}(?![ ]?\d)", "in_.aadhaar"),
    (r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", "mx.curp"),
    (r"\b[A-Z]{1,2}\d{6}\([0-9A]\)", "hk.hkid"),  # the check digit in brackets
    (r"(?<![\d ])[2-6]\d{3} \d{5} \d(?![ ]?\d)", "au.medicare"),  # as the card prints it
    (r"(?<![\w-])[0-3]\d[01]\d{3}-[0-2]\d{4}(?![\w-])", "lv.pvn"),  # Latvian personas kods: birth date, check
    (r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", "gb.nino"),
    (r"(?<![\d-])[1-7]\d{4}-\d{7}-\d(?![\d-])", "pk.cnic"),  # Pakistan's CNIC as the card prints it: 5-7-1
)
# Unlabelled forms with fewer than six digits, looked for in any text with a digit.
_SPARSE: tuple[tuple[str, str], ...] = ((r"\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b", "in_.pan"),)
# Named elsewhere in the text, a sentence away ("the SIN was missing; this time I printed it clearly: 271-368-128", "the
# old green-book number copied on by the clerk: 5909266508081"): the id's own form and check, and its name anywhere.
# (Each form starts with a digit and looks behind it from there: a search skips to the digits.)
_NAMED_ELSEWHERE: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:SIN|NAS)\b|(?i:social\s+insurance)", r"\d(?<![\d-]\d)\d{2}[- ]?\d{3}[- ]?\d{3}(?![\d-])", "ca.sin"),
    (r"(?i)green[- ]?(?:barcoded[- ]?)?(?:id[- ]?)?book|barcoded\s+(?:id\s+)?book|smart[- ]?id\b|\bid\s+(?:book|card|number|no)\b|identity\s+(?:number|document)", r"\d(?<!\d\d)\d{12}(?!\d)",
     "za.idnr"),
    (r"\bSSN\b|(?i:social\s+security)", r"\d(?<![\d-]\d)\d{2}-?\d{2}-?\d{4}(?![\d-])", "us.ssn"),
    # The Netherlands' BSN a clause away from its name: "BSN van de trainer ... voor de verzekering ...: 671248704"
    (r"\bBSN\b|(?i:burgerservicenummer)", r"\d(?<![\d.-]\d)\d{8}(?![\d-])", "nl.bsn"),
    (r"บัตรประชาชน|ประจำตัวประชาชน|เลขบัตร", r"\d(?<!\d\d)\d{12}(?!\d)|\d(?<![\d-]\d)([ -])\d{4}\1\d{5}\1\d{2}\1\d(?![\d-])", "th.pin"),  # as the card prints it: 1 2345 67890 12 3
    # France's NIR in one run of 15 digits, a word for it or only "numéro" anywhere: "sa secrétaire veut mon numéro 1720806..."
    (r"(?i)s[ée]cu|assur[ée]|vitale|\bnir\b|\bnum[ée]ro\b", r"[12](?<![\d-][12])\d{14}(?![\d-])", "fr.nir"),
    (r"\bPESEL|(?i:legitymacj\w*|dow(?:ód|od)\w*\s+osobist\w*)", r"\d(?<!\d\d)\d{10}(?!\d)", "pl.pesel"),  # an id card it is copied from
    # Germany's tax id by the office that gives it, or its eleven digits: "die elfstellige Nummer vom Finanzamt, 689..."
    (r"(?i)finanzamt|steuer-?id|elfstellig", r"[1-9](?<![\d-][1-9])\d(?: ?\d{3}){3}(?![\d-])", "de.idnr"),
    # An NHS number as the NHS writes it (its first digit 4 to 9, alone or 3-3-4), the NHS, a GP or a hospital named:
    # "your NHS number, mine's 587...", "A&E can use 512..."
    (r"\bNHS\b|A&E|\bGP\b|(?i:hospital|emergency\s+card)", r"[4-9](?<![\d+-][4-9])(?<!\+\d\s[4-9])(?<!\+\d\d\s[4-9])\d{2}( ?)\d{3}\1\d{4}(?![\d-])",
     "gb.nhs"),  # (not a phone's: "+1 412 ...", "412-523-...")
    # Japan's My Number, a clause away from its name: "kuyakusho ni my number o todokeru ..., watashi no wa 8412..."
    # (Japanese's "my number o/ga/wa", "my number card", not an English "my number is +52...": a phone's)
    (r"(?i)\bmy\s*number\s+(?:o|wo|ga|wa|no|card|kaado)\b|\bmai\s*nanb[aā]a?\b|kojin\s+bang[oō]u?|マイナンバー|個人番号",
     r"\d(?<![\d+]\d)\d{11}(?!\d)|\d(?<![\d+-]\d)\d{3}([ -])\d{4}\1\d{4}(?![\d-])", "jp.in_"),
    # India's Aadhaar and Indonesia's NIK a clause away from their name: "Aadhaar ki copy lagegi, ... ka number 4649...",
# (or its twelve digits in Hindi: "baarah ankon wala number 4649-..."),
    # "minta NIK setiap pendayung ..., punya saya 5171..."
    (r"(?i)\baadhaa?r\b|आधार|\bbaa?rah\s+ank\w*|बारह\s+अंक", r"[2-9](?<![\d-][2-9])\d{11}(?!\d)|[2-9](?<![\d-][2-9])\d{3}([ -])\d{4}\1\d{4}(?![\d-])", "in_.aadhaar"),
    (r"\bNIK\b|(?i:nomor\s+induk\s+kependudukan|\be-?ktp\b|\bktp\b)", r"\d(?<!\d\d)\d{15}(?!\d)", "id.nik"),
    # Sweden's personnummer and Ireland's PPS number a clause away from their names: "vill ha personnumret ..., min bror skrev
    # 680602-3989", "needs the chairperson's PPS, Siobhán gave hers as 9915787B"
    (r"(?i)personnumm?er\w*|personnumret", r"\d(?<![\d-]\d)\d{5}[-+]\d{4}(?!\d)|\d(?<![\d-]\d)\d{7}-\d{4}(?!\d)", "se.personnummer"),
    # Turkey's T.C. kimlik number a clause after its name: "acente TC numaramı istedi, 1234..." (its two check digits decide)
    (r"\bT\.?C\.?\s+(?i:numara|kimlik)|(?i:\btckn\b|kimlik\s+numara)", r"[1-9](?<![\d-][1-9])\d{10}(?![\d-])", "tr.tckimlik"),
    (r"\bPPSN?\b|(?i:personal\s+public\s+service)", r"\d(?<![\w]\d)\d{6}[A-W][A-IW]?(?![\w])", "ie.pps"),
    # (Ireland's PPS and Mexico's RFC stay last: they alone have fewer than nine digits, and ``find`` tries them alone in a
    # text with no nine.)
    (r"\bRFC\b|(?i:datos\s+fiscales|constancia\s+fiscal|factur\w*)", r"(?<![\w&])[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}(?![\w&])", "mx.rfc"),  # "datos fiscales ...: CAMR..."  # "proszę podać PESEL małej, więc przeliterowałem 81..."
)


_NINE_DIGITS = re.compile(r"\d(?:[ -]?\d){8}")
_NAME_WORDS = WordGate([
    "sin", "nas", "social", "green", "barcoded", "smart", "identity", *(f"id{space}" for space in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "),
    "ssn", "bsn", "burgerservice", "secu", "assure", "vitale", "nir", "numero", "pesel", "legitymacj", "osobist", "finanzamt", "steuer", "elfstellig",
    "nhs", "a&e", "gp", "hospital", "emergency", "number", "nanb", "kojin", "aadha", "rah", "nik", "nomor", "ktp", "personnum",
    "numara", "kimlik", "tckn", "pps", "personal", "rfc", "fiscal", "factur"])
"""What an ASCII text must hold, lower-cased, for any name of ``_NAMED_ELSEWHERE`` to be in it (the ASCII whitespace
``\\s`` matches after "id"): one scan instead of a form's search for each name (their share of a labelled line 40 -> 15 us)."""


def _validator(names: tuple[str, ...]) -> Callable[[str], bool]:
    checks = [_CHECKS[name] if name in _CHECKS else import_module(f"stdnum.{name}").is_valid for name in names]
    return lambda value: any(_passes(check, value) for check in checks)


def _passes(check: Callable[[str], bool], value: str) -> bool:
    """``check(value)``, False where the check itself fails on an odd value (python-stdnum's Chinese
    id check raises KeyError for a birth place with no county on record)."""
    if filler_digits(value):
        return False  # "SSN: 000-00-0000": a form's filler passes some weak checks
    try:
        return check(value)
    except (KeyError, IndexError, ValueError):
        return False


_NINO = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(value: str) -> bool:
    """Whether ``value`` is written as a UK National Insurance number (which has no check digit:
    two letters of the allowed series, six digits, a suffix A-D); python-stdnum has no module."""
    return bool(_NINO.fullmatch(value.replace(" ", "").upper()))


def samordningsnummer_ok(value: str) -> bool:
    """Whether ``value`` is a Swedish coordination number: a personnummer's form whose day has 60
    added, its Luhn check over the digits as written (python-stdnum takes only birth days)."""
    digits = re.sub(r"[-+ ]", "", value)
    if not (digits.isdigit() and len(digits) in (10, 12)):
        return False
    digits = digits[-10:]
    return 1 <= int(digits[2:4]) <= 12 and 61 <= int(digits[4:6]) <= 91 and luhn.is_valid(digits)


_CHECKS: dict[str, Callable[[str], bool]] = {
    "gb.nino": nino_ok, "se.samordningsnummer": samordningsnummer_ok,
    "sg.nric": id_checks.sg_nric_ok, "hk.hkid": id_checks.hkid_ok, "tw.id": id_checks.tw_id_ok,
    "hu.taj": id_checks.hu_taj_ok, "us.mbi": id_checks.us_mbi_ok, "au.medicare": id_checks.au_medicare_ok,
    "nz.nhi": id_checks.nz_nhi_ok, "de.kvnr": id_checks.de_kvnr_ok, "es.nuss": id_checks.es_nuss_ok,
    "br.cns": id_checks.br_cns_ok, "ca.ohip": id_checks.ca_ohip_ok, "mx.nss": id_checks.mx_nss_ok,
}


class NationalIdDetector:
    """Labelled or well-formed national identifiers that pass their python-stdnum check.

    ``region`` (the writer's two-letter region) adds that country's identifiers to every label's
    checks (``stdnum_ids``)."""

    def __init__(self, region: str | None = None) -> None:
        self._stdnum_labels = StdnumLabelDetector(region)
        self._well_formed = [(re.compile(pattern), _validator(tuple(names.split()))) for pattern, names in _WELL_FORMED]
        self._sparse = [(re.compile(pattern), _validator(tuple(names.split()))) for pattern, names in _SPARSE]
        self._elsewhere = [(re.compile(name), re.compile(pattern), _validator((module,))) for name, pattern, module in _NAMED_ELSEWHERE]
        # Gates, each one search instead of one per pattern: any well-formed id at all, any label.
        # Every well-formed form starts with a digit or a capital letter: the lookahead turns every
        # other position away at once, before the forms' own lookbehinds are tried one by one
        # (digit-dense texts: 15.5 -> 6.8 us).
        # An ASCII text is searched lower-cased, without the case-insensitive flag (three times as
        # fast); for other texts the flag's Unicode case folding decides, as in the patterns.
        # (Compiled on first use: a command that redacts one short text need not pay for them.)
        forms = "|".join(f"(?:{pattern})" for pattern, _ in _WELL_FORMED)
        self._any_well_formed = LazyPattern(rf"(?=[\dA-Z])(?:{forms})")
        # Every label starts with a letter, looked for first (texts not ASCII: 16.0 -> 10.4 us, ASCII 4.4 -> 3.8).
        words = "|".join(label for label, _ in _LABELLED)
        self._label_gate = LabelGate(words)  # most texts hold no label: said in one fast scan first
        self._gate = LazyPattern(rf"(?i)(?=[^\W\d_]){_NOT_AFTER_WORD}(?:{words})(?:[はがを是為为]|(?!\w)|{_CJK_BEFORE_DIGIT})")
        # The ASCII gate groups the labels by their first letter ("s(?:sn|s#|ocial...)"): a word start is
        # tried against some 20 first letters, not against every label (7.4 -> 2.5 us a text).
        self._ascii_gate = LazyPattern(rf"(?=[^\W\d_])(?<![\w-])(?:{by_first_letter(label for label, _ in _LABELLED)})\b")

    @cached_property
    def _labelled(self) -> list[tuple[re.Pattern[str], Callable[[str], bool]]]:
        """The labelled patterns and their checks, built the first time a text holds a label: about 80
        patterns and their python-stdnum modules cost 0.2 s, which `tether log` need not pay."""
        return [(re.compile(rf"(?i){_NOT_AFTER_WORD}(?:{label}){_LABEL_TAIL}{_VALUE}"), _validator(names))
                for label, names in _LABELLED]

    @cached_property
    def _headers(self) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], Callable[[str], bool]]]]:
        """Any label as a table's column header (one test per cell), and each label with its check."""
        suffix = r"(?:[ \t_.-]*(?:no\.?|nr\.?|number|#|№))?"
        any_label = re.compile(rf"(?i)(?:{'|'.join(label for label, _ in _LABELLED)}){suffix}")
        return any_label, [(re.compile(rf"(?i)(?:{label}){suffix}"), _validator(names)) for label, names in _LABELLED]

    @cached_property
    def _value_first(self) -> re.Pattern[str]:
        """A value, then a dash, a colon or "is" (and "that's"), then (whose) its label: "733350604 — Mom's Social
        Security number", "733350604 - that's Dad's SSN"."""
        words = "|".join(label for label, _ in _LABELLED)
        return re.compile(rf"(?i)(?<![\w./-])(?P<v>\d[\d ./-]{{4,22}}\d|[A-Z0-9]{{6,24}})[ \t]*(?:[—–-]|:|,|is(?:[ \t]+the)?)[ \t]*"
                          rf"(?:(?:that['’]s|that[ \t]+is|this[ \t]+is|it['’]s)[ \t]+)?"
                          rf"(?:(?:my|the|his|her|our|their|\w+['’]s)[ \t]+)?(?P<label>{words})(?![\w])")

    def _value_then_label(self, text: str) -> list[Finding]:
        found = []
        for match in self._value_first.finditer(text):
            label = match.group("label")
            checks = [valid for pattern, valid in self._headers[1] if pattern.fullmatch(label)]
            if any(valid(match.group("v").upper()) for valid in checks) and not labelled_as_other_number(text, match.start("v")):
                found.append(Finding(*match.span("v"), NATIONAL_ID))
        return found

    def _header_check(self, cell: str) -> Callable[[str], bool] | None:
        any_label, headers = self._headers
        if len(cell) > 60 or any(ch.isdigit() for ch in cell) or not any_label.fullmatch(cell):
            return None
        checks = [valid for pattern, valid in headers if pattern.fullmatch(cell)]
        return (lambda value: any(valid(value.upper()) for valid in checks)) if checks else None

    def find(self, text: str, digit_dense: bool = True) -> list[Finding]:
        """National identifiers in ``text``; the unlabelled forms only when ``digit_dense`` (it
        has six digits close together, as most of those forms do)."""
        found: list[Finding] = []
        patterns = self._sparse
        first = 0  # where the first well-formed id may start: no form matches before the gate's first match
        if digit_dense and (gate := self._any_well_formed.search(text)):
            patterns, first = self._well_formed + self._sparse, gate.start()
        for pattern, valid in patterns:
            for match in pattern.finditer(text, first if pattern is not self._sparse[0][0] else 0):
                # "FedEx 6769 1733 7778": a parcel's number that happens to pass an id's check.
                if valid(match.group(0)) and not labelled_as_other_number(text, match.start()):
                    found.append(Finding(match.start(), match.end(), NATIONAL_ID))
        gate, haystack = (self._ascii_gate, text.lower()) if text.isascii() else (self._gate, text)
        starts = _match_starts(gate, haystack) if self._label_gate.search(text) else []
        if starts:
            # Each labelled pattern is tried only where a label starts, not searched along the text.
            for pattern, valid in self._labelled:
                for start in starts:
                    match = pattern.match(text, start)
                    if match is None:
                        continue
                    run = longest_valid_run(text, match.start(1), match.end(1), lambda v: valid(v.upper()), " ./-",
                                           digits=4)
                    if run is not None:
                        found.append(Finding(*run, NATIONAL_ID))
            if "\n" in text:
                found += [Finding(*span, NATIONAL_ID) for span in labelled_cells(text, self._header_check)]
            found += self._value_then_label(text)
        found += self._stdnum_labels.find(text)
        if digit_dense:
            nine = _NINE_DIGITS.search(text) is not None  # every form but Ireland's PPS and Mexico's RFC has nine digits or more
            named = self._elsewhere if not text.isascii() or _NAME_WORDS.search(text.lower()) else []
            for name, pattern, valid in named if nine else named[-2:]:  # the id's form and check first
                spans = [match.span() for match in pattern.finditer(text) if valid(match.group(0))]
                if spans and name.search(text):
                    found += [Finding(*span, NATIONAL_ID) for span in spans if not labelled_as_other_number(text, span[0])]
        return list(dict.fromkeys(found))  # a labelled well-formed id is found twice


def _match_starts(gate: LazyPattern, text: str) -> list[int]:
    """Every position where ``gate`` matches, overlapping matches included (a label may start
    inside another: "numéro de sécurité sociale", "sécu")."""
    starts = []
    match = gate.search(text)
    while match is not None:
        starts.append(match.start())
        match = gate.search(text, match.start() + 1)
    return starts
