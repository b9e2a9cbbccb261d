"""Lines of the dev72 privacy set (``privacy_cases_dev72.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a klootschieten club's country lanes, wooden balls and Sunday rounds, a buzkashi
match's riders, boz and winter field, a lawn bowls club's green, rinks, jacks and skips, a letterboxing
walk's moor, stamps, logbooks and clues, a punkin chunkin contest's trebuchets, air cannons and
November field, a real tennis court's dedans, galleries, chases and marker; texts, voice notes,
e-mails and their signatures, forms and receipts), written fresh as messages from particular people in
particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me
number), «e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a
Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LOCAL", "PHONE_LINKS", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "the trebuchet crew changed captains after the arm snapped in practice, so call «name» on «v» before you haul any gourds onto the field",
    "my truck is stuck in the mud behind the air cannon tent, if anyone has a tow strap ring me at «v» and I'll buy the cider",
    "real tennis marker this Saturday is «name», he asked that the lesson cancellations go straight to his mobile «v» rather than the pro shop",
    "lawn bowls twilight triples: lost a glove on rink four, it's green with a white cuff, text «v» and I'll collect it on Thursday",
    "found the Hound Tor letterbox soaked through, the logbook needs replacing; the owner is «name» and her number on the clue sheet is «v»",
    "hey, this is the pumpkin patch guy from Route 9, I've got forty more Atlantic Giants if your cannon team wants them, «v»",
    "the junior bowls coaching moved to the back green, parents with questions can reach «name» directly on «v» until the end of May",
    "our chase-scoring app keeps crashing during handicap doubles, the developer said to text a screenshot to «v» and he'd look tonight",
    "Dartmoor walk tomorrow is on even if it drizzles; meet at the Postbridge car park and if you get lost phone «name» on «v»",
    "Please call back about the club's mower lease on «v», the green keeper says the old one is scalping the corners again",
    "New sponsor contact for the chunkin' banner is «name», office line «v», she wants the logo on the centrifugal machine too",
    "anyone heading to the Kiwi bowls open can share my rental van, there are two seats left, reply to «v» by Friday evening",
    "hi, the tennis court's dedans netting is torn near the grille; the contractor «name» can come Monday, his cell is «v»",
    "the hand-carved stamp I left in the Cornish box was taken, if you hear anything about it please ring «v», it was my late father's",
    "«name» here from the county fair board, about the catapult safety zone: can you call me at «v» before we print the map?",
    "our skip's hip is playing up so she's sitting out the pairs final; the stand-in captain's number is «v» if the draw changes",
    "Toronto real tennis ladder: «name» is running it this season, new players should register by texting «v» with their handicap",
    "found a set of car keys with a small wooden kloot keyring at the pub after the round, call «v» to describe them and collect",
    "the lady who restores old bowls with new grip stickers is «name», she's at «v» and charges less than the shop in town",
    "the pumpkin launch webcam is frozen again, whoever has the router password please ring «v» before the first heat at ten",
    "Volunteer for scoring the letterbox treasure trail at the school fete: «name», reach her on «v» after three-thirty",
    "Whoever parked the trailer with the compressed air tanks across the gate, please move it, farmer says call him on «v»",
]

PHONE_LINKS = [
    "everyone in the chunkin' pit crew group should message the trailer driver here so he has your numbers: «vW»",
    "if you want a spare set of lawn bowls for the beginners' night, the seller answers quickest on WhatsApp: «vW»",
    "International real tennis visitors: our club host for the week takes messages at «vE», he'll sort court times",
    "for the buzkashi trip the guesthouse owner «name» replies on WhatsApp, the number with the country code is «vE»",
]

PHONE_LOCAL = {
    "IN": [
        "bhai, the kabaddi ground is booked so our lawn bowls demo shifted to the school hall, call the principal's office at «v»",
        "Punkin chunkin ka Pune edition? Ek engineering college ka group try kar raha hai, unka number «v» hai, baat karo",
        "«name» ji se baat karo trebuchet ke lakdi ke liye, woh Saharanpur ka carpenter hai, number «v», rate achha hai",
    ],
    "BR": [
        "«name» vai levar a catapulta de abóbora para a feira de Holambra, quem quiser ajudar a montar liga no «v»",
        "o clube de bocha na grama de Curitiba mudou de telefone, agora é «v», e a inscrição do torneio fecha sexta",
        "achei um carimbo de letterbox na trilha da Serra do Mar, o dono deixou o número «v» dentro da caixa",
    ],
    "DE": [
        "«name» vom Klootschießerverein Hatten fragt, wer die Bosselkugeln nach Oldenburg bringt, bitte unter «v» melden",
        "Die Kloot-Runde am Sonntag startet am Feuerwehrhaus, wer später kommt, ruft den Schreiber unter «v» an",
        "Rasenbowls-Schnupperkurs im Stadtpark: Anmeldung nur telefonisch bei der Platzwartin, «v», Schläger werden gestellt",
    ],
    "MX": [
        "la feria de calabaza de Huejotzingo quiere hacer un lanzamiento con catapulta, informes con el comité al «v»",
        "«name» es el que tiene el cañón de aire del taller, márcale al «v» y pregúntale si lo presta para el festival",
        "se perdió un sello tallado en la caja del cerro del Ajusco, quien lo encuentre por favor llame al «v»",
    ],
    "FR": [
        "le jeu de paume de Fontainebleau cherche un marqueur pour les dimanches, appelez le secrétariat au «v»",
        "la partie de boules sur gazon est reportée à cause de la pluie, pour la nouvelle date appelez le capitaine au «v»",
        "bonjour, j'ai trouvé votre boîte aux lettres de randonnée près du lac, le carnet était trempé, rappelez-moi au «v»",
    ],
    "ID": [
        "lomba lempar labu pakai ketapel kayu di Lembang butuh relawan, hubungi panitia di «v» sebelum Jumat",
        "klub lawn bowls di Senayan buka kelas pemula lagi, pendaftaran lewat telepon «v», bawa sepatu sol datar",
        "yang mau ikut jelajah kotak cap di Bromo, nomor pemandu kami «v», berangkat jam tiga pagi dari hotel",
    ],
    "PH": [
        "may pumpkin launching daw sa Tagaytay next month, tawagan mo si kuya sa «v» kung gusto mong sumali sa team",
        "yung lawn bowls club sa Alabang nag-announce ng bagong coach, ang number niya ay «v», libre ang unang lesson",
        "«name» ang kumuha ng susi ng shed ng green, text mo siya sa «v» bago ka pumunta bukas ng umaga",
    ],
    "JP": [
        "«name»さんがローンボウルズの体験会の担当になりました。参加希望の方は «v» までお電話ください",
        "リアルテニスのコート見学はクラブ事務局 «v» に予約が必要です、土曜の午前は混みます",
        "かぼちゃ投げ大会の投石機チーム、部品の発注先の電話番号は «v» です、木曜までに連絡を",
    ],
    "ES": [
        "el trinquete antiguo de la calle Mayor acoge un partido de exhibición de real tennis, entradas en el «v»",
        "la peña de bolos sobre hierba busca jugadores para la liga de otoño, llamad a Rosendo al «v» por las tardes",
        "si alguien ve mi mochila con el sello de caucho del buzón del Pirineo, que llame al «v», tiene mi libreta",
    ],
    "IT": [
        "la gara di lancio delle zucche a Venzone ha bisogno di una gru, il noleggiatore risponde al «v» fino alle sei",
        "il circolo di bocce su prato di Firenze cambia numero: da lunedì chiamate il «v» per prenotare le corsie",
        "ho trovato la scatola del letterboxing sul sentiero del Carso bagnata, chi la gestisce mi chiami al «v»",
    ],
    "TR": [
        "çim bowling kulübü yeni sezon kayıtlarını telefonla alıyor, sekreter hanımın numarası «v», akşam arayın",
        "balkabağı fırlatma yarışması için mancınık yapan atölyeyi buldum, ustanın telefonu «v», fiyat soralım",
        "Kırgız atlı oyunları gösterisi için at taşıyıcısının numarası «v», kamyon cumartesi sabah gelecek",
    ],
    "KR": [
        "«name» 선생님이 론볼 동호회 총무를 맡으셨어요. 가입 문의는 «v» 로 전화 주세요",
        "호박 던지기 대회 투석기 제작팀 연락처는 «v» 입니다. 목재는 미리 주문해야 해요",
        "도장 상자 찾기 산행 모임이 바뀌었어요, 새 리더 번호는 «v», 토요일 여덟 시 출발",
    ],
    "PL": [
        "«name» z klubu bowls na trawie w Sopocie pyta, kto zabierze kule na turniej, dzwońcie na «v»",
        "festyn dyniowy w Opolu szuka drużyny z katapultą, organizator odbiera pod numerem «v» po szesnastej",
        "skrzynka z pieczątką przy schronisku na Turbaczu zniknęła, jeśli ktoś ją widział, proszę o telefon «v»",
    ],
    "RU": [
        "«name» собирает команду на бузкаши под Бишкеком, кто хочет посмотреть игру с трибуны, звоните «v»",
        "клуб газонного боулинга в Сочи открыл запись на летний турнир, телефон администратора «v»",
        "на фестивале тыкв в Коломне ищут инженера для катапульты, координатор ждёт звонка по номеру «v»",
    ],
    "EG": [
        "نادي البولينج على العشب في المعادي بيستقبل أعضاء جدد، اتصلوا بالسكرتير على «v» بعد العصر",
        "ورشة النجارة اللي هتعمل المنجنيق لمسابقة القرع رقمها «v»، كلموهم قبل الخميس",
        "الدليل بتاع رحلة صندوق الختم في سيناء رقمه «v»، الرحلة بتبدأ الساعة أربعة الفجر",
    ],
    "VN": [
        "câu lạc bộ bowls trên cỏ ở Đà Lạt đang tuyển thành viên, gọi chị thư ký theo số «v» vào buổi tối",
        "đội làm máy bắn bí ngô cho hội chợ Tết cần thêm thợ hàn, liên hệ anh đội trưởng «v»",
        "ai nhặt được con dấu khắc gỗ ở hộp thư trên đỉnh Fansipan xin gọi «v», đó là quà của bạn tôi",
    ],
    "BD": [
        "ঢাকার লন বোলস মাঠে বৃষ্টির পানি জমেছে, শনিবারের খেলা হবে কিনা জানতে মাঠের কেয়ারটেকার চাচাকে ফোন দাও «v»",
        "কুমড়া ছোড়ার প্রতিযোগিতার জন্য কাঠের গুলতি বানাবে যে মিস্ত্রি, তার ফোন «v», দাম জিজ্ঞেস করো",
        "সিলেটের চা বাগানে সিল বাক্স খোঁজার হাঁটা শনিবার, গাইডের নম্বর «v», সকাল সাতটায় রওনা",
    ],
    "PK": [
        "buzkashi dekhne Chitral jana hai to jeep wale ka number «v» hai, woh Peshawar se subah nikalta hai",
        "Lahore Gymkhana ki lawn bowls team ka naya captain hai, uska mobile «v», practice Jumeraat ko hai",
        "kaddu phenkne wali catapult ke liye welder ne number diya «v», keh raha hai do din mein bana dega",
    ],
    "CO": [
        "el club de bolos sobre césped de Medellín abrió inscripciones para el torneo, llamen a la sede al «v»",
        "en el festival de la ahuyama de Boyacá quieren lanzar con trebuchet, el organizador contesta en el «v»",
        "dejé mi libreta de sellos en el buzón del páramo de Sumapaz, si alguien la ve que marque al «v»",
    ],
    "AR": [
        "el club de bowls de Hurlingham busca quien arregle la cortadora del green, el encargado atiende al «v»",
        "para el torneo de catapultas de zapallo en Mendoza pidan los tablones al aserradero, número «v»",
        "la caja de sellos del cerro en Tandil tiene dueño nuevo, cualquier reclamo llamen al «v» por la tarde",
    ],
    "TH": [
        "ชมรมลอนโบว์ลที่หัวหินรับสมาชิกใหม่ โทรหาเลขาชมรมได้ที่ «v» ช่วงเย็นหลังหกโมง",
        "ทีมทำเครื่องยิงฟักทองสำหรับงานเทศกาลต้องการช่างไม้เพิ่ม ติดต่อหัวหน้าทีมที่ «v»",
        "ใครเจอสมุดตราประทับที่กล่องบนดอยสุเทพ ช่วยโทร «v» ด้วย เป็นของลูกสาวฉัน",
    ],
}

SIGNATURES = [
    ("US", "Thanks for keeping the air cannon inspection on schedule.\n--\n«name»\nSafety Officer, Sussex County Punkin Chunkin\ncell «v» | «e»"),
    ("GB", "See you on the green for the twilight pairs.\n\n«name»\nFixtures Secretary, Dulwich Lawn Bowls Club\nmob. «v»\n«e»"),
    ("IN", "Please confirm the trebuchet timber order by Monday.\nRegards,\n«name», Workshop Lead, Nashik Engineers' Pumpkin Team\n«v» · «e»"),
    ("DE", "Bis Sonntag an der Kreuzung!\n«name»\nSchriftführer, Klootschießerverein Nordhorn e.V.\nTel. «v» · «e»"),
    ("BR", "Abraço e até a próxima rodada no gramado,\n«name»\nDiretora, Clube de Bocha de Holambra\n«v» | «e»"),
    ("FR", "Merci pour votre inscription au tournoi de courte paume.\n«name»\nSecrétaire, Jeu de Paume de Bordeaux\n«v» — «e»"),
    ("AU", "Cheers for marking on Saturday, the chases were spot on.\n«name»\nProfessional, Ballarat Real Tennis Club\n«v» | «e»"),
    ("NG", "Kindly bring your own woods for the open day.\n«name»\nHon. Secretary, Ikoyi Lawn Bowls Section\nTel: «v» · «e»"),
    ("CA", "Happy stamping and see you at the spring meet!\n«name»\nClue Keeper, Muskoka Letterboxers\n«v» · «e»"),
    ("ZA", "Thank you for coming to the bowls open day.\n«name»\nCoaching Coordinator, Pietermaritzburg Bowling Club\ncell «v», «e»"),
    ("KE", "Pole ndugu, the green is closed for re-seeding until June.\n«name»\nClub Captain, Nairobi Lawn Bowls\n«v» · «e»"),
    ("MX", "Gracias por apoyar el lanzamiento de calabazas del festival.\n«name»\nCoordinadora, Feria de Calabaza de Cholula\n«v» | «e»"),
    ("PH", "Salamat sa tulong sa trebuchet build, see you sa field.\n«name»\nTeam Captain, Batangas Pumpkin Flingers\n«v» | «e»"),
]

EMAIL_EN = [
    "the trebuchet team's treasurer is «name», send your share of the timber bill to her at «e» this week",
    "I've moved the letterbox clue list to a shared doc; ask for edit access at «e» if you're on the committee",
    "new members at the bowls club please fill in the form and return it to «name» at «e» with a photo",
    "the marker's roster for next month went out this morning, if it didn't reach you write to «e»",
    "pumpkin growers who want their gourds launched should register their weights with «e» by October",
    "«name» is running the real tennis handicap review; disputes in writing only, to «e», before the AGM",
    "lost property from the twilight bowls night: two cardigans and a flask, claims to «e» please",
    "Dartmoor walk photos are going into one album, email the ones with stamps visible to «e»",
    "the air cannon insurance certificate has to be forwarded to the fair board at «e» by noon Friday",
    "«name» asked that all pairs entries for the county championship be emailed to «e», not posted",
]

EMAIL_LOCAL = {
    "DE": "Die Bosselkugeln für das Frühjahrsturnier sind bestellt, «name» sammelt die Zahlungen unter «e»",
    "FR": "Les inscriptions au stage de courte paume se font par courriel auprès de «name» : «e»",
    "ES": "las fotos del lanzamiento de calabazas se pueden enviar al correo del festival, «e», antes del domingo",
    "BR": "«name» está organizando o campeonato de bocha na grama, mande sua ficha para «e» até o fim do mês",
    "JP": "ローンボウルズ大会の申込書はこちらのアドレス «e» へ送ってください、締め切りは金曜日です",
    "KR": "호박 던지기 대회 참가 신청서는 «e» 로 보내 주세요. 투석기 사진도 첨부해 주시면 좋아요",
    "IT": "«name» raccoglie le iscrizioni al torneo di bocce su prato all'indirizzo «e», entro venerdì",
    "PL": "«name» prosi, żeby zdjęcia z wyprawy po pieczątki wysyłać na adres «e», najlepiej w oryginale",
    "TR": "çim bowling turnuvasına kayıt için formu doldurup «e» adresine gönderin, son gün perşembe",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "the fair board's ticket site rejected my card, «name» said read out the number to her instead: «v»",
    "renewing the bowls club subscription by phone, the card is «v», expiry on the back, it's the joint account",
    "For the trebuchet rope order, the supplier needs the card number again: «v», I'll text the code separately",
    "booking the court for the doubles handicap — paid with «v», but the receipt shows the wrong name",
    "please put the letterbox stamp kits on my card «v», ten of them, and post them to the scout hut",
    "Charge the pumpkin seed order to this card: «v». It's the club card, not my personal one",
    "the green keeper's fuel went on my card by mistake, card ending was meant to be the club's, mine is «v»",
    "air cannon valve replacement, card for the deposit: «v», the rest on delivery next Tuesday",
]

CARD_LOCAL = {
    "IN": "lab assistant bhaiya bol rahe the trebuchet ke counterweight ke liye steel plates chahiye, meri card se le lo «v», principal sir ko mat batana",
    "BR": "paga as camisetas do clube de bocha com o cartão «v», a fatura vai para a tesouraria",
    "DE": "«name» hat am Kiosk vom Feuerwehrfest gesagt, die Bosselkugeln für die Jugend gehen auf seine Kreditkarte «v», die Quittung liegt im Schuppen",
    "MX": "la inscripción del equipo de la catapulta la pagué con la tarjeta «v», guarden el comprobante",
    "FR": "«name» a réglé la location du court de paume avec sa carte «v», la facture est au club",
    "JP": "ローンボウルズのシューズは私のカードで注文してください、番号は «v» です",
    "ES": "«name» me pidió pagar el alquiler del césped con su tarjeta, que es «v», guardad el ticket",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "the bowls club's bank changed, annual fees now go to «name» as treasurer, IBAN «v», reference your surname",
    "for the Dutch klootschieten exchange trip, transfer your share of the bus to «v», before the end of March",
    "the real tennis club in Paris asked for the court fee by transfer to their account, IBAN «v»",
    "Send the letterbox stamp carver's payment to «v», she's in Ireland so it has to be an IBAN",
    "«name» from the German bosseln club sent their account for the shared pitch fee: «v»",
    "the Flemish farmer who rents us his trebuchet for the autumn fair only takes a bank deposit once the tractor has been booked, his account is «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» hat nach der verregneten Runde am Moor erzählt, dass der neue Kassenwart nur noch Überweisungen annimmt, und zwar auf «v», nicht mehr bar in der Kneipe",
           "Die Rasenpflege des Bowlsgrüns wird per Überweisung bezahlt, IBAN «v», Verwendungszweck Frühjahr"],
    "FR": ["au vestiaire du jeu de paume, «name» a épinglé un mot : les joueurs qui veulent la nouvelle raquette en frêne doivent virer leur part sur «v» avant Pâques",
           "le stage de boules sur gazon se paie par virement, notre IBAN est «v», indiquez votre nom"],
    "ES": ["«name» dice que la cuota de la peña de bolos sobre hierba va a esta cuenta: «v»",
           "el alquiler del trinquete se paga por transferencia al IBAN «v», poned vuestro nombre en el concepto"],
    "IT": ["«name» chiede di versare la quota per la catapulta sul conto del comitato: «v»",
           "il nonno che coltiva le zucche giganti a Cremona ha detto che per prenotarne tre per la catapulta basta un acconto sul suo conto «v»"],
    "NL": ["«name» stond bij de schuur met de klootballen en zei dat wie mee wil naar de bosselwedstrijd in Friesland de bus betaalt via «v»",
           "de contributie van de kolfclub gaat voortaan naar rekening «v», graag met je lidnummer erbij"],
    "PL": ["opłatę za turniej bowls na trawie proszę przelać na konto «v», w tytule imię i nazwisko",
           "wpisowe za festyn dyniowy wpłacamy na rachunek «v», do końca tygodnia"],
    "TR": ["çim bowling kulübü aidatı için IBAN «v», açıklamaya adınızı yazmayı unutmayın",
           "mancınık malzemesinin parasını şu hesaba gönderin: «v», usta yarın başlıyor"],
    "BE": ["«name» vraagt om het inschrijfgeld voor het bolspel op het gras te storten op «v»",
           "de trainer van het gazonbowlen in Gent heeft nieuwe schoenen voor de jeugd besteld, de ouders storten hun deel op «v» tegen de kermis"],
    "AT": ["die Rasenbowls-Saisongebühr bitte auf «v» überweisen, die Quittung kommt per Post",
           "für das Kürbis-Katapult-Fest in Tirol überweist ihr das Startgeld an «v»"],
    "PT": ["«name» pede que a quota do clube de bowls seja transferida para o IBAN «v»",
           "o senhor que empresta o trator para puxar a catapulta na feira de Leiria só aceita o sinal por transferência para «v», e pede comprovativo"],
}

ACCOUNT_LINES = {
    "us": [
        "our team won the longest-throw trophy and the fair wants to wire the prize, so I gave them routing «a» and account «b» for «name», who fronted the welding costs",
        "the fair board reimburses volunteers by ACH, mine is routing «a» and account «b», checking",
        "bowls league refund goes to routing number «a», account number «b», it's a credit union",
    ],
    "gb": [
        "the clubhouse bar takings go into sort code «a», account «b», please don't pay cash to the steward",
        "the Okehampton coach firm that drives us up onto the moor for the Easter stamp hunt wants paying in advance: sort code «a», account «b»",
    ],
    "in": [
        "welding ka bill «name» ne apni jeb se bhara tha, unko wapas karo: account number «a», IFSC «b», aaj raat tak",
        "Uncle from the Kolkata green says the annual lawn bowls dues now go by NEFT only, A/c «a» at branch IFSC «b», cash box is retired",
    ],
    "au": ["court fees for the Ballarat real tennis weekend: BSB «a», account «b», use your surname as reference"],
    "ca": ["«name» said to e-transfer or deposit to the lawn bowls club, transit and institution «a», account «b»"],
    "br": [
        "na última rodada no gramado, «name» avisou que quem quiser ir ao torneiro de Holambra deposita a parte do ônibus na agência «a», conta «b»",
        "a vaquinha do canhão de abóbora vai para agência «a», conta «b», manda o comprovante no grupo",
    ],
    "mx": ["nos ganamos el premio al tiro más largo en Cholula y el municipio pide la CLABE para pagarlo, la del taller es «a», díganle al contador"],
    "ng": [
        "pay the bowls kit money to «bank», account number «a», the treasurer will confirm on Sunday",
        "«name» said the trebuchet timber should be paid to «bank», account «a», not cash at the gate",
    ],
    "za": ["bowling club fees: branch code «a», account «b», please put your membership number as reference"],
    "ar": ["el canchero del green de Hurlingham dijo que la colecta para la máquina nueva de cortar pasto se junta en el CBU «a», antes del campeonato"],
}

ID_LINES = {
    "us_ssn": ("US", ["the fair board's volunteer payroll form wants my social security number again, it's «v», the old one was smudged",
                      "for the bowls club's tax-exempt status the treasurer listed her SSN as «v» on the form, should that be masked?"]),
    "in_aadhaar": ("IN", ["Aadhaar number for the bowls tournament accommodation check-in: «v», the hotel insists",
                          "trebuchet team registration with the college asked for my Aadhaar, I wrote «v», hope that's fine"]),
    "in_pan": ("IN", ["the sponsor needs PAN for the prize money TDS, mine is «v», please forward to accounts",
                      "PAN for the pumpkin festival vendor stall invoice: «v», the GST form is attached"]),
    "br_cpf": ("BR", ["o clube de bocha pediu meu CPF para emitir o recibo da anuidade: «v»",
                      "para a nota fiscal do canhão de abóbora, o CPF do tesoureiro é «v»"]),
    "mx_curp": ("MX", ["el de protección civil llegó al campo con la catapulta ya armada y nos pidió la CURP del responsable antes de dejarnos tirar, le di la mía: «v»",
                       "mi tía que maneja la camioneta con las calabazas gigantes se registró como voluntaria y la hoja pedía su CURP, «v», la llené yo"]),
    "mx_rfc": ("MX", ["el comité facturará con mi RFC «v», pónganlo en la factura del alquiler de la grúa",
                      "el RFC del club de bolos sobre césped para la factura es «v», no el de la federación"]),
    "gb_nhs": ("GB", ["the GP surgery asked for my NHS number after I twisted my ankle on the bowls green: «v»",
                      "Dartmoor rescue form wanted my NHS number, it's «v», I had it in my phone thankfully"]),
    "de_idnr": ("DE", ["Nach dem Grünkohlessen der Boßler meinte der Kassenwart, für die Aufwandsentschädigung als Wurfzähler fehle ihm noch meine Steuer-ID, also: «v»",
                       "die Stadt will für das Sommerferienprogramm mit den Bowlskugeln im Park meine steuerliche Identifikationsnummer, ich habe «v» ins Formular geschrieben"]),
    "fr_nir": ("FR", ["le marqueur s'est tordu la cheville en ramassant les balles sous le dedans, l'infirmière du club a noté son numéro de sécu : «v»",
                      "j'ai glissé sur le plancher du court en courant après une balle de chasse, et le kiné veut mon numéro de sécurité sociale, c'est «v»"]),
    "es_dni": ("ES", ["para la ficha federativa de bolos sobre hierba necesito el DNI, el mío es «v»",
                      "el seguro del trinquete pide el DNI del titular: «v», está a nombre de mi padre"]),
    "es_nie": ("ES", ["para darme de alta en el club de bowls como extranjero me pidieron el NIE: «v»",
                      "el NIE de mi compañero británico para la inscripción en la liga es «v»"]),
    "it_codicefiscale": ("IT", ["mia madre si è iscritta alle bocce su prato al circolo di Fiesole e la segretaria voleva il suo codice fiscale, gliel'ho dettato io: «v»",
                                "il vigile del paese ha fermato il carro con la catapulta e voleva il codice fiscale di chi la guida, quello di Gigi è «v»"]),
    "ca_sin": ("CA", ["lawn bowls Canada membership form wants my SIN for the coaching honorarium: «v»",
                      "the tennis club's payroll needs the marker's SIN, he gave me «v» on a napkin"]),
    "id_nik": ("ID", ["untuk asuransi lomba lempar labu panitia minta NIK saya, yaitu «v»",
                      "pendaftaran anggota klub lawn bowls Senayan pakai NIK: «v», fotokopi KTP menyusul"]),
    "pk_cnic": ("PK", ["Shandur polo festival ke baad buzkashi dekhne gaye to checkpost wale ne CNIC likhwaya, mera «v» tha, unhone photo bhi li",
                       "Gymkhana lawn bowls membership form pe CNIC likhna hai: «v», attested copy bhi"]),
    "tr_tckimlik": ("TR", ["çim bowling federasyonu lisansı için TC kimlik numaram «v», formu doldurdum",
                           "balkabağı festivalinin sigortası için T.C. kimlik no: «v», kaptanın adına"]),
    "pl_pesel": ("PL", ["do licencji zawodnika bowls na trawie potrzebny jest PESEL: «v»",
                        "ubezpieczenie festynu dyniowego wymaga numeru PESEL kierownika drużyny: «v»"]),
    "za_idnr": ("ZA", ["the bowls club's indemnity form wants my ID number, it's «v», please keep it locked away",
                       "SASSA called about my pension and I had to give my ID number «v» while standing on the green"]),
    "kr_rrn": ("KR", ["론볼 협회 선수 등록에 주민등록번호가 필요하대요: «v»",
                      "호박 던지기 대회 보험 가입용 주민번호 «v», 팀장님 것으로 했어요"]),
    "cn_ric": ("CN", ["草地滚球俱乐部入会表需要身份证号码:«v»,请帮我核对一下",
                      "南瓜投石比赛的保险需要队长的身份证号 «v»,明天交给主办方"]),
    "jp_in": ("JP", ["ローンボウルズ協会の登録にマイナンバーが必要と言われました。«v» です",
                     "かぼちゃ投げ大会の賞金支払いのためマイナンバー «v» を提出してください"]),
    "au_tfn": ("AU", ["the Ballarat tennis club's coaching payment form asks for my TFN: «v», is that normal?",
                      "TFN for the bowls umpire's allowance declaration is «v», I've signed the form"]),
    "nl_bsn": ("NL", ["voor de vrijwilligersvergoeding van de klootschietvereniging vragen ze mijn BSN: «v»",
                      "na de val op het kolfbaantje in het dorpscafé vroeg de huisartsenpost om mijn BSN, dat is «v», ik had het op een briefje"]),
    "th_pin": ("TH", ["ชมรมลอนโบว์ลขอเลขบัตรประชาชนเพื่อทำประกัน ของฉันคือ «v»",
                      "เลขประจำตัวประชาชนของหัวหน้าทีมเครื่องยิงฟักทองคือ «v» ใช้ลงทะเบียน"]),
    "my_nric": ("MY", ["kelab lawn bowls Petaling Jaya minta nombor IC untuk keahlian: «v»",
                       "nombor MyKad ketua pasukan lastik labu untuk insurans ialah «v»"]),
    "ar_cuit": ("AR", ["para facturar el torneo de bowls en Hurlingham me pidieron el CUIT: «v»",
                       "el CUIT del aserradero que nos vende los tablones de la catapulta es «v»"]),
    "cl_rut": ("CL", ["el club de bolos en pasto de Viña pide el RUT del socio nuevo: «v»",
                      "para el seguro de la fiesta del zapallo necesito tu RUT, el mío es «v»"]),
    "se_personnummer": ("SE", ["bowlsklubben i Göteborg vill ha mitt personnummer till medlemsregistret: «v»",
                               "kommunen vill ha personnumret på den som ansvarar för pumpkatapulten på skördefesten i Skåne, min bror skrev «v»"]),
    "ie_pps": ("IE", ["the county council's sports capital grant for the new bowls green surround needs the chairperson's PPS, Siobhán gave hers as «v»",
                      "PPS number for the letterbox walk leader's expenses is «v», she's in Wicklow"]),
    "pt_nif": ("PT", ["o tesoureiro do clube de bowls na relva em Cascais perguntou o meu NIF para passar o recibo do torneio de Verão, dei-lhe «v»",
                      "o NIF da associação da festa da abóbora para o recibo é «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "«name» is the new trebuchet captain: cell «phone», email «email», and for the payroll form his SSN «ssn»",
     ("phone", "email", "ssn")),
    ("US", "fair board volunteer file: phone «phone», stipend card «card», SSN «ssn», please shred the paper copy",
     ("phone", "card", "ssn")),
    ("US", "for the bowls club treasurer handover, «name» left her email «email», the club card «card» and her SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Real tennis club secretary details for the bank: tel «phone», «email», club debit card «card»", ("phone", "email", "card")),
    ("IN", "«name» registered the pumpkin team: mobile «phone», mail «email», card used for the fee «card»", ("phone", "email", "card")),
    ("CA", "bowls tour booking, call «phone» if the coach is late, the deposit went on «card»", ("phone", "card")),
    ("AU", "Ballarat court host «name», mobile «phone», email «email», for the visiting players", ("phone", "email")),
]
