"""Look-alikes for the dev19 privacy set (``privacy_cases_dev19.py``): lines a personal agent meets
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
    "time": [("US", "Siri reminder: swim practice pickup moved to «int:4-7»:«two» this evening"),
             ("GB", "The recycling lorry now turns up around «hh:6-9»:«two» on Fridays"),
             ("DE", "Der Hort macht am Brückentag schon um «hh:11-14»:«two» Uhr zu"),
             ("IN", "Shatabdi chart prepared, train leaves Howrah at «hh:5-23»:«two», coach C«int:1-12»"), ("JP", "美容院の予約は«int:1-7»時«two»分に変更"),
             ("BR", "A van do passeio da escola chega às «hh:6-9»h«two»")],
    "date": [("US", "Library notice: the audiobook you borrowed is due back «mon» «day», «year»"),
             ("GB", "School photographer visiting on «dd»/«mm»/«year»"),
             ("DE", "Termin beim Bürgeramt am «dd».«mm».«year» bestätigt"),
             ("FR", "Le vide-grenier du quartier aura lieu le «dd»/«mm»/«year»"),
             ("KR", "아이 치과 정기검진은 «year»년 «int:1-12»월 «day»일 오후로 잡힘"), ("IT", "Il rinnovo della carta d'identità scade il «dd»/«mm»/«year»")],
    "duration": [("US", "Fitbit: «int:25-95» active zone minutes today, goal met"),
                 ("GB", "Citymapper: «int:10-55» min by tube, «int:0-2» changes, step-free"),
                 ("DE", "Waschmaschine Restzeit «int:0-3»:«two» h"), ("IN", "Ola: your driver is «int:2-18» mins away"),
                 ("US", "Kindle: «int:1-9» hrs «int:1-59» mins left in chapter"),
                 ("ES", "La freidora de aire acaba en «int:3-40» minutos")],
    "version": [("US", "macOS Sequoia «int:15-16».«int:0-6».«int:0-2» update downloaded, restart tonight"),
                ("US", "$ node --version answers v«int:18-24».«int:0-19».«int:0-9» on the homelab box"),
                ("US", "Immich server v1.«int:100-140».«int:0-3» is out, release notes mention faces"),
                ("DE", "Das Speedport-Modem hat die Firmware «int:1-3».«int:10-99».«int:0-9» geladen"),
                ("GB", "Fitbit app: tracker firmware «int:100-300».«int:10-99» will install overnight"),
                ("IN", "Google Pay version «int:200-300».«int:1-9».«int:0-9» on the Play Store")],
    "coordinates": [("US", "Fishing hole Grandpa marked in onX: «lat:31..46», -«lon:80..118»"),
                    ("DE", "Startpunkt der Radtour laut Komoot: «lat:47..54», «lon:6..14»"),
                    ("AU", "Dive site from the charter's map: -«lat:14..37», «lon:114..152»"),
                    ("BR", "Localização da trilha que o guia mandou: -«lat:4..29», -«lon:37..53»"),
                    ("NZ", "DOC hut waypoint: -«lat:37..45», «lon:168..177»"),
                    ("ES", "Ubicación del mirador para ver el atardecer: «lat:36..43», -«lon:1..8»")],
    "amount": [("US", "Splitwise settled up: you covered $«price:4-250» of the lake house groceries"), ("GB", "Thames Water will collect £«price:20-90» by Direct Debit on or after the «int:1-28»th"),
               ("DE", "Die Nachzahlung für Strom beträgt «int:30-400»,«two» €"),
               ("IN", "MSEB bijli bill ₹«num:400-6000», last date «int:5-28» this month, pay via BBPS"), ("JP", "ドラッグストアで ¥«num:800-30000» 支払い、ポイント«int:1-99»付与"),
               ("BR", "Conta da Sabesp de «int:40-300»,«two» reais vence dia «int:5-28»")],
    "isbn": [("US", "The novel our neighbourhood readers picked for autumn, ISBN «isbn13»"), ("GB", "Interlibrary loan requested, ISBN «isbn13»"),
             ("DE", "Das Vorlesebuch für die Kita, ISBN «isbn13»"), ("US", "Secondhand field guide, listed under ISBN «isbn10»"),
             ("FR", "Liste des fournitures : roman de français, ISBN «isbn13»"), ("IN", "JEE physics guide, ISBN «isbn13»")],
    "order": [("US", "Walmart pickup order #«n:13» is bagged and waiting at the curb"),
              ("GB", "Tesco delivery «n:9»: your slot is confirmed for tomorrow"),
              ("DE", "Thalia hat die Schulbuchbestellung «n:11» an die Filiale geschickt"), ("IN", "Meesho order «n:15» is out for delivery today"),
              ("BR", "Shopee: pedido nº «n:14» enviado"), ("FR", "Fnac : votre retrait magasin pour la commande «n:10» est disponible")],
    "flight": [("US", "United UA «int:100-2999» to Denver, gate B«int:1-60», boarding group «int:1-5»"),
               ("GB", "Ryanair FR«int:1000-9999» to Alicante, check-in closes «hh:4-22»:«two»"),
               ("DE", "Condor DE «int:1000-2999» nach Antalya, Gepäckband «int:1-30»"),
               ("IN", "IndiGo 6E «int:100-999» to Goa, seat «int:1-33»«pick:A/C/D/F»"),
               ("AE", "Emirates EK «int:1-999» to Colombo, boarding «hh:0-23»:«two»"), ("MX", "Viva Aerobus VB «int:100-999» con destino a Monterrey abordando por la sala «int:1-40»")],
    "invoice": [("US", "FreshBooks: invoice #«n:5» to the florist paid in full"),
                ("GB", "Bill ref BL-«year»-«n:5» from the roofer, payable in 30 days"),
                ("DE", "Die Rechnung Nr. RE-«n:6» vom Klempner liegt bei"),
                ("FR", "Le vétérinaire a envoyé sa note d'honoraires F«year»-«n:5» pour la stérilisation du chat"),
                ("IN", "Tax invoice no. INV/«year»/«n:4» from the tiffin service"),
                ("IT", "Nel cassetto fiscale compare la ricevuta «int:1-999»/«year» del fabbro")],
    "build": [("US", "Woodpecker CI pipeline «n:4» for the dotfiles repo finished, «int:1-30» steps green"),
              ("US", "$ git log -1 --format=%h prints «hex:7»"), ("US", "Cloudflare Pages preview build «hex:24» is live for the garden blog"),
              ("GB", "$ git show --stat «hex:40» | head -20 on the homelab repo"), ("DE", "Jenkins-Build #«n:5» fehlgeschlagen, Test «int:1-99» rot"),
              ("US", "Dependabot bumps the node image to sha256:«hex:64»")],
    "room": [("US", "Parent-teacher night: the fourth-grade homeroom is room «int:100-399»"), ("GB", "Outpatients: clinic «up:1», bay «int:1-30»"),
             ("DE", "Die Klausur findet im Seminarraum «int:1-9».«int:1-40» statt"), ("IN", "Exam centre hall «int:1-30», bench «int:1-60»"),
             ("FR", "Cours de yoga déplacé en salle «int:1-20»"), ("ES", "Te toca vacunarte en el box «int:1-40» del ambulatorio, pasillo «int:1-6»")],
    "hash": [("US", "$ sha256sum debian.iso prints «hex:64»"), ("US", "Bisect landed on «hex:40»"),
             ("US", "Router firmware MD5: «hex:32»"), ("DE", "Prüfsumme SHA-256 des Downloads: «hex:64»"),
             ("US", "Squashed and merged #«int:10-999» into main as «hex:7»"), ("GB", "Magnet link for the Linux mint iso, btih «hex:40»")],
    "uuid": [("US", "App crash log id «uuid»"), ("US", "HomeKit accessory id «uuid»"),
             ("GB", "Correlation id «uuid» shown on the error page"), ("DE", "Vorgangs-ID «uuid» im Serviceportal"),
             ("IN", "Paytm transaction reference «uuid»"), ("US", "Sonos group id «uuid»")],
    "tracking": [("US", "UPS: «ups» out for delivery"),
                 ("US", "Porch pirate worry: USPS label «pick:9400/9405/9361»«d:18» shows delivered to the mailroom"),
                 ("GB", "Evri: parcel H«n:15» left in your safe place"),
                 ("DE", "DPD-Paket «n:14» wird heute zwischen «hh:8-18»:00 und «hh:9-20»:00 zugestellt"),
                 ("IN", "Shadowfax rider picked up «n:13» from the seller in Surat"), ("CN", "京东物流包裹 JD«n:13» 今天下午送达小区驿站")],
    "product_code": [("US", "Barcode on the oat milk carton «ean13»"), ("DE", "Scanner-App zeigt EAN «ean13» für das Müsli"),
                     ("US", "Vacuum replacement bag model «up:2»-«n:4»"), ("GB", "Argos catalogue number «n:3»/«n:4»"),
                     ("JP", "型番 «up:2»-«n:4» のフィルター"), ("US", "Laptop charger part «up:3»«n:5»")],
    "password_words": [("US", "The school portal says passwords need «int:8-14» characters and one symbol"),
                       ("US", "Security tip: a password manager can make a «int:16-30»-character password for you"),
                       ("GB", "Account locked after «int:3-6» failed password attempts"),
                       ("US", "Safari: «int:1-30» of your saved passwords are reused"),
                       ("DE", "Schulportal: Passwortwechsel wird in «int:1-30» Tagen erzwungen, bitte vorher ändern"),
                       ("FR", "Le mot de passe doit comporter «int:8-16» caractères minimum"),
                       ("ES", "La contraseña caduca dentro de «int:2-30» días")],
    "secret_reference": [("US", "with: registry-password: ${{ secrets.GHCR_PUSH_PW }} # job matrix «int:1-9»"),
                         ("US", "export RESTIC_PASSWORD=\"$(pass show backup/restic-«int:1-9»)\""),
                         ("US", "$ bao read -field=value kv/mediaserver/sonarr-api-«int:1-9»"),
                         ("US", "PassCmd \"op read op://Private/imap-«int:1-9»/password\""),
                         ("DE", "Das Kennwort liegt im KeePass unter 'NAS «int:1-9»'"),
                         ("GB", "The signing key's password is in 1Password, vault Family «int:1-9»")],
    "masked": [("US", "Capital One: $«price:3-400» purchase on card ending «d:4»"), ("US", "Apple Card: •••• «d:4» is now your default"),
               ("IN", "Kotak alert: INR «num:100-9000» debited at a petrol pump, credit card ending «d:4»"),
               ("GB", "First Direct: your e-statement for the current account ••«d:4» is ready to view"),
               ("DE", "Kartenzahlung mit Karte ****«d:4» am «dd».«mm».«year»"), ("US", "Wells Fargo will text a code to (•••) •••-••«d:2»")],
    "meeting_id": [("US", "Grandma's birthday video call on Zoom, join with «n:3» «d:4» «d:4»"), ("US", "Parent consultation via Microsoft Teams, conference number «n:3» «d:3» «d:3» «d:3»"),
                   ("GB", "Conference line for the parish council, PIN «n:4» «d:4»#"),
                   ("DE", "Zugangsnummer der Telefonkonferenz «n:4» «d:3» «d:4»"),
                   ("IN", "Google Meet: https://meet.google.com/«pick:abk/pqz/tmo»-«pick:wxyz/hjkq/fdsa»-«pick:nqe/vbt/lro»"),
                   ("US", "GoTo Meeting access code «n:3»-«d:3»-«d:3» for the school board")],
    "address": [("US", "Yard sale at «int:100-9999» Sycamore Ridge Dr this Saturday"),
                ("GB", "Moving to «int:1-200» Primrose Crescent, second floor"),
                ("DE", "Kindergeburtstag in der Birkenstraße «int:1-120»"),
                ("FR", "Apéro chez nous, «int:1-90» avenue des Tilleuls"),
                ("IN", "Wedding venue: Plot «int:1-999», Phase «int:1-9», near the water tank"),
                ("MX", "El bautizo lo festejamos en Andador Bugambilias «int:1-500», frente a la tiendita")],
    "network": [("US", "Apple TV got «ip» after the router reboot"), ("US", "Thermostat MAC «mac» added to the IoT VLAN"),
                ("DE", "Die Synology im Keller hat nach dem Umzug die Adresse «ip» bekommen"), ("GB", "Opened port «int:1024-65000» to «ip» for Plex"),
                ("NL", "AdGuard draait op «ip»"), ("IN", "Airtel Xstream: device «mac» paused")],
    "health": [("US", "Withings: weight «int:110-250».«int:0-9» lb, BMI «int:18-35»"),
               ("US", "Whoop recovery «int:1-99»%, resting pulse «int:40-70» bpm this morning"),
               ("GB", "Blood test: cholesterol «int:3-7».«int:0-9» mmol/L"), ("DE", "Opa hat heute früh «int:70-130» als Zuckerwert ins Heft geschrieben"),
               ("IN", "SpO2 «int:92-99»%, pulse «int:55-110»"), ("JP", "血圧 «int:100-160»/«int:60-100» 脈拍 «int:50-100»")],
    "ticket": [("US", "Spectrum outage report «n:8» marked resolved after the tech visit"), ("US", "Jira ticket HOME-«int:1-999» moved to Done"),
               ("GB", "Council pothole report ref «n:9» logged"), ("DE", "Störungsnummer «n:8» bei der Telekom"),
               ("IN", "Airtel service request «n:10» raised"), ("AU", "Telstra fault reference «n:9» assigned")],
    "booking": [("US", "JetBlue trip to San Juan, record locator «up:6»"), ("GB", "Travelodge booking ref «n:9»"),
                ("DE", "FlixBus-Buchungsnummer «n:10»"), ("FR", "Réservation Ouigo, référence «up:6»"),
                ("IN", "Rajdhani waitlist status for PNR «n:10» moved to RAC"), ("ES", "Iberia: código de reserva «an:6»")],
    "timestamp": [("US", "Nest cam event at «year»-«mm»-«dd»T«hh»:«two»:«two»Z"),
                  ("US", "{\"ts\": «int:1700000000-1800000000», \"event\": \"door_open\"»"),
                  ("GB", "Last synced «dd» «mon» «year» at «hh»:«two»"),
                  ("DE", "Google Photos backed up PXL_«year»«mm»«dd»_«hh»«two»«two»«d:3».MP.jpg"),
                  ("US", "Prometheus query start=«int:1700000000-1800000000».«d:3»"),
                  ("JP", "自治会の回覧板 配布 «year»年«mm»月«dd»日 «hh»:«two» 班長 確認 済み 次の家へ")],
    "short_code": [("US", "Fidelity: your one-time code is «d:6», valid for «int:5-15» minutes"), ("US", "Instacart: show «d:4» to the shopper at the door"),
                   ("GB", "Starling: approve the new device with «d:6», we will never phone to ask for it"),
                   ("IN", "«d:6» is the OTP for your Zomato login"),
                   ("DE", "Ihre mTAN für die Zahlung an den Vermieter: «d:6»"), ("BR", "PicPay: digite «d:6» para confirmar o Pix de R$ «int:5-900»,00")],
    "public_key": [("US", "~/.ssh/id_ed25519.pub: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» laptop"),
                   ("US", "Host key fingerprint is SHA256:«b64:43»"), ("US", "age public key: age1«bech:58»"),
                   ("US", "WireGuard peer PublicKey «b64:43»="),
                   ("DE", "OpenPGP-Fingerprint des Vereins: «HEX:40»"),
                   ("US", "Mapbox default public token starts pk.eyJ1«an:20»")],
    "placeholder": [("US", "Tutorial: ANTHROPIC_API_KEY=your-key-here, section «int:1-9»"),
                    ("US", "Password field shows •••••••• on screen «int:1-9»"),
                    ("US", "Sample .env: POSTGRES_PASSWORD=example (line «int:1-99»)"),
                    ("US", "Blank form field: SSN ___-__-____ (page «int:1-9»)"),
                    ("GB", "Specimen bank statement: account 00000000, page «int:1-9»"),
                    ("US", "Movie prop phone number: 555-01«d:2»")],
    "postal": [("US", "Chewy says autoship can't reach ZIP «n:5» by Thursday"), ("GB", "We don't deliver to postcode «pick:IV/PA/KW/TR»«int:1-40»"),
               ("DE", "Lieferung in die Postleitzahl «n:5» möglich"), ("IN", "BigBasket slots open for pincode «n:6» from tomorrow morning"),
               ("CA", "Postal code prefix «pick:K/L/M/N/P»«int:1-9»«pick:A/B/C/E/G/H/J» covered by the delivery zone"), ("JP", "郵便番号 «n:3»-«d:4» のお届け先")],
    "quantity": [("US", "Sam's Club: «int:2-6» cases of water, «int:1-4» bags of rice"), ("GB", "Sainsbury's: «int:2-8» apples, «int:1-4» tins of beans"),
                 ("DE", "Einkaufsliste: «int:1-6» Packungen Nudeln"),
                 ("IN", "Kirana list: «int:1-5» kg atta, «int:1-3» litres oil"),
                 ("US", "Dropbox Basic: «int:1-2».«int:0-9» GB of the free space filled by camera uploads"),
                 ("FR", "Liste : «int:1-6» yaourts, «int:1-3» paquets de pâtes")],
    "score": [("US", "NFL: Eagles «int:0-45», Cowboys «int:0-45»"), ("GB", "Sunday league, our lads drew «int:0-12»-«int:0-12» away at the rec"),
              ("IN", "IPL: Mumbai «int:120-250»/«int:1-9» after «int:15-20» overs"), ("DE", "Handball: «int:20-35»:«int:20-35» zur Halbzeit"),
              ("ES", "Marcador del derbi vasco: Athletic «int:0-5», Real Sociedad «int:0-5»"), ("JP", "サッカー «int:0-6»対«int:0-6»で引き分け")],
    "stock": [("US", "TSLA «int:150-450».«two» pre-market"), ("US", "Robinhood push: Nasdaq Composite finished the session at «num:15000-21000»"),
              ("IN", "Nifty 50 ends the day at «num:18000-27000»"), ("GB", "ISA app: global index fund up «int:0-4».«int:0-9»% this month"),
              ("DE", "Der MDAX notiert bei «num:22000-32000» Punkten"), ("JP", "TOPIXは«num:2000-3200»ポイントで取引終了")],
    "weather": [("US", "Weather app: high of «int:60-105»°F, UV index «int:1-11»"), ("GB", "Met Office: «int:0-22»°C with sunny spells"),
                ("DE", "NINA-Warnung für den Landkreis: Orkanböen mit «int:60-120» km/h erwartet"),
                ("IN", "Lucknow smog update: AQI reading «int:50-450», visibility «int:50-900» m"), ("AU", "BOM: «int:20-45»°C and UV extreme"),
                ("BR", "Clima: «int:14-38»°C, chance de chuva «int:10-90»%")],
}

def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group (of ``groups``, this set's unless given) drawn twice, each line new
    and harmless."""
    out: list[Case] = []
    seen: set[str] = set()
    for group, templates in (groups or GROUPS).items():
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
