"""Lines of the dev75 privacy set (``privacy_cases_dev75.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them: messages from particular people in particular situations (a gurning contest at a
crab fair with its horse collar, judges and greasy pole, a swamp soccer tournament's bog pitches, kit
wash and sauna, an elephant polo club's mahouts, chukkas and long mallets, a pea shooting
championship's putty targets, tubes and village green, a mobile phone throwing contest's handsets,
throwing arcs and radar, an outhouse race's privies on skis, pushers and main street). A slot is
written in guillemets: «v» the value (a phone as the country writes it, «vE» in E.164, «vW» as a
wa.me link wants it), «e» an e-mail address, «name» the writer or the person named, «a» and «b» an
account's parts, «bank» a Nigerian bank's name.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "This is «name», I hold the horse collar steady for the gurners at the crab fair; if the judges run late, "
    "text me on «v»",
    "Swamp soccer kit wash is booked for after the semi-finals, and the laundry van driver says ring «v» "
    "when the bags are tied",
    "«name» here from the elephant polo stables, the vet can't make the morning chukka, so call me on «v» "
    "about the rota",
    "Pea shooting final moved to the village green because of the marquee, stewards please call «v» "
    "if the putty boards haven't arrived",
    "Hi, it's «name», I measure the landing spots at the phone throwing contest; my mobile is «v» in case the "
    "radar van gets lost",
    "Outhouse race pushers meet at the hardware store at seven; the guy with the trailer of privies picks up on «v»",
    "«name» from the gurning committee: the photographer for the toothless class wants a call back at «v» "
    "before Saturday noon",
    "Mud-caked boots left in the sauna changing room after the swamp soccer quarter-final, the owner can ring «v»",
    "Message from «name»: our mahout's cousin drives the feed truck and is reachable on «v» all through the polo week",
    "Lost a bag of dried peas and two brass tubes near the cricket pavilion, reward if found, please phone «v»",
    "It's «name», chief thrower for the veterans' team; if the handsets for the freestyle round are short, call «v»",
    "The snowplow guy who tows our outhouse to the start line asked me to pass on his number: «v»",
    "«name» speaking, I run the grimace workshop for first-time gurners behind the crab apple stall, booking line «v»",
    "Swamp soccer referee pool for the Sunday rounds is short again; the coordinator's phone is «v»",
    "Hello, «name» from the polo ground's catering tent: for the mahouts' lunch count call «v» by Thursday",
    "Putty target supplier for the pea shooting championship has a new sales line, «v», write it on the clipboard",
    "«name» here; I'm driving the radar van from the harbour to the phone throwing field, ring «v» if the road is shut",
    "Conconully main street gets closed for the race at nine; the deputy who signs off the permit is on «v»",
    "Greetings from «name», who judges the over-sixties gurning class; I'm on «v» if the braffin needs repairs",
    "Swamp soccer team bus leaves the campsite at 6:40, the driver's number is «v» if you sleep through it",
    "Message from «name», elephant handler's assistant: the mallet repair man called twice, his number is «v»",
    "Pea shooting juniors need a lift home after the prize giving, one of the parents offered, call «v»",
]

PHONE_LINKS = [
    "Crab fair gurning entries are taken over WhatsApp this year, send your photo and name to https://wa.me/«vW»",
    "Swamp soccer teams without a captain's number: message https://wa.me/«vW»?text=team%20sheet before Friday",
    "Phone throwing results hotline, Signal only: https://signal.me/#p/«vE»",
    "Outhouse race sign-ups are handled by «name» over Telegram at https://t.me/«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Bhai, elephant polo match ke liye mahout ka number ye hai «v», subah 6 baje se pehle call karna",
        "Swamp football tournament ke referee ne kaha ki kit ke liye «v» par WhatsApp karo, Kochi wali team ka bhi",
        "Main «name» bol raha hoon, pea shooting demo ke stage par mike chahiye to mujhe «v» par phone karo",
    ],
    "BR": [
        "Oi, aqui é «name», do time de futebol de pântano; o ônibus sai às sete e meu celular é «v»",
        "O juiz do concurso de caretas da quermesse pediu pra ligarem no «v» antes de inscrever as crianças",
        "Perdi o apito e a bandeirinha no campo de lama depois do jogo, quem achar me chama no «v»",
    ],
    "DE": [
        "Hier ist «name», ich koordiniere die Helfer beim Sumpffußball am Weiher; erreichbar bin ich unter «v»",
        "Der Bus für die Grimassen-Jury fährt um halb neun am Marktplatz ab, Rückfragen bitte an «v»",
        "Maßband-Helfer fürs Handyweitwerfen auf der Festwiese gesucht, Werferobmann Gottfried nimmt Anrufe entgegen: «v»",
    ],
    "MX": [
        "Para la carrera de letrinas en la feria del pueblo, el señor que presta los carritos dice que le marquen al «v», "
        "pero solo en la tarde porque en la mañana anda en la milpa con sus hijos",
        "Soy «name», capitana del equipo de futbol de pantano; si llueve y se cancela el partido les aviso desde el «v»",
        "El juez del concurso de caras feas de la kermés pidió que le manden las fotos al «v» antes del domingo",
    ],
    "FR": [
        "Pour le tournoi de foot des marais, le vestiaire avec les douches ouvre à huit heures, appelez le gardien au «v»",
        "Le jury du concours de grimaces cherche encore un photographe bénévole, s'adresser au «v» avant vendredi",
        "Le camion qui emmène les toilettes de course au départ de la fête passe à midi, chauffeur joignable au «v»",
    ],
    "ID": [
        "Panitia lomba sepak bola lumpur minta tim yang belum daftar menghubungi «v» paling lambat hari Kamis",
        "Pak, juri lomba wajah jelek di pasar malam bisa ditelepon di «v», katanya pendaftaran anak masih buka",
        "Kalau truk air untuk mencuci kostum pemain lumpur terlambat, tolong telepon sopirnya di «v»",
    ],
    "PH": [
        "Sa mga sasali sa gurning contest sa pista, magparehistro kay Kapitan sa «v» bago mag-Biyernes",
        "Yung bus ng swamp soccer team natin aalis ng alas-siyete, i-text niyo si kuya driver sa «v» kung male-late kayo",
        "Ako si «name», incharge sa pea shooting booth sa perya; tawagan niyo ako sa «v» kung kulang ang tubo",
    ],
    "JP": [
        "変顔コンテストの受付担当の«name»です。当日の連絡は «v» までお願いします",
        "沼サッカー大会の送迎バスの運転手さんの番号は «v» です",
        "携帯電話投げ大会の計測係は «v» に電話してください",
    ],
    "ES": [
        "Para el campeonato de lanzamiento de móvil de las fiestas, el que mide con el láser pide que le llaméis al «v»",
        "Si alguien encuentra las botas llenas de barro del partido del pantano, que avise al «v», son de mi hijo",
        "El camión que lleva los retretes de la carrera sale de la plaza a las diez, el conductor está en el «v» "
        "todo el día",
    ],
    "IT": [
        "Per la gara di lancio del cellulare alla sagra, il giudice con il radar risponde al «v» solo dopo le nove",
        "Chi ha perso la borsa con le scarpe infangate dopo la partita nella palude può chiamare il custode al «v»",
        "La giuria del concorso di smorfie cerca volontari per la premiazione, telefonare al «v» entro venerdì",
    ],
    "TR": [
        "Bataklık futbolu turnuvasında forma yıkama servisi için şoförü «v» numarasından arayın",
        "Surat buruşturma yarışmasının jürisi fotoğrafları «v» numarasına göndermenizi istedi",
        "Cep telefonu fırlatma yarışmasında ölçüm yapan görevliye «v» numarasından ulaşabilirsiniz",
    ],
    "KR": [
        "진흙 축구 대회 담당 «name»입니다. 연락은 «v» 로 주세요",
        "휴대폰 던지기 대회 셔틀버스 기사님 번호 «v»",
        "마을 축제 찡그린 얼굴 경연 심사위원장님 휴대폰 «v» (오후만 통화)",
    ],
    "PL": [
        "Tu «name», zbieram drużyny na turniej piłki nożnej na bagnach; zapisy i pytania pod numerem «v»",
        "Sędzia konkursu na najśmieszniejszą minę prosi o kontakt pod «v» przed sobotnim finałem",
        "Kierowca busa z ubraniami do prania po meczu w błocie czeka na telefon pod «v»",
    ],
    "RU": [
        "Это «name», капитан команды по болотному футболу; по всем вопросам про автобус звоните мне на «v»",
        "Судья конкурса гримас просил присылать фото участников на номер «v» до пятницы",
        "Кто поможет измерять броски на соревновании по метанию телефонов, звоните организатору: «v»",
    ],
    "EG": [
        "للي عايز يشارك في دوري كورة الطين، كلم المنظم على «v» قبل يوم الخميس",
        "حكم مسابقة أغرب تكشيرة في المولد طلب تبعتوا الصور على «v»",
        "سواق العربية اللي بتوصل فريق الكورة للملعب الطين رقمه «v»",
    ],
    "VN": [
        "Đội bóng đá bùn cần thêm người dọn sân sau trận, ai rảnh thì gọi anh trưởng nhóm ở số «v»",
        "Ban giám khảo thi làm mặt xấu ở hội làng nhờ gửi ảnh dự thi qua số «v» trước thứ Sáu",
        "Xe chở đồ cho cuộc thi ném điện thoại xuất phát lúc bảy giờ, tài xế nghe máy ở «v»",
    ],
    "BD": [
        "Bhai, kada football tournament er jonno amader team er bus driver er number «v», shokal shat tay chharbe, "
        "deri korle phone dio",
        "Mukh bhangano protijogitar bicharok bolechhen chhobi pathate hobe «v» number e, shukrobar er aage",
        "Haat theke mobile chhora khelar map-jhop kore je bhai, tar number «v»",
    ],
    "PK": [
        "Yaar, kichar football tournament ke referee ka number «v» hai, kit ke baare mein unhi se poochna",
        "Ajeeb shakal banane ke muqablay ke judge ne kaha hai ke tasveerein «v» par bhejo, Jumma se pehle",
        "Mobile phone phainkne ke muqablay mein faasla naapne wale sahib se «v» par raabta karein",
    ],
    "CO": [
        "Para el torneo de fútbol en el barro de la vereda, el que presta la cancha dice que le timbren al «v»",
        "El jurado del concurso de caras feas de las fiestas del pueblo recibe las fotos al «v» hasta el viernes",
        "Si se les queda la maleta con los guayos embarrados en la buseta, llamen al conductor al «v»",
    ],
    "AR": [
        "Che, para el torneo de fútbol en el bañado de los pibes, el que organiza atiende al «v» después de las seis",
        "El jurado del concurso de muecas de la fiesta del pueblo pide que le manden las fotos al «v»",
        "Si alguien encontró los botines embarrados del partido del domingo, avisen al «v», son de mi sobrino",
    ],
    "TH": [
        "ทีมฟุตบอลโคลนต้องการคนช่วยล้างชุด โทรหาหัวหน้าทีมที่ «v»",
        "กรรมการประกวดทำหน้าตลกให้ส่งรูปมาที่ «v» ก่อนวันศุกร์",
        "คนขับรถไปงานแข่งขว้างโทรศัพท์ เบอร์ «v»",
    ],
}

SIGNATURES = [
    ("US", "Best, «name» | Pit crew, Conconully Outhouse Race | 118 Main St, Conconully, WA 98819 | «v» | «e»"),
    ("GB", "«name», Gurning Secretary, Crab Fair Committee, Market Street, Egremont CA22 | «v» | «e»"),
    ("IN", "Regards, «name» | Stable Manager, Elephant Polo Week | Amer Road, Jaipur 302002 | «v» | «e»"),
    ("DE", "Mit sumpfigen Grüßen, «name», Turnierleitung Sumpffußball, Am Weiherdamm 4, 56457 Westerburg, "
           "Tel. «v», E-Mail «e» (bitte Fotos der Trikots nur bis Sonntag schicken)"),
    ("BR", "Abraço, «name» | Futebol de Pântano | «v» | «e»"),
    ("FR", "Cordialement, «name», jury du concours de grimaces, Mairie, 12 place de l'Église | «v» | «e»"),
    ("AU", "Cheers, «name» | Pea Shooting Comp | «v» | «e»"),
    ("NG", "Warm regards, «name» | Swamp Football Club, 14 Marina Road, Calabar | «v» | «e»"),
    ("CA", "«name» | Outhouse Crew | «v» | «e»"),
    ("ZA", "Kind regards, «name», Elephant Polo Trust, 21 Pilanesberg Road, Rustenburg | «v» | «e»"),
    ("KE", "Asante, «name» | Swamp Soccer Naivasha | «v» | «e»"),
    ("MX", "Saludos, «name», Carrera de Letrinas, Calle Hidalgo 9 | «v» | «e»"),
    ("PH", "Salamat, «name» | Pista Gurning Contest | «v» | «e»"),
]

EMAIL_EN = [
    "«name» judges the braffin class this year, so send your entry photo with the collar on to «e»",
    "Swamp soccer teams, forward the signed mud waiver forms to «e» before the draw on Thursday evening",
    "The mahouts' rota for polo week was drafted by «name»; corrections go to «e» and not to the group chat",
    "Pea shooting results and the putty target scans will be mailed out from «e» once the stewards have checked them",
    "Please send the phone throwing distances you measured by hand to «e» so we can compare them with the radar",
    "Hi all, «name» is collecting the outhouse race sponsor logos for the skis, so mail them to «e» as PNGs",
    "If your gurning entry includes false teeth, the crab fair's insurer wants a note about it at «e»",
    "Sauna slots for the swamp soccer teams after the final are handed out by «e», first come first served",
    "For the elephant polo charity auction, lots and photos go to «e», with the reserve price in the subject",
    "Receipts for the brass tubes and dried peas bought by «name» should be sent to «e» for the refund",
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldungen für das Sumpffußball-Turnier nimmt «name» entgegen, bitte per Mail an «e» mit Teamname",
    "FR": "Pour le concours de grimaces, «name» reçoit les inscriptions à «e», photo de face obligatoire",
    "ES": "Las inscripciones para el lanzamiento de móvil de las fiestas se mandan a «e» con nombre y categoría",
    "BR": "As fichas do futebol de pântano ficam com «name», mandem tudo pro «e» até sexta-feira",
    "JP": "変顔コンテストの写真は「«e»」まで送ってください",
    "KR": "진흙 축구 참가 신청서는 «e» 로 보내 주세요",
    "IT": "Per la gara di lancio del cellulare, le iscrizioni le raccoglie «name» all'indirizzo «e»",
    "PL": "Zgłoszenia na turniej w błocie zbiera «name», adres «e»",
    "TR": "Bataklık futbolu kayıt formlarını «e» adresine gönderin",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the crab fair's gurning stall deposit on a card, and the receipt the treasurer got printed the "
    "whole number «v»",
    "Swamp soccer team kit order: charge the jerseys and the spare wellies to «v», billing address is the clubhouse",
    "Our mahout's travel agent needs a card to hold the polo week rooms and I gave her «v» over the phone, "
    "expiry 09/29; she said the hold is released if we cancel before the draw",
    "Card for the putty target order from the pea shooting supplier: «v», expires 11/28",
    "Phone throwing contest entry fee, paid at the harbour kiosk with «v», slip in the glovebox",
    "Outhouse race sponsorship: the hardware store charged the ski wax and the plywood to «v» "
    "(exp 02/30, CVC on the back)",
    "gurning photos print shop card on file: «v»",
    "For the swamp soccer sauna booking the resort wants a card guarantee, so I typed in «v»",
]

CARD_LOCAL = {
    "IN": "Elephant polo ke tickets ke liye maine apna card «v» diya tha, expiry 08/29, refund isi par aayega",
    "BR": "Paguei o ônibus do time de futebol de pântano no cartão «v», validade 07/29, guarda o comprovante",
    "DE": "Die Trikotwäsche für das Sumpffußball-Turnier hat «name» mit der Karte «v» bezahlt, gültig bis 10/28, "
          "die Quittung liegt in der Kasse bei den Startnummern",
    "MX": "Para rentar los carritos de la carrera de letrinas dejé en garantía la tarjeta «v», vence 05/29",
    "FR": "Sono louée pour les grimaciers de la kermesse : «name» l'a payée d'avance, numéro «v», fin de validité décembre 28, facture glissée dans la chemise verte du jury",
    "JP": "沼サッカー大会のバス代はカード «v» で支払いました",
    "ES": "El telémetro que alquilamos para medir cada móvil lanzado en las fiestas lo cargó «name» a su tarjeta «v», que vence en marzo del treinta, y el ayuntamiento nos lo reembolsa",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked the crab fair committee to refund the gurning entry fee for the rained-off heat to «v»",
    "Swamp soccer tournament fees from the Finnish teams should be transferred to «v», reference: team name and pitch",
    "Polo week stable hire for two tuskers and their mahouts, settled by the visiting European team through «v» once the vet signs the fitness sheet",
    "For the pea shooting championship trophy engraving, the engraver's bank details are «v», reference WPS",
    "«name» collects the phone throwing team's travel money, so send your share to «v» by the end of the month",
    "Outhouse race prize money for the European guest team goes out by SEPA to «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» überweist die Startgebühr für das Sumpffußball-Turnier am Weiher vom Vereinskonto «v», "
           "Verwendungszweck: Mannschaft und Trikotfarbe, spätestens zwei Wochen vor dem Anpfiff",
           "Aufwandsentschädigung der Grimassen-Jury vom Kirmeszelt: Kassenwart schickt sie jedem Juror, Gegenkonto «v», sobald der Bürgermeister unterschreibt"],
    "FR": ["«name» rembourse les frais du concours de grimaces sur le compte «v»",
           "Les cabanes de course montées sur skis sont louées chez un menuisier du Jura, qui attend notre versement sur «v» avant de les charger"],
    "ES": ["«name» pidió que el dinero del lanzamiento de móvil de las fiestas se ingrese en «v», "
           "indicando el nombre del lanzador",
           "La cuota del equipo de fútbol del pantano para el autobús va a la cuenta «v», concepto: barro y botas"],
    "IT": ["«name» ha chiesto che la quota per la gara di lancio del cellulare venga versata su «v», causale: sagra",
           "Bonifico per il custode del campo fangoso: «v»"],
    "NL": ["«name» betaalt de inschrijving voor het moerasvoetbal in de polder terug op «v», onder vermelding van "
           "de teamnaam",
           "Modderige voetbalschoenen, een touringcar en een slaapzaal in Finland: de eigen bijdrage graag storten op «v» vóór de loting"],
    "PL": ["Wpisowe na turniej piłki nożnej na bagnach proszę wpłacać na konto «v»",
           "Za autobus na mecz w błocie: «v»"],
    "TR": ["Bataklık futbolu turnuvası katılım ücreti için hesap: «v»",
           "Forma yıkama parası şu IBAN'a: «v»"],
    "BE": ["«name» stort het geld voor de grimaswedstrijd op de kermis terug op «v»",
           "Inschrijving moerasvoetbal: «v»"],
    "AT": ["Die Startgebühr für das Handyweitwerfen beim Dorffest bitte auf das Konto «v» überweisen, "
           "Verwendungszweck Werferklasse",
           "Wer im Reisebus zum Sumpfmatch nach Tirol mitfährt, überweist seinen Anteil an den Kassier, Kontonummer «v», noch vor dem Aufwärmen im Moor"],
    "PT": ["«name» pede que a inscrição no futebol de pântano seja paga para «v»",
           "Transferência do autocarro da equipa: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Direct deposit for the outhouse race volunteers' stipend: routing «a», account «b», in «name»'s name "
        "at the credit union on Main",
        "Pea shooting club treasurer update: the club's checking account moved, so ACH to routing number «a», "
        "account number «b», and keep paper checks to the post office box until the new book arrives",
        "Swamp soccer refunds by wire: ABA «a», acct «b»",
    ],
    "gb": [
        "Crab fair gurning prize money is paid by bank transfer, sort code «a», account number «b», "
        "reference your class and entry number",
        "For the Witcham peashooters' coach hire, pay the club at sort code «a» and account «b», "
        "and mark it with your team's name",
    ],
    "in": [
        "«name» ka account number «a» hai, IFSC «b», elephant polo ka advance wahin bhejo",
        "Swamp football team ki entry fee ke liye NEFT: A/c «a», IFSC «b»",
    ],
    "au": ["Pea shooting comp prize pool at the show gets paid by EFT, so here's the club's BSB «a» and account «b», "
           "ask the secretary for the receipt"],
    "ca": ["«name» collects the winter carnival outhouse race entry fees by direct deposit: transit and institution «a», "
           "account «b»"],
    "br": [
        "Vaquinha do ônibus pro torneio no brejo: quem junta é «name», agência «a», c/c «b», e o goleiro cobra de quem esquecer",
        "Para o concurso de caretas da quermesse, depósito na agência «a», conta «b»",
    ],
    "mx": ["Para la renta de los carritos de la carrera de letrinas de la feria, transfiéranle al señor de los carritos a la CLABE «a», "
           "y pongan en el concepto el nombre del equipo y el número de letrina"],
    "ng": [
        "Calabar swamp footballers, the muddy-season subscription goes to «bank» «a»; the treasurer reads the alert aloud at training, so write your jersey number in the narration",
        "«name» said to send the phone throwing team's bus fare to «bank» account «a» before Friday",
    ],
    "za": ["Elephant polo trust donations: branch code «a», account «b», reference your surname and the word polo, "
           "and email the proof to the treasurer"],
    "ar": ["Para el torneo de fútbol en el bañado, transferí la inscripción al CBU «a», a nombre del club del barrio, "
           "y mandá el comprobante por el grupo de los padres"],
}

ID_LINES = {
    "us_ssn": ("US", ["The outhouse race insurance rider wants each pusher's Social Security number; mine is «v», "
                      "and the form goes back to the fire hall by Friday with the signed waiver and the ski inspection",
                      "Witcham-style peashooter coaching for Ohio scouts needs a clearance; my Social is «v», mailed with the fingerprint card"]),
    "in_aadhaar": ("IN", ["Hathi wale bhaiya ko polo ground ke andar jaane ka kaagaz banwana hai, unka baarah ankon wala number «v» hai, laminate karwa dena",
                          "Elephant polo week ke volunteer badge ke form mein Aadhaar number «v» likhna padega, "
                          "photocopy saath lana"]),
    "in_pan": ("IN", ["Sponsor ke invoice ke liye swamp football club ka treasurer apna PAN «v» de raha hai, "
                      "GST wala kaam baad mein",
                      "Elephant polo prize money par TDS katega, isliye winner ka PAN «v» form mein bhar do"]),
    "br_cpf": ("BR", ["Para emitir a nota do ônibus do futebol de pântano a empresa pediu o CPF do capitão, que é «v», "
                      "e o endereço da sede do clube com o CEP certinho",
                      "CPF do juiz do concurso de caretas: «v»"]),
    "mx_curp": ("MX", ["Mi chamaco quiere hacer muecas en la kermés de la parroquia y la señora del registro apuntó su clave «v» en la libreta de concursantes",
                       "La aseguradora de la carrera de letrinas de la feria me pidió la CURP de cada empujador; "
                       "la mía es «v», y la de mi compadre se la mando mañana con la copia del INE"]),
    "mx_rfc": ("MX", ["Factura de la renta de carritos para la carrera de letrinas a nombre del comité, RFC «v»",
                      "El patrocinador del equipo de futbol de pantano quiere la factura con nuestro RFC: «v»"]),
    "gb_nhs": ("GB", ["Crab fair first aid tent noted my NHS number «v» after the greasy pole fall",
                      "For the pea shooting junior's medical form the club wants an NHS number, and his is «v», "
                      "allergy to latex putty noted"]),
    "de_idnr": ("DE", ["Trainerhonorar fürs Moorkicken: Schatzmeisterin Hiltrud notiert meine elfstellige Nummer vom Finanzamt, «v», damit das Ehrenamt steuerfrei abgerechnet wird",
                       "Jurorin beim Fratzenschneiden auf der Kirmes, Honorarformular ausgefüllt, meine Steuer-IdNr «v» eingetragen, Unterschrift folgt nach dem Umzug"]),
    "fr_nir": ("FR", ["Pour l'assurance du concours de grimaces, la mairie demande le numéro de sécurité sociale du jury, "
                      "le mien est «v» et la fiche est au secrétariat avec le règlement",
                      "Numéro de sécu du gardien de but blessé au foot des marais : «v»"]),
    "es_dni": ("ES", ["Para el seguro del lanzamiento de móvil en las fiestas del pueblo necesitan el DNI del lanzador, "
                      "el mío es «v»",
                      "DNI del conductor del camión de los retretes de la carrera: «v», por si pide la Guardia Civil "
                      "los papeles en el control de la carretera"]),
    "es_nie": ("ES", ["El jugador sueco del equipo del pantano tiene NIE «v»",
                      "Al portero sueco que juega en el barro le tramitaron el NIE «v» en comisaría, ya puede cobrar el premio"]),
    "it_codicefiscale": ("IT", ["Lanciatore di telefonini iscritto alla sagra delle castagne: sul modulo di Pro Loco ho scritto il mio CF «v» accanto alla taglia della maglietta",
                                "Il custode del campo fangoso chiede il codice fiscale dell'allenatore per l'assicurazione: «v», "
                                "insieme alla copia del documento e al certificato medico"]),
    "ca_sin": ("CA", ["The winter carnival pays the outhouse race marshals, so payroll wants my SIN: «v»",
                      "For the swamp soccer league's part-time referee job in Sudbury, the club needs a social insurance "
                      "number on the T4 form; mine is «v» and my address hasn't changed since last season"]),
    "id_nik": ("ID", ["NIK ketua panitia lomba sepak bola lumpur untuk izin keramaian: «v»",
                      "Juri lomba meringis di alun-alun mendata peserta dewasa; saya setor nomor KTP «v» ke meja panitia sebelum naik panggung"]),
    "pk_cnic": ("PK", ["Kichar football tournament ke registration form par captain ka CNIC «v» likhna zaroori hai, "
                       "photo ke saath",
                       "Referee sahib ka CNIC: «v»"]),
    "tr_tckimlik": ("TR", ["Bataklık futbolu turnuvası sigortası için kaptanın T.C. kimlik numarası «v»",
                           "Surat buruşturma yarışmasının ödül ödemesi için jüri TC kimlik numaramı istedi: «v»"]),
    "pl_pesel": ("PL", ["Do ubezpieczenia zawodników turnieju w błocie organizator potrzebuje numeru PESEL bramkarza, "
                        "który brzmi «v», razem z adresem zamieszkania i podpisem rodzica",
                        "PESEL sędziego konkursu min: «v»"]),
    "za_idnr": ("ZA", ["The elephant polo trust's volunteer form asks for a South African ID number, and mine is «v», "
                       "in case the Rustenburg office phones about the indemnity",
                       "Groom for the tusker team at the Rustenburg charity chukkas, green barcoded book number «v», copied for the gate guards"]),
    "kr_rrn": ("KR", ["늪지 축구팀 단체 상해보험 서류에 골키퍼 형 번호 «v» 적어서 냈어요",
                      "표정 대회 상금 지급용 주민번호 «v»"]),
    "cn_ric": ("CN", ["沼泽足球队队长身份证号 «v»",
                      "鬼脸比赛评委的身份证号码 «v»"]),
    "jp_in": ("JP", ["沼サッカー大会の保険に使うマイナンバーは «v» です",
                     "変顔コンテスト賞金の支払い用マイナンバー «v»"]),
    "au_tfn": ("AU", ["The show society pays the pea shooting comp's scorekeeper, so they need a tax file number, "
                      "mine's «v»",
                      "Swamp footy ref's TFN «v»"]),
    "nl_bsn": ("NL", ["Grensrechter bij moerasvoetbal in de Hollandse polder, vergoeding voor het vlagwerk: op het clubformulier staat mijn burgerservicenummer «v»",
                      "BSN van de scheidsrechter: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของกัปตันทีมฟุตบอลโคลน «v»",
                      "กรรมการประกวดหน้าตลก เลขประจำตัว «v»"]),
    "my_nric": ("MY", ["Elephant polo volunteer at the Terengganu camp, my IC number is «v», for the insurance form",
                       "No. kad pengenalan pemain bola lumpur: «v»"]),
    "ar_cuit": ("AR", ["Che, el que imprime las camisetas embarradas pide el CUIT del club del bañado para facturar, así que le pasé «v» por audio",
                       "El sponsor de los botines pide el CUIT del organizador: «v»"]),
    "cl_rut": ("CL", ["Para el seguro del concurso de muecas de la fiesta, el RUT del jurado es «v»",
                      "Mi RUT es «v», para que el club del fútbol en el barro me devuelva la plata del bus"]),
    "se_personnummer": ("SE", ["Målvakten i träskfotbollslaget i Dalarna skrev «v» på olycksfallsblanketten innan vi körde till Finland",
                               "Domaren i mobilkastningen behöver mitt personnummer för arvodet, det är «v», "
                               "och kontonumret skickar jag i ett separat mejl senare i veckan"]),
    "ie_pps": ("IE", ["The swamp soccer club's grant form wants the treasurer's PPS number, which is «v»",
                      "PPSN for the bog match marshal: «v»"]),
    "pt_nif": ("PT", ["O motorista do autocarro que leva a equipa enlameada até Aveiro quer faturar à associação, contribuinte número «v»",
                      "O júri do concurso de caretas precisa do meu NIF para o prémio, que é «v»"]),
}

MIXED_LINES = [  # (region, line, kinds of its values in order)
    ("US", "«name» signed up to push at the outhouse race: cell «phone», email «email», and for the county's "
           "volunteer insurance the SSN «ssn»", ("phone", "email", "ssn")),
    ("US", "Pea shooting coach application: phone «phone», paid the fee with «card», SSN for the background check «ssn»",
     ("phone", "card", "ssn")),
    ("US", "New swamp soccer referee «name» sent everything at once on the league's form: «email», card «card» for the "
           "uniform deposit, Social Security number «ssn» for the paycheck", ("email", "card", "ssn")),
    ("GB", "Crab fair gurning entrant, details from the desk: mobile «phone», email «email», card for the entry fee "
           "«card»", ("phone", "email", "card")),
    ("IN", "Jaipur elephant polo box seats booked by «name», contact «phone», receipts to «email», charged on «card»", ("phone", "email", "card")),
    ("CA", "Outhouse crew driver: «phone», gas card «card»", ("phone", "card")),
    ("AU", "«name», pea shooting: «phone», «email»", ("phone", "email")),
]
