"""Lines of the dev78 privacy set (``privacy_cases_dev78.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them: messages from particular people in particular situations (an Aunt Sally league's
dollies, sticks and irons in Oxfordshire pub gardens from Witney to Thame, a Schwingfest's sawdust ring,
Zwilchhosen and Schlussgang on the Schwägalp, Up Helly Aa's Guizer Jarl, Jarl Squad and burning galley
in Shetland, the Silver Ball hurled between Town and Country through St Columb Major, Hakata Gion
Yamakasa's floats carried at a run through Hakata in the Oiyama race, and Jallikattu's bulls let out of the
vadivasal at Alanganallur). A slot is written in guillemets: «v» the value (a phone as the country
writes it, «vE» in E.164, «vW» as a wa.me link wants it), «e» an e-mail address, «name» the writer or
the person named, «a» and «b» an account's parts, «bank» a Nigerian bank's name.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Aunt Sally league fixture secretary here, «name». The Witney away night is off because of the marquee; ring me "
    "back on «v» tonight",
    "Whoever borrowed the spare bag of throwing sticks from the Thame pub garden, the landlord wants them back, his mobile is «v»",
    "Guizer Jarl's squad tailor asked me to pass it on: «name» is fitting the helmets tomorrow, call «v» "
    "to book a slot",
    "The hurler who carried the silver ball over the Town goal left his jacket in our porch, St Columb, phone «v» "
    "if it's yours",
    "Our Schwingen club in New Glarus needs a driver for the sawdust truck Saturday, talk to «name» at «v», he pays gas",
    "Galley shed rota changed: the key holder for Thursday's nail-and-paint session is on «v»",
    "Tour coordinator for the Hakata Yamakasa trip, «name», is switching phones, from Monday she answers on «v» only",
    "Lost a brass whistle during the Jallikattu practice yard cleanup? The caretaker kept it, dial «v»",
    "Bowling green next to the Headington Aunt Sally pitch is booked, the groundsman «name» said to text «v» first",
    "The torch-soaking crew needs two more pairs of hands on the night before the procession; the foreman is «v» "
    "(texts only)",
    "Reminder from the cider tent at the Kidlington fete: «name», who ran the dolly-knocking stall, is reachable at «v»",
    "Parcel of new Zwilch shorts from the Bernese tailor is stuck at the depot; driver's number on the slip reads «v» "
    "- can you ring?",
    "My sister «name» is collecting leftover galley timber for her allotment shed, her number is «v» if you're "
    "moving",
    "The minibus back from the Schwägalp leaves at six sharp; if you are running late call the driver on «v»",
    "«name» from the hurling committee wants volunteers to board up the shop windows on Fore Street; reach her at «v»",
    "Sawdust supplier finally answered. Delivery man for the two ring loads says to phone «v» when the gate's open",
    "Neighbour «name» is minding our cat while we are at Up Helly Aa, emergency number for her is «v»",
    "The Aunt Sally iron got bent at the semi-final, a blacksmith near Eynsham can straighten it, his line is «v»",
    "Missed-call note scribbled on the Hakata guesthouse pad: «name» found your camera in a puddle of seisui water "
    "by the Kushida-iri stand, she's keeping it at the shrine office, ring «v»",
    "If the shuttle from Gion station to the Oiyama viewing stand doesn't show at four in the morning, the organiser's cell is «v»",
    "Homestay host «name» in Alanganallur says to WhatsApp him on arrival at «v», he'll fetch you on his scooter",
    "Our rehearsal of the Jarl Squad song moved to the Clickimin hall; the pianist asked that you call «v» to confirm",
]

PHONE_LINKS = [
    "Tap here to message the Silver Ball hurlers' breakfast organiser about tickets: https://wa.me/«vW»",
    "For the sawdust ring photo pack, the club photographer takes orders on WhatsApp only: https://wa.me/«vW»?text=Fotos",
    "Click to call the galley shed from the app (the builders keep the phone by the vice): "
    "tel:«vE»",
    "«name» has shared a contact card with you: tel:«vE» (Yamakasa carriers, Ebisu nagare)",
]

PHONE_LOCAL = {
    "IN": [
        "Alanganallur vadivasal ke paas parking ka intezaam Murugesan anna dekh rahe hain, unka number «v» "
        "hai, subah aath baje se pehle",
        "Bull owners' association secretary ka naya mobile «v», registration form ki copy unhe hi bhejna",
        "«name» ji ne kaha Jallikattu ke din medical tent ke liye volunteers chahiye, unhe «v» par call karo",
    ],
    "BR": [
        "Oi, aqui é «name», organizo a excursão da colônia suíça pro festival de luta na serragem, meu zap é «v»",
        "O motorista da van que leva o pessoal do Schwingen em Nova Friburgo atende no «v» a partir das sete",
        "A costureira que ajusta as bermudas de lona dos lutadores mudou de número: agora é «v», pode ligar à tarde",
    ],
    "DE": [
        "Servus aus dem Sägemehl! «name» vom Schwingklub Lindau hat die Kranzliste, Rückfragen bitte abends "
        "unter «v»",
        "Der Sägemehl-Lieferant für den Ring am Samstag ist unter «v» erreichbar, er braucht die Zufahrt ab sechs",
        "Für die Schlussgang-Übertragung im Vereinsheim sucht der Wirt noch Hilfe beim Aufbau, Handy «v»",
    ],
    "MX": [
        "Quienes vayan a ver el festival de toros de Tamil Nadu con la agencia de Guadalajara: el guía "
        "contesta en el «v»",
        "Les escribe «name», la que junta al grupo de viaje a Hakata para ver correr las carrozas del Yamakasa; anoten mi celular nuevo: «v»",
        "Para recoger los boletos del tour de Escocia y Shetland pasen con la señora Toña, teléfono «v»",
    ],
    "FR": [
        "Le club de lutte suisse de Genève organise un car pour la Schwägalp, l'inscription se fait au «v» "
        "avant jeudi",
        "Pour la visite des Shetland pendant la fête du feu viking, notre guide francophone répond au «v»",
        "Bonjour, ici «name», de l'office du tourisme de Lerwick pour les visiteurs francophones ; rappelez-moi au «v»",
    ],
    "ID": [
        "Panitia tur budaya ke Jepang bilang pendaftaran festival Yamakasa di Hakata lewat Pak Darmawan di «v»",
        "Kalau mau ikut nonton adu banteng Tamil dari Medan, grup perjalanan bisa dihubungi di «v» sore ini",
        "Sopir travel yang jemput rombongan ke bandara ganti nomor jadi «v», tolong disimpan ya bu",
    ],
    "PH": [
        "Yung coordinator ng OFW group na sasali sa Yamakasa float race sa Fukuoka, tawagan mo siya sa «v» mamaya",
        "Pakisabi kay Tita na yung bagong number ng driver ng van papuntang airport ay «v», salamat po",
        "Si «name» ang may hawak ng listahan ng sasama sa tour sa Shetland, i-text mo siya sa «v» bago mag-Biyernes",
    ],
    "JP": [
        "山笠の舁き手の世話役、«name»さんの携帯は«v»です",
        "追い山の櫛田入り観覧席の受付は«v»まで",
        "上川端の舁き山ボランティアの連絡先、«v»",
    ],
    "ES": [
        "El grupo de Vigo que viaja a la fiesta vikinga de Shetland queda con el guía; su móvil es «v» "
        "para cualquier duda",
        "Si alguien se apunta a ver la lucha suiza en el serrín, Montse coordina el coche, llámala al «v»",
        "La asociación de emigrantes en Zúrich ha cambiado el teléfono de la secretaría, ahora es el «v» "
        "por las tardes",
    ],
    "IT": [
        "Per il pullman da Lugano alla festa di lotta svizzera nella segatura chiamate Gianfranco al «v» "
        "entro venerdì",
        "L'agenzia che organizza il viaggio in Giappone per lo Yamakasa di Hakata risponde al «v» dalle nove",
        "Il sarto di Bellinzona che ripara i calzoni di tela per la lotta ha il numero «v», chiedete di lui",
    ],
    "TR": [
        "İsviçre güreşi turnuvasına gidecek Zürih'teki dernek otobüsü için Kemal Bey'i «v» numarasından arayın",
        "Hakata'daki Yamakasa festivali turu için rehberimiz Ayten Hanım, numarası «v», akşam arayabilirsiniz",
        "Shetland'deki ateş festivaline giden grubun şoförü yeni numarasını verdi: «v», lütfen kaydedin",
    ],
    "KR": [
        "스위스 씨름 대회 응원단 총무 «name» 씨 번호 «v»",
        "하카타 야마카사 축제 견학 담당자 연락처 «v»",
        "셰틀랜드 불 축제 버스 기사님 번호 «v»",
    ],
    "PL": [
        "Tu «name» z klubu polonijnego w Bernie: autokar na zawody zapaśnicze w trocinach odjeżdża o siódmej, "
        "dzwońcie «v»",
        "Kierowca busa na festiwal ognia na Szetlandach ma nowy numer: «v»",
        "Biuro podróży od wycieczki do Japonii na festiwal Yamakasa w Hakacie odbiera pod «v» do szesnastej",
    ],
    "RU": [
        "Пишет «name» из клуба любителей швейцарской борьбы в опилках: насчёт поездки звоните по номеру «v» до вечера",
        "Гид по Шетландским островам на время праздника огня: «v»",
        "Водитель автобуса до праздника Ямакаса в Хакате сменил номер, теперь «v»",
    ],
    "EG": [
        "رقم مشرف رحلة مهرجان النار في شتلاند «v»",
        "مندوب شركة السياحة لرحلة اليابان «v» بعد العصر",
        "سائق الميكروباص للمطار رقمه الجديد «v»",
    ],
    "VN": [
        "Anh hướng dẫn viên tour xem lễ hội Yamakasa ở Hakata nói gọi anh ấy số «v» nếu lạc đoàn",
        "Số tài xế xe đưa đoàn ra sân bay Zürich là «v», nhớ lưu lại",
        "Chị trưởng đoàn du lịch Scotland đổi số mới: «v»",
    ],
    "BD": [
        "শেটল্যান্ডের আগুন উৎসবে যাওয়া দলের গাইডের নম্বর «v», সকালে "
        "ফোন করবেন",
        "Japan-er Hakata-r Yamakasa utshob dekhte jawar tour company-r Fukuoka office bikel porjonto khola, dorkar hole phone "
        "korben «v» nombore",
        "Zurich airport theke kusti-r math-e niye jawar gari-r driver Rafiq chacha notun SIM niyechen, ekhon take "
        "paben «v» e, save kore rakhun",
    ],
    "PK": [
        "Tamil Nadu ke bail wale mele ki tour group ke coordinator Faisal bhai hain, unse is number par baat "
        "karein: «v» (sirf shaam ko)",
        "«name» se baat karo, woh Zurich wali Swiss kushti ki tickets aur hotel dekh rahi hain, number «v»",
        "Airport pickup wali van ke driver ka naya number «v» hai, Ammi ko bhi bata dena",
    ],
    "CO": [
        "El guía del viaje a Japón para ver correr las carrozas del Yamakasa por Hakata contesta al «v» "
        "solo por las mañanas",
        "Para la excursión a Shetland con la fiesta del fuego, la agencia de Medellín atiende en el «v»",
        "Habla «name», del club colombo-suizo: el bus a la lucha en aserrín sale del parque a las seis, llama al «v»",
    ],
    "AR": [
        "Los que viajan con la colectividad suiza de Baradero a ver la lucha en el aserrín: "
        "el micro lo maneja Rubén, «v»",
        "Acá «name», de la comisión del viaje a Escocia para la fiesta de las antorchas; mi celu nuevo es «v», agendalo",
        "El remisero que nos lleva a Ezeiza para el vuelo a Japón cambió de número: «v»",
    ],
    "TH": [
        "ไกด์ทัวร์เทศกาลยามาคาสะที่ฮากาตะ เบอร์ «v»",
        "คนขับรถตู้ไปสนามบินเปลี่ยนเบอร์เป็น «v»",
        "ผู้ประสานงานทริปสกอตแลนด์ โทร «v»",
    ],
}

SIGNATURES = [
    ("US", "«name» | Secretary, Green County Swiss Wrestling Society | 1204 Sawdust Ring Rd, New Glarus WI | «v» | «e» "
           "| sent from my phone"),
    ("GB", "«name», fixtures, North Oxon Aunt Sally League, The Plough, Thame OX9 | «v» | «e»"),
    ("IN", "«name» | Bull Owners' Welfare Committee, 14 Vadivasal Street, Alanganallur, Madurai Dt | «v» | «e»"),
    ("DE", "Mit kräftigem Gruß aus dem Sägemehl und bis zum nächsten Schwingfest am Bodensee, «name», Kassenwart, "
           "Schwingerfreunde Lindau e.V., Seestraße 4 | «v» | «e»"),
    ("BR", "«name» | Tesoureira, Associação Suíça de Nova Friburgo | Rua dos Lutadores 31 | «v» | «e»"),
    ("FR", "Bien à vous et à bientôt au bord du rond de sciure, «name», trésorière, Amicale des lutteurs suisses de Genève, "
           "12 rue du Rhône | «v» | «e»"),
    ("AU", "«name» | Hobart Up Helly Aa Club | «v» | «e»"),
    ("NG", "«name» | Lagos Friends of Shetland | 3 Awolowo Rd, Ikoyi | «v» | «e»"),
    ("CA", "«name» · Swiss Club of Kitchener · «v» · «e»"),
    ("ZA", "«name» | Cape Town St Columb Exiles | 9 Loop St | «v» | «e»"),
    ("KE", "«name», Nairobi Hakata Friendship Circle | «v» | «e»"),
    ("MX", "«name» | Casa Suiza de Guadalajara | Av. Chapultepec 88 | «v» | «e»"),
    ("PH", "«name» · Filipino nurses of Gilbert Bain · «v» · «e»"),
]

EMAIL_EN = [
    "«name» has volunteered to keep the Aunt Sally league table this season; send your scorecards to «e» by Sunday",
    "Galley shed waiting list: reply to «e» with the nights you can help with the rivets and the dragon's head",
    "The lost-property list from the Silver Ball day is with «name», «e», including two boots and a Cornish flag",
    "Slides from the talk about the Yamakasa dawn race went out this morning; if yours didn't arrive write to «e»",
    "Photos of the sawdust ring finals can be requested at «e», mention the bout and roughly what time it was",
    "«name» will handle refunds for the cancelled bull-taming tour, please write to «e» with your booking name",
    "Torch orders for the procession close Friday; the treasurer collects names at «e»",
    "Kindly forward the hotel vouchers for the Lerwick trip to «e», the old address bounces",
    "Committee minutes for the St Columb Shrovetide fundraiser will come from «e» from now on",
    "«name» asked that the team sheet for the Witney cup night goes to «e», not to the pub's landline",
]

EMAIL_LOCAL = {
    "DE": "Ab dem Frühjahr sammelt «name» die Meldungen der Buben fürs Jungschwingertraining im Sägemehlkeller "
          "unter der Turnhalle, Zettel oder Mail an «e», aber bitte keine Sprachnachrichten",
    "ES": "Las fotos del viaje a la fiesta vikinga de las Shetland están en el álbum; si no te llegan, escribe a «e»",
    "FR": "«name» centralise les réservations pour le voyage au Yamakasa de Hakata : écrivez à «e»",
    "BR": "Aqui é «name»: as inscrições pro torneio de luta suíça na serragem vão para «e», não pro zap",
    "JP": "山笠の写真の申し込みは、メール «e» まで（件名に流の名前と追い山の日付）",
    "KR": "톱밥 경기장 결승전 때 찍은 단체 사진 원본이 필요하신 분은 «e» 로 이름이랑 경기 번호 적어서 연락 주세요",
    "IT": "«name» raccoglie le adesioni per la trasferta alla festa di lotta svizzera: scrivetegli a «e» entro martedì",
    "PL": "«name» zbiera zgłoszenia na wyjazd na festiwal ognia i palenie łodzi na Szetlandach, adres: «e» "
          "do piątku",
    "TR": "Hakata'daki Yamakasa gezisinin fotoğraflarını isteyenler «e» adresine yazabilir, "
          "isim ve tarih eklemeyi unutmayın",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid for the Aunt Sally league's new set of dollies over the phone, card «v», ask him before charging it again",
    "Booking desk note: deposit for the Jarl Squad's hotel block to be taken from «v», expiry on the back of the form",
    "Bus firm that ran us up to the Schwägalp rang: the wrestlers' coach hire still sits on the old club Visa, swap "
    "it for «v» before they invoice the second leg",
    "Charge the torch paraffin invoice to «v» and email the receipt to the treasurer, not to me",
    "Someone typed the club card into the raffle chat by mistake: «v». Deleting this, please don't screenshot",
    "For the coach to St Columb on Shrove Tuesday the operator wants «v» plus the security code by phone",
    "Card «v» declined twice at the Clickimin hall bar after the procession, can someone sort the tab out",
    "Tour balance for the Alanganallur bull-taming trip will be taken from «v» on the first of the month",
]

CARD_LOCAL = {
    "IN": "Alanganallur waale homestay ka advance is card se le lijiye bhaiya, «v», Pongal ke baad baaki rakam cash "
          "mein denge",
    "BR": "Paga a inscrição do torneio de luta suíça com o cartão «v», que o outro estourou o limite",
    "DE": "«name» hat die Rechnung fürs Sägemehl mit der Karte «v» bezahlt, bitte nicht nochmal "
          "abbuchen, sonst meckert der Kassenwart",
    "MX": "Cárguenle el anticipo del viaje a Hakata a la tarjeta «v», la de débito ya no tiene saldo",
    "FR": "Pour la sortie des lutteurs au Schwägalp, «name» a tout avancé sur la carte «v» ; on lui rend sa part au "
          "pique-nique du dimanche, chacun avec son ticket de caisse",
    "JP": "山笠見物の博多の宿の予約はカード«v»で",
    "ES": "«name» pagó el viaje de la peña a las Shetland con la tarjeta «v» y pide "
          "que se le devuelva la parte de cada uno antes de fin de mes",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» covers the galley timber this year; reimburse her share of the larch planks to «v» when the grant lands",
    "Swiss wrestling club membership fees from abroad go to «v», reference your surname and the year",
    "For the St Columb pasty stall refund, transfer the float back to «v» and send a screenshot to the treasurer",
    "The tour operator for the Yamakasa week in Hakata only accepts bank transfers, balance payable to «v» by the fifteenth",
    "«name» bought the paraffin and hessian for two hundred torches out of her own pocket; square up with her by "
    "transfer to «v» before the galley is hauled out",
    "Lerwick guesthouse asks for the deposit by SEPA transfer to «v», quoting the booking week",
]

IBAN_LOCAL = {
    "DE": ["«name» hat das Sägemehl für beide Ringe vorgestreckt, bitte den Anteil auf «v» überweisen, "
           "Verwendungszweck Schwingfest",
           "Vereinsbeitrag für den Schwingklub ab Januar bitte per Dauerauftrag an «v», der Kassenwart dankt"],
    "FR": ["Le petit-déjeuner des lutteurs après la pesée a été payé par «name», vous lui devez chacun huit francs "
           ": virement sur «v»",
           "Pour l'adhésion à l'amicale des lutteurs suisses, le virement se fait sur «v», mention nom et prénom"],
    "ES": ["«name» adelantó los billetes de ferry de Aberdeen a Lerwick para todo el grupo; "
           "hacedle la transferencia a «v»",
           "Los que vengáis a ver cómo corren las carrozas del Yamakasa por Hakata, la segunda parte del viaje se "
           "ingresa en «v» antes del día diez, que la agencia cierra plazas"],
    "IT": ["«name» ha anticipato la quota del pullman per la festa di lotta svizzera a Lugano; "
           "rimborsatelo con un bonifico su «v», causale lotta",
           "Il saldo del viaggio in Giappone per lo Yamakasa di Hakata va versato con bonifico "
           "sull'IBAN «v» entro il venti"],
    "NL": ["«name» betaalde de overtocht van Aberdeen naar Lerwick voor ons allemaal, dus stort je aandeel vóór het "
           "fakkeloptocht-weekend op «v» met als omschrijving je voornaam en Up Helly Aa",
           "De contributie voor de Zwitserse worstelvereniging in Utrecht gaat voortaan naar «v», graag voor het einde van de maand"],
    "PL": ["Kto jedzie z nami oglądać palenie wikińskiej łodzi w Lerwick, niech do końca miesiąca przeleje pierwszą "
           "ratę na rachunek «v» z dopiskiem Szetlandy i swoim nazwiskiem",
           "Klub polonijny w Bernie zbiera na autokar na zawody w trocinach, numer konta do przelewu: "
           "«v», tytuł: autokar"],
    "TR": ["Hakata Yamakasa gezisinin kaporası için IBAN: «v», açıklamaya adınızı yazın",
           "Zürih'teki güreş turnuvasına gidecek otobüsün payını «v» hesabına gönderin, dernek teşekkür eder"],
    "BE": ["«name» a avancé l'hôtel à Lerwick pour tout le groupe de Liège, remboursez-la sur «v»",
           "Lidgeld Zwitserse worstelclub Antwerpen: «v»"],
    "AT": ["Der Bus zum Schwingfest am Schwägalp ist bezahlt, Anteil bitte auf «v» "
           "überweisen, danke",
           "Die Anzahlung für die Japanreise zum Yamakasa in Hakata bitte bis Monatsende auf «v» "
           "einzahlen, Betreff Yamakasa"],
    "PT": ["«name» adiantou os bilhetes do ferry para as Shetland; transferência para «v», obrigado",
           "A quota do clube de luta suíça em Lisboa paga-se por transferência para o "
           "IBAN «v», indicar o nome do sócio"],
}

ACCOUNT_LINES = {
    "us": [
        "Direct deposit for the Green County Schwingfest gate staff: «name», "
        "routing «a», account «b»",
        "For the New Glarus sawdust truck rental, wire to routing «a» "
        "and checking account «b», memo: Schwingen",
        "Update my payroll info before the Up Helly Aa trip please: routing number «a», account «b», same bank, new account"
        " number",
    ],
    "gb": [
        "Plough Thursday side's share of the Aunt Sally league fees and the new dollies: sort code «a», account "
        "«b», put your first name and 'sally' so the captain can tick you off",
        "Can you send the galley paint money back to me? Sort code «a», acc no. «b»"
        ", cheers, I'm skint till Friday",
    ],
    "in": [
        "«name», Alanganallur ki gallery seat aur bus ke paise bhejne ho to mera khata «a» hai, IFSC «b», "
        "screenshot family group mein daal dena",
        "Bull owners' welfare fund donations: a/c «a», IFSC «b», receipt milegi turant WhatsApp par",
    ],
    "au": ["Hobart Up Helly Aa club, raffle proceeds go to BSB «a», account «b», put your ticket number in the description"],
    "ca": ["Swiss Club of Kitchener, wrestling fund, «name»: transit/institution «a», account «b»"],
    "br": [
        "«name», o dinheiro da van que levou a turma pro torneio de luta na serragem pode cair direto na agência "
        "«a», conta corrente «b», eu aviso a tesoureira",
        "Associação Suíça de Nova Friburgo recebe doações para o torneio na agência «a», conta «b», obrigado",
    ],
    "mx": ["Anticipo del viaje a Hakata: transfieran a la CLABE «a» y manden captura al grupo"],
    "ng": [
        "Lagos Friends of Shetland, yearly dues for the Up Helly Aa film night and the torch raffle, kindly "
        "transfer to «bank» account «a», then send your teller on the WhatsApp group",
        "«name» is collecting for the group trip to the fire festival, pay to «bank», account no. «a»",
    ],
    "za": ["Cape Town St Columb Exiles braai fund: branch code «a», account «b», ref your surname"],
    "ar": ["Che, para la seña del viaje a Shetland a ver quemar el barco vikingo, mandá la plata al CBU «a» y "
           "después avisá en el grupo de la colectividad así te anotamos"],
}

ID_LINES = {
    "us_ssn": ("US", ["Form for the Schwingfest gate volunteers (they get a stipend, so the county wants it): SSN «v» "
                      "- treasurer, keep this in the safe",
                      "Tax paperwork for the prize bull winnings from the Wisconsin Swiss fest lists my social as «v», "
                      "don't lose it"]),
    "in_aadhaar": ("IN", ["Jallikattu bull registration ke liye owner ka Aadhaar «v» chahiye"
                          ", vet certificate ke saath",
                          "Tamer's medical fitness form at the Alanganallur camp: Aadhaar «v», blood group B+"]),
    "in_pan": ("IN", ["Prize money above the limit, so the committee needs the tamer's PAN: «v»"
                      ", please send before Pongal",
                      "Sponsorship invoice for the bull-taming arena's gallery needs our trust's PAN «v», write it clearly"]),
    "br_cpf": ("BR", ["Pra emitir a nota do torneio de luta suíça em Nova Friburgo preciso do teu CPF: «v»"
                      ", manda aí",
                      "Inscrição confirmada no festival de luta na serragem; CPF cadastrado «v», confere se está certo"
                      " e me avisa"]),
    "mx_curp": ("MX", ["Para el seguro de viaje a Japón del grupo de Guadalajara me pidieron tu CURP: «v» "
                       "(tal cual viene en el INE)",
                       "La agencia del tour al Yamakasa de Hakata "
                       "ya registró la CURP de mi mamá, «v»"]),
    "mx_rfc": ("MX", ["La agencia de Guadalajara ya timbró el comprobante por el anticipo de la excursión a ver "
                      "correr las carrozas del Yamakasa, con el RFC «v», y me lo reenviaron por correo",
                      "La Casa Suiza me pide el RFC para darme recibo deducible de la cuota anual del club de "
                      "lucha, ahí va: «v»"]),
    "gb_nhs": ("GB", ["Hurler twisted an ankle by the Red Lion, paramedic took his NHS number «v»"
                      " for the Treliske notes",
                      "Aunt Sally player fainted in the heat at the Witney final; the first aider wrote down NHS no. «v» for the GP letter"]),
    "de_idnr": ("DE", ["Für die Steuererklärung wegen der Preisgelder vom Schwingfest braucht der Berater deine "
                       "Steuer-ID: «v»",
                       "Lohnabrechnung für die Helfer am Sägemehlring: meine steuerliche Identifikationsnummer ist «v», bitte so "
                       "übernehmen"]),
    "fr_nir": ("FR", ["Pour l'assurance du voyage à la Schwägalp, la mutuelle réclame ton numéro de sécu : «v»"
                      ", sans espaces",
                      "Dossier de remboursement des soins après la chute à la lutte suisse : NIR de l'adhérent «v», "
                      "à recopier"]),
    "es_dni": ("ES", ["Para el seguro del viaje de la peña a las Shetland "
                      "me hace falta tu DNI: «v»",
                      "Reserva del ferry a Lerwick hecha con el DNI «v», llévalo encima"]),
    "es_nie": ("ES", ["La agencia dice que sin tu NIE no puede emitir el billete a Japón, es «v», ¿verdad?",
                      "Renovación de la tarjeta de residencia de Irina para poder viajar a la fiesta vikinga: NIE «v», cita el martes"]),
    "it_codicefiscale": ("IT", ["Iscrivo anche te alla lotta nella segatura a Lugano? Mi manca solo il tuo codice "
                                "fiscale, «v», giusto? Lo copio dalla tessera sanitaria",
                                "Per scaricare le spese del viaggio in Giappone a vedere le portantine dello "
                                "Yamakasa correre per Hakata, la commercialista di mia madre chiede il suo codice "
                                "fiscale: «v»"]),
    "ca_sin": ("CA", ["Kitchener Swiss Club treasurer here, sorting the slips for the bratwurst cooks at the "
                      "Schwingfest; for mine she wrote down SIN «v»",
                      "Payroll form for the galley-burning film crew in Shetland "
                      "asks for a Canadian SIN, mine is «v»"]),
    "id_nik": ("ID", ["Data peserta tur ke festival Yamakasa di Hakata: NIK «v», sesuai KTP",
                      "Untuk visa Jepang rombongan, travel minta "
                      "NIK Ibu: «v»"]),
    "pk_cnic": ("PK", ["Tamil Nadu tour ke visa form mein apna CNIC likh do: «v», photo bhi lagani hai",
                       "Zurich kushti event ki ticket par CNIC «v» darj hai, wohi saath le jana"]),
    "tr_tckimlik": ("TR", ["Japonya gezisi sigortası için TC kimlik numaran lazım: «v», akşama kadar gönder",
                           "Zürih'teki güreş turnuvası otobüs listesine TC kimlik no «v» ile kaydoldum"
                           ", sen de yaz"]),
    "pl_pesel": ("PL", ["Ubezpieczenie na wyjazd na Szetlandy wymaga numeru PESEL: "
                        "«v»",
                        "Lista uczestników autokaru do Berna na zawody zapaśnicze, mój PESEL «v»"]),
    "za_idnr": ("ZA", ["St Columb Exiles braai raffle, winner must show ID, hers is «v»"
                       ", collect Saturday",
                       "Cape Town travel agent for the Shetland fire festival trip "
                       "needs your ID number: «v»"]),
    "kr_rrn": ("KR", ["하카타 야마카사 여행자 보험 주민번호 «v»",
                      "스위스 씨름 대회 단체 비자 신청서에 주민등록번호 «v» 기재"]),
    "cn_ric": ("CN", ["博多祇园山笠旅行团报名身份证号«v»",
                      "去瑞士看摔跤比赛的签证材料身份证号«v»"]),
    "jp_in": ("JP", ["山笠の流への寄付金控除にマイナンバー«v»",
                     "追い山コースの警備ボランティアの謝礼支払いのため、事務局にマイナンバー«v»を提出しました"]),
    "au_tfn": ("AU", ["Hobart Up Helly Aa club is paying the torch makers this year, "
                      "so I need your TFN: «v»",
                      "New job form for the Tasmanian galley build asks for my TFN «v», "
                      "so I put it down and left the super bit blank"]),
    "nl_bsn": ("NL", ["Voor de reisverzekering van de Zwitserse worstelclub "
                      "heb ik je BSN nodig: «v»",
                      "Aanmelding vrijwilligers voor het vikingfeest op de Shetlands: BSN «v», "
                      "geboortedatum volgt"]),
    "th_pin": ("TH", ["ประกันการเดินทางไปงานยามาคาสะที่ฮากาตะ เลขบัตรประชาชน «v»",
                      "ลงทะเบียนทัวร์สกอตแลนด์ เลขประจำตัวประชาชน «v» ของคุณแม่"]),
    "my_nric": ("MY", ["Borang insurans perjalanan ke festival Yamakasa di Fukuoka "
                       "perlukan IC: «v»",
                       "My NRIC for the Zurich wrestling tour visa is «v»"]),
    "ar_cuit": ("AR", ["Para facturar la cuota del micro de la colectividad suiza pasame tu CUIT: «v»"
                       ", así lo cargo hoy",
                       "La agencia del viaje a Escocia me pidió el CUIT «v» del club"]),
    "cl_rut": ("CL", ["Para el seguro del viaje a Japón a ver el Yamakasa de Hakata me piden tu RUT: «v»",
                      "Inscripción en el club chileno-suizo de lucha en aserrín, RUT del socio «v», pagado"]),
    "se_personnummer": ("SE", ["Försäkringen för resan till vikingafesten på Shetland kräver personnummer: «v»",
                               "Anmälan till schweizisk brottning i sågspån, mitt personnummer «v»"
                               ", skickas till klubben"]),
    "ie_pps": ("IE", ["Revenue needs the PPS number for the Shetland tour grant, mine's «v»"
                      ", the form's due Friday and the post office shuts early",
                      "Dublin Swiss wrestling club payroll: PPS «v»"]),
    "pt_nif": ("PT", ["A fatura do ferry para as Shetland tem de levar o teu NIF: «v»"
                      ", confirma",
                      "Quota do clube de luta suíça, NIF «v»"]),
}

MIXED_LINES = [  # a line with two or three kinds of value
    ("US", "Gate crew card for the Green County Schwingfest, filled in at the cheese tent by «name»: cell «phone», "
           "email «email», social «ssn» (county pays a stipend, so it's required)", ("phone", "email", "ssn")),
    ("US", "Up Helly Aa tour booking, the Shetland leg for two: phone «phone», card «card», SSN «ssn» for the insurer",
     ("phone", "card", "ssn")),
    ("US", "Refund request from «name» for the cancelled Hakata Yamakasa tour: email «email», card used «card»"
           ", SSN on the travel insurance form «ssn»", ("email", "card", "ssn")),
    ("GB", "Joining slip handed in at the Plough's bar for the Thursday Aunt Sally side: mobile «phone», email "
           "«email», and the card «card» for the season's subs, to be taken monthly",
     ("phone", "email", "card")),
    ("IN", "Madurai homestay registration for the bull-taming weekend, guest «name»: mobile «phone», mail «email», "
           "Visa for the room deposit «card»",
     ("phone", "email", "card")),
    ("CA", "Kitchener Schwingfest raffle: call «phone», card «card»", ("phone", "card")),
    ("AU", "Hobart Up Helly Aa Club new member: «name», mobile «phone», email «email», "
           "joined at the galley launch", ("phone", "email")),
]
