"""Look-alikes for the dev50 privacy set (``privacy_cases_dev50.py``): lines a personal agent
meets all day that carry digits, codes, keys or the word password but no personal value, in 34
groups (times, dates, durations, prices, orders, parcels, flights, versions, builds, commit hashes,
meeting ids, rooms, invoices, tickets, bookings ... and, less often, coordinates, ISBNs, health
readings, public keys and their fingerprints, masked numbers, short codes, postal codes called PIN
codes, placeholders copied from docs and references to where a secret is kept), each a message
from someone in a situation of their own (a pysanky circle's Easter workshops, a shinty club's cup
run, a hearing-aid fitting, a burst pipe in a rented flat, a night bakery), written as templates
with typed fields drawn by dev19's look-alike generator (``«n:4»`` four digits, ``«hex:40»`` forty
hex digits ...), six templates a group, each drawn twice.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "The egg-dye baths need to be hot by «hour»:«two», so whoever has the church key please unlock the basement early"),
        ("GB", "Throw-up's at «hh:13-15»:«two» on Saturday, bus leaves the square an hour and a half before, bring your own piece"),
        ("UA", "Майстер-клас з писанок починається о «hh:10-12»:«two», віск і барвники даємо, яйця приносьте свої"),
        ("KR", "반죽 발효 끝나는 시간이 새벽 «int:2-4»시 «two»분이라 알람 맞춰 놨어요, 빵집 문은 여섯 시에 열어요"),
        ("MX", "El camión de la basura ya pasa a las «hh:6-8»:«two», si no sacas las bolsas antes se quedan toda la semana"),
        ("NG", "Generator goes off at «hh:22-23»:«two» sharp tonight, landlord says diesel is finished till Monday"),
    ],
    "date": [
        ("CA", "Ukrainian Easter bazaar is on «mon» «day» this year, pysanky table goes by the stage, not the door"),
        ("GB", "Cup semi moved to «dd»/«mm»/«year» because the pitch at the far end is still under water"),
        ("DE", "Der Hörgeräte-Termin ist am «dd».«mm».«year», bitte das alte Gerät und die Batterien mitbringen"),
        ("IN", "Bua ki godh bharai ki rasam «day» tareekh ko hai, halwai ko advance de diya hai"),
        ("JP", "引っ越しの見積もりは«int:1-12»月«day»日の午前中に来てもらうことになりました"),
        ("BR", "A vistoria do apartamento ficou pra «dd»/«mm», o vazamento do banheiro tem que estar resolvido até lá"),
    ],
    "duration": [
        ("US", "One pysanka with eight colours took me «int:3-6» hours «int:5-55» minutes, most of it waiting for the black dye"),
        ("AU", "Shearers did «int:180-240» head before smoko, the whole run took «int:6-9» hours with the rain delay"),
        ("GB", "Extra time and penalties... no, shinty has no penalties — the replay ran «int:85-110» minutes in the end"),
        ("PH", "Brownout lasted «int:3-9» hours «int:5-55» minutes, the bibingka in the oven didn't make it"),
        ("DE", "Die Anpassung der Hörgeräte hat «int:40-95» Minuten gedauert, danach war alles erstaunlich laut"),
        ("KE", "Bus from Marigat to Nakuru took «int:2-4» hours «int:5-55» minutes because of the flooded bridge"),
    ],
    "version": [
        ("US", "The kistka heater's controller app went to «int:2-5».«int:0-9».«int:0-30» and now the temperature dial is in Celsius"),
        ("GB", "League fixtures app is on «int:3-7».«int:0-20» after the update, the results page finally loads on a phone"),
        ("IN", "Hearing-aid companion app ka version «int:1-4».«int:0-12».«int:0-9» aaya hai, volume ka slider ulta ho gaya"),
        ("FR", "La box est passée en firmware «int:4-9».«int:0-20».«int:0-40» cette nuit, plus de wifi dans la chambre du fond"),
        ("BR", "O app da padaria atualizou pra «int:2-6».«int:0-30» e agora pede o pedido com dois dias de antecedência"),
        ("JP", "補聴器アプリがバージョン«int:2-6».«int:0-9».«int:0-9»になって、左右のバランス調整ができるようになった"),
    ],
    "coordinates": [
        ("GB", "Away pitch is off the single-track road, pin's at «lat:56.8..57.5», «lon:-5.2..-3.8», park on the verge not the passing place"),
        ("CA", "Ice road check-in point for the sugar shack delivery: «lat:46.0..47.0», «lon:-72.5..-71.0»"),
        ("AU", "Shearing shed's at «lat:-35.5..-34.8», «lon:147.0..147.8», turn in at the second cattle grid"),
        ("UA", "Музей писанки, якщо навігатор губиться: «lat:48.4..48.6», «lon:24.9..25.2»"),
        ("US", "Burst main is right about «lat:40.0..41.5», «lon:-82.5..-80.5», water company says six hours"),
        ("KE", "Landing site for the tilapia boats, Lake Baringo: «lat:0.5..0.7», «lon:35.9..36.1»"),
    ],
    "amount": [
        ("US", "Dye kit, beeswax and two kistkas came to $«price:20-60» at the church shop, cash only"),
        ("GB", "Minibus hire for the cup run: £«price:180-420» split across the squad, subs pay half"),
        ("IN", "Hearing aid battery pack ka rate ₹«num:300-1200» ho gaya, pichhle mahine se doguna"),
        ("FR", "La réparation de la fuite sous l'évier : «price:90-300» € HT, le proprio dit que c'est pour moi"),
        ("MX", "Mil gracias a todos, la cooperación para la posada de la cuadra quedó en $«int:150-500» por familia, las piñatas las pone don Silvano"),
        ("JP", "パン屋の夜勤手当は一晩«num:3000-9000»円、交通費は別です"),
    ],
    "isbn": [
        ("US", "Ordered the pysanky pattern book for the workshop library, ISBN «isbn13»"),
        ("GB", "Club history of shinty in the glens, the one Grandad signed: ISBN «isbn13»"),
        ("DE", "Ratgeber zu Hörgeräten aus der Bücherei verlängert, ISBN «isbn10»"),
        ("IN", "Class 7 Hindi workbook jo school ne bola, uska ISBN «isbn13»"),
        ("FR", "Le livre de recettes de boulangerie de nuit que tu voulais : ISBN «isbn13»"),
        ("JP", "図書館で予約した片付けと引っ越しの本がやっと届いたので、返却期限と一緒にメモ。ISBN «isbn13»"),
    ],
    "order": [
        ("US", "Dye order from the Ukrainian gift shop is #«n:6», they're out of the turquoise until after Easter"),
        ("GB", "Club kit order «n:7» is still 'processing', the shirts won't be here for the final"),
        ("IN", "Grocery app order no. «n:10» mein aata missing hai, refund ke liye complaint daali"),
        ("BR", "Pedido «n:8» da loja de material de construção, falta o sifão pro banheiro"),
        ("DE", "Bestellung Nr. «n:9» beim Hörakustiker: Ersatzschläuche und Trockenkapseln"),
        ("PH", "Order ID «an:4»-«n:6» sa online shop, yung baking trays, naka-ship na daw"),
    ],
    "flight": [
        ("CA", "Baba lands from Lviv via Warsaw, flight LO «int:100-499», arrivals level, bring the warm coat"),
        ("GB", "The American exchange team comes in on BA «int:100-299» to Inverness, minibus at the airport at six"),
        ("IN", "Papa's hearing check is after he's back, 6E «int:1000-6999» lands at 9 pm"),
        ("US", "My connection's UA «int:100-2999», if it's delayed again I'll miss the Easter basket blessing"),
        ("NG", "Uncle's flight is W3 «int:100-399» from Abuja, somebody go and pick am for airport"),
        ("JP", "引っ越し先への移動はNH«int:10-999»便、荷物は別送"),
    ],
    "invoice": [
        ("US", "Plumber's invoice INV-«year»-«n:5» for the burst pipe, landlord has it now"),
        ("GB", "Coach company invoice «n:6» for the cup final arrived, due in fourteen days, and they've charged us for the driver's overnight stay"),
        ("DE", "Rechnung Nr. «n:7» vom Hörakustiker ist da, die Zuzahlung ist höher als gedacht und Oma will bei der Kasse widersprechen"),
        ("FR", "Le boulanger a envoyé la facture n° F«year»«n:5» pour le buffet de la kermesse, la directrice demande qui a commandé autant de chouquettes"),
        ("IN", "Tanker wale ka bill no. «n:5», GST alag se laga hai"),
        ("CA", "Facture «up:2»-«n:6» pour les œufs et la cire, payée comptant au bazar"),
    ],
    "build": [
        ("US", "Kiosk for the Easter bazaar is on build «n:5», the receipt printer finally works"),
        ("GB", "Fixtures app beta build «year».«mm».«dd».«int:1-9» crashes when you open the cup draw"),
        ("IN", "Hearing-aid app build «int:100-999» pe Bluetooth pair nahi ho raha"),
        ("DE", "Die Bäckerei-Kasse läuft jetzt auf Build «n:6», die Brötchen-Taste ist verschoben"),
        ("JP", "レジアプリのビルド«n:5»で割引ボタンが消えた"),
        ("BR", "O app do condomínio, build «n:4», não abre mais o portão pelo celular"),
    ],
    "room": [
        ("US", "Heads up: pysanky class moved to room «int:101-120» in the parish center because the basement flooded again, bring your own candle"),
        ("GB", "Changing room «int:1-4» for the visitors, ours is the one with the broken shower"),
        ("IN", "Audiology OPD room no. «int:100-350», second floor, lift band hai"),
        ("DE", "Hörtest im Raum «up:1»«int:100-299», zweiter Stock, bitte klingeln"),
        ("FR", "La réunion des locataires sur la fuite du troisième étage aura lieu en salle «int:1-12» de la maison de quartier, apportez vos photos des dégâts"),
        ("JP", "説明会は第«int:1-5»会議室です"),
    ],
    "hash": [
        ("US", "Merged the dye-timer fix, commit «hex:40»"),
        ("GB", "Fixture importer reverted to «hex:7» until the league fixes their CSV"),
        ("IN", "Bhai wo bug «hex:12» waale commit se aaya hai, revert karo"),
        ("DE", "Der Hörakustiker hat eine neue Firmware geschickt, laut Beipackzettel muss die Prüfsumme so aussehen: «hex:64»"),
        ("BR", "O deploy do app do condomínio quebrou no commit «hex:8»"),
        ("JP", "レジアプリの修正コミット «hex:10»"),
    ],
    "uuid": [
        ("US", "Workshop sign-up form id «uuid», the link in the bulletin is wrong"),
        ("GB", "Match report draft «uuid» got duplicated in the club CMS"),
        ("IN", "Hearing aid pairing session id «uuid», support ne maanga"),
        ("DE", "Vorgangsnummer der Hausverwaltung für den Wasserschaden: «uuid»"),
        ("FR", "Identifiant de la commande de pain pour la kermesse : «uuid»"),
        ("JP", "引っ越し見積もりの受付IDは«uuid»です。電話で聞かれたらこの番号を伝えてください"),
    ],
    "tracking": [
        ("US", "Beeswax shipment tracking «ups», out for delivery"),
        ("GB", "The new camans are on their way from the stick maker, Royal Mail tracking «up:2»«n:9»GB, should be here before the cup tie"),
        ("IN", "Speed post tracking «up:2»«n:9»IN, hearing aid repair wapas aa raha hai"),
        ("DE", "Sendungsnummer «n:12» für die Ersatzteile vom Bäckereiofen"),
        ("UA", "Нова пошта, ТТН «n:14», барвники для писанок"),
        ("BR", "Código de rastreio «up:2»«n:9»BR do sifão novo"),
    ],
    "product_code": [
        ("US", "EAN from the dye packet box the pysanky circle reorders every Lent, scanned at the church shop till: «ean13»"),
        ("GB", "Shinty ball model «up:2»-«n:3», the leather ones, not the training rubber"),
        ("DE", "Artikelnummer «n:6»-«n:2» für die Trockenbox vom Hörgerät"),
        ("IN", "SKU «up:3»-«n:5» wala mixer-grinder jar dobara order karo"),
        ("FR", "Référence «up:2»«n:6» pour le joint du robinet qui fuit"),
        ("JP", "パン型の品番 «up:2»-«n:4»"),
    ],
    "password_words": [
        ("US", "Reminder: the parish wifi password changes on day «int:1-28» of every month, ask at the office, don't text it around"),
        ("GB", "Whoever changed the club laptop password, the committee needs it back before we meet in «int:2-28» days"),
        ("DE", "Ich habe mein Passwort für das Hörgeräte-Portal zum «int:3-9». Mal vergessen"),
        ("IN", "Password reset ka mail «int:2-9» baar aaya, par maine kuch request nahi kiya"),
        ("FR", "Le mot de passe de la box a expiré il y a «int:2-30» jours et la télé ne marche plus, mamie a appelé trois fois, quelqu'un peut passer ?"),
        ("BR", "A senha do wifi do condomínio muda dia «int:1-28», pergunta na portaria"),
    ],
    "secret_reference": [
        ("US", "The safe code for the bazaar cash box is in the sealed envelope in drawer «int:1-4», not on the fridge"),
        ("GB", "The club laptop password is written in the treasurer's green notebook, page «int:10-90», and she keeps that in the kitchen drawer"),
        ("DE", "Das WLAN-Passwort steht auf der Rückseite des Routers, Aufkleber Nummer «int:1-3»"),
        ("IN", "Locker ka code mummy ki diary mein page «int:5-60» pe likha hai"),
        ("FR", "Le code de la porte est dans le mail du syndic du «int:1-28» mars"),
        ("JP", "金庫の暗証番号は封筒«int:1-5»番に入れて店長が保管しています"),
    ],
    "masked": [
        ("US", "Pysanky circle treasurer here: the bank flagged a double charge on the church debit card (the one ending «n:4») for the beeswax and dye order, I've disputed the second"),
        ("GB", "Treasurer's update: payment from account ****«n:4» received for the minibus, that's everyone except the under-sixteens"),
        ("IN", "Bank SMS forwarded by Papa: A/c XX«n:4» debited ₹«num:500-5000» towards the hearing aid EMI — he thinks it's a scam, it's not"),
        ("DE", "Sammelbestellung der Bäckerei: die Lastschrift von Konto ***«n:4» ist zurückgekommen, bitte Kontostand prüfen und mir Bescheid geben"),
        ("BR", "Cartão final «n:4» recusado na farmácia, tenta o outro"),
        ("FR", "Le relevé montre que la carte se terminant par «n:4» a été débitée pour la facture du plombier, alors que le proprio devait payer"),
    ],
    "meeting_id": [
        ("US", "Pysanky committee call tonight about the bazaar table, Zoom ID «n:3» «n:4» «n:4», passcode is in Sunday's bulletin"),
        ("GB", "The league's annual general meeting goes online because the pass is shut with snow; Teams meeting ID «n:3» «n:3» «n:3» «n:3», treasurer's report first"),
        ("IN", "Parents meeting Google Meet code «pick:abc/dkq/mzx»-«pick:wxyz/hjkl/prtq»-«pick:mno/fgh/stv»"),
        ("DE", "Die Mieterversammlung wegen des Wasserschadens läuft per Webex, Meeting-Nummer «n:4» «n:3» «n:4», der Vermieter will sich angeblich auch dazuschalten"),
        ("FR", "Réunion des parents d'élèves, ID Zoom «n:3» «n:4» «n:4»"),
        ("JP", "引っ越し業者とのオンライン打ち合わせは明日の夜、ミーティングID «n:3» «n:4» «n:4»、冷蔵庫のサイズを測っておいて"),
    ],
    "address": [
        ("US", "Workshop's in the parish hall at «int:100-999» Maple Street, side door by the dumpsters"),
        ("GB", "Away pitch is past «int:1-90» Station Road, follow the signs for the shinty"),
        ("IN", "Audiology clinic is shop no. «int:1-40» on cross road number «int:2-9», behind the temple, first floor above the sweet shop"),
        ("DE", "Die Bäckerei ist jetzt in der Hauptstraße «int:1-120», gegenüber der Apotheke"),
        ("FR", "Le plombier passe au «int:1-80» rue des Lilas, bâtiment B, mardi entre huit heures et midi, il faudra lui ouvrir la cave"),
        ("JP", "新居は«int:1-5»丁目«int:1-30»番«int:1-20»号、郵便受けに名前を貼ってください"),
    ],
    "network": [
        ("US", "Dye-timer Pi is at «ip» on the parish network"),
        ("GB", "Club laptop gets «ip» from the pavilion router, printer's .50"),
        ("IN", "Hearing aid charger ka MAC «mac», router pe block mat karna"),
        ("DE", "Die Kasse der Bäckerei hängt an «ip», Port «int:8000-9000»"),
        ("FR", "L'imprimante du local est en «ip», redémarre-la si ça bloque"),
        ("JP", "レジ端末が夜中に勝手に再起動する件、ルーターのログに出ていたMACアドレスは«mac»でした"),
    ],
    "health": [
        ("US", "Grandpa's BP this morning «int:110-150»/«int:65-95», pulse «int:55-90», before the Easter service"),
        ("GB", "Hearing test result, left ear «int:20-60» dB loss at 4 kHz, right ear normal"),
        ("IN", "Papa ka sugar fasting «int:90-160», PP «int:120-240», doctor ne dawai badli"),
        ("DE", "Spirometrie: FEV1 «price:1-4» L, «int:60-95»% vom Soll"),
        ("BR", "Hemoglobina «price:10-15» g/dL, ferritina «int:10-300», a médica pediu repetir em três meses"),
        ("JP", "今朝の体温«int:35-37».«int:0-9»度、血圧«int:110-140»/«int:60-90»"),
    ],
    "ticket": [
        ("US", "Parish IT ticket «n:5»: the projector in the hall won't see the laptop"),
        ("GB", "League support ticket #«n:6» about the wrong fixture date"),
        ("IN", "Complaint no. «n:8» for the water leakage, society office"),
        ("DE", "Ticketnummer «n:7» beim Vermieter für den Wasserschaden"),
        ("FR", "Le four de la boulangerie refait des siennes, ticket SAV n° «n:6» ouvert, le technicien ne passe pas avant jeudi"),
        ("BR", "Chamado «n:7» aberto com o síndico sobre o vazamento"),
    ],
    "booking": [
        ("US", "Parish hall booking ref «an:6» for the Easter workshop"),
        ("GB", "Coach booking «an:8» for the final, pick-up at the square"),
        ("IN", "Bua ki shaadi ke liye Kodaikanal wala hotel confirm ho gaya, booking ID «n:9», check-in do baje ke baad"),
        ("DE", "Buchungsnummer «an:6» für das Ferienhaus an der Ostsee"),
        ("FR", "Réservation «an:6» pour le gîte de Pâques"),
        ("JP", "引っ越しトラックの予約番号 «an:8»"),
    ],
    "timestamp": [
        ("US", "Dye bath sensor log «year»-«mm»-«dd» «hh»:«two»:«two» temp ok"),
        ("GB", "Match report saved «dd»/«mm»/«year» «hh»:«two»"),
        ("IN", "Door camera motion «dd»-«mm»-«year» «hh»:«two»:«two»"),
        ("DE", "Der Wassermelder im Keller hat am «dd».«mm».«year» um «hh»:«two» Uhr ausgelöst, da war der Eimer unter dem Rohr schon voll"),
        ("FR", "Dernière synchronisation : «dd»/«mm»/«year» à «hh»h«two»"),
        ("JP", "ログ «year»/«mm»/«dd» «hh»:«two»:«two» 冷蔵庫ドア開"),
    ],
    "score": [
        ("GB", "Final score in the cup: «int:0-6»-«int:0-6», hail in the last minute"),
        ("US", "Bowling league last night, I rolled «int:120-230», Rickey beat me by «int:2-30»"),
        ("IN", "Colony ka Sunday cricket: hum «int:80-180»/«int:2-9» in 15 overs, phir baarish aa gayi aur sab chai peene chale gaye"),
        ("CA", "Hockey mineur : «int:0-7» à «int:0-7», prolongation"),
        ("BR", "Pelada de domingo terminou «int:3-12» a «int:3-12»"),
        ("JP", "テストの点数は«int:50-100»点でした"),
    ],
    "stock": [
        ("US", "Bakery chain stock closed at $«price:20-90», down «price:1-5»%"),
        ("GB", "Pension fund statement: «num:1000-9000» units at £«price:1-9»"),
        ("IN", "Dadaji ne news dekhke bataya ki Sensex aaj «num:60000-80000» pe band hua, phir wahi purani kahani shuru"),
        ("DE", "Opa liest jeden Abend vor dem Abendbrot die Börsenkurse vor, heute: DAX schließt bei «num:15000-19000» Punkten, er findet das beruhigend"),
        ("JP", "日経平均は«num:30000-42000»円で終わった"),
        ("BR", "Ibovespa fechou em «num:100000-140000» pontos"),
    ],
    "weather": [
        ("GB", "Forecast for the cup final at the Bught: «int:4-14»°C, wind «int:10-40» mph, rain from three, bring the big golf umbrellas"),
        ("US", "High of «int:40-70»°F on Easter Sunday, egg hunt still on"),
        ("IN", "Aaj «int:30-45»°C, humidity «int:40-90»%, tanker jaldi bulao"),
        ("CA", "Ressenti de -«int:15-35»°C ce matin, la cabane est fermée"),
        ("AU", "Shearing called off for the rest of the week, «int:20-60» mm of rain overnight and the mob is soaked through"),
        ("JP", "明日の最高気温は«int:20-35»度、降水確率«int:10-90»%だそうなので、引っ越しのトラックにブルーシートを積んでおきます"),
    ],
    "short_code": [
        ("US", "Text EGGS to «n:5» to get workshop reminders"),
        ("GB", "Text SHINTY to «n:5» for match-day updates, standard rates"),
        ("IN", "Gas booking ke liye SMS karo «n:5» pe"),
        ("DE", "Für Fahrplanauskunft SMS an «n:5»"),
        ("FR", "Encore une pub de la pizzeria, envoyez STOP au «n:5» pour ne plus recevoir leurs offres, ça marche vraiment"),
        ("BR", "Mande SAIR para «n:5» para cancelar"),
    ],
    "public_key": [
        ("US", "Parish server SSH host key (ed25519): AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
        ("GB", "Club laptop's public key for the backup box: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» scorer"),
        ("DE", "Die Hausverwaltung verschickt die Abrechnungen jetzt verschlüsselt, ihr PGP-Fingerabdruck laut Briefkopf: «HEX:4» «HEX:4» «HEX:4» «HEX:4» «HEX:4»"),
        ("IN", "Server ka fingerprint SHA256:«b64:43», match kar lo pehle"),
        ("FR", "Clé publique age du NAS : age1«bech:58»"),
        ("JP", "ホスト鍵のフィンガープリント SHA256:«b64:43»"),
    ],
    "placeholder": [
        ("US", "The dye-timer README tells you to set OPENAI_API_KEY=your-key-here on line «int:10-60», which Kristi did, word for word, and then wondered why"),
        ("GB", "Template config: PASSWORD=changeme, see step «int:2-9» of the setup guide"),
        ("DE", "In der Anleitung steht API_KEY=<dein-schlüssel>, Abschnitt «int:2-9»"),
        ("IN", "Docs mein likha hai TOKEN=xxxxxxxx, page «int:3-30»"),
        ("FR", "Le modèle dit SECRET_KEY=à-remplacer, ligne «int:5-50»"),
        ("JP", "サンプル設定 password: \"********\" の行«int:3-40»"),
    ],
    "postal": [
        ("IN", "Courier wale ne PIN code poocha, naya wala «int:110001-855999» hai, purana galat tha isliye parcel do baar wapas gaya"),
        ("US", "New zip for the parish is «int:10000-99999», update the letterhead"),
        ("GB", "Away pitch postcode PH«int:20-26» «int:1-9»«up:2»"),
        ("DE", "Die neue Postleitzahl ist «int:10000-99999»"),
        ("CA", "Le livreur de cire d'abeille ne trouve pas le bazar ukrainien, donne-lui le code postal H«int:1-9»«up:1» «int:1-9»«up:1»«int:1-9» et dis-lui que c'est derrière l'église"),
        ("JP", "新住所の郵便番号は〒«n:3»-«d:4»"),
    ],
    "quantity": [
        ("US", "Need «int:30-90» eggs and «int:4-12» dye jars for Saturday's class"),
        ("GB", "Ordered «int:10-30» camans and «int:20-60» balls for the youth section"),
        ("IN", "Shaadi ke liye «int:200-600» plate aur «int:20-60» kilo mithai"),
        ("DE", "Für das Gemeindefest nach dem Ostergottesdienst brauchen wir «int:50-200» Brötchen und «int:5-20» Brote, die Bäckerei will die Zahl bis Mittwoch"),
        ("FR", "Pour la kermesse il faut «int:20-80» baguettes et «int:5-15» tartes, le boulanger de nuit dit qu'il peut, mais pas avant cinq heures"),
        ("JP", "箱を«int:20-60»個、ガムテープを«int:3-10»本用意してください"),
    ],
}


def lookalikes(r: random.Random) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's generator)."""
    return _dev19.lookalikes(r, GROUPS)
