"""Where the dev36 privacy set's numbers and addresses turn up (``privacy_cases_dev36.py``):
what a personal agent's sensors record (Ricoh Theta, Veho Muvi, SJCAM and Polaroid Cube clips, a
Viofo dashcam, Marantz PMD, MixPre, Tentacle Track E, Deity PR-2 and EVISTR recordings, Reduct,
Colibri, TranscribeMe, Simon Says and Cockatoo transcripts, Pimax, HP Reverb, PlayStation VR2 and
Vufine headsets and glasses, an Aosu doorbell, Botslab and Geeni cameras and a Hubitat hub, a Nexfoto
frame and a JBL Link View at home, Grid Diary, Five Minute Journal and Sweatcoin apps, TextNow,
Dingtone, Sideline, Dialpad, Monal, Dino, Movim, Kaidan, Cwtch, Ayoba and Sandes messages, Heyflow,
Feathery and Formaloo submissions, rows copied from Ninox, Memento Database, Adalo, Noloco, Tadabase
and Kintone, Roam, Scrintal, Typora and Nimbus Note pages, a fencing club's club nights, pools,
armoury, competitions and coaching, a model railway society's layout, swapmeets, exhibitions and
club room, a value written before its label, a label a sentence or a line away from its value;
dermatology, chiropractic, blood-donor and sleep-clinic screens), English first, then in the words
of the set's other countries.

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
    "Ricoh Theta sphere of the sports hall after the veterans' épée: a scrawl on the results board says lost Volvo keys, fob with a tiny sabre charm, ring «name» on «v»",
    "Viofo cabin audio, hard shoulder near junction nine: recovery driver introduces himself as «name», «v», he'll drag the layout trailer to his depot in Kendal",
    "Aosu doorbell kept a chimney sweep's business card held up to the lens for eight seconds — «name», «v», 'soot-free or no fee'",
    "Nexfoto frame above Granny's sideboard now scrolls through her piano-tuner reminder she typed herself: «name», «v», A440 every March",
    "JBL Link View relayed overnight voicemail: «name» at the blood-donor centre wants to rebook my platelets appointment, callback «v»",
    "Tentacle Track E strapped to the referees' seminar lectern, coordinator wrapping up: video-review rota queries go to «name», «v», weekdays",
    "Marantz PMD at the swapmeet, a chap by the tea urn: he weathers diesels in rail-blue for a tenner each — «name», «v»",
    "Hubitat push at 3:12: basement leak sensor wet; the plumbing firm stored under Rules → «name», «v»",
    "TextNow from my cousin planning the ceilidh: the caller and fiddler are one bloke, «name», his mobile's «v», book him before May",
    "Glovebox card photographed after the breakdown on the A66:\n«v»\n«name» — mobile mechanic, trailers and caravans too",
    "«v» ☏ «name» — printed on the yellow tag hanging off the club's borrowed pressure washer",
    "Scrintal board 'Vets squad': sports-massage therapist who sorts out everyone's Achilles is «name», «v», Mondays at the leisure centre",
    "Sleep-clinic kiosk handed me a slip: overnight oximetry returns go through technician «name», «v»",
    "Vufine display on my glasses showed the taxi app's driver card: «name», silver Passat, «v»",
    "Grid Diary, Sunday: chatted with the signalman at the heritage line open day, «name», who offered a footplate ride — his number, «v»",
    "Reduct transcript of the PTA Zoom: costumes for the nativity are being sewn by «name», text «v» with sizes by Friday",
    "Botslab camera over the driveway caught a neighbour shouting up that the skip hire bloke is «name», «v», and he'll move it tomorrow",
    "Laminated strip above the club-room kettle: boiler fault? heating engineer «name», «v», not before eight",
    "Sweatcoin walking challenge, leaderboard comment: rambling group lead «name» says if you get lost on Cat Bells, phone «v»",
    "Polaroid Cube shot of the station-master's hut at the preserved railway: volunteer bookings, «name», «v»",
    "Five Minute Journal gratitude line: the stranger who jump-started my car outside Tesco, «name», insisted I save «v» in case it dies again",
    "Colibri captions from the farmers'-market call: honey supplier for the club raffle is «name», «v»",
    "Simon Says subtitles, council surgery video: residents worried about the level crossing should ring their councillor «name» on «v»",
    "Geeni camera clip, garden gate: dog walker leaves a note for us — found your tortoise in my veg patch, «name», «v»",
    "Cockatoo transcript, piano lesson handover: new accompanist for the grade exams is «name», «v»",
    "Nimbus Note 'House stuff' → Window cleaner: «name» · «v» · every third Tuesday",
    "HP Reverb passthrough: the calendar on the fridge lists Thursday's farrier as «name», «v»",
    "Formaloo membership form, emergency-contact section: «name», relationship: sister, «v»",
]

PHONE_LINKS = [
    "Sticker on the back door of the sabre club's minibus: rattling noise? tell the driver https://wa.me/«vW»?text=Bus%20feedback",
    "Tapping the NFC sticker glued under the layout's control fascia produced: BEGIN:VCARD\\nVERSION:3.0\\nFN:«name»\\nORG:Fiddle-yard fault desk\\n"
    "TEL;TYPE=cell:«vE»\\nEND:VCARD",
    "Exhibition microsite's HTML, dumped into Dino by our webmaster for debugging: <a class=\"btn-call\" href=\"tel:«vE»\" aria-label=\"Stewards' desk\">Ring</a>",
    "Swapmeet entry ticket, reverse side, under the table plan: stallholders' group → https://api.whatsapp.com/send?phone=«vW»&text=Table%2014%20seller",
    "Exhibition microsite → Accessibility → blue-badge marshal hotline, copied to clipboard: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Cuttack fencing academy mein naye batch ka admission «name» sir dekh rahe hain, unka number «v», subah saat se pehle mat lagana",
           "Nani ki biopsy report aate hi skin clinic wali didi isi number se phone karengi, save kar lo: «v»",
           "Howrah ke model train mela mein apna pura O-gauge layout tempo mein laa rahe hain «name» uncle, number «v»"],
    "BR": ["Galera da esgrima, o mestre d'armas que dá aula no ginásio da escola estadual às terças é o «name», zap «v»",
           "O senhor de boina que vende vagão Frateschi antigo na feira de domingo em Caxias do Sul chama «name», telefone «v»",
           "Vó pediu pra anotar o número da dermatologista nova, aquela que atende do lado da matriz: «v»"],
    "DE": ["Wenn der Regionalexpress nach Tauberbischofsheim wieder ausfällt, sammelt «name» uns mit dem Vereinsbus ein, Handy «v»",
           "Der Nachbar mit dem Schlüssel zum Modellbahnkeller, falls der Vorstand im Urlaub ist: «v»"],
    "MX": ["La señora que cose los petos y cambia las mallas de las caretas de esgrima en la colonia Mitras es «name», su celular «v»",
           "Si la lluvia tumba la exhibición de trenes a escala en la Macroplaza, «name» avisa desde el «v»"],
    "FR": ["Ton fleuret électrique est ressoudé, file le récupérer chez «name» à la salle d'armes ou sonne au «v» après dix-huit heures",
           "Le retraité qui déverrouille le local du club de modélisme ferroviaire les mercredis s'appelle «name», portable «v»"],
    "ID": ["Buat yang mau ikut latihan anggar tiap Sabtu subuh di GOR kecamatan, langsung kontak kak «name» lewat «v»",
           "Ibu nitip nomor dokter kulit yang buka praktik sore di dekat pasar kembang Wonokromo: «v»"],
    "PH": ["Pre, yung may-ari ng mga lumang HO na tren na ipapahiram sa exhibit sa mall sa Laoag, si «name», i-text mo sa «v» bago mag-Biyernes",
           "Nakadikit sa pinto ng ref gamit ang magnet na hugis tren yung number ng chiropractor ni Tito Romulo: «v»"],
    "JP": ["フェンシングの剣の配線修理はいつも«name»さん、携帯は«v»、夜九時まで", "鉄道模型クラブの運転会、見学の申し込みは土日だけこちら«v»"],
    "ES": ["El que recablea las espadas eléctricas del club antes de cada torneo es «name», llámale al «v» por las mañanas",
           "Si el sábado falla la furgoneta, los módulos de la maqueta los lleva «name» en su Berlingo, móvil «v»"],
    "IT": ["Per le lame nuove di sciabola e le coccie rifatte chiedete a «name», risponde al «v» solo dopo pranzo",
           "Il pensionato che apre la sede del gruppo fermodellistico friulano la domenica mattina: «name», cellulare «v»"],
    "PK": ["Fencing ki class mein daakhla lena hai to coach «name» se baat kar lo, number «v», Asr ke baad hi uthate hain",
           "Abbu ki jild wale doctor ki clinic ne naya number diya hai «v», purana wala ab koi nahi uthata"],
    "TR": ["Eskrim maskesinin teli koptu, Kadıköy'deki «name» ustaya götür, telefonu «v»", "Tren maketi sergisinin salon anahtarı «name» beyde duruyor, cep numarası «v»"],
    "VN": ["Muốn cho con học đấu kiếm ở nhà văn hóa quận thì gọi thầy «name», số «v»", "Mẹ dặn lưu số phòng khám da liễu gần chợ thị xã: «v»"],
    "EG": ["الراجل اللي بيصلح سيوف الشيش والسلك في نادي الجزيرة اسمه «name»، كلمه على «v»", "رقم عيادة دكتورة الجلدية اللي تيتا بتتابع معاها كل شهر: «v»"],
    "BD": ["ফেন্সিং ক্লাবে ভর্তির ব্যাপারে «name» আপাকে মাগরিবের পর ফোন করো, নম্বর «v»", "দাদুর চর্মরোগ ডাক্তারের চেম্বারের নতুন নম্বর, পুরনোটা বন্ধ: «v»"],
    "KR": ["펜싱 칼 전선 수리는 «name» 코치님께 맡기면 돼, 번호 «v», 저녁에만 받으셔", "철도 모형 동호회 전시회 관람 문의는 «v» 로 주말 오후에만 받는대요"],
    "CO": ["El que arregla las caretas y los pantalones de esgrima en Manizales es «name», escríbele al «v»",
           "Para llevar la maqueta de trenes a la feria de Medellín, confirma el transporte con «name» al «v»"],
    "AR": ["El que presta la maqueta de trenes del club ferromodelista es «name», mandale un audio al «v»", "Teléfono de la dermatóloga de la abuela, la que atiende sobre Belgrano: «v»"],
    "PL": ["Klingi do szpady przewija «name», dzwoń pod «v» po siedemnastej, w soboty nie odbiera", "Pan, który otwiera klubową makietę kolejową w piwnicy domu kultury, to «name», komórka «v»"],
    "TH": ["ถ้าดาบฟันดาบเสียติดต่อโค้ช«name» เบอร์ «v» โทรได้หลังหกโมงเย็น", "เบอร์คลินิกผิวหนังของคุณตาที่อยู่ใกล้ตลาด «v»"],
    "RU": ["Клинки для шпаги перетягивает «name», звони на «v» после семи вечера", "Телефон сторожа клуба железнодорожных моделистов, если подвал закрыт: «v»"],
    "NL": ["Wie een schermmasker of een elektrische floret wil lenen, bel «name» op «v», zij beheert de materiaalkast"],
    "MY": ["Nak belajar lawan pedang di dewan orang ramai, hubungi jurulatih «name» di «v» selepas Asar"],
    "SA": ["تمرين المبارزة للمبتدئات في صالة النادي تنظمه الكابتن «name»، للتواصل «v»"], "AE": ["جاري في الشقة اللي فوق «name» عنده مفتاح الباركنج الاحتياطي، إذا احتجت شي اتصل على «v»"],
    "CN": ["修击剑面罩和电线的师傅是«name»，电话«v»，周末不在"],
    "SE": ["Nycklarna till modelljärnvägsklubbens källarlokal har «name» just nu, ring «v» om dörren är låst"],
    "CL": ["Para ver la maqueta ferroviaria del club en la estación de Talca, coordina con «name» al «v»"],
    "PE": ["La profesora de esgrima del colegio, «name», contesta al «v» después de las tres de la tarde"],
    "MA": ["Pour le club d'escrime du quartier Maarif, c'est «name» qui prend les inscriptions, son numéro : «v»"],
}

SIGNATURES = [
    ("US", "«name» | armourer, Hollowford Fencing Academy | «v» | «e»"),
    ("US", "Full steam ahead — «name», layout manager, Cascade Valley Railroaders — «v» — «e»"),
    ("GB", "Cheers, «name» (fixtures secretary, Tyneside Salle d'Armes) · «v» · «e»"),
    ("IN", "With best wishes, «name» · head coach · Cuttack Fencing Centre · «v» · «e»"),
    ("DE", "Mit sportlichem Gruß, «name», Abteilungsleiterin Fechten, TV Husum · «v» · «e»"),
    ("BR", "Abraços e bons trilhos, «name» — Associação Ferromodelista do Vale do Caí — «v» — «e»"),
    ("FR", "Bien à vous, «name», maître d'armes du cercle d'escrime d'Annecy, «v», «e»"),
    ("AU", "«name» · competition secretary · Gippsland Swordsmen · «v» · «e»"),
    ("MX", "Atentamente, «name», tesorería del Club de Modelismo Ferroviario del Noreste, móvil «v», «e»"),
    ("NG", "Yours in sport, «name» · secretary, Delta Sabre Club, Warri · «v» · «e»"),
    ("CA", "«name» / exhibition coordinator / Avalon Model Railway Society / «v» / «e»"),
    ("PH", "Ingat palagi, «name» — Ilocos Fencing Circle (tournament desk) — «v» — «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "MixPre memo from the car park: since the summer handover, poule sheets and DE brackets get mailed to «e» instead",
    "Monal sticky at the top of the loco-swap room: loan agreements count only once «e» countersigns them",
    "Thursday's card on the JBL display: club-room hire requests now route through «e»",
    "The quarterly gazette's headers put «e» in Reply-To, so nobody accidentally answers all four hundred members",
    "Heyflow spotted the same open-day registration twice, each submitted under «e»",
    "Polaroid Cube snap of the have-a-go clipboard, row four: «name» «e» (+1 cadet)",
    "Whoever bought my old electric foil wants scans of the body-wire receipts emailed over to «e»",
    "Feathery's closing page swears «e» receives nothing beyond the exhibition prize results",
    "Pimax overlay hovering above the sleep-clinic counter: CPAP follow-up letters for «name» are emailed to «e»",
    "Ninox duplicate check flagged two locomotive owners sharing «e», probably father and son",
    "Kaidan shows «name» (invite sent to «e») still hasn't joined the rolling-stock swaps channel",
    "Dry-wipe marker across the club-room whiteboard: left-handed glove found beneath piste three, claim it via «e»",
]

EMAIL_LOCAL = {
    "DE": "Meldungen zum Degen-Ranglistenturnier in Heidenheim nimmt dieses Jahr ausschließlich «e» entgegen, das Vereinsportal ist abgeschaltet",
    "FR": "Covoiturage pour le salon du train miniature de Mulhouse : écrivez à «e», je répartis les places dans les voitures",
    "ES": "Las fotos del torneo de espada de Zaragoza mandadlas a «e», el grupo del club ya revienta de vídeos",
    "BR": "Atestado médico pro estadual de esgrima: escaneia e manda pro «e» até quinta, sem ele a federação risca o nome",
    "MX": "Preguntas sobre la exhibición de trenes a escala del domingo en el Parque Fundidora a «e», responden por la noche",
    "IT": "Chi ha fotografato il plastico del gruppo durante la fiera di Verona mandi i file a «e», prepariamo il calendario",
    "JP": "運転会の感想や写真はこちらへ «e» 、会報の次号に載せます", "KR": "펜싱 체험 수업 신청은 «e» 로 이름과 나이, 연락 가능한 시간을 보내 주세요",
    "NL": "Spoorclub Amersfoort zoekt nog drie vrijwilligers voor de kassa tijdens de open dag, reageren graag vóór zondag naar «e»",
    "PL": "Szermierze, listę na turniej szpadowy w Gdyni zamykamy w czwartek wieczorem, nazwiska i rocznik proszę słać na «e»",
    "TR": "Eskrim başlangıç kursuna yazılmak isteyen veliler «e» adresine çocuğun adını ve doğum yılını göndersin",
    "RU": "Кто едет на выставку железнодорожных моделей в Тверь — напишите на «e», закажем микроавтобус с прицепом",
    "ID": "Atlet anggar yang lolos seleksi kabupaten wajib kirim scan kartu keluarga dan pas foto ke «e» paling lambat Jumat",
    "CN": "击剑比赛的照片和视频直接发我邮箱就行：«e»，我来整理成相册发群里",
    "AR": "Los que quieran exponer vagones en la muestra del galpón ferroviario de Rosario, manden lista y fotos a «e» antes del jueves",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Blade order confirmed at last: two maraging épée blades, a spare guard and a lamé bib, all charged to «v»",
    "Veho Muvi clipped to my kit bag filmed the model-shop till while I paid, card face up beside the Peco points: «v»",
    "Dingtone voicemail from «name», auto-transcribed: reserve the exhibition coach seats on my card, «v», rest sorted later",
    "SJCAM on the handlebars caught me reading «v» aloud at the bike-hire kiosk because the chip reader had given up",
    "Roam daily page, block 'Club admin': four cadets' competition entries put on «v»",
    "Adalo export, single record:\nscoring-box spares ×2 | settled via «v» | collect after Easter",
    "Expenses claim attachment: new point-pressure weights for the armoury, bought personally using «v», please reimburse",
    "Browser autofill dropped «v» into the railway shop's checkout unasked and I almost ordered four brake vans",
    "Typora scratch file left open on the shared laptop: renew the domain for the exhibition site with «v» before the 14th",
    "Stallholder at the toy fair still runs a zip-zap imprinter; the carbon slip he handed over shows «v» complete",
]

CARD_LOCAL = {
    "IN": "Puri ke liye IRCTC tatkal ticket mere Mastercard «v» se book kar lena, CVV alag SMS mein bhejta hoon",
    "BR": "Pai, compra o vagão-tanque da Frateschi no site antes que esgote, usa o cartão que deixei anotado: «v»",
    "DE": "Die Eintrittskarten für die Modellbahnausstellung in Sinsheim buchst du bitte über meine Kreditkarte «v»",
    "MX": "El instructor dice que la careta homologada llega el martes; cárgala a la tarjeta de tu papá, que me dictó «v»",
    "FR": "Réserve les places du train à vapeur des Cévennes pour la sortie du club avec ma carte, je te la dicte : «v»",
    "JP": "鉄道模型店のネット注文、支払いは私のカードでお願い、番号は «v»", "CN": "击剑服和面罩的尾款用我的卡付吧，卡号«v»",
    "RU": "Брат в Sandes: за новую шпагу заплатил своей картой «v», вернёшь с получки",
    "ES": "Pásale al de la tienda de esgrima de Zaragoza mi tarjeta para la careta nueva del crío: «v»",
    "TR": "Eskrim kıyafetiyle maskenin parası benim kartımdan çekilsin, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Reduct highlights, fourth bullet: joiner's final invoice for the new baseboards gets paid into «v» ahead of the show",
    "Banking app flagged the payee name mismatch — «name» versus «v» — so the piste refurbishment payment is paused",
    "HP Reverb headset read the membership reminder aloud: renewals go to «v», licence number as payment reference",
    "Stencilled across the lid of the bucket by the exhibition turnstile: «v»",
    "Tadabase table 'Shared costs', pasted:\npayer | payee | iban\nfive of us | «name» | «v»",
    "Scam SMS dressed up as the ferry operator: 'booking suspended, settle the balance to «v» within 24h' — deleted",
    "«name» on Movim, passing the hat for the retiring head coach: anything at all to «v»",
    "Festival programme back page, under the brass-band sponsors: donations towards restoring the water tower, «v»",
]

IBAN_LOCAL = {
    "DE": ["Heidenheimer Stadthalle, Degen-Ranglistenturnier: Startgeld pro Fechter zwölf Euro, Überweisung bis Freitag an «v»",
           "Die Fechtabteilung schafft zwei Aluminium-Fechtbahnen mit Meldeanlage an, Eigenanteil je Mitglied bitte an «v»",
           "Bei der Weihnachtsfeier der Modellbahner sammeln wir für den Kinderhospizverein, Spenden gern direkt auf «v»"],
    "FR": ["Nouveaux masques homologués FIE pour les cadets : la participation de chaque famille est à virer sur «v»",
           "Le gîte rural à côté du salon du train miniature de Mulhouse réclame les arrhes sur «v» avant lundi midi"],
    "ES": ["Cursillo de iniciación a la esgrima en el polideportivo de Lugo: treinta euros por alumno, ingreso en «v»",
           "Alquiler del pabellón para el open de espada: el ayuntamiento de Calatayud da como cuenta de ingreso la «v»"],
    "IT": ["La quota d'iscrizione alla prova regionale di spada a Udine va accreditata alla società schermistica, coordinate «v»",
           "Gita sociale a Pietrarsa col treno storico: pagamento anticipato sul conto del gruppo fermodellistico «v»"],
    "NL": ["Zwolse schermvereniging: contributie voor het voorjaar vóór de eerste les overmaken naar «v»"],
    "BE": ["Schermkring Leuven: wie een eigen floret via de club bestelt, stort honderdtwintig euro voorschot op «v»"],
    "AT": ["Fechtwoche im Salzkammergut, Quartier und Leihausrüstung inklusive: Anzahlung hundert Euro auf «v»"],
    "PT": ["Caução do material de esgrima emprestado pela associação de Braga, depositar em «v»"],
    "PL": ["Lubelski klub szermierczy: wpisowe na turniej szablowy kadetów przelewamy na rachunek «v»"],
    "TR": ["Eskrimhane kirasındaki payımızı bu ay Sevim hocanın açtığı kulüp hesabına gönderiyoruz, IBAN «v»"],
    "FI": ["Miekkailuseuran kevätleirin osallistumismaksu menee seuran tilille «v»"],
    "CH": ["Brienzer Rothorn-Dampfbahn mit der Modellbahngruppe: Fahrkarten und Fondue vorab bezahlen auf «v»"],
    "NO": ["Fekteturen til Bergen: vi deler på bensin og ferje, overfør din del til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Parks and rec onboarding packet for fencing instructors, direct-deposit panel: ABA «a», checking «b»",
           "«name» on Cwtch past one a.m.: trailer hitch snapped leaving the train show and my card's locked, wire fuel money to routing «a» acct «b»",
           "Noloco claim form for referee mileage, panel 2 of 3:\nBank routing no. «a»\nAcct no. «b»\nAwaiting treasurer",
           "Hobby shop's email: refund for the mismatched sound decoder will post to routing «a», account «b» within five business days",
           "The self-storage unit holding the society's modules now auto-debits «a» / «b» on the first of every month",
           "PlayStation VR2 subtitles caught Grandma reading her checkbook to the chiropractor's biller: routing «a», next account «b»",
           "Tax-refund worksheet Mom left on the printer, direct deposit lines 35b and 35d: «a», «b»"],
    "gb": ["«name» on Sideline: I fronted the hire van for the Nationals, settle up via «a» / «b» whenever suits",
           "Plasterer's estimate arrived with his bank details scrawled underneath: «a» / «b», payable on completion",
           "Standing order form for the model railway club's new bank, filled in by Dad in fountain pen: «a», «b»",
           "Nimbus Note notebook, Treasurer > Banking: «a» followed by «b»"],
    "in": ["Ayoba pe «name» ka message: Puri wali train trip ke hotel ka advance bhejna hai, khata «a», IFSC «b», receipt group mein daal dena",
           "Howrah model railway mela mein stall booking NEFT se hogi: A/c no. «a», IFSC «b», payment ka screenshot organiser ko",
           "Chacha ji ne naye kirayedar ko rent ke liye likh ke diya: bachat khata «a», branch IFSC «b»",
           "School fencing team ke jersey order ka paisa PT sir ke account «a» (IFSC «b») mein daalna hai, kal tak"],
    "au": ["Petrol kitty for the Sydney épée open, «name» drove: pay BSB «a», account «b», nobody carries cash in the car",
           "Mopsy had three teeth out; the vet's billing email wants a bank transfer to BSB «a» and account «b», quoting her patient ID rather than the invoice"],
    "ca": ["Dialpad from «name»: my e-transfer limit's maxed after the regatta entry, so your share of the cabin groceries goes to transit «a», account «b»",
           "Badminton-club league cheque bounced; the treasurer now wants transit «a» and account «b» for a pre-authorized debit"],
    "br": ["Caução do salão paroquial pra exposição de ferromodelismo: Banrisul, agência «a», conta «b», o padre quer o comprovante impresso",
           "O encanador que trocou o aquecedor da sede do clube passou os dados: agência «a», conta «b», PIX ele não usa"],
    "mx": ["Cuota del taller de pintura y envejecido de vagones en la biblioteca municipal, depósito a la CLABE «a», concepto TALLER-VAGONES",
           "Colegiatura del taller de esgrima de verano, depósito a la CLABE «a» y mandar el comprobante a la coordinadora",
           "Cooperación para el viaje del equipo al nacional infantil de esgrima en Guadalajara: CLABE «a», a nombre del papá de Nohemí"],
    "ng": ["Chairman of the Lagos rail-enthusiasts forum, «name», say make every exhibitor drop table fee for «bank» «a» before Saturday",
           "Tailor wey dey sew our fencing breeches don send account: «bank» «a», e say make we pay half before he cut cloth",
           "Estate landlords' association: pay service charge into «bank» «a», put your flat number as narration"],
    "za": ["Ayoba from «name»: the braai at the model-railway open day was on me, so square up to branch «a», account «b», reference BRAAI",
           "Body corporate levy notice, bottom of page two: branch code «a», account «b», unit number as reference"],
    "ar": ["El cerrajero que cambió la cerradura del galpón del club me pasó sus datos por WhatsApp: titular «name», CBU «a»",
           "La kinesióloga del club de esgrima cobra las sesiones por transferencia, su CBU «a», y manda factura por mail"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Deity PR-2 clipped to my collar kept rolling at the Social Security field office: 'and that's «v», correct?' 'yep'",
                      "Blood-donor kiosk at the mall asked for a Social to merge my old donor record, typed it on the touchscreen: «v»",
                      "Grandma's Medicaid renewal packet, page three, the box labelled Social Security Number in Mom's neat capitals: «v»",
                      "Rec department hiring portal for the fencing coach vacancy wouldn't save my draft without a Social: «v»",
                      "Old shoebox of Uncle Vernon's pay stubs from the rail yard, every one printing his Social, «v», headed for the shredder",
                      "Feathery application for the heritage-railroad volunteer crew demanded an SSN before the first question: «v»",
                      "Memento Database library 'Kids', SSN field under our middle child: «v»",
                      "TranscribeMe output: Dad explaining to the college financial-aid office that his Social is «v», then spelling his surname twice",
                      "Chiropractic intake tablet, insurance page, subscriber SSN for my husband: «v»"]),
    "in_aadhaar": ("IN", ["Bijli board ka naya prepaid meter lagwane ke liye lineman ne Aadhaar ki photocopy li, number ye tha: «v»",
                          "Blood bank camp ke donor form mein Aadhaar bhi maanga, likh diya: «v»",
                          "EVISTR recorder, skin clinic reception pe: madam, Aadhaar number boliye ek ek karke — «v»",
                          "Railway concession card banwane station gaye, counter wale ne Aadhaar dekh ke register mein utaara: «v»"]),
    "in_pan": ("IN", ["Fixed deposit todwane bank gaye to Nanaji ne PAN card aage kiya, officer ne system mein daala: «v»",
                      "Fencing academy ke coach ka TDS form bharna tha, unka PAN WhatsApp pe aaya: «v»",
                      "Car insurance renewal ke waqt agent ne PAN number bhi maang liya, maine de diya: «v»"]),
    "br_cpf": ("BR", ["Cadastro no hemocentro de Caxias pra doar sangue: a moça digitou meu CPF e conferiu com a identidade: «v»",
                      "Cadastro no app do metrô pra carteirinha estudantil da minha sobrinha pediu o CPF do responsável: «v»",
                      "Garantia estendida da central DCC: o formulário da importadora travou até eu digitar o CPF, «v»",
                      "Tia Ivone ligou pro plano de saúde pra marcar a dermatologista e leu o CPF dela devagarinho: «v»"]),
    "mx_curp": ("MX", ["Vacuna de refuerzo en el centro de salud: la enfermera capturó la CURP de mi papá desde su acta de nacimiento, «v»",
                       "Inscripción de mi hijo al taller de esgrima del DIF municipal: la hoja pide la CURP del menor, «v»"]),
    "mx_rfc": ("MX", ["El taller que nos rotula la camioneta del club quiere facturar a mi nombre, le pasé el RFC con homoclave: «v»"]),
    "gb_nhs": ("GB", ["Blood-donor session app, 'link your health record', NHS number entered from the letter: «v»",
                      "Dermatology discharge letter from the Freeman, NHS number printed top right: «v»"]),
    "de_idnr": ("DE", ["Für Opas Grundsteuererklärung habe ich seine Steuer-ID aus dem letzten Brief vom Finanzamt abgetippt: «v»",
                       "Minijob als Kampfrichterin beim Landesturnier: das Lohnbüro will meine Steuer-Identifikationsnummer, abgeschrieben vom Bescheid, «v»"]),
    "fr_nir": ("FR", ["Don du sang à l'Établissement français du sang : l'infirmière a saisi mon numéro de sécurité sociale, «v»",
                      "Licence fédérale d'escrime, volet assurance : le formulaire réclame mon numéro de sécurité sociale, recopié depuis l'attestation, «v»"]),
    "es_dni": ("ES", ["Donación de sangre en la unidad móvil de la plaza: la enfermera me pidió el DNI y lo tecleó, «v»",
                      "Formulario de licencia de la federación aragonesa de esgrima, casilla del DNI: «v»"]),
    "es_nie": ("ES", ["Contrato del local donde guardamos la maqueta modular: el casero rumano firmó con su NIE, «v», y el club con su CIF"]),
    "it_codicefiscale": ("IT", ["Tessera Federscherma del piccolo, rinnovo online, campo codice fiscale: «v»",
                                "Modulo del centro estivo di scherma comunale: vogliono il codice fiscale di un genitore, ho messo il mio, «v»"]),
    "ca_sin": ("CA", ["Employment insurance claim for the layoff at the rail shop, the online form wants my SIN first: «v»",
                      "Heritage railway ticket office volunteers get a small honorarium, so the treasurer needs each SIN for the T4A: «v»"]),
    "id_nik": ("ID", ["Kartu BPJS ibu hilang, petugas loket minta NIK beliau dan saya bacakan dari kartu keluarga: «v»",
                      "Donor darah di PMI kota, petugas mengetik NIK dari e-KTP saya ke tablet: «v»"]),
    "pk_cnic": ("PK", ["Naye mobile connection ki biometric tasdeeq ke waqt franchise wale ne CNIC number pucha: «v»"]),
    "tr_tckimlik": ("TR", ["Kızılay'ın AVM önündeki kan bağışı otobüsünde doldurduğum formda hem kan grubum hem kimlik numaram var: «v»"]),
    "pl_pesel": ("PL", ["Oddawałam krew w centrum krwiodawstwa w Gdańsku, w rejestracji podałam PESEL: «v»"]),
    "za_idnr": ("ZA", ["SANBS blood-donor card renewal, ID number typed in by the nurse at the mall clinic: «v»"]),
    "kr_rrn": ("KR", ["헌혈의 집에서 문진표 쓸 때 주민등록번호 적는 칸에 «v»"]),
    "cn_ric": ("CN", ["帮外公在手机上做医保年度认证，填进去的身份证号是«v»"]),
    "jp_in": ("JP", ["母の介護保険の更新手続きで役所の用紙に書いたマイナンバー «v»"]),
    "au_tfn": ("AU", ["Picking up weekend shifts at the Puffing Billy café; their onboarding app wants my TFN: «v»"]),
    "nl_bsn": ("NL", ["Sanquin-donorformulier ingevuld in de wachtkamer, BSN op regel twee: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของคุณตาที่ต้องกรอกตอนนัดคลินิกผิวหนัง «v»"]),
    "my_nric": ("MY", ["Cikgu jurulatih pasukan lawan pedang sekolah perlukan MyKad waris untuk insurans pertandingan di Ipoh, saya isi «v»"]),
    "ar_cuit": ("AR", ["Para cobrar las clases de esgrima como monotributista le mandé al club mi CUIT por mail: «v»"]),
    "cl_rut": ("CL", ["Postulación al fondo deportivo municipal para comprar caretas nuevas, el formulario pide el RUT del representante: «v»"]),
    "se_personnummer": ("SE", ["Morfar ska till hudkliniken i Umeå; på remissblanketten fyllde jag i hans personnummer «v»"]),
    "ie_pps": ("IE", ["Dad's fuel allowance application, the PPS box in my handwriting: «v»"]),
    "pt_nif": ("PT", ["Inscrição na sala de armas de Braga: a secretaria quer o NIF para passar a fatura em nome do pai, «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Railroad-museum permission slip, every box completed: emergencies → «name» at «phone»; scan goes to «email»; trip insurer also wants the pupil's "
           "SSN, «ssn»", ("phone", "email", "ssn")),
    ("US", "Model railroaders' renewal form, filled in at the swapmeet table: phone «phone», gazette by email to «email», dues charged to «card»",
     ("phone", "email", "card")),
    ("US", "Second dispute over the overnight sleep-study invoice: Social Security no. «ssn», best reached on «phone» around noon", ("ssn", "phone")),
    ("US", "Fencing league double-billed us: their receipt lists «email», yet the statement shows «card» debited twice", ("email", "card")),
    ("US", "Pool-draw swaps after Thursday go through «name» — «email» or «phone»", ("email", "phone")),
    ("US", "Colibri capture of my IRS call: SSN «ssn», callback «phone», otherwise secure messages to «email»", ("ssn", "phone", "email")),
    ("US", "Beginner épée course booked for «name»: fee on «card», schedule reminders texted to «phone»", ("phone", "card")),
    ("US", "Kintone app 'Junior bursaries': confirm via «email» after income verification; the parent's SSN «ssn» comes first", ("email", "ssn")),
    ("US", "Locksmith rekeyed the salle's armoury cage: charged «card», warranty paperwork goes out to «email»", ("card", "email")),
    ("GB", "Regional championships weekend: «name» reserved the family room with «card», the hotel emails «email» and texts «phone» on arrival day",
     ("phone", "email", "card")),
    ("IN", "Durga puja pandal ke liye generator kiraye pe liya: vendor «phone» pe baat hui, quotation «email» pe aaya, token amount «card» se diya", ("phone", "email", "card")),
    ("CA", "Carpool to the provincial fencing qualifier in Gander — driver «name», cell «phone», email «email»", ("phone", "email")),
]
