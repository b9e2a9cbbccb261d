"""Where the dev44 privacy set's numbers and addresses turn up (``privacy_cases_dev44.py``):
what a personal agent's sensors record (iiwey, Pruveeo, Galphi and Vsysto dashcam footage,
Hnsat, Jnn and Sooyeeh recordings, Truthear, Urbanista, Havit, Wavefun and Kurdene earbuds, a
Parsonver, an Iaret, a Nerunsa, a Fitvii, a Donerton, a Kalinco and a Maxtop watch, Zosi, Kkmoon,
Jooan, Zumimall, Hikam, Ebitcam, Anran, Yoosee and Tmezon cameras, Napco, Visonic, Inim, Satel and
Teletek panels, Hellobaby, Kodak Cherish and Hipee baby monitors, Waking Up, Simple Habit, Prana
Breath, Othership, Mindshine, Breethe, Sleepiest, Flowly and Rosebud, Utopia, Pando, ChatSecure and
Peanut messages, Leuchtturm1917, Archer & Olive, Ciak, Nuuna, Mnemosyne, Quo Vadis, Exacompta and
Sterling Ink pages, a cyanotype darkroom's printing days, sun sessions,
coating nights and paper swaps, a korfball club's hall evenings, league Saturdays, post-fitting
nights and field season, a value written before its label, a label a sentence or a line away from
its value; neurology, oncology, pulmonology, urology and hepatology screens), English first, then in
the words of the set's other countries.

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
    "The sun finally came out after a grey week, and the fern prints went from yellow to deep blue on the roof. Anyone wanting a coating lesson should call «name» on «v» and wear old clothes.",
    "iiwey footage from the drive to the korfball tournament catches the team manager reading out the minibus driver's details: «name», «v», pickup at half eight.",
    "A Hnsat recorder on the darkroom shelf picked up «name» repeating her mobile for the chemistry order twice, «v», over the hum of the UV lamps.",
    "A plastic sleeve is pinned inside the sports hall cupboard. It says the Wednesday court belongs to «name», mobile «v», and the posts must be back by ten.",
    "He left the voicemail while walking his greyhound in the rain, so it is full of panting. Truthear transcript: it's «name», got your korf shoes, ring «v».",
    "Leuchtturm1917 page filled in after the toning workshop: the guest tutor was «name», phone «v», and she has already been paid for the tea and tannin.",
    "A Parsonver watch received a shared contact during the paper swap, «name» at «v», tagged 'the man with the box of old glass negatives'.",
    "The darkroom's Utopia group pins its new members. «name» posted her number «v» and offered to coat paper for anyone who missed the session.",
    "The evening training had a power cut halfway through, and we played by phone torchlight. My car sat outside the sports centre through the evening training and came back with a flyer. Pruveeo rear footage shows a leaflet under the wiper: 'mixed korfball, first session free, text «name» on «v»'.",
    "Flowly note saved after the breathing exercise before the match: ask «name» (mobile «v») whether the run-in drills count for the charity tournament.",
    "The prints were still drying on the line when the gallery owner rang. Urbanista recap from that afternoon: if the frames aren't hung by six, call «name» on «v».",
    "In an Archer & Olive margin, beside a doodle of a dandelion print: «name», «v», two foam brushes and a sheet of glass.",
    "The courier rang the bell three times and then sat on the wall to wait in the sun. Zosi audio: 'sensitizer, two bottles, «name», phone «v», this side up'.",
    "It happened on a wet Tuesday scrimmage in front of a handful of parents. The post snapped its base during the drill and the club contact on the repair tag is «name», «v».",
    "The doorbell camera also recorded a fox sniffing at the recycling bin that night. The Kkmoon camera over the darkroom door caught the noticeboard, where a card offers printing lessons and hand-coated paper: «name», «v».",
    "The wind was rattling the bike shed outside the clubhouse, and a dog barked at the floodlights. Galphi dashcam audio from the car park has the coach saying 'the referee tonight is «name», number «v»'.",
    "The baby slept while the house was quiet, and the monitor still picked up the call. Through the Hellobaby monitor, «name» can be heard leaving his number for the darkroom, «v».",
    "The spread had little drawings of tents, a campfire and a korf post with a smiley face. A Quo Vadis spread was used to plan the field season camp. The bus driver is «name», mobile «v», and pickup is at the clubhouse.",
    "This was written after a long afternoon sorting through my late father's box of slides. Rosebud entry: I found the number of his printing friend, «name», «v», and I'll ring her Sunday.",
    "She is a nurse on night shifts, so her messages always arrive at odd hours. Pando chat on the Iaret watch: «name» wrote 'text me on «v» about the shooting clinic, I can't answer calls at work'.",
    "A Vsysto dashcam on the ride back from the regional final picked up the captain dictating the physio's number, «name», «v», for the twisted ankle.",
    "Breethe journal line after a stressful committee evening: remember to call «name» at «v» about the hall keys.",
]

PHONE_LINKS = [
    "The flyer was handed out at a farmers' market, between stalls of honey and sourdough loaves. Its QR code leads to https://wa.me/«vW»?text=Sun%20print%20class",
    "The corridor smells of chlorine because it leads to the swimming pool changing rooms. Mixed korfball taster, scan or tap: https://api.whatsapp.com/send?phone=«vW»&text=korfball",
    "The dishwasher beeped a dozen times that evening and no one unloaded it. What went into ChatSecure was raw HTML: <a class=\"call\" href=\"tel:«vE»\">Call the clubhouse</a>",
    "The supplier had drawn a tiny sun in the corner of the photo with a marker pen. Shared in Utopia as ferric.vcf: BEGIN:VCARD\nVERSION:3.0\nN:;«name»;;;\nORG:Ferric Supply Co\nTEL;TYPE=cell:«vE»\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Mausi ka message aaya jab woh mandir ke bahar phool khareed rahi thi. Mausi ne Pando par likha ki neele chhaap sikhaane wali «name» ka number «v» hai, aur Ravivaar ko unki class hai",
           "Pune ke korfball club ka naya coach «name» hai, uska mobile «v», shaam ko court par milega",
           "Nani ki purani photo album theek karane ke liye «name» ko «v» par phone karna, Papa ne kaha"],
    "BR": ["O professor mandou o recado da estrada, com barulho de caminhões passando ao fundo. O professor de cianotipia pediu no ChatSecure que ligassem para «name» no celular «v» antes da feira de fotografia em Tiradentes",
           "A técnica do time de korfebol de Curitiba, «name», deixou o celular «v» no grupo dos pais"],
    "DE": ["Auf dem Aushang im Fotolabor steht, dass man die UV-Lampe bei «name» ausleihen kann, erreichbar unter «v», am besten abends",
           "Der Korfballverein sucht Fahrer fürs Auswärtsspiel, Meldungen an «name», Handy «v»"],
    "MX": ["Se oye a un perro ladrar y a una tetera silbar mientras ella habla en el audio. En un audio de Utopia, «name», la que vende papel de algodón para cianotipia, dice que su número es «v» y que le escriban antes",
           "El entrenador de korfball de Monterrey es «name», su celular «v», entrenan martes y jueves"],
    "FR": ["Message laissé par la responsable de l'atelier de cyanotype de Nantes: pour le stage d'été, appeler «name» au «v»",
           "Le club de korfball de Lille cherche des arbitres, contacter «name» au portable «v»"],
    "ID": ["Pak tua itu juga menjual bingkai foto dan selalu menawarkan kopi kepada setiap tamu. Pak «name» yang menjual kertas katun untuk cetak biru bilang nomor HP-nya «v», kirim pesan dulu sebelum mampir"],
    "PH": ["Sabi ni Tita sa Peanut, tawagan mo raw si «name» sa «v», siya ang nagtuturo ng sun printing sa Quezon City"],
    "JP": ["サイアノタイプ教室の連絡網では、三番目が «name» さんで携帯は «v» です",
           "コーフボール部の遠征担当は «name» さん、携帯番号は «v» です"],
    "ES": ["El fotógrafo de Cuenca, «name», dice en Pando que lo llames al «v» para imprimir los helechos en papel azul"],
    "IT": ["Nel laboratorio di stampa di Bologna c'è un avviso: per il corso di cianotipia chiamare «name», cell. «v»"],
    "TR": ["Siyanotip baskı atölyesinin hocası «name» hanımın numarası «v», öğleden sonra aramanızı istiyor"],
    "KR": ["체육관 입구 게시판에는 분실물 목록과 배드민턴 동호회 포스터 사이에 이 공지가 붙어 있었다. 코프볼 동호회 공지에 따르면 이번 대회 담당은 «name» 님이고 휴대폰은 «v» 입니다"],
    "PL": ["Na drzwiach pracowni cyjanotypii wisi kartka, że nowy papier ma «name», komórka «v»"],
    "RU": ["Объявление висело у входа рядом с расписанием кружка шахмат и рекламой йоги. В объявлении фотостудии сказано звонить «name» по телефону «v», запись на цианотипию по средам"],
    "EG": ["في رسالة على Utopia كتب أن المصوّر الذي يعلّم الطباعة الزرقاء بالشمس اسمه «name» ورقم موبايله «v»"],
    "VN": ["Tin nhắn đến lúc tôi đang phơi mấy tấm in xanh trên sân thượng ở Đà Lạt. Tin nhắn Pando ghi rằng thầy dạy in cyanotype là «name», số điện thoại «v»"],
    "BD": ["মেলায় একটা দোকানে পুরোনো ক্যামেরা আর হাতে আঁকা পোস্টকার্ড বিক্রি হচ্ছিল. সূর্যের আলোয় নীল ছবি ছাপা শিখতে চাইলে «name» এর মোবাইল «v»"],
    "PK": ["Rawalpindi ke photo studio wale ustad «name» ka number «v» hai, purani tasveeron ke liye unhi se baat karna, Abbu ne kaha"],
    "CO": ["Don Aurelio también vende marcos hechos a mano con madera de los cerros de Boyacá. En Pando dejó dicho que don «name», el que enseña cianotipia en Villa de Leyva, tiene el celular «v»"],
    "AR": ["El contestador de la abuela es de los viejos, con cinta, y se escucha un loro silbando al fondo. Quedó grabado en el contestador que «name», del club de korfball de Córdoba, tiene el celu «v»"],
    "TH": ["ป้ายนี้ติดอยู่หน้าห้องมืดของชมรมถ่ายภาพในเชียงใหม่ บอกว่าใครอยากเรียนพิมพ์ภาพไซยาโนไทป์ให้โทรหา «name» ที่เบอร์ «v»"],
}

SIGNATURES = [
    ("US", "The league secretary added a tiny korf drawing under her name in every e-mail she sends. «name» · League Secretary, Hudson Valley Korfball · cell «v» · «e»"),
    ("GB", "Best wishes,\n«name»\nPrint Lead, Bristol Sun Print Circle\nMob: «v» · «e»"),
    ("IN", "Regards,\n«name» | Pune Cyanotype Collective, Kothrud | Mob «v» | «e»"),
    ("DE", "Die Signatur steht unter jeder Mail der Kassenwartin, auch unter der Einladung zum Grillfest. Mit blauen Grüßen\n«name», Kassenwartin des Korfballvereins Leipzig\nTel. «v» · Mail «e»"),
    ("BR", "Abraços,\n«name» · Ateliê de Cianotipia do Batel · Cel «v» · «e»"),
    ("FR", "La secrétaire ajoute cette signature même aux messages d'une ligne qui disent juste merci. Bien à vous,\n«name», secrétaire — Atelier de cyanotype, Nantes\nPortable : «v» — «e»"),
    ("AU", "See you on court,\n«name» — Captain, Perth Korfball Club\nM «v» · «e»"),
    ("NG", "The Ikeja darkroom sends its notices from an old desktop with a faded sunflower sticker on the monitor. Kind regards,\n«name» | Ikeja Sun Print Studio | «v» | «e»"),
    ("CA", "La trésorière l'a ajoutée à la fin d'un long courriel sur les horaires du gymnase. «name» — Trésorière, Korfball Outaouais — tél «v» — «e»"),
    ("ZA", "Many thanks,\n«name» · Cape Town Cyanotype Circle · Cell «v» · «e»"),
    ("KE", "Asante,\n«name» | Nairobi Korfball, Kasarani courts | Tel «v» | «e»"),
    ("MX", "Saludos desde el cuarto oscuro,\n«name» · Cianotipia de Coyoacán · Cel. «v» · «e»"),
    ("PH", "Salamat po,\n«name» · Quezon City Korfball · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Bookings for the UV exposure cabinet now go through «name», so send the evening you want to «e».",
    "Organising the away weekend to Cardiff became a puzzle of car seats and sleeping bags for everyone. Seats in the minibus to the away round go to whoever e-mails «name» first at «e».",
    "Othership note after the cold plunge: I sent my shooting video to «name» («e») to ask about my release.",
    "It was the third reminder that week, after I had ignored the first two while making toast. The Mindshine journal had a practical task today: 'write to «name» about the darkroom insurance, «e»'.",
    "The Ciak notebook was propped against the window, catching the last of the afternoon sun. According to the Ciak page, table requests for the print fair go by e-mail only → «e» («name»).",
    "The framed prints were stacked in the hallway, wrapped in old bed sheets. I dictated to the Fitvii watch that «name» wants an answer about the framed fern prints, her address is «e», and the glass needs cleaning first.",
    "The board is a cork rectangle that has been patched with duct tape in three places. The clubhouse board also advertises a lost water bottle and a second-hand post. A sign-up sheet says junior trials are handled by «name», «e».",
    "The gallery's assistant sends these from a shared office above a bookshop in Hebden Bridge. The receipt for the print sale names «name» and the address «e».",
    "The newsletter is printed on blue paper every month, naturally, and left in local cafés. Quotes for printing a wedding guestbook in blue should reach «name» at «e» before the end of the month, the darkroom newsletter says.",
    "Ducks followed me most of the way along the towpath, hoping I had bread. I wrote this after a long walk by the canal, feeling oddly calm about planning the club's summer. Simple Habit reflection: coffee with «name» next week, her e-mail is «e».",
]

EMAIL_LOCAL = {
    "DE": "Die Rundmail kam mit einem Foto vom Vereinsmaskottchen, einem Plüschbiber mit Trikot. Probetraining Korfball: Anmeldung bitte an «name», «e»",
    "FR": "Le message s'accompagnait d'une photo des marais salants de Guérande au coucher du soleil. Inscriptions ouvertes depuis mardi pour les week-ends en Loire-Atlantique, logement possible chez les photographes du coin. Pour le stage de cyanotype, écrire à «name» à l'adresse «e»",
    "ES": "El aviso del taller se compartió en un grupo de fotógrafos aficionados de la sierra de Cuenca. Las plazas del taller de cianotipia se reservan escribiendo a «name» al correo «e»",
    "BR": "A coordenadora mandou o aviso no domingo à noite, entre fotos do neto e um vídeo de receita. Vagas no curso de cianotipia: mande e-mail para «name» em «e»",
    "JP": "展覧会の案内は、青い紙に印刷されて近所の喫茶店にも置かれていた. サイアノタイプ作品展への出品申込は «name» さん宛のメール «e» までお送りください",
    "KR": "접수 기간이 짧아서 총무님이 단체방에도 같은 내용을 세 번이나 올렸다. 코프볼 체험 신청은 «name» 총무의 이메일 «e» 로 보내 달라고 체육관 게시판에 적혀 있어요",
    "IT": "Locandina appesa nello spogliatoio del palazzetto di Bologna accanto agli orari della piscina. Per il torneo di korfball scrivere a «name», «e»",
    "PL": "Ogłoszenie wisiało na korkowej tablicy obok rozkładu autobusów i zdjęcia zaginionego kota. Zgłoszenia na warsztaty cyjanotypii przyjmuje «name» pod adresem «e»",
    "TR": "Ankara'daki fotoğraf atölyesinin panosuna asılmış duyuru, mavi bir eğrelti baskısının altında. Siyanotip kursuna yazılmak isteyenler «name» hanıma «e» adresinden yazsın",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "The laptop balanced on a stack of photo books while someone ordered chemistry for the spring class. The supplier's checkout showed card «v» under «name».",
    "The team chat went wild over the new carbon post, but the photo's reflection showed a checkout screen spelling out card «v».",
    "The auction room was a converted chapel with pews still bolted to the floor at the back. Sooyeeh audio: 'that's «v» on the card', then «name» took the glass negatives.",
    "Pencilled on the back of a train ticket and slipped into my planner. Exacompta entry: the new korfball shoes were paid with card «v».",
    "Hailstones the size of peas bounced off the court and the referee ran for the clubhouse. The watch buzzed on a cold bench by the outdoor court, where the match had just been called off for hail. An unsent reply on the Donerton watch reads 'card is «v», exp on the back'.",
    "The print shop owner talks very fast and kept confusing our club with a netball team. Through the Wavefun buds I heard myself reading out the card for the shirts: «v».",
    "The clinic's waiting room had a fish tank with exactly one very old goldfish in it. The neurology clinic's payment kiosk showed card no. «v» for patient «name» after the nerve test.",
    "I bought two frames I did not need and a lamp shaped like a cloud, all past midnight. Logged after an evening of online shopping instead of sleep, according to my tracker. Sleepiest note filed under late-night spending: card «v», two frames.",
]

CARD_LOCAL = {
    "IN": "Woh bazaar mein masale le rahi thi aur beech mein usne yeh bhi yaad dilaya ki dhoop mein kaagaz mat chhodna. Neeli chhapai ke chemicals mangwane ke liye «name» wala card «v» lagaya, Mummy ne likha.",
    "BR": "A mensagem veio do tesoureiro, que estava num ônibus lotado voltando de Ponta Grossa. O pagamento da inscrição no torneio de korfebol foi com o cartão «v», titular «name»",
    "DE": "Die Bestellung lief über den Laptop des Kassenwarts, der dabei im Zug nach Dresden saß und schlechtes Netz hatte. Für die Bestellung von Kaliumferricyanid und Papier wurde die Kartennummer «v» angegeben, Karteninhaber «name»",
    "MX": "La imprenta queda en una calle empedrada de Puebla y siempre huele a tinta y a café. El anticipo por imprimir las invitaciones en azul se pagó con la tarjeta número «v», titular «name»",
    "FR": "Le trésorier a photographié le reçu sur le capot de sa voiture, garée devant le gymnase de Roubaix sous une pluie fine. L'inscription au tournoi de korfball est réglée par la carte n° «v», au nom de «name»",
    "JP": "薬品は茶色い瓶に入って届き、緩衝材として古い新聞紙がたくさん詰められていた. サイアノタイプ用の薬品を注文したときのカード番号は «v»（名義 «name»）です",
    "GB": "The art shop in Sheffield also sells secondhand easels stacked in a corner by the till. Contact frame receipt: card «v», «name».",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "The current UV cabinet is a converted kitchen cupboard lined with tin foil. Donations toward a proper one: IBAN «v», «name», reference BLUE.",
    "The trailer's jockey wheel had jammed again and two fathers were kicking it while arguing about knots. Jnn note from the treasurer: fees by IBAN «v», payee «name».",
    "The invoice arrived on thick cream paper with a watermark of a heron in one corner. The paper mill's invoice has a payment box reading IBAN «v» · beneficiary «name».",
    "It was so windy by the harbour that half the memo is just the sound of flapping plastic. Kalinco memo: settle up with «name» for the frame glass, transfer to IBAN «v».",
    "She typed the message with one thumb while carrying a tent pole in the other hand. The camp organiser posted on Pando that the balance for the field-season camp goes into «v» (IBAN), «name».",
    "The cleaner comes on Mondays and always leaves the radio tuned to a jazz station. Post-it on the Napco panel: cleaner's wages to «name», IBAN «v».",
]

IBAN_LOCAL = {
    "DE": ["Die Kursleiterin verschickt ihre Mails immer sonntags, wenn sie ihre Abzüge sortiert hat. Kursinfo der Dunkelkammer, per E-Mail an alle mit einem Foto eines blauen Farnabdrucks. Die Überweisung für den Blaudruckkurs geht an «name», IBAN «v»",
           "Die Jugendwartin hat das im Vereinsheft neben ein Foto vom Sommerfest mit Hüpfburg und Würstchenstand gedruckt. Das Spendenkonto der Korfball-Jugend läuft auf «name» mit der IBAN «v»"],
    "FR": ["La trésorière joint toujours une photo de son chien à ses messages, cette fois avec un maillot. Cotisation korfball à Lille, virement sur «v» au nom de «name»."],
    "ES": ["El correo del laboratorio llegó con un adjunto de diez megas que nadie pudo abrir en el móvil. La nota del laboratorio se envió por correo con una foto de una lámina azul de helechos. La cuota del taller de cianotipia se paga al IBAN «v», titular «name»"],
    "IT": ["La circolare è arrivata in segreteria insieme a un pacco di carta da acquerello. Cianotipia a Bologna, quota del corso: IBAN «v», beneficiario «name»."],
    "NL": ["De nieuwsbrief komt elke maand, meestal met een foto van een verjaardagstaart in de kantine. Dordtse korfballers betalen hun jaarbijdrage aan «name», rekening IBAN «v»."],
    "PL": ["Pracownia mieści się w dawnej piekarni, a na ścianach wciąż wiszą stare blachy do chleba. Ogłoszenie wisi w pracowni w Krakowie, obok półki z niebieskimi odbitkami paproci. Przelew za warsztaty cyjanotypii na IBAN «v», odbiorca «name»"],
    "TR": ["Atölye sahibi, çay demlerken bir yandan da kursiyerlere eski fotoğraf makinelerini gösteriyordu. Ankara siyanotip kursu için havale: IBAN «v», «name»."],
    "BE": ["De penningmeester schrijft zijn brieven nog altijd met een vulpen en scant ze dan scheef in. Korfbal lidgeld graag storten op «v», ten name van «name»."],
    "AT": ["Die Vereinsnachricht kam mit einer Einladung zum Herbstwandern und einem Rezept für Apfelkuchen. Vereinsnachricht aus Graz, mit einem Bild von Blaudrucken auf der Wäscheleine. Der Beitrag für den Cyanotypie-Verein geht auf die IBAN «v», «name»"],
    "PT": ["O atelier fica num rés-do-chão com uma janela grande virada para o rio Douro. A quota do atelier de cianotipia no Porto vai para o IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["The printmaker brought her own pressed flowers from New Mexico and handed them out at the end. For the Santa Fe guest's fee, the arts council sheet lists ABA «a» and checking «b».",
           "The bank branch had a bowl of lollipops on the counter and a fan that squeaked at every turn. Gran shouted through the glass in Duluth, and the Kurdene buds kept it: 'routing «a», account «b», name «name»'.",
           "The secretary's cat walked across the keyboard twice while the form was being filled in. On page six of the korfball grant, under payouts, sits bank routing «a» beside deposit account «b»."],
    "gb": ["He rang from a lay-by on the A419, eating crisps, with sheep shouting in the field behind him. Coach hire for the korfball finals: «name», sort code «a», account «b», please reference KORF.",
           "The darkroom's whiteboard has not been fully wiped since the spring, and layers of notes show through. In blue marker, low on the board: refund «name» for ferric citrate, sort code «a» / acc «b»."],
    "in": ["Committee ki chairperson ne yeh form raat gyaarah baje apne beti ke laptop se type kiya, spelling galtiyon ke saath. Photo mela wali table ka kiraya is khate mein daalo: A/c no. «a», IFSC «b», naam «name».",
           "Yeh suchna team ke purane coach ne apne scooter par baithe baithe voice note mein padhkar sunayi thi. Korfball samiti ka chanda bhejna ho to khata sankhya «a» aur IFSC «b» istemal karna."],
    "au": ["The admin signs her e-mails with a swimming emoji even though she switched to netball years ago. The sports centre's admin is a retired netballer who answers e-mails at dawn. Court hire at the sports centre is paid by transfer, BSB «a», acct «b», and «name» looks after it."],
    "ca": ["The lodge owner phoned in the morning to say a tree had come down across the track. Refund of the retreat deposit: transit and institution «a», chequing «b», as on the voided cheque."],
    "br": ["O fotógrafo estava numa praia fotografando barcos quando mandou os dados pelo celular. O fotógrafo de Paraty responde rápido, mas sempre manda áudios enormes. O fotógrafo «name» mandou pelo ChatSecure a agência «a» e a conta «b» para o sinal das impressões."],
    "mx": ["El mensaje llegó con la foto de un gato dormido sobre una pila de papel secante. Mensaje del laboratorio de Coyoacán con una foto de invitaciones azules secándose. La transferencia del anticipo por las impresiones va a la CLABE «a», beneficiario «name»."],
    "ng": ["The message went out with three basketball emojis, even though korfball is not basketball. Ikeja Easter korfball entry fee: «bank», acct «a», name «name».",
           "My aunty sends voice notes while frying akara, so you hear oil popping through every word. Chemicals money go «bank» acct «a», «name» get am."],
    "za": ["The handout was printed in blue ink on purpose, the organiser said, because it suited a cyanotype class. Payment for the Cape Town sun-print course: branch code «a», account number «b», in the name of «name»."],
    "ar": ["Morena grabó el audio sentada en las gradas, con una botella de agua entre las rodillas. Audio de Morena desde Córdoba, con pelotas rebotando en el gimnasio y un silbato al fondo. Pasame la seña del torneo al CBU «a», titular «name», y mandame el comprobante."],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["My aunt had waited three hours in a corridor lined with watercolours of lighthouses before the nurse finally called her name. Cancer centre check-in, insurance page: SSN «v».",
                      "The bookkeeper works from a garden shed with a space heater and a calendar from 2019. The Sooyeeh recorded her reading our Social Security record back over the phone: «v»."]),
    "in_aadhaar": ("IN", ["Ammi ko saans phoolne ki shikayat thi, isliye hum subah chhe baje hi hospital pahunch gaye the. Saans ke doctor ki OPD parchi par Aadhaar «v» chhapa tha."]),
    "in_pan": ("IN", ["Photo supplier ke paas purane camera aur tripod bhi milte hain jo unke papa ke zamane ke hain. Pune ke photo supply wale ki dukaan mein pankha dheere chal raha tha aur bill haath se bana. Photo supplier ke bill par PAN «v» likha hai."]),
    "br_cpf": ("BR", ["A vendedora da loja de Campinas usava um avental manchado de revelador e falava ao telefone o tempo todo. Nota fiscal do papel fotográfico emitida com CPF «v»."]),
    "mx_curp": ("MX", ["La mamá de una jugadora traía galletas caseras y las repartió mientras llenábamos los papeles. La ficha se llenó en una mesa plegable junto a la cancha del deportivo de Monterrey. La ficha de inscripción al club de korfball pide la CURP «v»."]),
    "mx_rfc": ("MX", ["El recibo estuvo una semana en la guantera junto a un mapa de carreteras y caramelos de menta. Factura impresa en papel térmico, casi borrada por el sol del tablero. La factura del proveedor de químicos lleva el RFC «v»."]),
    "gb_nhs": ("GB", ["The envelope was forwarded twice because the surgery still had my old flat in Croydon on file. The urology appointment letter gives NHS number «v» under the patient's name."]),
    "de_idnr": ("DE", ["Die Aushilfe sortiert samstags Filmdosen und Bilderrahmen, und ihr Zettel lag zerknittert zwischen alten Diafilmen auf der Theke. Auf dem Lohnzettel der Aushilfe im Fotofachhandel steht die steuerliche Identifikationsnummer «v»."]),
    "fr_nir": ("FR", ["Le patient avait attendu deux heures en lisant un vieux magazine de jardinage à la couverture déchirée. Service d'hépatologie, Nantes : n° de sécurité sociale «v» sur la feuille de soins."]),
    "es_dni": ("ES", ["La carpeta también contenía fotos del equipo de alevines con medallas de plástico. La ficha de socia está en una carpeta verde en la oficina del polideportivo de Valencia. En la ficha del club de korfball figura el DNI «v»."]),
    "es_nie": ("ES", ["La jugadora llegó de Utrecht con dos maletas y un termo de té que no soltaba nunca. Para dar de alta a la jugadora extranjera en el club de korfball pidieron el NIE «v»."]),
    "it_codicefiscale": ("IT", ["La segretaria aveva una tazza con scritto 'il lunedì non esiste' accanto alla tastiera. La segreteria dell'ambulatorio di neurologia di Bologna ha compilato il modulo di corsa. Il modulo riporta il codice fiscale «v»."]),
    "ca_sin": ("CA", ["The office also stores the lost property, including nine single shoes and a trombone. Summer staffing papers piled up in the sports centre office, damp from a leak above the filing cabinet. The seasonal coach form lists SIN «v»."]),
    "id_nik": ("ID", ["Ibu saya membawa termos teh manis dan koran lama untuk menunggu giliran yang terasa tak ada habisnya. Setelah antre lama di rumah sakit paru di Bandung, petugas menempelkan stiker di map pasien. Formulir klinik paru mencantumkan NIK «v»."]),
    "pk_cnic": ("PK", ["Ustad ki dukaan ki deewar par Rawalpindi ke purane bazaar ki kaali-safed tasveerein lagi hain. Tasveer marammat ki parchi: CNIC «v»."]),
    "tr_tckimlik": ("TR", ["Ankara'daki hastanenin sekreteri formu aceleyle doldurdu. Nöroloji polikliniği randevu kağıdında T.C. kimlik no «v» yazıyor."]),
    "pl_pesel": ("PL", ["Lekarz w Krakowie wystawił skierowanie po badaniu płuc, które trwało za długo. Skierowanie do pulmonologa zawiera PESEL «v»."]),
    "za_idnr": ("ZA", ["The form was filled in at a folding table under a jacaranda tree outside the community hall. The cyanotype class enrolment form has SA ID no. «v» printed in capitals."]),
    "kr_rrn": ("KR", ["병원 대기실 텔레비전에서는 하루 종일 요리 프로그램이 반복해서 나오고 있었다. 비뇨기과 접수증에 주민등록번호 «v» 가 적혀 있다"]),
    "cn_ric": ("CN", ["合球俱乐部的报名表上写着公民身份号码 «v»"]),
    "jp_in": ("JP", ["呼吸器内科の問診票には個人番号 «v» と書いてあります"]),
    "au_tfn": ("AU", ["The canteen sells sausage rolls and frozen oranges, and the new helper started just before the season. The korfball canteen took on a helper whose TFN is «v»."]),
    "nl_bsn": ("NL", ["Mijn moeder vulde het formulier in aan de keukentafel, tussen de boodschappenlijst en een stapel ongeopende post. Bij de aanmelding voor de longarts staat BSN «v»."]),
    "th_pin": ("TH", ["หลังจากซ้อมคอร์ฟบอลที่สนามในร่มตอนเย็น ผู้จัดการทีมกรอกใบสมัครให้ผู้เล่นใหม่ เลขประจำตัวประชาชน «v»"]),
    "my_nric": ("MY", ["Latihan malam itu ditutup dengan teh tarik dan roti canai di kedai seberang jalan. Pendaftaran pemain baru korfball Shah Alam: No. KP «v»."]),
    "ar_cuit": ("AR", ["El sobre olía a fijador y tenía una mancha azul con forma de hoja en la esquina. Curso de cianotipia en Rosario, CUIT «v» en la factura."]),
    "cl_rut": ("CL", ["La cajera, una señora con lentes de sol en la cabeza, la imprimió mientras hablaba del puerto. La boleta de la tienda de fotografía en Valparaíso tiene el RUT «v»."]),
    "se_personnummer": ("SE", ["Anmälningen görs på ett papper som hänger vid kaffeautomaten i föreningens källarlokal. Anmälan till cyanotypikursen i Luleå kräver personnummer «v»."]),
    "ie_pps": ("IE", ["The centre's café sells soup of the day, which is always leek and potato. The sports centre in Galway needs extra hands in summer when the camps run. The casual staff form at the centre asks for PPS number «v»."]),
    "pt_nif": ("PT", ["A loja de fotografia fica numa rua íngreme do Porto, com molduras antigas na montra. A fatura da loja traz o NIF «v»."]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "A small child had drawn a blue octopus on the back of the slip while waiting for her mum. Print fair helpers: cell «phone», email «email», SSN for the insurance «ssn».", ("phone", "email", "ssn")),
    ("US", "The rental counter had a faded poster of a canoe trip and a bell that did not ring. Korfball away trip van hire, driver «name»: cell «phone», card held as deposit «card», SSN «ssn».", ("phone", "card", "ssn")),
    ("US", "The waiting room radio was stuck on a station that played only 1970s country ballads. Spokane liver clinic registration: e-mail «email», card for billing «card», SSN «ssn».", ("email", "card", "ssn")),
    ("GB", "The fair was held in a village hall whose radiators clanked like someone was trapped inside them. Sun-print fair pitch booking: mob «phone», e-mail «email», paying by card «card».", ("phone", "email", "card")),
    ("IN", "Form ek aunty ne bhara jo apni pooja ki thali aur bag dono ek haath mein sambhale hue thi. Photo mela ke stall booking form mein mobile «phone», email «email» aur card «card» bhare gaye.", ("phone", "email", "card")),
    ("CA", "It rained right after the forms were signed and the tent leaked on one corner. The sign-in desk stood under a tent by the outdoor courts in Ottawa. The field-season camp form for korfball gives phone «phone» and the card for the bus, «card».", ("phone", "card")),
    ("AU", "The sports centre reception also sells swim caps, goggles and slightly stale flapjacks. Adelaide korfball trial pass: mob «phone», email «email».", ("phone", "email")),
]
