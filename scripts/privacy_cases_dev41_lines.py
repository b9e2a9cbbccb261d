"""Where the dev41 privacy set's numbers and addresses turn up (``privacy_cases_dev41.py``):
what a personal agent's sensors record (BlackVue, Finevu, Iroad, Uniden, Kingslim, Roav and
Blueskysea dashcam footage, Aomago recordings, Vormor and Birgus transcripts, Soundpeats, Jaybird,
Urbanears, Enacfire, pTron and Boult earbuds, a Skagen, a Maimo, a Timex and an AsteroidOS watch,
Imilab and Vicohome cameras, a Jablotron panel, Angelcare, Babysense and VTech baby monitors,
Moodpath, Moodfit, eMoods, Insight Timer, Pacer,
Runtastic, BetterSleep, Sleepa, Sleeptracker, Endel, WindGuru, PredictWind, iKitesurf, Sailmon and
SailGrib, Adium, Empathy, Tchap and Nandbox messages, Leuchtturm pages, a bobbin-lace circle's pillow
nights, pricking workshops, lace days and lace fair, a land-yacht club's beach sessions on the
sand and the salt lake, rigging clinics, race weekends and beach festival, a value written before its
label, a label a sentence or a line away from its value; rheumatology, allergy, endocrinology,
speech-therapy and pain-clinic screens), English first, then in the words of the set's other countries.

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
    "BlackVue clip from the pillow night, the convenor holds up a pricking card: bobbin turner «name», ring «v» to borrow the winder",
    "Finevu dashcam audio on the drive to the salt lake: the race officer reads the tow-truck man's details off her clipboard, «name», «v», north gate",
    "Aomago recorder left on in the kart shed: «name» spells his mobile out for the pit-crew list, «v», twice because of the wind",
    "Rota pinned inside the sail-bag locker: Saturday rigging clinic keys with «name», mobile «v», shutters down at four",
    "Soundpeats voicemail, transcribed: hiya it's «name», I've got your spare wheel bearings in my boot, buzz me on «v»",
    "Leuchtturm page scanned after the Bucks point class: guest teacher «name», phone «v», already paid for the linen thread",
    "Skagen watch buzz during the lace day: «name» shared a contact card, «v», 'the man who turns pear-wood bobbins'",
    "Adium window with the lace circle's group chat: newcomer «name» left her number «v», happy to wind spangles for beginners",
    "Iroad rear clip: flyer under the wiper, 'land-yacht taster afternoons on the dunes, book with «name» on «v»'",
    "Pacer note on the step goal: ask «name» (mobile «v») whether the beach walk counts for the sponsored lace-a-thon",
    "Urbanears recap behind the lace fair tables: Aomago take at festival set-up: if the start flags aren't planted by nine ring «name», «v», he has the sledgehammer",
    "Leuchtturm margin beside a sketch of a torchon fan: «name», «v», spare pins and a prick board",
    "Vicohome doorbell audio: courier reading the label, 'three boxes of lace bobbins for «name», phone «v», fragile, leave with a neighbour'",
    "pTron recap behind the lace fair tables: Jaybird call log read out by the assistant: outgoing, 5 min, «name», «v», 'about the kart with the bent mast'",
    "Imilab camera at the circle's room door caught the pinboard: pillow repairs and new bolster covers, «name», text «v»",
    "Timex notification behind the lace fair tables: Angelcare frame beside the kart trailer: Uniden dashcam audio: the driver repeats the trailer-hire number, «v», ask for «name» at the yard",
    "Maimo buzz by the rigging bench: Angelcare monitor heard Dad on the phone on the landing: 'yeah it's «name», my number's «v», for the land-yacht raffle'",
    "Leuchtturm note from planning the beach festival: minibus driver «name», mobile «v», pick-up at the bus station at eight",
    "Angelcare frame by the sail-bag locker: Moodpath entry: finally rang «name» about the christening lace, saved her number as «v», felt better after",
    "Timex notification by the rigging bench: Skagen glance at the thread stall: Empathy chat window: «name» wrote 'text me on «v» for the gybing clinic, no calls during school hours'",
]

PHONE_LINKS = [
    "Aomago take at the thread stall: Babysense frame on the dune car park: Lace fair programme, the QR on the back page opens https://wa.me/«vW»?text=Pillow%20hire",
    "Kingslim frame beside the kart trailer: Imilab frame in the pillow room: Beach festival poster, small print under the kart drawing: book a taster ride https://api.whatsapp.com/send?phone=«vW»&text=taster",
    "Maimo buzz in the pillow room: VTech monitor frame by the sail-bag locker: Page source of the sand-yacht club's contact page, pasted into Nandbox by the secretary: <a class=\"dial\" href=\"tel:«vE»\">Call the kart shed</a>",
    "Pear-wood bobbin turner's card, forwarded into the circle's Tchap room as a .vcf: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:Pear & Spindle Bobbins\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Angelcare frame on the dune car park: Kingslim frame next to the pin tin: Chachi ne Nandbox pe bheja: lace ki bobbin banane wale kaarigar «name» ka number «v» hai, Shanivaar ko bulana",
           "Beach kart camp ke register ka aakhri panna: instructor «name», phone «v», helmet apna laana zaroori",
           "Vormor transcript in the pillow room: Birgus transcript beside the kart trailer: Birgus translator ne Pondicherry ke lace ghar ki baat likhi: 'pillow «name» ji bechte hain, unka number «v» hai'"],
    "BR": ["Recado no Tchap: o torneiro de bilros «name» pediu pra ligar no celular «v» antes da feira de renda",
           "Bilhete no galpão dos carrinhos a vela: instrutor «name», zap «v», turma de domingo lotada"],
    "DE": ["Jablotron keypad photo at the thread stall: Zettel im Klöppelkreis: Klöppelkissen neu beziehen lässt «name», erreichbar unter «v», am liebsten abends",
           "Notiz vom Strandsegeltreff in Sankt Peter-Ording — Segelmacherin «name», Handynummer «v»"],
    "MX": ["Audio en Empathy: habla «name», la que vende bolillos para encaje, mi número es «v», márcame el martes",
           "Anuncio en la playa de Chachalacas: paseos en velero de tierra con «name», informes al «v»"],
    "FR": ["Kingslim frame under the wind mast: Message Adium : “c'est «name», pour l'atelier de dentelle aux fuseaux du Puy appelle-moi au «v»”",
           "Birgus transcript by the rigging bench: Babysense frame at the scrutineering bay: Affiche du club de char à voile de Berck : inscriptions auprès de «name», tél. «v»"],
    "ID": ["Finevu frame on the salt lake: Pesan di Tchap: bu «name» yang menjual bantal renda untuk sanggar, nomor HP «v», bisa antar hari Sabtu"],
    "PH": ["Sabi ni Tita sa Nandbox, tawagan mo si «name» sa «v», siya ang nagtuturo ng lace para sa pista"],
    "JP": ["ボビンレース教室の連絡網、五番目：«name» さん 携帯 «v»",
           "ランドヨット練習会のメモ：砂浜の倉庫の鍵は «name» さん（«v»）に連絡"],
    "ES": ["Uniden dashcam still at the thread stall: Nota en Adium: la encajera de bolillos, «name», dice que la llames al «v» para lo del mundillo del colegio"],
    "IT": ["Jaybird recap at the launch flags: Uniden dashcam still at the scrutineering bay: Avviso nella scuola di merletto a tombolo: per il corso del sabato chiamare «name», cell. «v»"],
    "TR": ["Oya ustası «name» hanımın numarası «v», mekik oyası siparişi için akşamüstü arayın"],
    "KR": ["Soundpeats earbud recap at the scrutineering bay: 랜드요트 동호회 공지: 이번 해변 대회 담당 «name» 님 휴대폰 «v»"],
    "PL": ["Kartka w pracowni koronki klockowej: nowe poduszki — «name», komórka «v»"],
    "RU": ["BlackVue still on the dune car park: Объявление в кружке вологодского кружева: «name», телефон «v», запись на коклюшки"],
    "EG": ["رسالة على Tchap: مدرّبة الدانتيل «name»، رقم موبايلها «v»، بتعمل ورش للبنات"],
    "VN": ["Tin nhắn Nandbox: cô dạy móc ren «name», số điện thoại «v», lớp tối thứ Bảy"],
    "BD": ["Babysense monitor caught it in the nursery: লেস বোনার শিক্ষিকা «name», ফোন «v», রবিবার সকালে ক্লাস"],
    "PK": ["Maimo buzz under the wind mast: Urbanears recap at the thread stall: Lace ke kaam wali baaji «name» ka number «v» hai, jahez ke dupatte ke liye unhi se baat karna"],
    "CO": ["Vicohome frame by the sail-bag locker: Vormor transcript by the bobbin cupboard: Audio en Empathy: doña «name», la que hace encaje de bolillo en Cartagena, su celular es «v»"],
    "AR": ["Babysense frame at the thread stall: Lo dejó grabado en el contestador: «name», el del club de carrovelismo de Claromecó, celu «v»"],
    "TH": ["ป้ายที่ชายหาดชะอำ: ครูสอนแล่นเรือบก «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · Race Director, Oregon Coast Landsailors · cell «v» · «e»"),
    ("GB", "Best,\n«name»\nSecretary, Olney Bucks Point Lacemakers\nMob: «v» · «e»"),
    ("IN", "With warm regards,\n«name» | Chennai Lace Circle, Mylapore | Mob «v» | «e»"),
    ("DE", "Mit klöppelnden Grüßen\n«name», Kassenwartin des Klöppelkreises Annaberg\nTel. «v» · Mail «e»"),
    ("BR", "Bons ventos,\n«name» · Clube de Carrinho a Vela de Cassino · Cel «v» · «e»"),
    ("FR", "Bien amicalement,\n«name», secrétaire — Dentellières du Velay, Le Puy\nPortable : «v» — «e»"),
    ("AU", "Sails up,\n«name» — Commodore, Lake Lefroy Landyachts, Kambalda\nM «v» · «e»"),
    ("NG", "Kind regards,\n«name» | Lekki Beach Sand-Kart Club | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Registraire, Char à voile Sauble Beach — tél «v» — «e»"),
    ("ZA", "Regards,\n«name» · Langebaan Lace Circle · Cell «v» · «e»"),
    ("KE", "Asante sana,\n«name» | Diani Beach Landsailing | Tel «v» | «e»"),
    ("MX", "Con cariño desde el mundillo,\n«name» · Encaje de Bolillo Aguascalientes · Cel. «v» · «e»"),
    ("PH", "Maraming salamat po,\n«name» · Lingayen Beach Land Yacht Club · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "The pillow-hire waiting list is kept by «name» now; send your preferred month to «e»",
    "Uniden dashcam still at the launch flags: pTron recap behind the lace fair tables: VTech monitor frame on the dune car park: Aomago take from the club AGM: kart bookings go by email to «name» at «e», not the WhatsApp group",
    "Runtastic comment after the dune run: mailed my launch video to «name» («e») for tips on the push start",
    "Soundpeats earbud recap by the rigging bench: SailGrib route note, oddly: 'email «name» about the trailer insurance renewal, «e»'",
    "Urbanears recap on the dune car park: Leuchtturm page from the lace fair meeting: stall requests by email only → «e» («name»)",
    "Babysense frame by the rigging bench: Enacfire earbud recap on the salt lake: Birgus transcript next to the pin tin: Maimo watch dictation: reply to «name» about the christening collar, her email is «e», tell her the footside is finished",
    "Novices' sheet taped to the kart shed door: sign up for the festival taster heats with «name» by mail, «e», we don't take entries over the phone",
    "Lace fair booking receipt on the circle's site: your entry slip and a map will come from «name», sender address «e»",
    "Tchap message in the pillow room: quotes for restoring old lace go to «name», «e», by the end of the month",
    "Insight Timer journal: coffee with «name» from the sailing centre, her address is «e», send the heat draw",
]

EMAIL_LOCAL = {
    "DE": "Jaybird recap under the wind mast: Rundmail des Strandsegelvereins: Anmeldung zum Schnupperkurs per E-Mail an «name», «e»",
    "FR": "Enacfire earbud recap by the rigging bench: Timex notification at the launch flags: Pour le stage de dentelle de Calais, écrire à «name», adresse électronique «e», avant la fin du mois",
    "ES": "Skagen glance at the thread stall: Reservas para el curso de encaje de bolillos de Camariñas: escribir a «name» al correo «e»",
    "BR": "Timex notification by the sail-bag locker: Kingslim frame beside the kart trailer: Inscrição na oficina de renda de bilro: manda um e-mail pra «name», endereço «e»",
    "JP": "Finevu frame behind the lace fair tables: ボビンレース展の出品申込は «name» さん宛のメール «e» まで",
    "KR": "Finevu frame beside the kart trailer: Roav clip on the dune car park: 랜드요트 체험 신청은 «name» 총무 이메일 «e» 로 보내 주세요",
    "IT": "Vormor transcript in the pillow room: Per il corso di char à voile sulla spiaggia di Pescara scrivete a «name», e-mail «e»",
    "PL": "BlackVue still by the sail-bag locker: Zgłoszenia na warsztaty koronki klockowej w Bobowej: e-mail do «name», adres «e»",
    "TR": "Mekik oyası kursuna yazılmak isteyenler yazsın: «name» hanım, posta kutusu «e», cumartesiye kadar",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Kingslim frame beside the kart trailer: Blueskysea still behind the lace fair tables: Leuchtturm scan beside the kart trailer: Lace thread webshop checkout, the autofilled 'Card number' box lit up: «v», security code still empty",
    "Selfie with the new sail, sent to the pit crew, but the laptop behind her shows the checkout with the card typed out: «v»",
    "Vormor at the lace fair: the bobbin seller repeated the digits of the card aloud, «v», before «name» signed for the set of twenty",
    "Enacfire earbud recap on the dune car park: Leuchtturm page in pencil: new sail paid with card «v» (cardholder «name»), chase the sailmaker if not here by June",
    "Jablotron keypad photo at the pricking table: pTron recap at the launch flags: Unsent reply on the Timex: 'put the pillow night fee on my card, number «v», ta, «name»'",
    "Finevu frame at the launch flags: Urbanears caught the phone order for race numbers: card number «v», deliver to the kart shed",
    "pTron recap next to the pin tin: Rheumatology clinic kiosk, payment step: card no. «v», patient «name»",
    "eMoods note under 'spent too much': lace fair, card «v», again",
]

CARD_LOCAL = {
    "IN": "Finevu frame by the bobbin cupboard: Jablotron keypad photo by the sail-bag locker: Blueskysea still at the thread stall: Lace thread ka order, card number «v», «name» ke naam par, OTP abhi tak nahi aaya",
    "BR": "Urbanears recap behind the lace fair tables: Aomago take on the dune car park: Pagamento da inscrição no campeonato de carrinho a vela: número do cartão «v», titular «name»",
    "DE": "Vicohome frame on the dune car park: Bestellung Klöppelbriefe und Nadelkissen: Kartennummer «v», Karteninhaberin «name»",
    "MX": "Skagen glance at the pricking table: Aomago take at the thread stall: Anticipo del velo de encaje para la boda: tarjeta número «v», titular «name»",
    "FR": "AsteroidOS glance on the salt lake: Angelcare frame next to the pin tin: Inscription au stage de char à voile, carte n° «v», au nom de «name»",
    "JP": "Enacfire earbud recap next to the pin tin: ボビンレース用の麻糸、カード番号 «v»（名義 «name»）",
    "GB": "Jaybird recap at the pricking table: BlackVue still at the scrutineering bay: Card put down for the beach festival pit pass: «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Jaybird recap at the pricking table: Kingslim frame beside the kart trailer: Appeal in the circle's newsletter for a new lace pillow stand: transfers to IBAN «v», account holder «name», reference PILLOW",
    "pTron recap by the sail-bag locker: Aomago take by the rigging bench: Aomago take of the club treasurer: 'race fees go to «v», that's the IBAN, in «name»'s name'",
    "Jaybird recap beside the kart trailer: AsteroidOS glance next to the pin tin: Invoice from the sailmaker, payment box: IBAN «v» · beneficiary «name»",
    "Kingslim frame beside the kart trailer: AsteroidOS glance at the scrutineering bay: Voice memo on the Maimo: pay «name» back for the linen thread, IBAN «v»",
    "Birgus transcript beside the kart trailer: Blueskysea still behind the lace fair tables: Empathy post from the festival organiser: balance for the marquee hire into «v» (IBAN), «name»",
    "VTech monitor frame at the launch flags: Boult earbud recap at the thread stall: Note stuck on the Jablotron panel: kart shed rent → IBAN «v», landlord «name»",
]

IBAN_LOCAL = {
    "DE": ["Roav clip by the bobbin cupboard: Überweisung für den Klöppelkurs an «name», IBAN «v», Verwendungszweck Kursgebühr Frühjahr",
           "Babysense frame by the rigging bench: Spendenkonto neuer Strandsegler — Kontoinhaberin «name» — IBAN «v»"],
    "FR": ["Kingslim frame beside the kart trailer: Skagen glance at the launch flags: Skagen glance on the dune car park: RIB pour l'adhésion au club de char à voile : IBAN «v», titulaire «name»"],
    "ES": ["Aomago take at the thread stall: Aomago take by the bobbin cupboard: Cuota del taller de encaje de bolillos: transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["Vormor transcript by the bobbin cupboard: Babysense frame at the launch flags: Bonifico per il corso di merletto a tombolo: IBAN «v», intestato a «name»"],
    "NL": ["Boult earbud recap on the dune car park: Contributie strandzeilvereniging overmaken naar IBAN «v» t.n.v. «name», graag voor de wedstrijd"],
    "PL": ["Blueskysea still under the wind mast: Przelew za warsztaty koronki klockowej: IBAN «v», odbiorca «name»"],
    "TR": ["Aomago take behind the lace fair tables: Oya kursu ücreti için IBAN «v», alıcı «name»"],
    "BE": ["Skagen glance at the thread stall: Leuchtturm scan at the launch flags: Lidgeld kantklosgroep: overschrijving naar IBAN «v» op naam van «name»"],
    "AT": ["BlackVue still behind the lace fair tables: Soundpeats earbud recap behind the lace fair tables: Mitgliedsbeitrag Strandsegelclub: IBAN «v», lautend auf «name»"],
    "PT": ["Quota da escola de renda de bilros de Vila do Conde: IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Enacfire earbud recap by the bobbin cupboard: Roav clip on the salt lake: Honorarium form for the visiting lace judge: routing number «a», checking account «b»",
           "Uniden dashcam still behind the lace fair tables: Enacfire earbud recap at the pricking table: Jaybird earbuds caught Grandpa at the teller: 'routing is «a», account «b», for «name»'",
           "Birgus transcript by the rigging bench: Jablotron keypad photo at the launch flags: Sand-yacht club grant paperwork, direct deposit box — ABA «a» · account no. «b»"],
    "gb": ["Timex notification behind the lace fair tables: Angelcare frame next to the pin tin: Coach to the beach nationals — pay the hire firm, sort code «a», acc «b», ref KARTS, name «name»",
           "Angelcare frame on the salt lake: Birgus transcript at the pricking table: Whiteboard photo in the pillow room: pay «name» back for the thread, sort code «a» / acc «b»"],
    "in": ["Aomago take at the launch flags: Roav clip by the rigging bench: Iroad clip by the sail-bag locker: NEFT details for the lace exhibition stall: A/c no. «a», IFSC «b», account holder «name»",
           "Vormor transcript in the pillow room: Beach kart samiti ka chanda: khata sankhya «a», IFSC «b»"],
    "au": ["Maimo buzz in the pillow room: Kart hire for Lake Lefroy goes by transfer, BSB «a», acct «b», «name» sorts it out"],
    "ca": ["Lace retreat called off for snow, so the circle wires the deposit back: transit and institution numbers «a», chequing «b», copied off a voided cheque stapled to the form"],
    "br": ["Skagen glance at the pricking table: Finevu frame by the sail-bag locker: A rendeira «name» mandou no Tchap a agência «a» e a conta «b» pro sinal da toalha"],
    "mx": ["Uniden dashcam still by the rigging bench: Transferencia del anticipo del mantel de encaje, CLABE «a», beneficiaria «name»"],
    "ng": ["Leuchtturm scan at the thread stall: Skagen glance at the pricking table: Uniden dashcam still beside the kart trailer: Pay the sand-kart camp fee to «bank», account number «a», account name «name»",
           "Jaybird recap in the pillow room: Maimo buzz next to the pin tin: Abeg send the lace money: «bank» acct «a», na «name» own"],
    "za": ["Angelcare frame by the sail-bag locker: Maimo buzz next to the pin tin: Angelcare frame on the dune car park: EFT for the lace class: branch code «a», account number «b», «name»"],
    "ar": ["Jablotron keypad photo on the dune car park: Babysense frame in the pillow room: Pasame la seña del mantel al CBU «a», titular «name», y mandame el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Vicohome frame beside the kart trailer: Aomago take by the bobbin cupboard: AsteroidOS glance at the thread stall: Rheumatology intake tablet, insurance step: Social Security number «v», patient is the subscriber",
                      "pTron recap by the sail-bag locker: Aomago recorder caught the club's bookkeeper: 'and the SSN we have for you is «v», right?'"]),
    "in_aadhaar": ("IN", ["Uniden dashcam still behind the lace fair tables: Endocrinology OPD registration slip: Aadhaar «v», photocopy attached"]),
    "in_pan": ("IN", ["Vormor transcript on the salt lake: Roav clip by the sail-bag locker: Lace thread wholesaler ne bill ke liye PAN maanga, PAN «v»"]),
    "br_cpf": ("BR", ["Vicohome frame beside the kart trailer: Imilab frame at the pricking table: Uniden dashcam still behind the lace fair tables: Cadastro na loja de linhas: CPF «v», nota no nome da neta"]),
    "mx_curp": ("MX", ["Vormor transcript on the salt lake: Ficha de inscripción al club de velero de playa: CURP «v»"]),
    "mx_rfc": ("MX", ["pTron recap by the sail-bag locker: Vicohome frame beside the kart trailer: Aomago take on the salt lake: Factura de la mercería de encajes, RFC del cliente «v»"]),
    "gb_nhs": ("GB", ["Skagen glance at the pricking table: Babysense frame at the launch flags: Boult earbud recap at the pricking table: Speech-therapy clinic, patient banner: NHS number «v», swallow review"]),
    "de_idnr": ("DE", ["Birgus transcript by the sail-bag locker: Lohnzettel der Aushilfe im Klöppelladen, steuerliche Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Aomago take at the launch flags: Feuille de soins du centre antidouleur, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Jablotron keypad photo on the dune car park: Soundpeats earbud recap on the dune car park: Kingslim frame at the launch flags: Ficha de socio del club de carrovelismo, DNI «v»"]),
    "es_nie": ("ES", ["Leuchtturm scan at the thread stall: Alta de la piloto extranjera en el club de carrovelismo, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Modulo dell'ambulatorio di allergologia, codice fiscale della bambina «v»"]),
    "ca_sin": ("CA", ["Finevu frame on the dune car park: Payroll sheet for the beach festival marshal: SIN «v»"]),
    "id_nik": ("ID", ["Boult earbud recap in the pillow room: Formulir klinik alergi, NIK pasien «v»"]),
    "pk_cnic": ("PK", ["Uniden dashcam still beside the kart trailer: Lace dupatta order ke contract pe CNIC «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Skagen glance at the pricking table: Maimo buzz beside the kart trailer: Endokrinoloji polikliniği randevusu, T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["VTech monitor frame at the scrutineering bay: Skierowanie do poradni reumatologicznej, PESEL «v»"]),
    "za_idnr": ("ZA", ["Maimo buzz by the sail-bag locker: Kingslim frame on the dune car park: Iroad clip on the dune car park: Lace class enrolment, SA ID no. «v»"]),
    "kr_rrn": ("KR", ["Roav clip under the wind mast: 알레르기 검사 접수증 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["Jablotron keypad photo on the salt lake: 沙滩帆车俱乐部报名表 公民身份号码 «v»"]),
    "jp_in": ("JP", ["Urbanears recap behind the lace fair tables: リウマチ科の問診票、個人番号 «v»"]),
    "au_tfn": ("AU", ["Kart shed on Lake Lefroy takes on a weekend helper; tax file number «v» scrawled on the paperwork for the bookkeeper"]),
    "nl_bsn": ("NL", ["AsteroidOS glance next to the pin tin: Aanmelding bij de pijnpoli, BSN «v»"]),
    "th_pin": ("TH", ["ใบสมัครสมาชิกชมรมเรือบก เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["VTech monitor frame at the launch flags: Borang kelab kapal layar darat, No. Kad Pengenalan «v»"]),
    "ar_cuit": ("AR", ["Jaybird recap on the salt lake: Blueskysea still at the pricking table: Factura del taller de encaje, CUIT «v»"]),
    "cl_rut": ("CL", ["Angelcare frame by the sail-bag locker: Boleta de la tienda de hilos, RUT «v»"]),
    "se_personnummer": ("SE", ["Angelcare frame at the scrutineering bay: Anmälan till knyppelkursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Skagen glance at the pricking table: Casual staff form at the beach café, PPSN «v»"]),
    "pt_nif": ("PT", ["Fatura da loja de linhas de bilros, contribuinte n.º «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Soundpeats earbud recap at the launch flags: Vicohome frame on the dune car park: BlackVue still by the rigging bench: Lace fair volunteer slip, filled in with a felt tip: mobile «phone», e-mail «email», Social Security for the insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Timex notification beside the kart trailer: Angelcare frame at the scrutineering bay: Aomago take beside the kart trailer: Kart-trailer rental agreement, driver «name»: phone «phone», deposit card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Vormor transcript in the pillow room: Jaybird recap beside the kart trailer: Allergy-clinic new-patient sheet: email «email», card kept on file «card», Social Security «ssn»", ("email", "card", "ssn")),
    ("GB", "Jaybird recap beside the kart trailer: Angelcare frame on the salt lake: Beach festival trader form: mobile «phone», e-mail «email», pitch fee card «card»", ("phone", "email", "card")),
    ("IN", "Babysense frame on the salt lake: Lace mela stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "BlackVue still in the pillow room: Landsailing camp registration — phone «phone» — card for the bus «card»", ("phone", "card")),
    ("AU", "Babysense frame at the launch flags: Roav clip on the dune car park: Come-and-try kart pass: mob «phone», email «email»", ("phone", "email")),
]
