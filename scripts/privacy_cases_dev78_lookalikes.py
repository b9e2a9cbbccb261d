"""Look-alikes of the dev78 privacy set (``privacy_cases_dev78.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short
codes, public keys, placeholders, postal codes and quantities), written as messages from the people of
this set's situations (an Aunt Sally league, a Swiss wrestling club, a Jarl Squad, a silver ball
hurling committee, a Yamakasa nagare, a bull owners' trust); every template has a drawn field, and
each is drawn twice by dev19's look-alike maker.
"""
from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Swiss fest parade lineup in New Glarus: the alphorn players step off at «hour»:«two», "
               "wrestlers follow the cheese float"),
        ("IE", "Galway lads flying out for the fire festival, the Aberdeen ferry boards at «int:16-18»:«two», don't be late"),
        ("GB", "Aunt Sally away night moved, the Headington team want us throwing by «int:7-8»:«two» because of the quiz"),
        ("JP", "今年の追い山の一番山笠の櫛田入りは«int:4-4»時«two»分の予定、桟敷席は前の晩から場所取りの人でいっぱいになります"),
        ("NZ", "Dunedin galley burn torchlighting starts about «hour»:«two», bring gloves and a warm hat"),
        ("IN", "Alanganallur gates open at «int:5-7»:«two» in the morning, first bull out after the oath is taken"),
    ],
    "date": [
        ("US", "New Glarus Schwingfest is on «mon» «day», «year» this time, so book the motel before the cheese days crowd"),
        ("DE", "Merkt euch den «dd».«mm».«year»: Bodensee-Schwinget mit Gabentempel und Muni, die Buben melden sich "
               "bis zwei Wochen vorher beim Obmann"),
        ("GB", "Aunt Sally cup final at the Plough confirmed for «dd»/«mm»/«year», bring the spare sticks"),
        ("JP", "«year»年«int:4-5»月«day»日（土曜）は追い山ならし。舁き手は水法被、締め込み、地下足袋を用意して、夕方までに詰所へ。雨天決行、昼の弁当は各自持参"),
        ("CA", "Kitchener Swiss club's wrestling day is «mon» «day», «year», potluck after the last bout"),
        ("FR", "La fête de lutte au bord du lac aura lieu le «dd»/«mm»/«year», car au départ de Genève"),
    ],
    "duration": [
        ("US", "Livestream says the Schlussgang went «int:3-12» minutes before the sawdust finally settled"),
        ("GB", "The silver ball was out of sight for «int:1-3» hours «two» minutes before someone shouted it was in Tregatillian"),
        ("NO", "Fergen fra Bergen til Lerwick tok «int:11-14» timer i sterk vind, men vi rakk fakkeltoget"),
        ("IN", "Each tamer gets only «int:20-40» seconds on the hump before the next bull comes through"),
        ("AU", "Hobart galley build took «int:300-450» volunteer hours this year, a record for the club"),
        ("FI", "Lentomatka Fukuokaan kesti kaikkiaan «int:14-20» tuntia vaihtoineen, mutta Yamakasa-kilpailu oli sen arvoista"),
    ],
    "version": [
        ("US", "League table app updated to v«int:2-4».«int:0-9».«int:0-9», dolly hits now count per leg"),
        ("DE", "Die Kranzlisten-App gibt es jetzt in Version «int:3-5».«int:0-12».«int:0-9», bitte vor dem Schwingfest aktualisieren"),
        ("JP", "山笠アプリ «int:1-3».«int:0-9».«int:0-9» に更新、舁き山の現在地表示が改善"),
        ("GB", "Scoreboard Pi in the Plough garden is running firmware «int:1-2».«int:0-20».«int:0-9» after last night's update"),
        ("CA", "Swiss club website moved to theme version «int:4-6».«int:0-9», the wrestling photos load faster"),
        ("BR", "Atualizem o app da associação suíça de Nova Friburgo: a «int:1-3».«int:0-9».«int:0-9» mostra a "
               "tabela de lutas do torneio na serragem em tempo real"),
    ],
    "coordinates": [
        ("GB", "The silver ball was last seen at «lat:50.40..50.45», -«lon:4.93..4.96», somewhere behind the church"),
        ("NO", "Ankerplass i Lerwick havn for turen: «lat:60.14..60.16», -«lon:1.13..1.15»"),
        ("CA", "Kitchener Schwingfest field pin for the parking volunteers: «lat:43.40..43.47», -«lon:80.45..80.52»"),
        ("US", "Sawdust pile drop point at the New Glarus fairgrounds: «lat:42.80..42.82», -«lon:89.62..89.65»"),
        ("JP", "追い山コースの撮影場所: «lat:33.59..33.60», «lon:130.40..130.41»"),
        ("AU", "Hobart galley burn site on the foreshore, for the fire crew: -«lat:42.87..42.90», "
               "«lon:147.32..147.35» (gate on the left)"),
    ],
    "amount": [
        ("US", "Schwingfest bratwurst stand made $«int:800-2500» on Saturday and another $«num:1000-3000» on Sunday"),
        ("GB", "League subs this season come to £«num:1200-1900» with «int:12-16» teams paid up"),
        ("JP", "今年の山笠で流から集まった奉納金は全部で«num:100000-900000»円、内訳は回覧板に載せます"),
        ("IN", "Prize pool at Alanganallur this year: ₹«num:100000-900000» plus gold coins and a bike"),
        ("CA", "Swiss club raffle raised «int:400-1500» dollars for the junior wrestlers' travel"),
        ("NO", "Billetten til vikingfesten kostet «num:1000-4000» kroner med ferje og overnatting"),
    ],
    "isbn": [
        ("US", "The book about Swiss wrestling in Wisconsin that the club librarian keeps recommending, ISBN «isbn13»"),
        ("GB", "History of Aunt Sally in the Oxfordshire pubs, second edition, the one with the Witney photos, ISBN «isbn13»"),
        ("DE", "Jeder Kranzschwinger bekommt dieses Jahr vom Präsidenten den Bildband über hundert Jahre "
               "Sägemehlringe geschenkt, ISBN «isbn13»"),
        ("IN", "The Tamil book on native bull breeds our trust sells at the registration desk, ISBN «isbn13»"),
        ("JP", "追い山や櫛田入りの迫力ある写真を集めた地元写真家の本、図書館で予約できます ISBN «isbn13»"),
        ("CA", "Old paperback on Shetland's fire festivals found in the Kitchener library sale, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Sawdust order #«n:7» for the New Glarus ring is loaded and leaves the mill Thursday"),
        ("JP", "流でまとめて頼んだ揃いの水法被、注文番号は«n:8»、届くのは追い山の一週間前だそうです"),
        ("GB", "Replacement dollies from the turner in Eynsham: order «an:3»-«n:6», ready for collection next week"),
        ("DE", "Bestellung «n:8» für zwanzig neue Zwilchhosen ist beim Sattler eingegangen"),
        ("IN", "Bell and brass ornament order «an:4»«n:6» for the bulls shipped from the Madurai market"),
        ("BR", "Pedido «n:9» das bermudas de lona para o torneio saiu para entrega hoje"),
    ],
    "flight": [
        ("CA", "Toronto to Glasgow for the fire festival, AC «int:800-899», leaves at «hh:18-22»:«two», Loganair from there"),
        ("JP", "松本空港行き JH«int:100-999» 便"),
        ("NO", "Flyet til Sumburgh, WF«int:100-999», går «hh:6-11»:«two» fra Bergen"),
        ("US", "Our Zurich connection for the Schwingfest is LX «int:10-99», the wrestlers are on the same plane"),
        ("GB", "Newquay flight FR«int:1000-9999» lands just in time for the silver ball throw-up at the Market House"),
        ("DE", "Flug LX«int:1000-1999» nach Zürich um «hh:6-20»:«two», dann Zug zur Schwägalp"),
    ],
    "invoice": [
        ("US", "Invoice «n:6» from the bleacher rental for the Schwingfest is due on the first, treasurer please pay it"),
        ("GB", "Plough invoice «year»-«n:4» for the Aunt Sally buffet is on the bar, pay before the final"),
        ("DE", "Rechnung «year»/«n:5» vom Sägewerk für das Sägemehl, Zahlungsziel dreißig Tage"),
        ("JP", "法被の請求書番号 «n:7» を受け取りました"),
        ("IN", "Bill no. TRU/«year»/«n:5» for the barricades around the vadivasal, pay by Friday"),
        ("FR", "Facture «year»-«n:5» pour le car jusqu'au Schwägalp, à régler au trésorier "
               "avant le départ"),
    ],
    "build": [
        ("US", "The league app build «n:4» went to TestFlight, it finally counts dollies knocked off the iron"),
        ("GB", "Scoreboard firmware build «n:5», commit «an:7», pushed to the Pi in the pub garden"),
        ("DE", "Die Schwingfest-App hat Build «n:5» erreicht, bitte nochmal testen"),
        ("CA", "Kitchener club website build «int:100-999» failed again because the wrestler photos are too big"),
        ("JP", "舁き手アプリのビルド «n:4» を配布"),
        ("SG", "Build «n:4» of the Hakata Yamakasa tour booking app is out, commit «hex:7», please retest payments"),
    ],
    "room": [
        ("US", "Schwingfest wrestlers' weigh-in is in room «int:100-250» of the New Glarus high school, "
               "bring your club card"),
        ("GB", "Aunt Sally league AGM moved to function room «int:1-4» upstairs at the Plough, "
               "because the bar's got a wake"),
        ("DE", "Nach dem Schlussgang werden die Kränze im Saal «int:1-3» vom Gemeindehaus verteilt, Ehrendamen "
               "bitte schon vorher dort sein"),
        ("JP", "博多のホテル、«int:2-9»階の«int:200-299»号室に集合、追い山の前に仮眠をとります"),
        ("FR", "Réunion de l'amicale des lutteurs dans la salle «int:10-40» de la maison des associations"),
        ("CA", "Swiss club's wrestling video night is in room «int:100-300» at the community centre"),
    ],
    "hash": [
        ("US", "Checksum of the Schwingfest video archive I uploaded: sha256 «hex:64»"),
        ("GB", "Pi image for the Plough's scoreboard, the file's sha1 is «hex:40», check it before flashing"),
        ("DE", "Der Kassier hat die Kranzliste als PDF verschickt, zur Kontrolle der Datei die Prüfsumme «hex:32», "
               "nicht dass jemand was ändert"),
        ("JP", "写真アーカイブのハッシュ «hex:40»"),
        ("CA", "Commit «hex:40» fixed the wrestler bracket on the Kitchener club site"),
        ("IN", "Bull registration database backup, md5 «hex:32», kept on the trust's drive"),
    ],
    "uuid": [
        ("US", "Ticket scanner event id for the New Glarus Schwingfest: «uuid»"),
        ("GB", "Galley build job id «uuid»"),
        ("DE", "Die Vereins-App zeigt als Geräte-ID für den Kampfrichter-Tablet "
               "«uuid» an, ist das normal?"),
        ("JP", "舁き手の連絡アプリ、上川端の流用に新しく作ったグループ、招待ID «uuid»、参加申請は明日まで、分からない人は総務さんに聞いてください"),
        ("AU", "Hobart club's torch sales report id is «uuid», attach it to the minutes"),
        ("BR", "Quem for se inscrever no torneio de luta na serragem pelo aplicativo da associação precisa colar "
               "este código do evento: «uuid»"),
    ],
    "tracking": [
        ("US", "New Zwilch shorts from Bern, UPS «ups»"),
        ("GB", "Royal Mail tracking «up:2»«n:9»GB on the new throwing sticks from the woodturner in Eynsham, "
               "they should arrive before the cup night"),
        ("DE", "DHL-Sendung «n:12» mit den Kränzen für das Schwingfest ist unterwegs"),
        ("CA", "Canada Post tracking for the wrestling mats from the Swiss club in Ontario: "
               "«n:16», signature required"),
        ("IN", "India Post parcel with the brass bells for the bulls, tracking «n:13», reached Madurai sorting office"),
        ("AU", "Australia Post has the galley's dragon head paint, tracking «up:2»«n:9»AU"),
    ],
    "product_code": [
        ("US", "The sawdust bag barcode the fairgrounds store scans is «d:12», same brand as last year"),
        ("GB", "Aunt Sally set from the pub supplier, barcode «ean13», comes with six sticks"),
        ("DE", "Strichcode der Sägemehl-Säcke für den Ring: «ean13»"),
        ("JP", "山笠記念手ぬぐい JAN «ean13»"),
        ("CA", "Hockey tape the wrestlers use for their fingers, barcode «ean13» at the Canadian Tire"),
        ("FR", "Référence des culottes de lutte chez le fournisseur suisse : «an:4»-«n:6»"),
    ],
    "password_words": [
        ("US", "The Schwingfest volunteer portal wants a password of at least «int:10-14» characters with a symbol"
               ", so don't bother with your dog's name"),
        ("GB", "League website says passwords now need «int:8-12» characters and a number, so the Witney lot are complaining "
               "again"),
        ("DE", "Ab Montag lässt euch das Portal des Schwingklubs nur noch rein, wenn ihr ein Kennwort mit "
               "«int:10-16» Zeichen, Großbuchstaben und Ziffer wählt, sagt es den Veteranen"),
        ("CA", "Swiss club's new booking site: the password must be «int:8-12» to 64 characters, no spaces"
               ", and can't repeat the last one"),
        ("IN", "Trust portal password rules: minimum «int:8-10» characters, one capital, one number, changed every «int:60-90» days"),
        ("AU", "Club IT says the torch shop password expires on «dd»/«mm»/«year», pick something new and don't write it on the fridge"),
        ("JP", "流のサイトのパスワードは«int:8-12»文字以上が必要です"),
        ("BR", "O site da associação pede senha com pelo menos «int:8-12» caracteres"
               ", letras e números, sem o seu nome"),
        ("NZ", "Galley club's new portal locks you out after «int:3-5» wrong password tries for «int:10-30» minutes"),
        ("FR", "Depuis la mise à jour, l'espace membres des lutteurs genevois refuse tout code plus court que "
               "«int:10-14» signes, il faut mélanger lettres, chiffres et un symbole"),
    ],
    "secret_reference": [
        ("US", "Don't ask me for the gate scanner's API key in the group, it's sitting in the treasurer's password "
               "manager under entry «int:2-40», she'll share it with the gate lead"),
        ("GB", "The Plough's wifi code is written on the laminated card pinned behind the optics, the one with "
               "«year» on it, so go and read it rather than asking on the league page"),
        ("DE", "Den Zugang zum Vereinskonto findest du im Tresor, Umschlag Nummer «int:1-9»"
               ", nicht im Chat"),
        ("CA", "Kitchener club's online banking login lives in our shared vault as item «int:1-99», and only the "
               "two signing officers can open it, so ask one of them"),
        ("IN", "Trust's UPI PIN is with the accountant only, see sealed envelope «int:1-20»"
               " in the locker"),
        ("NL", "Het wachtwoord van de clubcomputer staat in kluis «int:1-9», vraag het aan de penningmeester"
               " en niet via de groep"),
    ],
    "masked": [
        ("US", "Receipt from the Schwingfest beer tent shows card ending «d:4» and a tip of «d:2» per cent, the barman says that was generous"),
        ("GB", "Bank says the subs came from an account ending ****«d:4»"
               ", thanks"),
        ("DE", "Der Sattler hat für die zwanzig Zwilchhosen die Vereinskarte mit den Endziffern •••• «d:4» "
               "belastet, also bitte die Rechnung nicht ein zweites Mal zahlen"),
        ("CA", "Swiss club card on file: **** **** **** «d:4», update it before the Schwingfest"),
        ("IN", "Trust's bank SMS: UPI credit from a/c XXXXXX«d:4» of ₹«num:1000-9000» towards the bull registration "
               "fee, thanks to whoever paid"),
        ("AU", "Torch shop eftpos receipt: card xxxx xxxx xxxx «d:4», approved"),
    ],
    "meeting_id": [
        ("US", "Evening call for the New Glarus gate crew and the sawdust haulers: Zoom ID «n:3» «d:4» «d:4», the "
               "passcode went out with Thursday's reminder"),
        ("GB", "Aunt Sally league committee call, Zoom «n:3» «d:3» «d:4», passcode «d:6», "
               "join from the pub if you can't be bothered to drive"),
        ("DE", "Vorstandssitzung des Schwingklubs per Teams, Besprechungs-ID «n:3» «d:3» «d:3»"
               ", Kamera bitte an"),
        ("CA", "Kitchener and Hobart clubs' joint call: meeting ID «n:3» «d:4» «d:4»"),
        ("IN", "Trust meeting on Google Meet: meet.google.com/«up:3»-«up:4»-«up:3»"
               ", at seven"),
        ("JP", "流のオンライン会議 ID «n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "Schwingfest wrestlers' housing is at «int:100-999» Fifth Ave, the host family on the corner of «int:1-20»th"),
        ("GB", "Aunt Sally final's at the Plough, «int:1-99» Upper High Street, Thame, park round the back"),
        ("DE", "Das Schwingfest-Büro ist in der Seestraße «int:1-60», Lindau"),
        ("CA", "Swiss club hall is at «int:100-999» Queen St South, Kitchener, side door for the wrestlers"),
        ("FR", "Rendez-vous au «int:1-90» rue du Rhône, Genève"),
        ("JP", "博多区上川端町«int:1-9»番«int:1-20»号の詰所に集合、水法被を忘れずに"),
    ],
    "network": [
        ("US", "The ticket scanner in the Schwingfest gate hut is at «ip»"),
        ("GB", "Plough's scoreboard Pi got a new address, «ip», MAC «mac», the landlord rebooted the router again"),
        ("DE", "Der Drucker für die Kranzliste hängt jetzt unter «ip» im Vereinsnetz"),
        ("CA", "Swiss club's streaming box for the wrestling is at «ip», plug the camera into port two"),
        ("IN", "Gate counter at the vadivasal now reports to «ip», check it before the first bull"),
        ("AU", "The new camera on the galley shed's roof beam has MAC address «mac», so add it to the allowed list "
               "on the squad router before Saturday's build night"),
    ],
    "health": [
        ("US", "Wrestler's blood pressure after the final bout: «int:110-150»/«int:70-95», the medic says rest"),
        ("GB", "Fitness watch says my heart rate hit «int:150-185» bpm chasing the silver ball through Fore Street"),
        ("DE", "Nach dem Schlussgang hatte er einen Puls von «int:140-180»"),
        ("CA", "Coach logged «int:7-9» hours of sleep and «int:55-70» resting heart rate for the wrestlers before the fest"
               ),
        ("IN", "Medical tent log by the vadivasal, tamer number seven: SpO2 «int:95-99»%, pulse «int:80-120» after "
               "he came off the hump, sent home to rest"),
        ("JP", "追い山の後の血圧 «int:120-160»/«int:70-100»"),
    ],
    "ticket": [
        ("US", "Our support request #«n:5» about the gate scanner at the fest refusing wristbands is still open "
               "after three days, who do we chase"),
        ("GB", "League website issue «n:4», the dollies count wrongly on mobile, is fixed"),
        ("DE", "Ticket «n:6» im Vereinsportal: die Kranzliste lässt sich nicht drucken"),
        ("CA", "Help desk ticket «n:5» for the Swiss club's booking site"),
        ("IN", "The collector's office registered our grievance no. «n:7» about the barricades blocking the gallery "
               "seats near the vadivasal"),
        ("IE", "Ferry company's case number «n:8» for the Shetland trip refund"),
    ],
    "booking": [
        ("US", "Motel in Monroe for the Schwingfest weekend is booked, confirmation «an:8», two queen beds and a "
               "fridge for the cheese curds"),
        ("GB", "Minibus booking «an:6» for the Aunt Sally away night"),
        ("DE", "Buchungsnummer «n:9» für den Bus zur Schwägalp"
               ", bitte ausdrucken und mitbringen"),
        ("CA", "Air Canada booking reference «an:6» for the Glasgow leg, and the Loganair one is on the email"),
        ("FR", "Réservation «an:8» pour le car de la lutte suisse"
               ", départ à sept heures"),
        ("JP", "旅館の予約番号 «an:8»"),
    ],
    "timestamp": [
        ("US", "Scanner log: gate opened «year»-«mm»-«dd» «hh:6-9»:«two»:«two», first wrestler checked in"),
        ("GB", "Scoreboard reset at «year»-«mm»-«dd» «int:19-22»:«two»:«two» according to the Pi log"),
        ("DE", "Wer hat die Kranzliste angefasst? Laut Protokoll zuletzt bearbeitet am «dd».«mm».«year» um "
               "«hh:8-20»:«two»:«two» Uhr, also nach dem Schlussgang"),
        ("CA", "Swiss club site backup ran «year»-«mm»-«dd» «hh»:«two», no errors"),
        ("IN", "Gate counter synced at «dd»-«mm»-«year» «hh:5-9»:«two», before the first bull"),
        ("JP", "撮影担当のメモ、«year»/«mm»/«dd» «hh»:«two» に一番山笠が櫛田入りを始めた、ドローン映像と時刻を合わせること"),
    ],
    "score": [
        ("US", "Final at New Glarus: the local dairy farmer won the Schlussgang with «int:9-10».«int:0-9»5 points, "
               "and the crowd threw their hats into the sawdust"),
        ("GB", "Plough A beat Witney Wanderers by «int:5-20» dollies in the cup semi, "
               "and the last leg was nothing but sixes"),
        ("DE", "Er hat den Kranz mit «int:56-58».«int:0-9»5 Punkten geholt, der ganze Klub hat ihn auf den Schultern getragen"),
        ("CA", "Kitchener's wrestlers won «int:3-8» of their «int:8-12» bouts at the Ontario Schwingfest, "
               "best result since the club was founded"),
        ("NZ", "Dunedin's galley crew beat the Christchurch lot «int:3-6»-«int:0-2» at the tug of war "
               "before the torches were lit"),
        ("AU", "Quiz night at the Hobart club after the galley launch: the guizers scored «int:40-60» "
               "and the committee table «int:30-39», rematch next year"),
    ],
    "stock": [
        ("US", "That cheese co-op stock Uncle bought after the Swiss fest is at $«num:10-99».«two» today, "
               "he's telling everyone at the beer tent"),
        ("GB", "The brewery that sponsors the Aunt Sally league is trading at «num:200-900»p a share, "
               "so maybe they'll pay for new dollies"),
        ("DE", "Die Aktie der Käserei, die den Muni für das Schwingfest stiftet, steht heute bei «num:10-99» Euro"),
        ("JP", "博多の材木会社の株価は今日«num:1000-5000»円、舁き山の台を作った会社です"),
        ("IN", "The Madurai dairy co-op whose bulls run at Alanganallur listed today at ₹«num:100-900» a share"),
        ("CA", "The Swiss bank that sponsors the Kitchener wrestlers closed at «num:30-90» dollars in Toronto, "
               "the treasurer keeps checking"),
    ],
    "weather": [
        ("US", "Schwingfest forecast for New Glarus: high of «int:75-90»°F, low of «int:55-65»°F overnight, "
               "so the sawdust should stay dry under the tarps"),
        ("GB", "St Columb on Shrove Tuesday looks like «int:4-12»°C and drizzle all day, wear proper boots "
               "for chasing the ball"),
        ("DE", "Auf der Schwägalp werden am Festtag «int:12-25» Grad erwartet, Sonnencreme und Hut nicht vergessen"),
        ("CA", "Kitchener wrestling day: «int:18-28»°C with «int:40-80»% humidity, bring water for the "
               "wrestlers and the judges"),
        ("IN", "Alanganallur tomorrow: «int:28-35»°C by noon and «int:20-24»°C at dawn when the bulls "
               "line up, keep the tamers in the shade"),
        ("AU", "Galley burn night in Hobart: «int:5-12»°C with a cold southerly, the torches will flare, "
               "so stand back from the wind side"),
    ],
    "short_code": [
        ("US", "Text SAWDUST to «n:5» to get parking and shuttle updates for the New Glarus Schwingfest weekend"),
        ("GB", "Text DOLLY «int:1-9» to «n:5» to vote for the league's player of the season, one vote per phone"),
        ("DE", "Wer die Resultate vom Schwingfest aufs Handy will, schickt eine SMS mit KRANZ an «n:5»"),
        ("CA", "Text WRESTLE to «n:6» and the Swiss club will send you the bout times as the day goes on"),
        ("IN", "Send SMS BULL to «n:5» to receive the Jallikattu token draw results for your bull"),
        ("AU", "Hobart club's text line for galley burn updates is «n:4» «d:3» «d:3», reply STOP to leave"),
    ],
    "public_key": [
        ("US", "Schwingfest ticket server's SSH host key fingerprint, check it before you connect: SHA256:«b64:43»"),
        ("GB", "Add the Plough scoreboard Pi's public key to your authorized_keys: "
               "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» landlord@plough"),
        ("DE", "Öffentlicher Schlüssel, mit dem der Kassenwart die Kranzliste signiert: «b64:44»"),
        ("CA", "Donations for the Swiss club's junior wrestlers can also go to this bitcoin address: bc1q«bech:38»"),
        ("IN", "The trust's PGP key fingerprint, to check the signed Jallikattu token list: «HEX:40»"),
        ("JP", "流のサーバーに登録する公開鍵はこちら «b64:43»"),
    ],
    "placeholder": [
        ("US", "Volunteer form example says to write your phone like (555) 555-«int:1000-9999», "
               "which confused half the Schwingfest crew"),
        ("GB", "Template for the league's fixture letter: Dear [Captain], your team plays [Opponent] on [Date] "
               "at table «int:1-9», bring your own sticks"),
        ("DE", "In der Vorlage für die Mitgliedsanträge steht noch Max Mustermann, Musterstraße «int:1-99», "
               "bitte vor dem Druck ändern"),
        ("CA", "The sample card in the Swiss club's payment docs is 4111 XXXX XXXX XXXX with CVV «int:100-999», "
               "don't type your real one in the test form"),
        ("IN", "The trust's form shows Aadhaar as XXXX XXXX XXXX and age «int:18-60» as an example, "
               "fill in your own"),
        ("AU", "Hobart club's membership form still shows TFN 000 000 000 and postcode «int:7000-7999» "
               "as sample text"),
    ],
    "postal": [
        ("US", "Mail the wrestlers' housing forms to the Swiss fest office in New Glarus, WI «n:5», "
               "before the end of the month"),
        ("GB", "The Plough is in Thame, OX9 «int:2-4»HH, for the cup night sat nav; car park is round the back"),
        ("DE", "Die Post für den Schwingklub geht an das Vereinsheim, «n:5» Lindau am Bodensee"),
        ("CA", "Swiss club hall, Kitchener ON N«int:2-2»«pick:G/H/M» — the wrestlers' entrance is at the side"),
        ("IN", "Parcels for the bull owners' trust go to Alanganallur, Madurai district, PIN «n:6»"),
        ("JP", "山笠の寄付の送り先は〒«n:3»-«d:4»、博多の流の詰所まで"),
    ],
    "quantity": [
        ("US", "The ring needs «int:20-40» bags of sawdust, «int:5-9» bales of straw and «int:2-4» tarps "
               "by Friday night"),
        ("GB", "For the cup night bring «int:6-12» dollies and «int:18-36» sticks, the Plough's own set is "
               "split and won't survive"),
        ("DE", "Der Sattler hat «int:40-80» neue Zwilchhosen für die Jungschwinger bestellt, Anprobe am Dienstag"),
        ("CA", "We've got «int:10-30» mats and «int:2-6» scales for the Kitchener fest, enough for two rings"),
        ("NZ", "Dunedin's galley crew soaked «int:200-400» torches in the shed last night, they're drying now"),
        ("FR", "Il reste «int:20-50» places dans le car pour la Schwägalp, inscrivez-vous vite auprès du trésorier"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group drawn twice, each line new and harmless (dev19's maker)."""
    return _dev19.lookalikes(r, groups or GROUPS)
