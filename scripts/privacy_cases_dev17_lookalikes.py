"""Look-alikes for the dev17 privacy set (``privacy_cases_dev17.py``): lines a personal agent meets
all day that carry digits, codes, keys or the word password but no personal value, in 34 groups
(times, dates, durations, prices, orders, parcels, flights, versions, builds, commit hashes, meeting
ids, rooms, invoices, tickets, bookings ... and, less often, coordinates, ISBNs, health readings,
public keys and their fingerprints, masked numbers, one-time codes, postal codes called PIN codes,
placeholders copied from docs and references to where a secret is kept).

Each line is a template whose ``«kind:arg»`` fields are drawn afresh (``«n:4»`` four digits, ``«hex:40»``
forty hex digits, ``«num:2000-9000»`` a number with its thousands set off, ``«lat:47..55»`` a
latitude, ``«isbn13»`` an ISBN with its check digit ...), in ranges real readings fall in. Codes with
check digits of their own (ISBNs, EANs, UPS numbers) are made valid as real ones are. A line whose
digits pass a card's Luhn check or an IBAN's mod 97, or that holds an e-mail address, is drawn again.
"""

from __future__ import annotations

import random
import re
import string
import uuid

from privacy_cases import Case

B64 = string.ascii_letters + string.digits + "+/"


def _luhn(number: str) -> bool:
    return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(int(c) for c in reversed(number))) % 10 == 0


def _ibanish(token: str) -> bool:
    token = token.replace(" ", "")
    if not 15 <= len(token) <= 34 or not token[2:4].isdigit():
        return False
    return int("".join(str(int(c, 36)) for c in token[4:] + token[:4])) % 97 == 1


def harmless(text: str) -> bool:
    """No 13-19 digit run passing Luhn, nothing IBAN-shaped passing mod 97, no e-mail address."""
    if any(_luhn(re.sub(r"\D", "", m)) for m in re.findall(r"\d(?:[ -]?\d){12,18}", text)):
        return False
    if any(_ibanish(m) for m in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text.upper())):
        return False
    return not re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", text)


def _gs1(body: str) -> str:
    """``body`` and its GS1 check digit (ISBN-13, EAN-13): weights 1 and 3 from the left."""
    return body + str(-sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10)


def _isbn10(r: random.Random) -> str:
    body = "".join(r.choice(string.digits) for _ in range(9))
    check = -sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + ("X" if check == 10 else str(check))


def _ups(r: random.Random) -> str:
    body = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + r.choice(["01", "02", "03", "12", "42"]) + \
        "".join(r.choice(string.digits) for _ in range(8))
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    return "1Z" + body + str(-sum(v * (2 if i % 2 else 1) for i, v in enumerate(values)) % 10)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def field(r: random.Random, kind: str, arg: str) -> str:  # noqa: PLR0911, PLR0912 - one line per kind
    """One drawn field of a look-alike's template."""
    n = int(arg) if arg.isdigit() else 0
    if kind == "n":  # n digits, the first not 0
        return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))
    if kind == "d":  # n digits, any
        return "".join(r.choice(string.digits) for _ in range(n))
    if kind == "int":  # a number in lo-hi
        lo, hi = (int(x) for x in arg.split("-"))
        return str(r.randint(lo, hi))
    if kind == "two":  # 00-59
        return f"{r.randint(0, 59):02d}"
    if kind == "hour":
        return str(r.randint(1, 12))
    if kind == "hh":  # two digits in lo-hi (hours)
        lo, hi = (int(x) for x in arg.split("-")) if arg else (0, 23)
        return f"{r.randint(lo, hi):02d}"
    if kind == "day":
        return str(r.randint(1, 28))
    if kind == "dd":
        return f"{r.randint(1, 28):02d}"
    if kind == "mm":
        return f"{r.randint(1, 12):02d}"
    if kind == "mon":
        return r.choice(MONTHS)
    if kind == "year":
        return str(r.randint(2024, 2029))
    if kind == "hex":
        return "".join(r.choice("0123456789abcdef") for _ in range(n))
    if kind == "HEX":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if kind == "up":  # capitals
        return "".join(r.choice(string.ascii_uppercase) for _ in range(n))
    if kind == "an":  # capitals and digits
        return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))
    if kind == "b64":
        return "".join(r.choice(B64) for _ in range(n))
    if kind == "price":
        lo, hi = (int(x) for x in arg.split("-"))
        return f"{r.randint(lo, hi)}.{r.randint(0, 99):02d}"
    if kind == "num":  # a number in lo-hi with thousands set off by commas
        lo, hi = (int(x) for x in arg.split("-"))
        return f"{r.randint(lo, hi):,}"
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4))
    if kind == "isbn13":
        value = _gs1(r.choice(["978", "979"]) + "".join(r.choice(string.digits) for _ in range(9)))
        return value if r.random() < 0.5 else f"{value[:3]}-{value[3]}-{value[4:7]}-{value[7:12]}-{value[12]}"
    if kind == "isbn10":
        return _isbn10(r)
    if kind == "ean13":
        return _gs1(r.choice(["40", "50", "73", "76", "80", "87", "90", "93"]) + "".join(r.choice(string.digits) for _ in range(10)))
    if kind == "ups":
        return _ups(r)
    if kind in ("lat", "lon"):  # degrees in lo..hi
        lo, hi = (float(x) for x in arg.split(".."))
        return f"{r.uniform(lo, hi):.5f}"
    if kind == "ip":
        return f"{r.choice(['192.168', '10.0', '172.16'])}.{r.randint(0, 254)}.{r.randint(2, 254)}"
    if kind == "mac":
        return ":".join(f"{r.randrange(256):02x}" for _ in range(6))
    if kind == "bech":  # bech32's alphabet
        return "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(n))
    if kind == "pick":
        return r.choice(arg.split("/"))
    raise ValueError(kind)


def draw(r: random.Random, template: str) -> str:
    return re.sub(r"«(\w+)(?::([^»]*))?»", lambda m: field(r, m.group(1), m.group(2) or ""), template)


GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template)
    "time": [("US", "Alexa reminder: take the lasagna out at «int:5-8»:«two» pm"),
             ("GB", "School run swap: I'll do the «hh:7-9»:«two» drop-off on Thursday"),
             ("DE", "Der Handwerker kommt zwischen «hh:8-10»:«two» und «hh:11-13»:«two» Uhr"),
             ("IN", "Vande Bharat departs «hh:5-23»:«two» from platform «int:1-10»"), ("JP", "ゴミ出しは朝«hh:6-8»時«two»分までに"),
             ("BR", "A consulta da pediatra foi remarcada para as «hh:8-17»h«two»")],
    "date": [("US", "Calendar invite: HOA meeting «mon» «day», «year», clubhouse"),
             ("GB", "MOT due by «dd»/«mm»/«year», book the garage"),
             ("DE", "Elternsprechtag am «dd».«mm».«year», bitte Termin eintragen"),
             ("FR", "Rendez-vous en préfecture pour le titre de séjour : «dd»/«mm»/«year»"),
             ("KR", "건강검진 예약 «year»년 «int:1-12»월 «day»일"), ("IT", "Scadenza del bollo auto: «dd»/«mm»/«year»")],
    "duration": [("US", "Fitbit: «int:20-90» min in the fat-burn zone today"),
                 ("GB", "Trainline: journey time «int:1-4»h «int:1-59»m, «int:0-2» changes"),
                 ("DE", "Waschmaschine: Restlaufzeit «int:0-2»:«two» h"), ("IN", "Ola: your cab arrives in «int:2-15» mins"),
                 ("US", "Podcast app: «int:10-80» min left in this episode"),
                 ("ES", "La lavadora termina dentro de «int:5-59» minutos")],
    "version": [("US", "macOS «int:14-16».«int:0-6».«int:1-3» update available, restart required"),
                ("US", "$ docker version → Client: Docker Engine «int:24-28».«int:0-5».«int:0-9»"),
                ("US", "Pi-hole FTL v«int:5-6».«int:0-30» is up to date"),
                ("DE", "Das Thermostat hat Firmware «int:1-4».«int:0-9».«int:0-30» installiert"),
                ("GB", "Kindle software version «int:5-5».«int:10-17».«int:1-9» downloaded"),
                ("IN", "Paytm app v«int:10-11».«int:0-30».«int:0-9» — what's new")],
    "coordinates": [("US", "Geocache GC«an:5» listed at «lat:30..45», -«lon:75..120»"),
                    ("DE", "Parkplatz am Badesee: «lat:47..54», «lon:7..14»"),
                    ("AU", "Campsite pin from the ranger: -«lat:12..38», «lon:115..153»"),
                    ("BR", "Mandei a localização da chácara do aniversário: -«lat:5..28», -«lon:38..52»"),
                    ("NZ", "Hut location from the DOC app: -«lat:36..46», «lon:167..178»"),
                    ("ES", "Ubicación de la casa rural: «lat:36..43», -«lon:1..8»")],
    "amount": [("US", "Venmo: you paid $«price:5-300» for pizza night"), ("GB", "Direct debit notice: the water bill of £«price:20-90» comes out on the «int:1-28»th"),
               ("DE", "Stromabschlag ab nächstem Monat: «int:40-200»,«two» € monatlich"),
               ("IN", "Electricity bill: ₹«num:500-7000» due on the «int:5-28»th"), ("JP", "合計金額 ¥«num:1000-50000»（税込）"),
               ("BR", "Boleto da internet: R$ «int:80-200»,«two» com vencimento dia «int:5-28»")],
    "isbn": [("US", "Book club pick for next month, ISBN «isbn13»"), ("GB", "Set text for the GCSE English exam, ISBN «isbn13»"),
             ("DE", "Das Kochbuch, das Oma haben wollte: ISBN «isbn13»"), ("US", "Thrift store find, old edition, ISBN «isbn10»"),
             ("FR", "Livre de lecture imposé au collège, ISBN «isbn13»"), ("IN", "NCERT chemistry textbook, ISBN «isbn13»")],
    "order": [("US", "Walmart: pickup order #«n:10» ready at «hh:9-20»:00"),
              ("GB", "Argos: your click-and-collect order «n:10» can be picked up from tomorrow"),
              ("DE", "Zalando: Ihr Paket zur Bestellung «n:11» ist unterwegs"), ("IN", "Flipkart: item from order OD«n:18» out for delivery today, pay on delivery"),
              ("BR", "Shopee: pedido «an:14» enviado"), ("FR", "Cdiscount : votre colis de la commande n° «n:8» a été remis au transporteur")],
    "flight": [("US", "United UA «int:100-2999» to Chicago, boarding group «int:1-5»"),
               ("GB", "British Airways BA«int:100-999» to Lisbon, gate closes «hh:5-22»:«two»"),
               ("DE", "Lufthansa LH «int:100-2999» nach Frankfurt, Verspätung «int:10-90» Min."),
               ("IN", "IndiGo 6E «int:100-6999» boarding at gate «int:1-40»"),
               ("AE", "Emirates EK «int:1-999» to Manila departs «hh:0-23»:«two»"), ("MX", "Volaris Y4 «int:100-999» a Tijuana, puerta «int:1-40»")],
    "invoice": [("US", "QuickBooks: the client hasn't paid invoice «n:4» yet, sent «int:1-30» days ago"),
                ("GB", "Your invoice INV-«n:5» from the window cleaner"),
                ("DE", "Der Heizungsbauer hat die Wartungsrechnung RE-«year»-«n:5» geschickt"),
                ("FR", "L'électricien a envoyé la facture F«year»«n:4» pour le tableau"),
                ("IN", "Tax invoice TI/«int:20-26»-«int:20-27»/«n:4» from the CA's office"),
                ("IT", "Fattura n. «int:1-500»/«year» dell'idraulico")],
    "build": [("US", "CircleCI: pipeline #«n:5» succeeded"),
              ("US", "$ git log -1 --oneline → «hex:7» fix typo in README"), ("US", "Netlify: the site's production deploy «hex:24» is live"),
              ("GB", "$ git cherry-pick -x «hex:40» onto the release branch"), ("DE", "Jenkins: Build #«n:4» instabil, 2 Tests fehlgeschlagen"),
              ("US", "docker pull ghcr.io/immich-app/immich-server@sha256:«hex:64»")],
    "room": [("US", "Biology midterm in room «int:100-399», bring a pencil"), ("GB", "Dad is in bay «int:1-8», bed «int:1-30» on ward «up:1»«int:1-20»"),
             ("DE", "Seminarraum «int:1-5».«int:100-199» im Neubau"), ("IN", "Exam centre: room no. «int:1-60», ground floor"),
             ("FR", "Conseil de classe en salle «int:100-300»"), ("ES", "Consulta «int:1-40» del centro de salud, planta «int:0-4»")],
    "hash": [("US", "$ sha256sum -c: debian-netinst.iso «hex:64» OK"), ("US", "$ git show «hex:40» --stat"),
             ("US", "MD5 of the photo export: «hex:32»"), ("DE", "Prüfsumme (SHA-256) laut Downloadseite: «hex:64»"),
             ("US", "Squash-merged PR #«int:10-999» as «hex:7» on main"), ("GB", "qBittorrent › Properties › Info hash v1: «hex:40»")],
    "uuid": [("US", "Sentry: new issue in the budgeting app, event id «uuid»"), ("US", "Apple Health export record «uuid»"),
             ("GB", "Internal booking reference «uuid»"), ("DE", "Vorgangsnummer «uuid» beim Kundenservice"),
             ("IN", "UPI mandate id «uuid»"), ("US", "SmartThings device id «uuid»")],
    "tracking": [("US", "UPS: «ups» delivered, left at side door"),
                 ("US", "USPS: label created for package «pick:9400/9405/9361»«d:18», not yet in the system"),
                 ("GB", "Royal Mail: «up:2»«n:9»GB out for delivery"),
                 ("DE", "DHL-Sendungsnummer «n:12»: Zustellung heute"),
                 ("IN", "Delhivery AWB «n:13» out for delivery"), ("CN", "顺丰快递 运单号 SF«n:13» 已发出")],
    "product_code": [("US", "Barcode scanner app: «ean13»"), ("DE", "EAN der Katzenfutterdose: «ean13»"),
                     ("US", "Dishwasher model «up:3»«n:4»«up:1», serial inside the door"), ("GB", "Screwfix click & collect: product «n:5», aisle «int:1-30»"),
                     ("JP", "型番 «up:2»-«n:4»«up:1» の交換フィルター"), ("US", "Router label: SN «an:12»")],
    "password_words": [("US", "Choose a stronger password: «int:8-16»+ characters, one symbol, one number"),
                       ("US", "Reminder: change your Wi-Fi password every «int:3-12» months"),
                       ("GB", "Wrong password entered on the Kindle, «int:1-4» attempts before it locks"),
                       ("US", "Google Password Manager warns that «int:1-40» of your passwords are reused on other sites"),
                       ("DE", "Ihr Kennwort läuft in «int:2-30» Tagen ab"),
                       ("FR", "Mot de passe oublié ? Le lien est valable «int:10-60» minutes"),
                       ("ES", "La contraseña debe tener al menos «int:8-12» caracteres")],
    "secret_reference": [("US", "password: ${{ secrets.NAS_PASSWORD }} # step «int:1-9»"),
                         ("US", "export OPENAI_API_KEY=\"$(op read op://Personal/OpenAI/credential)\" # v«int:1-9»"),
                         ("US", "$ aws secretsmanager describe-secret --secret-id homelab/nas-«int:1-9»"),
                         ("US", "password_command = pass show mail/fastmail-«int:1-9»"),
                         ("DE", "Zugangsdaten liegen im KeePass, Gruppe Bank «int:1-9»"),
                         ("GB", "Token is stored in GitHub Actions secrets, rotated «int:1-12» times")],
    "masked": [("US", "Amex: purchase of $«price:5-500» on card ending «d:5»"), ("US", "Capital One: card ••••«d:4» was used online"),
               ("IN", "HDFC: Rs.«num:100-9000» spent on card XX«d:4»"),
               ("GB", "Barclaycard ending «d:4»: statement ready"),
               ("DE", "Die Krankenkasse zieht den Beitrag vom Konto mit Endung «d:4» ein"), ("US", "Enter the 6-digit code we texted to the number ending in «d:2»")],
    "meeting_id": [("US", "Homeowners' Zoom this Thursday, meeting ID «n:3» «d:4» «d:4», same as last month"), ("US", "Join Microsoft Teams Meeting (Outlook invite) · Meeting ID: «n:3» «d:3» «d:3» «d:3»"),
                   ("GB", "Parents' phone bridge: call in and key conference ID «n:4» «d:4», then #"),
                   ("DE", "Videosprechstunde, Meeting-Nr. «n:3» «d:3» «d:4»"),
                   ("IN", "Google Meet: https://meet.google.com/«pick:bzt/kqm/wne»-«pick:rdxa/hmpo/gfqz»-«pick:kxo/yte/paw»"),
                   ("US", "Webex invite for the school board: meeting number «n:4» «d:3» «d:4»")],
    "address": [("US", "Garage sale at «int:100-9999» Maple Ridge Dr, Saturday"),
                ("GB", "Parcel for Flat «int:1-30», «int:1-200» Victoria Road"),
                ("DE", "Neue Adresse: Bahnhofstraße «int:1-120», 2. OG"),
                ("FR", "Apéro chez nous, «int:1-90» avenue Jean Jaurès"),
                ("IN", "Delivery instructions: Flat «int:100-1999», Tower «up:1», leave it with the guard"),
                ("MX", "La oficina nueva queda en Av. Insurgentes Sur «int:100-3000», piso «int:1-20», junto al Metrobús")],
    "network": [("US", "Printer got a new IP: «ip»"), ("US", "Smart plug MAC «mac» added to the IoT VLAN"),
                ("DE", "Home Assistant läuft jetzt unter http://«ip»:8123"), ("GB", "Port forward «int:1024-65000» → «ip»"),
                ("NL", "De NAS is bereikbaar op «ip»"), ("IN", "Blocked device «mac» on the Airtel Xstream router")],
    "health": [("US", "Omron reading this morning: «int:100-170»/«int:60-100» mmHg, pulse «int:50-110», irregular heartbeat: no"),
               ("US", "Whoop recovery «int:1-99»%, strain «int:1-20».«int:0-9»"),
               ("GB", "Pedometer: «num:1000-20000» steps, «int:1-15» flights climbed"), ("DE", "Blutzucker heute früh vor dem Frühstück: «int:70-180» mg/dl, alles gut"),
               ("IN", "Thyroid report: TSH «int:0-9».«int:0-99» mIU/L"), ("JP", "今日の歩数 «num:1000-20000»歩")],
    "ticket": [("US", "Comcast support ticket «n:9» closed"), ("US", "GitHub: someone reopened issue #«int:1-9999» in the photo-sorter repo"),
               ("GB", "Council reference «n:8» for the missed bin"), ("DE", "Ihre Störungsmeldung «n:9» wurde angelegt"),
               ("IN", "Airtel Xstream: complaint no. «n:10» raised for slow speed"), ("AU", "Optus case ID «n:9», technician booked")],
    "booking": [("US", "Alaska Airlines confirmation code «up:6»"), ("GB", "Eurostar booking «up:6», coach «int:1-18»"),
                ("DE", "Ferienwohnung Buchungsnr. «n:9»"), ("FR", "Blablacar : réservation «an:8»"),
                ("IN", "Tatkal confirmed: PNR «n:10», coach B«int:1-9», berth «int:1-72»"), ("ES", "Iryo: código de reserva «an:6»")],
    "timestamp": [("US", "Time Machine: latest backup «year»-«mm»-«dd» «hh»:«two»"),
                  ("US", "{\"ts\": «int:1700000000-1800000000», \"event\": \"door_opened\"}"),
                  ("GB", "Edited «dd» «mon» «year» at «hh»:«two»"),
                  ("DE", "IMG_«year»«mm»«dd»_«hh»«two»«two».jpg aus dem Familienalbum"),
                  ("US", "Loki query window: «int:1700000000000-1800000000000» to now"),
                  ("JP", "ブログ 最終更新 «year»年«int:1-12»月«day»日 «hh»:«two»（下書き保存）")],
    "short_code": [("US", "Your Venmo code is «d:6». Never share it"), ("US", "Lyft: your ride PIN is «d:4»"),
                   ("GB", "Revolut: «d:6» is your code to log in on a new device"),
                   ("IN", "OTP «d:6» for login to your Paytm account. Valid for «int:3-10» mins"),
                   ("DE", "Dein Sicherheitscode für Amazon: «d:6»"), ("BR", "Seu código do Nubank é «d:6»")],
    "public_key": [("US", "~/.ssh/id_ed25519.pub: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» laptop"),
                   ("US", "ED25519 key fingerprint is SHA256:«b64:43»."), ("US", "age recipient for backups: age1«bech:58»"),
                   ("US", "[Interface] PublicKey = «b64:43»="),
                   ("DE", "GPG-Fingerprint für die Vereinsmails: «HEX:40»"),
                   ("US", "Stripe publishable key pk_live_«an:24»")],
    "placeholder": [("US", "README: set ANTHROPIC_API_KEY=<your-key> before running, step «int:1-9»"),
                    ("US", "Form preview: password ******** (page «int:1-9»)"),
                    ("US", "Docs: export AWS_SECRET_ACCESS_KEY=YOUR_SECRET_HERE (section «int:1-9»)"),
                    ("US", "Sample form shows SSN 000-00-0000, page «int:1-9»"),
                    ("GB", "Example: sort code 00-00-00, account 00000000 (guide v«int:1-9»)"),
                    ("US", "Fictional number in the ad: (213) 555-01«d:2»")],
    "postal": [("US", "Enter ZIP code «n:5» to check stock"), ("GB", "Postcode SW«int:1-20» «int:1-9»«up:2» is outside the delivery zone"),
               ("DE", "PLZ «n:5» liegt im Liefergebiet"), ("IN", "PIN code «n:6» — COD available"),
               ("CA", "Postal code M«int:1-9»«pick:A/B/C/E/G/H/J/K/L/M/N/P/R/S/T/V/W/X/Y/Z» «int:1-9»«pick:A/B/C/E/G/H/J/K/L/M/N/P/R/S/T/V/W/X/Y/Z»«int:1-9» is in range"), ("JP", "宅配便の送り状：お届け先郵便番号 «n:3»-«d:4»")],
    "quantity": [("US", "Trader Joe's: «int:2-6» bananas, «int:1-3» bags of spinach"), ("GB", "Sainsbury's: «int:2-8» pints of milk, «int:1-4» cucumbers"),
                 ("DE", "Einkauf: «int:1-6» Liter Milch, «int:1-3» Brote"),
                 ("IN", "Kirana list: «int:1-10» kg atta, «int:1-5» kg rice"),
                 ("US", "Storage almost full on the NAS: «int:1-199» GB left on a «pick:4/8/12» TB drive"),
                 ("FR", "Liste de courses : «int:1-6» yaourts, «int:1-3» kilos de pommes")],
    "score": [("US", "NFL: Chiefs «int:0-45», Bills «int:0-45» (final)"), ("GB", "Five-a-side tonight, we won «int:0-9»–«int:0-9»"),
              ("IN", "IPL: RCB posted «int:120-260»/«int:1-9» from «int:15-20» overs"), ("DE", "Handball: Endstand «int:20-35»:«int:20-35»"),
              ("ES", "La Liga: Betis «int:0-5», Sevilla «int:0-5»"), ("JP", "Jリーグ 結果 «int:0-5»-«int:0-5»")],
    "stock": [("US", "NVDA closed at «int:100-200».«two» (+«int:0-9».«two»%)"), ("US", "Dow Jones «num:35000-48000» at close"),
              ("IN", "Moneycontrol alert: Nifty 50 ends the week at «num:18000-27000»"), ("GB", "BBC News ticker: FTSE 100 down «int:0-3».«int:0-9»% at «num:7000-9500»"),
              ("DE", "MSCI-World-ETF «int:80-120»,«two» €"), ("JP", "TOPIX «num:2000-3200»ポイント")],
    "weather": [("US", "Weather: high of «int:40-105»°F, «int:0-100»% chance of rain"), ("GB", "Met Office: «int:0-25»°C this afternoon but feels colder with the wind"),
                ("DE", "Unwetterwarnung: Böen bis «int:60-120» km/h"),
                ("IN", "AQI in Delhi today: «int:150-450»"), ("AU", "UV index «int:3-14» today, slip slop slap"),
                ("BR", "Mínima de «int:8-22»°C nesta madrugada em Curitiba")],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless."""
    out: list[Case] = []
    seen: set[str] = set()
    for group, templates in GROUPS.items():
        for region, template in templates * 2:
            for _ in range(200):
                text = draw(r, template)
                if text not in seen and harmless(text):
                    break
            else:
                continue  # a fixed line already taken, or none harmless: left out
            seen.add(text)
            out.append(Case(text, (), region, f"neg_{group}"))
    return out
