"""Where the dev11 privacy set's numbers and addresses show up (``privacy_cases_dev11.py``): what a
personal agent's sensors pick up in a day (the clipboard, notifications, window titles, chats and
texts, notes apps, calendar entries, forms the browser fills, addresses in the browser's bar, photos
and screenshots read by OCR, transcribed voicemails, spreadsheets, terminals and their history),
English first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me link), ``«e»`` an e-mail address, ``«name»`` its owner's name, ``«a»``/``«b»`` an
account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces, dollars and percent
signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Clipboard history · 2 min ago · «v»",
    "Google Calendar · Plumber, 10–12 · Notes: ring «name» on «v» when 15 min out",
    "Chrome › Settings › Autofill › Addresses › Home · Phone «v»",
    "Signal · «name»: new number, save this one → «v»",
    "Apple Notes · Babysitter: «name», cell «v», allergic to cats",
    "Gmail · Re: Sofa pickup · I can be reached on «v» after 5, thanks",
    "Photo OCR (flyer on the lamp post): LAWN MOWING, FAIR PRICES — text «name» «v»",
    "$ grep -i dentist ~/notes/*.md → contacts.md: Dr. «name», front desk «v»",
    "WhatsApp · «name» (Business): we're closed today, for urgent orders dial «v»",
    "Calendly · Intro call booked · Invitee phone «v»",
    "HR portal › Emergency contacts › «name» (spouse) › «v»",
    "Craigslist reply draft: yes it's still available, my number is «v»",
    "Outlook signature preview — «name» | Field Operations | M: «v»",
    "Hinge · «name»: here's my number «v», this app eats my messages",
    "Clinic intake form › Preferred phone «v» › OK to leave voicemail: Yes",
    "vet.txt — Dr «name», «v», open till 7 on weekdays",
    "Telegram · Saved Messages: landlord's plumber «v»",
    "$ echo 'call «name» back: «v»' >> ~/todo.txt",
    "Team roster.xlsx — «name» | Site lead | «v»",
    "SMS from «v»: Your table is ready, please come to the host stand",
    "Delivery app · Driver note: gate code unknown, call the customer at «v»",
    "Google Maps › Reviews › Owner's reply: please call me directly at «v» so we can make it right",
    "Lease_signed.pdf — page 1 — Tenant telephone «v»",
    "Teams · «name»: dialling in from the airport, ping «v» if the link dies",
    "Reminder · Pharmacy said to call «v» if the refill isn't ready by noon",
    "LinkedIn · «name»: thanks for reaching out, my direct line is «v»",
    "Nextdoor · Found: grey cat near the park, call or text «v»",
    "Discord · DM from «name»: add me on WhatsApp instead, «v»",
    "Typeform response › What's the best number to reach you? › «v»",
    "Voicemail · «v» · 0:42 · “hi it's «name», about the fence quote”",
    "Notion › Trip planning › Airport shuttle driver «name» · «v»",
    "Google Keep · Moving day: truck rental desk «v», confirm by Thursday",
    "contacts.csv: «name»,,«v»,Home",
    "Zendesk › Ticket 48213 › Callback requested on «v»",
    "School app · Pickup change for «name»'s son, contact «v»",
    "Wedding RSVP › Guest «name» › Phone «v» › Meal: fish",
    "Sticky note photo (OCR): CALL INSURANCE GUY «v» RE CLAIM",
    "Messenger · «name»: my battery's dying, use «v» for the rest of the day",
    "Window title: Contact card — «name» — «v» — Contacts",
    "Uber Eats · Instructions for the courier: ring «v», flat 3B",
    "Shared doc 'Kids' party' · Bouncy castle man «v»",
    "Car park notice (OCR): blocking you? call «v» and I'll move",
]

PHONE_LINKS = [  # forms only a link or a payload takes
    "history: open 'tel:«vE»'",
    "https://wa.me/«vW»?text=Hi%2C%20is%20the%20room%20still%20free%3F",
    "contact.vcf: TEL;TYPE=cell:«vE»",
    "POST /hooks/lead {\"event\":\"lead.created\",\"phone\":\"«vE»\",\"source\":\"landing\"}",
    "Twilio console › Verified caller IDs › «vE» › Friendly name: «name»",
    "<a href=\"tel:«vE»\">Call the front desk</a>",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Mummy ka naya number save kar lo: «v»", "Society group: plumber «name» bhaiya «v», 9 baje ke baad call mat karna"],
    "BR": ["Salva meu número novo aí: «v»", "Eletricista «name», tel. «v», cobra a visita", "Liga pra portaria no «v» quando chegar"],
    "DE": ["Rückruf erbeten unter «v» – «name»", "Notiz Handwerker: Fliesenleger «name», Handy «v»"],
    "MX": ["Ya estoy en la entrada, marca al «v» y te abro", "Recado: llamó «name», que le regreses la llamada al «v»"],
    "FR": ["Je suis en réunion, laisse un message au «v»", "Contact du syndic : «name», portable «v»"],
    "ID": ["Nomor kurir: «v», telepon aja kalau alamatnya susah", "WA aku aja ya di «v»"],
    "PH": ["Text mo ako sa «v» pag nandyan ka na", "Number ni kuya rider: «v»"],
    "JP": ["緊急連絡先：«name»（母）«v»", "折り返しは «v» までお願いします"],
    "ES": ["Llámame al «v» y quedamos", "Fontanero de confianza: «v» (pregunta por «name»)"],
    "IT": ["Chiamami al «v» quando sei sotto casa", "Idraulico: «name», cell. «v»"],
    "PK": ["Ammi ka number «v» hai, save kar lein"],
    "TR": ["Kurye için numaram: «v»", "Tesisatçı «name» – «v»"],
    "VN": ["Gọi cho mình số «v» nhé", "Số anh giao hàng: «v»"],
    "EG": ["كلمني على «v» بعد الساعة ٦"],
    "BD": ["আমার নম্বর «v», কল দিও"],
    "KR": ["택배 기사님 연락처 «v»", "이 번호로 연락 주세요 «v»"],
    "CO": ["Escríbeme al WhatsApp «v»"],
    "AR": ["Mandame un wasap al «v»", "Cerrajero de guardia: «v»"],
    "PL": ["Zadzwoń do mnie: «v»", "Hydraulik pan «name», tel. «v»"],
    "NL": ["Bel me even op «v»", "Klusjesman «name»: «v»"],
    "TH": ["โทรหาเราที่ «v»", "เบอร์ช่างแอร์ «v»"],
    "RU": ["Мой номер «v», звони после шести", "Сантехник «name»: «v»"],
    "MY": ["Call saya di «v» ya"],
    "SA": ["تواصل معي على الواتساب «v»"],
    "AE": ["للحجز اتصل على «v»"],
    "CN": ["我的手机号：«v»"],
    "SE": ["Sms:a mig på «v» när du är framme"],
    "CL": ["Llámame al celu «v»"],
    "PE": ["Escríbeme al «v» para coordinar"],
    "MA": ["Appelle-moi sur «v» ce soir"],
}

SIGNATURES = [  # (region, a mail's sign-off with a phone and an address)
    ("US", "Email footer: «name» · Realtor® · cell «v» · «e»"),
    ("US", "—— «name» | Customer Success | «v» | «e»"),
    ("GB", "Kind regards, «name» | t: «v» | e: «e»"),
    ("IN", "Regards, «name» | Mob: «v» | Mail: «e»"),
    ("DE", "Viele Grüße aus Köln, «name» | Mobil «v» | «e»"),
    ("BR", "Att., «name» – Cel.: «v» – «e»"),
    ("FR", "Cordialement, «name» — Tél : «v» — «e»"),
    ("AU", "Cheers, «name» m. «v» e. «e»"),
    ("MX", "Saludos, «name» · Cel. «v» · «e»"),
    ("NG", "Best, «name» · «v» · «e»"),
    ("CA", "Thanks! «name» (she/her) · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Gmail › To: «e» · Subject: scanned receipts for March",
    "Apple Mail — Draft — Cc: «e»",
    "Google Docs › Share 'Budget 2027' › Add people › «e» (Editor)",
    "Sign in — Email or phone: «e» — Next",
    "mailing-list.csv: «e»,subscribed,«name»",
    "$ git log -1 → Author: «name» <«e»>",
    "Slack › Profile › «name» › Email «e»",
    "https://accounts.google.com/v3/signin/identifier?login_hint=«e»&flowName=GlifWebSignIn",
    "Calendar invite · Carpool to the dentist · Guests: «e»",
    "Eventbrite: your order confirmation was sent to «e»",
    "~/.gitconfig → [user] name = «name» email = «e»",
    "---------- Forwarded message --------- From: «name» <«e»>",
    "A reset link was sent to «e». Check your spam folder.",
    "PayPal › Send › «e» › $40.00 for the pizza",
    "Zoom registration: «name», «e», Company: n/a",
    "Note: new accountant is «e», send the W-2 there",
    "Teams · «name» shared 'Q3 deck' with «e» (external)",
    "package.json: \"author\": \"«name» <«e»>\",",
    "Business card (OCR): «name» · Sales Director · «e»",
    "Dropbox › Share 'Wedding photos' › «e» can view",
    "Raw headers: Reply-To: «e»",
    "Zelle › Send money › «e» (enrolled)",
]

EMAIL_LOCAL = {
    "DE": "Bitte schick die Unterlagen an «e», danke!", "FR": "Tu peux m'envoyer le devis sur «e» ?",
    "ES": "Mi correo es «e», mándame la factura ahí", "BR": "Manda o comprovante pro meu e-mail: «e»",
    "MX": "Correo para la factura: «e»", "IT": "Scrivimi a «e» per i dettagli", "JP": "連絡先メール：«e»",
    "KR": "이메일 주소는 «e» 입니다", "NL": "Mail het naar «e» aub", "PL": "Wyślij na maila «e»", "TR": "E-posta adresim: «e»",
    "RU": "Пиши на почту «e»", "ID": "Kirim ke email aku ya: «e»", "CN": "发到我的邮箱 «e»", "AR": "Mandame el mail a «e»",
}

EMAIL_REGIONS = ["US"] * 9 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "chrome://settings/payments › Edit card › Name on card «name» · «v»",
    "Note to self: spare card for subscriptions «v»",
    "Checkout · Card number «v» · Pay now",
    "Slack (edited): «v» ← wrong window, ignore",
    "Expenses.xlsx — Corporate card «v» — Hotel 412.18",
    "Photo OCR (card front): «v» «name»",
    "Steam › Add funds › Card «v»",
    "Text to Mum: use my card «v» for the flights, I'll sort it later",
    "Apple Wallet › Enter card details manually › «v»",
    "Google Pay › Cards › «v» › Verify",
    "Car rental form — Credit card on file: «v»",
    "Support chat: my card «v» got charged twice for one order",
    "Clipboard (copied from password manager): «v»",
    "Hotel registration (OCR): Card No. «v» Guest «name»",
    "Flight booking › Payment › Card number «v» › Cardholder «name»",
    "bills.md: gas autopay moved to «v»",
]

CARD_LOCAL = {
    "IN": "Amazon.in › Add a debit or credit card › «v»", "BR": "Número do cartão: «v» (o da Netflix)",
    "DE": "Kreditkartennummer fürs Hotel: «v»", "MX": "Número de tarjeta para el pago: «v»",
    "FR": "Numéro de carte pour la réservation : «v»", "JP": "カード番号：«v»", "CN": "银行卡号 «v»",
    "RU": "Номер карты для перевода: «v»", "ES": "Número de la tarjeta: «v»", "TR": "Sanal kartımın numarası «v», internet alışverişi için",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Wise › Recipient details › IBAN «v» › Continue",
    "Invoice PDF footer: bank transfer to «v», payment within 14 days",
    "Revolut › Transfer › To «name» › «v»",
    "Email: could you send the deposit back to «v»? Thanks, «name»",
    "Payroll form — salary account (IBAN): «v»",
    "N26 › Add payee › IBAN «v»",
    "Screenshot OCR (banking app): IBAN «v» · copied",
    "Notes: landlord's IBAN «v» — rent on the 1st",
    "Upwork › Get paid › Direct to Local Bank › IBAN «v»",
    "Refund request form · IBAN for the refund «v»",
]

IBAN_LOCAL = {
    "DE": ["Überweisung · Empfänger «name» · IBAN «v» · Betrag 850,00 €", "Lastschriftmandat Sportverein, IBAN: «v»",
           "Kannst du mir das Geld auf «v» überweisen?"],
    "FR": ["Mon RIB : IBAN «v»", "Prélèvement SEPA – IBAN du débiteur : «v»"],
    "ES": ["Te paso mi IBAN: «v»", "Domiciliación del recibo en la cuenta «v»"],
    "IT": ["Mi fai un bonifico su «v»?", "Coordinate per il rimborso: IBAN «v»"],
    "NL": ["Graag overmaken naar «v» o.v.v. het factuurnummer"],
    "BE": ["Gelieve te storten op «v»"],
    "AT": ["Bankverbindung: «v» (lautend auf «name»)"],
    "PT": ["O meu IBAN é «v»"],
    "PL": ["Numer konta do przelewu: «v»"],
    "TR": ["Parayı şu IBAN'a at: «v»"],
    "FI": ["Vuokra maksetaan tilille «v»"],
    "CH": ["Einzahlung auf «v», Zahlungszweck Miete"],
    "NO": ["Kontonummer for innbetaling: «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Gusto › Direct deposit › Routing «a» › Account «b» › Checking",
           "Email to the landlord: ACH details are routing «a», account «b»",
           "Deposited check, bottom line read by the app: ⑆«a»⑆ «b»⑈ 0317",
           "Tax refund direct deposit — RTN «a» — Acct «b»",
           "Venmo › Banks › Routing number «a» · Account number «b»",
           "Form 8888 draft: routing «a» account «b» (savings)",
           "notes: credit union ABA «a» / share draft acct «b»"],
    "gb": ["Starling › New payee › «name» · Sort code «a» · Account «b»", "Invoice: BACS to «name», s/c «a», a/c «b»",
           "WhatsApp: my bank's «a» «b», pay whenever", "Payroll change form — sort code: «a» account number: «b»"],
    "in": ["IMPS to «name»: A/c no. «a», IFSC «b»", "Bank details for the refund — Account: «a» | IFSC: «b»",
           "Paytm › Bank transfer › Account number «a» › IFSC «b»", "Rent receipt: paid to a/c «a» (IFSC «b»)"],
    "au": ["Osko · BSB «a» · Acc «b» · Ref: bond", "Invoice footer: EFT to BSB «a», account no. «b»"],
    "ca": ["Interac isn't working, direct deposit: transit/inst. «a» acct «b»", "Payroll set-up (from a void cheque): transit «a» · account «b»"],
    "br": ["TED pra «name»: agência «a», conta corrente «b»", "Dados pro depósito: Ag «a» C/C «b» (Itaú)"],
    "mx": ["SPEI programado · CLABE destino «a»", "Mis datos: CLABE «a» («name»)", "Deposita el anticipo a esta CLABE: «a»"],
    "ng": ["Pls send to «bank» «a», «name»", "Account details: «a» («bank»), name: «name»", "Transfer the balance to «a» «bank» today"],
    "za": ["EFT: branch code «a», acc «b», ref your surname", "Banking details — Branch «a» Account number «b»"],
    "ar": ["Pasame la plata al CBU «a»", "Datos para transferir: CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["TurboTax › Personal info › Social Security number «v»", "Scan of W-2 (OCR): a Employee's social security number «v»",
                      "Text from Dad: my SSN is «v» for the insurance form", "Background check consent — SSN: «v»",
                      "Credit card application › SSN «v» › Annual income 72,000", "taxes.md: kids' SSNs → Emma «v»",
                      "Pay stub (OCR): SSN «v» · Net pay"]),
    "in_aadhaar": ("IN", ["mAadhaar app screenshot (OCR): Aadhaar No. «v»", "Gas connection KYC — Aadhaar linked: «v»",
                          "Photo OCR (Aadhaar card): «v» · मेरा आधार, मेरी पहचान",
                          "Bank ne Aadhaar maanga: «v»"]),
    "in_pan": ("IN", ["PAN card (OCR): Permanent Account Number «v»", "Income tax portal › Login › PAN «v»",
                      "Send PAN for the TDS certificate: «v»"]),
    "br_cpf": ("BR", ["Qual o seu CPF? «v»", "Nota fiscal: CPF do consumidor «v»", "Cadastro no app do banco – CPF «v»",
                      "CPF pro cadastro da farmácia: «v»"]),
    "mx_curp": ("MX", ["CURP para la inscripción: «v»", "Constancia (OCR): CURP «v»"]),
    "mx_rfc": ("MX", ["Datos de facturación: RFC «v»"]),
    "gb_nhs": ("GB", ["NHS App › Your NHS number is «v»", "GP letter (OCR): NHS No: «v»"]),
    "de_idnr": ("DE", ["Steuer-IdNr. laut Bescheid vom Finanzamt: «v»", "Lohnsteuerbescheinigung (Scan): IdNr. «v»"]),
    "fr_nir": ("FR", ["Carte Vitale (OCR) : «v»", "N° de sécurité sociale de l'enfant : «v»"]),
    "es_dni": ("ES", ["Para la reserva del pádel: DNI «v»", "Formulario del alquiler – DNI/NIF: «v»"]),
    "es_nie": ("ES", ["NIE para el contrato: «v»"]),
    "it_codicefiscale": ("IT", ["Tessera sanitaria (OCR): Codice Fiscale «v»", "CF per la fattura: «v»"]),
    "ca_sin": ("CA", ["Service Canada letter (OCR): Social Insurance Number «v»", "Onboarding checklist: SIN «v» ✓"]),
    "id_nik": ("ID", ["KTP (OCR): NIK «v»", "Isi NIK untuk daftar vaksin: «v»"]),
    "pk_cnic": ("PK", ["CNIC No. «v» — bank account opening"]),
    "tr_tckimlik": ("TR", ["e-Devlet girişi: T.C. Kimlik No «v»"]),
    "pl_pesel": ("PL", ["PESEL do recepty: «v»"]),
    "za_idnr": ("ZA", ["RICA form — SA ID no. «v»"]),
    "kr_rrn": ("KR", ["주민번호 «v» 입력 완료"]),
    "cn_ric": ("CN", ["酒店入住登记：证件号码 «v»（居民身份证）"]),
    "jp_in": ("JP", ["マイナンバー «v»（通知カード）"]),
    "au_tfn": ("AU", ["myGov › ATO › Tax file number «v»"]),
    "nl_bsn": ("NL", ["BSN voor de aanvraag kinderopvangtoeslag: «v»"]),
    "th_pin": ("TH", ["บัตรประชาชนเลขที่ «v»"]),
    "my_nric": ("MY", ["No. IC: «v»"]),
    "ar_cuit": ("AR", ["CUIL para el alta en el trabajo: «v»"]),
    "cl_rut": ("CL", ["RUT «v» – boleta de honorarios"]),
    "se_personnummer": ("SE", ["Personnummer: «v» (för BankID)"]),
    "ie_pps": ("IE", ["PPS number for Revenue: «v»"]),
    "pt_nif": ("PT", ["NIF para a fatura: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [  # (region, template, kinds)
    ("US", "Rental application (OCR): «name» · SSN «ssn» · phone «phone» · «email»", ("ssn", "phone", "email")),
    ("US", "Order export row: «email»,«phone»,card «card»", ("email", "phone", "card")),
    ("US", "Dealership credit app: «name», SSN «ssn», mobile «phone»", ("ssn", "phone")),
    ("US", "Autofill filled: «email» / «phone» / «card»", ("email", "phone", "card")),
    ("US", "Website lead: «name», «email», «phone»", ("email", "phone")),
    ("US", "Claim call notes: verified SSN «ssn», callback «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Hotel folio (OCR): «name» · «phone» · card «card»", ("phone", "card")),
    ("US", "Payroll onboarding: «email», SSN «ssn»", ("email", "ssn")),
    ("US", "eBay message: paid with card «card», send tracking to «email»", ("card", "email")),
    ("GB", "Gym sign-up: «name» · «phone» · «email» · card «card»", ("phone", "email", "card")),
    ("IN", "Swiggy support: registered «phone», «email», refund to card «card»", ("phone", "email", "card")),
]
