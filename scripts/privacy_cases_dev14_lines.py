"""Where the dev14 privacy set's numbers and addresses turn up (``privacy_cases_dev14.py``): what
a personal agent's sensors record (window titles, notes, chat messages, shell commands and history,
e-mails, OCR of screenshots, receipts and scanned letters, calendar entries, addresses in the
browser's bar, forms, voice notes transcribed, smart-home and car apps), English first, then in the
words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me link), ``«e»`` an e-mail address, ``«name»`` its owner's name, ``«a»``/``«b»`` an
account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces, dollars and percent
signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Voice note, transcribed: remind me to text «name» at «v» about the carpool",
    "Facebook Marketplace · «name» asks: is the crib still available? my cell is «v»",
    "OCR of a fridge magnet: Emergency locksmith «name» — «v»",
    "WhatsApp · «name»: lost my old SIM, use «v» from now on",
    "Search bar history: «name» dentist «v»",
    "Soccer club roster (photo): coach «name», mobile «v»",
    "Rover booking · sitter «name» · reachable at «v»",
    "Google Keep: quote from roofer «name», call «v» before Friday",
    "Parcel slip (OCR): deliver to «name», tel. «v»",
    "Fitbit › Safety › Trusted contact «name» «v»",
    "Angi › Contractor «name» · direct line «v»",
    "Clinic SMS: your nurse «name» will phone you from «v»",
    "Hinge match «name»: ok fine, my number's «v»",
    "Meetup group chat · «name»: running late, call «v» if you can't find us",
    "Copied text: «name» / «v» / piano teacher",
    "Yelp message from «name»: to reserve the patio ring «v»",
    "Baby shower guest list (scan): «name» · phone «v»",
    "Siri note: «name» wants a callback on «v»",
    "Bear note · dog walker cover — «name» «v»",
    "PTA flyer (OCR): bake sale volunteer «name», cell «v»",
    "DoorDash · Dasher «name» is contacting you from «v»",
    "Asana task 'Move house' · mover «name» · «v»",
    "Teams chat · «name»: in the lobby, ring «v» and I'll come down",
    "Property manager email (excerpt): after-hours maintenance line «v»",
    "Calendar reminder: phone the groomer «v» about Saturday",
    "Lamp-post poster (OCR): Math tutoring — «name» — «v»",
    "Missed call transcript: hey it's «name», ring me back on «v» when you're free",
    "Cycling club WhatsApp · «name»: ride leader's phone is «v»",
    "People app › New contact › «name» › cell «v»",
    "Grocery order note: driver please phone «v» at the gate",
]

PHONE_LINKS = [
    "Opened in browser: https://wa.me/«vW»?text=Hi%20there",
    "QR code scanned: tel:«vE»",
    "Meeting invite dial-in: tel:«vE»,,90215#",
    "Exported contact · FN:«name» · TEL;TYPE=CELL:«vE»",
    "Twilio console · outbound SMS to «vE» · queued",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Bhaiya ka naya number «v» hai, note kar lena", "Carpenter «name» ka mobile «v»", "Doodh wale ka phone «v»"],
    "BR": ["Anota o telefone do eletricista: «v»", "Chama o «name» no zap «v»", "Telefone da creche: «v»"],
    "DE": ["«name» bittet um Rückruf unter «v»", "Nummer vom Hausmeister: «v»"],
    "MX": ["Háblale a «name» al «v» por lo de la renta", "Teléfono del cerrajero: «v»"],
    "FR": ["Appeler «name» au «v» demain matin", "Numéro de la nounou : «v»"],
    "ID": ["Nomor tukang AC: «v»", "Tolong telepon «name» ke «v»"],
    "PH": ["Tawagan mo si «name» sa «v» mamaya", "Number ng tricycle driver: «v»"],
    "JP": ["«name»さんの携帯 «v» に連絡", "美容院の電話番号 «v»"],
    "ES": ["Llámale a «name» al «v» esta tarde", "Teléfono del electricista: «v»"],
    "IT": ["Chiamare «name» al «v» entro venerdì", "Numero del meccanico: «v»"],
    "PK": ["Electrician ka number «v», kal bulana", "«name» ka number «v» hai"],
    "TR": ["«name» Hanım'ı «v» numarasından arayın", "Elektrikçinin numarası: «v»"],
    "VN": ["Nhớ gọi cho «name» theo số «v»", "Số anh sửa máy lạnh: «v»"],
    "EG": ["رقم «name» الجديد «v»"], "BD": ["«name» এর নম্বর «v»"], "KR": ["«name»님 연락처 «v»"],
    "CO": ["El número de «name» es «v»"], "AR": ["El celu de «name» es «v»"], "PL": ["Numer do «name»: «v»"],
    "TH": ["เบอร์ของ«name» «v»"], "RU": ["Номер «name»: «v»"], "NL": ["Het nummer van «name» is «v»"],
    "MY": ["Nombor «name» ialah «v»"], "SA": ["جوال «name» «v»"], "AE": ["هاتف «name» «v»"], "CN": ["«name»的手机号 «v»"],
    "SE": ["«name»s nummer är «v»"], "CL": ["El fono de «name» es «v»"], "PE": ["El número de «name» es «v»"], "MA": ["Le numéro de «name» : «v»"],
}

SIGNATURES = [
    ("US", "Warmly, «name» · cell «v» · «e»"),
    ("US", "«name» | Mortgage Advisor | direct «v» | «e»"),
    ("GB", "Kind regards — «name» — mob. «v» — «e»"),
    ("IN", "Thanks & regards, «name» · M: «v» · E: «e»"),
    ("DE", "Beste Grüße — «name» — Tel. «v» — «e»"),
    ("BR", "Abraços, «name» · WhatsApp «v» · «e»"),
    ("FR", "Bien à vous, «name» · Portable «v» · «e»"),
    ("AU", "Ta, «name» · Mob «v» · «e»"),
    ("MX", "Atentamente, «name» · Tel. «v» · «e»"),
    ("NG", "Warm regards, «name» · Tel «v» · «e»"),
    ("CA", "All the best, «name» · Cell «v» · «e»"),
    ("PH", "Thank you, «name» · Mobile «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Google Meet › Add guest › «e»",
    "Voice note, transcribed: send the scanned lease to «e»",
    "OneDrive › Share 'Holiday photos' with «e»",
    "Luma › Guest «name» · «e» · going",
    "Autocomplete in the To: field: «e»",
    "Shopify › Customer «name» · «e» · 3 orders",
    "Registration card (OCR): E-mail «e»",
    "Discord › Invite by email › «e»",
    "Notion CRM › «name» · «e» · follow up",
    "Sticky note · the tutor's email is «e»",
    "Patreon › Members › «e» · active",
    "Salesforce › Lead «name» · «e»",
]

EMAIL_LOCAL = {
    "DE": "Meine private Mailadresse lautet «e»", "FR": "Envoie-moi les photos à «e»", "ES": "Mándame el presupuesto a «e»",
    "BR": "Meu e-mail pessoal é «e»", "MX": "Mándame la factura a «e», porfa", "IT": "Il mio indirizzo email è «e»",
    "JP": "町内会のお知らせは «e» まで", "KR": "메일은 «e» 로 보내주세요", "NL": "Stuur het naar «e»",
    "PL": "Mój adres e-mail to «e»", "TR": "Bana «e» adresinden ulaşabilirsin", "RU": "Моя почта «e»",
    "ID": "Kirim ke email «e» ya", "CN": "我的电子邮箱是 «e»", "AR": "Mandame un mail a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Voice note, transcribed: use card «v» for the flight upgrade",
    "Browser autofill: «name» — «v»",
    "Scanned card front (OCR): «name» «v»",
    "WhatsApp · «name»: order the cake on my card «v»",
    "Google Wallet › Payment method › «v»",
    "Budget sheet · card for streaming «v»",
    "Payment page › Card number «v» › Name on card «name»",
    "Scratch file todo.md: card «v»",
    "Email to the vet: you can charge «v» for the surgery",
    "Sticky note · travel card «v»",
]

CARD_LOCAL = {
    "IN": "Flipkart › Payments › Saved card «v»", "BR": "Número do cartão de crédito: «v»",
    "DE": "Meine Kreditkarte für die Buchung: «v»", "MX": "Nota de voz: cobra la mensualidad a la tarjeta «v»",
    "FR": "Voici le numéro de ma carte bancaire : «v»", "JP": "ホテル予約用のクレジットカード番号 «v»", "CN": "信用卡号码 «v»",
    "RU": "Номер моей карты «v»", "ES": "Mi tarjeta para el depósito: «v»", "TR": "Kredi kartım: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice note, transcribed: the contractor's IBAN is «v»",
    "N26 › New payee «name» › IBAN «v»",
    "Scanned bill (OCR): pay to IBAN «v»",
    "WhatsApp · «name»: IBAN for the ski trip «v»",
    "Bunq › Pay › IBAN «v»",
    "Budget sheet · landlord IBAN «v»",
    "Email: please remit the deposit to IBAN «v»",
    "Sticky note · choir subscription IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Überweis mir das Geld bitte auf «v»", "IBAN vom Sportverein: «v»", "Die Miete bitte ab sofort auf «v» zahlen"],
    "FR": ["IBAN de la nounou : «v»", "Tu peux me rembourser sur «v»"],
    "ES": ["IBAN de la comunidad de vecinos: «v»", "Hazme la transferencia a «v»"],
    "IT": ["IBAN della palestra: «v»", "Mandami i soldi su «v»"],
    "NL": ["Rekeningnummer voor de huur: «v»"], "BE": ["Stort het bedrag op «v»"], "AT": ["Bitte auf «v» überweisen"],
    "PT": ["Transfere para o IBAN «v»"], "PL": ["Przelew proszę na «v»"], "TR": ["Kira payını şu IBAN'a gönder: «v»"],
    "FI": ["Mökkivuokra tilille, tilinumeroni on «v»"], "CH": ["Bitte den Betrag auf «v» überweisen"], "NO": ["Send pengene for hytta til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice note, transcribed: payroll routing «a» and account «b»", "ADP › Direct deposit › Routing «a» · Account «b»",
           "WhatsApp · «name»: ACH to routing «a», acct «b»", "Deposit slip (OCR): routing no. «a» account no. «b»",
           "Budget sheet · routing «a» · checking «b»", "Wire instructions: ABA routing «a», beneficiary account «b»",
           "Cash App › Linked bank › routing «a» · account «b»"],
    "gb": ["WhatsApp · «name»: sort code «a», acc no «b»", "Starling › New payee › sort code «a» · account number «b»",
           "Voice note, transcribed: pay the roofer, sort code «a» account «b»", "Invoice (OCR): sort code «a» / account «b»"],
    "in": ["WhatsApp · «name»: account no «a», IFSC code «b»", "Google Pay › Bank account «a» · IFSC «b»",
           "Voice note, transcribed: school fees to account «a», IFSC «b»", "Passbook (OCR): Account No. «a» IFSC «b»"],
    "au": ["WhatsApp · «name»: BSB «a», account «b»", "Invoice (OCR): BSB «a» · Acc «b»"],
    "ca": ["WhatsApp · «name»: transit no. «a», account «b»", "Direct deposit form › Transit/institution no. «a» › Account no. «b»"],
    "br": ["Agência «a», conta corrente «b», Bradesco", "Pode depositar na agência «a», conta «b»"],
    "mx": ["CLABE para la renta: «a»", "Deposítame a esta CLABE «a»", "Nota de voz: la CLABE del proveedor es «a»"],
    "ng": ["WhatsApp · «name»: send it to «a» «bank»", "Voice note, transcribed: «bank» acct no «a»", "Invoice (OCR): «bank» account «a», «name»"],
    "za": ["WhatsApp · «name»: branch code «a», acc «b»", "Invoice (OCR): branch «a», account no. «b»"],
    "ar": ["CBU de mi cuenta: «a»", "Transferime la parte del asado al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Voice note, transcribed: my social security number «v» for the lender", "Scanned 1099 (OCR): Recipient's TIN «v»",
                      "H&R Block › Dependent › SSN «v»", "WhatsApp: SSN «v» for the rental application",
                      "Intake form (OCR): Social Security number «v»", "Budget sheet · kids' SSNs · «v»",
                      "Credit bureau › Confirm your SSN «v»"]),
    "in_aadhaar": ("IN", ["Scanned Aadhaar (OCR): «v»", "Voice note, transcribed: Aadhaar number «v» for the SIM",
                          "mAadhaar › UID «v»", "WhatsApp: my Aadhaar «v»"]),
    "in_pan": ("IN", ["Scanned PAN card (OCR): «v»", "WhatsApp: PAN number «v» for TDS", "Income tax portal › PAN «v»"]),
    "br_cpf": ("BR", ["Meu CPF para a nota: «v»", "Cadastro da farmácia › CPF «v»", "Recibo (OCR): CPF do tomador «v»",
                      "Nota de voz: o CPF da minha mãe é «v»"]),
    "mx_curp": ("MX", ["Mi CURP para la inscripción: «v»", "Formato de la escuela › CURP «v»"]),
    "mx_rfc": ("MX", ["Mi RFC para facturar la comida: «v»"]),
    "gb_nhs": ("GB", ["Outpatient appointment letter (OCR): NHS number «v»", "WhatsApp: my NHS no. «v» for the referral"]),
    "de_idnr": ("DE", ["Steuer-Identifikationsnummer für den Arbeitgeber: «v»", "Lohnsteuerbescheinigung (OCR): Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Pour la mutuelle, mon numéro de sécurité sociale : «v»", "Attestation Ameli (OCR), n° «v»"]),
    "es_dni": ("ES", ["Mi DNI para el contrato: «v»", "Hoja de admisión › DNI «v»"]),
    "es_nie": ("ES", ["Para el padrón piden mi NIE: «v»"]),
    "it_codicefiscale": ("IT", ["Per la ricevuta del dentista il mio codice fiscale è «v»", "Scontrino della farmacia (OCR): C.F. «v»"]),
    "ca_sin": ("CA", ["WhatsApp: my SIN «v» for the T4", "Intake form (OCR): Social Insurance Number «v»"]),
    "id_nik": ("ID", ["NIK saya «v»", "Scan KTP (OCR): NIK «v»"]),
    "pk_cnic": ("PK", ["Form ke liye mera CNIC number «v» hai"]),
    "tr_tckimlik": ("TR", ["Kimlik numarası: «v»"]),
    "pl_pesel": ("PL", ["Do rejestracji w przychodni mój PESEL to «v»"]),
    "za_idnr": ("ZA", ["My SA ID number «v» for the lease"]),
    "kr_rrn": ("KR", ["주민등록번호: «v»"]),
    "cn_ric": ("CN", ["公民身份号码 «v»"]),
    "jp_in": ("JP", ["個人番号 «v»"]),
    "au_tfn": ("AU", ["My tax file number is «v»"]),
    "nl_bsn": ("NL", ["Burgerservicenummer: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Nombor kad pengenalan saya «v»"]),
    "ar_cuit": ("AR", ["Mi CUIT es «v»"]),
    "cl_rut": ("CL", ["Para la boleta de la farmacia mi RUT es «v»"]),
    "se_personnummer": ("SE", ["Till tandläkaren: mitt personnummer är «v»"]),
    "ie_pps": ("IE", ["My PPS number is «v»"]),
    "pt_nif": ("PT", ["Para a fatura da farmácia o meu NIF é «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Voice note, transcribed: «name», social «ssn», cell «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Scanned application (OCR): «email» — «phone» — card no. «card»", ("email", "phone", "card")),
    ("US", "Rental application · «name» · SSN «ssn» · phone «phone»", ("ssn", "phone")),
    ("US", "Browser autofill profile · «email» · card «card»", ("email", "card")),
    ("US", "WhatsApp · new roommate «name»: «email», «phone»", ("email", "phone")),
    ("US", "Support call log: SSN «ssn» confirmed, callback «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Yoga studio signup (OCR): «name» / «phone» / card on file «card»", ("phone", "card")),
    ("US", "HR portal · «email» · social security «ssn»", ("email", "ssn")),
    ("US", "Order confirmation: charged to «card», receipt to «email»", ("card", "email")),
    ("GB", "Gym membership form (OCR): «name» / «phone» / «email» / card «card»", ("phone", "email", "card")),
    ("IN", "Zomato refund request: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Daycare waitlist: «name», «phone», «email»", ("phone", "email")),
]
