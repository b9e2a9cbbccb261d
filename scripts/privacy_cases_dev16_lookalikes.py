"""Look-alikes for the dev16 privacy set (``privacy_cases_dev16.py``): lines a personal agent meets
all day that carry digits, codes, keys or the word password but no personal value, in 34 groups
(times, dates, durations, prices, orders, parcels, flights, versions, builds, commit hashes, meeting
ids, rooms, invoices, tickets, bookings ... and, less often, coordinates, ISBNs, health readings,
public keys and their fingerprints, masked numbers, one-time codes, placeholders copied from docs
and references to where a secret is kept).

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
    "time": [("US", "Reminder: pick Maya up from swim practice at «int:3-7»:«two» pm"),
             ("GB", "Sourdough in the oven, timer rings at «hh:11-20»:«two»"),
             ("DE", "Zahnarzttermin morgen früh um «hh:7-11»:«two» Uhr, nüchtern kommen"),
             ("IN", "Shatabdi leaves from platform «int:1-12» at «hh:5-23»:«two», coach C«int:1-9»"), ("JP", "保育園のお迎えは «hh:16-18»:«two» までにお願いします"),
             ("ES", "La reunión de padres del cole es el jueves a las «hh:16-20»:«two»")],
    "date": [("US", "Lease renewal paperwork due «mm»/«dd»/«year» to the leasing office"),
             ("GB", "Recycling collection moved to «dd»/«mm»/«year» because of the bank holiday"),
             ("DE", "Ummeldung beim Bürgeramt gebucht für den «dd».«mm».«year»"), ("FR", "Vaccin de la petite chez le pédiatre le «dd»/«mm»/«year»"),
             ("KR", "치과 예약일 «year».«mm».«dd» 오전"), ("US", "Warranty on the dryer runs out «mon» «day», «year»")],
    "duration": [("US", "Apple Watch: outdoor walk «int:20-95» min, «int:150-700» active kcal"),
                 ("GB", "A&E board says current wait about «int:2-6» hours"),
                 ("DE", "Navi: noch «int:1-5» Std. «int:1-59» Min. bis Kassel, Stau auf der A7"), ("IN", "Reel draft saved, length «int:0-2»:«two»"),
                 ("US", "Weekly report: screen time averaged «int:1-9» hr «int:1-59» min a day"),
                 ("BR", "iFood: seu pedido chega em «int:20-40» a «int:45-90» minutos")],
    "version": [("US", "Software Update: iOS «int:17-19».«int:0-6».«int:1-3» is ready to install tonight"),
                ("US", "$ python3 -c 'import sys; print(sys.version)' → 3.«int:9-13».«int:0-12»"),
                ("US", "Home Assistant Core «year».«int:1-12».«int:0-5» release notes: breaking changes"),
                ("DE", "Die Waschmaschine meldet Firmware «int:1-9».«int:0-9».«int:0-99», Update abgeschlossen"),
                ("GB", "Chromebook auto-update expiration: version «int:120-140» is the last"),
                ("IN", "WhatsApp beta «int:2-3».«int:23-26».«int:1-25».«int:1-80» installed from Play Store")],
    "coordinates": [("US", "Trailhead where we parked, «lat:30..45», -«lon:75..120»"),
                    ("DE", "Treffpunkt für die Pilzwanderung: «lat:47..54», «lon:7..14»"),
                    ("AU", "Snorkel spot from the dive shop: -«lat:28..38», «lon:115..153»"),
                    ("BR", "Pin da chácara pra festa junina: -«lat:5..28», -«lon:38..52»"),
                    ("IN", "Send this to the driver, farmhouse is at «lat:12..28», «lon:74..86»"),
                    ("FR", "Coordonnées GPS du gîte envoyées par l'hôte : «lat:43..49», «lon:1..6»")],
    "amount": [("US", "Zelle: you sent $«price:10-400» to the soccer league"), ("GB", "Octopus: your smart meter bill this month is £«price:40-250»"),
               ("DE", "Nebenkostenabrechnung: Nachzahlung von «int:50-900»,«two» € bis Monatsende"),
               ("IN", "BESCOM: pay ₹«num:800-6000» before the due date to avoid disconnection"), ("JP", "レシート：お買上げ合計 ¥«num:500-30000»"),
               ("MX", "Recibo de la CFE: total a pagar $«num:200-9000».«two» MXN")],
    "isbn": [("US", "Library app: your hold is ready for pickup, ISBN «isbn13»"), ("GB", "Christmas present for Dad, the hardback, ISBN «isbn13»"),
             ("DE", "Bücherliste für die siebte Klasse, Mathe: ISBN «isbn13»"), ("US", "Old paperback from the garage sale, ISBN-10 «isbn10»"),
             ("ES", "El libro de inglés de 3º de la ESO tiene ISBN «isbn13»"), ("IN", "Ordered the physics guide for the boards, ISBN «isbn13»")],
    "order": [("US", "Target: Drive Up order #«n:9» is ready, tap when you arrive"),
              ("GB", "Tesco order «n:9» arriving between «hh:7-14»:00 and «hh:15-22»:00"),
              ("DE", "Otto-Paket mit der Bestellnummer «n:9» ist in der Packstation"), ("IN", "Your Myntra return for order «n:12» is picked up"),
              ("BR", "Mercado Livre: a compra #«n:10» já saiu para entrega"), ("FR", "Votre commande Fnac n° «n:10» est disponible en magasin")],
    "flight": [("US", "Delta DL «int:100-2999» to Atlanta now boarding zone «int:1-8», gate «up:1»«int:1-40»"),
               ("GB", "easyJet EZY«int:1000-8999» from Gatwick delayed by «int:10-120» mins"),
               ("DE", "Eurowings EW «int:100-999» nach Palma, Gate «up:1»«int:1-60» schließt in 10 Min."),
               ("IN", "Air India AI «int:100-999» web check-in opens, seat «int:1-40»«up:1»"),
               ("AE", "flydubai FZ «int:1-999» to Kathmandu is on time"), ("MX", "Aeroméxico AM «int:100-999» a Cancún sale a las «hh:5-23»:«two»")],
    "invoice": [("US", "FreshBooks: invoice #«n:4» sent to the client, due in «int:7-45» days"),
                ("GB", "Reminder: your invoice INV«n:6» from the accountant is overdue"),
                ("DE", "Rechnung vom Schornsteinfeger, Rechnungsnr. «year»-«n:4»"),
                ("FR", "Facture du plombier FA-«year»-«n:4» à régler sous 30 jours"),
                ("IN", "CA's GST invoice no. «up:2»/«year»-«int:10-99»/«n:3» received"),
                ("IT", "Fattura elettronica n. «int:1-999»/«year» del commercialista")],
    "build": [("US", "GitHub Actions: workflow run #«n:4» passed in «int:1-9»m «int:1-59»s"),
              ("US", "$ git reset --hard → HEAD is now at «hex:7» bump deps"), ("US", "Vercel: preview deployment «an:9» for the blog is ready"),
              ("GB", "git bisect: the first bad commit is «hex:40»"), ("DE", "Nächtlicher Build «n:5» ist rot, Tests schlagen fehl"),
              ("US", "Pulled the Immich image, digest sha256:«hex:64»")],
    "room": [("US", "Parent-teacher conference, Mr. Okafor, room «int:100-399»"), ("GB", "Mum's been moved to ward «up:1»«int:1-30», bed «int:1-20»"),
             ("DE", "Statistik-Übung heute in Hörsaal «int:1-20»"), ("IN", "Hostel allotment: block «up:1», room «int:100-499»"),
             ("FR", "Examen en salle «up:1»«int:100-399», bâtiment «up:1»"), ("ES", "Nos dieron la habitación «int:100-599» en la planta «int:1-9»")],
    "hash": [("US", "Verify the download: SHA256 «hex:64»  debian-netinst.iso"), ("US", "$ git revert «hex:40»"),
             ("US", "Backup archive checksum (md5) «hex:32»"), ("DE", "SHA-1 der Firmware-Datei laut Hersteller: «hex:40»"),
             ("US", "stash@{0}: WIP on main: «hex:7» notes"), ("GB", "Magnet link info hash «hex:40»")],
    "uuid": [("US", "Crash log attached to the bug report, session «uuid»"), ("US", "HealthKit sample id «uuid»"),
             ("GB", "NHS App: repeat prescription request «uuid»"), ("DE", "DHL Retoure, Vorgangs-ID «uuid»"),
             ("IN", "DigiLocker issued document URI id «uuid»"), ("US", "Home Assistant: automation «uuid» last triggered")],
    "tracking": [("US", "UPS My Choice: «ups» was left at the front porch"),
                 ("US", "Informed Delivery: USPS «pick:9400/9405/9361»«d:18» arriving today"),
                 ("GB", "Evri: your parcel H«int:10-99»«up:3»«d:11» is with the courier"),
                 ("DE", "Hermes hat die Sendung «n:14» beim Nachbarn abgegeben"),
                 ("IN", "Blue Dart shipment with waybill «n:11» is out for delivery"), ("CN", "中通快递 单号«n:14» 已签收")],
    "product_code": [("US", "Open Food Facts: scanned «ean13»"), ("DE", "EAN-Code vom Joghurtbecher: «ean13»"),
                     ("US", "Fridge sticker: model «up:2»«n:4»«up:2», call for parts"), ("GB", "B&Q app: aisle «int:1-40», product code «n:7»"),
                     ("JP", "修理に出すカメラの品番 «up:3»-«n:3»"), ("US", "Back of the router: S/N «an:14»")],
    "password_words": [("US", "IT: your password expires in «int:2-14» days, change it from the portal"),
                       ("US", "New password needs «int:8-15» characters and a number"),
                       ("GB", "That password isn't right. You have «int:2-4» attempts left"),
                       ("US", "Password Manager: «int:1-30» of your passwords were found in a breach"),
                       ("DE", "Ihr Passwort wurde zuletzt am «dd».«mm».«year» geändert"),
                       ("FR", "Le lien pour réinitialiser le mot de passe expire dans «int:15-60» minutes"),
                       ("ES", "Has intentado la contraseña «int:2-5» veces, espera «int:5-30» minutos")],
    "secret_reference": [("US", "smtp_pass: ${{ secrets.SMTP_PASS_«int:1-9» }}"),
                         ("US", "export API_KEY=$(security find-generic-password -s api-«int:1-9» -w)"),
                         ("US", "$ vault read -field=password database/creds/readonly-«int:1-9»"), ("US", "$ bw get password credit-union-«int:1-9»"),
                         ("DE", "Passwort steht im Bitwarden, Ordner Familie «int:1-9»"),
                         ("GB", "API key is in AWS Secrets Manager now, version «int:1-30»")],
    "masked": [("US", "Chase alert: a $«price:5-200» charge on the Visa ending in «d:4»"), ("US", "Apple Card ••«d:4»: payment received, thanks!"),
               ("IN", "A/c XX«d:4» debited by ₹«num:100-9000» UPI ref «n:12»"),
               ("GB", "Your debit card ending «d:4» is due to expire, a new one is on its way"),
               ("DE", "SEPA-Lastschrift vom Konto ****«d:4» eingezogen"), ("US", "Google: enter the code texted to your phone ending in ••«d:2»")],
    "meeting_id": [("US", "Book club moved online, Zoom meeting ID «n:3» «d:4» «d:4»"), ("US", "RingCentral Video: meeting ID «n:3» «d:3» «d:4»"),
                   ("GB", "Webex: enter access code «n:4» «d:3» «d:4» followed by #"),
                   ("DE", "Elternabend per Zoom, Meeting-ID «n:3» «d:4» «d:4», Kenncode «n:6»"),
                   ("IN", "Daily standup: https://meet.google.com/«pick:abq/xvt/mdr»-«pick:kqwe/pzxm/hgtr»-«pick:ayo/vbe/rtu»"),
                   ("US", "GoToMeeting: access code «n:3»-«d:3»-«d:3»")],
    "address": [("US", "Open house this Sunday at «int:100-9999» Birchwood Lane, Unit «int:1-30»"),
                ("GB", "New flat: Flat «int:1-40», «int:1-200» Station Road, buzzer broken"),
                ("DE", "Lieferadresse geändert: Lindenstraße «int:1-150», Hinterhaus"),
                ("FR", "Soirée chez Léonie, «int:1-120» rue de la République, «int:1-6»e étage"),
                ("IN", "House no. «int:1-999», Sector «int:1-60», near the gurudwara"),
                ("MX", "La fiesta es en Calle Hidalgo «int:1-900», Col. Centro")],
    "network": [("US", "Router admin page moved to «ip»"), ("US", "Add this Wi-Fi MAC address to the allow list: «mac»"),
                ("DE", "Die Synology ist jetzt unter «ip» erreichbar"), ("GB", "Plex server running on «ip», port «int:30000-33000»"),
                ("NL", "Poort «int:1024-65000» opengezet voor de Minecraft-server"), ("IN", "Unknown device «mac» blocked on the JioFiber router")],
    "health": [("US", "BP log (evening, left arm): «int:100-160»/«int:60-100», HR «int:50-110»"),
               ("US", "Oura: sleep score «int:50-99», HRV «int:20-90» ms, readiness «int:50-99»"),
               ("GB", "Health app: «num:1000-20000» steps today, «int:1-9» km"), ("DE", "Körperwaage-App synchronisiert: «int:50-110»,«int:0-9» kg"),
               ("IN", "Lab report: HbA1c «int:5-9».«int:0-9»%, fasting sugar «int:80-200» mg/dL"), ("JP", "今朝の体温 «int:35-38».«int:0-9»℃、平熱")],
    "ticket": [("US", "Xfinity: ticket «n:8» has been resolved"), ("US", "Jira: «up:4»-«n:3» moved to Done by the on-call"),
               ("GB", "Pothole report, case number «n:7», council"), ("DE", "Die Stadtwerke haben Ihr Anliegen «n:8» bearbeitet"),
               ("IN", "JioFiber complaint registered, SR no. «n:9»"), ("AU", "Telstra fault reference «n:10», tech booked")],
    "booking": [("US", "Southwest confirmation «an:6» for Denver"), ("GB", "Trainline: booking reference «an:8», coach «up:1»"),
                ("DE", "DB Navigator: Auftragsnummer «an:6», Sitzplatz «int:11-99»"), ("FR", "SNCF Connect : référence de réservation «an:6»"),
                ("IN", "Tatkal ticket booked, PNR «n:10», RAC «int:1-40»"), ("ES", "Renfe: localizador «an:6», coche «int:1-9»")],
    "timestamp": [("US", "Carbon Copy Cloner: last successful run «year»-«mm»-«dd» «hh»:«two»:«two»"),
                  ("US", "{\"created_at\": «int:1700000000-1800000000», \"status\": \"ok\"}"),
                  ("GB", "Document last modified «dd» «mon» «year», «hh»:«two»"),
                  ("DE", "Scan gespeichert als Scan_«year»«mm»«dd»_«hh»«two»«two».pdf"),
                  ("US", "Grafana annotation at «int:1700000000000-1800000000000» ms: deployed the new dashboard"),
                  ("JP", "最終ログイン日時 «year»/«mm»/«dd» «hh»:«two»")],
    "short_code": [("US", "WhatsApp code: «d:3»-«d:3». Don't share it"), ("US", "Uber: your pickup PIN is «d:4»"),
                   ("GB", "Monzo: «d:6» is your login code, we'll never ask for it"),
                   ("IN", "«d:6» is the OTP for your txn of ₹«num:100-9000» at Swiggy"), ("DE", "Ihr Bestätigungscode für PayPal lautet «d:6»"),
                   ("BR", "iFood: seu código de entrega é «d:4»")],
    "public_key": [("US", "authorized_keys: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ«b64:60» desktop"),
                   ("US", "The ECDSA key fingerprint is SHA256:«b64:43»."), ("US", "sops .sops.yaml recipient: age1«bech:58»"),
                   ("US", "wg0.conf [Peer] PublicKey = «b64:43»="),
                   ("DE", "PGP-Fingerabdruck von Jonas: «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»  «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»"),
                   ("US", "Stripe test mode publishable key pk_test_«an:24»")],
    "placeholder": [("US", "Setup guide, step «int:1-9»: paste your key where it says OPENAI_API_KEY=your-key-here"),
                    ("US", "Password field shows •••••••• (form step «int:1-9»)"),
                    ("US", "Docs example: export GITHUB_TOKEN=ghp_xxxxxxxxxxxx (section «int:1-9»)"),
                    ("US", "Sample W-9 filled with SSN XXX-XX-XXXX, page «int:1-9»"),
                    ("GB", "Template uses account number 12345678 as a dummy, v«int:1-9»"),
                    ("US", "Movie phone number on the billboard: 555-01«d:2»")],
    "postal": [("US", "Ship to ZIP «n:5», arrives Thursday"), ("GB", "Delivery area check: postcode M«int:1-40» «int:1-9»«up:2»"),
               ("DE", "Versand nur innerhalb Deutschlands, PLZ «n:5»"), ("IN", "Pincode «n:6» is serviceable for same-day delivery"),
               ("CA", "Canada Post: deliver to postal code V«int:1-9»«up:1» «int:1-9»«up:1»«int:1-9»"), ("JP", "お届け先の郵便番号 〒«n:3»-«d:4»")],
    "quantity": [("US", "Costco run: «int:2-6» lbs ground beef, «int:1-3» dozen eggs"), ("GB", "Big shop: «int:2-8» tins of beans, «int:1-4» loaves"),
                 ("DE", "Einkaufszettel: «int:1-5» kg Kartoffeln, «int:1-6» Zwiebeln"),
                 ("IN", "Doodh wala: «int:1-5» litre milk daily, «int:1-12» eggs on Sunday"),
                 ("US", "Photos library takes «int:1-199» GB; «int:200-2000» GB still free on the NAS"),
                 ("FR", "Pour le pique-nique : «int:1-6» baguettes, «int:1-4» camemberts")],
    "score": [("US", "ESPN alert: Knicks «int:80-130», Heat «int:80-130» (final/OT)"), ("GB", "Sunday league result, we lost «int:0-5»–«int:0-5»"),
              ("IN", "India «int:150-400»/«int:1-9» after «int:20-50» overs"), ("DE", "Bundesliga: Endstand «int:0-6»:«int:0-6» in Dortmund"),
              ("ES", "Resultado del partido de alevines: «int:0-5»-«int:0-5»"), ("JP", "少年野球 試合結果 «int:0-12»対«int:0-12»")],
    "stock": [("US", "Stocks widget: AAPL «int:150-260».«two» (−«int:0-5».«two»%)"), ("US", "Market close: S&P 500 at «num:4500-6500»"),
              ("IN", "Sensex ends at «num:60000-85000», Nifty flat"), ("GB", "Vanguard LifeStrategy price £«int:100-400».«two»"),
              ("DE", "DAX schließt bei «int:15000-22000» Punkten, Autowerte schwach"), ("JP", "日経平均の終値 «num:30000-42000»円")],
    "weather": [("US", "Overnight forecast: clear skies, dropping to «int:10-70»°F"), ("GB", "Met Office: gusts up to «int:5-60» mph tomorrow"),
                ("DE", "Regenradar: «int:0-100» % Regenwahrscheinlichkeit ab Mittag"),
                ("IN", "Mumbai today: humidity «int:30-99»%, heavy rain alert"), ("AU", "Fire danger rating high today, «int:25-45»°C"),
                ("BR", "Máxima de «int:18-40»°C amanhã em Belo Horizonte")],
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
