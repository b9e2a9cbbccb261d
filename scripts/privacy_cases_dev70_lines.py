"""Lines of the dev70 privacy set (``privacy_cases_dev70.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a knattleikr club's hooked sticks, ice pitch and away tournaments, a stoolball
team's willow bats, stool wickets, tea rota and village green, a tar barrel night's barrels, marshals,
cooper and square, a horn dance's antlers, church, route and bearers, a hobby horse festival's 'oss,
teazers and May morning, a coracle regatta's willow boats, paddles, slipway and river warden; texts,
voice notes, e-mails and their signatures, forms and receipts), written fresh as messages from
particular people in particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164,
``«vW»`` a wa.me number), «e» an address, «name» a person's name, «a» and «b» an account's two parts,
«bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LOCAL", "PHONE_LINKS", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Knattleikr practice moved to the rink behind the leisure centre; if the Zamboni driver locks us out again, ring «name» on «v» and she'll come down with the spare key.",
    "Lost a hooked stick somewhere between the car park and the ice pitch on Saturday, taped grip, initials burnt into the shaft. Finder please call «v», no questions asked.",
    "Stoolball tea rota: «name» is doing scones this week and says text her on «v» if anyone has a nut allergy she should know about before she starts baking tonight.",
    "The willow bats came back from the menders with the splice redone. Collect from the pavilion before Thursday or phone the groundsman on «v» and he'll leave them in the shed.",
    "Marshal briefing for the tar barrel night is at six in the church hall; anyone who can't make it must speak to «name» first, «v», because you won't get a tabard otherwise.",
    "Barrel seven split its hoop during the test roll. The cooper says he can band it by Friday; his yard number is «v» if the committee wants to ask about cost before he starts.",
    "Horn dance route this year skips the farm lane because of the mud. Questions about where the antlers stop for lunch go to «name» at «v», not to the vicarage please.",
    "The reindeer horns are back from the church and one tine has a hairline crack. Whoever carries the white set, ring me on «v» tonight so we can decide whether you dance with the spares.",
    "Teazers for the 'oss on May morning need to be at the stable by five; «name» has the list and you can reach her on «v» from Tuesday once she's back from her sister's.",
    "Someone's left a tambourine and a pair of ribboned gloves in my van after the hobby horse parade. They're in a carrier bag on my porch, text «v» and I'll say which house.",
    "Coracle regatta entries close Friday noon. The river warden, «name», wants a mobile for every crew captain on the sheet; his is «v» if you're unsure about the launch slipway.",
    "My paddle snapped clean at the blade on the second heat and I drifted half the way to the weir, so I'm after a spare ash one for Sunday. Anyone with one to lend, call «v».",
    "Shin pads for juniors arrived at last, twenty pairs in two sizes. «name» is sorting them in the clubhouse Wednesday night, phone «v» if your child needs the smaller size.",
    "Bus for the away knattleikr tournament leaves the square at 7:15. If you're running late do NOT ring the driver; ring me, «v», and I'll hold it for five minutes at most.",
    "Umpire for the stoolball semi has pulled out with a bad back. «name» says she can stand in but needs the rule card posted through her door; her landline is «v».",
    "The hire firm wants their generator back from the barrel field by Monday morning or they charge another day. Their depot answers on «v»; please someone phone and say noon.",
    "Can the antler bearers check their boots? New hobnails make the vestry floor look like a ploughed field and the churchwarden, «name», has already rung me twice from «v».",
    "The 'oss frame lost two hoops in the storm. I've asked the basket weaver at the craft market to look at it; she's on «v» if you'd rather explain the damage yourself.",
    "Found: one tarred canvas coracle cover, washed up at the ford below the mill this morning. Owner can ring «name» on «v» and describe the patch on the bow to claim it.",
    "Reminder that the ice is booked from nine to eleven only; the rink manager charges by the quarter hour after that. Any trouble on the day, my mobile is «v».",
    "Our stool wicket was flattened by the mower again. «name» will make a new board from the old gate if someone picks up the hinges; ring «v» before you go to the ironmonger's.",
    "Noticed water pouring from under the tar barrel store after the frost. Landlord of the Crown has the key; I've left a message on «v» but could someone else try him too?",
]
PHONE_LINKS = [
    "Coracle crews are using a chat for launch times on the day, tap wa.me/«vW» to be added by the regatta secretary.",
    "Stoolball fixtures and the tea rota go out on the team chat only now: wa.me/«vW» adds you, just say which village.",
    "If the hobby horse procession changes route because of the rain I'll voice note everyone: call «vE» on WhatsApp and I'll ring round.",
    "«name» runs the horn dance group chat this year; message her at «vE» on Signal with your part (bearer, fool, bowman or maid).",
]

PHONE_LOCAL = {
    "IN": [
        "Hogenakkal coracle ride booking ke liye boatman Muniyappa ko call karo «v», woh subah chhe baje se ghat par rehte hain.",
        "Sir, the regatta volunteers' bus will start from the Mysuru stand at 5 am, any delay please inform the coordinator on «v».",
        "Amma's friend from the temple wants to join the hobby horse dance class, she asked you to call «v» after evening puja.",
    ],
    "BR": [
        "A regata de coracles no Velho Chico mudou de data, qualquer dúvida liga pra «name» no «v», ela cuida das inscrições.",
        "Perdi meu remo de ipê na margem perto da balsa, se alguém achar me chama no zap «v», tem meu nome gravado no cabo.",
        "O ferreiro que conserta os aros dos barris da festa atende no «v», mas só depois do almoço, ele avisou.",
    ],
    "DE": [
        "Liebe Eltern, das Knattleikr-Training am Samstag fällt wegen Eismangel aus; Rückfragen bitte an den Jugendwart unter «v».",
        "Wer beim Maimorgen das Steckenpferd tragen möchte, meldet sich bis Freitag beim Festausschuss, Telefon «v», gerne auch abends.",
        "Der Böttcher aus dem Nachbardorf repariert die Teerfässer, seine Werkstattnummer ist «v», er will vorher Fotos von den Reifen sehen.",
    ],
    "MX": [
        "Para la regata de coracles en Xochimilco, el lanchero que nos presta el embarcadero es «name», su cel es «v», háblale antes del jueves.",
        "Se perdió una vara de knattleikr en el vestidor de la pista de hielo en Santa Fe; si la ves avísale al entrenador al «v».",
        "Las señoras de la kermés piden que quien traiga caballitos de cartón para el desfile llame al «v» para apartar lugar.",
    ],
    "FR": [
        "Pour la régate des coracles sur la Dordogne, le garde-rivière demande que chaque capitaine laisse un portable : le sien, c'est le «v».",
        "Bonjour, j'ai retrouvé une pagaie en frêne sur la berge près du moulin ; la propriétaire peut m'appeler au «v» pour la récupérer.",
        "Le tonnelier qui recercle les barils pour la fête du goudron rappelle au «v» après 18 h, il veut savoir combien il y en a.",
    ],
    "ID": [
        "Panitia lomba perahu bundar di Danau Toba, kalau ada pertanyaan soal pendaftaran hubungi Pak Togar di «v».",
        "Tongkat kait kami ketinggalan di bus rombongan ke arena es di Jakarta, tolong telepon sopirnya di «v».",
        "Ibu-ibu PKK yang mau bantu bikin kuda-kudaan untuk pawai bisa WA ke «v» sebelum Minggu.",
    ],
    "PH": [
        "Sa mga sasali sa coracle race sa Laguna, ang contact ni Kuya Dodong sa pantalan ay «v», tawagan bago mag-alas-sais.",
        "Naiwan ko yung hooked stick sa ice rink sa SM, kung may nakakita paki-text sa «v», may pangalan ko sa grip.",
        "Yung gagawa ng kabayo-kabayuhan para sa pista, si Mang Berto, nasa «v», tawagan niyo bago mag-Huwebes.",
    ],
    "JP": [
        "Coracle no taikai no uketsuke wa «name» san desu, denwa wa «v», shūmatsu mo daijōbu da sō desu.",
        "Knattleikr no sutikku o rinku no rokkā ni wasuremashita, mitsuketara «v» made renraku kudasai.",
        "Matsuri no uma no hariko o tsukuru shokunin-san no denwa bangō wa «v» desu, gogo ni kakete kudasai.",
    ],
    "ES": [
        "Para la regata de barquillas en el Sella, el guarda del río pide un móvil por tripulación; el suyo es el «v».",
        "Se me olvidó el palo de knattleikr en la pista de hielo de Jaca, si alguien lo encuentra que me llame al «v».",
        "El tonelero de la feria de los barriles de brea atiende en el «v» por las mañanas, hay que llevarle los aros rotos.",
    ],
    "IT": [
        "Per la regata dei coracle sul Ticino, il guardiano del fiume chiede un cellulare per equipaggio: il suo è «v».",
        "Ho dimenticato la mazza uncinata nello spogliatoio del palaghiaccio di Pinerolo, se la trovate chiamatemi al «v».",
        "Il bottaio che ripara i barili per la festa del catrame risponde al «v», ma solo dopo pranzo.",
    ],
    "TR": [
        "Coracle yarışı için nehir bekçisi her takımdan bir telefon istiyor, kendisininki «v», akşam arayın.",
        "Buz pistinde kancalı sopamı unuttum, bulan olursa «v» numarasından bana ulaşsın lütfen.",
        "Bayram alayı için oyuncak at yapan usta «v» numarasında, Perşembe'den önce arayın.",
    ],
    "KR": [
        "Coracle gyeongju chamga sincheong munui neun «name» ssi, jeonhwa «v» ro haejuseyo.",
        "Aiseu lingkeu lakeo-e knattleikr seutik-eul dugo wasseoyo, chajeusimyeon «v» ro yeollak juseyo.",
        "Chukje malttuki mandeuneun jangin-nim beonho neun «v» ipnida, ohu-e jeonhwa haseyo.",
    ],
    "PL": [
        "W sprawie regat łodzi coracle na Wiśle dzwońcie do strażnika rzeki, «name», pod numer «v», najlepiej rano.",
        "Zostawiłem kij do knattleikr w szatni lodowiska w Oświęcimiu, jeśli ktoś znajdzie, proszę o telefon: «v».",
        "Bednarz od beczek na noc smolnych beczek odbiera pod «v», trzeba mu zawieźć pęknięte obręcze.",
    ],
    "RU": [
        "По регате на круглых лодках на Волге звоните смотрителю реки, «name», по номеру «v», лучше до обеда.",
        "Забыл клюшку для кнаттлейка в раздевалке ледовой арены, кто найдёт, позвоните: «v».",
        "Бондарь, который чинит бочки к празднику смоляных бочек, отвечает по «v» после шести вечера.",
    ],
    "EG": [
        "اللي عايز يشارك في سباق القوارب المستديرة في النيل عند المعادي يكلم الريس حسنين على «v» قبل الخميس.",
        "نسيت عصاية الهوكي المعقوفة في غرفة الملابس بصالة الجليد في سيتي ستارز، اللي يلاقيها يكلمني «v».",
        "الحرفي اللي بيعمل أحصنة الخشب لمولد السيدة بيرد على «v» بعد العصر بس.",
    ],
    "VN": [
        "Ai muốn đăng ký đua thuyền thúng ở bãi biển Hội An thì gọi chú Tư ở bến «v» trước thứ Năm nhé.",
        "Em để quên gậy móc ở phòng thay đồ sân băng Vincom, ai thấy thì gọi giúp em số «v» ạ.",
        "Bác thợ làm ngựa giấy cho lễ hội đình làng nghe máy ở số «v», nên gọi buổi chiều.",
    ],
    "BD": [
        "Padma nodir golakar naukar boat race-e naam dite chaile ghater majhi Rahim chacha ke call korun «v».",
        "Ice rink-er locker room-e amar hook stick ta bhule esechi, keu pele «v» e phone diben please.",
        "Boishakhi melar kather ghora banano karigor er number «v», bikel e phone korben.",
    ],
    "PK": [
        "Ravi ke kinare gol kashti ki daur ke liye mallah Bashir se baat karni ho to «v» pe call karein.",
        "Ice rink ke locker room mein meri hook wali stick reh gayi, kisi ko mile to «v» pe bata dein.",
        "Mele ke liye lakdi ke ghode banane wale ustad ka number «v» hai, shaam ko call karna.",
    ],
    "CO": [
        "Para la regata de botes redondos en el río Magdalena, el boguero don Efraín contesta en el «v», llámelo temprano.",
        "Se me quedó el palo de gancho en el camerino de la pista de hielo en Bogotá, si alguien lo ve me marca al «v».",
        "El artesano que hace los caballitos de palo para el desfile de Barranquilla atiende en el «v» por las tardes.",
    ],
    "AR": [
        "Para la regata de botes redondos en el Tigre, el guardarríos pide un celular por tripulación: el de él es «v».",
        "Me olvidé el palo de knattleikr en el vestuario de la pista de hielo de Ushuaia, si lo encontrás llamame al «v».",
        "El tonelero que arregla los barriles para la fiesta del alquitrán atiende al «v», pero sólo a la siesta no.",
    ],
    "TH": [
        "ใครจะสมัครแข่งเรือกลมที่แม่น้ำปิง ติดต่อลุงสมชายที่ท่าเรือได้ที่ «v» ก่อนวันพฤหัส",
        "ลืมไม้ตะขอไว้ในห้องแต่งตัวลานสเก็ตน้ำแข็ง ใครเจอช่วยโทรหา «v» หน่อยนะครับ",
        "ช่างทำม้าไม้สำหรับขบวนแห่ในงานประจำปีรับสายที่ «v» ช่วงบ่าย",
    ],
}

SIGNATURES = [
    ("US", "Thanks for coming out to the rink Saturday, see you at Lake Placid.\n— «name», knattleikr club secretary · «v» · «e»"),
    ("GB", "Teas are on me next week, ladies.\n«name», captain, stoolball first eleven · «v» · «e»"),
    ("IN", "Regards,\n«name», Hogenakkal coracle boat owners' association · Mob «v» · «e»"),
    ("DE", "Danke fürs Mitschleppen der Bandenteile nach dem Training, bis Samstag am Eis!\n«name», Jugendwart Knattleikr, Eisverein Füssen · Tel. «v» · «e»"),
    ("BR", "Abraço e boa regata,\n«name» · coracles do Velho Chico · «v» · «e»"),
    ("FR", "Bien à vous,\n«name», trésorière de la fête du cheval-jupon · «v» · «e»"),
    ("AU", "Cheers,\n«name», Murray coracle club, shed & boats · «v» · «e»"),
    ("NG", "Best regards,\n«name», Lagos lagoon coracle demo team · «v» · «e»"),
    ("CA", "Thanks again for helping launch the boats at the slipway,\n«name», Ottawa coracle regatta · «v» · «e»"),
    ("ZA", "Kind regards,\n«name», Vaal coracle club secretary · Cell «v» · «e»"),
    ("KE", "Asante,\n«name», Naivasha coracle club · «v» · «e»"),
    ("MX", "Gracias por ayudar a sacar los botes del agua después de la última regata,\n«name», comité de la regata de botes redondos de Xochimilco · Cel. «v» · «e»"),
    ("PH", "Salamat po sa tulong sa pista!\n«name», hobby horse parade committee, Barangay San Roque · «v» · «e»"),
]

EMAIL_EN = [
    "The knattleikr club's new treasurer, «name», wants the dues spreadsheet sent to «e» before Friday's rink booking.",
    "Forgot to say on the phone: photos from the coracle heats go to «e», not the old gmail, the warden changed it.",
    "Stoolball tea rota swaps now go through «name» at «e»; she said please put 'TEA' in the subject line.",
    "If your antlers need re-varnishing before the horn dance, email the churchwarden at «e» and he'll book the vestry.",
    "Anyone who wants a teazer costume for May morning should write to «e» with their height, the seamstress will sort it.",
    "Marshal tabards are with «name»; her email is «e» if you can't make the briefing in the church hall.",
    "The cooper sends his invoice for the barrel hoops from «e», so don't mark it as spam like last year.",
    "River warden's weekly water levels come from «e» every Thursday; add it to contacts or they land in junk.",
    "Away tournament hotel list will be sent by the vice-captain from «e» on Monday night.",
    "Stoolball umpires' course certificates are emailed by «name» at «e», check yours has the right spelling.",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen zum Knattleikr-Turnier in Füssen bitte an «name», E-Mail «e», bis spätestens Mittwoch.",
    "FR": "Les inscriptions au défilé du cheval-jupon se font par mail auprès de «name» : «e», avant la fin du mois.",
    "ES": "Las fotos de la regata de barquillas mandadlas a «e», que las cuelga el club en la web.",
    "BR": "Quem quiser remar na regata de coracles manda e-mail para «name» no «e» com nome e tamanho do colete.",
    "JP": "Taikai no shashin wa «e» made okutte kudasai.",
    "KR": "Knattleikr dongari hoebi ibgeum hwagin-eun «e» ro imeil bonaejuseyo.",
    "IT": "Per la regata dei coracle sul Ticino scrivete a «name», «e», entro venerdì.",
    "PL": "Zgłoszenia na regaty łodzi coracle wysyłajcie do «name» na adres «e» do czwartku.",
    "TR": "Coracle yarışı fotoğraflarını «e» adresine gönderin lütfen.",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "«name» paid for the whole team's rink hire at the front desk with her own card, «v», and wants it back via Venmo tonight.",
    "Receipt photo from the stick maker in Burlington, the card ran for the four new hooked sticks: «v».",
    "Note for the stoolball treasurer: the new bats were bought online on my card «v», please reimburse before the month ends.",
    "The cooper asked for a deposit over the phone and I read him the club card, «v»; was that wise?",
    "Regatta secretary, speaking into her phone while hauling coracles up the slipway: put down that the hire deposit for the boathouse went on card «v», and the grant people will want that receipt.",
    "Hobby horse festival stall fee, paid by the teazers' captain on «v»; the council says the refund will take ten days.",
    "Horn dance bearers' boots came to £340 on card «v», the churchwarden says the PCC will pay half.",
    "Tar barrel insurance renewed by phone, card «v», the broker is sending the certificate by post.",
]

CARD_LOCAL = {
    "IN": "Hogenakkal ghat office clerk ne bola ki boatmen's union ki saal bhar ki fees Raju sir ke card «v» se kati hai, parchi unki daraaz mein rakhi hai.",
    "BR": "Paguei a inscrição da regata de coracles com o cartão «v», depois a tesoureira me devolve.",
    "DE": "«name» hat die Eiszeit für das Knattleikr-Training mit ihrer Karte «v» bezahlt, bitte bis Monatsende überweisen, sie braucht das Geld für die Stiefel.",
    "MX": "El depósito del embarcadero para la regata lo pagué con la tarjeta «v», me lo reponen en la junta.",
    "FR": "«name» a réglé la location de la patinoire avec sa carte «v», il faut la rembourser avant la fin du mois.",
    "JP": "Rinku no kashikiri-ryō wa kādo «v» de haraimashita.",
    "ES": "«name» pagó los remos nuevos con su tarjeta «v», hay que devolvérselo.",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked that the hobby horse festival's stall refunds go to her IBAN «v», not the old club account.",
    "Entry fees for the European coracle meet must be wired to the host club, IBAN «v», reference your crew name.",
    "The Danish knattleikr team sent their IBAN for the shared rink costs: «v».",
    "Horn dance tour: the Flemish folk festival pays our fee into «v», the treasurer's account.",
    "Could you transfer the antler varnish money to «name» at «v»? She fronted it at the hardware shop.",
    "Stick maker in Norway wants payment to IBAN «v» before he ships the sticks.",
]

IBAN_LOCAL = {
    "DE": ["Der Kassenwart vom Eisverein hat beim letzten Knattleikr-Abend erklärt, dass «name» das Startgeld für Füssen vorgestreckt hat und es bis Ende April auf ihre IBAN «v» zurückbekommt.",
           "Aushang am Feuerwehrhaus: Für das Teerfasslaufen brauchen wir neue Eichenfässer und Reifen vom Böttcher; wer spenden will, überweist auf das Festkonto IBAN «v», Stichwort Fass."],
    "FR": ["«name» demande que la participation aux pagaies soit versée sur l'IBAN «v».",
           "Le trésorier du comité du cheval-jupon rappelle aux bénévoles de la buvette que l'avance pour les saucisses doit être remboursée par virement sur l'IBAN «v» de l'association, pas en liquide."],
    "ES": ["«name» pide que le hagáis la transferencia de la regata de barquillas a este IBAN: «v», concepto 'remos'.",
           "Cuota del club de knattleikr de Jaca, transferencia al IBAN «v» antes del día diez."],
    "IT": ["«name» chiede che la quota per la regata dei coracle venga versata sull'IBAN «v».",
           "Il cassiere della squadra di knattleikr di Pinerolo ha scritto sulla lavagna dello spogliatoio che l'affitto del ghiaccio di marzo va pagato con bonifico sull'IBAN «v», causale 'ore ghiaccio'."],
    "NL": ["«name» van de kano- en coracleclub in Medemblik vraagt of je je deel van de wilgentenen en het teer overmaakt naar IBAN «v», want zij heeft de rekening bij de houthandel al betaald.",
           "Contributie knattleikr, IBAN «v»."],
    "PL": ["Wpisowe na regaty przelejcie na IBAN «v».",
           "Skarbnik drużyny knattleikr z Oświęcimia przypomina na grupie, że za wynajem lodowiska w marcu płacimy przelewem na IBAN «v», w tytule nazwisko zawodnika."],
    "TR": ["Buz pisti kirası için IBAN: «v».",
           "Nehir bekçisi Hasan Bey, coracle yarışının kurtarma botu ve can yelekleri için herkesin payını derneğin IBAN «v» hesabına yatırmasını istedi, açıklamaya takım adını yazın."],
    "BE": ["«name», penningmeester van de stoet met de stokpaardjes in Brugge, vraagt of iedere ruiter zijn bijdrage voor de linten en bellen stort op IBAN «v» vóór de processie.",
           "Voor de vaten van het teerfeest: storting op rekening «v», vermelding 'hoepels'."],
    "AT": ["Startgeld für das Knattleikr-Turnier in Zell am See bitte auf die IBAN «v» überweisen.",
           "Für die neuen Steckenpferde beim Maifest in Hallstatt sammeln wir, Überweisung bitte auf IBAN «v» mit dem Namen des Kindes."],
    "PT": ["«name», que trata das inscrições da regata de coracles no Douro, pede que cada tripulação transfira a taxa para o IBAN «v» e envie o talão por mensagem até quinta.",
           "Quota do clube: IBAN «v»."],
}

ACCOUNT_LINES = {
    "us": [
        "«name» sent her bank info so the rink refund comes straight back: routing «a», checking «b».",
        "Stick maker invoice, pay by ACH to his shop account at the credit union, routing number «a», account «b», memo 'four sticks'.",
        "The Vermont knattleikr club switched dues to bank transfer after the cheque bounced; the treasurer's note on the rink corkboard says routing «a», account «b», put your jersey number in the memo.",
    ],
    "gb": [
        "Stoolball subs for the season, pay the club please, not Margaret personally: sort code «a», account «b», reference your surname.",
        "The cooper would rather have a bank transfer than cash for the barrel hoops: sort code «a», account number «b».",
    ],
    "in": [
        "«name» ne coracle boatmen's union ke liye bank details bheja: account «a», IFSC «b», shaam tak paisa daal dena.",
        "Regatta volunteer stipend will go to your account, please verify: A/C «a» · IFSC «b» · branch Dharmapuri.",
    ],
    "au": ["Murray coracle club shed levy, transfer to the club please: BSB «a», account «b», use your boat number as the reference."],
    "ca": ["«name» sent the regatta's banking for the entry fees: transit «a», account «b», no cheques this year please."],
    "br": [
        "«name» pediu o depósito da regata de coracles: agência «a», conta «b», Banco do Brasil.",
        "Conta da associação pra cota da festa do cavalinho: agência «a», conta «b».",
    ],
    "mx": ["Don Chuy, que lleva las cuentas de la regata de botes redondos en Cuemanco, anotó en el pizarrón del embarcadero que lo del lanchero de rescate se junta en la CLABE «a» y que nadie le dé efectivo a los remeros."],
    "ng": [
        "Pay the coracle demo team's contribution into «bank», account number «a», before Sunday.",
        "«name» is sewing the teazers' costumes for the 'oss parade and says the calico money should go to her account «a» at «bank», since she already paid the market woman in cash.",
    ],
    "za": ["Thabo from the Vaal coracle club, after the braai: the new willow for the boats is bought from the levy, so EFT it to the club's branch code «a», account number «b», and WhatsApp him the proof."],
    "ar": ["Para la regata en el Tigre, el aporte para el guardarríos y el bote de rescate va al CBU «a», a nombre de la comisión."],
}

ID_LINES = {
    "us_ssn": ("US", ["Vermont rink requires a background check for anyone coaching the junior knattleikr kids, so the coach put her Social Security number, «v», on the county's form at the front desk.",
                      "The Lake Placid tournament's accident insurer emailed back asking again for our team manager's SSN, «v», because the first fax from the rink office came through smudged."]),
    "in_aadhaar": ("IN", ["Ghat ke licence office wale babu ne kaha coracle chalane ka licence renew karne ke liye Aadhaar ki copy lagegi, Muniyappa anna ka number «v» hai, kal subah le jaana.",
                          "Boatmen's union registration form, Muniyappa's Aadhaar «v», photo copy attached to the file at the ghat office."]),
    "in_pan": ("IN", ["Sir, for the regatta sponsorship invoice the committee treasurer's PAN is «v», kindly mention it on the receipt and on the TDS form.",
                      "Prize money above ten thousand needs PAN, the winning crew captain gave «v», the accountant will file it."]),
    "br_cpf": ("BR", ["Pra emitir a nota fiscal dos remos novos a loja pediu o CPF da tesoureira da associação: «v», ela autorizou.",
                      "Inscrição da regata de coracles no Velho Chico, CPF do capitão da equipe: «v»."]),
    "mx_curp": ("MX", ["Para el seguro de los remeros de la regata en Xochimilco pidieron la CURP del capitán del equipo: «v».",
                       "La maestra que organiza el desfile de caballitos de palo en la primaria pide la CURP de cada niño para el seguro escolar, la de mi hijo es «v»."]),
    "mx_rfc": ("MX", ["Factura del embarcadero a RFC «v».",
                      "Don Efrén, el lanchero que jala los botes redondos hasta el embarcadero, quiere que le paguemos con factura, así que el comité le pasó su RFC, «v», por mensaje."]),
    "gb_nhs": ("GB", ["First aid log from the tar barrel night: the marshal with the scorched hand, NHS number «v», was seen by the St John Ambulance crew.",
                      "Stoolball accident book, Ditchling green: bowler twisted an ankle in the tea interval rush, St John Ambulance noted her NHS number, «v», before the ambulance."]),
    "de_idnr": ("DE", ["Weil der Knattleikr-Verein dem Jugendtrainer jetzt die Übungsleiterpauschale zahlt, will die Kassenwartin seine Steuer-Identifikationsnummer auf dem Formular haben: «v», unterschrieben am Eisrand.",
                       "Die Steuer-ID vom Jugendwart für die Ehrenamtspauschale im Eisverein, bitte bis Monatsende an die Kasse: «v»."]),
    "fr_nir": ("FR", ["Pour l'assurance de la régate sur la Dordogne, le numéro de sécurité sociale du capitaine de l'équipe est le «v», à reporter sur la fiche.",
                      "Pour l'assurance du défilé, la mairie demande le numéro de sécurité sociale de celui qui porte le cheval-jupon pendant trois heures sous la pluie : «v»."]),
    "es_dni": ("ES", ["Para la regata de barquillas en Arriondas la Cruz Roja nos exige apuntar el DNI del patrón de cada barca en la hoja de salida; yo puse el mío, «v», con letra clara.",
                      "La federación de deportes de hielo pide el DNI del entrenador del club de knattleikr de Jaca: «v», para la licencia."]),
    "es_nie": ("ES", ["NIE del remero noruego para la regata: «v».",
                      "El tonelero rumano que nos arregla los barriles de la fiesta de la brea dio su NIE, «v», para que la comisión le haga la factura de los aros nuevos."]),
    "it_codicefiscale": ("IT", ["Per l'assicurazione della regata dei coracle sul Ticino ci serve il codice fiscale del capitano di ogni equipaggio: il mio è «v».",
                                "La società del palaghiaccio di Pinerolo chiede il codice fiscale dell'allenatore di knattleikr per il contratto: «v», scadenza venerdì."]),
    "ca_sin": ("CA", ["Volunteer honorarium at the Ottawa coracle regatta: the paper form from the canal office wanted my Social Insurance Number, so I wrote «v» and handed it to the warden's wife.",
                      "The river warden's contract for the coracle weekend needs his SIN on the payroll sheet: «v»."]),
    "id_nik": ("ID", ["Untuk asuransi lomba perahu di Danau Toba panitia minta NIK ketua tim: «v».",
                      "Panitia lomba perahu bundar di Balige minta NIK setiap pendayung ditulis di formulir asuransi, punya saya «v», sudah difotokopi di kantor kecamatan."]),
    "pk_cnic": ("PK", ["Ravi ke kinare wali gol kashti ki daud ke liye committee walon ne captain ka CNIC maanga hai, Bashir bhai ka «v» hai, photocopy ke saath aaj shaam tak form jama karna hai.",
                       "Mallah ka CNIC: «v»."]),
    "tr_tckimlik": ("TR", ["Yarış sigortası için TC kimlik no: «v».",
                           "Buz pisti kulübü antrenörün sözleşmesi için TC kimlik numarasını istedi: «v», Cuma'ya kadar."]),
    "pl_pesel": ("PL", ["PESEL kapitana do ubezpieczenia regat: «v».",
                        "Związek wymaga PESEL trenera drużyny knattleikr na wniosku o licencję na sezon, nasz trener podał «v» i podpisał się w biurze lodowiska."]),
    "za_idnr": ("ZA", ["Regatta indemnity, ID number «v».",
                       "Crew captain's ID no. «v»."]),
    "kr_rrn": ("KR", ["Jumin beonho «v».",
                      "Boheom sincheong jumin deungnok beonho «v»."]),
    "cn_ric": ("CN", ["Bisai baoxian shenfenzheng haoma: «v».",
                      "Duizhang de shenfenzheng hao shi «v»."]),
    "jp_in": ("JP", ["Taikai no shōkin no shiharai ni hitsuyō na node, daihyōsha no maina nanbā o oshiete kudasai to iwareta: «v».",
                     "Kojin bangō (My Number) «v», rinku no keiyaku-yō."]),
    "au_tfn": ("AU", ["Murray coracle club's new paid coach filled out the ATO form at the shed table between heats; his tax file number is «v» and the treasurer will lodge it Monday.",
                      "The Murray club's new paid coach gave his tax file number for the payroll: «v»."]),
    "nl_bsn": ("NL", ["De verzekeraar van de coracle-regatta op het IJsselmeer wil van elke roeier het BSN op de deelnemerslijst, dat van mij is «v», met pen ingevuld bij de steiger.",
                      "Voor de vrijwilligersvergoeding bij de regatta graag je BSN: «v»."]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนกัปตันทีม «v»",
                      "เลขบัตรประชาชนของคนพาย «v»"]),
    "my_nric": ("MY", ["NRIC kapten untuk insurans regata: «v».",
                       "No. kad pengenalan jurulatih: «v»."]),
    "ar_cuit": ("AR", ["Factura del embarcadero del Tigre a nombre del club, CUIT «v».",
                       "El tonelero de Chivilcoy que arregló los barriles del festival pide que la factura salga a nombre de su taller, CUIT «v», y que se la paguemos antes de fin de mes."]),
    "cl_rut": ("CL", ["La aseguradora de la regata de botes redondos en el río Calle-Calle, en Valdivia, pidió el RUT del capitán de cada tripulación antes del zarpe, el nuestro es «v».",
                      "RUT del remero: «v»."]),
    "se_personnummer": ("SE", ["Till försäkringen för knattleikr-turneringen i Luleå behöver kassören tränarens personnummer: «v», senast på fredag.",
                               "Förbundet vill ha personnummer på alla som spelar knattleikr i Luleå-turneringen, mitt är «v», jag skrev det på blanketten i ishallens kafé."]),
    "ie_pps": ("IE", ["The Boyne coracle club can't let the new coach take juniors out on the river until his Garda vetting is back, and the form wants his PPS number, «v», in block capitals.",
                      "The Boyne coracle club needs your PPS no. for the grant application: «v»."]),
    "pt_nif": ("PT", ["Fatura dos remos com o NIF da associação: «v».",
                      "Para a inscrição na regata do Douro precisamos do NIF do capitão da equipa: «v», até sexta."]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Team manager's sign-up for the Lake Placid tournament, from «name»: phone «phone», email «email», and for the insurance rider her SSN «ssn».",
     ("phone", "email", "ssn")),
    ("US", "Volunteer sign-in for the Burlington knattleikr scrimmage, filled out on the rink clipboard: cell «phone», card kept on file for the skate rental «card», and SSN «ssn» for the county check.",
     ("phone", "card", "ssn")),
    ("US", "«name» paid the stick order: card «card», receipt to «email», SSN «ssn» for the 1099.",
     ("email", "card", "ssn")),
    ("GB", "Stoolball tour booking for the Ditchling ladies: ring the organiser on «phone», confirmation to «email», deposit taken on card «card».", ("phone", "email", "card")),
    ("IN", "«name», regatta sponsor: mobile «phone», mail «email», card «card».", ("phone", "email", "card")),
    ("CA", "Boathouse lockup at the Ottawa regatta: the warden says to ring him at «phone» if the gate sticks, and the deposit for the lifejackets is held on card «card» until Monday.", ("phone", "card")),
    ("AU", "«name», shed levy: «phone», «email», ta.", ("phone", "email")),
]
