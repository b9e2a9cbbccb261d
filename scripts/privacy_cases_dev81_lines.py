"""Lines of the dev81 privacy set (``privacy_cases_dev81.py``): the templates for its phones, e-mail
addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors
meet them: messages from particular people in particular situations (Frozen Dead Guy Days in Nederland,
Colorado, its coffin races and polar plunge; the Kinetic Grand Championship's human-powered sculptures
crossing Humboldt County to Ferndale; the pumpkin regatta of Windsor, Nova Scotia, on Lake Pisiquid;
Brunsbüttel's Wattolümpiade in the Elbe mud; Kishiwada's danjiri and their yarimawashi corners; the Kila
Raipur rural games and their bullock carts; the Osun-Osogbo festival, its grove and the Arugba; Cape
Town's Kaapse Klopse on Tweede Nuwe Jaar; the Safari Rally's stages around Naivasha and Hell's Gate;
Davao's Kadayawan), each value in its slot: ``«v»`` a phone (``«vE»`` in E.164, ``«vW»`` a wa.me
link's digits), card, IBAN or id, ``«e»`` an e-mail address, ``«a»`` and ``«b»`` an account's two
numbers, ``«bank»`` a Nigerian bank, ``«name»`` the writer or the person the line is about.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "«name» is driving the hearse with the spare coffin skids to Nederland tonight; if the pass closes, ring «v»",
    "Kinetic sculpture pit crew: the welder who fixed our pontoon at the Samoa dunes picks up on «v», "
    "he wants the trailer back by Monday",
    "«name» is our weigh-off marshal at the pumpkin regatta; text «v» when your pumpkin boat is carved "
    "and ready for the lake",
    "Brunsbüttel mudflat games: lost a left wellington size 44 near the Wattfußball pitch, call «v»",
    "If the danjiri tour bus leaves Kishiwada without you, «name» the guide is on «v» all evening",
    "bullock cart transport from the Kila Raipur grounds back to the station, driver's mobile «v», cash only",
    "«name» (Osun grove ranger) asked that journalists phone «v» before filming near the shrines",
    "Safari Rally spectator shuttle from Naivasha town, the organiser's number is «v», seats fill by nine",
    "Klopse troupe costume fitting moved to Thursday, «name» needs everyone to confirm on «v»",
    "Our coffin race team is short one pallbearer for the Saturday heat, anyone? Call or text «v»",
    "Kadayawan tribal dance crew needs two more drummers, «name» is coordinating on «v»",
    "The kinetic race's official ferry for the Humboldt Bay water crossing: the dispatcher answers at «v»",
    "«name» grows the Atlantic Giant pumpkins on the hill farm and sells seeds, the farm cell is «v»",
    "Frozen Dead Guy Days polar plunge, the medic on duty gave me «v» in case anyone gets hypothermic",
    "Glima club in Reno: new students can call coach «name» at «v» to borrow a belt for the first month",
    "Wattolümpiade shuttle bus from the Kiel canal locks, the driver answers «v»",
    "Pato exhibition at the county fair needs a farrier on Sunday; «name» said «v» is best before seven",
    "Lost dog at the Osogbo festival grounds, brown with a red collar, please phone «v» any hour",
    "The Kishiwada hotel lost my danjiri festival happi coat; front desk manager «name» can be reached at «v»",
    "Bo-Kaap homestay host for the Tweede Nuwe Jaar parade prefers WhatsApp messages to «v»",
    "Davao street dance parade marshal for the Kadayawan finals is «name», mobile «v», call if a float stalls",
    "Rally photographer here: I'm at the Hell's Gate water splash with spare batteries, find me on «v»",
]

PHONE_LINKS = [
    "Paddling a hollowed-out Atlantic Giant across Lake Pisiquid? Message the regatta crew: "
    "https://wa.me/«vW»?text=pumpkin%20boat",
    "the coffin race hearse-decorating team's WhatsApp: wa.me/«vW»",
    "Rally spectators who dropped binoculars at the Hell's Gate splash: <a href=\"tel:«vE»\">phone the "
    "marshals' tent</a>",
    "«name»'s contact card for the danjiri tour: TEL;TYPE=cell:«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Kila Raipur ki bullock cart race ke liye registration karna hai to is number pe call karo: «v»",
        "bhaiya, tractor wala kal subah stadium tak chhod dega, uska number «v» hai",
        "«name» ji ne kaha ki press pass ke liye unhe «v» pe message kar do, shaam tak",
    ],
    "BR": [
        "Oi, «name» aqui, vou levar os cavalos do pato pro campeonato em Bagé, me liga no «v»",
        "Alguém viu o ferrador que atende as chácaras de pato? O telefone dele é «v»",
        "A caravana pro festival sai sábado às seis, o motorista atende no «v»",
    ],
    "DE": [
        "Moin, «name» hier, ich fahre am Samstag mit dem Bulli zur Wattolümpiade, melde dich unter «v»",
        "Wer den Schlickschlitten am Deich vergessen hat, bitte beim Hafenmeister melden: «v»",
        "Die Schlammfußball-Mannschaft braucht noch Leute fürs Tauziehen im Watt, Anrufe an «v»",
    ],
    "MX": [
        "Qué onda, soy del equipo de pato de Guadalajara, el veterinario de los caballos contesta en el «v»",
        "«name» dice que para apartar lugar en el palenque le marques al «v» antes del viernes",
        "La camioneta que lleva las monturas al lienzo sale a las cinco, el chofer es el «v»",
    ],
    "FR": [
        "Coucou, le covoiturage pour le tournoi de glima à Lyon part de Villeurbanne, appelle-moi au «v»",
        "Le maréchal-ferrant du centre équestre de pato de Chantilly répond au «v» le matin",
        "«name» organise la sortie au carnaval de Dunkerque, réponds-lui au «v» avant jeudi",
    ],
    "ID": [
        "Halo, panitia pacu jalur di Kuantan bisa dihubungi di nomor «v» untuk pendaftaran perahu",
        "Pak sopir travel ke Pekanbaru besok pagi nomornya «v», jangan telat ya",
        "Kalau mau sewa kostum reog buat festival, hubungi «v» (bu Ratna)",
    ],
    "PH": [
        "Kuya, yung jeep papunta sa Kadayawan parade route ay aalis ng alas-sais, tawagan mo si manong sa «v»",
        "Para sa costume ng indak-indak, tumawag ka kay ate sa «v», siya ang mananahi",
        "«name» ang bahala sa tubig at yelo ng grupo, i-text mo siya sa «v»",
    ],
    "JP": [
        "だんじり祭の法被の件、«name»さんに«v»まで電話してください",
        "岸和田の宿の予約確認は«v»へ",
        "やりまわし見物の桟敷席は«v»で受付中",
    ],
    "ES": [
        "Hola, soy del club de glima de Valladolid; "
        "si quieres probar un entreno llámame al «v»",
        "El autobús a la Tamborrada de San Sebastián sale de la plaza a las siete, el conductor contesta en el «v»",
        "Para el alquiler de trajes de la Batalla del Vino de Haro, escribe al «v» antes del lunes",
    ],
    "IT": [
        "Ciao, per la Corsa dei Ceri a Gubbio il pulmino parte alle sei, chiamami al «v» se fai tardi",
        "Il sarto che ripara i costumi del Palio di Asti risponde al «v» solo la mattina",
        "Il gruppo di glima di Bologna cerca un posto per allenarsi, Marco risponde al «v»",
    ],
    "TR": [
        "Merhaba, Kırşehir'deki pato gösterisi için at taşıma aracı «v» numaralı telefondan ayarlanıyor",
        "Cirit takımının veterineri «v» numarasından ulaşılabilir",
        "Deve güreşi festivaline giden otobüs için «v» arayın",
    ],
    "KR": [
        "«name» 씨, 기시와다 단지리 여행 단체 문의는 «v»로 주세요",
        "차전놀이 연습 장소 변경, 총무 «v»",
        "강강술래 공연 의상 대여 «v»",
    ],
    "PL": [
        "Cześć, tu «name», jadę na turniej glimy do Gdańska busem, dzwoń pod «v» jeśli chcesz się zabrać",
        "Kowal od koni z Janowa odbiera pod numerem «v»",
        "Zbiórka na kulig w Zakopanem, organizator «v»",
    ],
    "RU": [
        "Привет, это «name», автобус на Масленицу в Коломну уходит в восемь, звони «v»",
        "Тренер по глиме в Петербурге отвечает по номеру «v» после шести",
        "Кузнец для лошадей на ипподроме: «v»",
    ],
    "EG": [
        "سائق الميكروباص إلى مهرجان الفروسية في الأقصر رقمه «v»",
        "لحجز مكان في رحلة التحطيب اتصل على «v»",
        "الطبيب البيطري للخيول يرد على «v»",
    ],
    "VN": [
        "Đoàn cổ vũ đua ghe ở Lý Sơn nhớ mang áo phao, muốn đi nhờ thuyền thì gọi anh Tư «v»",
        "Muốn thuê áo dài cho đoàn múa lân thì gọi chị Hạnh «v»",
        "Ban tổ chức hội vật làng Sình nghe máy ở số «v»",
    ],
    "BD": [
        "Nouka baicher dol er jonno bus chharbe bhor chhoy tay, driver er number «v»",
        "Lathi khelar ostad ke phone korte chaile «v» e koro, bikel er por",
        "Pohela Boishakh er melay dokan bhara niye kotha bolte «v» e phone dao",
    ],
    "PK": [
        "Lahore se pato dekhne chalna hai to gaari wala «v» pe milega",
        "«name» sahab ne kaha hai ke ghoron ke chaare ke liye «v» pe rabta karein",
        "Kabaddi mele ke tickets ke liye is number pe phone karo: «v», "
        "subah das baje ke baad",
    ],
    "CO": [
        "Parce, el bus para el Carnaval de Barranquilla sale del terminal a las cinco, el conductor es el «v»",
        "La señora que alquila los disfraces de marimonda contesta en el «v»",
        "«name» es la coordinadora de la comparsa, escríbele al «v»",
    ],
    "AR": [
        "Che, el petisero que lleva los caballos al campeonato de pato contesta al «v»",
        "«name» dice que para las entradas del Argentino Abierto de Pato lo llames al «v» antes del jueves",
        "El talabartero que arregla las manijas de la pelota atiende en el «v»",
    ],
    "TH": [
        "รถตู้ไปงานวิ่งควายชลบุรีออกหกโมงเช้า โทร «v»",
        "จองเสื้อทีมเรือยาวได้ที่ «v»",
        "ถ้าหลงทางในงานบั้งไฟ โทรหาพี่ต้อม «v»",
    ],
}

SIGNATURES = [  # (region, template): a signature with a phone and an e-mail address
    ("US", "«name» | Timing Marshal, Nederland Coffin Races | cell «v» | «e» | keep your coffin upright"),
    ("GB", "«name» · keeper of the belts and the biscuit tin, Glima West Midlands (Wolverhampton) · mobile «v» · «e»"),
    ("IN", "Regards, «name», Media Coordinator, Kila Raipur Rural Games | M: «v» | E: «e»"),
    ("DE", "Viele Grüße aus Brunsbüttel, «name» · Orga-Team Wattspiele · Tel. «v» · «e»"),
    ("BR", "Abraço, «name» | Clube de Pato de Bagé | «v» | «e»"),
    ("FR", "«name», trésorière du club de glima de Lyon — tél. «v» — «e»"),
    ("AU", "«name» — mat coordinator, Ballarat Icelandic Wrestling Mob, Sebastopol hall — mob «v» — «e»"),
    ("MX", "Saludos, «name» · Pato Jalisco · «v» · «e»"),
    ("CA", "«name», Head Weigh-Master, Pumpkin Regatta Society of Windsor NS, tel. «v», «e»"),
    ("ZA", "Groete, «name» | Klopse Costume Archive, Bo-Kaap | cell «v» | «e»"),
    ("KE", "Regards, «name» | Safari Rally Volunteer Desk, Naivasha | «v» | «e»"),
    ("NG", "Yours faithfully, «name», Grove Survey Team, Osogbo — «v» — «e»"),
    ("PH", "Salamat, «name» | Kadayawan Dance Crew Manager | «v» | «e»"),
]

EMAIL_EN = [
    "«name» is the coffin race registrar this year: photograph your crew's signed waiver, with the coffin's "
    "theme written on top, and email it to «e» before Friday noon",
    "Please send the kinetic sculpture's brake inspection photos to «e» so the judges can sign off",
    "«name» handles the pumpkin regatta's paddler waivers: email them to «e», "
    "and bring the signed original on race day",
    "Wattolümpiade volunteers: shift swaps go through «e», not the group chat",
    "the danjiri documentary crew wants the yarimawashi footage, send the link to «e»",
    "«name» from the rally data desk asked that stage timing complaints go to «e» in writing",
    "Osun grove survey: upload your transect sheets and email «e» when they are done",
    "Klopse costume archive donations, photos first please, to «e»",
    "Kadayawan dance crew sponsorship proposals can be sent to «e» until the end of the month",
    "Glima seminar in Reno, «name» handles the sign-ups at «e», beginners welcome",
]

EMAIL_LOCAL = {
    "DE": "Hallo zusammen, «name» sammelt die Anmeldungen für den Schlickschlittenlauf, "
          "bitte bis Freitag an «e»",
    "ES": "Las inscripciones para el seminario de glima en Valladolid "
          "se envían por correo a «e» con nombre y peso",
    "FR": "Bonjour, «name» s'occupe des inscriptions au tournoi de pato de Chantilly, "
          "écrivez-lui à «e»",
    "BR": "Oi gente, «name» tá juntando as fichas dos cavaleiros de pato, "
          "manda tudo pra «e»",
    "JP": "岸和田のだんじり祭で撮った写真や動画は «e» へ送ってください、アルバムにまとめます",
    "KR": "기시와다 단지리 축제에서 찍은 야리마와시 영상이나 사진이 있으면 «e» 으로 공유해 주시면 감사하겠습니다",
    "IT": "Ciao a tutti, «name» raccoglie le iscrizioni per la Corsa dei Ceri, "
          "mandate nome e taglia della maglia a «e»",
    "PL": "Hej, «name» prowadzi listę chętnych na islandzkie zapasy glima w hali przy Oliwie; kto chce "
          "spróbować, niech napisze na «e» z rozmiarem pasa",
    "TR": "Pato gösterisi gönüllü başvuruları için «e» adresine yazın, "
          "son gün cuma",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "SG", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH",
                 "PK", "NZ", "IE"]

CARD_EN = [
    "«name» paid the coffin race entry fee on the team card, «v», could you check the Nederland receipt?",
    "Kinetic sculpture parts order from the bike shop in Arcata went on «v», the pontoons are back-ordered",
    "Regatta weigh-off bar tab: card «v» was swiped twice by the tent vendor",
    "Brunsbüttel hotel for the mudflat games wants a card to hold the room: «v»",
    "danjiri tour deposit, I used my card «v», refund if the trip is cancelled",
    "card for the Safari Rally grandstand tickets: «v», don't save it on the site",
    "Bo-Kaap homestay deposit charged to «v» on Tweede Nuwe Jaar, please confirm",
    "the Kadayawan costume fabric was paid with «v», keep the receipt for the crew's budget",
]

CARD_LOCAL = {
    "IN": "Kila Raipur ke hotel booking ke liye mera card use kiya, «v», refund aaye to batana",
    "BR": "Paguei as ferraduras dos cavalos de pato no cartão «v», "
          "divide comigo depois",
    "DE": "«name» hat die Wattolümpiade-Startgebühr mit der Karte «v» bezahlt, "
          "bitte Beleg aufheben",
    "MX": "Pagué las manijas nuevas de la pelota con la tarjeta «v», luego me pasas tu parte",
    "FR": "«name» a payé le box du cheval pour le tournoi de pato avec la carte «v», "
          "remboursez-la svp",
    "JP": "だんじり見物席の支払いカード «v»",
    "ES": "Con lo del tatami del seminario de lucha islandesa en Valladolid nos adelantó todo «name»: usó su "
          "tarjeta «v», así que cada uno le debe doce euros",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» covers the glima seminar's hall rent; please transfer your share to «v» "
    "with your name in the reference",
    "Our pato riders chip in for hay and the farrier each season, so send your share to «v» and put your "
    "horse's name as the reference",
    "Every mud-soaked goal at the Wattolümpiade raises money for cancer care, and sponsors can pledge straight "
    "into «v»",
    "Kishiwada ryokan group booking refund should go to my account «v», "
    "not to the card",
    "«name» fronted the ferry and train tickets to Brunsbüttel for the mudflat games; pay that back via «v» "
    "when you can",
    "the rally team's shared kitty for tyres is «v», top it up before Naivasha",
]

IBAN_LOCAL = {
    "DE": ["Moin aus Brunsbüttel, «name» vom Orga-Team: eure Startgebühr für Schlickrutschen und Wattfußball "
           "landet nur dann auf der Liste, wenn sie auf «v» eingeht",
           "Wer sich beim Verein einen Schlickschlitten für das Watt leiht, zahlt zehn Euro Leihgebühr auf «v»"],
    "FR": ["Bonjour à tous, la lutte islandaise reprend à Villeurbanne : «name» gère la trésorerie et attend "
           "vos quarante euros par virement, RIB «v»",
           "Remboursement du box de cheval pour le pato : virement sur «v»"],
    "ES": ["Hola, soy «name», para el seminario de glima en Valladolid "
           "haced la transferencia a esta cuenta: «v»",
           "Los tamborreros que vengan en el autocar a Donostia tienen que ingresar veinte euros en «v» antes "
           "de que cierre la lista"],
    "IT": ["Ciao, sono «name», per la trasferta alla Corsa dei Ceri "
           "fate il bonifico sul conto «v»",
           "Quota associativa del gruppo di glima, IBAN «v»"],
    "NL": ["Hoi, «name» hier, voor de busreis naar de pato-demonstratie "
           "graag overmaken naar «v»",
           "De contributie voor de glimaclub in Utrecht, vóór 1 maart, "
           "naar rekening «v»"],
    "PL": ["Cześć, zrzutkę na bus na turniej glimy "
           "przelejcie na konto «v»",
           "Składka klubowa za styczeń, numer konta: «v»"],
    "TR": ["Pato gösterisi otobüs ücretini şu hesaba yatırın: «v»",
           "Cirit takımının at yemi için toplanan parayı «v» IBAN numarasına gönderin lütfen"],
    "BE": ["«name» vraagt om het inschrijvingsgeld voor de glima-stage over te maken naar «v»",
           "Voor de busreis naar de Ommegang in Brussel, overschrijven op «v»"],
    "AT": ["Servus, die Anmeldung für das Glima-Seminar in Innsbruck ist erst gültig, "
           "wenn der Beitrag auf dem Konto «v» eingegangen ist",
           "Die Krampusmasken für den Perchtenlauf in Gastein sind bestellt, euren Anteil schickt ihr an «v»"],
    "PT": ["Olá, sou «name», "
           "para a viagem à Festa dos Tabuleiros o pagamento é para «v»",
           "Quem treina luta islandesa connosco em Braga paga a quota anual de trinta euros por transferência "
           "para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "The coffin race judges gave our hearse-sled the costume prize and «name» wants it wired straight home: "
        "ABA «a», checking «b», at the credit union up in Boulder",
        "For the kinetic sculpture sponsor refund, wire it to routing number «a» and account number «b»",
        "Pumpkin seed sale proceeds go by ACH, ABA «a», acct «b», "
        "please include the invoice number in the memo",
        "Reno glima dues this winter go straight to the club treasurer, who scribbled her numbers on a napkin "
        "after practice: routing «a», acct no. «b»",
    ],
    "gb": [
        "The glima society's treasurer asked for the hall deposit to be paid to sort code «a», "
        "account number «b» (Society of Glima, Wolverhampton)",
        "Refund for the Wattolumpiade coach trip from Manchester, "
        "sort code «a» and account «b», reference COACH",
    ],
    "in": [
        "«name» ke account mein Kila Raipur ke tent ka advance bhej do: A/C «a», IFSC «b», "
        "Punjab wali branch",
        "Bullock cart race prize money ke liye account number «a» "
        "aur IFSC code «b» diya hai",
    ],
    "au": ["Ballarat glima club's mat fund: BSB «a», account «b», reference MATS"],
    "ca": ["«name» asked that the pumpkin regatta prize be deposited "
           "to transit «a» and account «b» at the Windsor branch"],
    "br": [
        "«name» ferrou os seis cavalos do time de pato antes do torneio e quer receber por depósito no Banrisul "
        "de Bagé, agência «a», conta «b»",
        "Galera do pato, a inscrição da equipe pro Aberto de Bagé custa trezentos reais por cavaleiro: deposita "
        "na agência «a», conta corrente «b», e manda o comprovante no grupo",
    ],
    "mx": ["Los jinetes del equipo de pato tapatío juntamos para rentar el remolque de caballos; cada quien "
           "transfiere su parte a la CLABE «a» antes del domingo"],
    "ng": [
        "For the Osun-Osogbo volunteers' transport refund, "
        "pay into «bank» account «a»",
        "«name» said to send the grove survey per diem to «bank», account number «a», "
        "before the Arugba procession on Friday",
    ],
    "za": ["Klopse troupe membership fees, please pay "
           "into branch code «a», account number «b» (Bo-Kaap Minstrels)"],
    "ar": ["Che, para reservar los boxes de los caballos en el campo de General Rodríguez mandé la seña desde "
           "mi cuenta, CBU «a», avisale al petisero"],
}

ID_LINES = {
    "us_ssn": ("US", ["The coffin race insurance form asks for the driver's SSN, mine is «v», "
                      "please shred the copy afterwards",
                      "Kinetic sculpture sponsorship paperwork, W-9 "
                      "for the pilot: SSN «v»"]),
    "in_aadhaar": ("IN", ["Kila Raipur ke press accreditation ke liye Aadhaar «v» "
                          "ki photocopy lagani hai",
                          "Bullock cart owner registration form, "
                          "Aadhaar: «v»"]),
    "in_pan": ("IN", ["Kila Raipur prize money pe TDS katega, "
                      "isliye PAN «v» chahiye",
                      "PAN card number for the rural games sponsorship invoice is «v»"]),
    "br_cpf": ("BR", ["O ferrador que cuida dos cavalos de pato lá em Bagé só faz recibo com CPF, passei o meu, "
                      "«v», tá certo?",
                      "Seguro dos cavaleiros pro torneio de pato gaúcho: meu CPF é «v», a ficha vai amanhã"]),
    "mx_curp": ("MX", ["Los organizadores del pato en Tlaquepaque quieren la CURP de cada jinete para el "
                       "seguro; ahí va la mía: «v»",
                       "CURP del caballerango para el seguro: «v» "
                       "(no lo compartas)"]),
    "mx_rfc": ("MX", ["El talabartero de Zapopan ya tiene listas las monturas y pide el RFC para facturarlas a "
                      "la asociación: «v»",
                      "Oye, cuando saques el comprobante de los boletos del pato ponle mi RFC «v» que lo quiero "
                      "deducir"]),
    "gb_nhs": ("GB", ["Icelandic wrestling taster weekend in Wolverhampton, injury card filled in by the "
                      "first-aider, NHS no. «v», no allergies",
                      "Dilys left her NHS number «v» on the first-aid sheet for the Wolverhampton training weekend "
                      "in case of injuries"]),
    "de_idnr": ("DE", ["Damit die Helferpauschale vom Schlickrutschen ausgezahlt wird, will der Kassenwart "
                       "deine Steuer-ID: «v»",
                       "Steuer-Identifikationsnummer für den Helfervertrag am Deich "
                       "lautet «v»"]),
    "fr_nir": ("FR", ["Pour l'assurance du tournoi de pato à Chantilly, "
                      "numéro de sécurité sociale : «v»",
                      "Mon numéro de sécu «v» est sur la fiche médicale du club de glima de Lyon "
                      "au cas où"]),
    "es_dni": ("ES", ["El polideportivo de Valladolid solo deja entrar a los de lucha islandesa con el DNI "
                      "apuntado en la lista, el mío es «v»",
                      "El DNI «v» figura en la reserva del autobús a la Tamborrada de San Sebastián"]),
    "es_nie": ("ES", ["Como soy islandés y vivo en Burgos, para sacarme la ficha de luchador me piden el NIE: «v»",
                      "Para alquilar el traje de la Batalla del Vino piden el NIE, "
                      "el de Ailsa es «v»"]),
    "it_codicefiscale": ("IT", ["I ceraioli che hanno anticipato il pullman per Gubbio vengono rimborsati solo "
                                "col codice fiscale, il mio è «v»",
                                "Iscrizione al gruppo di glima di Bologna, allegare il tesserino sanitario con "
                                "codice fiscale «v»"]),
    "ca_sin": ("CA", ["The pumpkin regatta prize counts as income, so the society needs my SIN «v» "
                      "for the T4A slip",
                      "Volunteer payroll for the Windsor weigh-off, "
                      "social insurance number: «v»"]),
    "id_nik": ("ID", ["NIK saya «v» untuk pendaftaran peserta pacu jalur "
                      "di Kuantan Singingi",
                      "Formulir asuransi perahu pacu jalur, NIK pendayung: «v»"]),
    "pk_cnic": ("PK", ["Lahore pato mela ke entry pass ke liye CNIC «v» dena zaroori hai",
                       "Ghoron ke transport contract pe "
                       "mera CNIC number likh do: «v»"]),
    "tr_tckimlik": ("TR", ["Erzurum'daki cirit şenliğinde atlı sporcu olarak yarışacağım, federasyon kimlik "
                           "numaramı istedi: «v»",
                           "Arjantinli binicilerin pato gösterisinde seyirci tribünü için sigortacı T.C. "
                           "numaranı soruyor, seninki «v» değil mi?"]),
    "pl_pesel": ("PL", ["PESEL «v» do ubezpieczenia na turniej glimy "
                        "w Gdańsku",
                        "Do zgłoszenia na kulig w Zakopanem potrzebny PESEL: «v»"]),
    "za_idnr": ("ZA", ["Klopse troupe registration for Tweede Nuwe Jaar needs my ID number, «v», "
                       "the marshals check it at the gate",
                       "For the Bo-Kaap parade insurance, "
                       "captain's South African ID number: «v»"]),
    "kr_rrn": ("KR", ["기시와다 단지리 축제 단체여행 여행자보험 들려고 하는데 주민번호 «v» 맞는지 확인 부탁해요",
                      "여행자 보험 주민번호 «v»"]),
    "cn_ric": ("CN", ["岸和田花车祭旅行团身份证号«v»",
                      "保险登记身份证«v»"]),
    "jp_in": ("JP", ["だんじり保存会の謝礼の源泉徴収にマイナンバー«v»",
                     "曳き手登録用マイナンバー«v»"]),
    "au_tfn": ("AU", ["The glima club's coaching payments need a TFN declaration, "
                      "mine is «v»",
                      "Tax file number for the Ballarat referee fees is «v», "
                      "keep it off the shared drive"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding bij de glimaclub in Utrecht "
                      "heb ik je BSN nodig, is het «v»?",
                      "Mijn BSN «v» staat op het formulier van de reisverzekering voor de pato-reis"]),
    "th_pin": ("TH", ["สมัครให้ควายของลุงลงแข่งงานวิ่งควายที่ชลบุรีแล้ว ใช้เลขบัตร «v» ของลุงนะ",
                      "ประกันทีมเรือยาว เลขประจำตัว «v»"]),
    "my_nric": ("MY", ["My IC number for the Kadayawan trip insurance is «v», the agent in KL needs it today",
                       "Pendaftaran pasukan wau ke Kelantan perlukan nombor IC: «v»"]),
    "ar_cuit": ("AR", ["La factura de las manijas del campeonato de pato va con CUIT «v» "
                       "a nombre de la asociación",
                       "El petisero pidió que le transfieran a su cuenta, "
                       "CUIT «v» para la factura C"]),
    "cl_rut": ("CL", ["Para la inscripción al rodeo de Rancagua "
                      "piden el RUT: «v»",
                      "Mi RUT «v» va en la boleta de las espuelas "
                      "que compré para el rodeo"]),
    "se_personnummer": ("SE", ["Isländsk brottning i Umeå: klubben tecknar olycksfallsförsäkring åt alla nya "
                               "brottare och behöver mitt personnummer, «v»",
                               "Anmälan till Vasaloppets Öppet spår, personnummer «v»"]),
    "ie_pps": ("IE", ["Minding the goat at Puck Fair in Killorglin pays a small stipend, and Kerry County "
                      "Council wants the PPS «v» before they'll pay it",
                      "Galway racecourse is hosting Argentine horseback pato riders and their insurers asked "
                      "every steward for a PPS, mine's «v»"]),
    "pt_nif": ("PT", ["Vou com as vizinhas levar os tabuleiros de pão à cabeça em Tomar; a agência do autocarro "
                      "quer o NIF «v» na fatura",
                      "NIF «v» para o recibo da quota do clube de glima de Braga"]),
}

MIXED_LINES = [  # (region, template, the kinds of its values)
    ("US", "«name» volunteered to ride inside the coffin for the Nederland heat — reach them at «phone» or "
           "«email»; the race insurer needs SSN «ssn»",
     ("phone", "email", "ssn")),
    ("US", "Kinetic pilot registration, phone «phone», card on file «card», "
           "SSN for the waiver «ssn»", ("phone", "card", "ssn")),
    ("US", "«name» bought the Atlantic Giant seeds: email «email», "
           "paid with «card», SSN «ssn» for the prize tax form", ("email", "card", "ssn")),
    ("GB", "Glima seminar booking: tel «phone», email «email», card «card»",
     ("phone", "email", "card")),
    ("IN", "«name» ka Kila Raipur press registration: mobile «phone», email «email», "
           "card «card»",
     ("phone", "email", "card")),
    ("CA", "Regatta weigh-off entry, phone «phone», "
           "card «card»", ("phone", "card")),
    ("AU", "«name» joined the Ballarat glima club: phone «phone», email «email»",
     ("phone", "email")),
]
