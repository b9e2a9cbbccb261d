"""Lines of the dev77 privacy set (``privacy_cases_dev77.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them: messages from particular people in particular situations (a road bowling score on
the roads round Keady with its bullets, lofts, sops and road showers, a finger-pulling championship in
a Werdenfels inn with its straps, tables and Hakler, the Haxey Hood's Fool, Boggins and sway between
the Isle of Axholme's pubs, Kırkpınar's oil wrestlers, kispet and cazgır at Sarayiçi in Edirne, a
human tower team's pinya, enxaneta and faixas at the Tarragona concurs, and Knaresborough's bed race
across the River Nidd). A slot is written in guillemets: «v» the value (a phone as the country writes
it, «vE» in E.164, «vW» as a wa.me link wants it), «e» an e-mail address, «name» the writer or the
person named, «a» and «b» an account's parts, «bank» a Nigerian bank's name.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "«name» is road showing for the Keady score on Sunday; if the bullet goes into the hedge at the crossroads, "
    "ring him on «v»",
    "Text «v» before the Hakler weigh-in closes at the Gasthof, the society's secretary only answers texts",
    "«name» from the bed race committee, my new number for the Nidd crossing is «v», the old one drowned with the "
    "last bed",
    "Haxey Hood: the Fool's minder says anyone who finds the hood's leather cover after the sway should call «v» "
    "straight away",
    "The colla's pinya coordinator changed phones; reach «name» on «v» about Sunday's tower in the Plaça de la Font",
    "Kırkpınar travel group: the minibus driver who meets everyone at Edirne bus station is on «v»",
    "«name» has the key to the Gasthof's back room where the finger-pulling tables are kept, call «v» after six",
    "Lost a sop of grass marker and a 28-ounce bullet near Tullysaran bridge? Whoever found them rang «v» twice",
    "Bed crew Nidd Nymphs: our pusher with the spare wheel is «name», «v», shout if the axle goes before the bridge",
    "If you see the Boggins' captain in the Carpenters Arms, tell him to ring «v», the Lord of the Hood is looking "
    "for him",
    "Road bowling exchange to Boston: the host family picking up «name» at Logan asked that he save «v» in his phone",
    "Castells bus to Tarragona leaves at seven; if you're late, the driver's phone is «v», don't call the "
    "enxaneta's mum",
    "«name» volunteered to carry the Haxey Fool's chair this year, his mobile is «v» if the Mowbray stone needs "
    "moving",
    "Message «v» to sign your bed up for the Knaresborough race, entries close when the marshals' list is full",
    "«name» drives the oil tanker that refills the olive oil drums at Sarayiçi, his number for the organisers is «v»",
    "For the loft-and-bullet workshop at the Keady community hall, text «v» and give your club and years bowling",
    "«name», the Hakler who won the middleweight strap last year, asked us to pass on «v» to the sponsors",
    "Epworth minibus for the Haxey Hood leaves the Red Lion at noon; the driver's mobile is «v» for pick-ups",
    "Our colla's faixa maker in Valls, «name», takes orders for new sashes on «v» before the autumn season",
    "Knaresborough bed race first aiders: «v» is the duty phone on race day, it stays with whoever is at the weir",
    "«name» minds the kids' human towers at the colla on Fridays, her phone is «v» if you're running late",
    "Haxey Boggins' reunion: the organiser asked everyone who ran in the red jumpers to text «v» with their year",
]

PHONE_LINKS = [
    "WhatsApp the Keady score's road shower directly: wa.me/«vW», he sends the odds before every shot",
    "Chat with the Werdenfels finger-pulling society on WhatsApp at https://wa.me/«vW» to book a practice table",
    "Bed race Signal group is full, so the committee set up a new entry line: tap "
    "https://signal.me/#p/«vE»",
    "Telegram link for «name», the Kırkpınar ticket agent: https://t.me/«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Kolhapur ke akhade mein kushti dangal ke liye registration «v» pe WhatsApp karo, "
        "vajan Sunday subah hoga",
        "Bihu committee ke dhol wale bhaiya ka number «v» hai, Husori ke liye time fix kar lo",
        "«name» ne kaha ki Ganpati mandal ke pandal ki bijli ka kaam «v» wale electrician se karwana",
    ],
    "BR": [
        "«name» vai levar o boi pro ensaio em Parintins, liga no «v» se o barco atrasar",
        "Quem quiser vaga no ônibus da torcida para o festival, manda mensagem pro «v» até sexta",
        "O costureiro das fantasias do Caprichoso mudou de número: agora é «v», avisa a ala das tribos",
    ],
    "DE": [
        "«name» vom Fingerhakler-Verein Werdenfels hat eine neue Handynummer: «v», "
        "bitte im Vereinsheft ändern",
        "Wer beim Alpenländischen Fingerhakeln Kampfrichter sein will, meldet sich bis Freitag unter «v»",
        "Der Wirt vom Gasthof stellt die Hakeltische am Samstag auf, bei Fragen zur Bühne bitte «v» anrufen",
    ],
    "MX": [
        "Para la Guelaguetza, el señor de las marmotas que acompaña a la delegación de Tlaxiaco "
        "cambió su celular, ahora es «v»",
        "«name» renta trajes de chinelo para el carnaval de Tepoztlán, escríbele al «v» antes del domingo",
        "El camión de la banda de viento sale del zócalo a las seis, cualquier cosa al «v»",
    ],
    "FR": [
        "Pour les fêtes de Bayonne, la peña réserve le camion frigo chez «v», appelle avant mercredi "
        "midi",
        "Le lâcher de vaches de la course landaise est complet, mais la liste d'attente se fait au «v»",
        "«name» organise le covoiturage vers le concours de castells en Catalogne, son portable est le «v»",
    ],
    "ID": [
        "Pendaftaran joki cilik pacuan kuda Sumbawa lewat WA ke «v», sertakan umur dan berat badan",
        "Panitia lomba perahu naga Danau Toba ganti nomor, sekarang hubungi «v» untuk jadwal latihan",
        "Yang mau ikut rombongan nonton karapan sapi di Madura, konfirmasi ke Pak Harjo di «v»",
    ],
    "PH": [
        "Para sa Pahiyas sa Lucban, yung supplier ng kiping ay si Aling Nena, «v» ang number niya",
        "Kung sasali kayo sa carabao race sa Pulilan, magtext muna sa «v» para sa listahan",
        "«name» ang bahala sa sound system ng fiesta sa barangay, tawagan mo siya sa «v» bukas ng umaga",
    ],
    "JP": [
        "«name»さん、岸和田の曳き手の集合連絡は «v» まで",
        "喧嘩神輿の担ぎ手の申込は «v» へ電話",
        "諏訪の御柱祭の宿の予約は «v» です",
    ],
    "ES": [
        "La colla castellera de Valls cambia de teléfono de contacto para los ensayos: llamad al «v» "
        "de lunes a jueves",
        "Si alguien encuentra la faixa negra que perdió el segundo del pilar, que avise al «v»",
        "Para la Tomatina de Buñol, el autobús de la peña sale de la plaza; el conductor tiene el «v» "
        "y no contesta mensajes",
    ],
    "IT": [
        "Per le prove del palio della contrada, il barbaresco ha cambiato cellulare: «v» "
        "fino a settembre",
        "Chi vuole un posto sul palco per la corsa dei Ceri a Gubbio scriva al «v» entro lunedì",
        "La sarta dei costumi del Calcio Storico fiorentino risponde solo al «v», non usate la mail",
    ],
    "TR": [
        "Kırkpınar'da pehlivanların yağ tenekelerini taşıyan kamyoncunun numarası «v», sabah altıda Sarayiçi'nde",
        "Cazgır ağabeyin yeni telefonu «v», duaları kaydetmek isteyen gazeteciler onu arasın",
        "Edirne'deki kispet ustası sipariş için «v» numarasından aranmak istiyor, ölçüleri hazırlayın",
    ],
    "KR": [
        "«name»님, 안동 탈춤 축제 자원봉사 연락처는 «v» 입니다",
        "씨름 대회 버스 예약 문의는 «v» 로",
        "강릉 단오제 그네뛰기 신청 전화 «v»",
    ],
    "PL": [
        "«name» z koła gospodyń pyta, kto przywiezie wieniec dożynkowy; dzwońcie do niej pod «v» "
        "po południu",
        "Zapisy na wyścig łodzi smoczych w Bydgoszczy pod numerem «v»",
        "Kierowca busa na jarmark w Kazimierzu ma numer «v», wyjazd o szóstej",
    ],
    "RU": [
        "«name» собирает команду на бои подушками на Масленицу, звоните ему по номеру «v» до пятницы",
        "Новый телефон распорядителя ледового заплыва в Иркутске: «v»",
        "Автобус на фестиваль „Дикая мята“ уходит от вокзала, водитель на связи по «v»",
    ],
    "EG": [
        "رقم منسق سباق الهجن في العريش الجديد هو «v»",
        "اللي عايز يحجز مركب في مهرجان النيل يكلم «v»",
        "مكتب حجز رحلة مولد السيد البدوي رقمه «v»",
    ],
    "VN": [
        "Đội đua ghe ngo Sóc Trăng đổi số điện thoại liên lạc, giờ gọi «v» để hỏi lịch tập",
        "Ai muốn đăng ký xem chọi trâu Đồ Sơn thì nhắn tin vào số «v»",
        "Anh lái xe chở đoàn đi lễ hội Gióng để lại số «v» cho cả nhóm",
    ],
    "BD": [
        "Nouka baich-er team-e naam likhate chaile «v» number-e phone korun, "
        "Shomobar-er moddhe",
        "Boishakhi melar stall booking-er jonno Rahim bhai-er notun number «v»",
        "Lathi khela competition-er organiser «v» number-e WhatsApp chaiche, age theke janan",
    ],
    "PK": [
        "Lok Virsa ke mele mein dangal dekhne jana ho to Islamabad se coaster chalegi, uske driver Naveed ka "
        "number «v» hai",
        "Sibi mela ke oonton ki daud ke pass «name» ke paas hain, «v» pe rabta karein",
        "Shandur polo festival ki jeep booking ab «v» pe hogi, purana number band hai",
    ],
    "CO": [
        "Para el torneo de tejo en Turmequé, la cancha se reserva con don Efraín al «v» "
        "antes del viernes",
        "La comparsa del Carnaval de Barranquilla cambió de celular de contacto: ahora es «v»",
        "«name» lleva las silletas al desfile de Medellín, llámala al «v» para ayudar a cargarlas",
    ],
    "AR": [
        "La tropilla que viene a la Fiesta de la Tradición en San Antonio de Areco "
        "tiene nuevo contacto: «v»",
        "Para anotarse en el concurso de asado con cuero de Chivilcoy, escribile a «name» al «v»",
        "El micro de la peña folclórica a Cosquín sale del club, el chofer atiende en el «v»",
    ],
    "TH": [
        "ติดต่อทีมแข่งเรือยาวที่พิษณุโลกได้ที่ «v»",
        "คนขับรถไปงานวิ่งควายชลบุรีเบอร์ «v»",
        "จองที่นั่งดูบั้งไฟยโสธรโทร «v»",
    ],
}

SIGNATURES = [
    ("US", "«name» | volunteer coordinator, Ozarks sorghum mill days | cell «v» | «e» | "
           "please reply before the mill opens"),
    ("GB", "«name», race secretary, Knaresborough bed race committee — «v» — «e»"),
    ("IN", "Regards, «name» | Trustee, Kolhapur akhada trust | «v» | «e» | Sent from mobile"),
    ("DE", "Servus aus dem Loisachtal und bis zum nächsten Hakeltisch — «name», Schriftführerin der Werdenfelser "
           "Fingerhakler · Handy «v» · «e»"),
    ("BR", "«name» — Associação Folclórica do Boi Caprichoso — «v» — «e»"),
    ("FR", "«name», qui tient la caisse de la peña pendant les fêtes de Bayonne (appelez plutôt le soir) — «v» — «e»"),
    ("AU", "«name» · «v» · «e»"),
    ("NG", "«name» | Regatta secretary, Bayelsa boat festival | «v» | «e»"),
    ("CA", "«name» · fiddlers' hall · «v» · «e»"),
    ("ZA", "«name», choir treasurer, Soweto eisteddfod entry — «v» — «e»"),
    ("KE", "«name» | Iten camp manager | «v» | «e»"),
    ("MX", "Atentamente, «name», delegación de Tlaxiaco — «v» — «e»"),
    ("PH", "«name» | Pahiyas committee | «v» | «e»"),
]

EMAIL_EN = [
    "«name» asked that the Keady road bowling results go to «e» now, the old club address bounces",
    "Send your bed race entry form and a photo of the bed to «e» before the end of May",
    "For the Haxey Hood accessibility stand next to the Mowbray stone, write to «name» at «e»",
    "The finger-pulling society's English-speaking members get the newsletter from «e», reply there",
    "Press passes for Kırkpınar are handled by «e» this year; include your outlet and the days you'll attend",
    "«name»'s new address for the castells exchange trip is «e», she changed it after the hack",
    "If you want the Nidd crossing photos in full size, ask «e», the photographer keeps the originals",
    "Please copy «e» on anything about the road shower roster, the chairman reads that inbox",
    "Invoices for the olive oil drums at Sarayiçi should be sent to «e», not to the festival's main office",
    "«name» collects the sway-route memories for the Axholme history book; her address is «e»",
]

EMAIL_LOCAL = {
    "DE": "«name» bittet, die Anmeldungen zum Fingerhakeln künftig an «e» zu schicken, "
          "die alte Adresse gilt nicht mehr",
    "FR": "«name» demande que les inscriptions pour la course landaise soient envoyées à «e»",
    "ES": "Las fotos del concurso de castells se comparten desde «e», pedid acceso a la junta",
    "BR": "«name» pediu pra mandar as fichas dos brincantes do boi pro «e» até domingo",
    "JP": "御柱祭の写真は «e» へ送ってください",
    "KR": "천하장사 씨름 대회 참가 신청서와 사진은 «e» 주소로 금요일까지 보내 주세요",
    "IT": "«name» chiede di mandare le iscrizioni alla cena della contrada a «e», non al vecchio indirizzo",
    "PL": "Pani «name» z koła gospodyń zbiera przepisy na chleb dożynkowy i prosi o nie mailem: «e», najlepiej ze "
          "zdjęciem bochenka",
    "TR": "Kırkpınar'da yağ güreşi gönüllüsü olmak isteyenler adlarını ve beden ölçülerini «e» adresine göndersin, "
          "kispet provası Cuma günü",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the Keady score's stake deposit with the club's card, «v», and wants it refunded if the road is closed",
    "Booking the Edirne hotel for Kırkpınar week, the agent took card «v» and says the charge appears after check-in",
    "For the bed race insurance top-up the broker needs the card on file confirmed: «v», expiry on the back of the "
    "policy letter",
    "The Haxey pub's card machine failed, so the landlord typed the order for the hood night's barrels with «v»",
    "Replace the card on the castells trip's coach booking with «v»; the old one was blocked after the Tarragona fuel stop",
    "Finger-pulling society's membership renewal went through on «v», but the Gasthof never got the table hire payment",
    "Card used for the oil drum order: «v»",
    "My daughter's card «v» was charged twice for the bed race spectator stand, can the committee look into it?",
]

CARD_LOCAL = {
    "IN": "Akhada ke naye mats ka advance «v» wale card se diya, bill trustee sahab ko bhej do "
          "aaj shaam tak",
    "BR": "Paguei as penas das fantasias do boi no cartão «v», confere se caiu na conta da associação",
    "DE": "«name» hat beim Wirt die Hakeltisch-Miete samt Startgeld fürs Alpenländische über «v» abbuchen lassen, "
          "der Beleg hängt am Schwarzen Brett",
    "MX": "El anticipo de la banda para la Guelaguetza se pagó con la tarjeta «v», guarda el comprobante",
    "FR": "Pour les vaches landaises du dimanche, «name» a avancé l'argent avec sa «v» ; la peña le rembourse dès "
          "que la quête des arènes est comptée",
    "JP": "御柱祭の宿代はカード «v» で支払い済み",
    "ES": "«name» pagó las camisas nuevas de la colla con la tarjeta «v»; "
          "si el banco pregunta, fue en la tienda de Valls",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» is refunding the castells trip's unused hotel nights; the colla's treasurer gave the IBAN «v» for it",
    "Please transfer the Kırkpınar grandstand share to «v» by Friday, the cousins already sent theirs",
    "The Werdenfels society's prize money for the foreign Hakler goes to IBAN «v», reference the weight class",
    "Bed race sponsorship from the brewery should be paid into «v», the committee's account at the Knaresborough branch",
    "Road bowling exchange: send «name» the bus fare share at «v»",
    "Deposit for the Haxey Hood cottage goes to «v», the owner confirms by text",
]

IBAN_LOCAL = {
    "DE": ["«name» überweist die Startgelder für das Alpenländische Fingerhakeln auf «v», "
           "Verwendungszweck: Gewichtsklasse und Verein",
           "Bitte die Miete für die Hakeltische im Gasthof auf das Konto «v» überweisen, der Wirt wartet schon"],
    "FR": ["«name» rembourse la peña sur le compte «v»",
           "Le virement pour les places de la course landaise doit arriver sur «v» avant la fin du mois"],
    "ES": ["Las camisas verdes nuevas de la colla cuestan treinta euros; «name» lleva la tesorería este año y "
           "recoge las transferencias en «v»",
           "Transferencia para el autobús de la peña de la Tomatina: «v»"],
    "IT": ["Cena propiziatoria della contrada alla vigilia del palio: «name» raccoglie i trenta euro a testa sul "
           "conto «v», niente contanti quest'anno",
           "Gubbio, posti sul palco per la corsa dei Ceri del quindici maggio: la prenotazione vale solo col "
           "bonifico arrivato su «v»"],
    "NL": ["«name» vraagt of de bijdrage voor de corsowagen in Zundert wordt overgemaakt naar "
           "rekening «v»",
           "De inschrijving voor de ringrijderij in Middelburg is dit jaar al vol, maar het geld voor de kantine mag nog steeds naar «v»"],
    "PL": ["Składka na wieniec dożynkowy: «v»",
           "Wyjazd na jarmark do Kazimierza Dolnego: koszt busa dzielimy po równo, pieniądze wpłacajcie Basi na "
           "rachunek «v»"],
    "TR": ["Kırkpınar bilet parası için IBAN: «v»",
           "Kispet siparişinin kaparosu «v» hesabına"],
    "BE": ["«name» vraagt dat de bijdrage voor de reuzenstoet in Ath wordt gestort op «v»",
           "Storting voor de stoet: «v»"],
    "AT": ["Die Anzahlung für das Gauder Fest Zelt bitte auf «v» überweisen, "
           "Betreff: Stammtisch",
           "Jahresbeitrag für die Goldhauben- und Trachtengruppe in Bad Aussee bitte bis Fasching an «v», sonst "
           "schickt die Obfrau eine Erinnerung"],
    "PT": ["«name» pede que o valor das marchas populares de Lisboa seja transferido para o IBAN «v»",
           "Sardinhas, manjericos e martelinhos para a noite de São João no Porto: a quota do grupo vai por "
           "transferência para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "The mill board voted «name» a small stipend for running the mule rota; the treasurer will send it to "
        "routing «a» and account «b»",
        "The Boston road bowling club's grant is paid by wire, routing number «a» "
        "and checking account «b» at the local bank",
        "Festival crew wages go out Friday through the farm bureau's batch: ABA «a», acct «b», check the digits "
        "twice",
    ],
    "gb": [
        "Bed race float hire should be paid by bank transfer, sort code «a», account number «b», "
        + "reference BEDRACE",
        "The Haxey village hall takes the booking fee to sort code «a» account «b», "
        "Epworth branch",
    ],
    "in": [
        "«name» ke akhada donation ke liye account number «a», IFSC «b», trust ke naam pe",
        "Husori dal ko Bihu pe nachne ka mehnatana is khaate mein bhejna hai — khaata sankhya «a», IFSC «b» — "
        "Guwahati ki branch",
    ],
    "au": ["Meat tray raffle at the bowls club went to a Ballarat visitor; the secretary pays him via BSB «a», "
           "acct «b», once he texts his surname"],
    "ca": ["«name»'s fiddle camp refund: transit and institution «a», "
           + "account «b»"],
    "br": [
        "«name» vai receber a ajuda de custo do festival de Parintins na agência «a», conta «b», "
        "pode confirmar os dados",
        "Os ritmistas da Marujada do Caprichoso recebem a ajuda do transporte pela agência «a», conta «b», no nome "
        "do mestre",
    ],
    "mx": ["La aportación para la banda de viento de la Guelaguetza va a la CLABE «a», "
           "a nombre del comité de la delegación"],
    "ng": [
        "Regatta entry fee for the Bayelsa boat festival should go to the committee account "
        "at «bank», account number «a»",
        "Beads and raffia for the Igue festival masks are bought by «name», who asked the troupe to pay into "
        "«bank», account number «a»",
    ],
    "za": ["Stokvel contribution for the choir's Soweto trip: branch code «a», account number «b», "
           + "reference your surname"],
    "ar": ["Para la Fiesta de la Tradición, la seña de la tropilla se transfiere al CBU «a», "
           + "a nombre de la peña"],
}

ID_LINES = {
    "us_ssn": ("US", ["The sorghum mill's payroll volunteer needs an SSN for each paid helper; Elmore's is «v», "
                      "he worked the press all three days",
                      "Scholarship form for the road bowling exchange to Armagh: applicant's Social Security number «v», "
                      + "parent signature below"]),
    "in_aadhaar": ("IN", ["Akhada ke naye pehelwan ka registration Aadhaar «v» se hua hai, "
                          "photocopy trust office mein rakhi hai",
                          "Bihu troupe travel list: Aadhaar number «v» for the Guwahati train booking"]),
    "in_pan": ("IN", ["Kolhapur trust ko donation receipt ke liye PAN «v» chahiye, "
                      "80G certificate banana hai",
                      "PAN for the festival sound contractor's TDS entry: «v», please check against the invoice"]),
    "br_cpf": ("BR", ["O cadastro do brincante no festival de Parintins pede o CPF: «v», "
                      "confere com o documento",
                      "O costureiro das tribos do boi só emite recibo com o CPF dele, que é «v», e pede pagamento "
                      "até o ensaio"]),
    "mx_curp": ("MX", ["Para la credencial de la delegación de Tlaxiaco en la Guelaguetza necesitamos la CURP «v», "
                       "ya la mandó su mamá",
                       "El trombonista de la banda de viento viaja a Oaxaca con el seguro de la delegación; su "
                       "CURP, «v», ya está en la lista"]),
    "mx_rfc": ("MX", ["La factura de las marmotas de Tlaxiaco la hace el artesano con RFC «v»; pídele que la "
                      "timbre antes del desfile",
                      "RFC del proveedor de los trajes de chinelo: «v»"]),
    "gb_nhs": ("GB", ["Bed race first aid log: the Nidd swimmer who swallowed river water, NHS number «v», "
                      + "was sent to Harrogate District",
                      "Haxey Hood casualty sheet kept by the St John volunteers: bruised Boggin, NHS no. «v», discharged at the scene"]),
    "de_idnr": ("DE", ["Für die Aufwandsentschädigung der Kampfrichter beim Fingerhakeln braucht der Verein "
                       "die Steuer-ID: «v», bitte prüfen",
                       "Ortrun hat dem Kassier ihre steuerliche Identifikationsnummer «v» für die Übungsleiterpauschale des Vereins gegeben"]),
    "fr_nir": ("FR", ["Pour l'assurance du comité des fêtes, le numéro de sécurité sociale du bénévole est «v», "
                      "merci de vérifier",
                      "Le médecin de la course landaise note le numéro de sécu du coureur blessé à la cuisse : «v», "
                      + "pris en charge à Dax"]),
    "es_dni": ("ES", ["Para el seguro del concurso de castells la organización pide el DNI de cada casteller mayor de edad; "
                      "el del segundo es «v»",
                      "DNI de la conductora del autobús de la Tomatina para la lista de la peña: «v»"]),
    "es_nie": ("ES", ["La colla necesita el NIE «v» del casteller francés que sube de tercero este año",
                      "NIE de la fotógrafa que acompaña a la colla al concurso de Tarragona, para la acreditación de prensa: «v»"]),
    "it_codicefiscale": ("IT", ["Per la ricevuta della cena della contrada serve il codice fiscale di chi paga: "
                                "«v», controllalo",
                                "Il ceraiolo che porta il Cero di Sant'Ubaldo in salita va assicurato a nome suo, "
                                "codice fiscale «v»"]),
    "ca_sin": ("CA", ["The fiddle camp payroll needs the SIN of the instructor from Mabou: «v», she starts Monday",
                      "T4A slip for the ceilidh hall caretaker, his social insurance number is "
                      "«v» as written on the form"]),
    "id_nik": ("ID", ["Data joki cilik untuk pacuan kuda Sumbawa: NIK orang tuanya «v», " + "sudah diverifikasi panitia",
                      "Pendayung solu bolon dari Samosir didaftarkan asuransinya oleh koordinator tim, nomor induk "
                      "kependudukannya «v»"]),
    "pk_cnic": ("PK", ["Shandur polo festival ki jeep booking ke liye driver ka CNIC «v» chahiye tha, bhej diya",
                       "Lok Virsa mela ke stall holder ka CNIC number «v», " + "form ke saath lagaya gaya"]),
    "tr_tckimlik": ("TR", ["Kırkpınar'da güreşecek pehlivanın T.C. kimlik numarası «v», lisans için gerekli",
                           "Cazgır ağabeyin Edirne'deki otel kaydı için istenen TC kimlik numarası «v», "
                           "resepsiyondaki Hülya Hanım'a verildi"]),
    "pl_pesel": ("PL", ["Koło gospodyń zgłasza uczestniczkę konkursu wieńców, "
                        "jej PESEL to «v»",
                        "Do ubezpieczenia wyjazdu na jarmark potrzebny PESEL kierowcy busa: «v»"]),
    "za_idnr": ("ZA", ["Choir travel list for the Soweto eisteddfod: Zolani's ID number «v», "
                       "please check the birth date",
                       "The stokvel's bank signatory form asks for each member's South African "
                       "identity number, Nandipha's is «v»"]),
    "kr_rrn": ("KR", ["씨름 선수 등록 주민번호 «v»",
                      "봉산탈춤 공연단 여행자 보험에 넣을 단원 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["龙舟队员身份证号：«v»",
                      "舞狮队报名身份证 «v»"]),
    "jp_in": ("JP", ["曳き手の謝礼のマイナンバー «v»",
                     "御柱祭の手伝いの源泉徴収のため個人番号 «v» を提出"]),
    "au_tfn": ("AU", ["The bowls club's new bar manager filled in the tax file number declaration; "
                      "his TFN is «v»",
                      "Shearing shed payroll: the rouseabout's TFN «v», " + "start date the Monday after the show"]),
    "nl_bsn": ("NL", ["De penningmeester van de corsostichting in Zundert wil voor de bijdrage aan de wagenbouwers "
                      "ieders BSN: «v»",
                      "De ringrijder uit Middelburg rijdt mee onder de clubpolis; zijn burgerservicenummer «v» "
                      "staat nu op het formulier"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนนักพายเรือยาว «v»",
                      "ทะเบียนผู้แข่งวิ่งควาย เลขประจำตัว «v»"]),
    "my_nric": ("MY", ["For the Kuching regatta paddlers' insurance the organiser needs each MyKad number; "
                       "Awang's is «v»",
                       "Wau kite festival entry, MyKad «v»"]),
    "ar_cuit": ("AR", ["La factura de la tropilla para la Fiesta de la Tradición sale con el CUIT «v», "
                       + "avisale a la tesorera",
                       "CUIT del asador para el concurso de Chivilcoy: «v»"]),
    "cl_rut": ("CL", ["El RUT del huaso que corre en la medialuna de Rancagua es «v», para la ficha del rodeo",
                      "La boleta del arriendo de los caballos para la fiesta de Cuasimodo se emitió con el RUT «v»"]),
    "se_personnummer": ("SE", ["Midsommarföreningen behöver personnumret «v» för dansledarens arvode i Rättvik",
                               "Kyrkbåtsroddens försäkring i Leksand gäller roddaren med personnummer «v», "
                               "bekräftat av klubben"]),
    "ie_pps": ("IE", ["Road bowling club payroll for the Armagh exchange coach, his PPS number is «v», "
                      + "he's from Cork so it's the southern office",
                      "PPS no. for the Keady bar's new barman: «v»"]),
    "pt_nif": ("PT", ["Para a fatura das marchas populares de Lisboa, o NIF do ensaiador é «v», "
                      "confirma com a junta",
                      "NIF da costureira das marchas: «v»"]),
}

MIXED_LINES = [  # (region, line, the kinds its slots hold)
    ("US", "Keady exchange host family sheet, filled in by «name»: cell «phone», personal email «email», Social "
           "Security number «ssn» for the parish's volunteer vetting", ("phone", "email", "ssn")),
    ("US", "Sorghum mill payroll correction: call «phone», card on file «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "«name»'s volunteer onboarding at the mill: email «email», card for the deposit «card», "
           + "Social Security number «ssn»", ("email", "card", "ssn")),
    ("GB", "Bed race team captain's registration for the organisers' insurer — mobile «phone», email «email», "
           "entry fee card «card»",
     ("phone", "email", "card")),
    ("IN", "Sangli dangal ke liye «name» ne team ki bus aur dharamshala book ki — mobile «phone», mail «email», "
           "aur advance card «card» se",
     ("phone", "email", "card")),
    ("CA", "Fiddle camp balance due: phone «phone», card «card»", ("phone", "card")),
    ("AU", "New pennant player «name» signs on at the bowls club: mobile «phone», email «email», whites size medium", ("phone", "email")),
]
