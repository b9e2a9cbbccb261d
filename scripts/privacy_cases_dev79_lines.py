"""Lines of the dev79 privacy set (``privacy_cases_dev79.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them: messages from particular people in particular situations (the Argungu fishing
festival on the Matan Fada in Kebbi State, its hand nets, calabashes, weigh-in and the Sarkin Ruwa; the
Naha Great Tug-of-War on Kumoji crossing, its rope, kanuchi pin and East and West; Markgröningen's
Schäferlauf, the barefoot race across the stubble, the Wasserträgerinnen and the Schäferkönig; the Nehru
Trophy snake boat race on Punnamada lake, its chundan vallam, oarsmen and vanchipattu; the Higantes
Festival in Angono, its papier-mâché giants, parehadoras and basaan; the Golden Shears in Masterton,
its handpieces, woolhandlers and Romney ewes; a yukigassen league at Sobetsu under Showa Shinzan; a
birling club's logs, peaveys and pond in Wisconsin), written fresh, none taken from another set. A
slot is written ``«name»`` (``put`` fills it); the builder draws the values.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "«name» is bringing the spare hand nets to Argungu on Thursday; if the bus is late ring «v» and she'll wait at the bridge",
    "Weigh-in queue is moving again. Call me on «v» when your fish is on the scale, I want a photo for the club",
    "«name» from the rope guild: the piece of tug rope you won in the raffle is at the Kumoji office, «v» before five",
    "Any birler who wants a lift to the pond on Saturday, text «v» with how many logs you're carrying",
    "«name» says the snow shelters at Sobetsu are up and the referees meet at nine; her number for the day is «v»",
    "The shears committee changed the stand draw for the open heats. Questions go to the timekeeper on «v», not the bar",
    "«name» here, I'm the one with the Romney ewes in the trailer. If I miss the turn-off to the stadium, «v»",
    "Our snake boat needs two more oarsmen for the practice row at six tomorrow, interested? Ring the helmsman at «v»",
    "If the giants' parade route changes because of the rain, «name» will send the new map; reach him on «v» meanwhile",
    "Lost a peavey near the boom run after practice, red handle, initials burnt in. Finder please call «v», there's a reward",
    "«name» is collecting the shepherds' race entry forms this year, bring them to the Marktplatz tent or ring «v»",
    "Calabash carvers' stall by the river entrance needs a volunteer for the afternoon. Whoever can cover it, «v»",
    "«name» drove the papier-mâché heads to the church in Angono and is stuck in traffic on the way back; «v» if urgent",
    "The ice at the yukigassen court is hard this week, bring studded boots. Team manager on «v» for the kit list",
    "«name» can show newcomers how to stand on a cedar log without going straight in; her cell is «v», evenings only",
    "Bus to the Nehru Trophy leaves the boat club at four sharp. Anyone late, call the driver on «v» and don't expect him to wait",
    "Hi it's «name», I'm selling two seats in the West stand for the tug-of-war; «v» if you want them before Friday",
    "Wool press at the Masterton sheds jammed again this morning. Maintenance man is on «v»; don't touch it yourselves",
    "«name» left the snowball-making moulds at my place after the league night. Pick them up, or ring «v» and I'll drop them off",
    "Whoever took the fishing festival's first-aid box from the weigh-in tent, bring it back or ring «v»",
    "Water carriers' race practice is on the cobbles behind the town hall tonight; «name» runs it, «v» if you can't make it",
    "The woolhandling judge needs a ride from the airport on Wednesday evening, I've put down my number, «v»",
]

PHONE_LINKS = [
    "Tap to message the Argungu volunteers' desk about the boats on the river: https://wa.me/«vW»?text=fishing%20festival",
    "For the birling club's lake booking chat, open https://wa.me/«vW» and say which day you want the logs out",
    "Tug-of-war rope guild hotline, click and it dials: tel:«vE»",
    "«name»'s contact card for the shears open: <a href=\"tel:«vE»\">ring the committee</a>",
]

PHONE_LOCAL = {
    "IN": [
        "Nehru Trophy ke liye hamari chundan vallam team ka practice kal subah hai, helmsman ka number «v» hai",
        "Punnamada boathouse mein oars rakhe hain, chabi chahiye to «v» pe call karo",
        "«name» vanchipattu ke gaane sikhata hai, Sunday ko aana hai to «v» pe message kar dena",
    ],
    "BR": [
        "«name» vai levar as cordas pro cabo de guerra da festa do bairro, liga pra ela no «v» se precisar",
        "Clube de tronco rodante abriu inscrição pra iniciantes na represa, o número do treinador é «v»",
        "Quem perdeu a luva de neve na viagem da liga? Tá comigo, me chama no «v»",
    ],
    "DE": [
        "«name» organisiert dieses Jahr die Wasserträgerinnen beim Schäferlauf, Anmeldung telefonisch unter «v»",
        "Der Bus zum Stoppelacker in Markgröningen fährt um halb zehn, Fahrer erreichbar unter «v»",
        "Wer beim Aufbau des Festzelts hilft, bitte kurz bei der Zunft melden: «v»",
    ],
    "MX": [
        "El torneo de guerra de bolas de nieve en la sierra se pospone, para dudas llama al organizador al «v»",
        "«name» tiene los troncos para la práctica de rodar en la presa, su celular es «v»",
        "Se busca gente para jalar la cuerda en la kermés del domingo, informes al «v»",
    ],
    "FR": [
        "Pour la sortie au tournoi de yukigassen, le car part du gymnase à sept heures; le chauffeur: «v»",
        "Les bénévoles de la course de troncs sur le lac appellent le responsable au «v» avant midi",
        "«name» garde les gants et les casques du club, si tu en as besoin pour samedi appelle-la au «v»",
    ],
    "ID": [
        "Lomba tarik tambang antar kampung hari Minggu, pendaftaran lewat telepon ke panitia di «v»",
        "Perahu naga klub kami butuh pendayung tambahan, hubungi kapten di «v»",
        "Kalau bus ke festival molor, kabari saya di «v» ya",
    ],
    "PH": [
        "Yung mga higante para sa parada sa Angono, handa na sa pagawaan; tawagan si kuya sa «v» para sa pickup",
        "Sa basaan bukas magdala ng tuwalya, may tanong tawag lang sa «v»",
        "«name» ang bahala sa mga parehadora ngayong taon, ang numero niya ay «v»",
    ],
    "JP": [
        "綱挽きの綱のかけら、«name»さんが預かっています。連絡は «v» まで",
        "雪合戦の練習は明日9時から、遅れる人は «v» に電話して",
        "昭和新山の大会バスの運転手の番号: «v»",
    ],
    "ES": [
        "El concurso de esquileo de la feria empieza a las diez, el teléfono del jurado es «v»",
        "Si vas a la regata de traineras y sobra un sitio en el coche, llámame al «v»",
        "Para la guerra de bolas de nieve del club de montaña, apuntaos llamando al «v»",
    ],
    "IT": [
        "La gara di tosatura alla fiera di paese comincia alle nove, per iscriversi chiamare il «v»",
        "Chi viene a vedere il palio dei tronchi sul lago mi chiami al «v» per il passaggio",
        "Il pullman per il torneo di battaglia a palle di neve parte dalla piazza, autista al «v»",
    ],
    "TR": [
        "Halat çekme turnuvası için takım listesini bu akşam yolluyorum, sorun olursa «v» numarasını arayın",
        "Kartopu savaşı turnuvasına gelecekler otobüs için «v» numaralı hattı arasın",
        "Kütük yuvarlama kulübünün antrenörüne «v» numarasından ulaşabilirsiniz",
    ],
    "KR": [
        "«name» 씨가 눈싸움 대회 장갑을 가지고 있어요, «v» 로 연락하세요",
        "줄다리기 축제 자원봉사자는 «v» 로 문자 주세요",
        "통나무 굴리기 동호회 코치 번호 «v»",
    ],
    "PL": [
        "«name» prowadzi zapisy na zawody w przeciąganiu liny, dzwońcie pod «v» do piątku",
        "Autokar na turniej bitwy na śnieżki odjeżdża spod szkoły, kierowca «v»",
        "Kto chce spróbować toczenia kłody na jeziorze, trener odbiera pod «v»",
    ],
    "RU": [
        "«name» отвечает за канат на соревнованиях по перетягиванию, звоните ему по номеру «v»",
        "Автобус на турнир по снежкам уходит в восемь, водитель «v»",
        "По поводу аренды брёвен на пруду звоните «v»",
    ],
    "EG": [
        "مسابقة شد الحبل يوم الجمعة، للتسجيل اتصل على «v»",
        "لو عندك سؤال عن رحلة مهرجان الصيد كلمني على «v»",
        "رقم مدرب فريق التجديف: «v»",
    ],
    "VN": [
        "Giải kéo co của phường tổ chức sáng chủ nhật, đăng ký qua số «v»",
        "Đội đua thuyền rồng cần thêm người chèo, gọi đội trưởng «v»",
        "Xe đi hội thi ném tuyết khởi hành lúc sáu giờ, tài xế «v»",
    ],
    "BD": [
        "Nouka baich-er dole aro majhi lagbe, ostad-er number «v», kal sokale phone koro",
        "Doria tana protijogitay nam dite chaile «v» number-e call korun",
        "Meladay boshar jaygar jonno «v» te jogajog korben",
    ],
    "PK": [
        "Rassa kashi ke muqable ke liye team ki list kal tak bhej do, sawal ho to «v» pe call karo",
        "«name» bhai ke paas boat race ke chappu hain, unka number «v» hai",
        "Rassa kashi wale mele tak coaster Gujranwala chowk se fajr ke baad chalegi, jisko seat chahiye woh «v» "
        "par Imran ko message kare",
    ],
    "CO": [
        "El campeonato de tirar la cuerda en la vereda es el sábado, informes con don Efraín al «v»",
        "Para la regata de balsas en la represa llama al organizador al «v»",
        "«name» tiene los chalecos del club de remo, su número es «v»",
    ],
    "AR": [
        "Che, el torneo de cinchada del club se pasó al domingo, cualquier cosa llamame al «v»",
        "«name» lleva los guantes para la guerra de nieve en Bariloche, su celu es «v»",
        "La combi a la regata sale de la costanera a las ocho, chofer «v»",
    ],
    "TH": [
        "แข่งชักเย่อวันเสาร์ โทร «v»",
        "เรือยาวทีมเราขาดฝีพาย ติดต่อ «v»",
        "รถไปงานเทศกาลออกหกโมง คนขับ «v»",
    ],
}

SIGNATURES = [  # a signature under a message, with its sender's address
    ("US", "«name» | Treasurer, Sawyer County Birling Club | 214 Flowage Rd, Winter, WI 54896 | «v» | «e»"),
    ("GB", "Best, «name» — Yukigassen Britain, 9 Glenmore Steading, Aviemore PH22 1QU — «v» — «e»"),
    ("IN", "Regards, «name», Secretary, Punnamada Snake Boat Club, Finishing Point Road, Alleppey 688013, «v», «e»"),
    ("DE", "Mit freundlichen Grüßen, «name», Schriftführerin der Schäferlauf-Zunft, Helenenstraße 4, 71706 Markgröningen, "
           "Tel. «v», «e»"),
    ("BR", "Abraço, «name» — Liga de Cabo de Guerra do Vale, Rua das Cordas 88, Blumenau SC, «v», «e»"),
    ("FR", "Cordialement, «name», présidente de l'Association de Bataille de Neige du Vercors, 12 route des Pistes, "
           "38250 Villard-de-Lans, «v», «e»"),
    ("AU", "Cheers, «name», Shearing Contractor, 3 Wool Shed Lane, Goulburn NSW 2580, «v», «e»"),
    ("MX", "«name», Comité de la Cuerda, Calle Reforma 41, Tlaxcala, «v», «e»"),
    ("CA", "«name» · Snowfort League of Chicoutimi · 55 rue Racine · Saguenay QC G7H 1R1 · «v» · «e»"),
    ("ZA", "«name», Golden Shears entrant, 17 Merino Street, Graaff-Reinet 6280, «v», «e»"),
    ("KE", "«name», Secretary, Kisumu Boat Racing Club, Oginga Odinga St, Kisumu, «v», «e»"),
    ("NG", "«name», Volunteer Coordinator, Argungu Fishing Festival, Emir's Road, Argungu, Kebbi State, «v», «e»"),
    ("PH", "«name», Higantes Workshop, Doña Aurora St, Angono, Rizal, «v», «e»"),
]

EMAIL_EN = [
    "«name» is putting the Argungu weigh-in photos in a shared folder; ask for access at «e» and say which day you fished",
    "Send your birling club membership form to «e» before the pond opens in June",
    "«name» handles the tug rope raffle winners' list, so write to «e» if your ticket number was read out",
    "Shearing stand entries for the open grade close Friday; forms to «e», with your handpiece make on them",
    "Yukigassen team sheets, seven players and three subs, go to «e» by the draw on Thursday",
    "«name» asked me to forward the parade route for the giants, she's on «e» if you have changes",
    "Snake boat club minutes from the last meeting are with the secretary, «e»",
    "The shepherds' race lost-and-found list is kept by «e», including one left shoe",
    "Anyone who filmed the dunk at the boom run final, please send it to «e» for the club video",
    "«name» will sort the carpool to Masterton; reply to «e» with your seats",
]

EMAIL_LOCAL = {
    "DE": "«name» sammelt für die Chronik der Zunft alle Handyfotos vom Barfußrennen der Schäferinnen und Schäfer über den "
          "Stoppelacker; schickt sie ihr bis Sonntagabend an «e», am liebsten in voller Auflösung",
    "ES": "Quien quiera competir en el esquileo a tijera de la feria de ganado de Zafra tiene que escribir a la "
          "organización, «e», indicando cuántas ovejas merinas esquila en una hora",
    "FR": "«name» prépare le diaporama de fin de saison de notre équipe de yukigassen à Villard-de-Lans : envoyez vos "
          "vidéos des drapeaux capturés à «e» avant les vacances",
    "BR": "«name» tá montando o álbum do cabo de guerra da quermesse de São João do bairro, quem tiver vídeo da corda "
          "arrebentando manda pra «e» ainda hoje",
    "JP": "那覇大綱挽の西軍ボランティア登録は、氏名と綱を引く区画を書いて «e» へメールを送ってください",
    "KR": "우리 마을 줄다리기 동호회 회원 명단 수정 요청은 총무에게 «e» 로 이번 주 금요일까지 부탁드립니다",
    "IT": "«name» coordina la squadra di tosatori sardi che va alla fiera di Masterton; chi vuole il modulo del viaggio "
          "lo chieda a «e»",
    "PL": "«name» kompletuje skład naszej drużyny na mistrzostwa powiatu w przeciąganiu liny w Żywcu, zgłoszenia z wagą "
          "zawodników na «e» do czwartku",
    "TR": "Köyün bağbozumu şenliğindeki halat çekme yarışması için takım kaptanları oyuncuların adlarını ve kilolarını «e» "
          "adresine cumartesi sabahına kadar iletsin",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "SG", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH",
                 "PK", "NZ", "IE"]

CARD_EN = [
    "«name» paid the birling club's log order with her card, «v», and wants the receipt sent to the treasurer",
    "Card for the shears trip deposit, «v», expires in two years; please book the bunkhouse by the sheds",
    "Booking the minibus to the snake boat race on the club card «v», the driver wants it today",
    "Yukigassen team kit, seven jerseys and the helmets, charged to «v»",
    "Argungu trip: bus seats and the lodge paid with «v», split four ways later",
    "Rope raffle tickets bought online with «v», twenty of them for the West side",
    "The giants' workshop paints were put on the card ending... no, the whole number's on the invoice: «v»",
    "Entry fees for both shepherds' race heats went on «v», Heribert will pay me back",
]

CARD_LOCAL = {
    "IN": "Nehru Trophy pavilion ke tickets is card se book kiye: «v», receipt Keshav ko bhej dena",
    "BR": "Acertei as camisetas da equipe do cabo de guerra da quermesse no cartão «v»; cada um me devolve trinta reais "
          "quando a gente se encontrar na barraca de pamonha",
    "DE": "«name» hat heute früh für uns alle die Startplätze beim Markgröninger Barfußrennen über den Acker online mit "
          "ihrer Kreditkarte «v» gebucht, also bitte zurücküberweisen",
    "MX": "Pagué los boletos del camión al torneo de nieve con la tarjeta «v»",
    "FR": "«name» a avancé l'inscription des sept joueurs de yukigassen et la location des casques sur sa carte «v», "
          "remboursez-la au prochain entraînement au gymnase",
    "JP": "大会の宿泊代はカード «v» で支払いました",
    "ES": "Nuestra cuadrilla de esquiladores extremeños compite el domingo en la feria ganadera; «name» pagó las cinco "
          "plazas y el almuerzo de todos con la Visa «v», así que hacemos bizum esta noche",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» collects the rope guild's raffle money; transfer your share to «v» with your ticket numbers",
    "For the Golden Shears bunkhouse deposit, IBAN «v», reference SHEARS and your surname",
    "The yukigassen league's account for the tournament fee is «v»",
    "Refunds for the cancelled boom run final go out from «v», allow a week",
    "«name» is the birling club's treasurer now, so club dues go to «v»",
    "Parade costume fund for the giants, please send to «v» before November",
]


IBAN_LOCAL = {
    "DE": ["«name», Kassenwartin der Zunft, erinnert alle Läuferinnen daran, das Startgeld für das Barfußrennen über den "
           "Stoppelacker rechtzeitig auf «v» einzuzahlen, sonst keine Startnummer",
           "Spenden für das Festzelt der Wasserträgerinnen bitte an «v»"],
    "FR": ["«name», trésorière du club de bataille de neige, demande le virement de la cotisation sur «v»",
           "Le remboursement du car du tournoi se fera depuis le compte «v»"],
    "ES": ["«name» recoge el dinero de la excursión al concurso de esquileo: «v»",
           "Los socios de la peña que remará en la regata de traineras de la Concha ingresan su parte del alquiler del "
           "autobús y de la comida en «v»"],
    "IT": ["«name» raccoglie le quote per la gara di tosatura, IBAN «v»",
           "Il rimborso del pullman per il torneo di neve arriva dal conto «v»"],
    "NL": ["«name» van de boomstamrolclub aan de Vinkeveense Plassen herinnert iedereen eraan de zomercontributie en "
           "de huur van de cederstammen op «v» te storten",
           "Inschrijfgeld voor het sneeuwbaltoernooi met zeven spelers per team en negentig ballen per set: overmaken "
           "naar «v» onder vermelding van de teamnaam"],
    "PL": ["Wpisowe na zawody w przeciąganiu liny prosimy wpłacać na «v»",
           "Zwrot za autokar na turniej śnieżkowy przyjdzie z konta «v»"],
    "TR": ["Halat çekme takımının aidatı için IBAN: «v»",
           "Kartopu turnuvası otobüs ücretini «v» hesabına yatırın"],
    "BE": ["«name» demande que la cotisation du club de tir à la corde soit versée sur «v»",
           "Terugbetaling van de busreis naar het sneeuwbaltoernooi via «v»"],
    "AT": ["Die Tiroler Schneeballschlacht-Mannschaft sammelt das Nenngeld für das Turnier auf der Hochalm, sieben Leute "
           "zu je vierzig Euro, bitte auf «v»",
           "Die Rückerstattung für die Busfahrt zum Seilziehen kommt von «v»"],
    "PT": ["«name», que trata das contas do clube de remo de Vila do Conde, pede a todos que transfiram a quota do "
           "barco novo para «v» até ao fim do mês",
           "O reembolso da viagem ao torneio de neve vem da conta «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» finally got the birling club's reimbursements off paper checks; the coaches' stipends now land by ACH at "
        "routing «a», account «b», every second Friday",
        "Pond rental refund goes back to routing number «a» and checking account «b»",
        "Snowfort league payroll for the volunteer referees who blow the whistle on flag grabs: ABA «a», acct «b», "
        "transfers leave Friday",
        "The birling club's new logs from the Eau Claire mill are paid by wire: routing «a», account «b», reference POND",
    ],
    "gb": [
        "Yukigassen Britain's kitty for the Cairngorms bunkhouse and the minibus petrol sits with the Bank of Scotland, "
        "sort code «a», account number «b»",
        "Quick one from the hut warden at Glenmore: pay the fifty quid hut deposit to «a» / «b», ref YUKI plus surname",
    ],
    "in": [
        "«name» ji, snake boat club ke oarsmen ka payment account «a», IFSC «b»",
        "Vanchipattu troupe from Kainakary sings for the chundan crew again; their fee goes to savings «a» with the "
        "branch IFSC «b», Keshav signs the voucher",
    ],
    "au": ["Shearing contractor's pay goes to BSB «a», account «b», by Thursday for the Goulburn run"],
    "ca": ["«name» wants her snowfort league overpayment returned straight to the caisse populaire: institution transit "
           "«a», folio «b», not by cheque please"],
    "br": [
        "«name» passou os dados pra inscrição no cabo de guerra: agência «a», conta «b»",
        "A tesoureira da liga de cabo de guerra do interior pediu o depósito das cotas atrasadas na agência «a», conta "
        "corrente «b», e a foto do comprovante no grupo",
    ],
    "mx": ["La renta del camión para ir a la guerra de bolas de nieve en el Nevado de Toluca se paga por SPEI a la "
           "CLABE «a», mandando captura al grupo"],
    "ng": [
        "Our Argungu crew still owes the boatman who ferries the nets across the Matan Fada; Tamunosiki collects it at "
        "«bank», number «a», and posts the teller slip on the festival WhatsApp",
        "«name» is buying the decorated calabashes and the hand nets for our Argungu team in Birnin Kebbi market; send "
        "your share to «bank», account number «a», before Friday prayers",
    ],
    "za": ["The Karoo shearing gang's trip to the Golden Shears is nearly paid; top up the kitty at branch «a», cheque "
           "account «b», before the flights are booked"],
    "ar": ["Para el asado después del torneo de cinchada en el club del barrio, cada equipo transfiere su parte al "
           "CBU «a» y sube el comprobante al grupo de WhatsApp"],
}

ID_LINES = {
    "us_ssn": ("US", ["The birling club's insurer mailed back my waiver for the summer logrolling clinic because the box for the "
                      "social was blank, so I wrote «v» on it and dropped it at the boathouse",
                      "Snowfort league treasurer again: the 1099 for refereeing eleven playoff sets needs your SSN, mine for "
                      "the example is «v», please don't reply-all with yours"]),
    "in_aadhaar": ("IN", ["Nehru Trophy ke chundan vallam mein chappu chalane wale har oarsman ka Aadhaar lagta hai, mera «v» "
                          "form mein bhar diya, baaki log kal tak bhejo",
                          "Punnamada boat club's insurance agent only accepts the twelve-digit Aadhaar for each rower, for "
                          "the helmsman it is «v»"]),
    "in_pan": ("IN", ["Sponsor from Alleppey wants the snake boat club treasurer's PAN printed on the donation receipt before "
                      "they release the money: «v»",
                      "Vanchipattu gaane wale group ka fee bill banana hai, unke leader ka PAN «v» daal do aur stamp laga do"]),
    "br_cpf": ("BR", ["Pra inscrição no cabo de guerra da quermesse a paróquia pediu o CPF de cada puxador da corda, o meu "
                      "é «v», mandei no formulário",
                      "O seguro da viagem da equipe ao campeonato estadual de cabo de guerra só sai com o CPF do capitão: «v», "
                      "confere antes de enviar"]),
    "mx_curp": ("MX", ["Protección Civil nos pidió la CURP de cada jugador para subir al Nevado de Toluca a la guerra de bolas "
                       "de nieve; la mía es «v»",
                       "La liga de jalar la cuerda de Tlaxcala registra a la capitana del equipo con su CURP «v» en el "
                       "padrón municipal"]),
    "mx_rfc": ("MX", ["El aserradero que nos vende los troncos de cedro para la presa necesita mi RFC «v» para facturar",
                      "El patrocinio del club de remo de Valle de Bravo se factura a nombre del club, con RFC «v», y lo "
                      "firma el tesorero"]),
    "gb_nhs": ("GB", ["Took a snowball to the eye in the second set at Glenmore and the paramedic in the mountain rescue "
                      "van asked for my NHS number, «v», before taping me up",
                      "Medical sheet for the Cairngorms trip, to carry in your jacket: NHS no. «v», blood group, allergies "
                      "none, emergency contact on the back"]),
    "de_idnr": ("DE", ["Für die Übungsleiterpauschale beim Barfußrennen verlangt die Stadtkasse Markgröningen meine "
                       "steuerliche Identifikationsnummer, die lautet «v»",
                       "Die Zunft zahlt den Wasserträgerinnen ein kleines Honorar und braucht dafür die Steuer-ID der "
                       "Kassenwartin: «v»"]),
    "fr_nir": ("FR", ["L'assurance de la fédération de yukigassen veut mon numéro de sécurité sociale avant le tournoi de "
                      "Villard-de-Lans, le voici: «v», merci de ne pas le transférer",
                      "Fiche de paie de l'arbitre de bataille de neige pour le week-end, à compléter avec son NIR «v» et "
                      "son RIB"]),
    "es_dni": ("ES", ["La organización del esquileo a tijera de Zafra solo admite esquiladores con DNI escaneado; el mío, "
                      "«v», lo subí anoche a la web",
                      "El patrón de nuestra trainera firma el acta de la regata con su DNI «v» y la federación lo revisa"]),
    "es_nie": ("ES", ["Llevo tres inviernos esquilando merinas en las dehesas de Cáceres con una cuadrilla de neozelandeses; "
                      "la inscripción del concurso exige el NIE, el mío es «v»",
                      "El NIE del esquilador de Masterton que viene a enseñar la técnica del peine ancho en la feria: «v»"]),
    "it_codicefiscale": ("IT", ["Per iscriversi alla gara di tosatura della fiera ovina di Sardegna il comitato chiede il codice "
                                "fiscale, il mio è «v», lo mando con il certificato medico",
                                "Il capitano della squadra di battaglia a palle di neve di Livigno deve firmare la liberatoria "
                                "con il codice fiscale «v»"]),
    "ca_sin": ("CA", ["The snowfort league's payroll clerk in Chicoutimi can't issue my referee T4 without a SIN, it's «v», "
                      "please keep it off the group chat",
                      "Aldège's SIN for the contract to run the league's ball-making machine all winter: «v»"]),
    "id_nik": ("ID", ["Panitia lomba tarik tambang tujuh belasan di kampung kami minta NIK setiap peserta, punya saya «v», "
                      "sudah saya tulis di formulir",
                      "Ketua tim dayung perahu naga dari Danau Toba mendaftar dengan NIK «v»"]),
    "pk_cnic": ("PK", ["Mele mein rassa kashi ke muqable ki team ka captain ban gaya hoon, committee ne CNIC manga, «v» de diya",
                       "Lahore ke boat club ne saalana kashti daud ke form par har chappu chalane wale ka shanakhti card "
                       "number manga, mera CNIC «v» hai"]),
    "tr_tckimlik": ("TR", ["Bağbozumu şenliğindeki halat çekme yarışmasına yazılmak için muhtarlık T.C. kimlik numaramı "
                           "istedi, «v» olarak verdim",
                           "Kartopu savaşı takımının sigortası için kaptanın kimlik numarası: «v», Erzurum'daki turnuvadan önce"]),
    "pl_pesel": ("PL", ["Na mistrzostwa powiatu w przeciąganiu liny w Żywcu każdy zawodnik podaje PESEL, mój to «v», "
                        "wpisałem w formularzu online",
                        "Ubezpieczenie drużyny śnieżkowej na wyjazd do Zakopanego: PESEL kapitana «v»"]),
    "za_idnr": ("ZA", ["The Karoo shearing competition in Graaff-Reinet wanted my green ID book number on the entry form, «v»",
                       "Marlize's ID number for the Golden Shears travel grant from the wool growers' association: «v»"]),
    "kr_rrn": ("KR", ["눈싸움 대회 단체 보험 가입하려면 팀원 주민등록번호가 필요하대요, 제 번호는 «v» 입니다",
                      "마을 줄다리기 대회 팀장 등록용 주민등록번호: «v», 면사무소에 제출"]),
    "cn_ric": ("CN", ["哈尔滨冰雪节打雪仗比赛要实名报名,我的身份证号是 «v»",
                      "端午节划龙舟队长报名用的身份证号码: «v»"]),
    "jp_in": ("JP", ["那覇大綱挽の実行委員会から謝礼の振込のためにマイナンバー «v» を求められました",
                     "昭和新山の雪合戦大会で審判をした分の源泉徴収に使うマイナンバー: «v»"]),
    "au_tfn": ("AU", ["Signing on with the shearing contractor for the spring run through the Riverina, he needs my tax file "
                      "number, it's «v»",
                      "Rousie's pay slip at the Goulburn woolshed shows the TFN «v» and the super fund"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding bij de boomstamrolclub aan de Vinkeveense Plassen vroeg de "
                      "penningmeester mijn BSN, dat is «v»",
                      "BSN van de trainer van het sneeuwbalteam voor de verzekering van het toernooi in Landgraaf: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับสมัครแข่งชักเย่อ «v»",
                      "เลขประจำตัวประชาชนของกัปตันทีมเรือยาว: «v»"]),
    "my_nric": ("MY", ["The Putrajaya dragon boat regatta form wants each paddler's MyKad number; mine is «v»",
                       "No. kad pengenalan ketua pasukan tarik tali kampung untuk sukan rakyat: «v»"]),
    "ar_cuit": ("AR", ["El club del barrio factura el asado del torneo de cinchada y me pide el CUIT, el mío es «v»",
                       "CUIT del club de remo del Tigre para el recibo del sponsor: «v»"]),
    "cl_rut": ("CL", ["Las fichas del campeonato de esquila a máquina en la estancia de Punta Arenas llevan nombre, estancia de "
                      "origen y RUT del esquilador, el mío «v»",
                      "La aseguradora del viaje a la batalla de bolas de nieve en la cordillera exige el RUT del capitán que "
                      "maneja la van: «v»"]),
    "se_personnummer": ("SE", ["Till anmälan för stockrullningen på sjön Runn vid Falun behövs personnummer: «v»",
                               "Personnumret för lagledaren i snöbollskrigslaget som åker till Kiruna: «v»"]),
    "ie_pps": ("IE", ["The currach regatta at Inis Oírr has a new insurer that wanted my PPS number on the crew sheet, «v»",
                      "Tug-of-war club in Clonmel, the coach's PPS no. for the grant application: «v»"]),
    "pt_nif": ("PT", ["Encomendei à serração de Amarante quatro toros de pinho para treinarmos o equilíbrio no rio, e a "
                      "fatura sai com o meu NIF «v»",
                      "NIF do capitão da equipa que vai à guerra de bolas de neve na Serra da Estrela: «v»"]),
}

MIXED_LINES = [  # region, template, the kinds of its values
    ("US", "«name» (birling club) needs her waiver redone: phone «phone», email «email», SSN «ssn», she'll sign Saturday",
     ("phone", "email", "ssn")),
    ("US", "New whistle for the snowfort league: the volunteer referee texted from «phone», put the helmet deposit on "
           "«card» and left SSN «ssn» for the stipend paperwork",
     ("phone", "card", "ssn")),
    ("US", "«name» reserved the pond house for Thursday's logrolling clinic, wants the invoice at «email», charged "
           "«card» up front, and her SSN «ssn» went on the liability release",
     ("email", "card", "ssn")),
    ("GB", "Yukigassen Britain's trip leader: mobile «phone», email «email», deposit card «card»",
     ("phone", "email", "card")),
    ("IN", "«name», snake boat club captain: phone «phone», mail «email», sponsorship card «card»",
     ("phone", "email", "card")),
    ("CA", "Hitch the snowfort league's equipment trailer from the arena lot after nine; the owner answers at «phone» and "
           "holds «card» against scratches", ("phone", "card")),
    ("AU", "«name», shearing gang boss: mobile «phone», email «email», start at the Goulburn sheds on Monday",
     ("phone", "email")),
]
