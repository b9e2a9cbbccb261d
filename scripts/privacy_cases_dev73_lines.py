"""Lines of the dev73 privacy set (``privacy_cases_dev73.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a pilot gig rowing club's boathouse, crews, coxes and Scilly crossings, a kite
flyers' terrace at Uttarayan with its manja, charkhis and pench duels, a roller derby league's
jammers, blockers, bench and bouts, a bathtub racing society's tubs, outboards and harbour course, a
swimrun race's islands, tethers, pull buoys and hand paddles, a coal carrying race's sacks, weigh-in
and Easter Monday run), each written fresh as a message from a particular person in a particular
situation, in English and in the languages of the regions they come from.

A template's slots are written in guillemets: «v» the value (a phone in its national form, «vE» in
E.164, «vW» as a wa.me link takes it), «e» an e-mail address, «name» the writer's or a named
person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank's name."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LOCAL", "PHONE_LINKS", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Gig club noticeboard, pinned under the tide table: if the Newquay six is short a rower on Saturday ring «name» on «v» before seven, the slipway gate gets locked after",
    "Left on the roller derby league's voicemail at the rink: hi, it's the new skate-check volunteer, the toe stops I ordered came in, my mobile's «v» if the bench coach wants them before bout day",
    "Bathtub race programme, back page: hull inspections happen at the harbour shed on Friday evening, questions to the chief inspector «name», «v» (texts only during the parade)",
    "Swimrun race briefing sheet: if you lose your tether partner between islands, stop at the nearest marshal kayak and have them call the safety boat on «v»",
    "Coal carrying race flyer taped up in the pub: entries for the fifty-kilo sack close on Good Friday, see «name» behind the bar or ring «v»",
    "Text from the kite shop in the old city: your twenty spools of glass manja are wound and ready, pick up before Uttarayan, call «v» when you reach the gate",
    "Derby league group chat: the new jammer from the intake class is «name», she asked me to share her number «v» with whoever runs the carpool to scrimmage",
    "Gig rowing regatta entry form, emergency contact ashore during the Scilly crossing: «v» (my brother, he'll be waiting on the quay with flasks)",
    "Bathtub racing society minutes, item four: the new tow-boat skipper for race week is «name», reachable on «v» from dawn, radio channel to follow",
    "Voicemail transcribed on my phone: hey it's the swimrun transition crew, we've got your hand paddles from the second island, call us back on «v» and we'll drop them at registration",
    "Coal race results desk asked everyone who carried for the hospice team to send their finishing times to «name» on WhatsApp, «v»",
    "Rooftop party plan for Makar Sankranti: bring undhiyu and chikki, terrace access is by the back stair, call me on «v» if the watchman won't open up",
    "From the gig club committee's email, forwarded to my phone: the coxing course is full, but «name» keeps a waiting list and answers on «v»",
    "Sticky note on the roller rink door: lost mouthguard case with a gold star on the lid, if it's yours text «v» and I'll bring it Thursday",
    "Tub race marshal roster, harbour mouth buoy: «name», «v», bring the air horn, the spare life jackets and a thermos",
    "Swimrun club newsletter: anyone with a spare pull buoy for the newcomers' clinic at the quarry lake, please text «v», we'll come and collect",
    "Notice in the village shop window: volunteers wanted to weigh the coal sacks at the start line on Easter Monday, contact «name» on «v»",
    "My neighbour's reply about sharing their terrace for the kite flying: fine by us, but call «v» before anyone climbs onto the water tank",
    "Gig club WhatsApp: the rower with a spare seat in her car to the Looe regatta is «name», «v», leaving the boathouse at six sharp",
    "Bout day volunteer sheet, last column, in green pen: 'I'll do the merch table and the raffle, «v»'",
    "Bathtub racing society post: hull welding this year is done by «name», call «v» to book a slot before inspection weekend fills up",
    "Swimrun voicemail from the kayak safety lead: we'll be on the north island from six, the radio base answers on «v»",
]

PHONE_LINKS = [
    "Kite shop's Instagram bio: order manja, charkhis and ready-tied patang on WhatsApp, wa.me/«vW» (no calls on Sankranti day itself)",
    "Derby league's Linktree, the 'ask about fresh meat intake' button: https://wa.me/«vW»?text=Hi%20I%20want%20to%20try%20derby",
    "Gig club website footer, boathouse phone on tide days only: tel:«vE»",
    "Bathtub race entry confirmation: questions about your tub's hull number go to «name», tap to call tel:«vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Bhai Uttarayan ke liye manja ka order final karna hai, pol wali dukaan ka number «v» hai, shaam tak call kar dena",
        "Terrace pe kai po che ka shor hoga, agar gate band mile toh chowkidar ko «v» pe phone karna, woh upar chhod dega",
        "Society ke kite festival committee mein is baar «name» hain, contact «v», chikki aur undhiyu ka hisaab bhi wahi dekh rahe hain",
    ],
    "BR": [
        "Pessoal do swimrun, quem for de carona pra prova em Ilhabela fala com a «name» no «v», ela sai de São Paulo bem cedo",
        "Recado da marina: o barco de apoio dos nadadores sai do píer às seis, qualquer atraso liga pro «v»",
        "Achei uma palmar de natação azul no segundo ponto de transição, se for sua me chama no zap «v»",
    ],
    "DE": [
        "Roller-Derby-Training am Donnerstag fällt aus, die Halle ist belegt; Fragen an «name» unter «v», sie organisiert den Ersatztermin",
        "Swimrun an der Elbe: wer beim Wechsel vom Wasser auf die Laufstrecke Hilfe braucht, ruft den Streckenposten an, «v»",
        "Badewannenrennen am Baggersee: Anmeldung der Wannen bis Freitag beim Fischereiverein, Telefon «v», bitte erst nach Feierabend",
    ],
    "MX": [
        "Oigan, la liga de roller derby de Guadalajara busca árbitras para el bout del sábado, manden mensaje al «v»",
        "Para la carrera de tinas en la presa, el que revisa que las tinas floten es «name», su cel es «v»",
        "Se me quedó la mochila con los patines en el Uber de regreso del scrimmage, el chofer dice que le marque al «v»",
    ],
    "FR": [
        "Course de baignoires sur le canal dimanche : pour inscrire ta baignoire, appelle le comité au «v» avant jeudi",
        "Roller derby, message de la coach : le scrimmage de mardi est déplacé au gymnase, en cas de souci appelez-moi au «v»",
        "Swimrun des îles, briefing : si vous abandonnez entre deux îles, signalez-vous au kayak le plus proche, PC course au «v»",
    ],
    "ID": [
        "Bro, benang gelasan buat layangan aduan udah jadi, ambil di warung Pak Darto ya, WA dulu ke «v»",
        "Info lomba swimrun di Karimunjawa: kalau ada peserta yang kram di tengah laut, panggil perahu panitia di nomor «v»",
        "Yang mau ikut latihan roller derby hari Minggu di GOR, konfirmasi ke koordinator di «v» paling lambat Jumat",
    ],
    "PH": [
        "Guys yung bathtub race sa fiesta ng ilog, may libreng salbabida daw para sa participants, text niyo si kuya sa «v»",
        "Sino may extra na skates para sa roller derby tryouts bukas? Pahiram naman, text me «v», size 8 lang",
        "Para sa swimrun sa Coron, yung safety kayak lead natin si «name», number niya «v», i-save niyo na bago race day",
    ],
    "JP": [
        "浜松まつりの凧合戦、糸の準備は«name»さんが担当です。連絡先は«v»、夜は出られないそうです",
        "ローラーダービーの練習場所が変わりました。体育館の管理人さんの番号は«v»です",
        "スイムラン大会で第二島の給水所にパドルを忘れた方は、事務局«v»までご連絡ください",
    ],
    "ES": [
        "Carrera de bañeras del puerto en fiestas: si queréis apuntar la vuestra, el de la cofradía coge el teléfono en el «v» por las mañanas",
        "El equipo de roller derby de Valencia busca jammers para la liga, escribid un WhatsApp al «v» con vuestra talla de patín",
        "Swimrun en la costa: si perdéis la cuerda que os une al compañero, el kayak de seguridad responde en el «v»",
    ],
    "IT": [
        "Corsa delle vasche da bagno sul Naviglio: per iscrivere la vostra vasca chiamate la Pro Loco al «v» entro venerdì",
        "Allenamento di roller derby spostato al palazzetto, per la chiave della palestra sentite il custode al «v»",
        "Per lo swimrun del lago, chi deve noleggiare la muta accorciata può chiamare il negozio al «v»",
    ],
    "TR": [
        "Uçurtma şenliği için ip ve makara siparişi verdim, dükkân sahibi hazır olunca «v» numarasından arayacak",
        "Roller derby antrenmanı cumartesiye alındı, spor salonunun anahtarı için görevliyi ara: «v»",
        "Swimrun yarışında adalar arası güvenlik botuyla iletişim numarası «v», telefonunu su geçirmez kılıfa koy",
    ],
    "KR": [
        "정월대보름 연싸움 대회 얼레 준비는 «name» 님이 맡았어요. 연락처는 «v»입니다",
        "롤러더비 연습 장소가 바뀌었어요. 체육관 관리실 번호 «v»로 먼저 전화 주세요",
        "스윔런 대회 두 번째 섬에서 패들 잃어버리신 분은 운영본부 «v»로 연락 주세요",
    ],
    "PL": [
        "Wyścig wanien na Wiśle: zgłoszenia wanien przyjmuje «name», telefon «v», najlepiej po południu",
        "Trening roller derby przeniesiony na halę przy szkole, w razie czego dzwońcie do trenerki pod «v»",
        "Swimrun na Kaszubach: jeśli zgubisz linkę między wyspami, łódź ratownicza odbiera pod numerem «v»",
    ],
    "RU": [
        "Заплыв-забег по островам в субботу: за лодку сопровождения отвечает «name», телефон «v», звонить до семи утра",
        "Тренировка по роллер-дерби переносится в спортзал школы, ключи у вахтёра, его номер «v»",
        "Гонки на ваннах на пруду ко Дню города, записать свою ванну можно по телефону «v»",
    ],
    "EG": [
        "يا جماعة سباق البانيو في النيل يوم الجمعة، اللي عايز يشارك يكلم المنظم على «v»",
        "مهرجان الطيارات الورق على السطوح، اللي محتاج خيط يتصل بالمحل على «v»",
        "تمرين الرولر ديربي اتنقل للصالة المغطاة، للاستفسار كلموا الكابتن على «v»",
    ],
    "VN": [
        "Đội roller derby Sài Gòn tuyển thêm người chơi, ai muốn thử thì nhắn Zalo số «v» nhé",
        "Hội thi thả diều ở bãi biển sáng Chủ nhật, cần mua dây diều thì gọi chú bán dây ở số «v»",
        "Giải swimrun qua các đảo trong vịnh, nếu bị chuột rút hãy gọi thuyền cứu hộ theo số «v»",
    ],
    "BD": [
        "সাকরাইনের জন্য ঘুড়ি আর মাঞ্জা দেওয়া সুতা লাগলে শাঁখারীবাজারের দোকানে ফোন দিন «v»",
        "ছাদের উপর ঘুড়ি উড়ানোর আয়োজনে আসতে চাইলে বাড়িওয়ালা চাচার নাম্বার «v», আগে ফোন দিয়ে আসবেন",
        "রোলার ডার্বি প্র্যাকটিস এই শুক্রবার বাতিল, নতুন সময় জানতে কোচকে কল করুন «v»",
    ],
    "PK": [
        "Yaar Basant ke liye dor aur patang wala Mochi Gate ka bhai hai, uska number «v» hai, shaam ko call karna",
        "Chhat pe patang bazi ka plan hai, agar darwaza band ho toh chowkidar ko «v» pe call kar lena",
        "Roller derby ki practice is hafte sports complex mein hogi, coach ka number «v», timing unse confirm karo",
    ],
    "CO": [
        "Parce, para el festival de cometas en Villa de Leyva, el man que vende el hilo encerado contesta al «v»",
        "El entrenamiento de roller derby pasó al coliseo, cualquier cosa llamen a la capitana al «v»",
        "En la carrera de bañeras del embalse el bote de rescate se coordina con el «v», guárdenlo",
    ],
    "AR": [
        "Che, si vas al entrenamiento de roller derby del sábado en el club, avisale a la coach al «v» que llevás patines prestados",
        "Para el swimrun del Delta, si te quedás sin compañero en la isla, llamá a la lancha de seguridad al «v»",
        "Carrera de bañeras en el río por el aniversario del pueblo: anotate llamando al «v», la bañera la ponés vos",
    ],
    "TH": [
        "การแข่งว่าวจุฬากับปักเป้าที่สนามหลวงปีนี้ ใครอยากได้ป่านคมติดต่อร้าน «v»",
        "ซ้อมโรลเลอร์ดาร์บี้ย้ายไปโรงยิม ติดต่อโค้ชได้ที่ «v»",
        "งานแข่งสวิมรันข้ามเกาะ ถ้าเป็นตะคริวให้โทรเรือกู้ภัย «v» ทันที",
    ],
}

SIGNATURES = [
    ("US", "— «name» | Bench coach, Tillamook Jammers roller derby | cell «v» | «e» | bout schedule on the league site"),
    ("GB", "«name», Hon. Secretary, Penwith Pilot Gig Club · boathouse mobile «v» · «e» · row hard, row together"),
    ("IN", "Regards, «name» | Uttarayan terrace committee, Khadia pol | M: «v» | «e» | manja orders close before Sankranti"),
    ("DE", "Sportliche Grüße, «name» · Streckenplanung Elbe-Swimrun e.V. · Mobil «v» · «e»"),
    ("BR", "Abraços, «name» — organização do Swimrun Ilhabela — WhatsApp «v» — «e»"),
    ("FR", "«name» – trésorière, Roller Derby des Calanques – «v» – «e» – envoyé de mon téléphone"),
    ("AU", "Cheers, «name» | Safety boat lead, reservoir swimrun | «v» | «e»"),
    ("NG", "Best, «name» | Lagos roller derby, head of skills | Tel: «v» | «e» | Sent from my Tecno"),
    ("CA", "«name» | Commodore's office, Harbour Tub Racing Society | «v» | «e»"),
    ("ZA", "Kind regards, «name» | travel team manager, Cape Town roller derby league | «v» | «e» | bout tickets on Quicket"),
    ("KE", "Asante sana, «name» | Lamu swimrun volunteers | Simu «v» | «e»"),
    ("MX", "Un abrazo desde la presa, «name» · comité de la carrera de tinas · WhatsApp «v» · «e»"),
    ("PH", "Salamat po, «name» | Manila roller derby, league secretary | «v» | «e»"),
]

EMAIL_EN = [
    "Gig club: «name» has taken over the crew rota, so send your availability for the Scilly weekend to «e» instead of the old committee address",
    "Reply to our tub race entry: the paperwork is missing the outboard's horsepower, please resend it to «e» before Friday",
    "Derby league intake: the skate loan scheme is run by «name», email «e» with your shoe size and she'll bring a pair to the rink",
    "Swimrun results correction requests go to «e», include your bib and which island you think the timing mat missed",
    "Coal race sponsorship form: fill it in and send a photo of it to «e», the hospice gets every penny",
    "Kite terrace group: «name» is collecting for the shared manja order, pay by UPI and send her the receipt at «e»",
    "From the gig club noticeboard: the oar varnishing rota is online, problems to «e»",
    "Derby league announcement: the scrimmage photos from Saturday are up, if you want one taken down write to «e»",
    "Tub society's marshal sign-up, third box on the clipboard, the one asking which inbox gets the harbour safety briefing and the buoy map: «e»",
    "Swimrun club: «name» handles kit orders now, club caps and tether cords, send your sizes to «e»",
]

EMAIL_LOCAL = {
    "DE": "Badewannenrennen am Baggersee: die Wannenabnahme macht dieses Jahr «name», Fotos eurer Wanne bitte an «e» schicken",
    "FR": "Roller derby : «name» gère les licences cette saison, envoyez votre certificat médical à «e»",
    "ES": "Carrera de bañeras: mandad la foto de la bañera decorada a «e» antes del jueves para el sorteo del orden de salida",
    "BR": "Swimrun: a «name» cuida das inscrições das duplas, manda o comprovante do Pix pra «e»",
    "JP": "凧合戦の糸の注文は「«e»」までメールしてください、保存会より",
    "KR": "정월대보름 연날리기 마당 연싸움 출전팀은 얼레 사진이랑 같이 «e»로 신청해 주시면 됩니다",
    "IT": "Corsa delle vasche: le iscrizioni le raccoglie «name», mandate il modulo firmato a «e»",
    "PL": "Wyścig wanien: listę drużyn prowadzi «name», zdjęcia wanien wysyłajcie na «e»",
    "TR": "Uçurtma şenliği gönüllü formunu doldurup «e» adresine gönderin",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "Tub race entry fee paid over the phone; the society's treasurer «name» read the card back as «v» to check it",
    "Screenshot of the derby league dues page: autofill put the whole card number «v» in the box, I should delete it from the browser",
    "Gig club kit order: I put the club card «v» on the form for the new stroke-side oars, tell the treasurer",
    "Notes app, 'swimrun entry': card «v» used for both of us, split it later",
    "Voice memo after the coal race: the card I used for the hospice donation was «v», expiry's in my wallet",
    "Uncle at the kite stall in the pol wouldn't take UPI for the big manja and charkhi order, so over WhatsApp I typed out «v» for him, fingers crossed he clears that chat",
    "Bout ticket refund form, card number the tickets were bought with: «v»",
    "Boathouse bar tab: card left behind the bar, number «v», owner please collect from the steward",
]

CARD_LOCAL = {
    "IN": "Manja aur charkhi ka bulk order online kiya, card «v» se payment hua, OTP nahi aaya toh dobara try kiya",
    "BR": "Fechei a inscrição da nossa dupla pro swimrun das ilhas, passou no «v» em três parcelas sem juros, depois a gente acerta o resto da hospedagem",
    "DE": "Startgeld fürs Badewannenrennen hat «name» mit der Karte «v» bezahlt, bitte im Kassenbuch vermerken",
    "MX": "Ya quedó pagada nuestra tina para la carrera de la presa, cargué los quinientos pesos a la «v», alguien del comité mándeme el recibo por WhatsApp porfa",
    "FR": "Licence roller derby de «name» payée avec la carte «v», à rembourser par l'asso",
    "JP": "凧合戦の参加費はカード«v»で支払いました",
    "ES": "Para la carrera de bañeras de las fiestas, lo de «name» ya está abonado: pasaron por el datáfono de la cofradía la «v», pero nadie guardó el tique",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Tub race prize money: the winning crew's captain «name» asked for the transfer to «v»",
    "Swimrun refund for the cancelled island leg goes back to the account you paid from, or give us another one: «v»",
    "Gig club away trip: pay your share of the ferry into the club account «v»",
    "Derby league's European tour fund, bank details from the treasurer's email: IBAN «v»",
    "«name» (coal race charity team) wants the sponsorship money sent to «v», reference COAL",
    "Kite festival abroad: the guesthouse wants a deposit by bank transfer, their IBAN is «v», reference is our group's name",
]

IBAN_LOCAL = {
    "DE": ["Überweisung fürs Swimrun-Startgeld an «name», IBAN «v», Verwendungszweck Staffel Elbe",
           "Der Erlös vom Badewannenrennen geht an die Jugendfeuerwehr, wer zusätzlich was geben mag: «v», Stichwort Wanne"],
    "FR": ["Remboursement du déplacement de roller derby pour «name» : virement sur «v»",
           "Course de baignoires : l'inscription se règle par virement, RIB du comité «v»"],
    "ES": ["Lo de la cuerda elástica y las palas para el swimrun de la costa se lo debo a «name», le hago la transferencia hoy a «v»",
           "La cofradía pide la fianza de la bañera en la cuenta «v»"],
    "IT": ["Le mute accorciate per lo swimrun le ha comprate «name» per tutti e tre, rimborsiamola con un bonifico su «v»",
           "Quota della corsa delle vasche: versate su «v», causale vasca più nome della squadra"],
    "NL": ["Het betaalverzoek doet het niet, dus het inschrijfgeld voor onze badkuip in de grachtenrace graag rechtstreeks naar «name» op «v»",
           "Rollerderby contributie voor het voorjaar graag op «v»"],
    "PL": ["Wpisowe na wyścig wanien wpłacajcie na konto «v», w tytule nazwa wanny",
           "Składka na roller derby za marzec: «v»"],
    "TR": ["Uçurtma şenliği için ip parasını bu hesaba gönderin: «v»",
           "Swimrun kayıt ücreti için derneğin hesabı «v»"],
    "BE": ["Terugbetaling voor de rolschaatsen van «name»: rekening «v»",
           "Inschrijving voor de badkuipenrace op de Leie: stort op «v»"],
    "AT": ["Servus, wer beim Badewannenrennen am Wörthersee mitfahrt, überweist die Nenngebühr bis Monatsende aufs Vereinskonto «v», Kennwort Wannenname",
           "Mitgliedsbeitrag Roller Derby Wien, Konto «v»"],
    "PT": ["Transferência para a «name» pelas palas do swimrun: «v»",
           "Inscrição na corrida de banheiras: IBAN da associação «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Ref crew stipend setup, typed into the derby league's payroll spreadsheet by the head NSO: bank routing «a», checking «b», held by «name», paid after each sanctioned bout",
        "Tub race prize check bounced, so the society wants ACH instead: routing number «a», checking «b»",
        "Gig club US tour fund, wire the deposit to routing «a» account «b» (the treasurer's credit union)",
    ],
    "gb": [
        "Coal carrying lot, Mick says don't hand him cash at the maypole, pay the hospice's own bank straight off your phone: sort code «a», account «b», and shout when it's gone through",
        "Gig club subs for the rowing year, now the committee has finally moved banks: Penwith Pilot Gig Club, sort code «a», account number «b»; put your surname and which six you row in, veterans and juniors included",
    ],
    "in": [
        "Uttarayan terrace contribution transfer to «name»: account no. «a», IFSC «b»",
        "Manja wale bhaiya ka bank: A/c «a», IFSC «b», paise bhej ke screenshot group mein daal dena",
    ],
    "au": ["Reservoir swimrun pairs entry, the treasurer's reply: the club banks with a tiny credit union, so BSB «a» and account «b», and put both surnames and SWIMRUN PAIR in the description field so I can match it"],
    "ca": ["«name»'s banking for the tub society's fuel refund: transit «a», account «b»"],
    "br": [
        "Pix não funcionou, então transfere pra «name»: agência «a», conta «b», é do Banco do Brasil",
        "Galera da dupla mista, a boia e a corda elástica do swimrun de Ilhabela saíram do bolso da tesoureira, então reembolsem ela por TED: agência «a», conta «b», e avisem quando cair",
    ],
    "mx": ["CLABE de la tesorera para la inscripción de la tina en la carrera de la presa: «a»"],
    "ng": [
        "Derby league dues for the Lagos team: «bank», account «a», the name on it is the league's",
        "Send «name» the money for the skate wheels: «bank» «a»",
    ],
    "za": ["Roller derby travel fund: branch code «a», account «b», reference your derby name"],
    "ar": ["CBU de la asociación para pagar la bañera de la carrera en el río: «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["Derby league's insurance waiver wants a Social Security number for the referee stipend paperwork, I wrote «v»",
                      "Tub race prize went over the limit so the society needs my SSN for the tax form: «v»"]),
    "in_aadhaar": ("IN", ["Kite festival stall ke permit ke liye Aadhaar number dena pada: «v»",
                          "Uttarayan ke din chhat pe jaane ke liye society ne pass banwaya, us par mera Aadhaar «v» chhapa hai, security wale bhaiya check karenge"]),
    "in_pan": ("IN", ["Manja shop ka GST bill mere PAN «v» pe banwaya",
                      "Patang pench competition mein dusra inaam mila, organisers kehte hain paisa dene se pehle PAN chahiye, «v»"]),
    "br_cpf": ("BR", ["Formulário do swimrun das ilhas, campo obrigatório pro seguro de acidentes do atleta, coloquei meu CPF «v»",
                      "Pedi pra loja emitir a nota da roupa de neoprene cortada e das palmares no meu CPF «v»"]),
    "mx_curp": ("MX", ["Para el seguro de la carrera de tinas piden la CURP de cada tripulante, la mía es «v»",
                       "Registro de la liga de roller derby: CURP de la jugadora «v»"]),
    "mx_rfc": ("MX", ["Las ruedas nuevas para el roller derby las facturé con mi RFC «v», que la tienda me mande el XML",
                      "RFC para el recibo del premio de la carrera de tinas: «v»"]),
    "gb_nhs": ("GB", ["Gig club medical form for the Scilly crossing: NHS number «v», allergies none",
                      "Coal race first aid tent wrote my NHS number down as «v» after I twisted my ankle near the maypole"]),
    "de_idnr": ("DE", ["Damit der Roller-Derby-Verein mir das Geld fürs Trainieren der Frischlinge auszahlen darf, will der Kassenwart meine Steuer-ID haben, «v»",
                       "Preisgeld vom Badewannenrennen: meine steuerliche Identifikationsnummer «v» steht auf dem Formular"]),
    "fr_nir": ("FR", ["Le club de roller derby demande aux nouvelles joueuses le NIR pour l'assurance fédérale, j'ai recopié «v»",
                      "Après le swimrun mon épaule a lâché, l'ostéopathe veut ma carte Vitale, numéro «v», pour la feuille de soins"]),
    "es_dni": ("ES", ["La cofradía apunta las bañeras con el DNI de quien la patronea, el mío es «v», y el seguro lo pagan ellos",
                      "Licencia federativa de roller derby, DNI «v»"]),
    "es_nie": ("ES", ["Soy extranjera y para el swimrun me piden el NIE: «v»",
                      "NIE del patrón de la bañera: «v»"]),
    "it_codicefiscale": ("IT", ["Certificato medico per lo swimrun, codice fiscale «v»",
                                "Per la corsa delle vasche sul Naviglio la Pro Loco vuole il codice fiscale di chi guida la vasca, io ho scritto «v»"]),
    "ca_sin": ("CA", ["The tub society pays marshals a stipend now, so they want my SIN for the slip: «v»",
                      "Prize cheque from the bathtub race needs a social insurance number, mine is «v»"]),
    "id_nik": ("ID", ["Pendaftaran lomba layangan aduan wajib pakai NIK: «v»",
                      "NIK ketua tim swimrun untuk asuransi: «v»"]),
    "pk_cnic": ("PK", ["Basant mela wali committee patang ke stall ki ijazat ke liye shanakhti card dekhna chahti thi, maine «v» de diya",
                       "Roller derby club membership form par CNIC number «v» likh diya"]),
    "tr_tckimlik": ("TR", ["Uçurtma şenliği yarışma kaydı için TC kimlik numaram: «v»",
                           "Adalar arası swimrun için ferdi kaza sigortası yaptırırken acente TC numaramı istedi, «v»"]),
    "pl_pesel": ("PL", ["Zgłoszenie do wyścigu wanien wymaga PESEL-u kapitana: «v»",
                        "Ubezpieczenie na zawody swimrun, PESEL «v»"]),
    "za_idnr": ("ZA", ["Roller derby insurance form wants my SA ID number: «v»",
                       "ID number for the swimrun entry at the dam: «v»"]),
    "kr_rrn": ("KR", ["연싸움 대회 보험 가입용 주민등록번호 «v»",
                      "롤러더비 팀 보험 들려면 주민번호 필요하대서 매니저님한테 «v» 보냈어요"]),
    "cn_ric": ("CN", ["风筝节比赛报名要身份证号：«v»",
                      "轮滑德比俱乐部保险用的身份证号码«v»"]),
    "jp_in": ("JP", ["凧合戦の保存会の謝礼でマイナンバーを聞かれた：«v»",
                     "スイムラン大会の賞金の手続き、マイナンバーは«v»"]),
    "au_tfn": ("AU", ["The swimrun club pays me for coaching now, so the treasurer asked for my TFN: «v»",
                      "Roller derby league payroll form, tax file number «v»"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding bij de badkuipenrace wil de stichting mijn BSN: «v»",
                      "Rollerderby verzekering, BSN van het lid: «v»"]),
    "th_pin": ("TH", ["สมัครแข่งว่าวต้องใช้เลขบัตรประชาชน «v»",
                      "เลขประจำตัวประชาชนสำหรับประกันงานสวิมรัน «v»"]),
    "my_nric": ("MY", ["Pendaftaran pesta layang-layang di Pasir Gudang, no. IC «v»",
                       "Roller derby KL insurance form, MyKad number «v»"]),
    "ar_cuit": ("AR", ["Factura del premio de la carrera de bañeras a mi CUIT «v»",
                       "CUIT de la asociación de roller derby para la transferencia: «v»"]),
    "cl_rut": ("CL", ["Inscripción al swimrun de Chiloé, RUT del participante: «v»",
                      "RUT para la boleta de los patines: «v»"]),
    "se_personnummer": ("SE", ["Anmälan till swimrun i skärgården kräver personnummer: «v»",
                               "Försäkring för roller derby-laget, personnumret «v»"]),
    "ie_pps": ("IE", ["Gig rowing club in Cork wants my PPS number for the coaching grant: «v»",
                      "Tub race prize over the limit, PPS «v» for Revenue"]),
    "pt_nif": ("PT", ["Fatura das palas de natação para o swimrun com o NIF «v»",
                      "Inscrição na corrida de banheiras, NIF do capitão «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "New zebra for the derby league, «name», gave us everything at the rink: cell «phone», inbox «email», social «ssn», so the treasurer can cut her stipend",
     ("phone", "email", "ssn")),
    ("US", "Tub race sponsor form, filled in by voice: call me at «phone», charge the card «card», and my SSN for the receipt is «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Swimrun entry for «name», confirmation to «email», paid with «card», SSN «ssn» for the insurance rider",
     ("email", "card", "ssn")),
    ("GB", "Booking the Scilly crossing for our six: the ferry office has my mobile «phone», confirmations to «email», and they took the deposit off «card»", ("phone", "email", "card")),
    ("IN", "Kite festival stall booking for «name»: mobile «phone», mail «email», card «card» charged for the terrace space", ("phone", "email", "card")),
    ("CA", "Tub race marshal reimbursement: text «phone», refund to card «card»", ("phone", "card")),
    ("AU", "Swimrun buddy list: «name», «phone», «email»", ("phone", "email")),
]
