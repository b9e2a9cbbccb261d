"""Look-alikes for the dev13 privacy set (``privacy_cases_dev13.py``): lines a personal agent meets
all day that carry digits, codes, keys or the word password but no personal value, in 34 groups
(times, dates, durations, prices, orders, parcels, flights, versions, builds, hashes, meeting ids,
room numbers ... and, less often, coordinates, ISBNs, health readings, public keys, sample values
copied from docs).

Each line is a template whose ``«kind:arg»`` fields are drawn afresh (``«n:4»`` four digits, ``«hex:40»``
forty hex digits, ``«num:2000-9000»`` a number with its thousands set off, ``«lat:47..55»`` a
latitude, ``«isbn13»`` an ISBN with its check digit ...), in ranges real readings fall in. Codes with check digits of their
own (ISBNs, EANs, UPS numbers) are made valid as real ones are. A line whose digits pass a card's
Luhn check or an IBAN's mod 97, or that holds an e-mail address, is drawn again.
"""

from __future__ import annotations

import random

import privacy_lookalike_fields
from privacy_cases import Case

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template)
    "time": [("US", "Dictated memo: soccer practice moved to «hour»:«two»"), ("GB", "Oven timer «int:1-59»:«two» left"), ("DE", "Abfahrt «hh:5-22»:«two» Gleis «int:1-12»"),
             ("IN", "Signal: cab arriving «hour»:«two» am"), ("JP", "開演 «hh:12-20»:«two»"), ("FR", "Départ du train à «hh:6-22»h«two»")],
    "date": [("US", "Due «mm»/«dd»/«year» — library books"), ("GB", "MOT due «dd»/«mm»/«year»"), ("DE", "Kündigung zum «dd».«mm».«year»"),
             ("JP", "有効期限 «year»年«mm»月«dd»日"), ("BR", "Entrega prevista «dd»/«mm»/«year»"), ("US", "Lease renewal «mon» «day», «year»")],
    "duration": [("US", "Run «int:20-59»:«two» · «int:3-12».«int:0-9» mi"), ("GB", "Delay «int:5-90» min"), ("DE", "Navi: Ankunft in «int:1-6» Std. «int:1-59» Min. bei Stau"),
                 ("IN", "Buffering «int:1-59» s"), ("US", "Sleep «int:4-9» h «int:1-59» m"), ("AU", "Qantas app: flight time «int:1-14»h «int:1-59»m remaining")],
    "version": [("US", "About this Mac: macOS «int:13-16».«int:0-6».«int:0-3»"), ("US", "nvm use → Now using node v«int:18-24».«int:0-20».«int:0-9» (npm «int:9-11».«int:0-9».«int:0-9»)"),
                ("US", "$ docker --version → Docker version «int:24-28».«int:0-9».«int:0-9»"), ("DE", "Firmware «int:1-9».«int:0-20».«int:0-99» installiert"),
                ("GB", "Chrome «int:120-140».0.«num:6000-7000».«int:10-200»"), ("IN", "Android «int:12-16», security patch «year»-«mm»-01")],
    "coordinates": [("US", "Geotag «lat:25..48», -«lon:70..123»"), ("DE", "Parkplatz bei «lat:47..55», «lon:6..15»"), ("AU", "Campsite -«lat:12..42», «lon:115..153»"),
                    ("BR", "Local -«lat:3..30», -«lon:35..55»"), ("IN", "Pin «lat:9..30», «lon:72..88»"), ("JP", "待ち合わせ場所の座標 «lat:31..43», «lon:130..145»")],
    "amount": [("US", "Groceries $«price:20-300»"), ("GB", "Council tax £«price:90-250»"), ("DE", "Stromabschlag «int:40-180»,«two» €"),
               ("IN", "Paid ₹«num:100-9000»"), ("BR", "Total R$ «price:10-900»"), ("MX", "Total $«num:100-5000».«two» MXN")],
    "isbn": [("US", "Goodreads › Want to read › ISBN «isbn13»"), ("GB", "Course text ISBN «isbn13»"), ("DE", "Bestellt: ISBN «isbn13»"),
             ("US", "Citation ISBN «isbn10»"), ("FR", "Manuel scolaire ISBN «isbn13»"), ("IN", "Signal: the book's ISBN «isbn13»")],
    "order": [("US", "Amazon refund issued for order #«n:3»-«d:7»-«d:7»"), ("GB", "Argos order «n:9»"), ("DE", "Bestellnummer «n:10»"),
              ("IN", "Flipkart return pickup for order OD«n:18» scheduled"), ("BR", "Seu pedido nº «n:8» saiu para entrega"), ("NL", "Bol.com bestelling «n:10»")],
    "flight": [("US", "Boarding UA«int:100-2999» gate «up:1»«int:1-40»"), ("GB", "BA«int:100-999» seat «int:1-40»«up:1»"), ("DE", "LH «int:100-999» verspätet"),
               ("IN", "6E «int:100-999» departs «hh:5-23»:«two»"), ("AE", "EK«int:1-999» gate «up:1»«int:1-30»"), ("JP", "NH«int:1-999»便 搭乗開始")],
    "invoice": [("US", "Invoice INV-«n:6» due in «int:7-30» days"), ("GB", "Invoice no. «n:5» — £«price:20-900»"), ("DE", "Rechnung Nr. «n:8»"),
                ("FR", "Facture n° «year»-«n:5»"), ("IN", "GST invoice «up:3»/«year»/«n:4»"), ("ES", "Factura «up:1»-«n:6»")],
    "build": [("US", "CI build #«n:4» passed"), ("US", "commit «hex:7» merged"), ("US", "Pipeline «n:9» failed at test"),
              ("GB", "Build «year».«mm».«dd».«int:1-9»"), ("DE", "Release «hex:8» ausgerollt"), ("US", "Docker image sha256:«hex:12»")],
    "room": [("US", "Meeting in room «int:100-999»"), ("GB", "Flat «int:1-80», floor «int:1-20»"), ("DE", "Raum «up:1»«int:100-499»"),
             ("IN", "Hostel room «int:100-499»"), ("JP", "«int:100-999»号室"), ("IT", "Camera «int:100-499», piano «int:1-9»")],
    "hash": [("US", "SHA-256 «hex:64»"), ("US", "md5sum «hex:32»  iso"), ("US", "$ git log -1 → commit «hex:40»"),
             ("DE", "Prüfsumme «hex:64»"), ("US", "IPFS Qm«b64:44»"), ("US", "ETag \"«hex:32»\"")],
    "uuid": [("US", "Request ID «uuid»"), ("US", "device_id: «uuid»"), ("GB", "Ticket ref «uuid»"), ("DE", "Vorgangs-ID «uuid»"),
             ("IN", "Txn ref «uuid»"), ("US", "trace «uuid»")],
    "tracking": [("US", "UPS «ups» delivered"), ("US", "USPS «pick:9400/9405/9205»«d:18» out for delivery"), ("GB", "Royal Mail «up:2»«d:9»GB"),
                 ("DE", "DHL Paket «n:12» liegt in der Packstation"), ("IN", "Delhivery shipment AWB «n:13» reached hub"), ("CN", "SF快递 SF«d:13»")],
    "product_code": [("US", "EAN scanned «ean13»"), ("DE", "Im Regal gescannt, EAN «ean13»"), ("US", "Model no. «up:3»-«n:4»"),
                     ("GB", "SKU «n:8»"), ("JP", "型番 «up:2»«n:4»"), ("US", "Serial «an:12»")],
    "password_words": [("US", "Change password — last changed «int:2-300» days ago"), ("US", "Password must include a symbol and «int:8-16» characters"),
                       ("GB", "Passwords don't match, «int:1-4» tries left"), ("US", "Password health: «int:1-40» weak, «int:1-20» reused"),
                       ("DE", "Passwort vergessen? Link gilt «int:10-60» Minuten"), ("FR", "Mot de passe incorrect, «int:1-4» essais restants"), ("BR", "Esqueceu a senha?")],
    "secret_reference": [("US", "key = os.getenv(\"ANTHROPIC_API_KEY\")  # line «int:10-400»"), ("US", "token: ${{ secrets.DEPLOY_TOKEN_«int:1-99» }}"),
                         ("US", "DB_PASS=$(cat /run/secrets/db_«int:1-99»)"), ("US", "$ op read op://Private/Router-«int:1-99»/password"),
                         ("DE", "Schlüssel «int:1-99» liegt im Passwortmanager"), ("GB", "Secret v«int:1-40» stored in GCP Secret Manager")],
    "masked": [("US", "Mastercard •••• «d:4»"), ("US", "Autopay failed: card ending «d:4» declined by issuer"), ("IN", "A/c XX«d:4» credited"),
               ("GB", "Account ending «d:4»"), ("DE", "Karte ****«d:4»"), ("US", "Phone ending in «d:4»")],
    "meeting_id": [("US", "Rejoin the retro: Zoom «n:3» «d:4» «d:4»"), ("US", "Teams ID «n:3» «d:3» «d:3» «d:3»"), ("GB", "Webex access code «n:4» «d:3» «d:4» for the town hall"),
                   ("DE", "Meeting-ID «n:3» «d:3» «d:4»"), ("IN", "Google Meet «pick:abc/xyz/pqr»-«pick:defg/mnop/stuv»-«pick:hij/klm/rst»"), ("US", "Passcode «n:6»")],
    "address": [("US", "«int:10-9999» Maple Ave, Apt «int:1-40»"), ("GB", "«int:1-200» High Street"), ("DE", "Hauptstraße «int:1-200»"),
                ("FR", "«int:1-150» rue de la Paix"), ("IN", "Flat «int:101-999», Sector «int:1-80»"), ("BR", "Rua das Flores, «int:10-2000»")],
    "network": [("US", "Router at «ip»"), ("US", "MAC «mac»"), ("DE", "Fritzbox Standard-Gateway «ip» erreichbar"), ("GB", "DNS «ip»"), ("PL", "Port «int:1024-65000» otwarty"),
                ("IN", "Device «mac» connected")],
    "health": [("US", "Blood pressure «int:100-150»/«int:60-95»"), ("US", "Heart rate «int:50-120» bpm"), ("GB", "Steps «num:1000-20000»"),
               ("DE", "Blutzucker «int:70-180» mg/dl"), ("IN", "Oximeter reading SpO2 «int:92-100»% at rest"), ("JP", "今朝の体重 «int:45-95».«int:0-9»kg")],
    "ticket": [("US", "Support ticket #«n:6»"), ("US", "JIRA «up:3»-«n:4»"), ("GB", "Case «n:8»"), ("DE", "Ticketnummer «n:7»"),
               ("IN", "Electricity board complaint no. «n:10» registered"), ("ZA", "Eskom fault ref «n:9»")],
    "booking": [("US", "Confirmation «an:6»"), ("GB", "Booking ref «an:6»"), ("DE", "Buchungsnummer «an:8»"), ("FR", "Réservation «an:6»"),
                ("IN", "PNR «n:10»"), ("MX", "Reservación «an:6»")],
    "timestamp": [("US", "backup finished «year»-«mm»-«dd»T«hh»:«two»:«two»Z"), ("US", "cache written at epoch «int:1700000000-1800000000»"), ("GB", "Logged «dd»/«mm»/«year» «hh»:«two»"),
                  ("DE", "Zeitstempel «year»«mm»«dd»-«hh»«two»"), ("US", "sensor upload batch ts=«int:1700000000000-1800000000000» queued"), ("JP", "«year»/«mm»/«dd» «hh»:«two»:«two»")],
    "short_code": [("US", "Your verification code is «d:6»"), ("US", "Text STOP to «n:5»"), ("GB", "One-time code «d:6»"), ("IN", "OTP «d:6»"),
                   ("DE", "Bestätigungscode «d:6»"), ("BR", "Código «d:6»")],
    "public_key": [("US", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» laptop"), ("US", "PublicKey = «b64:43»="), ("US", "age1«bech:58»"),
                   ("US", "pk_test_«an:24»"), ("DE", "Fingerprint «HEX:40»"), ("US", "SHA256:«b64:43» (ED25519)")],
    "placeholder": [("US", "API_KEY=changeme  # sample «int:1-99»"), ("US", "db_password: **** (hidden in UI, field «int:1-30»)"),
                    ("US", "token=<redacted> (request «n:6»)"), ("US", "SSN ###-##-#### on template v«int:1-9»"),
                    ("GB", "Sort code XX-XX-XX in form «int:1-99»"), ("US", "Phone 555-01«d:2» (fictional)")],
    "postal": [("US", "Weather for ZIP «n:5» updated"), ("GB", "Postcode SW«int:1-20» «int:1-9»«up:2»"), ("DE", "Lieferadresse PLZ «n:5» geändert"), ("IN", "Delivery pincode «n:6» serviceable"),
               ("CA", "Postal code M«int:1-9»«up:1» «int:1-9»«up:1»«int:1-9»"), ("BR", "Endereço de entrega, CEP «n:5»-«d:3», confirmado")],
    "quantity": [("US", "«int:2-24» eggs, «int:1-5» gallons milk"), ("GB", "«int:1-9» x «int:100-999» g flour"), ("DE", "«int:1-20» Stück"),
                 ("IN", "«int:1-10» kg rice"), ("US", "Storage «int:10-900» GB used of «int:1-2» TB"), ("JP", "«int:1-12»個")],
    "score": [("US", "Final «int:80-130»–«int:80-130»"), ("GB", "FT «int:0-5»-«int:0-5»"), ("IN", "Gully cricket: we made «int:100-350»/«int:1-9» in «int:20-50» overs"),
              ("DE", "Kreisliga Endstand «int:0-5»:«int:0-5» nach Verlängerung"), ("KR", "최종 스코어 «int:0-9»:«int:0-9»"), ("BR", "Pelada de domingo: placar «int:0-5» x «int:0-5»")],
    "stock": [("US", "MSFT «int:300-500».«two»"), ("US", "TSLA «int:150-400».«two» ▲«int:0-9».«two»%"), ("IN", "NIFTY «num:20000-26000»"),
              ("GB", "FTSE «num:7000-9000»"), ("DE", "Depot: SAP schließt bei «int:150-280»,«two» €"), ("JP", "保有株 トヨタ «num:2000-3500»円で引け")],
    "weather": [("US", "High «int:40-100»°F"), ("GB", "Rain «int:0-100»%"), ("DE", "Höchstwert «int:0-35»°C"),
                ("IN", "Bathroom sensor humidity «int:30-100»%"), ("AU", "UV «int:1-14»"), ("JP", "最高気温 «int:0-38»℃")],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (``privacy_lookalike_fields``)."""
    return privacy_lookalike_fields.lookalikes(r, GROUPS)
