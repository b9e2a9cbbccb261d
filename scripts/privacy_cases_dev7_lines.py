"""Where dev7's numbers and addresses appear (``privacy_cases_dev7.py``, the held-out set from
2026-12-04): the templates of its lines, in the places a personal agent's sensors read them (window
titles, chat, notes, calendar entries, mail, forms, webhook payloads, screenshots' OCR text), and
the names and e-mail addresses of the people who write them. ``{v}`` is the value, ``{e}`` an
address, ``{name}`` a name; account templates take their values in order.
"""

from __future__ import annotations

import random

NAMES = {
    "US": ["Jordan Miller", "Ashley Nguyen", "Marcus Johnson", "Emily Carter", "Tyler Brooks", "Sofia Ramirez", "Kevin O'Brien"],
    "IN": ["Priya Raghunathan", "Arjun Mehta", "Sneha Kulkarni", "Rohit Verma", "Ananya Iyer"], "GB": ["Oliver Hughes", "Chloe Patel", "Harry Wilson"],
    "DE": ["Lena Hoffmann", "Jonas Becker", "Miriam Schulz"], "BR": ["Camila Rocha", "Thiago Almeida", "Larissa Costa"],
    "FR": ["Camille Lefèvre", "Hugo Moreau"], "MX": ["Diego Hernández", "Valeria Castillo"], "ES": ["Lucía Navarro", "Pablo Ortega"],
    "CA": ["Liam Tremblay", "Maya Singh"], "AU": ["Jack Thompson", "Olivia Nguyen"], "NG": ["Chinedu Okafor", "Aisha Bello"],
    "PH": ["Maria Santos", "Paolo Reyes"], "IT": ["Giulia Romano", "Matteo Ricci"], "JP": ["Haruka Sato", "Ren Takahashi"],
}
DOMAINS = {
    "US": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "brightpath-dental.com", "umich.edu"],
    "IN": ["gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "infosys.com"], "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "BR": ["gmail.com", "hotmail.com", "uol.com.br"], "FR": ["orange.fr", "gmail.com", "free.fr"],
    "MX": ["gmail.com", "hotmail.com"], "ES": ["gmail.com", "hotmail.es"], "CA": ["gmail.com", "rogers.com"], "AU": ["bigpond.com", "gmail.com"],
    "NG": ["gmail.com", "yahoo.com"], "PH": ["gmail.com", "yahoo.com"], "IT": ["libero.it", "gmail.com"], "JP": ["docomo.ne.jp", "gmail.com"],
}


def user_name(r: random.Random, region: str) -> str:
    return r.choice(NAMES.get(region, NAMES["US"]))


def email_address(r: random.Random, region: str) -> str:
    """An address as people pick them: first.last, initials and digits, a nickname and a year."""
    first, last = user_name(r, region).lower().replace("'", "").split()
    for a, b in (("è", "e"), ("é", "e"), ("á", "a"), ("í", "i")):
        first, last = first.replace(a, b), last.replace(a, b)
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}{r.randint(1, 99)}", f"{first}{r.randint(1970, 2008)}", f"{last}.{first[0]}",
                      f"{first}_{last}{r.randint(10, 999)}", f"{first}.{last}{r.randint(2, 9)}"])
    return f"{local}@{r.choice(DOMAINS.get(region, DOMAINS['US']))}"


# Lines any phone's owner's sensors record, wherever they live (the OS, messengers, forms, OCR).
PHONE_LINES = [
    "Missed call — {v}", "WhatsApp — {v} (mobile)", "Recents: {v} · 2m 14s", "Contacts — Work: {v}", "emergency contact: {v}",
    "Screenshot OCR: Call  {v}  Message", "Form — Phone number* {v}", "Outgoing call to {v} (0:47)", "Signal: {v} joined Signal",
    "Telegram — {v} last seen recently", "Calendar: call the clinic back {v}", "Notes — {v}", "Booking confirmed — host phone {v}",
    "Zoom: dial-out to {v} failed", "Google Contacts — merged duplicate {v}", "Instagram: confirm your number {v}",
]
# Lines of English-speaking places' apps and habits.
PHONE_LINES_EN = [
    "Messages — {v}: running 10 min late", "call the vet back on {v}", "Calendar: Dentist — confirm by phone {v}", "Notes — landlord's number {v}",
    "Google Voice: new voicemail from {v}", "Zillow: the agent said to text {v} for a viewing", "Uber Eats: your courier's number is {v}",
    "Slack: my cell is {v} if the VPN dies again", "Ring doorbell — delivery driver left {v}", "Airbnb: host number {v}, check-in after 3",
    "Teams: can you call me at {v} instead", "babysitter: {v}", "Gmail — Re: quote — you can reach me directly on {v}", "Venmo: request from {v}",
    "Truecaller: {v} — likely spam? no, it's Mike", "iMessage — {v}: ok see you at 7", "Lyft driver {v}", "school pickup backup — Grandma {v}",
    "Sticky note: plumber {v} (Tue AM)", "Google Calendar: Interview call — dial {v}", "DoorDash: contact customer {v}",
    "Recruiter left a voicemail, call back at {v}",
]
ENGLISH = {"US", "CA", "GB", "AU", "IN", "NG", "PH", "ZA"}
PHONE_LOCAL = {
    "IN": ["call kar lena {v} pe", "Swiggy: delivery partner {v}", "PhonePe: paid ₹450 to {v}", "OTP bhejne ke liye {v} use karo"],
    "GB": ["ring me on {v} when you're outside", "Deliveroo rider: {v}", "GP surgery said to ring back on {v}"],
    "DE": ["ruf mich unter {v} an", "Handwerker Müller: {v}", "Termin Hausarzt — Rückruf {v}"],
    "BR": ["me chama no zap {v}", "iFood: entregador {v}", "contato da Dra. Paula {v}"],
    "FR": ["rappelle-moi au {v}", "livreur Uber Eats : {v}", "numéro du syndic {v}"],
    "MX": ["márcame al {v}", "Rappi: repartidor {v}"], "ES": ["llámame al {v}", "fontanero Jesús {v}"],
    "IT": ["chiamami al {v}", "idraulico {v}"], "NG": ["flash me on {v}", "Bolt driver {v}"], "PH": ["text mo ako sa {v}", "Grab rider {v}"],
    "JP": ["{v} に電話してください", "LINE: 田中さん {v}"], "NL": ["bel me op {v}", "huisarts terugbellen {v}"], "PL": ["zadzwoń na {v}", "kurier InPost {v}"],
    "KR": ["{v}로 연락 주세요", "배달 기사님 {v}"], "ID": ["WA aku di {v}", "kurir Gojek {v}"], "ZA": ["please call me on {v}", "Checkers Sixty60 driver {v}"],
    "AU": ["give us a bell on {v}", "tradie Dave {v}"], "CA": ["call me at {v} eh", "Skip driver {v}"],
}
SIGNATURE_LINES = [
    "{name} | Sales Lead | {v} | {e}", "-- \\n{name}\\nM: {v}\\nE: {e}", "Sent from my iPhone. {name}, {v}, {e}",
    "Regards, {name} — tel {v} — {e}", "Contact card: {name}; mobile {v}; email {e}",
]
EMAIL_LINES = [
    "Gmail — Inbox — {e}", "To: {e}", "Cc: {e}", "Reply-To: {e}", "Meeting invite from {e}", "please send the invoice to {e}",
    "Login — Email address: {e}", "Slack: ping {e} about the lease", "{name} <{e}>", "Zoom: {e} has joined the waiting room",
    "Notes — accountant {e}", "Shared with {e} (can edit)", "Calendar: Book club — organizer {e}", "Password reset sent to {e}",
    "forward the tickets to {e} pls", "OCR: Username or email  {e}", "git config user.email \"{e}\"", "Venmo receipt sent to {e}",
    "Outlook — From: {name} ({e})", "LinkedIn: {name} · {e}", "Google Docs: {e} left a comment", "my new email is {e}",
    "PayPal — you sent $40.00 to {e}", "Canvas: submission confirmation to {e}", "Amazon: your order has shipped ({e})",
]
CARD_LINES = [
    "Checkout — Card number {v} — Chrome", "Clipboard: {v}", "Notes — Mom's card for groceries {v}", "card: {v} exp 09/29 cvv on back",
    "WhatsApp: use this one {v}", "Stripe webhook: {{\"card\": \"{v}\", \"status\": \"failed\"}}", "Payment details — {v}",
    "Screenshot OCR: {v}  VALID THRU 11/28", "Form — Credit card number {v}", "ERROR payment.capture card_number={v} declined",
    "Add card — {v} — Apple Wallet", "the corporate card is {v}", "Netflix: update payment — {v}", "booking.com: card on file {v}",
    "Teams: can you book the flights on {v}", "Sticky note: {v} (the travel one)", "order form: cc# {v}",
]
IBAN_LINES = [
    "IBAN: {v}", "please transfer the deposit to {v}", "Rent — {v} — ref. Flat 4B", "Wise: recipient added {v}",
    "invoice footer: IBAN {v} BIC see above", "Screenshot OCR: IBAN {v}", "WhatsApp: here's my IBAN {v}", "payee bank details {v}",
    "Revolut: send to {v}", "Form — IBAN* {v}", "N26 — new standing order to {v}", "Notes — club fees go to {v}",
]
IBAN_LOCAL = {
    "DE": ["Überweisung an {v}", "Notes — Kita-Beitrag an {v}", "Miete bitte auf {v}"], "FR": ["virement vers {v}", "RIB : {v}"],
    "ES": ["transferencia a la cuenta {v}", "Bizum no, mejor a {v}"], "IT": ["bonifico sul conto {v}", "IBAN per l'affitto {v}"],
    "NL": ["overmaken naar {v}", "Tikkie: betaal aan {v}"], "PT": ["transferência para {v}"], "PL": ["przelew na {v}"],
    "BE": ["overschrijving naar {v}"], "AT": ["Überweisung bitte an {v}"], "CH": ["Zahlung an {v}"],
}
ACCOUNT_LINES = {
    "us": ["routing {} account {}", "Direct deposit form — Routing number {} — Account number {}", "ACH: ABA {} acct {} (checking)",
           "Notes — Chase checking: routing {}, acct {}", "Zelle/wire info: RTN {} / account {}", "payroll setup — routing# {} account# {}",
           "OCR: Routing Number {}  Account Number {}"],
    "gb": ["sort code {} account {}", "bank details: {} / {}", "pay me to S/C {} A/C {}", "Monzo — sort code {}, account number {}"],
    "in": ["A/c no {} IFSC {}", "account number {} ifsc {}", "NEFT to {} (IFSC {})", "Bank details — Acc: {} — IFSC: {}"],
    "au": ["BSB {} account {}", "pay to BSB {} acc {}"], "ca": ["transit/institution {} account {}", "void cheque: {} acct {}"],
    "br": ["agência {} conta {}", "ag {} cc {} (Nubank)", "dados bancários: agência {}, conta corrente {}"],
    "mx": ["CLABE {}", "transferencia SPEI a la CLABE {}"],
}
ID_LINES = {
    "us_ssn": ["SSN: {v}", "W-4 — Social Security number {v}", "Notes — Dad's SSN {v}", "TurboTax — Your SSN {v}",
               "lease application: social {v}", "OCR: SOCIAL SECURITY {v}", "Form I-9 — SSN {v}"],
    "in_aadhaar": ["Aadhaar: {v}", "aadhaar no {v}", "KYC form — Aadhaar number {v}", "DigiLocker — Aadhaar {v}", "mera aadhaar {v} hai"],
    "in_pan": ["PAN: {v}", "PAN card {v}", "ITR — PAN {v}"], "br_cpf": ["CPF: {v}", "meu CPF é {v}", "nota fiscal — CPF {v}", "cadastro — CPF {v}"],
    "es_dni": ["DNI {v}", "mi DNI es {v}"], "fr_nir": ["n° de sécu {v}", "numéro de sécurité sociale : {v}"],
    "it_codicefiscale": ["codice fiscale {v}", "CF: {v}"], "mx_curp": ["CURP: {v}", "mi CURP {v}"],
    "de_idnr": ["Steuer-ID {v}", "Steueridentifikationsnummer: {v}"], "nl_bsn": ["BSN {v}"], "ca_sin": ["SIN: {v}", "social insurance number {v}"],
    "au_tfn": ["TFN {v}"], "pl_pesel": ["PESEL: {v}"], "cn_ric": ["身份证号 {v}"], "za_idnr": ["ID number {v}"], "kr_rrn": ["주민등록번호 {v}"],
}
MIXED_LINES = [
    ("US", "Webhook POST /crm/leads {{\"name\": \"{name}\", \"email\": \"{e}\", \"phone\": \"{p}\"}}"),
    ("US", "Checkout form — Email {e} — Card {c}"), ("GB", "New enquiry: {name}, {p}, {e}"),
    ("IN", "Razorpay: customer {e}, contact {p}, card {c}"), ("DE", "Kontakt: {name}, Tel. {p}, E-Mail {e}"),
    ("BR", "pedido #5521 — cliente {e} — cartão {c}"), ("AU", "Typeform response: {e} / {p}"),
    ("US", "Shopify order — {name} ({e}) paid with {c}"),
]
