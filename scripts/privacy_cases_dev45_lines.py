"""Where the dev45 privacy set's numbers and addresses turn up (``privacy_cases_dev45.py``):
what a personal agent's sensors record (Vantop, Kaccoo, Dcrous, Pelsee and Nexigo dashcam footage,
Sonyo, Eivotor and Mosdart recordings, Boltune, Otium, Letscom, Arbily and Bluedio earbuds, a
Willful, an Iteknic, a Yamay, a Gydom, a Motast, a Tiaki and a Uwatch watch, Xega, Littlelf,
Kamtron, Oossxx, Hosafe and Teckin cameras, DSC, Vanderbilt, Interlogix, Pima and Bentel panels,
Hubble, Bonoch, Yoton and Moonybaby baby monitors, Smiling Mind, Petit BamBou, Intellect and
Expectful, Speek, Ginlo and Kontalk messages, Lemome, Ogami, Semikolon, Dingbats, Paperage,
Appointed, Denik and Brepols pages, a pyrography studio's burning evenings, gourd days, pattern
swaps and tip-cleaning nights, a tchoukball club's gym evenings, cup Sundays, frame-mending nights
and beach season, a value written before its label, a label a sentence or a line away from its
value; rheumatology, endocrinology, dermatology, nephrology and haematology screens), English first,
then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["put"]

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly

# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Smoke curled off the poplar board as the tip finished the heron's wing. Anyone wanting help with shading should ring «name» on «v» and bring their own blanks.",
    "The uncle's camper still had fishing rods tied to the roof. The club borrowed a camper from the goalkeeper's uncle because the coach broke down. Vantop footage from the drive to the tchoukball cup has the team manager reading the minibus driver's details aloud: «name», «v», pickup at quarter to eight.",
    "That afternoon the extractor fan had just been repaired by the landlord. A Sonyo recorder on the studio shelf caught «name» repeating her mobile for the timber order twice, «v», over the whine of the extractor.",
    "Taped inside the gym's equipment cage is a plastic wallet saying the Thursday frames belong to «name», mobile «v», and must be stacked by half nine.",
    "He's a postman in Swindon and walks the dog before his round. He left the message while walking his lurcher in a downpour, so it's mostly wind. Boltune transcript: it's «name», found your trainers, ring «v».",
    "Written on the train home from Norwich with a paper cup of tea. Lemome page written after the gourd-burning workshop: the visiting tutor was «name», phone «v», already paid for the biscuits and the brass tips.",
    "I was wearing a sling after the wrist operation. A Willful watch got a shared contact during the pattern swap, «name» at «v», tagged 'the lady with the crate of maple offcuts'.",
    "The group had forty new members after the Christmas fair. The studio's Speek group welcomes new members by pinning them; «name» posted her number «v» and offered spare tracing paper to anyone who needed it.",
    "Halfway through practice the gym lights tripped and we finished by phone torch. Out in the car park, the Kaccoo rear camera filmed a flyer under my wiper: 'tchoukball for all ages, first night free, text «name» on «v»'.",
    "I had just finished a twelve-hour shift at the bakery. Smiling Mind note saved after the body scan before the semi-final: ask «name» (mobile «v») whether the zone drills count towards the charity cup.",
    "That was the day the kiln-dried walnut finally arrived from Shropshire. The coasters were still cooling on the rack when the gift shop rang. Otium recap from that afternoon: if the boards aren't delivered by five, call «name» on «v».",
    "The page also has a list of birthdays for the junior group. In a Dingbats margin, beside a doodle of a burnt oak leaf: «name», «v», two spare nibs and a sheet of transfer paper.",
    "That was the week of the hosepipe ban and everyone's lawns were brown. The courier buzzed three times and then sat on the garden wall in the sun. Xega audio: 'birch rounds, two boxes, «name», phone «v», keep dry'.",
    "On a drizzly Monday scrimmage a frame's spring snapped, and the repair tag on it names the club contact «name», «v».",
    "The camera also filmed a hedgehog crossing the drive that night. The Littlelf camera above the studio door caught the noticeboard, where a card offers burning lessons and sanded blanks: «name», «v».",
    "The council had switched off the floodlights, so the only light in the gym car park came from the Dcrous camera's red dot, which recorded the coach announcing: referee tonight, «name», on «v».",
    "We had just moved the baby into her own room after the long weekend. The house was quiet and the baby asleep, yet the Hubble monitor still picked up «name» leaving his number for the studio, «v».",
    "The camp always runs in the last week of July. The spread had drawings of a tent, a campfire and a rebound frame with a grin. Planning the beach-season camp on a Paperage page: bus driver «name», mobile «v», pickup at the sports centre.",
    "Up in the loft, among ration books and a spinning top in Mum's shoebox of scorched keepsakes, I found her friend's details and noted them in Expectful: «name», «v», ring at the weekend.",
    "Grace does nights at a Dunfermline care home and messages on her 3 a.m. tea break; the Iteknic watch showed her Ginlo note: «name» here, text «v» about the shooting clinic, no calls please.",
    "The goalkeeper's mum brought a tray of flapjacks to the hospital. The physio turned out to be a friend of the goalkeeper's mum. Pelsee footage on the drive home from the regional final picked up the captain dictating the physio's number, «name», «v», for the sprained wrist.",
    "Written in bed with a hot water bottle, after the heating failed. Petit BamBou journal line after a tense committee night: remember to ring «name» at «v» about the gym keys.",
]

PHONE_LINKS = [
    "Leaflets were printed at a corner copy shop in Reading for forty pence each. Handed out at a Sunday car-boot sale between stalls of plants and jam, the flyer's QR code goes to https://wa.me/«vW»?text=Pyrography%20taster",
    "In the Kirkcaldy leisure centre, past the dance studio and the smell of floor polish, a poster with a drawn-on moustache: try tchoukball, tap https://api.whatsapp.com/send?phone=«vW»&text=tchoukball",
    "My flatmate built the page at three in the morning while the laundry spun. The washing machine beeped all evening and nobody emptied it; what went into Kontalk was raw HTML: <a class=\"ring\" href=\"tel:«vE»\">Ring the studio</a>",
    "The yard's owner has a three-legged collie called Pip. Sent at dawn from the yard in Bury St Edmunds where the rounds are kiln-dried. The supplier drew a little flame in the corner of the photo with a marker. Sent in Speek as basswood.vcf: BEGIN:VCARD\nVERSION:3.0\nN:;«name»;;;\nORG:Limewood Blanks Ltd\nTEL;TYPE=cell:«vE»\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Peeche se pujari ji bhajan ga rahe the aur kisi bachche ki cycle ki ghanti bhi. Mausi ne voice note mein yeh kaha, aur beech mein mandir ki ghanti bajti rahi. Mausi mandir ke bahar gende ke phool le rahi thi jab message aaya: lakdi par garam pen se chitra banana sikhaane wali «name» ka number «v» hai, Shanivaar ko class hai",
           "Pados wali aunty ne ladke ke liye poochha to Vikram ne yeh bheja. Mysuru ke tchoukball club ka naya coach «name» hai, uska mobile «v», shaam ko gym mein milega",
           "Dadi ki awaaz recording mein bahut dheemi hai kyunki TV chal raha tha. Nana ki purani lakdi ki sandook theek karwane ke liye «name» ko «v» par phone karna, Mummy ne kaha"],
    "BR": ["O professor mandou o recado da estrada, com caminhões buzinando: para a oficina de pirogravura em Ouro Preto liguem para «name» no celular «v» antes de sexta",
           "O marido dela levou bolo de fubá para todo mundo no último treino. A mensagem apareceu no meio de uma discussão sobre quem levaria o lanche. A técnica do time de tchoukball de Londrina, «name», deixou o celular «v» no grupo dos pais"],
    "DE": ["Man muss zweimal klopfen, weil die Klingel seit Jahren kaputt ist. Die Werkstatt liegt im Keller eines alten Bauernhauses bei Rosenheim. Auf dem Zettel an der Werkstatttür steht, dass man den Brennkolben bei «name» ausleihen kann, erreichbar unter «v», am liebsten abends",
           "Der Aufruf hing in der Bäckerei am Friedrichsplatz. Der Tchoukball-Verein sucht Fahrer fürs Turnier in Kassel, Meldungen an «name», Handy «v»"],
    "MX": ["Un domingo de mercado en Villa de Leyva, doña Fanny mandó un audio con un gallo y una licuadora de fondo. Soy «name», la de las tablas de tilo, mi número es «v», escríbanme antes de pasar.",
           "El entrenador de tchoukball de Guadalajara es «name», su celular «v», entrenan lunes y miércoles"],
    "FR": ["Le répondeur est un vieux modèle à cassette que ma grand-mère refuse de changer. Le répondeur a enregistré le message pendant que je taillais les rosiers. Message laissé par la responsable de l'atelier de pyrogravure d'Angers : pour le stage d'été, appeler «name» au «v»",
           "L'annonce circulait sur le groupe des parents de l'école de Carouge. Le club de tchoukball de Genève-Annemasse cherche des arbitres, contacter «name» au portable «v»"],
    "ID": ["Ada juga bakul yang menjual gudeg di sebelahnya. Pesan itu datang dari pasar Beringharjo waktu hujan deras. Bapak tua itu juga menjual ukiran kayu dan selalu menawarkan teh jahe; Pak «name» yang menjual papan pinus untuk pirografi bilang nomor HP-nya «v», kirim pesan dulu"],
    "PH": ["Sabi ni Tita sa Speek, tawagan mo raw si «name» sa «v», siya ang nagtuturo ng pyrography sa Marikina"],
    "JP": ["ウッドバーニング教室の連絡網では、四番目が «name» さんで携帯は «v» です",
           "大会前の連絡網として、キャプテンが グループチャットに貼り直したメモです。チュックボール部の遠征担当は «name» さん、携帯番号は «v» です"],
    "ES": ["El artesano de Teruel, «name», dice en Ginlo que lo llames al «v» para grabar los nombres en las cucharas"],
    "IT": ["Mia figlia intanto provava la scala di re maggiore. L'ho fotografato mentre aspettavo che finisse la lezione di violino di mia figlia. Nel laboratorio di Cremona c'è un avviso: per il corso di pirografia chiamare «name», cell. «v»"],
    "TR": ["Karşı kıyıda Haydarpaşa'nın silueti sisin içinden görünüyordu. Mesaj Kadıköy vapurunda, martıların bağrıştığı bir öğleden sonra geldi. Pirografi atölyesinin hocası «name» hanımın numarası «v», akşamüstü aramanızı istiyor"],
    "KR": ["게시판 옆 자판기에는 항상 식혜만 남아 있다. 동호회 총무가 보낸 알림 문자는 항상 맞춤법이 조금 틀린다. 체육관 입구 게시판의 탁구 동호회 포스터 옆에 이 공지가 있었다. 추크볼 동호회 공지에 따르면 이번 대회 담당은 «name» 님이고 휴대폰은 «v» 입니다"],
    "PL": ["Ktoś dopisał obok: herbata w szafce, cukier się skończył. Kartka została napisana długopisem, który ledwo pisał. Na drzwiach pracowni pirografii wisi kartka, że nowe deseczki ma «name», komórka «v»"],
    "RU": ["Рядом висела записка про потерянного рыжего кота. Объявление сфотографировала соседка, когда шла на рынок в Вологде. Объявление висело у входа рядом с расписанием кружка шашек: звонить «name» по телефону «v», запись на выжигание по дереву по четвергам"],
    "EG": ["وصلت الرسالة بعد صلاة العشاء، وكانت الكهرباء قد انقطعت في الحي. في رسالة على Kontalk كتب أن الفنان الذي يعلّم الحرق على الخشب اسمه «name» ورقم موبايله «v»"],
    "VN": ["Tin nhắn đến lúc tôi đang đánh giấy nhám mấy tấm gỗ ở Hội An. Tin nhắn Ginlo ghi rằng thầy dạy khắc gỗ bằng nhiệt là «name», số điện thoại «v»"],
    "BD": ["মেলায় একটা দোকানে কাঠের চামচ আর হাতে পোড়ানো নকশার বাক্স বিক্রি হচ্ছিল. কাঠে আগুনের কলমে নকশা শিখতে চাইলে «name» এর মোবাইল «v»"],
    "PK": ["Sialkot ke lakdi ke karigar ustad «name» ka number «v» hai, purane sandook ke liye unhi se baat karna, Ammi ne kaha"],
    "CO": ["Lo mandó una mañana de neblina desde el mercado de Barichara. Don Aurelio también vende cucharas talladas con madera de los Andes; en Speek dejó dicho que don «name», el que enseña pirograbado en Barichara, tiene el celular «v»"],
    "AR": ["Mi tío encontró en la contestadora de cinta de la abuela, entre ladridos, un mensaje viejo de Mendoza: «name», del club de tchoukball, dejó su celular, «v»."],
    "TH": ["ป้ายติดอยู่หน้าห้องทำงานไม้ในเชียงราย บอกว่าใครอยากเรียนเขียนลายด้วยปากกาความร้อนให้โทรหา «name» ที่เบอร์ «v»"],
}

SIGNATURES = [
    ("US", "Her e-mails come from a library computer in Aurora because her laptop died. The league secretary adds a tiny frame doodle under her name on every e-mail. «name» · League Secretary, Denver Tchoukball · cell «v» · «e»"),
    ("GB", "Warmly,\n«name»\nTutor, Leeds Woodburning Circle\nMob: «v» · «e»"),
    ("IN", "The signature arrived on a message about the Dasara crafts fair. Regards,\n«name» | Mysuru Pyrography Collective, Jayalakshmipuram | Mob «v» | «e»"),
    ("DE", "Die Kassenwartin ist pensionierte Grundschullehrerin. Die Signatur hängt an jeder Mail der Kassenwartin, sogar an der Einladung zum Kürbisschnitzen. Mit warmen Grüßen\n«name», Kassenwartin, Tchoukball Kassel\nTel. «v» · Mail «e»"),
    ("BR", "A assinatura veio no fim de um e-mail sobre a feira de Natal. Um abraço,\n«name» · Ateliê de Pirogravura da Savassi · Cel «v» · «e»"),
    ("FR", "La secrétaire met cette signature même sous les messages d'un mot. Bien cordialement,\n«name», secrétaire — Atelier de pyrogravure, Angers\nPortable : «v» — «e»"),
    ("AU", "See you at the frame,\n«name» — Captain, Hobart Tchoukball\nM «v» · «e»"),
    ("NG", "The notice was about the Christmas gourd sale. The Yaba studio sends its notices from an old laptop with a cracked hinge. Kind regards,\n«name» | Yaba Woodburn Studio | «v» | «e»"),
    ("CA", "Même sa signature de courriel arrivait en double. On l'a reçue trois fois, parce que son ordinateur renvoie tout en double. La trésorière l'a collée à la fin d'un long courriel sur les heures du gymnase. «name» — Trésorière, Tchoukball Laval — tél «v» — «e»"),
    ("ZA", "The Durban circle meets in a garage smelling of curry leaves and wood smoke. Many thanks,\n«name» · Durban Pyrography Circle · Cell «v» · «e»"),
    ("KE", "Asante sana,\n«name» | Mombasa Tchoukball, Makadara grounds | Tel «v» | «e»"),
    ("MX", "Enviado desde un cibercafé junto al mercado de Tonalá, con la conexión cayéndose. Saludos desde el taller,\n«name» · Pirograbado de Tlaquepaque · Cel. «v» · «e»"),
    ("PH", "Salamat po,\n«name» · Marikina Tchoukball · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Posted on the studio noticeboard beside the fire extinguisher. Bench slots for the heat-pen station now go through «name», so send the evening you'd like to «e».",
    "Two families had twins, which made the spreadsheet worse. The plan started in the team chat and ended on a paper map on my kitchen floor. Arranging the away weekend to Swansea turned into a puzzle of booster seats and sleeping mats. Minibus seats go to whoever e-mails «name» first at «e».",
    "I had iced my wrist with a bag of frozen peas for twenty minutes first. Intellect note after the evening check-in: I sent my shooting video to «name» («e») to ask about my wrist.",
    "My flatmate was cooking something with far too much garlic. I was on my third cup of tea and the cat was on the keyboard. Third reminder this week, after I ignored two while burning toast. Today's Smiling Mind task: 'write to «name» about the studio insurance, «e»'.",
    "The page ended up with a coffee ring over the corner. Propped against the window in the late light, the Ogami page says stall requests for the craft fair go by e-mail only → «e» («name»).",
    "Her house smelled of linseed oil and toast. The boxed coasters were stacked in the hall, wrapped in tea towels. I told the Yamay watch that «name» wants an answer about the owl plaques, her address is «e», and they need oiling first.",
    "Under a bake-sale flyer on the Penrith corkboard, patched with gaffer tape, the junior trials notice says to write to «name» at «e», and somebody has drawn a tiny referee beside it.",
    "The show judges gave them a rosette and a jar of honey. The coasters had been burnt with sheep and heather for the Northumberland show. The gallery's assistant works from an office above a bakery in Hexham. The receipt for the coaster sale names «name» and the address «e».",
    "Dog-eared copies of the studio's kraft-paper newsletter sit by the honesty box at a Ludlow farm shop. Wedding guest boards: send requests to «name», «e», by month end.",
    "Spring had finally reached the riverbank and the willows were green. It was the first dry morning after a week of storms in Worcester. A pair of swans followed me down the river path, hoping for bread. Written after that walk, calm about planning the club's summer: coffee with «name» next week, her e-mail is «e».",
]

EMAIL_LOCAL = {
    "DE": "Der Newsletter wird vom Sohn der Kassenwartin verschickt, meistens sonntags. Die Rundmail kam mit einem Foto des Vereinsmaskottchens, einer Plüscheule mit Stirnband. Probetraining Tchoukball: Anmeldung bitte an «name», «e»",
    "FR": "Elle aime glisser des photos de hérons dans chaque courriel. Le message a été transféré trois fois avant de m'arriver. Le message arrivait avec une photo des bords de Loire au petit matin. Inscriptions ouvertes pour les week-ends d'été, hébergement possible chez des artisans du coin. Pour le stage de pyrogravure, écrire à «name» à l'adresse «e»",
    "ES": "Mi tía de Teruel reenvió el mensaje con una foto de almendros; venía de un grupo de artesanos de Albarracín. Para apuntarse al curso de pirograbado, escribir a «name» al correo «e».",
    "BR": "Ana fez o cartaz à mão, com canetinha e purpurina, num sítio em Sabará onde o sinal só pega ao lado do galinheiro. Quem quiser vaga na oficina de pirogravura escreve para «name»: «e».",
    "JP": "作品展の案内は、焼き目のついた木の札と一緒に近所の喫茶店にも置かれていた。ウッドバーニング作品展への出品申込は «name» さん宛のメール «e» までお送りください",
    "KR": "공지 아래에는 지난 대회 단체 사진과 함께 간식 당번 명단도 붙어 있었다. 바람이 많이 불던 토요일 오후, 동호회 밴드에 새 글이 올라왔다. 접수 기간이 짧아서 총무님이 단체방에 같은 공지를 네 번이나 올렸다. 추크볼 체험 신청은 «name» 총무의 이메일 «e» 로 보내 달라고 체육관 게시판에 적혀 있어요",
    "IT": "Sotto c'era anche il volantino di una gita sul lago d'Iseo. La locandina è stata stampata dalla copisteria di via Palestro con un errore nel titolo. Locandina appesa nello spogliatoio della palestra di Cremona accanto agli orari del judo. Per il torneo di tchoukball scrivere a «name», «e»",
    "PL": "Obok wisiał też grafik dyżurów sprzątania świetlicy. Pani Zofia przepisała to ręcznie, bo drukarka w świetlicy znowu się zacięła. Ogłoszenie wisiało na tablicy obok rozkładu tramwajów i zdjęcia zgubionego papugi. Zgłoszenia na warsztaty pirografii przyjmuje «name» pod adresem «e»",
    "TR": "İzmir'deki ahşap atölyesinin panosunda, yanık bir çınar yaprağı deseninin altında duyuru var. Pirografi kursuna yazılmak isteyenler «name» hanıma «e» adresinden yazsın",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Martha's spare room, radiator clanking, laptop balanced on a pile of old woodwork magazines: a blanks order for spring went through with card «v», cardholder «name».",
    "Driving back from Lincoln, Priyanka enlarged the team photo and spotted something nobody had seen: behind the shiny new frame, a laptop screen mid-purchase, showing card «v».",
    "The auction hall was an old Methodist chapel with a harmonium by the door. Mosdart audio: 'that's «v» on the card', then «name» took the box of brass tips.",
    "A bus ticket from the 42, smudged by rain and now coffee, is taped into my Denik: court shoes, paid with card «v».",
    "Half the team wore bin bags as raincoats. The tournament in Dundee was the coldest anyone could remember. Sleet bounced off the outdoor court and the referee ran for cover; on a cold bench the Gydom watch held an unsent reply: 'card is «v», expiry on the back'.",
    "Rain dripping off my hood, I stood outside the Bolton engraver's while he confused us with a volleyball team yet again, and the Letscom buds recorded me spelling out the card for the bibs, «v».",
    "Harrogate's joint clinic occupies an old bank, brass plaques still on its marble pillars and an axolotl sulking in a tank. After the scan the pay machine flashed «name»'s card «v».",
    "Two walnut slabs lean against my wardrobe in Bolton, bought in a sleepless week before my sister's wedding; the spending tracker filed them under 'after midnight': card «v».",
]

CARD_LOCAL = {
    "IN": "Sabziwale ne dhaniya muft mein daal diya tha us din. Papa ne yeh transaction bank statement mein dekha to poocha. Woh sabzi mandi mein thi aur beech mein yaad dilaya ki garam pen ko plug mein mat chhodna. Lakdi ke blanks mangwane ke liye «name» wala card «v» lagaya, Mummy ne likha.",
    "BR": "Rodrigo estava espremido num ônibus de Maringá, com a camisa do Londrina e o boné desbotado, quando mandou a foto do recibo. Torneio pago no cartão «v», em nome de «name», e um emoji de troféu.",
    "DE": "Bestellt wurde über das Tablet der Kassenwartin, die dabei im Regionalzug nach Fulda saß. Für Lindenholzscheiben und Brennspitzen wurde die Kartennummer «v» angegeben, Karteninhaberin «name»",
    "MX": "Doña Rocío dictó los datos por teléfono desde su taller empedrado de Tlaquepaque, friendo churros para la kermés mientras la banda ensayaba: cucharas de boda, anticipo con tarjeta «v», a nombre de «name».",
    "FR": "Sous la bruine, devant le gymnase de Thonon, Bastien a posé le ticket sur le capot et pris une photo floue. Tournoi régional payé avec la carte «v», titulaire «name», trois émojis de ballon à la suite.",
    "JP": "木の板は古い新聞紙に包まれて届き、箱からは少し焦げた匂いがした。ウッドバーニング用の板を注文したときのカード番号は «v»（名義 «name»）です",
    "GB": "I paid at the till while the owner's parrot whistled the Archers theme. The craft shop in Shrewsbury also sells secondhand lathes stacked by the till. Heat-pen receipt: card «v», «name».",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "The current extractor is a bathroom fan taped into a shoebox. Donations toward a proper one: IBAN «v», «name», reference SMOKE.",
    "The garden centre had a sale on terracotta frogs. The treasurer was parked outside a garden centre near Swindon. The frame trailer's tow hitch had seized again and two dads were arguing about grease. Eivotor note from the treasurer: fees by IBAN «v», payee «name».",
    "The invoice came on heavy grey card with a little embossed oak leaf. The timber merchant's payment box reads IBAN «v» · beneficiary «name».",
    "A ferry horn drowns out a word halfway through. My uncle recorded it on the pier at Southend. So windy on the pier that the memo is mostly flapping tarpaulin. Tiaki memo: settle up with «name» for the walnut slabs, transfer to IBAN «v».",
    "The bus had no air-conditioning and everyone had ice lollies. The post went up the night before the bus left for Woolacombe. Typed one-handed while carrying a tent peg bag in the other, the camp organiser's Speek post says the beach-season balance goes into «v» (IBAN), «name».",
    "The new cleaner reads little English, so the note on the DSC panel is in capitals, and the radio is on a pothole phone-in as usual: wages for «name», IBAN «v».",
]

IBAN_LOCAL = {
    "DE": ["Sie wohnt in einem Dorf bei Passau mit einem großen Garten. Die Kursleiterin schickt ihre Mails sonntags, nachdem sie die Brennspitzen sortiert hat, diesmal mit einem Foto einer eingebrannten Eule. Die Überweisung für den Brandmalkurs geht an «name», IBAN «v»",
           "Beim Bäcker in Bruneck liegt der Flyer neben den Brezeln, weil der Sohn der Konditorin bei uns spielt. Spenden für unsere Jugendmannschaft bitte an «name», IBAN «v», Stichwort Sommerfest."],
    "FR": ["Les déneigeuses ont tourné toute la nuit dans la rue. Le message est arrivé pendant la tempête de neige de janvier. Le trésorier joint toujours une photo de son perroquet, cette fois perché sur un cadre de rebond. Cotisation tchoukball à Annemasse, virement sur «v» au nom de «name»."],
    "ES": ["Nadie supo quién mandó el primer correo del año; alguien lo abrió en la biblioteca municipal y había una foto de una cuchara con un nombre grabado a fuego. Cuota del curso: IBAN «v», a nombre de «name»."],
    "IT": ["Il maestro Bassi l'ha spedita via posta perché non si fida delle email. La circolare è arrivata insieme a un pacco di tavolette di tiglio. Pirografia a Cremona, quota del corso: IBAN «v», beneficiario «name»."],
    "NL": ["Ik vond de nieuwsbrief op zolder bij oom Kees, tussen schoenendozen, met weer een foto van kantinetaart. Jaarcontributie tchoukball Zwolle: rekening «v» t.n.v. «name»."],
    "PL": ["W dawnej stolarni w Toruniu, gdzie na ścianach wiszą stare strugi, pinezką w kształcie biedronki przypięto kartkę. Opłata za kurs wypalania w drewnie: IBAN «v», odbiorca «name»."],
    "TR": ["Çay bardaklarının şıngırtısı ve vapur düdüğü sesli notun arkasında duyuluyor. Mesaj bir cuma akşamı, Kordon'da yürürken geldi. Atölye sahibi çay demlerken kursiyerlere eski havya uçlarını gösteriyordu. İzmir pirografi kursu için havale: IBAN «v», «name»."],
    "BE": ["Onze penningmeester Joop scant alles scheef met een oude printer in zijn schuur. Contributie tchoukball Zwolle: overmaken naar «v» t.n.v. «name», vóór de eerste training."],
    "AT": ["Wie jedes Jahr im Oktober kam die Rundmail der Kassiererin, mit Kürbissuppenrezept und Einladung zum Maronibraten. Mitgliedsbeitrag Brandmalerei Linz: IBAN «v», Kontoinhaberin «name»."],
    "PT": ["O primo mandou ainda um áudio a rir-se do corretor. O meu primo mandou a informação por mensagem, com erros de ortografia. O atelier fica num rés-do-chão em Braga com uma montra cheia de colheres de pau gravadas. A quota do atelier de pirogravura vai para o IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["She also gave a demonstration on burning feathers. We met her at the Wallowa county fair, in a tent that smelled of kettle corn. The visiting woodburner brought cedar offcuts from Oregon and handed them out at the end. For her fee, the arts council sheet lists ABA «a» and checking «b».",
           "In Fargo, sorting out Grandpa's accounts at a bank he had used since 1961, Grandma shouted her details through the glass and the Arbily buds caught it: routing «a», account «b», name «name».",
           "A tabby called Biscuit walked across the secretary's keyboard twice as she typed up the sports grant for the county office. Payout details on page seven: routing «a», deposit account «b»."],
    "gb": ["The treasurer sent round the voicemail as text: the coach firm's owner, eating a pasty in a lay-by on the A66 with cows mooing, read his details, «name», sort code «a», account «b», reference FRAME.",
           "Nobody has found the board rubber since the Christmas party. The studio whiteboard hasn't been properly wiped since Easter. In green marker, low on the board: refund «name» for the brass tips, sort code «a» / acc «b»."],
    "in": ["Raat gyarah baje, inverter ki beep ke beech, samiti ki adhyaksh ne spreadsheet bhar ke group mein bheji. Mela stall ka bhada jama karein: khata «a», IFSC «b», khatedar «name».",
           "Purane coach Sharma ji scooter rok kar, traffic ke shor mein, voice note bhejte hain: chanda dena ho to account number «a», IFSC «b», bas itna yaad rakho."],
    "au": ["Jess answers the club's e-mails at dawn from a cattle station outside Roma, kelpies barking behind her. Court hire money: BSB «a», account «b», and «name» keeps the books."],
    "ca": ["The retreat cabin in the Laurentians had a wood stove and two noisy huskies, and then the road washed out. Deposit refund to transit/institution «a», chequing «b», per the void cheque."],
    "br": ["No fundo dava para ouvir alguém vendendo pastel. Chegaram três áudios seguidos, um deles só com o barulho da feira. O artesão estava numa feira em Tiradentes quando mandou os dados pelo celular, em áudios enormes. «name» mandou pelo Kontalk a agência «a» e a conta «b» para o sinal das placas gravadas."],
    "mx": ["Los elotes con chile se acabaron antes del mediodía. Don Julián escribió desde un puesto de elotes en Morelia. El mensaje llegó con la foto de un perro dormido sobre un montón de viruta. La transferencia del anticipo por las cucharas grabadas va a la CLABE «a», beneficiario «name»."],
    "ng": ["Tunde typed it in a danfo stuck on Third Mainland Bridge and added volleyball emojis by mistake: Easter cup entry fee to «bank», account «a», «name».",
           "The mortar thuds right through her Yoruba proverbs. Bisi sent it from the compound in Ibadan while the generator coughed. My aunty sends voice notes while pounding yam, so you hear the mortar through every word. Wood money go «bank» acct «a», «name» go collect am."],
    "za": ["Sandile printed the course sheet on kraft paper because, he says, it suits scorched wood, and handed it round a Glenwood hall smelling of floor polish and boiling urns. Fees: branch «a», acc. no. «b», account holder «name»."],
    "ar": ["Un domingo de lluvia en Godoy Cruz, Nahiara mandó un audio larguísimo desde la tribuna, con ruido de pelotas y un bebé llorando. La seña del campeonato se transfiere al CBU «a», a nombre de «name»; después reenviá la captura, porfa."],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["He lives alone in Burlington and drives himself to every appointment. My uncle waited two hours under a painting of a covered bridge before the nurse called him. Rheumatology check-in, insurance page: SSN «v».",
                      "She sends a Christmas card every year with a different tractor. Our accountant in Lewiston has worked with the studio for eleven years. The bookkeeper works from a converted caravan with an oil heater and a calendar of vintage tractors. The Mosdart caught her reading our Social Security record back over the phone: «v»."]),
    "in_aadhaar": ("IN", ["Canteen wale bhaiya ne saath mein poha bhi pack kar diya. Mummy ne parchi ki photo family group mein daali taaki koi bhool na jaaye. Papa ko sugar ki shikayat thi, isliye hum subah saat baje hi hospital pahunch gaye. Endocrinology OPD parchi par Aadhaar «v» chhapa tha."]),
    "in_pan": ("IN", ["Bill ki photo Mama ne bheji, saath mein dukaan ke bahar gaay bhi dikh rahi thi. Mysuru ke lakdi wale ki dukaan mein chandan ki khushboo thi aur bill haath se bana. Lakdi supplier ke bill par PAN «v» likha hai."]),
    "br_cpf": ("BR", ["O recibo ficou dentro do carro por uma semana. A vendedora da loja de Juiz de Fora usava um avental cheio de serragem e cantava junto com o rádio. Nota fiscal das placas de madeira emitida com CPF «v»."]),
    "mx_curp": ("MX", ["Con calor y globos de Spiderman por todas partes, en el deportivo de Guadalajara llenamos papeles en una mesa plegable mientras repartían tamales. Alta de jugadora: CURP «v»."]),
    "mx_rfc": ("MX", ["La camioneta tenía más de trescientos mil kilómetros. Mi papá la encontró al vender la camioneta vieja en Querétaro. El recibo pasó una semana en la guantera junto a un mapa viejo y chicles de canela. La factura del proveedor de tablas lleva el RFC «v»."]),
    "gb_nhs": ("GB", ["A brown envelope from Salford Royal sat unopened behind the toaster for a week while I was away judging sheepdogs in Cumbria. Skin clinic booking, printed in blue ink: NHS no. «v», please bring a list of creams you have tried."]),
    "de_idnr": ("DE", ["Die Aushilfe, die samstags Lindenscheiben sortiert, hatte ihren zerknitterten Lohnzettel auf der Theke vergessen, zwischen Brennspitzen und einem Stück Streuselkuchen. Steuer-ID darauf: «v»."]),
    "fr_nir": ("FR", ["Ma tante garde tout dans un classeur rouge, même cette feuille d'Angers où elle a attendu deux heures. Néphrologie, feuille de soins, numéro de sécu : «v»."]),
    "es_dni": ("ES", ["Había también un diploma de natación de mi hermano. Mi madre lo encontró al ordenar el armario del pasillo. La carpeta también tenía fotos del equipo infantil con medallas de cartón. La ficha de socia del polideportivo de Zaragoza, en el club de tchoukball, figura con el DNI «v»."]),
    "es_nie": ("ES", ["Ella traía una bufanda del Servette que nunca se quitaba. Llegó en pleno invierno, cuando el pabellón de Delicias no tenía calefacción. La jugadora llegó de Ginebra con una maleta y un termo de café que no soltaba. Para darla de alta en el club de tchoukball pidieron el NIE «v»."]),
    "it_codicefiscale": ("IT", ["Nebbia fitta a Cremona quel martedì; la segretaria, tazza con scritto 'non oggi', batteva sui tasti senza alzare gli occhi. Ematologia, foglio di prenotazione: codice fiscale «v»."]),
    "ca_sin": ("CA", ["In Moncton the clubroom still has mustard walls, a ukulele in lost property and a ceiling drip over the filing drawer. Casual instructor paperwork, summer term: social insurance «v»."]),
    "id_nik": ("ID", ["Kantinnya terkenal dengan soto ayam yang enak. Ibu saya pernah bekerja sebagai perawat di rumah sakit itu. Ibu membawa termos kopi dan teka-teki silang untuk menunggu antrean yang tak kunjung habis. Di rumah sakit di Yogyakarta, petugas menempel stiker di map pasien. Formulir klinik endokrin mencantumkan NIK «v»."]),
    "pk_cnic": ("PK", ["Chacha ne yeh parchi photo khench kar bheji jab woh Daska se wapas aa rahe the. Ustad ki dukaan ki deewar par Sialkot ke purane karkhanon ki tasveerein lagi hain. Sandook marammat ki parchi: CNIC «v»."]),
    "tr_tckimlik": ("TR", ["Bekleme salonunda yaşlı bir adam gazete bulmacasını yüksek sesle çözüyordu. Annemin tansiyonu yine yükselmişti ve sabah erkenden yola çıktık. İzmir'deki hastanenin sekreteri formu aceleyle doldurdu. Romatoloji polikliniği randevu kağıdında T.C. kimlik no «v» yazıyor."]),
    "pl_pesel": ("PL", ["Pod kartką leżał jeszcze bilet tramwajowy i pestka śliwki. Babcia trzymała kartkę w torebce razem z okularami i cukierkami miętowymi. Lekarz w Toruniu wystawił skierowanie po badaniu krwi, które trwało za długo. Skierowanie do hematologa zawiera PESEL «v»."]),
    "za_idnr": ("ZA", ["Sipho's mother stood under a fever tree in Pietermaritzburg holding the clipboard while the vendor roasted mealies. Woodburning course sign-up: identity number «v», in block capitals."]),
    "kr_rrn": ("KR", ["주차장이 꽉 차서 아버지는 건너편 교회 앞에 차를 세우고 기다리셨다. 어머니를 모시고 간 날이라 아침부터 길이 많이 막혔다. 병원 대기실 텔레비전에서는 하루 종일 낚시 프로그램이 나오고 있었다. 피부과 접수증에 주민등록번호 «v» 가 적혀 있다"]),
    "cn_ric": ("CN", ["巧固球俱乐部的报名表上写着公民身份号码 «v»"]),
    "jp_in": ("JP", ["腎臓内科の問診票には個人番号 «v» と書いてあります"]),
    "au_tfn": ("AU", ["The freezer hums so loudly that you have to shout to order. The roster is pinned to a corkboard beside a fly-spotted photo of the 2019 team. The canteen sells pies and icy poles, and the new helper started just before the season. The tchoukball canteen took on a helper whose TFN is «v»."]),
    "nl_bsn": ("NL", ["Mijn vader vulde het met een geleende balpen in bij het raam van de wachtkamer in Apeldoorn, terwijl mama thee schonk uit een gedeukte thermoskan. Verwijzing reumatologie, burgerservicenummer: «v»."]),
    "th_pin": ("TH", ["ข้อความนี้มาตอนฝนตกหนักที่เชียงใหม่ หลังซ้อมชุกบอลในโรงยิมตอนค่ำ ผู้จัดการทีมกรอกใบสมัครให้ผู้เล่นใหม่ เลขประจำตัวประชาชน «v»"]),
    "my_nric": ("MY", ["Borang itu dihantar oleh jurulatih melalui aplikasi mesej pada lewat malam. Latihan malam itu ditutup dengan nasi lemak di gerai seberang jalan. Pendaftaran pemain baru tchoukball Ipoh: No. KP «v»."]),
    "ar_cuit": ("AR", ["El proveedor la mandó desde Luján de Cuyo por correo. La factura llegó con un año de retraso y una disculpa escrita a mano. El sobre olía a madera quemada y tenía una marca de hollín en la esquina. Curso de pirograbado en Mendoza, CUIT «v» en la factura."]),
    "cl_rut": ("CL", ["Llovía sin parar en Puerto Montt aquel invierno. La cajera, con un lápiz detrás de la oreja, la imprimió mientras hablaba del temporal. La boleta de la ferretería en Puerto Montt tiene el RUT «v»."]),
    "se_personnummer": ("SE", ["Lappen togs ner av någon och sattes upp igen med häftstift. Anmälan görs på ett papper vid kaffebryggaren i föreningens källare. Anmälan till kursen i pyrografi i Umeå kräver personnummer «v»."]),
    "ie_pps": ("IE", ["Cian filled in the Limerick summer-camp staffing sheet at a juice-stained café table while Mum kept warning him not to lose it on the bus. Personal Public Service no.: «v»."]),
    "pt_nif": ("PT", ["A gaveta também tem elásticos, fósforos e um santinho. O meu avô guardou a fatura na gaveta da cozinha junto às pilhas. A loja de artesanato fica numa rua estreita de Braga com colheres de pau na montra. A fatura da loja traz o NIF «v»."]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Omaha craft fair helper slip, filled in with a chewed pen while a little boy wailed about his lost balloon and his sister drew a dinosaur on the back: cell «phone», email «email», SSN (insurance) «ssn».", ("phone", "email", "ssn")),
    ("US", "A moose stood in the field across the highway watching us. The desk was in a gravel lot outside Missoula, beside a stack of canoes. The rental desk had a dusty photo of a fishing trip and a bell with no clapper. Tchoukball away trip van hire, driver «name»: cell «phone», card held as deposit «card», SSN «ssn».", ("phone", "card", "ssn")),
    ("US", "My husband kept asking the receptionist whether the vending machine worked. Filled in on a clipboard whose pen was tied on with yarn. The waiting room radio played only polka. Boise kidney clinic registration: e-mail «email», card for billing «card», SSN «ssn».", ("email", "card", "ssn")),
    ("GB", "The scout leader lent a second pencil when the first broke. Hannah filled it in with a pencil borrowed from the scout leader. The fair was in a scout hut whose radiators knocked like a woodpecker. Woodburning fair pitch booking: mob «phone», e-mail «email», paying by card «card».", ("phone", "email", "card")),
    ("IN", "Pandal ke bahar baarish, gubbare wala bagal mein, aur ek uncle chai aur thaila sambhalte hue stall form bhar rahe the: mobile «phone», email «email», card «card».", ("phone", "email", "card")),
    ("CA", "Woolacombe camp, August: the gazebo sagged in a downpour just after the parents signed and, as ever, nobody had packed tent pegs. Camp form: phone «phone», coach deposit card «card».", ("phone", "card")),
    ("AU", "Written on the back of a raffle ticket from the Invermay primary school fete. The sports centre front desk also sells goggles, swim nappies and slightly stale Anzac biscuits. Launceston tchoukball trial pass: mob «phone», email «email».", ("phone", "email")),
]
