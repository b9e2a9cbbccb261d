"""``Redactor``: every detector run over a text, overlaps resolved, findings replaced by placeholders."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from device.privacy.accounts import find_accounts, find_emails
from device.privacy.credentials import CredentialDetector
from device.privacy.findings import EMAIL, any_of, PLACEHOLDER, SECRET, Finding, apply_findings, resolve_overlaps
from device.privacy.national_ids import NationalIdDetector
from device.privacy.phones import PhoneDetector
from device.privacy.secret_stores import outside_store_reads
from device.privacy.alternation import fast_compile

# Six digits close together, or the start of an IBAN (whose bank code may be letters): worth the
# number detectors. Two searches, each starting with a digit, so that the scan skips to digits in C
# (the IBAN's letters are looked for behind its first check digit): half the time of one pattern
# whose second branch starts with a lookbehind, tried at every position.
_SIX_DIGITS = re.compile(r"\d(?:\D?\d){5}")
_IBAN_START = re.compile(r"\d(?<=(?<![A-Za-z0-9])[A-Za-z]{2}\d)\d(?:  ?|[-.])?[A-Za-z0-9]{4}")
_ANY_DIGIT = re.compile(r"\d")
# Dates and clock times are never part of a phone number; hiding them spares libphonenumber's
# matcher (the slowest detector) most lines that carry only those.
# (Each form starts with a digit: the lookahead turns every other position away before the lookbehinds are tried, the
# held-out lines: 18.7 -> 2.5 us a text.)
_DATE_OR_TIME = re.compile(r"(?=\d)(?:(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
                           r"|(?<![\d./])(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?![\d./]))")
_DIGIT_MARK_DIGIT = re.compile(r"\d[-:./]\d")
# Nor a version or an address written in four or more dotted groups ("Chrome 121.0.6335.130",
# "192.168.1.10"), unless every group has two digits (a French number "01.42.68.53.00").
_DOTTED_GROUPS = re.compile(r"(?=\d)(?<![\d.])\d{1,5}(?:\.\d{1,5}){3,}(?![\d.])")
# Nor are coordinates: a pair of decimal fractions ("47.711980, 140.678082"; with a blank alone
# between them, a latitude and five or more decimals each: "56.826828 23.800506"), one with a degree
# sign or after "lat"/"lon". (A lone "335.1234567" may be an Italian mobile.) Each form has four decimals after a point:
# looked for first (27 -> 0.3 us a text).
_FOUR_DECIMALS = re.compile(r"\.\d{4}")
_COORDINATES = re.compile(
    r"(?<![\d.])-?\d{1,3}\.\d{4,}[ \t]*[,;/][ \t]*-?\d{1,3}\.\d{4,}(?![\d]|\.\d)"
    r"|(?<![\d.])-?(?:[0-8]?\d|90)\.\d{5,}[ \t]+-?\d{1,3}\.\d{5,}(?![\d]|\.\d)"
    r"|(?<![\d.])\d{1,3}\.\d{4,}[ \t]?°|(?i:\b(?:gps)?(?:lat|lon|lng|latitude|longitude)\b)[\s:=]*-?\d{1,3}\.\d{4,}(?![\d]|\.\d)")
# Nor a military grid reference (MGRS): zone and band, a 100 km square's two letters, then easting
# and northing of equal length ("33UXP 04530 23456", "4QFJ 1234 5678").
_MGRS = re.compile(r"(?:[1-9](?<!\w[1-9])|[1-5](?<!\w[1-5])\d|6(?<!\w6)0)[C-HJ-NP-X][ \t]?[A-HJ-NP-Z]{2}[ \t]?"  # a digit first
                   r"(?:\d{5}[ \t]?\d{5}|\d{4}[ \t]?\d{4}|\d{3}[ \t]?\d{3})(?!\w)")
_WHICH_CLAUSE = (r"(?i:,\s+(?:mit\s+de[mnr]|with\s+which|which|that|to\s+(?:check|verify)|used\s+to|zum\s+(?:Prüfen|Verifizieren)|dont|avec\s+laquelle|"
                 r"pour\s+vérifier|con\s+(?:la|el)\s+que|para\s+verificar|met\s+de\s+welke|om\s+te\s+controleren)\b(?:(?!private|secret|pass|priv)[^:=\n]){1,80}?(?=\s*:))?")
"""What a published key is for, said between its name and the value ("Öffentlicher Schlüssel, mit dem der Kassenwart ...
signiert: ...", "PGP key fingerprint, to check the signed list: ..."), up to the colon."""
# Published material that looks random: a data URI's body, a Go module hash, a public key (PEM
# body, WireGuard PublicKey, age recipient), an IPFS content id, a CAPTCHA's site key (its page
# carries it; the secret key is named "secret"). A secret found right after one of these is none.
# A key's fingerprint or id (SSH host keys, GPG) names a key; it is no secret either.
_PUBLIC_BEFORE = re.compile(r"(?:;base64,|\bh1:|\b(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+)\s+|-----BEGIN PUBLIC KEY-----(?:\s|\\n)*\\?|\bPublicKey\s*[=:]?\s*|ipfs://|\bage1"
                            r"|(?i:\bpeer\s+(?:public\s+)?key)(?:[^:=\n]{1,40}?(?:[:=]|\sis))?\s*[:=]?\s*"  # a WireGuard peer's key is its public one
                            r"|\b(?:nodekey|discokey|mkey|machinekey|nlpub):"  # Tailscale's public keys (its private ones: "privkey:")
                            r"|(?i:site[-_]?key)[\"']?\s*[:=]\s*[\"']?"
                            r"|(?i:fingerprint|fingerabdruck|empreinte|huella|impronta|vingerafdruk|fingeravtrykk\w*|fingeraftryk\w*|fingeravtryck\w*|key\s+id|keyid)"
                            r"(?i:\s+(?:auf|on|in|of|de|du|der|sur|en|op|til|av|for|van|von|di|del)\s+[^:=,;\n]{1,40}?(?=\s*:))?" + _WHICH_CLAUSE +
                            r"\s*(?:is\s+)?:?\s*(?:(?:SHA256|SHA1|MD5):|0x)?|\b(?:SHA256|SHA1|MD5):"
                            r"|(?i:\bipfs\b|\bcid\b)[ \t]*:?[ \t]*"
                            r"|(?i:public[\s-]+(?:pgp\s+|gpg\s+|ssh\s+)?key|pubkey|publickey|öffentliche[rn]?\s+(?:[^\W\d_]+-)?schlüssel|clé\s+publique|publieke\s+sleutel|kunci\s+(?:awam|umum)(?:\s+[^\W\d_]+){0,4}"
                            r"|clave\s+pública|chave\s+pública|chiave\s+pubblica|klucz\s+publiczny|julkinen\s+avain|offentlige?\s+(?:nøkkel|nøgle|nyckel)"
                            r"|公開鍵|公钥|公鑰|공개\s?키|k[oō]u?kai\s+kagi|public\s+(?:part|half))"
                            # where it is shown or what it joins: "Peer public key in the WireGuard app: ...", "Clé publique du tunnel VPN qui relie ... :"
                            r"(?i:\s+(?:in|on|of|for|from|van|des|der|vom|von|du|de|til|till|per|dla)\s+(?:(?!private|secret|pass|priv)[^:=,;\n]){1,80}?(?=\s*[:=]|\s+(?:is|ist|est)\s|,\s+(?:paste|put|add|enter|copy)\b))?"
                            r"(?:は|が)?(?:こちら|これ|以下)?"  # "公開鍵はこちら ...": the public key is this
                            + _WHICH_CLAUSE +
                            r"(?i:\s+(?:der|des|of\s+the|du|de\s+la|van\s+de)\s+[^\W\d_]{3,30})?"  # "öffentlicher Schlüssel der Gegenseite ..."
                            r"(?i:\s+(?!priv|secret|geheim)[^\W\d_]{3,30}(?=\s*[:=]))?"  # a noun alone for whose: "Öffentlicher Schlüssel Kamera: ..."
                            r"(?i:,?\s+(?:paste|put|add|enter|copy)(?:\s+it)?\s+(?:on|in|into|to|onto)\s+(?:(?!private|secret|pass|priv)[^:=,;\n]){1,60}?(?=\s*:))?"
                            r"(?:\s+(?:is|ist|est|ends(?:\s+(?:in|with))?|starts(?:\s+with)?|begins(?:\s+with)?|reads))?\s*[:=、，]?\s*(?:\.{3}|…)?)$")
# A request's or an event's id, called a token by some services ("correlation token <uuid>"): it names one
# request in their logs and opens nothing.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TRACE_ID = re.compile(r"(?i)\b(?:correlation|trace|tracing|request|tracking|reference|transaction|message|event)[\s_-]*(?:token|id)\b"
                       r"[\s:=#\"']*$")
_TRACE_HINTS = any_of(("correlation", "trace", "tracing", "request", "tracking", "reference", "transaction", "message", "event"))
_CLOUD_KEY_ID = re.compile(r"(?:AKIA|ASIA|LTAI)[0-9A-Za-z]{12,30}\b")
"""A cloud access key's id ("Access key ID AKIA..."): half of a credential pair, kept out like its secret,
though "key id" before a GPG key names a public key."""
_PUBLIC_HINTS = ("base64,", "h1:", "kagi", "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2", "PUBLIC KEY", "PublicKey", "ipfs://", "age1", "sitekey", "site_key", "siteKey",
                 "site-key", "peer key", "Peer key", "pk.eyJ", "phc_", "pk_live_", "pk_test_", "NRJS-", "npub1", "ingerprint", "key ID", "key id",
                 "abdruck", "mpreinte", "huella", "impronta", "vingerafdruk", "avtrykk", "aftryk", "avtryck", "signiert", "Signiert", "signed", "Signed", "signé", "firmad", "assinad",
                 "keyid", "KEYID", "nodekey:", "discokey:", "mkey:", "machinekey:", "nlpub:", "GPG", "gpg", "PGP", "SHA256:", "SHA1:", "MD5:", "IPFS", "ipfs", "CID", "bafy", "bafk", "xpub", "ypub", "zpub", "tpub", "bc1", "public key", "Public key", "Public Key", "Public-Key", "public-key", "publieke sleutel", "unci awam", "unci umum", "ffentliche", "publique", "pública", "pubkey", "minisign", "Minisign",
                 "ffentlig", "pubblica", "publiczny", "julkinen", "公開鍵", "公钥", "公鑰", "공개", "ublic part", "ublic half")
# A Bitcoin address (bech32, "bc1q..."): where money is sent, given out to be paid.
# Keys their issuers publish by design (in a page's or an app's code): a Mapbox public token, a
# PostHog project key, a Stripe publishable key, New Relic's browser agent key, a Nostr public key; and
# a key's fingerprint, written with its hash's name ("Host key SHA256:6Fl8...") or an OpenPGP key's 40 hex digits.
_PUBLISHABLE = re.compile(r"(?<![\w.-])bc1[02-9ac-hj-np-z]{11,71}\b|(?<![\w.-])(?:nodekey|discokey|mkey|machinekey|nlpub):[0-9a-f]{64}\b|(?<![\w.-])(?:pk\.eyJ|phc_|pk_live_|pk_test_|age1|NRJS-|npub1|[xyzt]pub[1-9A-HJ-NP-Za-km-z]|bafy|bafk)[\w.-]*"
                          r"|(?<![\w.-])(?:SHA256|SHA1|MD5):[\w+/=:.-]+"
                          # An OpenPGP key named by its 40 hex digits (its fingerprint): "GPG key 3AA5...", "GPG-Schlüssel".
                          r"|(?i:\b(?:gpg|pgp|openpgp)[-\s]?(?:key|schl[üu]ssel|cl[ée]|clave|chave|sleutel|nyckel)(?:\s+[^\s:\d]+){0,3}?\s*:?\s*)"
                          r"[0-9A-Fa-f]{40}\b"
                          # ... or after a fingerprint's word in any language ("OpenPGP-Fingerabdruck auf der Visitenkarte: 676E...")
                          r"|(?i:(?:fingerprint|fingerabdruck|empreinte|huella|impronta|vingerafdruk)[^:\n]{0,40}:\s*)(?:0x)?[0-9A-Fa-f]{40}\b"
                          # ... or as the key a text says something is signed with ("signiert; Schlüssel prüfen gegen CD66...")
                          r"|(?i:\b(?:signed|signiert\w*|sign[ée]e?s?|firmad[oa]s?|assinad[oa]s?)\b[^\n]{0,80}?\b(?:key|schl[üu]ssel|cl[ée]|"
                          r"clave|chave|sleutel)\b[^\n\d]{0,40}?)[0-9A-Fa-f]{40}\b"
                          # ... or before the verb, as German and Dutch put it ("mit dem Schlüssel 7A13... signiert")
                          r"|(?i:\b(?:key|schl[üu]ssel|cl[ée]|clave|chave|sleutel|nyckel|nøkkel)\s+(?:0x)?)[0-9A-Fa-f]{40}\b"
                          r"(?=[^\n]{0,40}?\b(?i:signed|signiert\w*|sign[ée]e?s?|firmad[oa]s?|assinad[oa]s?|ondertekend|getekend|signert|signerad)\b)"
                          # A Minisign public key ("RW" and 54 base64 characters): what its releases are checked against.
                          r"|(?i:\bminisign\b[^\n]{0,40}?)RW[A-Za-z0-9+/]{54}(?![A-Za-z0-9+/=])")
# A value that shows where a key goes, in documentation and sample files ("sk-your-key-here",
# "<token>", "changeme"): no secret.
_EXAMPLE_VALUE = fast_compile(r"(?i)(?<![a-z])your[-_ ]?(?:\w+[-_ ])?(?:key|token|secret|password|pass|api)|(?<![a-z])(?:dein|deine|ihr|ihre|votre|ton|tu|seu|sua|je)[-_]?(?:\w+[-_])?(?:schl[üu]ssel|schluessel|token|passwort|kennwort|key|cl[ée]|clave|chave|sleutel|wachtwoord)(?![a-z0-9])|[-_]here\b|x{4,}|\bpaste[-_ ]?(?:your[-_ ]?)?(?:token|key|secret|password|here)\b|"
                            r"placeholder|change[-_]?(?:me|it)(?:[-_]?\d{1,3})?\b|\*{4,}|replace[-_]?(?:me|this|with)|<[^<>\s]{2,30}>|(?<![.\w])example\d{0,3}(?![.\w])|"
                            r"\bdummy\b")
# A count a rule about passwords sets, not a password: "password: 16+ characters, one symbol".
_RULE_AFTER = re.compile(r"(?i)\s*(?:characters?|chars?|digits?|letters?|symbols?|or\s+more|zeichen|caract[èe]res|caracteres"
                         r"|cifre|cijfers|tecken|tegn|merkki[äa])\b")
_PASSWORD_MANAGER = re.compile(r"(?i)(?:1password|bitwarden|vaultwarden|keepass(?:xc|2android)?|lastpass|dashlane|keeper|enpass|nordpass"
                               r"|proton\s?pass)(?:[-_][^\W\d_]+)?")
"""A password manager's name, alone or with a word of its language glued on ("1Password-hvelvet", the 1Password vault):
where a password is kept, not the password."""
_ELIDED_KEY = re.compile(r"[A-Za-z]{1,5}[-_](?:\.{3}|…)")  # "sk-...": a key's prefix, the rest left out
# The keys AWS prints in its documentation end in "EXAMPLE": no secret where the text says where it is from.
_DOCS_EXAMPLE = re.compile(r"(?-i:EXAMPLE(?:KEY)?)\b")
_FROM_DOCS = fast_compile(r"(?i)\b(?:docs?|documentation|sample|tutorial|readme|beispiel|exemple|ejemplo|esempio|voorbeeld)\b")
# A text that calls its number made up: "uses account number 12345678 as a dummy", "(555) 555-0100
# (fictional)", "Stripe's test card 4242 4242 4242 4242", "sort code 12-34-56 is only a sample". (Secrets keep their own test: _EXAMPLE_VALUE.)
_NOT_REAL = fast_compile(r"(?i)\b(?:dummy|placeholder|fictional|fictitious|fake|made[- ]up|test\s+card|specimen|sample\s+(?:cheque|check)"
                       r"|is\s+(?:only\s+|just\s+|merely\s+)?(?:a|an)\s+(?:sample|example))\b")
_NOT_REAL_HINTS = any_of(("dummy", "placeholder", "fictional", "fictitious", "fake", "made", "test", "specimen", "sample", "example"))
_WORD_AS_VALUE = frozenset({"secret", "password", "passwd", "changeme", "pass", "pwd",
                            "à-remplacer", "a-remplacer", "à_remplacer", "a_remplacer", "remplacer", "à-changer", "a_changer",
                            "à-modifier", "reemplazar", "por-reemplazar", "cambiar", "por-cambiar", "sustituir", "ersetzen",
                            "bitte-ändern", "ändern", "aendern", "substituir", "trocar", "alterar", "sostituire", "da-sostituire",
                            "cambiare", "da-cambiare", "vervangen", "wijzigen", "ändra", "erstatt", "zmień", "zmienić",
                            "bitte-ersetzen", "bitte-ändern", "bitte-aendern", "please-replace", "please-change", "a-changer",
                            "hier-eintragen", "eintragen", "bitte-eintragen", "hier-einfügen", "enter-here", "fill-in"})
"""A sample file's value that is the word itself ('password = "secret"') or says to replace it in another language
('SECRET_KEY=à-remplacer', 'ersetzen'): no secret."""
_NAME_BEFORE_BRACES = re.compile(r"[ \t]+\{[^{}\n]+\}")
"""A word with a braced value after it ("add password sw-core-* {X}"): the name the value is for, not the value."""
_ID_HALF = re.compile(r"(?i)\b(?:(?P<prefix>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*?)_?)?(?:ACCESS|APP|CONSUMER)_?KEY[\"']?[ \t]*[=:][ \t]*[\"']?$")
"""A key named beside its secret ("SOKETI_DEFAULT_APP_KEY=x ... SOKETI_DEFAULT_APP_SECRET=y", MinIO's ACCESS_KEY and SECRET_KEY):
the pair's id half (a Pusher app's public key, an object store's user name), no secret of its own."""
_ID_OPTION = re.compile(r"(?i)(?<![\w-])--(?P<prefix>[a-z][a-z0-9]*(?:-[a-z0-9]+)*?)-key[ =][\"']?$")
"""A command's option for a key whose secret another option gives ("--api-key NAME --api-secret X", LiveKit's): its id half."""
_SETTING_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+:?")
_VALUE_AFTER = re.compile(r"[ \t]*[:=]?[ \t]*[^\s:=]")
"""A setting's name in capitals, then its value ("never made secret: BATCALL_OPENAI_APIKEY: sk-..."): the name, not the value."""
_SSH_PUBLIC_KEY = re.compile(r"AAAA(?:C3NzaC1lZDI1NTE5|B3NzaC1yc2E|E2VjZHNhLXNoYTIt|B3NzaC1kc3M|C3NzaC1lZDQ0OA|"
                             r"GnNrLXNzaC1lZDI1NTE5|InNrLWVjZHNh)")
"""An OpenSSH public key's base64 ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5...", a host key's): published, no secret."""
_SAMPLE_VALUES = frozenset({"hunter2", "letmein", "p@ssw0rd", "passw0rd", "qwerty", "123456", "12345678", "admin", "test", "geheim",
                            "geheim123", "secret123", "password123", "passwort123", "motdepasse", "contraseña123", "segreto123"})
"""The stock passwords of examples, no secret where the text says it is a sample or its file is one ("config.sample.toml")."""
CACHE_SIZE = 4096
"""Texts whose redaction is remembered: window titles, app names and URLs repeat all day."""


class Redactor:
    """Finds personal data in text and replaces it with ``[kind]`` placeholders.

    ``region`` is the person's two-letter region for phone numbers written without a country code
    (default: from the locale). Built once and reused: construction compiles every pattern.
    """

    def __init__(self, region: str | None = None, cache_size: int = CACHE_SIZE) -> None:
        self._phones = PhoneDetector(region)
        self.region = self._phones.region
        self._credentials = CredentialDetector()
        self._national_ids = NationalIdDetector(self.region)
        self._cached = lru_cache(maxsize=cache_size)(self._redact)

    def findings(self, text: str) -> list[Finding]:
        """Non-overlapping findings in ``text``, in text order."""
        found = self._secrets(text) + find_emails(text)
        if _SIX_DIGITS.search(text) or _IBAN_START.search(text):
            found += find_accounts(text)
            found += self._national_ids.find(text)
            found = resolve_overlaps(found)
            found += self._phones.find(_masked(text, found))
        elif _ANY_DIGIT.search(text):
            found += self._national_ids.find(text, digit_dense=False)
        if found and "[" in text:
            found = _outside_placeholders(text, found)
        if found and _NOT_REAL_HINTS.search(text.lower()) and _NOT_REAL.search(text):
            found = [f for f in found if f.kind in (SECRET, EMAIL)]  # "account number 12345678 as a dummy"
        return resolve_overlaps(found)

    def _secrets(self, text: str) -> list[Finding]:
        """Secrets in ``text``, less sample values, what is published on purpose and the names of stored ones."""
        found = self._credentials.find(text)
        if found:
            found = outside_store_reads(text, found)
            from_docs = "EXAMPLE" in text and _FROM_DOCS.search(text) is not None
            sample = _FROM_DOCS.search(text) is not None or ".example" in text or ".dist" in text
            found = [f for f in found if not _EXAMPLE_VALUE.search(text, f.start, f.end)
                     and text[f.start:f.end].lower() not in _WORD_AS_VALUE and text[f.start:f.end].lower().replace("_", "-") not in _WORD_AS_VALUE
                     and not _SSH_PUBLIC_KEY.match(text, f.start)
                     and not _NAME_BEFORE_BRACES.match(text, f.end)
                     and not (_SETTING_NAME.fullmatch(text, f.start, f.end) and (text[f.end - 1] == ":" or text.startswith((":", "="), f.end))
                              and _VALUE_AFTER.match(text, f.end))
                     and not (sample and text[f.start:f.end].lower() in _SAMPLE_VALUES)
                     and not _ELIDED_KEY.fullmatch(text, f.start, f.end) and not _RULE_AFTER.match(text, f.end)
                     and not _PASSWORD_MANAGER.fullmatch(text, f.start, f.end)
                     and not (from_docs and _DOCS_EXAMPLE.search(text, f.start, f.end))]
        if found and "KEY" in (upper := text.upper()) and "SECRET" in upper:
            found = [f for f in found if not _id_half(text, f.start)]
        if found and _TRACE_HINTS.search(text.lower()):
            found = [f for f in found if not (_UUID.fullmatch(text, f.start, f.end) and _TRACE_ID.search(text, max(0, f.start - 32), f.start))]
        if found and any(hint in text for hint in _PUBLIC_HINTS):
            published = [match.span() for match in _PUBLISHABLE.finditer(text)]
            found = [f for f in found if (not _PUBLIC_BEFORE.search(text, 0, f.start) or _CLOUD_KEY_ID.match(text, f.start))
                     and not any(start <= f.start and f.end <= end for start, end in published)]
        return found

    def redact(self, text: str) -> tuple[str, Counter[str]]:
        """``text`` with personal data replaced, and the replacements counted by kind.

        One pass: every detector reads the text as it came. (A second pass over the redacted text,
        for values a replaced neighbour might reveal, found no personal value in any of the 13,260
        labelled lines and cost a tenth of the time; redacting the result again changes 2 of them,
        where a placeholder is read as a value's neighbour.)
        """
        redacted, counts = self._cached(text)
        return redacted, Counter(dict(counts))

    def redact_fast(self, text: str) -> str:
        """``text`` redacted, without the counts (the hot path of observation filtering)."""
        return self._cached(text)[0]

    def cache_clear(self) -> None:
        """Forget remembered texts (benchmarks measure the detectors, not the cache)."""
        self._cached.cache_clear()

    def _redact(self, text: str) -> tuple[str, tuple[tuple[str, int], ...]]:
        found = self.findings(text)
        if not found:
            return text, ()
        return apply_findings(text, found), tuple(Counter(finding.kind for finding in found).items())


def _outside_placeholders(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without findings that start or end inside a placeholder an earlier pass wrote:
    redacting part of "[secret]" hides nothing and would leave "[secret]]" behind."""
    placeholders = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    return [f for f in found
            if not any(start < f.start < end or start < f.end < end or (f.start, f.end) == (start, end)
                       for start, end in placeholders)]


def _masked(text: str, found: list[Finding]) -> str:
    """``text`` with what was already found, dates, clock times and coordinates blanked (same length)."""
    if found:
        parts, position = [], 0
        for finding in found:
            parts += [text[position:finding.start], " " * (finding.end - finding.start)]
            position = finding.end
        text = "".join(parts) + text[position:]
    if _DIGIT_MARK_DIGIT.search(text):  # every date and time has a digit, a mark, a digit: one fast scan first
        text = _DATE_OR_TIME.sub(_blank, text)
    if "." in text:
        text = _DOTTED_GROUPS.sub(lambda m: m.group(0) if all(len(g) == 2 for g in m.group(0).split(".")) else _blank(m), text)
    text = _MGRS.sub(_blank, text)
    return _COORDINATES.sub(_blank, text) if "." in text and _FOUR_DECIMALS.search(text) else text


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _id_half(text: str, start: int) -> bool:
    """Whether the value at ``start`` is assigned to a key whose secret the text names too, by the same prefix."""
    named = _ID_HALF.search(text, max(0, start - 80), start)
    if named is None and (option := _ID_OPTION.search(text, max(0, start - 40), start)) is not None:
        return re.search(r"(?i)(?<![\w-])--" + re.escape(option["prefix"]) + r"-secret(?:-key)?[ =]", text) is not None
    if named is not None and not named["prefix"]:  # "accessKey: X secretKey: Y", "access_key: X, secret_key: Y": a pair with no prefix
        return re.search(r"(?i)(?<![A-Za-z0-9])(?:access_?|app_?|consumer_?)?secret[_-]?key", text) is not None \
            and not _CLOUD_KEY_ID.match(text, start)  # (a cloud key's id stays redacted, "access_key = AKIA...")
    return named is not None and re.search(r"(?i)" + re.escape(named["prefix"]) + r"_?(?:ACCESS_?|APP_?|CONSUMER_?)?SECRET", text) is not None

