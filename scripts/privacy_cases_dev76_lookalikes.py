"""Look-alikes of the dev76 privacy set (``privacy_cases_dev76.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short
codes, public keys, placeholders, postal codes and quantities), written as messages from the people of
this set's situations (a dwile flonking league, a bottle kicking village, a bottomless boat regatta, a
tuna toss, an ice breakup lottery, a paddy cattle race); every template has a drawn field, and each is
drawn twice by dev19's look-alike maker.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template) pairs
    "time": [
        ("US", "Tripod Days parade lines up on Front Street at «hour»:«two» pm, the ticket booth closes half an hour "
               "before that"),
        ("IE", "Bus to the Hallaton bottle kicking leaves Dublin port at «int:9-11»:«two», bring wellies and a pie tin"),
        ("GB", "Flonking starts at «int:2-4»:«two» in the pub garden, girter dancers to be sober-ish by then"),
        ("JP", "ポートリンカーンの浜、ゴム製マグロ投げ予選、«int:6-8»時«two»分スタート、ロープ係は早めに"),
        ("NZ", "Crew meeting for the bottomless boat build, «hour»:«two» at the Nelson boatshed, bring sandpaper"),
        ("IN", "Pacu jawi race day pickup from the Batusangkar homestay at «int:6-8»:«two» am sharp, per the driver"),
    ],
    "date": [
        ("US", "Ice Classic ticket sales close «mon» «day», «year» at midnight; guesses after that go in next year's book"),
        ("DE", "Nächstes Dwile-Flonking-Turnier im Vereinsheim: «dd».«mm».«year», Anpfiff nach dem Grillen"),
        ("GB", "Hare pie scramble and bottle kicking on Easter Monday, «dd»/«mm»/«year», road shut from noon"),
        ("JP", "トゥナラマ祭りは«year»年1月«day»日から、ポートリンカーン、浜辺、二日間"),
        ("CA", "Whitehorse ice pool draw happens «mon» «day», «year», whoever's closest to the minute wins the pot"),
        ("FR", "Départ pour le lancer de thon à Port Lincoln le «dd»/«mm»/«year», rendez-vous à l'aéroport"),
    ],
    "duration": [
        ("US", "Last year the ice took «int:40-70» minutes longer than the tripod clock's guess window, wild"),
        ("GB", "Bottle kicking went on for «int:1-2» hours «two» minutes before the second cask crossed Medbourne's brook"),
        ("NO", "Regattaløpet i den tørre elva tok «int:10-25» minutter, båtene uten bunn er tunge i sanden"),
        ("IN", "Flight to Padang for the bull race is «int:7-9» hours with a «int:2-5» hour layover in KL, ugh"),
        ("AU", "Tuna toss warm-up lasts «int:2-4» hours if the wind picks up on the foreshore, bring sunscreen"),
        ("FI", "Jäänlähtöveikkauksen päivystysvuoro kestää «int:20-30» tuntia, tauko «int:2-5» tunnin välein"),
    ],
    "version": [
        ("US", "Tripod clock app updated to v«int:14-16».«int:0-9», the ice sensor reads steadier after that"),
        ("DE", "Die Punktetabelle fürs Flonking läuft jetzt mit Version «int:2-6».«int:0-9», bitte neu laden"),
        ("JP", "水牛レース中継アプリ、バージョン«int:1-4».«int:0-9».«int:0-9»、更新してから見てね"),
        ("GB", "Hare pie rota app needs iOS «int:2-8».«int:0-9»? That can't be right, the rector's phone is older"),
        ("CA", "Yukon breakup-pool workbook v«int:1-5».«int:0-20» finally rounds guesses to the minute, Berthe says grab it"),
        ("BR", "O app da regata tá na versão «int:2-7».«int:0-9».«int:0-9», atualiza antes de ir pra Alice Springs"),
    ],
    "coordinates": [
        ("GB", "Hallaton's Hare Pie Bank, roughly «int:52-52».«d:4», -«int:0-0».«d:4», follow the crowd from the church"),
        ("NO", "Vi øver på tunfiskkast på stranda ved «int:58-59».«d:4», «int:5-6».«d:4», ta med tau"),
        ("CA", "Whitehorse ice pool tripod sits at «int:60-60».«d:4», -«int:135-135».«d:4», on the Yukon"),
        ("US", "Nenana tripod this winter: «int:64-64».«d:4», -«int:149-149».«d:4», right off the rail bridge"),
        ("JP", "パチュ・ジャウィ会場、南緯«int:0-0».«d:4»度、東経«int:100-100».«d:4»度あたり、田んぼの中"),
        ("AU", "Todd River regatta course start, about -«int:23-23».«d:4», «int:133-133».«d:4», by the causeway"),
    ],
    "amount": [
        ("US", "Ice Classic tickets are $«price:2-3» each, the jackpot last spring was over two hundred grand"),
        ("GB", "Hare pie ingredients came to £«price:300-900» this year, the parish covered it"),
        ("JP", "マグロ投げ遠征の積立、一人¥«num:20000-60000»、今月中に"),
        ("IN", "Pacu jawi homestay is only ₹«int:900-2500» a night per person, food included"),
        ("CA", "Ice pool pot is at $«price:5000-15000» with «int:6-10» days of ticket sales left"),
        ("NO", "Billetten til regattaen i Alice Springs kostet «int:50-150» kroner i inngang, billig"),
    ],
    "isbn": [
        ("US", "The Nenana Ice Classic history book the gift shop sells has ISBN «isbn13»"),
        ("GB", "Found a book on Leicestershire Easter customs, bottle kicking chapter included: «isbn13»"),
        ("DE", "Das Buch über seltsame englische Kneipenspiele, Dwile Flonking inklusive, hat die ISBN «isbn13»"),
        ("IN", "Minangkabau farming festivals reader for the tour group, ISBN «isbn13»"),
        ("JP", "アリススプリングス、底なしボート、奇祭めぐり、図書館で借りた本 «isbn13»"),
        ("CA", "Old paperback on Yukon river breakup betting, ISBN-10 «isbn10»"),
    ],
    "order": [
        ("US", "Ordered the replica tuna from the prop shop, order #«n:6», ships to Port Lincoln"),
        ("JP", "大会用ロープ注文、注文番号«n:8»、浜辺宛て"),
        ("GB", "New dwiles for the league arrived from the linen shop, order «up:2»-«n:5», eight cloths"),
        ("DE", "Bestellung der Flonking-Eimer beim Baumarkt, Bestellnummer «n:7», "
               "Abholung Samstag"),
        ("IN", "Mud boots for the pacu jawi trip, Flipkart order OD«n:7» delivered"),
        ("BR", "Os remos da regata chegaram, pedido nº «n:8», só falta o barco sem fundo"),
    ],
    "flight": [
        ("CA", "Flying Whitehorse to Fairbanks on AC«int:800-899» at «int:13-19»:«two» for the Tripod Days weekend"),
        ("JP", "パダン行き GA«int:800-999»便、水牛レース取材班"),
        ("NO", "Vi flyr SK«int:1000-1999» kl. «int:6-9»:«two» mot Adelaide og kjører videre til tunfiskfesten i Port Lincoln"),
        ("US", "Our flight to Alice Springs is QF«int:100-299», lands around «int:10-40» minutes before the regatta parade"),
        ("GB", "BA«int:200-299» to Singapore then on to Padang for the bull race, grim"),
        ("DE", "Flug LH«int:100-999» nach Anchorage um «int:10-18»:«two», von dort weiter zum Eisbruch nach Nenana"),
    ],
    "invoice": [
        ("US", "Tripod Days food truck invoice «n:5» is paid, the Ice Classic office has the receipt now"),
        ("GB", "Invoice HP-«year»-«n:3» from the bakery for the hare pie, please settle"),
        ("DE", "Rechnung Nr. «year»-«n:4» vom Getränkehandel für das Flonking-Bier, bitte überweisen"),
        ("JP", "請求書番号«n:6»、マグロ投げ遠征バス代"),
        ("IN", "Tour operator invoice PJ/«year»/«n:4» for the Tanah Datar trip, GST included"),
        ("FR", "Loueur de minibus de Sète, trajet thon volant, facture TT-«year»-«n:4», Bertrand règle jeudi"),
    ],
    "build": [
        ("US", "Breakup pool app build «n:4» fixes the minute picker"),
        ("GB", "Flonking league site build «int:100-999» is live, the swadge column finally adds up"),
        ("DE", "Turnier-App Build «n:4» behebt den Absturz"),
        ("CA", "Ice pool kiosk firmware build «int:10-99», the touchscreen ignores gloves less now"),
        ("JP", "中継アプリ ビルド«n:4»、音ズレ修正"),
        ("SG", "Regatta streaming overlay build «n:5», release candidate «int:2-9», testing from the Singapore office"),
    ],
    "room": [
        ("US", "Nenana roadhouse put us in room «int:100-250», right above the bar, the tripod is a short walk"),
        ("GB", "Hallaton B&B gave the bottlers room «int:1-6»«up:1», muddy boots stay outside"),
        ("DE", "Zimmer «int:1-20» im Gasthof, direkt neben dem Saal, wo das Flonking stattfindet"),
        ("JP", "パダンのホテル、«int:2-9»階の«int:1-9»号室、田んぼが見える"),
        ("FR", "Chambre «int:1-12» au motel de Port Lincoln, vue sur la plage du lancer de thon"),
        ("CA", "Whitehorse hotel room «int:100-250», the ice pool volunteers are all on that floor"),
    ],
    "hash": [
        ("US", "Nenana tripod timer, flashed from Marge's laptop, image digest «hex:64»"),
        ("GB", "Commit «hex:40» fixes the girter count on the league site"),
        ("DE", "Prüfsumme der Turnier-App, SHA-256 «hex:64», stimmt überein"),
        ("JP", "中継オーバーレイ修正コミット«hex:7»、反映済み"),
        ("CA", "ice pool export md5 «hex:32», matches the backup"),
        ("IN", "Pacu jawi footage archive checksum, SHA-1 «hex:40», copied fine"),
    ],
    "uuid": [
        ("US", "Ice Classic guess form submission id «uuid», keep this as your receipt"),
        ("GB", "Hare pie rota event id «uuid»"),
        ("DE", "Flonking-Anmeldung bestätigt, Vorgangs-ID «uuid», bitte aufbewahren"),
        ("JP", "トゥナラマ遠征、エントリー控え、«uuid»、浜辺の受付、ロープ係、手袋持参"),
        ("AU", "Regatta crew registration «uuid», see you at the Todd"),
        ("BR", "Inscrição na regata confirmada, código «uuid», guarde este e-mail"),
    ],
    "tracking": [
        ("US", "Replica tuna shipment, UPS «ups»"),
        ("GB", "Drivellers turned from ash by a Diss bodger are posted, parcel «up:2»«n:9»GB, jobanowl to sign"),
        ("DE", "Zinkeimer für die Lappenwerfer unterwegs, Paket «n:12», Wirt nimmt an"),
        ("CA", "Canada Post tracking «n:16» for the ice pool ticket books, arriving Thursday in Whitehorse"),
        ("IN", "Boots for the mud race, Delhivery AWB «n:13»"),
        ("AU", "Auspost tracking «up:2»«n:9»AU for the regatta t-shirts, headed to Alice Springs"),
    ],
    "product_code": [
        ("US", "Thermos for the tripod watch, the one that lasted all night, UPC barcode ends in... full EAN «ean13»"),
        ("GB", "EAN for the ale bucket we flonk from «ean13»"),
        ("DE", "Der Bierkübel fürs Turnier, Artikelnummer laut Baumarkt-App, EAN «ean13»"),
        ("JP", "ロープの商品コード«ean13»、浜辺の売店"),
        ("CA", "EAN barcode on the ice pool ticket book «ean13»"),
        ("FR", "Le code-barres de la corde pour le lancer de thon, celle qu'on avait prise au magasin de sport, «ean13»"),
    ],
    "password_words": [
        ("US", "Tripod Days volunteers: the Ice Classic login rejects anything under «int:10-16» letters or"
               " containing your guessed minute"),
        ("GB", "League site says passwords must be «int:8-12» characters with «int:3-5» of them not letters, bit much for a pub game"),
        ("DE", "Neue Regel im Vereinsportal: Passwörter mindestens «int:8-14» Zeichen, keine Wörter wie Flonking oder Bier, "
               "und nicht das alte wiederverwenden"),
        ("CA", "The ice pool kiosk resets your password after «int:60-120» days and wants «int:8-12» characters or more"),
        ("IN", "Tour portal says your password expires every «int:30-90» days, so set a reminder before the Sumatra trip"),
        ("AU", "Rotary's regatta system: passwords changed on «dd»/«mm»/«year» for everyone, check your email for the reset link"),
        ("JP", "マグロ投げ大会サイトの新規登録、合言葉の長さ«int:8-12»字以上、記号ひとつ必須、ロープ係より"),
        ("BR", "Inscrição da regata seca em Alice Springs: a senha nova precisa de «int:8-12» letras ou mais, Juninho errou três vezes"),
        ("NZ", "Club portal for the bottomless boat crew: the password must have «int:10-14» characters, no names, no boat names"),
        ("FR", "Le portail du club demande un mot de passe de «int:8-12» caractères minimum avec un chiffre, pas ton nom de thon"),
    ],
    "secret_reference": [
        ("US", "The Ice Classic office safe code is in the shared vault, entry «int:1-9» under Tripod Days, ask Marge for access"),
        ("GB", "Flonking league bank login lives in the treasurer's password manager since «year», not in this chat"),
        ("DE", "Das WLAN-Passwort fürs Vereinsheim steht im Tresor auf Karte «int:2-4», nicht im Gruppenchat posten"),
        ("CA", "Ice pool admin login is in Bitwarden, folder «int:1-9», don't paste it here"),
        ("IN", "Tour group's booking portal password is in the office safe, envelope «int:10-99», ask the manager"),
        ("NL", "Het wachtwoord van de regattaclub staat in de kluis, map «int:10-99», niet hier delen"),
    ],
    "masked": [
        ("US", "Tripod Days stub order $«price:20-200» went through, Visa ••«d:4», Marge emailed the stub numbers"),
        ("GB", "Hare pie donation from card ••••«d:4» received"),
        ("DE", "Abbuchung «int:10-90» € für das Flonking-Bier von der Karte mit Endziffern «d:4», Danke"),
        ("CA", "Ice pool tickets paid with card ****«d:4»"),
        ("IN", "Payment for the pacu jawi tour received from account XXXXXX«d:4», thank you for booking"),
        ("AU", "Todd heat levy from the Lions crew's bank, shown as xxx«d:4», Rotary ticked it off"),
    ],
    "meeting_id": [
        ("US", "Tripod committee huddle before breakup, Zoom «n:3» «d:4» «d:4», bring the ice-thickness log"),
        ("GB", "Waveney flonkers AGM online, Teams «n:3» «d:3» «d:3», jobanowl chairs, dwile rules on the agenda"),
        ("DE", "Vorstandssitzung online, Zoom-ID «n:3» «d:4» «d:4»"),
        ("CA", "Whitehorse breakup-pool helpers dial into Webex «n:4» «d:3» «d:3» Sunday, Berthe hosts"),
        ("IN", "Tour briefing on Meet: meet.google.com/«pick:pjw/sap/jok/tdr»-«pick:racf/mudf/paddy/harv»"
               "-«pick:xqz/wrt/klm/bnv»"),
        ("JP", "マグロ投げ遠征、オンライン打合せ «n:3» «d:4» «d:4»、ロープと手袋の確認"),
    ],
    "address": [
        ("US", "Ice Classic office is at «int:1000-4000» A Street, Nenana"),
        ("GB", "Bottle kicking starts outside «int:1-99» High Street, Hallaton"),
        ("DE", "Vereinsheim der Flonker, Hafenstraße «int:1-80», Leer"),
        ("CA", "Ice pool booth at «int:100-999» Front Street, Whitehorse"),
        ("FR", "Le bar du club, «int:1-60» rue du Port, Sète"),
        ("JP", "パダン市«int:1-9»丁目«int:1-20»番、ツアーの集合場所"),
    ],
    "network": [
        ("US", "Tripod clock Pi is at «ip», ssh in as pi"),
        ("GB", "Bungay pub's flonking laptop sits on «ip» behind the bar, adapter «mac»"),
        ("DE", "Lappenwerfer-Punktetafel im Vereinsheim hängt an «ip», Kabel hinterm Tresen"),
        ("CA", "Ice pool kiosk moved to «ip» after the router swap, update the bookmark on the volunteer laptop please"),
        ("IN", "Tour cam at «ip»"),
        ("AU", "Todd River heat board dongle, hardware address «mac», Rotary shed"),
    ],
    "health": [
        ("US", "Tripod watch shift, my Apple Watch said heart rate «int:160-195» when the ice cracked, resting «int:55-75» "
               "after"),
        ("GB", "Blood pressure «int:110-150»/«int:70-95» after the bottle kicking scrum, the paramedic said that's fine"),
        ("DE", "Nach dem Turnier: Puls «int:60-90», Blutdruck «int:110-140»/«int:70-90», Bier war alkoholfrei"),
        ("CA", "Blood sugar «int:4-9».«int:0-9» mmol/L before the ice pool shift, all good"),
        ("IN", "BP «int:110-150»/«int:70-95» after the bull race run"),
        ("JP", "水牛レース遠征前の健康診断、体重«int:50-90».«int:0-9»キロ、問題なし"),
    ],
    "ticket": [
        ("US", "Ice Classic support ticket #«n:6», my guess for last Tuesday isn't showing in the book"),
        ("GB", "League site bug «up:3»-«n:6»"),
        ("DE", "Der Vereinshoster hat unsere Lappenwerfer-Seite kaputtgemacht, Störungsmeldung «n:7»"),
        ("CA", "Yukon breakup-pool kiosk froze again, vendor case «n:7», Berthe chasing"),
        ("IN", "Tour operator complaint no. «n:8», the bus to the mud fields was three hours late"),
        ("IE", "Rosslare crossing for the Hallaton bottlers' coach, Stena query «n:6», grand"),
    ],
    "booking": [
        ("US", "Alaska Railroad booking «up:2»«n:8» to Nenana for Tripod Days"),
        ("GB", "Hare Pie Bank cottage stay, Easter bottlers, confirmation «up:3»«n:5»"),
        ("DE", "Buchungsnummer der Gruppenreise zur Eisbruch-Wette: «n:9», bitte bei der Ankunft in Fairbanks bereithalten"),
        ("CA", "Klondike motel near the Yukon tripod, breakup weekend, reservation «n:10»"),
        ("FR", "Réservation vol Port Lincoln, code «up:6»"),
        ("JP", "パダン行き予約番号«n:8»、水牛レース"),
    ],
    "timestamp": [
        ("US", "Tripod clock stopped at «year»-«mm»-«dd» «hh»:«two»:«two», the office confirms it against the "
               "backup clock this afternoon"),
        ("GB", "League site log «year»-«mm»-«dd» «int:14-16»:«two»:«two» swadge"),
        ("DE", "Punktetafel der Lappenwerfer zuletzt abgeglichen «dd».«mm».«year» «hh»:«two»:«two», Wirt prüft"),
        ("CA", "Ice pool export «year»-«mm»-«dd» «hh»:«two», the row count looks right"),
        ("IN", "Video upload started «dd»-«mm»-«year» «hh»:«two» IST"),
        ("JP", "ゴム製マグロ投げ記録表、«year»/«mm»/«dd» «hh»:«two»に書き換え、浜辺係"),
    ],
    "score": [
        ("US", "Nenana curling bonspiel during Tripod Days, we lost «int:0-12» to «int:0-12» but the cocoa was good"),
        ("GB", "Final score: Bungay «int:20-45», Beccles «int:15-40», mostly wantons, one gazunder drained"),
        ("DE", "Endstand beim Flonking im Vereinsheim: «int:20-40» zu «int:15-35», nächstes Jahr Revanche"),
        ("CA", "Ice pool curling night «int:1-12»-«int:1-20»"),
        ("NZ", "Bottomless boat heat in the Todd sand, Nelson crew finished «int:20-59» seconds behind the Lions"),
        ("AU", "Todd battle boats, Rotary «int:2-30», Lions «int:0-25»"),
    ],
    "stock": [
        ("US", "Alaska Air shares closed at $«int:20-90».«two», still not buying the Tripod Days flights"),
        ("GB", "Bottlers soaked in Medbourne brook while the FTSE ended at «num:7000-9000», priorities"),
        ("DE", "Lappenwerfer-Stammtisch: DAX bei «num:15000-20000», Wirt zapft trotzdem"),
        ("JP", "株価«num:30000-42000»、それでもゴム製マグロ投げ遠征は決行"),
        ("IN", "Sensex closed at «num:60000-80000», tour price stays the same"),
        ("CA", "TSX at «num:19000-24000» today, ice pool pot doing better"),
    ],
    "weather": [
        ("US", "Nenana today: high of «int:15-20»°F, river ice «int:25-33» inches thick at the tripod"),
        ("GB", "Hallaton forecast «int:12-22»°C, brook likely high"),
        ("DE", "Samstag «int:5-18» Grad, Regenwahrscheinlichkeit «int:10-80» %, Flonking im Zelt"),
        ("CA", "Yukon tripod check: «int:8-16»°F, gusting «int:15-28» along the river, Berthe in two parkas"),
        ("IN", "Padang «int:26-38»°C, humid, rice fields muddy"),
        ("AU", "Alice Springs «int:28-42»°C, Todd bone dry, regatta on"),
    ],
    "short_code": [
        ("US", "Nenana tripod alerts: send LEAN to «d:4», Marge's gadget replies when the ice moves"),
        ("GB", "Text PIE to «d:4» to donate £5 to the hare pie fund, the parish gets every penny of it"),
        ("DE", "SMS mit FLONK an «d:5» für Spielstände"),
        ("CA", "Reply YES to «d:6» within «int:5-15» minutes to confirm your ice pool volunteer shift"),
        ("IN", "Mud-cattle tour desk: SMS JOKI to «d:4», Batusangkar timings come back"),
        ("AU", "SMS REGATTA to «d:6», entries close in «int:5-10» days"),
    ],
    "public_key": [
        ("US", "WireGuard public key for the tripod clock tunnel: «b64:43»="),
        ("GB", "Pub laptop's WireGuard public key «b64:43»="),
        ("DE", "Öffentlicher Schlüssel vom Scoreboard: «b64:43»="),
        ("CA", "Kiosk peer public key «b64:43»="),
        ("IN", "Tour cam WG pubkey «b64:43»="),
        ("JP", "中継用公開鍵、«b64:43»="),
    ],
    "placeholder": [
        ("US", "In the tripod clock's sample .env, leave PASSWORD=changeme«int:1-9» alone, the real one goes in later"),
        ("GB", "League site template says API_KEY=your-key-here-«int:1-9», don't fill it in on the pub laptop"),
        ("DE", "In der Vorlage steht DB_PASSWORD=<hier-eintragen-«int:1-9»>, bitte erst auf dem Server ersetzen, "
               "nicht im Repo"),
        ("CA", "Kiosk config example has TOKEN=xxxxxxxx«int:1-9», that's a placeholder, the real one is in the vault, "
               "ask the treasurer before the ice pool opens"),
        ("IN", "Sample config: SECRET=replace_me_«int:1-9», change on the server"),
        ("AU", "Regatta app's README says password: example«int:1-9», obviously swap it"),
    ],
    "postal": [
        ("US", "Mail ticket stubs to Nenana, AK «n:5»"),
        ("GB", "Hallaton's postcode is LE«int:1-27» «int:1-9»«up:2», park on the edge of the village, not by the green"),
        ("DE", "Das Vereinsheim liegt in «n:5» Leer, Anfahrt über die Hafenstraße, Parkplätze hinter der Halle"),
        ("CA", "Ice pool mail-in entries to Whitehorse, YT «up:1»«int:8-9»«up:1» «int:1-9»A1, postmarked before the deadline"),
        ("IN", "Send the tour documents to PIN «n:6», Udupi office, attention of the tour desk"),
        ("JP", "〒«n:3»-«n:4»、ツアー会社宛て"),
    ],
    "quantity": [
        ("US", "We need «int:2-6» thermoses and «int:10-30» hand warmers for the tripod night watch"),
        ("GB", "Order «int:3-8» buckets, «int:1-4» drivellers, «int:20-60» dwiles"),
        ("DE", "«int:4-12» Eimer, «int:2-6» Stangen"),
        ("CA", "Ice pool booth needs «int:4-10» chairs and «int:8-20» ticket books"),
        ("NZ", "Boat build: «int:6-14» sheets, «int:2-5» tins"),
        ("FR", "«int:3-9» cordes, «int:10-30» gants"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's maker)."""
    return _dev19.lookalikes(r, groups or GROUPS)
