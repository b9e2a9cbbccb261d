"""Where the dev16 privacy set's numbers and addresses turn up (``privacy_cases_dev16.py``): what
a personal agent's sensors record (chat, text and dating-app messages, e-mails and their
signatures, notes apps and journals, voicemail and voice-note transcripts, contacts and call
screens, OCR of flyers, business cards, forms, labels, receipts and scanned letters, marketplace,
ride and booking apps, autofill and payment screens, banking and payroll apps, shared
spreadsheets), English first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces,
dollars and percent signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "WhatsApp · «name»: landed!! ring me on «v» once you're at arrivals",
    "Nextdoor post by «name»: lost a set of keys near the library, if found please call «v»",
    "Flyer on the laundromat corkboard (OCR): dog walking & pet sitting, «name», «v»",
    "Facebook Marketplace · «name»: still have the crib, text «v» to arrange pickup",
    "Contacts › New contact › «name» › mobile «v»",
    "Voicemail (transcribed): hey it's «name» from Dr. Patel's office, call us at «v» to confirm Thursday",
    "Business card photo (OCR): «name» · Notary Public · «v»",
    "Uber receipt: your driver was «name» · contact «v»",
    "Calendar invite 'Roof inspection' · contractor «name» · «v»",
    "Venmo note from «name»: for the concert tix, my number's «v» if you need it",
    "Notes app · 'Emergency' · neighbor with the spare key, «name», «v»",
    "Bumble BFF · «name»: coffee Saturday? my number's «v», text whenever",
    "Teams chat · «name»: I'm on PTO, call my cell «v» only if prod breaks",
    "Field trip permission slip (OCR): parent/guardian «name», daytime phone «v»",
    "Craigslist reply from «name»: couch is still available, call or text «v»",
    "Reminder: call «name» back at «v» about the fence quote",
    "Google Maps review reply by the owner, «name»: please call me directly at «v»",
    "Screenshot of a group text: «name» says new number, «v», delete the old one",
    "Thumbtack › Pro «name» › phone «v»",
    "Shipping label (OCR): recipient «name» · tel «v»",
    "Discord DM · «name»: easier to reach me on «v» this week",
    "Vet discharge sheet (OCR): owner «name», contact «v»",
    "Evernote 'Moving checklist' · movers' foreman «name» · «v»",
    "SMS from «name»: hi it's the math tutor, save my number «v»",
    "Sign-up sheet on a clipboard (OCR): «name» ........ «v»",
    "Ancestry › Family tree › «name» › phone «v»",
    "Note after the fender bender: other driver «name», phone «v», plates photographed",
    "Reply to a rental inquiry: sure, call me at «v» after 5 — «name»",
    "Daycare contact list (PDF): «name» (grandma) «v»",
    "Call screen on the TV: incoming call from «name» · «v»",
]

PHONE_LINKS = [
    "Linktree button: https://wa.me/«vW»?text=Hi%2C%20I%20saw%20your%20listing",
    "Squarespace footer block: <a href=\"tel:«vE»\">Book by phone</a>",
    "AirDrop received «name».vcf → TEL;type=IPHONE;type=CELL:«vE»",
    "Twilio console › Messaging logs › To «vE» · delivered",
    "QR code scanned at a café: https://api.whatsapp.com/send/?phone=«vW»&type=phone_number",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Doodhwale bhaiya ka number «v» hai", "«name» madam ka mobile «v», tuition ke liye", "Electrician ko «v» pe call karo kal subah"],
    "BR": ["O telefone da manicure é «v»", "Salva aí o contato do «name», do futsal: «v»", "Número do síndico do prédio: «v»"],
    "DE": ["Rückruf an «name» unter «v»", "Hausmeister-Notfallnummer vom Aushang im Flur: «v»"],
    "MX": ["El número de la señora que limpia es «v»", "Háblale a «name» a su cel «v» para lo de las tortas de la fiesta"],
    "FR": ["La voisine qui garde le chat le week-end : «v»", "«name» m'a laissé son portable : «v»"],
    "ID": ["No WA «name» «v»", "Tukang servis kulkas yang kemarin, nomornya «v»"],
    "PH": ["Tawagan mo si «name» sa «v» mamaya", "CP # ng tricycle driver natin: «v»"],
    "JP": ["«name»さん（PTA）の携帯番号 «v»", "管理会社の夜間連絡先 «v»"],
    "ES": ["Llama al fontanero de mi madre, «v»", "Teléfono de «name» para lo del coche: «v»"],
    "IT": ["Chiama «name» al «v» per le chiavi", "La baby-sitter del martedì, cellulare «v»"],
    "PK": ["Shaadi ke card ke liye «name» ka mobile: «v»", "Dhobi ka number «v»"],
    "TR": ["«name» Hanım'ın numarası «v»", "Kombici ustasının telefonu «v»"],
    "VN": ["SĐT chị «name»: «v»", "Số của anh giao gas «v»"],
    "EG": ["ده رقم «name» بتاع الدروس الخصوصية «v»"], "BD": ["বাড়িওয়ালা «name» এর মোবাইল «v»"], "KR": ["«name» 선생님 휴대폰 «v»"],
    "CO": ["El cel de «name», el del trasteo: «v»"], "AR": ["El número de «name» es «v», mandale un audio"], "PL": ["Komórka «name» ze wspólnoty mieszkaniowej: «v»"],
    "TH": ["เบอร์ช่างแอร์ «name» «v»"], "RU": ["Сохрани номер «name», это мастер по стиральным машинам: «v»"], "NL": ["«name» van de volkstuin, mobiel: «v»"],
    "MY": ["Nombor telefon cikgu «name»: «v»"], "SA": ["جوال «name» مندوب التوصيل «v»"], "AE": ["رقم «name» من شركة الصيانة «v»"], "CN": ["装修师傅«name»的手机 «v»"],
    "SE": ["«name» i styrelsen, mobil «v»"], "CL": ["Llámalo a «name» al «v», es el gásfiter"], "PE": ["Escríbele a «name» al WhatsApp «v»"],
    "MA": ["Voici le numéro de «name» : «v»"],
}

SIGNATURES = [
    ("US", "Thanks, «name» | Leasing Consultant | «v» | «e»"),
    ("US", "«name» · Youth Soccer Coordinator · c: «v» · e: «e»"),
    ("GB", "Kind regards, «name» — Practice Manager — «v» — «e»"),
    ("IN", "Thanks and regards, «name» | Sr. Associate | Mob «v» | «e»"),
    ("DE", "Mit freundlichen Grüßen aus dem Elternbeirat, «name», Handy «v», «e»"),
    ("BR", "Um abraço, «name» — corretor de imóveis — WhatsApp «v» — «e»"),
    ("FR", "Bien à vous, «name», chargée de clientèle · ligne directe «v» · «e»"),
    ("AU", "Regards, «name» | Property Manager | M «v» | «e»"),
    ("MX", "Quedo a sus órdenes, «name» | Contabilidad | Cel. «v» | «e»"),
    ("NG", "God bless, «name» | Admin Officer, Parish Office | «v» | «e»"),
    ("CA", "Merci beaucoup, «name» · registraire, hockey mineur · cell. «v» · «e»"),
    ("PH", "Salamat po! «name» · HR Assistant · Smart «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Google Forms › Responses › «e» · submitted 3 files",
    "Voice memo (transcribed): remind me to forward the lease PDF to «e»",
    "Google Drive › Share 'Wedding photos' › «e» · Viewer",
    "Meetup › Organizer «name» · «e»",
    "To: «e» · Subject: carpool schedule for May",
    "Poshmark › Buyer «name» · «e»",
    "Open house sign-in sheet (OCR): «name» — «e»",
    "Substack › Subscribers › «e» · free plan",
    "Notion · Team directory · «name» · «e»",
    "Whiteboard photo (OCR): send meeting notes to «e»",
    "Buy Me a Coffee › Supporters › «e» · 3 coffees",
    "Calendly: «name» («e») booked a 30-min call",
]

EMAIL_LOCAL = {
    "DE": "Die Einladung zur Eigentümerversammlung bitte an «e» schicken", "FR": "Mon adresse mail pour la cagnotte du prof : «e»",
    "ES": "Lo del empadronamiento mándalo a «e»", "BR": "Meu e-mail é «e», manda a nota fiscal lá",
    "MX": "Las fotos de la posada súbelas al drive y comparte con «e»", "IT": "Per il gruppo d'acquisto scrivetemi su «e»",
    "JP": "町内会の連絡はこちらのメールへ «e»", "KR": "견적서는 «e» 로 보내주세요", "NL": "De factuur van de schilder mag naar «e»",
    "PL": "Zdjęcia z komunii wrzuć mi na maila «e»", "TR": "Apartman aidatı dekontunu «e» adresine atar mısın?", "RU": "Скинь договор аренды на почту «e»",
    "ID": "Invoice katering tolong dikirim ke «e»", "CN": "发票开好后发到 «e»", "AR": "Pasame el presupuesto de la pintura a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Voice memo (transcribed): put the car rental on the travel card, «v»",
    "Safari › AutoFill › Credit Cards › «name» · «v»",
    "Photo of a card next to the hotel's authorization form (OCR): «name» «v»",
    "WhatsApp · «name»: book the ferry on mine, «v», we'll settle up later",
    "Google Wallet › Add a card › Review details › «v»",
    "Budget.xlsx · 'Streaming' row · charged to «v»",
    "Ticketmaster checkout: card «v», name as shown «name»",
    "todo.md: cancel the gym, card on file «v»",
    "Email to the B&B: please charge the balance to «v»",
    "Family group chat (pinned): use the joint card «v» for school stuff",
]

CARD_LOCAL = {
    "IN": "PhonePe › Cards › «v»", "BR": "Paga o IPVA com esse cartão: «v»",
    "DE": "Papa sagt, wir sollen das Hotel in Wien mit seiner Karte zahlen: «v»", "MX": "Cárgalo a mi tarjeta de crédito «v», ahorita te paso el código",
    "FR": "Paie le stage de voile avec ma CB : «v»", "JP": "家族カードの番号 «v»", "CN": "帮我用这张信用卡交一下物业费 «v»",
    "RU": "Скинь деньги на карту «v», это Сбер", "ES": "Con esta tarjeta paga la reserva del camping: «v»",
    "TR": "Annemin kredi kartı numarası, market siparişi için: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice memo (transcribed): pay the roofer's invoice to IBAN «v»",
    "N26 app › Transfer to a new payee, «name», IBAN «v», reference 'rent'",
    "Roofer's quote PDF (OCR): 30% deposit by transfer to «v»",
    "WhatsApp · «name»: my IBAN for the holiday cottage «v»",
    "bunq › Contacts › «name» · «v»",
    "Spreadsheet 'Flat costs' · landlord's IBAN «v»",
    "Email from the sports club: membership fee to «v» by the 15th",
    "Notes: the cleaner's IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Die Konzertkarten hab ich ausgelegt, 89 € bitte auf «v»", "Die IBAN des Vermieters lautet «v»",
           "Mitgliedsbeitrag Turnverein per Dauerauftrag an «v»"],
    "FR": ["Je te mets mon RIB pour le covoiturage : «v»", "Virement du loyer sur l'IBAN «v»"],
    "ES": ["La derrama del ascensor se ingresa en «v»", "Lo de la lotería de Navidad, ingrésamelo en «v»"],
    "IT": ["Per bloccare la casa al mare, la caparra va su «v»", "Mandami la tua parte sul mio IBAN «v»"],
    "NL": ["Maak je deel over naar «v» aub"], "BE": ["Inschrijving voor het scoutskamp storten op «v»"], "AT": ["Den Elternvereinsbeitrag auf «v» einzahlen"],
    "PT": ["Transfere a tua parte do aluguer da carrinha para «v»"], "PL": ["Za obiady w stołówce przelej na konto «v»"],
    "TR": ["Düğün hediyesi için IBAN'ımı yazıyorum: «v»"],
    "FI": ["Maksa mökkivuokra tilille «v»"], "CH": ["Den Mietzins ab Januar bitte auf das neue Konto «v»"], "NO": ["Husleia går til IBAN-en min «v» fra neste måned"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice memo (transcribed): tell HR the new routing number «a» and checking account «b»",
           "Paylocity › Pay settings › Split deposit › routing «a» · account «b» (20%)",
           "WhatsApp · «name»: Zelle's down again, do an ACH to routing «a» and acct «b»", "Check scanned for the landlord (OCR): routing «a» account «b»",
           "Spreadsheet 'Banks' · checking at the credit union, RTN «a» · acct «b»", "Closing instructions PDF: wire to ABA routing «a», acct no. «b»",
           "Form 1040 refund section (OCR): 35b routing number «a» 35d account number «b»"],
    "gb": ["Text from «name»: it's Nationwide, sort code «a», acc no «b»",
           "Barclays app › Pay someone new › sort code «a» · account «b» · Confirmation of Payee: match",
           "Voice note (transcribed): Friday's childminder money goes to sort code «a», her account «b»",
           "Invoice from the tiler (OCR): Sort code: «a» Acc: «b»"],
    "in": ["WhatsApp · «name»: account no «a», IFSC «b», send by NEFT", "BHIM › Pay to bank account › Account number «a» · IFSC «b»",
           "Voice note: van wale uncle ka account «a» hai, IFSC «b»", "Cheque leaf scanned for the PF claim (OCR): A/c No «a» · IFSC «b»"],
    "au": ["Text from «name»: BSB is «a» and account «b»", "Sparky's invoice (OCR): pay by EFT to BSB «a», Acc «b», ref INV-88"],
    "ca": ["Text from «name»: e-transfer isn't working, use transit «a» acct «b»", "Scotiabank app › Direct deposit form › transit «a» · account «b»"],
    "br": ["O Pix não caiu, manda por TED: agência «a», conta «b»", "Dados do eletricista pra depósito: agência «a», conta «b»"],
    "mx": ["Para el anticipo de la fiesta, CLABE «a»", "Lo de la tanda me lo depositas a la CLABE «a»",
           "Nota de voz: la ortodoncista pidió transferencia a la CLABE «a»"],
    "ng": ["Text from «name»: pls send it to «a» «bank»", "Voice note (transcribed): pay the mechanic, «bank» «a»", "Invoice (OCR): «bank» account number «a» («name»)"],
    "za": ["WhatsApp from «name»: for the stokvel, branch «a» acc no «b»", "Plumber's invoice (OCR): EFT, universal branch code «a», cheque account «b»"],
    "ar": ["Para la seña del quincho, el CBU es «a»", "Para la vaquita del asado, CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Voice memo (transcribed): Emma's social security number for the passport form is «v»",
                      "1099 from the gig app (OCR): recipient's TIN «v»", "H&R Block › Spouse info › Social Security number «v»",
                      "Text to my wife: your SSN is «v» right? filling the FAFSA",
                      "Dentist's clipboard (OCR): Patient SS# «v»", "Apple Notes · 'Important numbers' · my SSN «v»",
                      "Credit Karma › Unlock your report › full SSN «v»", "Bank account opening form (OCR): SSN/TIN «v»",
                      "Email draft to the payroll lady: my social is «v», sorry for the delay"]),
    "in_aadhaar": ("IN", ["Self-attested Aadhaar copy for the new SIM (OCR): «v»", "WhatsApp: mummy ka Aadhaar number «v» hai",
                          "mAadhaar app screenshot sent in the family group (OCR): «v»", "Voice note: Aadhaar card number «v», bank KYC ke liye"]),
    "in_pan": ("IN", ["Rent receipt format from HR: landlord's PAN «v»", "WhatsApp: mera PAN «v» hai, ITR ke liye", "Groww › Complete KYC › enter PAN «v»"]),
    "br_cpf": ("BR", ["O caixa perguntou 'CPF na nota?' e eu disse «v»", "Cadastro do Nubank › Informe seu CPF «v»",
                      "Cupom fiscal do mercado (OCR): CONSUMIDOR CPF «v»", "Áudio transcrito: anota o CPF da minha mãe, «v»"]),
    "mx_curp": ("MX", ["La escuela pide la CURP del niño: «v»", "Cita para el pasaporte en la SRE › Ingresa tu CURP «v»"]),
    "mx_rfc": ("MX", ["El del taller pide RFC para la factura del servicio del coche: «v»"]),
    "gb_nhs": ("GB", ["Boots online pharmacy form: NHS number (10 digits) «v»", "Text to Mum: the 111 nurse asked for your NHS number, it's «v»"]),
    "de_idnr": ("DE", ["Für die Rentenversicherung: meine Steueridentifikationsnummer lautet «v»",
                       "Elterngeldantrag › Steuerliche Identifikationsnummer des Kindes «v»"]),
    "fr_nir": ("FR", ["Numéro de sécu du petit, pour l'inscription à la cantine : «v»", "Attestation de droits Ameli (OCR) : N° d'immatriculation «v»"]),
    "es_dni": ("ES", ["El DNI de mi hijo para la matrícula: «v»", "Alta en el gimnasio › DNI «v»"]),
    "es_nie": ("ES", ["Para abrir la cuenta me piden el NIE: «v»"]),
    "it_codicefiscale": ("IT", ["Per la ricetta elettronica il medico vuole il mio codice fiscale, eccolo: «v»", "Iscrizione al nido › C.F. del bambino «v»"]),
    "ca_sin": ("CA", ["Text: the accountant needs your SIN for the T1, it's «v» right?", "CRA My Account › Register › Enter your SIN «v»"]),
    "id_nik": ("ID", ["Pendaftaran sekolah anak, NIK di KK: «v»", "Foto e-KTP buat verifikasi akun (OCR): NIK «v»"]),
    "pk_cnic": ("PK", ["Ammi ka CNIC number «v»"]),
    "tr_tckimlik": ("TR", ["Hastane randevusu için TC kimlik numaram «v»"]),
    "pl_pesel": ("PL", ["Numer PESEL-u córki do przychodni: «v»"]),
    "za_idnr": ("ZA", ["Home Affairs booking › South African ID number «v»"]),
    "kr_rrn": ("KR", ["연말정산용 부양가족 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["订高铁票用的身份证号 «v»"]),
    "jp_in": ("JP", ["年末調整の書類に書くマイナンバー «v»"]),
    "au_tfn": ("AU", ["ATO letter (OCR): Your tax file number «v»"]),
    "nl_bsn": ("NL", ["Inschrijving bij de tandarts, burgerservicenummer: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของแม่ สำหรับจองวัคซีน «v»"]),
    "my_nric": ("MY", ["Nombor MyKad untuk daftar SPM: «v»"]),
    "ar_cuit": ("AR", ["La contadora pide el CUIT de papá: «v»"]),
    "cl_rut": ("CL", ["Para la Isapre necesitan tu RUT: «v»"]),
    "se_personnummer": ("SE", ["Personnumret till Försäkringskassan: «v»"]),
    "ie_pps": ("IE", ["MyWelfare › Sign up › PPS number «v»"]),
    "pt_nif": ("PT", ["Contribuinte para a fatura do ginásio: NIF «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Rental application PDF (OCR): applicant «name» · SSN «ssn» · mobile «phone» · «email»", ("ssn", "phone", "email")),
    ("US", "Car loan pre-approval form: «email», «phone», card on file «card»", ("email", "phone", "card")),
    ("US", "Urgent care intake (OCR): «name», SSN «ssn», phone «phone»", ("ssn", "phone")),
    ("US", "Firefox › Autofill preview › «email» · «card»", ("email", "card")),
    ("US", "Text from the new nanny «name»: here's my email «email» and cell «phone»", ("email", "phone")),
    ("US", "Call notes with the IRS: verified SSN «ssn», callback «phone», letter to «email»", ("ssn", "phone", "email")),
    ("US", "Climbing gym waiver (OCR): «name», «phone», card «card»", ("phone", "card")),
    ("US", "HR onboarding portal · personal email «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Etsy receipt: paid with «card», a copy went to «email»", ("card", "email")),
    ("GB", "Swim school enrolment (OCR): «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("IN", "Zomato support chat: registered mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Hockey registration form: «name» · «phone» · «email»", ("phone", "email")),
]
