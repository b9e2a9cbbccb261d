"""Look-alikes for the dev51 privacy set (``privacy_cases_dev51.py``): lines a personal agent
meets all day that carry digits, codes, keys or the word password but no personal value, in 34
groups (times, dates, durations, prices, orders, parcels, flights, versions, builds, commit hashes,
meeting ids, rooms, invoices, tickets, bookings ... and, less often, coordinates, ISBNs, health
readings, public keys and their fingerprints, masked numbers, short codes, postal codes called PIN
codes, placeholders copied from docs and references to where a secret is kept), each a message
from someone in a situation of their own (a wycinanki circle's Easter fair, a pesäpallo club's
summer league, a ferry crossing in a storm, a lambing night on a hill farm, a community radio's
fund drive), written as templates with typed fields drawn by dev19's look-alike generator
(``«n:4»`` four digits, ``«hex:40»`` forty hex digits ...), six templates a group, each drawn twice.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("PL", "Warsztaty wycinanki zaczynają się o «hh:9-11»:«two», nożyczki mamy, kolorowy papier przynieście swój"),
        ("FI", "Pelin aloitus siirtyi kello «hh:17-19»:«two», bussi lähtee hallin pihasta tuntia aiemmin"),
        ("GB", "Ferry's been pushed back to «hh:14-16»:«two» because of the swell, the café on the pier is open till then"),
        ("US", "Radio fund drive goes live at «hour»:«two», phones need two volunteers each till the end of the hour"),
        ("NZ", "Ewe in the back paddock started at «int:1-4»:«two» this morning, second lamb came an hour later, both fine"),
        ("IN", "Mehendi wali «hh:15-17»:«two» baje aayegi, tab tak sab haath dho ke baith jao"),
    ],
    "date": [
        ("PL", "Kiermasz wielkanocny w muzeum wsi będzie «day» «mon», stoisko z wycinankami przy wejściu"),
        ("FI", "Itä–Länsi-ottelun liput tulevat myyntiin «dd».«mm».«year», kannattaa olla nopea"),
        ("US", "Tenants' association vote is on «mon» «day», ballots go in the box by the mailroom"),
        ("FR", "La visite du contrôle technique est prévue le «dd»/«mm»/«year», pense à vider le coffre"),
        ("JP", "町内の防災訓練は«int:1-12»月«day»日の朝九時から、集合場所は公園です"),
        ("BR", "A formatura da escolinha ficou pro dia «dd»/«mm», a beca é alugada"),
    ],
    "duration": [
        ("FI", "Supervuoro venyi «int:20-45» minuuttiin, katsojat ehtivät hakea makkaraa kahdesti"),
        ("PL", "Jedna duża leluja zajęła mi «int:2-5» godziny «int:5-55» minut, najdłużej szło wycinanie piórek"),
        ("GB", "Crossing took «int:2-4» hours «int:5-55» minutes in the end, half the lorry drivers were green"),
        ("AU", "Drove «int:3-8» hours to the clinic in town, «int:20-90» minutes of that on dirt"),
        ("DE", "Die Wurzelbehandlung hat «int:40-95» Minuten gedauert, ich spüre meine Lippe nicht"),
        ("KE", "Matatu from Kitale to Eldoret took «int:2-4» hours «int:5-55» minutes, the driver stopped for every customer"),
    ],
    "version": [
        ("FI", "Tulospalvelu-appi päivittyi versioon «int:2-6».«int:0-12».«int:0-9», nyt lyöntijärjestys näkyy vihdoin"),
        ("PL", "Program do drukowania szablonów ma wersję «int:1-4».«int:0-20», po aktualizacji zniknęła lustrzana symetria"),
        ("US", "The radio's playout software went to «int:3-9».«int:0-9».«int:0-30» overnight and the jingles are louder now"),
        ("GB", "Sat-nav map update «int:20-30».«int:1-4» finally knows about the new ferry slipway"),
        ("DE", "Die Praxis-Software läuft jetzt auf Version «int:5-12».«int:0-9», deshalb dauert die Anmeldung so lange"),
        ("JP", "ラジオ局の配信ソフトが«int:2-7».«int:0-9».«int:0-9»に上がって、音量設定が戻った"),
    ],
    "coordinates": [
        ("FI", "Vierasottelun kenttä löytyy näistä: «lat:62.5..64.5», «lon:22.0..28.5», pysäköinti koulun taakse"),
        ("PL", "Skansen, jeśli GPS się gubi: «lat:51.9..52.2», «lon:19.8..20.1»"),
        ("GB", "Ferry slipway pin for the van: «lat:56.3..57.8», «lon:-7.2..-5.5», queue on the left lane"),
        ("NZ", "Lambing shed is at «lat:-46.0..-44.0», «lon:168.5..170.5», gate's the second on the right"),
        ("CA", "Sugar bush meeting point: «lat:45.5..46.8», «lon:-74.5..-72.0»"),
        ("US", "Radio tower site for the repair crew: «lat:44.0..46.0», «lon:-92.0..-89.0»"),
    ],
    "amount": [
        ("PL", "Za warsztaty wycinanki «int:40-90» zł od osoby, papier w cenie, herbata też"),
        ("FI", "Kausikortti maksaa «int:60-140» €, junioreille puolet"),
        ("US", "Fund drive total so far: $«num:3000-40000», the mug tier is sold out"),
        ("GB", "Ferry return for a car and two adults came to £«price:60-220», booked the last slot"),
        ("IN", "Tent wale ka bill ₹«num:8000-60000» aaya, aadha advance de diya hai"),
        ("JP", "防災グッズ一式で ¥«num:3000-25000»、町内会費から出ます"),
    ],
    "isbn": [
        ("PL", "Książka o wycinankach łowickich, której szukałaś: ISBN «isbn13»"),
        ("FI", "Pesäpallon sääntökirja, uusin painos, ISBN «isbn13»"),
        ("US", "On air tonight the book hour discusses a novel about a lighthouse keeper, the library has four copies, ISBN «isbn13»"),
        ("GB", "Secondhand lambing manual from the farm sale, ISBN «isbn10»"),
        ("DE", "Das Bastelbuch für den Kindergarten, ISBN «isbn13»"),
        ("FR", "Le livre de recettes de ma grand-mère, réédité, ISBN «isbn13»"),
    ],
    "order": [
        ("PL", "Allegro: zamówienie «n:10» z papierem glansowanym wysłane, kurier jutro"),
        ("FI", "Verkkokaupan tilaus «n:8» (uudet räpylät) on noudettavissa"),
        ("US", "Etsy order #«n:10» for the paper-cut frames shipped this morning"),
        ("GB", "Screwfix order «n:9» with the ferry office's new hinges is ready at the Oban trade counter, bring the card"),
        ("IN", "Blinkit order «n:12» delivered, the ice cream melted anyway"),
        ("BR", "Mercado Livre: o pedido «n:13» com o papel de seda colorido pra oficina saiu pra entrega, chega antes da festa junina"),
    ],
    "flight": [
        ("FI", "Finnair AY «int:300-1800» to Oulu for the away game, gate «int:20-40»"),
        ("PL", "LOT LO «int:100-999» do Chicago, odprawa do «hh:6-22»:«two», wycinanki w bagażu podręcznym"),
        ("US", "Cousin's wedding in Anchorage: Alaska AS «int:100-999», boarding group «pick:A/B/C», paper-cut centrepieces in a shoebox on my lap"),
        ("GB", "Loganair LM «int:100-999» to Stornoway, weather permitting"),
        ("IN", "Amma ki flight Air India Express IX «int:100-999» Kochi ke liye hai, seat «int:1-30»«pick:A/B/C/D/E/F», wheelchair bhi book kar diya"),
        ("AU", "Rex ZL «int:1000-6999» to Broken Hill, check-in closes «hh:5-18»:«two»"),
    ],
    "invoice": [
        ("PL", "Faktura FV/«n:3»/«year» za salę parafialną przyszła mailem"),
        ("FI", "Lasku nro «n:6» kenttävuokrasta erääntyy ensi viikolla"),
        ("US", "Invoice «n:5» from the crew that climbed the transmitter tower in the ice storm, net 30, the board will faint"),
        ("GB", "Vet's invoice INV-«n:6» for the lambing call-out, pay at the desk"),
        ("DE", "Rechnung Nr. «n:7» vom Schornsteinfeger steckte im Briefkasten, er war da, als keiner zu Hause war"),
        ("FR", "Facture n° «year»-«n:4» du chauffagiste, payable à réception"),
    ],
    "build": [
        ("FI", "Tulospalvelun CI-ajo #«n:4» meni läpi, «int:1-40» testiä vihreänä"),
        ("PL", "Build «n:3» generatora szablonów na GitHub Actions padł na testach symetrii"),
        ("US", "Asked the night DJ which scheduler build she runs and she pasted git rev-parse --short HEAD: «hex:7», so not the fixed one"),
        ("GB", "The ferry timetable volunteer says preview deploy «hex:24» has the winter sailings, check it before he promotes it"),
        ("DE", "Der Gitea-Actions-Lauf «n:3» fürs Vereinsarchiv ist wieder rot, diesmal wegen der Umlaute in den Dateinamen"),
        ("US", "Renovate opened a PR on the radio's stream relay pinning the image to sha256:«hex:64», merge it after the pledge drive"),
    ],
    "room": [
        ("PL", "Warsztaty przeniesione do sali nr «int:1-30» w domu kultury"),
        ("FI", "Pukuhuone «int:1-8», vieraat käyttävät ylempää käytävää"),
        ("US", "Radiology is on floor «int:2-6», room «int:200-699», follow the yellow line"),
        ("GB", "Midwife clinic moved to room «int:1-40», the old one floods"),
        ("IN", "Exam hall «int:1-20», row «int:1-15», carry the admit card"),
        ("JP", "説明会は«int:2-9»階の第«int:1-5»会議室です"),
    ],
    "hash": [
        ("US", "Before restoring the transmitter box I checked playout-backup.tar.gz with sha256sum: «hex:64», matches the note taped to the rack"),
        ("FI", "Lataustiedoston SHA-1 on «hex:40»"),
        ("PL", "Skrót MD5 pliku z szablonami: «hex:32»"),
        ("GB", "Merged the timetable fix as «hex:7»"),
        ("DE", "Prüfsumme des Firmware-Abbilds: «hex:64»"),
        ("US", "Archive torrent of the old radio serials, info hash «hex:40», seed it overnight from the studio PC"),
    ],
    "uuid": [
        ("US", "Radio stream session id «uuid»"),
        ("FI", "Tulospalvelu antoi ottelulle tapahtuma-ID:n «uuid», tuomari kysyy sitä pöytäkirjaan"),
        ("PL", "Identyfikator zgłoszenia w e-urzędzie «uuid»"),
        ("GB", "Ferry booking system error reference «uuid»"),
        ("IN", "UPI request id «uuid» shown on failure"),
        ("DE", "Das Kundenportal der Stadtwerke zeigt für den Zählerwechsel die Vorgangsnummer «uuid», bitte bei Rückfragen angeben"),
    ],
    "tracking": [
        ("US", "UPS «ups» is stuck in Louisville again"),
        ("PL", "InPost: paczka «n:24» czeka w paczkomacie przy kościele"),
        ("FI", "Postin lähetys JJFI«n:14» on noudettavissa"),
        ("GB", "Royal Mail says the spare ramp seal for the ferry, «up:2»«n:9»GB, is out for delivery to the island, I'll believe it when I see it"),
        ("DE", "Hermes-Sendung «n:14» ist in der Paketshop-Filiale"),
        ("IN", "Delhivery AWB «n:13» — shaadi ke card Surat ke seller se pick ho gaye, parson tak aa jayenge"),
    ],
    "product_code": [
        ("PL", "Papier glansowany, kod produktu «up:2»-«n:5», dwadzieścia kolorów"),
        ("FI", "Räpylän malli «up:3»«n:3», koko oikeakätiselle"),
        ("US", "Replacement mic cable part «up:2»«n:4»"),
        ("DE", "Barcode auf dem Kleister: «ean13»"),
        ("GB", "Lamb feeder bottle, catalogue «n:4»/«n:3»"),
        ("JP", "インクカートリッジの型番は«up:3»-«n:3»です"),
    ],
    "password_words": [
        ("PL", "Portal szkolny wymaga hasła z co najmniej «int:8-14» znakami i jedną cyfrą"),
        ("FI", "Seuran sivuilla salasanan on oltava vähintään «int:8-16» merkkiä"),
        ("US", "The radio's volunteer email admin keeps warning us the password expires in «int:2-30» days, nobody knows who set the rule"),
        ("GB", "Locked out of the ferry office PC after too many attempts, it says wait «int:5-60» minutes, the queue of lorries is growing"),
        ("DE", "Der Vereinscomputer verlangt ein neues Passwort mit «int:10-16» Zeichen, das alte darf es nicht sein, sagt der Kassenwart genervt"),
        ("IN", "Bank app says password must be changed every «int:60-180» days"),
    ],
    "secret_reference": [
        ("US", "In the radio's deploy workflow: env: DB_PASSWORD: ${{ secrets.PLAYOUT_DB_PW }}, matrix job «int:1-9», never the real one in chat"),
        ("FI", "Salasana löytyy Bitwardenista kohdasta 'Tulospalvelu «int:1-9»'"),
        ("PL", "Hasło do drukarki jest w sejfie w zakrystii, koperta nr «int:1-20»"),
        ("GB", "export PGPASSWORD=\"$(pass show ferry/db-«int:1-9»)\""),
        ("DE", "Das WLAN-Passwort fürs Vereinsheim klebt unter dem Router im Raum «int:1-9», nicht am Kühlschrank, sagt der Platzwart"),
        ("US", "Night engineer's note: the stream password lives in Vault, vault kv get -field=password secret/radio/stream-«int:1-9», don't write it on the rack"),
    ],
    "masked": [
        ("US", "Chase flagged a $«price:3-300» charge at a bait shop on the card ending «d:4», which was me, out on the lake"),
        ("PL", "PKO: płatność kartą ****«d:4» na kwotę «int:10-400»,«two» zł"),
        ("FI", "Kortti •••• «d:4» veloitettu «int:5-90»,«two» €"),
        ("GB", "Nationwide texted that the account ending «d:4» has a new payee, that's the allotment society, it's fine"),
        ("IN", "HDFC SMS: ₹«num:100-9000» kharch hua card XX«d:4» se, shaadi ki shopping abhi shuru hi hui hai"),
        ("DE", "Sparkassen-App: die Lastschrift vom Konto ...«d:4» für den Trachtenverein ist endlich eingegangen"),
    ],
    "meeting_id": [
        ("US", "Radio board emergency meeting about the tower on Zoom tonight, ID «n:3» «d:4» «d:4», bring the insurance letter"),
        ("FI", "Teams-kokous, neuvottelutunnus «n:3» «d:3» «d:3»#"),
        ("PL", "Spotkanie koła wycinankarek na Meet: meet.google.com/«pick:kpr/wzt/abn»-«pick:hsqa/mnoe/yvtr»-«pick:jdu/pcx/egl»"),
        ("GB", "Ferry committee dial-in, PIN «n:4» «d:4»#"),
        ("DE", "Die Elternbeiratssitzung läuft über Webex, Meeting-Kennnummer «n:4» «d:3» «d:4», Kamera darf aus bleiben"),
        ("IN", "PTA ka Zoom parents' meeting, ID «n:3» «d:4» «d:4», annual day ke costumes pe baat hogi"),
    ],
    "address": [
        ("PL", "Dom kultury przy ul. Kwiatowej «int:1-90», wejście od podwórza"),
        ("FI", "Kenttä on osoitteessa Urheilutie «int:1-60»"),
        ("US", "Radio station moved to «int:100-9999» Elm Street, second floor"),
        ("GB", "Ferry office is at «int:1-90» Harbour Road, next to the chandlery"),
        ("DE", "Zettel an der alten Tür: die Osteopathie-Praxis ist umgezogen, jetzt Lindenstraße «int:1-150», Eingang über den Hof, Aufzug defekt"),
        ("MX", "El taller de papel picado se cambió a Calle Hidalgo «int:1-400», donde antes vendían bicicletas, pasen a ver las banderitas"),
    ],
    "network": [
        ("US", "Radio's audio codec got «ip» after the power cut"),
        ("FI", "Tulostaulun ohjain on osoitteessa «ip»"),
        ("PL", "Drukarka w zakrystii ma adres «ip»"),
        ("GB", "Added «mac» to the ferry office's guest VLAN"),
        ("SE", "Väderstationen vid planen har adressen «ip»"),
        ("IN", "Bhai ke router app pe unknown device «mac» dikh raha hai, shayad padosi ka beta wifi chura raha hai"),
    ],
    "health": [
        ("US", "Geriatrics check for Grandad after the fall: blood pressure «int:110-160»/«int:60-95», pulse «int:55-95», nurse says better than March"),
        ("FI", "Leposyke «int:45-70», unta «int:5-9» tuntia, palautuminen hyvä"),
        ("GB", "Midwife: baby's heartbeat «int:120-160» bpm, measuring «int:28-40» cm"),
        ("PL", "Cukier na czczo «int:80-130» mg/dl, babcia zapisała w zeszycie"),
        ("DE", "Blutdruck heute früh «int:110-160» zu «int:60-100»"),
        ("IN", "Nani ka sugar aaj subah fasting «int:80-160», khane ke baad «int:120-240», doctor ko WhatsApp kar diya"),
    ],
    "ticket": [
        ("US", "Comcast ticket «n:8» about the station's internet closed"),
        ("FI", "Vikailmoitus «n:7» kentän valoista käsittelyssä"),
        ("PL", "Zgłoszenie awarii nr «n:8» w administracji budynku"),
        ("GB", "Council ref «n:9» for the broken streetlight"),
        ("IT", "Segnalazione guasto n. «n:8» aperta con il gestore della fibra"),
        ("NG", "MTN complaint ticket «n:10» logged, they said 48 hours"),
    ],
    "booking": [
        ("GB", "CalMac booking ref «up:6» for the car and two adults"),
        ("FI", "VR:n junalippu, varaustunnus «an:6»"),
        ("PL", "Rezerwacja PKP Intercity nr «n:10»"),
        ("US", "Airbnb confirmation «up:10» for the away tournament"),
        ("ES", "El albergue de Ponferrada confirmó las literas para el torneo de bolos, localizador «an:8», hay que llevar saco de dormir"),
        ("IN", "Mama ji, IRCTC se PNR «n:10» confirm ho gaya, coach S«int:1-12», shaadi ke liye sab saath chalenge"),
    ],
    "timestamp": [
        ("US", "Radio log entry «year»-«mm»-«dd» «hh»:«two»:«two» station ID played"),
        ("FI", "Ottelupöytäkirja tallennettu «dd».«mm».«year» klo «hh»:«two»"),
        ("PL", "Zdjęcie z warsztatów wycinanki nazywa się IMG_«year»«mm»«dd»_«hh»«two»«two».jpg, wrzucam do wspólnego albumu parafii"),
        ("GB", "Ferry AIS ping at «hh»:«two»:«two» UTC"),
        ("DE", "Logeintrag vom «dd».«mm».«year» um «hh»:«two» Uhr"),
        ("US", "Status line the engineer pasted from the ridge site: {\"ts\": «int:1700000000-1800000000», \"event\": \"transmitter_on\", \"site\": \"ridge\"}"),
    ],
    "short_code": [
        ("US", "The radio's donor portal texted me «d:6» to verify my pledge, and the host read my name on air anyway"),
        ("FI", "Kertakäyttökoodisi on «d:6», älä kerro sitä kenellekään"),
        ("PL", "Kod BLIK «d:6», ważny dwie minuty"),
        ("GB", "CalMac texted the check-in code «d:5» for the car, show it at the booth on the pier"),
        ("DE", "Die Bank schickt mir für die Überweisung an den Trachtenverein den Bestätigungscode «d:6», ich tippe ihn nur in die App"),
        ("IN", "«d:6» hai bijli bill payment ka OTP, kisi ko mat batana, lineman bhi nahi poochega"),
    ],
    "public_key": [
        ("US", "radio-ops.pub: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» playout"),
        ("FI", "Palvelimen sormenjälki SHA256:«b64:43»"),
        ("PL", "Klucz publiczny age dla kopii zapasowych: age1«bech:58»"),
        ("GB", "WireGuard peer for the ferry office: PublicKey = «b64:43»="),
        ("DE", "Der Vorstand vom Trachtenverein signiert die Protokolle jetzt, PGP-Fingerabdruck «HEX:40», steht auf der Website"),
        ("US", "Mapbox public token for the league map: pk.eyJ1«an:24»"),
    ],
    "placeholder": [
        ("US", "Volunteer onboarding doc for the radio archive, step «int:1-9»: paste YOUR-KEY-HERE into the transcriber settings, which three of us literally did"),
        ("FI", "Ohjeessa lukee: salasana = ******** (kohta «int:1-9»)"),
        ("PL", "Przykładowy plik: DB_PASSWORD=changeme, linia «int:1-40»"),
        ("GB", "Specimen standing order form in the building society leaflet, sort code 00-00-00 and account 00000000 printed on page «int:1-5»"),
        ("DE", "Im Handbuch der Vereinskasse steht als Beispiel: Passwort = IhrPasswort, Kapitel «int:1-12»"),
        ("US", "That crime drama on Acorn TV shows a phone number on the incident whiteboard, 555-01«d:2», of course"),
    ],
    "postal": [
        ("PL", "Kurier pyta o kod pocztowy domu kultury, gdzie są warsztaty wycinanki: «n:2»-«d:3», mówię mu, że to za kościołem"),
        ("FI", "Postinumero on «d:5», sama kuin koululla"),
        ("US", "Ship the cut-outs to ZIP «n:5», the gallery's loading dock"),
        ("GB", "Ferry office postcode HS«int:1-9» «int:1-9»«up:2»"),
        ("IN", "Courier bhaiya ne naye ghar ka PIN code poocha, «int:110001-855999» bataya, phir bhi parcel purane ghar chala gaya"),
        ("CA", "Code postal R«int:1-9»«up:1» «int:1-9»«up:1»«int:1-9» pour le festival"),
    ],
    "quantity": [
        ("PL", "Na kiermasz potrzeba «int:20-80» arkuszy papieru i «int:5-15» nożyczek"),
        ("FI", "Tilattiin «int:10-40» palloa ja «int:5-20» räpylää junioreille"),
        ("US", "Fund drive: «int:50-200» mugs and «int:20-80» tote bags left"),
        ("GB", "Lambing so far: «int:20-120» ewes done, «int:1-15» still to go"),
        ("IN", "Gurpurab langar ke liye «int:50-200» kilo atta aur «int:10-40» kilo daal chahiye, sevadaar list bana rahe hain"),
        ("JP", "避難所用の毛布を«int:20-100»枚、水を«int:50-300»本"),
    ],
    "score": [
        ("FI", "Superpesis: Sotkamo «int:0-5» – Vimpeli «int:0-5» jaksoissa"),
        ("US", "Little League on a cold Tuesday: Tigers «int:0-15», Cubs «int:0-15», the snack parents won"),
        ("KR", "동네 야구 결과: 우리 팀 «int:0-12», 옆 동네 «int:0-12»"),
        ("IN", "Gully cricket before the rain: «int:40-150»/«int:1-9» in «int:5-10» overs, Bunty's window survived"),
        ("DE", "Kreisliga am Sonntag, Regen und Matsch: «int:0-6»:«int:0-6» zur Halbzeit, die Bratwurst war besser"),
        ("PL", "Ekstraklasa: Lech «int:0-5», Legia «int:0-5»"),
    ],
    "stock": [
        ("US", "Dow closed at «num:35000-45000», the station's endowment is fine"),
        ("FI", "OMXH25 päätyi «num:4000-5500» pisteeseen"),
        ("PL", "WIG20 na zamknięciu «num:1800-2800»"),
        ("GB", "Grandad reads the FTSE 100 close every evening like a weather report: «num:7000-9000» today, not bad"),
        ("DE", "Opa ruft an, der DAX schließt bei «num:15000-20000» Punkten, ob ich die Sparpläne gesehen habe"),
        ("IN", "Papa ka message: Sensex «num:60000-85000» pe band hua, mutual fund ka SIP mat rokna"),
    ],
    "weather": [
        ("FI", "Sääennuste ottelulle: «int:10-25» °C, tuulta «int:1-12» m/s"),
        ("GB", "Met Office: gusts of «int:40-80» mph, ferry may not sail"),
        ("PL", "Prognoza na kiermasz: «int:5-20»°C, deszcz «int:10-90»%"),
        ("US", "Tower site: «int:0-40»°F, icing possible"),
        ("NZ", "MetService: «int:0-15»°C and snow to «int:300-900» m for the lambing paddocks"),
        ("IN", "IMD ka alert: Jodhpur mein «int:28-45»°C, heatwave hai, baraat dopahar mein mat nikaalna"),
    ],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's generator)."""
    return _dev19.lookalikes(r, GROUPS)
