"""Where the dev20 privacy set's numbers and addresses turn up (``privacy_cases_dev20.py``): what
a personal agent's sensors record (messengers and their voice notes, texts, e-mails and signatures,
car-dashboard and smartwatch transcripts, contacts and caller-ID screens, ride-hailing, delivery and
marketplace chats, notes and journals, OCR of shop windows, fridge magnets, hospital wristbands,
remittance slips, rent books, school forms and church bulletins, calendar invites, browser, wallet
and keyboard autofill, banking, payroll, pension and tax screens, shared spreadsheets), English
first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["put"]

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly

# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "CarPlay dictation while driving: note that the tow-truck dispatcher «name» can be called back on «v»",
    "Apple Watch transcript of a voicemail — hey, it's «name», my landline died so use «v» for now",
    "Uber Eats chat · courier «name»: building gate is locked, I'm outside, please ring «v»",
    "Photo of the fridge magnet from the septic service: «name» pumps tanks, «v», same-week visits",
    "Church bulletin (scanned), prayer chain coordinator «name» — call «v» with requests",
    "Hospital wristband photo for the insurance claim: patient contact «name» · «v»",
    "Gboard clipboard history: «name» new cell «v»",
    "Craigslist reply from «name»: the kayak is still available, text me at «v» to see it",
    "Shop window sign (Lens): room for rent, no smokers, enquire with «name» on «v»",
    "Bumble chat · «name»: okay fine, here's my real number «v» — don't make it weird",
    "Note in the baby's daycare folder: if the fever comes back, grandma «name» answers «v» all day",
    "Teams chat with the landlord's agent «name»: boiler engineer confirmed, my mobile is «v» if he's late",
    "Kindle highlight export, handwritten note scanned at the end: ask «name» about the book club, «v»",
    "Reply from the owner under a one-star Google review, «name»: we'd like to make it right, my own mobile is «v»",
    "Pocket notebook page (photo): farrier for the pony, «name», mobile «v»",
    "Outlook contact card merged from LinkedIn: «name» · mobile «v»",
    "DoorDash support transcript: the customer «name» asked us to phone «v» on arrival",
    "Moving-day checklist in Notion: van driver «name» → «v»",
    "Discord DM from «name»: my phone is the one ending differently now, «v», save it",
    "Smart display on the kitchen counter heard: «name» says the piano tuner is «v»",
    "Parish hall booking sheet (photo): hired by «name» for Saturday, contact «v»",
    "Bank app › Send money › «name» found in contacts by phone «v»",
    "Caller-ID log on the Fire TV: incoming from «name», «v», missed",
    "Pediatric clinic text: your child's nurse «name» can be reached on «v» after 2pm",
    "Rideshare receipt e-mail: your driver «name», masked line disabled, direct «v» shown by mistake",
    "Reunion planning spreadsheet, column 'Phone': «name» — «v»",
    "Voice note from the neighbour: it's «name» from number twelve, your alarm is going off, ring me on «v»",
    "Community garden plot list taped to the shed: bed 7 is «name», «v»",
    "Handyman's quote header (PDF): «name» — odd jobs & tiling — «v»",
    "Photo of the lost-property tag at the gym: belongs to «name», call «v»",
]

PHONE_LINKS = [
    "Instagram bio link of the cake maker: https://wa.me/«vW»?text=Quiero%20un%20pastel%20de%20cumplea%C3%B1os",
    "QR code on the cleaning service flyer decoded to MECARD:N:«name»;TEL:«vE»;EMAIL:;NOTE:weekly-cleans;;",
    "Clinic website footer, inspected: <a class=\"call-btn\" href=\"tel:«vE»\">Book by phone</a>",
    "Linktree button 'Message me': https://api.whatsapp.com/send?phone=«vW»&text=Hi%2C%20saw%20your%20listing",
    "Reminder tapped from the calendar invite's location field: tel:«vE»,,1",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Dhobi ka naya number «v», kal subah kapde lene aayega", "«name» madam tuition wali, unka mobile «v» save karna",
           "Gas cylinder booking agent ka number yeh hai: «v»"],
    "BR": ["Salva aí o zap da diarista que a vizinha indicou: «v»", "O «name» do pet shop atende pelo «v», ele busca o cachorro em casa",
           "Número do eletricista que resolveu o disjuntor: «v»"],
    "DE": ["Die Tagesmutter «name» ist ab jetzt unter «v» zu erreichen, das Festnetz ist abgemeldet", "Hausmeisterdienst laut Aushang am Briefkasten: «v»"],
    "MX": ["El señor del gas, por si no pasa el camión: «v»", "Háblale a «name» al «v», ella vende los tamales para la posada"],
    "FR": ["Voici le portable de «name», la baby-sitter du mercredi : «v»", "Le serrurier dont la carte est restée sur le frigo : «v»"],
    "ID": ["Ini nomor «name» buat sewa tenda hajatan: «v»", "Nomor bengkel motor langganan bapak: «v»"],
    "PH": ["Tawagan mo si «name» sa «v», siya yung nagluluto ng lechon", "Yung numero ng aircon cleaner na suki ni Mama: «v»"],
    "JP": ["ピアノ調律の«name»さんの電話番号 «v»", "水道トラブルの業者さん、冷蔵庫のマグネットに書いてある番号 «v»"],
    "ES": ["El teléfono de «name», la fisio que viene a casa: «v»", "Fontanero que arregló la caldera de la vecina: «v»"],
    "IT": ["Il numero di «name», la ragazza che fa le ripetizioni di latino: «v»", "Il giardiniere che pota le siepi del condominio: «v»"],
    "PK": ["«name» baji ke darzi ka number «v» hai", "Pani wale tanker ka number «v», subah jaldi phone karna"],
    "TR": ["«name» hanımın kuaför randevu hattı: «v»", "Kombi servisinden gelen ustanın cep numarası «v»"],
    "VN": ["Số của chị «name» bán rau sạch giao tận nhà: «v»", "Thợ sửa máy giặt ở đầu hẻm để lại số «v»"],
    "EG": ["رقم «name» بتاع الدش والستالايت «v»"], "BD": ["গ্যাসের চুলা মেরামতের «name» ভাইয়ের মোবাইল «v»"],
    "KR": ["피아노 학원 «name» 선생님 휴대폰 «v»"], "CO": ["El celular de «name», el que hace los trasteos: «v»"],
    "AR": ["Guardate el número de «name», el plomero matriculado: «v»"], "PL": ["Numer do «name», złotej rączki z osiedla: «v»"],
    "TH": ["เบอร์โทรของ«name» ที่รับส่งนักเรียน «v»"], "RU": ["Номер «name», электрик, который менял проводку в щитке у соседей: «v»"],
    "NL": ["Bel «name» op «v» als de glazenwasser weer niet komt"], "MY": ["Nombor «name» yang ambil tempahan kuih raya: «v»"],
    "SA": ["جوال «name» فني المكيفات «v»"], "AE": ["رقم «name» سائق الحافلة المدرسية «v»"], "CN": ["小区快递站«name»的手机号 «v»"],
    "SE": ["«name» som säljer ved har nummer «v»"], "CL": ["El número de «name», la que hace las uñas a domicilio: «v»"],
    "PE": ["Anota el celular de «name», el que vende el cebiche los domingos: «v»"],
    "MA": ["Numéro de «name», le mécanicien près du souk : «v»"],
}

SIGNATURES = [
    ("US", "Warmly, «name» · Hospice Volunteer Coordinator · cell «v» · «e»"),
    ("US", "«name» | Little Free Pantry steward | «v» | «e»"),
    ("GB", "Kind regards, «name» · Clerk to the Parish Council · «v» · «e»"),
    ("IN", "Warm regards, «name» | Admissions Desk, Pune campus | M: «v» | E: «e»"),
    ("DE", "Herzliche Grüße, «name» · Kassenwartin Sportverein · Mobil «v» · «e»"),
    ("BR", "Abraços, «name» | coordenação da quadrilha junina | whats «v» | «e»"),
    ("FR", "Bien à vous, «name» — trésorier du comité des fêtes — «v» — «e»"),
    ("AU", "Ta, «name» · Surf Life Saving Club registrar · «v» · «e»"),
    ("MX", "Atentamente, «name» · Comité de la kermés · cel. «v» · «e»"),
    ("NG", "Thanks and God bless, «name» · Choir Secretary, St. Jude's · «v» · «e»"),
    ("CA", "Merci, «name» · coordonnatrice du service de garde · «v» · «e»"),
    ("PH", "Salamat po, «name» · Barangay Health Office · Smart «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Calendly booking confirmed: «name» («e») · 30-minute consult",
    "Dictated to the car: forward the roof inspection report to «e»",
    "Google Drive: «e» requested edit access to 'Wedding seating chart'",
    "Cc: «e» — Re: shared driveway repairs",
    "Strava club roster export: «name», «e», joined this spring",
    "Signup sheet at the blood drive (OCR): «name» — «e»",
    "Shopify order note: ship the gift to «name», receipt to «e»",
    "Venmo profile linked e-mail «e» shown on the payment request",
    "Kickstarter backer survey answer: contact «e»",
    "SignUpGenius › Volunteers › «name» («e») · popcorn stand",
    "Microsoft Family Safety › invitation pending for «e»",
    "Meetup RSVP list download: «name», «e», attending",
]

EMAIL_LOCAL = {
    "DE": "Die Unterlagen für die Elternzeit bitte an meine private Adresse «e» schicken, nicht an die Firma",
    "FR": "Le carnet de vaccination scanné, tu peux me l'envoyer par courriel à «e»",
    "ES": "Mándame la factura del taller a mi correo personal, que es «e»", "BR": "Me manda o comprovante do Pix por e-mail: «e»",
    "MX": "Para la constancia de la escuela de manejo, mi correo es «e»", "IT": "Il preventivo del fotografo mandalo pure a «e»",
    "JP": "PTAの議事録は «e» 宛に送ってください", "KR": "계약서 사본은 이쪽 메일 «e» 로 보내 주세요",
    "NL": "De foto's van de diploma-uitreiking kun je naar «e» sturen",
    "PL": "Wyślij mi zdjęcia z komunii mailem, najlepiej na prywatny adres «e»", "TR": "Kira makbuzunu şu e-postaya atar mısın: «e»",
    "RU": "Скан договора аренды пришли мне на почту «e»", "ID": "Tolong kirim bukti transfer uang kas RT ke email «e»",
    "CN": "家长会的资料请发到我的邮箱 «e»", "AR": "El presupuesto del flete mandámelo a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Dictated in the car: use card «v» for the toll pass top-up, the other one got cloned",
    "Google Pay › Payment methods › «name» › card number shown: «v»",
    "Lens on the embossed card left on the café table: «v», «name» on the front",
    "Telegram · «name»: charge the pet insurance to mine please, «v»",
    "Keyboard autofill offered card «v» on the concert ticket checkout",
    "Budget.xlsx · 'Subscriptions' tab · billed to «v»",
    "Voice note from «name»: read me the digits again… «v», expiry's on the back",
    "Bear note 'travel admin' · rental car deposit on «v»",
    "Email to the orthodontist's office: please put the balance on «v»",
    "Family group chat, pinned: the streaming bundle is billed to «v»",
]

CARD_LOCAL = {
    "IN": "Yaar meri card ka number «v» hai, bijli ka bill online bhar dena", "BR": "Usa meu cartão pra pagar o IPVA parcelado: «v»",
    "DE": "Zahl die Tickets fürs Stadionspiel bitte mit meiner Kreditkarte, die Kartennummer lautet «v»", "MX": "Paga la inscripción del gimnasio con mi tarjeta, es la «v»",
    "FR": "Règle les billets de train avec ma carte, numéro complet : «v»", "JP": "ふるさと納税の支払いに使うカード番号 «v»",
    "CN": "交物业费就用这张卡，卡号 «v»", "RU": "Оплати коммуналку моей картой, номер «v»",
    "ES": "Paga la ITV con mi tarjeta, te paso el número: «v»", "TR": "Uçak biletini benim kartımdan öde, kart numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Dictated to the phone: pay the sailing club deposit into IBAN «v», reference is my surname",
    "Wise app, sending euros to «name» for the flat deposit: IBAN «v», arrives tomorrow",
    "Scanned invoice from the translator: payment within 14 days to IBAN «v»",
    "WhatsApp voice note transcript, «name»: my IBAN for the wedding gift pool is «v»",
    "N26 Space 'Vacances' › transfer to «name» › IBAN «v» › scheduled for Friday",
    "Expense sheet for the ski trip, row 'Pay to': IBAN «v»",
    "Alumni newsletter: donations to the scholarship fund, IBAN «v»",
    "Sticky note on the monitor (photo): landlord IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Das Geld für den Laternenumzug bitte auf mein Girokonto «v» überweisen", "Der Beitrag für den Chor geht an die IBAN «v»",
           "Die Nebenkostenerstattung der Hausverwaltung kam von «v»"],
    "FR": ["Virement mensuel pour l'assistante maternelle de Léo, son RIB : «v»", "Pour la cagnotte du pot de départ, virez sur «v»"],
    "ES": ["Los recibos del club de pádel se pasan por la cuenta «v» cada trimestre", "Hazme la transferencia del regalo de la jefa a mi IBAN «v», que bizum no me va"],
    "IT": ["La retta del centro estivo va versata sull'IBAN «v»", "Quota della lega di fantacalcio: bonifico entro domenica sull'IBAN «v» intestato a me"],
    "NL": ["Maak je bijdrage voor het cadeau van de juf over naar «v»"], "BE": ["Het lidgeld van de voetbalclub mag op «v»"],
    "AT": ["Den Mitgliedsbeitrag für den Alpenverein bitte auf «v» einzahlen"], "PT": ["Transfere a tua parte do jantar de curso para o IBAN «v»"],
    "PL": ["Składkę na komitet rodzicielski proszę przelać na rachunek «v»"], "TR": ["Düğün takısı için gönderilecek IBAN: «v»"],
    "FI": ["Maksa osuutesi lahjasta tilille «v»"], "CH": ["Die Anmeldegebühr für das Sommerlager bitte an «v» überweisen"],
    "NO": ["Overfør andelen din av russebussen til konto «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Dictated on the commute: for the babysitter's direct deposit, routing «a», checking account «b»",
           "ADP › Pay settings › bank routing «a» · account «b» · remainder of pay",
           "iMessage from «name»: Venmo limit hit, wire it instead, routing «a» acct «b»",
           "Cheque for the roof deposit, bottom strip read by the scanner: ⑆«a»⑆ «b»⑈ 0412",
           "Finances.gsheet › 'Checking': routing «a» · acct «b» · joint",
           "Closing disclosure addendum (PDF): wire to routing «a», account «b», beneficiary title co.",
           "IRS refund page › direct deposit › routing «a» · account «b»"],
    "gb": ["Voice note from «name»: Nationwide details for the hen do kitty, sort code «a», account «b»",
           "Monzo › New payee › the gardener · sort code «a» · account «b» · name matched",
           "Dictated: pay the music teacher to sort code «a», account number «b»",
           "Chimney sweep's card (OCR): BACS payment, sort code «a», acc no «b»"],
    "in": ["«name» ka message: account no. «a», IFSC «b», fees aaj hi transfer karna", "Google Pay › Pay to bank account › account no «a» › IFSC «b» › payee name fetched from bank",
           "Voice note: mali ka paisa is khate mein daalna, «a», IFSC «b»", "Lens on Nani's post office savings passbook: account «a» · IFSC «b»"],
    "au": ["«name» texted the netball team fees details: BSB «a», account «b»", "Tiler's invoice (scanned): direct deposit BSB «a», account number «b»"],
    "ca": ["«name» e-mailed her banking info for the cabin split: transit «a», account «b»", "Summer payroll sheet from the marina office (photo): bank transit «a», chequing account «b»"],
    "br": ["Faz uma TED pro pedreiro: Itaú, agência «a», conta «b»", "Dados da costureira pra transferência: agência «a», conta corrente «b»"],
    "mx": ["Mi hermana me mandó por WhatsApp la CLABE interbancaria de la banquetera: «a»", "Transfiere la cuota del torneo de futbol a la CLABE «a»",
           "El casero pidió que la renta se deposite en la CLABE «a» a partir de este mes"],
    "ng": ["WhatsApp from «name»: «bank» «a» is my account, abeg send your own share before Sunday service", "Note to self: pay the generator repairman today, «bank» «a»",
           "Photo of the school fees slip: «bank» account «a», name «name»"],
    "za": ["«name» says the burial society money goes to branch «a», account «b»", "Electrician's quote (scanned): EFT to branch code «a», account «b»"],
    "ar": ["Juntamos para el regalo del profe de educación física, transfieran al CBU «a»", "La cuota del club de rugby se deposita en el CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Medicare enrollment worksheet, filled in by hand: beneficiary SSN «v»",
                      "Photo of the 1099-MISC from the landscaping gig, read by OCR: recipient TIN «v»", "H&R Block › Dependents › son's Social Security number «v»",
                      "Text to my wife: the mortgage broker wants your SSN, it's «v» right?",
                      "Urgent care kiosk: Social Security # «v»", "Notes app · 'Kids docs' · SSN «v»",
                      "TransUnion dispute form: SSN «v»", "Apartment lease application, guarantor page: social security number «v»",
                      "Email to payroll: please correct my SSN on the W-2 to «v»"]),
    "in_aadhaar": ("IN", ["Dadi ki vridha pension form mein Aadhaar «v» likha", "WhatsApp: bhaiya ka Aadhaar «v», bijli connection naam badalne ke liye",
                          "DigiLocker se nikala Aadhaar (OCR): «v»", "Voice note: scholarship portal pe bete ka Aadhaar number «v» daalna"]),
    "in_pan": ("IN", ["ITR draft for the CA: assessee PAN «v»", "WhatsApp: chachi, FD ke liye aapka PAN card number «v» bhejo", "Groww › Account › PAN «v»"]),
    "br_cpf": ("BR", ["O farmacêutico pediu o CPF pra nota fiscal paulista: «v»", "Ficha de inscrição da escolinha de futebol › CPF do pai ou mãe: «v»",
                      "Guia do laboratório (foto): CPF «v»", "Áudio da tia: pro cadastro do Minha Casa Minha Vida usa o CPF do vô, «v»"]),
    "mx_curp": ("MX", ["Para inscribir a la niña en la secundaria piden su CURP: «v»", "Trámite de la licencia de conducir, la CURP que capturé fue «v»"]),
    "mx_rfc": ("MX", ["Datos para la factura del taller mecánico, RFC: «v»"]),
    "gb_nhs": ("GB", ["NHS App wouldn't link, so the practice receptionist typed my NHS number «v» in by hand", "Text to Mum: Boots want your NHS number before they'll hand over Dad's repeat prescription — is it «v»?"]),
    "de_idnr": ("DE", ["Für die Familienkasse steht im Formular die Steuer-ID unserer Tochter: «v»", "Für die Lohnabrechnung brauche ich noch deine Steuer-IdNr.: «v»"]),
    "fr_nir": ("FR", ["Formulaire de la mutuelle, numéro de sécurité sociale du père : «v»", "Carte Vitale photographiée pour la pharmacie : «v»"]),
    "es_dni": ("ES", ["Matrícula de la autoescuela › DNI del alumno «v»", "Para el certificado de empadronamiento me piden el DNI: «v»"]),
    "es_nie": ("ES", ["El NIE que di al abrir la cuenta en el banco: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale del bambino per l'iscrizione al nido: «v»", "Al CUP per la prenotazione dell'ecografia ho dettato il codice fiscale «v»"]),
    "ca_sin": ("CA", ["Voice memo: open the RESP for the baby, the advisor needs her SIN «v»", "Student loan application saved on the family PC, SIN field: «v»"]),
    "id_nik": ("ID", ["Formulir vaksinasi anak, NIK orang tua «v»", "NIK suami untuk pengajuan KPR: «v»"]),
    "pk_cnic": ("PK", ["Nadra office ki line mein khade ho kar Chachu ka CNIC «v» form pe likha"]),
    "tr_tckimlik": ("TR", ["e-Nabız kaydı için annemin T.C. kimlik numarası: «v»"]),
    "pl_pesel": ("PL", ["PESEL syna do zapisu w przedszkolu: «v»"]),
    "za_idnr": ("ZA", ["SASSA grant form at the clinic, applicant ID number «v»"]),
    "kr_rrn": ("KR", ["병원 접수할 때 적은 아버지 주민번호 «v»"]),
    "cn_ric": ("CN", ["高铁购票时填写的乘车人身份证号 «v»"]),
    "jp_in": ("JP", ["勤務先に提出した扶養家族のマイナンバー «v»"]),
    "au_tfn": ("AU", ["Centrelink letter scanned to the family drive: customer's TFN «v»"]),
    "nl_bsn": ("NL", ["Burgerservicenummer van opa voor de thuiszorgaanvraag: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของแม่สำหรับสมัครบัตรสวัสดิการ «v»"]),
    "my_nric": ("MY", ["Borang permohonan bantuan, No. Kad Pengenalan ibu «v»"]),
    "ar_cuit": ("AR", ["Para la factura del monotributo te paso mi CUIT: «v»"]),
    "cl_rut": ("CL", ["RUT del apoderado para la matrícula del colegio: «v»"]),
    "se_personnummer": ("SE", ["Vårdcentralen bad om barnets personnummer: «v»"]),
    "ie_pps": ("IE", ["Child benefit form, mother's PPS number: «v»"]),
    "pt_nif": ("PT", ["NIF que indiquei na farmácia para a fatura dos medicamentos: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Swim camp paper form (OCR), emergency section: guardian «name», SSN «ssn», cell «phone», «email»", ("ssn", "phone", "email")),
    ("US", "Boarding kennel intake on the tablet: e-mail «email», mobile «phone», card on file «card»", ("email", "phone", "card")),
    ("US", "Hospital billing letter (scanned): «name», SSN «ssn», phone on record «phone»", ("ssn", "phone")),
    ("US", "Edge wallet suggested at checkout: saved e-mail «email», saved card «card»", ("email", "card")),
    ("US", "Piano teacher «name» wants recital videos sent to «email» and cancellations texted to «phone»", ("email", "phone")),
    ("US", "Call notes, unemployment office: gave SSN «ssn», callback «phone», confirmation to «email»", ("ssn", "phone", "email")),
    ("US", "Escape room booking kiosk: «name», «phone», paid with «card»", ("phone", "card")),
    ("US", "Open enrollment profile · personal email «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "CVS photo order: billed «card», ready notice to «email»", ("card", "email")),
    ("GB", "Bowls club membership form (scanned): «name», phone «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the airline (Chennai): booking made from «phone», mail «email», card used «card»", ("phone", "email", "card")),
    ("CA", "Ringette team contact list row: «name» | «phone» | «email»", ("phone", "email")),
]
