"""Look-alikes for the dev11 privacy set (``privacy_cases_dev11.py``): lines a personal agent meets
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
    "time": [
        ("US", "Doors open «int:6-7»:«two» PM · Show starts «int:7-8»:«two»"), ("GB", "Next bus «int:1-59» min · then «hh:6-23»:«two»"),
        ("DE", "Abfahrt «hh:5-21»:«two» Uhr, Ankunft «hh:6-23»:«two» Uhr"), ("JP", "開始時刻 «hh:9-20»:«two»"),
        ("FR", "Pause déjeuner à «hh:12-13»h«two»"), ("IN", "Cab arriving at «hour»:«two» pm, OTP shared in app"),
        ("BR", "Culto às «hh:18-20»h, café às «hh:7-9»h«two»"), ("US", "Quiet hours «int:9-11»:00 PM – «int:6-8»:00 AM"),
        ("ES", "Hora de cierre: «hh:20-23»:«two»"), ("AU", "Low tide «hour»:«two» am, high «hour»:«two» pm"), ("KR", "오후 «hour»시 «two»분 알람"),
        ("MX", "Salida del vuelo «hh:5-23»:«two» hrs"),
    ],
    "date": [
        ("US", "Lease ends «mm»/«dd»/«year» — renewal letter due 60 days before"), ("GB", "Bin collection moved to «dd»/«mm»/«year»"),
        ("DE", "Kündigungsfrist bis «dd».«mm».«year»"), ("JP", "«year»年«mm»月«dd»日 提出期限"), ("US", "\"expires\": \"«year»-«mm»-«dd»\""),
        ("FR", "Vacances du «int:1-14» au «int:15-28» «pick:juillet/août/avril»"), ("IN", "Next EMI due «dd»-«mon»-«year»"),
        ("BR", "Data de validade: «dd»/«mm»/«year»"), ("NL", "Geldig t/m «dd»-«mm»-«year»"),
        ("US", "Week «int:1-52» of «year» · sprint «int:10-99»"), ("CN", "«year»年«int:1-12»月«int:1-28»日 周«pick:一/三/五»"),
        ("PL", "Termin płatności: «dd».«mm».«year»"),
    ],
    "duration": [
        ("US", "Workout: «int:20-90» min, avg HR «int:100-160»"), ("GB", "Journey time «int:1-3» h «int:1-59» min"),
        ("US", "make: all targets done in «int:1-59»m «int:1-59»s"), ("DE", "Bratzeit ca. «int:10-60» Minuten"), ("IN", "Reel length 0:«two»"),
        ("US", "Audiobook: «int:1-20»h «int:1-59»m left"), ("FR", "Durée de l'appel : «int:1-59» min «two» s"),
        ("JP", "再生時間 «int:1-2»:«two»:«two»"), ("BR", "Tempo de preparo: «int:15-90» min"), ("US", "Focus session «int:25-50»:00 ✓"),
        ("AU", "Flight time «int:1-14»h «int:1-59»m"), ("US", "Battery lasts ~«int:3-20» hrs on this setting"),
    ],
    "version": [
        ("US", "$ python --version → Python 3.«int:10-14».«int:0-9»"),
        ("US", "Chrome is up to date · Version «int:128-142».0.«int:6000-7999».«int:10-99»"),
        ("US", "About This Mac: macOS Sequoia «int:15-16».«int:0-6».«int:1-3»"), ("DE", "Firmware-Version «int:7-8».«int:10-99»"),
        ("US", "\"typescript\": \"^«int:4-5».«int:0-9».«int:0-9»\""), ("US", "$ node -v → v«int:18-24».«int:0-19».«int:0-9»"),
        ("GB", "Android «int:13-16», One UI «int:5-8».«int:0-1»"), ("IN", "App version «int:2-9».«int:0-60».«int:0-9» («int:100-999»)"),
        ("US", "kernel «int:5-6».«int:1-15».«int:0-80»-arch1-1"), ("US", "requirements.txt: numpy==«int:1-2».«int:0-4».«int:0-9»"),
        ("FR", "Nouvelle version «int:3-9».«int:0-9» disponible"), ("US", "Docker Desktop «int:4-5».«int:20-45».«int:0-9»"),
    ],
    "coordinates": [
        ("US", "Find My › AirTag last seen near «lat:30..47», -«lon:75..122»"), ("GB", "Meet at the pier, pin «lat:50..58»,-«lon:0..5»"),
        ("DE", "Wanderparkplatz bei «lat:47..55» N, «lon:6..15» E"), ("US", "https://maps.google.com/?q=«lat:25..48»,-«lon:70..123»"),
        ("JP", "緯度 «lat:31..43» 経度 «lon:130..145»"), ("AU", "Campsite at -«lat:12..42», «lon:115..153»"),
        ("US", "exiftool IMG_«n:4».HEIC → GPS Position «lat:25..48» N, «lon:70..123» W"),
        ("BR", "Localização do sítio: -«lat:3..30», -«lon:35..55»"), ("IN", "Geo-tag: «lat:9..30», «lon:72..88»"),
        ("FR", "Point de rendez-vous : «lat:43..50», «lon:0..7»"), ("US", "Shared location geo:«lat:25..48»,-«lon:70..123» via Signal"),
        ("ZA", "Trailhead for Saturday's hike: -«lat:25..34», «lon:18..31»"),
    ],
    "amount": [
        ("US", "Amount due by the 15th: $«price:20-900»"), ("GB", "Council tax £«price:80-300» / month"), ("DE", "Summe «int:10-999»,«two» €"),
        ("IN", "Paid ₹«num:100-45000» via UPI"), ("JP", "レシート 合計 ¥«num:300-25000»（税込）"), ("BR", "Total da compra: R$ «int:10-999»,«two»"),
        ("US", "Salary $«num:38000-180000».00 / yr"), ("MX", "Importe $«num:100-25000».«two» MXN"),
        ("US", "Refund of $«price:5-200» issued to original payment method"), ("FR", "Montant TTC : «int:10-999»,«two» €"),
        ("NG", "₦«num:1000-250000» debited, bal ₦«num:1000-900000»"), ("US", "Tip «int:15-25»% ($«price:3-40»)"),
    ],
    "isbn": [
        ("US", "Goodreads › Edition details › ISBN13 «isbn13»"), ("GB", "Hold ready at the Main Branch library for ISBN «isbn13»"),
        ("DE", "Buchhandlung hat bestellt: ISBN «isbn13»"), ("US", "Citation: 2nd ed., ISBN-10 «isbn10»"), ("FR", "Réf. librairie ISBN «isbn13»"),
        ("IN", "Sem «int:1-8» syllabus lists the textbook as ISBN «isbn13»"), ("US", "Used copy, good condition · ISBN «isbn10»"),
        ("JP", "書籍コード ISBN «isbn13»"), ("US", "Kindle edition, print ISBN «isbn13»"), ("ES", "Libro de texto ISBN «isbn13»"),
        ("BR", "Livro: ISBN «isbn13»"),
    ],
    "order": [
        ("US", "Your Amazon package (order #1«d:2»-«d:7»-«d:7») was left in the mailroom"), ("US", "Target order «n:12» is ready for pickup"),
        ("GB", "ASOS order «n:9» dispatched"), ("IN", "Flipkart order OD«n:18»: delivery agent assigned, arriving today"),
        ("DE", "Deine Bestellung «n:3»-«d:7»-«d:7» wurde versandt"), ("BR", "Seu pedido nº «n:10» foi confirmado e sai amanhã"),
        ("US", "Etsy · Receipt #«n:10» · 2 items from a shop in Oregon"), ("US", "Chipotle online order «n:6» · pickup «hour»:«two»"),
        ("JP", "注文番号 «n:3»-«d:7»-«d:7»"), ("MX", "Pedido Mercado Libre #«n:16»"), ("FR", "Commande n° «an:10»"), ("US", "DoorDash order «an:8»"),
    ],
    "flight": [
        ("US", "UA «int:100-2999» SFO → EWR · Gate «pick:B/C/F»«int:1-40»"), ("GB", "BA«int:100-999» LHR–JFK, seat «int:10-60»«pick:A/C/K»"),
        ("DE", "LH «int:400-999» FRA-MUC, Terminal «int:1-2»"), ("IN", "6E «int:100-999» BLR→DEL on time"),
        ("US", "AA«int:1000-2999» to ORD now departs «int:20-90» min late"), ("AE", "EK«int:100-999» DXB-LHR boarding"),
        ("FR", "AF «int:1000-1999» CDG → NCE"), ("BR", "Voo LA «int:3000-4999» GRU-REC"), ("JP", "NH«int:1-999»便 羽田発"),
        ("US", "DL «int:100-2999» · Zone «int:1-8»"), ("AU", "QF«int:1-999» SYD–MEL, bag drop «int:1-40»"),
        ("MX", "Vuelo AM «int:100-999» MEX-CUN"),
    ],
    "invoice": [
        ("US", "Invoice INV-«year»-«n:5» · Net 30"), ("GB", "Invoice no. «n:6» from Octopus Energy"),
        ("DE", "Ihre Rechnung Nr. RE-«n:6» vom Stadtwerk"), ("US", "QuickBooks › Invoice «n:4» › Sent"), ("IN", "GST Invoice No. GST/«year»/«n:4»"),
        ("FR", "Votre facture F«year»-«n:4» est disponible dans l'espace client"), ("BR", "NF-e nº «n:9» série «int:1-9» emitida"),
        ("US", "Stripe invoice «an:8»-«d:4»"), ("ES", "Adjunto la factura nº «year»/«n:4» del mes"), ("US", "Bill #«n:7» — AT&T wireless"),
        ("NL", "Factuurnummer «n:8»"), ("MX", "Folio fiscal «uuid»"),
    ],
    "build": [
        ("US", "CircleCI workflow «n:5» passed on main"), ("US", "Xcode build «int:15-16»«up:1»«int:100-999»"),
        ("US", "Docker image sha-«hex:7» deployed"), ("US", "Jenkins job nightly #«n:4» FAILURE"),
        ("GB", "Pipeline «n:9» succeeded in «int:2-30» min"), ("US", "Vercel deployment dpl_«an:24»"),
        ("DE", "Interner Build «year».«mm».«dd».«int:1-9» an TestFlight hochgeladen"), ("US", "build.gradle: versionCode «n:8»"),
        ("IN", "Release build «int:1-9».«int:0-9».«int:0-9»+«n:3»"), ("US", "GitHub Actions run «n:10» · attempt «int:1-3»"), ("JP", "ビルド番号 «n:5»"),
        ("US", "Windows 11 build «int:22-26»«int:100-999».«n:4»"),
    ],
    "room": [
        ("US", "Meeting moved to Room «int:2-9»«d:2»"), ("GB", "Ward «int:1-30», bed «int:1-40»"),
        ("DE", "Sprechstunde in Raum «pick:A/B/C»«int:1-5».«d:2»"), ("US", "Hotel room «int:2-30»«d:2», checkout 11am"),
        ("IN", "Hostel block «pick:A/B/C/D», room «int:100-499»"), ("FR", "Salle «int:100-450»"),
        ("US", "Conf Rm «int:1-12»-«pick:North/South/East»"), ("JP", "会議室 «int:1-9»«d:2»"),
        ("US", "Dorm «pick:Hall/House» «int:1-9», Rm «int:100-499»"), ("BR", "Consultório: sala «int:100-999», «int:1-20»º andar, Ed. Central"),
        ("US", "Exam room «int:1-20»"), ("AU", "Level «int:1-40», Room «int:1-9»«d:2»"),
    ],
    "hash": [
        ("US", "Merged PR #«n:3» as commit «hex:40»"), ("US", "«hex:64» *debian-«int:12-13».«int:0-9».0-amd64-netinst.iso"),
        ("US", "Merged «hex:7» into main"), ("US", "MD5 «hex:32»"), ("US", "HTTP/2 304 · etag: W/\"«hex:32»\""),
        ("US", "HEAD is now at «hex:7» fix flaky test"), ("DE", "Prüfsumme (SHA-1): «hex:40»"), ("US", "docker pull app@sha256:«hex:64»"),
        ("US", "integrity: sha512-«b64:86»=="), ("IN", "Etherscan tx 0x«hex:64»"), ("US", "cache key node-modules-«hex:16»"),
        ("JP", "ハッシュ値 «hex:40»"),
    ],
    "uuid": [
        ("US", "nginx: request_id=«uuid» status=200"), ("US", "X-Correlation-ID: «uuid»"), ("US", "Trace «uuid» took «int:10-900» ms"),
        ("DE", "Geräte-ID «uuid»"), ("US", "/api/v2/items/«uuid»"), ("GB", "Session «uuid» expired"), ("US", "\"id\": \"«uuid»\""),
        ("US", "Bluetooth service UUID «uuid»"), ("IN", "Txn ref «uuid»"), ("US", "notion.so/Trip-notes-«hex:32»"),
        ("US", "Sentry · event «hex:32» · TypeError in checkout.js"),
    ],
    "tracking": [
        ("US", "UPS «ups» · Out for delivery"), ("US", "USPS tracking 9«pick:2/4/3»«d:20»"), ("US", "FedEx «n:12» · Delivered, front porch"),
        ("GB", "Royal Mail Tracked 24: «up:2»«d:9»GB – delivered to a neighbour"), ("DE", "DHL Paket, Sendungsnummer «n:20», Zustellung morgen"),
        ("IN", "Delhivery · AWB no. «n:13» · in transit to Pune hub"), ("CN", "AliExpress tracking LP«d:14»"),
        ("BR", "Rastreio Correios «up:2»«d:9»BR"), ("JP", "お問い合わせ番号 «n:4»-«d:4»-«d:4»"), ("NL", "PostNL 3S«an:13»"),
        ("FR", "Colissimo : votre colis «n:1»«up:1»«d:11» est en point relais"), ("AU", "AusPost «up:2»«d:9»AU"),
    ],
    "product_code": [
        ("US", "EAN (oat milk, 1 L): «ean13»"), ("DE", "EAN beim Self-Checkout gescannt: «ean13»"), ("US", "UPC printed under the barcode: «n:12»"),
        ("US", "SKU «up:3»-«n:5»-«up:2»"), ("US", "Model no. «up:2»«int:10-99»«up:1»«d:4»"), ("US", "ASIN B0«an:8»"), ("GB", "Part number «an:10»"),
        ("IN", "HSN code on the GST bill: «n:8»"), ("FR", "Réf. article «n:7»"), ("JP", "型番 «up:3»-«d:4»"),
        ("US", "Serial «an:12» (warranty lookup)"), ("US", "IMEI check: see Settings › General › About"),
    ],
    "password_words": [
        ("US", "Forgot password? Reset it here"), ("US", "Your new password must be at least «int:8-16» characters and include a number"),
        ("GB", "Your password was changed «int:2-30» days ago"), ("US", "Passwords › «int:2-40» compromised passwords found"),
        ("DE", "Passwort vergessen? Kein Problem – Link anfordern"), ("FR", "Mot de passe oublié ? Recevoir un lien par SMS"),
        ("US", "Enter your password to continue"), ("US", "password123 is one of the most common passwords, per the report"),
        ("IN", "Password reset link valid for «int:10-60» minutes"), ("ES", "Cambiar contraseña"), ("BR", "Esqueci minha senha"),
        ("US", "Two-factor authentication is on for «int:2-30» accounts"),
    ],
    "secret_reference": [
        ("US", "  with: api_key: ${{ secrets.OPENAI_API_KEY }}  # workflow step"),
        ("US", "key = os.getenv(\"ANTHROPIC_API_KEY\")  # never hardcode"), ("US", "token = vault.read('secret/data/app')['token']"),
        ("US", "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}"), ("US", "password: !vault | $ANSIBLE_VAULT;1.1;AES256"),
        ("US", "export GH_TOKEN=\"$(gh auth token)\"  # from the keyring"), ("DE", "DB_PASSWORD aus dem Key Vault laden"),
        ("US", "valueFrom: secretKeyRef: name: db-creds key: password"), ("US", "Rotate the Slack bot token every «int:30-90» days"),
        ("US", "op read op://Private/AWS/credential"), ("GB", "See 1Password item 'Router admin'"),
        ("US", "aws secretsmanager get-secret-value --secret-id prod/db"),
    ],
    "masked": [
        ("US", "Apple Pay · Visa ending «d:4» · approved"), ("US", "Autopay from the card ending in «d:4» failed"),
        ("GB", "Statement for account ending ****«d:4» is ready"), ("IN", "A/c XX«d:4» debited by INR «int:100-9999».00 at a POS"),
        ("US", "Tax form preview: SSN ***-**-«d:4» (masked)"), ("DE", "Lastschrift von IBAN DE** **** **** **** **«d:2» «d:2» abgebucht"),
        ("US", "Phone (***) ***-«d:4»"), ("US", "sk-...«an:4»"), ("BR", "Cartão final «d:4»"),
        ("US", "Mastercard ···· «d:4» expires «mm»/«int:27-32» · default card"), ("FR", "Carte **** «d:4»"), ("US", "Routing *****«d:4»"),
    ],
    "meeting_id": [
        ("US", "Zoom link for the PTA call, Meeting ID «n:3» «d:4» «d:4»"),
        ("US", "Join on the web or in the Teams app, meeting «n:3» «d:3» «d:3» «d:3»"), ("US", "Webex access code «n:4» «d:3» «d:3»"),
        ("GB", "Google Meet: meet.google.com/«pick:abc/xyz/kqm»-«pick:defg/wxyz/pqrs»-«pick:hij/tuv/mno»"), ("DE", "Konferenz-ID «n:9»#"),
        ("US", "Zoom webinar «n:11»"), ("IN", "Meeting number «n:10»"), ("US", "GoTo Meeting «n:9»"), ("US", "Meeting ID «n:3»-«d:3»-«d:3»"),
        ("FR", "Teams : ID de réunion «n:3» «d:3» «d:4»"), ("US", "H.323: «ip» · meeting «n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "Return label: «int:100-9999» Maple Ave, Springfield, IL"), ("GB", "Flat «int:1-40», «int:1-200» High Street"),
        ("DE", "Lieferadresse: Hauptstraße «int:1-200», «n:5» Musterstadt"),
        ("US", "Apt «int:1-30»«pick:A/B/C», «int:10-999» W «int:1-200»th St, buzzer broken"), ("FR", "«int:1-120» rue de la République"),
        ("IN", "Flat «int:101-1204», Tower «pick:A/B/C», Sector «int:1-150»"), ("JP", "«int:1-9»丁目«int:1-30»-«int:1-20»"),
        ("BR", "Rua das Flores, «int:10-2000» – apto «int:11-304»"), ("ES", "Calle Mayor «int:1-99», «int:1-9»º «pick:A/B/C»"),
        ("US", "PO Box «n:4»"), ("AU", "Unit «int:1-40», «int:1-300» George St"), ("NL", "Kerkstraat «int:1-300»«pick:A/B/-»"),
    ],
    "network": [
        ("US", "IPv4 «ip» · Router 192.168.1.1"), ("US", "$ ssh -p 2222 pi@«ip»"), ("US", "MAC «mac»"),
        ("US", "Router › DHCP › DNS servers 1.1.1.1 and 9.9.9.9"),
        ("US", "Uvicorn running on http://127.0.0.1:«int:3000-9999» (Press CTRL+C to quit)"), ("DE", "WLAN-Kanal «int:1-13», «pick:2,4/5» GHz"),
        ("US", "64 bytes from «ip»: icmp_seq=«int:1-9» ttl=64 time=«int:1-90».«int:0-9» ms"), ("GB", "Port «int:1024-65000»/tcp open"),
        ("US", "inet6 fe80::«hex:4»:«hex:4»:«hex:4»:«hex:4»"), ("US", "SSID: Home-«HEX:4» (WPA3)"), ("IN", "Speed test: «int:10-900» Mbps down"),
        ("US", "$ curl -s localhost:«int:3000-9000»/healthz → ok"),
    ],
    "health": [
        ("US", "Omron cuff: «int:100-150»/«int:60-95» mmHg, pulse «int:55-95»"), ("US", "Fitbit: resting HR «int:48-80» bpm this week"),
        ("GB", "Libre sensor: glucose «int:4-9».«int:0-9» mmol/L, steady"), ("US", "Apple Health: «num:1500-19000» steps, «int:1-14».«int:0-9» km"),
        ("DE", "Waage heute früh: «int:55-110»,«int:0-9» kg"), ("US", "Watch: SpO2 «int:92-100»% during sleep"),
        ("IN", "Sugar fasting «int:80-140» mg/dL"), ("US", "Sleep score «int:50-99»"), ("JP", "今朝の体温 «int:35-37».«int:0-9»℃"),
        ("US", "Vitamin D «int:10-80» ng/mL"), ("US", "Dose: «int:1-2» tablet(s) every «int:4-12» hours"),
        ("FR", "Tension ce matin «int:10-15»/«int:6-9», pouls «int:55-90»"),
    ],
    "ticket": [
        ("US", "Moved JIRA PROJ-«n:4» to In Review"), ("US", "Zendesk #«n:6»"), ("US", "Closes #«n:4» (GitHub issue from the mobile team)"),
        ("GB", "Case reference CR-«n:7»"), ("US", "INC«d:7» (ServiceNow) resolved — laptop dock replaced"),
        ("DE", "Ihre Ticket-Nr. «n:8» beim Kundenservice"),
        ("US", "Ticketmaster: Section «int:100-330», Row «int:1-30», Seats «int:1-12»–«int:13-25»"), ("IN", "Complaint no. «n:10»"),
        ("US", "Linear · ENG-«n:3» moved to Done by the triage bot"), ("US", "Parking citation «n:9»"), ("FR", "Réclamation n° «n:8»"),
        ("US", "Raffle ticket «n:6»"),
    ],
    "booking": [
        ("US", "Confirmation code «up:6»"), ("GB", "Booking reference «an:6»"),
        ("DE", "Ferienwohnung, Buchungsnummer «n:10», Schlüsselbox am Eingang"), ("US", "Airbnb HM«an:8»"),
        ("IN", "Train ticket booked, PNR «n:10», berth «int:1-72» in coach B«int:1-6», status CNF"), ("US", "OpenTable conf #«n:5»"),
        ("FR", "Réservation SNCF «up:6»"), ("US", "Booking.com confirmation «n:10», PIN in app"), ("JP", "予約番号 «an:8»"),
        ("US", "Hertz res «an:10»"), ("ES", "Localizador «up:6»"), ("US", "Expedia itinerary «n:13»"),
    ],
    "timestamp": [
        ("US", "«year»-«mm»-«dd»T«hh»:«two»:«two».«d:3»Z INFO started"), ("US", "[«hh»:«two»:«two»] user joined"),
        ("US", "metrics ts=«int:1730000000-1830000000» cpu=«int:1-99»"),
        ("US", "Last-Modified: «pick:Mon/Tue/Wed», «dd» «mon» «year» «hh»:«two»:«two» GMT"), ("DE", "Protokoll «dd».«mm».«year» «hh»:«two»"),
        ("US", "{\"event\":\"open\",\"created_at_ms\":«int:1730000000000-1830000000000»}"),
        ("US", ">>> time.time() → «int:1730000000-1830000000».«d:3»"), ("GB", "Log «year»/«mm»/«dd» «hh»:«two»:«two»"),
        ("JP", "最終更新 «year»/«mm»/«dd» «hh»:«two»"), ("US", "cron: «int:0-59» «int:0-23» * * «int:1-5»"),
        ("US", "Backup finished «year»«mm»«dd»-«hh»«two»"), ("IN", "«dd»-«mm»-«year» «hh»:«two»:«two» IST"),
    ],
    "short_code": [
        ("US", "Msg&data rates may apply. Text STOP to «n:5» to opt out"), ("US", "Reply YES to «n:6» to confirm"),
        ("IN", "Dial *«int:100-199»# to check your data balance"), ("NG", "Dial *«int:300-999»*«int:1-9»# to recharge"),
        ("US", "Gate «pick:A/B/C/D»«int:1-40»"), ("GB", "Route «int:1-499» bus"), ("US", "Exit «int:1-99»«pick:A/B»"),
        ("KE", "Paybill «n:6», account number = your name"), ("US", "Amazon Locker «int:1-300», pickup code in the app"),
        ("DE", "Gleis «int:1-20»"), ("US", "Reception ext. «n:4» (internal only)"),
        ("PH", "SIM registration: dial *«int:100-999»# and follow the prompts"),
    ],
    "public_key": [
        ("US", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» laptop"), ("US", "age1«bech:58»"),
        ("US", "PGP fingerprint «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»  «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»"),
        ("US", "WireGuard PublicKey = «b64:43»="), ("US", "-----BEGIN PUBLIC KEY----- MCowBQYDK2VwAyEA«b64:43»= -----END PUBLIC KEY-----"),
        ("US", "pk_live_«an:24» (publishable key, safe in the browser)"), ("US", "Key fingerprint SHA256:«b64:43»"),
        ("DE", "Öffentlicher Schlüssel: «b64:44»"), ("US", "npub1«bech:58»"),
        ("US", "known_hosts: github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
        ("US", "Signal › Verify «pick:Ana/Kofi/Ravi»: «n:5» «d:5» «d:5» «d:5» «d:5» «d:5»"), ("US", "Minisign public key RW«b64:54»"),
    ],
    "placeholder": [
        ("US", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE (from the AWS docs)"),
        ("US", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("US", "# OPENAI_API_KEY=...  (fill in locally, do not commit)"), ("US", "password = \"changeme\"  # set a real one in prod"),
        ("US", "curl -H \"Authorization: Bearer $TOKEN\" (set TOKEN first)"), ("US", "Phone: 555-01«d:2» (sample)"), ("US", "SSN: 000-00-0000"),
        ("GB", "Payment form placeholder text: 'XXXX XXXX XXXX XXXX'"), ("US", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("DE", "IBAN: DExx xxxx xxxx xxxx xxxx xx"), ("US", "API_KEY=REPLACE_WITH_YOUR_KEY"), ("US", "sk-ant-api03-... (truncated in the docs)"),
    ],
    "postal": [
        ("US", "ZIP «n:5»"), ("GB", "Postcode «pick:EC1A/M1/B33/LS6» «int:1-9»«pick:AB/HX/QT/WZ»"), ("DE", "Paketshop in PLZ «n:5» gefunden"),
        ("IN", "Pincode «n:6»"), ("CA", "Ship to «pick:K1A/M5V/H3B/V6B» «int:0-9»«pick:A/B/C»«int:0-9» (Canada Post, 2 business days)"),
        ("BR", "CEP da obra «n:5»-«d:3», São Paulo"), ("JP", "〒«n:3»-«d:4»"), ("FR", "Code postal «n:5»"),
        ("AU", "Delivery zone: postcode «int:2000-7999» (metro)"), ("NL", "Nieuw adres, postcode «n:4» «up:2», huisnummer «int:1-200»"),
        ("MX", "Código postal del envío: C.P. «n:5»"), ("PL", "Kod «n:2»-«d:3»"),
    ],
    "quantity": [
        ("US", "«int:1-12» lbs chicken thighs, «int:1-4» cups rice"), ("GB", "«int:100-900» ml double cream"),
        ("DE", "«int:1-20» Stück, je «int:100-999» g"), ("US", "Storage: «int:10-999» GB used of «pick:256 GB/512 GB/1 TB»"),
        ("IN", "«int:1-10» kg atta, «int:1-5» L oil"), ("US", "«int:1-50» miles, «int:1-9»,«d:3» ft climb"), ("FR", "«int:1-9» kWh consommés"),
        ("JP", "水 «int:1-3»リットル"), ("US", "Print «int:1-200» copies, «int:1-40» pages each"), ("AU", "«int:10-45»°C, UV «int:1-13»"),
        ("US", "Screen «int:1-9»h «int:1-59»m today"), ("BR", "«int:1-12» unidades"),
    ],
    "score": [
        ("US", "Final: «int:80-130»–«int:80-130»"), ("GB", "«int:0-5»–«int:0-5» at full time"),
        ("IN", "«int:150-380»/«int:1-10» in «int:20-50» overs"), ("US", "Wordle «n:4» «int:2-6»/6 🟩🟩🟨⬜🟩"), ("US", "Bowling «int:90-280»"),
        ("DE", "Endstand «int:0-6»:«int:0-6»"), ("US", "Quiz score «int:1-20»/20"), ("BR", "Placar «int:0-5» x «int:0-5»"),
        ("US", "Strava: «int:1-40» PRs this year"), ("US", "SAT «int:1000-1600»"), ("AU", "«int:100-450»/«int:1-10» declared"),
        ("US", "Duolingo streak «int:10-999» days"),
    ],
    "stock": [
        ("US", "MSFT «int:300-500».«two» ▲«int:0-3».«two»%"), ("US", "TSLA «int:150-400».«two»"), ("IN", "RELIANCE ₹«num:1100-3200».«two»"),
        ("GB", "FTSE 100 closes at «num:7200-9400».«int:0-9» (+0.«d:1»%)"), ("DE", "SAP «int:150-300»,«two» €"), ("JP", "トヨタ «num:2200-3600»円"),
        ("US", "Dow «num:38000-47000».«two»"), ("US", "ETH $«num:1800-4800».«two»"), ("BR", "PETR4 R$ «int:20-45»,«two»"),
        ("US", "VOO «int:400-600».«two» (+«int:0-2».«two»%)"), ("US", "AMZN 52w high «int:150-250».«two»"), ("HK", "恒生指數 «num:16000-27000»"),
    ],
    "weather": [
        ("US", "«int:60-75»°F, feels like «int:55-80»°"), ("GB", "«int:0-30»°C, rain «int:10-100»%"), ("DE", "Wind «int:5-80» km/h aus West"),
        ("IN", "Humidity «int:40-99»%"), ("JP", "最高 «int:10-38»℃ / 最低 «int:0-25»℃"), ("US", "Pollen «int:1-12».«int:0-9» high"),
        ("AU", "Fire danger rating «pick:Moderate/High/Extreme»"), ("US", "Pressure «int:29-30».«two» inHg"),
        ("BR", "Máx «int:20-38»° mín «int:10-25»°"), ("US", "Snow «int:1-20» in expected"), ("FR", "Vent «int:10-90» km/h"),
        ("CA", "Wind chill -«int:5-40»"),
    ],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn once, each line new and harmless (``privacy_lookalike_fields``)."""
    return privacy_lookalike_fields.lookalikes(r, GROUPS, times=1)
