"""Where the dev8 privacy set's numbers and addresses appear (``privacy_cases_dev8.py``): the
templates of its lines as a personal agent's sensors read them (window titles, notifications, chat,
notes, calendar entries, mail, forms, webhook payloads, screenshots' OCR text), and the names and
e-mail addresses of the people who write them. ``{v}`` is the value, ``{e}`` an address, ``{name}`` a
name; account templates take their values in order.
"""

from __future__ import annotations

import random
import unicodedata

NAMES = {
    "US": ["Brianna Lewis", "Dev Patel", "Carlos Mendoza", "Hannah Fischer", "Terrence Wright", "Megan O'Neill", "Kai Nakamura", "Rachel Goldberg"],
    "IN": ["Kavya Sharma", "Siddharth Rao", "Meenakshi Pillai", "Aditya Banerjee", "Farhan Qureshi"], "BR": ["Beatriz Souza", "Rafael Lima", "Juliana Pereira"],
    "GB": ["Amelia Clarke", "Rhys Evans", "Aisha Rahman"], "DE": ["Katharina Vogel", "Felix Wagner"], "MX": ["Ximena Flores", "Emiliano Ruiz"],
    "FR": ["Léa Girard", "Mathis Dubois"], "ID": ["Putri Wulandari", "Bayu Saputra"], "PH": ["Kristine Dela Cruz", "Joshua Bautista"],
    "NG": ["Ngozi Eze", "Tunde Adeyemi"], "CA": ["Emma Gagnon", "Arjun Dhillon"], "ES": ["Carmen Ruiz", "Álvaro Gil"], "IT": ["Chiara Conti", "Luca Marino"],
    "JP": ["Yui Kobayashi", "Sota Watanabe"], "AU": ["Chloe Mitchell", "Noah Kelly"], "PK": ["Ayesha Khan", "Bilal Ahmed"], "TR": ["Elif Yılmaz", "Emre Demir"],
    "EG": ["Nour Hassan", "Omar Farouk"], "KR": ["Jiwoo Park", "Minjun Lee"], "ZA": ["Thandi Nkosi", "Pieter van Wyk"], "PL": ["Zofia Nowak", "Jakub Wójcik"],
    "NL": ["Sanne de Vries", "Daan Bakker"], "KE": ["Wanjiru Kamau", "Brian Otieno"], "VN": ["Linh Tran", "Minh Nguyen"],
}
DOMAINS = {
    "US": ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hollis-law.com"],
    "IN": ["gmail.com", "gmail.com", "outlook.com", "yahoo.in", "tcs.com"], "BR": ["gmail.com", "outlook.com", "bol.com.br"],
    "GB": ["gmail.com", "outlook.com", "sky.com"], "DE": ["gmx.net", "web.de", "gmail.com"], "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "FR": ["gmail.com", "laposte.net", "sfr.fr"], "ID": ["gmail.com", "yahoo.co.id"], "PH": ["gmail.com", "yahoo.com.ph"], "NG": ["gmail.com", "yahoo.com"],
    "CA": ["gmail.com", "shaw.ca"], "ES": ["gmail.com", "outlook.es"], "IT": ["gmail.com", "alice.it"], "JP": ["gmail.com", "yahoo.co.jp"],
    "AU": ["gmail.com", "optusnet.com.au"], "PK": ["gmail.com"], "TR": ["gmail.com", "hotmail.com"], "EG": ["gmail.com"], "KR": ["naver.com", "gmail.com"],
    "ZA": ["gmail.com", "mweb.co.za"], "PL": ["wp.pl", "gmail.com"], "NL": ["gmail.com", "ziggo.nl"], "KE": ["gmail.com"], "VN": ["gmail.com"],
}


def user_name(r: random.Random, region: str) -> str:
    return r.choice(NAMES.get(region, NAMES["US"]))


def email_address(r: random.Random, region: str, name: str | None = None) -> str:
    """An address as people pick them (first.last, first and year, initial and last with digits),
    made from ``name`` when the line shows the writer's name too."""
    name = unicodedata.normalize("NFKD", name or user_name(r, region)).encode("ascii", "ignore").decode().lower().replace("'", "")
    first, last = name.split()[0], name.split()[-1]
    local = r.choice([f"{first}.{last}", f"{first}{last[0]}{r.randint(80, 2009)}", f"{first[0]}.{last}{r.randint(1, 99)}",
                      f"{last}{first}{r.randint(1, 9)}", f"{first}-{last}", f"the.{first}.{last}", f"{first}.{last}.{r.randint(10, 99)}"])
    return f"{local}@{r.choice(DOMAINS.get(region, DOMAINS['US']))}"


ENGLISH = {"US", "IN", "GB", "NG", "PH", "CA", "AU", "PK", "ZA", "KE"}
# Any phone's owner's sensors record these, wherever the owner lives.
PHONE_LINES = [
    "Phone — Missed call from {v} (2)", "WhatsApp — New chat with {v}", "Call log: incoming {v}, 3 min 02 s", "Contact card — mobile {v}",
    "Screenshot OCR: {v}  Add to contacts  Block", "Form — Mobile number: {v}", "Telegram — {v} is now on Telegram", "Google Maps — Call {v}",
    "Signal — Safety number changed for {v}", "Outlook — Meeting: call-in number {v}", "Viber — {v} (1 missed call)", "Spam filter: {v} blocked",
    "Notes — delivery guy {v}", "Copied to clipboard: {v}", "Android Messages — {v}: your parcel is waiting", "Contacts sync: updated {v}",
]
PHONE_LINES_EN = [
    "Messages — {v}: can you pick up milk on the way", "Notes — electrician Steve {v} (cash only)", "Calendar: Parent-teacher meeting, call {v} if late",
    "Google Voice — voicemail from {v}: hi it's the pharmacy", "Craigslist: text me at {v} if the couch is still there",
    "Slack — ping me on {v} if prod goes down tonight", "Gmail — Re: lease renewal — my direct line is {v}", "Facebook Marketplace: call {v} after 6",
    "Notes — vet emergency line {v}", "Teams chat — dial me in at {v}", "iMessage — {v}: landed, getting bags", "Calendar: Plumber — he'll call from {v}",
    "Uber — your driver can be reached at {v}", "Notes — daycare backup pickup, Aunt Rosa {v}", "Truecaller — {v} identified as Pizza Place",
    "Indeed: the recruiter asked you to call {v}", "Airbnb message: any issues, ring {v}", "Zillow — tour agent {v}", "DoorDash: Dasher's number {v}",
    "Hinge — ok here's my number {v}", "LinkedIn InMail: reach me on {v} this week", "Notes — landlord emergency {v}", "Venmo — note: for tickets, text {v}",
]
PHONE_LOCAL = {
    "BR": ["WhatsApp — me chama no {v} pra combinar", "Notas — encanador Seu Jorge {v}", "iFood: o entregador ligou do {v}"],
    "DE": ["Notizen — Hausmeister {v}", "Signal — ruf mich unter {v} an", "Kalender: Zahnarzt Rückruf {v}"],
    "MX": ["WhatsApp — márcame al {v} cuando llegues", "Notas — plomero {v}", "Calendario: cita SAT, teléfono {v}"],
    "FR": ["Messages — rappelle-moi au {v}", "Notes — serrurier {v}", "Doctolib — cabinet médical {v}"],
    "ID": ["WhatsApp — hubungi saya di {v} ya", "Catatan — tukang AC {v}", "Gojek: driver kamu {v}"],
    "ES": ["WhatsApp — llámame al {v} cuando puedas", "Notas — fontanero {v}"], "IT": ["WhatsApp — chiamami al {v} stasera", "Note — idraulico {v}"],
    "JP": ["LINE — 電話番号は {v} です", "メモ — 歯医者 {v}"], "TR": ["WhatsApp — beni {v} numarasından ara", "Notlar — tesisatçı {v}"],
    "EG": ["واتساب — كلمني على {v}", "ملاحظات — السباك {v}"], "KR": ["카카오톡 — 제 번호 {v} 입니다", "메모 — 집주인 {v}"],
    "PL": ["Messenger — zadzwoń na {v}", "Notatki — hydraulik {v}"], "NL": ["WhatsApp — bel me op {v}", "Notities — loodgieter {v}"],
    "VN": ["Zalo — gọi mình số {v} nhé", "Ghi chú — thợ điện {v}"],
}
SIGNATURE_LINES = [
    "Mail — {name} | Office Manager | {v} | {e}", "— {name} · Cell: {v} · Email: {e}", "vCard: FN:{name};TEL;TYPE=CELL:{v};EMAIL:{e}",
    "Sent from my iPhone — {name}, {v}, {e}", "Typeform response: {name}, {e}, {v}", "Contact form → name={name}&email={e}&phone={v}",
]
EMAIL_LINES = [
    "Gmail — From: {name} <{e}>", "Outlook — To: {e}; Cc: finance team", "Calendar invite: {name} ({e}) accepted", "Zoom — {e} joined the meeting",
    "Slack — {name} changed their email to {e}", "Notes — new accountant {e}", "Form — Email address* {e}", "Google Docs — shared with {e} (can edit)",
    "Password reset link sent to {e}", "Mailchimp: unsubscribed {e}", "WhatsApp — send the photos to {e}", "Amazon order shipped — receipt to {e}",
    "Jira — assignee changed to {e}", "Dropbox — {name} ({e}) added you to 'Wedding'", "CSV row: {name},{e},newsletter,2026-10-03",
]
CARD_LINES = [
    "Checkout — Card number {v}", "Notes — new card {v} exp 09/29", "WhatsApp — use my card {v} for the tickets", "Screenshot OCR: {v}  VALID THRU 04/28",
    "Chrome autofill: Card ending — full {v}", "Shopify order webhook: \"card_number\": \"{v}\"", "Apple Notes — company card {v} (ask before using)",
    "Stripe log (test gone wrong): number={v}", "email draft — card on file is {v}", "Telegram — card {v}, cvv in next msg", "Expensify: card {v} added",
    "Zoom chat — sorry wrong window {v}",
]
IBAN_LINES = [
    "Invoice — Please pay to IBAN {v}", "Notes — landlord IBAN {v}", "Wise — recipient IBAN {v}", "Screenshot OCR: IBAN {v} BIC",
    "Signal — send it to {v} pls", "Payroll CSV: employee,{v},EUR", "Airbnb host payout account {v}", "Revolut — new payee {v}",
]
IBAN_LOCAL = {
    "DE": ["Überweisung an {v}, Verwendungszweck Miete", "Notizen — IBAN Kita-Beitrag {v}", "Rechnung — Bankverbindung: {v}"],
    "FR": ["Virement vers {v} — loyer novembre", "Notes — RIB du plombier {v}"], "ES": ["Bizum no funciona, transfiere a {v}", "Notas — IBAN comunidad {v}"],
    "IT": ["Bonifico a {v} causale affitto", "Note — IBAN condominio {v}"], "NL": ["Tikkie mislukt, maak over naar {v}", "Notities — IBAN huur {v}"],
    "BE": ["Overschrijving naar {v}"], "AT": ["Überweisung an {v}, Zahlungsreferenz Miete"], "PT": ["Transferência para {v}"],
    "PL": ["Przelew na konto {v}"], "FI": ["Tilisiirto: {v}"],
}
ACCOUNT_LINES = {
    "us": ["Direct deposit form — Routing {} Account {}", "Notes — Chase routing {} / acct {}", "Zelle fallback: ABA {} acct {}",
           "Gusto — bank: routing number {}, account number {}", "Venmo — bank added: routing {} account {}"],
    "gb": ["Monzo — pay to sort code {} account {}", "Notes — landlord sort code {}, acc no {}", "Invoice: Sort code {} Account no. {}"],
    "in": ["UPI failed, NEFT to A/c {} IFSC {}", "Notes — Amma SBI a/c no {} ifsc {}", "Invoice — Bank A/C: {} IFSC: {}"],
    "au": ["Invoice — BSB {} Acc {}", "Notes — rent BSB {} account {}"], "ca": ["Payroll — transit {} account {}", "Notes — TD transit {} acct {}"],
    "br": ["Pix fora do ar, TED: agência {} conta {}", "Notas — Itaú ag {} cc {}"], "mx": ["Transferencia SPEI a la CLABE {}", "Notas — CLABE de la renta {}"],
    "ng": ["WhatsApp — send it to {} {} abeg", "Notes — {}: {} (school fees)"],
}
ID_LINES = {
    "us_ssn": ["W-4 draft — SSN {v}", "Notes — Dad's SSN {v}", "Form — Social Security number: {v}", "Gmail — HR: please confirm SSN {v}"],
    "in_aadhaar": ["Aadhaar: {v}", "WhatsApp — mera aadhaar number {v}", "KYC form — Aadhaar No. {v}"], "br_cpf": ["CPF: {v}", "Notas — CPF da mãe {v}"],
    "in_pan": ["PAN {v} — for the ITR", "Notes — PAN card {v}"], "mx_curp": ["Trámite — CURP {v}", "Notas — CURP de Sofi {v}"],
    "tr_tckimlik": ["e-Devlet — TC kimlik no {v}", "Notlar — TCKN {v}"], "id_nik": ["Form KTP — NIK {v}", "WhatsApp — NIK saya {v}"],
    "pk_cnic": ["NADRA — CNIC {v}", "Notes — Abbu CNIC {v}"], "es_dni": ["Formulario — DNI {v}", "Notas — DNI de Pablo {v}"],
    "fr_nir": ["Ameli — n° de sécurité sociale {v}"], "it_codicefiscale": ["Modulo — codice fiscale {v}"], "de_idnr": ["Elster — Steuer-ID {v}"],
    "nl_bsn": ["Notities — BSN {v}"], "ca_sin": ["Notes — SIN {v} for the T4"], "au_tfn": ["myGov — TFN {v}"], "pl_pesel": ["Formularz — PESEL {v}"],
    "za_idnr": ["FNB form — SA ID number {v}"], "kr_rrn": ["메모 — 주민등록번호 {v}"],
}
# (region, template) of forms and payloads that hold several kinds at once; keys e (e-mail), p (phone), c (card)
MIXED_LINES = [
    ("US", "Stripe webhook — {{\"email\": \"{e}\", \"phone\": \"{p}\", \"name\": \"{name}\"}}"),
    ("US", "Shopify checkout: {name} · {e} · {p} · card {c}"), ("IN", "Razorpay payload: contact={p}&email={e}"),
    ("GB", "HubSpot contact created — {name}, {e}, {p}"), ("BR", "Formulário — Nome: {name} | E-mail: {e} | Celular: {p}"),
    ("DE", "Kontaktformular: {name}, {e}, Tel. {p}"), ("MX", "Pedido — {name} / {e} / tel {p} / tarjeta {c}"),
    ("US", "Calendly booking: {name} <{e}> phone {p}"), ("CA", "Google Form response — {e}, {p}, card {c}"),
    ("AU", "Typeform: {{\"name\":\"{name}\",\"email\":\"{e}\",\"mobile\":\"{p}\"}}"), ("NG", "Paystack customer: {e} / {p}"),
    ("FR", "Formulaire — {name} — {e} — {p}"),
]
