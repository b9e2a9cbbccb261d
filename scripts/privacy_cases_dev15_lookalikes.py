"""Look-alikes for the dev15 privacy set (``privacy_cases_dev15.py``): lines a personal agent meets
all day that carry digits, codes, keys or the word password but no personal value, in 34 groups
(times, dates, durations, prices, orders, parcels, flights, versions, builds, hashes, meeting ids,
room numbers, invoices, tickets ... and, less often, coordinates, ISBNs, health readings, public
keys, masked numbers, placeholders copied from docs and references to where a secret is kept).

Each line is a template whose ``«kind:arg»`` fields are drawn afresh (``«n:4»`` four digits, ``«hex:40»``
forty hex digits, ``«num:2000-9000»`` a number with its thousands set off, ``«lat:47..55»`` a
latitude, ``«isbn13»`` an ISBN with its check digit ...), in ranges real readings fall in. Codes with
check digits of their own (ISBNs, EANs, UPS numbers) are made valid as real ones are. A line whose
digits pass a card's Luhn check or an IBAN's mod 97, or that holds an e-mail address, is drawn again.
"""

from __future__ import annotations

import random

import privacy_lookalike_fields
from privacy_cases import Case

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template)
    "time": [("US", "TeamSnap: U10 scrimmage moved to «hour»:«two»"), ("GB", "Sourdough proof timer: «int:1-59»:«two» to go"),
             ("DE", "Der Bus fährt um «hh:5-22»:«two» ab Haltestelle «int:1-30»"), ("IN", "Telegram: cab arriving at «hour»:«two» am, gate «int:1-4»"),
             ("JP", "開始時刻は «hh:7-20»:«two» です"), ("FR", "Cours de yoga à «hh:8-20»h«two», salle «int:1-4»")],
    "date": [("US", "DMV renewal notice: tags expire «mm»/«dd»/«year»"), ("GB", "School term starts «dd»/«mm»/«year»"),
             ("DE", "Kündigungsfrist endet am «dd».«mm».«year»"), ("JP", "支払期限 «year»年«mm»月«dd»日"),
             ("BR", "Consulta com a pediatra marcada para «dd»/«mm»/«year»"), ("US", "Apartment: notice to vacate due «mon» «day», «year»")],
    "duration": [("US", "Strava: morning run «int:20-59»:«two» · «int:2-15».«int:0-9» mi"), ("GB", "Delays of up to «int:5-90» min on the Northern line"),
                 ("DE", "Restlaufzeit «int:1-6» Std. «int:1-59» Min."), ("IN", "Skip ad in «int:1-9» s"),
                 ("US", "Digital Wellbeing: «int:1-9»h «int:1-59»m on YouTube today"), ("AU", "Layover in Singapore «int:1-9» hr «int:1-59» min")],
    "version": [("US", "Settings › About phone › Android version «int:12-16»"), ("US", "$ node --version → v«int:18-24».«int:0-20».«int:0-9»"),
                ("US", "$ docker version --format '{{.Server.Version}}' → «int:24-28».«int:0-9».«int:0-9»"),
                ("DE", "Neue Firmware «int:1-9».«int:0-20».«int:0-99» für die FRITZ!Box verfügbar"),
                ("GB", "About Chromium: version «int:120-140».0.«int:6000-7500».«int:1-200», relaunch pending"),
                ("IN", "Zoom Workplace updated to «int:5-6».«int:0-20».«int:0-9»")],
    "coordinates": [("US", "Parked car at «lat:25..48», -«lon:70..123»"), ("DE", "Standort geteilt: «lat:47..55», «lon:6..15»"),
                    ("AU", "Campsite GPS -«lat:12..42», «lon:115..153»"), ("BR", "Ponto da trilha marcado no app: -«lat:3..30», -«lon:35..55»"),
                    ("IN", "Meet here (pin): «lat:9..30», «lon:72..88»"), ("JP", "集合場所の座標 «lat:31..43», «lon:130..145»")],
    "amount": [("US", "Venmo request $«price:5-300» for pizza night"), ("GB", "Council tax direct debit £«price:80-300» on the 1st"),
               ("DE", "Abschlag Gas für Oktober: «int:30-150»,«two» €"), ("IN", "Piped gas bill ₹«num:500-5000»"),
               ("BR", "Conta de luz R$ «price:50-600»"), ("MX", "Renta del mes $«num:3000-20000».00 MXN")],
    "isbn": [("US", "StoryGraph to-read pile, ISBN «isbn13»"), ("GB", "Book club pick, ISBN «isbn13»"), ("DE", "Kochbuch für Oma bestellt, ISBN «isbn13»"),
             ("US", "Used paperback, ISBN-10 «isbn10»"), ("FR", "Manuel de maths, ISBN «isbn13»"), ("IN", "Exam guide ordered, ISBN «isbn13»")],
    "order": [("US", "Curbside pickup ready, order «n:9», parking spot «int:1-20»"), ("GB", "Argos: collect order «n:8» from Sainsbury's"),
              ("DE", "Zalando: Bestellung Nr. «n:10» ist unterwegs"), ("IN", "Flipkart: item from OD«n:18» handed to courier"),
              ("BR", "Seu pacote do pedido «n:9» está a caminho"), ("NL", "Je pakket van bestelling «n:10» komt morgen")],
    "flight": [("US", "United app: UA «int:100-2999» boarding group «int:1-5», gate «up:1»«int:1-40»"), ("GB", "BA«int:100-999» gate change to «up:1»«int:1-60»"),
               ("DE", "LH «int:100-999» hat «int:10-90» Minuten Verspätung"), ("IN", "6E «int:100-999» departs at «hh:5-23»:«two»"),
               ("AE", "EK«int:1-999» check-in closes soon, seat «int:1-40»«up:1»"), ("JP", "NH«int:1-999»便は定刻どおり出発予定")],
    "invoice": [("US", "Wave: INV-«n:6» for the logo work, net «int:7-30»"), ("GB", "Invoice no. «n:5» from the plumber"), ("DE", "Rechnung RE-«year»-«n:5»"),
                ("FR", "Facture n° F«n:6» réglée"), ("IN", "Tax invoice from the CA, «up:3»/«year»/«n:4»"), ("ES", "Factura «year»/«n:5» pagada")],
    "build": [("US", "GitLab CI: pipeline #«n:5» green after «int:1-9»m «int:1-59»s"), ("US", "Switched to a new branch at «hex:7»"), ("US", "Build «n:4» queued"),
              ("GB", "Release «year».«mm».«int:1-9» tagged"), ("DE", "Änderungen gepusht, letzter Stand «hex:7»"), ("US", "Pulled container sha256:«hex:12»")],
    "room": [("US", "Open house: Ms. Alvarez's class is in room «int:100-399»"), ("GB", "Grandad is on ward «int:1-40», bay «int:1-8»"),
             ("DE", "Besprechung im Raum «up:1»«int:100-499»"), ("IN", "PG accommodation: «int:2-4»-sharing, room «int:100-499»"),
             ("JP", "会議室 «int:100-999» を予約済み"), ("IT", "Hotel: camera «int:100-499» al «int:1-9»° piano")],
    "hash": [("US", "SHA-256 checksum: «hex:64»"), ("US", "$ md5sum photos.zip → «hex:32»"), ("US", "Cherry-picked from «hex:40»"),
             ("DE", "Prüfsumme der ISO-Datei «hex:64»"), ("US", "Pinned to IPFS: bafy«bech:52»"), ("US", "S3 object ETag «hex:32»")],
    "uuid": [("US", "Support chat transcript id «uuid»"), ("US", "Crashlytics installation «uuid»"), ("GB", "Council complaint, case reference «uuid»"), ("DE", "Antrag beim Bürgeramt, Vorgangsnummer «uuid»"),
             ("IN", "IRCTC refund tracking id «uuid»"), ("US", "Crash report «uuid» attached to the ticket")],
    "tracking": [("US", "UPS shipment «ups» is out for delivery"), ("US", "USPS tracking number «pick:9400/9405/9205»«d:18» delivered"),
                 ("GB", "Royal Mail tracking «up:2»«d:9»GB"), ("DE", "DHL: Ihre Sendung «n:12» kommt heute"), ("IN", "Delhivery waybill «n:13»"),
                 ("CN", "顺丰单号 SF«n:12»")],
    "product_code": [("US", "Yuka app scanned «ean13»"), ("DE", "Scanner-App hat den Strichcode «ean13» erkannt"), ("US", "Dishwasher model no. «up:3»-«n:4»"),
                     ("GB", "Screwfix product code «n:6»"), ("JP", "型番 «up:2»-«n:4»"), ("US", "Serial number «an:12»")],
    "password_words": [("US", "Reminder: change your VPN password within «int:2-30» days"), ("US", "Password must be «int:8-16»+ characters with a symbol"),
                       ("GB", "Wrong password, «int:1-4» tries left"), ("US", "«int:2-40» of your saved passwords appeared in a data breach"),
                       ("DE", "Passwort-Reset angefordert, Link «int:10-60» Minuten gültig"), ("FR", "Mot de passe modifié il y a «int:1-30» jours"),
                       ("BR", "Toque em 'Esqueci a senha' para redefinir")],
    "secret_reference": [("US", "token = os.getenv(\"GITHUB_TOKEN\")  # line «int:10-400»"), ("US", "DB_PASSWORD: ${{ secrets.DB_PASSWORD_«int:1-9» }}"),
                         ("US", "$ export API_KEY=$(op read op://Private/api-«int:1-99»/credential)"), ("US", "$ pass show email/work-«int:1-9»"),
                         ("DE", "Passwort liegt im KeePass unter Eintrag «int:1-99»"), ("GB", "Secret rotated, now at version «int:1-40»")],
    "masked": [("US", "Your Mastercard ending in «d:4» was charged"), ("US", "Card •••• «d:4» is ready to use in Wallet"),
               ("IN", "Salary credited to A/c **«d:4» via NEFT"), ("GB", "Debit card ending «d:4» has been replaced"),
               ("DE", "Zahlung mit Girocard (…«d:4») bestätigt"), ("US", "Two-step sign-in: we called •••-•••-«d:4»")],
    "meeting_id": [("US", "Band concert livestream (Zoom) ID «n:3» «d:4» «d:4»"), ("US", "Teams audio: enter «n:3» «d:3» «d:3»# when prompted"),
                   ("GB", "Cisco Webex dial-in: meeting number «n:4» «d:3» «d:4», then #"), ("DE", "Einwahl: Meeting-Kennnummer «n:3» «d:3» «d:4»"),
                   ("IN", "Daily sync: https://meet.google.com/«pick:kfn/wrd/ymq»-«pick:tzbc/hqpl/sjdx»-«pick:gvo/nue/cwa»"), ("US", "Zoom passcode for the book club: «n:6»")],
    "address": [("US", "«int:10-9999» Maple Avenue, Apt «int:1-40»"), ("GB", "Collect from the «int:1-200» High Street post office"),
                ("DE", "Abholung Hauptstraße «int:1-200», Hinterhof"), ("FR", "«int:1-150» boulevard Voltaire, digicode à l'entrée"),
                ("IN", "Delivery to flat «int:101-999», Prestige tower «up:1»"), ("BR", "Rua Augusta, «int:10-3000», apto «int:11-200»")],
    "network": [("US", "DNS server «ip»"), ("US", "Bluetooth address «mac»"), ("DE", "Drucker unter «ip» erreichbar"), ("GB", "Camera at «ip»"),
                ("PL", "Serwer działa na porcie «int:1024-65000»"), ("IN", "New device joined: «mac»")],
    "health": [("US", "Withings BPM: «int:100-150»/«int:60-95», pulse «int:50-100»"), ("US", "Peloton ride: «int:80-250» kJ, avg «int:100-170» bpm"),
               ("GB", "Fitbit: «num:1000-25000» steps, «int:1-20» floors"), ("DE", "Körperfettwaage: «int:50-110»,«int:0-9» kg, «int:10-35» % Fett"),
               ("IN", "Sugar after lunch «int:90-220» mg/dL"), ("JP", "睡眠時間 «int:4-9»時間«int:1-59»分")],
    "ticket": [("US", "Apple Support case «n:9» – we've replied"), ("US", "Bug «up:3»-«n:4» reopened"), ("GB", "Your reference is «n:8»"),
               ("DE", "Ihre Störungsmeldung hat die Nummer «n:6»"), ("IN", "Airtel broadband complaint «n:10» logged"), ("ZA", "Joburg Water fault reference «n:9»")],
    "booking": [("US", "OpenTable confirmation number «an:6»"), ("GB", "Ryanair booking ref «an:6», seat «int:1-33»«up:1»"), ("DE", "Buchungscode «an:6»"), ("FR", "Référence du dossier «an:6»"),
                ("IN", "PNR «n:10» confirmed"), ("MX", "Código de reserva «an:6»")],
    "timestamp": [("US", "Time Machine: last backup «year»-«mm»-«dd»T«hh»:«two»:«two»Z"), ("US", "row updated_at=«int:1700000000-1800000000» (epoch)"),
                  ("GB", "Last edited «dd»/«mm»/«year» at «hh»:«two»"), ("DE", "Log «year»«mm»«dd»-«hh»«two»«two».txt"),
                  ("US", "sensor reading at «int:1700000000000-1800000000000» ms"), ("JP", "このページの更新日時 «year»/«mm»/«dd» «hh»:«two»")],
    "short_code": [("US", "«d:6» is your Instagram code. Don't share it."), ("US", "Reply STOP to «n:5» to cancel reminders from the pharmacy"),
                   ("GB", "Boots pharmacy sign-in code «d:6»"), ("IN", "«d:6» is your OTP, valid for «int:3-10» minutes"),
                   ("DE", "Ihr TAN-Code für die Anmeldung: «d:6»"), ("BR", "Código de verificação: «d:6»")],
    "public_key": [("US", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» laptop"), ("US", "PublicKey = «b64:43»="),
                   ("US", "age recipient: age1«bech:58»"), ("US", "Stripe publishable key pk_live_«an:24»"), ("DE", "GPG-Schlüssel «HEX:40»"),
                   ("US", "Server fingerprint SHA256:«b64:43»")],
    "placeholder": [("US", "Quickstart: set ANTHROPIC_API_KEY=<paste key> then run step «int:1-9»"), ("US", "Password: ************ (input «int:1-30»)"),
                    ("US", "Docs snippet: export OPENAI_API_KEY=\"sk-...\" (step «int:1-9»)"), ("US", "SSN ***-**-**** on page «int:1-9»"),
                    ("GB", "Sort code 00-00-00 in the template v«int:1-9»"), ("US", "Dial 555-01«d:2» (fictional)")],
    "postal": [("US", "Deliver to ZIP code «n:5»"), ("GB", "Postcode SW«int:1-20» «int:1-9»«up:2»"), ("DE", "Lieferung an PLZ «n:5» möglich"),
               ("IN", "Amazon: we deliver to «n:6» by tomorrow"), ("CA", "Purolator: deliver to K«int:1-9»«up:1» «int:1-9»«up:1»«int:1-9»"),
               ("BR", "Entrega no CEP «n:5»-«d:3» em até «int:2-9» dias úteis")],
    "quantity": [("US", "«int:2-12» eggs, «int:1-4» gal milk"), ("GB", "«int:1-9» packs of crisps, «int:100-999» g cheddar"), ("DE", "«int:1-20» Flaschen Wasser"),
                 ("IN", "Grocery list: «int:1-10» kg atta, «int:1-3» kg toor dal"), ("US", "Google One: «int:10-250» GB of «int:1-2» TB, family plan"), ("JP", "卵 «int:1-12»個")],
    "score": [("US", "Final «int:80-130»-«int:80-130» in OT"), ("GB", "Final whistle at the Emirates: «int:0-5»-«int:0-5»"),
              ("IN", "Chasing «int:150-350», need «int:20-120» off «int:10-60» balls"), ("DE", "Halbzeitstand «int:0-5»:«int:0-5»"),
              ("KR", "프로야구 결과 «int:0-15» 대 «int:0-15»"), ("BR", "Fim de jogo no Maracanã: «int:0-5» x «int:0-5»")],
    "stock": [("US", "Robinhood: MSFT closed at «int:300-500».«two»"), ("US", "Watchlist · TSLA «int:150-400».«two» (+«int:0-9».«two»%)"),
              ("IN", "Nifty «num:20000-26000» at close"), ("GB", "FTSE 100 closes «num:7000-9000», up «int:0-2».«int:0-9»%"),
              ("DE", "Trade Republic: SAP «int:150-280»,«two» €"), ("JP", "トヨタ株 «num:2000-3500»円")],
    "weather": [("US", "High of «int:40-105»°F"), ("GB", "«int:0-100»% chance of rain"), ("DE", "Wetter-App: morgen bis «int:0-38»°C und sonnig"),
                ("IN", "AQI «int:30-450» (poor)"), ("AU", "SunSmart app: UV «int:1-14» at midday"), ("JP", "明日の最高気温は«int:0-38»度の予想")],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (``privacy_lookalike_fields``)."""
    return privacy_lookalike_fields.lookalikes(r, GROUPS)
