"""Look-alikes for the dev10 privacy set (``privacy_cases_dev10.py``): lines with digits, codes and
the word password in them but no personal value, in 33 groups, as a personal agent meets them every
day (times, dates, durations, prices, orders, parcels, versions, commits, meeting ids) and less
often (coordinates, ISBNs, health readings, public keys, postal codes). Codes with check digits of
their own (ISBNs, EANs, UPS tracking numbers) are made valid as real ones are; a line whose digits
happen to pass a card's Luhn check or an IBAN's mod 97, or that holds an e-mail address, is drawn
again, so no look-alike holds what the positives label.
"""

from __future__ import annotations

import random
import re
import string

from privacy_cases import Case, digits

_IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(number)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _mod97_ok(token: str) -> bool:
    token = token.replace(" ", "")
    if not 15 <= len(token) <= 34:
        return False
    rearranged = token[4:] + token[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _clean(text: str) -> bool:
    """No run of 13 to 19 digits passing Luhn, nothing IBAN-shaped passing mod 97, no e-mail address."""
    for run in re.findall(r"\d(?:[ -]?\d){12,18}", text):
        if _luhn_ok(re.sub(r"\D", "", run)):
            return False
    if any(_mod97_ok(t) for t in _IBANISH.findall(text.upper())):
        return False
    return not re.search(r"[\w.+-]+@[\w-]+\.(?!local\b)[a-z]{2,}", text)


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _up(r: random.Random, n: int, chars: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _isbn13(r: random.Random) -> str:
    body = r.choice(["978", "979"]) + digits(r, 9)
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    value = body + str(check)
    return r.choice([f"{value[:3]}-{value[3]}-{value[4:8]}-{value[8:12]}-{value[12]}", value])


def _isbn10(r: random.Random) -> str:
    body = digits(r, 9)
    check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11) % 11
    return body + ("X" if check == 10 else str(check))


def _ean13(r: random.Random) -> str:
    body = r.choice(["40", "50", "76", "80", "84", "87", "89", "69", "49", "88"]) + digits(r, 10)
    return body + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)


def _ups(r: random.Random) -> str:
    """A UPS number: 1Z, shipper and service, then a check digit over the rest (letters by their UPS values)."""
    body = _up(r, 6) + r.choice(["01", "02", "03", "12", "13"]) + digits(r, 8)
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(v * (2 if i % 2 else 1) for i, v in enumerate(values))
    return "1Z" + body + str((10 - total % 10) % 10)


def _times(r: random.Random) -> list[tuple[str, str]]:
    h, m = r.randint(0, 23), r.choice(range(0, 60, 5))
    return [("US", f"Standup moved to {r.randint(8, 11)}:{m:02d} AM"), ("DE", f"Zug RE 4 ab {h:02d}:{m:02d}, Gleis {r.randint(1, 12)}"),
            ("GB", f"Alarm set for {r.randint(5, 7)}:{r.choice(range(0, 60, 5)):02d}"), ("JP", f"集合は{h}時{m}分に駅前"),
            ("FR", f"Rendez-vous à {h}h{m:02d} devant la mairie"), ("IN", f"Swiggy: arriving by {r.randint(1, 11)}:{m:02d} PM"),
            ("BR", f"Reunião às {h}h{m:02d}"), ("US", f"Sunset {r.randint(4, 8)}:{r.randint(10, 59)} PM · Sunrise 6:{r.randint(10, 59)} AM"),
            ("ES", f"Cierra a las {h:02d}:{m:02d}"), ("AU", f"Kick-off {r.randint(1, 9)}.{m:02d}pm AEDT"),
            ("KR", f"회의 {h}시 {m}분"), ("NG", f"Service starts {r.randint(7, 10)}:{m:02d}am prompt")]


def _dates(r: random.Random) -> list[tuple[str, str]]:
    y, mo, d = r.randint(2024, 2028), r.randint(1, 12), r.randint(1, 28)
    return [("US", f"Library books due back {mo}/{d}/{y}"), ("DE", f"Geburtstag von Oma am {d:02d}.{mo:02d}.{y}"), ("GB", f"Tenancy renewal window closes {d:02d}/{mo:02d}/{y}"),
            ("JP", f"{y}年{mo}月{d}日(金)"), ("US", f"created_at: {y}-{mo:02d}-{d:02d}"), ("FR", f"Livraison prévue le {d}/{mo:02d}"),
            ("IN", f"Renewal date {d:02d}-{mo:02d}-{y}"), ("BR", f"Vencimento {d:02d}/{mo:02d}/{y}"), ("NL", f"Verjaardag {d}-{mo}-{y}"),
            ("US", f"Q{r.randint(1, 4)} FY{y % 100} planning"), ("CN", f"{y}/{mo:02d}/{d:02d} 周{r.choice('一二三四五六日')}"),
            ("MX", f"Fecha límite: {d} de {r.choice(['enero', 'marzo', 'julio', 'octubre'])} de {y}")]


def _durations(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Screen Time: {r.randint(1, 9)}h {r.randint(1, 59)}m daily average"), ("GB", f"parkrun {r.randint(19, 35)}:{r.randint(0, 59):02d}"),
            ("US", f"ffmpeg: time=00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(10, 99)} bitrate={r.randint(500, 9000)}.{r.randint(0, 9)}kbits/s"), ("DE", f"Fahrzeit {r.randint(1, 5)} Std. {r.randint(1, 59)} Min."),
            ("US", f"Podcast · {r.randint(20, 180)} min left"), ("IN", f"Video call lasted {r.randint(1, 2)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
            ("US", f"Sleep 7h{r.randint(0, 59):02d}m, deep {r.randint(40, 110)}m"), ("FR", f"Temps de cuisson : {r.randint(20, 90)} min"),
            ("US", f"Test suite finished in {r.randint(1, 900)}.{r.randint(0, 99):02d}s"), ("JP", f"所要時間 約{r.randint(10, 90)}分"),
            ("BR", f"Tempo de entrega {r.randint(25, 60)}-{r.randint(61, 80)} min"), ("US", f"Uptime: {r.randint(2, 400)} days, {r.randint(1, 23)}:{r.randint(10, 59)}")]


def _versions(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"pyenv install 3.{r.randint(9, 14)}.{r.randint(0, 12)} && pyenv global 3.{r.randint(9, 14)}"), ("US", f"Google Chrome {r.randint(120, 140)}.0.{r.randint(6000, 7999)}.{r.randint(10, 199)}"),
            ("US", f"Software Update: iOS 18.{r.randint(0, 6)}.{r.randint(1, 3)} is available ({r.randint(300, 900)}.{r.randint(1, 9)} MB)"),
            ("DE", f"Firmware FRITZ!OS 8.{r.randint(0, 20):02d}"), ("US", f"nvm use {r.randint(18, 24)}.{r.randint(0, 20)}.{r.randint(0, 9)} (npm {r.randint(9, 11)}.{r.randint(0, 9)}.{r.randint(0, 9)})"),
            ("US", f"uv add httpx=={r.randint(0, 1)}.{r.randint(20, 28)}.{r.randint(0, 9)}"), ("GB", f"Android 15 security patch {r.randint(2025, 2027)}-{r.randint(1, 12):02d}-01"),
            ("US", f"uname -r → 6.{r.randint(1, 14)}.{r.randint(0, 60)}-{r.randint(10, 99)}-generic"), ("IN", f"WhatsApp 2.{r.randint(24, 26)}.{r.randint(1, 25)}.{r.randint(70, 80)}"),
            ("US", f"VS Code 1.{r.randint(90, 110)}.{r.randint(0, 3)} (Universal)"), ("FR", f"Mise à jour disponible : version {r.randint(4, 12)}.{r.randint(0, 9)}.{r.randint(0, 99)}"),
            ("US", f"\"version\": \"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 99)}-rc.{r.randint(1, 5)}\"")]


def _coordinates(r: random.Random) -> list[tuple[str, str]]:
    lat, lon = r.uniform(-45, 60), r.uniform(-120, 150)
    return [("US", f"Dropped pin: {lat:.6f}, {lon:.6f}"), ("FR", f"GPS {abs(lat):.5f}° N, {abs(lon):.5f}° E"),
            ("GB", f"what3words? no - {lat:.4f},{lon:.4f}"), ("DE", f"Treffpunkt Koordinaten {r.uniform(47, 55):.5f} {r.uniform(6, 15):.5f}"),
            ("US", f"{r.randint(30, 45)}°{r.randint(0, 59)}'{r.uniform(0, 59):.1f}\"N {r.randint(70, 120)}°{r.randint(0, 59)}'{r.uniform(0, 59):.1f}\"W"),
            ("AU", f"Trailhead -{r.uniform(30, 38):.5f}, {r.uniform(140, 153):.5f}"), ("IN", f"Location: {r.uniform(8, 30):.6f},{r.uniform(70, 90):.6f}"),
            ("BR", f"Localização: -{r.uniform(3, 30):.6f}, -{r.uniform(35, 60):.6f}"), ("US", f"geo: {{\"lat\": {lat:.7f}, \"lng\": {lon:.7f}}}"),
            ("JP", f"座標 {r.uniform(30, 43):.5f}, {r.uniform(130, 145):.5f}"), ("US", f"EXIF GPSLatitude {abs(lat):.8f} GPSLongitude {abs(lon):.8f}")]


def _amounts(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Total ${r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d}"), ("IN", f"Salary credited ₹{r.randint(1, 9)},{r.randint(10, 99)},{r.randint(100, 999)}.00"),
            ("BR", f"Pix recebido R$ {r.randint(1, 9)}.{r.randint(100, 999)},{r.randint(0, 99):02d}"), ("DE", f"Betrag: {r.randint(1, 9)}.{r.randint(100, 999)},{r.randint(0, 99):02d} €"),
            ("JP", f"合計 ¥{r.randint(1, 999)},{r.randint(100, 999)}"), ("GB", f"Monzo: £{r.randint(2, 99)}.{r.randint(0, 99):02d} at Pret"),
            ("NG", f"Credit Alert: NGN{r.randint(10, 999)},{r.randint(100, 999)}.00"), ("MX", f"Pagaste ${r.randint(100, 9999)}.{r.randint(0, 99):02d} MXN"),
            ("US", f"Portfolio +{r.randint(1, 9)}.{r.randint(0, 99):02d}% (${r.randint(10, 999)},{r.randint(100, 999)}.{r.randint(0, 99):02d})"),
            ("KE", f"M-PESA: Ksh{r.randint(100, 9999)}.00 sent"), ("FR", f"Solde : {r.randint(100, 9999)},{r.randint(0, 99):02d} €"),
            ("US", f"Crypto: 0.{digits(r, 8)} BTC ≈ ${r.randint(100, 9999)}")]


def _isbns(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Goodreads: want to read · ISBN {_isbn13(r)}"), ("GB", f"Library hold ready - ISBN {_isbn13(r)}"),
            ("DE", f"Buchbestellung ISBN {_isbn13(r)}"), ("US", f"citation.bib: isbn = {_isbn13(r)}"),
            ("FR", f"Livre commandé, ISBN {_isbn13(r)}"), ("IN", f"Textbook for sem 3: ISBN {_isbn10(r)}"),
            ("US", f"Kindle sample · ISBN-10 {_isbn10(r)}"), ("BR", f"Livro do clube: ISBN {_isbn13(r)}"),
            ("JP", f"書籍 ISBN {_isbn13(r)}"), ("US", f"Used copy $4.99 - ISBN {_isbn13(r)}"), ("ES", f"Préstamo biblioteca ISBN {_isbn13(r)}")]


def _orders(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Amazon: Order #{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)} has shipped"), ("GB", f"ASOS order {digits(r, 9)} confirmed"),
            ("IN", f"Flipkart: your order OD{digits(r, 18)} is out for delivery"), ("US", f"Etsy: your receipt no. {digits(r, 10)} from LinenAndLoom"), ("DE", f"Bestellnummer {digits(r, 3)}-{digits(r, 7)}"),
            ("BR", f"Pedido #{digits(r, 6)} Mercado Livre"), ("US", f"Target order {digits(r, 15)}"), ("CN", f"淘宝 订单编号 {digits(r, 19)} 已发货"),
            ("US", f"Shopify order #{r.randint(1001, 99999)}"), ("FR", f"Commande n° {_up(r, 2, string.ascii_uppercase)}{digits(r, 8)}"),
            ("MX", f"Pedido Liverpool {digits(r, 10)}"), ("US", f"Uber Eats order {_hex(r, 5).upper()}")]


def _flights(r: random.Random) -> list[tuple[str, str]]:
    return [("DE", f"LH {r.randint(100, 999)} FRA→ORD dep {r.randint(6, 22)}:{r.randint(10, 59)} gate Z{r.randint(10, 70)}"),
            ("IN", f"6E {r.randint(100, 9999)} BLR-DEL boarding {r.randint(5, 11)}:{r.randint(10, 59)}"),
            ("AU", f"QF{r.randint(1, 99)} SYD-LHR seat {r.randint(10, 70)}{r.choice('ABCDEFGHJK')}"), ("US", f"UA{r.randint(100, 2999)} delayed {r.randint(20, 180)} min"),
            ("GB", f"BA{r.randint(100, 999)} to JFK is now boarding"), ("AE", f"EK {r.randint(1, 999)} DXB T3"),
            ("US", f"DL {r.randint(100, 2999)} ATL-LAX arrives {r.randint(1, 12)}:{r.randint(10, 59)}pm"), ("BR", f"Voo LA{r.randint(3000, 4999)} GRU-GIG"),
            ("FR", f"AF{r.randint(100, 1999)} CDG T2E porte K{r.randint(30, 59)}"), ("JP", f"NH{r.randint(1, 999)} 羽田 出発"),
            ("SG", f"SQ {r.randint(1, 999)} SIN→NRT"), ("TR", f"TK{r.randint(1, 2000)} IST gate F{r.randint(1, 20)}")]


def _invoices(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Draft INV-{r.randint(2024, 2028)}-{r.randint(100, 99999):05d} saved in Xero"), ("AR", f"Factura A-{r.randint(1, 9):04d}-{digits(r, 8)}"),
            ("DE", f"Rechnung Nr. {r.randint(2024, 2028)}/{r.randint(1000, 9999)}"), ("GB", f"Invoice #{r.randint(1000, 99999)} is overdue"),
            ("FR", f"Facture n°F{r.randint(2024, 2028)}{digits(r, 4)}"), ("IN", f"Tax invoice GST/{r.randint(24, 28)}-{r.randint(25, 29)}/{r.randint(100, 9999)}"),
            ("US", f"Stripe invoice {_up(r, 8)}-{r.randint(1, 20):04d}"), ("BR", f"NF-e nº {r.randint(1000, 999999)} série {r.randint(1, 9)}"),
            ("ES", f"Factura nº {r.randint(2024, 2028)}-{r.randint(100, 9999)}"), ("US", f"QuickBooks: invoice {r.randint(1000, 9999)} paid"),
            ("IT", f"Fattura n. {r.randint(1, 999)}/{r.randint(2024, 2028)}"), ("NL", f"Factuur {r.randint(2024, 2028)}{digits(r, 5)}")]


def _builds(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Build #{r.randint(1000, 99999)} passed"), ("US", f"GitHub Actions run {digits(r, 11)} failed on main"),
            ("US", f"GitLab pipeline #{digits(r, 10)} is running for !{r.randint(10, 999)}"), ("DE", f"Jenkins job nightly #{r.randint(100, 9999)} unstable"),
            ("US", f"Xcode archive build {r.randint(1, 999)} (1.{r.randint(0, 9)}.{r.randint(0, 9)})"), ("IN", f"Vercel deployment dpl_{_up(r, 20, string.ascii_letters + string.digits)} ready"),
            ("US", f"CircleCI workflow {r.randint(1000, 99999)} on branch feature/login"), ("GB", f"TestFlight build {r.randint(100, 9999)} available"),
            ("US", f"Android versionCode {r.randint(100, 99999)}"), ("US", f"Docker build step {r.randint(1, 20)}/{r.randint(20, 30)}: RUN npm ci"),
            ("JP", f"ビルド #{r.randint(100, 9999)} 成功"), ("US", f"buildkite build {r.randint(1000, 99999)} canceled")]


def _rooms(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Room {r.randint(100, 3999)}, Marriott downtown"), ("GB", f"Meeting room B{r.randint(1, 5)}.{r.randint(1, 40):02d} booked"),
            ("ES", f"Sala {r.randint(100, 599)}"), ("DE", f"Hörsaal H {r.randint(100, 3999):04d}"), ("US", f"Clinic suite {r.randint(100, 999)}, 2nd floor"),
            ("IN", f"Flat {r.choice('ABCD')}-{r.randint(101, 1804)}, Tower {r.randint(1, 9)}"), ("FR", f"Salle {r.randint(1, 9)}.{r.randint(10, 99)}, bâtiment C"),
            ("US", f"Dorm {r.choice(['Hall', 'House'])} {r.randint(100, 499)}"), ("JP", f"会議室 {r.randint(1, 30)}F-{r.choice('ABC')}"),
            ("US", f"Conf room 'Everest' (cap. {r.randint(4, 20)})"), ("BR", f"Sala {r.randint(1, 30)}{r.choice('ABC')}, {r.randint(1, 20)}º andar")]


def _hashes(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"HEAD is now at {_hex(r, 7)} tidy imports"), ("US", f"Merge pull request #{r.randint(100, 9999)} · {_hex(r, 7)}"), ("US", f"sha256: {_hex(r, 64)}  ubuntu-24.04.iso"),
            ("US", f"MD5 ({_hex(r, 6)}.zip) = {_hex(r, 32)}"), ("US", f"image: redis@sha256:{_hex(r, 64)}"), ("DE", f"git switch --detach {_hex(r, 12)}"),
            ("US", f"etag: \"{_hex(r, 32)}\""), ("IN", f"npm integrity sha512-{_up(r, 40, string.ascii_letters + string.digits + '+/')}=="),
            ("US", f"revert \"fix login\" ({_hex(r, 8)})"), ("US", f"torrent infohash {_hex(r, 40)}"), ("GB", f"blob {_hex(r, 40)} README.md")]


def _uuids(r: random.Random) -> list[tuple[str, str]]:
    def u() -> str:
        return f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"
    return [("US", f"x-request-id: {u()}"), ("US", f"trace {u()} span {_hex(r, 16)}"), ("US", f"notion.so/Reading-List-{_hex(r, 32)}"),
            ("US", f"Sentry issue WEB-{r.randint(10, 999)} · event {_hex(r, 32)}"), ("DE", f"Vorgangs-ID {u()}"), ("US", f"device_id={u().upper()}"),
            ("IN", f"Correlation ID: {u()}"), ("US", f"Firebase installation {_up(r, 22, string.ascii_letters + string.digits + '-_')}"),
            ("US", f"idempotency_key \"{u()}\""), ("US", f"Bluetooth service UUID {u().upper()}"), ("GB", f"session {u()} expired")]


def _tracking(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"UPS tracking {_ups(r)}"), ("US", f"USPS: package {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)} out for delivery"),
            ("DE", f"DHL Sendungsnummer {digits(r, 12)}"), ("GB", f"Royal Mail {_up(r, 2, string.ascii_uppercase)}{digits(r, 9)}GB"),
            ("IN", f"Delhivery: shipment AWB {digits(r, 13)} picked up"), ("FR", f"Colissimo 6A{digits(r, 11)}"), ("US", f"FedEx {digits(r, 12)} delivered"),
            ("BR", f"Correios {_up(r, 2, string.ascii_uppercase)}{digits(r, 9)}BR"), ("NL", f"PostNL 3S{_up(r, 4, string.ascii_uppercase)}{digits(r, 9)}"),
            ("CN", f"AliExpress parcel LP{digits(r, 14)} left the Shenzhen sorting centre"), ("AU", f"AusPost {_up(r, 3, string.ascii_uppercase)}{digits(r, 9)}"), ("JP", f"ヤマト運輸 {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}")]


def _product_codes(r: random.Random) -> list[tuple[str, str]]:
    return [("DE", f"EAN scanned at self-checkout {_ean13(r)}"), ("US", f"UPC-A barcode on the box {digits(r, 12)}"), ("US", f"SKU {_up(r, 3, string.ascii_uppercase)}-{r.randint(1000, 9999)}-{_up(r, 2)}"),
            ("KR", f"Model SM-S{r.randint(900, 999)}{r.choice('BNUW')}"), ("US", f"Part no. {r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"),
            ("FR", f"Réf. produit {digits(r, 8)}"), ("JP", f"型番 {_up(r, 2, string.ascii_uppercase)}-{r.randint(100, 999)}{r.choice('ABX')}"),
            ("US", f"ASIN B0{_up(r, 8)}"), ("GB", f"Argos cat. no. {r.randint(100, 999)}/{r.randint(1000, 9999)}"),
            ("IN", f"HSN code {r.randint(1000, 9999)}{r.randint(10, 99)}"), ("NL", f"EAN-13 on the shelf label {_ean13(r)}"), ("US", f"Serial C02{_up(r, 9)}")]


def _password_words(r: random.Random) -> list[tuple[str, str]]:
    return [("US", "Forgot your password?"), ("US", f"Passwords need {r.randint(8, 16)}+ characters, one number and one symbol"),
            ("GB", "Your password was changed. If this wasn't you, secure your account."), ("DE", "Passwort vergessen? Link zum Zurücksetzen per SMS anfordern"),
            ("MX", "Contraseña incorrecta. Inténtalo de nuevo."), ("BR", "Redefinir senha"), ("US", f"{r.randint(2, 40)} reused passwords found in Security Checkup"),
            ("FR", "Mot de passe oublié ?"), ("US", "Enter the Wi-Fi password printed on the router label"),
            ("IN", "OTP sent. Do not share your password or OTP with anyone."), ("US", "password manager export finished (encrypted)"),
            ("JP", "パスワードを忘れた場合"), ("US", "Tip: use a passphrase instead of a password")]


def _secret_references(r: random.Random) -> list[tuple[str, str]]:
    return [("US", "openai_key: ${{ secrets.OPENAI_KEY_PROD }}"), ("US", "key = os.getenv(\"STRIPE_SECRET_KEY\")"),
            ("US", "const token = process.env.GITHUB_TOKEN;"), ("US", "vault kv get -field=password secret/db/prod"),
            ("US", "password: ${DB_PASSWORD}"), ("DE", "aws_secret_access_key = <aus dem Tresor>"), ("US", "op read \"op://Private/Gmail/password\""),
            ("IN", "ANTHROPIC_API_KEY is not set"), ("US", "kubectl get secret app-keys -o jsonpath='{.data.api_key}'"),
            ("GB", "export HF_TOKEN=$(cat ~/.cache/huggingface/token)"), ("US", "Error: invalid api key (401) - check your OPENAI_API_KEY"),
            ("US", "secretRef: name: smtp-credentials key: password")]


def _masked(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Paying with Visa •••• {digits(r, 4)} in Apple Pay"), ("US", f"sk-proj-…{_up(r, 4, string.ascii_letters + string.digits)}"),
            ("DE", f"Sparkasse-App: Konto DE** **** **** **** **{digits(r, 2)} {digits(r, 2)} ausgewählt"), ("US", f"Social Security no. on file: ***-**-{digits(r, 4)}"),
            ("GB", f"Card ending {digits(r, 4)} declined"), ("US", f"+1 (***) ***-{digits(r, 4)}"), ("IN", f"A/c XX{digits(r, 4)} debited"),
            ("US", f"ghp_****************************{_up(r, 4, string.ascii_letters + string.digits)}"), ("BR", f"CPF ***.{digits(r, 3)}.***-**"),
            ("US", "password: ********"), ("MX", f"Tarjeta terminación {digits(r, 4)}"), ("US", f"Mastercard ···· {digits(r, 4)} expires 0{r.randint(1, 9)}/2{r.randint(7, 9)}")]


def _meeting_ids(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Zoom · Join a meeting · {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"), ("US", f"Teams meeting ID: {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
            ("US", f"Join Google Meet meet.google.com/{''.join(r.choice(string.ascii_lowercase) for _ in range(3))}-{''.join(r.choice(string.ascii_lowercase) for _ in range(4))}-{''.join(r.choice(string.ascii_lowercase) for _ in range(3))}"),
            ("DE", f"Webex Zugriffscode {digits(r, 4)} {digits(r, 3)} {digits(r, 4)}"), ("IN", f"Zoom: https://us06web.zoom.us/j/{digits(r, 11)}"),
            ("GB", f"Dial-in conference ID {digits(r, 9)}#"), ("US", f"Register for the webinar · ID {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"),
            ("FR", f"ID de réunion : {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"), ("US", f"GoTo Meeting access code {digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"),
            ("BR", f"ID da reunião {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"), ("JP", f"ミーティングID {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}")]


def _addresses(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"{r.randint(10, 9999)} Maple Ave, Springfield, IL 627{r.randint(0, 99):02d}"), ("GB", f"{r.randint(1, 200)} High Street, Leeds LS{r.randint(1, 28)} {r.randint(1, 9)}{_up(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
            ("DE", f"Hauptstraße {r.randint(1, 180)}, {r.randint(10000, 99999)} Musterstadt"), ("BR", f"Rua das Flores, {r.randint(10, 2000)} - CEP {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"),
            ("IN", f"#{r.randint(1, 999)}, 5th Cross, Indiranagar, Bengaluru {r.randint(560001, 560100)}"), ("FR", f"{r.randint(1, 150)} rue de la République, {r.randint(10000, 95999)} Lyon"),
            ("JP", f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} 東京都渋谷区"), ("US", f"Apt {r.randint(1, 30)}{r.choice('ABCD')}, {r.randint(100, 999)} W {r.randint(10, 140)}th St"),
            ("MX", f"Av. Insurgentes Sur {r.randint(100, 3000)}, CP {r.randint(1000, 16999):05d}"), ("NL", f"Keizersgracht {r.randint(1, 800)}, {r.randint(1000, 1109)} {_up(r, 2, string.ascii_uppercase)} Amsterdam"),
            ("AU", f"Unit {r.randint(1, 40)}/{r.randint(1, 300)} George St, Sydney NSW 2000")]


def _network(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Router 192.168.{r.randint(0, 9)}.{r.randint(1, 254)}"), ("US", f"ssh {r.choice(['pi', 'ubuntu', 'root'])}@10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)} -p {r.randint(1024, 65000)}"),
            ("DE", f"MAC {':'.join(_hex(r, 2).upper() for _ in range(6))}"), ("US", f"inet6 fe80::{_hex(r, 4)}:{_hex(r, 4)}:{_hex(r, 4)}:{_hex(r, 4)}/64"),
            ("US", f"listening on 0.0.0.0:{r.randint(3000, 9999)}"), ("US", f"AS{r.randint(1000, 65000)} route {r.randint(1, 223)}.{r.randint(0, 255)}.0.0/16"),
            ("IN", f"DNS 1.1.1.1, 8.8.{r.randint(4, 8)}.{r.randint(4, 8)}"), ("US", f"Wi-Fi channel {r.choice([1, 6, 11, 36, 149])}, RSSI -{r.randint(30, 80)} dBm"),
            ("GB", f"VPN assigned 100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"), ("US", f"curl http://localhost:{r.randint(3000, 9000)}/health → 200"),
            ("JP", f"ゲートウェイ 192.168.{r.randint(0, 20)}.1")]


def _health(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Omron reading {r.randint(105, 145)}/{r.randint(65, 95)} mmHg · {r.randint(55, 95)} bpm"), ("US", f"Fitbit: {r.randint(1, 25)},{r.randint(100, 999)} steps, goal reached"),
            ("GB", f"Glucose {r.randint(4, 9)}.{r.randint(0, 9)} mmol/L"), ("US", f"SpO2 {r.randint(93, 100)}% · HRV {r.randint(20, 90)} ms"),
            ("DE", f"Gewicht {r.randint(55, 110)},{r.randint(0, 9)} kg"), ("IN", f"HbA1c {r.randint(5, 8)}.{r.randint(0, 9)}%"),
            ("US", f"Watch: resting heart rate {r.randint(48, 80)} bpm this week"), ("FR", f"Tension {r.randint(10, 15)}/{r.randint(6, 9)}"),
            ("US", f"Cholesterol LDL {r.randint(70, 190)} mg/dL"), ("JP", f"体温 {r.randint(35, 37)}.{r.randint(0, 9)}℃"),
            ("US", f"Calories {r.randint(1200, 3500)} kcal, protein {r.randint(40, 180)} g"), ("BR", f"Pressão {r.randint(10, 15)} por {r.randint(6, 9)}")]


def _tickets(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"PAY-{r.randint(100, 9999)} In Review"), ("US", f"Zendesk: request #{r.randint(100000, 9999999)} has been solved"), ("US", f"gh issue view {r.randint(100, 29999)} --comments"),
            ("US", f"ServiceNow incident INC{r.randint(0, 9999999):07d} assigned to Desktop Support"), ("GB", f"Case ref CS-{r.randint(100000, 999999)}"), ("DE", f"Ticket-Nr. {r.randint(100000, 9999999)}"),
            ("IN", f"Complaint ID SR{digits(r, 9)}"), ("US", f"Linear ENG-{r.randint(100, 4999)}"), ("FR", f"Dossier n° {r.randint(10000, 999999)}"),
            ("US", f"Freshdesk #{r.randint(1000, 99999)} reopened"), ("BR", f"Protocolo {r.randint(2024, 2028)}{digits(r, 8)}"),
            ("US", f"Concert ticket Sec {r.randint(100, 330)} Row {r.choice('ABCDEFGHJK')} Seat {r.randint(1, 30)}")]


def _bookings(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Booking ref {_up(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"), ("GB", f"Confirmation number {digits(r, 10)}"),
            ("DE", f"Buchungsnummer {_up(r, 3, string.ascii_uppercase)}-{digits(r, 6)}"), ("US", f"PNR {_up(r, 6, string.ascii_uppercase)}"),
            ("IN", f"IRCTC: PNR {digits(r, 10)} CNF coach B{r.randint(1, 9)}"), ("FR", f"Réservation SNCF {_up(r, 6, string.ascii_uppercase)}"),
            ("US", f"OpenTable reservation #{digits(r, 9)}"), ("ES", f"Localizador {_up(r, 6, string.ascii_uppercase + string.digits)}"),
            ("US", f"Airbnb HM{_up(r, 8, string.ascii_uppercase + string.digits)}"), ("JP", f"予約番号 {digits(r, 8)}"),
            ("US", f"Hertz confirmation K{digits(r, 9)}"), ("AU", f"Booking.com conf. {digits(r, 10)}, PIN code withheld")]


def _timestamps(r: random.Random) -> list[tuple[str, str]]:
    epoch = r.randint(1_700_000_000, 1_800_000_000)
    return [("US", f"heartbeat ts={epoch} ok"), ("US", f"{r.randint(2025, 2027)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"),
            ("US", f"Dec {r.randint(1, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} homelab sshd[{r.randint(100, 99999)}]: Accepted publickey"),
            ("US", f"\"created_ms\": {epoch}{digits(r, 3)},"), ("DE", f"[{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2025, 2027)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] INFO sync ok"),
            ("US", f"Last modified {r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2025, 2027)} {r.randint(1, 12)}:{r.randint(10, 59)} PM"),
            ("GB", f"log: {epoch}.{digits(r, 6)} worker started"), ("US", f"X-RateLimit-Reset: {epoch}"),
            ("JP", f"{r.randint(2025, 2027)}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} 更新"),
            ("US", f"snapshot-{r.randint(2025, 2027)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(0, 23):02d}{r.randint(0, 59):02d}"),
            ("IN", f"Txn time {r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(2025, 2027)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} IST")]


def _short_codes(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Text JOIN to {r.randint(20000, 99999)}"), ("IN", f"Airtel: dial *{r.randint(100, 999)}# to check data balance"), ("KE", "M-PESA menu *334#"),
            ("NG", f"Recharge: *{r.randint(300, 999)}*PIN#"), ("US", f"Reply STOP to {r.randint(20000, 99999)} to opt out"), ("GB", f"Text {r.randint(60000, 89999)} to donate £5"),
            ("PH", f"Dial *{r.randint(100, 999)}# to register"), ("US", "Call 311 for non-emergencies"), ("DE", "Notruf 112, Polizei 110"),
            ("US", f"Extension {r.randint(100, 9999)}"), ("IN", f"Missed call to {r.randint(1800, 1899)}-{r.randint(100, 999)}-{r.randint(1000, 9999)} toll free for updates"),
            ("FR", "SAMU 15, pompiers 18")]


def _public_keys(r: random.Random) -> list[tuple[str, str]]:
    b64 = string.ascii_letters + string.digits + "+/"
    return [("US", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_up(r, 43, b64)} {r.choice(['maya', 'dev', 'ops'])}@laptop"),
            ("US", f"PGP fingerprint {' '.join(_hex(r, 4).upper() for _ in range(10))}"), ("DE", f"PublicKey = {_up(r, 43, b64)}="),
            ("US", f"age recipient age1{''.join(r.choice('023456789acdefghjklmnpqrstuvwxyz') for _ in range(58))}"),
            ("US", f"Stripe publishable key pk_live_{_up(r, 24, string.ascii_letters + string.digits)}"),
            ("US", f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{_up(r, 60, b64)} deploy"), ("GB", f"Host key fingerprint SHA256:{_up(r, 43, b64)}"),
            ("US", f"npub1{''.join(r.choice('023456789acdefghjklmnpqrstuvwxyz') for _ in range(58))}"),
            ("US", f"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{_up(r, 40, b64)}"),
            ("US", f"Signal safety number {' '.join(digits(r, 5) for _ in range(4))}"), ("US", f"GPG key ID 0x{_hex(r, 16).upper()}")]


def _placeholders(r: random.Random) -> list[tuple[str, str]]:
    return [("US", "OPENAI_API_KEY=sk-your-key-here"), ("US", "password: <YOUR_PASSWORD>"), ("US", "API_KEY=replace_me"),
            ("US", "Authorization: Bearer <paste-token-here>"), ("DE", "DB_PASSWORD=changeit # bitte ersetzen"), ("US", "card number: XXXX XXXX XXXX XXXX"),
            ("US", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("US", "AWS_SECRET_ACCESS_KEY=..."),
            ("IN", "Enter your 12-digit Aadhaar number: XXXX XXXX XXXX"), ("US", "phone: (555) 000-0000"), ("US", "iban: XX00 0000 0000 0000"),
            ("GB", "ANTHROPIC_API_KEY=your_api_key_here")]


def _postal(r: random.Random) -> list[tuple[str, str]]:
    return [("IN", f"PIN code {r.randint(110001, 855999)}"), ("US", f"ZIP {r.randint(10001, 99950)}-{r.randint(1000, 9999)}"),
            ("BR", f"Consulta CEP {r.randint(10000, 99999)}-{r.randint(0, 999):03d}: Av. Paulista"), ("DE", f"PLZ {r.randint(10000, 99999)}"),
            ("GB", f"Postcode SW{r.randint(1, 20)}{r.choice('AVWXY')} {r.randint(1, 9)}{_up(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"), ("CA", f"Postal code M{r.randint(1, 9)}{r.choice('ABCEGHJ')} {r.randint(1, 9)}{r.choice('ABCEGHJ')}{r.randint(1, 9)}"),
            ("JP", f"郵便番号 {r.randint(100, 999)}-{r.randint(0, 9999):04d}"), ("NL", f"Postcode {r.randint(1000, 9999)} {_up(r, 2, string.ascii_uppercase)}"),
            ("MX", f"C.P. {r.randint(1000, 99999):05d}"), ("PL", f"kod pocztowy {r.randint(10, 99)}-{r.randint(100, 999)}"), ("AU", f"Postcode {r.randint(2000, 7999)}")]


def _quantities(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"{r.randint(1, 30)}.{r.randint(0, 99):02d} mi run, pace {r.randint(7, 12)}:{r.randint(0, 59):02d}/mi"), ("DE", f"Verbrauch {r.randint(4, 9)},{r.randint(0, 9)} l/100 km"),
            ("US", f"Thermostat {r.randint(62, 78)}°F, humidity {r.randint(20, 70)}%"), ("GB", f"{r.randint(100, 900)} g flour, {r.randint(50, 400)} ml milk"),
            ("IN", f"AQI {r.randint(30, 450)} · PM2.5 {r.randint(10, 300)} µg/m³"), ("US", f"Storage {r.randint(10, 999)}.{r.randint(0, 9)} GB of 1 TB used"),
            ("FR", f"Compteur électrique {r.randint(10000, 99999)} kWh"), ("US", f"Battery {r.randint(1, 100)}% · {r.randint(1, 12)} h {r.randint(1, 59)} min remaining"),
            ("AU", f"UV index {r.randint(1, 13)}, {r.randint(15, 42)}°C"), ("JP", f"降水確率 {r.randint(0, 100)}%"),
            ("US", f"Download {r.randint(10, 999)}.{r.randint(0, 9)} Mbps, upload {r.randint(5, 99)}.{r.randint(0, 9)} Mbps")]


def _scores(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"Lakers {r.randint(90, 130)} - {r.randint(90, 130)} Celtics (Final)"), ("GB", f"Arsenal {r.randint(0, 5)}-{r.randint(0, 5)} Spurs, {r.randint(60, 90)}'"),
            ("IN", f"IND {r.randint(150, 350)}/{r.randint(2, 9)} ({r.randint(20, 50)}.{r.randint(0, 5)} ov)"), ("BR", f"Flamengo {r.randint(0, 4)} x {r.randint(0, 4)} Palmeiras"),
            ("US", f"Chess.com rating {r.randint(800, 2400)} (+{r.randint(1, 15)})"), ("US", f"Wordle {r.randint(1000, 1800)} {r.randint(2, 6)}/6"),
            ("DE", f"Bayern {r.randint(0, 5)}:{r.randint(0, 5)} Dortmund"), ("AU", f"AUS {r.randint(100, 450)}/{r.randint(1, 10)} d"),
            ("US", f"NYT Connections #{r.randint(400, 900)}"), ("ES", f"Real Madrid {r.randint(0, 4)}-{r.randint(0, 4)} Barça"), ("US", f"Fantasy: {r.randint(80, 160)}.{r.randint(0, 9)} pts")]


def _stocks(r: random.Random) -> list[tuple[str, str]]:
    return [("US", f"AAPL {r.randint(150, 300)}.{r.randint(0, 99):02d} +{r.randint(0, 4)}.{r.randint(0, 99):02d}%"), ("IN", f"NIFTY 50 {r.randint(20, 28)},{r.randint(100, 999)}.{r.randint(0, 99):02d}"),
            ("US", f"NVDA {r.randint(90, 200)}.{r.randint(0, 99):02d} after hours"), ("DE", f"DAX {r.randint(15, 25)}.{r.randint(100, 999)},{r.randint(0, 99):02d} Punkte"),
            ("JP", f"日経平均 {r.randint(30, 45)},{r.randint(100, 999)}円"), ("US", f"BTC-USD {r.randint(40, 120)},{r.randint(100, 999)}"),
            ("GB", f"FTSE 100 {r.randint(7, 9)},{r.randint(100, 999)}.{r.randint(0, 9)}"), ("BR", f"Ibovespa {r.randint(110, 140)}.{r.randint(100, 999)} pts"),
            ("US", f"S&P 500 {r.randint(4, 7)},{r.randint(100, 999)}.{r.randint(0, 99):02d}"), ("US", f"ETH gas {r.randint(5, 80)} gwei"),
            ("IN", f"SENSEX {r.randint(70, 90)},{r.randint(100, 999)}")]


GROUPS = {"time": _times, "date": _dates, "duration": _durations, "version": _versions, "coordinates": _coordinates, "amount": _amounts,
          "isbn": _isbns, "order": _orders, "flight": _flights, "invoice": _invoices, "build": _builds, "room": _rooms, "hash": _hashes,
          "uuid": _uuids, "tracking": _tracking, "product_code": _product_codes, "password_words": _password_words,
          "secret_reference": _secret_references, "masked": _masked, "meeting_id": _meeting_ids, "address": _addresses,
          "network": _network, "health": _health, "ticket": _tickets, "booking": _bookings, "timestamp": _timestamps,
          "short_code": _short_codes, "public_key": _public_keys, "placeholder": _placeholders, "postal": _postal,
          "quantity": _quantities, "score": _scores, "stock": _stocks}


def lookalikes(r: random.Random) -> list[Case]:
    """Each group's lines, every one drawn until it is clean and new."""
    out: list[Case] = []
    seen: set[str] = set()
    for group, make in GROUPS.items():
        count = len(make(random.Random(0)))
        for i in range(count):
            for _ in range(1000):
                region, text = make(r)[i]
                if text not in seen and _clean(text):
                    break
            else:
                continue  # a fixed line already taken: it appears once
            seen.add(text)
            out.append(Case(text, (), region, f"neg_{group}"))
    return out
