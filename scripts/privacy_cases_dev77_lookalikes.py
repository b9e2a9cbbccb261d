"""Look-alikes of the dev77 privacy set (``privacy_cases_dev77.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short
codes, public keys, placeholders, postal codes and quantities), written as messages from the people of
this set's situations (a road bowling club, a finger-pulling society, a hood game, an oil wrestling
festival, a human tower team, a bed race); every template has a drawn field, and each is drawn twice by
dev19's look-alike maker.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template) pairs
    "time": [
        ("US", "Boston road bowlers: the bullets go off at «hour»:«two» sharp from the cemetery gate, "
               "bring a hi-vis vest"),
        ("IE", "Keady score moved: first throw now at «int:1-5»:«two» in the afternoon, after the last Mass lets out"),
        ("GB", "Haxey: the Fool is smoked in front of the church at «int:1-3»:«two», the sway starts when the hood goes up"),
        ("JP", "岸和田のやりまわし見物、曳き出しは朝«int:5-7»時«two»分、だんじり小屋の前で待ち合わせ、雨天でも決行、弁当持参"),
        ("NZ", "Marae reunion: the hāngī comes out of the ground at about «hour»:«two», so nobody leave early"),
        ("IN", "Kolhapur dangal ke pehle round ki kushti «int:3-6»:«two» baje shuru hogi, ground ke gate par milna"),
    ],
    "date": [
        ("US", "Sorghum mill days this year: «mon» «day», «year», rain or shine, the mule turns the press at opening"),
        ("DE", "Das Alpenländische Fingerhakeln findet am «dd».«mm».«year» im Gasthof statt, Einlass ab Mittag"),
        ("GB", "Bed race day confirmed for «dd»/«mm»/«year»; the Nidd crossing closes the course at four"),
        ("JP", "諏訪大社の御柱祭、木落し坂での見物は«year»年«int:4-5»月«day»日の午前中がおすすめです"),
        ("CA", "Celtic Colours fiddle workshop at the hall on «mon» «day», «year», bring your own rosin"),
        ("FR", "Les fêtes de Bayonne commencent le «dd»/«mm»/«year», la peña ouvre son local la veille"),
    ],
    "duration": [
        ("US", "Last year the mule turned the sorghum press for «int:3-9» hours straight before anyone swapped him out"),
        ("GB", "The sway took «int:2-5» hours and «two» minutes to get the hood from the field to the Duke William"),
        ("NO", "Kyrkbåtroingen over fjorden tok «int:40-90» minutter i motvind, mannskapet var helt utslitt"),
        ("IN", "Ganpati mandal ki visarjan yatra «int:8-20» ghante chali, dhol walon ne ek bhi break nahi liya"),
        ("AU", "Shearing shed tally: the fastest blade took «int:3-9» minutes a sheep, the old record still stands"),
        ("FI", "Saunamaraton kesti «int:2-6» tuntia, ja löylyt heitettiin joka kymmenes minuutti"),
    ],
    "version": [
        ("US", "The odds sheet app for the Boston bowlers updated to «int:2-5».«int:0-12».«int:0-9», the old loft chart is gone"),
        ("DE", "Die Vereinssoftware für die Hakler-Ranglisten läuft jetzt auf Version «int:3-9».«int:0-9».«int:0-20»"),
        ("JP", "町内会の防災アプリが «int:1-6».«int:0-9».«int:0-9» になってから、回覧板の通知が二回届く"),
        ("GB", "Hood map firmware «int:1-4».«int:0-9».«int:0-30» fixes the GPS drift when the sway goes behind the Loco"),
        ("CA", "Fiddle tuner app «int:4-8».«int:0-12» dropped support for the old cable, says the camp's tech volunteer"),
        ("BR", "Atualização «int:2-7».«int:0-9».«int:0-9» do app do Caprichoso trouxe as toadas novas, mas apagou "
               "os ingressos salvos de quem tinha iPhone"),
    ],
    "coordinates": [
        ("GB", "Meet the bed crews at «lat:53.9..54.1», «lon:-1.48..-1.45» on the Nidd bank, opposite the castle steps"),
        ("NO", "Startpunktet for kyrkbåtene er «lat:60.3..60.5» N, «lon:5.2..5.4» Ø ved brygga"),
        ("CA", "The fiddlers' picnic spot is at «lat:45.9..46.2», «lon:-61.6..-61.2», past the church"),
        ("US", "The Ozarks mill sits at «lat:36.0..36.8», «lon:-93.5..-92.2», the gravel road is the last mile"),
        ("JP", "御柱の木落し坂は «lat:36.0..36.1»,«lon:138.0..138.2»"),
        ("AU", "Woolshed turn-off for the shearing contractors, drop the pin at «lat:-36.9..-36.3», "
               "«lon:143.9..144.5», then two cattle grids"),
    ],
    "amount": [
        ("US", "The sorghum syrup jars sold out at $«int:8-18» each, the mill made $«num:1000-9000» over the weekend"),
        ("GB", "Bed race raised £«num:2000-15000» for the hospice, the marshals' bucket alone had £«int:100-900»"),
        ("JP", "御柱祭の寄付金 «num:20000-90000»円"),
        ("IN", "Dangal ke inaam ki rakam ₹«num:5000-75000» rakhi gayi hai, trust ne aadha diya"),
        ("CA", "The fiddle camp's bake sale made $«int:200-1500», enough for the new hall chairs"),
        ("NO", "Korpset fikk inn «num:10000-60000» kroner på loppemarkedet før 17. mai"),
    ],
    "isbn": [
        ("US", "Mill gift shop reprint of the 1930s sorghum cookbook, scanned at the till as «isbn13»"),
        ("GB", "Axholme history society's new paperback on the hood game, the library catalogue gives «isbn13»"),
        ("DE", "Das Buch über die Geschichte des Fingerhakelns im Werdenfelser Land hat die ISBN «isbn13»"),
        ("IN", "Vastad ji ne pehelwanon ko jo Marathi pustak padhne ko kaha, uska number «isbn13»"),
        ("JP", "だんじり祭の写真集、図書館の蔵書検索で出た番号は «isbn13»"),
        ("CA", "The Cape Breton fiddle tune book the instructor recommended, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "The mill's order of new mule harness shipped, order #«n:8», the saddler says two weeks"),
        ("JP", "法被の注文番号 «n:9»"),
        ("GB", "Bed race wheels from the cycle shop: order «an:3»-«n:6», collection after the Saturday market"),
        ("DE", "Die Bestellung der neuen Lederriemen für die Hakler hat die "
               "Nummer «n:7»"),
        ("IN", "Akhada ke naye mats ka order number «an:2»«n:8», delivery Monday tak"),
        ("BR", "O pedido das penas para as fantasias é o nº «n:7», chega na semana do ensaio geral"),
    ],
    "flight": [
        ("CA", "Our Gaelic singing tutor from Skye connects in Toronto and comes into Sydney, Nova Scotia on "
               "AC«int:600-699», due «hh:9-22»:«two»"),
        ("JP", "祭りの帰りはNH«int:10-99»便"),
        ("NO", "Korpset reiser til Bergen med SK«int:200-399»; bussen fra øvingslokalet går to timer før avgang "
               "«hh:6-20»:«two»"),
        ("US", "Our cousins come in for the Keady score on EI«int:100-199» from Boston, landing Dublin Saturday morning"),
        ("GB", "The Boston bowlers fly back on BA«int:200-299» after the Haxey Hood"),
        ("DE", "Die Südtiroler Hakler kommen mit LH«int:1800-1999», Ankunft «hh:8-21»:«two» in München"),
    ],
    "invoice": [
        ("US", "The cooper's bill for the new syrup barrels, INV-«n:6», is in the mill's mailbox; the board signs "
               "cheques on Tuesdays"),
        ("GB", "Float hire invoice BR-«year»-«n:4» for the bed race, payable to the committee"),
        ("DE", "Rechnung «year»/«n:5» vom Wirt für die Saalmiete beim Fingerhakeln"),
        ("JP", "だんじりの提灯修理の請求書 第«n:8»号、町会の会計さんに回してください"),
        ("IN", "Tent wale ka bill number TW/«year»/«n:4» aaya hai, trust office mein jama karo"),
        ("FR", "Le loueur de vaches landaises a envoyé sa facture «year»-«n:5» ; la peña paiera après la dernière "
               "course aux arènes"),
    ],
    "build": [
        ("US", "Boston bowlers: update the odds sheet on the club's old Android tablet to build «n:4» before "
               "anyone enters Sunday's wagers"),
        ("GB", "The hood map's nightly build «n:3»«an:4» broke the pub layer, roll back before Twelfth Night"),
        ("DE", "Ranglisten-Build «n:5» ist fertig"),
        ("CA", "Fiddle camp registration site, build «int:100-999», went live this morning, the Gaelic page still missing"),
        ("JP", "アプリのビルド «n:4»"),
        ("SG", "Dragon boat timing app build «n:4»-«hex:7» is the one the race officials should install before Sunday"),
    ],
    "room": [
        ("US", "Volunteer briefing for mill days is in the county extension office, suite «int:100-399», bring "
               "your own mug and your shift card"),
        ("GB", "Crews and pushers: the bed race safety talk is upstairs at the Institute, room «int:1-30», ten "
               "minutes before the river walk"),
        ("DE", "Die Kampfrichter treffen sich in Zimmer «int:1-40» vom Gasthof"),
        ("JP", "青年団の寄り合いは公民館の«int:1-9»階«int:1-9»号室、終わったら太鼓の練習、差し入れ歓迎、駐車場なし"),
        ("FR", "Les bénévoles de la peña se retrouvent salle «int:1-20» à la maison des associations pour plier "
               "les foulards rouges"),
        ("CA", "Fiddle workshop moved to classroom «int:100-250» because the hall roof is leaking"),
    ],
    "hash": [
        ("US", "Odds sheet release commit «hex:40» tagged for the Boston bowlers"),
        ("GB", "Hood map: the pub-layer regression was fixed in commit «hex:12», please pull before the sway"),
        ("DE", "Die Ranglisten-Datei hat die Prüfsumme «hex:64»"),
        ("JP", "だんじり運行表アプリの修正は «hex:7» で入りました、本番前に更新を"),
        ("CA", "Fiddle tune archive zip for the camp, its sha1 as posted on the noticeboard: «hex:40»"),
        ("IN", "Dangal results sheet ka git commit «hex:10» hai, usi ko print karo"),
    ],
    "uuid": [
        ("US", "The mill's volunteer shift export file is named «uuid».csv"),
        ("GB", "Bed entry record «uuid»"),
        ("DE", "Die Online-Startliste fürs Fingerhakeln legt jeden Hakler mit einer eigenen Nummer an, meine "
               "lautet «uuid»"),
        ("JP", "だんじり曳き手登録の受付番号は «uuid»、当日は受付でスマホを見せてください"),
        ("AU", "Shearing tally session id «uuid» for the contractor app"),
        ("BR", "Identificador do ensaio no aplicativo: «uuid», não apaga"),
    ],
    "tracking": [
        ("US", "Harness from the saddler: UPS «ups»"),
        ("GB", "Engraved cups for the bed race winners left Leeds this morning by Royal Mail, «up:2»«n:9»GB; "
               "somebody must sign at the committee's door"),
        ("DE", "Sendungsnummer der neuen Lederriemen: «n:12»"),
        ("CA", "The camp's fiddle string parcel from the Halifax music shop: Canada Post «n:16», it sits at the "
               "Mabou post office till Friday"),
        ("IN", "Akhade ke naye gadde DTDC se aa rahe hain, docket «n:10», Kolhapur depot se call aayega"),
        ("AU", "AusPost tracking for the shearing combs: «up:2»«n:9»AU, held at the post office in town"),
    ],
    "product_code": [
        ("US", "UPC on the sorghum syrup jar label, as the mill prints it: «d:12», batch stamped underneath"),
        ("GB", "EAN printed under the bed race sponsor's cider crate, as the Knaresborough till scanned it: «ean13»"),
        ("DE", "EAN auf dem Karton mit den neuen Lederriemen für die Hakeltische, laut Lieferschein: «ean13»"),
        ("JP", "EAN 祭り法被の箱に付いているバーコード番号、注文確認用 «ean13»"),
        ("CA", "EAN on the box of fiddle strings the camp reordered from the Halifax music shop: «ean13»"),
        ("FR", "Réf. article du béret de la peña au catalogue du fournisseur : «an:3»-«n:5», taille unique, rouge"),
    ],
    "password_words": [
        ("US", "Mill volunteer site rule: a new password is forced on you every «int:60-180» days, and Grandpa has "
               "started writing them on the syrup jars"),
        ("GB", "Bed race committee: the new entry site asks for a password of at least «int:10-16» characters, "
               + "so the old one won't do"),
        ("DE", "Seit dem Update will die Hakler-Rangliste Passwörter ab «int:10-14» Zeichen mit Ziffer und "
               "Sonderzeichen, der Obmann flucht"),
        ("CA", "Ceilidh camp portal: the emailed link to choose a new password goes stale «int:15-60» minutes "
               "later, so open it before the dancing"),
        ("IN", "Trust ke portal pe password «int:3-6» baar galat daalne se account «int:15-60» minute ke liye lock ho jata hai"),
        ("AU", "Bowls club reminder: your password expires on «dd»/«mm»/«year», pick one you haven't used before"),
        ("JP", "町内会サイトのパスワードは«int:8-12»文字以上、英字と数字をまぜて作ってください"),
        ("BR", "O aplicativo da torcida pede uma senha nova a cada «int:60-120» dias, "
               + "com pelo menos uma letra maiúscula"),
        ("NZ", "Marae booking site: passwords must be «int:8-14» characters or longer, and no reusing your last «int:3-5»"),
        ("FR", "Nouveau site des peñas bayonnaises : il faut au moins «int:10-14» signes pour le mot de passe, le "
               "président a dû recommencer trois fois"),
    ],
    "secret_reference": [
        ("US", "The mill's bank login is in the treasurer's password manager, entry «int:2-30», don't text it around"),
        ("GB", "Committee passwords live in the shared vault since «year»; ask the race secretary for access"),
        ("DE", "Die Bankzugänge des Vereins liegen im Tresor hinter der Theke, Mappe «int:1-12», und werden nie im "
               "Gruppenchat geteilt"),
        ("CA", "Hall wireless code is written on an index card taped inside cupboard «int:1-9», next to the fiddle "
               "rosin"),
        ("IN", "Trust ke netbanking ki details vastad ji ki laal diary ke panna «int:10-99» par hain, diary "
               "almirah mein band"),
        ("NL", "De inloggegevens van de corsocommissie bewaart de secretaris in de brandkast, map «int:1-20»; zet "
               "ze nooit in de groepsapp"),
    ],
    "masked": [
        ("US", "Mill's card on file ends in «d:4», the statement shows it as •••• •••• •••• «d:4» for some reason"),
        ("GB", "The engraver refunded the spare trophy plate to the committee's card ending «d:4», says the "
               "treasurer"),
        ("DE", "Auf dem Kontoauszug des Vereins taucht das Startgeld mit Karte …«d:4» auf, der Kassier fragt, wer "
               "das war"),
        ("CA", "Fiddle camp deposit charged to the card that ends ****«d:4», receipt in your inbox"),
        ("IN", "Aapke account XXXXXX«d:4» se ₹«num:1000-9000» trust ko transfer hue"),
        ("AU", "Direct debit from account ending «d:3» for the bowls club fees failed, please update"),
    ],
    "meeting_id": [
        ("US", "Boston bowlers' call before the Keady trip: Zoom meeting ID «n:3» «d:4» «d:4», same as last month"),
        ("GB", "Bed race committee meets online on Thursday, Teams meeting «n:3» «d:3» «d:3» «d:3», the passcode "
               "is in the minutes"),
        ("DE", "Vorstandssitzung der Hakler diesmal per Zoom wegen Glatteis, Sitzungsnummer «n:3» «d:4» «d:4», "
               "Kennwort kommt per Post"),
        ("CA", "Fiddle camp planning call: Zoom «n:3» «d:3» «d:4», the Gaelic teacher joins from Scotland"),
        ("IN", "Trust meeting ka Google Meet code «up:3»-«up:4»-«up:3», "
               "sab log time pe join karna"),
        ("JP", "町内会のZoom会議 ID «n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "The mill is at «int:1000-9999» County Road «int:100-999», past the Baptist church"),
        ("GB", "Bed race HQ is at «int:1-99» High Street, Knaresborough, above the bakery"),
        ("DE", "Der Gasthof liegt in der Hauptstraße «int:1-80», gleich neben der Kirche"),
        ("CA", "Hall address: «int:1000-9999» Ceilidh Trail, the parking is out back"),
        ("FR", "Le local de la peña est au «int:1-60» rue Pannecau"),
        ("JP", "集会所は本町«int:1-9»丁目«int:1-30»番地"),
    ],
    "network": [
        ("US", "Odds board Pi is on «ip», plug the screen in first"),
        ("GB", "Hood map tracker answers at «ip»; its MAC is «mac» if the pub router needs it whitelisted"),
        ("DE", "Der Drucker für die Ranglisten hat die IP «ip», falls er wieder nicht druckt"),
        ("CA", "The hall's sound desk is at «ip» on the wired network, don't put it on the guest Wi-Fi or the mixer app drops"),
        ("IN", "Akhade ke office ka Wi-Fi router «ip» pe khulta hai, settings badalni ho to vastad ji se poochho"),
        ("AU", "The shearing tally scale's Bluetooth MAC is «mac», pair it before the first run"),
    ],
    "health": [
        ("US", "Elmore sat in the shade after the syrup boil; his BP came to «int:110-150»/«int:70-95» and the "
               "volunteer nurse sent him home"),
        ("GB", "Bed race first aid: pusher's heart rate «int:90-180» bpm after the Nidd crossing, cooled down fine afterwards"),
        ("DE", "Nach dem Finale lag der Puls vom Schwergewichtler bei «int:90-170», der Sanitäter war zufrieden"),
        ("CA", "Fiddle camp nurse log: camper's temperature «int:36-39».«int:0-9» °C, back to class after lunch"),
        ("IN", "Pehelwan ka weight «int:60-120» kg aur sugar «int:80-140» aaya"),
        ("JP", "曳き手の血圧 «int:110-150»/«int:70-95»"),
    ],
    "ticket": [
        ("US", "Mill website support ticket #«n:5» about the broken volunteer sign-up page is still open"),
        ("GB", "The bed race website's payment bug, ticket BR-«n:5», was closed by the developer this morning"),
        ("DE", "Das Ticket «n:6» zum Absturz der Ranglisten-App ist noch offen, der Entwickler meldet sich"),
        ("CA", "Helpdesk case «n:7» on the camp registration site was escalated to the hosting company"),
        ("IN", "Portal complaint number «n:8» register ho gaya, trust ko SMS aayega"),
        ("IE", "Keady club's ticket «n:6» with the broadband company, the bar's line is down again"),
    ],
    "booking": [
        ("US", "Cabin by the creek reserved for mill weekend, the ranger's booking code is «an:6»"),
        ("GB", "Bed race crew's B&B booking reference «an:8» near the Nidd"),
        ("DE", "Die Zimmer für die Südtiroler Hakler im Gasthof sind reserviert, Buchungsnummer «n:8», "
               + "bitte bei der Anreise angeben"),
        ("CA", "Fiddlers crossing to the island take the nine o'clock boat, reservation «an:7» under the camp's name"),
        ("FR", "Le gîte près des arènes est à nous pour les fêtes de Bayonne, numéro de dossier «an:6», la voisine "
               "garde les clés"),
        ("JP", "諏訪湖畔の旅館、御柱祭の週の予約番号は «an:8»"),
    ],
    "timestamp": [
        ("US", "Mill sensor log: «year»-«mm»-«dd» «hh»:«two»:«two» press temperature normal, "
               "syrup pan at a rolling boil"),
        ("GB", "Bed race timing export «year»-«mm»-«dd»T«int:10-16»:«two»:«two»Z"),
        ("DE", "Rangliste zuletzt vom Kassier bearbeitet am «dd».«mm».«year» um «hh»:«two»:«two»"),
        ("CA", "Camp registration log «year»/«mm»/«dd» «hh»:«two» new signup from the island"),
        ("IN", "Dangal entry form jama hone ka samay «dd»-«mm»-«year» «hh»:«two»"),
        ("JP", "回覧板アプリの最終更新 «year»/«mm»/«dd» «hh»:«two»"),
    ],
    "score": [
        ("US", "Boston road bowling final: Quincy needed «int:20-40» throws, Dorchester «int:20-40», Quincy won by a bowl"),
        ("GB", "Haxey result: the hood went to the Duke William after «int:2-6» hours, the Carpenters Arms lads swear it was close"),
        ("DE", "Im Finale hat der Werdenfelser «int:2-3»:«int:0-1» gegen den Südtiroler gewonnen, der Riemen hielt"),
        ("CA", "Hockey at the rink: Antigonish «int:0-9», Port Hawkesbury «int:0-9»"),
        ("NZ", "Waka ama regatta: our W6 crew finished «int:1-9»th out of «int:10-20»"),
        ("AU", "Bowls pennant: we lost «int:40-90» to «int:40-90»"),
    ],
    "stock": [
        ("US", "The mill's endowment fund is tied to the S&P, which closed at «num:4500-6900».«two» yesterday"),
        ("GB", "The FTSE 100 closed at «num:7000-9500»; the bed race charity's investments barely moved"),
        ("DE", "Der DAX stand gestern Abend bei «num:15000-24000», unserem Vereinskonto ist das egal"),
        ("JP", "日経平均株価は«num:30000-45000»円、町会の積立には関係なし"),
        ("IN", "Aaj Sensex «num:60000-85000» pe tha, akhada trust ka FD phir bhi wahi"),
        ("CA", "TSX closed at «num:20000-27000», the hall fund's statement comes next week"),
    ],
    "weather": [
        ("US", "Mill days forecast: high of «int:60-95»°F, «int:0-60»% chance of storms Saturday afternoon"),
        ("GB", "Knaresborough on bed race day: «int:8-24»°C, the Nidd is running high"),
        ("DE", "Für das Fingerhakeln am Samstag: «int:0-25»°C und Föhn im Werdenfelser Land"),
        ("CA", "Cape Breton forecast for the ceilidh: «int:2-25»°C, winds «int:10-70» km/h from the gulf"),
        ("IN", "Kolhapur mein kal «int:24-40»°C, baarish ke «int:10-90»% chance"),
        ("AU", "Shearing's off if it's above «int:35-44»°C tomorrow"),
    ],
    "short_code": [
        ("US", "To get mill day updates by text, send SORGHUM to «n:5», message rates apply"),
        ("GB", "Donate £«int:3-10» to the bed race hospice appeal by texting BEDS to «n:5» from any network"),
        ("DE", "Wer den Hakler-Nachwuchs unterstützen will, schickt das Wort RIEMEN per SMS an die «n:5»"),
        ("CA", "The camp's weather alerts come from «n:6», reply STOP to end them after the session"),
        ("IN", "Trust ki updates ke liye «n:5» pe JOIN AKHADA likh kar SMS karein"),
        ("AU", "Bowls club raffle: text BOWLS and your name to «n:4» «d:3» «d:3» before the draw"),
    ],
    "public_key": [
        ("US", "Odds board deploy key fingerprint: SHA256:«b64:43»"),
        ("GB", "Hood map server's host key SHA256:«b64:43»"),
        ("DE", "Fingerabdruck des SSH-Schlüssels vom Ranglisten-Server: SHA256:«b64:43»"),
        ("CA", "Camp site's age recipient: age1«bech:58»"),
        ("IN", "Akhada trust ke secretary ki GPG key ka ID «HEX:16», isi se PDF sign hote hain"),
        ("JP", "ランキング用サーバーに初めて接続するとき表示される指紋は SHA256:«b64:43»、違ったら接続しないで"),
    ],
    "placeholder": [
        ("US", "Mill website readme, step «int:1-9»: copy the sample env file and leave SYRUP_API_TOKEN=replace-me "
               "until the board approves a real one"),
        ("GB", "Example entry form: bed name ________, crew of «int:5-7», card number XXXX-XXXX-XXXX-XXXX"),
        ("DE", "Im Muster steht password: changeme, Zeile «int:1-60» der Vorlage"),
        ("CA", "Docs for the camp site: set DB_PASSWORD=<your-password> in the config, section «int:1-9»"),
        ("IN", "Trust ke sample form pe Aadhaar ki jagah XXXX XXXX XXXX chhapa hai, pehelwan apna asli number "
               "bharenge, panna «int:1-9»"),
        ("AU", "Template email: Dear [member name], your membership number is [number], page «int:1-5»"),
    ],
    "postal": [
        ("US", "Mill merch ships to ZIP «n:5» only"),
        ("GB", "Bed race leaflets went to every house in HG«int:1-5» and the villages beyond"),
        ("DE", "Die Hakler-Zeitung wird nur an Postleitzahlen ab «n:5» verschickt"),
        ("CA", "Camp brochures went only to the Inverness County postal codes starting "
               "B«int:0-9»«pick:A/E/G/H/J/K/M», the rest get email"),
        ("IN", "Trust ka naya office pincode «n:6» mein hai"),
        ("JP", "祭り用品のカタログ送付先は 〒«n:3»-«d:4» の町会事務所、宛名は青年団長"),
    ],
    "quantity": [
        ("US", "Mill shopping: «int:10-40» bags of sugar, «int:2-8» cords of firewood, «int:1-4» new jar crates"),
        ("GB", "Bed race needs «int:20-60» bin bags and «int:4-12» rolls of gaffer tape by Friday"),
        ("DE", "Für das Fest: «int:2-9» Fass Bier"),
        ("CA", "Fiddle camp order: «int:20-60» sandwiches, «int:2-6» urns of tea"),
        ("NZ", "Hāngī for «int:80-300» people"),
        ("FR", "Peña : «int:5-30» kilos de jambon"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's maker)."""
    return _dev19.lookalikes(r, groups or GROUPS)
