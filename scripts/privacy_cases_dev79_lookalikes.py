"""Look-alikes of the dev79 privacy set (``privacy_cases_dev79.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock levels, weather,
short codes, public keys, placeholders, postal codes and quantities), 34 groups in 15 regions, written
fresh as messages from the people of this set's situations (an Argungu fishing festival, a Naha
tug-of-war, Markgröningen's Schäferlauf, a snake boat race on Punnamada, Angono's giants, the Golden
Shears, a yukigassen league and a birling club). Drawn by dev19's generator (``«kind:arg»`` fields,
each drawn twice).
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: (region, template)
    "time": [
        ("US", "Birling clinic moved: logs go in the water at «hour»:«two» and the pond closes an hour after sunset"),
        ("IE", "The currach crews gather on the slip at «int:6-9»:«two», tide permitting, then row out past the pier"),
        ("GB", "Yukigassen coach leaves the Aviemore car park at «int:6-8»:«two»; bring gloves that don't soak through"),
        ("JP", "那覇大綱挽の綱の受け渡し、開始は午後«int:1-4»時«two»分、場所は久茂地交差点の西側、旗頭の後ろに並び、軍手を忘れずに"),
        ("NZ", "Open shearing final starts at «hour»:«two», woolhandlers on the board ten minutes before"),
        ("IN", "Snake boat heats on Punnamada start at «int:10-14»:«two», the chundan crews assemble at the jetty"),
    ],
    "date": [
        ("US", "Pond season for the birling club runs from «mon» «day», «year» until the first frost, weather permitting"),
        ("DE", "Der Schäferlauf findet am «dd».«mm».«year» statt, Aufstellung der Läufer am Stoppelacker"),
        ("GB", "Hut booked for the snow fight weekend from «dd»/«mm»/«year», two nights, bring a sleeping bag"),
        ("JP", "昭和新山国際雪合戦の予選、日程は«year»年«int:1-3»月«day»日、場所は壮瞥町の特設コート、七人制、雪玉は一セット九十個、監督会議は前夜"),
        ("CA", "Snowfort league playoffs are set for «mon» «day», «year» at the outdoor rink behind the Saguenay arena"),
        ("FR", "Le tournoi de bataille de neige aura lieu le «dd»/«mm»/«year», rendez-vous au gymnase"),
    ],
    "duration": [
        ("US", "Longest birl of the evening lasted «int:2-9» minutes before both rollers went in together"),
        ("GB", "Our snow fight set ran «int:2-3» minutes «two» seconds, the referee stopped it on the flag"),
        ("NO", "Snøballkrigen varte i «int:3-9» minutter før det ene laget tok flagget"),
        ("IN", "The oarsmen kept the stroke for «int:4-6» minutes without a break from the start to the pavilion"),
        ("AU", "Fastest ewe off the board took «int:30-50» seconds, the crowd in the shed went quiet for that one"),
        ("FI", "Tukinpyörityksen harjoitus kesti «int:30-90» minuuttia, vesi oli vielä kylmää"),
    ],
    "version": [
        ("US", "The pond booking app updated to «int:2-5».«int:0-9».«int:0-20» overnight and lost the dark mode"),
        ("DE", "Auf dem Zeitnahme-Tablet im Zelt neben dem Stoppelacker läuft seit dem Probelauf der Wasserträgerinnen "
               "die Ausgabe «int:1-4».«int:0-9».«int:0-30», die alte zählte barfüßige Läufer doppelt"),
        ("JP", "集計アプリを «int:1-3».«int:0-9».«int:0-9» に更新しました"),
        ("GB", "Yukigassen scoring sheet template is on revision «int:1-6».«int:0-9».«int:0-9»; the old one counted flags wrong"),
        ("CA", "Snowfort league's schedule app, v«int:2-7».«int:0-12», finally shows the rink numbers"),
        ("BR", "Quem cuida da súmula eletrônica do cabo de guerra da quermesse instalou ontem à noite a atualização "
               "«int:1-5».«int:0-9».«int:0-9», que agora pesa as equipes antes de cada puxada"),
    ],
    "coordinates": [
        ("GB", "Meet at the hut above the Glenmore forest track, «lat:57.1..57.2», «lon:-3.7..-3.6», snow permitting"),
        ("NO", "Snøballbanen ligger på «lat:59.8..60.0», «lon:10.6..10.9»"),
        ("CA", "The snowfort court behind the arena is at «lat:48.40..48.45», «lon:-71.10..-71.00», park on the north side"),
        ("US", "Pond put-in for the birling club: «lat:45.9..46.0», «lon:-91.4..-91.3», gravel lot past the boathouse"),
        ("JP", "昭和新山の会場の位置: «lat:42.53..42.55», «lon:140.86..140.88»"),
        ("AU", "Woolshed for the shearing comp, lat «lat:-34.8..-34.7»,"
               " long «lon:149.6..149.8», turn off after the cattle grid"),
    ],
    "amount": [
        ("US", "Birling club dues are $«int:40-90» a season, logs and peaveys extra, about $«num:1000-2500» for the lot"),
        ("GB", "The hut costs £«num:1000-1800» for the weekend, so roughly £«int:60-90» each if twenty come"),
        ("JP", "綱のかけらの記念品は «num:1000-3000» 円です"),
        ("IN", "Prize money for the chundan race this year is ₹«num:100000-900000», shared among the oarsmen"),
        ("CA", "Snowfort league fee is $«int:45-120» per player, jerseys included"),
        ("NO", "Turneringsavgiften er «num:1000-4000» kroner per lag"),
    ],
    "isbn": [
        ("US", "The birling book the coach recommends, with the footwork chapter, ISBN «isbn13»"),
        ("GB", "Picked up a history of Shrove games and snow sports in the hut's library, ISBN «isbn13»"),
        ("DE", "Die Stadtbücherei hat eine vergriffene Chronik über zweihundert Jahre Markgröninger Schäferkönige und "
               "Wasserträgerinnen wieder ausgelegt, Signatur am Regal, ISBN «isbn13»"),
        ("IN", "Boat songs collection, vanchipattu with notation, ISBN «isbn13»"),
        ("JP", "壮瞥町の雪合戦の歩みと公式ルールをまとめた本、図書館で借りられます、国際標準図書番号 «isbn13»"),
        ("CA", "Old guide to snow fort building the league keeps in the clubhouse, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Your order of two cedar practice logs has shipped, order «n:9», the carrier calls before delivery"),
        ("JP", "雪合戦用ヘルメットの注文番号 «n:10»"),
        ("GB", "Mittens order for the yukigassen juniors, ref «an:3»-«n:7», arriving next week"),
        ("DE", "Bestellung der Startnummern für den Schäferlauf, Nr. «n:8»"),
        ("IN", "Paddles for the snake boat ordered, order ID «an:4»«n:8», expected before the heats"),
        ("BR", "Pedido das cordas novas para o cabo de guerra: nº «n:9»"),
    ],
    "flight": [
        ("CA", "Flying to the shearing open in Masterton, AC«int:30-39» from Vancouver at «hh:6-9»:«two», with a stop in Auckland"),
        ("JP", "新千歳行き NH«int:50-79» に乗ります"),
        ("NO", "Vi som skal til snøballturneringen på Hokkaido tar SK«int:300-999» fra Gardermoen med avgang "
               "«hh:6-20»:«two», og bytter til Sapporo i København"),
        ("US", "Catching UA«int:300-999» to Minneapolis, then driving up to the birling pond"),
        ("GB", "Our flight to Lagos for the Argungu trip is BA«int:70-79», then Kano and a long bus"),
        ("DE", "Lufthansa LH«int:400-499» nach Frankfurt landet um «hh:6-12»:«two», dann S-Bahn nach Markgröningen"),
    ],
    "invoice": [
        ("US", "Boathouse manager sent the pond rental bill, number «n:6», for six Thursday birling sessions and a "
               "broken peavey, payable before the July clinic"),
        ("GB", "Hut invoice INV-«year»-«n:5» attached, the deposit's already taken off"),
        ("DE", "Rechnung RE-«year»-«n:4» für das Festzelt beim Schäferlauf, zahlbar in vierzehn Tagen"),
        ("JP", "綱挽き実行委員会あての法被の仕立て代、請求書の番号は «n:8»、月末までに振込をお願いします"),
        ("IN", "Invoice no. KBC/«year»/«n:4» for the boat repainting, payable to the carpenter"),
        ("FR", "Le loueur d'autocars de Grenoble nous envoie la note FA«year»-«n:5» pour l'aller-retour des joueurs "
               "de yukigassen, le club la paie par chèque"),
    ],
    "build": [
        ("US", "Pond booking site deploy, build «n:4», fixed the double-booking on Saturday mornings"),
        ("GB", "The scoring app for yukigassen is on build «n:3»-«an:6», the flag bug is still there"),
        ("DE", "Zeitnahme-Software Build «n:5» auf dem Laptop im Zelt installiert"),
        ("CA", "Snowfort schedule page, build #«int:100-999», shows the playoffs now"),
        ("JP", "集計アプリ ビルド «n:4»"),
        ("SG", "Our dragon boat timing app is on build «n:4» (commit «hex:7»), the lap splits finally line up"),
    ],
    "room": [
        ("US", "Birling clinic debrief is in room «int:100-350» at the community center,"
               " the one with the projector"),
        ("GB", "Snow fight kit is stored in room «int:1-40» of the outdoor centre,"
               " key at reception"),
        ("DE", "Die Besprechung der Wasserträgerinnen ist in Raum «int:100-300» im Rathaus,"
               " erster Stock, neben dem Trauzimmer"),
        ("JP", "大綱挽の西軍旗頭の打ち合わせ、会場は市民会館の«int:2-6»階にある第«int:201-610»会議室、夕方六時から、鐘と太鼓は持参不要"),
        ("FR", "Les arbitres du tournoi de bataille de neige se retrouvent à la mairie de Villard, bureau «int:1-30» "
               "au fond du couloir, pour relire le règlement des drapeaux"),
        ("CA", "Snowfort captains gather in room «int:100-250» upstairs at the Saguenay arena to draw the playoff "
               "brackets out of a toque"),
    ],
    "hash": [
        ("US", "The treasurer wants to be sure the pond reservations spreadsheet wasn't altered on the way, so here is "
               "what sha256sum printed for it: «hex:64»"),
        ("GB", "Before loading the yukigassen scoring workbook onto the hut laptop I compared its digest, «hex:40», "
               "with the one the league posted"),
        ("DE", "Prüfsumme der Zeitnahme-Datei: «hex:64»"
               ", bitte vor dem Einspielen vergleichen"),
        ("JP", "ファイルのハッシュ «hex:40»"),
        ("CA", "Snowfort league secretary posted the playoff bracket workbook and, to prove nobody edited the seeding, "
               "its md5sum «hex:32»"),
        ("IN", "Commit «hex:40» fixed the stroke counter in the boat club's app"),
    ],
    "uuid": [
        ("US", "Pond booking reference (internal id) «uuid», quote it if you change the slot"),
        ("GB", "Whoever reprints the yukigassen scoring sheets for the Cairngorms weekend, search the league drive for "
               "document key «uuid» and use that template only"),
        ("DE", "Die interne Kennung des Anmeldeformulars für den Schäferlauf lautet"
               " «uuid»"),
        ("JP", "雪合戦大会エントリーの管理番号、控えはこちら、«uuid»、変更の際は事務局へ連絡、チーム名の変更は不可"),
        ("AU", "Shearing comp's entry id for our gang is «uuid», keep it for the draw"),
        ("BR", "Identificador interno da inscrição da equipe de cabo de guerra:"
               " «uuid»"),
    ],
    "tracking": [
        ("US", "Peavey shipment tracking «ups»"),
        ("GB", "Mittens parcel tracking «up:2»«n:9»GB, due Wednesday at the"
               " outdoor centre, signed for by reception"),
        ("DE", "Sendungsnummer der Startnummern: «n:12»"),
        ("CA", "The snowfort helmets are on the way, Canada Post"
               " tracking «n:16»"),
        ("IN", "Courier docket for the new oars from the boatyard: «n:11», arriving before the heats"),
        ("AU", "Handpiece parts tracking «up:2»«n:9»AU, should be at the shed by Friday"),
    ],
    "product_code": [
        ("US", "Our birlers wore through the spikes again; the outfitter up the road lists the replacement caulk set "
               "for size ten boots as item «d:6»"),
        ("GB", "Yukigassen helmet model, barcode «ean13»"),
        ("DE", "Barcode auf der Packung der Startnummern: «ean13»"),
        ("JP", "雪玉製造機 JAN «ean13»"),
        ("CA", "Snowfort league's ball moulds are sold under the barcode «ean13»"),
        ("FR", "Référence des gants du tournoi de neige: «an:3»-«n:5»"),
    ],
    "password_words": [
        ("US", "Heads up from the boathouse: when the new pond reservation portal asks you to sign up, it refuses "
               "anything shorter than «int:8-14» letters and digits or containing the word birling"),
        ("GB", "Passwords for the scoring app must be «int:10-16» characters or more, and it"
               " rejects your team name"),
        ("DE", "Die Zunft schreibt: wer sich im neuen Anmeldeportal für das Barfußrennen registriert, braucht ein "
               "Kennwort mit wenigstens «int:8-12» Stellen, Umlaut erlaubt, Geburtsdatum verboten"),
        ("CA", "The league site says a password must have «int:8-12» characters including a digit,"
               " so the old one failed"),
        ("IN", "Boat club portal password rules: «int:8-10» to «int:20-32» characters, one capital, no spaces"),
        ("AU", "Shed tablet asks for a new password every quarter, last changed «dd»/«mm»/«year»"),
        ("JP", "綱挽きボランティア登録サイトでは、英字と数字を混ぜた«int:8-12»文字以上の合言葉を設定する決まりです"),
        ("BR", "O site de inscrição do campeonato de cabo de guerra recusa qualquer senha com menos de «int:8-12» "
               "sinais e pede um número no meio, igual ao do banco"),
        ("NZ", "Shears committee laptop: password «int:12-16» characters minimum, expires after «int:60-90» days"),
        ("FR", "Pour créer ton compte sur le site du club de yukigassen il faut une phrase secrète longue d'au "
               "minimum «int:8-12» signes, sans le nom de l'équipe"),
    ],
    "secret_reference": [
        ("US", "The pond booking password isn't in the group chat; it's in the club's password manager,"
               " entry «int:1-40» under Boathouse"),
        ("GB", "Hut key safe code is in the shared vault, not here; ask the trip leader,"
               " it changed in «year»"),
        ("DE", "Den Zugang zum WLAN im Festzelt findet ihr ausgedruckt auf Blatt «int:2-9» des blauen Zunftordners "
               "hinter der Theke, bitte nicht in die Gruppe schreiben"),
        ("CA", "Whoever needs the league's scheduling token, ask Bernadin for the sealed envelope, number «int:10-99» "
               "in the arena safe; nobody types it into a message"),
        ("IN", "Boat club's UPI PIN is with the treasurer only, step «int:2-5» of the handover note"
               " says so"),
        ("NL", "De code van het clubhuis aan de plassen ligt in de sleutelkast van de havenmeester, vakje "
               "«int:1-30», vraag het gewoon even aan hem"),
    ],
    "masked": [
        ("US", "Paid the pond rental with the card ending in «d:4», and the refund goes to the account ending «d:4»"),
        ("GB", "Deposit taken from the card •••• «d:4»" + " yesterday"),
        ("DE", "Auf dem Kontoauszug der Zunft erscheint die Startgebühr der Wasserträgerinnen als Lastschrift vom "
               "Girokonto mit den Schlussziffern «d:4», alles korrekt"),
        ("CA", "The arena office charged the playoff entry to the Visa whose last four are «d:4»; the printed slip "
               "is pinned to the snowfort league's corkboard"),
        ("IN", "Boat club's bank SMS: the oar carpenter was paid from the a/c ending XX«d:4», ₹«num:1000-9000» "
               "debited, balance hidden"),
        ("AU", "The Goulburn woolshed's card machine printed a docket showing only «d:4» of the number for our "
               "comp entry, so that's what I've got"),
    ],
    "meeting_id": [
        ("US", "Birling club board call on Tuesday night, dial-in «n:3» «d:4» «d:4», nobody needs a passcode, "
               "agenda is the new logs"),
        ("GB", "Trip planning call, meeting ID «n:3» «d:3» «d:4», passcode «d:6»" +
               " (the one from the email)"),
        ("DE", "Videokonferenz der Zunft, Meeting-ID «n:3» «d:4» «d:4»" +
               ", heute Abend"),
        ("CA", "Snowfort captains' video chat to settle the forfeit rule, room «n:3» «d:4» «d:4», right after the "
               "Thursday practice"),
        ("IN", "Snake boat club's online meeting with the race committee, link code «up:3»-«up:4»-«up:3», tonight "
               "after the practice row"),
        ("JP", "綱挽き実行委員会のオンライン打ち合わせ、会議ID «n:3» «d:4» «d:4»、パスコードは別途連絡します"),
    ],
    "address": [
        ("US", "Summer logrolling clinic meets at «int:100-999» Flowage Lane, behind cabin «int:2-6», leave the car "
               "by the bait shop"),
        ("GB", "Outdoor centre, «int:1-80» Glenmore Road, the yukigassen court is past the café"),
        ("DE", "Festzelt-Büro: Marktplatz «int:1-20», Markgröningen"),
        ("CA", "Snowfort league clubhouse, «int:100-999» rue Racine Est, entrance on the side"),
        ("FR", "Gymnase du club, «int:1-90» avenue des Sports"),
        ("JP", "雪合戦の大会本部は壮瞥町«int:1-9»丁目«int:1-30»番地の公民館、駐車場は裏手です"),
    ],
    "network": [
        ("US", "The reservation kiosk in the birling boathouse only answers on «ip» over the lake wifi, so "
               "reboot it from the office"),
        ("GB", "Glenmore bunkhouse's cabled scoring laptop registers itself as «ip» with adapter «mac»; use the socket "
               "beside the boot rack"),
        ("DE", "Der Zeitnahme-Rechner neben dem Stoppelacker bekommt im Zunftnetz fest «ip» zugeteilt, damit die "
               "Anzeigetafel ihn findet"),
        ("CA", "Snowfort league's scoreboard box in the arena is fixed at «ip»; the volunteers keep unplugging it "
               "to charge phones"),
        ("IN", "Boat club's stroke tracker base station: «ip», port 8080"),
        ("AU", "Goulburn woolshed router only lets through devices it knows, so the shearing judges' tablet, hardware "
               "address «mac», goes on before the first pen opens"),
    ],
    "health": [
        ("US", "After the dunk my heart rate was «int:120-170» bpm and came down to «int:70-95» in five minutes"),
        ("GB", "Post-match check at the hut: resting pulse «int:55-80», fine to play the next set"),
        ("DE", "Die Sanitäterin hat nach dem Barfußrennen über die Stoppeln meinen Herzschlag gezählt, "
               "«int:140-180» pro Minute, und mir die Fußsohlen verbunden"),
        ("CA", "The first-aid volunteer at the snowfort tent took the referee's pressure after he slipped on the "
               "ice: «int:110-140»/«int:70-90», she let him finish"),
        ("IN", "Oarsman's oxygen saturation after the heat: «int:94-99»%, pulse «int:100-150»"
               ", the doctor cleared him"),
        ("JP", "雪合戦の試合後に救護テントで測った体温は36.«int:1-9»度、脈拍は«int:60-100»、問題なしとのこと"),
    ],
    "ticket": [
        ("US", "The reservation software company still hasn't closed case «n:6», where the birling pond got billed "
               "twice for one Saturday session"),
        ("GB", "Helpdesk ticket «n:5» for the scoring app's login problem"),
        ("DE", "Ticketnummer «n:6» für die Tribüne beim Schäferlauf"),
        ("CA", "League website ticket «n:5», schedule not loading"),
        ("IN", "Grandstand ticket no. «n:7» for the Nehru Trophy, pavilion side"
               ", bring it printed"),
        ("IE", "Regatta stand ticket «n:6», row C"),
    ],
    "booking": [
        ("US", "Pond booking confirmation «an:6»" + ", Saturday 9 to 11"),
        ("GB", "The bunkhouse at Glenmore confirmed our yukigassen weekend under reservation code «an:6», "
               "sixteen bunks and the drying room"),
        ("DE", "Der Reisebus zum Schäferlauf ist unter der Vorgangsnummer «n:8» für sechzig Leute reserviert, "
               "Abfahrt am Bahnhof"),
        ("CA", "Bus to the playoffs booked, confirmation «an:6», seats for twelve"),
        ("FR", "Réservation du gîte: «an:6»" + ", deux nuits"),
        ("JP", "壮瞥の民宿、雪合戦チーム七人分の予約番号は «an:8»、夕食付き"),
    ],
    "timestamp": [
        ("US", "Log from the pond gate: opened «year»-«mm»-«dd»T«hh»:«two»:«two»Z by the morning crew"),
        ("GB", "Scoring app synced at «year»-«mm»-«dd» «int:10-23»:«two»:«two», then lost signal"),
        ("DE", "Zeitstempel der letzten Messung: «dd».«mm».«year»"
               " «hh»:«two»:«two» Uhr"),
        ("CA", "The snowfort league's website was last copied to the spare drive on «year»-«mm»-«dd» «hh»:«two», "
               "before the storm knocked the arena power out"),
        ("IN", "Stroke data uploaded «dd»/«mm»/«year» «hh»:«two» IST"),
        ("JP", "綱挽き参加者名簿の最終更新は «year»/«mm»/«dd» «hh»:«two»、以降の変更は事務局へ"),
    ],
    "score": [
        ("US", "Birling final went «int:2-3»–«int:0-1» in falls, the defending champion"
               " went in twice"),
        ("GB", "We won the first set «int:1-3»" + "-0 on flags, lost the next two"),
        ("DE", "Ergebnis beim Seilziehen der Vereine: «int:2-3»:«int:0-1» für die Schäfer"),
        ("CA", "Snowfort final: «int:2-3»–«int:0-2», the third set" + " came down to the last ball"),
        ("NZ", "Open final points «int:50-70».«int:100-999»" + ", second by half a point"),
        ("AU", "Our gang shore «int:200-400» sheep," + " «int:1-5» ahead of the next shed"),
    ],
    "stock": [
        ("US", "Boathouse stock: «num:1000-2000» feet of rope, «two» spare cleats"
               ", logs all out"),
        ("GB", "We have «num:1000-3000» snowballs" + " pre-made in the cold store for the tournament"),
        ("DE", "Im Festzelt sind noch «num:1000-5000» Becher übrig"),
        ("JP", "在庫: 雪玉 «num:1000-9000» 個"),
        ("IN", "Boat club store has «num:1000-3000» litres of varnish left after the repainting"),
        ("CA", "Arena stock of ball moulds: «num:1000-2000»" + " on the shelves"),
    ],
    "weather": [
        ("US", "Pond water at «int:55-70»°F this morning, air «int:60-85»°F" + ", good for birling"),
        ("GB", "Cairngorm forecast: minus «int:1-9»" + "°C and gusts, snow fight still on"),
        ("DE", "Wetter beim Schäferlauf: «int:18-32»°C, Sonne, der Acker ist trocken"),
        ("CA", "Chicoutimi tonight: -«int:10-30»°C, windchill -«int:15-40»" + ", dress warm"),
        ("IN", "Punnamada at race time: «int:28-34»°C, humidity «int:70-95»%" + ", light wind"),
        ("AU", "Bureau says the Southern Tablelands will sit near «int:10-25» degrees for shearing week with a "
               "southerly change, so keep the ewes under cover overnight"),
    ],
    "short_code": [
        ("US", "Pond closures get texted out: send the keyword LOGROLL to «n:5» and the boathouse adds you, "
               "standard carrier charges"),
        ("GB", "The hut's key safe sends a fresh code by the booking app each morning, good for «int:5-15» minutes; "
               "don't bother keying «n:6», that was Tuesday's"),
        ("DE", "Für Ergebnisse per SMS «n:5»" + " mit dem Wort SCHAEFER senden"),
        ("CA", "Snowfort parents, reply FORT to «n:5» and the rink cancellations reach you before you drive over"),
        ("IN", "Race-day heat results for the chundan vallam come by message if you send VALLAM to «n:5» from any "
               "mobile"),
        ("AU", "Dial «n:3»«d:2»«d:2»" + " for the shearing comp's info line"),
    ],
    "public_key": [
        ("US", "When you set up the birling club's backup server, paste this into authorized_keys on the "
               "pond office box: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
        ("GB", "Public key for the scoring app's signed exports,"
               " safe to share: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
        ("DE", "Öffentlicher Schlüssel des Zeitnahme-Servers: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
        ("CA", "League donation address (public), bc1q«bech:38»"),
        ("IN", "To check the signed heat results the snake boat club emails after each round, compare against the "
               "club's OpenPGP fingerprint «HEX:40»"),
        ("JP", "公開鍵: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43»"),
    ],
    "placeholder": [
        ("US", "In the pond booking config, set password=<your password> on line «int:10-60»"
               " before you run it"),
        ("GB", "Template for the scoring app: PASSWORD=changeme"
               " on line «int:3-30»"),
        ("DE", "Die Vorlage für das Zeitnahme-Skript der Zunft enthält in Zeile «int:5-40» noch kennwort = "
               "HIER_EINTRAGEN, das füllt jeder selbst aus"),
        ("CA", "League site .env.example has DB_PASSWORD=*** at line «int:4-20»"
               ", fill it in locally"),
        ("IN", "Config sample: api_key = YOUR_KEY_HERE (line «int:5-50»)"
               " in the docs"),
        ("AU", "Shed tablet setup sheet, step «int:2-9»" + ": password = ********"),
    ],
    "postal": [
        ("US", "Birling clinic mailing address: PO Box «n:3», Winter WI 54896"
               ", attention treasurer"),
        ("GB", "The outdoor centre is in the PH22 postcode area, «int:1-9» miles from the station"),
        ("DE", "Postleitzahl des Festplatzes: «n:5»"),
        ("CA", "League mail goes to G7H «int:1-9»«pick:R/T/S»1, the arena office"),
        ("IN", "Letters for the snake boat club reach the boathouse by the lake if you write the Alleppey "
               "postal index number «n:6» under the name"),
        ("JP", "会場の郵便番号 〒«n:3»-«d:4»"),
    ],
    "quantity": [
        ("US", "We need «int:4-12» logs, «int:6-20» peaveys and «int:2-8» life jackets"
               " for the clinic"),
        ("GB", "Each team gets «int:80-95» snowballs a set and «int:5-9» shelters"
               " on the court"),
        ("DE", "Für das Festzelt brauchen wir «int:100-300» Bierbänke"),
        ("CA", "Order «int:10-40» ball moulds and «int:50-200» helmets for the league"),
        ("NZ", "Each shearer does «int:200-500» sheep on a good day at the Masterton sheds"),
        ("FR", "Avant le tournoi, le trésorier commande «int:20-60» paires de moufles imperméables pour que "
               "personne ne joue les doigts gelés"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """The set's look-alikes: each group's templates drawn twice (dev19's generator)."""
    return _dev19.lookalikes(r, groups or GROUPS)
