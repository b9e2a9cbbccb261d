"""Lines of the dev69 privacy set (``privacy_cases_dev69.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a bunnock league's bones, throw lines and bonspiels, a sheaf toss's pitchforks,
bar heights and agricultural show, a cheese rolling's hill, catchers and first aiders, a duck race's
numbered ducks, weir and charity tickets, a bog snorkelling championship's trench, flippers and
wetsuits, an egg jarping contest's boiled eggs, pub and Easter rounds; texts, voice notes, e-mails
and their signatures, forms and receipts), written fresh as messages from particular people in
particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me
number), «e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a
Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LOCAL", "PHONE_LINKS", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Bunnock league group text: «name» is skipping Thursday's bonspiel, the spare horse bones are in his truck, call «v» to grab them",
    "Voice memo after the sheaf toss heats: the farmer lending the pitchforks asked us to ring him back on «v» before the show opens",
    "Note stuck to the cheese rolling marquee: stretcher crew lead «name» wants every catcher to save «v» in their phone today",
    "Duck race flyer photo: ducks adopted at five pounds each, to reserve a batch of twenty text «v» and say which weir bridge",
    "Bog snorkelling sign-up sheet scan: heat three, «name», wetsuit size large, emergency contact number «v», flippers borrowed",
    "Egg jarping WhatsApp: the landlord of the Plough says we can use the snug on Easter Monday, his direct mobile is «v», no landline",
    "Reminder in my calendar: «name» sells the good ankle bones for bunnock sets at the Macklin flea market, booth phone «v»",
    "Text from the show secretary: the sheaf toss bar got bent in the lorry, if you have a welder friend get them to ring «v»",
    "Cheese rolling volunteer rota (photo of whiteboard): hill marshal for the second race is on «v», ask for the one with the flag",
    "Duck race committee chat: the river warden who lets us string the catch net across the weir has a new number, «v», please update",
    "Bog snorkelling forum DM: «name» has a spare mask and snorkel in the van by the trench, text «v» and he will leave them at the gate",
    "Egg jarping rules sheet footnote: disputes about a cracked shell go to the referee, «name», reachable on «v» during the round",
    "Sticky note on my fridge: call the bunnock tournament convenor back at «v» about moving our team to the afternoon draw",
    "Post on the village page: straw for the sheaf toss now delivered by a new haulier, bales booked through «v» until Friday",
    "Transcribed voicemail: hi it's the physio from the cheese roll first aid tent, my mobile is «v», the lad with the ankle is fine",
    "Duck race raffle stall message: «name» counts the adopted ducks on Saturday night, if your batch number is missing ring «v»",
    "Snap of the bog snorkel registration desk laminate: lost wetsuit or car keys, call the lost property phone on «v»",
    "Egg jarping league newsletter: new captain «name» has taken over from Barry, ring «v» to enter a pair for the Easter knockout",
    "Screenshot of a Kijiji ad: vintage bunnock set with 40 painted bones and two guards, pickup only, seller «name» on «v»",
    "Sheaf toss judge's clipboard (photo): if the bar height is disputed phone the chief steward on «v» not the announcer",
    "Message from the cheese maker who supplies the rolling wheels, «name»: order next year's four kilo wheels early, phone «v»",
    "Duck race bank holiday poster: the scoop boat skipper will be on «v» all afternoon if a duck gets stuck in the reeds",
]

PHONE_LINKS = [
    "Bunnock league signup form, 'Message the convenor' button goes to «vW» on WhatsApp",
    "QR on the duck race stall banner decodes to «vW» with the text 'I want to adopt a duck'",
    "Bog snorkelling results page footer: tap to call the timing team, href tel:«vE»",
    "Egg jarping pub's Google Business listing, owner «name», call button links to tel:«vE» for table bookings",
]

PHONE_LOCAL = {
    "IN": [
        "Kochi duck race ki committee: sabhi volunteers boat jetty par 7 baje pahunchein, coordinator ka number «v» hai",
        "Pune ke gaon mela mein sheaf toss pehli baar hoga, registration ke liye Sunil bhai ko «v» par call karein, fees sau rupaye",
        "Mausi ne bola ki Diwali ke baad ande wala khel (egg jarping) school mein hoga, principal sir ka mobile «v» likh lo",
    ],
    "BR": [
        "Oi, aqui é «name», da corrida de patinhos de borracha no rio Tietê; o patrocinador pediu que os voluntários liguem no «v»",
        "Recado da associação de pesca: a rede para segurar os patinhos na ponte fica com o seu Zeca, celular «v», pode ligar cedo",
        "Grupo do festival de queijo em Minas: quem vai correr atrás da roda no morro manda nome e idade para «v» até sexta",
    ],
    "DE": [
        "Sprachnachricht vom Landjugend-Vorstand: beim Garbenwurf auf dem Erntefest bitte Gabeln selbst mitbringen, Rückfragen unter «v»",
        "Zettel am Schwarzen Brett der Kneipe: Ostereier-Ticken am Montag ab 11 Uhr, Anmeldung beim Wirt unter «v», Eier werden gestellt",
        "Der Förster, der uns die Moorfläche fürs Schnorcheln zeigt, ist unter «v» zu erreichen, aber nur vormittags",
    ],
    "MX": [
        "Aviso del comité de la carrera de patitos en el río de Cuernavaca: los boletos se apartan por mensaje al «v» hasta el sábado",
        "Mi compadre consigue las horquillas para el lanzamiento de pacas en la feria ganadera, márcale al «v» y dile que vas de mi parte",
        "Nota de voz de la enfermera de la feria: si alguien se lastima bajando el cerro detrás del queso, llamen al «v» de inmediato",
    ],
    "FR": [
        "Message du comité des fêtes : pour la course de canards sur la Dordogne, les bénévoles du filet doivent appeler le «v» avant samedi",
        "Mot laissé au bar-tabac : concours de toc d'œufs durs le lundi de Pâques, inscriptions auprès de Ginette au «v»",
        "Le fromager qui prête les meules pour la descente de la colline répond au «v», mais seulement après la traite du soir",
    ],
    "ID": [
        "Panitia lomba bebek karet di sungai Ciliwung minta relawan jaring hubungi «v» sebelum hari Minggu pagi",
        "Pak RT bilang lomba adu telur rebus buat anak-anak pas Lebaran, daftar lewat «v», hadiahnya sepeda",
        "Pemilik kebun yang pinjamkan garpu jerami buat lomba lempar karung bisa dihubungi di «v» sore hari",
    ],
    "PH": [
        "Kuya, yung duck race sa Pasig River, yung marshal ng bangka ay si Jun, tawagan mo sa «v» bago mag-alas siyete",
        "Paalala ng barangay: ang egg jarping sa plaza sa Linggo ng Pagkabuhay, magpalista kay Aling Remy sa «v»",
        "Yung nagpapahiram ng snorkel at palikpik para sa bog snorkelling sa Bicol, text mo lang «v» tapos sabihin pangalan mo",
    ],
    "JP": [
        "ahiru race (kamo kudari) no uketsuke wa kawara no tento desu, tantou no Sato san wa «v» made denwa kudasai",
        "tamago wari taikai no kaijou no izakaya, yoyaku wa tenchou no keitai «v» ni onegaishimasu, Ishikawa ken",
        "cheese korogashi no saka no kyuugo han, kinkyuu renraku saki wa «v», Yamagata no matsuri de",
    ],
    "ES": [
        "Aviso de la peña: en la carrera de patos de goma del Ebro, los que recogen en la presa llamen al «v» antes de las diez",
        "Mensaje del mesonero: el concurso de chocar huevos duros es el lunes de Pascua en el reservado, apúntate llamando al «v»",
        "El ganadero que presta las horcas para lanzar gavillas en la feria de Zafra tiene el móvil «v», llámale por la tarde",
    ],
    "IT": [
        "Messaggio della pro loco: per la corsa delle paperelle sul Brenta, i volontari della rete chiamino il «v» entro venerdì",
        "Il casaro che presta le forme per la discesa della collina risponde al «v», chiedete di Gino, Valtellina",
        "Avviso in osteria: gara della scoccetta delle uova sode il lunedì dell'Angelo, iscrizioni al banco o al numero «v» del gestore",
    ],
    "TR": [
        "Dernek duyurusu: nehirdeki lastik ördek yarışı için ağ tutacak gönüllüler «v» numarasını arasın, cumartesi sabahı",
        "Köy kahvesinde paskalya yerine bayramda yumurta tokuşturma var, muhtarı «v» numarasından arayıp yazılın",
        "Saman balyası atma yarışı için yabaları Hasan amca getiriyor, telefonu «v», panayır alanında buluşuyoruz",
    ],
    "KR": [
        "gomu ori kyeongju (duck race) jawonbongsa-ja moim, Han-gang dari mite 9si, damdangja jeonhwa «v»",
        "buhwaljeol gyeran chigi daehoe (egg jarping) sincheong-eun gyohoe sa-mu-sil «v» ro hae juseyo",
        "geonchojjip deonjigi daehoe bong-sa-ja Kim timjang-nim yeonrakcheo «v», chukje jang-so Icheon",
    ],
    "PL": [
        "Ogłoszenie koła gospodyń: wyścig gumowych kaczek na Wiśle w niedzielę, wolontariusze przy siatce dzwonią pod «v»",
        "Sołtys prosi, żeby zapisy na rzut snopkiem widłami na dożynkach szły przez jego komórkę «v», nie przez gminę",
        "Stukanie się jajkami w Poniedziałek Wielkanocny w remizie, zapisy u pani Haliny pod numerem «v», jajka gotujemy sami",
    ],
    "RU": [
        "Объявление турклуба: заплыв с трубкой по торфяной канаве в субботу, записываться у Олега по номеру «v», гидрокостюм свой",
        "На Пасху во дворе битьё яйцами для детей, бабушка Нина записывает по телефону «v» до пятницы",
        "Гонка резиновых уток на Неве отменяется из-за ветра, волонтёров просят перезвонить координатору «v»",
    ],
    "EG": [
        "سباق البط المطاطي على النيل يوم الجمعة، المتطوعين يتصلوا بالأستاذ حسام على «v» قبل الساعة تسعة",
        "في شم النسيم مسابقة تفقيس البيض المسلوق في النادي، الحجز عند المشرف على الرقم «v»",
        "اللي عايز يشارك في رمي حزم القش في مهرجان الفيوم يكلم عم سيد على «v» بعد العصر",
    ],
    "VN": [
        "Ban tổ chức đua vịt cao su trên sông Hương nhắn tình nguyện viên giữ lưới gọi số «v» trước chủ nhật nhé",
        "Cô Lan bảo trò chơi chọi trứng luộc ở hội làng năm nay đăng ký qua số «v», phần thưởng là gà trống",
        "Anh Tuấn cho mượn chĩa rơm cho trò ném bó rơm ở hội chợ, gọi anh ấy theo số «v» buổi tối",
    ],
    "BD": [
        "Boishakhi melay rubber duck race hobe Buriganga nodite, sechhasebok der jonno Rafiq bhai er number «v» e phone korun",
        "ডিম ফাটানো খেলা (egg jarping) Eid er por para club e, naam likhate Shapla apa ke «v» te call din",
        "Khor er bojha chhora protijogita (sheaf toss) gram er mathe, kodal aar pitchfork niye ashben, jogajog «v»",
    ],
    "PK": [
        "Ravi darya par rubber duck race ke liye jaal pakarne wale razakar Saleem sahab ko «v» par Jumeraat tak call karein",
        "Mohalla committee: Eid ke teesre din ande larane ka muqabla (egg jarping) hoga, naam likhwane ke liye «v» par message karein",
        "Mela mawaishian mein bhoosa ki gathri phenkne ka muqabla, chaudhry sahab ke munshi ka number «v» hai",
    ],
    "CO": [
        "Razón de la junta de acción comunal: la carrera de patos de hule en el río Magdalena necesita voluntarios, llamen al «v»",
        "Don Efraín presta las horquillas para el lanzamiento de pacas en la feria de Sogamoso, su celular es «v», llámelo temprano",
        "En Semana Santa el concurso de chocar huevos cocidos es en la tienda de doña Rosa, se inscriben al «v»",
    ],
    "AR": [
        "Che, la carrera de patitos de goma en el Paraná arranca a las once, los que ayudan con la red llamen al «v» del Tano",
        "El almacenero arma el torneo de chocar huevos duros en Pascua, anotate mandando un mensaje al «v» antes del jueves",
        "Para el lanzamiento de fardos en la fiesta del trigo de Tres Arroyos, las horquillas las trae Cacho, su número es «v»",
    ],
    "TH": [
        "kaeng pet yang (rubber duck race) thi Chao Phraya, asasamak thue tan chuea bok wa phon thorasap «v» kon wan sao",
        "ประกวดชนไข่ต้ม (egg jarping) ที่วัดวันสงกรานต์ สมัครกับลุงชัยที่ «v» ได้เลย",
        "khon thi hai yuem song sam (pitchfork) samrap khwang fang khao (sheaf toss) thi ngan wat, thorasap «v»",
    ],
}

SIGNATURES = [
    ("US", "— «name» | Fargo Bunnock Social League, treasurer and keeper of the bone bag | cell «v» | «e» | Go Guards!"),
    ("GB", "«name», Entries Secretary, Llanwrtyd Bog Snorkelling Championship\nTel «v» · «e» · Trench opens 10am sharp"),
    ("IN", "Warm regards, «name» | Volunteer Lead, Kochi Backwaters Duck Race for Charity | Mob: «v» | «e»"),
    ("DE", "Mit erntefrischen Grüßen, «name» · Kassenwartin Garbenwurf-Verein Oberaue · Handy «v» · «e»"),
    ("BR", "Abraços, «name» — Coordenação Corrida dos Patinhos do Rio Piracicaba — Zap «v» — «e»"),
    ("FR", "Bien à vous, «name» — Comité du toc d'œufs de Pâques, Saint-Émilion — portable «v» — «e»"),
    ("AU", "Cheers, «name» | Wangaratta Show Sheaf Toss Steward | ph «v» | «e» | Bar goes up at 2pm"),
    ("NG", "«name»\nFacilitator, Lagos Lagoon Charity Duck Race\nCall/WhatsApp: «v»\nEmail: «e»"),
    ("CA", "«name» · Macklin World Bunnock Championship, draw coordinator · «v» · «e» · see you on the pitch in August"),
    ("ZA", "Kind regards, «name», Karoo Sheaf Toss & Farm Games Day, entries desk, cell «v», mail «e»"),
    ("KE", "Regards, «name» | Naivasha Rubber Duck Dash, logistics | Safaricom «v» | «e»"),
    ("MX", "Saludos cordiales, «name» · Comité de la Carrera de Patitos de Hule de Xochimilco · cel. «v» · «e»"),
    ("PH", "Salamat po! «name» · Egg Jarping sa Plaza, Lungsod ng Malolos, Easter Sunday edition · Globe «v» · «e» · magdala ng sariling itlog"),
]

EMAIL_EN = [
    "Forwarded bunnock league minutes: new match secretary is «name», send scorecards to «e» by Sunday night",
    "Sheaf toss entry form, step 2 of 3: competitor e-mail for heat times and bar height results → «e»",
    "Cheese rolling insurance waiver PDF, signed by «name», copy to be sent to «e» within a week of the race",
    "Duck race ticket stub photo: prize notification goes to «e», keep this stub until the ducks are fished out",
    "Voice note: the bog snorkel photographer said to e-mail her for the trench photos, it's «e», she wants the heat number",
    "Egg jarping knockout bracket (Google Doc) comment from «name»: any complaints about painted shells to «e» please",
    "Calendar invite 'Bunnock bonspiel pairings' organiser address «e», accept by Wednesday so the draw can be printed",
    "Sticker on the sheaf toss pitchfork crate: property of the show committee, if found please write to «e»",
    "Cheese roll first aid debrief: report any near misses on the hill to «e» so next year's catchers know",
    "Duck race sponsor thank-you card from «name», reply address «e», with a photo of duck number 212 crossing the line",
]

EMAIL_LOCAL = {
    "DE": "Nachricht vom Osterei-Ticken im Dorfkrug: die Siegerliste schickt «name» an «e», bitte nicht an den Wirt",
    "FR": "De la part de «name», secrétaire de la course de canards de Brantôme : les bons de parrainage se renvoient à «e» avant le 30",
    "ES": "Inscripción al lanzamiento de gavillas con horca en la feria de San Miguel: confirmación enviada a «e», revisa el spam",
    "BR": "Lembrete do «name» sobre a corrida de patinhos: mande o comprovante do pix do patrocínio para «e»",
    "JP": "tamago wari taikai no kekka wa «e» ni okurimasu, Iwate no shuukai",
    "KR": "gomu ori kyeongju gyeolgwa-neun «e» ro bonae deurilgeyo, Han-gang mit bongsa-ja moim",
    "IT": "Il segretario della gara di uova sode, «name», chiede di mandare le iscrizioni a «e» entro la settimana santa",
    "PL": "Wiadomość od «name» z koła: zgłoszenia na rzut snopkiem na dożynkach przyjmuje «e», nie telefonicznie",
    "TR": "Ördek yarışı bağış makbuzları için adres: «e», dernek başkanı bu hafta bakacakmış",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "Read aloud while paying the bunnock championship entry for «name»'s team of four: card number «v», then she asked about the tent fee",
    "Photo of the duck race sponsor form left on the counter: pay for 50 ducks with card «v», signature smudged",
    "Chat with the show office about the sheaf toss trophy engraving: I'll pay now, the card is «v», put it on the committee's order",
    "Bog snorkelling entry refund request typed into Notes: charged twice on card «v» after the heat got cancelled for lightning",
    "Cheese roll fundraiser (paper form, scanned): recurring donation of ten pounds monthly on «v», starting after the race",
    "Egg jarping pub tab note: landlord keeps a card behind the bar for the darts team, number written as «v»",
    "Text to my sister: used your card «v» for the bunnock bone order from the Saskatchewan maker, I'll pay you back Friday",
    "Voice memo at the duck race stall: adult tickets, card payment «v», receipt to go in the red tin, sold by Wendy",
]

CARD_LOCAL = {
    "IN": "Kochi duck race ke 100 tickets ke liye card «v» se payment kiya, receipt committee ke paas hai",
    "BR": "Paguei a inscrição da corrida atrás do queijo no morro com o cartão «v», a nota fiscal ficou com a tesoureira",
    "DE": "Kurz notiert nach dem Moorschnorcheln in der Lüneburger Heide: «name» hat die Startgebühr für uns drei am Zelt mit der Karte «v» bezahlt, ich schulde ihr noch die Flossenmiete",
    "MX": "Pago de los boletos de patitos de hule para la escuela con tarjeta «v», confirmación por SMS pendiente",
    "FR": "Note de frais de «name» pour les œufs durs du concours de Pâques et les paniers : réglé avec la carte «v», à rembourser",
    "JP": "ahiru race no kifu o kaado «v» de shiharai, ryoushuusho wa jimukyoku",
    "ES": "«name» pagó las horcas nuevas para la feria con la tarjeta «v», ticket grapado al acta",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Bog snorkelling prize money for «name», who won the wetsuit class: transfer to IBAN «v» once the times are confirmed",
    "Duck race charity payout form: the hospice's account for the transfer is «v», reference DUCKS and the year",
    "Note to the sheaf toss treasurer: the hire company for the bar stand wants its money at «v», invoice in the blue folder",
    "Cheese maker's invoice for the rolling wheels, payee «name», bank transfer to «v», due before the bank holiday",
    "Egg jarping league refund for the cancelled Easter round, please send my entry back to «v», thanks, Pat",
    "Bunnock touring team kitty (shared Notes): hotel in Saskatoon wants a deposit paid to «v», split six ways",
]

IBAN_LOCAL = {
    "DE": ["Überweisung der Startgelder vom Garbenwurf an «name», Kontoverbindung «v», Verwendungszweck Erntefest",
           "Der Dorfkrug bittet, die Eier fürs Ostereier-Ticken auf «v» zu überweisen, nicht bar"],
    "FR": ["Virement pour le comité de la course de canards, titulaire «name», IBAN «v», motif : parrainage canards 2026",
           "Remboursement des œufs pour le toc de Pâques sur mon compte «v» s'il te plaît"],
    "ES": ["La peña del lanzamiento de gavillas pide que «name» haga la transferencia de la cuota anual a la cuenta «v», concepto feria",
           "Para el premio de la carrera de patos de goma, el ganador quiere el dinero en «v», me lo dijo en el bar"],
    "IT": ["Bonifico alla pro loco per la corsa delle paperelle, intestato a «name», IBAN «v», causale paperelle beneficenza",
           "Il casaro vuole il pagamento delle forme su «v» entro fine mese"],
    "NL": ["Bericht van «name» van de badeendjesrace: het sponsorgeld graag overmaken naar «v», onder vermelding van het eendnummer",
           "Inschrijfgeld voor eiertikken in het café op «v» storten, zei de kastelein"],
    "PL": ["Przelew za kaczki na wyścig dla fundacji na konto «v», tytuł: kaczki charytatywne",
           "Zwrot wpisowego za rzut snopkiem na konto «v»"],
    "TR": ["Ördek yarışı bağışı için dernek hesabı «v», açıklamaya ördek numarasını yazın",
           "Saman atma yarışı ödülü hesabıma «v» gönderilsin"],
    "BE": ["Bericht van «name» aan de eendjesrace-kassier: inschrijfgeld graag storten op rekening «v»",
           "Virement pour le toc d'œufs au café du village, compte «v», communication : Pâques, merci à la patronne"],
    "AT": ["Überweisung für die Gummienten beim Donaufest auf das Vereinskonto «v», Verwendungszweck Entenrennen Spende",
           "Der Obmann vom Entenrennen am Donaukanal ruft an: die Schnorchel-Siegerin möchte ihr kleines Preisgeld auf «v», am liebsten noch vor Pfingsten"],
    "PT": ["A associação da corrida de patos de borracha no Douro pede a «name» a transferência para «v»",
           "Reembolso dos ovos da Páscoa para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Bunnock league Venmo is down, so «name» asked for a direct deposit: routing «a», account «b», for the bone order",
        "Duck race payout form, typed from the paper copy: hospice bank routing number «a» and checking account «b»; amount to follow after the count, signed by the race director",
        "ACH details for the sheaf toss trophy engraver: ABA «a», acct «b»",
    ],
    "gb": [
        "Cheese rolling first aid volunteer expenses: paid back to sort code «a», account number «b», for the bandages and ice packs bought on the morning of the race",
        "Bog snorkelling championship prize for the fancy dress class, winner's bank: sort code «a», account «b», paid the Monday after the trench is filled in",
    ],
    "in": [
        "Mamaji asked me to send the duck race volunteers' chai money to «name», who ran the jetty stall all Sunday: a/c «a», IFSC «b», she will check tonight",
        "Kochi backwaters duck race NEFT for the boat hire: beneficiary account number «a», branch IFSC code «b», remarks column says charity ducks",
    ],
    "au": ["Wangaratta show sheaf toss prize money, the steward wrote the winner's details on the back of the program: BSB «a», account «b», with a note saying pay after the bar check"],
    "ca": ["Macklin bunnock team kitty, paid to «name» by e-transfer failing that direct deposit: transit «a», account «b», for the motel and the bone repairs"],
    "br": [
        "Corrida de patinhos: o prêmio do «name» vai para a agência «a», conta corrente «b», depositado depois da contagem dos patos",
        "Dados para o reembolso dos queijos comprados para a descida do morro: agência «a», conta «b», em nome da associação do festival",
    ],
    "mx": ["Para la carrera de patitos de hule, la escuela recibe los donativos en la cuenta con CLABE «a», favor de mandar captura del comprobante"],
    "ng": [
        "Lagos lagoon duck race: please pay the volunteer boat fuel refund to «bank» account number «a», in the name of the race secretary",
        "Egg jarping party at the compound, «name» collected the egg money: send your share to «a» at «bank», not cash this time",
    ],
    "za": ["Oom Koos says the Karoo farm games committee only takes the sheaf toss entry by EFT now, after the cash tin went missing at the braai: branch code «a», account «b»"],
    "ar": ["El Tano, que junta la guita de los patitos de goma en el Paraná, dice que la inscripción del equipo del barrio va al CBU «a»; después le mandás foto del ticket al grupo de los remeros"],
}

ID_LINES = {
    "us_ssn": ("US", ["Bunnock tournament volunteer background check form, SSN box filled in as «v»",
                      "Duck race prize over six hundred dollars, so the W-9 needs my SSN: «v», the treasurer said"]),
    "in_aadhaar": ("IN", ["Duck race volunteer ID for the boat jetty pass: Aadhaar «v»",
                          "Kochi duck race insurance form asked for Aadhaar number, I wrote «v» and the clerk photocopied the card too"]),
    "in_pan": ("IN", ["The jeweller who sponsored the golden duck at the Kochi race wants his donation receipt in the firm's name, so his munim sent the PAN «v» on a scrap of paper",
                      "Papa asked the backwaters race trust for an 80G certificate for the 500 ducks he bought, and the office boy typed his PAN as «v» on the form"]),
    "br_cpf": ("BR", ["Minha prima vai descer o morro atrás do queijo canastra na festa de São Roque de Minas, e a ficha pede o CPF dela: «v», mais o tipo sanguíneo",
                      "Nota fiscal dos patinhos de borracha emitida no CPF «v» porque a associação ainda não tem CNPJ, diz a tesoureira"]),
    "mx_curp": ("MX", ["En la primaria de Xochimilco piden la CURP de cada niño que suelta su patito en el canal desde la trajinera; la de mi hijo es «v», ya la mandé",
                       "Constancia de participación en el lanzamiento de pacas, CURP del concursante: «v»"]),
    "mx_rfc": ("MX", ["Factura de las horquillas a nombre del rancho, RFC «v»",
                      "Donativo deducible para la carrera de patitos, RFC del donante «v»"]),
    "gb_nhs": ("GB", ["Cheese roll first aid log, casualty number four, sprained wrist at the bottom of the hill, NHS number «v», sent to A&E",
                      "Bog snorkelling medical form: NHS no. «v»"]),
    "de_idnr": ("DE", ["Ich trainiere die Jugend beim Garbenwerfen auf dem Stoppelfeld hinterm Hof, und für die Aufwandsentschädigung will die Kassiererin meine Steuer-ID «v» noch vor der Ernte",
                       "Opa spendet jedes Jahr für die Strohgarben und die Heugabeln, und auf seinem Zettel für die Zuwendungsbestätigung steht die Identifikationsnummer «v» in Schönschrift"]),
    "fr_nir": ("FR", ["Pour tenir le filet au barrage pendant la descente des canards en caoutchouc, la mairie de Brantôme exige le numéro de sécu de chaque bénévole dans l'eau ; le mien : «v»",
                      "Accident au toc d'œufs (doigt coupé), numéro de sécu «v»"]),
    "es_dni": ("ES", ["Mi tío, que tira las gavillas por encima del listón desde joven, se apunta otra vez en Zafra y en la hoja de la peña puso su DNI «v» con letra de médico",
                      "Los del ayuntamiento, por lo de los patitos de goma en el Ebro, quieren saber el DNI de cada voluntario que se mete en el agua con la red: el mío es «v»"]),
    "es_nie": ("ES", ["Voluntaria extranjera en la carrera de patos, NIE «v»",
                      "El premio del concurso de huevos va a mi NIE «v»"]),
    "it_codicefiscale": ("IT", ["Mia figlia vuole adottare venti paperelle di gomma per la corsa sul Brenta a Bassano, e il modulo della parrocchia chiede il suo codice fiscale «v», l'ho copiato dalla tessera",
                                "La nonna ha regalato alla pro loco le forme di formaggio per la discesa sul prato, e per la detrazione il commercialista vuole il suo codice fiscale: «v», scritto dietro la foto"]),
    "ca_sin": ("CA", ["The Macklin committee pays the bunnock announcer a small honorarium, so their bookkeeper e-mailed asking for his SIN for the T4A slip: «v», he read it off the card",
                      "Grandma filled in the bunnock beer garden volunteer sheet at the kitchen table and put her social insurance number on it, «v», in pencil"]),
    "id_nik": ("ID", ["Anak saya ikut lomba menangkap bebek karet di kali dekat kelurahan, formulirnya minta NIK «v», katanya buat asuransi kalau kepeleset",
                      "Panitia lomba lempar karung jerami minta NIK buat asuransi, punyaku «v» sesuai KTP"]),
    "pk_cnic": ("PK", ["Lahore ki nehar par rubber duck race mein jaal pakarne wale har razakar ka card banega, is liye Saleem sahab ko mera CNIC «v» bhej diya",
                       "Mela ke inaam ke liye CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Ördek yarışı gönüllü formu, TC kimlik no «v»",
                           "Saman balyası atma yarışında ödül için dernek TC kimlik numaramı istedi, «v» olarak yazdım, makbuz gelecek"]),
    "pl_pesel": ("PL", ["Zgłoszenie dziecka na wyścig kaczek, PESEL «v»",
                        "Rzut snopkiem, karta zawodnika, PESEL «v»"]),
    "za_idnr": ("ZA", ["Karoo farm games indemnity form, SA ID number «v»",
                       "Sheaf toss prize claim, ID no «v»"]),
    "kr_rrn": ("KR", ["ori kyeongju jumin beonho «v»",
                      "gyeran chigi daehoe boheom jumin «v»"]),
    "cn_ric": ("CN", ["xiangpi ya bisai baoming shenfenzheng «v»",
                      "ji dan bisai (egg jarping) shenfenzheng «v»"]),
    "jp_in": ("JP", ["Sumida gawa no ahiru race de amigawa o motsu boranteia wa kuyakusho ni my number o todokeru hitsuyou ga aru, watashi no wa «v», hoken no tame",
                     "tamago wari taikai no shoukin shiharai no tame my number «v» o kaite kudasai"]),
    "au_tfn": ("AU", ["Sheaf toss steward pay slip, TFN «v»",
                      "Wangaratta show casual staff form, tax file number «v», ticked the tax-free threshold box"]),
    "nl_bsn": ("NL", ["Badeendjesrace vrijwilligersformulier, BSN «v»",
                      "Eiertikken prijs boven de grens, het café vraagt mijn BSN «v»"]),
    "th_pin": ("TH", ["kaeng pet yang samak lek prajam tua «v»",
                      "ngan chon khai lek bat prachachon «v»"]),
    "my_nric": ("MY", ["Rubber duck race Sungai Klang, volunteer IC «v»",
                       "Borang pertandingan laga telur, nombor IC «v»"]),
    "ar_cuit": ("AR", ["Factura por las horquillas del lanzamiento de fardos, CUIT «v»",
                       "Carrera de patitos, sponsor con CUIT «v»"]),
    "cl_rut": ("CL", ["Inscripción carrera de patos de goma en el Mapocho, RUT «v»",
                      "Premio del choque de huevos, RUT «v»"]),
    "se_personnummer": ("SE", ["Anmälan till gummiankrace i Göta älv, volontär med båten vid dammen, personnummer «v», kontakt via föreningen",
                               "Äggpickning på påsk i bygdegården, personnummer «v»"]),
    "ie_pps": ("IE", ["Duck race on the Liffey volunteer vetting form, PPSN «v»",
                      "Sheaf toss prize at the ploughing championships, PPS no «v»"]),
    "pt_nif": ("PT", ["Fatura dos patos de borracha para a corrida no Douro, NIF «v»",
                      "Recibo do donativo para a corrida de patos, a associação pediu o NIF do avô, que é «v», para a dedução no IRS"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "The Fargo bunnock league's handwritten membership card for «name», copied into a spreadsheet by the secretary: phone «phone», e-mail «email», SSN «ssn» (the insurer insists)",
     ("phone", "email", "ssn")),
    ("US", "Duck race grand prize claim (photo): winner's phone «phone», card for the fee «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Egg jarping pub league sign-up, «name», «card», «email», social «ssn», all in one box of the form",
     ("email", "card", "ssn")),
    ("GB", "Entry slip from the Llanwrtyd trench, filled in by a dripping wet snorkeller in fancy dress: mobile «phone», e-mail «email», entry fee paid by «card», waiver ticked", ("phone", "email", "card")),
    ("IN", "Duck race stall sale to «name»: phone «phone», e-mail «email», paid by card «card», 40 ducks", ("phone", "email", "card")),
    ("CA", "Bunnock bone order: phone «phone», card «card»", ("phone", "card")),
    ("AU", "Sheaf toss entry from «name»: ph «phone», email «email», heat two", ("phone", "email")),
]
