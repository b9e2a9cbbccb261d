"""Where the dev10 privacy set's numbers and addresses turn up (``privacy_cases_dev10.py``): the
lines a personal agent's sensors capture (notifications, window titles, chats, notes, calendar
entries, forms the browser fills, screenshots read by OCR, voice memos transcribed, spreadsheets,
terminals), in English first and in the languages of the set's other countries, with the names and
e-mail addresses of the people who write them. ``{v}`` is the value, ``{e}`` an address, ``{name}``
a name, ``{a}``/``{b}`` an account's two parts and ``{bank}`` a bank; ``fill`` replaces only these,
so a template may hold JSON braces as they are.
"""

from __future__ import annotations

import random
import re
import unicodedata

# --- people ---------------------------------------------------------------------------------------

NAMES = {
    "US": (["Tyler", "Brianna", "Marcus", "Kayla", "Dwayne", "Megan", "Hector", "Lauren", "Cody", "Jasmine"],
           ["Whitfield", "Okafor", "Delgado", "Brennan", "Kowalczyk", "Hughes", "Tran", "Castellano", "Pruitt", "Lindqvist"]),
    "IN": (["Aditi", "Rohan", "Sneha", "Vikram", "Ishaan", "Pooja", "Karthik", "Nandini"],
           ["Raghavan", "Chaudhary", "Menon", "Bhattacharya", "Deshpande", "Kulkarni", "Saxena", "Pillai"]),
    "BR": (["Thiago", "Larissa", "Rafael", "Bruna", "Gustavo", "Camila"], ["Albuquerque", "Figueiredo", "Nogueira", "Carvalho", "Teixeira", "Moraes"]),
    "GB": (["Oliver", "Harriet", "Callum", "Imogen", "Rhys", "Freya"], ["Ashworth", "Pemberton", "Doyle", "Fairclough", "Hussain", "McAllister"]),
    "DE": (["Jonas", "Lea", "Maximilian", "Johanna", "Felix", "Annika"], ["Hoffmann", "Schäfer", "Krüger", "Wagner", "Lehmann", "Brandt"]),
    "MX": (["Alejandro", "Fernanda", "Emiliano", "Ximena", "Santiago"], ["Villalobos", "Cárdenas", "Orozco", "Zamora", "Espinoza"]),
    "FR": (["Mathis", "Chloé", "Baptiste", "Manon", "Théo"], ["Lefebvre", "Girard", "Rousseau", "Fontaine", "Chevalier"]),
    "ID": (["Rizky", "Putri", "Bayu", "Ayu", "Fajar"], ["Santoso", "Wijaya", "Hidayat", "Kusuma", "Siregar"]),
    "PH": (["Paolo", "Kristine", "Jerome", "Angelica", "Marvin"], ["Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino"]),
    "NG": (["Chinedu", "Funmilayo", "Emeka", "Aisha", "Tunde"], ["Okonkwo", "Adeyemi", "Eze", "Bello", "Olawale"]),
    "JP": (["Haruto", "Yui", "Sota", "Aoi"], ["Takahashi", "Inoue", "Kobayashi", "Matsumoto"]),
    "CA": (["Liam", "Chloe", "Owen", "Maya"], ["Tremblay", "MacDonald", "Gagnon", "Singh"]),
    "ES": (["Pablo", "Lucía", "Álvaro", "Marta"], ["Navarro", "Iglesias", "Romero", "Gil"]),
    "IT": (["Lorenzo", "Giulia", "Matteo", "Chiara"], ["Esposito", "Colombo", "Ricci", "Marino"]),
    "PK": (["Hamza", "Ayesha", "Bilal", "Zainab"], ["Qureshi", "Malik", "Siddiqui", "Chaudhry"]),
    "TR": (["Emre", "Zeynep", "Burak"], ["Yıldız", "Aydın", "Şahin"]),
    "EG": (["Omar", "Nour", "Youssef"], ["Hassan", "Mostafa", "Farouk"]),
    "VN": (["Minh", "Lan", "Quang"], ["Nguyễn", "Trần", "Phạm"]),
    "KR": (["Jiwoo", "Minseo", "Hyunwoo"], ["Park", "Choi", "Jung"]),
    "AU": (["Lachlan", "Matilda", "Cooper"], ["Nguyen", "Fitzgerald", "O'Brien"]),
    "ZA": (["Thabo", "Lerato", "Pieter"], ["Nkosi", "van der Merwe", "Dlamini"]),
    "KE": (["Wanjiru", "Otieno", "Achieng"], ["Kamau", "Odhiambo", "Mwangi"]),
    "CO": (["Sebastián", "Valentina", "Andrés"], ["Restrepo", "Ospina", "Londoño"]),
    "AR": (["Facundo", "Agustina", "Nicolás"], ["Fernández", "Sosa", "Benítez"]),
    "PL": (["Kacper", "Zuzanna", "Wojciech"], ["Nowak", "Wiśniewski", "Zieliński"]),
    "NL": (["Daan", "Sanne", "Bram"], ["de Vries", "Janssen", "Bakker"]),
    "BD": (["Tanvir", "Nusrat", "Rafiq"], ["Hossain", "Rahman", "Chowdhury"]),
    "RU": (["Dmitry", "Anastasia", "Ilya"], ["Volkov", "Sokolova", "Morozov"]),
    "SA": (["Faisal", "Reem"], ["Al-Harbi", "Al-Qahtani"]),
    "AE": (["Khalid", "Mariam"], ["Al Mansoori", "Al Nuaimi"]),
    "TH": (["Somchai", "Ploy"], ["Srisuk", "Chaiyaporn"]),
    "MY": (["Aiman", "Nurul"], ["Ismail", "Abdullah"]),
}
for _cc in ("BE", "AT", "PT", "IE", "FI", "SE", "CH"):
    NAMES[_cc] = {"BE": (["Wout", "Elise"], ["Peeters", "Maes"]), "AT": (["Lukas", "Hannah"], ["Gruber", "Huber"]),
                  "PT": (["João", "Inês"], ["Ferreira", "Sousa"]), "IE": (["Cian", "Aoife"], ["Byrne", "Kavanagh"]),
                  "FI": (["Eetu", "Aino"], ["Korhonen", "Virtanen"]), "SE": (["Elias", "Saga"], ["Lindberg", "Holm"]),
                  "CH": (["Luca", "Lea"], ["Meier", "Keller"])}[_cc]


def user_name(r: random.Random, region: str) -> str:
    first, last = NAMES.get(region, NAMES["US"])
    return f"{r.choice(first)} {r.choice(last)}"


MAIL_DOMAINS = {
    "US": ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "comcast.net"],
    "IN": ["gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.in"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"], "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net"], "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
    "KR": ["naver.com", "daum.net", "gmail.com"], "RU": ["mail.ru", "yandex.ru"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "IT": ["libero.it", "gmail.com", "virgilio.it"], "NG": ["gmail.com", "yahoo.com"], "CA": ["gmail.com", "rogers.com", "shaw.ca"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au"], "PL": ["wp.pl", "onet.pl", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "TR": ["gmail.com", "hotmail.com"], "ID": ["gmail.com", "yahoo.co.id"], "PH": ["gmail.com", "yahoo.com"],
}
WORK_DOMAINS = ["northwind-labs.io", "kestrelhealth.com", "bluefernstudio.co", "orbitfreight.com", "lumenpay.dev", "harbourlegal.co.uk",
                "tidewater-eng.com", "quillandink.org"]


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode())


def email_address(r: random.Random, region: str, name: str | None = None) -> str:
    """An address of the shape people pick: first.last, initial and surname, a nickname with a year."""
    first, last = (name or user_name(r, region)).split(" ", 1)
    f, l = _ascii(first), _ascii(last)
    domain = r.choice(WORK_DOMAINS) if r.random() < 0.18 else r.choice(MAIL_DOMAINS.get(region, MAIL_DOMAINS["US"]))
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:3]}{r.randint(70, 99)}", f"{l}.{f}{r.randint(1, 30)}", f"{f}_{l}",
                      f"{f}.{l}{r.randint(2, 9)}", f"{f}{r.randint(1985, 2005)}", f"{f[0]}.{l}+shop"])
    return f"{local}@{domain}"


def fill(template: str, **values: str) -> str:
    """``template`` with its ``{key}`` slots for the given keys replaced (other braces left alone)."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


# --- phones ---------------------------------------------------------------------------------------

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE"}  # written in English throughout; IN, PH and PK half the time

PHONE_EN = [
    "Missed call · {v} · 2 min ago · Tap to call back",
    "Voicemail (transcribed): hey it's {name}, ring me back on {v} whenever you're free",
    "notes/flat-hunt.md - landlord {name}: {v}, prefers texts after 6pm",
    "Slack #office-move: if the van is late, the driver's cell is {v}",
    "Contacts › Edit › {name} › mobile {v}",
    "Zillow message: Hi, is the 2-bed still available? Reach me on {v}. Thanks, {name}",
    "Emergency contact on the school form: {name} (neighbour), {v}",
    "DoorDash note to driver: buzzer broken, text {v} and I'll come down",
    "Teams - {name}: joining from the car, my mobile is {v} if the bridge drops",
    "Airbnb - Host {name}: lockbox details come by SMS, you can call me at {v}",
    "iMessage from {v}: running 10 min late, grab us a table",
    "Résumé.pdf header: {name} · {v} · open to relocation",
    "Pickup list, Room 6: authorised adult {name}, phone {v}",
    "Facebook Marketplace: still selling the bike? call or text {v}",
    "Shared note 'Wedding vendors': florist - {name} - {v}",
    "Outlook reminder: Roof quote with {name} (phone call, {v}) 3:00 PM",
    "Strava club post: lost a key ring on the river loop, if found please call {v}",
    "Jira comment: customer wants a callback on {v} before Friday",
    "Notion / People: {name} | cell {v} | met at the meetup",
    "Hinge: {name}: ok here's my number {v} :)",
    "Security alert: the mobile number on your account was changed to {v}",
    "Business card scan: {name} - Senior Architect - M {v}",
    "Volunteers.xlsx row 14: {name}, {v}, Saturday morning shift",
    "Voice note: the mechanic said call him on {v} tomorrow about the brakes",
    "Calendly: New event booked with {name}, phone {v}, 30 min intro call",
    "Signal: {name} changed their number to {v}",
    "Google Maps review reply: call us on {v} and we'll make it right - {name}",
    "Reminder: ask {name} (babysitter, {v}) if she can do Thursday",
    "Messenger: {name}: I'm outside arrivals door 3, call {v}",
    "Nextdoor: found a grey cat on Elm St, owner please phone {v}",
    "clipboard history: {v}",
    "Pharmacy text: Rx ready for pickup. Questions? Call {v}",
    "Grocery app: your shopper {name} may call from {v} about substitutions",
    "Trello card 'Movers': confirmed with {name}, {v}",
    "Kids' football WhatsApp: coach {name} here, any issues message me on {v}",
    "Gmail draft: ...and if it's easier you can reach me directly at {v}.",
]

PHONE_LOCAL = {
    "DE": ["Notiz: Handwerker {name} ruft morgen an, Rückruf unter {v}", "WhatsApp · {name}: Stehe im Stau, erreichst mich unter {v}",
           "Kontakt bearbeiten › {name} › Mobil {v}"],
    "FR": ["Rappel : appeler {name} au {v} pour l'état des lieux", "SMS de {name} : nouveau numéro, c'est le {v}",
           "Doctolib - Téléphone du patient : {v}"],
    "ES": ["Nota: {name} (fontanero) - {v}, llamar antes de las 9", "WhatsApp · {name}: mi número nuevo es {v}, guárdalo"],
    "MX": ["Recordatorio: transporte escolar con {name}, cel. {v}", "Mercado Libre: el vendedor {name} dejó su celular {v}",
           "Formulario de cita · Teléfono de contacto: {v}"],
    "AR": ["WhatsApp · {name}: che, agendá mi número nuevo {v}", "Nota: el plomero {name}, cel {v}"],
    "CO": ["Nota: el técnico de la nevera, {name}, celular {v}", "WhatsApp · {name}: marcame al {v} cuando llegues"],
    "BR": ["WhatsApp · {name}: me liga no {v} quando sair", "Anotação: corretor {name} - {v} - visita sábado",
           "iFood: entregador {name}, telefone {v}"],
    "ID": ["WhatsApp · {name}: nomor baruku {v}, simpan ya", "Catatan: tukang AC {name} - {v}", "Gojek: driver {name} bisa dihubungi di {v}"],
    "PH": ["Viber · {name}: eto na bago kong number {v}", "Grab: rider {name} - {v}"],
    "JP": ["LINE · {name}: 新しい番号です {v}", "メモ: 大家さん {name} 電話 {v}", "予約フォーム 電話番号: {v}"],
    "IT": ["Nota: idraulico {name}, cell. {v}", "WhatsApp · {name}: il mio numero nuovo è {v}", "Promemoria: richiamare {name} al {v}"],
    "TR": ["Not: kombi servisi {name} - {v}", "WhatsApp · {name}: yeni numaram {v}, kaydet"],
    "EG": ["واتساب · {name}: رقمي الجديد {v}", "ملاحظة: السباك {name} - {v}"],
    "SA": ["واتساب · {name}: هذا رقمي {v}"],
    "AE": ["Note: driver {name} for the airport run - {v}"],
    "VN": ["Zalo · {name}: số mới của mình là {v}", "Ghi chú: thợ sửa điện {name} - {v}"],
    "KR": ["카카오톡 · {name}: 새 번호야 {v}", "메모: 집주인 {name} 연락처 {v}"],
    "PL": ["Notatka: hydraulik {name}, tel. {v}", "WhatsApp · {name}: mój nowy numer to {v}"],
    "NL": ["Notitie: loodgieter {name} - {v}", "WhatsApp · {name}: nieuw nummer, sla op: {v}"],
    "RU": ["Telegram · {name}: мой новый номер {v}", "Заметка: сантехник {name}, тел. {v}"],
    "TH": ["LINE · {name}: เบอร์ใหม่ {v}"],
    "MY": ["WhatsApp · {name}: nombor baru saya {v}"],
    "BD": ["imo · {name}: amar notun number {v}", "Note: bariwala {name} er number {v}"],
    "PK": ["WhatsApp · {name}: mera naya number {v} hai, save kar lein", "JazzCash: payment received from {name} ({v})"],
    "IN": ["WhatsApp · {name}: mera naya number {v} hai, save kar lo", "Swiggy: delivery partner {name} ({v}) is on the way",
           "Society group: plumber {name} ka number {v}"],
}

SIGNATURES = [
    ("US", "Best, {name} | Mobile {v} | {e}"),
    ("US", "{name} · Project Lead · {v} · {e} · Sent from my iPhone"),
    ("IN", "Thanks & Regards, {name} | Mob: {v} | Email: {e}"),
    ("GB", "Kind regards, {name}  tel {v}  email {e}"),
    ("DE", "Mit freundlichen Grüßen {name} · Tel. {v} · E-Mail: {e}"),
    ("BR", "Atenciosamente, {name} - Cel: {v} - {e}"),
    ("NG", "Warm regards, {name} | M: {v} | E: {e} | Lagos"),
    ("CA", "Cheers, {name} ☎ {v} ✉ {e}"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Gmail - New message - To: {e} - Subject: invoice for March",
    "Zoom: {name} ({e}) is waiting in the lobby",
    "Google Docs: {name} <{e}> is requesting edit access to 'Budget 2027'",
    "Mailchimp: 1 bounce - {e} (mailbox full)",
    "notes: new accountant {name} -> {e}",
    "Slack: {name} invited {e} to #family-trip",
    "Venmo: we emailed a copy of this payment to {e}",
    "Contact form · Preferred email* {e}",
    "git log -1: Author: {name} <{e}>",
    "package.json: \"author\": \"{name} <{e}>\",",
    "Dropbox: {e} shared the folder 'Taxes 2026' with you",
    "---------- Forwarded message ---------- From: {name} <{e}>",
    "PayPal: You received $45.00 from {e}",
    "$ git config --global user.email \"{e}\"",
    "Eventbrite attendee list: {name}, {e}, General Admission",
    "LinkedIn: feel free to email me directly at {e}",
    "Apple ID sign-in requested for {e} on a new iPad",
    "Calendar invite - Guests: {e} (needs action)",
    "CSV export, contacts.csv: \"{name}\",\"{e}\",\"VIP\"",
    "Screenshot OCR: Sign in  Email  {e}  Next",
]

EMAIL_LOCAL = {
    "MX": "Correo: mándame los documentos a {e}", "ES": "Escríbeme a {e} con la factura", "BR": "Manda o comprovante para {e}",
    "DE": "Bitte die Unterlagen an {e} schicken", "FR": "Envoie-moi le devis à {e}", "JP": "メールアドレス: {e}",
    "ID": "Kirim CV ke {e} ya", "KR": "이메일 주소 {e} 로 보내주세요", "TR": "Belgeleri {e} adresine gönderir misin",
    "IT": "Mandami il preventivo a {e}",
}

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Chrome › Payment methods › Add card › Card number {v}",
    "notes/travel.md: backup card for the hotel deposit {v} exp 09/29",
    "Telegram Saved Messages: card {v}",
    "OCR of card photo: {name}  {v}  VALID THRU 11/28",
    "Shopify checkout · Card number {v} · Name on card {name}",
    "{name}: use my card for the concert tickets, {v}, I'll text the CVV",
    "Expenses.xlsx: corporate card {v}, taxi, 24.50",
    "Support chat - Agent: please confirm the card number. Me: {v}",
    "Uber › Wallet › Add payment method › {v}",
    "Voice memo (transcribed): the card number is {v}",
    "Subscriptions.numbers: Netflix billed to {v}",
    "Password manager item 'Amazon card' · Number {v}",
    "Booking.com guarantee: card {v}, holder {name}",
    "Call notes: card {v} blocked after the fraud alert, new one in 5 days",
]

CARD_LOCAL = {
    "MX": "Tarjeta para el depósito de la renta: {v}", "BR": "Cartão do Nubank pra assinatura: {v}",
    "DE": "Kreditkarte für die Ferienwohnung: {v}", "JP": "カード番号 {v} (家族カード)", "FR": "Carte pour la caution : {v}",
    "IN": "Flipkart checkout · Debit card {v}", "ES": "Tarjeta para el hotel: {v}",
}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Invoice footer: please transfer to IBAN {v}, reference INV-2291",
    "Wise › Add recipient › {name} › IBAN {v}",
    "Splitwise note: pay me back to {v} when you can",
    "SEPA direct debit mandate · Debtor IBAN {v}",
    "Payroll onboarding form: IBAN for salary {v}",
    "Revolut: transfer to {name} ({v}) scheduled for Monday",
    "draft: my bank details are {v} (BIC not needed inside SEPA)",
    "Tax refund form - IBAN: {v}",
    "Airbnb payout method updated: {v}",
]

IBAN_LOCAL = {
    "DE": ["Überweisung an {name}, IBAN {v}, Verwendungszweck Miete Dezember", "Kontoverbindung für die Kaution: {v}",
           "Notiz: Kita-Beitrag geht an {v}"],
    "AT": ["Bitte überweisen auf {v} (Inhaber {name})"],
    "FR": ["Virement à {name} - IBAN : {v}", "RIB pour le loyer : {v}"],
    "BE": ["Virement au {v} avant vendredi svp"],
    "ES": ["Bizum no va, hazme transferencia al {v}", "Cuenta para la devolución: IBAN {v}"],
    "IT": ["Bonifico a {name}, IBAN {v}, causale affitto", "IBAN per la caparra: {v}"],
    "NL": ["Tikkie werkt niet, maak over naar {v} t.n.v. {name}"],
    "PT": ["Transferência para {name}: IBAN {v}"],
    "PL": ["Przelew na konto {v}, tytuł: czynsz"],
    "TR": ["Kira için IBAN: {v} ({name})", "EFT yapacağım hesap: {v}"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Direct deposit form - Routing number {a}  Account number {b}", "Zelle's down, wire it to routing {a}, acct {b}",
           "Check OCR (MICR): ⑆{a}⑆ {b}⑈ 1042", "notes: Chase checking - ABA {a} / account {b}"],
    "gb": ["Deposit details: sort code {a}, account no. {b}", "Monzo › Pay someone new › {name} · {a} · {b}",
           "Invoice: payee {name}, sort code {a}, account {b}"],
    "in": ["NEFT details: A/c {a}, IFSC {b}", "Please send the advance to account {a} (IFSC {b})"],
    "au": ["PayID isn't set up, use BSB {a} account {b}", "Rent: BSB {a} Acc {b} ref unit 4"],
    "ca": ["Void cheque OCR: transit-institution {a}, account {b}", "Direct deposit info: {a} / acct {b}"],
    "br": ["Pix caiu, faz TED: agência {a}, conta {b}", "Dados bancários - Ag. {a} C/C {b}"],
    "mx": ["Te paso mi CLABE para el SPEI: {a}", "CLABE interbancaria: {a} (a nombre de {name})"],
    "ng": ["Send it to {bank} {a}, account name {name}", "Acct no: {a} ({bank}) - pls send the receipt"],
    "za": ["EFT details: branch code {a}, account {b}", "Pay the deposit into branch {a}, acc no {b}, ref your surname"],
    "ar": ["Transferime al CBU {a}", "CBU para el alquiler: {a}"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES = {
    "us_ssn": ("US", ["W-4 draft - SSN {v}", "notes: mom's SSN {v} for the Medicare form", "Chat with HR: my social is {v}",
                      "Form 1040 OCR: Your social security number {v}", "Rental application · SSN {v} · consent to credit check"]),
    "in_aadhaar": ("IN", ["Aadhaar {v} - for KYC at the bank", "Please share Aadhaar no.: {v}"]),
    "in_pan": ("IN", ["PAN {v} for ITR filing", "Form 16 shows PAN of employee: {v}"]),
    "br_cpf": ("BR", ["CPF na nota? Sim: {v}", "Cadastro da academia: CPF {v}"]),
    "mx_curp": ("MX", ["CURP: {v} (trámite del pasaporte)"]),
    "gb_nhs": ("GB", ["GP registration - NHS number {v}"]),
    "de_idnr": ("DE", ["Steuer-ID für die Lohnabrechnung: {v}"]),
    "fr_nir": ("FR", ["Numéro de sécu : {v}"]),
    "es_dni": ("ES", ["DNI {v} para la reserva del coche"]),
    "it_codicefiscale": ("IT", ["Codice fiscale: {v}"]),
    "ca_sin": ("CA", ["SIN {v} - for the payroll onboarding"]),
    "id_nik": ("ID", ["NIK KTP: {v}"]),
    "pk_cnic": ("PK", ["CNIC {v} for the SIM verification"]),
    "tr_tckimlik": ("TR", ["Kargo teslimi için TC kimlik numaram {v}"]),
    "pl_pesel": ("PL", ["Formularz w przychodni - PESEL dziecka {v}"]),
    "za_idnr": ("ZA", ["SA ID number {v} for the FICA docs"]),
    "kr_rrn": ("KR", ["병원 접수: 주민등록번호 {v} 확인했습니다"]),
    "cn_ric": ("CN", ["身份证号:{v}"]),
    "jp_in": ("JP", ["年末調整の書類にマイナンバー {v} を記入"]),
    "au_tfn": ("AU", ["TFN declaration: {v}"]),
    "nl_bsn": ("NL", ["BSN {v} voor de huurtoeslag"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชน {v}"]),
    "my_nric": ("MY", ["No. MyKad: {v}"]),
    "ar_dni": ("AR", ["DNI {v} para el envío"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES = [
    ("Rental application OCR - {name} - SSN {ssn} - Cell {phone} - Email {email}", ("ssn", "phone", "email")),
    ("Checkout: {email} · {phone} · card {card}", ("email", "phone", "card")),
    ("Onboarding sheet: {name}, {email}, {phone}, SSN {ssn}", ("email", "phone", "ssn")),
    ("Hotel registration: {name} tel {phone} email {email} card {card}", ("phone", "email", "card")),
    ("Support call log: caller {name} verified with SSN {ssn}, callback {phone}", ("ssn", "phone")),
    ("Gym signup: {email} / {phone} / billing card {card}", ("email", "phone", "card")),
    ("Tax prep intake: {name}, SSN {ssn}, refund by check, reach at {email}", ("ssn", "email")),
    ("Craigslist buyer {name}: paid by card {card}, receipt to {email}", ("card", "email")),
]
