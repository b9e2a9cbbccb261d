"""Look-alikes for the dev12 privacy set (``privacy_cases_dev12.py``): lines a personal agent meets
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
        ("US", "Voice note (transcribed): pick up the kids at «hour»:«two», not «hour»:«two»"), ("GB", "Window title: Timer — «int:1-59»:«two» remaining"),
        ("DE", "Kalender: Zahnarzt um «hh:8-18»:«two»"), ("IN", "Chat: meeting shifted to «hour»:«two» pm IST"), ("JP", "集合は «hh:7-10»時«two»分"),
        ("FR", "Rendez-vous chez le coiffeur à «hh:9-18»h«two»"), ("BR", "Lembrete: reunião às «hh:8-18»h"), ("US", "Window title: Clock — alarm set for «hour»:«two» AM"),
        ("ES", "Recordatorio: cita a las «hh:9-20»:«two»"), ("AU", "Kick-off «hour»:«two» pm AEST"), ("KR", "회의 시작 «hh:9-18»:«two»"),
        ("MX", "La junta es a las «hour»:«two»"),
    ],
    "date": [
        ("US", "Calendar: dentist on «mm»/«dd»/«year»"), ("GB", "Passport renewal by «dd»/«mm»/«year»"), ("DE", "Kalender: Elternabend am «dd».«mm».«year»"),
        ("JP", "締切 «year»/«mm»/«dd»"), ("US", "Window title: Report_«year»-«mm»-«dd».xlsx — Excel"), ("FR", "Date limite : «dd»/«mm»/«year»"),
        ("IN", "Chat: exam on «dd»/«mm», results by «dd»/«mm»"), ("BR", "Vencimento do boleto: «dd»/«mm»/«year»"), ("NL", "Afspraak op «dd»-«mm»-«year»"),
        ("US", "Warranty valid until «mon» «day», «year»"), ("CN", "截止日期 «year»-«mm»-«dd»"), ("PL", "Data wizyty: «dd».«mm».«year»"),
    ],
    "duration": [
        ("US", "Voice note length «int:0-9»:«two»"), ("GB", "Commute today «int:20-90» minutes"), ("US", "$ time make → real «int:0-9»m«int:1-59».«d:3»s"),
        ("DE", "Backzeit «int:20-70» Minuten bei «int:160-220» Grad"), ("IN", "Video call lasted «int:1-3» hr «int:1-59» min"),
        ("US", "Podcast episode «int:30-120» min"), ("FR", "Trajet estimé : «int:1-5» h «two»"), ("JP", "所要時間 «int:10-90»分"),
        ("BR", "Duração da aula: «int:40-120» min"), ("US", "Screen recording «int:0-59»:«two»"), ("AU", "Layover «int:1-9»h «int:1-59»m"),
        ("US", "Charge time «int:1-9» h to full"),
    ],
    "version": [
        ("US", "Window title: Settings — iOS «int:17-19».«int:0-6».«int:1-3»"), ("US", "$ git --version → git version 2.«int:40-50».«int:0-9»"),
        ("US", "$ go version → go1.«int:21-25».«int:0-9» linux/amd64"), ("DE", "Update auf Version «int:3-9».«int:0-30».«int:0-9» verfügbar"),
        ("US", "pyproject.toml: requires-python = \">=3.«int:9-13»\""), ("US", "$ rustc --version → rustc 1.«int:75-90».«int:0-2»"),
        ("GB", "Firefox «int:120-145».0.«int:1-3» (64-bit)"), ("IN", "WhatsApp v2.«int:23-26».«int:1-25».«int:10-99»"),
        ("US", "package-lock: react@«int:17-19».«int:0-3».«int:0-9»"), ("FR", "Mise à jour «int:1-9».«int:0-9».«int:0-9» installée"),
        ("US", "Ubuntu «int:22-26».«pick:04/10» LTS"), ("JP", "バージョン «int:1-9».«int:0-9».«int:0-9»"),
    ],
    "coordinates": [
        ("US", "Photo metadata: «lat:25..48», -«lon:70..123»"), ("GB", "what3words fallback: «lat:50..58», -«lon:0..5»"),
        ("DE", "Treffpunkt GPS «lat:47..55», «lon:6..15»"), ("US", "Browser bar: https://www.openstreetmap.org/#map=15/«lat:25..48»/-«lon:70..123»"),
        ("JP", "位置情報 «lat:31..43», «lon:130..145»"), ("AU", "Drop pin: -«lat:12..42», «lon:115..153»"), ("BR", "Coordenadas da obra: -«lat:3..30», -«lon:35..55»"),
        ("IN", "Chat: live location «lat:9..30», «lon:72..88»"), ("FR", "Coordonnées GPS : «lat:43..50» N, «lon:0..7» E"),
        ("US", "Strava start point «lat:25..48», -«lon:70..123»"), ("ZA", "Braai spot at -«lat:25..34», «lon:18..31»"),
    ],
    "amount": [
        ("US", "Voice note (transcribed): I owe Sam $«price:5-90» for lunch"), ("GB", "Window title: Basket (£«price:10-300») — Tesco"),
        ("DE", "Kassenbon gesamt «int:5-300»,«two» EUR"), ("IN", "Chat: ₹«num:200-20000» sent, check GPay"), ("JP", "お会計 «num:500-30000»円"),
        ("BR", "Pix de R$ «int:10-900»,«two» recebido"), ("US", "Rent increase to $«num:1200-4500»/mo"), ("MX", "Total a pagar $«num:200-9000».«two»"),
        ("US", "Cashback earned $«price:1-60»"), ("FR", "Facture d'électricité : «int:30-300»,«two» €"),
        ("NG", "Transfer of ₦«num:2000-300000» successful"), ("US", "Split: «int:2-8» people, $«price:10-80» each"),
    ],
    "isbn": [
        ("US", "Library app › On hold › ISBN «isbn13»"), ("GB", "Reading list for Year «int:7-13»: ISBN «isbn13»"),
        ("DE", "Schulbuchliste: ISBN «isbn13»"), ("US", "Bibliography entry, ISBN «isbn10»"), ("FR", "Livre commandé : ISBN «isbn13»"),
        ("IN", "Chat: buy this one, ISBN «isbn13»"), ("US", "Screenshot OCR (back cover): ISBN «isbn13»"), ("JP", "ISBNコード «isbn13»"),
        ("US", "Textbook rental, ISBN «isbn10»"), ("ES", "Lectura obligatoria ISBN «isbn13»"), ("BR", "Nota: comprar ISBN «isbn13»"),
    ],
    "order": [
        ("US", "Window title: Order #«n:9» — Walmart.com"), ("US", "Voice note (transcribed): return order «n:8» before Friday"),
        ("GB", "Argos order «n:10» ready to collect"), ("IN", "Myntra order «n:14» shipped"), ("DE", "Bestellnummer «n:9» bei Zalando"),
        ("BR", "Pedido iFood #«n:4» saiu para entrega"), ("US", "Best Buy order BBY01-«n:12»"), ("US", "Instacart order «n:10» delivered"),
        ("JP", "楽天 注文番号 «n:6»-«d:8»-«d:10»"), ("MX", "Pedido Amazon.com.mx «n:3»-«d:7»-«d:7»"), ("FR", "Commande Fnac n° «n:9»"),
        ("US", "Grubhub order «n:9»"),
    ],
    "flight": [
        ("US", "Voice note (transcribed): flight WN «int:100-3999» lands at «hour»:«two»"),
        ("GB", "Window title: Boarding pass — EZY«int:1000-8999» — Wallet"), ("DE", "Flug EW «int:100-999» nach Palma, Gate «pick:A/B/C»«int:1-60»"),
        ("IN", "Chat: AI «int:100-999» delayed by «int:1-3» hrs"), ("US", "B6 «int:100-2999» JFK → MCO · Seat «int:1-35»«pick:A/B/C/D/E/F»"),
        ("AE", "QR«int:100-999» DOH departs «hh:0-23»:«two»"), ("FR", "Vol TO «int:3000-4999» ORY → OPO"), ("BR", "Voo G3 «int:1000-2999» CGH → SDU"),
        ("JP", "JL«int:100-999»便 欠航"), ("US", "AS «int:100-999» SEA-ANC boarding group «pick:A/B/C»"), ("AU", "VA«int:100-999» BNE → SYD"),
        ("MX", "Vuelo Y4 «int:100-999» GDL-TIJ"),
    ],
    "invoice": [
        ("US", "Window title: Invoice_«n:5».pdf — Preview"), ("GB", "Invoice «up:3»-«n:6» due in «int:7-30» days"),
        ("DE", "Rechnung «year»-«n:5» vom Steuerberater"), ("US", "FreshBooks invoice #«n:4» paid"), ("IN", "Tax invoice TI/«n:4»/«year»"),
        ("FR", "Facture n° FA-«n:6»"), ("BR", "Boleto referente à NF «n:6»"), ("US", "Xero · INV-«n:4» · overdue"), ("ES", "Factura F-«year»-«n:4» adjunta"),
        ("US", "Utility bill statement «n:8»"), ("NL", "Factuur «n:7» van de energieleverancier"),
    ],
    "build": [
        ("US", "Window title: Build #«n:4» — Jenkins"), ("US", "Bitrise build «n:5» failed on step «int:1-20»"),
        ("US", "Image tag v«int:1-9».«int:0-30».«int:0-9»-«hex:7»"), ("GB", "Azure DevOps run «n:6» completed"),
        ("DE", "TestFlight Build «int:1-9».«int:0-9» («n:3»)"), ("US", "Netlify deploy «hex:24» published"), ("IN", "Play Console: versionCode «n:6»"),
        ("US", "Travis job «n:7».«int:1-9»"), ("JP", "ビルド «n:4» 成功"), ("US", "Buildkite #«n:5» passed in «int:1-40»m"),
        ("US", "nightly-«year»«mm»«dd» artifact uploaded"),
    ],
    "room": [
        ("US", "Calendar: 1:1 in Room «int:1-9»«d:2»"), ("GB", "Clinic room «int:1-30»"), ("DE", "Seminarraum «int:1-5».«d:3»"),
        ("US", "Hotel key card: room «int:2-30»«d:2»"), ("IN", "Chat: class in room «int:100-499», block «pick:A/B/C»"), ("FR", "Amphi «int:1-12»"),
        ("JP", "病室 «int:2-9»«d:2»号室"), ("US", "Interview in Huddle Room «int:1-20»"), ("BR", "Sala «int:100-999» do fórum"),
        ("AU", "Lecture theatre «int:1-9».«d:2»"), ("US", "Locker «int:1-400» at the gym"),
    ],
    "hash": [
        ("US", "$ git log --oneline -1 → «hex:7» bump deps"), ("US", "$ sha256sum backup.tar.gz → «hex:64»"), ("US", "Reverted commit «hex:40»"),
        ("US", "$ md5 photo.jpg → «hex:32»"), ("DE", "Commit «hex:7» gepusht"), ("US", "Window title: «hex:12» — GitHub Desktop"),
        ("US", "Git LFS oid sha256:«hex:64»"), ("IN", "Block hash 0x«hex:64»"), ("US", "Torrent info hash «hex:40»"), ("JP", "コミット «hex:7» をマージ"),
        ("US", "Subresource integrity sha384-«b64:64»"),
    ],
    "uuid": [
        ("US", "Window title: «uuid» — Notion"), ("US", "X-Request-Id: «uuid»"), ("US", "Job «uuid» queued"), ("DE", "Vorgangs-ID «uuid»"),
        ("US", "Browser bar: https://app.example.io/projects/«uuid»/settings"), ("GB", "Device id «uuid»"), ("US", "{\"trace_id\": \"«uuid»\"}"),
        ("IN", "Transaction UUID «uuid»"), ("US", "Figma file «an:22»"), ("US", "Crashlytics issue «hex:32»"), ("US", "HomeKit accessory «uuid»"),
    ],
    "tracking": [
        ("US", "Voice note (transcribed): UPS tracking «ups», should come Tuesday"), ("US", "USPS «pick:9400/9405/9205»«d:18» in transit"),
        ("US", "Window title: FedEx tracking «n:12»"), ("GB", "Evri parcel «up:1»«d:15» out for delivery"), ("DE", "Hermes Sendung «n:14»"),
        ("IN", "Blue Dart AWB «n:11»"), ("CN", "Cainiao tracking CN«d:14»"), ("BR", "Rastreamento «up:2»«d:9»BR postado"),
        ("JP", "ヤマト運輸 伝票番号 «n:4»-«d:4»-«d:4»"), ("NL", "DHL Parcel JVGL«d:20»"), ("FR", "Chronopost «up:2»«d:9»FR"), ("AU", "StarTrack «an:12»"),
    ],
    "product_code": [
        ("US", "EAN on the cereal box: «ean13»"), ("DE", "EAN-Code gescannt «ean13»"), ("US", "Window title: Model «up:2»-«n:4»«up:1» — manual.pdf"),
        ("US", "SKU «n:7» in aisle «int:1-30»"), ("US", "Serial number «an:10»"), ("GB", "Product code «up:2»«n:6»"), ("IN", "Item code «n:9»"),
        ("FR", "Référence produit «an:8»"), ("JP", "品番 «up:2»-«n:5»"), ("US", "Barcode scan: UPC «n:12» not found in database"), ("US", "IKEA article «n:3».«d:3».«d:2»"),
    ],
    "password_words": [
        ("US", "Window title: Reset your password — Google Chrome"), ("US", "Voice note (transcribed): I need to change my password again"),
        ("GB", "Password strength: weak"), ("US", "Your password expires in «int:2-14» days"), ("DE", "Passwort muss mindestens «int:8-12» Zeichen haben"),
        ("FR", "Réinitialiser le mot de passe"), ("IN", "Chat: forgot my password, sending OTP"), ("ES", "Has olvidado tu contraseña?"),
        ("BR", "Sua senha foi alterada com sucesso"), ("US", "Password manager: «int:2-30» reused passwords"), ("JP", "パスワードを忘れた場合はこちらをタップ"),
        ("US", "Screenshot OCR: Incorrect password. Try again"),
    ],
    "secret_reference": [
        ("US", "api_key = os.environ[\"OPENAI_KEY\"]"), ("US", "export GITHUB_TOKEN=$(op read op://Dev/GitHub/token)"), ("US", "token: ${{ secrets.NPM_TOKEN }}"),
        ("US", "DB_PASSWORD=${DB_PASSWORD:?missing}"), ("US", "secretKeyRef: { name: api, key: token }"), ("GB", "Stored in Azure Key Vault 'kv-prod'"),
        ("DE", "Passwort liegt im Tresor (KeePass)"), ("US", "process.env.STRIPE_SK"), ("US", "vault kv get secret/app"), ("US", "password_file: /run/secrets/db_password"),
        ("US", "Window title: .env.example — API_KEY= — VS Code"),
    ],
    "masked": [
        ("US", "Visa •••• «d:4» charged $«price:5-200»"), ("US", "Window title: Payment — card ending «d:4»"), ("GB", "Account ••«d:4» credited"),
        ("IN", "Your a/c XXXXXX«d:4» is debited"), ("US", "SSN on file: •••-••-«d:4»"), ("DE", "IBAN endet auf «d:4»"), ("US", "Texting (•••) •••-«d:4»"),
        ("US", "Key sk-proj-…«an:4» created"), ("BR", "Cartão com final «d:4» aprovado"), ("FR", "Carte se terminant par «d:4»"), ("US", "Acct ending in «d:4»"),
    ],
    "meeting_id": [
        ("US", "Window title: Zoom Meeting ID «n:3» «d:4» «d:4»"), ("US", "Voice note: the Teams meeting ID is «n:3» «d:3» «d:3» «d:3»"),
        ("GB", "Meet code «pick:abc/qrs/mno»-«pick:defg/tuvw/pqrs»-«pick:hij/xyz/klm»"), ("DE", "Einwahl Konferenz «n:9»"), ("US", "Voice note: Webex meeting number «n:4» «d:3» «d:3», host joins late"),
        ("IN", "Zoom ID «n:10»"), ("US", "Passcode-free webinar «n:11»"), ("FR", "Réunion Teams ID «n:3» «d:3» «d:3»"), ("US", "Chime meeting «n:10»"),
        ("US", "Calendar: Join with meeting ID «n:3»-«d:3»-«d:4»"), ("JP", "Zoomのミーティング ID: «n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "Window title: Directions to «int:100-9999» Oak St — Google Maps"), ("GB", "«int:1-200» Station Road"), ("DE", "Bahnhofstraße «int:1-99»"),
        ("US", "Suite «int:100-999», «int:100-9999» Market St"), ("FR", "«int:1-99» avenue Victor Hugo"), ("IN", "Plot «int:1-500», Phase «int:1-5»"),
        ("JP", "«int:1-9»番地«int:1-30»"), ("BR", "Av. Paulista, «int:100-2000»"), ("ES", "Avenida de la Constitución «int:1-150»"), ("AU", "«int:1-300» Collins St"),
        ("US", "Voice note (transcribed): party at «int:100-999» Elm Drive"),
    ],
    "network": [
        ("US", "Window title: «ip» — Router admin"), ("US", "$ ping «ip»"), ("US", "Wi-Fi MAC address «mac»"), ("US", "Router › WAN › DNS 8.8.8.8, 8.8.4.4 (Google)"),
        ("US", "Server listening on port «int:3000-9999»"), ("DE", "WLAN 5 GHz, Kanal «int:36-165»"), ("GB", "Gateway «ip»"), ("US", "$ nmap -p «int:20-9000» «ip»"),
        ("US", "Switch port «int:1-48» tagged VLAN «int:2-4000»"), ("IN", "Download speed «int:10-900» Mbps"), ("US", "Subnet «ip»/24"),
    ],
    "health": [
        ("US", "Voice note: blood pressure «int:100-150» over «int:60-95»"), ("US", "Oura: readiness «int:50-99»"), ("GB", "HbA1c «int:30-60» mmol/mol"),
        ("US", "Pedometer: «num:1000-20000» steps since midnight"), ("DE", "Puls «int:50-110» Schläge/min"), ("IN", "BP «int:100-150»/«int:60-95»"), ("JP", "体重 «int:45-95».«int:0-9»kg"),
        ("US", "Cholesterol «int:120-260» mg/dL"), ("FR", "Glycémie «int:0-2»,«int:10-99» g/L"), ("US", "Calories burned «int:100-900»"),
        ("US", "Take «int:1-3» capsules with food"),
    ],
    "ticket": [
        ("US", "Window title: SUP-«n:4» — Jira"), ("US", "Freshdesk ticket #«n:5»"), ("US", "PR #«n:4» ready for review"), ("GB", "Fault ref «up:2»«n:8»"),
        ("DE", "Vorgang «n:7» eröffnet"), ("IN", "Service request «n:10»"), ("US", "Concert: Sec «int:100-330», Row «pick:A/B/C/D/E/F/G/H», Seat «int:1-30»"),
        ("FR", "Ticket SAV n° «n:7»"), ("US", "Help desk case «n:8»"), ("US", "Voice note: lottery ticket «n:6»"), ("BR", "Protocolo de atendimento «n:12» gerado"),
    ],
    "booking": [
        ("US", "Window title: Booking «up:6» — Delta"), ("GB", "Trainline booking ref «an:8»"), ("DE", "Buchung «n:9» bestätigt"),
        ("IN", "PNR «n:10» waitlisted"), ("US", "Resy reservation «n:6»"), ("FR", "Dossier Air France «up:6»"), ("US", "Vrbo reservation HA-«an:6»"),
        ("JP", "ホテル予約番号 «n:8»"), ("ES", "Reserva Renfe «an:6»"), ("US", "Voice note: confirmation number «up:6»"), ("AU", "Booking ID «n:9»"),
    ],
    "timestamp": [
        ("US", "«year»-«mm»-«dd» «hh»:«two»:«two» ERROR timeout"), ("US", "[«year»-«mm»-«dd»T«hh»:«two»:«two»Z] deploy started"),
        ("US", "created_at=«int:1730000000-1830000000»"), ("DE", "Stand: «dd».«mm».«year», «hh»:«two» Uhr"), ("US", "Date: «pick:Thu/Fri/Sat», «dd» «mon» «year» «hh»:«two»:«two» +0000"),
        ("US", "\"ts\": «int:1730000000000-1830000000000»"), ("GB", "Logged at «hh»:«two»:«two».«d:3»"), ("JP", "更新日時 «year»-«mm»-«dd» «hh»:«two»"),
        ("US", "Window title: screenshot_«year»«mm»«dd»_«hh»«two»«two».png"), ("IN", "Synced «dd»/«mm»/«year» «hh»:«two»"), ("US", "$ date +%s → «int:1730000000-1830000000»"),
    ],
    "short_code": [
        ("US", "Flyer (OCR): text JOIN to «n:5» for weekly deals"), ("US", "Reply STOP to «n:6» to unsubscribe"), ("IN", "SMS BAL to «n:5»"), ("NG", "Chat: dial *«int:100-999»# for airtime balance"),
        ("US", "Chat: meet at gate «pick:A/B/C/E»«int:1-60» after security"), ("GB", "Platform «int:1-20»"), ("US", "Highway «int:1-99» exit «int:1-300»"), ("KE", "Till number «n:6»"),
        ("DE", "Linie «int:1-99»"), ("US", "Ext. «n:3»"), ("PH", "SIM registration reminder: dial *«int:100-999»# to register today"),
    ],
    "public_key": [
        ("US", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» workstation"), ("US", "WireGuard peer PublicKey = «b64:43»="), ("US", "age public key age1«bech:58»"),
        ("US", "GPG key ID «HEX:16»"), ("US", "Stripe publishable key pk_live_«an:24»"), ("US", "Host key fingerprint SHA256:«b64:43»"),
        ("DE", "Öffentlicher PGP-Schlüssel «HEX:40»"), ("US", "Nostr npub1«bech:58»"), ("US", "Bitcoin xpub6«an:40»"),
        ("US", "-----BEGIN PUBLIC KEY----- MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE«b64:86»== -----END PUBLIC KEY-----"), ("US", "Safety number «n:5» «d:5» «d:5» «d:5»"),
    ],
    "placeholder": [
        ("US", "OPENAI_KEY=sk-your-key-here"), ("US", "password: <your-password>"), ("US", "GITHUB_TOKEN=<paste token>"),
        ("US", "Card number: •••• •••• •••• •••• (example)"), ("US", "SSN: XXX-XX-XXXX"), ("US", "AWS_SECRET_ACCESS_KEY=YOUR_SECRET_HERE"),
        ("DE", "Passwort: ******** (ausgeblendet)"), ("GB", "Sort code: 00-00-00 (placeholder)"), ("US", "api_key: \"TODO\""),
        ("US", "Phone: (555) 555-0100 (fictional)"), ("US", "Bearer <token>"),
    ],
    "postal": [
        ("US", "Window title: Weather for «n:5»"), ("GB", "Postcode «pick:SW1A/EH1/CF10/BS1» «int:1-9»«pick:AA/BB/NP/RT»"), ("DE", "Window title: Lieferung an PLZ «n:5» — Lieferando"),
        ("IN", "Check delivery to PIN code «n:6»"), ("CA", "Postal code «pick:T2P/K2P/H2X/V5K» «int:0-9»«pick:A/E/J»«int:0-9»"), ("BR", "Frete grátis para o CEP «n:5»-«d:3»"),
        ("JP", "郵便番号 «n:3»-«d:4» 東京都"), ("FR", "CP «n:5»"), ("AU", "Delivery available for postcode «int:2000-7999»"), ("NL", "Postcode «n:4» «up:2»"), ("MX", "Envío a C.P. «n:5», llega mañana"),
    ],
    "quantity": [
        ("US", "Voice note (transcribed): buy «int:2-12» eggs and «int:1-3» gallons of milk"), ("GB", "«int:100-900»g plain flour"),
        ("DE", "«int:1-10» kg Kartoffeln"), ("US", "Storage «int:10-999» GB free"), ("IN", "«int:1-5» litre milk daily"), ("US", "Ran «int:1-26».«int:0-9» miles"),
        ("FR", "«int:1-9» litres d'eau"), ("JP", "米 «int:1-10»kg"), ("US", "Order «int:1-500» units"), ("AU", "«int:1-40» mm of rain"), ("BR", "«int:1-20» kg de arroz"),
    ],
    "score": [
        ("US", "Final score «int:0-50»–«int:0-50»"), ("GB", "Match ended «int:0-6»-«int:0-6»"), ("IN", "Target «int:150-400» in «int:20-50» overs"),
        ("US", "Connections puzzle #«n:3» solved"), ("DE", "Halbzeit «int:0-4»:«int:0-4»"), ("US", "Chess rating «int:800-2400»"), ("BR", "Resultado «int:0-5» a «int:0-5»"),
        ("US", "Exam score «int:50-100»/100"), ("AU", "Golf «int:70-110» off the stick"), ("US", "Fantasy points «int:60-180».«int:0-9»"), ("JP", "スコア «int:0-9»対«int:0-9»"),
    ],
    "stock": [
        ("US", "AAPL «int:150-300».«two» ▼«int:0-3».«two»%"), ("US", "NVDA «int:80-200».«two»"), ("IN", "TCS ₹«num:3000-4500».«two»"), ("GB", "LLOY «int:40-70».«two»p"),
        ("DE", "DAX «num:15000-24000» Punkte"), ("JP", "日経平均株価 終値 «num:30000-45000»円"), ("US", "Window title: S&P 500 «num:4500-7000».«two» — Yahoo Finance"), ("US", "BTC $«num:40000-120000»"),
        ("BR", "Ibovespa «num:110000-140000» pts"), ("US", "Portfolio +«int:0-9».«two»% today"), ("HK", "騰訊 «int:250-600».«int:0-9» HKD"),
    ],
    "weather": [
        ("US", "Voice note: it's «int:30-100»°F outside"), ("GB", "Feels like «int:0-30»°C"), ("DE", "Regenwahrscheinlichkeit «int:0-100»%"),
        ("IN", "AQI «int:20-400»"), ("JP", "明日の降水確率 «int:0-100»%"), ("US", "Wind gusts «int:5-60» mph"), ("AU", "UV index «int:1-14»"),
        ("BR", "Temperatura «int:15-40»°C"), ("US", "Visibility «int:1-10» mi"), ("FR", "Température «int:0-35»°C"), ("CA", "Humidex «int:20-45»"),
    ],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn once, each line new and harmless (``privacy_lookalike_fields``)."""
    return privacy_lookalike_fields.lookalikes(r, GROUPS, times=1)
