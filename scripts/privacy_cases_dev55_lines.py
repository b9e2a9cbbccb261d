"""The dev55 set's line templates (issue 51): phones, e-mail addresses, cards, IBANs, bank accounts,
national ids and mixed lines, where a personal agent's sensors meet them (a gorodki club's throws,
bats and figure boards, a temari circle's thread dyeing, kits and exhibitions, a bookmobile's rural
stops, a canal's lock-keepers and their paddle gear, a musher's kennel and race days; texts, voice
notes, e-mails and their signatures, forms and receipts), written fresh as messages from particular
people in particular situations, labels in people's own languages and forms. ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "KE", "NG", "GH", "SG"}

PHONE_EN = [
    "«name» knocked over the whole 'cannon' figure on his first bat, the club wants him back Saturday, his cell is «v»",
    "If the bookmobile breaks down past the grain elevator again, ring the county garage on «v» before you ring me",
    "Lock 12's keeper is off sick, relief cover is «name», reachable on «v» from six until the last boat",
    "Kennel note for the house-sitter: the vet who does house calls for sled dogs picks up on «v», ask for the night nurse",
    "temari thread order stuck in customs, the broker's desk number is «v», reference is under my name",
    "«name» from the mushing club offered to lend us her dog trailer, text her at «v» and say you're Buck's cousin",
    "The bookmobile's Tuesday stop at the trailer park moved to the church lot; questions go to the branch manager at «v»",
    "Gorodki tournament pitch marshal for Sunday: «name», «v», he's the one with the whistle and the tape measure",
    "Narrowboat owner moored above the lock asked us to call «v» if the mooring pins pull loose in the wind",
    "«name» (harness repairs, works out of her garage, fast and cheap) — «v»",
    "Temari exhibition at the library: the curator who hangs the balls in the glass case is «name», «v»",
    "Voicemail from the race vet: 'this is the checkpoint at Carmacks, call me back on «v» about the limping wheel dog'",
    "«name» drives the second bookmobile route now, the one out to the reservation school, her number's «v»",
    "Sluice gate alarm went off at 3am, the canal trust's emergency line is «v» and they answered in two rings",
    "If any of the gorodki bats crack, the woodturner in Kingston re-glues them, phone «v»",
    "Dog food pallet delivery on Friday: the driver asked that you call «v» when the gate is open",
    "temari circle carpool for the Matsumoto trip, «name» has the minivan, reach her on «v»",
    "The lock-keeper's cottage landlord, «name», wants the meter reading texted to «v» by the 30th",
    "«name» found the club's lost figure-board in her shed, phone «v» to pick it up",
    "handler sign-up for the 200-mile race closes Wednesday, the race office is «v», ask for «name»",
    "If the heater in the bookmobile trips again, «name» at the fleet garage said to call «v» directly",
    "For the thread-dyeing workshop the indigo supplier's farm line is «v»",
]

PHONE_LINKS = [
    "Gorodki league's WhatsApp for last-minute pitch changes: https://wa.me/«vW»?text=Is%20the%20pitch%20dry",
    "Temari kit support chat, tap to message the maker directly: https://wa.me/«vW»",
    "Footer of the sled-tour page the kennel\'s nephew built: <a href=\"tel:«vE»\">Ring the musher before you drive up the ice road</a>",
    "«name»'s lock-keeping contact card, shared as a link: tel:«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "«name» ji, temari class ke liye dhaage Jaipur se aa gaye hain, «v» pe call karke le jaiye",
        "Mobile library van kal gaon nahi aayegi, driver ka number «v» hai",
        "Husky ke pair mein kaanta chubha tha, Manali wale jaanwar doctor sahab ne apna naya number «v» diya, raat ko bhi uthate hain",
    ],
    "BR": [
        "«name», a biblioteca sobre rodas chega na praça às nove, o motorista atende no «v»",
        "Quem achou o taco de gorodki esquecido no parque, por favor liga «v»",
        "A mestra do temari que deu a oficina no SESC deixou o zap dela: «v»",
    ],
    "DE": [
        "«name» vom Gorodki-Verein holt die Wurfstöcke ab, erreichbar unter «v»",
        "Schleusenwärter Bereitschaft am Wochenende: «v», bitte nur bei Hochwasser",
        "Die Bücherbus-Haltestelle am Dorfplatz fällt aus, Rückfragen bei der Fahrbücherei «v»",
    ],
    "MX": [
        "«name» trae los perros del trineo de exhibición para la feria, su celular es «v»",
        "La biblioteca móvil se quedó sin batería en la ranchería, al chofer lo encuentras en el «v»",
        "Quedan seis lugares en el taller de bolas de temari de los sábados; doña Chayo apunta a las alumnas por teléfono al «v»",
    ],
    "FR": [
        "«name», l'éclusier de remplacement cette semaine, répond au «v»",
        "Le bibliobus ne passera pas mardi, la médiathèque centrale est au «v»",
        "Tournoi de gorodki au parc, l'arbitre principal se joint au «v»",
    ],
    "ID": [
        "Perpustakaan keliling tidak datang hari Kamis, tanya sopirnya di «v»",
        "«name» yang ngajar temari di sanggar, nomornya «v»",
        "Kalau anjing penarik kereta salju itu lepas lagi, hubungi pemiliknya di «v»",
    ],
    "PH": [
        "«name» yung driver ng bookmobile sa barangay, tawagan mo sa «v» kung late",
        "Yung nagtitinda ng sinulid para sa temari sa Divisoria, eto number niya «v»",
        "Pakitext si «name» sa «v», siya na daw bahala sa mga aso sa sledding demo",
    ],
    "JP": [
        "«name»さん、てまり展の搬入時間の件で«v»に電話ください",
        "移動図書館の運転手さん直通«v»、雪の日は休み",
        "犬ぞりレースの受付は«v»まで",
    ],
    "ES": [
        "«name», la esclusa de Castilla la abre el guarda de turno, su móvil «v»",
        "El bibliobús no sube al pueblo esta semana, pregunta en la biblioteca provincial «v»",
        "El de los trineos de perros del Pirineo dice que le llames al «v», «name»",
    ],
    "IT": [
        "Il bibliobus della comunità montana salta il giro di giovedì, informazioni al «v»",
        "«name», il custode della chiusa sul Naviglio, risponde al «v» solo di mattina",
        "Le palline di temari della signora Ada hanno fatto furore alla mostra; per il suo corso del martedì sera si prenota al «v»",
    ],
    "TR": [
        "«name», gezici kütüphane otobüsünün şoförü, numarası «v»",
        "Kızak köpekleri gösterisi için çiftliği arayın: «v»",
        "Temari kursu için kayıt telefonu «v»",
    ],
    "KR": [
        "«name»님 테마리 공방 연락처 «v»",
        "이동도서관 버스 기사님 번호 «v»",
        "개썰매 체험장 예약 «v»",
    ],
    "PL": [
        "«name», kierowca bibliobusu, dzwoń na «v» jeśli nie przyjedzie",
        "Śluzowy na Kanale Augustowskim ma numer «v»",
        "Zapisy na warsztaty temari pod numerem «v»",
    ],
    "RU": [
        "«name», судья турнира по городкам, его номер «v»",
        "Библиобус в деревню больше не ходит по средам, звоните в районную библиотеку «v»",
        "Каюр с собачьей упряжкой для праздника, телефон «v»",
    ],
    "EG": [
        "مكتبة متنقلة للأطفال في القرية، السائق رقمه «v»",
        "«name» بتاعة ورشة التيماري رقمها «v»",
        "المراكب واقفة قدام الهويس من الفجر، كلم عم الحارس اللي ماسك المفتاح على «v» قبل ما الميه تنزل",
    ],
    "VN": [
        "Xe thư viện lưu động không đến thứ Năm, gọi tài xế «v»",
        "«name» dạy làm bóng temari ở nhà văn hóa, số «v»",
        "Người giữ âu thuyền trên kênh, số điện thoại «v»",
    ],
    "BD": [
        "ভ্রাম্যমাণ লাইব্রেরির ড্রাইভারের নম্বর «v»",
        "«name» apa Shonibar bikele Japani sutor bol (temari) shelai shekhaben Dhanmondi community hall-e, naam lekhate phone korun «v»",
        "«name» ভাই, খালের লক গেটের পাহারাদারের নম্বর «v»",
    ],
    "PK": [
        "Mobile library van ke driver ka number «v» hai, Kohat road pe ruki hai",
        "«name» se temari dhaagay mangwane hain, unka number «v»",
        "Kennel wale «v» pe bata dena ke kuttay theek hain",
    ],
    "CO": [
        "El bibliobús veredal no llega hoy por el derrumbe, el conductor está en el «v»",
        "«name» dicta el taller de temari en la casa de la cultura, celular «v»",
        "Para la exhibición de perros de trineo en Bogotá, llame al «v»",
    ],
    "AR": [
        "El biblio-móvil no pasa por la escuela rural esta semana, consultas al «v»",
        "«name», el que organiza el torneo de gorodki en Bariloche, su cel es «v»",
        "Los del trineo con perros en Ushuaia atienden en el «v»",
    ],
    "TH": [
        "รถห้องสมุดเคลื่อนที่ โทร «v»",
        "«name» สอนทำลูกบอลเทมาริ เบอร์ «v»",
        "ติดต่อคนดูแลประตูน้ำ «v»",
    ],
}

SIGNATURES = [
    ("US", "«name» | Race Secretary, Frostline Sled Dog Club | «v» | «e» | mushing since 1998"),
    ("GB", "«name», Lock & Weir Keeper (Kennet section) — «v» — «e» — please allow 20 minutes at the flight"),
    ("IN", "Regards, «name» | Temari Stitchers Circle, Pune | M: «v» | «e»"),
    ("DE", "Mit sportlichen Grüßen, «name», Kassenwart, Gorodki-Verein Leipzig e.V., Mobil «v» · «e»"),
    ("BR", "«name» — Biblioteca Sobre Rodas, coordenação de rotas — «v» — «e»"),
    ("FR", "Bien cordialement, «name», responsable du bibliobus départemental, tél. «v», courriel «e»"),
    ("AU", "Cheers, «name» | Bookmobile Outreach, Shire Libraries | «v» | «e»"),
    ("NG", "Yours in service, «name», Mobile Library Coordinator (Ogun schools) | «v» | «e»"),
    ("CA", "«name» · Dog handler & trail steward, Yukon Trail Mushers · «v» · «e»"),
    ("ZA", "Kind regards, «name», Secretary, Highveld Gorodki Society — cell «v» — «e»"),
    ("KE", "Warm regards, «name» — Book Bus Programme, Machakos — «v» — «e»"),
    ("MX", "Atentamente, «name», coordinación de la biblioteca móvil municipal, cel. «v», correo «e»"),
    ("PH", "Salamat po, «name» | Temari Crafters of Baguio | «v» | «e»"),
]

EMAIL_EN = [
    "Gorodki league entry forms go to «name» at «e», one form per team of five",
    "send the bookmobile's overdue list to «e» before the Friday route, «name» prints it",
    "The musher who bought two of our pups wrote from «e», «name» wants the vaccine records",
    "temari kit returns: email «e» with a photo of the tangled skein, «name» will swap it",
    "Lock-keeper vacancy on the upper canal, CVs to «e»",
    "I've cc'd «name» («e») on the race-route permit thread",
    "new address for the thread-dyeing co-op's invoices: «e», per «name»",
    "the rural schools' reading challenge certificates come from «e», not the old address",
    "«name» asked that all kennel volunteer rota swaps go through «e» from now on",
    "Please forward the gorodki figure diagrams to «e», «name» lost the laminated ones",
]

EMAIL_LOCAL = {
    "DE": "«name» vom Bücherbus bittet, die Haltestellenwünsche für das Frühjahr an «e» zu schicken, nicht mehr ans Rathaus",
    "FR": "Pour le concours de temari de la médiathèque, envoyez vos photos à «e» avant le 15, c'est «name» qui trie",
    "ES": "Las inscripciones para ayudar en la esclusa durante la fiesta del canal van a «e», las coordina «name»",
    "BR": "Manda o relatório da rota do ônibus-biblioteca pro «e», a «name» que consolida",
    "JP": "てまり展の出品申込はメール（«e»）でお願いします、担当は«name»さん、締切は月末",
    "KR": "개썰매 대회 참가 신청은 «e» 로 보내주세요 («name»)",
    "IT": "Per prenotare il bibliobus per la scuola di montagna scrivete a «e», risponde «name» entro due giorni",
    "PL": "Zgłoszenia na turniej gorodków wysyłajcie na «e», lista u «name»",
    "TR": "«name» kızak köpekleri yarışı için başvuruları «e» adresinde topluyor",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the gorodki tournament entry for the whole team on «v», please refund two players",
    "Kennel food subscription card on file: «v» (the musher's business card, not the household one)",
    "Bought twenty strips of tickets for the bookmobile's quilt raffle on «v»; the confirmation landed in junk mail with a misspelt library name",
    "Temari kit shop says the order bounced, card ending in that long number «v», can you check",
    "The narrowboat licence lapsed while we were wintering at Devizes; the renewal went through on my replacement card «v» in the end",
    "Race entry fee for the 300-mile, charged to «v»; the booking email came from the race office",
    "The dog-trailer hitch replacement went on «v» — «name» says we split it",
    "Sled-dog booties order, twelve sets, card used: «v», billing address is the kennel",
]

CARD_LOCAL = {
    "IN": "Temari silk thread order Rs 3,400, card se pay kiya: «v», OTP aaya tha",
    "BR": "«name», paguei a inscrição do torneio de gorodki no cartão «v», pode conferir?",
    "DE": "«name» hat beim Drechsler in Grimma die vier neuen Eschen-Wurfstöcke vorgestreckt, mit der Karte «v», der Vorstand soll das bis Ostern erstatten",
    "MX": "«name», el pago del taller de temari se hizo con «v»",
    "FR": "«name» a réglé la cotisation du club de gorodki avec la carte «v», remboursement en attente",
    "JP": "«name»さん、てまり糸の代金はカード«v»で",
    "ES": "«name» pagó las botas de los perros del trineo con «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name»'s IBAN for the gorodki travel pot: «v»",
    "refund the temari workshop deposit to «v», thanks",
    "Lock-keepers' social fund account, for the Christmas boat trip: «v»",
    "«name» asked to be paid for the dog-food run to «v»",
    "The bookmobile's book-sale takings go to «v», reference ROUTE SALE",
    "wire the race deposit to «v» — the musher's own account, not the club's",
]

IBAN_LOCAL = {
    "DE": ["«name» sammelt das Geld für den Kleinbus nach Jaroslawl zum Gorodki-Turnier, bitte 85 Euro pro Kopf auf «v» überweisen",
           "Bücherbus-Förderverein, Spenden bitte auf «v», Verwendungszweck Lesesommer"],
    "FR": ["«name», le RIB pour rembourser les fils du temari : «v»",
           "Association des éclusiers, virement de la cotisation sur «v»"],
    "ES": ["«name» pone el dinero para la merienda de la excursión del bibliobús a Covadonga; los padres ingresan en «v»",
           "Antes del campeonato en Cerler ingresad la inscripción del club de mushing en «v» y poned vuestro número de perro en el concepto"],
    "IT": ["«name» ha anticipato le matasse di seta per le palline di temari, rimborsatela sul suo conto «v»",
           "La gita in barca lungo le conche del Naviglio Pavese costa 40 euro a testa, bonifico a Lucia su «v»"],
    "NL": ["Sluiswachtersvereniging, contributie overmaken naar «v», ten name van «name»",
           "Bibliobus-inzameling: «v»"],
    "PL": ["«name», numer konta na wyjazd bibliobusem: «v»", "Składka klubu gorodków: «v»"],
    "TR": ["«name», kızak köpekleri derneğinin aidatı için IBAN: «v»", "Temari kursu ödemesi: «v»"],
    "BE": ["«name», rekening voor de bibliobus-quiz: «v»", "Sluisfeest, voorschot op «v»"],
    "AT": ["«name», IBAN für die Rückzahlung der Schlittenhunde-Startgebühr, die ausgefallen ist: «v»",
           "Temari-Kurs Linz, Kursbeitrag an «v»"],
    "PT": ["«name» trata das quotas dos amigos da carrinha-biblioteca de Trás-os-Montes; transferências para «v»", "Passeio no canal, sinal para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» finally filled in the county's direct-deposit slip for driving the bookmobile over the pass in winter: routing «a», account «b»",
        "Kennel payroll for the summer handlers, ABA «a» and account number «b»",
        "for the gorodki club's grant, «name» gave the treasurer routing no. «a» and acct «b»",
    ],
    "gb": [
        "«name» wants the lock-keepers' overtime paid by BACS, sort code «a», account «b»",
        "Canal trust volunteer expenses: sort code «a», account no. «b», reference your locks",
    ],
    "in": [
        "«name», temari class fees yahan bhejiye: A/c «a», IFSC «b»",
        "Mobile library driver salary account «a» IFSC «b», name «name»",
    ],
    "au": ["«name» topped up the mobile library's diesel at the roadhouse past Tennant Creek, pay her back to BSB «a» acc «b»"],
    "ca": ["«name» for the mushing club's trail crew cheque replacement: transit and institution «a», account «b»"],
    "br": [
        "O torneio de gorodki em Curitiba foi cancelado por chuva; o «name» quer a inscrição de volta na agência «a», conta corrente «b»",
        "Motorista da biblioteca itinerante, dados para a diária: ag. «a» c/c «b»",
        "«name» recebe pelas oficinas de temari na agência «a», conta «b»",
    ],
    "mx": ["«name», la CLABE para reembolsarte la comida de los perros del trineo: «a»"],
    "ng": [
        "«name», the bookmobile fuel refund goes to «bank» «a»",
        "The Russian coach who taught our Lagos club to throw the bita, «name», asked for his allowance through «bank», account number «a»",
    ],
    "za": ["«name» paid for the figure-board timber out of pocket before the Pretoria friendly; branch code «a», account «b» for the refund"],
    "ar": ["«name» reservó los perros de trineo del valle Tierra Mayor para el cumpleaños, hay que mandar la seña al CBU «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["Bookmobile driver onboarding form, W-4 attached, SSN «v», start date next Monday",
                      "The kennel's new handler needs a 1099, she gave her social as «v» over text"]),
    "in_aadhaar": ("IN", ["Temari workshop scholarship form, Aadhaar no. «v», photocopy attached",
                          "Mobile library volunteer KYC ke liye Aadhaar «v» diya"]),
    "in_pan": ("IN", ["Thread supplier's invoice needs the circle's treasurer PAN: «v»", "Accounts needs the visiting gorodki coach's PAN for TDS on his honorarium, he wrote it on the back of the scoresheet: «v»"]),
    "br_cpf": ("BR", ["Cadastro de motorista da biblioteca sobre rodas, CPF «v»", "Nota da oficina de temari emitida no CPF «v»"]),
    "mx_curp": ("MX", ["CURP del chofer de la biblioteca móvil: «v»", "Para la beca del taller de temari necesito tu CURP, «v», ¿es correcta?"]),
    "mx_rfc": ("MX", ["Factura de la croqueta para los perros de trineo a nombre del RFC «v»", "RFC «v» para el recibo de honorarios del curso de temari"]),
    "gb_nhs": ("GB", ["Lock-keeper's fall at Lock 9, NHS number «v» given to the paramedics",
                      "Bookmobile driver's occupational health form, NHS no. «v»"]),
    "de_idnr": ("DE", ["Übungsleiterpauschale Gorodki-Verein: Steuer-IdNr «v», bitte bis Monatsende",
                       "Für den Minijob im Bücherbus brauchen wir deine Steuer-ID «v»"]),
    "fr_nir": ("FR", ["Le nouveau chauffeur du bibliobus qui dessert les hameaux du Vercors a noté son numéro de sécurité sociale «v» sur la fiche d'embauche",
                      "Pour la mutuelle, l'éclusier saisonnier du canal de Nantes à Brest dicte au téléphone son numéro de sécu : «v»"]),
    "es_dni": ("ES", ["Para el contrato de verano del guarda de la esclusa de Medina de Rioseco, Rafa mandó foto del DNI «v» por el grupo", "La federación pide el DNI de cada musher para la carrera de trineos sobre nieve de Vall de Boí; el mío es «v»"]),
    "es_nie": ("ES", ["Gestoría: el monitor japonés de bolas de temari del centro cívico necesita el alta; su NIE es «v»", "El conductor nuevo del bibliobús tiene NIE «v»"]),
    "it_codicefiscale": ("IT", ["Il custode stagionale della conca di Viarenna ha firmato oggi; per le buste paga serve il codice fiscale «v»",
                                "Modulo della biblioteca civica per il laboratorio di palline ricamate: alla riga del codice fiscale la nonna ha scritto «v»"]),
    "ca_sin": ("CA", ["Mushers' club treasurer: the trail steward who grooms the Dawson loop gets a stipend, SIN «v» on his form", "Payroll can't issue the relief bookmobile driver's T4 for the Gaspé run without his SIN, which he texted as «v»"]),
    "id_nik": ("ID", ["NIK sopir perpustakaan keliling: «v»", "Pendaftaran kursus temari pakai NIK «v»"]),
    "pk_cnic": ("PK", ["Mobile library driver ka CNIC «v» hai, form mein likh dein", "Temari class fee receipt pe CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Gezici kütüphane şoförünün TC kimlik numarası «v»", "Kızak yarışı kaydı için TC kimlik no: «v»"]),
    "pl_pesel": ("PL", ["Do umowy zlecenia kierowcy bibliobusu jeżdżącego po wsiach pod Suwałkami potrzebny PESEL: «v»", "Zapis na turniej gorodków, PESEL «v»"]),
    "za_idnr": ("ZA", ["Gorodki society affiliation form, ID number «v»", "Bookmobile volunteer's SA ID «v», for the police clearance"]),
    "kr_rrn": ("KR", ["개썰매 체험 보험 가입용 주민등록번호 «v»", "이동도서관 기사 주민번호 «v»"]),
    "cn_ric": ("CN", ["流动图书馆司机的身份证号：«v»", "手鞠球培训班报名，身份证«v»"]),
    "jp_in": ("JP", ["移動図書館の運転手さんのマイナンバー«v»", "てまり講師謝礼の源泉徴収用マイナンバー：«v»"]),
    "au_tfn": ("AU", ["Bookmobile casual driver's TFN declaration, TFN «v»", "The kennel hand in Alice gave her tax file number as «v»"]),
    "nl_bsn": ("NL", ["De invalsluiswachter bij de Oranjesluizen begint maandag; voor de salarisstrook geeft hij BSN «v» door", "Bibliobus-chauffeur, BSN «v», graag vóór vrijdag"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนคนขับรถห้องสมุด «v»", "สมัครเรียนทำลูกเทมาริ เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["IC pemandu perpustakaan bergerak: «v»", "Yuran kelas temari, no. IC «v»"]),
    "ar_cuit": ("AR", ["CUIL del chofer del bibliomóvil para el alta: «v»", "Factura del curso de trineo, CUIL «v»"]),
    "cl_rut": ("CL", ["RUT del conductor del bibliobús de la comuna: «v»", "La profe de temari de Valdivia emite su boleta de honorarios con el RUT «v», pide que se la paguen antes del viernes"]),
    "se_personnummer": ("SE", ["Bokbussens chaufför, personnummer «v», för lönen", "Anmälan till hundspannsloppet över Kebnekaisefjällen kräver förarens personnummer, mitt är «v»"]),
    "ie_pps": ("IE", ["Lock-keeper on the Royal Canal, PPSN «v» for the seasonal contract", "Mobile library driver's PPS number: «v»"]),
    "pt_nif": ("PT", ["NIF do motorista da biblioteca itinerante: «v»", "Fatura da oficina de temari com NIF «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Kennel handler file — «name», cell «phone», «email», SSN «ssn» for the 1099", ("phone", "email", "ssn")),
    ("US", "bookmobile driver background check packet: «name», «phone», card for the fee «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Gorodki league treasurer's notes: «name», «email», paid dues with «card», SSN «ssn» on the W-9", ("email", "card", "ssn")),
    ("GB", "Lock-keeper relief booking: «name», «phone», «email», deposit taken on «card»", ("phone", "email", "card")),
    ("IN", "Temari kit bulk order — «name», «phone», «email», paid by «card»", ("phone", "email", "card")),
    ("CA", "Sled tour deposit: «name», «phone», card «card»", ("phone", "card")),
    ("AU", "Bookmobile outreach volunteer: «name», «phone», «email»", ("phone", "email")),
]
