"""Line templates of the dev62 privacy set (``privacy_cases_dev62.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
jorkyball club's cages, glass walls and two-a-side leagues, a kokedama workshop's moss balls, twine and
market stalls, a swift survey group's nest boxes, towers and screaming parties, a moth-trapping group's
light traps, egg boxes and records, a dark-sky society's telescopes, star parties and observatory keys,
a wild swimming group's lakes, tow floats and water temperatures; texts, voice notes, e-mails and their
signatures, forms and receipts), written fresh as messages from particular people in particular
situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an
address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "The jorkyball cage flooded through the roof vent again, «name» who manages the sports barn says phone «v» before we book Friday",
    "A swift flew into the vestry and can't find the way out, the churchwarden «name» is on «v» and has the long ladder",
    "Moth trap bulb blew at two in the morning, if anyone has a spare mercury vapour one, ring «v» and I'll drive over",
    "My aunt wants to sell her kokedama at the farmers' market, the stall manager «name» takes bookings on «v» weekday mornings",
    "Lake's at nine degrees this morning, anyone swimming before work text «v» so I know how many tow floats to bring",
    "Star party is off if the cloud holds, the host «name» will confirm by seven, her mobile is «v»",
    "Our two-a-side team needs a goalkeeper who can play off the glass, my cousin «name» says he's keen, reach him on «v»",
    "Found a grounded swift on the pavement outside the bakery, the rescue lady «name» answers on «v» even late",
    "If you're coming to the Saturday moth breakfast, confirm with «v», the egg boxes get counted at eight sharp",
    "The observatory dome motor is jammed, «name» from the engineering society said leave a voicemail on «v»",
    "Sorry I missed the swim, cramp in the car park, my physio «name» fits people in if you call «v» before noon",
    "Kokedama soaking bowls got left at the community hall, the caretaker on «v» can let you in till six",
    "Jorkyball league fixtures changed again, the organiser «name» only replies to texts, «v»",
    "Swift nest box on the school gable came loose in the wind, «name» the site manager needs a call on «v» about scaffolding",
    "Moth records for the county are due, «name» the recorder asked for a quick call on «v» if any ID is uncertain",
    "Dad left his red torch at the dark-sky site, the farmer who owns the field is on «v», he found it by the gate",
    "Cold water group chat is full, new joiners message «v» and I'll add you by hand",
    "The moss supplier delivered the wrong sheet moss, «name» at the nursery will swap it, her line is «v»",
    "My neighbour «name» is lending us his twelve-inch Dobsonian for the star party, he'd like a call on «v» to arrange pick-up",
    "Swimmer with a sore shoulder, «name», asked if someone can give her a lift to the reservoir, she's on «v»",
    "Jorkyball ref for the junior cup dropped out, «name» from the regional association can cover, ring «v»",
    "The swift caller speaker in the tower ran out of battery, «name» has the charger and lives close, «v»",
]

PHONE_LINKS = [
    "Quick one for the dark-sky crowd, the observatory's night manager prefers WhatsApp, tap «vW» and say you're with the Saturday group",
    "Kokedama orders for the wedding tables go through the florist's WhatsApp, «vW», mention the moss balls",
    "Swimmers, the coastguard liaison asked us to save her number in international format: «vE»",
    "The jorkyball tour coordinator, «name», can only be reached abroad on «vE», she's in Lisbon for the cup",
]

PHONE_LOCAL = {
    "IN": [
        "Vagamon kokedama workshop ke teacher «name» ne kaha moss khatam ho gaya, order ke liye «v» par call karo",
        "Dapoli sea swim ke lifeguard bhaiya ka number «v» hai, subah jaane se pehle bata dena",
        "Hampi star walk ka guide aaj late aayega, uska number «v», gate pe wait karna",
    ],
    "BR": [
        "A professora de kokedama «name» mudou o dia da oficina em Atibaia, o celular dela é «v»",
        "Quem for nadar na represa domingo cedo avisa o salva-vidas no «v», ele leva as boias",
        "O dono da quadra de jorkyball em Apucarana pediu pra ligar no «v» antes de reservar o sábado",
    ],
    "DE": [
        "Die Mauersegler-Beauftragte «name» vom Naturschutzbund braucht Hilfe am Kirchturm, bitte unter «v» melden",
        "Wer am Freitag zur Falternacht am Kaiserstuhl kommt, bitte kurz unter «v» Bescheid geben wegen der Lampen",
        "Der Sternwart hat den Schlüssel für die Kuppel, erreichbar unter «v» ab 18 Uhr",
    ],
    "MX": [
        "El entrenador de jorkyball «name» cambió el horario de la jaula en Tapalpa, su celular es «v»",
        "Si alguien va a nadar a la presa el domingo, avisen al «v» para llevar las boyas de arrastre",
        "El dueño del rancho donde vemos estrellas pidió que le marquen al «v» antes de abrir el portón",
    ],
    "FR": [
        "La responsable des martinets «name» cherche des bénévoles pour le clocher, appelez-la au «v»",
        "Pour la nuit des papillons de samedi, le garde du parc répond au «v» jusqu'à vingt heures",
        "Baignade au lac à sept heures demain, le maître-nageur est joignable au «v»",
    ],
    "ID": [
        "Pemandu pengamatan bintang di Bromo, Pak «name», minta dihubungi di «v» sebelum berangkat",
        "Yang mau ikut renang pagi di danau, konfirmasi ke «v» ya, pelampungnya terbatas",
        "Penjual lumut untuk kokedama di pasar bunga bisa ditelepon di «v»",
    ],
    "PH": [
        "Yung taga-bundok na sasamahan tayo sa pagtingin ng bituin, si «name», sabi niya mag-miss call lang sa «v» pag nasa jeep na tayo",
        "Yung bangkero na maghahatid sa swimming spot sa Sipalay, ito number niya «v»",
        "Para sa kokedama class sa Amadeo, mag-text lang sa «v» para sa slot",
    ],
    "JP": [
        "苔玉教室の«name»先生に連絡するなら«v»へ",
        "星見会の駐車場の管理人さんは«v»",
        "寒中水泳の集合場所は変更、幹事«v»",
    ],
    "ES": [
        "El socorrista de los baños de invierno en Cedeira, «name», contesta en el «v» por las mañanas",
        "Para la noche de polillas en el parque, el guarda pide que llaméis al «v» antes de montar la sábana",
        "La del vivero que vende musgo para kokedamas tiene el número «v», pregunta por el pedido grande",
    ],
    "IT": [
        "Il campanaro «name» ci lascia salire per contare i rondoni, chiamatelo al «v» il giorno prima",
        "Per la nuotata al lago di Bolsena di domenica, il bagnino risponde al «v»",
        "La serata osservativa è confermata, il custode dell'osservatorio è al «v»",
    ],
    "TR": [
        "Kalkan'da açık su yüzüşü için rehberimiz «name», numarası «v», sabah altıda arayın",
        "Yıldız gözlem gecesi için köy muhtarı «v» numarasından izin verdi, gelmeden arayın",
        "Yosun topu atölyesinin hocası hasta, yerine gelecek kişinin numarası «v»",
    ],
    "KR": [
        "이끼볼 공방 «name» 선생님 번호 «v»",
        "별 보기 모임 차량 문의 «v»",
        "아침 수영 모임 총무 «v»",
    ],
    "PL": [
        "Przewodnik «name» od nocnych obserwacji w Bieszczadach prosi o telefon pod «v»",
        "Kto jedzie na morsowanie w niedzielę, niech da znać pod «v», mamy tylko jedno auto",
        "Pani od jerzyków z parafii odbiera pod numerem «v» po południu",
    ],
    "RU": [
        "Смотритель обсерватории «name» просил звонить на «v» до девяти вечера",
        "Кто поедет на моржевание в воскресенье, пишите на «v»",
        "Продавец мха для кокедам на рынке дал номер «v»",
    ],
    "EG": [
        "مرشد رحلة النجوم في الفيوم «name» رقمه «v»",
        "للسباحة الصباحية اتصلوا على «v»",
        "بائع الطحالب رقمه «v»",
    ],
    "VN": [
        "Anh «name» dẫn đoàn ngắm sao trên núi cao, gọi «v» trước khi lên",
        "Nhóm bơi hồ sáng chủ nhật, liên hệ «v» để lấy phao",
        "Cô dạy làm kokedama ở chợ hoa, số «v»",
    ],
    "BD": [
        "শ্রীমঙ্গলে তারা দেখার গাইড «name», নম্বর «v»",
        "সকালের সাঁতার দলের লাইফগার্ডকে ফোন করুন «v» নম্বরে, নৌকা ঠিক করতে হবে আগে থেকেই",
        "Moss diye gach mure jhulanor class e Rumana khala aaj ashben na, brishti te rasta dube geche, porer date jante «v» e phone korun",
    ],
    "PK": [
        "Shogran star camp ke guide «name» ka number «v» hai, pehle call karna",
        "Subah ki tairaki ke liye lifeguard ko «v» pe batana",
        "Kokedama class wali baji ka number «v»",
    ],
    "CO": [
        "El guía de la noche de estrellas en La Tatacoa, «name», contesta al «v» antes de las seis",
        "Quien vaya a nadar a la laguna el domingo, avise al «v» para llevar las boyas",
        "Para las bolitas de musgo del matrimonio de la prima, doña Rubiela en la finca las prepara, llámela al «v» por la tarde",
    ],
    "AR": [
        "El guardaparques «name» de la noche de astronomía en Ischigualasto pide que lo llamen al «v»",
        "Los que nadan en el dique el domingo, avisen al «v» así llevamos las boyas",
        "El vivero que vende musgo para kokedamas en Chascomús atiende en el «v»",
    ],
    "TH": [
        "ไกด์ดูดาว «name» เบอร์ «v»",
        "ว่ายน้ำเช้าวันอาทิตย์ โทร «v»",
        "ครูสอนทำโคเคดามะ เบอร์ «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks again for the cage time,\n«name»\nKeokuk Jorkyball Club, league desk\ncell «v» · «e»"),
    ("GB", "Warm regards,\n«name»\nClun Swift Group, tower coordinator\nMob: «v»\n«e»"),
    ("IN", "Regards,\n«name»\nVagamon Moss Ball Collective, workshop desk\nPh: «v» | «e»"),
    ("DE", "Viele Grüße aus dem Harz\n«name»\nMauersegler-Arbeitsgruppe Halberstadt, Nistkastenbetreuung\nMobil: «v»\nE-Mail: «e»"),
    ("BR", "Abraços e boas braçadas,\n«name»\nNadadores de Águas Abertas da Represa, secretaria\nCel.: «v»\n«e»"),
    ("FR", "Bien cordialement,\n«name»\nClub d'astronomie des Aubrac, responsable des nuits d'observation\nTél. «v»\n«e»"),
    ("AU", "Cheers,\n«name»\nCoonabarabran Dark Sky Mob\n«v»\n«e»"),
    ("NG", "Best,\n«name»\nOgere Jorkyball Cage\n«v» | «e»"),
    ("CA", "Merci et à bientôt,\n«name»\nClub d'astronomie de Charlevoix, coordination des soirées publiques\nCell. «v»\n«e»"),
    ("ZA", "Kind regards,\n«name»\nFraserburg Star Party Committee\nCell «v»\n«e»"),
    ("KE", "Asante,\n«name»\nMsambweni Sea Swimmers, safety lead\nSimu: «v»\n«e»"),
    ("MX", "Saludos cordiales y nos vemos en la jaula,\n«name»\nLiga de Jorkyball de Tapalpa, coordinación de torneos juveniles\nCel. «v»\n«e»"),
    ("PH", "Salamat po,\n«name»\nAmadeo Kokedama Circle, class bookings\nMobile: «v»\nEmail: «e»"),
]

EMAIL_EN = [
    "Send your moth trap tallies for the weekend to «e» before Wednesday, «name» collates them for the county",
    "Jorkyball junior cup entries go to «e», the organiser «name» needs the kids' birth years too",
    "If you want a kokedama for the hospital raffle, e-mail «e» and «name» will set one aside",
    "The swift survey forms, scans please, go to «e», «name» types them up on Sundays",
    "Ice swim certificates: «e»",
    "Our new treasurer «name» asked that scope-hire deposits be confirmed by writing to «e» with the date",
    "Photos of the aurora from the hill, anyone who wants the full files, ask at «e», «name» has them all",
    "Water temperatures: «e»",
    "The cage booking calendar is managed from «e», «name» answers within a day",
    "Lost tow float? «e»",
]

EMAIL_LOCAL = {
    "DE": "Bitte die Zählbögen der Mauersegler-Kolonie bis Monatsende an «name» schicken, ihre Adresse ist «e», sie sammelt alles für den Bericht",
    "FR": "Ceux qui veulent monter au causse pour les Perséides, envoyez un petit mot à «e» avant jeudi, «name» compte les places dans les voitures",
    "ES": "Las fotos de las polillas del sábado mandadlas a «e», «name» las sube",
    "BR": "As inscrições do torneio de jorkyball vão para «e», quem cuida é «name»",
    "JP": "苔玉の注文は«name»さんへ、メールアドレスは «e» です",
    "KR": "별 관측회 신청은 «name» 님께, 메일 «e»",
    "IT": "I conteggi dei rondoni dal campanile mandateli a «e», li raccoglie «name»",
    "PL": "Na niedzielne wejście do jeziora o świcie zapisuje w tym roku «name», wystarczy napisać na «e» i podać rozmiar czapki",
    "TR": "Yıldız gözlem gecesi fotoğraflarını «name» topluyor, lütfen «e» adresine gönderin, dosyalar büyükse bağlantı yeterli",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Paying the jorkyball cage for the whole season on my card, «v», «name» at the desk said it'd go through tonight",
    "Kokedama supplies order, put it on the card ending nothing, the whole number is «v»",
    "New tow floats for the swim group, I paid with «v», keep the receipt for the treasurer",
    "Observatory membership renewal form asks for the card, I wrote «v» on it",
    "Card for the moth trap bulbs and the generator hire: «v»",
    "Mum's card for the swift nest boxes online, «v», she said it's fine",
    "I booked the star party campsite with «v», please pay me back your share, «name»",
    "Hotel for the jorkyball tournament, my card «v» is on the booking",
]

CARD_LOCAL = {
    "IN": "Vagamon workshop ka moss aur twine mere card «v» se pay kiya",
    "BR": "Paguei as boias novas no cartão de «name», é o «v», depois ela divide com o grupo",
    "DE": "Kassenprüfung der Seglergruppe: Die zwölf Holzkästen für den Glockenstuhl hat «name» privat vorgestreckt, laut Beleg von der Kreditkarte «v», das muss bis Juni erstattet werden",
    "MX": "Para la renta de la jaula del torneo de jorkyball «name» dejó su tarjeta en garantía, el número es «v», se la regresan cuando entreguemos las llaves",
    "FR": "L'abonnement de l'observatoire a été réglé par «name» avec sa carte, le numéro qu'elle m'a dicté au téléphone est «v»",
    "JP": "苔玉教室の材料費は«name»さんのカード«v»で払いました",
    "ES": "El traje de neopreno lo pagó «name» con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Refund for the cancelled jorkyball weekend, «name» asked to send it to «v»",
    "The swift survey grant money goes to the parish account, the diocese office sent the IBAN «v» and said to quote the project name",
    "Moth night fee, transfer to «v» please",
    "For the dark-sky trip, «name» paid the coach deposit, reimburse him at «v»",
    "Wild swimming wetsuits bulk order, pay the supplier at «v»",
    "Kokedama stall share: «v»",
]

IBAN_LOCAL = {
    "DE": ["Das Benzin für den Generator am Kaiserstuhl hat «name» bezahlt, wer mitgeleuchtet hat, schickt bitte seine fünf Euro auf «v»",
           "Spenden für die Mauerseglerkästen: «v»"],
    "FR": ["La cotisation de la nuit des étoiles se paie à «name», IBAN «v»",
           "Virement pour les combinaisons du club de baignade : «v»"],
    "ES": ["La fianza de la casa rural para la noche de observación la adelantó «name», devolvédsela a «v» antes del viernes",
           "Cuota del club de natación: «v»"],
    "IT": ["Il contributo per i nidi dei rondoni va a «name», IBAN «v»",
           "Quota della nuotata al lago, bonifico su «v» entro sabato"],
    "NL": ["De bijdrage voor de sterrenwachtavond gaat naar «name», IBAN «v»",
           "Wie de nieuwe zwemboeien wil helpen betalen, graag overmaken naar «v» met je naam erbij"],
    "PL": ["Składka na morsowanie do «name»: «v»", "Czapki dla morsów z nadrukiem dotarły, wpłacajcie po dwadzieścia złotych na rachunek «v», tytuł: czapka i imię"],
    "TR": ["Açık su yüzüşü otobüs ücretini «name» ödedi, lütfen payınızı şu IBAN'a gönderin: «v»",
           "Yosun topu atölyesi ücreti için IBAN «v»"],
    "BE": ["Het lidgeld voor de nachtvlinderwerkgroep stort je aan «name», «v»",
           "Bijdrage voor de zwaluwtorentjes op het schooldak: «v»"],
    "AT": ["Sternwarte, «name»: «v»", "Seeschwimmen Beitrag «v»"],
    "PT": ["A quota da noite de observação de estrelas é paga à «name», IBAN «v»",
           "Para as boias novas do grupo de natação no mar, transfiram para «v» e mandem o comprovativo"],
}

ACCOUNT_LINES = {
    "us": [
        "The jorkyball cage owner «name» wants the deposit by direct deposit, routing «a» and account «b», he said to put the team name in the memo",
        "Swift tower repair fund lives at the credit union, routing «a», account «b», the pastor asked me to share it with the committee only",
        "My reimbursement for the dark-sky bus, «name», checking account at the bank with routing «a» and account number «b», no rush",
    ],
    "gb": [
        "Evening all, the mercury bulbs don't buy themselves, so «name» is collecting the light-trap kitty this summer: «a» is the sort code, «b» the account, and put MOTHS plus your surname",
        "The swimming club's kit fund: sort code «a», account «b», and put ICE SWIM in the reference so the treasurer can find it",
    ],
    "in": [
        "Moss ball class ki fees abhi tak sirf teen logon ne di hai, baaki log «name» ke khate mein daal do, khata number «a», IFSC «b», aur bhejne ke baad naam likh dena",
        "Hampi wale raat ke taare dikhane wale bhaiya ko paise bhejne hain, unka khata «a», branch code «b», naam «name», woh cash nahi lete",
    ],
    "au": ["Reimburse «name» for the dew heaters, BSB «a» account «b», cheers"],
    "ca": ["The swift tower fund at the caisse, «name» says transit and institution «a», account «b», please e-transfer instead if you can"],
    "br": [
        "Gente, a chave da «name» deu erro no aplicativo, então quem ainda deve a touca e a boia faz transferência comum pra ela na agência «a», conta corrente «b», e põe o print no grupo da represa",
        "A inscrição da dupla no torneio da gaiola sai por depósito, o Sérgio mandou os dados: agência «a», conta «b», em nome de «name», e pediu pra guardar o comprovante",
    ],
    "mx": ["Para la cuota de la jaula depositen a la CLABE «a» a nombre de «name», y manden foto del comprobante"],
    "ng": [
        "Jorkyball cage rent for the month, pay to «name», «bank», account number «a», send the receipt to the treasurer",
        "Stargazing trip contribution, «name», «bank» «a», make una pay before Friday",
    ],
    "za": ["Star party catering, pay «name», branch code «a», account «b», reference your name and SP"],
    "ar": ["Che, el micro al valle de la Luna salió carísimo y «name» puso la plata de todos, cada uno le gira su parte a este CBU: «a», sin falta antes del asado"],
}

ID_LINES = {
    "us_ssn": ("US", ["Weird one, the parks department wants a Social Security number before I'm allowed up the chimney ladder for the swift count, I gave them «v», hope that's fine",
                      "Dad called from the planetarium desk, they want his SSN for the lifetime senior pass, he read it out as «v» and now he's worried"]),
    "in_aadhaar": ("IN", ["Chai estate wale moss workshop mein andar jaane se pehle guard ne ID maangi, maine apna Aadhaar «v» likhwa diya register mein",
                          "Dapoli swim event ke waiver form pe mummy ka Aadhaar number likhna padega, woh «v» hai"]),
    "in_pan": ("IN", ["The workshop owner needs my PAN for the invoice above fifty thousand, it's «v», she'll file it with the GST return",
                      "Star camp booking ke liye company ne PAN maanga, maine «v» diya, receipt pe bhi aayega"]),
    "br_cpf": ("BR", ["Pra nota fiscal das boias a loja pediu meu CPF, é «v», mas eu não queria dar",
                      "Minha mãe de oitenta anos quer fazer bolinha de musgo na feira de Atibaia e a organizadora exigiu CPF pro certificado, anota aí: «v»"]),
    "mx_curp": ("MX", ["Me registré como árbitro de jorkyball en Tapalpa, el formulario se tragó mi CURP, «v», y no me llegó el correo",
                       "La liga de la jaula de dos contra dos pide papeles de cada niño, la de Emiliano es «v», ya le mandé la foto del acta también"]),
    "mx_rfc": ("MX", ["Para la factura de la renta de la jaula el dueño pidió el RFC del club, es «v», con el domicilio fiscal",
                      "Al de la jaula le urge facturar la renta del torneo juvenil, le pasé el «v» del club en un papelito"]),
    "gb_nhs": ("GB", ["Cold water swim medical form asks for my NHS number, «v», in case the paramedics need it at the lake",
                      "Grandad insists on coming to the Kielder star camp despite his heart, the organisers want his NHS number on the medical card, it's «v»"]),
    "de_idnr": ("DE", ["Ehrenamtspauschale fürs Klettern am Kirchturm: der Kassenwart will von mir die elfstellige Nummer vom Finanzamt, «v», sonst zahlt er nichts aus",
                       "Für die Freiwasser-Trainerstunden im Baggersee verlangt die Stadt meine Steuer-Identifikationsnummer, ich hab sie abgeschrieben: «v»"]),
    "fr_nir": ("FR", ["L'assureur des baigneurs du lac veut absolument un numéro de sécurité sociale pour ma fille, je lui ai recopié le sien, «v», j'espère que c'est bon",
                      "Dossier médical du club de nage en eau froide, rubrique immatriculation, j'ai mis «v» comme sur ma carte Vitale"]),
    "es_dni": ("ES", ["Nos metemos al mar en enero y la aseguradora del club quiere el carné de cada bañista, os dejo el mío por si alguien lo rellena: «v»",
                      "Papá se apunta a lo de los telescopios en Javalambre y el albergue pide documento, te dicto su DNI: «v», sin prisa"]),
    "es_nie": ("ES", ["Soy de fuera y para apuntarme al club de natación en aguas frías me pidieron el NIE, es «v»",
                      "Mi compañera de piso es irlandesa y quiere bañarse con nosotras en la ría, para la licencia federativa te mando su NIE: «v»"]),
    "it_codicefiscale": ("IT", ["Il codice fiscale per l'iscrizione al gruppo dei rondoni, quello di mia madre: «v»",
                                "Mio figlio vuole il telescopio nuovo per la detrazione, l'osservatorio di Saint-Barthélemy fa fattura solo con il codice fiscale, gli ho dato «v»"]),
    "ca_sin": ("CA", ["The observatory's summer job form needs my social insurance number, «v», is that safe to e-mail",
                      "My SIN for the swift survey's honorarium, «v», please shred the paper"]),
    "id_nik": ("ID", ["NIK saya untuk pendaftaran ke pos pengamatan bintang di Bromo: «v», tolong dicatat oleh panitia",
                      "NIK ibu untuk asuransi renang: «v»"]),
    "pk_cnic": ("PK", ["Shogran ke upar wale star camp ke checkpost pe fauji ne har ek ka shanakhti card likha, mera «v» tha, yaad rakhna",
                       "Shogran star camp ki booking ke liye abbu ka CNIC number «v» diya hai"]),
    "tr_tckimlik": ("TR", ["Açık su yüzüşü sigortası için TC kimlik numaram «v»",
                           "Yıldız gözlem kampı kaydında annemin kimlik no «v»"]),
    "pl_pesel": ("PL", ["Syn chce pływać z nami w przeręblu, a organizator potrzebuje jego numeru do ubezpieczenia, przepisuję z legitymacji: «v»",
                        "Mój PESEL do ubezpieczenia na wyjazd morsów nad jezioro: «v»"]),
    "za_idnr": ("ZA", ["Fraserburg star party entry form wants my ID number, it's «v», the farm insists",
                       "My gran's ID number for the cold water swim indemnity, «v», she signed it herself"]),
    "kr_rrn": ("KR", ["수영 모임 보험 가입용 주민번호 «v»",
                      "별 관측 캠프 신청서에 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["观星营报名身份证号«v»",
                      "冬泳队保险身份证«v»"]),
    "jp_in": ("JP", ["苔玉教室の講師謝礼にマイナンバー«v»が必要",
                     "寒中水泳の保険でマイナンバー«v»"]),
    "au_tfn": ("AU", ["The observatory is paying me as a casual guide and payroll wants my tax file number, «v», is e-mail okay",
                      "My TFN for the swim coaching gig at the ocean pool: «v», please delete this after"]),
    "nl_bsn": ("NL", ["Oma gaat vrijwilliger worden bij de publieksavonden van de sterrenwacht in Lattrop, het formulier wil haar BSN, «v», wil jij het posten",
                      "Voor de vergoeding als gids bij de sterrenwacht vraagt de gemeente mijn burgerservicenummer, dat is «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับค่ายดูดาว «v»",
                      "เลขประจำตัวประชาชน «v» ประกันว่ายน้ำ"]),
    "my_nric": ("MY", ["IC number for the star camp: «v»",
                       "Kokedama workshop at the Cameron Highlands wants my MyKad number for the receipt, it's «v»"]),
    "ar_cuit": ("AR", ["CUIT del vivero para la factura: «v»",
                       "El de la agencia de turismo me llamó dos veces, quiere hacer la factura de la excursión astronómica a mi nombre y necesita el «v» como CUIT, ¿se lo paso?"]),
    "cl_rut": ("CL", ["Mi RUT para la inscripción al tour astronómico de Elqui: «v»",
                      "Los gorros nuevos los compramos a nombre del club de nado en agua fría de Frutillar, así que en la boleta va su rol tributario «v»"]),
    "se_personnummer": ("SE", ["Pappa ska börja vinterbada med oss vid Långholmen, klubbens anmälan vill ha hans personnummer, «v», kan du fylla i?",
                               "Föreningen för vinterbad vill ha mitt personnummer till försäkringen, det är «v»"]),
    "ie_pps": ("IE", ["My PPS number for the sea swim coaching course grant: «v»",
                      "Mam filled in the heritage grant for the swift bricks in the old mill and put my PPS on it, «v», because hers is on a card she lost"]),
    "pt_nif": ("PT", ["Para a fatura das boias do grupo de natação no mar pediram o NIF da associação, é «v», o da sede em Peniche",
                      "O senhor da loja de ótica em Évora fez o recibo do telescópio do clube e pediu o meu número de contribuinte, que é «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Swift survey volunteer card for «name»: cell «phone», e-mail «email», SSN «ssn» for the county's background check",
     ("phone", "email", "ssn")),
    ("US", "Jorkyball cage damage claim, player «name», reach him at «phone», he paid the deposit with card «card» and gave SSN «ssn» for the insurer",
     ("phone", "card", "ssn")),
    ("US", "Observatory membership for «name», «email», card on file «card», SSN «ssn» for the tax receipt",
     ("email", "card", "ssn")),
    ("GB", "Wild swim trip sign-up from «name»: mobile «phone», e-mail «email», paid with «card», please confirm", ("phone", "email", "card")),
    ("IN", "Vagamon moss ball wedding order, customer «name», she called from «phone», mail «email», advance paid with «card»", ("phone", "email", "card")),
    ("CA", "Star party refund for «name», call «phone», refund to card «card»", ("phone", "card")),
    ("AU", "Moth night volunteer «name», «phone», «email»", ("phone", "email")),
]
