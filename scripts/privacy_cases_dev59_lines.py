"""Line templates of the dev59 privacy set (``privacy_cases_dev59.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
jianzi club's shuttlecocks, courts and tournaments, a sprang guild's frames, warps and workshops, a
food bank's parcels, vans and referrals, a sea scout group's dinghies, camps and badges, a toad
patrol's buckets, lanes and migration nights, a night shelter's beds, rotas and intakes; texts, voice
notes, e-mails and their signatures, forms and receipts), written fresh as messages from particular
people in particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a
wa.me number), «e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a
Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Toad patrol lead here: if the lane's blocked by a car on migration night ring «name» on «v», she has the council's cones in her shed",
    "The shelter's overnight volunteer can't make Thursday, so «name» is covering; her mobile is «v» if the buzzer acts up",
    "Sea scouts parents: the minibus driver for the sailing weekend can be reached at «v» once you're on the motorway",
    "Jianzi club update, «name» is taking the under-twelves to the regional meet and asked that parents text «v» rather than e-mail",
    "Food bank van broke down outside the church hall again, the mechanic who does us for free picks up at «v» after six",
    "Sprang workshop is on, bring a small frame if you have one; «name» is lending hers, call «v» to collect",
    "Missed call from the shelter's night line, they left «v» as the callback and said it was about Friday's bed",
    "«name» from the scouts' boat committee wants the trailer back by Sunday, his number is «v», he's not on the group chat",
    "If any toads are found squashed near the pond, the county ecologist asked us to phone «v» with the spot and the time",
    "For the food bank's Christmas hamper drive, «name» is doing collection runs; text «v» with your street and a slot",
    "The jianzi tournament's first aider is «name», mobile «v», she'll be by the water table all afternoon",
    "«name» rang to say her son lost his woggle at camp, she'd like a call back on «v» if it turns up in the lost box",
    "Shelter intake after midnight goes through the on-call manager now: «v», text first unless it's urgent",
    "Night of the big toad crossing, wardens will meet at the layby; latecomers call «v» and we'll tell you which bucket line",
    "New warehouse key holder for the food bank, if the alarm goes at night the company will ring «v» first",
    "Sprang guild secretary is «name» this year; the phone she answers is «v», evenings are best",
    "From the scout hut noticeboard: lifejackets to be returned to the bosun, phone «v» to arrange a drop-off",
    "«name» has the spare shuttlecocks for Saturday's jianzi session, give her a ring on «v» if you can't find the bag",
    "The shelter's handyman can't come till Monday; for the boiler, the landlord's agent said try «v» in the meantime",
    "«name» is our contact at the housing office for referrals to the night shelter, desk line «v», mornings only",
    "Toad patrol, the new volunteer «name» asked if someone can give him a lift; he's on «v», lives by the old mill",
    "Food bank referral partner update: «name», the school family liaison, can now be reached on «v»",
]

PHONE_LINKS = [
    "Scout camp parents' chat is on WhatsApp, join via the leader's link: «vW»",
    "For shuttlecock orders the jianzi supplier only answers on WhatsApp, message them at «vW» with the colour and the weight",
    "Tap to call the night shelter's duty phone from the website: «vE»",
    "The sprang tutor «name» put this on her flyer, tap to ring: «vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Sea scouts ka boat practice kal subah hai, «name» sir ka number «v» hai, late ho toh phone karna",
        "Food bank ki van driver ka mobile «v», ration bags Sunday ko godown se uthane hain",
        "Night shelter ke chowkidar ka number «v» hai, gate raat ko gyarah baje band hota hai",
    ],
    "BR": [
        "Pessoal do banco de alimentos, a «name» vai buscar as doações no mercado, o celular dela é «v»",
        "Escoteiros do mar: o responsável pelo barco de apoio atende no «v» depois das cinco",
        "Albergue noturno avisou que o plantão de hoje atende no «v», pode ligar a qualquer hora",
    ],
    "DE": [
        "Krötenzaun an der Landstraße: wer Eimer leeren kann, bitte bei «name» melden, Handy «v»",
        "Die Tafel braucht samstags Fahrer, Ansprechpartner für die Touren ist erreichbar unter «v»",
        "Notschlafstelle: der Nachtdienst ist heute unter «v» erreichbar, bitte nicht vor zehn Uhr",
    ],
    "MX": [
        "Banco de alimentos: «name» coordina la entrega del sábado, su número es «v», mándale mensaje primero",
        "Club de jianzi, la cancha cambió; el profe dice que le marquen al «v» si no encuentran la entrada",
        "El albergue de noche pidió que las donaciones de cobijas se avisen al «v» antes de llevarlas",
    ],
    "FR": [
        "Sauvetage des crapauds : «name» coordonne les seaux cette semaine, joignable au «v»",
        "Banque alimentaire du quartier, le chauffeur du camion frigo répond au «v» le matin",
        "Accueil de nuit : en cas de place libre, appeler le veilleur au «v» avant vingt-deux heures",
    ],
    "ID": [
        "Pramuka saka bahari besok latihan perahu, hubungi kak «name» di «v» kalau telat",
        "Bank makanan butuh relawan angkut beras, koordinatornya bisa ditelepon di «v»",
        "Rumah singgah malam, penjaga malamnya bisa dihubungi di «v» kalau pintu sudah dikunci",
    ],
    "PH": [
        "Community pantry update: si «name» ang bahala sa bigas bukas, text mo siya sa «v»",
        "Sea scouts, yung bangka sa Linggo, tawagan si coach sa «v» kung may bagyo",
        "Night shelter, kung may bagong dating pagkatapos ng curfew, tawag sa duty phone «v»",
    ],
    "JP": [
        "羽根けり教室の担当、«name»さんの携帯は«v»です",
        "フードバンクの配送連絡先«v»",
        "夜間シェルター当番の電話«v»",
    ],
    "ES": [
        "Banco de alimentos del barrio: «name» recoge las cajas del súper, llamadla al «v» para quedar",
        "Scouts marinos, el patrón de la lancha de apoyo atiende en el «v» las tardes de regata",
        "Albergue nocturno: si queda una cama libre avisan desde el «v», llamad después de las nueve",
    ],
    "IT": [
        "Banco alimentare: «name» guida il furgone sabato, il suo cellulare è «v»",
        "Scout nautici, per il gommone di appoggio chiamate il capo al «v» prima della regata",
        "Dormitorio notturno, l'operatore di turno risponde al «v» dopo le venti",
    ],
    "TR": [
        "Gıda bankası kolileri için «name» ile konuşun, telefonu «v», akşamları arayın",
        "Deniz izcileri, botun anahtarı kaptanda, numarası «v»",
        "Gece barınağı nöbetçisi «v» numarasından ulaşılabilir",
    ],
    "KR": [
        "푸드뱅크 배송 담당 «name»님 번호 «v», 토요일 오전 배송 확인 부탁해요",
        "해양소년단 보트 훈련 문의 «v»",
        "야간 쉼터 당직 전화 «v»로 연락 주세요",
    ],
    "PL": [
        "Bank żywności: «name» odbiera dary ze sklepu w sobotę, jej telefon to «v»",
        "Harcerze wodni, w sprawie łodzi dzwońcie do bosmana pod «v»",
        "Noclegownia, dyżurny nocny odbiera pod numerem «v»",
    ],
    "RU": [
        "Продовольственный банк: «name» везёт наборы в субботу, её телефон «v»",
        "Морские скауты, по поводу лодки звоните боцману на «v»",
        "Ночлежка, дежурный отвечает по номеру «v» после восьми вечера",
    ],
    "EG": [
        "بنك الطعام: «name» مسؤولة عن توزيع الكراتين يوم الجمعة، رقمها «v»",
        "الكشافة البحرية: للاستفسار عن رحلة القارب اتصلوا على «v»",
        "مأوى الليل: المناوب يرد على «v» بعد العشاء",
    ],
    "VN": [
        "Ngân hàng thực phẩm: chị «name» lo phát gạo thứ bảy, số chị ấy là «v»",
        "Hướng đạo biển, hỏi về thuyền thì gọi anh đội trưởng số «v»",
        "Nhà tạm trú ban đêm, trực đêm nghe máy số «v»",
    ],
    "BD": [
        "Shukrobar bikele food bank er godown theke chaler bosta van e tola hobe, «name» bhai dayitte achen, ore mobile e call korben «v»",
        "নৌ স্কাউটের নৌকা নিয়ে জানতে ফোন করুন «v»",
        "রাতের আশ্রয়কেন্দ্রের পাহারাদারের নম্বর «v»",
    ],
    "PK": [
        "Food bank ke ration packs ke liye «name» bhai se baat karein, number «v»",
        "Sea scouts ki kashti ke baare mein skipper ko «v» pe call karein",
        "Raat ke shelter ka chowkidar «v» pe milega, das baje ke baad",
    ],
    "CO": [
        "Banco de alimentos: «name» recoge los mercados el sábado, su celular es «v»",
        "Scouts náuticos, para la lancha llamen al capitán al «v»",
        "Hogar de paso nocturno, el de turno contesta en el «v» después de las siete",
    ],
    "AR": [
        "Banco de alimentos del barrio: «name» reparte los bolsones el sábado, su celu es «v»",
        "Scouts náuticos, por el bote de apoyo llamen al jefe al «v»",
        "Parador nocturno, el sereno atiende en el «v»",
    ],
    "TH": [
        "ธนาคารอาหาร คุณ«name» ดูแลการแจกข้าวสาร โทร «v»",
        "ลูกเสือทะเล ติดต่อเรื่องเรือ โทร «v»",
        "บ้านพักพิงกลางคืน เวรดึกโทร «v»",
    ],
}

SIGNATURES = [
    ("US", "«name»\nVolunteer coordinator, Eastgate Food Bank\ncell «v»\n«e»"),
    ("GB", "Thanks,\n«name»\nGroup Scout Leader, harbourside sea scouts\nmob «v» · «e»"),
    ("IN", "Regards,\n«name»\nSea Scouts skipper · «v» · «e»"),
    ("DE", "Viele Grüße\n«name»\nKoordination Krötenzaun und Amphibienschutz im Ortsverband\nMobil: «v»\nMail: «e»"),
    ("BR", "Abraço,\n«name»\nCoordenação de voluntários do banco de alimentos da paróquia, turno de sábado\nCelular: «v»\nE-mail: «e»"),
    ("FR", "Avec mes remerciements pour les couvertures,\n«name»\nveilleuse et coordinatrice des bénévoles, accueil de nuit du quartier de la gare\nportable «v»\ncourriel «e»"),
    ("AU", "Cheers,\n«name»\nfood relief van\n«v»\n«e»"),
    ("NG", "Warm regards,\n«name»\nShelter night manager\n«v»\n«e»"),
    ("CA", "«name»\nSea scouts\n«v»\n«e»"),
    ("ZA", "Kind regards\n«name»\nSoup kitchen logistics\n«v»\n«e»"),
    ("KE", "Asante,\n«name»\nFood bank stores\n«v»\n«e»"),
    ("MX", "Saludos,\n«name»\nCoordinación del banco de alimentos\nCel. «v»\n«e»"),
    ("PH", "Salamat po,\n«name»\nCommunity pantry organiser\nMobile: «v»\n«e»"),
]

EMAIL_EN = [
    "Referrals to the night shelter now go to «e» instead of the old form; «name» checks it twice a day",
    "Please send the sea scouts' medical forms to «e» before camp, «name» will print them",
    "Jianzi tournament entries close Friday, send team names to «e»; «name» will confirm the draw",
    "The sprang guild's pattern library has a new address, «e», managed by «name»",
    "Food bank donation receipts come from «e», check your spam if you didn't get one",
    "«name» asked me to pass on her new address for toad patrol updates: «e»",
    "Our new shelter volunteer wrote from «e» asking for a Saturday shift; «name» will reply",
    "Invoices for the scout boat repair go to «e»",
    "Hello, this is about the jianzi clinic, I sent the signed waiver from «e», «name» said that's fine",
    "Toad counts by e-mail to «e»",
]

EMAIL_LOCAL = {
    "DE": "Liebe Helferinnen und Helfer am Krötenzaun, die Zähllisten bitte ab jetzt an «name» schicken, die Adresse ist «e», sie trägt alles in die Tabelle ein",
    "FR": "Bonjour, pour les inscriptions au stage de sprang, écrivez à «e» ; «name» vous répondra avec la liste du matériel à apporter",
    "ES": "Para donar al banco de alimentos escribid a «e», os contesta «name»",
    "BR": "Quem quiser ajudar no albergue noturno escreve para «e», a «name» organiza",
    "JP": "羽根けり 教室 の 名簿 係 «name» さん への 連絡 は こちら の アドレス «e» まで お願い します",
    "KR": "«name»님 메일 «e»",
    "IT": "Per le iscrizioni agli scout nautici scrivete a «e», risponde «name» entro la settimana, portate il certificato medico e la liberatoria firmata",
    "PL": "Zgłoszenia do banku żywności wysyłajcie na «e», «name» odpisze",
    "TR": "Barınak gönüllü başvuruları için «e», «name» dönüş yapar",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Paid the food bank's van insurance on my own card, «v», «name» says the treasurer will pay me back",
    "Card for the sea scouts' new sails order: «v», the chandlery wants it by phone",
    "Jianzi tournament entry fees went on «v», remind me to claim them",
    "Night shelter's mattress order, card used «v»",
    "Sprang yarn from the mill, charged to «v» on the guild's behalf",
    "Toad patrol hi-vis vests, bought with card «v»",
    "«name» read me her card over the phone for the scout camp deposit: «v»",
    "Saved card on the parcel app: «v»",
]

CARD_LOCAL = {
    "IN": "Sea scouts ke life jackets ka payment is card se kiya «v», bill treasurer ko dena",
    "BR": "A «name» pagou as cestas básicas no cartão «v», depois a gente acerta",
    "DE": "Die neuen Eimer für den Krötenzaun hat «name» mit ihrer Karte bezahlt, «v», bitte im Verein erstatten",
    "MX": "«name» pagó las cobijas del albergue con su tarjeta «v», hay que reponérselo",
    "FR": "Pour le stage de sprang chez la tisserande, «name» a avancé les fils de lin et les baguettes avec sa carte «v», on la rembourse samedi",
    "JP": "«name»のカード«v»",
    "ES": "«name» pagó las redes del banco de alimentos con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» wants the sea scouts' sailing course refund paid to her European account, IBAN «v»",
    "The sprang tutor from abroad sent her IBAN for the workshop fee: «v»",
    "Food bank's supplier in Europe invoices us, pay to IBAN «v» with the invoice number as reference",
    "«name»'s IBAN for the jianzi shuttlecock bulk order: «v»",
    "Toad patrol grant from the foundation, their account for returning the unspent part is «v»",
    "Shelter donor abroad, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Die Holzpflöcke für den Amphibienzaun am Mühlteich hat «name» aus eigener Tasche bezahlt, bitte vor Ostern zurück auf «v»",
           "Wer für die Kühltruhe der Ausgabestelle im Gemeindehaus spenden mag, überweist auf «v», Stichwort Kühlzelle"],
    "FR": ["«name» demande le remboursement des seaux sur son compte, IBAN «v»",
           "Les lits de camp de l'accueil de nuit sont à bout de souffle ; pour participer au remplacement, virement sur «v», merci d'avance"],
    "ES": ["«name» adelantó el alquiler de la furgoneta, su IBAN «v»",
           "Donativos para el banco de alimentos: IBAN «v», concepto cesta"],
    "IT": ["«name» chiede il rimborso del gommone sul suo conto, IBAN «v»",
           "Per il dormitorio notturno, bonifico su IBAN «v»"],
    "NL": ["«name» heeft de emmers voor de paddenoverzetting voorgeschoten, graag terugstorten op «v»",
           "Giften voor de voedselbank op rekening «v», onder vermelding van kerstpakket"],
    "PL": ["«name» prosi o zwrot za kamizelki, IBAN «v»", "Wpłaty na noclegownię: «v»"],
    "TR": ["«name» gıda kolilerinin parasını kendi hesabına istedi, IBAN «v»",
           "Barınağa bağış için IBAN «v», açıklamaya battaniye yazın"],
    "BE": ["«name» vraagt de terugbetaling op «v»", "Giften voor de nachtopvang op rekening «v», met vermelding winter"],
    "AT": ["«name» hat die Kübel für den Amphibienzaun vorgestreckt und bittet um Überweisung auf ihr Konto, IBAN «v»",
           "Für Schlafsäcke und Thermoskannen in der Notschlafstelle neben dem Bahnhof sammeln wir auf dem Konto «v», jeder Euro hilft"],
    "PT": ["A «name» adiantou o dinheiro do combustível da carrinha do banco alimentar, o IBAN dela é «v»",
           "Donativos para o abrigo noturno: IBAN «v», referência cobertores"],
}

ACCOUNT_LINES = {
    "us": [
        "Driver stipends for the pantry's grocery rescue runs: «name» wants hers wired to routing «a», account «b», she drives the Kroger loop",
        "Scout troop treasurer's checking: routing «a» account «b»",
        "Reimburse «name» for the toad buckets: routing «a», acct «b»",
    ],
    "gb": [
        "«name» asked for the shelter petty cash refund to sort code «a», account «b», reference blankets",
        "Parents paying the harbour camp fee online: the troop's sort code is «a» and the account is «b», pop the young person's patrol as the reference",
    ],
    "in": [
        "«name» ka account number «a» hai, IFSC «b», sea scouts ki boat repair ka paisa bhej do",
        "Food bank donation account: A/c «a», IFSC «b», receipt will come on WhatsApp",
    ],
    "au": ["Diesel for the food relief van came out of «name»'s pocket again, so transfer it to BSB «a», acct «b» before the roster meeting"],
    "ca": ["Canoe camp got rained out and «name» asked that the refund go by direct deposit, transit/institution «a», account «b», thanks"],
    "br": [
        "A «name» pediu o reembolso do gás do albergue na agência «a», conta «b», Caixa",
        "Quem puder ajudar a comprar o freezer do banco de alimentos da paróquia pode depositar na agência «a», conta «b», e mandar o recibo à secretaria",
    ],
    "mx": ["Ya llegaron las despensas del mayoreo; para regresarle el dinero a «name» por la gasolina de la camioneta, su CLABE interbancaria es «a»"],
    "ng": [
        "Generator diesel for the night shelter was bought by «name» on credit, so abeg send the money to «bank», acct «a» before the weekend",
        "Food bank NGO account for «name»'s transfer: «bank» «a»",
    ],
    "za": ["«name»'s account for the soup kitchen gas refund: branch code «a», account «b»"],
    "ar": ["Para devolverle a «name» la plata de los bolsones: CBU «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["The shelter's housing referral form asks for the client's SSN, she gave «v»",
                      "The sea scouts' council wants a fresh background screening for boat leaders, I typed my social «v» into their portal last night"]),
    "in_aadhaar": ("IN", ["Sea scouts registration ke liye Aadhaar number «v»",
                          "Godown wale bhaiya ne pantry card banane ke liye mera aadhaar «v» form pe likh liya, photocopy bhi le gaye"]),
    "in_pan": ("IN", ["The sea scouts' trust is issuing tax-exemption certificates for the boat fund, they asked for my permanent account number «v»", "PAN of the trust treasurer «v»"]),
    "br_cpf": ("BR", ["Fui me inscrever para dormir de plantão no albergue e a assistente social anotou meu CPF «v» na ficha",
                      "O mercadinho só emite nota das cestas de Natal do banco de alimentos com um CPF, usei o meu, «v»"]),
    "mx_curp": ("MX", ["Los scouts marinos del lago me pidieron la CURP de mi chamaco para el seguro de la canoa, se las mandé: «v»", "Registro en el banco de alimentos, mi CURP «v»"]),
    "mx_rfc": ("MX", ["La factura de las cobijas del albergue va a mi RFC «v»",
                      "RFC de la asociación de jianzi para el recibo de donativo: «v»"]),
    "gb_nhs": ("GB", ["Night shelter keyworker's handover: new guest in bed nine, NHS no. «v», surgery on the high street can take him Monday",
                      "Harbour camp medical sheet for the youngest cub, asthma inhaler packed, NHS number written on the back «v»"]),
    "de_idnr": ("DE", ["Die Ehrenamtspauschale für das Eimerschleppen an der Kreisstraße gibt es nur mit meiner Steuer-Identnummer «v», hat der Kassierer gesagt",
                       "Steuerliche Identifikationsnummer für die Ehrenamtspauschale bei der Tafel «v»"]),
    "fr_nir": ("FR", ["Inscription au stage de sprang chez la tisserande du Perche : j'ai mis mon numéro de sécu «v» sur la fiche d'assurance",
                      "Le veilleur bénévole qui remplace le dimanche a donné son numéro de sécu «v» pour l'assurance de l'association"]),
    "es_dni": ("ES", ["La furgoneta frigorífica del banco de alimentos sólo la puedo conducir si me dan de alta en la póliza, les pasé el DNI «v»",
                      "DNI del patrón de la lancha de los scouts marinos «v»"]),
    "es_nie": ("ES", ["Mi NIE para la ficha del albergue «v»", "NIE de la nueva voluntaria «v»"]),
    "it_codicefiscale": ("IT", ["Per il campo in barca a vela del reparto nautico il capo chiede il codice fiscale del ragazzo, gliel'ho mandato: «v»",
                                "Il nuovo volontario che fa la notte al dormitorio della stazione ci ha lasciato il codice fiscale «v» per l'assicurazione"]),
    "ca_sin": ("CA", ["The food bank's payroll for the summer student needs her SIN, «v»",
                      "SIN for the scout camp cook's contract «v»"]),
    "id_nik": ("ID", ["NIK relawan bank makanan «v»", "Data pramuka, NIK «v»"]),
    "pk_cnic": ("PK", ["Shelter volunteer CNIC «v»", "Sea scouts camp form mein father ka CNIC «v» likhna hai"]),
    "tr_tckimlik": ("TR", ["Mahalle gıda bankasında kamyonet şoförlüğü için sigorta yapacaklarmış, TC kimlik numaramı «v» olarak verdim", "Barınak kaydı için TC kimlik no «v»"]),
    "pl_pesel": ("PL", ["Drużyna wodniaków zgłasza syna na obóz żeglarski, podałam jego PESEL «v» w formularzu ubezpieczenia", "Wolontariusz noclegowni, numer PESEL «v», do ubezpieczenia"]),
    "za_idnr": ("ZA", ["Soup kitchen volunteer form wants my ID number, «v»",
                       "SA ID of the new night caretaker «v»"]),
    "kr_rrn": ("KR", ["아이가 해양소년단 카누 캠프에 가서 단체 보험 가입을 해야 한대요, 주민등록번호 «v» 보냈어요", "주민등록번호 «v»"]),
    "cn_ric": ("CN", ["毽球比赛报名身份证号«v»", "身份证«v»"]),
    "jp_in": ("JP", ["フードバンク の 配送 ボランティア 保険 の 手続き で マイナンバー «v» を 書き ました", "シェルターの登録用マイナンバーは«v»です"]),
    "au_tfn": ("AU", ["Food relief casual driver, my TFN «v»", "Our new sleepover worker at the crisis accommodation filled in her tax declaration, TFN «v», payroll's sorted"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding van de paddenwerkgroep vraagt de penningmeester mijn BSN: «v»", "BSN vrijwilliger voedselbank «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับลงทะเบียนอาสาธนาคารอาหาร «v»", "บัตรประชาชนลูกเสือทะเล «v»"]),
    "my_nric": ("MY", ["Borang sukarelawan bank makanan, No. IC saya «v»", "IC pengakap laut untuk insurans «v»"]),
    "ar_cuit": ("AR", ["El mayorista de frazadas quiere facturarle al parador de noche de la parroquia, le pasamos el CUIT «v»",
                       "CUIT del proveedor de bolsones del banco de alimentos «v», para el recibo"]),
    "cl_rut": ("CL", ["Para el seguro de los scouts náuticos me pidieron el RUT, es «v»", "RUT voluntaria albergue «v»"]),
    "se_personnummer": ("SE", ["Anmälan till sjöscouternas seglarläger behöver barnets personnummer, det är «v», skicka till ledaren",
                               "Personnummer «v»"]),
    "ie_pps": ("IE", ["The food bank's insurance form wants every driver's PPS number, mine is «v», please keep it off the shared sheet", "PPS no. for the sea scout leader «v»"]),
    "pt_nif": ("PT", ["NIF para o recibo da doação ao banco alimentar «v»", "NIF do voluntário do abrigo «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Rapid rehousing packet for «name», who slept at the shelter all winter: cell «phone», mail «email», social «ssn», caseworker submits Monday",
     ("phone", "email", "ssn")),
    ("US", "«name» signed up as a food bank driver: cell «phone», card for the fuel deposit «card», SSN «ssn» for the background check",
     ("phone", "card", "ssn")),
    ("US", "Sea scout leader's renewal for «name»: e-mail «email», card on file «card», SSN «ssn» for the council's records check",
     ("email", "card", "ssn")),
    ("GB", "Jianzi club membership for «name»: mobile «phone», e-mail «email», paid by card «card»", ("phone", "email", "card")),
    ("IN", "«name»: «phone», «email», card «card»", ("phone", "email", "card")),
    ("CA", "«name», toad patrol, cell «phone», card «card»", ("phone", "card")),
    ("AU", "«name», shelter roster, «phone», «email»", ("phone", "email")),
]
