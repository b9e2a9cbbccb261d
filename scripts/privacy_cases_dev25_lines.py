"""Where the dev25 privacy set's numbers and addresses turn up (``privacy_cases_dev25.py``):
what a personal agent's sensors record (a Plaud pin's and a Pixel Watch's transcripts, a digital
photo frame, a Tractive pet tracker, a bird-feeder camera's app, a smart mirror, a bathroom scale's
app, a treadmill's screen, Kobo notes, Meshtastic messages, a Beeper inbox, Depop and Gumtree
listings, a watch-repair ticket, a dry cleaner's tag, photos of a blacksmith's
forge whiteboard, a hotel TV's message screen and a seatback chat on a flight, rows copied from a
shared spreadsheet, a value written before its label, a label a sentence or a line away from its
value; water-bill, driving-school and vet screens), English first, then in the words of the set's
other countries.

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
    "Plaud pin transcript, hallway chat: the watchmaker «name» said to ring «v» when the crystal arrives",
    "Tractive app, emergency contacts for the dog: walker «name», on «v» weekdays",
    "Digital photo frame caption under the reunion picture: «name» (new mobile «v»)",
    "Meshtastic message relayed from the ridge: tell «name» we're fine, her cell is «v»",
    "Depop chat: seller «name» asked me to text «v» to sort out the strap pickup",
    "Dry cleaner's tag stapled to the coat: ready Thursday, questions to «name» on «v»",
    "Blacksmith's forge whiteboard, photographed: hoof-pick orders, «name», «v»",
    "Gumtree ad for a Victorian mantel clock, seller «name», no emails please, phone «v»",
    "«v» — «name», the horologist who serviced Grandad's pocket watch, very patient",
    "| Helper | Name | Cell |\n| repair café till | «name» | «v» |",
    "Kobo note in the margin of chapter 9: call «name» about the bell-casting visit, «v»",
    "Pixel Watch showed a shared contact from my brother: «name», «v», the bird-ringing guide",
    "Watch-repair ticket, the counter copy: owner «name», tel. «v», Seiko 5, new mainspring",
    "Bird-feeder camera app's community page: «name» fixes squirrel baffles, message «v»",
    "Beeper inbox, from «name»: lost my old SIM at the smithy open day, this is my number now, «v»",
    "Treadmill screen showed the gym's buddy invite: «name», «v», Tuesday intervals",
    "Shared sheet 'Forge weekend carpool', pasted row: «name» | «v» | two seats",
    "Bathroom scale app's family list, the caregiver entry: «name», «v»",
    "Seatback chat on the flight, the passenger in 14C: I'm «name», text me at «v» when you land",
    "Number on top, name underneath, from the workshop door:\n«v»\nfarrier on call («name»)",
    "Water-bill screen, second account holder: «name», mobile «v»",
    "Voicemail transcribed by the watch: hi it's «name» from the clock shop, the regulator's done, call «v»",
    "«name» wrote «v» on the blacksmithing taster-day clipboard as the number for weekends",
    "Vet screen, emergency contact for Biscuit: «name», «v»",
    "Handwritten label inside the restored cuckoo clock: serviced by «name» · «v» · oil every 3 years",
    "Driving-school app, instructor card: «name», cell «v» for lesson changes",
    "Hotel TV message screen: your guest «name» asked you to call back on «v»",
    "Smart mirror reminder, spoken at breakfast: phone «name» about the knife-forging course on «v»",
]

PHONE_LINKS = [
    "QR sticker on the watch shop's window, scanned: https://wa.me/«vW»?text=Is%20my%20watch%20ready%3F",
    "Contact shared from the Meshtastic app as a card: BEGIN:VCARD\\nFN:«name»\\nTEL;TYPE=CELL:«vE»\\nEND:VCARD",
    "Smithy's website, the header's button as the screen reader spoke it: <a href=\"tel:«vE»\" class=\"btn\">Book a forge day</a>",
    "Link in the clock restorer's Instagram bio: https://api.whatsapp.com/send?phone=«vW»&text=quote%20please",
    "Tapped from the hotel TV's concierge page: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Ghadi theek karne wale «name» uncle ka number «v», Laxmi Road pe dukaan hai", "Lift wale technician ne apna card darwaze pe chipkaya, uspe number hai «v»",
           "Gudiya ki Kathak guru «name» ji ne naya number diya hai, «v», Sunday class ke liye"],
    "BR": ["O relojoeiro da galeria, seu «name», pediu pra anotar o número dele: «v»", "Número do chaveiro que deixou o cartão na portaria: «v»",
           "A ferreira que faz portões, «name», mudou o celular pra «v»"],
    "DE": ["Der Uhrmacher am Markt, «name», richtet auch Pendeluhren, Telefon «v»", "Notdienst der Hausverwaltung laut Zettel im Keller: «v»"],
    "MX": ["El relojero del portal, don «name», me pasó su cel: «v»", "El herrero que arregló el zaguán dejó su número: «v»"],
    "FR": ["L'horloger de la place du marché, «name», répond au «v»", "Le plombier qui a changé le chauffe-eau a laissé sa carte, téléphone «v»"],
    "ID": ["Nomor pak «name» tukang servis jam di pasar: «v»", "Nomor tukang las pagar yang ditempel di warung: «v»"],
    "PH": ["Ito ang numero ni «name», ang nag-aayos ng relo sa Quiapo: «v»", "Numero ng tubero na nakasulat sa kalendaryo: «v»"],
    "JP": ["時計修理の«name»さんの番号は «v»", "町内会の防災係の電話 «v»"],
    "ES": ["El relojero de la Plaza Mayor, «name», apunta su móvil: «v»", "El cerrajero dejó un imán en la nevera con su teléfono: «v»"],
    "IT": ["L'orologiaio sotto i portici, «name», risponde al «v»", "Numero del fabbro scritto sulla bolletta: «v»"],
    "PK": ["Ghari saaz «name» sahab ka number «v», Anarkali mein dukaan", "Mohalle ke electrician ka naya number «v»"],
    "TR": ["Saatçi «name» ustanın numarası «v»", "Sobacı ustanın kartı kapının arkasında duruyor, telefonu «v»"],
    "VN": ["Số chú «name» sửa đồng hồ ở chợ: «v»", "Số thợ hàn cổng dán ở cột điện: «v»"],
    "EG": ["رقم عم «name» الساعاتي في خان الخليلي «v»"], "BD": ["ঘড়ি সারাইয়ের দোকানের «name» ভাইয়ের নম্বর «v»"],
    "KR": ["시계 수리점 «name» 사장님 번호 «v»"], "CO": ["El número de don «name», el relojero de la carrera séptima: «v»"],
    "AR": ["El celu de «name», el herrero de Mataderos: «v»"], "PL": ["Numer do zegarmistrza «name» z rynku: «v»"],
    "TH": ["เบอร์ช่าง«name» ร้านซ่อมนาฬิกาตลาดเก่า «v»"], "RU": ["Телефон часовщика «name», он чинит дедушкины часы: «v»"],
    "NL": ["Het nummer van klokkenmaker «name» op de markt: «v»"], "MY": ["Nombor encik «name» yang baiki jam di Petaling Street: «v»"],
    "SA": ["رقم «name» صاحب محل تصليح الساعات «v»"], "AE": ["هاتف «name» مدربة القيادة «v»"], "CN": ["修表铺«name»师傅的电话 «v»"],
    "SE": ["Urmakaren «name» på torget nås på «v»"], "CL": ["El fono de «name», el relojero del persa Biobío: «v»"],
    "PE": ["El número de «name», el señor que arregla relojes en el jirón de la Unión: «v»"], "MA": ["Le numéro de «name», le forgeron du souk des ferronniers : «v»"],
}

SIGNATURES = [
    ("US", "Best, «name» | PTA treasurer, Brackenhollow Elementary | «v» | «e»"),
    ("US", "«name» · volunteer coordinator, repair café · mobile «v» · «e»"),
    ("GB", "Kind regards, «name» · secretary, allotment society (Mon & Wed) · «v» · «e»"),
    ("IN", "Thanks & regards, «name» | RWA secretary | «v» | «e»"),
    ("DE", "Freundliche Grüße, «name» · Schriftführerin, Uhrmacherverein · «v» · «e»"),
    ("BR", "Atenciosamente, «name» | tesoureira da associação de moradores | «v» | «e»"),
    ("FR", "Cordialement, «name» · secrétaire du club de forge · «v» · «e»"),
    ("AU", "Thanks heaps, «name» · volunteer bushfire brigade, secretary · «v» · «e»"),
    ("MX", "Saludos cordiales, «name» · tesorero del comité de la colonia · «v» · «e»"),
    ("NG", "Yours faithfully, «name» · Secretary, Old Students' Association · «v» · «e»"),
    ("CA", "Thanks, «name» · curling bonspiel convener · «v» · «e»"),
    ("PH", "Maraming salamat, «name» · kalihim ng homeowners' association · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Plaud pin transcript: send the forge-day photos over to «e», that's my personal one",
    "Meshtastic message from the hut: forward the train tickets to «e», no data up here",
    "Smart mirror footer: repair café newsletter from «e»",
    "Bcc: «e» — Subject: clock club meeting moved to the library",
    "Typeform answer · Email to reach you: «e» · Stall: antique clocks",
    "Pixel Watch read the sign-up sheet at the smithy: «name», «e», two places",
    "Depop buyer wants the receipt for the vintage strap sent to «e»",
    "Vet screen: vaccination reminders now go to «e»",
    "Cal.com booking by «name» used «e» for reminders",
    "Water-bill screen: e-bills delivered to «e»",
    "Zoom guest «name» («e») joined the allotment committee call",
    "«e», says the note taped to the forge door, is where the course waiting list goes",
]

EMAIL_LOCAL = {
    "DE": "Schick die Rechnung vom Schmiedekurs bitte an «e»; die alte Adresse liest keiner mehr",
    "FR": "Le bulletin d'inscription au stage de forge, renvoyez-le à «e» avant lundi",
    "ES": "Las fotos del curso de relojería mándalas a «e» y las cuelgo en la web",
    "BR": "O recibo do conserto do relógio vai pro e-mail da minha irmã, «e»",
    "MX": "La factura de la herrería me la mandas a «e», porfa",
    "IT": "Il preventivo dell'orologiaio mandalo a «e»",
    "JP": "時計教室の予約確認メールは «e» に届きます", "KR": "운전학원 영수증은 «e» 로 보내 주세요",
    "NL": "De foto's van de smeedworkshop graag mailen naar «e»",
    "PL": "Zgłoszenia na kurs kowalstwa przyjmujemy pod adresem «e»", "TR": "Saat tamirinin faturasını «e» adresine gönderin",
    "RU": "Квитанцию за ремонт часов пришлите на «e»", "ID": "Foto rapor anak-anak tolong dikirim lewat surel ke «e», jangan lewat grup",
    "CN": "修表的发票发到 «e»", "AR": "El recibo del taller de herrería mandalo a «e», gracias",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Hotel TV checkout screen: charge the minibar to card «v»",
    "Pixel Watch photo of the card left at the watch shop counter: «v» · «name»",
    "Beeper message from «name»: book the forge day on my card, «v», exp 09/29",
    "Meshtastic message: the hut warden takes cards, use «v», I'll sort you out later",
    "Kobo note 'Strap shop' · billed to «v»",
    "| Standing order | Card |\n| driving lessons | «v» |",
    "«v» — the card for the vet's payment plan, the old one expired",
    "Browser autofill on the water-bill page offered card «v»",
    "Text to my son: put the school camp on my card, «v», just this once",
    "Checkout screenshot for the knife-forging course: card «v»",
]

CARD_LOCAL = {
    "IN": "Driving class ki fees mere card se bhar do, number «v»", "BR": "Paga o conserto do relógio no meu cartão, o número é «v»",
    "DE": "Bezahl den Schmiedekurs mit meiner Karte, Nummer «v»", "MX": "Las lecciones del instructor de manejo, págalas con la tarjeta de tu papá, es la «v»",
    "FR": "Règle la réparation de l'horloge avec ma carte, «v»", "JP": "時計の修理代はこのカードで払って、番号 «v»",
    "CN": "修表的钱用我的卡付，卡号 «v»", "RU": "Оплати ремонт часов моей картой, номер «v»",
    "ES": "Lo de la forja del sábado lo pagas con mi tarjeta de crédito; te dicto los dígitos: «v»", "TR": "Saat tamirini benim kartımla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Plaud pin transcript, call with the clock restorer: pay the balance to IBAN «v» when it's done",
    "Revolut asked me to confirm the payee for the forge-course deposit: «name», IBAN «v»",
    "Pixel Watch read the smithy's invoice: bank transfer only, IBAN «v»",
    "«v» — the IBAN the choir treasurer read out twice at the meeting",
    "| Member | Dues come from |\n| «name» | «v» |",
    "Email from the holiday cottage: €80 to IBAN «v» secures the week",
    "Beeper message from «name»: my IBAN for the retirement-gift collection, «v»",
    "Poster at the watch museum, photographed: tower-clock restoration fund, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Uhrmacherverein, Mitteilung Nr. 7: die Beiträge für Werkzeug und Raummiete bitte ab sofort auf «v»", "Die Heizkostennachzahlung überweist ihr laut Hausverwaltung bis zum 30. auf «v»",
           "Die Fahrlehrerin geht in Rente – wer sich am Präsentkorb beteiligt, überweist auf «v»"],
    "FR": ["Pour le stage de forge, virement sur «v»", "La voisine a laissé son RIB pour le covoiturage, recopié ici : «v»"],
    "ES": ["Nota del administrador de la finca: el arreglo de la fachada se paga por transferencia a «v»", "Lo del curso de relojería, mejor por transferencia a mi cuñado: «v»"],
    "IT": ["Iscrizione al corso di forgiatura: acconto con bonifico all'associazione, «v»", "Le quote del coro si versano su «v»"],
    "NL": ["De klassenouder meldt: wie de bus naar het klokkenmuseum nog moet betalen, kan dat via «v»"], "BE": ["Wie mee wil naar het smidsmuseum, stort voor vrijdag op «v»"],
    "AT": ["Für den Schmiedekurs im Gemeindesaal überweist bitte jede Familie bis Montag auf «v»"], "PT": ["Quem vai ao encontro de relojoeiros em Braga manda a inscrição por transferência para «v»"],
    "PL": ["Na wycieczkę do muzeum zegarów rodzice wpłacają na konto klasowe «v»"], "TR": ["Apartman aidatını bu ay «v» hesabına yatırabilir misin"],
    "FI": ["Takomon viikonloppukurssi: ilmoittautuneet maksavat etukäteen tilille «v»"], "CH": ["Wer am Uhrmacher-Wochenende im Jura mitmacht, zahlt im Voraus auf «v»"],
    "NO": ["Kontingenten til smedlaget betales til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Plaud pin transcript, call with HR: routing «a», account «b» for direct deposit",
           "Gusto onboarding for the smithy's apprentice, bank step: routing number «a», account number «b»",
           "Beeper message from «name»: Zelle is acting up, send it to routing «a», account «b»",
           "| ABA routing | Account | For |\n| «a» | «b» | repair café float |",
           "The vet's refund goes back to the bank on file, the screen says: routing «a», acct «b»",
           "Landlord's magnet note for the forge space rent: ABA «a» then checking «b», pay by the 5th",
           "Photo of Grandma's pension form, the direct-deposit box in her handwriting: ABA «a», savings «b»"],
    "gb": ["Beeper message from «name»: for the leaving gift, sort code «a», account number «b»",
           "Banking app, new payee for the allotment society's deposit — sort code «a», acct «b», reference PLOT",
           "Water company overpayment claim, bank bit filled in — «a» sort code, «b» account",
           "Voice note: …okay, sort code «a», account number «b», shall I say it again…"],
    "in": ["Beeper pe «name» mausaji ki details: khata sankhya «a», IFSC code «b», shaadi ka shagun isi mein", "UPI down tha, so the watch repairer sent bank details: A/c «a», IFSC «b»",
           "Smart mirror read the message aloud: chachi ka account «a», IFSC «b»", "Pixel Watch read the cancelled cheque for the maid's salary: account «a», IFSC «b»"],
    "au": ["Meshtastic message from «name», relayed: the Landcare kitty is BSB «a», account «b»", "Farrier's handwritten docket after shoeing the ponies: direct deposit to BSB «a», account «b»"],
    "ca": ["«name» replied in the bonspiel thread: Interac bounced, so use transit «a» and account «b»", "New-hire sheet at the hardware store, banking section: transit «a» / account «b», void cheque attached"],
    "br": ["O relojoeiro só aceita depósito: Banco do Brasil, agência «a», conta «b», manda o comprovante depois", "Dados que o serralheiro passou pelo zap pra quitar a grade da janela — agência «a», c/c «b»"],
    "mx": ["La CLABE del relojero para pagar la restauración: «a»", "Cooperación para las luces navideñas de la cuadra: transferencia a la CLABE «a», doña Chela lleva la lista",
           "Aviso del instructor de autoescuela: si transfieren desde la app del banco, usen la CLABE «a»"],
    "ng": ["Message from «name»: «bank» «a», for the old students' levy", "Voice note from the welder after fixing the gate: send the balance to my «bank» account «a» sharp sharp",
           "Church noticeboard (photo): harvest fund, «bank» account number «a»"],
    "za": ["Stokvel WhatsApp, «name» as treasurer: December contributions via EFT, branch «a» and account «b»", "The borehole drillers' quote, last page: deposit into branch «a», cheque account «b», 50% upfront"],
    "ar": ["Mensaje de «name» del taller de herrería: el carbón de este mes lo pagamos entre todos, mi CBU es «a»", "Para el viaje de egresados, la comisión pasó un CBU: «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Plaud pin transcript, call with the Social Security office: the number I read them was «v»",
                      "Tax software chat, the agent asked for my husband's social again, so I typed «v»", "Beeper, me to my sister: the nursing-home intake form wants Dad's Social Security, it's «v»",
                      "Pixel Watch glanced at the new-hire packet on the table, Social Security box: «v»", "«v» — Grandpa's Social Security number, the cardiologist's front desk asked for it",
                      "Vet-school financial aid form: student SSN «v»", "| Dependent | SSN |\n| daughter | «v» |",
                      "The hotel TV's message banner showed Mom's text, mortgage papers: SS# «v»", "Co-signing my nephew's apartment, the landlord portal made me key in my Social Security number: «v»"]),
    "in_aadhaar": ("IN", ["Naye LPG cylinder ki booking agency ne Nanaji ka Aadhaar maanga, yeh raha: «v»", "Aadhaar «v» — Naniji ka, pension KYC ke liye",
                          "Pixel Watch read the Aadhaar card on the table: «v»", "Driving licence form: applicant's Aadhaar «v»"]),
    "in_pan": ("IN", ["Zerodha account khulwana hai, KYC screen pe PAN daala: «v»", "Advance tax challan bharne ke liye Papa ka PAN, diary se utaara: «v»", "Didi ke home loan ki file mein PAN chahiye tha, bank wale ko WhatsApp kiya: «v»"]),
    "br_cpf": ("BR", ["A recepção da clínica de olhos pediu o CPF da minha mãe pelo telefone: «v»", "Matrícula na autoescola: eles pedem o CPF do aluno, anotei aqui «v»",
                      "A moça do caixa perguntou se queria CPF na nota, passei o «v»", "Pra pegar o remédio de diabetes na farmácia popular pediram o CPF do vô: «v»"]),
    "mx_curp": ("MX", ["Para la pensión del bienestar, la abuela necesita llevar impresa su CURP: «v»", "La secundaria pide la CURP del niño para la inscripción: «v»"]),
    "mx_rfc": ("MX", ["El herrero me pidió mi RFC para timbrar la factura del barandal: «v»"]),
    "gb_nhs": ("GB", ["The GP surgery phoned and asked for Mum's NHS number before the home visit: «v»", "Hearing clinic letter says to quote our daughter's NHS number on the slip: «v»"]),
    "de_idnr": ("DE", ["Die Steuerberaterin braucht Omas Steuer-ID, sie steht auf dem letzten Bescheid: «v»", "Für den Kindergeldantrag will die Familienkasse die Steuer-ID der Kleinen: «v»"]),
    "fr_nir": ("FR", ["L'ostéopathe demande mon numéro de sécurité sociale pour la facture : «v»", "Dossier de la mutuelle, numéro de sécu de maman : «v»"]),
    "es_dni": ("ES", ["Para la tarjeta dorada de Renfe del abuelo hace falta su documento de identidad: «v»", "Para el examen teórico de tráfico hay que llevar el DNI, el mío es «v»"]),
    "es_nie": ("ES", ["La inmobiliaria quiere el NIE de mi compañero de piso: «v»"]),
    "it_codicefiscale": ("IT", ["La commessa della ferramenta ha chiesto il codice fiscale per la fattura: «v»", "Codice fiscale della nonna per prenotare l'esame: «v»"]),
    "ca_sin": ("CA", ["Plaud pin transcript, call with Service Canada: my SIN is «v»", "Mom's CPP survivor application, box 4 with her social insurance number: «v»"]),
    "id_nik": ("ID", ["Formulir pendaftaran sekolah minta NIK anak, kusalin dari KK: «v»", "Untuk daftar BPJS, petugas kelurahan mencatat NIK bapak: «v»"]),
    "pk_cnic": ("PK", ["Bijli ke naye meter ka form kehta hai CNIC number likho, Abbu wala: «v»"]),
    "tr_tckimlik": ("TR", ["e-Nabız'a giriş için babaannemin kimlik numarasını yazdım: «v»"]),
    "pl_pesel": ("PL", ["Do e-recepty babci farmaceutka poprosiła o PESEL: «v»"]),
    "za_idnr": ("ZA", ["Mkhulu's voice note from the SASSA queue: they want my ID number again, «v»"]),
    "kr_rrn": ("KR", ["운전면허 적성검사 신청서에 어머니 주민번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["给爷爷办医保卡用的身份证号 «v»"]),
    "jp_in": ("JP", ["年末調整で会社に出した母のマイナンバー «v»"]),
    "au_tfn": ("AU", ["The smithy's payroll form wanted my tax file number, it's «v»"]),
    "nl_bsn": ("NL", ["De apotheek vraagt het burgerservicenummer van opa, BSN «v»"]),
    "th_pin": ("TH", ["คลินิกขอเลขบัตรประชาชนของยายก่อนนัดตรวจ «v»"]),
    "my_nric": ("MY", ["Borang sekolah memandu minta nombor kad pengenalan emak, saya salin: «v»"]),
    "ar_cuit": ("AR", ["La contadora pidió el CUIT de mi papá para la factura del taller: «v»"]),
    "cl_rut": ("CL", ["Para sacar hora en el Cesfam hay que poner el RUT del tata: «v»"]),
    "se_personnummer": ("SE", ["Vårdcentralen ville ha morfars personnummer för att boka hörselkontrollen: «v»"]),
    "ie_pps": ("IE", ["The fuel allowance form for Grandad asks for his PPS number, «v»"]),
    "pt_nif": ("PT", ["O relojoeiro pôs o NIF do meu pai na fatura do conserto: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Forge-day waiver read by the Pixel Watch at the gate — guardian «name»; SSN «ssn»; cell «phone»; email «email»", ("ssn", "phone", "email")),
    ("US", "Dog daycare tablet check-in: «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Medical-bill dispute packet, page 1 (photo): patient «name», SSN «ssn», daytime phone «phone»", ("ssn", "phone")),
    ("US", "Edge filled the smithy's gift-voucher form by itself: «email» in the email box, «card» as the card", ("email", "card")),
    ("US", "«name», who runs the clock club on Thursdays, wants the minutes mailed to «email» and changes texted to «phone»", ("email", "phone")),
    ("US", "Plaud pin transcript, call with the DMV: SSN «ssn», callback «phone», confirmation to «email»", ("ssn", "phone", "email")),
    ("US", "Forge birthday party booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Parent email | Parent SSN (for the FAFSA) |\n| «email» | «ssn» |", ("email", "ssn")),
    ("US", "Kodak kiosk printout at the drugstore, order summary: paid card «card», e-receipt «email»", ("card", "email")),
    ("GB", "Village hall booking form (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Nagpur water board grievance, acknowledgement page: mobile on record «phone», email «email», fee paid by card «card»", ("phone", "email", "card")),
    ("CA", "Bonspiel carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
