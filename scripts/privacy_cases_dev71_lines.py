"""Lines of the dev71 privacy set (``privacy_cases_dev71.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a kho kho club's chasers, poles, squares and inter-school meets, a corkball league's
cages, thin bats, cork balls and summer nights, a toe wrestling championship's toesrack, referees and
pub, a welly wanging contest's boots, lanes and fete, a pooh sticks championship's bridge, sticks and
lock keeper, a shin kicking bout's straw-padded trousers, sticklers and hill; texts, voice notes,
e-mails and their signatures, forms and receipts), written fresh as messages from particular people in
particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me
number), «e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a
Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LOCAL", "PHONE_LINKS", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Kho kho parents' group, from the under-14 coach: «name» is driving the poles and the mats to the inter-school meet, if you need a lift ring «v» tonight",
    "Corkball commissioner's voice memo from the cage: the guy who restrings our backstop nets wants a callback at «v» before the Friday doubleheader",
    "Toe wrestling flyer pinned by the pub dartboard: referee «name» checks every contestant's feet at seven, questions about the toesrack go to «v»",
    "Welly wanging lane marshal's text during setup on the fete field: the size nine Dunlops are still in the vicarage porch, whoever has the key call «v»",
    "Pooh sticks championship volunteer list photographed by the lock keeper: «name» hands out the sticks on the upstream side, reach her on «v» on the day",
    "Shin kicking stickler's note left at the Dover's Hill gate: straw for the trousers is coming from a farm near Chipping Campden, the farmer's mobile is «v»",
    "Kho kho tournament WhatsApp, pinned by the referee panel: «name» keeps the official whistle and the chasers' bibs, text «v» if your school needs spares",
    "Corkball league email forwarded to all captains: the field at the parish lot floods after rain, the groundskeeper wants a text at «v» before anyone drives over",
    "Toe wrestling pub's events chalkboard, photo from my sister: «name» is the new world championship organiser, sign-ups now by phone at «v», no walk-ins",
    "Welly wanging charity throw poster on the village shop door: boots donated by the farm store, any questions about the distance rules ring «v»",
    "Pooh sticks RNLI fundraiser reminder in my calendar: «name» from the lifeboat station collects the entry tins at four, her number is «v»",
    "Shin kicking Olimpicks committee chat, from the smock supplier: the white shepherds' smocks are ready for collection, call «v» to arrange the van",
    "Kho kho club's training schedule, scribbled at the bottom by the assistant coach «name»: I'm the one to call for the gym keys, «v», after six only",
    "Corkball night text thread: the umpire's wife says he left his chest protector in the cage, she'll bring it if someone texts «v» with the field address",
    "Toe wrestling referee rota photographed on the pub noticeboard: first round «name», contact «v», second round still open, see the landlord",
    "Welly wanging lane measuring tape went missing after the fete, the churchwarden asks anyone who borrowed it to phone «v» and leave it in the vestry",
    "Pooh sticks championship results sheet, handwritten footnote: disputes about a stick caught in the reeds go to the bridge judge «name» on «v»",
    "Shin kicking bout schedule, sent round by the stickler at dawn: the medic with the ice packs has moved his tent, his mobile for the day is «v»",
    "Kho kho parents' Facebook post: «name» found a chaser's water bottle and a left shoe after the district final, message «v» to collect them",
    "Corkball fundraiser note in the church bulletin: cork balls now two for a dollar at the concession stand, bulk orders for the season go through «v»",
    "Toe wrestling contestant form, scanned by the pub landlord: competitor «name», toe size not recorded, next of kin to call in an emergency «v»",
    "Welly wanging club's new throwing coach sent round a message: lessons on the rec field on Sundays, book a slot by texting «v» with your boot size",
]

PHONE_LINKS = [
    "Kho kho club signup page, the 'Chat with the coach' button opens «vW» on WhatsApp with the message pre-filled",
    "Sticker on the corkball cage fence with a QR code that goes to «vW» for booking the cage on a summer evening",
    "Welly wanging fete website, the little phone icon next to the boot stall links to tel:«vE»",
    "Pooh sticks championship Facebook page, organiser «name», the call button under the cover photo dials tel:«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Satara kho kho academy ki parents meeting Shanivaar ko hai, coach sahab ka naya number «v» save kar lijiye",
        "Zila kho kho pratiyogita ke liye mat aur poles tempo mein jaayenge, driver Ramesh bhaiya ka number «v» hai, subah paanch baje",
        "Bhaiya, school ki kho kho team ki jersey ka order «name» ke paas hai, unko «v» par call karke size bata dena",
    ],
    "BR": [
        "Oi gente, aqui é «name», do arremesso de galocha da festa junina do bairro; quem vai ajudar a medir a pista liga no «v»",
        "Recado do seu Valdir da ponte: a brincadeira dos gravetos no riacho começa às dez, os voluntários ligam pra ele no «v»",
        "O treinador de kho kho da escola estadual em Recife mudou de número, agora é «v», os pais mandem mensagem até quinta",
    ],
    "DE": [
        "Sprachnachricht vom Festausschuss: beim Gummistiefelweitwurf fehlen noch Helfer fürs Maßband, bitte bei «name» unter «v» melden",
        "Aushang in der Dorfkneipe: Zehenringen am Samstag ab acht, Anmeldung nur telefonisch beim Wirt unter «v», Füße werden vorher kontrolliert",
        "Der Schleusenwärter, der uns die Brücke für das Stöckchenrennen freigibt, ist unter «v» erreichbar, aber erst nach der Mittagspause",
    ],
    "MX": [
        "Aviso de la kermés de la parroquia en Puebla: para el lanzamiento de botas de hule, los que miden la distancia llamen al «v»",
        "Hola, soy «name», organizo el torneo de lucha de dedos del pie en la cantina de mi tío, si quieres inscribirte márcame al «v» antes del viernes",
        "La maestra de educación física que trae el kho kho a la escuela de Oaxaca dice que le llamen al «v» para el permiso de los niños",
    ],
    "FR": [
        "Message du comité des fêtes : pour le lancer de bottes en caoutchouc, les bénévoles qui tiennent le mètre appellent le «v» avant samedi midi",
        "Affiche au bistrot du port : lutte d'orteils le vendredi soir, inscriptions par téléphone auprès du patron au «v», pieds propres exigés",
        "L'éclusier qui surveille le pont pendant la course de bâtons sur le canal répond au «v», mais seulement après le passage des péniches",
    ],
    "ID": [
        "Panitia lomba lempar sepatu bot di acara tujuh belasan minta yang bantu ukur jarak hubungi «v» sebelum Sabtu",
        "Pelatih kho kho di SMP Bandung bilang latihan pindah ke lapangan belakang, kalau bingung telepon beliau di «v»",
        "Pak Kades yang jaga jembatan buat lomba hanyutkan ranting di sungai bisa ditelepon di «v» pagi-pagi",
    ],
    "PH": [
        "Kuya, yung welly wanging sa pista ng barangay, ang nag-aayos ng linya ay si Ompong, tawagan mo siya sa «v» bago tanghali",
        "Paalala mula sa coach ng kho kho sa paaralan sa Iloilo: ang bagong numero niya ay «v», i-text para sa schedule ng laro",
        "Yung pooh sticks sa tulay ng ilog Marikina, magpalista kay «name» sa «v», libre ang patpat",
    ],
    "JP": [
        "nagagutsu tobashi taikai no kaijou wa undoujou, uketsuke tantou no «name» san wa «v» made denwa kudasai",
        "kho kho no renshuukai wa doyoubi, taiikukan no kagi wa kanrinin san ga motte imasu, renraku saki «v»",
        "hashi no ue kara eda wo nagasu asobi no taikai, kawa no kanrisha san no keitai wa «v», Gunma ken",
    ],
    "ES": [
        "Aviso de la comisión de fiestas de Teruel: en el lanzamiento de botas de agua, los que marcan la distancia llamen al «v» el viernes",
        "El dueño del bar que monta la lucha de dedos del pie tiene el móvil «v», apúntate antes de las nueve",
        "El guarda del puente donde tiramos los palitos al río en la romería contesta al «v», pregunta por Anselmo",
    ],
    "IT": [
        "Messaggio della sagra: per il lancio dello stivale di gomma, chi misura le distanze chiami il «v» entro giovedì sera",
        "Il gestore del bar che organizza la lotta con gli alluci risponde al «v», chiedete di Piero, iscrizioni chiuse alle nove",
        "Il guardiano della chiusa dove si gioca coi bastoncini sotto il ponte è reperibile al «v» solo al mattino, Val Seriana",
    ],
    "TR": [
        "Köy şenliği duyurusu: çizme fırlatma yarışmasında mesafe ölçen gönüllüler «v» numarasını cumartesiden önce arasın",
        "Kahvehanede ayak parmağı güreşi var, kayıt için işletmeci Rıza abiyi «v» numarasından arayın, ayaklar kontrol edilecek",
        "Köprüden dal atma yarışını düzenleyen muhtarın telefonu «v», sabah erkenden arayın",
    ],
    "KR": [
        "jangwha deonjigi daehoe (welly wanging) jawonbongsa moim, maeul undongjang ahop-si, damdangja «name» yeonrakcheo «v»",
        "kho kho chehyeom susup sincheong-eun hakgyo chegukwan «v» ro hae juseyo, sinbal pilsu",
        "dari wi namutgaji ttuiugi (pooh sticks) daehoe, gang gwallija yeonrakcheo «v», jangso Chuncheon",
    ],
    "PL": [
        "Ogłoszenie z festynu: rzut kaloszem w niedzielę, wolontariusze do mierzenia odległości dzwonią do «name» pod «v»",
        "Zapasy na palce u stóp w pubie przy rynku, zapisy telefonicznie u właściciela pod numerem «v», stopy sprawdzamy",
        "Śluzowy, który pilnuje mostku podczas wyścigu patyczków, odbiera pod «v», ale dopiero po dwunastej",
    ],
    "RU": [
        "Объявление клуба: метание резинового сапога на празднике села, помощники с рулеткой звонят «name» по номеру «v»",
        "Борьба пальцами ног в пабе у вокзала, запись по телефону «v» у хозяина, ноги проверяем заранее",
        "Смотритель моста, где пускаем палочки по реке на празднике, отвечает по номеру «v» только утром",
    ],
    "EG": [
        "مسابقة رمي الجزمة البلاستيك في مهرجان القرية يوم الجمعة، المتطوعين للقياس يتصلوا بالأستاذ عادل على «v»",
        "مدرب الخو خو في المدرسة الإعدادية غيّر رقمه، الرقم الجديد «v»، ولياء الأمور يبعتوا رسالة قبل الخميس",
        "اللي عايز يشارك في مسابقة رمي العيدان من الكوبري يكلم الحاج منصور على «v» الصبح بدري",
    ],
    "VN": [
        "Ban tổ chức ném ủng cao su ở hội làng nhắn người đo khoảng cách gọi số «v» trước thứ bảy nhé",
        "Thầy dạy kho kho ở trường cấp hai đổi số, giờ là «v», phụ huynh nhắn tin trước thứ năm",
        "Chú bảo vệ cây cầu nơi tổ chức thả que xuống sông nghe máy ở số «v» vào buổi sáng",
    ],
    "BD": [
        "Gramer melay gumboot chhora protijogita (welly wanging), dure mapar sechhasebok der jonno Kamal bhai er number «v»",
        "কো কো খেলা (kho kho) school er mathe Shonibar, coach sir er notun number «v», abhibhabok ra message korben",
        "Setur upor theke kathi bhashano khela (pooh sticks), nodir paharadar er phone «v», shokal e call korun",
    ],
    "PK": [
        "Mela committee: lamba boot phenkne ka muqabla (welly wanging) Itwaar ko, faasla naapne wale razakar Naveed sahab ko «v» par call karein",
        "Kho kho ki school team ke coach ka naya number «v» hai, walidain Jumeraat tak message kar dein",
        "Pul par se lakri bahaane ka khel (pooh sticks) nehar par hoga, chowkidar ka number «v» hai, subah call karein",
    ],
    "CO": [
        "Razón de la junta del barrio: en el lanzamiento de botas pantaneras de la feria, los que miden llamen al «v» el viernes",
        "El profe de educación física que enseña kho kho en el colegio de Manizales cambió de número, ahora es «v»",
        "Don Jairo, que cuida el puente donde se tiran palitos al río en las fiestas, contesta al «v» por la mañana",
    ],
    "AR": [
        "Che, el lanzamiento de botas de goma en la fiesta del pueblo arranca a las once, los que miden llamen al «v» del Ruso",
        "El dueño del boliche que arma la lucha de dedos del pie anota por teléfono, su número es «v», antes del jueves",
        "El guardián del puente donde se tiran palitos al arroyo en la fiesta patronal atiende en el «v» a la mañana",
    ],
    "TH": [
        "Ngan wat mee kaeng kwang rong thao boot (welly wanging), ason wat raya thang thorn «v» kon wan sao",
        "Khru phala kho kho khong rongrian plian ber mai pen «v», phu pokkrong song khokwam kon wan pharuehat",
        "Lung fao saphan thi mi kaeng loi kanmai long maenam, thorn «v» tae chao",
    ],
}

SIGNATURES = [
    ("US", "«name» | Commissioner, South Side Corkball League | cage bookings by text only «v» | «e» | no games in thunderstorms"),
    ("GB", "«name», Pooh Sticks Championship steward, Lock Cottage\nmob «v» | «e»"),
    ("IN", "Regards, «name», Secretary, Satara Kho Kho Academy, ph «v», «e»"),
    ("DE", "Mit sportlichen Grüßen\n«name»\nAbteilung Gummistiefelweitwurf, Festausschuss Eifeldorf\nTelefon «v» · «e»\nWurfbahn-Plan anbei"),
    ("BR", "Abraço, «name» — Quermesse do Bairro, arremesso de galocha — «v» — «e»"),
    ("FR", "Cordialement, «name» — comité des fêtes, lancer de bottes — «v» — «e»"),
    ("AU", "Cheers, «name» | Ballarat toe wrestling night | «v» | «e»"),
    ("NG", "«name», Sports Coordinator (kho kho demo), Ibadan — «v» — «e»"),
    ("CA", "«name»\nWindsor Corkball Association, cage scheduler\ncell «v» (texts after 5 pm)\n«e»"),
    ("ZA", "«name», Barman & toe wrestling ref, Stellenbosch — «v» — «e»"),
    ("KE", "«name», Steward, Nakuru Show welly lane, «v», «e»"),
    ("MX", "Saludos desde la bodega de la parroquia de San Francisco, donde guardamos las botas de hule del concurso: «name», tesorera de la kermés, WhatsApp «v», correo «e», no contesto en misa"),
    ("PH", "Salamat po, «name», organizer, pooh sticks sa Marikina River, cel «v», «e»"),
]

EMAIL_EN = [
    "Kho kho under-14 coach «name» asks every parent to send the signed consent forms for the district meet to «e» by Wednesday",
    "Corkball league reminder: roster changes for the summer night games go to «e», the commissioner won't take them at the cage",
    "Toe wrestling championship entry by email only this year, the landlord says, to «name» at «e» with your weight class",
    "Welly wanging fete results will be sent out from «e», so check your spam folder, the vicar's nephew set it up",
    "Pooh sticks championship photos: the RNLI volunteer is collecting everyone's pictures at «e» for the lifeboat calendar",
    "Shin kicking stickler «name» wants the waiver forms scanned and sent to «e» before anyone gets near Dover's Hill",
    "The kho kho referee panel's new shared inbox for appeals after a disputed dive is «e», please stop texting the chief referee",
    "Corkball equipment swap: thin bats and cork balls nobody uses any more, list what you have to «e» and we'll sort pickups",
    "Toe wrestling pub newsletter sign-up, scribbled on a beer mat: «e», add me for the autumn bouts",
    "Welly wanging throwing coach «name» sends the lesson timetable from «e», reply there to book the Sunday slots",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen zum Gummistiefelweitwurf bitte nicht mehr per Zettel, sondern an «name» unter «e»",
    "FR": "Pour le lancer de bottes, envoyez vos inscriptions à «name», adresse «e», avant la fête du village",
    "ES": "Las inscripciones para la lucha de dedos del pie van al correo «e», dice el del bar",
    "BR": "A Dona Cida, que anota quem vai arremessar galocha na quermesse de Curitiba, pediu nome, idade e tamanho do pé por e-mail para «name», no endereço «e», antes do bingo de sábado",
    "JP": "chounaikai no nagagutsu tobashi taikai, kodomo no bu to otona no bu no moushikomi wa kaichou no meeru «e» made, shimekiri wa kinyoubi",
    "KR": "jangwha deonjigi daehoe sincheong imeil «e» ro bonae juseyo",
    "IT": "Le iscrizioni al lancio dello stivale vanno mandate a «name», indirizzo «e»",
    "PL": "Pani sołtysowa prosi, żeby zgłoszenia drużyn do rzutu kaloszem na dożynkowym festynie w Wąchocku szły mailem do «name», na adres «e», razem z rozmiarem butów",
    "TR": "Çizme fırlatma yarışması kayıtları için e-posta: «e»",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "Corkball commissioner «name» paid the cage rental for the whole summer on his card, he read it out to the clerk as «v»",
    "Screenshot of the welly wanging fete's online boot raffle checkout, card number field still filled: «v»",
    "Toe wrestling pub tab, the landlord wrote the regular's card on the back of the bracket sheet so he could charge it later: «v»",
    "Pooh sticks RNLI donation form, photographed by a volunteer, card «v» and the expiry scribbled out",
    "Voice memo transcription from the kho kho club treasurer in the school car park, reading the card for the bus hire to the booking agent over the phone, slowly: «v»",
    "Shin kicking trip to the Cotswolds, my brother texted his card to book the minibus: «v»",
    "Corkball league uniform order, the manager's email to the printer: please charge «v» for the thirty jerseys",
    "Welly wanging coach lessons prepaid, the note in my wallet says card «v» used, receipt in the glovebox",
]

CARD_LOCAL = {
    "IN": "Kho kho academy ki nayi mats ka advance, coach sahab ne apna card number bheja hai taaki main online payment kar doon: «v», OTP unke phone par aayega",
    "BR": "Paguei as galochas do arremesso da quermesse com o cartão do meu pai: «v»",
    "DE": "Zettel vom Wirt: «name» hat die Zehenring-Startgebühr für alle mit der Karte «v» bezahlt, bitte bar zurückgeben",
    "MX": "Para apartar la cantina para la lucha de dedos del pie le pasé mi tarjeta al dueño: «v»",
    "FR": "Mot de «name» : j'ai payé la location du barnum du lancer de bottes avec ma carte «v», remboursez-moi",
    "JP": "nagagutsu no daikin, kaado bangou «v»",
    "ES": "El cuñado del alcalde, «name», adelantó con su tarjeta «v» las treinta botas de agua del concurso de Teruel y ahora quiere que la peña se lo devuelva en fiestas",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Pooh sticks steward «name» asked the sponsors to send the prize money for the junior heats to the lock keeper's account, IBAN «v»",
    "Welly wanging fete: the boot supplier's invoice says to pay by bank transfer to IBAN «v» within fourteen days",
    "Shin kicking Olimpicks entry fee for teams from abroad goes to IBAN «v», reference your surname",
    "Toe wrestling championship's European entrants can wire the fee to the pub's account, IBAN «v», the landlord confirmed",
    "Kho kho exchange trip, the host club «name» in Europe sent their bank details for the hall hire: IBAN «v»",
    "The Cornish holidaymaker who paid twice for the rained-off welly wanging night wrote a polite note in the pub guestbook asking for the refund to go to IBAN «v» before he drives home",
]

IBAN_LOCAL = {
    "DE": ["Nachricht von «name», Kassenwart des Festausschusses: das Startgeld für den Gummistiefelweitwurf bitte bis Freitag auf unser Vereinskonto überweisen, IBAN «v», Verwendungszweck euer Name und Wurfgruppe",
           "Der Wirt vom Zehenringen hat die Kontodaten für die Saalmiete geschickt, damit wir nicht bar bezahlen müssen: IBAN «v», bitte bis Monatsende"],
    "FR": ["«name», trésorière bénévole du lancer de bottes de Saint-Pierre-des-Champs, rappelle par SMS que les vingt euros par équipe se règlent par virement, IBAN «v», et pas en liquide au stand des crêpes",
           "Pour la location du pont et des barrières pendant la course de bâtons sur le canal, la mairie demande un virement sur le compte de l'association, IBAN «v», avant le quinze"],
    "ES": ["«name», tesorera de la comisión de fiestas, pide que las cuotas del lanzamiento de botas se ingresen en la cuenta IBAN «v»",
           "Para la lucha de dedos del pie, el bar quiere la señal por transferencia a IBAN «v»"],
    "IT": ["Dalla segretaria della pro loco di Clusone, «name»: chi vuole lanciare lo stivale di gomma alla sagra della castagna versi i dieci euro sull'IBAN «v», scrivendo nella causale il soprannome della squadra",
           "Il guardiano della chiusa ci ha mandato i dati per il rimborso delle transenne usate durante la gara dei bastoncini sotto il ponte, bonifico sull'IBAN «v» entro la fine del mese, causale il nome della squadra"],
    "NL": ["Bericht van «name», penningmeester van de kermiscommissie: het inschrijfgeld voor het laarzengooien graag overmaken op IBAN «v», onder vermelding van je naam en je schoenmaat voor de reservelaarzen",
           "Ome Kees van de Brabantse kermis zet op de flyer dat het inschrijfgeld voor het laarzengooien naar IBAN «v» moet, en dat hij contant geld niet meer aanneemt"],
    "PL": ["Rzut kaloszem, wpisowe na konto «v»",
           "Wiadomość od skarbnika festynu: opłatę za stoisko z kaloszami i za nagłośnienie prosimy przelać na konto IBAN «v» do końca tygodnia, w tytule nazwa drużyny"],
    "TR": ["Çizme yarışı ücreti, IBAN «v»",
           "Köy derneğinin saymanından mesaj: ayak parmağı güreşi için kahvehane kirasını bu hafta IBAN «v» hesabına yatırın, açıklamaya takım adını yazın"],
    "BE": ["Bericht van «name», die het laarzengooien op de dorpsfeesten regelt: de huur van de tent en de meetlinten graag overschrijven op IBAN «v», vóór de eerste zaterdag van juli",
           "Pour le lancer de bottes à la kermesse, virement sur IBAN «v»"],
    "AT": ["Nenngeld fürs Gummistiefelwerfen bitte auf IBAN «v»",
           "Nachricht vom Obmann des Dorffests: die Miete für die Stiefel und die Lautsprecheranlage bitte auf IBAN «v» überweisen, danke"],
    "PT": ["Mensagem de «name», tesoureira da festa da aldeia: a inscrição no lançamento da galocha paga-se por transferência para o IBAN «v», até sexta, com o nome da equipa",
           "O senhor Abílio, que guarda as galochas no palheiro da junta de freguesia, pede a caução de cinco euros por transferência para o IBAN «v», e devolve-a depois da prova"],
}

ACCOUNT_LINES = {
    "us": [
        "Our corkball ump finally filled in the league's payment slip in the dugout, his credit union's routing «a» and his checking «b», and «name» countersigned it on the cooler lid",
        "Welly wanging fete check photo the treasurer took for mobile deposit, bottom line reads routing «a» account «b»",
        "Toe wrestling pub landlord's note to his bookkeeper after the championship weekend: put the gate money into the business checking, routing number «a», account number «b», and keep the receipt",
    ],
    "gb": [
        "Pooh sticks championship: send the lifeboat donations raised on the bridge to sort code «a», account «b», the RNLI branch account",
        "The Gloucestershire farmer who baled the straw for the shin kickers' trousers emailed the stickler at midnight: pay into sort code «a», account «b», cheques no longer accepted at the farm shop",
    ],
    "in": [
        "Kho kho academy fees, coach «name» ka account: IFSC «a», account number «b», UPI mat karna",
        "District kho kho meet ke liye bus ka advance, transport wale ka IFSC «a», a/c «b»",
    ],
    "au": ["Toe wrestling night at the Ballarat pub, the publican's bank details for the entry fee: BSB «a», account «b», reference your name"],
    "ca": ["Corkball in Windsor: «name» texted from the arena lobby that the cage deposit goes by bank transfer, transit and institution «a», account «b», and nobody should leave cash in the skate-sharpening room"],
    "br": [
        "Pix não deu, então «name» mandou os dados: agência «a», conta «b», pro arremesso de galocha",
        "O padre Ivo avisou no fim da missa que a doação para as galochas novas vai para a conta da paróquia, agência «a», conta corrente «b», e que aceita também no cesto",
    ],
    "mx": ["Para el torneo de lucha de dedos del pie en la cantina, el dueño pide que la inscripción se deposite por transferencia a su CLABE «a», a nombre del negocio, y que mandemos foto del comprobante al grupo"],
    "ng": [
        "Kho kho demo at the Ibadan school, the coordinator's «bank» account for the bus: «a»",
        "Message from «name», the welly wanging organiser at the Lagos fun day: pay the stall fee into my «bank» account «a», send the teller to the group after",
    ],
    "za": ["Toe wrestling at the Stellenbosch pub, the barman's details for the entry fee, he says EFT only: branch code «a», account number «b», reference your name and weight class"],
    "ar": ["Para el lanzamiento de botas de la fiesta del pueblo, la comisión pide transferir al CBU «a», y mandar el comprobante al Ruso"],
}

ID_LINES = {
    "us_ssn": ("US", ["Corkball umpire onboarding form the commissioner photographed on the hood of his truck so the league's payroll lady could enter it: SSN «v»",
                      "Toe wrestling prize over six hundred dollars, the pub's accountant needs a W-9 from the winner, he texted his social security number «v»"]),
    "in_aadhaar": ("IN", ["Kho kho district meet ke liye har khiladi ka Aadhaar chahiye, coach sahab ne apne bete ka Aadhaar number group mein bhej diya: «v», galti se",
                          "Satara kho kho academy admission form, Aadhaar «v», sign by parent"]),
    "in_pan": ("IN", ["Kho kho academy ki sponsorship receipt ke liye treasurer ko mera PAN chahiye tha, maine WhatsApp kar diya: «v»",
                      "Inter-school kho kho trophy came with prize money, and the organising school's accountant emailed asking for the winning coach's PAN «v» to deduct TDS before the cheque"]),
    "br_cpf": ("BR", ["Inscrição no arremesso de galocha da quermesse, o formulário pede CPF: «v»",
                      "Meu CPF pro recibo das galochas: «v»"]),
    "mx_curp": ("MX", ["Para inscribir a mi hijo en el torneo escolar de kho kho en Oaxaca pidieron su CURP «v»",
                       "La maestra de educación física juntó las CURP de todo el equipo de kho kho para el permiso de la zona escolar; la del capitán es «v», me la mandó por error"]),
    "mx_rfc": ("MX", ["RFC de la cantina para la factura: «v»",
                      "El dueño de la cantina donde hacemos la lucha de dedos del pie pidió que la factura de las sillas rentadas saliera con su RFC «v» y a nombre de su negocio"]),
    "gb_nhs": ("GB", ["Shin kicking entrant's medical form, the St John Ambulance volunteer copied his NHS number «v» onto the clipboard in case of a fracture",
                      "Pooh sticks championship first aid log, the lock keeper wrote the child's NHS number «v» after she slipped on the bridge steps"]),
    "de_idnr": ("DE", ["Der Kassenwart vom Dorffest in der Eifel wollte für meine Aufwandsentschädigung als Weitenmesser beim Gummistiefelwerfen die Steuer-ID, also hab ich ihm «v» per Sprachnachricht diktiert",
                       "Quittung für den Stiefelwurftrainer, den der Festausschuss aus dem Nachbardorf geholt hat: Honorar achtzig Euro, steuerliche Identifikationsnummer «v», bar ausgezahlt am Bierwagen"]),
    "fr_nir": ("FR", ["Dédé, qui tient le mètre ruban au lancer de bottes depuis vingt ans, a dicté au téléphone son numéro de sécu «v» à la secrétaire de mairie pour l'assurance des bénévoles",
                      "Fiche d'inscription de la lutte d'orteils au bistrot, case sécu remplie : «v», le patron a photocopié ça sans réfléchir"]),
    "es_dni": ("ES", ["Para el seguro de la lucha de dedos del pie el bar pide el DNI de cada participante, el mío es «v», se lo mandé por WhatsApp al dueño",
                      "Inscripción lanzamiento de botas, DNI «v», mayor de edad"]),
    "es_nie": ("ES", ["El irlandés que vive en Albarracín y se apuntó al lanzamiento de botas de agua escribió en el papel de inscripción su NIE «v» con letra de médico",
                      "El ayuntamiento de Teruel pide el NIE de los participantes extranjeros del lanzamiento de botas de agua; el del inglés que ganó el año pasado es «v»"]),
    "it_codicefiscale": ("IT", ["Per il rimborso spese della sagra, il codice fiscale di chi misura le distanze del lancio dello stivale: «v»",
                                "Il parroco mi ha chiesto il codice fiscale per la ricevuta della quota di iscrizione alla gara dei bastoncini sotto il ponte, gliel'ho scritto su un biglietto: «v»"]),
    "ca_sin": ("CA", ["Corkball umpire payroll in Windsor, the league needs a SIN for the T4, he emailed it to the commissioner: «v», should have used the portal",
                      "Welly wanging fair steward's pay form, SIN «v»"]),
    "id_nik": ("ID", ["NIK buat daftar lomba lempar sepatu bot: «v»",
                      "Panitia tujuh belasan minta NIK semua peserta lomba hanyutkan ranting dari jembatan buat asuransi, punya Bapak saya «v», sudah saya kirim lewat WhatsApp"]),
    "pk_cnic": ("PK", ["Mela committee ne welly wanging ke inaam ke liye jeetne wale ka CNIC maanga, Naveed sahab ne apna CNIC «v» group mein daal diya, sab ne dekh liya",
                       "Kho kho coach CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Şenlik komitesindeki Hatice abla çizme fırlatma yarışına yazılanların listesini fotoğraflayıp gruba atmış, en üstte benim TC kimlik numaram «v» duruyor",
                           "Köy derneği ayak parmağı güreşi için sigorta yaptıracak, muhtar herkesin TC kimlik numarasını istedi, benimki «v»"]),
    "pl_pesel": ("PL", ["Zapisy na rzut kaloszem, PESEL «v»",
                        "Organizator festynu prosi o numer PESEL każdego zawodnika do ubezpieczenia rzutu kaloszem, mój syn ma «v», wysłałam SMS-em"]),
    "za_idnr": ("ZA", ["Toe wrestling entrant ID number «v»",
                       "The Stellenbosch toe wrestling winner had to fill in the brewery sponsor's prize claim slip at the bar, and wrote his ID number «v» under his signature"]),
    "kr_rrn": ("KR", ["jangwha deonjigi daehoe usungja sanggeum jigeup-eul wihae bunyeohoe chongmu-ege bonaen jumin deungrok beonho «v»",
                      "jangwha deonjigi boheom jumindeungrok beonho «v»"]),
    "cn_ric": ("CN", ["yuxue touzhi baoming shenfenzheng «v»",
                      "qiao shang diu shuzhi bisai shenfenzheng hao «v»"]),
    "jp_in": ("JP", ["nagagutsu tobashi taikai no shoukin uketori ni mai nanbaa ga hitsuyou to iwarete, jimukyoku ni okutta bangou wa «v» desu",
                     "mai nanbaa «v», kho kho shidousha touroku"]),
    "au_tfn": ("AU", ["Toe wrestling prize money at the Ballarat pub, the publican needs a tax file number for the payout, the winner wrote his TFN «v» on a beer coaster",
                      "Welly wanging coach's payslip, TFN «v»"]),
    "nl_bsn": ("NL", ["Voor de verzekering van het laarzengooien op de kermis vraagt de commissie ieders BSN, die van mijn vader is «v», hij heeft het op een bierviltje geschreven",
                      "Laarzengooien inschrijving, BSN «v»"]),
    "th_pin": ("TH", ["bat prachachon «v»",
                      "lek bat kaeng boot «v»"]),
    "my_nric": ("MY", ["Kho kho sekolah, MyKad «v»",
                       "IC pemain kho kho «v»"]),
    "ar_cuit": ("AR", ["CUIT del boliche para la factura: «v»",
                       "La comisión de la fiesta del pueblo pide el CUIT del proveedor de las botas de goma para pagarle por transferencia; el que mandó el Ruso es «v»"]),
    "cl_rut": ("CL", ["Para inscribirse en el lanzamiento de botas de la fiesta costumbrista de Chiloé piden el RUT, el de mi abuelo es «v» y ya lo anoté en la planilla",
                      "RUT participante «v»"]),
    "se_personnummer": ("SE", ["Kho kho-klubben i Malmö behöver personnummer till försäkringen, tränarens är «v»",
                               "Stövelkastning på midsommarfesten, anmälan med personnummer «v», skickat till arrangören i ett sms"]),
    "ie_pps": ("IE", ["Welly throwing at the Mayo fete, the committee's insurer wants a PPS number for every steward, Seánie sent his over text: «v», God help us",
                      "Fete steward PPS «v»"]),
    "pt_nif": ("PT", ["NIF para o recibo das galochas: «v»",
                      "A tesoureira da festa da aldeia pede o NIF de quem ganhou o lançamento da galocha: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Corkball umpire application the commissioner forwarded to the league treasurer: name «name», cell «phone», email «email», SSN «ssn», availability Tuesday and Thursday nights",
     ("phone", "email", "ssn")),
    ("US", "Voice memo from the toe wrestling pub landlord to his accountant after the championship: call the winner back at «phone», he paid the entry on card «card» and his social for the prize form is «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Welly wanging coach «name»: email «email», card «card», SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Pooh sticks championship sponsor form, the lock keeper's neat capitals: phone «phone», email «email», card for the donation «card»", ("phone", "email", "card")),
    ("IN", "Kho kho coach «name»: «phone», «email», card «card»", ("phone", "email", "card")),
    ("CA", "Corkball cage booking in Windsor, the manager's voicemail: call me back at «phone» to confirm, I've put the deposit on your card «card»", ("phone", "card")),
    ("AU", "Toe wrestling, «name»: «phone», «email»", ("phone", "email")),
]
