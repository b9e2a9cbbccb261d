"""Line templates of the dev63 privacy set (``privacy_cases_dev63.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
roundnet club's nets, rims and beach tournaments, a chainmaille workshop's jump rings, mandrels and
craft-fair kits, a fungus foray group's baskets, spore prints and identification tables, a water vole
survey's latrines, rafts and riverbank transects, an oyster restoration group's cages, spat counts and
pontoons, a canal restoration trust's lock gates, dredging and work parties; texts, voice notes,
e-mails and their signatures, forms and receipts), written fresh as messages from particular people in
particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number),
«e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Roundnet pod on the rec ground lost its third leg again; «name» keeps the spare rim in his van, ring him on «v»",
    "Jump rings for Saturday's byzantine weave class came in the wrong gauge, «name» at the supplier says call «v» to swap them",
    "Foray leader's mobile for Sunday in the beechwood is «v»; if you find something you think is a death cap, do not bag it with the rest",
    "Left a basket of chanterelles on the bonnet of the blue estate by mistake, whoever drove off with it please ring «v»",
    "Vole survey transect 4: «name» found fresh latrines under the alders, her number for the follow-up visit is «v»",
    "Mink raft on the millstream has tracks again, tell the warden, «v», before he goes on leave",
    "The marina office will only let us lift the oyster cages off the pontoon if someone signs the log; «name» can, «v»",
    "Spat count tonight at low water, head torches and gloves. If the gate code doesn't work, «name» answers on «v»",
    "Canal work party moved to lock 11 because the by-wash is flooded; lifts from the swing bridge: «name», «v»",
    "Dredger operator for the winter stoppage wants confirmation by text to «v» that the stop planks are in",
    "Lady from stall 12 here, my scale-weave cuff pinches — is «name» free to phone «v» about taking out a row?",
    "Tournament desk for the beach roundnet open closes at nine; if your partner is late, text «v» with your team name",
    "Missed call from «v», a voicemail about the puddling clay delivery for the lock chamber, sounded urgent",
    "«name» at the county recorder's office would like photos of the vole droppings with a ruler, she's on «v» till five",
    "Spore print workshop at the library: the librarian, «name», wants the projector booked, reach her at «v»",
    "«v» is the pontoon berth holder who lets us hang the oyster cages off his boat, be nice to him, he's doing us a favour",
    "Emergency contact for the canal trust's towpath scrub-bashing day: «name», «v», first aider as well",
    "Chainmaille mandrel set is with «name» now, «v», collect it before Thursday's European four-in-one session",
    "Anyone with a car for the foray at the old deer park, message the organiser on «v», we're short of lifts",
    "Roundnet coach «name» asked for a contact number for the junior squad's away day; mine's «v»",
    "The lock keeper's cottage tenant says she'll open the gate for the work boat if we call «v» the night before",
    "Reminder to self: ring the riverbank landowner about access for the vole transects, «v», before the hay cut",
]

PHONE_LINKS = [
    "Want a game on the beach this summer? Message the roundnet club's organiser and she'll add you to the pick-up group: https://wa.me/«vW»",
    "Ring-weaving kit orders and questions: https://wa.me/«vW», the maker replies after her evening shifts",
    "tap to ring the foray leader if you get lost past the second stile: tel:«vE»",
    "Oyster cage night check, duty volunteer «name», in the shared contacts file as tel:«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Roundnet ka tournament Sunday ko beach pe hai, «name» bhaiya ko «v» pe call karke team register karwao",
        "Kumbh ke mele mein gale ki chain-mail wali dukaan ka number «v» hai, unse rings mangwa lo",
        "Mushroom walk subah chhe baje, forest guard ka number «v», pehle bata dena",
    ],
    "BR": [
        "O treino de roundnet na praia mudou pro posto 9; qualquer coisa liga pra «name» no «v»",
        "A moça que vende as argolas de aço inox para cota de malha atende no «v» depois do almoço",
        "Achei cogumelos estranhos no quintal, o biólogo do grupo de micologia pediu foto pelo «v»",
    ],
    "DE": [
        "Roundnet-Training in der Sporthalle fällt aus, Ersatztermin bei «name» unter «v» erfragen",
        "Wer beim Pilzberatungstag am Waldparkplatz mithelfen will, meldet sich unter «v» beim Vorstand",
        "Die Schleusenwärterin am alten Kanal ruft unter «v» zurück, wenn das Arbeitsboot durch darf",
    ],
    "MX": [
        "Para el torneo de roundnet en la playa de Sayulita, inscríbanse con «name» al «v»",
        "El señor que nos vende los anillos de acero para la cota de malla contesta en el «v», pero solo en las tardes",
        "Si encuentran hongos en la caminata del Ajusco, manden foto al «v», es la micóloga del grupo",
    ],
    "FR": [
        "Pour le tournoi de roundnet sur la plage de Lacanau, inscrivez-vous auprès de «name» au «v»",
        "La sortie mycologique de dimanche part du parking de la forêt domaniale, infos au «v»",
        "L'éclusier du canal du Nivernais accepte notre chantier bénévole, son numéro : «v»",
    ],
    "ID": [
        "Latihan roundnet di pantai Sanur dipindah ke sore, tanya «name» di «v» kalau bingung",
        "Penjual cincin baja untuk anyaman zirah bisa dihubungi di «v», dia kirim dari Bandung",
        "Kalau nemu jamur aneh di kebun teh, kirim foto ke «v» dulu, jangan dimakan",
    ],
    "PH": [
        "Yung roundnet sa Baler sa Sabado, magpalista kay «name» sa «v» bago mag-Biyernes",
        "Kung gusto niyo ng kit para sa chainmaille na pulseras, itext niyo si ate sa «v»",
        "Yung gabay natin sa paghahanap ng kabute sa bundok, «v» ang number niya",
    ],
    "JP": [
        "ラウンドネットの大会のエントリーは«name»さん(«v»)まで",
        "きのこ観察会の集合場所がわからない人は«v»へ電話してください",
        "運河の清掃ボランティアの連絡先は«v»です",
    ],
    "ES": [
        "Para el torneo de roundnet en la playa de la Malvarrosa, apuntaos con «name» en el «v»",
        "El guía de la jornada micológica en el hayedo coge el teléfono en el «v»",
        "Si se atasca la compuerta de la esclusa del canal de Castilla, llamad al «v»",
    ],
    "IT": [
        "Per il torneo di roundnet sulla spiaggia di Rimini chiamate «name» al «v»",
        "Il micologo dell'ispettorato, per far controllare i funghi raccolti, risponde al «v»",
        "Le paratoie della conca di Viarenna non si alzano di nuovo; il custode vuole un SMS al «v»",
    ],
    "TR": [
        "Sahildeki roundnet turnuvasına yazılmak için «name» ile «v» numarasından görüşün",
        "Mantar toplama gezisinde rehberin numarası «v», kaybolursanız arayın",
        "Zincir zırh atölyesinin halka siparişleri için «v» numarasına yazın",
    ],
    "KR": [
        "광안리 모래 위 원형 네트 경기, 짝 구하면 «name» 님 «v» 으로 문자 주래요",
        "버섯 탐사 모임 집결지 문의: «v»",
        "운하 복원 봉사 연락처는 «v» 입니다",
    ],
    "PL": [
        "Na turniej roundnetu na plaży w Sopocie zapisuje «name», numer «v»",
        "Grzybiarz z koła, który sprawdza kosze po zbiorach, odbiera pod «v»",
        "Śluzowy na Kanale Augustowskim oddzwania z «v», jeśli łódź robocza może przepłynąć",
    ],
    "RU": [
        "На турнир по раунднету на пляже записывает «name», номер «v»",
        "Грибной эксперт клуба проверяет корзины после похода, звоните на «v»",
        "Если шлюз на канале опять заклинит, пишите на «v»",
    ],
    "EG": [
        "للتسجيل في بطولة الراوندنت على الشاطئ كلم «name» على «v»",
        "رقم مرشد رحلة جمع الفطر: «v»",
        "لو بوابة الهويس اتقفلت كلموا «v»",
    ],
    "VN": [
        "Đội nào muốn đánh lưới tròn trên cát Mỹ Khê tuần sau, báo «name» qua «v»",
        "Số của anh hướng dẫn đi tìm nấm trong rừng: «v»",
        "Nếu cửa cống trên kênh bị kẹt, nhắn tin cho «v»",
    ],
    "BD": [
        "কক্সবাজারের বালুতে গোল জালের খেলা, নাম লেখাতে «name» আপাকে «v» তে ধরুন",
        "Mashrum khujte jabo bhore, guide bhai er number «v», deri hole phone diben",
        "Sech khaler purono kather dorjay shaola jomeche, mistri chacha ke «v» e janan, kal shokale kaj",
    ],
    "PK": [
        "Roundnet tournament ke liye «name» se «v» par raabta karein",
        "Khumbiyan dhoondne wale safar ke guide ka number «v» hai",
        "Nehar ke gate ki chaabi ke liye «v» par call karein",
    ],
    "CO": [
        "Las parejas de la arena en El Rodadero se inscriben con «name», que contesta al «v» después del almuerzo",
        "El micólogo que revisa las canastas después de la salida al páramo contesta en el «v»",
        "Si se traba la compuerta del canal del Dique, avisen al «v»",
    ],
    "AR": [
        "Las duplas para la arena de Playa Grande las arma «name»; escribile al «v» antes del jueves",
        "El guía de la salida a buscar hongos de pino atiende en el «v»",
        "El tablón de la esclusa vieja se volvió a trabar con ramas; el que tiene la palanca es el «v»",
    ],
    "TH": [
        "สมัครแข่งราวด์เน็ตติดต่อ«name» โทร «v»",
        "เบอร์ไกด์พาเดินหาเห็ดในป่า: «v»",
        "ถ้าประตูน้ำในคลองติดอีก ให้ส่งข้อความไปที่ «v»",
    ],
}

SIGNATURES = [
    ("US", "See you on the sand Saturday!\n«name» | Tulsa Roundnet, tournament desk\n«v» | «e»"),
    ("GB", "All the best,\n«name», work-party coordinator, Montgomery Canal restoration\nMob: «v»\n«e»"),
    ("IN", "Regards,\n«name»\nFungi Walk Coordinator, Coonoor Nilgiris Naturalists\nPh: «v» | Mail: «e»"),
    ("DE", "Viele Grüße\n«name»\nKettenhemd-Werkstatt, Kurse für Ringgeflechte und Schmuck\nTel. «v»\n«e»"),
    ("BR", "Um abraço,\n«name»\nRoundnet Floripa, treinos na praia e campeonatos estaduais\nCel.: «v»\nE-mail: «e»"),
    ("FR", "Cordialement,\n«name»\nSociété mycologique du Limousin (sorties du dimanche)\nTél. : «v»\nCourriel : «e»"),
    ("AU", "Ta,\n«name», reef volunteer\n«v»\n«e»"),
    ("NG", "Warm regards,\n«name»\nLagos Beach Roundnet, registrations\n«v» / «e»"),
    ("CA", "Merci pour les photos des cages à huîtres,\n«name»\nbénévole, récif de la baie de Fundy\n«v»\n«e»"),
    ("ZA", "Regards,\n«name» (Knysna oyster reef project, spat counts)\nCell «v»\n«e»"),
    ("KE", "Asante sana,\n«name»\nNaivasha fungi walks\n«v» · «e»"),
    ("MX", "Les mando la lista de hongos que identificamos el domingo,\n«name»\nvoluntaria del grupo micológico del Ajusco\nCel. «v»\nCorreo: «e»"),
    ("PH", "Salamat sa pagsali sa beach tournament,\n«name»\nkalihim, Baler roundnet club\n«v» | «e»"),
]

EMAIL_EN = [
    "Tournament pairings for the beach open go out from «e» on Thursday night; «name» handles partner swaps",
    "Chainmaille kit receipts come from «e», and if yours is missing the spare rings, «name» will post them",
    "Vole survey field sheets go to «e» after each transect, «name» enters them into the county database",
    "Clay-stamping in the lock chamber on Saturday: «name» needs to know your boot size at «e», the trust only owns nine pairs",
    "Foray reports: «e»",
    "Anyone who wants to join the spat counts this winter, «name» runs the induction on the pontoon and reads «e» most evenings",
    "The fungi photos from Sunday's walk can be sent to «e», or to «name» if the box bounces",
    "For cage adoption certificates not yet received, email «e»",
    "Line judges for the sand finals in August: «name» is building the rota from replies to «e»",
    "jump ring bulk orders: «e»",
]

EMAIL_LOCAL = {
    "DE": "Wer im Herbst bei der Pilzausstellung im Rathaus Proben bestimmen helfen will, meldet sich bei «name» an, Postfach «e»",
    "FR": "Ados intéressés par le maillage médiéval pendant la Toussaint : un mot à «e» ; sinon «name» tient le stand de la forge au marché",
    "ES": "Para el torneo de roundnet, mandad el nombre de vuestra pareja a «e»; lo lleva «name»",
    "BR": "Tirou foto do lodo que a gente arrancou da comporta velha? Manda pra «e», a «name» monta o álbum da associação",
    "JP": "きのこ観察会の写真は«name»さんまで、メール «e» で送ってください",
    "KR": "해운대 모래사장 라운드넷 번개 모임, 팀 이름이랑 같이 «e» 로 보내면 «name» 님이 조 편성해 준대요",
    "IT": "Chi ha visto tane o escrementi di arvicola lungo il Ticino scriva a «e»; «name» li segna sulla mappa del parco",
    "PL": "Kto chce wyciągać muł z komory śluzy w sobotę, niech napisze do «name» na «e», ona ma wodery",
    "TR": "Sahildeki istiridye resifi gönüllü gününe katılmak isteyenler, servis listesi için «name» ile «e» üzerinden yazışsın",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Parks department wanted the sand-court fee up front, so it went on «v»; «name» kept the stamped receipt in the scorebook",
    "My wire-ring box club bills «v» around the fifth; cancel it if I forget to after the craft fair",
    "Bought six trug baskets and a folding mushroom knife in Keswick on «v»; Aunt Bev says the foray fund owes me",
    "charged the waders for the canal work party on «v», the shop wouldn't take cash",
    "The vole survey's trail camera renewal bounced, they still have «v» which expired in May",
    "HDPE mesh bags for the shell cages, forty of them, went on «v»; pay me back whenever the lottery money clears",
    "Roundnet tournament entry for both our teams went on «v», «name» please send me your half",
    "Craft fair stall booking confirmation: card «v» accepted, table 14 by the window",
]

CARD_LOCAL = {
    "IN": "Roundnet ke naye set «v» wale card se mangwaye, bill mail pe aayega",
    "BR": "Oi «name», as argolinhas de aço da loja do Brás passaram no cartão «v», guarda a nota pro rateio",
    "DE": "Die Wathosen und die Schaufeln für den Arbeitseinsatz an der Schleuse hat «name» ausgelegt, Karte «v», Belege liegen im Bauwagen",
    "MX": "Don Chema trajo de Tenancingo las canastas de carrizo; «name» las pagó con la tarjeta «v» y dice que se las paguemos en tamales",
    "FR": "Trois kilos d'anneaux alu et deux pinces achetés à la quincaillerie de Vierzon : «name» a tendu sa carte «v», on la rembourse au marché",
    "JP": "«name»さん、きのこ図鑑の代金はカード«v»で払いました",
    "ES": "«name» pagó la inscripción del torneo de roundnet con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Oak for the bottom gates of lock nine is pricey; «name» wants to send a gift and asked where: «v»",
    "Sorry to miss the mail-shirt weaving retreat in the keep — the refund, per your form, to «v»",
    "Spat count donations: «v»",
    "«name» is reimbursing the foray's minibus from the IBAN «v», it should land by Friday",
    "Beach open prize money, transfer to «v» please",
    "Oyster reef grant: «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» bittet um Überweisung des Kursbeitrags für die Ringgeflecht-Werkstatt im Wintersemester auf «v»",
           "Pilzverein Beitrag: «v»"],
    "FR": ["«name», pour la cotisation et la sortie aux morilles du printemps, virez sur le compte des mycologues : «v»",
           "Remboursement des cuissardes du chantier : «v»"],
    "ES": ["«name» pide que le devolváis lo de la furgoneta del torneo de roundnet en la playa de Gandía a esta cuenta: «v»",
           "Cuota de la asociación micológica: «v»"],
    "IT": ["«name», per l'uscita ai porcini sull'Appennino e la quota annuale, il conto del circolo è «v»",
           "Rimborso per le reti e i paletti del roundnet: «v»"],
    "NL": ["«name» vraagt of je de bijdrage voor de nieuwe sluisdeuren overmaakt naar «v»",
           "Terugbetaling van de lieslaarzen en de schoppen voor de werkdag bij de oude sluis: «v»"],
    "PL": ["«name», konto koła grzybiarzy: «v»", "Zwrot za wypożyczenie busa na turniej roundnetu na plaży w Gdańsku, proszę przelać na «v»"],
    "TR": ["«name», istiridye resifi gönüllü grubunun hesabına bağış için IBAN: «v»",
           "Turnuva giriş ücreti iadesi: «v»"],
    "BE": ["«name» vraagt de inschrijving voor de paddenstoelenwandeling over te schrijven op «v»",
           "Terugbetaling van de maliënringen: «v»"],
    "AT": ["«name», Kursbeitrag: «v»", "Pilzwanderung: «v»"],
    "PT": ["«name» pede que transfiram a inscrição do torneio de roundnet na Nazaré para «v»",
           "Reembolso das botas de borracha e das pás do dia de trabalho na eclusa do canal: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» says the roundnet league reimbursement goes to her credit union account: routing «a», account «b», she'd rather not use the app",
        "Direct deposit for the canal trust's summer internship: routing «a», account «b», starting the first pay period in June",
        "Hey it's «name», for the chainmaille kits you sold at the fair, wire my share to routing «a» account «b» when you get a chance",
    ],
    "gb": [
        "«name» has paid for the dredger hire herself and would like it back before the end of the month: sort code «a», account number «b», she says thanks",
        "Standing order for the vole survey's trail camera fund: sort code «a», account «b», five pounds a month",
    ],
    "in": [
        "«name» ne fungi walk ki bus ka paisa advance diya tha, unke account mein bhej do: IFSC «a», account number «b», aaj shaam tak",
        "Roundnet tournament prize money bhejne ke liye IFSC «a», account «b», naam «name», confirm karke batana",
    ],
    "au": ["«name»'s reef volunteer reimbursement: BSB «a», account «b»"],
    "ca": ["«name» fronted the oyster cage rope; her transit number «a» and account «b» for the e-transfer backup"],
    "br": [
        "«name» adiantou o dinheiro das passagens do time de roundnet para o campeonato em Salvador e pediu para depositar na agência «a», conta «b», ainda esta semana",
        "Doações para a limpeza da eclusa: agência «a», conta corrente «b», titular «name», favor mandar o comprovante",
    ],
    "mx": ["Cuenta CLABE «a» a nombre de «name» para el pago de la salida micológica"],
    "ng": [
        "«name» paid for the beach roundnet nets; send her refund to «bank», account «a», before Friday please",
        "«name» — «bank» «a», for the tournament jerseys",
    ],
    "za": ["«name» covered the spat-count boat fuel; branch code «a», account «b», FNB"],
    "ar": ["«name» pagó el micro de la salida a buscar hongos de pino en Carlos Paz; le devolvemos por transferencia al CBU «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["The canal trust's AmeriCorps-style stipend paperwork asks for a social security number, so I wrote «v» on the form and handed it to the office",
                      "We won the sand-court open in Gulf Shores, and the energy-drink sponsor wants the captain's SSN («v») before it cuts the check"]),
    "in_aadhaar": ("IN", ["Range officer at Kodanad wants a twelve-digit UID from each walker before the mushroom trail, mine «v»",
                          "Roundnet camp registration for my son needs his Aadhaar number: «v», scan attached"]),
    "in_pan": ("IN", ["The craft council won't pay the chainmaille demonstration fee without a PAN, mine is «v», please pass it on",
                      "For the donation receipt to the oyster reef trust I gave them my PAN, «v», from the old card"]),
    "br_cpf": ("BR", ["A loja de argolas só emite nota fiscal com CPF, passa o teu: «v», o meu tá vencido no cadastro",
                      "Para inscrever as duplas no campeonato de roundnet na areia, a federação pediu o CPF do capitão: «v»"]),
    "mx_curp": ("MX", ["CURP para el permiso de recolección de hongos en el parque nacional: «v»",
                       "Mi sobrino juega en la arena de Sayulita; para su credencial juvenil le pidieron la clave única de registro: «v»"]),
    "mx_rfc": ("MX", ["Don Chema de las canastas de carrizo por fin da factura, pero quiere el registro fiscal de la asociación: «v»",
                      "RFC del club de roundnet de Sayulita: «v»"]),
    "gb_nhs": ("GB", ["If I slip off the lock wall again, A&E can use «v», I've put it on the trust's emergency card",
                      "Consent slip for Ellie's riverbank mammal day with the field studies people: NHS no. «v»"]),
    "de_idnr": ("DE", ["Kassenwart Heinz will für Lenas Trainerhonorar am Sandplatz die elfstellige Nummer vom Finanzamt: «v»",
                       "Honorarbogen der Kreisvolkshochschule für den Ringpanzer-Kurs, Feld Identifikationsnummer: «v»"]),
    "fr_nir": ("FR", ["Fiche d'inscription à la cueillette des girolles en Corrèze, case n° sécu : «v»",
                      "Assurance des tournois sur le sable de Lacanau : formulaire rempli, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Para la ficha federativa de Noa en la arena de Gandía, apunta su documento nacional: «v»",
                      "Sacamos lodo del canal de Castilla el sábado; la aseguradora del ayuntamiento quiere el documento de cada uno, el mío «v»"]),
    "es_nie": ("ES", ["Al chico portugués que juega en nuestra pareja le piden el NIE para el seguro del torneo en la playa: «v»",
                      "NIE de la monitora del taller de cota de malla: «v»"]),
    "it_codicefiscale": ("IT", ["Per il permesso di raccolta in Val di Taro il comune chiede il codice fiscale: «v»",
                                "Le fototrappole per le arvicole le ho pagate io; il parco del Ticino mi rimborsa se mando il codice fiscale «v»"]),
    "ca_sin": ("CA", ["Sand-court coaching at the lakeside day camp pays by cheque, but first HR needed «v» for my SIN line",
                      "Shellfish habitat honorarium from the Fundy group arrived with a slip asking my social insurance number; wrote «v»"]),
    "id_nik": ("ID", ["Buat asuransi main jaring bundar di pasir Kuta, Mas Bayu nyatet nomor induk kependudukan tiap orang, aku «v»",
                      "NIK pemandu jamur untuk izin masuk hutan: «v»"]),
    "pk_cnic": ("PK", ["CNIC for the fungi walk permit form at the forest office: «v»",
                       "Canal ki mitti nikalne wali team mein naam likhwaya, munshi ji ne NADRA wala number liya: «v»"]),
    "tr_tckimlik": ("TR", ["Mantar gezisinin sigortası için TC kimlik numarası istendi, benimki «v»",
                           "Roundnet kulübüne yazılırken lisans için kimlik numaramı verdim: «v»"]),
    "pl_pesel": ("PL", ["PESEL do zgłoszenia na turniej roundnetu na plaży w Sopocie, bo bez tego nie przyjmą pary: «v»",
                        "PESEL wolontariusza na sprzątanie śluzy: «v»"]),
    "za_idnr": ("ZA", ["Oyster reef volunteer indemnity in Knysna, the form wants your ID number: «v»",
                       "The roundnet beach open's insurer wants the organiser's South African ID number: «v», and a copy"]),
    "kr_rrn": ("KR", ["라운드넷 대회 보험 가입서에 주민등록번호 «v» 적었어요",
                      "버섯 탐사 보험 신청서 주민번호 «v»"]),
    "cn_ric": ("CN", ["身份证号码：«v»（蘑菇考察报名）",
                      "运河清淤志愿者登记身份证号：«v»"]),
    "jp_in": ("JP", ["公民館のきのこ講座の謝礼でマイナンバーが必要と言われた、«v»です",
                     "運河の泥上げボランティアの謝礼、振込用紙にマイナンバー«v»を書いた"]),
    "au_tfn": ("AU", ["Bookkeeper at the shellfish reef mob in Port Phillip needs a tax file number for my casual hours counting baby oysters: «v»",
                      "The council wants the roundnet coach's tax file number before they pay the invoice: «v»"]),
    "nl_bsn": ("NL", ["De gemeente betaalt de vrijwilligersvergoeding voor de sluiswerkdagen pas uit met een BSN erbij, de mijne: «v»",
                      "Het waterschap wil voor de woelratten-telling op de oevers een BSN van elke vrijwilliger, dus hier de mijne: «v»"]),
    "th_pin": ("TH", ["ใบสมัครเล่นตาข่ายกลมบนหาดบางแสน ต้องกรอกเลขประจำตัว «v»",
                      "เลขประจำตัวประชาชนของไกด์เดินป่าหาเห็ด: «v»"]),
    "my_nric": ("MY", ["No. IC untuk daftar roundnet: «v»",
                       "Persatuan minta nombor kad pengenalan pemandu cendawan untuk permit hutan simpan: «v»"]),
    "ar_cuit": ("AR", ["El hotel de Mar de Ajó nos factura las canchas de arena a nombre del club, CUIT «v»",
                       "La asociación micológica pidió el CUIT del proveedor de las canastas para el comprobante del subsidio municipal: «v»"]),
    "cl_rut": ("CL", ["Para la pareja mixta de la arena en Reñaca la organización anota el rol único tributario, el mío: «v»",
                      "RUT del voluntario del censo de ratones de agua en el humedal, para el seguro del día de campo y la credencial: «v»"]),
    "se_personnummer": ("SE", ["Personnumret för försäkringen till svampexkursionen, ledaren vill ha det innan vi går ut i skogen: «v»",
                               "Göta kanal-sällskapet vill ha ditt personnummer för olycksfallsförsäkringen vid slussarbetet, mitt är «v»"]),
    "ie_pps": ("IE", ["PPS number for the canal restoration grant: «v»",
                      "Galway shellfish reef scheme, CE placement paperwork, personal public service no. «v»"]),
    "pt_nif": ("PT", ["A loja de argolas de aço no Porto só passa fatura com contribuinte, o meu é «v», anota aí para a próxima",
                      "NIF do clube de roundnet para o recibo da praia concessionada em Carcavelos: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Canal trust volunteer intake, new starter «name»: cell «phone», email «email», SSN «ssn» for the stipend paperwork",
     ("phone", "email", "ssn")),
    ("US", "Sponsor's payout sheet for the Gulf Shores sand open — «name», cell «phone», fee paid with «card», taxpayer no. «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Continuing-ed enrollment for Rings & Weaves 101: «name», «email», tuition on «card», social security «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Puddling-clay weekend at the flight of locks: «name» («phone», «email») secured two bunks with «card»", ("phone", "email", "card")),
    ("IN", "Shola mushroom trail roster — «name», «phone», «email»; jeep share charged to «card»", ("phone", "email", "card")),
    ("CA", "Oyster cage adoption winner «name», call «phone», certificate postage paid with «card»", ("phone", "card")),
    ("AU", "Beach spikeball taster, interested: «name», ph «phone», «email»", ("phone", "email")),
]
