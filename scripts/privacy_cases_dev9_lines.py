"""Where the dev9 privacy set's numbers and addresses appear (``privacy_cases_dev9.py``): its
line templates as a personal agent's sensors read them (window titles, notifications, chat, notes,
calendar entries, mail, forms, CSV exports, webhook payloads, screenshots' OCR text), and the names
and e-mail addresses of its writers. ``{v}`` is the value, ``{e}`` an address, ``{name}`` a name;
account templates take their values in order as ``{a}`` and ``{b}``.
"""

from __future__ import annotations

import random
import unicodedata

from privacy_cases import digits

NAMES = {
    "US": ["Jordan Avery", "Kayla Brooks", "Marcus Bell", "Tanya Whitfield", "Derek Olsen", "Brianna Cole", "Luis Ortega"],
    "IN": ["Ananya Iyer", "Rohit Bansal", "Meera Pillai", "Karthik Reddy", "Sneha Kulkarni"], "BR": ["Thiago Moura", "Larissa Pinto", "Caio Andrade"],
    "GB": ["Harriet Shaw", "Callum Reid", "Imogen Walsh"], "DE": ["Lukas Brandt", "Svenja Vogel", "Jonas Kr\u00fcger"],
    "MX": ["Ximena Salas", "Emiliano Cort\u00e9s"], "FR": ["Camille Perrin", "Th\u00e9o Marchand"], "ID": ["Rizky Pratama", "Putri Handayani"],
    "PH": ["Miguel Santos", "Jasmine dela Cruz"], "NG": ["Chidi Okafor", "Funmilayo Adeyemi"], "CA": ["Owen Tremblay", "Maya Gagnon"],
    "ES": ["Luc\u00eda Navarro", "Pablo Iglesias"], "JP": ["Haruto Sato", "Yui Tanaka"], "KR": ["Minji Park", "Jisoo Han"],
    "TR": ["Elif Ayd\u0131n", "Can \u00d6zt\u00fcrk"], "ZA": ["Thabo Nkosi", "Lerato Dlamini"], "IT": ["Giulia Ferri", "Matteo Greco"],
    "AU": ["Isla Murphy", "Noah Fraser"], "PK": ["Ayesha Qureshi", "Bilal Chaudhry"], "EG": ["Nour Hassan", "Omar Farouk"],
}
DOMAINS = {"US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hey.com"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
           "BR": ["gmail.com", "uol.com.br", "hotmail.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com"],
           "DE": ["gmx.de", "web.de", "posteo.de"], "FR": ["orange.fr", "free.fr", "gmail.com"], "JP": ["docomo.ne.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net"], "MX": ["gmail.com", "hotmail.com"]}
ENGLISH = {"US", "GB", "CA", "AU", "IN", "NG", "PH", "ZA", "PK"}


def user_name(r: random.Random, region: str) -> str:
    return r.choice(NAMES.get(region, NAMES["US"]))


def email_address(r: random.Random, region: str, name: str | None = None) -> str:
    """An address people make from their name: first.last, initial and last, or a handle with digits."""
    first, last = (name or user_name(r, region)).lower().split(" ", 1)
    first = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    last = unicodedata.normalize("NFKD", last.replace(" ", "")).encode("ascii", "ignore").decode()
    local = r.choice([f"{first}.{last}{digits(r, 2)}", f"{first[0]}{last}{digits(r, 3)}", f"{last}_{first}{digits(r, 2)}",
                      f"{first}{digits(r, 4)}", f"{first}+{r.choice(['bank', 'shop', 'news'])}{digits(r, 2)}"])
    return f"{local}@{r.choice(DOMAINS.get(region, ['gmail.com', 'outlook.com', 'yahoo.com']))}"


PHONE_LINES_EN = [
    "Missed call from {v} \u2022 2 min ago",
    "WhatsApp \u2014 new message from {v}: running 10 min late",
    "Uber: your driver's number is {v}",
    "Notes \u2014 plumber (the good one) {v}",
    "Reminder: call the pediatric clinic back at {v}",
    "Slack DM: can you text me on {v} when you land?",
    "Contacts \u2014 Grandma (landline): {v}",
    "Doordash order update \u2014 courier may call you from {v}",
    "Venmo request note: pay me back & call {v}",
    "Screenshot OCR: EMERGENCY CONTACT {v}",
    "Google Form response: Mobile number * {v}",
    "Calendar: Dentist \u2014 confirm by phone {v}",
    "Airbnb host says check-in code by SMS, host phone {v}",
    "Signal: new number for me, save it \u2192 {v}",
    "School newsletter: after-hours pickup line {v}",
]
PHONE_LINES = [
    "WhatsApp \u2014 {v}",
    "Telegram: @contact saved as {v}",
    "Chrome autofill \u2014 tel: {v}",
    "contacts.csv: {name},{v},mobile",
    "Recent calls \u2022 {v} \u2022 incoming 4:12",
    '{{"event":"lead.created","phone":"{v}","source":"landing"}}',
    "vCard TEL;TYPE=CELL:{v}",
    "Zoom dial-in for {name}: {v}",
]
PHONE_LOCAL = {
    "BR": ["Pix: chave celular {v}", "Recado: me liga no {v} depois das 18h", "Cadastro \u2014 Celular: {v}"],
    "DE": ["R\u00fcckruf bitte unter {v}", "Hausarzt Praxis Tel. {v}", "Kontakt Vermieterin: {v}"],
    "MX": ["M\u00e1ndame whats al {v} porfa", "Tel\u00e9fono de la tintorer\u00eda: {v}"],
    "FR": ["Rappeler le garagiste au {v}", "Mon nouveau portable : {v}"],
    "ID": ["Nomor WA kurir: {v}", "Hubungi saya di {v} ya kak"],
    "ES": ["Ll\u00e1mame al {v} cuando salgas", "Tel\u00e9fono del fontanero: {v}"],
    "IT": ["Chiamami al {v} stasera", "Numero del condominio: {v}"],
    "JP": ["\u96fb\u8a71\u756a\u53f7\uff1a{v}\uff08\u643a\u5e2f\uff09", "\u6b6f\u533b\u8005\u306e\u4e88\u7d04 {v}"],
    "TR": ["Kargo i\u00e7in numaram: {v}", "Ustan\u0131n telefonu {v}"],
    "EG": ["\u0631\u0642\u0645 \u0627\u0644\u0645\u0648\u0628\u0627\u064a\u0644: {v}"],
    "VN": ["S\u0110T c\u1ee7a shipper: {v}", "G\u1ecdi em s\u1ed1 {v} nh\u00e9"],
    "TH": ["\u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23 {v}"],
    "AR": ["Llamame al {v} che", "Cel de la veterinaria: {v}"],
    "CO": ["Escr\u00edbeme al {v} por WhatsApp"],
    "SA": ["\u062c\u0648\u0627\u0644\u064a {v}"],
    "KR": ["\ud734\ub300\ud3f0 \ubc88\ud638 {v}", "\ud0dd\ubc30 \uae30\uc0ac\ub2d8 \uc5f0\ub77d\ucc98 {v}"],
    "PL": ["Zadzwo\u0144 pod {v} po 17", "Numer do hydraulika: {v}"],
    "BD": ["\u0986\u09ae\u09be\u09b0 \u09ac\u09bf\u0995\u09be\u09b6 \u09a8\u09ae\u09cd\u09ac\u09b0 {v}"],
}
SIGNATURE_LINES = [
    "-- {name} | m: {v} | {e}",
    "Best, {name} \u00b7 {v} \u00b7 {e}",
    "Thunderbird sig: {name} / Tel {v} / Mail {e}",
    "BEGIN:VCARD FN:{name} TEL:{v} EMAIL:{e} END:VCARD",
    "Typeform lead: name={name}; phone={v}; email={e}",
]
EMAIL_LINES = [
    "Gmail \u2014 Inbox (3) \u2014 {e}",
    "Sign in to continue as {e}",
    "Reply-To: {name} <{e}>",
    "Calendar invite accepted by {e}",
    "Password reset link sent to {e}",
    "git log: Author: {name} <{e}>",
    "Apple ID: {e} \u2014 Manage",
    "Shared the folder 'Taxes 2025' with {e}",
    "Newsletter signup form: Email address {e}",
    "LinkedIn: {name} ({e}) wants to connect",
    "Outlook \u2014 Draft to {e}: re: lease renewal",
    "Zoom: meeting host {e}",
    "Paypal receipt sent to {e}",
    "cc: {e}",
    "Spotify family plan invite \u2192 {e}",
]
CARD_LINES = [
    "Chrome \u2014 Save card? {v}",
    "Note to self: new card {v} exp 09/29",
    "Booking.com checkout \u2014 Card number {v}",
    "Messenger: use my card {v} for the tickets",
    "Screenshot OCR: CARD NO {v} VALID THRU 11/28",
    "Steam wallet \u2014 paying with {v}",
    "Dispute form: the disputed card is {v}",
    '{{"object":"payment_method","card":{{"number":"{v}","exp_month":4}}}}',
    "Autofill: Cardholder {name}, number {v}",
    "Shopify checkout: {v} (expires 06/30)",
]
IBAN_LINES = [
    "Rent transfer to {name}, IBAN {v}",
    "Invoice footer \u2014 Please pay to IBAN: {v}",
    "Wise recipient added: {v}",
    "Notes \u2014 savings account {v}",
    "Payroll CSV: {name};{v};EUR",
    "SEPA mandate reference for {v}",
    "WhatsApp: send it to my IBAN {v} thanks!",
]
IBAN_LOCAL = {
    "DE": ["\u00dcberweisung an {name} \u2014 IBAN {v}", "Meine neue Kontonummer (IBAN): {v}"],
    "FR": ["Virement au propri\u00e9taire : IBAN {v}", "RIB de {name} \u2014 {v}"],
    "ES": ["Transferencia a {name}, IBAN {v}", "Mi cuenta: {v}"],
    "IT": ["Bonifico a {name} \u2014 IBAN {v}"],
    "NL": ["Tikkie: betaal naar {v}", "Rekeningnummer huur: {v}"],
    "PL": ["Przelew na konto {v}"],
    "PT": ["Transfer\u00eancia para {v}"],
}
ACCOUNT_LINES = {
    "us": ["Direct deposit form: routing {a}, account {b}", "Zelle fallback \u2014 ABA {a} acct {b}", "Notes: checking routing# {a} / acct# {b}"],
    "gb": ["Pay the builder: sort code {a}, account {b}", "Monzo \u2014 sort code {a} account number {b}"],
    "in": ["NEFT to a/c {a}, IFSC {b}", "Bank details for refund: account no {a}, IFSC code {b}"],
    "au": ["Bond refund to BSB {a} account {b}", "Osko \u2014 BSB {a}, acc {b}"],
    "ca": ["Void cheque: transit-institution {a}, account {b}", "Payroll deposit: branch/institution {a} account {b}"],
    "mx": ["Transferencia SPEI a la CLABE {a}", "Mi CLABE interbancaria: {a}"],
    "ng": ["Send it to {bank} account number {a}", "Abeg pay into my {bank} acct {a}"],
    "br": ["Dep\u00f3sito: ag\u00eancia {a} conta corrente {b}", "TED para ag {a} conta {b}"],
}
ID_LINES = {
    "US": ["W-4 draft \u2014 SSN {v}", "Background check form: Social Security Number {v}", "Tax prep notes: my SSN {v}",
           "Screenshot OCR: SOCIAL SECURITY {v}"],
    "IN": ["Aadhaar linked: {v}", "KYC form \u2014 Aadhaar no. {v}"], "BR": ["CPF para nota fiscal: {v}", "Cadastro \u2014 CPF {v}"],
    "MX": ["Tr\u00e1mite SAT \u2014 CURP {v}"], "CA": ["Employer asked for my SIN {v}"], "ES": ["Reserva hotel \u2014 DNI {v}"],
    "FR": ["Mutuelle : num\u00e9ro de s\u00e9cu {v}"], "DE": ["Steuer-ID f\u00fcr den Arbeitgeber: {v}"], "NL": ["Zorgverzekering formulier BSN {v}"],
    "PL": ["Formularz \u2014 PESEL {v}"], "ZA": ["FNB app: ID number {v}"], "TR": ["Kargo formu TC Kimlik No: {v}"],
    "CL": ["Boleta con RUT {v}"], "CN": ["\u5feb\u9012\u5b9e\u540d\u767b\u8bb0 \u8eab\u4efd\u8bc1\u53f7 {v}"],
    "KR": ["\ubcf4\ud5d8 \uac00\uc785 \uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638 {v}"], "AR": ["Factura a CUIT {v}"], "SE": ["Apotek \u2014 personnummer {v}"],
}
ID_REGIONS = {"us_ssn": "US", "in_aadhaar": "IN", "br_cpf": "BR", "mx_curp": "MX", "ca_sin": "CA", "es_dni": "ES", "fr_nir": "FR",
              "de_idnr": "DE", "nl_bsn": "NL", "pl_pesel": "PL", "za_idnr": "ZA", "tr_tckimlik": "TR", "cl_rut": "CL", "cn_ric": "CN",
              "kr_rrn": "KR", "ar_cuit": "AR", "se_personnummer": "SE"}
MIXED_LINES = [
    ("Order confirmation \u2014 ship to {name}, {phone}, billed to card {card}, receipt to {email}", ("phone", "card", "email")),
    ("Rental application: phone {phone}; email {email}; SSN {ssn}", ("phone", "email", "ssn")),
    ("Stripe webhook {{\"email\":\"{email}\",\"phone\":\"{phone}\"}}", ("email", "phone")),
    ("Landlord wants: {email}, {phone}, and card {card} on file", ("email", "phone", "card")),
]
