"""Where the dev42 privacy set's numbers and addresses turn up (``privacy_cases_dev42.py``):
what a personal agent's sensors record (DDPai, Navitel, Xblitz, Owlcam and Toguard dashcam
footage, Aiworth and Mileta recordings, iZYREC transcripts, Sennheiser, Sudio, Tronsmart, Mpow and
Mivi earbuds, a Kronaby, an Xplora, a Spacetalk, a Misfit and a
Mobvoi watch, Litokam, Xiaovv, Hiseeu, Sannce, Jennov and Eyeplus cameras, a Verisure panel, Snuza,
Levana and Tommee Tippee baby monitors, Youper, Sanvello, Wysa, Headspace, MySwimPro
and FORM goggles, Fractal, Cheogram, Xabber, Yaxim, Beagle IM, Unigram, Kotatogram and Bridgefy
messages, Rhodia, Midori, Hobonichi and Stalogy pages, a marquetry guild's sawbench nights, veneer
auctions, sand-shading workshops and open days, an underwater-hockey club's pool sessions, kit
nights, tournaments and summer camp, a value written before its label, a label a sentence or a line
away from its value; dermatology, nephrology, audiology, podiatry and sleep-clinic screens), English
first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["put"]

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly

# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Sawbench night, the guild chair holds up a packet of burr elm: whoever wants the offcuts, ring «name» on «v» before Friday",
    "DDPai audio on the way to the regional octopush tournament: coach reads the minibus driver's details off the entry form, «name», «v», meet at the leisure centre",
    "Mileta recorder left running in the veneer store: «name» spells his mobile out for the glue rota, «v», twice over the extractor fan",
    "Laminated sheet inside the equipment cage: Thursday pool keys held by «name», mobile «v», lights off at ten",
    "Sudio voicemail, transcribed: hey it's «name», your replacement fins came to my place by mistake, call me on «v»",
    "Hobonichi page after the sand-shading workshop: visiting tutor «name», phone «v», already paid for the hot sand tray",
    "Kronaby buzz during the veneer auction: «name» shared a contact, «v», 'the chap who sells bog oak by the leaf'",
    "Guild chat scrollback, fillet-cutting volunteers, cheerful emojis: Beagle IM window with the guild's chat: new member «name» left her number «v», happy to cut fillets for the beginners",
    "Owlcam rear clip: flyer tucked under the wiper, 'try underwater hockey, first session free, text «name» on «v»'",
    "MySwimPro note on the breath-hold set: ask «name» (mobile «v») if the apnea drills count toward the charity swim",
    "Open day setup, display boards: Tronsmart recap from the open day tables: if the display boards aren't up by nine ring «name», «v», he has the van",
    "Margin of a Rhodia pad beside a sketch of a parquetry cube: «name», «v», spare scalpel blades and a cutting mat",
    "Litokam doorbell audio: courier reading the label aloud, 'two boxes of veneer leaves for «name», phone «v», keep flat, do not bend'",
    "Call history after the stick snapped mid-scrimmage, epoxy suggestions: Sennheiser call log read back by the assistant: outgoing, 4 min, «name», «v», 'about the stick with the cracked blade'",
    "Noticeboard clutter, drawing pins, thumbtacks: Hiseeu camera by the guild room door caught the pinboard: fretsaw repairs and new blades, «name», text «v»",
    "Depot call on dashcam audio, trailer hire, forklift yard: Navitel dashcam audio: the driver repeats the trailer-hire number, «v», ask for «name» at the depot, the one by the pool car park",
    "Toddler crying, laundry basket, teething: Levana monitor heard Mum on the landing phone: 'yes it's «name», my number's «v», for the octopush raffle tickets'",
    "Camp planning spread, pastel highlighters, washi tape: Stalogy note from planning summer camp: coach driver «name», mobile «v», pick-up at the station at half seven",
    "Youper check-in: finally rang «name» about the inlaid jewellery box, saved her number as «v», felt lighter afterwards",
    "Fractal chat on the Mobvoi watch: «name» wrote 'text me on «v» for the puck-handling clinic, no calls while I'm teaching'",
]

PHONE_LINKS = [
    "Open-day leaflet, QR sticker, church hall: Open-day programme for the marquetry guild, the QR code on its back cover opens https://wa.me/«vW»?text=Veneer%20offcuts",
    "Octopush taster poster, lane ropes: Club poster for the octopush taster, small print below the drawing of a diver with a stick: https://api.whatsapp.com/send?phone=«vW»&text=taster",
    "Secretary copying markup between browser tabs, cat walking across keyboard: Source of the underwater-hockey club's contact page, pasted into Unigram by the secretary: <a class=\"call\" href=\"tel:«vE»\">Ring the pool desk</a>",
    "Vermont mills trip, maple burl haul, sugar shack detour, pancakes, pickup truck loaded: Veneer merchant's card, forwarded into the guild's Kotatogram chat as a .vcf: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:Burr & Leaf Veneers\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Mausi's Xabber message, Lucknow: Mausi ne Xabber pe bheja: marquetry ke kaarigar «name» ka number «v» hai, Ravivaar ko workshop bulana",
           "Pune camp register, monsoon rain, Deccan Gymkhana: Pool ke underwater hockey camp ka register, aakhri panna: coach «name», phone «v», mask apna laana",
           "Mysore workshop visit, sandalwood: iZYREC ne Mysore ke inlay karkhane ki baat likhi: 'rosewood ki patti «name» ji bechte hain, unka number «v» hai'"],
    "BR": ["Oficina mineira, recado de voz, sotaque carregado, sotaque mineiro, ruído de serra tico-tico, Diamantina: Recado no Yaxim: o marceneiro de marchetaria «name» pediu pra ligar no celular «v» antes da feira",
           "Bilhete na porta do vestiário da piscina: técnico de hóquei subaquático «name», zap «v», treino de quarta cheio"],
    "DE": ["Zettel im Intarsienkreis: Furnierpresse ausleihen bei «name», erreichbar unter «v», lieber nach sechs",
           "Notiz vom Unterwasserhockey-Training im Hallenbad Kassel — Trainerin «name», Handynummer «v»"],
    "MX": ["Carpenter's plane noise, cepillo de carpintero sonando: Audio en Bridgefy: habla «name», el que vende chapas de madera para marquetería, mi número es «v», márcame el jueves",
           "Anuncio en la alberca olímpica: hockey subacuático los sábados con «name», informes al «v»"],
    "FR": ["Atelier stéphanois, copeaux partout, mémo vocal avant l'exposition de printemps: Message Beagle IM : “c'est «name», pour l'atelier de marqueterie de Saint-Étienne appelle-moi au «v»”",
           "Panneau devant la piscine de Lanveur: Affiche du club de hockey subaquatique de Lorient : inscriptions auprès de «name», tél. «v»"],
    "ID": ["Pesan di Xabber: pak «name» yang menjual lembaran veneer jati untuk bengkel, nomor HP «v», bisa kirim hari Kamis"],
    "PH": ["Sabi ni Tito sa Unigram, tawagan mo si «name» sa «v», siya ang coach ng underwater hockey sa Rizal Memorial"],
    "JP": ["寄木細工サークル、箱根の職人さん紹介メモ, 箱根の職人さん: 寄木細工サークルの連絡網、三番目：«name» さん 携帯 «v»",
           "水中ホッケー練習のメモ：プールの用具庫の鍵は «name» さん（«v»）まで"],
    "ES": ["Nota del ebanista sevillano, costurero con incrustaciones, costurero con incrustaciones de nácar, azahar, procesión ensayando: Nota en Yaxim: el ebanista de taracea, «name», dice que lo llames al «v» para la caja del colegio"],
    "IT": ["Bottega sorrentina, via San Cesareo, legni colorati, limoncello: Avviso nella bottega di intarsio di Sorrento: per il corso del martedì chiamare «name», cell. «v»"],
    "TR": ["Sedef kakma atölyesi, Kapalıçarşı arka sokağı, tozlu vitrin: Sedef kakma ustası «name» beyin numarası «v», tavla siparişi için öğleden sonra arayın"],
    "KR": ["수중하키 공지, 부산: 수중하키 동호회 공지: 이번 수영장 대회 담당 «name» 님 휴대폰 «v»"],
    "PL": ["Kartka w pracowni intarsji: nowe forniry — «name», komórka «v»"],
    "RU": ["Объявление в секции подводного хоккея: «name», телефон «v», запись на шайбы и ласты"],
    "EG": ["رسالة على Xabber: أسطى التطعيم بالصدف «name»، رقم موبايله «v»، بيعمل ورش للشباب"],
    "VN": ["Khảm trai Hà Nội, ghi chú ghim lên đầu nhóm, thợ khảm trai làng Chuyên Mỹ, xà cừ lấp lánh: Tin nhắn Kotatogram: thầy dạy khảm gỗ «name», số điện thoại «v», lớp tối thứ Năm"],
    "BD": ["রাজশাহীর কাঠ খোদাই কর্মশালা, নোটিশ বোর্ড: কাঠের কারুকাজ শেখানোর ওস্তাদ «name», ফোন «v», শুক্রবার বিকেলে ক্লাস"],
    "PK": ["Chiniot ustad ki dukaan, shesham ki khushboo, nakkashi ke auzaar diwar pe tange: Chiniot ke lakri ke inlay wale ustad «name» ka number «v» hai, jahez ke sandook ke liye unhi se baat karna"],
    "CO": ["Audio en Bridgefy: don «name», el que hace taracea en Pasto, su celular es «v»"],
    "AR": ["Grabación del contestador en Rosario, ruido de tránsito por calle Pellegrini: Lo dejó grabado en el contestador: «name», el del club de hockey subacuático de Rosario, celu «v»"],
    "TH": ["ป้ายที่สระว่ายน้ำ: โค้ชฮอกกี้ใต้น้ำ «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · Tournament Director, Puget Sound Octopush · cell «v» · «e»"),
    ("GB", "Cheers,\n«name»\nProgramme Secretary, Wessex Marquetarians\nMob: «v» · «e»"),
    ("IN", "Warm regards,\n«name» | Pune Underwater Hockey, Deccan Gymkhana pool | Mob «v» | «e»"),
    ("DE", "Signature: Mit furnierten Grüßen\n«name», Kassenwart des Intarsienkreises Kassel\nTel. «v» · Mail «e»"),
    ("BR", "Abraço,\n«name» · Hóquei Subaquático Floripa · Cel «v» · «e»"),
    ("FR", "Bien cordialement,\n«name», trésorière — Marqueteurs du Forez, Saint-Étienne\nPortable : «v» — «e»"),
    ("AU", "See you in the deep end,\n«name» — President, Moreton Bay Underwater Hockey\nM «v» · «e»"),
    ("NG", "Best regards,\n«name» | Ikoyi Octopush Club | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Secrétaire, Hockey subaquatique Rideau — tél «v» — «e»"),
    ("ZA", "Kind regards,\n«name» · Stellenbosch Marquetry Group · Cell «v» · «e»"),
    ("KE", "Shukran,\n«name» | Nairobi Underwater Hockey, Kasarani pool | Tel «v» | «e»"),
    ("MX", "Saludos desde el taller,\n«name» · Marquetería y Taracea de Puebla · Cel. «v» · «e»"),
    ("PH", "Salamat po,\n«name» · Manila Octopush Club · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "The veneer-press booking book is kept by «name» now; send the weekend you want to «e»",
    "Minibus seats for the away tournament go by email to «name» at «e», the group chat gets too noisy",
    "MySwimPro comment after the breath-hold ladder: sent my clip to «name» («e») for tips on the duck dive",
    "Wysa journal, oddly practical today: 'email «name» about the guild's insurance renewal, «e»'",
    "Open-day stall requests by email only, the Midori page says → «e» («name»)",
    "Walnut squares, birthday surprise, engraved brass plaque: Xplora watch dictation: reply to «name» about the inlaid chessboard, her email is «e», tell her the border is glued",
    "Sign-up sheet on the pool noticeboard: junior trials through «name» by mail, «e», no entries taken at the poolside",
    "Auction house receipt, burr lots, collection slot, forklift, sticky-note avalanche: Veneer auction receipt on the guild's site: your lot list and collection slot will come from «name», sender address «e»",
    "Georgian card table restoration, scorched Georgian card table, ring marks, French polish: Quotes for restoring an old inlaid table go to «name», «e», before the end of the month",
    "Coffee with committee member: Headspace reflection: coffee with «name» from the pool committee, her address is «e», send her the lane rota",
]

EMAIL_LOCAL = {
    "DE": "Rundmail Vorstand, Hallenbadzeiten Winterhalbjahr: Rundmail des Unterwasserhockey-Vereins: Anmeldung zum Probetraining per E-Mail an «name», «e»",
    "FR": "Lettre d'information vosgienne, stage de printemps, inscriptions, printemps vosgien, Épinal: Pour le stage de marqueterie de Mirecourt, écrire à «name», adresse électronique «e», avant la fin du mois",
    "ES": "Curso granadino, taracea nazarí, plazas limitadas: Reservas para el curso de taracea granadina: escribir a «name» al correo «e»",
    "BR": "Grupo dos marceneiros no Yaxim, mensagem fixada pela coordenadora da oficina de Tiradentes: Inscrição na oficina de marchetaria: manda um e-mail pra «name», endereço «e»",
    "JP": "展示会、箱根: 寄木細工展の出品申込は «name» さん宛のメール «e» まで",
    "KR": "요트 대신 수영장! 새 회원 모집 현수막 아래 작은 글씨:: 수중하키 체험 신청은 «name» 총무 이메일 «e» 로 보내 주세요",
    "IT": "Torneo di Pescara, iscrizioni, locandina affissa negli spogliatoi, cuffie colorate numerate: Per il torneo di hockey subacqueo a Pescara scrivete a «name», e-mail «e»",
    "PL": "Pracownia w Zakopanem, góralskie wzory, zapach kleju: Zgłoszenia na warsztaty intarsji w Zakopanem: e-mail do «name», adres «e»",
    "TR": "Sedef kursu, Bursa, kış dönemi: Sedef kakma kursuna yazılmak isteyenler yazsın: «name» bey, posta kutusu «e», perşembeye kadar",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Cabinetmaker's blog draft, quartersawn oak, autofill mishap screenshot, veneer hammer: Veneer webshop checkout on the guild laptop, the autofilled 'Card number' box glowing: «v», security code still blank",
    "Team photo, chlorinated grins, grinning teammates, dripping hair: Photo of the new stick sent to the team, but the tablet behind it shows the kit-shop checkout with the card typed out: «v»",
    "iZYREC at the veneer auction: the auctioneer's clerk read the card back, «v», before «name» signed for lot twelve",
    "Journal entry, new fins, cardholder note: Hobonichi entry in biro: new fins paid with card «v» (cardholder «name»), chase the shop if not here by the camp",
    "Misfit buzz, pool deck puddles, goggles fogged, chlorine: Unsent reply on the Misfit watch: 'stick the entry fee on my card, number «v», thanks, «name»'",
    "Reception desk chatter, chlorine smell, caps embroidered with puck logo: Tronsmart caught the phone order for club caps: card number «v», deliver to the pool reception",
    "Mole mapping appointment, dermatologist running forty minutes late, waiting-room vending machine: Dermatology clinic kiosk, payment screen: card no. «v», patient «name»",
    "Sanvello note under 'impulse spending': veneer auction, card «v», again",
]

CARD_LOCAL = {
    "IN": "Saharanpur supplier order, mummy's message, OTP delay, mummy's forwarded message, banarasi saree sale nearby: Rosewood veneer ka order, card number «v», «name» ke naam par, OTP abhi tak nahi aaya",
    "BR": "Formulário online do campeonato, tablet da recepção, piscina de Floripa, Joinville: Pagamento da inscrição no torneio de hóquei subaquático: número do cartão «v», titular «name»",
    "DE": "Furnierbestellung online, Skalpellklingen, Versandkarton: Bestellung Furnierpaket und Skalpellklingen: Kartennummer «v», Karteninhaber «name»",
    "MX": "Nota de voz, novia nerviosa, boda en Oaxaca, ebanista exigente: Anticipo de la mesa con taracea para la boda: tarjeta número «v», titular «name»",
    "FR": "Tournoi breton, inscription tardive, capitaine pressé: Inscription au tournoi de hockey subaquatique, carte n° «v», au nom de «name»",
    "JP": "注文メモ、箱根: 寄木細工用のツキ板、カード番号 «v»（名義 «name»）",
    "GB": "Nationals kit order, team hoodies: Card put down for the octopush nationals team kit: «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Fundraiser flyer, cracked press, bake sale, raffle, bake-sale posters, lemon drizzle, raffle tickets, coconut ice: Appeal in the guild newsletter for a second veneer press: transfers to IBAN «v», account holder «name», reference PRESS",
    "Treasurer shouting over pump noise, echoing changing rooms: Mileta take of the club treasurer at kit night: 'tournament fees go to «v», that's the IBAN, in «name»'s name'",
    "Shropshire yard paperwork, tarpaulin-covered stacks, forklift beeping: Invoice from the veneer merchant, payment panel: IBAN «v» · beneficiary «name»",
    "Voice memo on the Spacetalk: pay «name» back for the hide glue and scalpels, IBAN «v»",
    "Summer-camp bookkeeping thread, chlorine-bleached towels, sunscreen receipts, lifeguard rota: Fractal post from the camp organiser: balance for the pool hire into «v» (IBAN), «name»",
    "Tenancy quarrel dossier, cramped loft above sourdough bakery, radiators clanking, flour dust: Note stuck to the Verisure panel: guild room rent → IBAN «v», landlord «name»",
]

IBAN_LOCAL = {
    "DE": ["Kontoauszug-Notiz des Schatzmeisters, Thuja-Maserfurnier im Bild: Überweisung für den Intarsienkurs an «name», IBAN «v», Verwendungszweck Kursgebühr Herbst",
           "Jugendkonto: Spendenkonto Unterwasserhockey-Jugend — Kontoinhaber «name» — IBAN «v»"],
    "FR": ["Cotisation annuelle, bassin de Lanveur, bonnets numérotés: RIB pour la cotisation au club de hockey subaquatique : IBAN «v», titulaire «name»"],
    "ES": ["Taller granadino, cuota trimestral, Alhambra: Cuota del taller de taracea: transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["Circolare sorrentina, laboratorio sorrentino, cartolina con agrumi dipinti, quote autunnali, Amalfi: Bonifico per il corso di intarsio: IBAN «v», intestato a «name»"],
    "NL": ["Clubblad onderwaterhockey Utrecht, contributieherinnering, Utrecht zwembad, dinsdagavond: Contributie onderwaterhockeyclub overmaken naar IBAN «v» t.n.v. «name», graag voor het toernooi"],
    "PL": ["Zeszyt skarbnika pracowni w Nowym Targu, strona z wpłatami za fornir i klej kostny: Przelew za warsztaty intarsji: IBAN «v», odbiorca «name»"],
    "TR": ["Sedef kakma kursu ücreti için IBAN «v», alıcı «name»"],
    "BE": ["Gentse houtinlegkunstenaars, jaarlijkse bijdrage, herinnering per brief na de zomerstop: Lidgeld marqueteriegroep: overschrijving naar IBAN «v» op naam van «name»"],
    "AT": ["Vereinsheft Seite drei, Jahresbeitrag, Hallenbad Wien: Mitgliedsbeitrag Unterwasserhockey Wien: IBAN «v», lautend auf «name»"],
    "PT": ["Escola de Braga, quota anual, Minho: Quota da escola de marchetaria de Braga: IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Visiting judge from Burlington, honorarium, direct-deposit slip, maple syrup gift: Honorarium form for the visiting marquetry judge: routing number «a», checking account «b»",
           "Tucson bank lobby, cactus planters, grandpa chatty, saguaro mural: Sennheiser earbuds caught Grandpa at the bank counter: 'routing is «a», account «b», for «name»'",
           "Coaching fund application for the youth development squad, bank section: Octopush club grant paperwork, direct deposit box — ABA «a» · account no. «b»"],
    "gb": ["Team travel thread, coach hire quotes, motorway tolls, hi-vis vests: Coach to the octopush nationals — pay the hire firm, sort code «a», acc «b», ref PUCKS, name «name»",
           "Nettle-green marker, tea ring, glue pots stacked beneath whiteboard, marker squeaking, spilled shellac, flipchart easel, biscuit tin: Whiteboard photo in the guild room: pay «name» back for the veneer, sort code «a» / acc «b»"],
    "in": ["Exhibition stall paperwork, Chennai craft bazaar, bamboo partitions, fluorescent tubes: NEFT details for the marquetry exhibition stall: A/c no. «a», IFSC «b», account holder «name»",
           "Samiti chanda, Pune, Deccan Gymkhana noticeboard, monsoon session: Underwater hockey samiti ka chanda: khata sankhya «a», IFSC «b»"],
    "au": ["Chandler lane hire, transfer details, Chandler aquatic complex, winter squad: Pool lane hire for Chandler goes by transfer, BSB «a», acct «b», «name» handles it"],
    "ca": ["Sudbury retreat, freezing rain warning, shuttered lodge, refunds handled by volunteer, ice pellets, cabin stove cold: Marquetry retreat cancelled for the ice storm, so the guild wires the deposit back: transit and institution numbers «a», chequing «b», off a voided cheque"],
    "br": ["Oficina mineira, sinal pago, sinal via transferência, recibo rabiscado: O marceneiro «name» mandou no Yaxim a agência «a» e a conta «b» pro sinal da caixa marchetada"],
    "mx": ["Taracea, Puebla: Transferencia del anticipo de la mesa con taracea, CLABE «a», beneficiario «name»"],
    "ng": ["Lagos octopush broadcast, Onikan pool, generator humming, goggles drying, Tinubu Square: Pay the octopush camp fee to «bank», account number «a», account name «name»",
           "Voice note from aunty in Surulere about the inlay table top: Abeg send the veneer money: «bank» acct «a», na «name» own"],
    "za": ["Stellenbosch winelands bulletin, subscriptions corner, rand amounts: EFT for the marquetry class: branch code «a», account number «b», «name»"],
    "ar": ["Audio de WhatsApp, ebanista cordobesa, aserrín en el micrófono: Pasame la seña de la mesa al CBU «a», titular «name», y mandame el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Skin-check appointment for the mole on my shoulder, kiosk screen photographed before it timed out: Dermatology intake tablet, insurance step: Social Security number «v», patient is the subscriber",
                      "Calculator clicking, fiscal year-end, audit season panic, bunting: Aiworth recorder caught the club's bookkeeper on the phone: 'and the SSN we have on file for you is «v», correct?'"]),
    "in_aadhaar": ("IN", ["Kidney clinic queue at the district hospital, papers clipped together for the dialysis review: Nephrology OPD registration slip: Aadhaar «v», photocopy attached"]),
    "in_pan": ("IN", ["Hisaab ki purani diary, Saharanpur wholesaler ka bill, chai ke daag: Veneer wholesaler ne bill ke liye PAN maanga, PAN «v»"]),
    "br_cpf": ("BR", ["Balcão empoeirado em Curitiba, vendedor simpático, café coado: Cadastro na loja de lâminas de madeira: CPF «v», nota no nome do neto"]),
    "mx_curp": ("MX", ["Club tapatío, alberca universitaria: Ficha de inscripción al club de hockey subacuático: CURP «v»"]),
    "mx_rfc": ("MX", ["Maderería Puebla: Factura de la maderería de chapas, RFC del cliente «v»"]),
    "gb_nhs": ("GB", ["Hearing-aid battery change, audiologist cubicle, tympanometry printout folded: Audiology clinic, patient banner: NHS number «v», hearing aid review"]),
    "de_idnr": ("DE", ["Sommeraushilfe, Lohnzettel, Personalakte, Ferienjob: Lohnzettel der Aushilfe im Furnierhandel, steuerliche Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Semelles orthopédiques: Feuille de soins du cabinet de podologie, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Ficha de socio del club de hockey subacuático, DNI «v»"]),
    "es_nie": ("ES", ["Zaragoza registration: Alta del jugador extranjero en el club de hockey subacuático, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Ambulatorio pediatrico di Bari, eczema da cloro: Modulo dell'ambulatorio di dermatologia, codice fiscale del bambino «v»"]),
    "ca_sin": ("CA", ["Lifeguard timesheets, payroll, sunscreen: Payroll sheet for the summer-camp lifeguard: SIN «v»"]),
    "id_nik": ("ID", ["Pemeriksaan pendengaran anak: Formulir klinik THT, NIK pasien «v»"]),
    "pk_cnic": ("PK", ["Chiniot workshop file, shesham dust, contract clipped to ledger: Inlay sandook order ke contract pe CNIC «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Ankara kontrol, Ankara Şehir Hastanesi sırası: Nefroloji polikliniği randevusu, T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Audiologia: Skierowanie do poradni audiologicznej, PESEL «v»"]),
    "za_idnr": ("ZA", ["Stellenbosch enrolment, winelands workshop, Paarl: Marquetry class enrolment, SA ID no. «v»"]),
    "kr_rrn": ("KR", ["진료 접수: 수면클리닉 접수증 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["报名: 水下曲棍球俱乐部报名表 公民身份号码 «v»"]),
    "jp_in": ("JP", ["受付にて: 皮膚科の問診票、個人番号 «v»"]),
    "au_tfn": ("AU", ["Poolside kiosk vacancy, lifeguard-cum-cashier shift, teenagers queuing for chips: The pool kiosk takes on a weekend helper; tax file number «v» pencilled on the paperwork for the treasurer"]),
    "nl_bsn": ("NL", ["Slaappoli Utrecht: Aanmelding bij de slaappoli, BSN «v»"]),
    "th_pin": ("TH", ["ฮอกกี้ใต้น้ำ: ใบสมัครสมาชิกชมรมฮอกกี้ใต้น้ำ เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Borang kelab, Shah Alam: Borang kelab hoki bawah air, No. Kad Pengenalan «v»"]),
    "ar_cuit": ("AR", ["Taller cordobés: Factura del taller de marquetería, CUIT «v»"]),
    "cl_rut": ("CL", ["Barraca maderera en Temuco, lluvia sureña, boleta arrugada: Boleta de la barraca de chapas, RUT «v»"]),
    "se_personnummer": ("SE", ["Intarsiakurs, Sundsvall: Anmälan till intarsiakursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Galway leisure centre, Salthill: Casual staff form at the leisure centre pool, PPSN «v»"]),
    "pt_nif": ("PT", ["Compra de sicómoro e pau-santo em Braga: Fatura da loja de folhas de madeira, contribuinte n.º «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Hartford guild's open-day clipboard, pencil shavings, raffle stubs, felt-tip smudges, guild banner flapping: Open-day volunteer slip, filled in with a carpenter's pencil: mobile «phone», e-mail «email», Social Security for the insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Minibus hire desk, fuel policy, mileage: Minibus rental agreement for the tournament, driver «name»: phone «phone», deposit card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Bunion consultation, orthotic insoles, foot-scan printout stapled, heel spur: Podiatry new-patient sheet: email «email», card kept on file «card», Social Security «ssn»", ("email", "card", "ssn")),
    ("GB", "Open-day trader form, Hartford, pitch fee, gazebo, jeepney ride home: Marquetry open day trader form: mobile «phone», e-mail «email», pitch fee card «card»", ("phone", "email", "card")),
    ("IN", "Mela desk, Pragati Maidan, queue of craftsmen: Inlay craft mela stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Ottawa summer camp sign-up, Gatineau: Octopush summer camp registration — phone «phone» — card for the bus «card»", ("phone", "card")),
    ("AU", "Leisure centre leaflet stuffed into the changing-room lockers: Come-and-try underwater hockey pass: mob «phone», email «email»", ("phone", "email")),
]
