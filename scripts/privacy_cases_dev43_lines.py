"""Where the dev43 privacy set's numbers and addresses turn up (``privacy_cases_dev43.py``):
what a personal agent's sensors record (Jomise, Abask, Orskey, Oldshark and Kehan dashcam
footage, Tileraa and Dictopro recordings, Oraimo, Cleer, Sabbat, Mifo and
Lypertek earbuds, a Gabb, an Umidigi, a Blackview, a Lige, a Rollme and a Letsfit watch, Conico,
Galayou, Laview, Sv3c, Vimtag, Tenvis and Boavision cameras, Paradox, Pyronix and Risco
panels, Miku, Cubo Ai and Chillax baby monitors, Breathwrk, Medito, Rootd, Woebot, MindShift,
Happify and Paddle Logger, Sideband, Linphone, Skred and Teleguard messages, Paperblanks, Field
Notes, Clairefontaine, Tomoe River, Kokuyo, Maruman, Apica and Baron Fig pages, a kintsugi studio's
mending evenings, lacquer-curing weeks, gold-dusting classes and shard swaps, a canoe-polo club's
pool sessions, boat-fitting nights, league weekends and lake camp, a value written before its
label, a label a sentence or a line away from its value; ophthalmology, cardiology, orthodontics,
gastroenterology and physiotherapy screens), English first, then in the words of the set's other
countries.

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
    "The cracked tea bowl came back from its third lacquer coat today. Whoever wants to watch the gold go on should ring «name» on «v» and bring their own gloves.",
    "Jomise footage from the drive to the canoe-polo league, where the captain reads out the trailer owner's details: «name», «v», boats strapped by seven.",
    "Tileraa recorder on the mending bench caught «name» giving his mobile for the urushi order twice, «v», over the hum of the curing cupboard.",
    "A wet laminated card hangs in the boat shed. It says the Sunday pool slot belongs to «name», mobile «v», and the lights go off at nine.",
    "Oraimo voicemail transcript: hi, this is «name», your spare spray deck ended up in my car after the league, text me on «v» and I'll drop it round.",
    "Paperblanks page written after the gold-dusting class: the visiting teacher was «name», phone «v», and she already took the money for the powder.",
    "A Gabb watch shared a contact during the shard swap, «name» at «v», with the note 'the lady who sells broken Imari plates by the box'.",
    "The studio's Sideband group keeps its newcomers pinned. «name» added her number «v» and offered to sand the first coats for beginners.",
    "Parked outside the leisure centre, my car collected a flyer during the evening session. Abask rear footage shows a flyer under the wiper that reads 'try canoe polo, first paddle free, text «name» on «v»'.",
    "Paddle Logger note left after the sprint drills: ask «name» (mobile «v») whether the rolling practice counts toward the charity paddle.",
    "The exhibition tables were still bare at eight. Cleer recap from that morning: if the plinths aren't set by nine, call «name» on «v», he has the keys to the van.",
    "In a Clairefontaine margin, beside a drawing of a mended jug: «name», «v», fine brushes and a spare spatula for the rice paste.",
    "Conico doorbell audio has a courier reading the parcel aloud: two jars of raw lacquer for «name», phone «v», keep upright and away from the heater.",
    "It happened during a wet Thursday scrimmage in front of a few bored parents. The paddle split during a scrimmage and the blade needed epoxy. Lypertek call log read back by the assistant: outgoing, six minutes, «name», «v», 'about the paddle shaft'.",
    "Galayou camera over the studio door caught the corkboard, where a card offers bowl repairs and hand-ground gold: «name», text «v».",
    "Outside the depot, wind rattled the chain-link fence and a dog barked at the trailers. Orskey dashcam audio from the depot: the driver repeats the boat-trailer hire number, «v», and says to ask for «name» at the gate by the reservoir.",
    "The monitor's speaker picked this up while the baby slept and the house was otherwise quiet. Through the Miku monitor a mother is heard on the landing saying 'yes, it's «name», my number is «v», for the canoe-polo raffle'.",
    "A Tomoe River spread was used to plan the lake camp. The coach driver is «name», mobile «v», and pickup is at the ferry terminal at eight.",
    "This was logged after a tearful afternoon sorting through my late mother's porcelain cabinet. Rootd check-in: I finally rang «name» about the broken wedding vase and saved her number as «v», and I felt calmer afterwards.",
    "Skred chat on the Umidigi watch: «name» wrote 'text me on «v» about the goalkeeping clinic, I can't take calls during class'.",
]

PHONE_LINKS = [
    "The kintsugi studio prints a QR code on its open-evening leaflet, and scanning it opens https://wa.me/«vW»?text=Broken%20bowl",
    "The taster poster hangs in the swimming pool foyer beside a vending machine that only takes exact change. On the poster for the canoe-polo taster, under a drawing of a kayak and a goal, the small print reads https://api.whatsapp.com/send?phone=«vW»&text=taster",
    "Late on a Thursday, the secretary was fixing the club's website while her toddler banged on a saucepan. The club secretary pasted the contact page source into Linphone chat by mistake: <a class=\"ring\" href=\"tel:«vE»\">Call the boathouse</a>",
    "The contact file arrived at midnight along with a photo of lacquer jars on a shelf. A lacquer supplier's card arrived in the studio's Teleguard group as a .vcf file: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:Raw Urushi Trading\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Chachi ne Sideband pe likha ki tooti pyaali jodne wali kalakar «name» ka number «v» hai, aur Shanivaar ko unki class hai",
           "Kochi ke canoe polo camp ka register pool ke daftar mein rakha hai, aakhri panne pe coach «name» ka phone «v» likha hai, helmet apna laana",
           "Tileraa ne Jaipur ki mitti ke bartan wali gali ki baat likhi: 'sone ki dhool «name» ji bechti hain, unka number «v» hai'"],
    "BR": ["A restauradora de louça pediu no Linphone que ligassem para «name» no celular «v» antes da feira de cerâmica de Cunha",
           "O recado foi escrito com pincel atômico num pedaço de papelão pregado com fita crepe. Na porta do vestiário da represa tem um bilhete: técnico de canoagem polo «name», zap «v», treino de sábado lotado"],
    "DE": ["Auf dem Zettel in der Goldfugen-Werkstatt steht, dass man die Lackbox bei «name» ausleihen kann, erreichbar unter «v», am besten abends",
           "Beim Kanupolo-Training am Cospudener See notierte jemand die Trainerin «name» mit der Handynummer «v»"],
    "MX": ["En un audio de Skred, «name», la que vende laca y polvo de oro para reparar cerámica, dice que su número es «v» y que le marquen el viernes",
           "El anuncio pegado en la pista de remo dice que hay canopolo los domingos con «name», informes al «v»"],
    "FR": ["Laissé sur Sideband par Dorothée, qui enseigne la réparation des porcelaines de Limoges depuis vingt ans. Message Sideband laissé avant l'atelier de réparation à l'or : “c'est «name», pour les bols cassés appelle-moi au «v»”",
           "L'affiche du club de kayak-polo d'Annecy indique que les inscriptions se font auprès de «name», tél. «v»"],
    "ID": ["Pak «name» yang menjual pernis alami untuk memperbaiki mangkuk retak bilang nomor HP-nya «v», kirim pesan dulu sebelum datang"],
    "PH": ["Sabi ni Ninang sa Linphone, tawagan mo raw si «name» sa «v», siya ang coach ng canoe polo sa Manila Bay"],
    "JP": ["金継ぎ教室の連絡網を見ると、四番目は «name» さんで携帯は «v» です",
           "カヌーポロ練習の後、艇庫の鍵は «name» さん（«v»）に返すことになりました"],
    "ES": ["El restaurador de loza de Talavera, «name», dice en Teleguard que lo llames al «v» para arreglar el plato del abuelo"],
    "IT": ["Nella bottega di restauro di Faenza c'è un avviso: per il corso di riparazione con l'oro chiamare «name», cell. «v»"],
    "TR": ["Çini tamircisi «name» beyin numarası «v», kırık kâseler için öğleden sonra aramanızı istiyor"],
    "KR": ["카누폴로 동호회 공지에 따르면 이번 리그 담당은 «name» 님이고 휴대폰은 «v» 입니다"],
    "PL": ["Na drzwiach pracowni napraw ceramiki wisi kartka, że nowe laki ma «name», komórka «v»"],
    "RU": ["В объявлении секции каноэ-поло сказано звонить «name» по телефону «v», запись на шлемы и вёсла"],
    "EG": ["في رسالة على Skred كتب أن الفنان الذي يرمم الخزف بالذهب اسمه «name» ورقم موبايله «v» ويعطي دروسا للشباب"],
    "VN": ["Tin nhắn đến lúc tôi đang rửa những mảnh bát vỡ của bà ngoại ở Huế. Tin nhắn Teleguard ghi rằng thầy dạy sơn ta gắn bát vỡ là «name», số điện thoại «v», lớp tối thứ Bảy"],
    "BD": ["নওগাঁর মেলায় পাওয়া লিফলেটে লেখা আছে যে সোনালি জোড়ায় ভাঙা বাটি সারাই শেখাতে আসবেন «name», যোগাযোগ «v», শীতের ছুটিতে প্রতি সপ্তাহে"],
    "PK": ["Multan ke kashi kari wale ustad «name» ka number «v» hai, toote hue guldan ke liye unhi se baat karna, Ammi ne kaha"],
    "CO": ["En Skred dejó dicho que don «name», el que repara cerámica con oro en Ráquira, tiene el celular «v»"],
    "AR": ["Quedó grabado en el contestador que «name», del club de canoa polo de Tigre, tiene el celu «v»"],
    "TH": ["ป้ายนี้ติดอยู่ข้างร้านกาแฟริมน้ำที่นักพายเรือชอบแวะหลังซ้อม. ป้ายที่ท่าเรือพายเรือบอกว่าโค้ชแคนูโปโลชื่อ «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · League Secretary, Hudson Valley Canoe Polo · cell «v» · «e»"),
    ("GB", "All the best,\n«name»\nWorkshop Lead, Severn Kintsugi Circle\nMob: «v» · «e»"),
    ("IN", "Regards,\n«name» | Kochi Canoe Polo, Ernakulam backwaters | Mob «v» | «e»"),
    ("DE", "Mit goldenen Grüßen\n«name», Kassiererin der Goldfugen-Werkstatt Leipzig\nTel. «v» · Mail «e»"),
    ("BR", "Um abraço,\n«name» · Canoagem Polo Lagoa da Conceição · Cel «v» · «e»"),
    ("FR", "Amicalement,\n«name», secrétaire — Atelier de réparation à l'or, Limoges\nPortable : «v» — «e»"),
    ("AU", "Catch you at the pool,\n«name» — Captain, Swan River Canoe Polo\nM «v» · «e»"),
    ("NG", "The Lekki club sends its newsletters from a shared laptop with a sticker of a flamingo on the lid. Warm regards,\n«name» | Lekki Canoe Polo Club | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Trésorière, Canoë-polo Outaouais — tél «v» — «e»"),
    ("ZA", "Thanks so much,\n«name» · Durban Kintsugi Collective · Cell «v» · «e»"),
    ("KE", "Asante sana,\n«name» | Mombasa Canoe Polo, Tudor Creek | Tel «v» | «e»"),
    ("MX", "Saludos desde el taller,\n«name» · Reparación con Oro de Tlaquepaque · Cel. «v» · «e»"),
    ("PH", "Maraming salamat,\n«name» · Manila Bay Canoe Polo · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Bookings for the lacquer-curing cupboard are now handled by «name», so send the week you need to «e».",
    "Organising the away trip to Exeter turned into a small logistical nightmare for everyone. Seats on the trailer run to the away league are claimed by email with «name» at «e», because the group chat gets lost.",
    "Paddle Logger comment after the rolling session: I sent my clip to «name» («e») to ask about my hip flick.",
    "The Woebot journal had a practical note today: 'write to «name» about the studio insurance, «e»'.",
    "According to the Field Notes page, stall requests for the mending fair go by email only → «e» («name»).",
    "I dictated to the Letsfit watch that «name» wants an answer about the repaired sake set, her address is «e», and the gold seams are done.",
    "The boathouse noticeboard also advertises a lost wetsuit and a second-hand trailer. A sign-up sheet at the boathouse says junior trials are arranged by «name» by mail, «e», and nobody signs up on the bank.",
    "The auctioneer's assistant sends these emails from a shared office above an antiques arcade in Harrogate. The receipt from the ceramics auction says your lot list and collection slot will come from «name», sender address «e».",
    "Quotes for mending an heirloom platter should reach «name» at «e» before the end of the month, the studio newsletter says.",
    "I wrote this after a long walk along the river, feeling oddly hopeful about organising the committee's summer. Medito reflection: coffee with «name» from the boathouse committee went well, her address is «e», so I'll send her the lane rota.",
]

EMAIL_LOCAL = {
    "DE": "Der Kanupolo-Verein schreibt in seiner Rundmail, dass man sich zum Probetraining per E-Mail bei «name» anmeldet, «e»",
    "FR": "Inscriptions ouvertes depuis lundi pour les week-ends en Haute-Vienne, hébergement possible chez les potiers du coin. Pour le stage de réparation à l'or de Limoges, il faut écrire à «name», adresse électronique «e», avant la fin du mois",
    "ES": "Las plazas del curso de reparación con oro se reservan escribiendo a «name» al correo «e»",
    "BR": "A coordenadora fixou no grupo que a inscrição na oficina de restauro com ouro é por e-mail para «name», endereço «e»",
    "JP": "金継ぎ作品展への出品申込は «name» さん宛のメール «e» までお送りください",
    "KR": "카누폴로 체험 신청은 «name» 총무의 이메일 «e» 로 보내 달라고 현수막에 적혀 있어요",
    "IT": "Locandina appesa nello spogliatoio del lago di Bracciano accanto all'orario dei traghetti. Per il torneo di canoa polo a Bracciano scrivete a «name», e-mail «e», entro venerdì",
    "PL": "Zgłoszenia na warsztaty naprawy ceramiki złotem przyjmuje «name» pod adresem «e»",
    "TR": "Bursa'daki çini atölyesinin panosuna asılmış duyuru, bir fincan fotoğrafının altında. Çini onarım kursuna yazılmak isteyenler «name» beye, posta kutusu «e», cumaya kadar yazsın",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "The laptop balanced on a pile of sketchbooks while someone ordered supplies for the spring course. The lacquer shop's checkout was open on the studio laptop, and the autofilled card number box showed «v» with the security code still empty.",
    "Our group chat swooned over the glossy carbon blade, yet reflected in the photo was a checkout screen spelling out card «v».",
    "Dictopro caught the auction clerk reading the card back, «v», just before «name» signed for the box of broken plates.",
    "Written in smudgy pencil on the back of a bus ticket and tucked into my planner. Apica entry in pencil: the new helmet was paid with card «v» (cardholder «name»), so chase the shop if it isn't here before camp.",
    "The watch buzzed on a cold bench by the reservoir, where the match had just been abandoned for lightning. An unsent reply on the Blackview watch says 'put the league fee on my card, number «v», thanks, «name»'.",
    "The earbuds were still in while I phoned the embroidery shop that makes our numbered bibs. Sabbat earbuds caught a phone order for club bibs, card number «v», to be delivered to the boathouse.",
    "The eye clinic's payment kiosk showed card no. «v» for patient «name» after the retina scan.",
    "Logged after an evening browsing online shops instead of sleeping, according to my mood tracker. Happify note filed under impulse spending: gold powder again, card «v».",
]

CARD_LOCAL = {
    "IN": "Mummy ne yeh message tab bheja jab woh Jaipur ke bazaar mein chai pee rahi thi. Sone ki dhool ka order diya hai, card number «v», «name» ke naam par, lekin OTP abhi tak nahi aaya",
    "BR": "O pagamento da inscrição no campeonato de canoagem polo foi com o cartão «v», titular «name»",
    "DE": "Für die Bestellung von Rohlack und Goldpuder wurde die Kartennummer «v» angegeben, Karteninhaber «name»",
    "MX": "El anticipo por reparar la vajilla de la boda se pagó con la tarjeta número «v», titular «name»",
    "FR": "L'inscription au tournoi de kayak-polo est réglée par la carte n° «v», au nom de «name»",
    "JP": "金継ぎ用の本漆を注文したときのカード番号は «v»（名義 «name»）です",
    "GB": "Bradley's receipt photo from the Nottingham outfitter was slightly blurred by condensation on the shop window. The card put down for the canoe-polo nationals team kit was «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "The studio newsletter appeals for a second curing cupboard; transfers go to IBAN «v», account holder «name», reference MURO.",
    "Clattering hulls onto trailer racks with a sandwich in hand, the treasurer told the Dictopro that league fees go to IBAN «v», held by «name».",
    "The pottery supplier's invoice has a payment panel reading IBAN «v» · beneficiary «name».",
    "Lige watch memo recorded while walking home from the art supply shop with a bag of brushes. A voice memo on the Lige watch reminds me to pay «name» back for the rice paste and brushes, IBAN «v».",
    "The camp organiser posted on Sideband that the balance for the lake hire goes into «v» (IBAN), «name».",
    "The keypad sits next to the studio's back door, beside a calendar from a local pottery supplier. A note stuck to the Paradox keypad says the studio rent goes to IBAN «v», landlord «name».",
]

IBAN_LOCAL = {
    "DE": ["Kursinfo der Werkstatt, per E-Mail an alle Teilnehmenden mit einem Foto einer geflickten Schale. Die Überweisung für den Goldfugen-Kurs geht an «name», IBAN «v», Verwendungszweck Kursgebühr Frühjahr",
           "Das Spendenkonto der Kanupolo-Jugend läuft auf «name» mit der IBAN «v»"],
    "FR": ["Envoyé par la trésorière du club d'Annecy avec une photo du lac et des kayaks alignés. Le RIB pour la cotisation au club de kayak-polo porte l'IBAN «v», titulaire «name»"],
    "ES": ["La nota informativa del taller se envió por correo con una foto de una jarra dorada. La cuota del taller de reparación con oro se paga por transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["Circolare del laboratorio di Faenza, stampata su carta color crema con un disegno di una tazza dorata. Il bonifico per il corso di restauro con l'oro va sull'IBAN «v», intestato a «name»"],
    "NL": ["Nieuwsbrief van de club uit Utrecht, met een foto van het team op de Vecht. De contributie van de kanopoloclub maak je over naar IBAN «v» t.n.v. «name», graag voor de competitie"],
    "PL": ["Ogłoszenie wisi w pracowni w Bolesławcu, obok półki z potłuczonymi kubkami w niebieskie kropki. Przelew za warsztaty naprawy ceramiki idzie na IBAN «v», odbiorca «name»"],
    "TR": ["Bursa'daki atölyenin sahibi ödeme bilgisini defterin arka sayfasına yazmıştı. Çini onarım kursu ücreti için IBAN «v», alıcı «name» olarak verildi"],
    "BE": ["Brief van de penningmeester, met een foto van een gelijmde theepot op de achterkant. Het lidgeld van de keramiekherstelgroep gaat naar IBAN «v» op naam van «name»"],
    "AT": ["Vereinsnachricht aus Wien, mit einem Bild von der Alten Donau bei Sonnenuntergang. Der Mitgliedsbeitrag für Kanupolo Wien geht auf die IBAN «v», lautend auf «name»"],
    "PT": ["A quota da oficina de restauro de loiça em Coimbra vai para o IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["The lacquer master came from Wajima, and the arts council needed paperwork before his flight home. The visiting lacquer master's honorarium form asks for a routing number, «a», and a checking account, «b».",
           "Grandpa's hearing isn't great, so he repeated everything loudly while the teller at the Tucson branch smiled patiently. Cleer earbuds caught Grandpa at the bank counter saying 'routing is «a», account «b», for «name»'.",
           "The grant application took three weekends and many cups of coffee at the secretary's kitchen table. The canoe-polo club's grant paperwork has a direct deposit box filled in as ABA «a» · account no. «b»."],
    "gb": ["The team manager sent this after a long phone call with a trailer company in Shrewsbury. To pay the trailer firm for the nationals, use sort code «a», acc «b», ref PADDLES, name «name».",
           "Someone photographed the studio's whiteboard, smudged with gold fingerprints and a doodle of a cracked cup. A whiteboard photo from the studio says to pay «name» back for the gold, sort code «a» / acc «b»."],
    "in": ["Kochi ke kala mela ki stall booking ke liye committee ne bank ka form WhatsApp pe bheja. NEFT details for the mending-fair stall are A/c no. «a», IFSC «b», account holder «name».",
           "Canoe polo samiti ka chanda bhejna ho to khata sankhya «a» aur IFSC «b» use karna."],
    "au": ["The aquatic centre's admin is a former swimmer who answers emails at five in the morning. Lane hire at the aquatic centre is paid by transfer, BSB «a», acct «b», and «name» handles it."],
    "ca": ["Snowmobiles were the only traffic on the road to the lodge, where the lacquer workshop would have been held. The kintsugi retreat was cancelled for the ice storm, so the studio wires the deposit back to transit and institution numbers «a», chequing «b», taken off a voided cheque."],
    "br": ["A restauradora de Ouro Preto responde rápido, mas sempre manda áudios muito longos. A restauradora «name» mandou pelo Linphone a agência «a» e a conta «b» para o sinal do conserto da travessa."],
    "mx": ["Mensaje de la tienda de Tlaquepaque con una foto de la vajilla pegada con resina dorada. La transferencia del anticipo por la vajilla reparada va a la CLABE «a», beneficiario «name»."],
    "ng": ["Broadcast message sent to the whole Lekki squad before the Easter camp at the lagoon. Pay the canoe-polo camp fee to «bank», account number «a», account name «name».",
           "Na my aunty for Onitsha send am, as she dey sell enamel bowls for Ochanja market. Abeg send the money for the gold powder: «bank» acct «a», na «name» own."],
    "za": ["A flyer printed on recycled paper was handed out at the Durban craft market beside a table of mended jugs. The EFT for the kintsugi class goes to branch code «a», account number «b», «name»."],
    "ar": ["Audio de Delfina desde Tigre, con ruido de remos golpeando el muelle y un perro ladrando al fondo. Pasame la seña del arreglo de la fuente al CBU «a», titular «name», y mandame el comprobante."],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["The eye clinic's intake tablet asked for the subscriber's Social Security number at the insurance step, and it was entered as «v».",
                      "From the storeroom full of broken scoreboards, the bookkeeper phoned to confirm the Social Security number in our records, «v», and Dictopro kept the call."]),
    "in_aadhaar": ("IN", ["Dil ke doctor ke paas lambi line thi, aur nurse ne parchi pe jaldi jaldi likha. Heart clinic ki registration slip par Aadhaar «v» likha hai aur photocopy saath mein lagi hai."]),
    "in_pan": ("IN", ["Jaipur ke thok vyapari ki dukaan mein pankha dheere chal raha tha aur bill haath se likha gaya. Pottery wale wholesaler ne bill banane ke liye PAN maanga, to PAN «v» de diya."]),
    "br_cpf": ("BR", ["No cadastro da loja de cerâmica pediram o CPF «v» e a nota saiu no nome da neta."]),
    "mx_curp": ("MX", ["La ficha se llenó en la mesa plegable junto a la alberca olímpica de Xochimilco. La ficha de inscripción al club de canopolo pide la CURP «v»."]),
    "mx_rfc": ("MX", ["Factura impresa en papel térmico, casi borrada por el calor del coche. La factura de la tienda de laca lleva el RFC del cliente «v»."]),
    "gb_nhs": ("GB", ["The physiotherapy appointment letter for the shoulder gives NHS number «v» under the patient's name."]),
    "de_idnr": ("DE", ["Auf dem Lohnzettel der Aushilfe im Keramikhandel steht die steuerliche Identifikationsnummer «v»."]),
    "fr_nir": ("FR", ["Après le test d'effort à l'hôpital de Limoges, le secrétariat a tendu ce papier au patient essoufflé. La feuille de soins du cabinet de cardiologie indique le numéro de sécurité sociale «v»."]),
    "es_dni": ("ES", ["La ficha de socio está guardada en una carpeta azul en la oficina del embarcadero de Sevilla. En la ficha de socio del club de kayak polo figura el DNI «v»."]),
    "es_nie": ("ES", ["Para dar de alta al jugador extranjero en el club de kayak polo pidieron el NIE «v»."]),
    "it_codicefiscale": ("IT", ["La segreteria dello studio dentistico di Padova ha compilato il modulo in fretta. Il modulo dell'ambulatorio di ortodonzia chiede il codice fiscale del ragazzo, «v»."]),
    "ca_sin": ("CA", ["Seasonal staffing paperwork piled up in the lakeside office, soggy from a leaking skylight above the filing cabinet. The payroll sheet for the lake-camp lifeguard lists the SIN as «v»."]),
    "id_nik": ("ID", ["Setelah antre panjang di rumah sakit mata Cicendo, petugas menempelkan stiker di map pasien. Formulir klinik mata mencatat NIK pasien «v»."]),
    "pk_cnic": ("PK", ["Ammi ne Multan ke ustad se baat pakki ki, aur unhone kagaz pe apna pura hisaab likh diya. Toote guldan ki marammat ke contract pe CNIC «v» likha hai."]),
    "tr_tckimlik": ("TR", ["İstanbul'da Koşuyolu'ndaki hastanenin sekreteri formu hızlıca doldurdu. Gastroenteroloji polikliniği randevusu için T.C. kimlik numarası «v» istendi."]),
    "pl_pesel": ("PL", ["Lekarz rodzinny w Gnieźnie wystawił skierowanie po badaniu, na którym serce biło za szybko. Skierowanie do poradni kardiologicznej podaje PESEL «v»."]),
    "za_idnr": ("ZA", ["The kintsugi class enrolment form has SA ID no. «v» written in block capitals."]),
    "kr_rrn": ("KR", ["치과 교정 접수증에 주민등록번호 «v» 가 적혀 있다"]),
    "cn_ric": ("CN", ["皮划艇水球俱乐部的报名表上写着公民身份号码 «v»"]),
    "jp_in": ("JP", ["眼科の問診票には個人番号 «v» と書いてあります"]),
    "au_tfn": ("AU", ["The kiosk sells hot chips and ice blocks, and the new helper was hired just before summer. The boathouse kiosk took on a weekend helper, and the tax file number «v» was pencilled on the form for the treasurer."]),
    "nl_bsn": ("NL", ["Bij de aanmelding voor de fysiotherapeut staat BSN «v»."]),
    "th_pin": ("TH", ["หลังจากซ้อมที่อ่างเก็บน้ำตอนเย็น ผู้จัดการทีมเอาใบสมัครมาให้กรอกบนโต๊ะพับ. ใบสมัครสมาชิกชมรมแคนูโปโลมีเลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Borang itu diisi di tepi tasik Putrajaya selepas latihan petang yang panas. Borang kelab polo kanu meminta No. Kad Pengenalan «v»."]),
    "ar_cuit": ("AR", ["La factura llegó por correo desde el taller de Córdoba con un sello de tinta violeta. La factura del taller de restauración de cerámica lleva el CUIT «v»."]),
    "cl_rut": ("CL", ["La boleta de la tienda de laca en Valdivia tiene el RUT «v»."]),
    "se_personnummer": ("SE", ["Anmälan till kintsugikursen i Umeå kräver personnummer «v»."]),
    "ie_pps": ("IE", ["The boathouse on the Corrib needs extra hands for the summer when tourists hire kayaks. The casual staff form at the boathouse on the Corrib has PPSN «v»."]),
    "pt_nif": ("PT", ["A loja de cerâmica fica numa rua estreita da Baixa de Coimbra, com azulejos partidos na montra. A fatura da loja de cerâmica em Coimbra tem o contribuinte n.º «v»."]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "The volunteer table at the fair was sticky with spilled lemonade and covered in gold dust. The volunteer slip for the mending fair was filled in with a grease pencil: mobile «phone», e-mail «email», and Social Security for the insurer «ssn».", ("phone", "email", "ssn")),
    ("US", "Scanned at the rental desk off the interstate, where the clerk kept asking whether the kayaks would scratch the hitch. The boat-trailer rental agreement for the league, driver «name», lists phone «phone», deposit card «card» and SSN «ssn».", ("phone", "card", "ssn")),
    ("US", "The orthodontist's office in Tacoma has aquarium fish and a clipboard chained to the counter. The orthodontist's new-patient sheet asks for an email, «email», a card kept on file, «card», and a Social Security number, «ssn».", ("email", "card", "ssn")),
    ("GB", "The fair trader form had a coffee ring on its corner and a doodle of a goldfish in the margin. The trader form for the kintsugi fair gives mobile «phone», e-mail «email» and the pitch fee card «card».", ("phone", "email", "card")),
    ("IN", "Ceramics mela ke stall booking form mein mobile «phone», email «email» aur card «card» bhara gaya.", ("phone", "email", "card")),
    ("CA", "The registration desk was set up under a marquee by the lake in Ontario. The lake-camp registration for canoe polo gives phone «phone» and the card for the bus, «card».", ("phone", "card")),
    ("AU", "A stack of these passes sat beside the reception counter at the Perth aquatic centre, next to a jar of lollipops. The come-and-try canoe-polo pass lists mob «phone» and email «email».", ("phone", "email")),
]
