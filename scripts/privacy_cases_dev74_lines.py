"""Lines of the dev74 privacy set (``privacy_cases_dev74.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a skijoring circuit's horses, riders, tow ropes and snow course, a toy theatre
guild's printed sheets, prosceniums, wire sliders and footlights, a stone skimming championship's
slate, quarry pool and ferry, a wife carrying race's track, water pit and Estonian carry, a cardboard
boat regatta's hulls, tape and sinkings, a snail racing club's damp cloth, chalk circle and trainers),
each written fresh as a message from a particular person in a particular situation, in English and in
the languages of the regions they come from.

A template's slots are written in guillemets: «v» the value (a phone in its national form, «vE» in
E.164, «vW» as a wa.me link takes it), «e» an e-mail address, «name» the writer's or a named
person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank's name.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "This is «name», I hold the horses at the skijoring start chute; if a rider's tow rope snaps on the back straight, ring "
    "me on «v» and I'll bring the spare down on the quad",
    "Paper theatre guild: the lady who repaints the old Pollock prosceniums left her glasses case after Tuesday's cutting "
    "evening, she's on «v» if you find it under the tables",
    "Hi, «name» from the Easdale ferry queue, the one with the bucket of slate; text «v» if the skimming heats get moved "
    "because of the swell coming round the point",
    "Wife carrying track marshal on duty by the water pit all afternoon, reachable on «v», shout if a pair stays under too long",
    "«name» says the cardboard boat her Girl Scout troop built needs a trailer out to the reservoir on Saturday; anybody "
    "with a hitch, please call «v»",
    "Lost near the beer tent: one racing snail in a margarine tub, 'Turbo the Second' painted on its shell in nail varnish. "
    "Please ring «v», my daughter is inconsolable",
    "Voicemail transcript: hey it's «name», the farrier for the skijoring geldings, I can do the ice studs Thursday "
    "morning before the draw, call me back at «v»",
    "The retired printer who makes twopence coloured sheets in his garage is selling his whole stock of backcloths and "
    "wing flats, his number is «v», cash only, Saturdays",
    "«name» here, I'm the one in the duct-tape top hat by the regatta ramp; call «v» when your hull is weighed and I'll "
    "walk you to the launch queue",
    "Anyone from the skimming club wanting a lift from Oban to the Ellenabeich ferry at seven: my mobile is «v», room "
    "for three and a cool box of flat stones",
    "Carrier looking for a partner for the Sunday River heats, trained the Estonian hold all winter on the farm track; "
    "«name», «v»",
    "Snail trainers: the steward who chalks the thirteen-inch circle wants every entry's name by Friday teatime, text the "
    "names to «v»",
    "«name» from the toy theatre workshop, I've cut the wire sliders for your children's performance; ring «v» and I'll "
    "leave them at the library desk",
    "I'm driving the regatta safety boat this year, you can reach me on «v» from the dock after eight; I'll be the one with "
    "the orange throw bag",
    "«name» (skijoring rider, bib 14): my mare's trailer is parked behind the grain elevator, call «v» if it's blocking "
    "anyone's truck",
    "Wife carrying league: the physio who strapped everybody's knees last season is back at the lodge, appointments on «v»",
    "Hi all, «name» here, I'm measuring skim distances at the quarry pool this year; if you can't make your throwing slot, "
    "ring «v» and I'll swap you",
    "For the toy theatre festival raffle (a hand-coloured Redington set with all six scenes), tickets from the gentleman "
    "on «v»",
    "«name» has spare refrigerator cardboard from the appliance store on Route 9, enough for two hulls; text «v» before "
    "Thursday or it goes to recycling",
    "The snail derby's tea urn belongs to the Methodist chapel, please bring it back or ring «v» so they can fetch it",
    "«name», announcer at the skijoring, if the PA cuts out again mid-run call me at «v» and I'll switch to the "
    "bullhorn",
    "Ring «v» to collect the wife carrying beer prize; bring your partner, they weigh her again at the tent before "
    "pouring",
]

PHONE_LINKS = [
    "Skijoring riders' WhatsApp for trailer parking on race day: https://wa.me/«vW» (message before you drive onto the snow lot)",
    "Cardboard regatta build-night chat, tap to join: wa.me/«vW»?text=need%20tape",
    "Snail stewards are on Signal now: https://signal.me/#p/«vE»",
    "«name» put her number in the toy theatre festival programme for volunteers, tel:«vE», tap to call",
]

PHONE_LOCAL = {
    "IN": [
        "Kolkata paper theatre group ke liye cut-out sheets ka order dena hai toh Tapan da ko «v» pe call karo, shaam saat "
        "ke baad",
        "पवई झील की कार्डबोर्ड नाव रेस के लिए टेप और पेंट का इंतज़ाम कर रहे हैं, जो मदद कर सके वो «v» पर फ़ोन करे",
        "«name» from the school puppet club, snail race stall ke volunteers «v» pe WhatsApp karein, Sunday subah aath baje",
    ],
    "BR": [
        "Aqui é «name», capitã do barco de papelão na represa; quem tiver silver tape sobrando liga no «v»",
        "Corrida de caracóis na quermesse da escola: a professora que monta as baias atende no «v» depois das cinco",
        "O moço que imprime os cenários do teatrinho de papel em Olinda trocou de número, agora é «v»",
    ],
    "DE": [
        "Hier ist «name» vom Papiertheater-Stammtisch in Kiel, wer die Ausschneidebögen fürs Weihnachtsstück abholen will, "
        "ruft mich unter «v» an",
        "Fürs Frauentragen beim Dorffest suchen wir noch Streckenposten am Wassergraben, Anmeldung bei Jürgen unter «v»",
        "Unser Pappboot ist beim Probeschwimmen am Baggersee abgesoffen, wer noch Gewebeband übrig hat, bitte bei «v» melden",
    ],
    "MX": [
        "Oigan, equipo del barco de cartón: don Fermín, el que renta la lancha de rescate para la competencia del domingo en la pista de canotaje de Cuemanco, dice que le marquen al «v» antes del jueves para apartarla",
        "Soy «name», entreno caracoles para la feria del pueblo; si quieren ver la pista de gis márquenme al «v»",
        "El teatrito de papel del tianguis cultural busca quién recorte figuras, llamen a doña Chayo al «v»",
    ],
    "FR": [
        "Régate des bateaux en carton au lac : le bénévole qui pèse les coques avant la mise à l'eau répond au «v»",
        "Pour le théâtre de papier de la médiathèque, l'imprimeur qui tire les planches en couleur est joignable au «v»",
        "Course d'escargots à la fête du village, la dame qui mouille le drap de course veut qu'on l'appelle au «v» avant samedi",
    ],
    "ID": [
        "Lomba perahu kardus di Danau Toba, panitia yang mengurus timbangan lambung perahu bisa dihubungi di «v»",
        "Bapak pembuat wayang kertas untuk pentas anak-anak di sanggar, nomornya «v», telepon sore saja ya",
        "Kalau mau ikut lomba gendong istri waktu tujuhbelasan, daftar ke Mas Yoga lewat «v»",
    ],
    "PH": [
        "Para sa karera ng bangkang karton sa Manila Bay, tawagan si Kuya Dodong sa «v» kung may sobra kayong packing tape",
        "Yung nagtitinda ng papel na teatro sa Quiapo, may bagong numero na: «v», text lang po muna bago tumawag",
        "Ako si «name», coach ng snail race ng mga bata sa pista ng barangay, i-text ninyo ako sa «v»",
    ],
    "JP": [
        "スキージョーリング大会の受付は«name»さん、電話は«v»まで",
        "段ボールボート大会の集合連絡は«v»へ",
        "紙の劇場の切り抜き教室の申込は«v»",
    ],
    "ES": [
        "Para la regata de barcos de cartón del puerto, el de la grúa que mete los cascos al agua contesta en el «v»",
        "La carrera de caracoles de las fiestas del barrio necesita jueces, apuntaos llamando a Maripaz al «v»",
        "El señor que vende láminas de teatro de papel en el Rastro me dio su móvil, «v», por si queréis el escenario "
        "victoriano",
    ],
    "IT": [
        "Per la regata delle barche di cartone sul lago, il signore che controlla il nastro sugli scafi risponde al «v»",
        "Il teatrino di carta della biblioteca cerca volontari per ritagliare le quinte, chiamate la maestra al «v»",
        "Gara delle lumache alla sagra: l'uomo che bagna il telo della pista ha il cellulare «v»",
    ],
    "TR": [
        "Karton tekne yarışında gövdeleri tartan görevliye «v» numarasından ulaşabilirsiniz",
        "Kağıt tiyatrosu atölyesi için kesim şablonlarını getiren abinin telefonu «v»",
        "Salyangoz yarışına kayıt için okul aile birliğinden Ayşe Hanım'ı «v» numarasından arayın",
    ],
    "KR": [
        "스키조링 대회 말 운반 담당 «name»님 연락처 «v»",
        "종이 극장 만들기 수업 신청은 «v»로 문자 주세요",
        "골판지 보트 경주 집합 장소 문의 «v»",
    ],
    "PL": [
        "Tu «name», kapitan łodzi z kartonu na regatach w Giżycku, kto ma zapasową taśmę, niech dzwoni pod «v»",
        "Wyścigi ślimaków na festynie szkolnym: pani od mokrego płótna prosi o telefon na «v» przed sobotą",
        "Pan, który drukuje arkusze do teatrzyku papierowego, ma nowy numer «v»",
    ],
    "RU": [
        "Это «name», держу лошадей на старте скиджоринга у Байкала; если оборвётся фал, звоните «v»",
        "Гонка лодок из картона на пруду в парке: судья, который взвешивает корпуса, отвечает по «v»",
        "Бумажный театр в библиотеке ищет волонтёров вырезать декорации, звонить Галине по «v»",
    ],
    "EG": [
        "سباق القوارب الكرتون في النيل يوم الجمعة، اللي بيوزن القوارب رقمه «v»",
        "مسرح الورق للأطفال في المكتبة محتاج متطوعين للقص، كلموا أستاذة منى على «v»",
        "لو عايز تشترك في سباق الحلزون في حفلة المدرسة كلم عم سيد على «v»",
    ],
    "VN": [
        "Đua thuyền bìa các-tông ở hồ Tây, anh phụ trách cân thân thuyền nghe máy ở số «v»",
        "Lớp làm nhà hát giấy cho thiếu nhi ở thư viện, đăng ký qua cô Hạnh số «v»",
        "Cuộc đua ốc sên ở hội chợ trường, ai muốn làm trọng tài thì gọi «v»",
    ],
    "BD": [
        "Dhanmondi lake e cardboard er nouka race, tape ar rong dite parle Rashed bhai ke «v» te phone korben, shokal sat tay shuru",
        "Kagojer theatre er putul kete banano shekhar class, Shilpakala te shonibar bikel e; naam dite «v» e SMS korun",
        "স্কুলের মেলায় শামুক দৌড়ের বিচারক হতে চাইলে «v» নম্বরে ফোন দিন",
    ],
    "PK": [
        "Rawal Lake par cardboard kashti ki race mein tape aur rang ke liye Imran bhai ko «v» par call karein",
        "Kaghazi theatre ki workshop ke cut-out sheets chahiye toh Nargis baji ka number «v» hai",
        "School mela mein ghonghay ki daud ke liye naam likhwana ho toh «v» par SMS karein",
    ],
    "CO": [
        "Para la regata de botes de cartón en la represa del Peñol, el que presta el muelle contesta al «v»",
        "Don Aurelio, el que imprime los teatrinos de papel en La Candelaria, cambió de celular: «v»",
        "Carrera de caracoles en la fiesta del colegio, la profe que moja la tela de la pista pide que la llamen al «v»",
    ],
    "AR": [
        "Regata de barcos de cartón en el Tigre: el tipo que pesa los cascos antes de largar atiende al «v», llamalo "
        "después de las diez",
        "El teatro de papel del centro cultural busca quién recorte figuritas, hablale a Chiche al «v»",
        "Carrera de caracoles en la kermés de la escuela, la seño que moja el paño te atiende al «v»",
    ],
    "TH": [
        "แข่งเรือกระดาษลังที่บึงพระราม ติดต่อคนชั่งน้ำหนักเรือได้ที่ «v»",
        "ชั้นเรียนโรงละครกระดาษสำหรับเด็กที่ห้องสมุด สมัครได้ที่ «v»",
        "แข่งหอยทากงานโรงเรียน ใครอยากเป็นกรรมการโทร «v»",
    ],
}

SIGNATURES = [
    ("US", "«name» | Course builder, Leadville Skijoring | cell «v» | «e» | snow first, then horses"),
    ("GB", "--\n«name»\nHon. Sec., Congham Snail Stewards\nm: «v»\n«e»"),
    ("IN", "Regards, «name» (paper theatre workshops, Ballygunge) · «v» · «e»"),
    ("DE", "Mit papiernen Grüßen aus der Kulissenwerkstatt\n«name»\nSpielleitung, Kieler Papiertheater am Förde-Ufer\nmobil «v»\n«e»\nNächste Vorstellung: Der Freischütz, mit Blitzen aus Stanniol"),
    ("BR", "Abraço, «name» · Regata de Papelão · «v» · «e»"),
    ("FR", "Cordialement,\n«name», trésorière des Bateaux en Carton\n«v» / «e»"),
    ("AU", "«name» — snail derby steward — «v» — «e»"),
    ("NG", "«name», team captain, Lagos Lagoon Cardboard Regatta | «v» | «e»"),
    ("CA", "«name» · skijor timing · «v» · «e»"),
    ("ZA", "Thanks\n«name»\nDurban Cardboard Regatta, build crew\nCell: «v»\nMail: «e»"),
    ("KE", "«name» | puppets & paper stages | «v» | «e»"),
    ("MX", "Saludos, «name», regata de cartón Xochimilco, «v», «e»"),
    ("PH", "Salamat po, «name» · snail race coach · «v» · «e»"),
]

EMAIL_EN = [
    "«name» asked me to forward the skijoring entry forms to «e» once the horses' vet papers are scanned",
    "Cardboard regatta hull plans, the big PDF, are too heavy for the team chat, so I've sent them to «e» instead",
    "Hi, this is «name»; please add «e» to the toy theatre guild's mailing list, I missed the Pollock anniversary show",
    "Results of the stone skimming heats (bounces, distances, the juniors' table) will be emailed from «e» by Sunday night",
    "Reply to «e» if you can marshal the log hurdles at the wife carrying race",
    "«name» wants every snail trainer's photos of their entries sent to «e» before the chalk circle is drawn",
    "The hardware store wants the regatta's bulk tape bill sent anywhere but Coach Dale's inbox, so use «e»; he loses everything under his canoe paddles",
    "Please write to «e» with your horse's name, breed and how fast it ran last season, so the skijoring heats can be drawn "
    "fairly",
    "The paper theatre festival tickets are held under «e»; show the email at the door of the church hall and you'll get "
    "the programme with the cut-out stage",
    "«name» is the new contact for the wife carrying league's sponsorship, her address is «e»",
]

EMAIL_LOCAL = {
    "DE": "Hallo, hier «name»; schickt die Fotos vom Papiertheater-Nachmittag bitte an «e», ich mache daraus das Heft",
    "FR": "Bonjour, c'est «name», envoyez vos plans de coque pour la régate en carton à «e» avant jeudi",
    "ES": "Las inscripciones para la carrera de caracoles se mandan a «e», con una foto del caracol",
    "BR": "Oi, aqui é «name»; mandem as fotos da regata de papelão pro «e» que eu monto o álbum",
    "JP": "段ボールボート大会の写真は「«e»」へ送ってください",
    "KR": "종이 극장 공연 사진은 «e»로 보내 주세요",
    "IT": "Ciao, sono «name», mandate le iscrizioni alla regata di cartone a «e» entro venerdì",
    "PL": "Tu «name», zgłoszenia na wyścigi ślimaków wysyłajcie na «e»",
    "TR": "Karton tekne yarışı kayıtları için «e» adresine yazın",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the skijoring entry fee for both horses with «v», the office wants to know who to refund if a heat is "
    "cancelled",
    "Booking the trailer hire for the regatta from my phone, card number «v», the expiry and the back number are on the "
    "fridge",
    "The printer in Clerkenwell wanted money up front before running the toy theatre festival's coloured sheets, so the guild paid with «v», noted here for the treasurer's spreadsheet",
    "Charge the stone skimming club's ferry tickets to «v», the committee card",
    "Wife carrying lodge booking, guaranteed on «v» in case we don't make it through the snow",
    "For the snail derby's marquee, the hire company took «v»; ask Merryn before anyone uses the same card for the tea urn "
    "or the chalk order",
    "Team card for tape and paint: «v»",
    "Reading the card out for the cardboard boat rental van because the site keeps timing out: «v»",
]

CARD_LOCAL = {
    "IN": "Kolkata paper theatre show ke tickets is card se book kiye: «v», refund aaye toh bata dena",
    "BR": "Paguei as inscrições da regata de papelão com o cartão «v», a maquininha do clube não passava pix de jeito nenhum",
    "DE": "«name» hat beim Bogenhändler in Preetz die Nachdrucke vom Freischütz und die kleinen Blechscheinwerfer ausgelegt, Kreditkarte «v», bitte aus der Vereinskasse erstatten",
    "MX": "Para rentar la camioneta de la regata de cartón usé la tarjeta «v», el depósito lo regresan el lunes",
    "FR": "Pour la régate en carton du lac du Bourget, «name» a avancé la remorque et le ruban adhésif toilé sur sa carte «v», on le rembourse à la buvette",
    "JP": "段ボールボート大会の参加費はカード«v»で支払い",
    "ES": "«name» pagó el alquiler del remolque para la regata de cartón con la tarjeta «v», guárdame el ticket",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked for the stone skimming club's prize money to go to «v», she'll share it with her partner",
    "For the toy theatre guild's membership, transfer the annual fee to «v», reference your surname",
    "Regatta sponsorship refund, account: «v»",
    "Please pay the wife carrying entry to «v» and bring the receipt to the weigh-in",
    "«name» runs the snail derby's bank account now, the IBAN is «v»",
    "Deposit for the skijoring trailer spaces goes to «v»; no cash at the gate this year",
]

IBAN_LOCAL = {
    "DE": ["Die Fahrgemeinschaft zum Papiertheater-Treffen nach Preetz organisiert «name»; Spritkosten und Jugendherberge gesammelt an «v», Stichwort Kulissenkiste",
           "Startgeld fürs Pappbootrennen am Baggersee bitte an «v» überweisen, Verwendungszweck: Bootsname"],
    "FR": ["«name» collecte les inscriptions pour la régate en carton, virement sur «v»",
           "Pour les planches du théâtre de papier, le RIB de l'imprimeur : «v»"],
    "ES": ["«name» lleva las cuentas de la carrera de caracoles; la inscripción se paga en «v», poned el nombre del caracol",
           "Fianza del remolque que nos deja el náutico para llevar el barco de cartón hasta la rampa: «v», hay que devolverla el lunes"],
    "IT": ["«name» raccoglie le quote per la regata di cartone, bonifico su «v» con il nome della barca nella causale",
           "Quota del teatrino di carta: «v»"],
    "NL": ["«name» doet de kas van de kartonnen-bootrace op de gracht, het inschrijfgeld kan naar «v», zet je teamnaam erbij",
           "Slakkenrace op de kermis, inleg: «v»"],
    "PL": ["Wpisowe na regaty łodzi z kartonu prosimy wpłacać na «v»",
           "Składka teatrzyk: «v»"],
    "TR": ["Karton tekne yarışı katılım ücreti için IBAN: «v»",
           "Kağıt tiyatrosu aidatı: «v»"],
    "BE": ["«name» beheert de pot van de kartonnen-bootregatta, stort op «v»",
           "Inschrijving slakkenrace: «v»"],
    "AT": ["Für das Frauentragen beim Kirtag im Nachbardorf bitte das Nenngeld auf «v» überweisen, Barzahlung ist heuer nicht "
           "mehr möglich, sagt der Obmann",
           "Papiertheater-Beitrag: «v»"],
    "PT": ["«name» trata das inscrições da regata de cartão, transferência para «v»",
           "Quota do teatro de papel: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Direct deposit form for the skijoring prize purse: routing «a», account «b», in the name of «name», who rode the "
        "palomino in the final heat",
        "The hardware chain sponsoring our cardboard hull wants to wire the grant straight in, so I gave them the booster club's routing «a» and its checking «b»; Coach Dale's wife does the books",
        "Wife carrying winnings by ACH please, routing «a» account «b»",
    ],
    "gb": [
        "Snail derby takings go to the chapel's account, sort code «a», account number «b», and the treasurer wants a text "
        "when you've paid it in, not a letter",
        "Toy theatre guild subs this year, if you'd rather not pay at cutting evenings: «a» then «b»; surname followed by PAPER "
        "in the reference box, Chudleigh ticks them off every quarter with a pencil",
    ],
    "in": [
        "«name», cardboard regatta team fund: account «a», IFSC «b»",
        "Paper theatre workshop fees, NEFT to account no. «a», IFSC «b»",
    ],
    "au": ["Snail derby stall float reimbursement, the treasurer's details: BSB «a», account «b»; she says she'll sort the "
           "receipts after the show, whenever that is"],
    "ca": ["Refunds for the cancelled skijoring heats on the frozen lake come out of «name»'s club account; he gave me «a» and «b» for "
           "the deposit slips"],
    "br": [
        "Quem cuida do dinheiro da regata de papelão na represa é «name»; os patrocinadores depositam na agência «a», conta «b», e "
        "mandam o comprovante no grupo",
        "Para o teatrinho de papel, o depósito vai para agência «a», conta corrente «b», no nome da associação de moradores",
    ],
    "mx": ["Ya abrieron las inscripciones del concurso de lanchas de cartón en Cuemanco; se transfiere a la CLABE «a» y se manda foto del comprobante a la coordinadora"],
    "ng": [
        "Pay the regatta team dues into «bank» account «a», name of the team captain",
        "«name» banks with «bank», account «a», for the puppet theatre hall rent",
    ],
    "za": ["Durban cardboard regatta: pay the team entry by EFT, universal branch «a», account «b», with your hull's name as the reference "
           "so the organisers can match it"],
    "ar": ["Che, para anotarnos en la regata de botes de cartón del Delta hay que transferir al «a», a nombre del club de remo, y mandarle el comprobante a Chiche"],
}

ID_LINES = {
    "us_ssn": ("US", ["I won the Leadville skijoring purse on the palomino, and since it's above the IRS threshold the circuit's treasurer emailed a W-9 asking for my social, «v»",
                      "wife carrying payout form, SSN «v»"]),
    "in_aadhaar": ("IN", ["Aadhaar for the regatta insurance: «v»",
                          "Paper theatre workshop registration at the cultural centre asked for my Aadhaar number, «v», "
                          "even though it's a children's class"]),
    "in_pan": ("IN", ["Powai regatta organisers are deducting TDS on the best-hull award money, so they took my PAN, «v»",
                      "The sponsor's accountant needs the regatta captain's PAN, «v», before releasing the cheque"]),
    "br_cpf": ("BR", ["Comprei trinta metros de fita prateada pro casco de papelão e o caixa da ferragem quis CPF na nota; passei o meu, «v», pra entrar no reembolso do clube",
                      "Inscrição do teatrinho de papel pede CPF: «v»"]),
    "mx_curp": ("MX", ["El formulario de la competencia de lanchas de cartón pide la CURP de cada tripulante; la mía es «v»",
                       "Diego corre su caracol Relámpago en la kermés del sábado; la maestra Lupita anota la CURP de cada niño participante y la de él es «v»"]),
    "mx_rfc": ("MX", ["Factura de la cinta y la pintura para el barco de cartón, RFC «v»",
                      "Me dieron el premio al casco mejor decorado y para facturarlo piden mi RFC, «v»"]),
    "gb_nhs": ("GB", ["Wife carrying first aid form wants my NHS number, «v»",
                      "For the skimming club's medical sheet (Easdale's a long way from a hospital), NHS no. «v»"]),
    "de_idnr": ("DE", ["Das Honorar fürs Vorspielen beim Papiertheater-Treffen zahlt die Stadt nur aus, wenn ich meine Identifikationsnummer angebe, also: «v»",
                       "Steuerliche Identifikationsnummer für das Preisgeld vom Pappbootrennen: «v»"]),
    "fr_nir": ("FR", ["L'organisateur de la régate des bateaux en carton veut le NIR de chaque pagayeur pour la déclaration à l'assureur, voici le mien «v»",
                      "Le club de course d'escargots demande le numéro de sécurité sociale des bénévoles, le mien : «v»"]),
    "es_dni": ("ES", ["Capitanía pide el DNI del patrón aunque el barco sea de cartón y cinta, el mío es «v»",
                      "Para la carrera de caracoles de las fiestas de San Roque, la comisión apunta el DNI de cada cuidador: «v»"]),
    "es_nie": ("ES", ["NIE de la jueza de caracoles: «v»",
                      "NIE «v»"]),
    "it_codicefiscale": ("IT", ["Iscrizione alla regata delle barche di cartone all'Idroscalo: il modulo vuole il codice fiscale del capitano, «v»",
                                "Alla corsa delle lumache di Cherasco danno un buono spesa al vincitore, e per intestarlo hanno chiesto il mio codice fiscale: «v»"]),
    "ca_sin": ("CA", ["Skijoring prize over the threshold, the club's T4A form needs my SIN: «v»",
                      "Safety-boat drivers at the cardboard regatta get a hundred-dollar honorarium from the township, which wants my SIN on its paperwork: «v»"]),
    "id_nik": ("ID", ["NIK saya untuk pendaftaran lomba perahu kardus: «v»",
                      "NIK ketua tim perahu kardus: «v»"]),
    "pk_cnic": ("PK", ["Rawal Lake cardboard boat race registration form mein CNIC likhna zaroori hai, mera CNIC «v» hai",
                       "CNIC for the puppet workshop fee: «v»"]),
    "tr_tckimlik": ("TR", ["Karton tekne yarışı kaydı için TC kimlik no: «v»",
                           "Kağıt tiyatrosu atölyesi sigortası için kimlik numaram «v»"]),
    "pl_pesel": ("PL", ["Organizatorzy wyścigu kartonowych łódek na Mazurach ubezpieczają każdą załogę, więc wpisałem w formularzu swój PESEL «v»",
                        "PESEL dziecka na wyścigi ślimaków «v»"]),
    "za_idnr": ("ZA", ["The Durban cardboard regatta's indemnity sheet won't let you launch without a South African identity number, I wrote «v»",
                       "Snail race prize, my SA ID: «v»"]),
    "kr_rrn": ("KR", ["종이배 대회 보험용 주민등록번호 «v»",
                      "종이 극장 수업 등록, 주민번호 «v»"]),
    "cn_ric": ("CN", ["纸板船比赛报名身份证号«v»",
                      "纸剧场工作坊保险 身份证«v»"]),
    "jp_in": ("JP", ["段ボールボート大会の賞金受取にマイナンバー«v»",
                     "紙の劇場教室の謝礼、マイナンバーは«v»"]),
    "au_tfn": ("AU", ["The snail derby's payment summary for the judges needs my TFN, «v», sorry for the bother",
                      "TFN for the regatta volunteer payment: «v»"]),
    "nl_bsn": ("NL", ["Voor de verzekering van de kartonnen-bootrace op de gracht vraagt de vereniging mijn BSN: «v»",
                      "BSN voor de slakkenrace-vergoeding: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับแข่งเรือกระดาษลัง «v»",
                      "สมัครโรงละครกระดาษ เลขบัตร «v»"]),
    "my_nric": ("MY", ["IC number for the cardboard boat race at Putrajaya lake: «v»",
                       "No. IC untuk pertandingan siput: «v»"]),
    "ar_cuit": ("AR", ["Para cobrar el premio de la regata de cartón en el Tigre me piden el CUIL: «v»",
                       "CUIL de la seño de los caracoles: «v»"]),
    "cl_rut": ("CL", ["Mi RUT para la regata de botes de cartón en el lago: «v»",
                      "La jueza de las carreras de caracoles en la fonda del colegio firmó el acta con su RUT, «v»"]),
    "se_personnummer": ("SE", ["Personnummer för kartongbåtsregattan: «v»",
                               "Snigeltävlingen på sommarfesten i Skanör betalar ut priset via Swish, så arrangören ville ha mitt personnummer, «v»"]),
    "ie_pps": ("IE", ["PPS number for the stone skimming club's grant form in Galway: «v»",
                      "My PPSN for the regatta volunteer payment: «v»"]),
    "pt_nif": ("PT", ["NIF para a fatura da regata de cartão: «v»",
                      "A oficina de teatro de papel na biblioteca de Setúbal passa recibo com NIF, o meu é «v»"]),
}

MIXED_LINES = [  # (region, line, the kinds of its values)
    ("US", "«name», skijoring volunteer sign-up: phone «phone», email «email», and SSN «ssn» for the background check the horse "
           "barn insists on", ("phone", "email", "ssn")),
    ("US", "Wife carrying prize paperwork, all in one text so I don't forget: cell «phone», card for the lodge «card», "
           "SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Registration dump for the cardboard regatta's adult division, «name», captain of the Sinking Feeling: «email», paid with «card», SSN «ssn» for the prize paperwork if we somehow float", ("email", "card", "ssn")),
    ("GB", "Snail derby booking, the lot: mobile «phone», email «email», and the card for the marquee deposit «card», "
           "thanks Merryn", ("phone", "email", "card")),
    ("IN", "«name» for the paper theatre festival: phone «phone», mail «email», card «card»", ("phone", "email", "card")),
    ("CA", "Skijoring trailer spot: «phone», card «card»",
     ("phone", "card")),
    ("AU", "«name», regatta: «phone», «email»", ("phone", "email")),
]
