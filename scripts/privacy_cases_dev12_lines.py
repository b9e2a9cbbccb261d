"""Where the dev12 privacy set's numbers and addresses turn up (``privacy_cases_dev12.py``): what
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
    "Voice note (transcribed): remind me to phone «name» at «v» about the boiler service",
    "Ring doorbell app › Shared users › «name» › mobile «v»",
    "Tesla app › Service appointment › Contact number «v» › Edit",
    "iMessage · «name»: lost my old phone, this is me now «v»",
    "Scanned letter (OCR): For queries about your claim please telephone «v» quoting your reference",
    "Window title: Untitled — Notepad — «name» plumbing «v»",
    "Google Form › Volunteer sign-up › «name» › Mobile «v» › Saturday shift",
    "$ history | tail -1 → 412  echo \"«name» «v»\" >> ~/contacts.txt",
    "Facebook Marketplace · «name»: still interested in the bike? text me on «v»",
    "Receipt (OCR): Thank you for shopping! Store manager «name» «v»",
    "Zillow › Contact agent › Your phone «v» › Request a tour",
    "Evernote › Wedding vendors › florist «name» — «v»",
    "Lyft · Your driver «name» · call via app or «v»",
    "Screenshot OCR (missed call list): «v» · 3 missed calls · yesterday",
    "Parent group chat · «name»: pickup swap next week? my cell is «v»",
    "Resume.pdf — «name» — Phone: «v» — Portfolio link",
    "Outlook · Meeting invite · Dial-in fallback: call «name» on «v»",
    "Home Assistant › Notify › SMS target «v»",
    "Medical portal › Update contact info › Mobile number «v» › Save",
    "Pet microchip registry › Owner «name» › Phone «v»",
    "Insurance app › Roadside assistance requested · We'll call you on «v»",
    "Google Voice · New text from «v»: running 10 min late, sorry",
    "Moving quote request · Name «name» · Phone «v» · From: 2-bed apartment",
    "Apple Notes · Contractor list — electrician «name» «v» (cash only)",
    "Instagram DM · «name»: easier to reach me on WhatsApp «v»",
    "Bank app › Profile › Registered mobile «v» › Change",
    "Church bulletin (OCR): Youth retreat questions? Contact «name» at «v»",
    "Gmail draft: Hi «name», my number changed to «v», please update your records",
    "Airbnb · Host «name»: if the lockbox sticks call me at «v»",
    "Slack · #office · «name»: locked out of the building, call «v» please",
    "Spreadsheet 'Book club' — «name» — «v» — hosting in May",
    "Car infotainment › Recent calls › «name» «v» · 4 min",
    "Sticky note (photo OCR): RETURN CALL — «name» — «v»",
    "Neighbourhood WhatsApp · «name»: parcel for no. 12 at mine, ring «v»",
    "Job application form › Contact telephone «v» › Best time: mornings",
    "Pharmacy text: Rx ready. Questions? Call us at «v»",
]

PHONE_LINKS = [  # forms only a link or a payload takes
    "Browser bar: https://wa.me/«vW»?text=Is%20the%20sofa%20still%20available",
    "QR code decoded: TEL:«vE»",
    "$ curl -X POST https://api.example-sms.io/send -d to=«vE» -d body=reminder",
    "BEGIN:VCARD · FN:«name» · TEL;TYPE=CELL:«vE» · END:VCARD",
    "Browser bar: sms:«vE»?body=on%20my%20way",
    "CRM webhook payload: {\"contact\":{\"name\":\"«name»\",\"mobile\":\"«vE»\"}}",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Bhai «name» ka number «v» hai, kal subah call karna", "Kirana wale uncle ka number: «v»",
           "Voice note: doodhwale ko «v» pe bolo kal nahi aana"],
    "BR": ["Anota aí o número da diarista: «v» («name»)", "Meu WhatsApp mudou, agora é «v»", "Chaveiro 24h: «v»"],
    "DE": ["Der Hausmeister ist unter «v» erreichbar", "Telefonnotiz: «name» bittet um Rückruf, Nummer «v»"],
    "MX": ["El número del gas es «v», pide el tanque grande", "Mi cel nuevo: «v» («name»)"],
    "FR": ["Le numéro de la nounou : «v»", "Appelle le garagiste au «v», c'est «name»"],
    "ID": ["Ini nomor tukang AC langganan: «v»", "Simpan nomor baru aku ya, «v» («name»)"],
    "PH": ["Ito yung number ng tubero, «v»", "Bagong number ni «name»: «v»"],
    "JP": ["大家さんの電話番号：«v»", "«name»さんの携帯は «v» です"],
    "ES": ["El teléfono del taller es el «v»", "Te paso el móvil de «name»: «v»"],
    "IT": ["Il numero del medico di base è «v»", "Segnati il cellulare di «name»: «v»"],
    "PK": ["Bijli wale ka number «v», kal bulana", "«name» bhai ka naya number: «v»"],
    "TR": ["Apartman yöneticisinin numarası «v»", "«name» Hanım'ın cep telefonu: «v»"],
    "VN": ["Số điện thoại chủ nhà: «v»", "Anh «name» thợ sửa ống nước, số «v»"],
    "EG": ["رقم السباك «v»", "ده رقم «name» الجديد: «v»"],
    "BD": ["বাড়িওয়ালার নম্বর «v»", "«name» ভাইয়ের নম্বর: «v»"],
    "KR": ["집주인 전화번호 «v»", "«name» 씨 번호 바뀜: «v»"],
    "CO": ["El número del taxista de confianza: «v»", "Llámame a este número nuevo, «v»"],
    "AR": ["El teléfono del plomero es «v»", "Agendá mi número nuevo: «v»"],
    "PL": ["Numer do pani sprzątającej: «v»", "Nowy numer «name»: «v»"],
    "TH": ["เบอร์เจ้าของห้อง «v»", "เบอร์ใหม่ของ«name» «v»"],
    "RU": ["Телефон управляющей компании: «v»", "Новый номер «name»: «v»"],
    "NL": ["Het nummer van de loodgieter is «v»"],
    "MY": ["Nombor tuan rumah: «v»"],
    "SA": ["رقم صاحب الشقة «v»"],
    "AE": ["رقم المندوب «v»"],
    "CN": ["房东电话：«v»"],
    "SE": ["Ring hyresvärden på «v»"],
    "CL": ["El fono del gasfíter es «v»"],
    "PE": ["El número del técnico es «v»"],
    "MA": ["Le numéro du plombier, c'est le «v»"],
}

SIGNATURES = [  # (region, a mail's sign-off with a phone and an address)
    ("US", "Sent from my iPhone — «name» · «v» · «e»"),
    ("US", "«name», Office Manager · direct «v» · «e» · please consider the environment before printing"),
    ("GB", "Many thanks, «name» · Tel «v» · Email «e»"),
    ("IN", "Thanks & regards, «name» · Cell «v» · «e»"),
    ("DE", "Mit freundlichen Grüßen, «name» · Tel. «v» · E-Mail «e»"),
    ("BR", "Abraços, «name» · WhatsApp «v» · «e»"),
    ("FR", "Bien à vous, «name» · Portable «v» · «e»"),
    ("AU", "Kind regards, «name» · Mob «v» · «e»"),
    ("MX", "Atentamente, «name» · Tel. «v» · Correo «e»"),
    ("NG", "Warm regards, «name» · Tel: «v» · «e»"),
    ("CA", "Best, «name» · cell «v» · «e» · Sent from Outlook"),
    ("PH", "Thank you po, «name» · Mobile «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Outlook › New message › To «e» · Subject: Tuesday's minutes",
    "Voice note (transcribed): email the landlord at «e» about the broken heater",
    "Netflix › Account › Email «e» › Change",
    "Canva › Invite team members › «e» › Send invite",
    "Window title: Inbox (3) — «e» — Mozilla Thunderbird",
    "Screenshot OCR (login page): Signed in as «e»",
    "$ git config --local user.email «e»  # work repo",
    "Calendar › Book club › Organizer «e»",
    "Receipt (OCR): An e-receipt was sent to «e»",
    "Form › Where should we send your quote? › «e»",
    "Mailchimp › Audience › «name» · «e» · Subscribed",
    "LinkedIn › Contact info › «name» › Email «e»",
    "iCloud › Family Sharing › Invite sent to «e»",
    "Chat · «name»: can you add «e» to the shared album?",
    "Shopify › Customers › «name» · «e» · 3 orders",
    "Apple Notes · New dentist's office email: «e»",
    "GitHub › Settings › Emails › Primary «e»",
    "Venmo › Request › «e» › for concert tickets",
    "Google Forms › Responses › «name» · «e» · attending",
    "Microsoft Teams › Add guest › «e»",
]

EMAIL_LOCAL = {
    "DE": "Meine neue Mailadresse lautet «e»", "FR": "Écris-moi plutôt sur «e»", "ES": "Envíame el contrato a «e», porfa",
    "BR": "Meu e-mail novo é «e», atualiza aí", "MX": "Mándame las fotos a «e»", "IT": "La mia email è «e», mandami il PDF",
    "JP": "メールは «e» にお願いします", "KR": "제 메일로 보내주세요: «e»", "NL": "Stuur de foto's naar «e»",
    "PL": "Mój mail to «e»", "TR": "Faturayı «e» adresine gönderin", "RU": "Мой ящик «e», пришли туда",
    "ID": "Email aku «e», kirim aja filenya", "CN": "我的邮箱是 «e»", "AR": "Mi correo es «e», mandá el presupuesto",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Voice note (transcribed): card for the dentist is «v», pay the balance",
    "Window title: Payment details — «v» — Secure Checkout",
    "Uber › Payment › Add card › «v»",
    "Screenshot OCR (card back): «v» · AUTHORIZED SIGNATURE «name»",
    "Chat · «name»: just use «v», the grocery card",
    "Shopify checkout › Card number «v» › Name on card «name»",
    "Evernote › Finances › travel card «v»",
    "Form › Billing › Card «v» › Billing ZIP",
    "$ echo \"card: «v»\" >> ~/budget.txt",
    "Gmail draft: my card is «v», please charge the deposit",
    "Bitwarden › Card › «name» › Number «v»",
    "DoorDash › Payment methods › «v»",
    "Hotel check-in form (OCR): Credit card «v» · Guest «name»",
    "Notes · Backup card in case the main one's declined: «v»",
]

CARD_LOCAL = {
    "IN": "Flipkart › Saved cards › «v»", "BR": "Cartão pra assinatura do Spotify: «v»",
    "DE": "Die Kreditkarte für die Buchung: «v»", "MX": "Tarjeta para domiciliar el recibo: «v»",
    "FR": "Carte bancaire enregistrée : «v»", "JP": "クレジットカード番号 «v»", "CN": "信用卡号 «v»",
    "RU": "Номер карты: «v», переведи сюда", "ES": "Tarjeta de crédito para el hotel: «v»", "TR": "Kredi kartı numaram «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice note (transcribed): send the deposit to IBAN «v» before Friday",
    "Window title: SEPA transfer — «v» — Online Banking",
    "Booking.com › Payout details › IBAN «v»",
    "Chat · «name»: here's my IBAN «v», no rush",
    "Scanned invoice (OCR): Please remit to IBAN «v»",
    "Form › Bank details for reimbursement › IBAN «v»",
    "Evernote › Travel › hostel owner's account «v»",
    "Stripe › Payouts › Bank account «v» › Verified",
    "Gmail: Dear «name», our bank details are IBAN «v»",
    "Notes · Club membership fee goes to «v»",
]

IBAN_LOCAL = {
    "DE": ["Miete bitte ab sofort auf «v» überweisen", "Sprachnotiz: IBAN vom Handwerker ist «v»", "Dauerauftrag angelegt · Empfänger-IBAN «v»"],
    "FR": ["Voici mon IBAN pour le remboursement : «v»", "Virement permanent vers «v»"],
    "ES": ["Hazme un Bizum o transferencia al «v»", "IBAN para la fianza: «v»"],
    "IT": ["L'IBAN per il saldo è «v»", "Bonifico SEPA verso «v»"],
    "NL": ["Mijn rekeningnummer is «v»"],
    "BE": ["Mijn IBAN voor de terugbetaling: «v»"],
    "AT": ["Bitte auf folgendes Konto überweisen: «v»"],
    "PT": ["Transferência para o IBAN «v», por favor"],
    "PL": ["Przelej na ten numer IBAN: «v»"],
    "TR": ["Aidatı bu IBAN'a yatırın: «v»"],
    "FI": ["Tilinumeroni on «v»"],
    "CH": ["Bitte den Betrag auf «v» einzahlen"],
    "NO": ["Send pengene til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice note (transcribed): routing number «a» account number «b» for the payroll form",
           "Screenshot OCR (bank app): Routing «a» · Checking «b»",
           "Window title: Add bank account — routing «a» acct «b» — Stripe",
           "Chat · «name»: ACH to routing «a», account «b» works",
           "Check image (OCR): ⑆«a»⑆ «b»⑈ 2291",
           "Form › Refund by direct deposit › Routing «a» › Account «b»",
           "Notes · savings at the credit union: routing «a», acct «b»"],
    "gb": ["Chat · «name»: sort code «a», acc no «b», cheers", "Screenshot OCR (bank app): Sort code «a» Account «b»",
           "Voice note (transcribed): sort code «a», account number «b», for the deposit", "Invoice (OCR): Pay to sort code «a» a/c «b»"],
    "in": ["Chat · «name»: account no «a», IFSC «b», send by tonight", "Screenshot OCR (passbook): A/c No. «a» IFSC «b»",
           "Form › Bank details › Account number «a» › IFSC code «b»", "Voice note: mera account «a» hai, IFSC «b»"],
    "au": ["Chat · «name»: BSB «a», account «b», thanks mate", "Invoice (OCR): Direct deposit BSB «a» Account «b»"],
    "ca": ["Form › Direct deposit › Transit and institution «a» › Account «b»", "Chat · «name»: transit «a», account «b»"],
    "br": ["Chat · «name»: agência «a», conta «b», Bradesco", "Formulário › Agência «a» › Conta «b»"],
    "mx": ["Chat · «name»: mi CLABE es «a»", "Formulario de reembolso › CLABE «a»", "Nota: CLABE del casero «a»"],
    "ng": ["Chat · «name»: «bank» «a», abeg send am", "Voice note: my «bank» account number is «a»", "Invoice (OCR): Pay to «a» «bank» «name»"],
    "za": ["Chat · «name»: branch code «a», account «b»", "Invoice (OCR): Branch «a» Acc «b»"],
    "ar": ["Chat · «name»: mi CBU es «a»", "Nota: CBU de la inmobiliaria «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Voice note (transcribed): my social security number is «v», for the lease",
                      "Screenshot OCR (1099 form): Recipient's TIN «v»", "Window title: Employment verification — SSN «v» — Workday",
                      "Chat: what's your SSN for the loan app? «v»", "Form › Dependents › SSN «v» › Relationship: daughter",
                      "Notes · social security numbers for the tax return: «v»", "Scanned letter (OCR): Social Security Number: «v»"]),
    "in_aadhaar": ("IN", ["Voice note: mera Aadhaar number «v» hai", "Screenshot OCR (e-Aadhaar PDF): Your Aadhaar No.: «v»",
                          "Form › KYC › Aadhaar number «v»", "Chat: Aadhaar for the SIM card is «v»"]),
    "in_pan": ("IN", ["Chat: PAN number for the mutual fund form is «v»", "Screenshot OCR (Form 26AS): PAN «v»",
                      "Form › Tax details › PAN «v»"]),
    "br_cpf": ("BR", ["Meu CPF é «v», pode colocar na nota", "Formulário › CPF «v»", "Print do app (OCR): CPF «v»",
                      "Mensagem de voz: o CPF da minha mãe é «v»"]),
    "mx_curp": ("MX", ["Mi CURP es «v»", "Formulario de la escuela › CURP del alumno «v»"]),
    "mx_rfc": ("MX", ["RFC para facturar: «v»"]),
    "gb_nhs": ("GB", ["Chat: my NHS number is «v», for the repeat prescription", "Hospital letter (OCR): NHS number «v»"]),
    "de_idnr": ("DE", ["Meine steuerliche Identifikationsnummer: «v»", "Formular › Steuer-ID «v»"]),
    "fr_nir": ("FR", ["Mon numéro de sécurité sociale : «v»", "Formulaire mutuelle › N° de sécu «v»"]),
    "es_dni": ("ES", ["Mi DNI es «v»", "Formulario del gimnasio › DNI «v»"]),
    "es_nie": ("ES", ["Mi NIE para el padrón: «v»"]),
    "it_codicefiscale": ("IT", ["Il mio codice fiscale è «v»", "Modulo iscrizione › Codice fiscale «v»"]),
    "ca_sin": ("CA", ["Chat: my SIN for the T4 is «v»", "Form › Social Insurance Number «v»"]),
    "id_nik": ("ID", ["NIK aku «v»", "Formulir › NIK «v»"]),
    "pk_cnic": ("PK", ["Mera CNIC number «v» hai"]),
    "tr_tckimlik": ("TR", ["Kargo formu › TC kimlik no «v» › Onayla"]),
    "pl_pesel": ("PL", ["Mój PESEL to «v»"]),
    "za_idnr": ("ZA", ["My ID number for the lease is «v»"]),
    "kr_rrn": ("KR", ["제 주민등록번호는 «v» 입니다"]),
    "cn_ric": ("CN", ["我的身份证号码是 «v»"]),
    "jp_in": ("JP", ["私のマイナンバーは «v» です"]),
    "au_tfn": ("AU", ["Chat: my tax file number is «v»"]),
    "nl_bsn": ("NL", ["Mijn BSN is «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของฉันคือ «v»"]),
    "my_nric": ("MY", ["Nombor IC saya «v»"]),
    "ar_cuit": ("AR", ["Mi CUIL es «v»"]),
    "cl_rut": ("CL", ["Mi RUT es «v»"]),
    "se_personnummer": ("SE", ["Mitt personnummer är «v»"]),
    "ie_pps": ("IE", ["My PPS number is «v», for the form"]),
    "pt_nif": ("PT", ["O meu NIF é «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [  # (region, template, kinds)
    ("US", "Voice note (transcribed): «name», social «ssn», cell «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Screenshot OCR (order form): «email» · «phone» · «card»", ("email", "phone", "card")),
    ("US", "Apartment application › «name» › SSN «ssn» › Phone «phone»", ("ssn", "phone")),
    ("US", "Window title: Checkout — «email» — card «card»", ("email", "card")),
    ("US", "Chat: new client «name», «email», «phone»", ("email", "phone")),
    ("US", "Insurance call summary: SSN «ssn» confirmed, callback «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Car rental counter (OCR): «name» · «phone» · card «card»", ("phone", "card")),
    ("US", "HR form › Email «email» › SSN «ssn»", ("email", "ssn")),
    ("US", "Gmail: charged «card», confirmation sent to «email»", ("card", "email")),
    ("GB", "Membership form (OCR): «name» · «phone» · «email» · card «card»", ("phone", "email", "card")),
    ("IN", "Zomato support: phone «phone», email «email», refund to card «card»", ("phone", "email", "card")),
    ("CA", "Registration: «name», «phone», «email»", ("phone", "email")),
]
