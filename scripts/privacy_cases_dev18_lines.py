"""Where the dev18 privacy set's numbers and addresses turn up (``privacy_cases_dev18.py``): what
a personal agent's sensors record (messengers, texts and DMs, e-mails, drafts and signatures, notes
apps and journals, voice-memo and call transcripts, contacts and caller-ID screens, doorbell,
baby-monitor and smart-home apps, OCR of notice boards, parcel slips, cheques, passbooks, forms,
prescriptions and scanned letters, calendar invites, browser and wallet autofill, banking, payroll
and tax screens, shared spreadsheets), English first, then in the words of the set's other
countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces,
dollars and percent signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Eufy doorbell app › Family members › «name» · «v» · can answer the chime",
    "Call transcript (Google Voice), 01:17 — «name»: if the line drops just try my mobile, that's «v»",
    "WhatsApp · «name»: new SIM, new digits: «v» — the old ones are dead",
    "Teams invite 'Roof inspection' · organizer «name» · dial-in fallback: my cell «v»",
    "Google Lens on a café corkboard: dog walking, weekday mornings, «name» «v»",
    "Voice memo: the guy who fixed the gate, «name», his number is «v», he does fences too",
    "Firefox autofill profile · «name» · telephone «v»",
    "Owlet app › Caregivers › «name» · «v»",
    "Prescription label (OCR): patient «name» · contact «v» · qty 30",
    "Messenger · «name»: don't call the shop line, ring me direct on «v»",
    "Church bulletin board (photo): meal train organised by «name», call «v»",
    "Found-dog poster (Lens): answers to Biscuit, owner «name» «v»",
    "Notion page 'House stuff': electrician «name» — «v» — quoted for the panel",
    "Craigslist reply from «name»: still have the bike? text «v»",
    "Soccer carpool sheet (Google Sheets): «name» · driver Tuesdays · «v»",
    "iMessage · «name»: save this as my new number, «v», the work one is going away",
    "TikTok DM · «name»: for commissions text «v», I don't check DMs",
    "Intercom panel in the lobby, photographed: 7C «name» «v»",
    "Roadside assistance receipt (OCR): driver «name», callback «v»",
    "Band group chat · «name»: if anyone finds my capo ring «v»",
    "Vrbo message from «name»: the hot tub cover is heavy; call me on «v» if you need a hand",
    "Contacts › «name» › mobile «v» › added from a business card scan",
    "Baby shower sign-in sheet (scanned): «name», phone «v»",
    "Google Home app › Household › «name» · phone «v»",
    "Caseworker note: «name» asked to be reached at «v» after 3 pm",
    "Whiteboard by the door (photo): grandma's neighbour «name» → «v»",
    "Estate sale flyer (Lens): cash only, call «name» on «v»",
    "Outlook draft to «name»: left you two voicemails at «v», call me back when you can",
    "Vet reminder postcard (OCR): questions? ask for «name», «v»",
    "Calendar invite 'Chimney sweep' · contact «name», «v»",
]

PHONE_LINKS = [
    "Linktree button: https://wa.me/«vW»?text=Hola%2C%20quiero%20una%20cita",
    "Squarespace footer HTML: <a href=\"tel:«vE»\">Book a lesson</a>",
    "QR code on a flyer (decoded): MECARD:N:«name»;TEL:«vE»;EMAIL:;;",
    "Wix chat button: https://api.whatsapp.com/send?phone=«vW»&text=Hi%20about%20the%20flat",
    "Copied from the browser's address bar: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Dhobi bhaiya ka number «v», kapde kal tak ready", "«name» madam ko «v» pe call karna, tuition ka time poochna",
           "Building ke lift wale ka contact «v»"],
    "BR": ["Salva o contato do eletricista que a vizinha indicou: «v»", "«name» trocou de chip, o número agora é «v»", "Celular do motorista da van escolar: «v»"],
    "DE": ["Die Nummer von «name» wegen dem Kinderturnen: «v»", "Notdienst Heizung laut Zettel an der Haustür: «v»"],
    "MX": ["Este es el número del señor del gas: «v»", "Márcale a «name» al «v» para lo de la posada"],
    "FR": ["Le portable de «name» pour le covoiturage du foot : «v»", "Numéro du chauffagiste noté sur le frigo : «v»"],
    "ID": ["Kalau AC kamar bocor lagi, panggil «name» yang biasa servis, nomornya «v»", "Simpan nomor satpam komplek ya: «v»"],
    "PH": ["Tawagan mo si «name» sa «v» para sa delivery ng tubig", "Number ng barangay tanod na naka-duty: «v»"],
    "JP": ["ピアノ教室の«name»先生の電話番号 «v»", "水道の修理業者の連絡先 «v»"],
    "ES": ["El teléfono de «name», la profe de inglés de los niños: «v»", "Avería del ascensor, el técnico de guardia atiende en el «v»"],
    "IT": ["Il numero della baby-sitter, «name»: «v»", "Chiama «name» al «v» per il ritiro dei mobili"],
    "PK": ["«name» ka naya number «v» save kar lo", "Pani wale tanker ka number «v»"],
    "TR": ["Kombici ustasının numarası («name»): «v»", "Okul servisinin şoförüne bu numaradan ulaşılıyor: «v»"],
    "VN": ["Số của chị «name» bán rau sạch: «v»", "Gọi anh thợ điện theo số «v»"],
    "EG": ["رقم «name» السباك اللي جاب الحنفية «v»"], "BD": ["গ্যাস মিস্ত্রি «name» এর মোবাইল «v»"], "KR": ["과외 선생님 «name» 연락처 «v»"],
    "CO": ["El celular de «name», la que hace las arepas: «v»"], "AR": ["Te paso el celu de «name», el plomero del edificio: «v»"], "PL": ["Numer do «name», ona sprząta w czwartki: «v»"],
    "TH": ["ถ้าน้ำรั่วจากเครื่องปรับอากาศอีก ให้โทรหาคุณ«name» «v»"], "RU": ["Номер «name», сантехник из управляющей компании: «v»"], "NL": ["Bel «name» op «v» voor de sleutel van de schuur"],
    "MY": ["Nombor «name» yang jual kuih raya: «v»"], "SA": ["جوال «name» الكهربائي «v»"], "AE": ["رقم «name» سائق المدرسة «v»"], "CN": ["家政阿姨«name»的手机 «v»"],
    "SE": ["«name» nås på «v» om bastun"], "CL": ["El celular de «name» para el gásfiter: «v»"], "PE": ["El cel de «name», la que vende los chifles: «v»"],
    "MA": ["Le numéro de «name» pour la réparation du frigo : «v»"],
}

SIGNATURES = [
    ("US", "Thanks so much, «name» | Loan Processor | «v» | «e»"),
    ("US", "«name» · Room Parent, 3rd grade · «v» · «e»"),
    ("GB", "With best wishes, «name» · Surgery Reception Lead · «v» · «e»"),
    ("IN", "Warm regards, «name» | Talent Acquisition, Pune office | Cell «v» | Mail «e»"),
    ("DE", "Mit freundlichen Grüßen, «name» · Hausverwaltung · Mobil «v» · «e»"),
    ("BR", "Abraços, «name» | coordenação pedagógica | WhatsApp «v» | «e»"),
    ("FR", "Bien à vous, «name» — trésorière du club — tél. «v» — «e»"),
    ("AU", "Ta, «name» · leasing consultant, Inner West office · «v» · «e»"),
    ("MX", "Atentamente, «name» · Administración del fraccionamiento · cel. «v» · «e»"),
    ("NG", "Warm regards, «name» · Parish Secretary · «v» · «e»"),
    ("CA", "Merci, «name» · réception de la clinique · «v» · «e»"),
    ("PH", "Salamat po, «name» · HOA Secretary · Smart «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Partiful › Guest list › «name» · «e» · going",
    "Voice memo: forward the inspection report to «e» tonight",
    "Google Drive: «e» can now comment on 'Wedding budget'",
    "To: «e» — Subject: Re: the fence between our yards",
    "Meetup › Members › «name» · «e»",
    "Visitor kiosk at the office: «name» signed in as «e»",
    "Substack import, line 31: «e» — unsubscribed",
    "Family Sharing › Invitation sent to «e»",
    "Holiday-let guestbook (OCR): «name», «e», the kids loved the beach",
    "Webinar attendee export (Teams): «name» <«e»> · attended 52 min",
    "Buy Me a Coffee › new supporter «e» bought 3 coffees",
    "Calendly booking: «name» («e») · 30-minute intro call",
]

EMAIL_LOCAL = {
    "DE": "Belege fürs Steuerbüro ab sofort nur noch an «e», die alte Adresse lese ich nicht mehr", "FR": "Pour les plans de la cuisine, le menuisier peut m'écrire directement à «e»",
    "ES": "La factura del fontanero, mándala a mi correo «e»", "BR": "O recibo do aluguel de junho ainda não chegou, reenvia pra «e» por favor",
    "MX": "Mi correo para el recibo de la colegiatura: «e»", "IT": "Mandami il verbale dell'assemblea di condominio a «e»",
    "JP": "町内会の議事録は «e» 宛てにお願いします", "KR": "계약서 사본은 «e» 으로 보내 주세요", "NL": "De foto's van de bruiloft mogen naar mijn mailadres «e»",
    "PL": "Proszę przesłać plan zajęć na mój e-mail: «e»", "TR": "Faturayı e-posta adresime gönderir misiniz: «e»",
    "RU": "Фотографии счётчиков за май присылай мне сюда: «e»", "ID": "Tolong kirim jadwal les ke email saya «e»", "CN": "请把体检报告发到我的邮箱：«e»",
    "AR": "El presupuesto del pintor mandalo a mi mail «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Voice memo: use the travel card for the rental car, that's «v», the green one",
    "iCloud Keychain › Payment cards › «name» › card ending shown in full: «v»",
    "Photo of the back of a bank envelope (OCR): new card «v» for «name»",
    "WhatsApp · «name»: order the school shoes on mine, «v», expiry's on the fridge",
    "Wallet setup on the new phone, card number typed in: «v» — waiting for the bank's SMS",
    "Budget.numbers · 'Gym' · charged to «v»",
    "Hotel checkout page: «name» entered card number «v»",
    "Reminders · 'Pay the daycare deposit' · card «v»",
    "Email to the piano school: please charge «v» for the spring term",
    "Family chat, pinned by Dad: the card for the streaming bills is «v»",
]

CARD_LOCAL = {
    "IN": "Mera credit card number «v» hai, flight book kar de", "BR": "Usa meu cartão pra comprar os ingressos do show: «v»",
    "DE": "Kannst du den Mietwagen mit meiner Karte zahlen? Nummer: «v»", "MX": "Te paso los números de mi tarjeta para lo del súper en línea: «v»",
    "FR": "Mon numéro de carte pour la cantine en ligne : «v»", "JP": "ふるさと納税の支払いに使うカード番号 «v»",
    "CN": "帮我交一下电费，卡号是 «v»", "RU": "Вот номер моей карты, оплати репетитора: «v»",
    "ES": "Paga la matrícula de la autoescuela con mi tarjeta, el número es «v»", "TR": "Uçak bileti için kart numaram şu: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice memo: the boat rental deposit goes to IBAN «v», reference our booking name",
    "N26 transfer draft: «name», IBAN «v», €25 for the birthday present",
    "Roofer's invoice (scanned): payment to IBAN «v» within 14 days",
    "WhatsApp · «name»: here's my IBAN for the festival tickets, «v»",
    "Banking app › Beneficiaries › added «name» with the IBAN «v» (verified)",
    "Shared sheet 'Flat costs' · cleaner's IBAN «v»",
    "Running club email: membership fee to «v» by the end of the month",
    "Journal: transfer the tutor's fee to IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Für das Abschiedsgeschenk bitte auf mein Konto überweisen: «v»", "Der Verein bittet um den Jahresbeitrag auf das Konto «v»",
           "Nebenkostennachzahlung an die Hausverwaltung, IBAN «v»"],
    "FR": ["Le RIB de la femme de ménage, IBAN «v»", "Pour la cagnotte du départ en retraite, vire sur «v»"],
    "ES": ["La cuota del gimnasio se domicilia en la cuenta «v»", "Pásame lo de la cena a mi IBAN «v»"],
    "IT": ["Per la quota del centro estivo, IBAN «v»", "Il mio IBAN per restituirmi i soldi del regalo: «v»"],
    "NL": ["Maak de contributie van de hockeyclub over naar «v»"], "BE": ["Het voorschot voor het kamp mag op «v»"],
    "AT": ["Für die Almhütte im August: Anzahlung bitte an «v», Verwendungszweck Familienname"], "PT": ["Transfere a tua parte da renda para o IBAN «v»"],
    "PL": ["Składka na komitet rodzicielski, numer konta: «v»"], "TR": ["Kiranın yatırılacağı IBAN: «v»"],
    "FI": ["Maksa kerhon jäsenmaksu tilille «v»"], "CH": ["Den Beitrag für das Lager bitte auf «v» einzahlen"],
    "NO": ["Vipps funker ikke, så overfør til kontoen min «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice memo: direct deposit for the new job, routing «a», checking account «b»",
           "Workday › Pay › Payment elections › Bank routing «a», account «b», 100% of net pay",
           "WhatsApp · «name»: my Venmo got locked, send it by ACH instead: «a» is the routing, «b» the account",
           "MICR strip on the cheque Dad mailed us (OCR): ⑆«a»⑆ «b»⑈ 0412",
           "Finances.xlsx, tab 'Banks': joint checking · ABA «a» · account «b»",
           "Closing wire instructions (DocuSign PDF): routing no. «a», beneficiary account no. «b»",
           "Tax software › Refund › Direct deposit › Routing number «a» · Account number «b»"],
    "gb": ["Voice note from «name»: my Lloyds details for the hen-do kitty — «a» then «b»",
           "Monzo › Pay someone new › sort code «a» · account number «b» · name checked",
           "Voice memo: the childminder's bank details are sort code «a» and account «b»",
           "Gardener's invoice (OCR): please pay by BACS, sort code «a», account «b»"],
    "in": ["WhatsApp · «name»: a/c no «a», IFSC «b», NEFT kar dena", "Paytm › Send to any bank › beneficiary a/c «a» with branch code «b», verified name shown",
           "Voice note: driver ki salary ke liye account «a» aur IFSC «b»", "Cheque leaf photo (Lens): A/c No. «a» IFSC «b»"],
    "au": ["Message from «name»: BSB «a», account number «b»", "Invoice from the sparky (OCR): EFT to BSB «a» acc «b»"],
    "ca": ["Message from «name»: transit «a», account «b» for the rent", "Pay stub setup for the summer job (photo): branch «a», chequing «b»"],
    "br": ["Faz a TED pra mim? Itaú, agência «a», conta «b»", "Dados da conta da cuidadora: agência «a», conta corrente «b»"],
    "mx": ["La CLABE para el anticipo del salón de fiestas: «a»", "Transfiere a esta CLABE lo de la tanda: «a»",
           "Me dijo el casero que a partir de julio la renta se deposita a la CLABE «a», ya no en efectivo"],
    "ng": ["Message from «name»: «bank» «a», send the contribution", "Audio note to self: settle the vulcanizer's bill today, «bank» «a»",
           "Generator repair receipt (scanned): transfer to «a» at «bank», beneficiary «name»"],
    "za": ["WhatsApp · «name»: branch code «a», cheque account «b»", "Plumber's invoice (OCR): EFT details, branch code «a», acc no «b»"],
    "ar": ["Para juntar la plata del cumple de la abuela, pasen a mi CBU «a»", "El CBU del club para la cuota social: «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Hospice admission packet, page 3, filled in by me: patient SSN «v»",
                      "1099-NEC photographed for the accountant (OCR): recipient's TIN «v»", "Tax software › Dependents › child's SSN «v»",
                      "iMessage to my wife: what's your SSN again, «v»? filling the 529 form",
                      "Urgent care kiosk intake: SSN «v»", "Notes · 'Documents' · my social «v»",
                      "Equifax dispute form: full Social Security number «v»", "Background check consent (apartment co-signer): SSN «v»",
                      "Email draft to payroll: my SSN on file is wrong, it should be «v»"]),
    "in_aadhaar": ("IN", ["Dadi ke pension life certificate ke liye Jeevan Pramaan app mein daala Aadhaar «v»", "WhatsApp: mummy ka Aadhaar «v», ration card update ke liye",
                          "mAadhaar screenshot forwarded by Bhaiya (OCR): «v»", "Voice note: naye phone connection ke form mein mera Aadhaar «v» likhna"]),
    "in_pan": ("IN", ["Rent receipt template for HRA claim: landlord PAN «v»", "WhatsApp: bhabhi, FD kholne ke liye aapka PAN «v» chahiye tha na?", "Groww › KYC › PAN number «v»"]),
    "br_cpf": ("BR", ["No caixa do mercado pediram CPF na nota: «v»", "Matrícula da natação › responsável financeiro › CPF «v»",
                      "Receita do dermatologista (foto): paciente com CPF «v»", "Áudio da irmã: pro seguro viagem coloca o CPF do pai, «v»"]),
    "mx_curp": ("MX", ["La escuela de natación quiere copia de la CURP del niño: «v»", "Solicitud de pasaporte › CURP «v»"]),
    "mx_rfc": ("MX", ["Datos para la factura de la mudanza, RFC: «v»"]),
    "gb_nhs": ("GB", ["Booking the flu jab online: NHS number «v»", "Text to Mum: the pharmacy needs your NHS number, «v»"]),
    "de_idnr": ("DE", ["Lohnsteuerbescheinigung (Scan): steuerliche Identifikationsnummer «v»", "Riester-Zulage: für den Antrag braucht die Bank deine Steuer-ID «v»"]),
    "fr_nir": ("FR", ["Déclaration de naissance, numéro de sécurité sociale du père : «v»", "Carte Vitale scannée pour la mutuelle (OCR) : «v»"]),
    "es_dni": ("ES", ["Alta en la biblioteca municipal › DNI «v»", "Para la reserva del hotel me piden el DNI: «v»"]),
    "es_nie": ("ES", ["El NIE para dar de alta el wifi: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per l'iscrizione all'asilo: «v»", "Ricetta elettronica › codice fiscale «v»"]),
    "ca_sin": ("CA", ["Text: the payroll form wants your SIN, «v»?", "CRA My Account › Social insurance number «v»"]),
    "id_nik": ("ID", ["Isian formulir pindah domisili, NIK kepala keluarga «v»", "NIK di KTP bapak: «v»"]),
    "pk_cnic": ("PK", ["Bijli ke naye meter ki darkhwast mein Abbu ka CNIC «v» likhna"]),
    "tr_tckimlik": ("TR", ["Kargo teslimatı için istenen T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["PESEL syna do zapisu do żłobka: «v»"]),
    "za_idnr": ("ZA", ["Home affairs form › identity number «v»"]),
    "kr_rrn": ("KR", ["아이 예방접종 예약할 때 입력한 주민번호 «v»"]),
    "cn_ric": ("CN", ["高铁购票乘车人身份证号 «v»"]),
    "jp_in": ("JP", ["役所の手続きで書いた個人番号 «v»"]),
    "au_tfn": ("AU", ["New job onboarding › tax file number «v»"]),
    "nl_bsn": ("NL", ["Burgerservicenummer voor de huisarts: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของแม่ «v»"]),
    "my_nric": ("MY", ["Borang tuntutan insurans, No. K/P pemegang polisi «v»"]),
    "ar_cuit": ("AR", ["Para la factura del alquiler pasame tu CUIT: «v»"]),
    "cl_rut": ("CL", ["Para la bencina con descuento de la isapre, RUT del titular «v»"]),
    "se_personnummer": ("SE", ["1177-ärendet kräver barnets personnummer: «v»"]),
    "ie_pps": ("IE", ["PPS number for the childcare scheme: «v»"]),
    "pt_nif": ("PT", ["Contribuinte para a fatura da farmácia: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Summer camp registration (OCR): guardian «name», SSN «ssn», cell «phone», «email»", ("ssn", "phone", "email")),
    ("US", "Renters insurance signup: «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Hospital wristband and intake sheet (OCR): «name», SSN «ssn», contact «phone»", ("ssn", "phone")),
    ("US", "Chrome › Autofill › address «email», payment «card»", ("email", "card")),
    ("US", "New piano teacher «name» wants lesson notes sent to «email»; for same-day cancellations she'd rather get a call at «phone»", ("email", "phone")),
    ("US", "Note from the Medicare enrollment call: I gave SSN «ssn», they'll ring «phone» back, confirmation goes to «email»", ("ssn", "phone", "email")),
    ("US", "Climbing gym waiver (iPad): «name», «phone», card «card» on file", ("phone", "card")),
    ("US", "Open enrollment site · email «email» · Social Security no. «ssn»", ("email", "ssn")),
    ("US", "CVS photo order: paid with «card», ready-for-pickup email to «email»", ("card", "email")),
    ("GB", "Swimming lessons sign-up (OCR): «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("IN", "Refund request to the airline (Hyderabad): booked with phone «phone», mailbox «email», charged card «card»", ("phone", "email", "card")),
    ("CA", "Ringette volunteer roster row: «name» | «phone» | «email»", ("phone", "email")),
]
