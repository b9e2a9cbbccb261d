"""Look-alikes of the dev74 privacy set (``privacy_cases_dev74.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, uuids, tracking and product codes,
password rules, secret references, masked cards, meeting ids, addresses, network settings, health
readings, tickets, bookings, timestamps, scores, stock prices, weather, short codes, public keys,
placeholders, postal codes and quantities), in 34 groups of six templates (ten for the password
rules) from 15 regions, written as messages from particular people in particular situations (a
skijoring circuit, a toy theatre guild, a stone skimming championship, a wife carrying race, a
cardboard boat regatta, a snail racing club); every template drawn twice by dev19's ``lookalikes``."""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Skijoring draw is posted; my gelding goes in the third flight, roughly «hour»:«two» if the groomer finishes the jump "
               "before lunch and nobody falls at the ring gate"),
        ("IE", "Skimming lads, the Galway heats moved, we're throwing from «int:9-11»:«two» at the harbour wall, bring the flat "
               "ones from Kilkee"),
        ("GB", "Snail stewards: chalk the circle by «int:2-4»:«two», first heat follows straight after the vicar's speech and the "
               "raffle"),
        ("JP", "スキージョーリングの馬運車は朝«int:6-8»時«two»分に雪原の駐車場へ、誘導係は赤いベスト"),
        ("NZ", "Wife carrying practice in the Hendersons' paddock at «hour»:«two», bring your own partner and a towel for the "
               "trough"),
        ("IN", "Powai cardboard boat teams, launch queue opens «int:6-8»:«two» am sharp, hulls must be at the weighing tent "
               "before that"),
    ],
    "date": [
        ("US", "Sunday River wife carrying registration closes «mon» «day», «year», and the heats fill up quicker than the "
               "lodge rooms do"),
        ("DE", "Das Papiertheater-Treffen in Preetz ist dieses Jahr am «dd».«mm».«year», wer fährt mit und nimmt die "
               "Bühnenkiste mit?"),
        ("GB", "Congham's championship is on «dd»/«mm»/«year» again, the stewards meet at the church hall to dampen the "
               "cloth"),
        ("JP", "段ボールボート大会、雨のため«year»年8月«day»日に延期。受付テント、湖畔の東側"),
        ("CA", "Skijoring on the frozen lake is penciled in for «mon» «day» «year», if the ice is thick enough for the "
               "trucks and the horse trailers"),
        ("FR", "La régate des bateaux en carton est avancée au «dd»/«mm»/«year», prévenez les équipes du collège"),
    ],
    "duration": [
        ("US", "Our skijoring run was «int:40-70» seconds flat with two missed rings, Winona says the mare slowed at the "
               "second jump"),
        ("GB", "The toy theatre play ran «int:1-2» h «two» min including the interval and the slider jam in act two"),
        ("NO", "Turen med skikjøring bak hesten tok «int:10-25» minutter fra låven til vannet"),
        ("IN", "Our cardboard boat lasted «int:7-9» minutes before sinking, the record this year was «int:2-5» more"),
        ("AU", "The snail in lane four took «int:2-4» minutes to cross the chalk, which the steward says is slow for "
               "a garden snail"),
        ("FI", "Eukonkannon radan juoksu kesti «int:20-30» sekuntia ja vesiesteessä meni «int:2-5» lisää"),
    ],
    "version": [
        ("US", "Winona pushed the skijoring gate timer to «int:14-16».«int:0-9» after the ring sensor froze, and the export to the "
               "circuit's standings sheet finally carries the penalty seconds"),
        ("DE", "Die Schnittmuster-Software für unsere Papiertheater-Bögen ist jetzt Version «int:2-6».«int:0-9», die "
               "alten Dateien lassen sich trotzdem öffnen, nur die Kulissen muss man neu anordnen, sagt Gesine, und die "
               "Schriftarten fehlen"),
        ("JP", "ボート計測アプリをバージョン«int:1-4».«int:0-9».«int:0-9»に更新しました"),
        ("GB", "Snail tracker firmware «int:2-8».«int:0-9» is on the Pi now, stewards, please stop unplugging it to charge "
               "your phones"),
        ("CA", "The regatta's scoring spreadsheet template is at v«int:1-5».«int:0-20»; use that one, not the copy Hermas "
               "emailed around in the spring"),
        ("BR", "O aplicativo de cronometragem da regata de papelão está na versão «int:2-7».«int:0-9».«int:0-9», atualizem "
               "antes da largada"),
    ],
    "coordinates": [
        ("GB", "Broads cardboard regatta launch slipway, for the sat-nav: «int:52-52».«d:4», «int:1-1».«d:4», park on the grass "
               "verge"),
        ("NO", "Skikjøringsløypa starter ved «int:60-61».«d:4» N, «int:8-9».«d:4» Ø"),
        ("CA", "Ice skijoring course marker on Lake St. Clair at «int:42-42».«d:4», -«int:83-83».«d:4», stay off the "
               "pressure ridge"),
        ("US", "Riverfront cardboard regatta ramp: «int:38-38».«d:4», -«int:90-90».«d:4»"),
        ("JP", "スキージョーリング会場 «int:35-36».«d:4», «int:139-140».«d:4»"),
        ("AU", "Snail derby at the lakeside hall, «int:37-37».«d:4» S «int:143-143».«d:4» E"),
    ],
    "amount": [
        ("US", "Skijoring entry is $«price:40-90» per rider-horse-skier team"),
        ("GB", "The toy theatre raffle made £«price:300-900» for the roof"),
        ("JP", "段ボールボートの材料費は«num:1000-3000»円"),
        ("IN", "Paper theatre show tickets are Rs «int:200-600» each, kids free"),
        ("CA", "Regatta sponsorship came to $«price:500-1500» after «int:6-10» local businesses chipped in"),
        ("NO", "Startkontingent for skikjøring: «int:50-150» kr per ekvipasje"),
    ],
    "isbn": [
        ("US", "Winona recommends the skijoring handbook with the chapter on teaching a horse to pull a skier, ISBN «isbn13»"),
        ("GB", "The guild's lending copy of the history of Pollock's toy theatres, ISBN «isbn13»"),
        ("DE", "Das Buch über Papiertheater im 19. Jahrhundert, das Tilmann immer zitiert: ISBN «isbn13»"),
        ("IN", "Our workshop used the Bengali paper puppet pattern book, ISBN «isbn13»"),
        ("JP", "図書館で借りた段ボール船の作り方、夏休みの工作コーナーの本 ISBN «isbn13»"),
        ("CA", "Old paperback on boat building with corrugated board that Hermas found at the flea market, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "Duct tape bulk order for the regatta team, confirmation «n:6»"),
        ("JP", "段ボール板三十枚とガムテープの注文番号は«n:8»、土曜に体育館へ配達"),
        ("GB", "Replacement slider wires from the model shop, order «up:2»-«n:5»"),
        ("DE", "Die Nachdrucke der Ausschneidebögen sind bestellt, Auftragsnummer «n:7», Lieferung hoffentlich vor dem "
               "Festival"),
        ("IN", "Waterproof paint for the hull, Amazon order «n:7»"),
        ("BR", "Pedido das fitas e da tinta para o barco de papelão: número «n:8», chega na quinta"),
    ],
    "flight": [
        ("CA", "Hermas lands on AC«int:800-899» at «int:13-19»:«two» with the skijoring harness in his checked bag"),
        ("JP", "帰りはNH«int:800-999»便"),
        ("NO", "Vi flyr SK«int:1000-1999» til Kuopio og tar bussen videre til konebæringen i Sonkajärvi, avgang «int:6-9»:«two» om "
               "morgenen"),
        ("US", "Team flies UA«int:100-299» to Denver, then it's «int:10-40» more miles to Leadville"),
        ("GB", "Snail stewards' delegation on BA«int:200-299» to the French race, snails in the hand luggage (allowed, "
               "we checked)"),
        ("DE", "Gesine bringt die Bühnenkiste im Handgepäck mit, Flug LH«int:100-999», Landung «int:10-18»:«two», wer holt sie mit dem Lastenrad ab?"),
    ],
    "invoice": [
        ("US", "Invoice «n:5» from the arena groomer for the skijoring track, due on receipt"),
        ("GB", "The marquee firm's bill for the snail derby arrived, INV-«year»-«n:3», and it charges us for the guy ropes the goat ""chewed"),
        ("DE", "Die Druckerei hat für die Nachdrucke der Kulissenbögen die Rechnung «year»/«n:4» geschickt, Kassenwartin, zahlst du "
               "die vor dem Treffen in Preetz?"),
        ("JP", "スキージョーリングの雪上整備代、請求書は第«n:6»号、月末払い"),
        ("IN", "Ballygunge community hall sent its bill for the paper theatre weekend, PT/«year»/«n:4», generator hire included"),
        ("FR", "Le loueur de remorques envoie sa note F«year»-«n:4» pour le transport des coques en carton jusqu'au lac, le "
               "trésorier la règle jeudi"),
    ],
    "build": [
        ("US", "Gate timer build «n:4» passed on the race laptop"),
        ("GB", "Snail tracker nightly #«int:100-999» is broken again"),
        ("DE", "Build «n:4» vom Kulissen-Plotter läuft"),
        ("CA", "Hermas tagged scoreboard build #«int:10-99» before the sinking heats, the leaderboard now shows how long each hull ""floated"),
        ("JP", "スキージョーリング計時アプリ、ビルド«n:4»で雪の日の誤作動を修正"),
        ("SG", "Our cardboard boat simulator (a school project, don't laugh) is on build «n:5», and the hull model now sinks "
               "«int:2-9» times slower than last week's"),
    ],
    "room": [
        ("US", "Skijoring riders' meeting moved to room «int:100-250» at the Leadville community center, coffee provided"),
        ("GB", "Toy theatre cutting evening has moved upstairs to meeting room «int:1-6» at Clerkenwell library, bring a scalpel and a ""mat"),
        ("DE", "Generalprobe mit den neuen Stanniol-Blitzen: Gemeindehaus, Zimmer «int:1-20», Gesine bringt Kekse"),
        ("JP", "紙の劇場の上演は市民会館«int:2-9»階、«int:1-9»番の和室で"),
        ("FR", "Briefing des capitaines avant la mise à l'eau des bateaux en carton : salle polyvalente n° «int:1-12», derrière la ""capitainerie"),
        ("CA", "Wife carrying briefing in room «int:100-250» of the lodge"),
    ],
    "hash": [
        ("US", "Winona's gate timer export for the skijoring finals verified against the race office copy, sha256 «hex:64»"),
        ("GB", "Stewards, the heat results are in the repo now; the commit with Turbo the Second's disqualification is «hex:40»"),
        ("DE", "Gesine hat die Druckvorlage für die Kulissenbögen neu hochgeladen, Prüfsumme SHA-256 zum Vergleichen: «hex:64»"),
        ("JP", "段ボールボート計測の修正コミット«hex:7»"),
        ("CA", "The regatta photo archive zip Hermas uploaded after the sinking heats has MD5 «hex:32», check yours matches "
               "before deleting the card"),
        ("IN", "Workshop booking site fix for the double-booked Saturday batch is in commit «hex:40», Nandita deployed it"),
    ],
    "uuid": [
        ("US", "Skijoring circuit database, the heat where the palomino ran out of the course is record «uuid», flag it for the "
               "judges"),
        ("GB", "Snail stewards' entry database shows Turbo the Second as «uuid» twice, one of them is his brother"),
        ("DE", "Im Buchungssystem des Papiertheaters hat die Sonntagsvorstellung die ID «uuid», falls jemand nachfragt"),
        ("JP", "スキージョーリング大会のウェブ申込、受付番号 «uuid» を当日受付で見せてください"),
        ("AU", "Regatta hull registration for the Year 9 boat, reference «uuid», bring a printout to scrutineering"),
        ("BR", "A inscrição da equipe na regata de papelão ficou com o código «uuid» no sistema da prefeitura"),
    ],
    "tracking": [
        ("US", "The replacement skijoring harness shipped, UPS «ups»"),
        ("GB", "The reprinted Redington sheets are on their way from the printer, Royal Mail tracked «up:2»«n:9»GB, signature "
               "needed at the church hall"),
        ("DE", "Gesines Kiste mit den Kulissen und dem Proszenium aus Pappe kommt als Paket, Nummer «n:12», hoffentlich nicht nass"),
        ("CA", "Canada Post tracking for the skijoring bindings Hermas ordered from Quebec City: «n:16», should be here before "
               "the frozen lake race"),
        ("IN", "India Post speed post «n:13» for the puppets"),
        ("AU", "Snail derby rosettes from the printer in Geelong, AusPost parcel «up:2»«n:9»AU, please leave it with the "
               "caretaker at the lakeside hall"),
    ],
    "product_code": [
        ("US", "The waterproof hull paint the coach swears by (gray, exterior, one gallon) has barcode «ean13», buy two"),
        ("GB", "Stewards' chalk sticks barcode «ean13»"),
        ("DE", "Das gute Gewebeband für das Pappboot, silbern, 50 Meter, hat die Artikelnummer «ean13», bitte genau das nehmen"),
        ("JP", "養生テープ JAN «ean13»"),
        ("CA", "Klister wax barcode «ean13»"),
        ("FR", "Pour les coques, le carton double cannelure du magasin de bricolage porte le code-barres «ean13», prenez-en "
               "vingt plaques"),
    ],
    "password_words": [
        ("US", "Skijoring circuit's rider portal changed its rules: passwords need «int:10-16» characters or more and can't "
               "contain your horse's registered name, which caught half the barn out"),
        ("GB", "The toy theatre guild's new website insists a password is «int:8-12» characters long with «int:3-5» kinds of "
               "character, so the older members are writing theirs inside the programme covers"),
        ("DE", "Das neue Portal vom Papiertheater-Verein verlangt ein Passwort mit mindestens «int:8-14» Zeichen, Tilmann hat "
               "sich schon zweimal ausgesperrt"),
        ("CA", "Regatta sign-up page: password reset links die after «int:60-120» minutes and the new password needs "
               "«int:8-12» characters, so do it before you go paddle"),
        ("IN", "Workshop booking site nags everyone to change the password every «int:30-90» days, even the kids' parents"),
        ("AU", "Reminder from the snail derby committee: everyone's password for the entries spreadsheet changes on "
               "«dd»/«mm»/«year», ask the secretary for the new rules"),
        ("JP", "大会サイトのパスワードは«int:8-12»文字以上、記号を一つ入れてください"),
        ("BR", "A inscrição dos barcos de papelão mudou de sistema: agora a senha tem que ter uns «int:8-12» caracteres e não pode "
               "repetir o nome do barco, reclamou o capitão"),
        ("NZ", "Wife carrying club login now wants passwords of «int:10-14» characters, the treasurer is not amused"),
        ("FR", "Le site de la régate en carton rejette mon mot de passe : trop court, il en faut «int:8-12» au minimum, et pas le "
               "nom de notre coque, La Serpillière"),
    ],
    "secret_reference": [
        ("US", "Don't paste the gate timer's API key in the riders' chat, it lives in the circuit's vault under "
               "skijor/timing, version «int:1-9», and the race office laptop reads it from there"),
        ("GB", "Treasurer of the paper theatre guild: our bank's sign-in details sit in the committee's shared vault, last rotated "
               "«year», so nobody needs to scribble them inside the Pollock sheet box again"),
        ("DE", "Onlinebanking des Papiertheater-Vereins: Kennung und PIN liegen versiegelt im Umschlag Nummer «int:2-4» bei der "
               "Kassenwartin, nicht im Kulissenschrank"),
        ("CA", "The regatta webhook secret is kept as a CI variable named REGATTA_HOOK, revision «int:1-9», nobody needs to "
               "email it around"),
        ("IN", "Booking site token is in the cloud secret store, version «int:10-99»"),
        ("NL", "Waar is de API-sleutel van de slakkenrace-app? In de wachtwoordkluis van de jaarmarktcommissie, revisie «int:10-99»; "
               "niet in de groepsapp zetten, Joost"),
    ],
    "masked": [
        ("US", "Lodge confirmation: $«price:20-200» held on the card ending in «d:4» for the wife carrying weekend, released "
               "at checkout"),
        ("GB", "The marquee company took the snail derby deposit from the committee card ending «d:4», receipt is in the "
               "biscuit tin with the rosettes"),
        ("DE", "Kontoauszug vom Papiertheater-Verein: «int:10-90» Euro für Karton abgebucht von der Karte **** «d:4»"),
        ("CA", "Skijoring entry fee went through on the Visa ending in «d:4», the receipt says the club's name in French"),
        ("IN", "Workshop booking confirmed, paid by card XXXX XXXX XXXX «d:4», show this message at the hall"),
        ("AU", "The regatta trailer bond is on the Mastercard ending «d:4», it gets refunded when the trailer comes back dry"),
    ],
    "meeting_id": [
        ("US", "Skijoring committee call tonight about the jump height after the fall, Zoom meeting ID «n:3» «d:4» «d:4», "
               "Winona hosts"),
        ("GB", "Guild cutting-evening call on Zoom, «n:3» «d:3» «d:3»"),
        ("DE", "Besprechung Papiertheater-Festival, Teams-ID «n:3» «d:4» «d:4»"),
        ("CA", "Regatta captains' call, meeting «n:4» «d:3» «d:3»"),
        ("IN", "Kolkata paper theatre workshop volunteers meet online Sunday evening, the Google Meet code is "
               "«pick:kqd/vhm/zpt/ruw»-«pick:xban/mfoe/tsiq/lyjw»-«pick:gcn/dwe/pjh/ofa», Nandita will let you in"),
        ("JP", "紙の劇場の打ち合わせはズーム、ミーティング番号«n:3» «d:4» «d:4»、夜八時から"),
    ],
    "address": [
        ("US", "Skijoring awards banquet at «int:1000-4000» Harrison Ave, upstairs"),
        ("GB", "Snail derby stewards meet at «int:1-99» Church Lane the night before, the cloth gets dampened in the scullery "
               "and the chalk is kept in the coal shed out the back, so bring a torch and your own tea mug"),
        ("DE", "Das Papiertheater spielt diesmal im Hinterhof der Holtenauer Straße «int:1-80», Eingang durch die "
               "Fahrradwerkstatt"),
        ("CA", "Regatta teams build at «int:100-999» rue Principale, in the old garage behind the dépanneur; the door sticks, "
               "lift it before you push, and the tape is in the blue bins"),
        ("FR", "Nouvel atelier pour les décors de théâtre de papier : «int:1-60» rue des Tanneurs, sonnez chez Mme Roussel, deuxième "
               "porte après les vélos"),
        ("JP", "会場は三丁目«int:1-9»番«int:1-20»号の公民館"),
    ],
    "network": [
        ("US", "Gate timer Raspberry Pi in the skijoring shed comes up on «ip» after a reboot; the laptop must be on the "
               "barn wifi to see it, the trailer hotspot won't do"),
        ("GB", "Snail tracker by the chalk circle: IP «ip», MAC «mac», plugged into the extension lead behind the tea urn, "
               "which is why it keeps dropping when someone boils water"),
        ("DE", "Plotter im Keller: «ip»"),
        ("CA", "Regatta scoreboard on the dock answers at «ip» when the router in the boathouse is on, otherwise use the "
               "printed sheets"),
        ("IN", "Workshop projector IP «ip»"),
        ("AU", "The derby's overhead camera shows up on the hall router as MAC «mac»; if it isn't streaming, unplug it for "
               "ten seconds, the secretary says, and then check the lens for snail trails"),
    ],
    "health": [
        ("US", "Vet check after the final skijoring run: the mare's heart rate was «int:160-195» coming off the course and "
               "«int:55-75» twenty minutes later, fit to go home"),
        ("GB", "First aider's note for the steward who fainted by the circle: BP «int:110-150»/«int:70-95», sat in the shade "
               "with squash"),
        ("DE", "Nach dem Frauentragen beim Dorffest hat die Sanitäterin gemessen: Puls «int:60-90», Blutdruck "
               "«int:110-140»/«int:70-90», und dann hat sie mir ein Bier verboten, was ich ungerecht finde, denn meine Frau "
               "wurde getragen, nicht ich, und trotzdem bekam sie eins"),
        ("CA", "Wife carrying training log: lactate after the second full-speed run with the Estonian hold was «int:4-9».«int:0-9» "
               "mmol/L, the coach wants it lower before Sunday River, so more hill repeats on the farm road next week and less "
               "poutine"),
        ("IN", "Checked BP at the regatta's medical tent: «int:110-150»/«int:70-95»"),
        ("JP", "大会前の体重測定、妻は«int:50-90».«int:0-9»kg"),
    ],
    "ticket": [
        ("US", "Opened a support ticket with the timing company about the skijoring gate sensors freezing below zero, it's #«n:6», "
               "they promised a call back before the weekend"),
        ("GB", "Keep the stub! The Redington draw is at the interval, and yours is «up:3»-«n:6»"),
        ("DE", "Störung im Kulturhaus gemeldet, Ticket «n:7»"),
        ("CA", "Regatta ramp repair ticket «n:7»"),
        ("IN", "Raised a complaint with the electricity board about the hall's power cut during the paper theatre show, "
               "complaint number «n:8», and they say someone will come by on Monday, which is after the festival"),
        ("IE", "Skimming club's ferry complaint, ticket «n:6»"),
    ],
    "booking": [
        ("US", "Lodge booking for the Sunday River wife carrying weekend, two nights, confirmation «up:2»«n:8», late "
               "check-in because of the heats, and they say the hot tub closes at ten so plan your celebrations early"),
        ("GB", "Easdale ferry booking «up:3»«n:5»"),
        ("DE", "Buchung der Jugendherberge fürs Papiertheater-Festival, Buchungsnummer «n:9», drei Zimmer, Frühstück inklusive"),
        ("CA", "Campground reservation by the frozen lake for the skijoring weekend, number «n:10», site 14 has the power "
               "post for the horse trailer heater"),
        ("FR", "Le gîte près du lac d'Annecy confirme notre séjour pour la régate en carton sous le code «up:6», clés dans la boîte "
               "aux lettres, remorque derrière la grange"),
        ("JP", "宿の予約番号«n:8»"),
    ],
    "timestamp": [
        ("US", "Skijoring gate timer log, the line where the ring sensor glitched: «year»-«mm»-«dd»T«hh»:«two»:«two»Z GATE3 "
               "missed, and the run was rescored by hand, which Winona has initialled on the printout"),
        ("GB", "Stewards' camera saved the photo finish at «year»-«mm»-«dd» «int:14-16»:«two»:«two», the file name says so and "
               "the shell is just over the line, so Turbo the Second wins after all, sorry to the other trainers"),
        ("DE", "Stempel im Protokoll: «dd».«mm».«year» «hh»:«two»:«two» Boot gesunken"),
        ("CA", "Hermas's scoreboard export stamped «year»-«mm»-«dd» «hh»:«two» shows the Sinking Feeling last, by a lot"),
        ("IN", "Paper theatre show log, curtain up at «dd»/«mm»/«year» «hh»:«two» according to the stage manager's notes "
               "and the projector"),
        ("JP", "計測記録 «year»/«mm»/«dd» «hh»:«two» ゴール"),
    ],
    "score": [
        ("US", "Skijoring team standings after Saturday: we beat the Whitefish crew «int:0-12»-«int:0-12» on rings speared, and "
               "Winona says it's the first time in three winters that a Leadville barn has done that, drinks at the banquet"),
        ("GB", "Skimming scores from the quarry pool: «int:20-45» bounces in the men's, «int:15-40» in the women's, and "
               "«int:2-9» in the juniors' after the wind came up"),
        ("DE", "Pappbootrennen, Endstand Teamwertung «int:20-40»:«int:15-35»"),
        ("CA", "Wife carrying relay: our pair finished «int:1-12»th out of «int:1-20», not bad for the first year"),
        ("NZ", "We won «int:2-3» heats in the paddock"),
        ("AU", "Snail derby final «int:2-3»-«int:0-1» to Shelby"),
    ],
    "stock": [
        ("US", "The outdoor retailer sponsoring the skijoring series closed at $«int:20-90».«two» a share yesterday, the "
               "treasurer follows it closely because the prize purse is paid in their gift cards"),
        ("GB", "FTSE 100 at «num:7000-9000» this morning, says the steward who reads the paper aloud while the snails warm up "
               "in their tubs and refuse to move"),
        ("DE", "Der DAX stand bei «num:15000-20000» Punkten, als wir das Pappboot zu Wasser gelassen haben, und beide sind "
               "danach gesunken"),
        ("JP", "大会の協賛企業の株価を気にする会長、日経平均は«num:30000-42000»円だって"),
        ("IN", "Sensex «num:60000-80000» today, the regatta sponsor is happy"),
        ("CA", "TSX closed at «num:19000-24000» the day of the skijoring final, and the sponsor's rep spent the whole "
               "afternoon on her phone watching it instead of the horses, so she missed the palomino's jump"),
    ],
    "weather": [
        ("US", "Leadville forecast for the skijoring: low «int:15-20», high «int:25-33», bluebird sky"),
        ("GB", "Congham's forecast says «int:12-22» degrees and damp, perfect snail weather"),
        ("DE", "Wetter für das Pappbootrennen am Baggersee: «int:5-18» Grad, Regenwahrscheinlichkeit «int:10-80» Prozent, "
               "die Kartons bitte abdecken und das Klebeband im Auto lassen, bis die Boote geprüft sind"),
        ("CA", "Frozen lake skijoring: «int:8-16» below overnight, «int:15-28» cm of fresh snow"),
        ("IN", "Powai lake regatta day forecast «int:26-38» °C"),
        ("AU", "Lakeside snail derby will be «int:28-42»°C, keep the snails in the shade"),
    ],
    "short_code": [
        ("US", "To get the skijoring results by text, send RESULTS to «d:4» from any US phone, standard rates apply"),
        ("GB", "Text SNAIL to «d:4» to donate to the chapel roof fund on derby day, the stewards will read out the total"),
        ("DE", "Spenden fürs neue Proszenium vom Papiertheater: einfach BUEHNE per SMS an «d:5» schicken, kostet fünf Euro"),
        ("CA", "Text HULL to «d:6» to give $«int:5-15» to the regatta's youth teams, it shows on your next phone bill"),
        ("IN", "Workshop booking OTPs come from the short code «d:4», not from a mobile number, so ignore anyone who "
               "calls asking for it"),
        ("AU", "Send DERBY to «d:6» to give $«int:5-10» towards the snail derby's new marquee, receipts by SMS"),
    ],
    "public_key": [
        ("US", "Public key for the skijoring timing box, add it to authorized_keys on the barn Pi: ssh-ed25519 "
               "AAAAC3NzaC1lZDI1NTE5AAAAI«b64:43» winona@tackroom"),
        ("GB", "Guild server's age recipient for the backups: age1 then the stewards' «b64:43»"),
        ("DE", "WireGuard-Public-Key vom Vereins-Pi fürs Papiertheater: «b64:43»"),
        ("CA", "Regatta VPN peer public key «b64:43»"),
        ("IN", "Workshop server's public key: «b64:43»"),
        ("JP", "公開鍵 «b64:43»"),
    ],
    "placeholder": [
        ("US", "In the skijoring timer's README the example config says GATE_API_KEY=your-key-here and GATES=«int:1-9», "
               "don't copy it as is, put the real key in the vault and the real gate count in the file"),
        ("GB", "Guild newsletter template: Dear <member name>, your subs for «int:1-9» shows are due"),
        ("DE", "Im Vereinswiki steht nur PASSWORT_HIER_EINTRAGEN und Anzahl Bühnen: «int:1-9», die echten Daten hat die "
               "Kassenwartin im Tresor"),
        ("CA", "Regatta form: SIN: XXX-XXX-XXX, boats: «int:1-9»"),
        ("IN", "Sample .env for the booking site ships with API_KEY=changeme and WORKERS=«int:1-9», which Nandita "
               "replaced on the server before the festival, not in the repo"),
        ("AU", "The derby's entry form example reads 'Card number: XXXX XXXX XXXX XXXX, expiry MM/YY', then asks how many "
               "snails you're entering (max «int:1-9»), and someone actually copied the Xs in last year"),
    ],
    "postal": [
        ("US", "Ship the skijoring trophies to the Leadville post office, ZIP «n:5», general delivery, they know us"),
        ("GB", "Snail derby post goes to the church hall, postcode PE«int:1-27» «int:1-9»«up:2», mark it 'stewards'"),
        ("DE", "Die Bögen bitte an die Kulturscheune schicken, PLZ «n:5», zu Händen von Gesine"),
        ("CA", "Regatta club mailbox: postal code J«int:8-9»«up:1» 2K4, rue Principale, the red box by the garage"),
        ("IN", "Kolkata paper theatre group, post to the Ballygunge office, PIN code «n:6», attention Nandita"),
        ("JP", "大会事務局 〒«n:3»-«n:4»"),
    ],
    "quantity": [
        ("US", "Regatta supply run: «int:2-6» cases of duct tape and «int:10-30» sheets of refrigerator cardboard for the "
               "seventh grade hulls, plus a gallon of paint nobody measured"),
        ("GB", "For the toy theatre matinee we need «int:3-8» scenes cut, «int:1-4» prosceniums glued and «int:20-60» "
               "characters mounted on their sliders by Saturday morning"),
        ("DE", "Fürs Pappboot brauchen wir noch «int:4-12» Rollen Gewebeband und «int:2-6» Eimer Teichfarbe"),
        ("CA", "Skijoring barn order: «int:4-10» bales of hay and «int:8-20» bags of shavings before the trailers arrive"),
        ("NZ", "Wife carrying practice kit: «int:6-14» towels and «int:2-5» buckets for the trough"),
        ("FR", "Pour la régate : «int:3-9» rouleaux d'adhésif et «int:10-30» plaques de carton"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """The set's look-alikes: dev19's ``lookalikes`` over this set's groups."""
    return _dev19.lookalikes(r, groups or GROUPS)
