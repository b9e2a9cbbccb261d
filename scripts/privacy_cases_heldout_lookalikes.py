"""Look-alikes of the held-out privacy set (``privacy_cases_heldout.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
networks, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short codes,
public keys, placeholders, postal codes and quantities), 34 groups from 15 regions, each a message
from a particular person in a particular situation (the Fruita festival's 5K, a noodling tournament's
weigh-in, the Sourtoe club, the Maldon mud race, the Drachenstich, the Nomaoi, Hola Mohalla, the Eyo
procession, AfrikaBurn, the Rhino Charge, Ati-Atihan, a kyudo dojo and a bandy club), naming no one.

Each template's ``«kind:arg»`` fields are drawn by ``privacy_lookalike_fields`` through dev19's
``lookalikes`` (every template twice, each line new and harmless; ISBNs last in their lines).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template)
    "time": [
        ("US", "Fruita 5K race director to the volunteers: the headless chicken mascot starts the kids' dash at «hour»:«two» "
               "sharp"),
        ("IE", "Road bowling club text: the score on the Bandon road throws off at «int:10-17»:«two», bring the red flags"),
        ("GB", "Maldon mud race marshal's radio check: low water at the Blackwater is «int:11-15»:«two», first wave goes then"),
        ("JP", "野馬追の行列は本陣山を«int:9-11»時«two»分に出発します"),
        ("NZ", "Bandy club's Christchurch rink slot moved to «hour»:«two» tonight, the curlers have the early ice"),
        ("IN", "Hola Mohalla mahalla procession Kesgarh Sahib se «int:9-16»:«two» baje niklega, gatka uske baad"),
    ],
    "date": [
        ("US", "Okie Noodling entry window closes «mon» «day», «year», the weigh-in is the weekend after"),
        ("DE", "Probe für den Drachenstich mit allen Ritterdarstellern am «dd».«mm».«year», Treffpunkt am Stadtplatz"),
        ("GB", "Mud race kit amnesty: lost wellies from the Blackwater held until «dd»/«mm»/«year» at the clubhouse"),
        ("JP", "弓道場の掲示: 昇段審査（弐段以下）の日程は «year»年«int:1-12»月«day»日、受付は午前八時半から、袴と弓を忘れずに"),
        ("CA", "Sourtoe club note: the toe's retirement party is pencilled in for «mon» «day», «year» at the Downtown Hotel"),
        ("FR", "Le stage de kyudo à Lyon aura lieu le «dd»/«mm»/«year», pensez à vos hakamas"),
    ],
    "duration": [
        ("US", "Peep-eating contest rule sheet: each round lasts «int:2-5» minutes or until the judge rings the cowbell"),
        ("GB", "Fastest crossing of the Blackwater mud last year took «int:3-9» minutes «two» seconds, the announcer said"),
        ("NO", "Bandykampen i Drammen varer to omganger på «int:35-45» minutter, pluss pause"),
        ("IN", "Gatka demonstration har team ko «int:6-12» minute milenge, Anandpur ke maidan mein"),
        ("AU", "Kyudo grading in Brisbane: the written part takes «int:20-40» minutes, the shooting comes after"),
        ("FI", "Jääpallo-ottelun tauko kestää «int:10-20» minuuttia, kahvia saa kioskista"),
    ],
    "version": [
        ("US", "Fruita festival app changelog from the web volunteer: v«int:1-4».«int:0-12».«int:0-30» fixes the 5K results page"),
        ("DE", "Info vom Kassen-Dienstleister: ab dem Vorverkauf für das Festspiel läuft auf den Tablets an der Tribüne Release "
               "«int:2-9».«int:0-20».«int:0-15», bitte vorher neu starten"),
        ("JP", "野馬追の公式アプリ «int:1-5».«int:0-9».«int:0-9» に更新してください"),
        ("GB", "Message from the lad who hires out the chip mats: I've pushed the decoder firmware to "
               "«int:3-8».«int:0-9».«int:0-40» on both Maldon boxes, power-cycle them after the tide briefing"),
        ("CA", "Certificate printer driver for the Sourtoe club, version «int:4-12».«int:0-99», per the tech at the hotel"),
        ("BR", "Galera da bateria, o aplicativo com o trajeto do cortejo pelas ladeiras foi atualizado pra "
               "«int:1-6».«int:0-15».«int:0-9», quem tá com o antigo vai ver o mapa errado"),
    ],
    "coordinates": [
        ("GB", "Harbour master's text to the mud race safety crew: drop the inflatable's anchor by the old barge at "
               "«lat:51.72..51.74», «lon:0.68..0.71» and wait for the klaxon"),
        ("NO", "Bandybanen ved Marienlyst ligger på «lat:59.73..59.76», «lon:10.18..10.22», for sjåføren"),
        ("CA", "Pin the Toe Captain dropped for the Yukon River lookout: «lat:64.05..64.07», «lon:-139.45..-139.42»"),
        ("US", "Noodling cove waypoint from the marshal's GPS: «lat:34.68..34.75», «lon:-97.28..-97.20»"),
        ("JP", "雲雀ヶ原の撮影ポイント «lat:37.62..37.64», «lon:140.94..140.97»"),
        ("AU", "Kyudo camp near Alice Springs, the campsite's latitude «lat:-23.72..-23.68» and the gate's longitude "
               "«lon:133.85..133.89»"),
    ],
    "amount": [
        ("US", "Fruita festival beer tent made «int:2-9» thousand this year, the chicken fund got $«num:1000-5000»"),
        ("GB", "Mud race raised £«num:10000-60000» for the lifeboats, with «int:200-400» runners"),
        ("JP", "野馬追の観覧席は一枚«num:1000-5000»円です"),
        ("IN", "Langar ke liye is saal ₹«num:50000-900000» ka aata aaya, sewadaron ne bataya"),
        ("CA", "The Sourtoe fine for swallowing the toe is now «int:2000-2500» dollars, the bartender warned us"),
        ("NO", "Bandyklubben fikk «num:20000-90000» kroner i sponsorpenger i år"),
    ],
    "isbn": [
        ("US", "Book on noodling the Washita the marshal recommended, ISBN «isbn13»"),
        ("GB", "Mud race history the club sells at the tea hut, the back cover says ISBN «isbn13»"),
        ("DE", "Oma hat in der Further Stadtbücherei den Bildband zum ältesten Volksschauspiel Deutschlands vorbestellt, auf dem "
               "Abholzettel steht ISBN «isbn13»"),
        ("IN", "Gatka shastra vidya ki kitaab jo coach ne batayi, ISBN «isbn13»"),
        ("JP", "相馬の郷土史家が野馬追の千年をまとめた本、市立図書館で予約した控えに ISBN «isbn13»"),
        ("CA", "Dawson City gold rush guide on the hotel shelf, an old ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Fruita festival merch store: your chicken t-shirt order #«n:7» has shipped"),
        ("JP", "弓具店 ご注文番号 «n:8»"),
        ("GB", "Mud race wellies from the outdoor shop, order «an:3»-«n:6»"),
        ("DE", "Bestellung «n:9» für Ritterhelme aus Pappe, Lieferung vor dem Drachenstich"),
        ("IN", "Hola Mohalla ke liye tent ka order «an:4»«n:5» confirm ho gaya"),
        ("BR", "A loja de aviamentos do Saara avisou que as plumas e paetês do nosso bloco, pedido nº «n:10», já estão com o "
               "motoboy"),
    ],
    "flight": [
        ("CA", "Air North flight «int:500-599» to Dawson leaves Whitehorse at «hh:7-18»:«two», the toe crowd is on it"),
        ("JP", "相馬まで見に来る叔母は、伊丹から福島空港へ向かう JAL«int:100-999»便に乗るそうです、到着ロビーで待ち合わせ"),
        ("NO", "Bandylaget flyr med fly «int:100-999» fra Gardermoen kl. «hh:6-20»:«two»"),
        ("US", "Noodling champion flying home to Tulsa on AA «int:1000-2999», he texted from the gate"),
        ("GB", "Maldon mud race winner's flight back to Dublin: EI «int:150-199»"),
        ("DE", "Die Gastreiter aus dem Vinschgau landen mit dem Flieger LH«int:1800-1999» um «hh:8-21»:«two» am "
               "Franz-Josef-Strauß, wer holt sie mit dem Pferdeanhänger-Bus ab?"),
    ],
    "invoice": [
        ("US", "Fruita festival's sound guy sent invoice «n:6» for the chicken dance stage"),
        ("GB", "The portable toilet firm that serves the mud race sent its bill INV-«year»-«n:5» to the club secretary, who says "
               "it's double last year's"),
        ("DE", "Der Hydraulik-Service für den Laufroboter-Drachen hat seine Rechnung «year»/«n:4» an den Verein geschickt, der "
               "Kassier ist blass geworden"),
        ("JP", "野馬追の甲冑を修理した工房から、請求書（番号 «n:7»）が郵送で届いたと父が言っていました"),
        ("IN", "Tent house ka bill number «year»-«n:4», Anandpur"),
        ("FR", "La mairie de Villeurbanne nous envoie enfin la facture F«year»-«n:5» pour les créneaux du gymnase où l'on tire "
               "le kyudo le samedi"),
    ],
    "build": [
        ("US", "Peep leaderboard deploy, build «n:4» passed, the intern says it's live"),
        ("GB", "Chip-timing firmware build «n:5»-«an:6» flashed on the finish mats"),
        ("DE", "Die Steuerung vom Drachen läuft auf Build «n:6», meldet der Techniker"),
        ("CA", "Sourtoe certificate app, TestFlight build «int:40-300» for the bar iPad"),
        ("JP", "弓道場の受付アプリ、テスト版のビルド «n:5» をメンバーに配りました、と開発担当の学生から"),
        ("SG", "Art-car tracker CI: build «n:4» of commit «hex:7» is green"),
    ],
    "room": [
        ("US", "Noodling tournament banquet moved to room «int:100-350» of the Pauls Valley civic center"),
        ("GB", "Mud race prize-giving upstairs in function room «int:1-6» of the Blackwater hotel"),
        ("DE", "Hinweis der Festspielleitung: Rüstungen und Kettenhemden liegen für die Statisten im Klassenzimmer «int:10-40» "
               "der Grundschule am Stadtplatz bereit"),
        ("JP", "連盟の講習会（射法八節の解説）は市民会館の«int:2-5»階、«int:201-510»号室に変更、矢は持参不要とのこと"),
        ("FR", "Le bureau du club de kyudo se réunit jeudi en salle «int:100-120» pour voter l'achat d'arcs en bambou, venez "
               "nombreux"),
        ("CA", "The toe crowd is staying in room «int:10-40» at the Downtown Hotel, knock loud"),
    ],
    "hash": [
        ("US", "Fruita results repo, the intern's commit «hex:40» fixed the 5K splits"),
        ("GB", "The photographer who shot the mud race sent a zip of the finish-line pictures and its SHA-256 «hex:64» so we can "
               "check nothing got mangled"),
        ("DE", "Der Dienstleister schickt die neue Kassensoftware für die Tribüne per Link, zum Vergleich den MD5-Wert «hex:32»"),
        ("JP", "コミット «hex:40» をマージしました"),
        ("CA", "Sourtoe club site backup, md5 «hex:32»"),
        ("IN", "Gatka livestream recording upload ka sha1 «hex:40»"),
    ],
    "uuid": [
        ("US", "Fruita festival volunteer shift id «uuid» in the scheduling app"),
        ("GB", "Mud race results export, race id «uuid»"),
        ("DE", "Ticket-Vorlage für den Drachenstich, Template-ID «uuid»"),
        ("JP", "撮影班リーダーより: 野馬追、三日間の写真、共有フォルダ、識別子は «uuid»、一般公開は、まだ、しないで、顔が写る写真、確認中"),
        ("AU", "Kyudo club's booking request «uuid» is waiting for approval"),
        ("BR", "ID do evento do bloco no app: «uuid»"),
    ],
    "tracking": [
        ("US", "Noodling gloves from the outfitter, UPS tracking «ups»"),
        ("GB", "Medal supplier emailed the race secretary: the mud race medals went Special Delivery, tracking «up:2»«n:9»GB, "
               "signature needed at the clubhouse"),
        ("DE", "Die Kettenhemden aus der Schmiede in Tschechien sind unterwegs, laut Versandbestätigung mit der Sendungsnummer "
               "«n:12», Zustellung an die Festspielhalle"),
        ("CA", "The printer in Whitehorse shipped the next thousand toe certificates by Expedited Parcel, number «n:16», should "
               "reach Dawson before Discovery Day"),
        ("IN", "Patiala ke lohar ne gatka ki dhaalein dak se bheji hain, consignment EE«n:9»IN, Anandpur dak ghar pe pickup"),
        ("AU", "The bamboo arrows from the Kyoto maker cleared customs; the parcel app now shows «up:2»«n:9»AU, out for delivery "
               "to the dojo in Fitzroy"),
    ],
    "product_code": [
        ("US", "Peep boxes for the contest, UPC «d:12» on the case"),
        ("GB", "Mud race energy bars, the barcode on the box reads «ean13»"),
        ("DE", "Bier für den Festzug, EAN «ean13»"),
        ("JP", "弓道用の弦 JANコード «ean13»"),
        ("CA", "The Downtown Hotel's bar stocks the Yukon Jack for the toe at code «ean13»"),
        ("FR", "Référence du gant de kyudo «an:4»-«n:5»"),
    ],
    "password_words": [
        ("US", "Fruita festival wifi note: the password changes every «int:2-7» days, ask at the info tent"),
        ("GB", "Mud race club rule: results laptop password needs at least «int:10-16» characters, no pet names"),
        ("DE", "Der Verein verlangt ein neues Passwort nach «int:60-120» Tagen, schreibt der Kassenwart"),
        ("CA", "Sourtoe club reminder: never write the printer password on a certificate, even after «int:2-5» drinks"),
        ("IN", "Gatka stream ka password «int:8-12» characters ka hona chahiye, «int:1-3» number bhi"),
        ("AU", "Kyudo club's password policy email dated «dd»/«mm»/«year»: use a passphrase, not your bow's name"),
        ("JP", "弓道連盟の会員サイトの案内: 新しいパスワードは英数字を混ぜて«int:8-16»文字以上で設定してください、とのこと"),
        ("BR", "No barracão onde o bloco guarda os estandartes, a senha da rede sem fio troca a cada «int:2-9» dias, a chave "
               "fica com o mestre de bateria"),
        ("NZ", "Bandy club: «int:3-7» failed password attempts locks the rink booking for «int:10-30» minutes"),
        ("FR", "Notre archer le plus âgé n'arrive plus à entrer sur l'intranet fédéral, qui réclame désormais «int:10-14» "
               "caractères dont une majuscule pour son mot de passe"),
    ],
    "secret_reference": [
        ("US", "Marshal's handover note: I'm not writing the weigh-in tablet login here, it's in the shared vault under 'Pauls "
               "Valley' entry «int:2-40», ask the director"),
        ("GB", "Mud race keys: see the treasurer's sealed envelope marked «year» in the club safe"),
        ("DE", "Das Kassenpasswort steht im Tresor der Stadtverwaltung, Fach «int:1-30»"),
        ("CA", "Toe certificate printer login is in the hotel's Bitwarden, folder «int:1-9» — ask the manager"),
        ("IN", "Stream key akhara ke locker number «int:1-20» mein rakhi hai"),
        ("NL", "Voor de nieuwe bestuursleden van het klootschietgilde: de inlog van de ledenadministratie ligt verzegeld in de "
               "bankkluis, loket «int:1-12», niet in de mail"),
    ],
    "masked": [
        ("US", "Fruita festival card reader receipt: card ending ****«d:4», approval «d:6»"),
        ("GB", "Online entry confirmation for the Maldon mud race, team Wellies of Fury: fee received, card •••• «d:4», see you "
               "at the sea wall"),
        ("DE", "Auf Papas Kontoauszug taucht die Abbuchung der Tribünenkarten auf, eingezogen von ****«d:4», Betrag stimmt"),
        ("CA", "Downtown Hotel receipt, card XXXX XXXX XXXX «d:4»"),
        ("IN", "UPI payment ₹«num:1000-9000» to account XXXXXXXX«d:4»"),
        ("AU", "Treasurer's note to the Fitzroy kyudo members: the quarterly dojo fee now comes out by direct debit from your "
               "account ending «d:3», say if that's wrong"),
    ],
    "meeting_id": [
        ("US", "Fruita festival volunteer huddle moved online because of the hail, join with meeting number «n:3» «d:4» «d:4», "
               "chicken suit optional"),
        ("GB", "Mud race committee call: meeting ID «n:3» «d:3» «d:3» «d:2»"),
        ("DE", "Die Jahreshauptversammlung der Festspiel-Freunde findet wegen Glatteis online statt, Konferenznummer «n:3» «d:4» "
               "«d:4», Zugangsdaten kommen per Brief"),
        ("CA", "The Sourtoe Cocktail Club's board votes on the new toe by video call, Webex number «n:3» «d:3» «d:4», the Toe "
               "Captain hosts from the bar"),
        ("IN", "Gatka coaches ki Google Meet: «up:3»-«up:4»-«up:3»"),
        ("JP", "野馬追の騎馬会の打ち合わせはオンライン、会議番号 «n:3» «d:4» «d:4» で夜七時から、甲冑の点検表も共有します"),
    ],
    "address": [
        ("US", "Noodling banquet at «int:100-999» E Grant Ave, Pauls Valley, door «int:1-4»"),
        ("GB", "Mud race sign-on at «int:1-60» Promenade Way, Maldon"),
        ("DE", "Umkleide für die Ritter: Stadtplatz «int:1-30», Furth im Wald"),
        ("CA", "The Downtown Hotel is at «int:1000-1100» Second Avenue, Dawson City"),
        ("FR", "Dojo de kyudo au «int:1-90» rue des Archers, Lyon"),
        ("JP", "南相馬市原町区«int:1-9»丁目«int:1-30»番地の駐車場"),
    ],
    "network": [
        ("US", "Fruita festival results server is at «ip», the intern says ping it"),
        ("GB", "Chip mat reader on «ip», MAC «mac»"),
        ("DE", "Kassendrucker im Netz unter «ip»"),
        ("CA", "Certificate printer at the hotel: «ip»"),
        ("IN", "Gatka livestream ke encoder ko router ne naya address diya, ab woh «ip» pe hai, camera wale bhai ko bata dena"),
        ("AU", "Kyudo club's target camera MAC address «mac»"),
    ],
    "health": [
        ("US", "After his third dive under the bank the noodler sat in the EMT's truck; the paramedic wrote "
               "«int:110-150»/«int:70-95» on his glove and let him go back"),
        ("GB", "Mud race medic's note: runner's temperature «int:35-37» degrees after the river"),
        ("DE", "Puls vom Ritterdarsteller nach dem Kampf: «int:90-160»"),
        ("CA", "Toe drinker's blood sugar «int:4-9».«int:0-9» at the Dawson clinic, fine"),
        ("IN", "Gatka player ka BP «int:110-140»/«int:70-90» check kiya medical camp mein"),
        ("JP", "騎馬武者の血圧 «int:110-150»/«int:70-95»"),
    ],
    "ticket": [
        ("US", "Fruita festival help desk ticket #«n:5» about the lost chicken suit"),
        ("GB", "Mud race IT ticket «n:6»: timing mat offline"),
        ("DE", "Der Kassenwart hat beim Hersteller der Tribünenkassen einen Fehler gemeldet, Vorgangsnummer «n:7», der "
               "Bondrucker druckt nur Drachen"),
        ("CA", "Hotel IT ticket «n:5» about the certificate printer"),
        ("IN", "Stream issue ticket «n:6» raised by the camera lead"),
        ("IE", "Road bowling club web ticket «n:4», site down"),
    ],
    "booking": [
        ("US", "Pauls Valley motel booking ref «an:6» for the noodling weekend"),
        ("GB", "Maldon B&B confirmation «an:8» for mud race night"),
        ("DE", "Bestätigung vom Vorverkauf: vier Plätze Nordtribüne, Abendvorstellung des Festspiels, Vorgang «n:8», Abholung an "
               "der Abendkasse"),
        ("CA", "Confirmation from the Downtown Hotel in Dawson: two queens for the Sourtoe night, reference «an:7», check-in "
               "after the toe ceremony is fine"),
        ("FR", "Le gîte rural près du dojo d'Annecy confirme les quatre lits pour le stage de kyudo, code «an:6», arrivée le "
               "vendredi soir"),
        ("JP", "野馬追の宿の予約番号 «an:8»"),
    ],
    "timestamp": [
        ("US", "Fruita 5K chip log: «year»-«mm»-«dd»T«hh»:«two»:«two»Z finish mat A"),
        ("GB", "Column A of the mud race results spreadsheet the timer sent, first finisher out of the Blackwater: "
               "«year»-«mm»-«dd» «int:10-14»:«two»:«two»"),
        ("DE", "Kassenjournal «dd».«mm».«year» «hh»:«two»:«two»"),
        ("CA", "Sourtoe certificate printed «year»-«mm»-«dd» «hh»:«two»"),
        ("IN", "Stream started «dd»-«mm»-«year» «hh»:«two»"),
        ("JP", "甲冑競馬の計測係のメモ、一着の騎馬の通過時刻 «year»/«mm»/«dd» «hh»:«two»、写真判定なし"),
    ],
    "score": [
        ("US", "Okie Noodling leaderboard: biggest flathead «int:40-80» lb, runner-up «int:30-60» lb"),
        ("GB", "Mud race team score «int:100-900» points after the tug-of-war"),
        ("DE", "Der Drachen gewann gegen den Ritter «int:1-3»:«int:0-3» — nein, war nur Spaß"),
        ("CA", "Curling-style toe toss at the bar ended «int:1-9» to «int:1-9»"),
        ("NZ", "Bandy final: Christchurch «int:1-9», Dunedin «int:1-9»"),
        ("AU", "Kyudo competition: «int:8-20» hits out of «int:20-24» arrows"),
    ],
    "stock": [
        ("US", "Chicken feed futures at $«num:1000-3000».«two» a ton, the farmer grumbled"),
        ("GB", "The race sponsor's finance director joked on the PA that the FTSE 100 finished at «num:7000-8600» while he was "
               "knee-deep in Blackwater mud"),
        ("DE", "DAX bei «num:15000-21000» Punkten, Kassenwart schaut trotzdem nur auf die Tribüne"),
        ("JP", "日経平均 «num:30000-42000» 円で取引終了"),
        ("IN", "Papa ne langar mein bartan dhote hue radio pe suna ki Sensex aaj «num:60000-85000» pe ruka, phir gatka dekhne "
               "chale gaye"),
        ("CA", "TSX at «num:19000-25000» as the toe crowd checked their phones"),
    ],
    "weather": [
        ("US", "Festival director's morning text: Fruita looks like «int:70-100»°F by the 5K start with gusts near «int:5-25» "
               "mph off the Monument, tie down the tents"),
        ("GB", "Maldon: «int:5-20»°C, overcast, the mud will be cold"),
        ("DE", "Furth im Wald: «int:10-30» Grad am Drachenstich-Sonntag"),
        ("CA", "The Toe Captain posted the bar's thermometer: Dawson sitting at minus «int:5-40»°C, «int:5-40» km/h off the "
               "Yukon, toe still served"),
        ("IN", "Anandpur Sahib ke maidan mein dopahar ko «int:20-38»°C, hawa mein nami «int:30-90»%, gatka wale paani zyada "
               "peeyein"),
        ("AU", "Alice Springs: «int:20-45»°C, kyudo practice moved indoors"),
    ],
    "short_code": [
        ("US", "Text to a 5K runner signing in to the Fruita results app: «n:6» finishes logging in, it won't be asked again on "
               "this phone"),
        ("GB", "Maldon mud race sign-up page sent a six-digit check number «n:6» to confirm the team, good for «int:5-15» "
               "minutes only"),
        ("DE", "SMS vom Vorverkaufsportal der Festspiele Furth: mit «n:6» die Reservierung der Tribünenplätze abschließen"),
        ("CA", "The Downtown Hotel's guest internet voucher taped to the bar: enter «n:4» at the splash page, valid through the "
               "Sourtoe night"),
        ("IN", "Akhara ke YouTube channel mein login karte waqt coach ke phone pe «n:6» aaya, woh sirf dus minute chalta hai"),
        ("AU", "Fitzroy kyudojo's keypad for the Sunday guest session: press «n:1»-«d:2»-«d:2», then push the sliding door hard"),
    ],
    "public_key": [
        ("US", "Fruita results server ssh key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» intern@laptop"),
        ("GB", "Mud race club's Signal safety number image shows key «b64:44»"),
        ("DE", "Öffentlicher Schlüssel der Kasse: «b64:44»"),
        ("CA", "Sourtoe club's donation address: bc1q«bech:38»"),
        ("IN", "The gatka akhara's website says to check their donation receipts against the treasurer's OpenPGP key, "
               "fingerprint «HEX:40», also on the notice board"),
        ("JP", "公開鍵 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
    ],
    "placeholder": [
        ("US", "Fruita festival docs say set API_KEY=your-key-here in step «int:2-9»"),
        ("GB", "Mud race template: password = CHANGE_ME_«int:1-9»"),
        ("DE", "In der Anleitung steht token=<DEIN_TOKEN> in Zeile «int:10-40»"),
        ("CA", "Sample config for the printer: secret = xxxxxxxx, line «int:5-30»"),
        ("IN", "Config example mein key=<YOUR_KEY_«int:1-9»> likha hai"),
        ("AU", "Kyudo club site README: replace sk-REPLACE-ME in step «int:2-6»"),
    ],
    "postal": [
        ("US", "Pauls Valley ZIP «n:5» on the noodling entry form"),
        ("GB", "Maldon postcode CM9 «int:4-7»XX for the mud race sat-nav"),
        ("DE", "Postleitzahl «n:5» für Furth im Wald"),
        ("CA", "Dawson City PO box «int:100-999», postal code Y0B «pick:1G0/1K0/1B0»"),
        ("IN", "Chachi ne poocha ki Hola Mohalla ka prasad dak se bhejna ho to Anandpur Sahib ka dak PIN «n:6» likhna, Rupnagar "
               "zila"),
        ("JP", "野馬追の観覧券の郵送先は 〒«n:3»-«d:4» 南相馬市の実行委員会事務局あて"),
    ],
    "quantity": [
        ("US", "Peep-eating contest supplies: «int:20-60» boxes, «int:4-12» tables, «int:2-6» judges"),
        ("GB", "Mud race needs «int:200-500» bananas and «int:20-60» foil blankets"),
        ("DE", "Für den Festzug werden «int:100-300» Fackeln gebraucht"),
        ("CA", "The bar ordered «int:2-9» cases of rye and «int:1-5» new toes"),
        ("NZ", "Bandy club ordered «int:20-60» new balls"),
        ("FR", "Le club de kyudo a commandé «int:50-200» flèches"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group (this set's unless given) drawn twice, each line new and harmless (dev19's)."""
    return _dev19.lookalikes(r, groups or GROUPS)
