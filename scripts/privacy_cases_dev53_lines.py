"""Where the dev53 privacy set's numbers and addresses turn up (``privacy_cases_dev53.py``): what
a personal agent's sensors record (Lingdu and Sygic dashcam footage, a Motorola baby monitor, Poly
and Yeastar phones and a Comelit door panel, Tecno, Infinix and Fairphone handsets), what people
type and say (chats, voice notes, e-mails and their signatures, contact cards, voicemails, forms
photographed, notices on boards and doors, browser autofill, banking, hand-therapy, podiatry,
audiology, hepatology, prosthetics and lactation-clinic screens, a kubb club's pitches, batons, cups
and Gotland trips, a quilling circle's strips, coils, fair stalls and workshops, ferry crews,
lifeboat stations and a goat dairy), a value written before its label or a sentence or a line away
from it, in people's own languages and forms. Each template is filled by ``privacy_set_builder``:
``«v»`` the value (``«vE»`` in E.164, ``«vW»`` a wa.me link's digits), ``«e»`` an address,
``«name»`` a person of the region, ``«a»``/``«b»`` an account and its bank code, ``«bank»`` a
Nigerian bank.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "KE", "NG", "GH", "SG"}

PHONE_EN = [
    "Kubb captain here: if the bus to the pitch is late, ring «v» and I'll hold the draw for you, «name»",
    "«name» from the ferry office left a voicemail about the car deck overbooking, call back on «v» before the evening sailing",
    "Lifeboat duty roster: the second coxswain this week can be reached on «v», pager as usual for shouts",
    "Lingdu dashcam clip, the other driver shouts his number out of the window: «v», then drives off towards the harbour",
    "Our goat vet changed practices, «name» says the new direct line is «v» and she still does farm visits on Tuesdays",
    "Motorola baby monitor app shared with Grandma; the sitter's phone for emergencies is «v», she's there till ten",
    "Quilling circle: «name» offered to drive the boxes to the fair, message her on «v» about the pick-up time",
    "Hand therapy reception, appointment reminder: to move your splint check call «v», please have your referral letter",
    "Sygic dashcam transcript: 'tow truck's on its way, the guy's number is «v», he's from the garage by the roundabout'",
    "Podiatry clinic callback list: «name», prefers mobile «v», ask about the orthotic insoles",
    "Audiology follow-up: hearing aid ready for collection, «name» asked us to ring «v» rather than e-mail",
    "Sticky note on the dairy's fridge: cheese buyer from the market, «v», wants twenty rounds by Friday",
    "Poly desk phone call log, missed call from «v» at the ferry office during the storm closure",
    "Yeastar voicemail-to-email: 'Hi, it's «name», calling about the kubb set you advertised, I'm on «v»'",
    "Comelit door panel at the craft centre shows a missed intercom call, the visitor left «v» for the caretaker",
    "«name» from the lactation clinic asked that new mums text «v» with feeding questions after six",
    "Hepatology day unit: patient transport booked, driver will call from «v» on arrival at the main entrance",
    "Prosthetics workshop note: socket fitting moved, «name» can be reached at «v» for the new date",
    "Tecno phone contact saved by the ferry deckhand: 'Harbour master night desk' «v»",
    "Fairphone backup restored, the contact «name», boat repairs, came back as «v» with no other details",
    "Lost baton case at the Visby cup; if found, please ring its owner on «v», reward in beer",
    "Infinix screenshot from the goat-keepers' group: «name» says her billy goat is for stud, call «v»",
]

PHONE_LINKS = [
    "Kubb league sign-up link for the summer cup: https://wa.me/«vW»?text=Team%20entry",
    "Quilling stall pre-orders through WhatsApp, tap https://api.whatsapp.com/send?phone=«vW» and say which colours",
    "Ferry delays texted by the operator, tel:«vE» if you need the duty manager",
    "Goat dairy tours for schools: «name» books them, «vE» on WhatsApp, weekdays only",
]

PHONE_LOCAL = {
    "IN": [
        "«name» bhaiya, quilling workshop ke liye hall ka booking aapke number «v» pe confirm karenge, theek hai?",
        "Ferry ghat ka naya ticket agent «name» hai, uska number «v» save kar lo, subah 6 baje se baithta hai",
        "Hand therapy ke liye physio ka clinic shift hua, naya landline «v», receptionist Hindi bolti hai",
    ],
    "BR": [
        "Oi, aqui é «name» do clube de kubb de Curitiba, me chama no «v» pra combinar o torneio de sábado",
        "«name» do laticínio de cabra pediu pra ligar no «v» sobre o queijo da feira",
        "Balsa de Itaparica: a central de informações mudou para o «v», atendimento das sete às dezenove",
    ],
    "DE": [
        "Kubb-Verein Kiel: «name» ist neuer Jugendwart, erreichbar unter «v», bitte nicht nach 21 Uhr",
        "Die Fähre nach Laboe fällt aus, Rückfragen beim Kapitän unter «v», sagt das Schild am Anleger",
        "«name» aus der Quilling-Gruppe verkauft ihre Papierstreifen, Telefon «v», Abholung in Altona",
    ],
    "MX": [
        "Hola, soy «name», de la lancha a Isla Mujeres; si se retrasa el último viaje, me hablan al «v»",
        "El quesero de la cabrería en Querétaro cambió de número: «v», ahí le encargan el queso de cabra, «name»",
        "Taller de filigrana de papel en Oaxaca, inscripciones al «v», cupo limitado",
    ],
    "FR": [
        "Bonjour, c'est «name» du club de kubb de Nantes, rappelez-moi au «v» pour l'inscription au tournoi",
        "«name», l'éleveuse de chèvres, dit qu'on peut passer chercher les fromages, son portable c'est le «v»",
        "Atelier quilling à la médiathèque, renseignements au «v», places limitées à douze",
    ],
    "ID": [
        "Pak «name», nakhoda kapal ke Nusa Penida, bisa dihubungi di «v» kalau jadwal berubah",
        "Ibu «name» dari peternakan kambing etawa bilang susunya bisa dipesan lewat «v»",
        "Kelas quilling di balai desa, daftar lewat «v», bawa gunting sendiri",
    ],
    "PH": [
        "Kuya «name», yung bangkero sa Coron, pwede raw tawagan sa «v» kung may bagyo",
        "Si «name» ng goat farm sa Batangas, ito number niya «v», pwede mag-order ng gatas",
        "Paper quilling class sa barangay hall, mag-text lang sa «v» para sa slot",
    ],
    "JP": [
        "クイリング教室の«name»先生の連絡先は«v»です",
        "フェリー欠航時の連絡は«name»さん«v»まで",
        "ヤギ牧場の予約受付«v»",
    ],
    "ES": [
        "Soy «name», del club de kubb de Valencia; si no llegáis a la hora, llamadme al «v»",
        "El barco a Formentera de las ocho va lleno, pregunte por el capitán, «v», dice «name»",
        "Taller de quilling en el centro cívico, inscripción en el «v», material incluido",
    ],
    "IT": [
        "Sono «name» del gruppo di kubb di Bologna, per il torneo chiamatemi al «v»",
        "Il traghetto per Ischia ritarda, per informazioni il capitano risponde al «v»",
        "Corso di quilling in biblioteca, iscrizioni al «v», il materiale lo portiamo noi",
    ],
    "TR": [
        "Merhaba, ben «name», Bozcaada feribotu gecikirse beni «v» numarasından arayın",
        "Keçi çiftliğinden «name» hanım peynir siparişleri için «v» numarasını verdi",
        "Kağıt kıvırma kursu için kayıt telefonu «v», malzemeler dahil",
    ],
    "KR": [
        "페이퍼 퀼링 공방 «name» 선생님 번호 «v»",
        "배편 결항 문의 «v»",
        "«name» 님 염소 목장 연락처 «v»",
    ],
    "PL": [
        "Cześć, tu «name» z klubu kubba w Gdańsku, dzwoń pod «v» w sprawie turnieju",
        "Prom na Hel odwołany, informacja u kapitana: «v»",
        "«name», hodowczyni kóz spod Krakowa, sery na zamówienie: «v»",
    ],
    "RU": [
        "Здравствуйте, это «name», паром на Валаам задерживается, звоните мне на «v»",
        "«name» с козьей фермы просил звонить по номеру «v» насчёт сыра",
        "Кружок квиллинга в библиотеке, запись по телефону «v»",
    ],
    "EG": [
        "أنا «name»، صاحب المركب في أسوان، كلمني على «v»",
        "ورشة فن الكويلينج في المكتبة، للحجز «v»",
        "«name» من مزرعة الماعز، رقمه «v»",
    ],
    "VN": [
        "Chào anh, em là «name», lái đò ở Cát Bà, có gì gọi em số «v» nhé",
        "Lớp học giấy xoắn ở nhà văn hoá, đăng ký qua số «v», «name» phụ trách",
        "Trại dê ở Ninh Bình, đặt sữa gọi «v»",
    ],
    "BD": [
        "আমি «name», লঞ্চ ঘাটের টিকিট কাউন্টার, দেরি হলে «v» নম্বরে ফোন দিন",
        "«name» ভাই ছাগলের খামার থেকে, দুধের জন্য «v»",
        "কাগজের কুইলিং ক্লাস, ভর্তির জন্য «v»",
    ],
    "PK": [
        "«name» bhai, Keti Bandar ki kashti wale, inka number «v» hai, mausam kharab ho to pooch lena",
        "Bakri farm se doodh ke liye «v» pe call karein, subah aath baje tak",
        "Quilling class ki registration «name» kar rahi hain, number «v»",
    ],
    "CO": [
        "Hola, habla «name», el lanchero de Guatapé; si llueve me timbran al «v»",
        "La finca de cabras en Boyacá vende queso, pidan a «name» al «v»",
        "Taller de filigrana en papel en la casa de la cultura, informes al «v»",
    ],
    "AR": [
        "Soy «name», del club de kubb de Bariloche, cualquier cosa al «v»",
        "La lancha a Isla Martín García sale tarde, consultá con «name» al «v»",
        "Curso de quilling en el centro vecinal, inscripción al «v»",
    ],
    "TH": [
        "สวัสดีค่ะ «name» เรือไปเกาะล้าน ถ้าเลื่อนโทร «v»",
        "ฟาร์มแพะ «name» สั่งนมแพะโทร «v»",
        "คลาสกระดาษม้วน ลงชื่อที่ «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks for hosting the kubb clinic!\n«name»\nTreasurer, Duluth Kubb Club\n«v»\n«e»"),
    ("GB", "Best wishes for the fair,\n«name»\nHarrogate Quillers\nMob «v» | «e»"),
    ("IN", "Regards,\n«name»\nOperations, Vypeen Ferry Service\nMobile: «v»\nEmail: «e»"),
    ("DE", "Mit sportlichen Grüßen\n«name»\nJugendwart Kubb-Freunde Kiel\nTel. «v»\nMail «e»"),
    ("BR", "Abraço,\n«name»\nLaticínio Cabra Feliz\nWhatsApp «v» · «e»"),
    ("FR", "À samedi pour les roulés serrés et les marquises !\n«name»\nAnimatrice papier roulé, médiathèque de Rezé\nPortable : «v»\nCourriel : «e»"),
    ("AU", "Cheers,\n«name»\nAdelaide Hills Goat Co-op\nm «v»\n«e»"),
    ("NG", "Please confirm the school excursion head count by Wednesday.\n«name»\nPassenger desk, Badagry–Gberefu boat crossing\nTel: «v»\n«e»"),
    ("CA", "Thanks,\n«name»\nDeck Officer, Gulf Islands ferry\nCell «v»\n«e»"),
    ("ZA", "Kind regards\n«name»\nStation Coxswain, Muizenberg lifeboat crew\nCell: «v»\n«e»"),
    ("KE", "Asante,\n«name»\nLikoni Ferry Welfare Group\nSimu: «v»\n«e»"),
    ("MX", "Saludos cordiales,\n«name»\nCabrería La Loma, Querétaro\nCel. «v»\nCorreo: «e»"),
    ("PH", "Salamat po,\n«name»\nBatangas Goat Raisers Association\nCP «v»\nEmail «e»"),
]

EMAIL_EN = [
    "Send your kubb team's line-up to «name» at «e» by Thursday so the draw can be made",
    "The quilling circle's new secretary is «e», please update the mailing list, «name» says thanks",
    "Ferry refund forms go to «e», and «name» in accounts will process them within ten days",
    "Lifeboat fundraiser: sponsorship forms scanned and mailed to «e», cc «name»",
    "Chrome kept offering «e» in the wholesale chèvre form, which is the farmhand's old address, so I deleted it from autofill",
    "«name» asked the hand therapy clinic to send the exercise sheet to «e» instead of printing it",
    "Gmail filter: everything from «e» labelled 'kubb cup', «name»'s entries go there",
    "Dad's bunion review: the foot clinic insists the booking slip went to «e», though nothing arrived except a leaflet about insoles",
    "Goat dairy newsletter unsubscribe request from «e», processed by the farm office",
    "The craft fair organiser is «e», «name» will answer stall questions",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen zum Kubb-Turnier bitte an «e», «name» erstellt den Spielplan",
    "FR": "Pour l'atelier de quilling, écrivez à «name» à l'adresse «e»",
    "ES": "Las inscripciones al torneo de kubb van a «e», las gestiona «name»",
    "BR": "Pedidos de queijo de cabra pelo e-mail «e», responde a «name»",
    "JP": "クイリング教室の申込みは«name»さん（«e»）までメールで、締切は今月末",
    "KR": "퀼링 공방 문의는 «name» 님 이메일 «e»",
    "IT": "Chi vuole giocare a kubb sull'argine del Reno a Casalecchio mandi nome della squadra e taglia delle magliette a «name», casella «e»",
    "PL": "Na piknik z kubbem w Oliwie zapisuje drużyny «name», pisać na «e», a kto ma własny komplet klocków, niech go przywiezie",
    "TR": "Kağıt kıvırma kursu için «name» hanıma «e» adresinden yazın",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» read the card out loud to the ferry ticket desk: «v», the expiry was on the back",
    "Saved card in the craft shop's checkout for quilling strips: «v»",
    "Voice memo while paying the kubb cup entry: card number «v», security code I'll type later",
    "Goat feed store wants the card on file updated, the new one is «v», «name» authorised it",
    "Hand clinic's billing form, card used for the splint co-pay: «v»",
    "Lifeboat crew dinner deposit put on «v», I'll claim it back from the station",
    "Browser autofill suggested «v» for the ferry booking, it's the old card",
    "«name» wrote the card for the stall rent on a napkin: «v»",
]

CARD_LOCAL = {
    "IN": "Quilling class fees ke liye card number «v» diya hai, receipt WhatsApp karna",
    "BR": "Gente, o cartão que a «name» passou por áudio pra inscrição da equipe no campeonato de kubb de Pomerode é «v», ela pediu pra apagar depois",
    "DE": "Karte für die Fährtickets: «v», gehört «name»",
    "MX": "«name» pagó el queso de cabra con la tarjeta «v», ya quedó el cargo",
    "FR": "Carte pour l'inscription au tournoi de kubb : «v», au nom de «name»",
    "JP": "«name»さんのカード番号«v»",
    "ES": "«name» pagó el taller de quilling con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked for the kubb cup prize money to go to «v», the team's shared account",
    "Quilling fair stall refund: please transfer to «v», thanks",
    "Ferry crew welfare fund, «name»'s account for the collection: «v»",
    "Goat cheese invoice says pay into «v» within fourteen days",
    "Lifeboat raffle proceeds to the station's account «v», reference RAFFLE",
    "Hand clinic refund for the cancelled session goes back to «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» bittet, das Startgeld für das Kubb-Turnier auf «v» zu überweisen",
           "Die Reederei hat die ausgefallene Überfahrt nach Langeoog tatsächlich zurückgezahlt, Gutschrift auf «v», nach nur drei Mahnungen"],
    "FR": ["«name» a recopié au dos du calendrier des rencontres de kubb sur l'Erdre le RIB de l'association, «v», pour les cotisations des juniors", "Remboursement de l'atelier sur «v»"],
    "ES": ["«name» dice que el bote del torneo de kubb de la Malvarrosa se reparte por transferencia, todo a «v» antes del domingo, y luego paella", "La naviera de Formentera por fin devuelve el billete del temporal: abono en «v», tardaron seis semanas y dos reclamaciones"],
    "IT": ["Per le strisce di carta e le tavolette di sughero del laboratorio di quilling alla Salaborsa, «name» chiede il bonifico su «v»", "Rimborso traghetto su «v»"],
    "NL": ["«v» staat op de flyer van het kubbtoernooi aan de Vecht, en volgens «name» is dat echt de rekening van de club, geen oplichting",
           "Het pontje naar Texel viel uit door storm, dus de rederij stort de overtocht terug op «v», met excuses per sms"],
    "PL": ["«name», numer konta na turniej kubba: «v»", "Zwrot za prom przelany na «v»"],
    "TR": ["Moda'daki kâğıt kıvırma atölyesinin ekim dönemi için «name» hocanın verdiği hesap «v», açıklamaya çocuğun adını yazın", "Feribot iadesi «v» hesabına"],
    "BE": ["«name», rekening voor het kubbtoernooi: «v»", "Remboursement ferry sur «v»"],
    "AT": ["«name» ersucht, den Beitrag für den Quilling-Kurs auf «v» zu überweisen, Verwendungszweck Kursgebühr",
           "Rückerstattung Schiff auf «v»"],
    "PT": ["«name», IBAN do clube de kubb: «v»", "Reembolso do ferry para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» set up direct deposit for the ferry deckhand wages: routing «a», account «b»",
        "Goat cheese buyer pays by ACH, routing number «a» and account «b» on the invoice",
        "Lifeboat station reimbursements: «name» gave routing «a» and checking account «b» on the claim form",
    ],
    "gb": [
        "Hepzibah wants the Ripon show takings banked before she goes to her sister's, so «name»'s building society details again: sort code «a», account «b»",
        "Kubb league subs to sort code «a», account number «b», reference your team",
    ],
    "in": [
        "Boat jetty ke deckhands ki Diwali advance «name» ke khate mein jayegi, account number «a», IFSC «b», supervisor ne WhatsApp pe bheja",
        "Aunty, the Saturday paper-coil batch got cancelled because of the rain, so the refund goes back to A/c «a» with IFSC «b», please check by Monday",
    ],
    "au": ["«name» for the goat co-op: BSB «a», account «b»"],
    "ca": ["«name»'s payroll for the Gulf Islands ferry: transit «a», account «b»"],
    "br": [
        "«name», o Pix da cooperativa travou de novo na feira de Holambra, então manda por TED mesmo: agência «a», conta «b», e guarda o comprovante pra prestação de contas",
        "Laticínio: agência «a», conta corrente «b», favorecido Cabra Feliz",
        "Clube de kubb, depósito na agência «a» conta «b», enviar comprovante à «name»",
    ],
    "mx": ["«name» pide que el pago del queso sea por SPEI a la CLABE «a»"],
    "ng": [
        "«name», pay the ferry staff bonus into «bank» account «a»",
        "Goat market levy, «bank» account number «a»",
    ],
    "za": ["Crew stipend run after the Kalk Bay callout: «name», branch code «a», account «b», coxswain signed the chit in the boathouse"],
    "ar": ["Che, «name» me mandó por audio el CBU de la tesorera para la cuota anual del kubb en la costanera de Bariloche: «a», y que no nos olvidemos de los palos nuevos"],
}

ID_LINES = {
    "us_ssn": ("US", ["Ferry deckhand onboarding form, SSN «v», background check pending",
                      "Picture of the W-9 for the lake rescue volunteer stipend on Dale's clipboard, his social security number «v» in blue pen"]),
    "in_aadhaar": ("IN", ["Ferry pass renewal ke liye Aadhaar «v» lagaya hai"]),
    "in_pan": ("IN", ["Quilling class ki GST invoice ke liye PAN «v»"]),
    "br_cpf": ("BR", ["Inscrição no torneio de kubb exige CPF: «v»"]),
    "mx_curp": ("MX", ["La asociación de cabreros de la sierra de Querétaro pide la CURP de cada socio para el apoyo del gobierno, la de mi tío es «v»"]),
    "mx_rfc": ("MX", ["El restaurante de Tequisquiapan quiere factura por las cuarenta piezas de queso de cabra, su RFC es «v», lo dictó la gerente"]),
    "gb_nhs": ("GB", ["Physio at Harrogate District wants the splint letter re-sent with Mum's NHS number, which is «v», before Thursday's clinic"]),
    "de_idnr": ("DE", ["Steuer-ID für die Übungsleiterpauschale im Kubb-Verein: «v»"]),
    "fr_nir": ("FR", ["Depuis ma chute sur la jetée de Pornic, la kiné fabrique des attelles thermoformées pour mon pouce, et sa secrétaire veut mon numéro «v» avant la séance de jeudi"]),
    "es_dni": ("ES", ["Para tramitar la ficha federativa del kubb en la playa de Pinedo piden fotocopia del DNI, el mío es «v», me falta la foto"]),
    "es_nie": ("ES", ["El chaval nuevo empieza el lunes de marinero en el catamarán que lleva excursionistas a Cabrera, y el patrón, para darle de alta, apuntó su NIE «v» en la libreta de a bordo"]),
    "it_codicefiscale": ("IT", ["Il modulo del circolo per il corso serale di filigrana di carta chiede anche il codice fiscale, scrivo il mio: «v»"]),
    "ca_sin": ("CA", ["Ferry crew payroll form, SIN «v»"]),
    "id_nik": ("ID", ["Pendaftaran anggota baru koperasi peternak kambing etawa di Kaligesing minta fotokopi KTP, NIK saya «v», kirim ke bendahara"]),
    "pk_cnic": ("PK", ["Kashti ke license ke liye CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Eceabat feribotunda sezonluk güverte işi için doldurduğum formda TC kimlik no «v» yazıyor, fotoğrafını kaptana attım"]),
    "pl_pesel": ("PL", ["Ubezpieczenie na turniej kubba nad Motławą wymaga numeru PESEL każdego zawodnika, mój to «v», syna dopiszę wieczorem"]),
    "za_idnr": ("ZA", ["Lifeboat volunteer ID number «v»"]),
    "kr_rrn": ("KR", ["퀼링 강사 등록 주민번호 «v»"]),
    "cn_ric": ("CN", ["衍纸课报名身份证号«v»"]),
    "jp_in": ("JP", ["講師謝礼の支払調書のため、クイリング教室の事務局にマイナンバー«v»を伝えた"]),
    "au_tfn": ("AU", ["Goat co-op casual worker form, TFN «v»"]),
    "nl_bsn": ("NL", ["De penningmeester van de kubbvereniging in Utrecht vraagt mijn BSN voor de vrijwilligersvergoeding van het zomertoernooi: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับสมัครคลาสกระดาษม้วน «v»"]),
    "my_nric": ("MY", ["NRIC for the ferry staff insurance: «v»"]),
    "ar_cuit": ("AR", ["CUIT para facturar las cuotas del club de kubb: «v»"]),
    "cl_rut": ("CL", ["La monitora del taller de filigrana de papel en Valparaíso pide el RUT para emitir la boleta, el mío es «v», el de mi hija lo busco"]),
    "se_personnummer": ("SE", ["Personnummer för licensen i kubbförbundet: «v»"]),
    "ie_pps": ("IE", ["PPS number on the lifeboat volunteer expenses form: «v»"]),
    "pt_nif": ("PT", ["Como trabalho por conta própria, peço sempre fatura do passe mensal do barco entre o Seixal e o Cais do Sodré, e o número de contribuinte que dou na bilheteira é «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Ferry job application: «name», phone «phone», e-mail «email», SSN «ssn»", ("phone", "email", "ssn")),
    ("US", "Scan from the boathouse clipboard, new swimmer for the rescue crew: «name», cell «phone», card for the dry-suit deposit «card», SSN «ssn» (background check)",
     ("phone", "card", "ssn")),
    ("US", "Goat co-op membership: «name», «email», paid with «card», SSN «ssn» for the dividend forms", ("email", "card", "ssn")),
    ("GB", "Quilling fair stall booking: «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("IN", "Filled the Mandwa catamaran monthly pass form at the jetty kiosk for «name»: mobile «phone», email «email», paid with card «card»", ("phone", "email", "card")),
    ("CA", "Kubb cup entry: «name», «phone», card «card»", ("phone", "card")),
    ("AU", "Goat dairy tour booking: «name», «phone», «email»", ("phone", "email")),
]
