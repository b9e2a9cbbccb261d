"""Where the dev29 privacy set's numbers and addresses turn up (``privacy_cases_dev29.py``):
what a personal agent's sensors record (a Bee Pioneer's and a Friend pendant's transcripts,
Brilliant Labs Frame and Even Realities G1 glasses, a PocketBook notebook, a Reolink doorbell's app,
a TRMNL dashboard and an Awtrix clock, Govee, Polar and Ultrahuman apps, Delta Chat, Zulip, Jami and
Rocket.Chat messages, Willhaben, Milanuncios and Takealot listings, a cooperage's cask-repair tag, a
thatcher's quote, photos of a cider mill's chalkboard, a church-roof appeal and a village-hall
leaflet, a winery's picking sheet, rows copied from a shared workbook, a value written before its
label, a label a sentence or a line away from its value; laundrette, butcher's and winery
cellar-door screens), English first, then in the words of the set's other countries.

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
    "Bee Pioneer transcript from the cellar: the cooper «name» said to ring «v» once the staves have dried",
    "Reolink doorbell app, note from the delivery driver: «name», call «v», the cask was too heavy for the step",
    "Frame glasses caption of the van's side panel: reed thatching and ridge repairs — «name» · «v»",
    "Friend pendant kept this from my mumbling: thatcher «name», number «v», the porch roof",
    "Willhaben reply about the oak barrels: «name» here, text me on «v» and come and look",
    "Cask-repair tag tied to the hoop: new head fitted, «name», tel «v», collect Friday",
    "Cider mill chalkboard, photographed: pickers wanted for press day — «name», «v»",
    "Takealot seller's note on the barrel-stand listing: «name» answers «v» after five",
    "«v» — «name», the thatcher who redid the ridge on the pub, fair price and tidy",
    "| Cask | Cooper | Mobile |\n| hogshead 14 | «name» | «v» |",
    "PocketBook note for the village-hall committee: «name» fixes the boiler, «v»",
    "Awtrix clock scrolled the reminder my sister set: call «name» on «v» about the cellar lease",
    "Thatch survey request, contact section: «name», daytime phone «v», roof over the old dairy",
    "Ultrahuman app, shared group, my uncle's card: «name» — «v» — walking the cider trail",
    "Delta Chat from «name»: my old phone went into the fermenting vat, the new number is «v»",
    "Polar app profile, in case of emergency: «name», «v»",
    "Pasted from the 'Press day helpers' workbook: «name» | «v» | apple washing",
    "PocketBook page 'If the laundrette calls': the neighbour with our spare key, «name», «v»",
    "Reply under the barn-dance photos on the village page, from «name»: staying in the end cottage, local mobile «v»",
    "Written on the back of the cellar-door price list, digits first:\n«v»\nthe cask-charring man («name»)",
    "Govee app, the electrician's contact saved in it: «name», «v», fitted the cellar light strips",
    "Friend pendant voicemail note: hi, «name» from the cooperage, your barrels are re-hooped, call me on «v»",
    "Sign-up sheet at the thatching open day, read by the Even G1: «name» — «v» — wants a quote for bird netting",
    "Butcher's order screen, contact for the hog roast: «name», «v»",
    "Burnt into the end of the barrel stand: made by «name» · «v» · oak from the estate",
    "Laundrette loyalty app, the owner's card: «name», mobile «v» if a machine swallows coins",
    "Winery cellar-door screen: message for «name» to call the tasting room back, «v»",
    "TRMNL dashboard showed the note Mum pinned: «name» about the pony club, «v»",
]

PHONE_LINKS = [
    "Cask-repair tag, the QR code scanned: https://wa.me/«vW» (send a photo of the leaking stave)",
    "Contact card exported from Zulip, the raw text: BEGIN:VCARD\\nVERSION:4.0\\nFN:«name»\\nTEL;VALUE=uri:tel:«vE»\\nTITLE:Thatcher\\nEND:VCARD",
    "Cooperage site, the call button as the Frame glasses read it: <a href=\"tel:«vE»\" class=\"btn-call\">Order a cask</a>",
    "Thatcher's Keybase bio: quotes only through https://api.whatsapp.com/send?phone=«vW», I'm up on roofs all day",
    "Cider mill's listing in the maps app, the number link copied: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Dhobi ghat wale laundry bhaiya «name» ka number «v», press ke kapde unke paas hain",
           "Chhappar banane wale mistri ka number gaon ke board pe likha tha: «v»",
           "Kasai ki dukaan wale «name» ji ka naya number «v», Sunday ka mutton order unhi ko"],
    "BR": ["O tanoeiro da vinícola, seu «name», passou o celular: «v»", "Número do homem que cobre telhado de sapé, anotado na nota do açougue: «v»",
           "A dona da lavanderia, «name», mudou o número pra «v»"],
    "DE": ["Der Küfer vom Weingut, «name», ist unter «v» zu erreichen", "Reetdachdecker aus dem Nachbardorf, Nummer vom Bauzaunschild: «v»"],
    "MX": ["El tonelero de la vinícola en Valle de Guadalupe, don «name», me pasó su cel: «v»", "El que techa con palma allá en la playa dejó su número: «v»"],
    "FR": ["Le tonnelier du domaine, «name», répond au «v»", "Le chaumier qui refait les toits de Brière a laissé son numéro sur le devis : «v»"],
    "ID": ["Nomor pak «name» tukang atap ijuk di Garut: «v»", "Nomor ibu pemilik laundry kiloan dekat pasar: «v»"],
    "PH": ["Ito ang numero ni «name», ang gumagawa ng bubong na nipa sa Bohol: «v»", "Numero ng labandera sa kanto, nakasulat sa resibo: «v»"],
    "JP": ["酒蔵の樽職人«name»さんの携帯 «v»", "茅葺き屋根の職人さんの電話番号 «v»"],
    "ES": ["El tonelero de la bodega de Haro, «name», tiene el móvil «v»", "En la puerta de la lavandería autoservicio hay un cartel: averías, llamar al «v»"],
    "IT": ["Il bottaio della cantina di Montalcino, «name», risponde al «v»", "Numero della lavanderia a gettoni scritto sullo scontrino: «v»"],
    "PK": ["Chhat ki marammat wale «name» ustad ka number «v», Gujranwala wale", "Dhobi ka naya number, darwaze pe chipka hua: «v»"],
    "TR": ["Fıçı ustası «name» beyin numarası «v»", "Çamaşırhanenin kartındaki telefon «v»"],
    "VN": ["Số chú «name» lợp mái lá ở Cần Thơ: «v»", "Số tiệm giặt ủi đầu hẻm: «v»"],
    "EG": ["رقم الأسطى «name» بتاع البراميل الخشب «v»", "رقم المغسلة اللي جنب الجزار «v»"],
    "BD": ["«name» ভাই ছনের ঘরের চাল ছাউনি দেন, ওনার ফোন «v»", "লন্ড্রির দোকানের নম্বর «v»"],
    "KR": ["초가지붕 이엉 잇는 «name» 어르신 휴대폰 «v»", "코인빨래방 사장님 번호 «v»"],
    "CO": ["El celular de don «name», el que techa con palma en Santa Marta: «v»", "La de la lavandería dejó el número: «v»"],
    "AR": ["El celu de «name», el tonelero de la bodega de Mendoza: «v»", "El quinchador de Pilar me pasó su celu: «v»"],
    "PL": ["Numer do bednarza «name» z Zielonej Góry: «v»", "Strzecharz od dachu w skansenie, jego numer: «v»"],
    "TH": ["เบอร์คุณ«name» ช่างมุงหลังคาจาก «v»", "เบอร์ร้านซักรีดหน้าปากซอย «v»"],
    "RU": ["Телефон бондаря «name», он делает дубовые бочки: «v»", "Телефон прачечной у рынка: «v»"],
    "NL": ["Het nummer van rietdekker «name» uit Giethoorn: «v»"], "MY": ["Nombor encik «name» yang buat atap nipah di Kuala Selangor: «v»"],
    "SA": ["جوال «name» اللي يسوي براميل البلوط «v»"], "AE": ["رقم «name» صاحب المغسلة «v»"], "CN": ["做木桶的«name»师傅手机 «v»"],
    "SE": ["Tunnbindaren «name» på vingården nås på «v»"], "CL": ["El fono de «name», el que hace barricas en Colchagua: «v»"],
    "PE": ["El número de «name», el que techa con ichu en Cusco: «v»"], "MA": ["Le numéro de «name», le tonnelier de Meknès : «v»"],
}

SIGNATURES = [
    ("US", "Cheers, «name» | cellar master, Dry Creek Cooperative Winery | «v» | «e»"),
    ("US", "«name» · cooper, Ridgeline Cask Works · mobile «v» · «e»"),
    ("GB", "Kind regards, «name» · clerk, Master Thatchers' Guild (Wessex) · «v» · «e»"),
    ("IN", "Warm regards, «name» | treasurer, Grape Growers' Society, Nashik | «v» | «e»"),
    ("DE", "Viele Grüße, «name» · Schriftführerin, Winzerverein · «v» · «e»"),
    ("BR", "«name» — tanoeira e sócia da Cooperativa Vinícola — zap «v» — «e»"),
    ("FR", "Bien cordialement, «name» — trésorière, syndicat des vignerons de la côte — «v» — «e»"),
    ("AU", "Ta, «name» · cellar-door manager, Clare Valley · «v» · «e»"),
    ("MX", "Atentamente, «name» · administradora de la cooperativa vitivinícola · «v» · «e»"),
    ("NG", "Best regards, «name» · secretary, Palm-Wine Tappers' Union (Ikot Ekpene) · «v» · «e»"),
    ("CA", "Merci, «name» · cidery events coordinator · «v» · «e»"),
    ("PH", "Salamat po, «name» · ingat-yaman, kooperatiba ng mga nagtatanim ng ubas · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Bee Pioneer transcript: send the thatch survey to «e», not my work inbox",
    "Delta Chat from the winery: please mail the cask invoices to «e», our printer's down",
    "TRMNL dashboard: cooperage newsletter from «e»",
    "Bcc: «e» — Subject: press-day rota for October",
    "Form response · Contact email: «e» · Course: hedge-laying and thatching taster day",
    "Frame glasses read the laundrette's lost-property list: «name», «e», one grey hoodie",
    "Milanuncios buyer wants the invoice for the oak barrels sent to «e»",
    "Govee app: monthly energy report goes to «e»",
    "Butcher's order screen: customer «name», email «e», half a lamb for Easter",
    "Ultrahuman app: weekly recovery summary sent to «e»",
    "Rocket.Chat member «name» («e») joined the cellar-door staff channel",
    "«e», chalked on the cider mill's board, is where the pressing bookings go",
]

EMAIL_LOCAL = {
    "DE": "Die Küferei soll die Rechnung an «e» schicken, die alte Adresse lese ich nicht mehr",
    "FR": "Les photos des vendanges, envoie-les sur «e», je fais le diaporama pour la cave",
    "ES": "El presupuesto del tejado de paja, mándalo a «e», que lo reviso esta noche",
    "BR": "Manda o recibo da lavanderia pro meu e-mail novo, «e», o antigo lotou",
    "MX": "Las facturas de las barricas de roble van a «e», que yo llevo la contabilidad de la vinícola",
    "IT": "Il preventivo delle botti arriva sulla mail di mia cognata, «e», chiedi a lei",
    "JP": "茅葺き屋根の葺き替えの書類は «e» 宛てに送ってください", "KR": "와이너리 오크통 주문서는 제 메일 «e» 로 부탁드려요",
    "NL": "Stuur de offerte van de rietdekker maar naar «e», dat leest mijn vader ook",
    "PL": "Fakturę od bednarza wyślij proszę na «e», tamten adres już nie działa",
    "TR": "Bağ bozumu fotoğraflarını «e» adresine atarsan albüm yaparım",
    "RU": "Фото с праздника урожая кидайте мне на почту «e», соберу альбом", "ID": "Nota laundry kiloan bulan ini kirim saja ke «e», bukan ke WA",
    "CN": "酒庄的橡木桶报价单请发到我的邮箱 «e»，谢谢", "AR": "Las fotos de la vendimia en Luján de Cuyo subilas o mandalas a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Laundrette app receipt: service wash and ironing, paid by «v»",
    "Frame glasses spotted a credit card left by the tasting glasses: «v», the name on it «name»",
    "Delta Chat from «name»: book the cooperage tour on my card, «v», expiry 11/28",
    "Text from the cellar door: they only take cards for the case, use «v» and I'll pay you back",
    "PocketBook page 'Roof' · deposit for the thatcher paid with «v»",
    "| Subscription | Card | Since |\n| cider club | «v» | March |",
    "«v» is the one for the butcher's Christmas order; my debit card got declined twice",
    "Autofill on the winery shop offered card «v»",
    "Press-day tickets? Put them on Grandpa's card, «v» — he said fine, just this once",
    "Cask-branding workshop receipt, paid in full with «v»",
]

CARD_LOCAL = {
    "IN": "Laundry wale ka bill online bharna hai, mera card use kar lo: «v»", "BR": "O açougue só parcela no cartão, usa o meu, «v»",
    "DE": "Der Küfer will eine Anzahlung fürs Fass – nimm meine Kreditkarte, «v», ich geb's dir zurück",
    "MX": "Paga la carne del asado con la tarjeta de tu tío: «v»", "FR": "Règle le caviste avec ma carte, «v», je te rembourse samedi",
    "JP": "酒蔵見学の予約はこのカードで、番号 «v»", "CN": "洗衣店的年卡用我的卡付，卡号 «v»",
    "RU": "Бочку для засолки заказали, мастер ждёт предоплату — оплати с моей карты «v»",
    "ES": "Lo de la cata en la bodega lo pagas con mi tarjeta; es la «v»", "TR": "Kasaptaki kurban payını benim kartla öde, kart numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Bee Pioneer transcript, call with the cooper: the balance goes to IBAN «v» once the casks are delivered",
    "Confirmation of Payee said the name nearly matches — «name», «v» — paying the thatcher anyway",
    "Frame glasses read out the laundrette's commercial account bill — pay only by transfer to «v»",
    "«v» — copied off the church-roof appeal poster in the porch, that's the donations account",
    "| Picker | Wages paid to |\n| «name» | «v» |",
    "Holiday-let owner's reply on Willhaben: book with a deposit to IBAN «v», the rest on arrival",
    "«name» is collecting for the retiring cellar master's gift, Zulip says: «v»",
    "Leaflet through the door, photographed: village-hall thatch fund, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Winzerverein Südpfalz: Mitgliedsbeitrag und Umlage für die neue Kelter gehen an «v»", "Reetdachdecker, Schlussrechnung: Restbetrag für das Dach bitte auf «v»",
           "Abschiedsgeschenk für die Kellermeisterin: bitte bis Freitag auf «v» einzahlen"],
    "FR": ["Confrérie des vignerons : pour le banquet de la Saint-Vincent, virez votre part à «v»", "Le voisin a laissé son RIB pour le partage du pressoir : «v»"],
    "ES": ["Los de la peña vendimiadora de Logroño piden la aportación para la carroza en «v»", "Para la cofradía del vino: mi tía apunta quién paga, ingresos a «v» antes del domingo"],
    "IT": ["Sagra dell'uva: gli espositori pagano l'iscrizione con bonifico a «v», causale il nome della cantina", "Circolare della cantina sociale: conferimento uve, anticipo con bonifico su «v»"],
    "NL": ["Mail van de rietdekker: de aanbetaling overmaken op «v», met het adres van het huis erbij"], "BE": ["Brouwerijvereniging Leuven vraagt het lidgeld op «v»"],
    "AT": ["Heurigenfest im Kamptal: Standgebühr mit dem Namen des Betriebs auf «v»"], "PT": ["A adega cooperativa pede o pagamento das pipas novas no IBAN «v»"],
    "PL": ["Rada rodziców: wycieczka do winnicy, wpłata na «v» do środy"], "TR": ["Bağ evi kooperatifi: fıçı alımı için aidatlar «v» hesabına, açıklamaya ad soyad yazın"],
    "FI": ["Kyläyhdistyksen talkoiden osallistumismaksu maksetaan tilille «v» perjantaihin mennessä"], "CH": ["Wer an der Wümmet im Lavaux hilft, überweist den Unkostenbeitrag auf «v»"],
    "NO": ["Sameiet minner om: andelen til nytt torvtak betales til IBAN «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Bee Pioneer overheard me on the phone with the winery: my routing is «a», checking «b»",
           "New-hire paperwork at the cooperage: bank routing «a», paycheck into checking «b»",
           "«name» on Delta Chat: Zelle's capped for me, wire it instead, routing «a», acct «b»",
           "| Routing | Account | For |\n| «a» | «b» | roof fund |",
           "Laundrette overcharge refund goes back by ACH: routing «a», checking «b»",
           "Cellar lease renewal, rent by ACH only — routing «a», account «b», late fee after the 5th",
           "Grandma's pension statement, read aloud by the glasses: direct deposit to routing «a», savings account «b»"],
    "gb": ["«name» on Zulip: whip-round for the cellar master — sort code «a», account «b»",
           "Bottom of the thatcher's bill: BACS please, «a» then «b», put the cottage name",
           "Cider club membership form (paper, photographed), standing order box: sort code «a», account no. «b»",
           "Told the Bee while waiting at the butcher's: bank said sort code «a» and account «b», save it"],
    "in": ["«name» chachi ne Delta Chat pe bank details bheji: a/c «a», IFSC «b», mundan ke liye",
           "Chhappar wale mistri ko advance bhejna hai — unka khata «a», IFSC «b», beti ne message kiya",
           "Frame glasses ne passbook padhi — Tauji ka bachat khata «a», branch code «b»",
           "Dhobi bhaiya ko monthly payment ke liye: khata «a», IFSC «b», unke bete ne bheja"],
    "au": ["Cellar-door treasurer «name» posted the vintage-party kitty — BSB «a», acct no. «b»",
           "Gazebo thatch quote: half up front to BSB «a» account «b», balance on completion"],
    "ca": ["Refund request for the cancelled cidery tasting, «name» wrote transit «a» and account «b» on it",
           "Cooperage employee portal, pay deposit section: institution transit «a» / account «b», effective next cycle"],
    "br": ["Seu Tonho da tanoaria prefere depósito — ag. «a», c/c «b», Sicredi", "Áudio do açougueiro transcrito — ag «a» / cc «b» pro sinal do churrasco"],
    "mx": ["Al palapero que nos techó la terraza se le paga por transferencia, su CLABE: «a»", "Vendimia en Parras: la cuota de la comparsa se deposita a la CLABE «a», avisar a la tesorera",
           "Inscripción al taller de tonelería, según el recibo: CLABE interbancaria «a»"],
    "ng": ["«name» in the palm-wine tappers' group: pay the union dues into «bank» «a» by Friday",
           "Carpenter's voice note: madam, the roof is done, my «bank» account na «a», abeg send the balance",
           "Banner outside St. Jude's, photographed: roof appeal, donate to «bank» «a»"],
    "za": ["Stokvel reminder from «name»: this month's share to branch «a», account «b», no excuses",
           "Thatch lapa quotation, page 2, payment details: branch code «a», cheque acc «b»"],
    "ar": ["«name» de la bodega avisa: el asado de fin de cosecha se divide, transferile al CBU «a»", "Excursión del colegio a una bodega de Maipú: cada familia transfiere al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Bee Pioneer recorded me reading my Social to the unemployment office, «v»",
                      "TurboTax chat froze, so I typed my brother's social in plain text: «v»", "Nursing-home admission form, page 3, Dad's Social Security number: «v»",
                      "Frame glasses captured the W-4 on the counter, SSN box: «v»", "«v», nine digits off Grandpa's VA folder, read out to the pharmacy tech",
                      "Winery internship application: applicant SSN «v»", "| Dependent | SSN |\n| middle kid | «v» |",
                      "Friend pendant heard Mom's voicemail, mortgage papers: social «v»", "Guarantor form for my cousin's apartment wanted my SSN, I put «v»"]),
    "in_aadhaar": ("IN", ["Bijli connection naam pe karwane ke liye Nanaji ka Aadhaar chahiye tha, yeh raha: «v»", "Bank KYC ke liye Nani ke Aadhaar ki copy di, number «v»",
                          "Bee Pioneer transcript, gas KYC call: my Aadhaar is «v»", "Cricket coaching camp registration asks for the kid's Aadhaar, I filled in «v»"]),
    "in_pan": ("IN", ["Tax return ke liye Bua ka Permanent Account Number Delta Chat pe aaya: «v»", "Dukaan ke kiraye ke kagaz mein Chacha ka PAN likhna tha: «v»",
                      "Scooty ke insurance claim mein agent ne Didi ka PAN note kiya: «v»"]),
    "br_cpf": ("BR", ["Na ligação pra remarcar o exame da mãe, confirmei o CPF dela, «v»", "Curso de tanoaria, ficha online, campo CPF: «v»",
                      "No balcão da drogaria pediram o CPF do vô pro desconto: «v»", "Pro cadastro da tia no programa da conta de luz pediram o CPF dela: «v»"]),
    "mx_curp": ("MX", ["En la ventanilla del programa para adultos mayores pidieron la CURP de mi abuela: «v»", "Curso de verano en la vinícola para niños: CURP de la menor, «v»"]),
    "mx_rfc": ("MX", ["La factura de las barricas sale a mi nombre, RFC con homoclave «v»"]),
    "gb_nhs": ("GB", ["The pharmacy wanted Nan's NHS number before the shingles jab: «v»", "Hospital letter says give my daughter's NHS number when you ring: «v»"]),
    "de_idnr": ("DE", ["Für Omas Grundsteuererklärung brauche ich ihre steuerliche Identifikationsnummer, hier: «v»", "Ausbildungsvertrag Küferei, Seite 2, Steuer-ID der Auszubildenden: «v»"]),
    "fr_nir": ("FR", ["Fiche d'embauche pour les vendanges, case “numéro de sécurité sociale” : «v»", "Pour l'adhésion à la complémentaire, le numéro de sécu de maman : «v»"]),
    "es_dni": ("ES", ["A la abuela le robaron el bolso; para el duplicado le piden el documento, «v»", "Inscripción en el curso de catas: DNI del alumno, «v»"]),
    "es_nie": ("ES", ["Número de extranjero de Mihail para el contrato de vendimia: «v»"]),
    "it_codicefiscale": ("IT", ["Iscrizione alla cantina sociale: sul modulo scrivo il mio CF «v»", "Per la pratica ISEE allo sportello hanno chiesto il CF di mia suocera: «v»"]),
    "ca_sin": ("CA", ["Bee Pioneer transcript of the CRA call: the agent confirmed social insurance number «v»", "OAS application for Grandma, section 2, social insurance number «v»"]),
    "id_nik": ("ID", ["Daftar kursus menjahit ibu, NIK sesuai KTP: «v»", "Posyandu lansia: kader menulis NIK kakek di buku, «v»"]),
    "pk_cnic": ("PK", ["Nadra centre pe Abbu ka CNIC renew karwana tha, purana number «v»"]),
    "tr_tckimlik": ("TR", ["Dedemin e-Devlet şifresini alırken T.C. kimlik numarasını ben yazdım: «v»"]),
    "pl_pesel": ("PL", ["Rejestracja do okulisty przez telefon: podałam PESEL babci, «v»"]),
    "za_idnr": ("ZA", ["Smart ID card on Mkhulu's table, photographed for SASSA: «v»"]),
    "kr_rrn": ("KR", ["문화센터 등록 신청서에 어머니 주민등록번호를 썼어요: «v»"]),
    "cn_ric": ("CN", ["帮奶奶办社保卡，填的身份证号 «v»"]),
    "jp_in": ("JP", ["年金事務所で祖父のマイナンバーを聞かれた «v»"]),
    "au_tfn": ("AU", ["Vintage casual job paperwork, tax file number box: «v»"]),
    "nl_bsn": ("NL", ["Bij de apotheek vroegen ze oma's BSN voor het recept: «v»"]),
    "th_pin": ("TH", ["โรงพยาบาลขอเลขประจำตัวประชาชนของตา «v»"]),
    "my_nric": ("MY", ["Kelas jahitan untuk anak, borang minta nombor kad pengenalan bapa: «v»"]),
    "ar_cuit": ("AR", ["Para vender la uva a la cooperativa hace falta el CUIT del abuelo: «v»"]),
    "cl_rut": ("CL", ["Ficha de la cooperativa vitivinícola de Colchagua, casilla RUT: «v»"]),
    "se_personnummer": ("SE", ["Hämtade ut mormors medicin, fick uppge hennes personnummer: «v»"]),
    "ie_pps": ("IE", ["Fuel allowance application for Mam, first box is the PPSN: «v»"]),
    "pt_nif": ("PT", ["Na adega pediram o NIF do meu tio para a fatura das uvas: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Vineyard volunteer waiver, photographed at the gate: guardian «name», SSN «ssn», phone «phone», e-mail «email»", ("ssn", "phone", "email")),
    ("US", "Laundrette membership kiosk, typed by the customer: email «email», cell «phone», autopay card «card»", ("email", "phone", "card")),
    ("US", "Ambulance bill appeal (photo of page 1): «name», Social Security no. «ssn», reach me at «phone»", ("ssn", "phone")),
    ("US", "Browser autofill on the cider-club sign-up — «email» for receipts, «card» for the monthly box", ("email", "card")),
    ("US", "Cellar-door weekend rota: «name» (Sundays) — shift changes by email «email», last-minute by text «phone»", ("email", "phone")),
    ("US", "Bee Pioneer transcript, Medicare helpline: I read SSN «ssn», they'll ring «phone» and email «email»", ("ssn", "phone", "email")),
    ("US", "Barrel-making class booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Guardian email | Guardian SSN (FAFSA) | Note |\n| «email» | «ssn» | mom |", ("email", "ssn")),
    ("US", "Butcher's holiday pre-order slip: card «card» charged, pickup reminder to «email»", ("card", "email")),
    ("GB", "Thatching open-day booking (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Vineyard homestay registration, Nashik — mobile «phone» · mail «email» · advance via «card»", ("phone", "email", "card")),
    ("CA", "Cidery volunteers' carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
