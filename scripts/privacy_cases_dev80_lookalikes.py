"""Look-alikes of the dev80 privacy set (``privacy_cases_dev80.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather,
short codes, public keys, placeholders, postcodes and quantities), in 34 groups of six templates (ten
for the password rules) from 15 regions, written for this set's people and situations (frog jubilees,
varpa pitches, canoe portages, camel races, marbles rings, akharas, ice canoes, jukskei and ice stock
lanes). Each template's ``«kind»`` fields are drawn by dev19's ``lookalikes`` (privacy_lookalike_fields).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Frog jockeys for the Saturday heats line up behind the jump pad at «hour»:«two» sharp, wet towels in hand."),
        ("IE", "Goat-crowning procession at Puck Fair leaves the square at «int:17-19»:«two», so park out the Killorglin road."),
        ("GB", "Marbles semi-finals restart at «int:13-16»:«two» once the ring has been re-sanded after the shower."),
        ("JP", "火祭りの点火は«int:19-21»時«two»分ごろの予定です、寒いので厚着で来てください。"),
        ("NZ", "Shearing shed smoko is at «hour»:«two», then the second run of ewes goes through the boards."),
        ("IN", "Rope mallakhamb warm-up starts at «int:5-7»:«two» in the morning, before the akhara floor gets hot."),
    ],
    "date": [
        ("US", "Angels Camp frog jubilee weekend this year runs from «mon» «day», «year», and the fair gates open at ten."),
        ("DE", "Der Umritt mit Pferdesegnung findet am «dd».«mm».«year» statt, Aufstellung an der Kirche."),
        ("GB", "Championship entries close on «dd»/«mm»/«year», and no late tolleys will be accepted at the ring."),
        ("JP", "道祖神祭りは«year»年1月«int:13-15»日に行われ、社殿は«day»日前から組み始めます。"),
        ("CA", "The ice canoe race to Lévis is set for «mon» «day», «year», weather and river ice permitting."),
        ("FR", "La finale du trophée des raseteurs aura lieu le «dd»/«mm»/«year» aux arènes, billets au club."),
    ],
    "duration": [
        ("US", "Our best frog cleared three hops in a span of about «int:2-5» seconds, which the judges called a "
               "record for the heat."),
        ("GB", "The longest marbles game of the day lasted «int:1-2» hours «two» minutes before anyone knuckled down properly."),
        ("NO", "Turen over fjellet med båtforeningen tar omtrent «int:3-7» timer hvis været holder."),
        ("IN", "Each mallakhamb routine on the pole must last no more than «int:60-90» seconds under the new federation rules."),
        ("AU", "The camel race around the track took just «int:40-80» seconds, but catching Sultana afterwards took "
               "half an hour."),
        ("FI", "Saunan lämpeneminen kestää noin «int:40-60» minuuttia, joten kannattaa sytyttää ajoissa."),
    ],
    "version": [
        ("US", "Scoring app for the frog jubilee updated to v«int:2-5».«int:0-9».«int:0-20» overnight, and the "
               "leaderboard font changed again."),
        ("DE", "Seit gestern Abend läuft auf dem Vereinslaptop die Eisstockliga-Tabelle in Fassung "
               "«int:3-6».«int:0-9».«int:0-12»; alte Exportdateien bitte wegwerfen."),
        ("JP", "火祭りアプリを«int:1-3».«int:0-9».«int:0-9»に更新しました。"),
        ("GB", "The ring camera firmware reads «int:1-4».«int:0-9».«int:0-30» after last night's update, and the "
               "zoom finally works again."),
        ("CA", "Crew seven's watches now run «int:10-20».«int:0-40», so the track log stopped wandering across the ice."),
        ("BR", "Ontem à noite o app da Cavalhada pulou para a versão «int:2-9».«int:0-9».«int:0-9» e agora mostra os "
               "cavaleiros mascarados."),
    ],
    "coordinates": [
        ("GB", "Tinsley Green's marbles ring is roughly at «lat:51.1..51.2», «lon:-0.2..-0.1» if the satnav sends you wrong."),
        ("NO", "Båtforeningens naust, der vi lagrer færingene om vinteren, finner du ved «lat:60..62», «lon:5..7» i "
               "kartappen."),
        ("CA", "Crew seven's launch point on the river ice was logged at «lat:46.7..46.9», «lon:-71.3..-71.1» this morning."),
        ("US", "The jump pad at the county fairgrounds sits near «lat:38.0..38.1», «lon:-120.6..-120.5» on the old map."),
        ("JP", "野沢の会場はおよそ«lat:36.9..37.0»、«lon:138.4..138.5»です。"),
        ("AU", "Blatherskite Park's camel yards are at about latitude «lat:-23.8..-23.7»"
               ", longitude «lon:133.8..133.9» on the showgrounds plan."),
    ],
    "amount": [
        ("US", "Frog rental at the jubilee gate went up to $«int:5-9» a frog, and the jockey entry is now "
               "$«num:1000-1500» for teams."),
        ("GB", "The club spent £«num:1000-3000» on new tolleys and another £«int:40-90» on chalk this season."),
        ("JP", "火祭りの寄付金は合計«num:100000-900000»円になりました。"),
        ("IN", "Akhara ke naye poles aur ropes par kul ₹«num:10000-90000» kharch hue, receipt file mein hai."),
        ("CA", "Crew jackets came to about $«int:150-400» each with the embroidered carnival crest."),
        ("NO", "Båtforeningens kontingent er økt til «num:1000-3000» kroner i år."),
    ],
    "isbn": [
        ("US", "The history of Calaveras County frog jumping I keep citing is in the library under ISBN «isbn13»"),
        ("GB", "For the marbles rules and their Sussex history, the little green book from the club shop is ISBN «isbn13»"),
        ("DE", "Unser Bahnrichter schwört auf das dicke Regelwerk des Eisstockverbands, das im Vereinsheim neben den "
               "Pokalen steht, ISBN «isbn13»"),
        ("IN", "Mallakhamb training manual the coach recommended: ISBN «isbn13»"),
        ("JP", "道祖神の歴史についての本はISBN «isbn13»"),
        ("CA", "The old paperback on St. Lawrence ice canoeing, long out of print, is ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Your order of frog-jockey T-shirts (#«n:8») ships from the print shop in Sonora next Tuesday."),
        ("JP", "火祭りの法被の注文番号は«n:9»です。"),
        ("GB", "Tolley order «an:3»-«n:6» from the glassworks is packed and waiting for collection."),
        ("DE", "Die neuen Laufsohlen für die Jugendstöcke sind beim Versandhändler unter Auftragsnummer «n:7» "
               "bestellt und kommen hoffentlich vor dem Frost."),
        ("IN", "Akhara ke naye gadde courier se aa rahe hain, order «an:2»«n:8», kal dopahar tak delivery ka wada hai."),
        ("BR", "Pedido nº «n:8» das fitas coloridas para as lanças já saiu da loja."),
    ],
    "flight": [
        ("CA", "Aunt Laurette's flight in for the carnival is AC «int:100-999», landing at «hh:13-22»:«two» at Jean Lesage."),
        ("JP", "長野行きの新幹線ではなくJL«int:100-999»便で行きます。"),
        ("NO", "Onkel tar SK«int:200-999» til Bergen med avgang «hh:6-21»:«two» og vil hentes på Flesland av noen "
               "fra båtlaget."),
        ("US", "The judges fly in to Sacramento on UA «int:100-2999» the night before the heats."),
        ("GB", "The Dutch marbles team arrive at Gatwick on KL «int:1000-1999» on the Friday."),
        ("DE", "Der Flug nach München ist LH «int:1000-2999», Abflug «hh:6-21»:«two», bitte pünktlich am Gate sein."),
    ],
    "invoice": [
        ("US", "Invoice «n:6» from the fairgrounds for the jump pad resurfacing is due in thirty days, "
               "net, no discount."),
        ("GB", "Club invoice MC-«year»-«n:4» covers the ring hire and the marquee."),
        ("DE", "Der Gasthof hat uns die Eisbahnpflege für den ganzen Winter als RE-«year»-«n:5» gestellt, zahlbar "
               "nach dem Dreikönigsturnier."),
        ("JP", "請求書番号«n:8»の支払期限は月末です。"),
        ("IN", "Invoice INV/«year»/«n:5» for the akhara's new ropes has been approved by the treasurer."),
        ("FR", "La facture FA-«year»-«n:5» du sellier pour les tenues des raseteurs "
               "est arrivée hier."),
    ],
    "build": [
        ("US", "Leaderboard build «n:4» failed on the fairground Pi because the SD card filled up again."),
        ("GB", "Livestream overlay build «n:3»-«an:6» went out to the ring laptop before the final."),
        ("DE", "Build «n:5» der Liga-App ist fertig und liegt auf dem Server."),
        ("CA", "Boathouse dashboard build number «int:300-900» is the one that finally shows river temperature."),
        ("JP", "ビルド«n:4»を配布しました。"),
        ("SG", "Results microsite build «n:4» (commit «hex:7») deployed to the staging bucket."),
    ],
    "room": [
        ("US", "The frog jockeys' briefing is in room «int:100-130» of the fairground exhibit hall, "
               "past the quilts."),
        ("GB", "Ring stewards gather upstairs in pavilion room «int:1-12» to draw the group-stage pairings."),
        ("DE", "Die Versammlung der Eisstockschützen ist im Saal «int:1-5» des Gasthofs, "
               "gleich neben der Kegelbahn."),
        ("JP", "実行委員会の会議は公民館の«int:1-3»階«int:1-9»号室で行います。"),
        ("FR", "Les raseteurs et leurs tourneurs se retrouvent salle «int:1-20» de la mairie de Lunel pour tirer au "
               "sort les taureaux."),
        ("CA", "Crew seven's pre-race meeting moved to room «int:200-250» of the hotel, "
               "by the elevators."),
    ],
    "hash": [
        ("US", "The leaderboard release tarball checks out, "
               "sha256 «hex:64»"),
        ("GB", "Commit «hex:40» fixed the ring-camera stutter; "
               "merge it before Saturday."),
        ("DE", "MD5 der Tabellen-Datei: «hex:32», "
               "stimmt mit dem Original überein."),
        ("JP", "ハッシュ値は«hex:40»です。"),
        ("CA", "Before flashing the crew watches, compare the downloaded image against SHA-1 «hex:40»"),
        ("IN", "Akhara video backup ka checksum «hex:64» match ho gaya."),
    ],
    "uuid": [
        ("US", "Frog jubilee scoring device «uuid» is the one in the judges' booth, not the spare."),
        ("GB", "Livestream session id for the final, in case the producer needs to pull the recording: "
               "«uuid»"),
        ("DE", "Die Geräte-ID der Anzeigetafel an Bahn drei lautet "
               "«uuid»"),
        ("JP", "端末IDは«uuid»です。"),
        ("AU", "Gate tablet «uuid» at Blatherskite Park keeps dropping off the Wi-Fi."),
        ("BR", "O tablet da comissão da Cavalhada aparece no painel com o identificador «uuid»"),
    ],
    "tracking": [
        ("US", "The frog food from the Sonora feed store ships UPS, tracking «ups»"),
        ("GB", "Royal Mail says the parcel of tolleys «up:2»«n:9»GB needs a signature, so someone stay by the "
               "pavilion door."),
        ("DE", "Die neuen Stöcke sind mit DHL unterwegs, Paketnummer «n:12», Zustellung hoffentlich Freitag."),
        ("CA", "Crew jackets left the embroidery shop in Lévis; Postes Canada number «n:16»"),
        ("IN", "India Post consignment number for the ropes is EM«n:9»IN, should arrive by Friday at the akhara."),
        ("AU", "Saddle cloths for the camels are with Aussie Post under «up:2»«n:9»AU and should reach Alice before "
               "race day."),
    ],
    "product_code": [
        ("US", "The frog misting bottle we like is item number "
               "«d:12» on the farm store's shelf tag."),
        ("GB", "EAN printed on the glassworks' tolley tin «ean13»"),
        ("DE", "EAN der Ersatz-Laufsohle aus dem Katalog: «ean13»"),
        ("JP", "手袋の箱に印刷されたJANコードは «ean13»"),
        ("CA", "EAN on the box of hand warmers we hand out at the shore: «ean13»"),
        ("FR", "Référence catalogue de la cocarde d'entraînement : «an:3»-«n:5»"),
    ],
    "password_words": [
        ("US", "The jubilee volunteer portal says a password needs at least 12 characters, "
               "and it makes you change it every «int:60-120» days."),
        ("GB", "Under the marbles club's new rules, any login has to be «int:10-14» characters or longer and mustn't "
               "contain a team nickname."),
        ("DE", "Im Ligaportal gilt ab sofort: Kennwörter mit zwölf oder mehr Stellen, Wechsel alle «int:90-180» "
               "Tage, sonst sperrt die Software den Zugang."),
        ("CA", "Règle du carnaval pour le portail des équipages de canot : une clé d'accès d'au moins «int:10-16» "
               "signes, avec majuscule et chiffre."),
        ("IN", "Federation portal password policy: minimum «int:8-12» characters, at least «int:1-2» special character."),
        ("AU", "Gate tablet reminder: your password expires on «dd»/«mm»/«year», pick a new one at the office."),
        ("JP", "大会システムのログイン用パスワードは«int:8-12»文字以上で、英数字を混ぜてください。"),
        ("BR", "A senha do portal da comissão precisa ter pelo menos «int:8-12» caracteres, "
               "sem o nome da festa."),
        ("NZ", "Shed Wi-Fi password rotates every «int:30-90» days and needs «int:10-14» characters."),
        ("FR", "Le mot de passe du portail des raseteurs expire tous les "
               "«int:60-120» jours, pensez à le changer."),
    ],
    "secret_reference": [
        ("US", "Nobody paste the Jubilee's payment key into Slack; the treasurer keeps it in her vault as item "
               "«int:10-99»."),
        ("GB", "The livestream key isn't in this thread on purpose: it's in the club's Bitwarden collection for «year»."),
        ("DE", "Den Schlüssel für die Tabellen-Schnittstelle hat nur der Kassier, abgelegt im KeePass unter Nummer "
               "«int:1-60»."),
        ("CA", "The boathouse dashboard token was rotated and is stored in vault slot «int:1-40», "
               "don't paste it anywhere."),
        ("IN", "Video archive wali chaabi chat mein mat daalna, woh 1Password ke akhara vault mein item «int:1-80» "
               "par rakhi hai."),
        ("NL", "De penningmeester bewaart de sleutel voor de uitslagenkoppeling in Bitwarden, kluisregel «int:1-50», "
               "dus vraag het haar."),
    ],
    "masked": [
        ("US", "The fair's reader shows only the last four, «d:4», for the frog rental, and the spare card with "
               "«d:4» on the slip bounced."),
        ("GB", "The chalk and sand order went on the club debit card, the one with last four «d:4», which the "
               "treasurer keeps in the cash tin."),
        ("DE", "Die Startgebühr fürs Nachtturnier wurde über das Vereinskärtchen mit den letzten Ziffern «d:4» "
               "eingezogen, die Bestätigung kam per SMS."),
        ("CA", "Account ending in «d:4» will be used for the crew dues, "
               "per the treasurer."),
        ("IN", "Akhara ki fees ke liye ₹«num:1000-9000» kat gaye, bank ke SMS mein sirf aakhri chaar ank «d:4» "
               "dikhte hain."),
        ("AU", "Payment from the card ending «d:4» went through, "
               "cheers."),
    ],
    "meeting_id": [
        ("US", "Jubilee volunteers dial into Thursday's planning Zoom with ID «n:3» «d:4» «d:4»; the code to get in "
               "is pinned in our group chat."),
        ("GB", "Committee call, meeting ID «n:3» «d:3» «d:4», passcode «d:6», dial in from the pavilion if the "
               "Wi-Fi's bad."),
        ("DE", "Teams-Besprechung der Liga: ID «n:3» «d:3» «d:3», Kennung kommt per Mail."),
        ("CA", "Crew call on Zoom, meeting ID «n:3» «d:4» «d:4», starts after the ice report."),
        ("IN", "Google Meet code for the coaches: «up:3»-«up:4»-«up:3», 7 pm sharp."),
        ("JP", "オンライン会議のID：«n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "Jubilee hospitality tent is at «int:100-999» Frogtown Road, "
               "gate «int:2-6», next to the livestock barn."),
        ("GB", "The marbles ring is behind the pub at «int:1-60» Tinsley Lane."),
        ("DE", "Vereinsheim der Eisstockschützen: Weiherweg «int:1-40»"),
        ("CA", "Crew seven's boathouse is at «int:100-999» rue Saint-Laurent."),
        ("FR", "Le club taurin est au «int:1-60» rue des Arènes."),
        ("JP", "会場は野沢温泉村«int:1-9»区«int:1-40»番地です。"),
    ],
    "network": [
        ("US", "The jump-pad camera is at «ip» on the fairground network; "
               "ping it if the feed freezes."),
        ("GB", "Ring camera static IP «ip», MAC «mac»; "
               "reserved on the pavilion router."),
        ("DE", "Das Anzeigebrett an Bahn drei hängt fest im Vereinsnetz unter «ip», die Einstellung bitte auf keinen "
               "Fall umstellen."),
        ("CA", "Boathouse dashboard runs on «ip», "
               "port 8080."),
        ("IN", "Akhara ka NAS «ip» par hai."),
        ("AU", "Gate tablet's MAC address, for the whitelist on the showgrounds router: "
               "«mac»"),
    ],
    "health": [
        ("US", "After the heats Grandpa's blood pressure was «int:110-140»/«int:70-90», "
               "so the fair nurse let him stay."),
        ("GB", "My resting heart rate before the final was «int:55-75», "
               "not bad for seventy."),
        ("DE", "Beim Pfingstritt hatte das Pferd des Vorreiters eine Körpertemperatur von knapp «int:37-38» Grad, "
               "der Tierarzt war zufrieden."),
        ("CA", "Paddler's core temperature after the crossing: "
               "«int:35-37».«int:0-9» °C, warmed up in the tent."),
        ("IN", "Coach ka sugar level «int:90-140» mg/dL aur BP «int:110-140» aaya subah."),
        ("JP", "血圧は«int:110-140»/«int:70-90»でした。"),
    ],
    "ticket": [
        ("US", "The scoring-laptop vendor still hasn't answered case «n:6» about the frozen leaderboard."),
        ("GB", "Helpdesk ticket «n:5» for the ring camera is closed."),
        ("DE", "Fehlermeldung «n:6» zur Liga-App liegt beim Programmierer, der meldet sich nach dem Turnier."),
        ("CA", "Bib number mix-up logged with the carnival help desk as case «n:6», crew seven's bibs still missing."),
        ("IN", "Federation portal issue ticket «n:7», "
               "still pending."),
        ("IE", "Puck Fair volunteer query ref «n:6»."),
    ],
    "booking": [
        ("US", "Motel booking «an:6» near the fairgrounds, two nights."),
        ("GB", "The minibus firm gave us reference «an:6» for collecting the Dutch team at Three Bridges on Good "
               "Friday morning."),
        ("DE", "Buchungsnummer «n:8» für das Gasthaus beim Pfingstritt, "
               "Doppelzimmer."),
        ("CA", "Aunt Laurette's room at the Château for Carnaval weekend is confirmed under code «an:8», breakfast "
               "included."),
        ("FR", "Le gîte près des arènes de Lunel a confirmé notre réservation «an:6» pour le week-end de la finale "
               "des raseteurs."),
        ("JP", "旅館の予約番号«an:8»です。"),
    ],
    "timestamp": [
        ("US", "Leaderboard last synced «year»-«mm»-«dd»T«hh»:«two»:«two»Z from the judges' booth."),
        ("GB", "Camera log: «year»-«mm»-«dd» «int:10-17»:«two»:«two» ring feed restarted."),
        ("DE", "Zuletzt gespeichert hat jemand die Eisstock-Tabelle am «dd».«mm».«year», «hh»:«two»:«two», direkt "
               "nach dem Abendtraining auf Bahn zwei."),
        ("CA", "Crew GPS track started «year»-«mm»-«dd» «hh»:«two» on the south shore, "
               "ended near the Lévis wharf."),
        ("IN", "Rope routine ka video «dd»-«mm»-«year» ko «hh»:«two» baje upload hua, IST mein."),
        ("JP", "実行委員会の名簿ファイルを最後に保存した日時：«year»/«mm»/«dd» «hh»:«two»（担当・平松）"),
    ],
    "score": [
        ("US", "Final frog leap tally: «int:15-21» feet «int:0-11» inches, a jubilee best."),
        ("GB", "Our team won the final «int:30-49» points to the Germans' eleven."),
        ("DE", "Die Moarschaft verlor knapp mit «int:10-20»:«int:10-20» gegen den Nachbarverein."),
        ("CA", "Crew seven crossed in «int:20-40» minutes «int:1-59» seconds, fourth of twelve canoes."),
        ("NZ", "The shearing final finished in «int:15-25» minutes «int:1-59» seconds for the winning shearer."),
        ("AU", "Sultana ran «int:2-9»th out of «int:8-12» camels, and we still celebrated."),
    ],
    "stock": [
        ("US", "Feed company shares closed at $«num:10-90».«two» today, up a little."),
        ("GB", "Our sponsor's shares are at «num:100-900»p this morning, per the treasurer."),
        ("DE", "Der Hersteller unserer Eisstöcke notiert an der Börse gerade bei «num:20-300» Euro je Aktie."),
        ("JP", "株価は«num:1000-9000»円です。"),
        ("IN", "Sponsor company ka share aaj ₹«num:100-3000» par band hua."),
        ("CA", "The Quebec paddle maker that sponsors us trades around $«num:10-90» a share on the Venture exchange."),
    ],
    "weather": [
        ("US", "Heat index at the fairgrounds hit «int:95-110»°F by «int:1-4» pm, frogs kept in shade."),
        ("GB", "Forecast for the final: «int:8-18»°C and a chance of showers at the ring."),
        ("DE", "Am Weiher hat es heute früh minus «int:3-15» Grad, das Eis hält."),
        ("CA", "Ice bulletin before the crossing: minus «int:10-25»°C, gusts of «int:10-40» km/h off the river, "
               "bring face masks."),
        ("IN", "Ujjain mein aaj «int:30-44»°C aur humidity «int:20-70»%, practice shaam ko."),
        ("AU", "It was «int:30-42» degrees at Blatherskite Park by the third race, "
               "so the camels got extra water."),
    ],
    "short_code": [
        ("US", "Text FROG to «n:5» for heat results on your phone; "
               "standard rates apply."),
        ("GB", "Marbles club portal sign-in: enter «n:6» within «int:5-15» minutes or request another."),
        ("DE", "Ihr Bestätigungscode lautet «n:6», gültig zehn Minuten."),
        ("CA", "The carnival volunteer app just texted me «n:6» to finish signing up for the crossing."),
        ("IN", "Federation ki website ne OTP «n:6» bheja hai, yeh kisi bhi anjaan caller ko mat dena."),
        ("AU", "SMS the word GATE to «n:4»«d:2» «d:2» to lock in your Sunday shift at the camel yards."),
    ],
    "public_key": [
        ("US", "Add the leaderboard Pi to the WireGuard peer list; its public key is «b64:43»= and the endpoint "
               "stays on the fairground router."),
        ("GB", "Minisign public key for checking the ring-scores releases, fine to post anywhere: RWQ«b64:53»"),
        ("DE", "Öffentlicher WireGuard-Schlüssel der Anzeigetafel an Bahn drei, darf jeder sehen: «b64:43»="),
        ("CA", "Anyone wanting to chip in for crew seven's new canoe can send sats to bc1q«bech:38», it's on the "
               "boathouse poster too."),
        ("IN", "Video archive server ka GPG public key fingerprint, verify karne ke liye: "
               "«HEX:40»"),
        ("JP", "配信用パソコンのWireGuard公開鍵は«b64:43»=です。"),
    ],
    "placeholder": [
        ("US", "In the scoring config, set API_KEY=your-key-here and PORT=«int:3000-9000» before the heats."),
        ("GB", "Replace <YOUR_STREAM_KEY> with the real one; "
               "the port is «int:1000-9999»."),
        ("DE", "In der Vorlage steht password=CHANGEME und port=«int:3000-9000», "
               "bitte selbst ausfüllen."),
        ("CA", "Template: TOKEN=xxxxxxxx, TIMEOUT=«int:10-90», "
               "fill in your own before running."),
        ("IN", "Config mein SECRET=<fill-me> aur WORKERS=«int:2-8» rakhna hai."),
        ("AU", "Set TIMEOUT=«int:10-60» and leave PASSWORD=*** as is."),
    ],
    "postal": [
        ("US", "Ship the frog food to the fairgrounds office, CA «n:5», "
               "attention the jubilee desk."),
        ("GB", "The ring is in Crawley, postcode RH10 «int:1-9»XX area."),
        ("DE", "PLZ des Vereinsheims: «n:5»"),
        ("CA", "Send the crew's spare paddles to the boathouse in Lévis, G6V «int:1-9»«pick:A2/H4/B7/K1/C5», and ask "
               "for crew seven at the door."),
        ("IN", "Akhara ka address Ujjain, Madhya Pradesh, "
               "PIN code «n:6»"),
        ("JP", "〒«n:3»-«d:4» 長野県"),
    ],
    "quantity": [
        ("US", "We need «int:20-40» frogs, «int:3-6» coolers and «int:50-90» wet towels for the weekend."),
        ("GB", "Order «int:200-500» tolleys and «int:10-30» boxes of chalk for the season."),
        ("DE", "Wir brauchen noch «int:8-16» neue Eisstöcke für die Jugend."),
        ("CA", "Pack «int:10-20» hand warmers and «int:2-6» thermoses per canoe."),
        ("NZ", "Shed tally today: «int:200-400» ewes shorn."),
        ("FR", "Il faut commander «int:20-40» cocardes neuves pour la saison, en commande groupée avec le club de "
               "Lunel."),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """The set's look-alikes: every template drawn twice (dev19's lookalikes)."""
    return _dev19.lookalikes(r, groups or GROUPS)
