"""Line templates of the dev64 privacy set (``privacy_cases_dev64.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
footvolley club's sand courts, nets and beach tournaments, a smocking circle's pleaters, yokes and
christening gowns, a hedgelaying group's stakes, binders and county matches, a scything course's
peening jigs, whetstones and meadows, a tandem cycling club's stokers, captains and tours, a community
orchard's grafting days, cider press and wassail; texts, voice notes, e-mails and their signatures,
forms and receipts), written fresh as messages from particular people in particular situations, with
slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a
person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Footvolley juniors: if the tide cuts the court short on Saturday, «name» decides, ring her on «v» before eight",
    "Sorry the pleater jammed again, the smocking shop's repair lady «name» answers «v» most afternoons",
    "Hedgelaying match steward for the far field is «name», mobile «v», he has the stake bundles in his van",
    "left a voice memo: the scythe peening jig is back from the forge, whoever wants it call «v» and mention the meadow",
    "Tandem tour sweep rider tomorrow, reachable at «v» if anyone punctures past the second village",
    "Orchard grafting day moved indoors, «name» has the rootstocks, his number is «v», knock loud",
    "Wassail bonfire permit: the council officer wants a contact on the night, I gave them «v»",
    "From the tandem captains' rota: «name» pilots the red tandem this month, text «v» to swap a slot",
    "the smocking circle's christening gown commission came via the vicar, call the family back on «v»",
    "Beach marshal for the footvolley cup is «name», she keeps her mobile «v» in the scorer's cool box, so shout if she misses it",
    "Scything course cancelled if it rains, the farmer asked that you ring «v» rather than turn up",
    "Cider press hire is confirmed, the collection driver «name» will phone from «v» when he's at the gate",
    "Lost a whetstone holder at the meadow, if found please call «v», it was my dad's",
    "Hedgelaying: the landowner «name» wants to see the plan first, her house phone is «v»",
    "orchard beekeeper «name» will move the hives before spraying, he said use «v» not email",
    "footvolley ref cancelled, the league secretary is on «v» to find a replacement by noon",
    "Smocking guild bus to the textile fair leaves 7:10; running late, ring the driver on «v»",
    "the tandem we lent out came back with a bent chainring, the borrower «name» is on «v»",
    "Volunteer first-aider for the wassail is «name», contact «v» if you see anyone who's overdone the cider",
    "Scything instructor «name» says bring your own snath, questions to «v» after six",
    "stake cutting party at the coppice, lift share coordinated by «v»",
    "If the beach car park barrier is shut, footvolley lot, phone the attendant on «v», he'll let us in",
]

PHONE_LINKS = [
    "Footvolley pickup games group, message the organiser first so she can add you: https://wa.me/«vW»",
    "Orchard wassail volunteers chat, tap to say you're coming: wa.me/«vW»?text=I%27ll%20bring%20a%20lantern",
    "Tandem captains call tree, the Signal link is https://signal.me/#p/«vE»",
    "Smocking pattern swap, DM «name» on Telegram via https://t.me/«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "«name» ji, the footvolley coaching at Juhu is full, for waiting list please call «v» after 10 AM",
        "Orchard saplings delivery from Kullu nursery, driver number «v», please keep change ready",
        "Smocking tailor in Karol Bagh says frocks ready, call «v» before coming",
    ],
    "BR": [
        "A «name» do futevôlei pediu pra avisar que o treino de quarta mudou, liga pra ela no «v»",
        "Quem pegou a rede da quadra 3 devolve, por favor, chama no «v»",
        "Bordado em casinha de abelha pro batizado: a costureira atende no «v» depois do almoço",
    ],
    "DE": [
        "Die Heckenlegerin «name» leitet den Kurs am Samstag, bei Fragen erreichbar unter «v»",
        "Wer beim Sensenmähen am Streuobsthang mitmacht, bitte bis Freitag unter «v» melden",
        "Das Tandem für die Ostseetour steht beim Händler, Abholung nach Anruf unter «v»",
    ],
    "MX": [
        "La señora «name» del taller de smock dice que el vestido ya quedó, márcale al «v»",
        "Para el paseo en tándem por Xochimilco, confirmen su lugar con el guía al «v», cupo limitado",
        "Se vende guadaña casi nueva, incluye piedra de afilar, informes al «v»",
    ],
    "FR": [
        "Pour la taille des pommiers du verger partagé, «name» coordonne, joignable au «v»",
        "Le tandem du club est chez le réparateur, il rappelle au «v» quand c'est prêt",
        "Fauchage à la faux samedi au pré communal, inscriptions auprès de la mairie au «v»",
    ],
    "ID": [
        "Latihan footvolley di pantai Kuta diundur, info lanjut hubungi «name» di «v»",
        "Kebun buah warga butuh relawan cangkok, kontak pak RT di «v»",
        "Penjahit smock untuk seragam TK bisa dihubungi di «v»",
    ],
    "PH": [
        "Para sa footvolley clinic sa Boracay, i-text si «name» sa «v» para sa slot",
        "Yung tandem bike na hiniram, ibalik na raw, tawagan si kuya sa «v»",
        "Mananahi ng smocked na baro para sa binyag, «v» ang number niya",
    ],
    "JP": [
        "スモッキング講師の«name»さんの連絡先は«v»です",
        "タンデム自転車の貸出は«v»まで電話で",
        "果樹園の剪定作業の集合連絡は«v»",
    ],
    "ES": [
        "«name» lleva la poda del huerto comunitario, si no podéis venir llamadla al «v»",
        "El tándem de alquiler de la Albufera se recoge llamando antes al «v»",
        "Clases de siega con guadaña en el valle, plazas al «v»",
    ],
    "IT": [
        "«name» organizza la potatura del frutteto condiviso, chiamatela al «v» per i turni",
        "Tandem da noleggiare per il giro del lago, prenotazioni al «v»",
        "Corso di falciatura a mano in alpeggio, info al «v» la sera",
    ],
    "TR": [
        "Ayak voleybolu turnuvası için «name» ile «v» numarasından görüşün",
        "Tandem bisiklet kiralama için dükkan sahibi «v» numarasını verdi",
        "Bahçedeki elma fidanları için fidancıyı «v» numarasından arayın",
    ],
    "KR": [
        "풋발리 모임 총무 «name»님 연락처 «v»",
        "스모킹 공방 예약은 «v»",
        "탠덤 자전거 대여 문의 «v»",
    ],
    "PL": [
        "Koszenie łąki kosą w sobotę, zapisy u «name» pod numerem «v»",
        "Tandem klubowy odbierzesz od serwisanta, dzwoń na «v» przed przyjściem",
        "Sad społeczny szuka chętnych do szczepienia jabłoni, kontakt «v»",
    ],
    "RU": [
        "По поводу покоса в субботу звоните «name» по номеру «v»",
        "Тандем можно забрать после звонка мастеру «v»",
        "Сбор яблок в общем саду, координатор на «v»",
    ],
    "EG": [
        "للاشتراك في دوري كرة القدم الشاطئية كلم «name» على «v»",
        "الخياطة بتاعة فستان السموك رقمها «v»",
        "تأجير الدراجة المزدوجة على «v»",
    ],
    "VN": [
        "Đội bóng chuyền chân bãi biển Mỹ Khê, liên hệ «name» số «v»",
        "Thợ may váy smock cho bé, gọi «v» trước khi ghé",
        "Thuê xe đạp đôi ở Hội An, gọi số «v» để giữ xe",
    ],
    "BD": [
        "ফুটভলি টুর্নামেন্টের জন্য «name» ভাইকে «v» নম্বরে ফোন করুন, কক্সবাজার সৈকতে খেলা",
        "স্মকিং করা জামার দর্জি আপার নম্বর «v», ঈদের আগে অর্ডার দিন",
        "ফলের বাগানে কলম লাগানোর কাজে মালি ভাইয়ের নম্বর «v», সকালে ফোন দিন",
    ],
    "PK": [
        "ٹینڈم سائیکل ریلی کے لیے «name» سے «v» پر رابطہ کریں",
        "باغ میں پیوند کاری کے لیے مالی کا نمبر «v»",
        "سموکنگ والے فراک کی درزن کا نمبر «v» ہے",
    ],
    "CO": [
        "Para el torneo de futvóley en Santa Marta, «name» recibe las inscripciones al «v», antes del viernes por favor",
        "La modista que hace los vestidos con nido de abeja atiende al «v»",
        "Paseo en tándem por la ciclovía del domingo, confirma con «v»",
    ],
    "AR": [
        "Che, para el futvóley en Mar del Plata anotate con «name» al «v», arrancamos a las cinco",
        "La costurera del vestido de bautismo con smock atiende al «v»",
        "Tándem en alquiler en Bariloche, llamar al «v»",
    ],
    "TH": [
        "ติดต่อ«name» เรื่องฟุตวอลเลย์ชายหาดที่ «v»",
        "เช่าจักรยานสองที่นั่งโทร «v»",
        "ช่างตัดชุดสม็อคโทร «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks for helping at the wassail!\n«name»\nOrchard volunteer lead\ncell «v»\n«e»"),
    ("GB", "Kind regards,\n«name»\nHedgelaying match secretary, South Downs\nmob. «v»\n«e»"),
    ("IN", "Warm regards,\n«name»\nSmocking & heirloom stitching classes, Pune\nPh: «v» | «e»"),
    ("DE", "Bis zur nächsten Ausfahrt, Pilot und Stoker grüßen\n«name»\nTandemclub Rhein-Neckar, Tourenleitung und Pannenhilfe\nHandy «v»\n«e»"),
    ("BR", "Abraço,\n«name»\nFutevôlei Arpoador, coordenação das turmas infantis\nCel. «v»\n«e»"),
    ("FR", "Bien cordialement,\n«name»\nVerger partagé du quartier Saint-Martin, trésorière\nTél. «v»\n«e»"),
    ("AU", "«name» | Scything NSW\n«v» | «e»"),
    ("NG", "Best,\n«name»\nLekki Footvolley Club\n«v»\n«e»"),
    ("CA", "Cheers,\n«name»\nAnnapolis Valley community orchard, grafting day coordinator\n«v»\n«e»"),
    ("ZA", "Regards,\n«name»\nCape tandem riders, membership\nCell: «v»\n«e»"),
    ("KE", "«name»\nNairobi smocking circle\nTel «v»\n«e»"),
    ("MX", "Saludos cordiales,\n«name»\nClub de Tándem de Guadalajara, coordinación de rodadas nocturnas\nCel. «v»\nCorreo: «e»"),
    ("PH", "Maraming salamat sa pagsali sa sand-court clinic!\n«name»\nBoracay Footvolley, juniors and tournament desk\nGlobe: «v»\n«e»"),
]

EMAIL_EN = [
    "The hedgelaying county match entry form goes to «e» by the 14th, «name» will confirm your plot number",
    "Footvolley club: receipts for the new nets were sent from «e», «name» is treasurer now",
    "For the smocking pattern library, ask «e» to add you, «name» keeps the scans",
    "«name» runs the scything meadow bookings now, her address is «e»",
    "the wassail cider labels proof came back, reply to «e» with your tweaks before the printer closes Friday",
    "«name» says send the tandem tour route feedback to «e» and not the club list",
    "Orchard grafting scions swap: email «e» with your variety list, «name» will post them",
    "wassail lantern order via «e»",
    "«name» from the tandem captains asked for ride photos at «e»",
    "cc «e» on the stake invoice",
]

EMAIL_LOCAL = {
    "DE": "«name» sammelt die Anmeldungen zum Heckenlegen am Streuobsthang, bitte an «e» schreiben",
    "FR": "Pour le pressoir du verger, écrivez à «e», c'est «name» qui gère le planning",
    "ES": "Las fotos de la ruta en tándem por la Albufera, con los pilotos y los stokers, mandadlas a «e», que «name» monta el álbum del club",
    "BR": "O pessoal do futevôlei manda os comprovantes pra «e», a «name» confere toda sexta",
    "JP": "スモッキング教室の案内は«name»さんから届きます。連絡先 «e» まで",
    "KR": "스모킹 수업 신청은 «e» 로, «name» 선생님께",
    "IT": "Per i turni di raccolta delle mele nel frutteto condiviso scrivete a «e», «name» risponde dopo cena e assegna le cassette",
    "PL": "«name» prosi, żeby zgłoszenia na koszenie wysyłać na «e»",
    "TR": "«name» tandem turu için kayıtları «e» adresinde topluyor",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Paid the footvolley court hire on my card «v», «name» can settle with me later",
    "the smocking shop took «v» for the pleater and the threads, receipt's in the bag",
    "Hedgelaying billhook order, charge it to «v» and send the invoice to the club",
    "for the tandem insurance top-up I used «v», expires in two years",
    "Cider press deposit: card ending — no wait, whole number here, «v», sorry",
    "scythe blades from the Austrian forge, paid online with «v»",
    "«name» booked the wassail band on «v», we owe her",
    "orchard stakes and ties at the farm shop, card «v»",
]

CARD_LOCAL = {
    "IN": "Smocking class fee paid by card «v», UPI was failing",
    "BR": "«name», as camisetas novas do futevôlei com o escudo da areia saíram no meu cartão «v», acerta comigo quando der",
    "DE": "Die neue Kette und das Ritzel fürs Vereinstandem hat «name» vorgestreckt, Kreditkarte «v», jeder Stoker legt zehn Euro dazu",
    "MX": "«name» pagó la renta del tándem con la tarjeta «v», le debemos la mitad cada uno",
    "FR": "Le pressoir à cidre loué pour la fête du verger, «name» l'a avancé avec sa carte «v», chaque famille glisse sa part dans la boîte à pommes",
    "JP": "«name»さんがカード«v»で払いました",
    "ES": "Las dos guadañas austriacas y la piedra de afilar las adelantó «name» con su tarjeta «v», se las devolvemos tras el curso de siega",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Stokers and pilots booked on the Bruges tandem weekend: the ferry and hostel kitty is held by «name», IBAN «v», put TANDEM plus your initials",
    "the Dutch smocking teacher asked to be paid by transfer to «v»",
    "IBAN for stakes: «v»",
    "«name» covered the hedgelaying trophies, please send your share to «v» this week",
    "orchard twinning trip, transfer to «v»",
    "wassail band fee to «v»",
]

IBAN_LOCAL = {
    "DE": ["Für Weißdornpflanzen und Haselpfähle sammelt «name» das Geld ein, überweist auf «v» mit dem Stichwort Hecke am Bach",
           "Tandemtour-Anzahlung: «v»"],
    "FR": ["Les porte-greffes et le mastic pour la journée greffe sont avancés par «name», remboursez-la sur «v» avant la taille de février",
           "Faux, enclumette et pierre fournies, l'acompte du stage de fauchage se fait sur «v»"],
    "ES": ["La cuota del club de tándem se ingresa a nombre de «name» en la cuenta «v»",
           "Para las guadañas nuevas: «v»"],
    "IT": ["La quota del frutteto va a «name», IBAN «v», causale innesti",
           "Caparra per il tandem: «v»"],
    "NL": ["Contributie voor de hakhoutploeg naar «name», IBAN «v»",
           "De smock-cursus betaal je door over te maken naar «v», vermeld je naam"],
    "PL": ["Składka na kosy dla «name», konto «v»", "Wpłaty za wycieczkę tandemową na «v» do piątku"],
    "TR": ["Kapadokya tandem bisiklet gezisinin pansiyon parasını «name» topluyor, açıklamaya pilot ya da arka sürücü yazıp «v» hesabına gönderin",
           "Fidan parası için: «v»"],
    "BE": ["Wie meedoet aan het heggenvlechten bij de hoeve, het inschrijfgeld met snoeihandschoenen inbegrepen gaat naar «name», rekening «v»",
           "Appelpers en flessen voor de hoogstamboomgaard betaal je via «v», vermeld oogstdag"],
    "AT": ["Sensenkurs, «name»: «v»", "Obstbaumschnitt-Beitrag an «v»"],
    "PT": ["A quota do pomar comunitário vai para «name», IBAN «v», obrigado",
           "Sinal do aluguer do tandem: «v», até sexta"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» fronted the new sand-court net and posts; club treasurer will send ACH back to routing «a», acct «b» once the bake sale money clears",
        "Pollinator grant for the community orchard is wired to the co-op, routing «a», savings «b», per the foundation letter",
        "Smocking guild pays its pleater-repair teacher «name» by direct deposit: ABA «a», checking «b», memo heirloom class",
    ],
    "gb": [
        "Champion of the Midland-style class, «name», gets the hedgelaying prize purse by bank transfer to sort code «a», acct no. «b»",
        "Yearly stoker-and-pilot subs for the tandem club go to sort code «a», a/c «b», put your tandem's colour as the reference",
    ],
    "in": [
        "«name», scything workshop fee transfer to IFSC «a», A/c «b», send screenshot after",
        "Orchard co-op NEFT details, IFSC «a», account «b», holder «name»",
    ],
    "au": ["footvolley comp entry to «name», BSB «a», account «b»"],
    "ca": ["«name» takes e-transfers but the bank wants transit/institution «a» and account «b» for the orchard grant"],
    "br": [
        "Pra pagar a rede nova do futevôlei, deposita pra «name», agência «a», conta corrente «b», valeu",
        "Costura do smock: agência «a», conta «b», em nome de «name»",
    ],
    "mx": ["La rodada nocturna en tándem por Chapultepec se aparta con depósito a la CLABE «a», titular «name», manden foto del ticket"],
    "ng": [
        "Lekki sand-court jerseys: «name» is collecting, «bank», acct «a», drop the teller in the group before Thursday training",
        "«name» «bank» «a» for wassail",
    ],
    "za": ["Cape tandem riders' Chapman's Peak outing: pay «name», branch «a», cheque account «b», ref your stoker's name"],
    "ar": ["La excursión en tándem al Circuito Chico se reserva girando la seña a «name», CBU «a», y mandando el comprobante por el grupo"],
}

ID_LINES = {
    "us_ssn": ("US", ["The orchard's seasonal payroll form for the cider press helper lists her SSN as «v», please shred the copy",
                      "tandem club treasurer asked for my social for the 1099, sent «v» by text, was that dumb"]),
    "in_aadhaar": ("IN", ["Smocking class registration needs Aadhaar, mine is «v», pls fill the form for me",
                          "footvolley state trials ID check, Aadhaar «v»"]),
    "in_pan": ("IN", ["For the orchard co-op TDS the accountant wants my PAN, it is «v», send it on",
                      "scythe import bill needs PAN «v»"]),
    "br_cpf": ("BR", ["A federação de futevôlei do Rio pediu CPF na ficha da dupla mista, o meu é «v»",
                      "A loja de aviamentos quer emitir a nota das meadas de bordado e do plissador no CPF «v», pode ser?"]),
    "mx_curp": ("MX", ["Para el seguro de la rodada en tándem a Tequila piden CURP de piloto y copiloto, la mía es «v»",
                       "Para el taller de costura de la abuela, su CURP es «v», le ayudé a llenar el registro"]),
    "mx_rfc": ("MX", ["Factura de la renta del tándem con RFC «v», uso CFDI gastos en general",
                      "El herrero de Tlaxcala forjó dos hojas de guadaña para el curso y quiere timbrar el CFDI a nombre mío con «v» como RFC"]),
    "gb_nhs": ("GB", ["Hedgelaying first aid form: my NHS number is «v», in case the billhook slips again",
                      "for the scything weekend medical sheet, NHS no. «v»"]),
    "de_idnr": ("DE", ["Für die Übungsleiterpauschale vom Tandemclub braucht die Kasse meine Steuer-ID, «v»",
                       "Die Aufwandsentschädigung für den Baumschnittkurs auf der Streuobstwiese braucht meine Steuer-ID, «v», steht auch im Ordner"]),
    "fr_nir": ("FR", ["Fiche d'adhésion du verger partagé, n° de sécu «v»",
                      "L'assureur du stage de fauche à la faux dans le Morvan exige le numéro de sécu de chaque stagiaire, le mien : «v»"]),
    "es_dni": ("ES", ["Inscripción al torneo de futvóley de la playa de la Malvarrosa, DNI «v»",
                      "Para el seguro del club de tándem necesito tu DNI, el mío es «v», te lo paso por si lo rellenas tú"]),
    "es_nie": ("ES", ["El curso de siega con guadaña pide NIE para los extranjeros, el mío es «v», apúntame",
                      "mi NIE es «v»"]),
    "it_codicefiscale": ("IT", ["Per adottare un melo antico nel frutteto di quartiere chiedono il codice fiscale dell'adottante, il mio: «v»",
                                "Iscrizione al gruppo tandem con codice fiscale «v», me l'ha chiesto la segretaria per l'assicurazione"]),
    "ca_sin": ("CA", ["the orchard's summer payroll needs my SIN, it's «v», sending it to you since you do the forms",
                      "The tandem club pays ride leaders a small honorarium, so the T4A slip needs my social insurance number, «v»"]),
    "id_nik": ("ID", ["Pendaftaran turnamen footvolley di Kuta butuh NIK, punyaku «v», tolong isikan ya",
                      "NIK untuk kartu anggota «v»"]),
    "pk_cnic": ("PK", ["Tandem rally registration, CNIC «v»",
                       "smocking workshop certificate ke liye CNIC chahiye tha, mera «v» hai"]),
    "tr_tckimlik": ("TR", ["Tandem turu sigortası için TC kimlik no «v»",
                           "Elma bahçesi kooperatifine aşı günü için üye olurken TC numaram olarak «v» yazdım"]),
    "pl_pesel": ("PL", ["Zapisy na kurs koszenia kosą, PESEL «v», dopisz mnie proszę",
                        "mój PESEL «v»"]),
    "za_idnr": ("ZA", ["Footvolley league registration at Camps Bay wants my ID number, «v»",
                       "Tandem club indemnity form, ID no. «v», sign on my behalf please"]),
    "kr_rrn": ("KR", ["해운대 모래사장 풋발리 대회 상해보험 신청서에 주민번호 «v» 적어서 냈어요",
                      "주민등록번호 «v»"]),
    "cn_ric": ("CN", ["社区果园认养一棵苹果树要登记身份证号 «v»",
                      "双人自行车俱乐部保险登记，我的身份证号码 «v»"]),
    "jp_in": ("JP", ["スモッキング教室の謝礼の支払調書用マイナンバー«v»",
                     "マイナンバーは«v»です"]),
    "au_tfn": ("AU", ["Footvolley coaching payments need my TFN on the form, it's «v», can you pop it in for me",
                      "Scything course casual work, TFN «v»"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding van de boomgaard vraagt de penningmeester mijn BSN, «v»",
                      "Het smockatelier wil voor de loonstrook mijn burgerservicenummer: «v»"]),
    "th_pin": ("TH", ["สมัครแข่งฟุตวอลเลย์ชายหาดพัทยา ใช้เลขบัตรประชาชน «v»",
                      "ลงทะเบียนปั่นจักรยานสองที่นั่งรอบเกาะ เลขประจำตัวประชาชนของผม «v»"]),
    "my_nric": ("MY", ["Tandem ride registration, IC «v»",
                       "Pendaftaran kelas jahitan smocking, nombor kad pengenalan «v»"]),
    "ar_cuit": ("AR", ["La modista de Palermo que frunce los vestidos de bautismo me factura a nombre mío, CUIT «v»",
                       "Para el seguro del tándem en la federación me pidieron el CUIT, es «v», te lo mando"]),
    "cl_rut": ("CL", ["Inscripción al curso de poda del huerto comunitario de Valparaíso, RUT «v»",
                      "La boleta del arriendo del tándem sale a mi RUT «v», guárdala para la rendición del club"]),
    "se_personnummer": ("SE", ["Anmälan till lieklaget på ängen kräver personnummer, mitt är «v»",
                               "Tandemklubbens försäkring ville ha personnumret «v» till mig och min stoker"]),
    "ie_pps": ("IE", ["Hedgelaying grant form, PPS «v»",
                      "The orchard's volunteer payment form wants a PPS number, mine is «v», can you post it in"]),
    "pt_nif": ("PT", ["Fatura das aulas de futevôlei em Cascais com o NIF «v», por favor",
                      "NIF para o recibo do pomar: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Orchard seasonal helper «name»: phone «phone», email «email», SSN «ssn» for the payroll sheet",
     ("phone", "email", "ssn")),
    ("US", "tandem club reimbursement form for «name», cell «phone», card on file «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Footvolley coach contract: «name», «email», paid by card «card», tax id SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Hedgelaying entry: «name», tel «phone», «email», entry fee on card «card»", ("phone", "email", "card")),
    ("IN", "Smocking kit order for «name», mob «phone», mail «email», paid card «card»", ("phone", "email", "card")),
    ("CA", "Scythe rental: «name», «phone», deposit held on «card»", ("phone", "card")),
    ("AU", "Footvolley trial sign-up «name» «phone» «email»", ("phone", "email")),
]
