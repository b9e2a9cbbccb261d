"""Look-alikes for the dev18 privacy set (``privacy_cases_dev18.py``): lines a personal agent meets
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
    "time": [("US", "Google Assistant: timer set, pick up the kids at «int:2-4»:«two» pm"),
             ("GB", "Bin men come at «hh:6-8»:«two» on Wednesdays now, put it out the night before"),
             ("DE", "Die Kita schließt heute schon um «hh:12-15»:«two» Uhr"),
             ("IN", "Tejas Express to Ahmedabad reaches at «hh:5-23»:«two», seat «int:1-78»"), ("JP", "歯医者の予約は午後«int:1-6»時«two»分から"),
             ("BR", "O ônibus da excursão sai às «hh:5-9»h«two» em ponto")],
    "date": [("US", "DMV email: your tags expire «mon» «day», «year»; renew online to skip the line"),
             ("GB", "Parents' evening booked for «dd»/«mm»/«year»"),
             ("DE", "Sperrmüllabholung am «dd».«mm».«year» angemeldet"),
             ("FR", "La rentrée des vacances est fixée au «dd»/«mm»/«year»"),
             ("KR", "재계약 만료일 «year»년 «int:1-12»월 «day»일"), ("IT", "Revisione della caldaia entro il «dd»/«mm»/«year»")],
    "duration": [("US", "Apple Watch: «int:20-90» exercise minutes, ring closed"),
                 ("GB", "Google Maps: «int:12-59» min by bus, «int:1-3» changes"),
                 ("DE", "Geschirrspüler fertig in «int:0-2»:«two» Std."), ("IN", "Rapido: captain arriving in «int:2-15» minutes"),
                 ("US", "Audible: «int:1-9» h «int:1-59» m left in the book"),
                 ("ES", "El horno termina el programa en «int:5-59» minutos")],
    "version": [("US", "iOS «int:17-19».«int:0-6».«int:1-3» is available for your iPhone"),
                ("US", "$ python3 -V prints Python 3.«int:10-14».«int:0-9» on the Mac mini"),
                ("US", "Home Assistant Core «year».«int:1-12».«int:0-5» released, update now"),
                ("DE", "Der Router meldet FRITZ!OS «int:7-8».«int:10-60» als aktuelle Version"),
                ("GB", "Garmin Connect: watch software «int:10-28».«int:10-99» ready to install"),
                ("IN", "PhonePe v«int:20-24».«int:1-30».«int:0-9» now available on Play Store")],
    "coordinates": [("US", "Trailhead parking per AllTrails: «lat:30..45», -«lon:75..120»"),
                    ("DE", "Treffpunkt Wanderung: «lat:47..54», «lon:7..14»"),
                    ("AU", "Snorkel spot the skipper shared: -«lat:12..38», «lon:115..153»"),
                    ("BR", "Pin da cachoeira que a gente foi: -«lat:5..28», -«lon:38..52»"),
                    ("NZ", "Freedom camping spot saved: -«lat:36..46», «lon:167..178»"),
                    ("ES", "Coordenadas del merendero: «lat:36..43», -«lon:1..8»")],
    "amount": [("US", "Cash App: you sent $«price:5-300» for the concert"), ("GB", "Council tax instalment of £«price:90-250» due on the «int:1-28»th"),
               ("DE", "Der Abschlag für Gas steigt auf «int:40-200»,«two» € im Monat"),
               ("IN", "Broadband bill: ₹«num:500-3000» payable by the «int:5-28»th"), ("JP", "お会計 ¥«num:1000-50000» ポイント利用なし"),
               ("BR", "Fatura da Enel deste mês ficou em R$ «int:80-400»,«two», débito automático no dia «int:5-28»")],
    "isbn": [("US", "Kid's summer reading list, ISBN «isbn13»"), ("GB", "Reserved at the county library, collect from Tuesday, ISBN «isbn13»"),
             ("DE", "Der Reiseführer für Portugal, ISBN «isbn13»"), ("US", "Grandpa's old cookbook, found the listing by ISBN «isbn10»"),
             ("FR", "Manuel de maths demandé par la prof, ISBN «isbn13»"), ("IN", "UPSC prep book, ISBN «isbn13»")],
    "order": [("US", "Target: drive up order #«n:12» ready, tell us when you're on your way"),
              ("GB", "Ocado: the driver for order «n:9» is «int:2-9» stops away"),
              ("DE", "Otto-App: die Lieferung «n:10» kommt mit der Spedition, Zeitfenster folgt"), ("IN", "Nykaa parcel for order «n:16» handed to the courier, expected by Sunday"),
              ("BR", "Mercado Livre: compra #«n:13» a caminho"), ("FR", "Leroy Merlin : commande n° «n:9» prête en magasin")],
    "flight": [("US", "Delta app: DL «int:100-2999» to Salt Lake City, seat «int:10-40»«pick:A/C/D/F» confirmed"),
               ("GB", "easyJet EZY«int:1000-8999» to Faro, bag drop closes «hh:5-22»:«two»"),
               ("DE", "Eurowings EW «int:100-9999» nach Palma, Abflug «hh:5-22»:«two»"),
               ("IN", "Air India AI «int:100-999» to Bengaluru, web check-in open"),
               ("AE", "flydubai FZ «int:1-999» to Karachi, boarding «hh:0-23»:«two»"), ("MX", "Aeroméxico AM «int:100-999» a Cancún, puerta «int:1-40»")],
    "invoice": [("US", "Wave: invoice #«n:4» to the bakery is «int:1-30» days overdue"),
                ("GB", "Invoice INV«year»-«n:4» from the boiler engineer attached"),
                ("DE", "Der Schornsteinfeger-Bescheid «year»-«n:4» ist im Briefkasten gelandet"),
                ("FR", "Facture FA-«n:6» du garage pour la vidange"),
                ("IN", "GST invoice no. GST/«year»/«n:5» from the hardware store"),
                ("IT", "Lo SdI ha consegnato la fattura «int:1-999»/A della palestra")],
    "build": [("US", "Buildkite: nightly «n:4» green after «int:2-40» minutes"),
              ("US", "$ git rev-parse --short HEAD → «hex:7»"), ("US", "Vercel: deployment dpl_«an:24» is ready"),
              ("GB", "$ git revert «hex:40» --no-edit"), ("DE", "GitLab-Pipeline #«n:7» erfolgreich"),
              ("US", "Renovate wants to pin postgres to digest sha256:«hex:64»")],
    "room": [("US", "Chem lab moved to room «int:100-399» this week"), ("GB", "Visiting Grandad: ward «up:1»«int:1-20», bed «int:1-30»"),
             ("DE", "Die Vorlesung ist in Hörsaal «int:1-9»«pick:A/B/C»"), ("IN", "Interview at block «up:1», cabin «int:1-60»"),
             ("FR", "Réunion parents-profs en salle «int:100-300» bis"), ("ES", "Aula «int:1-40» del instituto, segunda planta")],
    "hash": [("US", "$ shasum -a 256 ubuntu.iso → «hex:64»"), ("US", "Blame points at «hex:40» from last spring"),
             ("US", "Checksum (MD5) for the firmware: «hex:32»"), ("DE", "SHA-1 der Sicherungsdatei: «hex:40»"),
             ("US", "Merged pull request #«int:10-999» as «hex:7»"), ("GB", "Transmission › Torrent hash «hex:40»")],
    "uuid": [("US", "Crash report id «uuid» sent to the developer"), ("US", "Shortcuts automation «uuid»"),
             ("GB", "Request id «uuid» (quote this if you contact us)"), ("DE", "Auftrags-ID «uuid» im Kundenportal"),
             ("IN", "Razorpay payment link id «uuid»"), ("US", "Hue bridge scene «uuid»")],
    "tracking": [("US", "UPS My Choice: «ups» arriving by end of day"),
                 ("US", "Mail carrier scanned «pick:9400/9405/9361»«d:18» at the local post office"),
                 ("GB", "Yodel: H«n:15» rescheduled to the neighbour at number «int:1-99»"),
                 ("DE", "Hermes-Paketshop meldet: «n:14» liegt zur Abholung bereit"),
                 ("IN", "Ekart: shipment «n:11» reached the Bhiwandi hub"), ("CN", "中通快递 单号 «n:14» 正在派送")],
    "product_code": [("US", "EAN printed under the cereal barcode «ean13»"), ("DE", "EAN der Windeln laut Scanner-App «ean13»"),
                     ("US", "Fridge filter part «up:2»«n:5»«up:2»"), ("GB", "IKEA article no. «n:3».«n:3».«d:2», aisle «int:1-40»"),
                     ("JP", "品番 «up:3»-«n:3» の替え刃"), ("US", "Smart TV model «up:2»«int:43-85»«up:3»«n:3»")],
    "password_words": [("US", "New passwords for the county portal: «int:8-16» or more letters, no spaces, no emoji"),
                       ("US", "Tip: use a passphrase of «int:4-7» random words"),
                       ("GB", "Too many wrong passwords, try again in «int:1-30» minutes"),
                       ("US", "Password Checkup: «int:1-40» passwords found in a data breach"),
                       ("DE", "Bitte ändern Sie Ihr Passwort, es ist «int:90-400» Tage alt"),
                       ("FR", "Votre mot de passe doit contenir au moins «int:8-12» caractères dont une majuscule"),
                       ("ES", "Has introducido mal la contraseña «int:2-5» veces")],
    "secret_reference": [("US", "DB_PASSWORD: ${{ secrets.DB_PASSWORD }}  # job «int:1-9»"),
                         ("US", "export GH_TOKEN=\"$(security find-generic-password -s gh -w)\" # step «int:1-9»"),
                         ("US", "$ sops -d secrets/homelab-«int:1-9».enc.yaml | yq .mariadb"),
                         ("US", "passwordeval = gpg -dq ~/.mail-«int:1-9».gpg"),
                         ("DE", "Das Passwort steht in Bitwarden unter 'Router «int:1-9»'"),
                         ("GB", "The cert's passphrase sits in Doppler, config prd_«int:1-12»")],
    "masked": [("US", "Chase: $«price:5-500» charged to card ending in «d:4»"), ("US", "Discover: card •••• «d:4» added to Apple Pay"),
               ("IN", "ICICI: INR «num:100-9000» debited from a/c XX«d:4»"),
               ("GB", "Nationwide: account ending «d:4», new statement available"),
               ("DE", "Lastschrift vom Konto ***«d:4» am «dd».«mm».«year»"), ("US", "Ally Bank: enter the code texted to the phone on file (•••-••«d:2»)")],
    "meeting_id": [("US", "Synagogue Zoom for Shabbat services, ID «n:3» «d:4» «d:4»"), ("US", "Teams: Meeting ID «n:3» «d:3» «d:3» «d:3», passcode on the invite"),
                   ("GB", "Dial-in for the residents' call, access code «n:4» «d:4»#"),
                   ("DE", "Webex-Meeting-Kennnummer «n:4» «d:3» «d:4»"),
                   ("IN", "Meet link: https://meet.google.com/«pick:xsd/pbe/ruk»-«pick:qwmt/hzla/ocve»-«pick:fjr/dsu/mic»"),
                   ("US", "RingCentral Video bridge «n:3»-«d:3»-«d:3» for the HOA budget call")],
    "address": [("US", "Block party on «int:100-9999» Willow Bend Ct, bring a chair"),
                ("GB", "New flat: «int:1-200» Albert Terrace, top bell"),
                ("DE", "Treffpunkt: Lindenallee «int:1-120», Hinterhof"),
                ("FR", "Pot de départ au «int:1-90» rue des Lilas"),
                ("IN", "Address for the pooja: House «int:1-999», Sector «int:1-80», near the temple"),
                ("MX", "La posada será en Privada Los Sauces «int:1-500», casa con portón verde")],
    "network": [("US", "Chromecast moved to «ip»"), ("US", "Doorbell camera MAC «mac» reserved in DHCP"),
                ("DE", "Die Fritzbox hat dem Drucker «ip» zugewiesen"), ("GB", "Forwarded port «int:1024-65000» to «ip» for the game server"),
                ("NL", "Pi-hole staat op «ip»"), ("IN", "JioFiber: device «mac» blocked from the network")],
    "health": [("US", "Blood pressure cuff: «int:100-170»/«int:60-100», heart rate «int:50-110»"),
               ("US", "Eight Sleep: bed temperature −«int:1-9», «int:5-8» h «int:0-59» m asleep"),
               ("GB", "NHS app: BMI «int:18-35».«int:0-9»"), ("DE", "Fieber beim Kleinen heute Abend: «int:37-40»,«int:0-9» °C"),
               ("IN", "HbA1c «int:4-11».«int:0-9»% in the latest report"), ("JP", "健康診断の結果：腹囲 «int:65-100»cm")],
    "ticket": [("US", "Verizon ticket #«n:8» resolved"), ("US", "Linear issue FAM-«int:1-999» closed by the automation"),
               ("GB", "Your repair reference is «n:9», an engineer will call"), ("DE", "Ticketnummer «n:8» zur Reklamation"),
               ("IN", "Jio complaint ID «n:10» registered"), ("AU", "NBN technician visit for incident «n:9» on Friday morning")],
    "booking": [("US", "Southwest confirmation #«up:6»"), ("GB", "Premier Inn booking «n:10»"),
                ("DE", "DB-Auftragsnummer «an:6»"), ("FR", "Réservation SNCF Connect, dossier «up:6»"),
                ("IN", "MakeMyTrip booking ID NH«n:12»"), ("ES", "Renfe: localizador «an:6»")],
    "timestamp": [("US", "Obsidian Sync: vault updated «year»-«mm»-«dd»T«hh»:«two»:«two»Z"),
                  ("US", "{\"created_at\": «int:1700000000-1800000000», \"type\": \"motion\"}"),
                  ("GB", "Message edited «dd» «mon» «year», «hh»:«two»"),
                  ("DE", "Screenshot_«year»«mm»«dd»-«hh»«two»«two».png"),
                  ("US", "Grafana range: from=«int:1700000000000-1800000000000»"),
                  ("JP", "投稿日時 «year»/«mm»/«dd» «hh»:«two»")],
    "short_code": [("US", "Schwab: use «d:6» to finish signing in; the code expires in «int:5-15» minutes"), ("US", "DoorDash: tell the Dasher «d:4» to receive the alcohol order"),
                   ("GB", "HMRC: your access code for the Government Gateway is «d:6»"),
                   ("IN", "«d:6» is your OTP for the Swiggy order. Do not share"),
                   ("DE", "pushTAN-Freigabe für die Überweisung an die Stadtwerke: «d:6»"), ("BR", "Código de verificação do iFood: «d:6»")],
    "public_key": [("US", "authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» phone"),
                   ("US", "The key's randomart and fingerprint: SHA256:«b64:43»"), ("US", "sops age recipient: age1«bech:58»"),
                   ("US", "[Peer] PublicKey = «b64:43»="),
                   ("DE", "PGP-Schlüssel-Fingerabdruck: «HEX:40»"),
                   ("US", "Mapbox public token pk.eyJ1«an:20»")],
    "placeholder": [("US", "Docs: OPENAI_API_KEY=sk-... (replace with your own), step «int:1-9»"),
                    ("US", "Login screen: ●●●●●●●● (page «int:1-9»)"),
                    ("US", "README: set DB_PASSWORD=changeme before first start (line «int:1-99»)"),
                    ("US", "Template W-9 shows SSN XXX-XX-XXXX, page «int:1-9»"),
                    ("GB", "Sample cheque: sort code 12-34-56 crossed out, example «int:1-9»"),
                    ("US", "TV show phone number: 555-01«d:2»")],
    "postal": [("US", "Shipping estimate for ZIP «n:5»"), ("GB", "Not available in postcode area «pick:BT/KW/HS/ZE»«int:1-40»"),
               ("DE", "Der Bäcker liefert sonntags auch in die PLZ «n:5»"), ("IN", "Deliverable to PIN «n:6»"),
               ("CA", "Canada Post says the forward sortation area «pick:K/L/M/N/P»«int:1-9»«pick:A/B/C/E/G/H/J» gets Saturday delivery"), ("JP", "〒«n:3»-«d:4» へ発送済み")],
    "quantity": [("US", "Costco run: «int:2-6» packs of paper towels, «int:1-3» rotisserie chickens"), ("GB", "Waitrose: «int:2-8» lemons, «int:1-4» loaves"),
                 ("DE", "Getränkemarkt: «int:1-6» Kästen Wasser"),
                 ("IN", "Sabzi list: «int:1-5» kg onions, «int:1-3» kg tomatoes"),
                 ("US", "Google One: «int:1-14» GB free of the 15 GB, photos take most"),
                 ("FR", "Courses : «int:1-6» baguettes, «int:1-3» litres de lait")],
    "score": [("US", "NBA: Celtics «int:80-140», Knicks «int:80-140»"), ("GB", "Pub quiz: we scored «int:20-60» out of «int:50-70»"),
              ("IN", "Score: India «int:150-400»/«int:1-9» in «int:20-50» overs"), ("DE", "Bundesliga: Endstand «int:0-5»:«int:0-5»"),
              ("ES", "Resultado del pádel: «int:0-7»-«int:0-7», «int:0-7»-«int:0-7»"), ("JP", "野球 «int:0-12»対«int:0-12»で勝利")],
    "stock": [("US", "AAPL «int:150-260».«two» after hours"), ("US", "S&P 500 closes at «num:4500-6500»"),
              ("IN", "Brokerage app push: Sensex settles «num:60000-85000» amid profit booking"), ("GB", "Pension app: FTSE 250 tracker gained «int:0-3».«int:0-9»% this week"),
              ("DE", "Börsenticker im Radio: der DAX ging mit «num:15000-24000» Zählern aus dem Handel"), ("JP", "終値 日経平均株価は«num:30000-45000»円台を回復")],
    "weather": [("US", "Forecast: low of «int:10-60»°F tonight, frost possible"), ("GB", "BBC Weather: «int:0-25»°C and drizzle"),
                ("DE", "Hitzewarnung: bis «int:30-39» Grad"),
                ("IN", "Mumbai: «int:50-300» mm rain expected"), ("AU", "CFA app: total fire ban in the district, «int:25-45»°C and gusty northerlies"),
                ("BR", "Previsão: «int:15-38»°C e pancadas de chuva")],
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
