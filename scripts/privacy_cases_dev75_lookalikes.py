"""Look-alikes of the dev75 privacy set (``privacy_cases_dev75.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short
codes, public keys, placeholders, postal codes and quantities), written as messages from the people of
this set's situations (a gurning contest, a swamp soccer tournament, an elephant polo club, a pea
shooting championship, a mobile phone throwing contest, an outhouse race); every template has a
drawn field, and each is drawn twice by dev19's look-alike maker.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Outhouse pushers line up behind the hardware store at «hour»:«two» sharp, skis waxed and the seat lid "
               "taped down"),
        ("IE", "Swamp soccer lads, the minibus to the bog pitch leaves the square at «int:9-11»:«two», bring a towel"),
        ("GB", "Gurning heats for the over-sixties start at «int:2-4»:«two» in the marquee beside the greasy pole"),
        ("JP", "変顔コンテストの受付は «int:6-8»:«two» から始まります"),
        ("NZ", "Pea shooting juniors, your lane draw is pinned up by «hour»:«two», check it before the warm-up round"),
        ("IN", "Mahouts should bring the elephants to the polo ground gate by «int:6-8»:«two» for the vet check"),
    ],
    "date": [
        ("US", "Conconully's outhouse race is on «mon» «day», «year» this winter, registration closes a week earlier"),
        ("DE", "Das Sumpffußball-Turnier am Weiher findet am «dd».«mm».«year» statt, Anpfiff vormittags"),
        ("GB", "Crab fair gurning final pencilled in for «dd»/«mm»/«year», subject to the field not flooding"),
        ("JP", "沼地サッカー選手権、フィンランド遠征の出発日は «year»年7月«day»日、成田集合、長靴持参、泥よけ用の着替えも、監督より"),
        ("CA", "Winter carnival outhouse race: «mon» «day», «year», sign-up table opens at the rink an hour before"),
        ("FR", "Le concours de grimaces de la fête aura lieu le «dd»/«mm»/«year» sous le grand chapiteau"),
    ],
    "duration": [
        ("US", "The outhouse race course took the winners «int:40-70» seconds, a record for a privy with two pushers"),
        ("GB", "Each gurner gets «int:1-2» minute«two» seconds through the braffin before the judges ring the bell"),
        ("NO", "Finalerunden i mobilkasting tok «int:10-25» minutter, fordi dommerne målte hvert Nokia-kast to ganger"),
        ("IN", "The polo chukka lasts «int:7-9» minutes and the elephants rest «int:2-5» minutes between them"),
        ("AU", "Pea shooting rounds at the show run about «int:2-4» hours with the juniors included"),
        ("FI", "Suopotkupallon ottelu kestää «int:20-30» minuuttia ja tauko «int:2-5» minuuttia"),
    ],
    "version": [
        ("US", "Scoreboard firmware for the outhouse race clock is now «int:14-16».«int:0-9», update before race morning"),
        ("DE", "Die Kamera-App am Sumpfplatz läuft jetzt auf Version «int:2-6».«int:0-9», bitte neu starten"),
        ("JP", "計測アプリのバージョンは «int:1-4».«int:0-9».«int:0-9» です"),
        ("GB", "Gurning judges' tablet app updated to «int:2-8».«int:0-9», the scoring sliders moved to the left"),
        ("CA", "Swamp soccer fixtures plugin bumped to v«int:1-5».«int:0-20», the old draw sheets still import"),
        ("BR", "O app do placar do futebol de pântano está na versão «int:2-7».«int:0-9».«int:0-9»"),
    ],
    "coordinates": [
        ("GB", "Where the horse-collar marquee stands, beside the crab apple cart: «int:54-54».«d:4», -«int:3-3».«d:4»"),
        ("NO", "Kastebanen for gamle Nokia-telefoner bak ungdomshuset i Valdres: «int:60-61».«d:4», «int:8-9».«d:4»"),
        ("CA", "Swamp soccer pitch behind the Sudbury arena, for the bus driver: «int:46-46».«d:4», -«int:80-80».«d:4»"),
        ("US", "Outhouse race start line in Conconully: «int:48-48».«d:4», -«int:119-119».«d:4»"),
        ("JP", "沼サッカー会場の座標 «int:35-36».«d:4», «int:139-140».«d:4»"),
        ("AU", "Pea shooting lanes at the showground, pin: -«int:37-37».«d:4», «int:144-144».«d:4»"),
    ],
    "amount": [
        ("US", "Outhouse race entry is $«price:40-90» per privy, cash at the fire hall"),
        ("GB", "The crab fair raised £«price:300-900» from the gurning raffle this year"),
        ("JP", "沼サッカー大会の参加費は «num:1000-3000» 円です"),
        ("IN", "Elephant polo tickets for the stands cost ₹«int:200-600» each this season"),
        ("CA", "Swamp soccer team fee came to $«price:500-1500» for «int:6-10» players including the sauna"),
        ("NO", "Startavgift for mobilkasting er «int:50-150» kroner per deltaker"),
    ],
    "isbn": [
        ("US", "The outhouse race history book the fire hall sells at the finish line has ISBN «isbn13»"),
        ("GB", "Gurning through the ages, sold at the crab fair bookstall: «isbn13»"),
        ("DE", "Das Regelbuch zum Sumpffußball, das der Trainer empfiehlt, hat die ISBN «isbn13»"),
        ("IN", "Elephant polo rules booklet from the Jaipur club, ISBN «isbn13»"),
        ("JP", "沼サッカーの本のISBNは «isbn13»"),
        ("CA", "Dried pea marksmanship primer, dog-eared copy our Ottawa lane captain lends out, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Privy ski wax order #«n:6» shipped, should reach the fire hall Tuesday"),
        ("JP", "沼サッカー用のすね当ての注文番号は «n:8» です"),
        ("GB", "Cumbrian saddler stitched a new gurning collar, job «up:2»-«n:5», pick it up from his Cleator workshop"),
        ("DE", "Die Bestellung der neuen Sumpffußball-Trikots hat die Nummer «n:7», Lieferung vor dem Turnier "
               "angekündigt"),
        ("IN", "Mallet shafts for polo week, order no. «n:7» confirmed"),
        ("BR", "Pedido das chuteiras do futebol de pântano número «n:8», chega na quinta"),
    ],
    "flight": [
        ("CA", "Our swamp soccer team flies AC «int:800-899» to Helsinki, boarding «int:13-19»:«two»"),
        ("JP", "ヘルシンキ行き JL«int:800-999» 便で大会に向かいます"),
        ("NO", "Telefonkasterne fra Valdres reiser med SK«int:1000-1999» mot Nyslott, boarding «int:6-9»:«two», husk gamle mobiler i håndbagasjen"),
        ("US", "Our polo riders return from Nepal via UA«int:100-299»; the mahout souvenirs come off carousel «int:10-40»"),
        ("GB", "Gurning champion flying home on BA«int:200-299» after the crab fair"),
        ("DE", "Moorkicker-Truppe Richtung Kainuu: LH«int:100-999» ab Rhein-Main, «int:10-18»:«two» Uhr, Gummistiefel ins Aufgabegepäck"),
    ],
    "invoice": [
        ("US", "Rental yard bill INV-«n:5» covers three porta-privies, their runners and the trailer, payable before Conconully's race"),
        ("GB", "Marquee invoice CF-«year»-«n:3» for the gurning tent, payable within thirty days"),
        ("DE", "Rechnung SF-«year»-«n:4» für die Trikotwäsche nach dem Sumpfturnier ist eingegangen"),
        ("JP", "請求書番号 «n:6»（沼サッカー大会会場費）"),
        ("IN", "Polo week stable hire invoice PW/«year»/«n:4» has been approved by the committee"),
        ("FR", "Facture CG-«year»-«n:4» pour la sono du concours de grimaces, à régler par la mairie"),
    ],
    "build": [
        ("US", "Race clock build «n:4» fixed the lap counter skipping"),
        ("GB", "Braffin-cam grimace timer, nightly «int:100-999», installed on both marquee tablets before the toothless class"),
        ("DE", "Kamera-Build «n:4» läuft am Sumpfplatz"),
        ("CA", "Swamp soccer fixtures nightly build «int:10-99» broke the bracket view, rolled back"),
        ("JP", "計測アプリ ビルド «n:4» 配布済み"),
        ("SG", "Phone throwing radar app build «n:5» is on the laptop, build «int:2-9» before it crashed"),
    ],
    "room": [
        ("US", "Outhouse race volunteers meet in room «int:100-250» at the fire hall for the safety briefing"),
        ("GB", "Gurning judges are in hotel room «int:1-6»«up:1» above the pub, knock twice"),
        ("DE", "Die Schiedsrichter vom Sumpffußball schlafen in Zimmer «int:1-20» der Pension"),
        ("JP", "変顔審査員の控室、旅館の«int:2-9»階、«int:1-9»号室、浴衣あり、夕食は大広間"),
        ("FR", "Le jury du concours de grimaces se réunit salle «int:1-12» de la mairie"),
        ("CA", "Swamp soccer team changing room «int:100-250», the one with the working sauna"),
    ],
    "hash": [
        ("US", "Race clock firmware image sha256 «hex:64»"),
        ("GB", "Gurning scoreboard release commit «hex:40»"),
        ("DE", "Prüfsumme der Kamera-Firmware vom Sumpfplatz: «hex:64»"),
        ("JP", "計測アプリ修正コミット «hex:7»、投げた距離の丸め誤差、直りました、確認お願いします"),
        ("CA", "Swamp fixtures export md5 «hex:32»"),
        ("IN", "Chukka scorer repo, mallet-foul fix merged at «hex:40»"),
    ],
    "uuid": [
        ("US", "Outhouse race timing session id «uuid» in the lap log"),
        ("GB", "Gurning heat record «uuid»"),
        ("DE", "Moorkamera am Tor Nord meldet sich mit Kennung «uuid»"),
        ("JP", "計測セッションID «uuid»"),
        ("AU", "Pea shooting round id «uuid»"),
        ("BR", "Súmula digital do jogo no brejo, código «uuid»"),
    ],
    "tracking": [
        ("US", "Privy skis shipped UPS «ups»"),
        ("GB", "Horse collar posted to the Cleator saddler, Special Delivery label «up:2»«n:9»GB"),
        ("DE", "Paket mit Stollenschuhen fürs Moorkicken unterwegs, Verfolgung über «n:12» beim Paketdienst"),
        ("CA", "Swamp soccer balls from Sialkot, Canada Post tracking «n:16»"),
        ("IN", "Mallets courier AWB «n:13»"),
        ("AU", "Pea tubes posted, tracking «up:2»«n:9»AU"),
    ],
    "product_code": [
        ("US", "The ski wax we like for the outhouse runners is barcode «ean13»"),
        ("GB", "Crab fair putty, barcode «ean13»"),
        ("DE", "Schienbeinschoner für das Sumpfturnier, Artikel «ean13»"),
        ("JP", "沼サッカー用すね当て、スポーツ店のバーコード «ean13»"),
        ("CA", "Swamp soccer socks, UPC «ean13»"),
        ("FR", "Pâte à modeler du jury de grimaces, achetée au bazar, étiquette «ean13»"),
    ],
    "password_words": [
        ("US", "Outhouse race sign-up site rule: the password needs at least «int:10-16» characters and a number"),
        ("GB", "Crab fair booking portal says passwords must be «int:8-12» characters with «int:3-5» kinds of symbol"),
        ("DE", "Anmeldeportal fürs Moorkicken verlangt beim Kennwort wenigstens «int:8-14» Buchstaben oder Ziffern, sagt Schatzmeisterin Hiltrud"),
        ("CA", "Swamp soccer league site makes you change your password every «int:60-120» days, minimum «int:8-12»"),
        ("IN", "Chukka tickets app: the forgot-password mail from the Jaipur club lapses after «int:30-90» minutes, so hurry"),
        ("AU", "Pea shooting club reminder: passwords were reset on «dd»/«mm»/«year», log in and choose a new one"),
        ("JP", "沼サッカー申込サイト、パスワード、英数字混ぜて «int:8-12» 桁以上、長靴の写真は任意、締切は金曜"),
        ("BR", "Inscrição do futebol no brejo: cadastro exige senha de pelo menos «int:8-12» letras e números, reclamou o goleiro"),
        ("NZ", "Face-pulling entries at the A&P show: their website wants a «int:10-14»-letter password, which Nan found cheeky"),
        ("FR", "Inscription aux grimaces de la fête : le formulaire exige «int:8-12» signes pour le mot de passe, ma tante a abandonné"),
    ],
    "secret_reference": [
        ("US", "Conconully lap clock credential stays with the fire chief; his KeePass folder «int:1-9» has it, don't text it around"),
        ("GB", "Gurning scoreboard token is kept in the committee's 1Password, item updated «year»"),
        ("DE", "Zugang zur Moorkamera-Cloud verwahrt Hiltrud im Vereinssafe, Schublade «int:2-4», nicht abfotografieren"),
        ("CA", "Swamp fixtures bot token is in the league's Bitwarden, collection «int:1-9»"),
        ("IN", "Chukka app credential sits in the club treasurer's Bitwarden, entry «int:10-99», ask him after stables"),
        ("NL", "Toegang tot de scorecomputer van het moerasvoetbal bewaart Joop in zijn kluisje, vak «int:10-99»"),
    ],
    "masked": [
        ("US", "Privy push registration, $«price:20-200», went on Dale's Visa ending «d:4», he wants reimbursing in beer"),
        ("GB", "Gurning refund sent to account ending «d:4»"),
        ("DE", "Die Sumpfturnier-Gebühr von «int:10-90» Euro wurde von der Karte mit Endziffern «d:4» abgebucht"),
        ("CA", "Swamp soccer deposit on card ****«d:4»"),
        ("IN", "Elephant polo stand seats, SBI debit XXXX «d:4», refund requested after the tusker went lame"),
        ("AU", "Show society took the peashooter nomination on plastic finishing «d:4», receipt stapled to the putty order"),
    ],
    "meeting_id": [
        ("US", "Outhouse race pushers' video call, meeting ID «n:3» «d:4» «d:4»"),
        ("GB", "Crab fair grimace panel dials into Teams conference «n:3» «d:3» «d:3» before deciding the braffin rules"),
        ("DE", "Sumpffußball-Besprechung, Meeting-ID «n:3» «d:4» «d:4»"),
        ("CA", "Sudbury bog-pitch captains phone bridge, conference code «n:4» «d:3» «d:3», Sunday night after chores"),
        ("IN", "Mahouts' Google Meet for polo week: meet.google.com/«pick:abc/xyz/pqr/mno»-«pick:defg/hijk/lmno/stuv»"
               "-«pick:qrs/tuv/wxy/bcd»"),
        ("JP", "変顔審査員の打ち合わせ、Zoom番号 «n:3» «d:4» «d:4»、夜九時から、鏡持参、笑わないこと"),
    ],
    "address": [
        ("US", "Outhouse race finish line is in front of «int:1000-4000» Main Street"),
        ("GB", "Gurning marquee is opposite «int:1-99» Market Street, Egremont"),
        ("DE", "Treffpunkt für das Sumpfturnier: Weiherweg «int:1-80»"),
        ("CA", "Swamp soccer fields are behind «int:100-999» Regent Street"),
        ("FR", "Le concours de grimaces a lieu au «int:1-60» rue de la Mairie"),
        ("JP", "変顔大会の会場、公民館は本町«int:1-9»丁目«int:1-20»番、駐車場なし、自転車で来てね、受付は玄関右"),
    ],
    "network": [
        ("US", "Race clock Pi is at «ip», reach it over the fire hall Wi-Fi"),
        ("GB", "Gurning scoreboard laptop «ip», MAC «mac»"),
        ("DE", "Kamera am Sumpfplatz: «ip»"),
        ("CA", "Bracket generator for the muddy Sudbury cup runs in the rink office at «ip», beside the Zamboni charger"),
        ("IN", "Polo clock at «ip»"),
        ("AU", "Pea shooting scanner's Wi-Fi adapter MAC «mac»"),
    ],
    "health": [
        ("US", "After pushing the privy up the hill my heart rate hit «int:160-195» bpm, resting back at «int:55-75» "
               "an hour later"),
        ("GB", "Slid off the greasy pole twice, so St John Ambulance read me «int:110-150»/«int:70-95» in their caravan"),
        ("DE", "Nach dem Sumpfspiel lag mein Puls bei «int:60-90», Blutdruck «int:110-140»/«int:70-90»"),
        ("CA", "Diabetic keeper, muddy gloves off at halftime: glucometer showed «int:4-9».«int:0-9» so he ate two oranges"),
        ("IN", "Mahout's BP «int:110-150»/«int:70-95»"),
        ("JP", "試合後の体重 «int:50-90».«int:0-9» kg"),
    ],
    "ticket": [
        ("US", "Helpdesk case «n:6»: finish-line pressure strip ignores privies lighter than the mayor's"),
        ("GB", "Gurning tent ticket «up:3»-«n:6»"),
        ("DE", "Ticket «n:7» für den Kamera-Ausfall am Sumpfplatz"),
        ("CA", "Swamp league ticket «n:7»"),
        ("IN", "Polo ground helpdesk ticket no. «n:8» raised about the broken stand seats"),
        ("IE", "Bog pitch booking ticket «n:6»"),
    ],
    "booking": [
        ("US", "Motel for the outhouse race crew, booking ref «up:2»«n:8», two rooms"),
        ("GB", "Crab fair B&B booking «up:3»«n:5»"),
        ("DE", "Unsere Moorkicker übernachten im Gasthof Kainuun Kulma, Reservierung «n:9», Frühstück ab sechs und Sauna inklusive"),
        ("CA", "Swamp soccer team hotel confirmation «n:10»"),
        ("FR", "Réservation du gîte pour le concours de grimaces : «up:6»"),
        ("JP", "ヒュリュンサルミ遠征、湖畔コテージ予約 «n:8»、サウナ付き、チェックイン夕方"),
    ],
    "timestamp": [
        ("US", "Conconully clock export, privy Throne Rangers finished at «year»-«mm»-«dd»T«hh»:«two»:«two»Z per the pressure strip"),
        ("GB", "Gurning score saved «year»-«mm»-«dd» «int:14-16»:«two»:«two»"),
        ("DE", "Kamera-Upload «dd».«mm».«year» «hh»:«two»:«two»"),
        ("CA", "Swamp fixtures updated «year»-«mm»-«dd» «hh»:«two»"),
        ("IN", "Polo score sheet signed «dd»/«mm»/«year» «hh»:«two»"),
        ("JP", "携帯投げ自己ベスト、計測時刻 «year»/«mm»/«dd» «hh»:«two»、向かい風、芝生は湿り気味"),
    ],
    "score": [
        ("US", "Outhouse race heat result: Porta-Potty «int:0-12», Throne Rangers «int:0-12» on penalty points"),
        ("GB", "Grimace panel verdict through the braffin: «int:20-45», then «int:15-40» for the toothless chap from Cleator Moor"),
        ("DE", "Sumpffußball-Halbfinale endete «int:20-40»:«int:15-35» nach Toren und Strafpunkten"),
        ("CA", "Swamp soccer final: Sudbury «int:1-12», Timmins «int:1-20»"),
        ("NZ", "Pea shooting: «int:2-3» bullseyes"),
        ("AU", "Pea shooting comp: «int:2-3»-«int:0-1» win"),
    ],
    "stock": [
        ("US", "The sponsor's shares closed at $«int:20-90».«two» the day before the outhouse race"),
        ("GB", "London index stood around «num:7000-9000» as Egremont's Parade of the Apple Cart set off"),
        ("DE", "Frankfurter Leitindex bei «num:15000-20000», während wir im Moor das erste Tor kassierten"),
        ("JP", "大会当日、東証の株価指数は «num:30000-42000»、監督の持ち株は下落、沼サッカーは勝利"),
        ("IN", "Bombay index hovered at «num:60000-80000» while the tuskers warmed up"),
        ("CA", "TSX closed at «num:19000-24000» on swamp soccer final day"),
    ],
    "weather": [
        ("US", "Outhouse race morning forecast: «int:15-20»°F at the start, «int:25-33»°F by noon"),
        ("GB", "Crab fair forecast «int:12-22»°C"),
        ("DE", "Beim Sumpfturnier «int:5-18» Grad, Regenwahrscheinlichkeit «int:10-80» Prozent"),
        ("CA", "Swamp soccer Saturday: «int:8-16»°C, winds «int:15-28» km/h"),
        ("IN", "Jaipur polo ground «int:26-38»°C"),
        ("AU", "Pea shooting comp «int:28-42»°C"),
    ],
    "short_code": [
        ("US", "Text RACE to «d:4» for outhouse race heat results"),
        ("GB", "Crab fair gurning people's choice: message GRIN to «d:4», one vote per phone"),
        ("DE", "Moorkicken-Spielstände aufs Handy: Kurzwahl «d:5», Stichwort SUMPF"),
        ("CA", "Swamp league scores: text GOAL to «d:6», every «int:5-15» minutes"),
        ("IN", "Chukka-by-chukka updates from Jaipur, send HATHI to «d:4»"),
        ("AU", "Pea comp: text PEA to «d:6», updates every «int:5-10» min"),
    ],
    "public_key": [
        ("US", "Fire hall WireGuard peer for the race clock, public key «b64:43»="),
        ("GB", "Gurning laptop public key: «b64:43»="),
        ("DE", "Öffentlicher Schlüssel Kamera: «b64:43»="),
        ("CA", "Swamp peer PublicKey = «b64:43»="),
        ("IN", "Polo clock pubkey «b64:43»="),
        ("JP", "公開鍵 «b64:43»="),
    ],
    "placeholder": [
        ("US", "In the outhouse race timing .env, replace API_KEY=<your-key-here> with yours, step «int:1-9»"),
        ("GB", "Gurning scoreboard config: password: CHANGE_ME (see step «int:1-9»)"),
        ("DE", "Moorkamera-Anleitung, Punkt «int:1-9»: Zeile PASSWORT=xxxxxxxx durch das Kennwort aus dem Vereinstresor ersetzen"),
        ("CA", "Sudbury mud league scoreboard bot, setup note «int:1-9»: the TOKEN=<paste token> line stays blank until the commissioner hands one over"),
        ("IN", "Polo app: set SECRET_KEY=your_secret_here in settings, point «int:1-9»"),
        ("AU", "Pea scanner setup: username admin, password ********, step «int:1-9»"),
    ],
    "postal": [
        ("US", "Ship the privy skis to Conconully, WA «n:5»"),
        ("GB", "Crab fair post to Egremont CA«int:1-27» «int:1-9»«up:2»"),
        ("DE", "Schlammverschmierte Trikots bitte an die Waschfrau vom Verein schicken, Postleitzahl «n:5», Hinterhaus"),
        ("CA", "Swamp soccer balls to Sudbury P3«up:1» «int:8-9»«up:1»«int:1-9»"),
        ("IN", "Bamboo polo sticks couriered to the Amer stables, pincode «n:6», attention head mahout"),
        ("JP", "泥だらけのユニフォームの送り先、〒«n:3»-«n:4»、クリーニング店気付、監督宛て"),
    ],
    "quantity": [
        ("US", "Conconully roster so far: «int:2-6» toilets on skis, «int:10-30» pushers, one sheriff's deputy"),
        ("GB", "«int:3-8» judges, «int:1-4» braffins and «int:20-60» gurners"),
        ("DE", "«int:4-12» Mannschaften, «int:2-6» Plätze"),
        ("CA", "Sudbury mud cup: «int:4-10» squads, «int:8-20» whistles borrowed from the hockey association"),
        ("NZ", "«int:6-14» lanes, «int:2-5» judges"),
        ("FR", "«int:3-9» jurés, «int:10-30» grimaceurs"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """The set's look-alikes: every template of every group drawn twice with ``r``."""
    return _dev19.lookalikes(r, groups or GROUPS)
