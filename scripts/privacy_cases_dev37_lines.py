"""Where the dev37 privacy set's numbers and addresses turn up (``privacy_cases_dev37.py``):
what a personal agent's sensors record (Brinno and Comica clips, Nextbase, Vantrue, 70mai, Miofive and
Redtiger dashcams, Zoom H4 and H6, Tascam Portacapture and Rodecaster recordings, Timekettle,
Pocketalk, Langogo and Fluentalk transcripts, Shokz, Jabra and Nothing Ear earbuds, a TicWatch, a
Kospet and a Xiaomi Smart Band, Blurams, Yi Home and Wuuk cameras and doorbells, a Vivint panel, an
Aura frame, Loop Habit Tracker, Strides and Bellabeat apps, JusTalk, ToTok, Nimbuzz, Siskin, Tinode,
FluffyChat, SchildiChat, Nheko and Cinny messages, Youform and involve.me
submissions, Rocketbook and Livescribe pages, a Neo smartpen's notes, a lapidary club's rock swaps,
cabochon nights, quarry field trips and gem shows, a woodturning club's demonstrations,
lathe hire, wood swaps and shows, a value written before its label, a label a sentence or a line
away from its value; audiology, physiotherapy, travel-clinic and dental-hygienist screens), English
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
    "Brinno time-lapse of the club's rock-saw bench, frame 412: chalked on the slab rack, 'saw-blade keeper «name», mobile «v»'",
    "Field-trip leader's cell, read aloud by Timekettle at the quarry gate so the carpool could note it: «v», ask for «name»",
    "Zoom H4 memo from the lathe shed: 'if the dust extractor trips again, phone «name» on «v», he has the spare fuse'",
    "Nextbase clip, passenger mumbling while we drove to the agate beds: «name»'s number is «v», she'll unlock the ranch gate",
    "Wood-swap flyer on the village-hall corkboard: burr elm and spalted beech going free, collect Saturday, call «name» — «v»",
    "Vantrue cabin camera caught the taxi driver's card wedged in the visor: «name», airport runs, «v»",
    "Rocketbook page scanned after the bowl-turning demo: guest turner «name», contact «v», fee agreed, bring own gouges",
    "Shokz earbud voicemail transcript: hi it's «name» from the gem-cutting supplier, about the faceting lap you ordered, call me back on «v»",
    "Aura frame slideshow paused on a photo of the fridge list: plumber «name» «v», vet after hours, bin day Thursday",
    "Loop Habit Tracker note on the 'polish one cabochon' habit: ask «name» (tel. «v») about the Tuesday dop-stick group",
    "Jabra call log synced to the laptop: missed ×3, «name», «v», no voicemail left",
    "Livescribe page from the rockhounds' meeting, margin: tumbler repairman «name» ☎ «v» — quote by Friday",
    "TicWatch reply draft the rockhound dictated at the bus stop: «name» says text her at «v» if the practice is cancelled",
    "Youform entry 'woodturning taster evening', field 'Phone we can reach you on': «v», field 'Your name': «name»",
    "70mai parking-mode clip: a note under the wiper, 'you blocked my drive, «name», call «v» before I ring the council'",
    "Comica lav mic still live in the coffee queue: «name» spelling out her mobile to the barista for the loyalty scheme, «v»",
    "Nheko room 'Rockhounds, north district': new member «name» introduced himself, phone «v», owns a 10-inch trim saw",
    "Blurams porch camera audio: courier reading the label aloud, 'for «name», contact number «v», signature needed'",
]

PHONE_LINKS = [
    "QR on the back of the woodturning show programme opens https://wa.me/«vW»?text=Table%20booking%20for%20the%20show",
    "Gem show poster, bottom strip: questions about dealer tables or the kids' geode cracking? https://api.whatsapp.com/send?phone=«vW»",
    "Lapidary club donation page source, copied by the webmaster into Cinny: <a href=\"tel:«vE»\" class=\"donate-phone\">Phone the treasurer</a>",
    "Notification mirrored from the club's shared tablet: Business card from the lathe dealer, scanned by CamCard: BEGIN:VCARD\\nVERSION:3.0\\nFN:«name»\\nTITLE:Turning tools\\nTEL;TYPE=work:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Kaka ne SchildiChat pe bheja: kal patthar ghisne wali machine ka mistri aayega, «name», unka number «v», gate pe intezaar karna",
           "Mandir samiti ki diary, pichhla panna: kaarigar «name» — mob. «v» — lakdi ki nakkashi ka kaam",
           "Timekettle ne chachi ki baat likhi: 'beta, tuition wale sir ka phone number «v» hai, naam «name», shaam ko call karna'"],
    "BR": ["Áudio do Tinode transcrito: o torneiro da oficina, «name», pediu pra ligar no celular «v» depois das seis",
           "Bilhete na porta do clube de lapidação: lapidário «name», telefone «v», aula de sábado confirmada"],
    "DE": ["Zettel am Schwarzen Brett der Drechslergruppe: Drechselbank abzugeben, Handy «v», Ansprechpartner «name»",
           "Mineralienbörse abgesprochen — Standbetreuer «name», Festnetz/Mobil: «v»"],
    "MX": ["Mensaje de voz en JusTalk: soy «name», el carpintero del torno, mi celular es el «v», ahí me avisas",
           "Papelito pegado en la vitrina de minerales: para pulir ópalos hablar con «name», cel. «v»"],
    "FR": ["Note vocale sur Siskin : “c'est «name», le tourneur sur bois, rappelle-moi au «v» pour le stage”",
           "Affiche de la bourse aux minéraux : tables exposants sur réservation, portable «v», demander «name»"],
    "ID": ["Pesan di FluffyChat: pak «name» yang bikin mangkuk kayu jati, nomor HP-nya «v», bisa pesan buat hajatan"],
    "PH": ["Sabi ni Tita sa ToTok, tawagan mo si «name» sa «v», siya yung nagpapakinis ng mga batong hiyas sa palengke"],
    "JP": ["鉱物同好会の採集会名簿の裏：世話役 «name» さん 携帯 «v» まで連絡のこと",
           "木工旋盤教室の申込用紙、連絡先欄：«v»（«name»）"],
    "ES": ["Audio de Nimbuzz pasado a texto: el lapidario, «name», dice que le llames al móvil «v» antes del domingo"],
    "IT": ["Biglietto lasciato in bacheca al circolo mineralogico: per tagliare le geodi chiamare «name», cellulare «v»"],
    "TR": ["Ahşap tornacı «name» ustanın numarası «v», kaşık siparişi için akşam arayın demiş"],
    "KR": ["목공 선반 동호회 단톡 공지: 이번 달 강사 «name» 선생님, 연락처 «v»"],
    "PL": ["Kartka na giełdzie minerałów: szlifierz «name», telefon komórkowy «v», kaboszony na zamówienie"],
    "RU": ["Записка на витрине с камнями: гранильщик «name», моб. тел. «v», звонить после обеда"],
    "EG": ["رسالة صوتية: النجار «name» صاحب المخرطة، رقم موبايله «v»، كلمه قبل الظهر"],
    "VN": ["Tin nhắn FluffyChat của bác: thợ tiện gỗ «name», số điện thoại «v», làm bát gỗ đẹp lắm"],
    "BD": ["Read aloud off the wood-swap trailer's dashboard: পাড়ার কাঠমিস্ত্রি «name», মোবাইল নম্বর «v», আলমারির পায়া বানাতে ফোন দিও"],
    "PK": ["Chacha ne kaha lakri ke kharad wale «name» ko «v» par phone kar lo, woh sasta kaam karta hai"],
    "CO": ["Nota de voz: don «name», el tornero de Envigado, su celular es «v», que le marques antes del puente"],
    "AR": ["Dejó dicho en el contestador: «name», el del torno de madera, celu «v», que lo llames por los mates"],
    "TH": ["โน้ตบนกระดานตลาดนัด: ช่างกลึงไม้ «name» เบอร์มือถือ «v» รับทำระฆังลมไม้"],
}

SIGNATURES = [
    ("US", "«name» · Field Trip Chair, Coyote Ridge Rockhounds · cell «v» · «e»"),
    ("GB", "«name»\nTreasurer, Wealdhurst Lapidary & Mineral Society\nMob: «v» | Email: «e»"),
    ("IN", "Regards,\n«name» | Woodcraft & Lathe Works, Saharanpur | Mob «v» | «e»"),
    ("DE", "Glück auf und bis zum nächsten Stammtisch!\n«name», Kassenwart der Drechslerrunde Annaberg im Erzgebirge\nRuf: «v» | Post an: «e»"),
    ("BR", "Abraço,\n«name» · Oficina de Tornearia Pinheiral · Cel/Zap «v» · «e»"),
    ("FR", "Cordialement,\n«name», trésorière — Club de lapidaires du Jura\nPortable : «v» — Courriel : «e»"),
    ("AU", "Ta heaps for the demo, see you at the next swap\n«name» — minutes secretary, Gumleaf Woodturners Guild, Bairnsdale\nPh «v» · «e»"),
    ("NG", "Warm regards,\n«name» | Ebony Turnery & Crafts, Enugu | Tel: «v» | Email: «e»"),
    ("CA", "«name» — Show Coordinator, Kingsbridge Gem & Cabochon Club — phone «v» — «e»"),
    ("MX", "Snapped off a cousin's lock screen: Saludos cordiales,\n«name» · Taller de Torneado Tlaquepaque · Cel. «v» · Correo «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Specimen finds now go straight to the club's collection curator, «name», at «e» — include locality, date and a photo",
    "Zoom H6 minutes of the turners' committee: for lathe hire forms email «name» («e»), not the old Yahoo group",
    "Bellabeat journal entry, evening: finally sent the cabochon template sizes to «name» at «e», fingers crossed",
    "Strides reminder text: 'send the demo photos to «name», email address «e», before the newsletter deadline'",
    "Livescribe note from the rockhounds' AGM: quarry permit requests by email only → «e» («name»)",
    "TicWatch dictation: reply to the wood swap, «name», her email is «e», tell her the walnut's already gone",
    "Handout at the faceting course, footer: course administrator «name» — e-mail «e» — no phone calls please",
    "Youform thank-you page after booking a turning lesson: a confirmation will come from «name», «e»",
]

EMAIL_LOCAL = {
    "DE": "Rundschreiben der Mineralienfreunde: Anmeldungen zur Steinbruchexkursion bitte per E-Mail an «name», «e»",
    "FR": "Inscriptions au stage de tournage : écrire à «name», adresse électronique «e»",
    "ES": "Para reservar plaza en el taller de torno, correo electrónico de «name»: «e»",
    "BR": "Inscrição no curso de tornearia: mandar e-mail pra «name» no «e» até sexta",
    "JP": "鉱物採集会の申し込みは «name» さんのメールアドレス «e» へ",
    "KR": "목선반 체험 신청은 이메일 «e» («name» 총무)로 보내 주세요",
    "IT": "Per l'escursione in cava scrivete a «name», indirizzo e-mail «e»",
    "PL": "Zapisy na warsztaty toczenia w drewnie: e-mail do «name» — «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Woodcraft supplier checkout autofill, 'Card number' field glowing yellow: «v», exp and CVC left blank",
    "«name» read it to the gem supplier over the phone while Jabra recorded the call: card number «v», billing same as delivery",
    "Rocketbook scan of the turning club's order sheet: Henry Taylor bowl gouge, paid on card «v» (card holder «name»)",
    "Kospet watch screenshot of a banking notification, card ending shown in full by mistake: «v»",
    "Faceting course booking email draft left in outbox: 'please charge my card, number «v», for the residential weekend'",
    "Pocketalk transcript at the hardware store counter: the clerk repeated the card number back, «v», and asked for the zip",
    "Travel-clinic payment screen on the kiosk: vaccines £ due, card no. «v», patient «name»",
]

CARD_LOCAL = {
    "IN": "Lathe ke chisel set ka order, card number «v», «name» ke naam pe — OTP abhi tak nahi aaya",
    "BR": "Número do cartão pro pagamento da inscrição no encontro de torneiros: «v» (titular «name»)",
    "DE": "Bestellung Drechselholz: Kartennummer «v», Karteninhaber «name», bitte nicht speichern",
    "MX": "Pago del anticipo del torno: número de tarjeta «v», a nombre de «name»",
    "FR": "Paiement de l'adhésion au club de tournage, numéro de carte «v», titulaire «name»",
    "JP": "木工旋盤の部品代、クレジットカード番号 «v»（名義 «name»）で決済",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Club rock-saw appeal leaflet: donations by bank transfer to IBAN «v», reference SAWFUND, account name «name»",
    "Zoom H4 recording of the club treasurer: 'the hall hire goes to «v», that's the IBAN, in «name»'s name'",
    "Invoice from the timber yard, payment details box — IBAN: «v» · beneficiary: «name»",
    "Tascam Portacapture memo: reimburse «name» for the diamond wheels, her IBAN is «v»",
    "SchildiChat message from the organiser: pay the quarry-trip minibus share into «v» (IBAN), «name»",
    "Vivint panel photo with a sticky note beside it: rent → IBAN «v», landlord «name»",
]

IBAN_LOCAL = {
    "DE": ["Überweisung für den Drechselkurs an «name», IBAN «v», Verwendungszweck: Kursgebühr",
           "Spendenkonto Schleifmaschinen-Fonds — Kontoinhaber «name» — IBAN «v»"],
    "FR": ["RIB pour la cotisation des sonneurs : IBAN «v», titulaire «name»"],
    "ES": ["Glimpsed in the wood-swap trailer's dashboard: Cuota del taller de torno: transferencia a la cuenta IBAN «v» a nombre de «name»"],
    "IT": ["Bonifico per la nuova sega da taglio: IBAN «v», intestato a «name»"],
    "NL": ["Contributie draaiersgilde overmaken naar IBAN «v» t.n.v. «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Copied from the wood-swap trailer's dashboard: Direct-deposit form for the turning instructor stipend: routing number «a», checking account number «b»",
           "Timekettle caught Dad at the bank drive-through: 'routing «a», and the account's «b», under «name»'",
           "Gem-show hall grant paperwork, ACH section — ABA routing «a» · account no. «b»"],
    "gb": ["Bank details for the quarry outing coach: sort code «a», account number «b», name «name»",
           "Photo of the lathe shed whiteboard: Woodturners' show stall refund to «name»: sort code «a» / account no. «b»"],
    "in": ["Glimpsed in Mum's kitchen calendar: NEFT details for the lathe purchase — A/c no. «a», IFSC «b», account holder «name»",
           "Lapidary club ke tumbler fund mein chanda: khata sankhya «a», IFSC code «b»"],
    "au": ["Pay the guild's demo fee by EFT: BSB «a», account number «b», account name «name»"],
    "ca": ["Glimpsed in a workshop apron pocket note: Void cheque details for the faceting course refund: transit/institution «a», account «b»"],
    "br": ["Pix não caiu, então o torneiro «name» mandou no Tinode a agência «a» e a conta corrente «b» da cooperativa pra transferência"],
    "mx": ["Transferencia para la compra de madera de parota, CLABE interbancaria «a», beneficiario «name»"],
    "ng": ["Saved from the quarry trip clipboard: Send the turning class fee to «bank», account number «a», account name «name»",
           "Abeg pay the carpenter balance: «bank» acct no «a», na «name» get am"],
    "za": ["EFT for the woodturning club subs: branch code «a», account number «b», «name»"],
    "ar": ["Transferime la seña del torno al CBU «a», titular «name», y mandame el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Notification mirrored from the rockhounds' carpool thread: Audiology intake tablet, insurance page: Social Security number «v», patient's own",
                      "Comica mic picked up the tax preparer: 'and your SSN is «v», let me confirm that'"]),
    "in_aadhaar": ("IN", ["Physiotherapy clinic ka registration form: Aadhaar number «v», photocopy attach karo"]),
    "in_pan": ("IN", ["Lathe supplier ne GST bill ke liye PAN maanga — PAN: «v»"]),
    "br_cpf": ("BR", ["Cadastro na loja de ferramentas: CPF «v», nota fiscal no nome do comprador"]),
    "mx_curp": ("MX", ["Formulario de inscripción al curso de torno: CURP «v»"]),
    "mx_rfc": ("MX", ["Screenshot from the faceting class handout: Factura del taller de carpintería, RFC del cliente: «v»"]),
    "gb_nhs": ("GB", ["Travel-clinic booking, patient details panel: NHS number «v», yellow fever due"]),
    "de_idnr": ("DE", ["Lohnsteuerbescheinigung der Drechslerei-Aushilfe, Feld Identifikationsnummer (IdNr.): «v»"]),
    "fr_nir": ("FR", ["Pinned in Mum's kitchen calendar: Feuille de soins du kiné, case numéro de sécurité sociale : «v»"]),
    "es_dni": ("ES", ["Screenshot from the club's shared tablet: Ficha de socio del taller de torno, DNI «v»"]),
    "es_nie": ("ES", ["Inscripción del lapidario extranjero, NIE: «v»"]),
    "it_codicefiscale": ("IT", ["Glimpsed in the quarry trip clipboard: Modulo per il rimborso del fisioterapista, codice fiscale «v»"]),
    "ca_sin": ("CA", ["Screenshot from a cousin's lock screen: Payroll form for the gem show custodian: Social Insurance Number «v»"]),
    "id_nik": ("ID", ["Formulir pendaftaran klinik gigi, NIK KTP: «v»"]),
    "pk_cnic": ("PK", ["Forwarded out of the tumbler room corkboard: Mistri ka shanakhti card number (CNIC): «v», register mein likh lo"]),
    "tr_tckimlik": ("TR", ["Diş hijyenisti randevu formu, T.C. Kimlik No: «v»"]),
    "pl_pesel": ("PL", ["Skierowanie na fizjoterapię, PESEL pacjenta «v»"]),
    "za_idnr": ("ZA", ["Saved from the lathe shed whiteboard: Woodturning guild membership form, SA ID number: «v»"]),
    "kr_rrn": ("KR", ["치위생 진료 접수지 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["木工培训报名表 身份证号码：«v»"]),
    "jp_in": ("JP", ["Screenshot from the gem show volunteers' chat: 歯科衛生士の受付票、マイナンバー「«v»」"]),
    "au_tfn": ("AU", ["New volunteer fossil-walk guide, tax file number «v» on the payroll sheet"]),
    "nl_bsn": ("NL", ["Forwarded out of Grandad's fridge door: Aanmelding fysiotherapeut, burgerservicenummer (BSN) «v»"]),
    "th_pin": ("TH", ["ใบสมัครเรียนกลึงไม้ เลขประจำตัวประชาชน «v»"]),
    "my_nric": ("MY", ["Screenshot from the swap-meet cash tin lid: Borang pendaftaran kelas larik kayu, No. MyKad: «v»"]),
    "ar_cuit": ("AR", ["Factura del tornero, CUIT del comprador «v»"]),
    "cl_rut": ("CL", ["Transcribed from the rockhounds' carpool thread: Boleta de la ferretería, RUT del cliente: «v»"]),
    "se_personnummer": ("SE", ["Transcribed from the slab-saw logbook: Anmälan till svarvkursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Rock-shop volunteer's tax form, PPS number: «v»"]),
    "pt_nif": ("PT", ["Fatura da serração de madeira, NIF do cliente: «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Rockhound weekend sign-up, handwritten: cell «phone»; mail «email»; SSN for the insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Lathe rental agreement, renter «name»: phone «phone», deposit on card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Forwarded out of a cousin's lock screen: Dental hygienist new-patient form: email «email», card on file «card», Social Security no. «ssn»", ("email", "card", "ssn")),
    ("GB", "Woodturning show exhibitor form: mobile «phone», e-mail «email», stall fee card «card»", ("phone", "email", "card")),
    ("IN", "Gem-show stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Quarry outing registration — phone «phone» — card number for the coach «card»", ("phone", "card")),
]
