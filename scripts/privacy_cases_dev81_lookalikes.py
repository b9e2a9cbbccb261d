"""Look-alikes of the dev81 privacy set (``privacy_cases_dev81.py``): lines that carry digits,
codes, keys or the word password but no personal value (times, dates, durations, versions, coordinates,
amounts, ISBNs, orders, flights, invoices, builds, rooms, hashes, UUIDs, tracking and product codes,
password rules, references to secrets kept elsewhere, masked numbers, meeting ids, street addresses,
network addresses, health readings, tickets, bookings, timestamps, scores, stock prices, weather, short
codes, public keys, placeholders, postal codes and quantities), written as messages from this set's
situations (Nederland's coffin races and polar plunge, the Kinetic Grand Championship in Humboldt County,
the Lake Pisiquid pumpkin regatta, Brunsbüttel's Wattolümpiade, Kishiwada's danjiri, the Kila Raipur games,
the Osun-Osogbo festival, the Kaapse Klopse, the Safari Rally and Kadayawan, and the glima and pato clubs).
Each template's ``«kind:arg»`` fields are drawn by dev19's lookalikes (privacy_lookalike_fields), each
template twice.
"""

from __future__ import annotations

import random

import privacy_cases_dev19_lookalikes as _dev19
from privacy_cases import Case

__all__ = ["GROUPS", "lookalikes"]

GROUPS: dict[str, list[tuple[str, str]]] = {  # group: [(region, template)]
    "time": [
        ("US", "Coffin race heats in Nederland start at «hour»:«two» sharp, hearses line up behind the brewery"),
        ("IE", "Puck Fair pato demo on the square moved to «int:17-19»:«two», bring the ponies round the back"),
        ("GB", "glima belts handed out at «int:13-16»:«two» in the sports hall foyer, bare feet on the mats please"),
        ("JP", "岸和田だんじり祭の夜の灯入れ曳行は«int:19-21»時«two»分ごろ、駅前のカンカン場の角で待ち合わせ"),
        ("NZ", "Kinetic sculpture viewing party at the Taupo pub kicks off at «hour»:«two» tonight, bring a jacket"),
        ("IN", "Kila Raipur bullock cart heats start at «int:5-7»:«two» in the morning, before the heat gets bad"),
    ],
    "date": [
        ("US", "Frozen Dead Guy Days this year opens on «mon» «day», «year», with the coffin race on the Saturday"),
        ("DE", "Wattolümpiade im Brunsbütteler Elbwatt: Spieltag ist der «dd».«mm».«year», die Teams melden "
               "sich bis Ende Juni"),
        ("GB", "Glima society AGM pencilled in for «dd»/«mm»/«year» at the Wolverhampton hall, tea and biscuits"),
        ("JP", "岸和田だんじり祭 «year»年9月«int:13-15»日と«day»日の予定"),
        ("CA", "Pumpkin regatta on Lake Pisiquid is set for «mon» «day», «year», weigh-off the weekend before"),
        ("FR", "Tournoi de pato de Chantilly reporté au «dd»/«mm»/«year» à cause du terrain détrempé"),
    ],
    "duration": [
        ("US", "Coffin race course is about «int:2-5» hundred feet of snow and mud, "
               "the winners usually take under a minute"),
        ("GB", "the glima seminar runs «int:1-2» hours «two» minutes including the warm-up and the belt drills"),
        ("NO", "Glimatreningen i Tromsø varer «int:3-7» kvarter, så tar vi badstue etterpå"),
        ("IN", "bullock cart race ki ek heat bas «int:60-90» second chalti hai, dhool bahut udti hai"),
        ("AU", "The Safari Rally stream we watched from Ballarat ran «int:40-80» minutes late "
               "because of the dust"),
        ("FI", "Glima-näytös kesti «int:40-60» minuuttia, ja yleisö jäi katsomaan loppuun asti"),
    ],
    "version": [
        ("US", "The coffin race timing app is on v«int:2-5».«int:0-9».«int:0-20», "
               "update it before the heats or the splits won't sync"),
        ("DE", "Die Helfer-App der Wattspiele läuft noch auf der alten Version, "
               "bitte auf «int:3-6».«int:0-9».«int:0-12» aktualisieren"),
        ("JP", "だんじり曳行ルートアプリ ver «int:1-3».«int:0-9».«int:0-9» に更新してください"),
        ("GB", "glima scoring spreadsheet macro is version «int:1-4».«int:0-9».«int:0-30», "
               "the old one miscounts falls"),
        ("CA", "weigh-off scale firmware went from «int:10-20».«int:0-40» to the new release and now reads in kilos"),
        ("BR", "Juízes do pato gaúcho: o aplicativo de súmula pediu atualização pra "
               "«int:2-9».«int:0-9».«int:0-9» e sem ela não registra os gols na estância"),
    ],
    "coordinates": [
        ("GB", "Glima demo field at the country show is at «lat:51.1..51.2», «lon:-0.2..-0.1», follow the bunting"),
        ("NO", "Badstua vi bruker etter glimatreningen ligger på «lat:60..62», «lon:5..7» "
               "ved fjorden"),
        ("CA", "pumpkin boat launch ramp on Lake Pisiquid: «lat:44.9..45.0», «lon:-64.2..-64.1»"),
        ("US", "coffin race finish line pin for the drone pilot: «lat:39.9..40.0», «lon:-105.6..-105.5»"),
        ("JP", "だんじりのやりまわし撮影地点 «lat:34.4..34.5», «lon:135.3..135.4»"),
        ("AU", "the outback pato muster meets at «lat:-23.8..-23.7» "
               "and «lon:133.8..133.9» near the old yards"),
    ],
    "amount": [
        ("US", "Coffin race team fee is $«int:5-9»0 per coffin, "
               "and the brewery sponsorship covered $«num:1000-1500»"),
        ("GB", "glima hall hire came to £«num:1000-3000» for the year, about £«int:40-90» a session"),
        ("JP", "だんじり見物ツアー代金 «num:100000-900000»円"),
        ("IN", "Kila Raipur ke tent aur khane ka kharcha ₹«num:10000-90000» aaya"),
        ("CA", "the pumpkin seed auction raised $«int:150-400» for the fire hall"),
        ("NO", "Glimaklubben fikk «num:1000-3000» kroner i støtte fra kommunen"),
    ],
    "isbn": [
        ("US", "The library copy of the kinetic sculpture race history book, for the pit crew to read: ISBN «isbn13»"),
        ("GB", "Reading list for the glima seminar, the Icelandic sagas translation with the wrestling scenes, "
               "ISBN «isbn13»"),
        ("DE", "Das Buch über das Wattenmeer für die Kinder der Helfer "
               "gibt es in der Bücherei, ISBN «isbn13»"),
        ("IN", "Punjab ke rural sports pe wo kitab mil gayi, ISBN «isbn13»"),
        ("JP", "岸和田だんじりの歴史を写真で辿る図録、図書館で借りられます ISBN «isbn13»"),
        ("CA", "Growing giant pumpkins, the old paperback the regatta folks swear by, ISBN «isbn10»"),
    ],
    "order": [
        ("US", "The coffin handles we ordered from the hardware supply shipped, order #«n:8», arriving Thursday"),
        ("JP", "青年団のそろいの法被と鉢巻を注文しました、受付番号は«n:9»です"),
        ("GB", "glima belts from the Reykjavik shop, order «an:3»-«n:6», customs may hold them a week"),
        ("DE", "Die neuen Schlickschlitten sind bestellt, Bestellnummer «n:7», "
               "Lieferung direkt an den Deich"),
        ("IN", "Kila Raipur ke trophies ka order «an:2»«n:8» dispatch ho gaya, courier se aa raha hai"),
        ("BR", "As manijas de couro cru pra bola do pato vêm de Uruguaiana, rastreio do pedido «n:8» na loja do "
               "seleiro"),
    ],
    "flight": [
        ("CA", "Weigh-master lands in Halifax on AC«int:100-999» at «hh:13-22»:«two», "
               "someone drive him to Windsor"),
        ("JP", "関空行き JL«int:100-999» 便でだんじりへ"),
        ("NO", "Glimalaget flyr SK«int:200-999» kl. «hh:6-21»:«two» til Reykjavík "
               "på fredag"),
        ("US", "our kinetic pilot flies in on UA«int:100-2999» to Arcata, pick her up with the trailer"),
        ("GB", "BA«int:1000-1999» to Keflavik for the glima championship, gate closes early"),
        ("DE", "Flug LH«int:1000-2999» um «hh:6-21»:«two» nach Hamburg, dann mit dem Zug nach Brunsbüttel"),
    ],
    "invoice": [
        ("US", "Invoice «n:6» from the hearse rental is paid, "
               "the coffin skids are extra"),
        ("GB", "Wolverhampton leisure centre billed the Icelandic wrestling taster day as INV-«year»-«n:4»; the "
               "treasurer will pay it from the biscuit tin money"),
        ("DE", "Rechnung Nr. «year»/«n:5» für die Dixi-Toiletten am Deich "
               "ist noch offen"),
        ("JP", "請求書番号 «n:8» 法被代"),
        ("IN", "Kila Raipur ke shamiana wale ka bill KRG/«year»/«n:5» abhi tak clear nahi hua, committee ko "
               "yaad dilao"),
        ("FR", "Facture F«year»-«n:5» du maréchal-ferrant "
               "pour les chevaux de pato"),
    ],
    "build": [
        ("US", "Coffin race timing kiosk image is build «n:4», reflash the spare Pi with it"),
        ("GB", "glima scoring app build «n:3»-«an:6» fixed the tie-break bug"),
        ("DE", "Die Schlickrutschen-Helfer-App läuft seit Build «n:5» stabil, auch wenn im Deichhaus das Netz wackelt"),
        ("CA", "weigh-off scoreboard nightly build «int:300-900» shows the pumpkin weights in pounds again"),
        ("JP", "ルートアプリ ビルド «n:4»"),
        ("SG", "Kadayawan livestream overlay build «n:4» (commit «hex:7») is the one we use on Saturday"),
    ],
    "room": [
        ("US", "Coffin race after-party is upstairs in room «int:100-130» "
               "of the Nederland inn"),
        ("GB", "glima seminar moved to studio «int:1-12» because the main hall floor is being varnished"),
        ("DE", "Die Siegerehrung der Wattolümpiade ist im Saal «int:1-5» "
               "der Elbeforum-Halle"),
        ("JP", "だんじり保存会の寄り合いは公民館«int:1-3»階の«int:1-9»号室、法被の色決めをします"),
        ("FR", "Les cavaliers de pato de Chantilly se retrouvent jeudi soir, salle «int:1-20» au-dessus des "
               "écuries, pour voter le budget du foin"),
        ("CA", "Pumpkin carvers and paddlers: the pre-regatta safety talk is in room «int:200-250» at the Hants "
               "County exhibition building"),
    ],
    "hash": [
        ("US", "coffin race results CSV checksum "
               "(sha256): «hex:64»"),
        ("GB", "The glima video archive commit «hex:40» "
               "added the Skjaldarglima finals"),
        ("DE", "MD5 der Teilnehmerliste: «hex:32» "
               "(nur zur Kontrolle)"),
        ("JP", "だんじり曳行ルートアプリの修正はコミット«hex:40»で入りました"),
        ("CA", "weigh-off scoreboard release tagged at commit «hex:40», roll back to it if the scale feed breaks"),
        ("IN", "Kila Raipur results PDF ka sha256 hash «hex:64» hai"),
    ],
    "uuid": [
        ("US", "The coffin race sign-up form's submission id is «uuid», quote it if you email the organisers"),
        ("GB", "glima seminar booking reference in the hall system: "
               "«uuid»"),
        ("DE", "Schichtplan-Eintrag für den Deich, interne ID: "
               "«uuid»"),
        ("JP", "岸和田だんじり祭の見物席をオンラインで予約、予約IDは«uuid»、当日は受付で提示"),
        ("AU", "Ballarat glima club's hall booking confirmation id «uuid»"),
        ("BR", "O ID do jogo de pato no sistema da federação é «uuid»"),
    ],
    "tracking": [
        ("US", "Brass coffin handles for the Nederland racing casket left the Denver warehouse, UPS «ups»"),
        ("GB", "glima belts from Iceland are on their way, Royal Mail tracking «up:2»«n:9»GB, "
               "signed for"),
        ("DE", "Die neuen Wattschlitten für die Schlickrutschpartie sind unterwegs, Paketnummer «n:12» beim "
               "Paketdienst"),
        ("CA", "Giant pumpkin seed packets left Windsor by Canada Post, parcel «n:16», they should reach the "
               "Gimli growers by Friday"),
        ("IN", "Kila Raipur ki trophies ka speed post tracking number «n:9» hai"),
        ("AU", "outback pato saddles shipped with AusPost, tracking «up:2»«n:9» "
               "to the depot"),
    ],
    "product_code": [
        ("US", "The coffin race sponsor's energy drink, case UPC "
               "on the pallet «d:12»"),
        ("GB", "EAN on the glima belt box from the Reykjavik sports shop, copied for the customs form: «ean13»"),
        ("DE", "Strichcode der Gummistiefel-Lieferung fürs Watt laut Lieferschein: «ean13»"),
        ("JP", "だんじり手ぬぐい JAN «ean13»"),
        ("CA", "Pumpkin carving kit barcode from the regatta shop: «ean13»"),
        ("FR", "Référence du casque de pato au catalogue : «an:3»-«n:5»"),
    ],
    "password_words": [
        ("US", "Reminder for the coffin race sign-up site: passwords must have a number and a symbol, "
               "and they expire every «int:60-120» days"),
        ("GB", "The glima society's new booking system wants passwords of at least «int:10-14» characters "
               "and won't let you reuse the last five"),
        ("DE", "Das Helferportal der Wattspiele sperrt nach drei falschen Passwörtern für «int:90-180» Minuten, "
               "also lieber zurücksetzen"),
        ("CA", "Regatta volunteers, the new portal asks for a password of «int:10-16» characters or more, "
               "pick a phrase you'll remember"),
        ("IN", "Kila Raipur volunteer portal naya rule: password mein «int:8-12» se zyada akshar, «int:1-2» "
               "number aur ek capital letter chahiye, purane wale band"),
        ("AU", "glima club membership portal: everyone must reset their password by «dd»/«mm»/«year»"),
        ("JP", "保存会サイトのパスワードは«int:8-12»文字以上で"),
        ("BR", "A federação gaúcha de pato trocou o sistema de inscrição e agora a senha precisa de «int:8-12» "
               "caracteres, número e símbolo, senão trava"),
        ("NZ", "Kinetic sculpture fan club forum resets passwords after «int:30-90» days "
               "and asks for «int:10-14» characters"),
        ("FR", "Pour le portail du club de pato, "
               "le mot de passe doit être changé tous les «int:60-120» jours"),
    ],
    "secret_reference": [
        ("US", "The coffin race sign-up bot's API key lives in the team's 1Password vault, not in the repo; "
               "ticket «int:10-99»"),
        ("GB", "glima society bank login is in the treasurer's sealed envelope from the «year» AGM, ask her"),
        ("DE", "Das WLAN-Passwort für das Pressezelt steht auf dem Zettel an der Kasse, "
               "Schublade «int:1-60»"),
        ("CA", "weigh-off scale token is kept in vault item «int:1-40», "
               "never paste it in the group chat"),
        ("IN", "results portal ka password treasurer sahab ke paas sealed envelope mein hai, almirah «int:1-80»"),
        ("NL", "De code van het clubhuis-wifi van de glimaclub hangt niet in de groepsapp maar ligt bij de "
               "penningmeester in kluisvak «int:1-50»"),
    ],
    "masked": [
        ("US", "The coffin race entry was charged to the card ending in «d:4», "
               "and the refund will go back to ****«d:4»"),
        ("GB", "glima hall deposit paid from account ending «d:4», "
               "the rest is due on the day"),
        ("DE", "Startgebühr abgebucht von Karte **** «d:4», "
               "Beleg liegt im Helferzelt"),
        ("CA", "Pumpkin regatta paddler fee went through on the Visa ending «d:4»; the society emails receipts "
               "after the weigh-off"),
        ("IN", "₹«num:1000-9000» debited from A/c XXXXXX«d:4» "
               "for Kila Raipur tent"),
        ("AU", "glima dues paid, card xxxx xxxx xxxx «d:4», "
               "thanks"),
    ],
    "meeting_id": [
        ("US", "Coffin race planning call on Zoom, meeting ID «n:3» «d:4» «d:4», "
               "no passcode needed for the volunteers"),
        ("GB", "Glima society committee call: Teams meeting ID «n:3» «d:3» «d:4» «d:6», "
               "join from the hall PC"),
        ("DE", "Das Wattspiele-Orgateam trifft sich Mittwoch online, Konferenznummer «n:3» «d:3» «d:3», Kamera "
               "aus ist okay"),
        ("CA", "Giant pumpkin growers' weigh-off debrief tonight, dial into Zoom «n:3» «d:4» «d:4» from the "
               "Windsor farm"),
        ("IN", "Kila Raipur media briefing on Google Meet, code «up:3»-«up:4»-«up:3»"),
        ("JP", "保存会オンライン会議 ID «n:3» «d:4» «d:4»"),
    ],
    "address": [
        ("US", "Coffin race registration is at «int:100-999» First Street, "
               "in the back of the brewery, Nederland, apartment «int:2-6» upstairs for the keys"),
        ("GB", "Glima seminar venue: «int:1-60» Mill Lane, Wolverhampton, side entrance"),
        ("DE", "Treffpunkt Helfer: Koogstraße «int:1-40», Brunsbüttel"),
        ("CA", "Pumpkin weigh-off at «int:100-999» Water Street, Windsor, behind the fire hall"),
        ("FR", "Entraînement de pato au «int:1-60» chemin des Aigles, Chantilly"),
        ("JP", "岸和田市本町«int:1-9»-«int:1-40» 集合"),
    ],
    "network": [
        ("US", "coffin race timing Pi is at «ip» on the brewery wifi, "
               "ssh in only if the splits stop"),
        ("GB", "glima hall projector at «ip», its MAC «mac», "
               "reserved in the router"),
        ("DE", "Im Pressezelt am Elbdeich hängt der Fotodrucker unter «ip», nach jedem Stromausfall neu verbinden"),
        ("CA", "weigh-off scale is on «ip», "
               "port 8080"),
        ("IN", "Results server LAN IP «ip»"),
        ("AU", "glima club's door controller, "
               "MAC «mac»"),
    ],
    "health": [
        ("US", "after the polar plunge the medic read my blood pressure «int:110-140»/«int:70-90», "
               "said I'm fine to race"),
        ("GB", "My watch logged «int:55-75» bpm at breakfast after two days of glima belt throws in "
               "Wolverhampton, not bad for forty"),
        ("DE", "Nach dem Schlickschlittenlauf hatte ich «int:37-38» Grad Fieber, "
               "aber es geht schon besser"),
        ("CA", "Our youngest paddler capsized his pumpkin at the far buoy; paramedics measured "
               "«int:35-37».«int:0-9» °C and wrapped him in foil blankets"),
        ("IN", "Kila Raipur medical tent: sugar «int:90-140», BP «int:110-140» upar, sab theek"),
        ("JP", "だんじりを曳いたあと救護テントで測った血圧は«int:110-140»/«int:70-90»、水分補給しなさいと言われた"),
    ],
    "ticket": [
        ("US", "Coffin race support ticket #«n:6» about the broken timing gate is closed"),
        ("GB", "glima hall helpdesk ticket «n:5» opened"),
        ("DE", "Ticket «n:6» im Helferportal: Schichttausch klappt nicht, bitte prüfen"),
        ("CA", "Regatta website issue #«n:6», the weigh-off photos don't load on phones"),
        ("IN", "IT ticket «n:7» for the results "
               "screen, raised"),
        ("IE", "Killorglin's Puck Fair accommodation desk logged my complaint about the noisy goat pen as ref «n:6»"),
    ],
    "booking": [
        ("US", "Nederland inn booking code «an:6», two nights"),
        ("GB", "Glima weekend hostel booking «an:6», "
               "breakfast included"),
        ("DE", "Zugbuchung Hamburg–Brunsbüttel «n:8», "
               "Sitzplatz 45"),
        ("CA", "Pumpkin paddle lodging sorted: the Avon River inn by the Windsor causeway holds our rooms under "
               "code «an:8»"),
        ("FR", "Réservation du van pour les chevaux de pato, dossier «an:6», "
               "départ samedi"),
        ("JP", "だんじり祭の二日間、岸和田駅近くの旅館を押さえました。予約確認コード«an:8»"),
    ],
    "timestamp": [
        ("US", "Nederland casket sprint heat 3 crossed the beam at «year»-«mm»-«dd»T«hh»:«two»:«two»Z according "
               "to the shed's logger"),
        ("GB", "glima scoring sheet last saved «year»-«mm»-«dd» «int:10-17»:«two»:«two» by the hall PC"),
        ("DE", "Letzte Synchronisierung der Helfer-App: «dd».«mm».«year» «hh»:«two»:«two», "
               "danach keine Änderungen mehr übernommen"),
        ("CA", "weigh-off scale reading recorded «year»-«mm»-«dd» «hh»:«two» "
               "for the biggest pumpkin"),
        ("IN", "Kila Raipur results uploaded at «dd»-«mm»-«year» «hh»:«two» IST"),
        ("JP", "だんじり曳行ルートの地図は«year»/«mm»/«dd» «hh»:«two»に町会が書き換えました"),
    ],
    "score": [
        ("US", "kinetic sculpture race final: Team Glowworm «int:15-21», the dragon boat «int:0-11» in style points"),
        ("GB", "Glima match went to a «int:30-49»-point tie-break at the seminar"),
        ("DE", "Wattfußball-Finale: Brunsbüttel gegen Marne «int:10-20» zu «int:10-20»"),
        ("CA", "pumpkin regatta result: the motor class winner in «int:20-40» min «int:1-59» s"),
        ("NZ", "the Taupo pato demo finished «int:15-25»-«int:1-59» after extra time"),
        ("AU", "outback pato scrimmage, «int:2-9» goals to «int:8-12»"),
    ],
    "stock": [
        ("US", "coffin race sponsor's brewery stock closed at $«num:10-90».«two» today"),
        ("GB", "Our treasurer holds a few brewery shares for the glima fund, trading around «num:100-900»p this week"),
        ("DE", "Die Aktie der Reederei am Kanal steht bei «num:20-300» Euro"),
        ("JP", "南海電鉄の株価 «num:1000-9000»円"),
        ("IN", "Punjab tractor company share ₹«num:100-3000» pe close hua"),
        ("CA", "the Windsor co-op's shares are at «num:10-90» dollars"),
    ],
    "weather": [
        ("US", "Nederland forecast for the coffin race: «int:95-110» inches of snow already, «int:1-4» more coming"),
        ("GB", "Glima seminar weekend forecast: «int:8-18»°C and showers in Wolverhampton"),
        ("DE", "Am Deich heute «int:3-15» Grad und Wind, Gummistiefel mitbringen"),
        ("CA", "Lake Pisiquid on regatta day: «int:10-25»°C, wind gusting to «int:10-40» km/h, "
               "pumpkins may drift"),
        ("IN", "Kila Raipur mein aaj «int:30-44»°C, humidity «int:20-70»%"),
        ("AU", "outback pato muster forecast «int:30-42»°C, "
               "bring the big water tank"),
    ],
    "short_code": [
        ("US", "text COFFIN to «n:5» to get heat start alerts, "
               "message rates apply"),
        ("GB", "Wolverhampton leisure centre texted «n:6» to confirm the Icelandic wrestling mat hire; valid "
               "for «int:5-15» min"),
        ("DE", "Die SMS vom Wattspiele-Helferportal enthält den Einmalcode «n:6», gilt nur kurz"),
        ("CA", "Regatta volunteer login: enter the code «n:6» sent by SMS"),
        ("IN", "Bullock cart entry form ka OTP «n:6» aaya hai mere phone pe, committee wale ko forward kar raha hoon"),
        ("AU", "glima club door code for today «n:4», changes «d:2»:«d:2»"),
    ],
    "public_key": [
        ("US", "Timing shed tunnel: the coffin race Pi's WireGuard pubkey is «b64:43»=, paste it under [Peer] "
               "on the brewery router"),
        ("GB", "glima archive's minisign public key: RWQ«b64:53»"),
        ("DE", "Öffentlicher Schlüssel des Pressezelt-Routers: «b64:43»="),
        ("CA", "regatta backup age recipient: age1«bech:38» "
               "(public, fine to share)"),
        ("IN", "Kila Raipur results server ke signing key ka PGP fingerprint yeh hai, verify karke hi download "
               "karna: 0x«HEX:40»"),
        ("JP", "公開鍵 «b64:43»="),
    ],
    "placeholder": [
        ("US", "coffin race bot's .env.example says API_KEY=your-key-here and PORT=«int:3000-9000»"),
        ("GB", "The glima tournament scorer ships with settings.example where admin_pass=CHANGEME and "
               "timeout_ms=«int:1000-9999», edit before Saturday"),
        ("DE", "Die Beispieldatei der Helfer-App enthält nur Platzhalter wie TOKEN=xxxxxxxx, der Dienst lauscht "
               "auf «int:3000-9000»"),
        ("CA", "regatta scoreboard README: set SCALE_TOKEN=<your token> and poll every «int:10-90» "
               "seconds"),
        ("IN", "sample config mein key=REPLACE_ME aur retries=«int:2-8»"),
        ("AU", "club app setup: DB_PASSWORD=changeme, pool size «int:10-60»"),
    ],
    "postal": [
        ("US", "Coffin race mail goes to PO Box in Nederland CO «n:5», "
               "not the brewery"),
        ("GB", "Glima society's postal address ends WV«int:1-9» 4AA"),
        ("DE", "Die Wattolümpiade-Post geht an den Verein am Elbehafen, Postleitzahl «n:5», Brunsbüttel"),
        ("CA", "Pumpkin regatta entries by mail to Windsor NS B0N «int:1-9»«pick:A/B/C/H/K/M/P/R/T»0, "
               "postmarked by the first"),
        ("IN", "Ludhiana district mein Kila Raipur gaon ka pin code «n:6» hai, parcel ke liye likh lo"),
        ("JP", "だんじりの法被の仕立て直しは商店街の呉服屋へ、宅配の送り先は〒«n:3»-«d:4»"),
    ],
    "quantity": [
        ("US", "Coffin race needs «int:20-40» bales of straw, «int:3-6» shovels and «int:50-90» hot chocolates"),
        ("GB", "For the glima seminar we need «int:200-500» mats' worth of floor and «int:10-30» belts"),
        ("DE", "Für Schlickrutschen und Wattstaffel fehlen uns noch «int:8-16» Holzschlitten, wer hat welche im "
               "Schuppen?"),
        ("CA", "«int:10-20» pumpkin boats registered, «int:2-6» in the motor class"),
        ("NZ", "«int:200-400» people watched the kinetic sculpture replay"),
        ("FR", "Il faut «int:20-40» bottes de foin pour les chevaux de pato "
               "ce week-end"),
    ],
}


def lookalikes(r: random.Random, groups: dict[str, list[tuple[str, str]]] | None = None) -> list[Case]:
    """Every template of every group (this set's unless given) drawn twice."""
    return _dev19.lookalikes(r, groups or GROUPS)
