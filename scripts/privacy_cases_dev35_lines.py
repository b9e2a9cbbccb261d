"""Where the dev35 privacy set's numbers and addresses turn up (``privacy_cases_dev35.py``):
what a personal agent's sensors record (Kodak PIXPRO and Canon PowerShot V10 clips, Sony ICD-UX570
and PCM-A10, OM System WS-883 and Saramonic recordings, Temi, Scribie, Amberscript, Verbit, Sybill,
Leexi, Hyprnote and Rewatch transcripts, Google Glass, Varjo, Pico 4, Nreal and Iristick glasses and
headsets, a Nooie doorbell and a Uniview camera, Aeezo and Pexar frames, a Lenovo Smart Clock and a
Homey dashboard at home, Penzu and Nike Run Club apps, Tango, Hangouts, Berty, Brosix, BBM, Confide,
Mixin, Teamwire, Tox and Troop Messenger messages, KoboCollect, OpnForm, Tripetto, CommCare and
FormAssembly submissions, rows copied from Quickbase, Caspio, Rowy, Softr and Zenkit, Workflowy and
Dynalist pages, an archery club's shoots, range duty, licences and coaching, an astronomy society's
star parties, open nights, telescope loans and dark-site trips, a value written before its label, a
label a sentence or a line away from its value; optician, pharmacy and range-booking screens),
English first, then in the words of the set's other countries.

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
    "Sony ICD-UX570, dictated while stringing the longbow: the bowyer over in the next valley, «name», does repairs at weekends — «v»",
    "Kodak PIXPRO footage of the star-party car park: a cardboard sign on somebody's camper says lost kids go to «name», or ring «v»",
    "The Nooie doorbell caught a woman holding up a clipboard — «name», census follow-up, call her back on «v» any weekday",
    "Aeezo frame in the hallway cycles to last summer's lake photo, and Mum has typed underneath: boat hire, ask «name», «v»",
    "Lenovo Smart Clock morning briefing mentioned a voicemail: «name» from the hearing-aid centre, please return the call on «v»",
    "Saramonic lav still clipped on after the clout shoot, me to myself: the farmer beyond the butts, «name», wants warning on «v» before we cross his barley",
    "OM System WS-883 recording of the AGM, the treasurer's aside: if my laptop dies, the spare key holder is «name», «v»",
    "Homey flow note Dad typed himself: if the chest-freezer alarm trips while we're away, «name» next door has a key, «v»",
    "Tango video call, my aunt holding a bill up to the lens: the gas fitter is «name», his number's «v», can you ring him for me",
    "Back of the target-face box in marker:\n«v»\n«name» — straw bosses, delivers Thursdays",
    "«v» · «name» · engraved on the dew shield of the loan telescope in case it wanders off",
    "Hangouts group 'Eclipse convoy': whoever loses the convoy, phone «name» at «v» and we'll wait at the services",
    "Alarm label I set last night, still on the lock screen this morning: ring «name» «v» about the mirror cell",
    "Temi transcript, scout leaders' meeting: badge evenings now go through «name», who'd rather get texts at «v»",
    "Quickbase view 'Kit lenders', exported to CSV:\nlender,item,phone\n«name»,12-inch Dobsonian,«v»",
    "Pexar frame guestbook at the holiday cottage: thanks for staying, if the boiler sulks «name» fixes it, «v»",
    "Penzu, Thursday: the optician who caught Nan's glaucoma early is «name»; I saved her mobile, «v», for the Christmas card list",
    "Uniview camera at the allotment gate recorded a man announcing the new plot warden is «name», «v», then a dog barking",
    "Google Glass snap of a lamppost flyer: lost tortoise, answers to Gerald, owner «name», «v»",
    "Scribie transcript of the juniors' parents' evening: lifts to the county shoot are with «name», who wants a text on «v» by Wednesday",
    "Laminated card cable-tied to the range gate: out-of-hours emergencies, «name», «v»",
    "Nike Run Club event page: the slow pacing group is led by «name», WhatsApp «v» if you're joining late",
    "Sybill recap of the coach-hire call: the driver on eclipse weekend is «name», his own phone «v»",
    "Leexi notes from the field-course committee: the woodland owner's agent is «name», «v», and she wants a risk assessment first",
    "Hyprnote caught the apology at the start of the call: «name» dropped the old phone in the lake, new number «v»",
    "Berty relay message that arrived hours late from «name»: stuck at the dark site with a flat, «v» works once I'm on the ridge",
    "Varjo passthrough caught the whiteboard by the back door: plumber «name» «v», after five only",
    "KoboCollect household survey, question 14, alternative contact: «name», «v»",
]

PHONE_LINKS = [
    "Poster at the leisure centre, 'Try archery!', its QR → https://wa.me/«vW»?text=Taster%20night%20please",
    "Phone read the NFC tag on the telescope case and offered a contact: BEGIN:VCARD\\nVERSION:3.0\\nFN:«name»\\nTITLE:loan scheme keeper\\n"
    "TEL;TYPE=cell:«vE»\\nEND:VCARD",
    "The observatory's page source, a Troop Messenger snippet from the web volunteer: <a href=\"tel:«vE»\" class=\"call-link\" "
    "title=\"Ring the duty astronomer\">📞</a>",
    "Printed at the foot of the society's autumn programme: questions from newcomers via https://api.whatsapp.com/send?phone=«vW»",
    "Open-night page → 'Directions' → the car-park steward's number, copied: tel:«vE», answered after seven",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Archery academy wale sir ka number maanga tha na? Ye lo, «name» sir, «v», shaam ko hi phone uthate hain",
           "Ajji ki cataract surgery wale hospital ki nurse ne apna mobile diya, kuch bhi ho to: «v»",
           "Hanle trip ke jeep wale bhaiya «name», unka number «v», Leh airport se utha lenge"],
    "BR": ["Gente, pra quem perguntou: quem conserta arco é o «name», zap «v», fica perto da rodoviária",
           "A moça do planetário que agenda visita de escola se chama «name», o número dela é «v»",
           "Vó pediu pra salvar o número do oculista novo, aquele do centro: «v»"],
    "DE": ["Falls der Bus zum Turnier nicht kommt: «name» fährt den Vereinsbus, erreichbar unter «v»",
           "Nummer der Nachbarin, die uns die Sternwarte aufschließt, wenn der Schlüssel wieder fehlt: «v»"],
    "MX": ["Oye, el señor que afila las puntas de flecha es «name», te paso su cel: «v»",
           "Si llueve y se cancela lo de la observación, avisa «name» desde el «v»"],
    "FR": ["Pour récupérer ton arc réparé, passe voir «name» à l'atelier, ou appelle au «v» avant midi",
           "La dame qui garde les clés de la coupole s'appelle «name», son portable c'est le «v»"],
    "ID": ["Kalau mau ikut latihan jemparingan hari Minggu, hubungi mas «name» di «v»",
           "Ibu titip pesan: nomor tukang servis kacamata yang di pasar, «v»"],
    "PH": ["Pre, yung may-ari ng teleskopyo na pinapahiram sa atin, si «name», i-text mo sa «v» bago Sabado",
           "Nakadikit sa ref yung number ng optometrist ni Lola: «v»"],
    "JP": ["弓具の修理は«name»さんにお願いしてる、携帯«v»", "プラネタリウム団体予約の窓口、直通は«v»"],
    "ES": ["El que repara las palas de los arcos es «name», llámalo al «v» por las tardes",
           "Si el sábado está nublado, la salida al observatorio la confirma «name» desde el «v»"],
    "IT": ["Per le frecce su misura chiedete a «name», che risponde al «v» solo dopo cena",
           "La signora che apre la cupola dell'osservatorio la domenica: «name», cellulare «v»"],
    "PK": ["Tir-andazi ki class ke liye «name» se baat karo, number «v», Maghrib ke baad",
           "Nani ki ainak wale optician ka naya number «v», purana band ho gaya"],
    "TR": ["Yay tamiri için «name» ustaya uğra, telefonu «v»", "Teleskop kiralama işini «name» hanım ayarlıyor, cebi «v»"],
    "VN": ["Muốn học bắn cung thì gọi thầy «name», số «v»", "Bà dặn lưu số của bác sĩ mắt ở bệnh viện tỉnh: «v»"],
    "EG": ["اللي بيصلح الأقواس في النادي اسمه «name»، كلمه على «v»", "رقم الدكتورة اللي هتعمل لتيتا عملية المية البيضا: «v»"],
    "BD": ["তীর-ধনুক শেখার ক্লাসে ভর্তি হতে চাইলে «name» ভাইকে বিকেলে ফোন দিও, নম্বর «v»", "নানুর চশমার দোকানের নতুন নম্বর: «v»"],
    "KR": ["활 수리는 «name» 씨한테 맡기면 돼, 번호 «v»", "망원경 대여 문의는 «v» 로 평일 오후에만 받는대요"],
    "CO": ["El que arregla las cuerdas de los arcos en Pereira es «name», escríbele al «v»",
           "Para la salida a ver estrellas en Villa de Leyva, confirma con «name» al «v»"],
    "AR": ["El que presta el telescopio del club es «name», mandale un mensaje al «v»", "Número del oculista de la abuela, el de la calle San Martín: «v»"],
    "PL": ["Cięciwy robi na zamówienie «name», dzwoń pod «v» po osiemnastej", "Pani, która otwiera kopułę obserwatorium, to «name», komórka «v»"],
    "TH": ["ถ้าจะซ่อมคันธนูติดต่อคุณ«name» เบอร์ «v»", "เบอร์ร้านแว่นของยาย «v»"],
    "RU": ["Тетиву на заказ делает «name», звони на «v» после шести", "Телефон смотрителя планетария, если дверь закрыта: «v»"],
    "NL": ["Wie een boog wil lenen, bel «name» op «v», zij beheert de uitleenkast"], "MY": ["Nak belajar memanah cara tradisional, hubungi «name» di «v»"],
    "SA": ["جلسة الرصد في نفود الثويرات تنسقها «name»، للتواصل «v»"], "AE": ["مدربة الرماية في نادي أبوظبي «name»، تقول اتصلوا على «v» بعد العصر"],
    "CN": ["修弓的师傅是«name»，电话«v»"],
    "SE": ["Vill du låna en båge, ring «name» på «v», hon har nyckeln till förrådet"],
    "CL": ["Para subir al observatorio comunitario, coordina con «name» al «v»"],
    "PE": ["El profesor de tiro con arco del colegio, «name», atiende al «v» después de las cuatro"],
    "MA": ["Pour les nuits d'étoiles dans le désert, c'est «name» qui organise, son numéro : «v»"],
}

SIGNATURES = [
    ("US", "«name» | range safety officer, Bluegrass Bowmen | «v» | «e»"),
    ("US", "Clear skies — «name», outreach lead, High Plains Astronomers — «v» — «e»"),
    ("GB", "Best, «name» (records officer, Mendip Toxophilites) · «v» · «e»"),
    ("IN", "Regards, «name» · head coach · Udupi Archery Academy · «v» · «e»"),
    ("DE", "Alle ins Gold! «name», Sportwartin der Bogenabteilung TSV Kempten · «v» · «e»"),
    ("BR", "Abraços e céu limpo, «name» — Clube de Astronomia do Sertão — «v» — «e»"),
    ("FR", "Amitiés, «name», capitaine de la compagnie d'arc de Bayonne, «v», «e»"),
    ("AU", "«name» · tournament director · Riverina Field Archers · «v» · «e»"),
    ("MX", "Saludos, «name», tesorería de la Sociedad Astronómica de Xalapa, cel. «v», «e»"),
    ("NG", "With gratitude, «name» · secretary, Makurdi Archery Club · «v» · «e»"),
    ("CA", "«name» / star-party coordinator / Okanagan Stargazers / «v» / «e»"),
    ("PH", "Ingat sa biyahe, «name» — Bukidnon Skywatchers (star party) — «v» — «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Sony recorder memo on the drive home: the records officer changed over the summer, so round scores now go to «e»",
    "Troop Messenger pinned post: loan-scheme paperwork only counts once «e» has confirmed it",
    "The clock's calendar card for Tuesday says the village hall bookings are handled by «e» from now on",
    "Reply-To in the bulletin's header is «e», so answers stop going to the whole list",
    "OpnForm flagged a double sign-up for the Perseids night, both times as «e»",
    "Canon PowerShot V10 photo of the have-a-go clipboard, third line: «name» «e» (plus two kids)",
    "The buyer of my old recurve wants the limb warranty cards scanned and mailed to «e»",
    "Tripetto survey ended with a promise that «e» will only be used to send the results summary",
    "Iristick overlay at the optician's counter: recall letters for «name» go out by email to «e»",
    "CommCare follow-up visit, caregiver's preferred contact typed in as «e»",
    "Teamwire says «name» (invited as «e») still hasn't accepted the loan-scopes channel",
    "Chalk on the club-hut board: spare bracer found under the bench, owner please email «e»",
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldung zum Feldbogenturnier läuft dieses Jahr nur über «e», nicht mehr über die Homepage",
    "FR": "Pour le covoiturage vers la nuit des étoiles, écrivez à «e», c'est moi qui fais les équipages",
    "ES": "Las fotos del eclipse, al correo «e», que el grupo de WhatsApp ya no aguanta más",
    "BR": "O atestado médico pro campeonato de arco tem que chegar no «e» até sexta",
    "MX": "Dudas sobre el torneo de arco del domingo a «e», contestan en la noche",
    "IT": "Chi ha fotografato la cometa manda i file a «e», facciamo una mostra in biblioteca",
    "JP": "観望会の感想やお写真は «e» へどうぞ、会報に載せます", "KR": "별보기 캠프에 오실 분은 «e» 로 이름과 인원수를 알려 주세요",
    "NL": "De kijkavond gaat alleen door als er genoeg aanmeldingen binnenkomen op «e»",
    "PL": "Łucznicy, listę startową na halówkę zamykamy w piątek, dopisać się można przez «e»",
    "TR": "Okçuluk kursuna yazılmak isteyenler «e» adresine isim ve yaş yazsın",
    "RU": "Кто едет на ночь наблюдений в Архыз — отметьтесь письмом на «e», закажем автобус",
    "ID": "Yang mau ikut jemparingan bulan depan, kirim nama dan usia ke «e»",
    "CN": "射箭比赛的照片发我邮箱就行：«e»，我来整理相册",
    "AR": "Para anotarse en la salida de observación a la Payunia, mandame un correo a «e» con cuántos van",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "The nock order went through at last: twenty-four pin nocks and a shooting glove, billed to «v»",
    "The PIXPRO on my bag strap filmed me paying for the planetarium show, card face up: «v»",
    "Brosix voice message from «name», transcribed: book the eclipse coach seats with my card, «v», I'll sort out the rest",
    "Read my card out to the optician's booking line so they'd keep the slot: «v» — felt wrong doing it on the bus",
    "Workflowy, under 'Shoot admin': entry fees for the five juniors went on «v»",
    "Caspio export, one row:\ntarget bosses ×2 | paid with «v» | collect in April",
    "Receipt photo for expenses: new fletching jig, paid personally on «v», reimburse please",
    "The browser filled the eyepiece shop's card field on its own with «v» and I nearly bought three",
    "Grandad insisted on paying for the planetarium and shouted «v» down the phone so the whole café heard",
    "The trader at the county shoot still uses a knuckle-buster; the carbon slip he handed me shows «v» in full",
]

CARD_LOCAL = {
    "IN": "Kit wale uncle ko payment bhejna hai, mere card ka number le lo: «v», expiry aur CVV main call pe bataungi",
    "BR": "Mãe, a inscrição do Ademir no torneio de arco fecha hoje, usa meu cartão: «v»",
    "DE": "Oma wünscht sich zum Geburtstag eine Sternwartenführung; die Karten dafür buchst du bitte über meine Kreditkarte «v»",
    "MX": "Mi papá quiere que el arco del niño se cobre en su tarjeta: «v»",
    "FR": "Les places du planétarium pour mamie et moi, tu les paies avec la mienne : «v»",
    "JP": "弓具店への支払い、私のカード使って «v»", "CN": "望远镜的尾款用我的卡付吧，卡号«v»",
    "RU": "Брат в Tox: за окуляры заплатил своей картой «v», вернёшь с зарплаты",
    "ES": "Pásale al de la armería mi tarjeta para las flechas nuevas: «v»", "TR": "Yay ve oklar benim kartımdan çekilsin, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Rewatch summary, point three: pay the shelter builder's final invoice into «v» before the ground freezes",
    "Confirmation of Payee said no match for «name» on «v», so the target-face money is on hold",
    "Nreal glasses read out the subs reminder: transfer to «v» and put your membership number in the reference",
    "Written on the lid of the dark-sky appeal tin at the open night: «v»",
    "Rowy grid 'Who pays whom', copied:\nfrom | to | iban\nthe four of us | «name» | «v»",
    "A suspicious message 'from the campsite' asked for the balance to «v» instead of the card on file — reported it",
    "«name» on BBM, collecting for the groundsman's retirement present: anything you can spare to «v»",
    "The lifeboat charity's envelope on the pub bar has a printed IBAN for online gifts: «v»",
]

IBAN_LOCAL = {
    "DE": ["Das Startgeld für die Bezirksmeisterschaft in der Halle bitte bis Montag an «v»",
           "Die Abteilung bestellt neue Scheibenauflagen, euer Anteil geht an «v»",
           "Unsere Sternwartenleiterin hört nach zwanzig Jahren auf; wer etwas geben mag: «v»"],
    "FR": ["La compagnie commande des blasons pour l'hiver : chacun verse sa part sur «v»",
           "Le gîte près de l'observatoire demande les arrhes sur «v» avant vendredi"],
    "ES": ["Reservad plaza en el curso de iniciación al arco de Ourense ingresando cuarenta euros en «v»",
           "Las plazas del autobús al Teide se confirman al recibir el importe en «v»"],
    "IT": ["La quota per la gara di tiro di campagna in Barbagia va versata alla compagnia su «v»",
           "Per la notte all'osservatorio del Monte Armidda si paga in anticipo, IBAN «v»"],
    "NL": ["De inschrijving voor het indoortoernooi staat pas vast als het geld op «v» staat"],
    "BE": ["Sterrenkijkweekend van de volkssterrenwacht: het voorschot graag op «v», met de naam van je kind erbij"],
    "AT": ["Der Bogenbauworkshop im Mühlviertel kostet hundertachtzig Euro, bitte überweisen auf «v»"],
    "PT": ["Os binóculos da associação ficam reservados quando a caução chegar a «v»"],
    "PL": ["Opłata startowa za turniej łuczniczy w Zamościu idzie na rachunek «v»"],
    "TR": ["Gözlem kampının kalan ücretini derneğin hesabına yatıralım: «v»"],
    "FI": ["Tähtiharrastajien syysleirin maksu menee yhdistyksen tilille «v»"],
    "CH": ["Für das Sternwochenende auf dem Gurnigel zahlt ihr bitte vorab auf «v» ein"],
    "NO": ["Stjernekikkerturen til Dovre: del på bensinen, overfør til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Parks department payroll form for range officers, direct-deposit box: ABA «a», checking «b»",
           "«name» on Confide at 2 a.m.: car won't start at the dark site and Venmo's down, could you send gas money to routing «a» acct «b»",
           "Softr portal for judges' mileage, screen two:\nRouting «a»\nAccount «b»\nStatus pending",
           "Telescope dealer emailed: the refund for the mis-shipped mount will land at routing «a», account «b» within five days",
           "The self-storage place where the club keeps its bosses now pulls rent from «a» / «b» automatically",
           "Pico 4 captions picked up Grandpa reading his check to the optician: routing «a», then account «b»",
           "Along the bottom of the voided check stapled to the scorer's invoice: routing «a» account «b»"],
    "gb": ["«name» in Brosix: whip-round for the coach's retirement, bank details «a» and «b», no cash please",
           "Roofer's quote came with his details handwritten at the bottom: «a» / «b», pay on completion",
           "Subs returned unpaid; turns out the society banks at «a» «b» now, not the old Co-op details",
           "Dynalist outline, Treasurer > Banking: «a» then «b», the society's current account"],
    "in": ["«name» ne Mixin pe coaching fees ke liye details bheje: account «a», IFSC «b», naam coach ka",
           "Hanle camp ki booking NEFT se: A/c no. «a», IFSC «b», screenshot unko bhejna",
           "Ajji ki pension treasury mein transfer karwane ka form: khata «a», IFSC «b», aur unka angootha",
           "Ganesh utsav ka chanda is baar society ke account «a» (IFSC «b») mein, cash nahi lenge"],
    "au": ["Sausage-sizzle float for the field shoot goes back to «name»: BSB «a», acc «b»",
           "Seller of the used Dobsonian sent BSB «a» and account «b» for a holding deposit, pickup Saturday"],
    "ca": ["Hangouts from «name»: e-transfer is acting up, so for the cottage split use transit «a», account «b»",
           "Indoor range coaching pay: I filled in transit «a» and account «b» on their payroll sheet"],
    "br": ["Sinal pra reservar o telescópio grande em Quixadá: Banco do Nordeste, agência «a», conta «b», manda o print",
           "Mensalidade da escolinha de arco: TED pra agência «a», conta corrente «b», e avisa a professora no zap"],
    "mx": ["El guía del observatorio pidió el anticipo por transferencia a la CLABE «a», sin eso no aparta lugar",
           "Para el uniforme del equipo de arco, el tesorero dio su CLABE «a» y pidió mandar foto del ticket",
           "El equipo de arco junta para el nacional con una rifa; los boletos se pagan a la CLABE «a» de la entrenadora"],
    "ng": ["Message from «name»: state archery association dues go to «bank» «a», deadline is month end",
           "Mechanic wey fix the club bus talk say make we pay balance for «bank» «a» before e release am",
           "Church harvest committee: pledges to «bank» «a», use your family name as narration"],
    "za": ["Teamwire from «name»: Sutherland coach deposit, branch «a», account «b», reference SALT plus your surname",
           "The welder making our new target stands sent his EFT details: branch «a», account «b», quote number as reference"],
    "ar": ["Vaquita para el telescopio del abuelo: cada uno transfiere a «name», CBU «a»",
           "Inscripción al torneo de arco en Rosario: transferencia al CBU «a» y foto del comprobante al grupo"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Sony PCM-A10, still recording in my bag at the Social Security office: 'so that's «v», correct?' 'correct'",
                      "Automated line at the pharmacy made me key in Grandma's Social before it would refill anything: «v»",
                      "Aunt Earlene moved into memory care; the intake lady wanted her Social and I read it off the card: «v»",
                      "Range-officer job paperwork, the W-4 line for my Social: «v»",
                      "Uncle Ottis kept every 1040 since 1988; each one shows his Social, «v», so they're going to the shredding event",
                      "FormAssembly application for the planetarium usher job wanted an SSN straight away: «v»",
                      "Quickbase 'Kids' table, the SSN column for our youngest: «v»",
                      "Verbit transcript: Dad, forty minutes on hold with the credit union, finally reciting «v» as his Social",
                      "Signed on as backup for my nephew's lease; the letting agent's e-form took my SSN, «v», before anything else"]),
    "in_aadhaar": ("IN", ["Ajji ka mobile bank se link karwane gaye, clerk ne Aadhaar ke saare ank form pe likhe: «v»",
                          "Electricity board wale ne meter shift karne ke liye Aadhaar maanga, photocopy se number likha: «v»",
                          "Sony recorder, eye hospital counter pe: sir, Aadhaar number boliye — «v»",
                          "Chhote bhai ki scholarship ke liye portal ne Aadhaar do baar maanga: «v»"]),
    "in_pan": ("IN", ["Zameen ki registry mein Mavaji ne PAN card nikaala aur clerk ne number likha: «v»",
                      "Amma ke KYC form pe PAN ka khaana khaali tha, maine bhar diya: «v»",
                      "HR ne salary slip pe galat PAN chhaapa tha, sahi wala ye hai: «v»"]),
    "br_cpf": ("BR", ["No balcão do oftalmologista a atendente perguntou o CPF do vô e repetiu alto: «v»",
                      "Ficha de filiação na federação de tiro com arco, preenchida à mão, CPF: «v»",
                      "Comprei um binóculo e na hora da nota fiscal a moça pediu o CPF: «v»",
                      "Tia Joselita ditou o CPF no balcão da farmácia popular pra levar o colírio de graça: «v»"]),
    "mx_curp": ("MX", ["Abuelita apuntó su CURP con pluma roja en la libretita del banco y me la dictó para el trámite del gas: «v»",
                       "Para que el niño vaya al campamento de San Pedro Mártir, la escuela quiere su CURP en el permiso: «v»"]),
    "mx_rfc": ("MX", ["La tienda de arcos sólo factura si le doy el RFC con homoclave, que es «v»"]),
    "gb_nhs": ("GB", ["Grandma changed GP surgeries; I read her NHS number off an old prescription to the receptionist: «v»",
                      "Eye-casualty discharge note, NHS number in the top corner: «v»"]),
    "de_idnr": ("DE", ["Für Omas Grundsteuer-Erklärung habe ich ihre Steuer-ID vom Schreiben des Finanzamts abgetippt: «v»",
                       "Übungsleiterpauschale beim Bogenverein, Fragebogen, Steuer-ID: «v»"]),
    "fr_nir": ("FR", ["Animateur à l'observatoire pour l'été : le service paie m'a demandé mon numéro de sécurité sociale, «v»",
                      "Chez l'ophtalmo, papi avait oublié sa carte, alors la secrétaire a recopié son numéro de sécu : «v»"]),
    "es_dni": ("ES", ["En la óptica del barrio, para la garantía de las gafas del abuelo, apuntaron su DNI: «v»",
                      "Para la licencia de la federación de tiro con arco hay que poner el DNI en el formulario: «v»"]),
    "es_nie": ("ES", ["Al monitor alemán del curso de astronomía le hicieron el contrato con su NIE, que quedó anotado como «v»"]),
    "it_codicefiscale": ("IT", ["Per iscrivere mia figlia alla FITARCO serve il suo codice fiscale, eccolo: «v»",
                                "Sullo scontrino dell'ottico, per la detrazione, c'è il CF di nonno Gonario: «v»"]),
    "ca_sin": ("CA", ["Verbit transcript, me to Service Canada on Baba's behalf: her social insurance number is «v»",
                      "Dido's pension forms came back because the SIN was missing; this time I printed it clearly: «v»"]),
    "id_nik": ("ID", ["Formulir kejuaraan panahan tingkat kabupaten, kolom NIK atlet: «v»",
                      "Antre di poli mata, petugas pendaftaran menyalin NIK Nenek dari KTP: «v»"]),
    "pk_cnic": ("PK", ["Dada ke pension form par CNIC number maine khud likha: «v»"]),
    "tr_tckimlik": ("TR", ["Anneannemin katarakt randevusu için hastanenin çağrı merkezine kimlik numarasını tek tek okudum: «v»"]),
    "pl_pesel": ("PL", ["Zapisałam dziadka na zaćmę w przychodni, pani poprosiła o jego PESEL: «v»"]),
    "za_idnr": ("ZA", ["Mkhulu's smart-ID appointment slip, the old green-book number copied on by the clerk: «v»"]),
    "kr_rrn": ("KR", ["천문대 캠프 단체보험 명단에 엄마 주민번호를 «v» 로 적어 냈다"]),
    "cn_ric": ("CN", ["帮奶奶在手机上办社保认证，填的身份证号是«v»"]),
    "jp_in": ("JP", ["父の年金の手続きで記入したマイナンバー «v»"]),
    "au_tfn": ("AU", ["Starting weekend shifts at the observatory café; payroll wants my tax file number, «v»"]),
    "nl_bsn": ("NL", ["Oma's verwijzing naar de oogarts, bovenaan haar BSN: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของยายสำหรับนัดหมอตา «v»"]),
    "my_nric": ("MY", ["Borang kejohanan memanah sekolah minta nombor MyKad bapa atau ibu: «v»"]),
    "ar_cuit": ("AR", ["El vendedor del telescopio quería mi CUIT para hacerme factura A, se lo pasé por audio: «v»"]),
    "cl_rut": ("CL", ["Inscripción al torneo de tiro con arco en Temuco, RUT: «v»"]),
    "se_personnummer": ("SE", ["Farmor ska opereras för grå starr; på blanketten fyllde jag i hennes personnummer «v»"]),
    "ie_pps": ("IE", ["Mam's application for the optician grant, PPS box filled in by me: «v»"]),
    "pt_nif": ("PT", ["A avó quer deduzir os óculos no IRS, por isso confirmei que as faturas do oculista têm o NIF dela: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Observatory field-trip slip, all three boxes filled in: if sick, «name» at «phone»; scanned copy to «email»; insurer wants the student's SSN, "
           "«ssn»", ("phone", "email", "ssn")),
    ("US", "Gave the planetarium membership desk everything over the phone — «phone» for callbacks, «email» for the card, and «card» for the fee",
     ("phone", "email", "card")),
    ("US", "Second appeal about the eye-exam charge: Social Security no. «ssn», reach me on «phone» during lunch", ("ssn", "phone")),
    ("US", "Archery league took the fee twice: the receipt says «email», the bank says «card» charged on two days", ("email", "card")),
    ("US", "Swaps on the shoot draw after Friday are «name»'s job — «email» or «phone»", ("email", "phone")),
    ("US", "Amberscript transcript, me to the tax helpline: SSN «ssn», callback «phone», or the portal can message «email»", ("ssn", "phone", "email")),
    ("US", "Beginners' archery course for «name»: paid with «card», reminder texts to «phone»", ("phone", "card")),
    ("US", "Zenkit card 'Scholarship paperwork': reply to «email» once the means test clears; it needs the parent's SSN «ssn» first", ("email", "ssn")),
    ("US", "Observatory stove: a trailer of split ash from the tree surgeon, paid on «card», he sends receipts to «email»", ("card", "email")),
    ("GB", "Indoor nationals: the Travelodge holds «name»'s room on «card», sends confirmations to «email», rings «phone» if late",
     ("phone", "email", "card")),
    ("IN", "Hanle homestay: owner will ring «phone», bill gaya «email» pe, advance «card» se kata", ("phone", "email", "card")),
    ("CA", "Lifts to the dark-sky preserve — driver «name», cell «phone», email «email»", ("phone", "email")),
]
