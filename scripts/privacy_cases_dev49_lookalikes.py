"""Look-alikes for the dev49 privacy set (``privacy_cases_dev49.py``): lines a personal agent
meets all day that carry digits, codes, keys or the word password but no personal value, in 34
groups (times, dates, durations, prices, orders, parcels, flights, versions, builds, commit hashes,
meeting ids, rooms, invoices, tickets, bookings ... and, less often, coordinates, ISBNs, health
readings, public keys and their fingerprints, masked numbers, short codes, postal codes called PIN
codes, placeholders copied from docs and references to where a secret is kept), each a message
from someone in a situation of their own (an ikebana circle's exhibition week, a hornussen club's
field days, a dialysis schedule, a flooded cellar, a market stall), written as templates with typed
fields drawn by dev19's look-alike generator (``«n:4»`` four digits, ``«hex:40»`` forty hex digits ...),
six templates a group, each drawn twice.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Kelli says the florist van can only squeeze us in at «hour»:«two» pm, so the hanging crew should be at the hall by then"),
        ("DE", "Abfahrt zum Auswärtshornussen morgen um «hh:5-8»:«two» beim Schulhaus, wer fährt, bringt bitte Decken für die Bank mit"),
        ("IN", "Amma's dialysis van comes at «hh:6-9»:«two» sharp on Mondays, so breakfast has to be done before the milkman even rings"),
        ("JP", "花材の仕入れは朝«int:5-7»時«two»分に市場集合、遅れたら桜の枝は全部売り切れてるって先生が言ってた"),
        ("BR", "O caminhão do gás passou às «hh:7-11»:«two» e ninguém ouviu a buzina porque a máquina de lavar estava centrifugando"),
        ("GB", "Reminder from the vicar: the flower rota swap means you're on the altar urns at «hour».«two» on Saturday, not Friday evening"),
    ],
    "date": [
        ("FR", "L'exposition d'art floral est repoussée au «day» «pick:mai/juin/octobre» à cause des travaux dans la salle des fêtes du village"),
        ("CA", "Our cellar flooded on «mm»/«dd» and the insurance adjuster still hasn't called, the dehumidifier is on day «int:4-19»"),
        ("CH", "Das Eidgenössische ist vom «dd».«mm». bis «int:1-28».«mm».«year», die Junioren schlafen im Zivilschutzkeller"),
        ("IN", "Temple flower duty roster: our family has the jasmine garlands from «dd»-«mm»-«year» for the whole festival week"),
        ("KR", "꽃꽂이 전시회 날짜가 «year»년 «int:1-12»월 «day»일로 확정됐어요, 화분 반납은 그다음 주 월요일까지래요"),
        ("MX", "La posada de la cuadra quedó para el «day» de diciembre; cada familia trae un plato y las piñatas las compra doña Indira"),
    ],
    "duration": [
        ("IE", "The kiln firing for the ikebana vases took «int:9-14» hours «int:2-55» minutes, longer than the potter promised"),
        ("US", "Grandpa's dialysis run was «int:3-4» h «int:5-55» min today, he slept through most of the baseball game"),
        ("AT", "Das Spiel dauerte «int:2-4» Stunden «int:10-50» Minuten, weil der Nouss dreimal im Maisfeld verschwand"),
        ("AU", "Drove «int:5-9» hrs «int:5-55» min to the country show with the arrangements in the back, only one vase cracked"),
        ("JP", "先生のデモは«int:40-95»分、質問コーナーは延長してさらに«int:10-30»分かかりました"),
        ("NG", "NEPA took light for «int:6-19» hours straight, the generator finally rested and so did our ears"),
    ],
    "version": [
        ("NZ", "The scorekeeping app updated itself to «int:3-9».«int:0-20».«int:0-9» overnight and now the tablet asks to relogin every match"),
        ("DE", "Firmware «int:1-5».«int:0-9».«int:0-40» für den Zyxel-Router ist da, laut Forum behebt sie das WLAN-Problem im Vereinsheim"),
        ("PK", "Bhai the booking software in the hall office is still on v«int:2-6».«int:0-12», that's why the printer layout is broken"),
        ("BE", "Depuis que le téléphone de mamie est passé sous Android «int:11-15», le gros bouton vert pour appeler ses petits-enfants a disparu, on a tout reconfiguré dimanche"),
        ("BR", "O app do banco pediu pra atualizar pra versão «int:5-9».«int:10-99».«int:0-9» antes de deixar fazer o pix da vaquinha"),
        ("JP", "血圧計アプリがバージョン«int:2-5».«int:0-9».«int:0-9»に上がって、グラフの色が変わった"),
    ],
    "coordinates": [
        ("CH", "Treffpunkt fürs Auswärtsspiel: Parkplatz hinter der Käserei, «lat:46.5..47.2», «lon:7.1..8.0», dann links dem Feldweg nach"),
        ("US", "Dropped a pin where the flood took out the culvert on our road: «lat:38..41», «lon:-90..-85», county says next week"),
        ("JP", "桜の枝を分けてくれる農家さんの場所：«lat:35.0..36.5», «lon:138.5..140.0»、看板はないので注意"),
        ("AU", "Campsite for the club weekend is at «lat:-38..-34», «lon:143..150», no reception past the creek crossing"),
        ("IN", "Mandap decorators asked for the exact spot of the farmhouse, sent them «lat:12.8..13.2», «lon:77.4..77.8»"),
        ("BR", "A feira de orquídeas mudou de lugar, agora fica em «lat:-23.7..-23.4», «lon:-46.8..-46.5», do lado da igreja"),
    ],
    "amount": [
        ("PH", "Split for the flower show bus: $«price:18-45» each, the driver's tip is already included, Venmo the captain"),
        ("CH", "Die neue Schindel kostet CHF «price:80-190», der Verein übernimmt die Hälfte für Junioren unter sechzehn"),
        ("IN", "Total for the marigold garlands came to ₹«num:2000-9000», the vendor rounded down because Amma bargained"),
        ("ZA", "Vet bill after the dog ate a lily: £«price:120-480», and no, the insurance won't cover plants"),
        ("MX", "La cooperación para la fiesta patronal quedó en $«int:150-600» por familia, más lo que cada quien quiera dar"),
        ("JP", "花材代は一人«num:2000-6000»円、花器は各自持参でお願いします"),
    ],
    "isbn": [
        ("US", "Our circle's teacher insists every beginner buys the same spiral-bound primer on seasonal materials, the secondhand dealer wanted the number: ISBN «isbn13»"),
        ("DE", "Das Regelbuch fürs Hornussen, das der Trainer empfiehlt, bitte in der Buchhandlung bestellen: ISBN «isbn13»"),
        ("GB", "Grandad's old gardening almanac fell apart in the flood, the binder in Hay-on-Wye can source another copy if I give him ISBN «isbn10»"),
        ("FR", "Le manuel d'ikebana que la prof a conseillé est épuisé, cherche d'occasion : ISBN «isbn13»"),
        ("IN", "School reading list, Class 6, the science supplement the teacher insists on: ISBN «isbn13»"),
        ("JP", "図書館で予約した生け花の本、受取票に書いてある番号 ISBN «isbn13»"),
    ],
    "order": [
        ("SG", "Order #«n:7» from the craft supply site shipped: 3 kenzan, floral tape, and a vase that I definitely didn't need"),
        ("DE", "Bestellnummer «n:9» beim Sportgeschäft: zwei Schindeln und Knieschoner für die Junioren, Lieferung nächste Woche"),
        ("PK", "Swiggy order «n:10» is stuck at 'preparing' for forty minutes, Nani is already asking where the dosa is"),
        ("BR", "Pedido nº «n:8» do atacadão das flores saiu pra entrega, chega junto com os vasos da exposição"),
        ("KE", "Grocery order «n:8» arrived minus the oat milk and plus somebody else's birthday cake, calling them now"),
        ("MX", "Pedido «an:3»-«n:6» de las macetas de barro ya salió de Tonalá, la paquetería dice que tarda tres días"),
    ],
    "flight": [
        ("US", "Mom's flight UA«int:100-2999» into Denver is delayed again, she says the gate agent gave everyone cookies"),
        ("JP", "先生の便は NH«int:10-999»、羽田着は夕方なので会場の準備は私たちで先に始めます"),
        ("IN", "Bhaiya's flight 6E «int:100-6999» lands in Chennai at night, someone has to bring the car for the luggage"),
        ("AT", "Der Trainer fliegt mit LX «int:300-2999» zurück, also kann er das Sonntagsspiel nicht pfeifen"),
        ("NG", "Uncle's Air Peace flight P4 «int:7000-7999» don land for Abuja, make somebody go airport with the small car"),
        ("AU", "Nan's on QF«int:400-999», arriving Brisbane around lunch, I'll have the wheelchair booked"),
    ],
    "invoice": [
        ("DE", "Rechnung Nr. «year»-«n:4» vom Zeltverleih für das Hornusserfest, zahlbar innert dreißig Tagen"),
        ("CA", "Invoice INV-«n:5» from the plumber: pump rental and two days of drying out the basement"),
        ("FR", "Facture n° «up:2»«n:6» de la pépinière pour les branches de saule, à régler avant la fin du mois"),
        ("IN", "GST invoice no. «up:3»/«year»/«n:4» for the tent and lights, please pass it to the temple treasurer"),
        ("GB", "Invoice «n:6» for the marquee hire came with a surcharge for the muddy groundsheets, typical"),
        ("BR", "Nota fiscal «n:6» da floricultura chegou por e-mail, guarda pra prestação de contas do ateliê"),
    ],
    "build": [
        ("US", "Build «n:4» of the club scoring app failed again on the tablet target, something about the font package"),
        ("DE", "Nightly-Build «year»«mm»«dd».«int:1-9» der Vereins-App stürzt beim Öffnen der Rangliste ab"),
        ("IN", "Release candidate rc«int:1-9» build «n:5» is ready for the hall booking app, please test payments"),
        ("GB", "The kiosk screen says build «n:6», the supplier says that's the latest, the screen says otherwise"),
        ("JP", "展示会の受付アプリ、ビルド«n:4»で写真アップロードが直りました"),
        ("BE", "La version de test de l'appli de la crèche, build «n:5», affiche encore les menus de la semaine dernière"),
    ],
    "room": [
        ("NZ", "Dialysis moved Dad to chair «int:1-24» in room «int:100-450», the one by the window he likes"),
        ("DE", "Wegen Renovation findet die Jahresversammlung ausnahmsweise im Mehrzweckraum «int:1-6» der alten Turnhalle statt, Apéro offeriert der Präsident"),
        ("IE", "Ikebana class is in room «up:1»«int:10-40» this term, the one with the sink that actually drains"),
        ("PK", "Nani is in ward «int:2-9», bed «int:1-40», visitors only after four, bring her shawl"),
        ("JP", "会場は«int:2-8»階の«int:201-812»号室、花器は前日に搬入してください"),
        ("FR", "Pour le vernissage, les compositions des élèves seront exposées dans l'amphithéâtre «up:1»«int:1-9», éclairage à régler avec le concierge le matin même"),
    ],
    "hash": [
        ("US", "Reverted the club website to commit «hex:7» because the new gallery ate all the exhibition photos"),
        ("AT", "Der Fix für die Rangliste ist in «hex:40», bitte vor dem Sonntag deployen"),
        ("IN", "git bisect says «hex:12» broke the hall booking calendar, someone changed the timezone code"),
        ("ZA", "sha256 of the photo archive zip before I upload it to the shared drive: «hex:64»"),
        ("BR", "Commit «hex:8» quebrou o formulário de inscrição do ateliê, volta pra versão anterior"),
        ("JP", "展示会サイトの修正はコミット«hex:10»に入っています、確認お願いします"),
    ],
    "uuid": [
        ("PH", "Support ticket for the smart thermostat references device id «uuid», they want a photo of the wiring"),
        ("DE", "Fehlerbericht der Vereins-App, Sitzungs-ID «uuid», tritt nur beim Hochformat auf"),
        ("IN", "The hall booking system shows request «uuid» as pending since Tuesday"),
        ("GB", "Crash report from the kiosk tablet: event «uuid», same as last week's"),
        ("FR", "Identifiant de l'envoi groupé des photos de la crèche : «uuid», si jamais le lien expire"),
        ("JP", "アプリのエラー画面にID「«uuid»」と出ました、サポートに送ります"),
    ],
    "tracking": [
        ("US", "The ceramic suiban from the potter in Asheville has been sitting at the hub for days, «ups», and the show opens Friday"),
        ("DE", "Sendungsnummer «n:12» für die Schindeln, DHL meint Zustellung am Donnerstag"),
        ("IN", "Courier docket «n:11» for the saree parcel to Pune, please check the status for Amma"),
        ("KE", "Royal Mail tracking «up:2»«n:9»GB for the signed book, it's apparently at the depot"),
        ("BR", "Código de rastreio «up:2»«n:9»BR da encomenda das tesouras de ikebana, está parado em Curitiba"),
        ("JP", "花器の配送、追跡番号«n:12»、明日の午前中に届く予定です"),
    ],
    "product_code": [
        ("DE", "EAN der Ersatzgriffe für die Schindel, damit der Laden die richtigen bestellt: EAN «ean13»"),
        ("SG", "Model number of the dehumidifier the rental place gave us is «up:2»-«n:4»«up:1», in case it breaks"),
        ("BE", "Référence de la mousse florale qu'on prend toujours : «up:3»«n:5», à commander en gros pour l'expo"),
        ("PK", "SKU «up:3»-«n:6» for the steel kenzan the teacher likes, the shop has only two left"),
        ("GB", "Part no. «an:8» for the boiler pump, the plumber says order it before he comes Thursday"),
        ("JP", "剣山の型番«up:2»-«n:3»、サイズ違いを注文しないように"),
    ],
    "password_words": [
        ("US", "Reminder for the parents' group: the PTA's fundraising page was never hacked, the 'confirm your password' text on «dd»/«mm» was a scam, delete it"),
        ("GB", "The new village hall wifi has no password at all until Tuesday the «int:2-28»th, so please don't stream the match there, Euan"),
        ("AT", "Im Kurs morgen um «hh:14-19» Uhr erklärt der Sohn vom Präsidenten, wie man ein gutes Passwort wählt — Kaffee und Kuchen inklusive"),
        ("IN", "Bhai, password reset link expire ho gaya, I'll try again after «int:2-9» minutes when the OTP limit resets"),
        ("FR", "Elle a encore oublié son mot de passe, on a dû faire la procédure de récupération pour la «int:2-5»e fois ce mois-ci"),
        ("BR", "Dica do técnico da associação: troque a senha do roteador a cada «int:3-12» meses e nunca use a data de aniversário"),
    ],
    "secret_reference": [
        ("CA", "The club's payment keys live in the password manager vault 'Treasurer', ask Kelli for access (she's back on the «int:2-28»th), never paste them in the chat"),
        ("DE", "Die Zugangsdaten zum Vereinskonto liegen im versiegelten Umschlag im Tresor, Fach «int:1-9»"),
        ("IE", "Before you ask me again: whatever lets the card reader at the tea stall talk to the bank is sealed in the treasurer's vault entry number «int:2-30», I don't have it"),
        ("IN", "Bhai, DB password is in the server's .env, don't ask me again on WhatsApp, read it from there after «int:2-9» pm"),
        ("FR", "Le mot de passe du compte de l'association est dans le carnet rouge, page «int:2-40», chez la trésorière"),
        ("JP", "会計アプリのパスワードは金庫の封筒に入れてあります（封筒番号«int:1-20»）"),
    ],
    "masked": [
        ("US", "Statement shows the vase order charged to the card ending in «n:4», that's the club one, not mine"),
        ("ZA", "The bank text says a payment from account ****«n:4» went to the marquee company, so that's settled"),
        ("IN", "Amma forwarded the bank message in panic — shamiana advance of ₹«num:1000-9000» went from her savings ending «n:4», which was exactly the plan, I told her"),
        ("DE", "Abbuchung vom Konto mit Endung «n:4» für den Mitgliederbeitrag ist durch"),
        ("BR", "O comprovante mostra o cartão final «n:4», então foi a Pietra que pagou as flores"),
        ("BE", "La carte terminant par «n:4» a été refusée au péage, heureusement j'avais du liquide"),
    ],
    "meeting_id": [
        ("NZ", "Committee call tonight, Zoom ID «n:3» «n:4» «n:4», no passcode needed, we're just picking the theme"),
        ("DE", "Teams-Besprechung des Vorstands, Konferenz-ID «n:3» «n:3» «n:3»#, Einwahl nur für Mitglieder"),
        ("PK", "Parent-teacher meet on Google Meet, code «pick:abc/kdm/wrt/pqz»-«pick:defg/xmnq/hjkl»-«pick:hij/opq/stu», 6 pm"),
        ("GB", "The WI talk on flower arranging is on Zoom, meeting «n:3» «n:4» «n:4», starts after the raffle"),
        ("JP", "オンライン講習のミーティングIDは «n:3» «n:4» «n:4» です"),
        ("BR", "Reunião do condomínio pelo Zoom, ID «n:3» «n:4» «n:4», pauta: vazamento no telhado"),
    ],
    "address": [
        ("US", "The flower show moved to «int:100-9999» Orchard Lane, the big barn behind the feed store"),
        ("AT", "Auswärtsspiel in Riedholz, Feldstrasse «int:1-120», bitte nicht auf dem Bauernhof parkieren"),
        ("KE", "Drop the raffle prizes at «int:1-200» Mill Road, the blue door, the dog barks but is harmless"),
        ("IN", "Shop no. «int:1-80», Flower Market Road, near the temple tank — best roses for the mandap"),
        ("FR", "Rendez-vous au «int:1-150» rue des Jardins pour récupérer les vases prêtés"),
        ("JP", "会場は市民会館（中央«int:1-5»丁目«int:1-30»-«int:1-20»）、駐車場は裏手です"),
    ],
    "network": [
        ("PH", "The scoreboard tablet grabbed «ip» from the Wavlink extender, so point the display app there"),
        ("DE", "Drucker im Vereinsheim hat jetzt die feste Adresse «ip», bitte nicht mehr per USB"),
        ("GB", "Router reboot fixed it, the kiosk's MAC is «mac» if you need to whitelist it"),
        ("IN", "Bhai the CCTV DVR is on «ip», port «int:8000-8999», open it only from the office PC"),
        ("FR", "La caméra du jardin a pris l'adresse «ip» après la coupure de courant"),
        ("JP", "展示会場のWi-Fi中継器のMACアドレスは«mac»です"),
    ],
    "health": [
        ("US", "Dad's dialysis numbers today: BP «int:110-160»/«int:60-95», weight down «price:1-3» kg, nurse was happy"),
        ("GB", "Blood sugar after the flower show lunch: «price:5-11» mmol/L, not bad considering the scones"),
        ("IN", "Nani's HbA1c came back «price:6-9»%, the endocrinologist wants her walking «int:20-45» minutes a day"),
        ("DE", "Ruhepuls laut Uhr heute «int:52-75», nach dem Training «int:120-170», Schlaf nur «int:5-7» Stunden"),
        ("JP", "今朝の血圧 «int:110-150»/«int:65-95»、脈拍«int:55-90»、先生に報告しておきます"),
        ("BR", "Glicemia em jejum «int:80-140» mg/dL hoje, a nutricionista vai ficar contente"),
    ],
    "ticket": [
        ("SG", "IT ticket #«n:5» for the school laptop that won't print the exhibition labels is still open"),
        ("DE", "Störungsmeldung «n:8» beim Netzbetreiber: Internet im Vereinsheim seit dem Gewitter tot"),
        ("IE", "Council reference «up:3»«n:6» for the pothole outside the hall, they say within «int:5-28» working days"),
        ("PK", "Streetlight outside our lane has been dead since Diwali, the municipal helpline gave grievance token «n:9» and said someone comes within a week"),
        ("BE", "Ticket «n:6» ouvert chez l'opérateur, la box de la salle des fêtes clignote rouge"),
        ("BR", "Protocolo «n:12» da operadora, prometeram técnico amanhã entre oito e meio-dia"),
    ],
    "booking": [
        ("US", "Hotel for the regional flower show, confirmation «an:8», two queens, late checkout requested"),
        ("AT", "Reservierung «an:6» für den Car nach Bern, «int:30-52» Plätze, Abfahrt beim Schulhaus"),
        ("ZA", "Train tickets to Harrogate booked, reference «an:8», collect them from the machine"),
        ("IN", "PNR «n:10» for the Chennai Express, three berths, Nani gets the lower one"),
        ("FR", "Réservation du gîte confirmée, numéro «an:7», arrivée à partir de 16 h"),
        ("JP", "新幹線の予約番号«n:4»、先生の分も一緒に取りました"),
    ],
    "timestamp": [
        ("CA", "Sunba clip metadata shows the porch light triggered at «year»-«mm»-«dd»T«hh»:«two»:«two»Z and it was only the neighbour's cat chasing moths"),
        ("DE", "Protokoll der Rangliste, letzter Eintrag «dd».«mm».«year» «hh»:«two»:«two», danach nichts mehr"),
        ("GB", "Doorbell clip saved at «hh»:«two»:«two» on «dd»/«mm»/«year», the parcel man never even knocked"),
        ("IN", "Server log «year»-«mm»-«dd» «hh»:«two»:«two» ERROR booking failed, please check"),
        ("FR", "Horodatage de la photo : «dd»/«mm»/«year» à «hh»h«two», c'est bien le jour du vernissage"),
        ("JP", "ログ：«year»/«mm»/«dd» «hh»:«two»:«two» 受付アプリ再起動"),
    ],
    "score": [
        ("CH", "Resultat Sonntag: unsere Mannschaft «int:0-6» Nummern, Gegner «int:1-9», Distanz im Schnitt «int:150-280» Meter"),
        ("US", "Little league final «int:0-12»-«int:0-12», the snack bar sold out of hot dogs by the fourth inning"),
        ("KE", "The judges at the county show scored the moribana entry «int:60-98» out of a hundred, apparently the willow leaned too far left for their taste"),
        ("IN", "Cricket in the colony: «int:80-220»/«int:2-9» in twenty overs, Korpal uncle out for a duck again"),
        ("BR", "Futebol dos pais no sábado: «int:0-9» a «int:0-9», ninguém se machucou desta vez"),
        ("JP", "父の会社の運動会の綱引き、赤組が«int:2-5»勝«int:0-2»敗で優勝、帰りに全員でラーメン食べたそうです"),
    ],
    "stock": [
        ("NZ", "The retirement account dropped «price:1-4»% today, Dad called twice about it during the game"),
        ("DE", "Onkel Helmar ruft jeden Abend an, wenn der Dax über «num:15000-22000» Zählern schließt, als ob wir Aktien hätten"),
        ("PK", "Sensex «num:60000-85000» today, Chachu says sell, Papa says wait, lunch was tense"),
        ("GB", "FTSE ended at «num:7000-9000», the pension letter will be cheerful at least"),
        ("JP", "日経平均は«num:30000-42000»円で終了、父は株の話ばかりしている"),
        ("BR", "Ibovespa fechou em «num:110000-135000» pontos, o tio já quer comprar ação de novo"),
    ],
    "weather": [
        ("CH", "Wetter für das Fest: «int:12-29»°C, Gewitter ab «int:15-19» Uhr möglich, Zelt sichern"),
        ("US", "The orchard fundraiser's outdoor tables will be fine, the app says gusts of «int:5-25» mph only after dusk and «int:60-95» degrees all afternoon"),
        ("IN", "Chennai today «int:28-40»°C, humidity «int:60-95»%, the jasmine will wilt by noon"),
        ("GB", "Met Office says «int:8-22»°C and showers for the fete, same as every year"),
        ("JP", "明日の天気は最高«int:15-32»度、降水確率«int:10-90»%、屋外展示は要注意"),
        ("AU", "BOM: «int:25-44»°C on Saturday, total fire ban, so no barbecue at the club day"),
    ],
    "short_code": [
        ("PH", "Poster at the farmers market: reply PETALS to «n:5» and the stall will ping you when the peonies are cut, stop anytime"),
        ("IE", "Text DONATE to «n:5» to give £«int:3-10» to the air ambulance, the raffle money goes there too"),
        ("IN", "SMS START to «n:5» for the temple festival schedule alerts"),
        ("DE", "Für Spielabsagen per SMS: HORNUSS an «n:5» senden"),
        ("BE", "Envoyez CRECHE au «n:5» pour recevoir les menus de la semaine"),
        ("BR", "Mande FLORES para «n:5» e receba as datas das feiras"),
    ],
    "public_key": [
        ("US", "Added the club server's public key to my laptop: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» scorer@clubhouse"),
        ("AT", "Fingerabdruck des Vereinsservers beim ersten Login: SHA256:«b64:43», passt zum Zettel vom Präsidenten"),
        ("ZA", "The host key fingerprint for the booking box is SHA256:«b64:43», check it before typing yes"),
        ("IN", "Public key for the deploy user, paste into authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» deploy@hall"),
        ("FR", "Empreinte GPG de la trésorière pour vérifier les comptes : «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»"),
        ("JP", "サーバーの公開鍵フィンガープリント SHA256:«b64:43» を確認してください"),
    ],
    "placeholder": [
        ("SG", "The README says put YOUR_API_KEY_HERE in config.yaml, line «int:3-40», and I literally did that"),
        ("DE", "In der Vorlage steht noch PASSWORT_HIER_EINTRAGEN, bitte vor dem Hochladen ersetzen (Zeile «int:2-30»)"),
        ("GB", "Docs example: export TOKEN=<your-token>, step «int:2-9» of the setup guide, don't copy the angle brackets"),
        ("PK", "Template .env has DB_PASSWORD=changeme on line «int:2-20», please don't deploy like that"),
        ("FR", "Le tutoriel indique CLE_API=xxxxxxxx à l'étape «int:2-8», évidemment ça ne marche pas"),
        ("JP", "マニュアルの画面写真に写っている「sample-pass」はただの例なので、町内会のタブレットでは自分で決めてね（«int:2-9»ページ目）"),
    ],
    "postal": [
        ("IN", "Courier needs the PIN code for Nani's village, it's «int:600001-643253», near the temple tank"),
        ("US", "The flower show ships from zip «int:10001-99950», so the vases should arrive by Thursday"),
        ("DE", "Postleitzahl vom Austragungsort ist «int:10115-99998», fürs Navi"),
        ("CH", "Der Platz liegt in PLZ «int:3000-3999», gleich neben dem Schützenhaus"),
        ("KE", "The hall's postcode is «up:2»«int:1-20» «int:1-9»«up:2», the satnav takes you to the back lane"),
        ("JP", "配送先の郵便番号は〒«n:3»-«d:4»、会場の搬入口です"),
    ],
    "quantity": [
        ("JP", "今回の展示に使った剣山は全部で«int:20-80»個、花は«int:150-400»本くらい"),
        ("CH", "Für das Fest brauchen wir «int:200-600» Würste und «int:30-90» Harasse Mineral"),
        ("CA", "We need «int:40-120» folding chairs and «int:8-20» tables for the show, the church can lend half"),
        ("IN", "Order «int:20-90» kg marigolds and «int:5-30» kg jasmine for the festival, same vendor as last year"),
        ("GB", "Made «int:60-150» scones for the fete, «int:3-12» left, the rest gone by eleven"),
        ("BR", "Precisamos de «int:30-90» vasos e «int:10-40» sacos de terra pra feira"),
    ],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's generator)."""
    return _dev19.lookalikes(r, GROUPS)
