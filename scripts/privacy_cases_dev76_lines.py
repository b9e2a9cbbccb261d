"""Lines of the dev76 privacy set (``privacy_cases_dev76.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them: messages from particular people in particular situations (a dwile flonking league's
girters, drivellers, beer-soaked dwiles and jobanowl in Waveney pubs, a bottle kicking village's hare
pie, casks and brooks between Hallaton and Medbourne, a bottomless boat regatta run on the dry Todd
River sand in Alice Springs, a tuna toss on the Port Lincoln foreshore at Tunarama, an ice breakup
lottery's tripod, clock and tickets on the Tanana at Nenana, a paddy cattle race's jockeys and mud
fields in Tanah Datar). A slot is written in guillemets: «v» the value (a phone as the country writes
it, «vE» in E.164, «vW» as a wa.me link wants it), «e» an e-mail address, «name» the writer or the
person named, «a» and «b» an account's parts, «bank» a Nigerian bank's name.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Jobanowl for Saturday's flonking at the Bungay pub has pulled out; «name» will referee instead, "
    "reach them on «v»",
    "If the tripod on the Tanana starts to lean during your watch, call the Ice Classic office at «v» before anyone "
    "else",
    "Hare pie van has a flat outside Hallaton church; «name» is driving the spare pies over, their mobile is «v», "
    "ring if late",
    "Regatta beach crew: the bottomless boat with the broken shoulder straps belongs to the Rotary, skipper's on «v»"
    ", call before moving it",
    "Tunarama registration desk moved to the foreshore marquee; «name» runs the tuna toss entries, «v» "
    "for late throwers",
    "Can someone collect the driveller we left at the Beccles pub? The landlord said to text «v» first, he shuts early",
    "Bottle kicking first aid on the Medbourne side is «name», phone «v»; the brook is deep after the rain"
    ", wear boots",
    "The pacu jawi tour bus leaves the hotel at six; if you oversleep, the guide's number is «v», he waits ten minutes",
    "Tickets for the breakup guess are sold at the Nenana gas station too; «name» keeps the stubs, call «v» to collect them",
    "Todd River sand is soft this year, the regatta marshal wants all crews to check in by phone: «v», before the heats",
    "Girter dancers for Saturday, warm-up at seven at the pub garden; questions to «name» on «v»",
    "Port Lincoln boat ramp, the tuna replica supplier is running late, his mobile is «v»; keep the throwing circle roped",
    "I'm the bottle kicking steward by the Hare Pie Bank this year, «name», ring me on «v» if the crowd spills into the road",
    "Ice Classic volunteers: the clock hut's landline is «v», leave a message if no one's at the tripod",
    "Our Waveney flonking team captain is «name», mobile «v»; she decides who dips the dwile in the final",
    "For the bull race filming permit in Tanah Datar, the village head's assistant speaks English, «v»",
    "Battle boats crew in Alice Springs, the water cannon pump hire man is «name», «v», return it hosed down",
    "Fancy a tuna toss practice on the beach Sunday? Text me on «v» and I'll bring the rope-handled replica",
    "Lost property from Easter Monday's bottle kicking (a scarf and one boot) is with «name» in Hallaton, «v»",
    "The Nenana hotel shuttle for the Tripod Days weekend takes bookings on «v»; it stops running when the river's out",
    "Flonking league fixtures changed again, «name» has the new list, call «v» not the pub",
    "Our driver for the mud field race day near Batusangkar, Pak Edi, picks up at the airport, his WhatsApp is «v»",
]

PHONE_LINKS = [
    "Tunarama tuna toss entries are open: message the organisers on WhatsApp, wa.me/«vW», name and throwing class",
    "Join the Hallaton bottlers' WhatsApp for the kick-off time and the hare pie count: https://wa.me/«vW»",
    "Bottomless boat crews wanting a slot in the Todd River heats, book with the regatta marshal via Signal: "
    "https://signal.me/#p/«vE»",
    "Breakup pool night watch roster, «name» on Telegram: t.me/«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Kambala buffalo race shoot ke Udupi coordinator Shetty uncle, unka mobile «v», slush track pe "
        "nets lagwane ko bolna",
        "Sumatra wale pacu jawi trip ke travel agent ne naya number diya hai: «v», visa ke baare mein unse poochna",
        "«name» ji is handling our team's Port Lincoln tuna toss entry, call them on «v» before Friday",
    ],
    "BR": [
        "«name», do grupo da regata de barcos sem fundo, pediu pra ligarem no «v» antes de sábado",
        "O guia da viagem ao lançamento de atum em Port Lincoln mudou de número: agora é «v», salva aí",
        "Se o barco sem fundo chegar quebrado do frete, liga pro responsável da oficina no «v»",
    ],
    "DE": [
        "Für das Dwile-Flonking beim Schützenfest ist «name» Schiedsrichter, erreichbar unter «v» "
        "ab 18 Uhr",
        "Der Bus zur Eisbruch-Wette nach Alaska fährt vom Vereinsheim ab, Rückfragen bitte an «v»",
        "Wer den Bierkübel fürs Flonking-Turnier in Leer ausleihen will, meldet sich bitte unter «v» beim Wirt",
    ],
    "MX": [
        "Para la excursión a la regata de barcos sin fondo en Alice Springs, el coordinador de Guadalajara "
        "contesta en el «v» de lunes a viernes",
        "«name» lleva la inscripción del lanzamiento de atún, márcale al «v» antes del domingo",
        "El chofer que nos lleva a la carrera de toros en el lodo de Sumatra tiene este celular: «v»",
    ],
    "FR": [
        "Pour le lancer de thon à Port Lincoln, l'organisateur du voyage de Lyon répond au «v» "
        "le soir",
        "Les serpillières trempées de bière pour le dwile flonking de vendredi, c'est Mathieu du pub qui les prépare, «v»",
        "Si tu veux parier sur la débâcle de la Tanana, appelle le club de curling au «v», ils vendent des tickets",
    ],
    "ID": [
        "Untuk pacu jawi hari Sabtu di Tanah Datar, hubungi ketua panitia di «v» sebelum jam tujuh pagi",
        "Joki sapi yang mau ikut lomba sesudah panen daftar lewat nomor «v», jangan lewat grup",
        "Kalau mau sewa mobil dari Padang ke lokasi pacu jawi, telepon saja «v», sopirnya sudah tahu jalan",
    ],
    "PH": [
        "Yung organizer ng tuna toss sa GenSan fiesta, pwede mo tawagan sa «v», ask mo yung rules",
        "Pare, yung travel agent natin for the Alice Springs regatta, bagong number niya «v», text mo muna",
        "«name» is our contact for the carabao race sa Pulilan, call «v» for the schedule",
    ],
    "JP": [
        "水牛レースの取材窓口は«name»さん、電話は«v»です",
        "マグロ投げ大会の受付、問い合わせ先«v»まで",
        "氷割れ予想くじの日本代理店、電話番号«v»",
    ],
    "ES": [
        "Para la fiesta de la botella en Hallaton, el guía inglés que habla español contesta en el «v», "
        "llamadle por la tarde",
        "El bar donde vemos el lanzamiento de atún en directo reserva mesas en el «v», somos doce",
        "Si se rompe otra vez el barco sin fondo, el carpintero del club está en el «v»"
        ", avisadle pronto",
    ],
    "IT": [
        "Per la gita alla corsa dei buoi nel fango di Tanah Datar, l'agenzia di Bologna risponde al «v» "
        "solo di mattina",
        "Il pub che ospita il torneo di dwile flonking a Milano ha un nuovo numero: «v», prenotate il tavolo",
        "Chi vuole provare il lancio del tonno in spiaggia domenica chiami Giorgio al «v»",
    ],
    "TR": [
        "Port Lincoln'deki ton balığı atma festivali için rehberimizin numarası «v», akşam arayın",
        "Alice Springs'teki dipsiz tekne yarışı turu için acenteye «v» numarasından ulaşabilirsiniz",
        "Çamurda boğa yarışı belgeseli için yapımcı «v» numarasını verdi, yarın arayacağım",
    ],
    "KR": [
        "참치 던지기 대회 인솔자 «name» 님, 연락처 «v»",
        "진흙 소 경주 취재팀 숙소 번호 «v»",
        "얼음 깨짐 복권 한국 대리점 문의 «v» 평일만",
    ],
    "PL": [
        "Wyprawa na piaszczyste regaty bezdennych łódek w Alice Springs: koordynatorka «name», telefon «v», "
        "odbiera wieczorami",
        "Pub, w którym gramy w dwile flonking, ma nowy numer do rezerwacji: «v»",
        "Przewodnik po wyścigach byków w błocie na Sumatrze odbiera pod «v»",
    ],
    "RU": [
        "По поездке на регату лодок без дна в Алис-Спрингс звоните «name» по номеру «v», после обеда",
        "Организатор пари на ледоход на Танане дал свой номер: «v»",
        "Водитель до деревни, где бегут быки по грязи, ждёт звонка по номеру «v»",
    ],
    "EG": [
        "منظم رحلة مهرجان رمي التونة في بورت لينكولن رقمه «v»",
        "لحجز تذاكر سباق الثيران في الطين اتصل على «v» مساءً",
        "مرشد رحلة سباق القوارب بلا قاع في أستراليا على الرقم «v»",
    ],
    "VN": [
        "Hướng dẫn viên tour xem đua bò trên ruộng bùn ở Sumatra có số «v», gọi trước chín giờ",
        "Muốn đặt vé cá cược băng tan sông Tanana thì gọi chị Lan số «v» nhé",
        "Quán bia tổ chức trò dwile flonking tối thứ Bảy đổi số mới rồi: «v»",
    ],
    "BD": [
        "Bhai, the tour operator for the Sumatra bull race in the mud fields gave us a Dhaka number: «v», "
        "call before Friday",
        "Regatta trip to Alice Springs er jonno agency'r number «v», shokale phone korben",
        "Amader office er tuna toss team er captain er number «v», entry fee oke diye den",
    ],
    "PK": [
        "Bull race documentary crew ka fixer Sumatra mein hai, uska number «v», subah call karo",
        "Lahore regatta fans club ka naya helpline number «v» hai, Alice Springs trip ke liye",
        "Port Lincoln tuna toss ke liye hamare team coordinator ka number «v» hai, Friday se pehle",
    ],
    "CO": [
        "El coordinador del viaje a la carrera de toros en el barro de Sumatra atiende en el «v» "
        "por las mañanas",
        "Para apostar en la rifa del deshielo del río Tanana, llama a Camilo al «v»",
        "El bar de Medellín donde jugamos dwile flonking cambió de número: ahora es «v»",
    ],
    "AR": [
        "Che, el que organiza el viaje a la regata de botes sin fondo en Alice Springs atiende en el «v», "
        "llamalo de tarde",
        "Para el lanzamiento de atún en Port Lincoln el guía argentino tiene el «v», mandale mensaje",
        "El bar de San Telmo donde se juega al dwile flonking reserva mesas al «v»",
    ],
    "TH": [
        "ไกด์ทัวร์แข่งวัวในนาโคลนที่สุมาตรา เบอร์ «v»",
        "จองทัวร์เทศกาลขว้างปลาทูน่า โทร «v» ก่อนวันศุกร์",
        "ร้านที่ถ่ายทอดแข่งเรือไม่มีท้อง เบอร์ใหม่ «v»",
    ],
}

SIGNATURES = [
    ("US", "«name» | Ticket desk volunteer, Nenana Ice Classic, Tripod Days weekend | cell «v» | «e»"),
    ("GB", "«name», fixtures secretary, Waveney Dwile Flonking League | mob «v» | «e»"),
    ("IN", "Regards, «name» | Kambala & pacu jawi study tour desk, Udupi | «v» | «e»"),
    ("DE", "«name» · Kassenwart, Dwile-Flonking-Freunde Leer (Bierlappen, Stangen, Eimer) · "
           "mobil «v» · «e»"),
    ("BR", "«name» · regata de barcos sem fundo · «v» · «e»"),
    ("FR", "Cordialement, «name», trésorier du club de lancer de thon de Sète, tél. «v», «e»"),
    ("AU", "«name», Henley-on-Todd, «v», «e»"),
    ("NG", "«name» | Lagos tuna toss fan club secretary | «v» | «e»"),
    ("CA", "«name» / ice pool / «v» / «e»"),
    ("ZA", "Kind regards, «name», Durban Tunarama supporters' braai, «v», «e»"),
    ("KE", "«name», Machakos bull race club, «v», «e»"),
    ("MX", "Atentamente, «name», excursión a Tanah Datar, «v», «e»"),
    ("PH", "«name» - carabao race committee, «v» «e»"),
]

EMAIL_EN = [
    "Hi, «name» here from the Waveney flonking league; send your team sheet and girter order to «e» by Thursday",
    "Photos from Easter Monday's bottle kicking, the scrum by the brook especially, go to «e», we're making a calendar",
    "«name» is collecting tuna toss entry forms this year, email them to «e» with your throwing class",
    "Henley-on-Todd regatta sponsorship enquiries: «e» (the Rotary committee reads it weekly)",
    "If your Ice Classic ticket stub got wet, email a photo to «e» and they'll match it to the book",
    "«name» asked me to pass this on: pacu jawi tour deposits are confirmed by email from «e», check your spam",
    "Hare pie leftovers auction, bids by email to «e» before six on Easter Monday",
    "Lost a driveller at the Harleston pub? The landlord's daughter answers «e»",
    "For the breakup pool newsletter, the new editor's address is «e», send your river photos there",
    "«name» volunteered to be the jobanowl for the charity night, confirm times with «e»",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen für das Dwile-Flonking-Turnier bitte an «name» unter «e», "
          "Teams mit mindestens acht Leuten",
    "FR": "Pour le voyage au lancer de thon, «name» centralise les inscriptions à l'adresse «e»",
    "ES": "Las fotos de la regata de barcos sin fondo mandadlas a «e», haremos un álbum del club",
    "BR": "«name» pediu que as inscrições do bolão do degelo sejam enviadas para «e»",
    "JP": "ゴム製マグロ投げ遠征、申込はメールで «e» まで、締切は金曜",
    "KR": "진흙 소 경주 답사 신청 메일 «e»",
    "IT": "Per la gita a Hallaton scrivete a «name» all'indirizzo «e», entro fine mese",
    "PL": "Chętni na tunarama i rzut tuńczykiem w Port Lincoln piszą do «name»: «e»",
    "TR": "Ton balığı atma gezisi kayıtları için «e» adresine yazın",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the Tunarama tuna toss entry for the whole team on the card ending... no wait, full "
    "number «v», refund it",
    "Booking the Henley-on-Todd hotel, it needs a card on file, use the club card «v», expiry on the back",
    "The hare pie order form rejected my card, «v», can you try it on your end? It's the Hallaton "
    "parish debit card",
    "Pacu jawi tour balance due, I'm paying with «v», tell the agent in Padang",
    "Nenana ticket book reorder, charge it to «v», the Ice Classic office takes cards over the phone",
    "Dwile flonking league beer kitty: the landlord has our card «v» on the tab, cancel it after the "
    "final",
    "Flights to Adelaide for the tuna toss: card «v»",
    "Bottomless boat freight to Alice Springs is charged to «v», keep the receipt for the Rotary treasurer",
]

CARD_LOCAL = {
    "IN": "Sumatra mud-cattle tour advance, Batusangkar homestay wale ko isi card pe charge karwana: «v», "
          "receipt group pe daal dena",
    "BR": "Paga a inscrição da regata dos barcos sem fundo com meu cartão «v», depois te pago",
    "DE": "Die zwei Fässer Altbier für die Lappenwerfer-Runde hat «name» vorgestreckt, Kreditkarte «v», "
          "Quittung liegt beim Wirt",
    "MX": "Paga el depósito del viaje al lanzamiento de atún con la tarjeta «v», yo te lo repongo",
    "FR": "Thon en caoutchouc, cordes, glacière : «name» a tout avancé pour l'équipe de Sète, carte «v», "
          "on lui doit chacun trente balles",
    "JP": "マグロ投げ遠征の航空券、カード番号«v»で",
    "ES": "«name» adelantó la reserva del albergue para la fiesta de la botella de Hallaton con su tarjeta «v»,"
          " hay que devolvérselo antes del viaje, que lo necesita para la hipoteca",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked that the tuna toss travel money go straight to the club account, IBAN «v», reference Tunarama",
    "Deposit for the Henley-on-Todd boat build: IBAN «v», put your crew name in the reference",
    "The dwile flonking charity night proceeds were wired to «v», the children's hospice account, thanks all",
    "Rain flooded the Pariangan paddies and the cattle race was called off; the tour agent's refund lands in «v»",
    "«name» sent the hare pie contribution from abroad, to «v»",
    "Please settle the breakup pool syndicate share by transfer to «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» bittet um Überweisung des Startgelds fürs Dwile-Flonking auf «v», "
           "Verwendungszweck: Mannschaftsname",
           "Der Reisebeitrag für die Fahrt zur Tuna-Toss-Meisterschaft geht auf «v», bitte bis Monatsende"],
    "FR": ["«name» rembourse le minibus sur le RIB «v»",
           "Participation au voyage au lancer de thon : virement sur «v», libellé avec ton nom, avant le 10"],
    "ES": ["«name» pide que la cuota del viaje a Hallaton se ingrese en «v», "
           "concepto: botella",
           "Transferid la señal del barco sin fondo a la cuenta «v»"],
    "IT": ["«name» chiede di versare la quota per il viaggio a Tanah Datar sull'IBAN «v», causale: corsa buoi",
           "Quota lancio del tonno, gruppo Riccione: «v», grazie Marta"],
    "NL": ["Penningmeester «name» wil het geld voor de woestijnregatta zonder bodem graag uiterlijk "
           "vrijdag op «v»",
           "Het inschrijfgeld voor het tonijnwerpen op het strand van Scheveningen graag naar «v», onder vermelding van je teamnaam"],
    "PL": ["Wpłaty na wyjazd do Hallaton: «v»",
           "Składka na dwile flonking w pubie Pod Kuflem: «v»"],
    "TR": ["Ton balığı gezisi ücreti için IBAN: «v»",
           "Tekne yarışı katkı payı: «v»"],
    "BE": ["Gentse ijsgokkers, pot voor de Tanana-driepoot: storten bij «name» op «v», uiterlijk zondag",
           "Inschrijving flonking: «v»"],
    "AT": ["Flaschentreten in Hallaton, Osterreise der Grazer Runde: Anzahlung fließt auf «v», "
           "Hasenpastete inklusive",
           "Der Verein der Eisbruch-Wettfreunde in Graz hat ein neues Konto für die Jahresbeiträge und Losgelder,"
           " bitte ab sofort auf «v» überweisen"],
    "PT": ["«name» pede a transferência da quota da regata para «v»",
           "Viagem ao lançamento de atum: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Ice Classic winnings payout form: routing «a», account «b», payee «name»; the office mails a "
        "confirmation",
        "Tripod Days vendor refund, by ACH please. Routing number «a», "
        "checking account «b», thanks from the kettle corn stand",
        "Nenana pool syndicate, wire it here: «a» / «b»",
    ],
    "gb": [
        "Waveney flonkers' season levy (dwiles, drivellers, gazunder refills): sort code «a», account «b», "
        "tenner each",
        "Hallaton hare pie fund takes bank transfers now: sort code «a», account number «b», "
        "thanks to everyone who gave",
    ],
    "in": [
        "«name», Kambala study tour advance transfer kar do: account «a», IFSC «b»",
        "Pacu jawi trip balance to account «a», IFSC «b», today only",
    ],
    "au": ["Henley-on-Todd regatta crew levy: BSB «a», account «b», use your boat's name as the "
           "reference so the Rotary can match it"],
    "ca": ["Whitehorse ice pool winnings for «name»: transit and institution «a», account"
           " number «b»"],
    "br": [
        "«name» pediu o reembolso do frete do barco sem fundo na conta dele: agência «a», conta corrente «b», Banco do Brasil",
        "Vaquinha do gelo do Tanana, quem acertar o minuto leva: agência «a», conta «b», Caixa",
    ],
    "mx": ["Para el anticipo de la excursión al lanzamiento de atún en Port Lincoln, transfiere a la CLABE «a», "
           "a nombre de la agencia de viajes de Puebla"],
    "ng": [
        "Our Lagos tuna toss fan club is collecting contributions for the team's Port Lincoln trip; please pay into "
        "«bank» account «a», name of the treasurer, and send a screenshot",
        "Mud-cattle livestream watch night at Ikeja, chips and suya covered by «name»; refund them via «bank» «a»",
    ],
    "za": ["Durban braai club's Tunarama trip kitty: branch code «a», account «b»; "
           "EFT before the end of the month"],
    "ar": ["Para el viaje a la regata de Alice Springs transferí al CBU «a», "
           "a nombre del club, con tu apellido en la referencia"],
}

ID_LINES = {
    "us_ssn": ("US", ["Ice Classic jackpot tax form for the winning ticket holder, SSN «v», "
                      "the office needs it before they cut the cheque",
                      "Filling in the regatta volunteer payroll for the Alice Springs trip, my SSN is «v», please keep it off email"]),
    "in_aadhaar": ("IN", ["Pacu jawi study tour registration needs Aadhaar for the group insurance; mine is «v», "
                          "Trilok will send his later",
                          "Kambala race press pass form asked for Aadhaar, gave «v», hope that's fine"]),
    "in_pan": ("IN", ["For the tuna toss trip forex card the bank wants PAN, it's «v», "
                      "please fill it in",
                      "Todd regatta desert-boat sponsor, Pune chapter, GST paperwork lists PAN «v»"]),
    "br_cpf": ("BR", ["Pra emitir a nota da regata dos barcos sem fundo eles pediram meu CPF, é o «v», "
                      "manda pro tesoureiro",
                      "CPF do responsável pelo bolão: «v»"]),
    "mx_curp": ("MX", ["Mi comadre de Puebla se apunta al viaje de los bueyes en el lodo de Sumatra; su CURP, «v», "
                       "ya está en el formulario",
                       "Tunarama, equipo Ensenada, atún de goma: CURP del capitán «v»"]),
    "mx_rfc": ("MX", ["Factura del autobús a la fiesta del deshielo, RFC de la asociación «v», "
                      "a nombre del club de Monterrey",
                      "El RFC que va en el recibo del barco sin fondo es «v»"]),
    "gb_nhs": ("GB", ["Bottle kicking first aid form: casualty's NHS number «v», "
                      "twisted ankle in the brook",
                      "For the flonking final's insurance, my NHS number is «v», in case of mishaps"]),
    "de_idnr": ("DE", ["Preisgeld vom Lappenwerfen in Leer, das Finanzamt fragt nach: meine "
                       "Steuer-ID «v», Ermengard trägt es ein",
                       "Die Reisekostenabrechnung für die Eisbruch-Wette in Alaska will meine Steuer-IdNr. «v», bitte eintragen"]),
    "fr_nir": ("FR", ["Lancer de thon à Port Lincoln, l'assureur rapatriement exige mon NIR : «v», "
                      "Bertrand envoie le sien demain",
                      "Josiane a égaré son portefeuille après les serpillières à la bière, elle me dicte son NIR «v» pour la CPAM"]),
    "es_dni": ("ES", ["Para reservar el albergue de la fiesta de la botella en Hallaton hace falta el DNI de cada uno, "
                      "el mío es «v»",
                      "Patrón del barco sin fondo para Alice Springs, Íñigo, DNI «v», pendiente la póliza"]),
    "es_nie": ("ES", ["Anna, la noruega del piso, quiere lanzar atún en Tunarama: NIE «v»",
                      "Mi compañero de piso sueco viene al lanzamiento de atún, su NIE es «v», apúntalo tú"]),
    "it_codicefiscale": ("IT", ["Per il rimborso del viaggio alla corsa dei buoi a Tanah Datar serve il codice fiscale, "
                                "il mio è «v», grazie",
                                "Torneo di strofinacci alla birra, capitano Ettore, CF «v»"]),
    "ca_sin": ("CA", ["Whitehorse ice pool winnings over the limit need my SIN for the tax slip, it's «v»",
                      "For the regatta trip reimbursement the club's payroll person asked for my SIN, "
                      "«v», please delete after"]),
    "id_nik": ("ID", ["Joki baru dari Nagari Pariangan, Uda Rizal, NIK «v», sapinya dua ekor",
                      "Panitia pacu jawi di Tanah Datar minta NIK pemilik sapi untuk asuransi, punya bapak «v», tolong diketik"]),
    "pk_cnic": ("PK", ["For the bull race documentary visa letter the embassy needs my CNIC, «v»",
                       "Desert-boat regatta trip from Faisalabad, Imran bhai's CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Ton balığı atma gezisi sigortası için TC kimlik no: «v»",
                           "Dipsiz tekne yarışı için vize başvurusunda kimlik numaram «v»"]),
    "pl_pesel": ("PL", ["Do ubezpieczenia wyjazdu na regaty łodzi bez dna potrzebny jest PESEL, "
                        "mój to «v»",
                        "Ścierka, piwo, tyczka: zgłoszenie Zbyszka na flonking, PESEL «v»"]),
    "za_idnr": ("ZA", ["Tunarama trip travel insurance from Durban needs my ID number «v», "
                       "please keep it with the booking",
                       "Hlengiwe needs the South African ID number for the braai club's raffle licence, mine is"
                       " «v», sorry for the hassle"]),
    "kr_rrn": ("KR", ["진흙 소 경주 답사 보험 주민번호 «v»",
                      "참치 던지기 여행자보험 «v»"]),
    "cn_ric": ("CN", ["开冰竞猜奖金身份证号«v»",
                      "金枪鱼投掷领队身份证«v»"]),
    "jp_in": ("JP", ["マグロ投げ遠征の保険、マイナンバー«v»",
                     "パダン泥田の牛追い祭り、取材費申請、マイナンバー«v»、田中デスク"]),
    "au_tfn": ("AU", ["The Henley-on-Todd regatta's casual marshals get paid this year, so the "
                      "Rotary needs your TFN: «v»",
                      "Tunarama rubber-tuna hurl winnings, Whyalla bloke Darren, TFN «v»"]),
    "nl_bsn": ("NL", ["Voor de reisverzekering van de groepsreis naar de bodemloze-botenrace in Alice Springs vraagt "
                      "de verzekeraar je BSN, het mijne is «v»",
                      "BSN van de penningmeester: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับทัวร์แข่งวัวในโคลน «v»",
                      "ประกันทัวร์ขว้างทูน่า เลขบัตร «v»"]),
    "my_nric": ("MY", ["For the Sumatra bull race tour insurance from KL, my MyKad number is «v», "
                       "please add it to the list",
                       "NRIC for the regatta visa: «v»"]),
    "ar_cuit": ("AR", ["Para la factura del viaje a la regata de botes sin fondo en Australia, el CUIT de la agencia es «v», "
                       "pedila a nombre del club",
                       "Mi CUIT para el reintegro del lanzamiento de atún: «v»"]),
    "cl_rut": ("CL", ["El RUT para la reserva del viaje a Port Lincoln es «v», a nombre de mi señora",
                      "Para el seguro del tour a la carrera de toros en el barro de Sumatra piden tu RUT, el mío es «v»"]),
    "se_personnummer": ("SE", ["Till resebyrån inför islossningslotteriet i Nenana behöver jag ditt personnummer, mitt är «v»",
                               "Personnummer för försäkringen till regattan i Alice Springs: «v», "
                               "skicka ditt också senast på fredag"]),
    "ie_pps": ("IE", ["PPS number for the bottle kicking trip grant from the county council, «v», keep it safe",
                      "My PPS is «v», Hallaton"]),
    "pt_nif": ("PT", ["Para a fatura da viagem ao lançamento de atum em Port Lincoln, o NIF do clube é «v», ponham na ficha",
                      "O meu NIF para o recibo da regata: «v»"]),
}

MIXED_LINES = [  # (region, line, the kinds its slots hold)
    ("US", "«name» won the Ice Classic side pool! Reach them at «phone» or «email»; the office needs "
           "their SSN «ssn» for the tax form", ("phone", "email", "ssn")),
    ("US", "Regatta trip sign-up sheet row: phone «phone», card «card», SSN «ssn» (why is this in the group chat??)",
     ("phone", "card", "ssn")),
    ("US", "Nenana volunteer record for «name»: email «email», card on file «card» for the ticket float, "
           "SSN «ssn» for the stipend paperwork", ("email", "card", "ssn")),
    ("GB", "Flonking final booking at the Bungay pub: ring «phone», confirm to «email», deposit paid on "
           "«card»", ("phone", "email", "card")),
    ("IN", "«name», pacu jawi tour: phone «phone», email «email», card for the balance «card»",
     ("phone", "email", "card")),
    ("CA", "Ice pool ticket order: «phone», paid «card»", ("phone", "card")),
    ("AU", "Desert-boat runner «name», Todd heats, sandshoes size ten: «phone», «email»", ("phone", "email")),
]
