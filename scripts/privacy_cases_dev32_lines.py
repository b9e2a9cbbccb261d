"""Where the dev32 privacy set's numbers and addresses turn up (``privacy_cases_dev32.py``):
what a personal agent's sensors record (a Looki L1 clip, Zoom H1n, Sony, Olympus and iFlytek
recordings, Fireflies, Fathom, Krisp and Whisper Memos transcripts, INMO Air, Snap Spectacles,
Oakley Meta, TCL NxtWear and Echo Frames glasses, a Netatmo doorbell, a Pix-Star frame, a Hearth
Display, a DAKboard and an Echo Hub at home, Polar Flow, Bearable and Cronometer apps, Mattermost,
Olvid, Flock, Ryver, Twist, Naver Band, Zangi, Arattai, VK Messenger and Voxer messages, Okidoki,
Tise, Bazaraki and Kupatana listings, Tally, Formbricks, Qualtrics, Gravity Forms, 123FormBuilder,
forms.app and ODK Collect submissions, rows copied from WPS, Gnumeric, Tencent Docs, AFFiNE and Tana,
GoodNotes and Zettlr pages, a racing-pigeon club's race sheets, basketing nights, stray-bird notices
and collection tin, a fly-tyers' club's class lists, beat bookings and fly-fair stands, a value
written before its label, a label a sentence or a line away from its value; corn-merchant,
bird-clinic, fly-shop and hatchery screens), English first, then in the words of the set's other
countries.

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
    "Looki L1 clip, basketing night, the convoyer bellowing over the crates that anyone short of baskets rings «name» at «v»",
    "Netatmo doorbell audio: lady with a wicker carrier says if the grizzle hen lands on your gutter again, phone «name» on «v»",
    "Spectacles snap of a stray-pigeon notice taped to the feed merchant's till — mealy cock, red ring — «name» «v»",
    "Zoom H1n file from the committee: «name» takes over clock setting and wants every member to save «v» tonight",
    "Okidoki advert, used rotary tying vise, nearly new, texts to «v» only, ask for «name»",
    "Race book, first page, biro: when I'm away at the marking station, our youngest, «name», answers «v»",
    "Laminated card on the angling hut door: lower-river rods are booked through «name» — «v» — after six",
    "Pix-Star caption under the baptism album, typed by Auntie: buttonholes came from «name», «v»",
    "«v» is «name», the electrician who rewired our loft lights for a bag of grit",
    "Gnumeric, race-entry tab, pasted whole:\n| Ring | Fancier | Tel |\n| 2611 | «name» | «v» |",
    "DAKboard tile labelled 'emergencies': gas engineer «name» · «v»",
    "Hearth Display, Tuesday: fetch the repaired waders from «name» («v»), shop shuts at noon",
    "Tally submission for the novice tying evenings, phone box: «v» — signed «name»",
    "Polar Flow settings › ICE contact, set before the fell race: «name», «v»",
    "Mattermost, direct message: my mobile went in the Tees, «name» here, I'm on «v» till the insurance pays out",
    "Bearable check-in note: if mood score drops under three, message «name» — «v»",
    "Tencent Docs roster from the federation, one row: marshal «name», liberation lorry two, «v»",
    "Cronometer shared-coach card my sister forwarded: dietitian «name», «v»",
    "Margin of the Klinkhamer recipe card, digits above the name:\n«v»\n(«name», ghillie on the Spey)",
    "Fireflies voicemail transcript: it's «name» at the bird clinic, the canker's clearing on your hen, ring back «v» whenever",
    "INMO Air capture of the fly-fair class list: «name» / «v» / Saturday, two seats, dry flies",
    "Till receipt from the corn merchant, bottom line: deliver widowhood mix to «name», ring «v» on arrival",
    "Collection-tin sticker at the club: treasurer «name» — «v» — every penny goes to the lorry fund",
    "Ryver thread 'Dee trip': lifts sorted by «name», drop a text to «v»",
    "Oakley Meta photo of a trade-stand business card: «name», custom-tied salmon flies, «v»",
    "TCL NxtWear call summary: roofer «name» coming Monday about the slipped slates, mobile «v»",
    "ODK Collect entry from the wildlife rescue, finder section: «name», «v», tired racer in the greenhouse, ring legible",
    "Kupatana post, Mwanza: fishing reels for sale, «name», piga au WhatsApp «v»",
]

PHONE_LINKS = [
    "Auction catalogue QR, scanned during lot viewing, resolved to https://wa.me/«vW»?text=bidding%20on%20lot%207",
    "Race secretary's card as Olvid attached it, raw: BEGIN:VCARD\\nFN:«name»\\nORG:Eastfield Homing Society\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
    "Fly shop footer HTML, dumped into Flock by the volunteer who maintains it: <a class=\"book\" href=\"tel:«vE»\">Guided days</a>",
    "Twist channel topic reads: novices, before turning up with birds, open https://api.whatsapp.com/send?phone=«vW» and introduce yourselves",
    "Map pin for the tackle dealer by the bridge; long-pressing Call copied tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Chhat pe kabootaron ka dabba lagwana hai, «name» ji ne kaha «v» pe subah phone karna",
           "Manali wale fly fishing guide ka mobile Papa ki diary ke aakhri panne pe: «v»",
           "Arattai pe «name» ji ne naya number bheja «v», purana band ho gaya"],
    "BR": ["«name», da associação columbófila, passou o número no zap: «v»", "O guia de pesca de Bonito que o tio recomendou atende no «v»",
           "Anota aí, quem cuida dos pombos do vô na clínica, «name», número novo: «v»"],
    "DE": ["Telefonnummer von «name» aus dem Brieftaubenverein, steht auf der Ringkarte: «v»", "Visitenkarte vom Fliegenbinder auf der Messe, handschriftlich ergänzt: «v»"],
    "MX": ["El señor «name», que cría palomas mensajeras en Texcoco, anotó su celular en mi libreta: «v»", "Guía de pesca en Valle de Bravo, número pegado en el mostrador de la tienda: «v»"],
    "FR": ["Colombophile du club, «name» : joignable au «v», plutôt le soir", "Flyer du moniteur de pêche à la mouche, numéro entouré au stylo : «v»"],
    "ID": ["«name» di Solo, yang ternak merpati balap, nomornya «v»", "Brosur pemandu mancing Danau Toba, nomor di pojok bawah: «v»"],
    "PH": ["Si «name», yung may kulungan ng kalapati sa Batangas, eto number niya: «v»", "Nakasulat sa resibo yung number ng bangkero na naghatid sa amin: «v»"],
    "JP": ["鳩レース連盟の«name»会長、携帯は«v»", "フライの先生に電話するなら«v»"],
    "ES": ["«name», que tiene las palomas del pueblo, apunta su móvil: «v»", "Cartel del coto de pesca sin muerte: reservas al «v»"],
    "IT": ["«name», della società colombofila, si chiama al «v» dopo cena", "Sul volantino della guida di pesca a mosca c'è il numero «v»"],
    "PK": ["Lahore ke kabootar baaz «name», unka mobile «v»", "Jhelum pe fishing karwane wala guide, uska mobile: «v»"],
    "TR": ["Posta güvercini yetiştiren «name», numarasını peçeteye yazdı: «v»", "Olta makarasını tamir eden usta, dükkân kapalıysa cebinden arayın dedi: «v»"],
    "VN": ["Chị «name» chơi bồ câu đua bên Gò Vấp, điện thoại «v»", "Chú chở thuyền đi câu hồ Trị An cho số «v»"],
    "EG": ["«name» بتاع حمام الزاجل في شبرا، موبايله «v»", "الريس اللي بيطلع بينا رحلة الصيد، تليفونه «v»"],
    "BD": ["হাটে কবুতর বেচেন «name», ওনাকে পাওয়া যাবে «v» নম্বরে", "নৌকার মাঝির ফোন, মাছ ধরতে গেলে ডাকতে হবে: «v»"],
    "KR": ["경주 비둘기 키우시는 «name» 회장님 번호 «v»", "플라이 낚시 강사님 연락처 «v»"],
    "CO": ["«name», que tiene palomas mensajeras en Tuluá, celular «v»", "El guía de pesca del embalse de Calima dejó este número en recepción: «v»"],
    "AR": ["Celu de «name», del club colombófilo de Rosario, agendalo: «v»", "Guía de pesca con mosca en Junín de los Andes, llamalo al «v»"],
    "PL": ["«name», hodowca gołębi pocztowych z Opola, telefon «v»", "Ulotka przewodnika wędkarskiego znad Sanu, numer: «v»"],
    "TH": ["คุณ«name»เลี้ยงนกพิราบแข่งที่โคราช โทร «v»", "ไกด์พาตกปลาที่เขื่อน โทร «v»"],
    "RU": ["«name» из нашего голубиного клуба, мобильный «v»", "Егерь на Оке, номер с доски объявлений: «v»"],
    "NL": ["Duivenmelker «name» uit Zwolle, bereikbaar op «v»"], "MY": ["Puan «name» di Kota Bharu yang ada reban merpati, telefon «v»"],
    "SA": ["حمام زاجل للبيع، تواصل مع «name» على «v»"], "AE": ["«name» حق الحمام، تلفونه «v»"], "CN": ["赛鸽协会的«name»，手机«v»"],
    "SE": ["Örebro brevduveklubb, ordförande «name», ring «v» efter sju"], "CL": ["«name», del club de palomas de Talca, su número es «v»"],
    "PE": ["«name», que cría palomas en Arequipa, celular «v»"], "MA": ["«name», colombophile à Meknès, portable «v»"],
}

SIGNATURES = [
    ("US", "— «name», race secretary · Susquehanna Valley Homing Club · «v» · «e»"),
    ("US", "Tight loops, «name» (membership, Allegheny Fly Tyers) · «v» · «e»"),
    ("GB", "«name» | hon. secretary | North Road Racing Pigeon Club | «v» | «e»"),
    ("IN", "Warm regards — «name», trip co-ordinator, Himalayan Trout Anglers — «v» — «e»"),
    ("DE", "Gut Flug! «name», Schriftführung im Brieftaubenverein Rheinland — «v» — «e»"),
    ("BR", "Abraço, «name» · presidente da columbófila do Agreste · zap «v» · «e»"),
    ("FR", "Sportivement, «name», trésorerie de la société colombophile de Roubaix, «v», «e»"),
    ("AU", "«name» / convenor / Tasmanian Fly Tyers / «v» / «e»"),
    ("MX", "Atte. «name», tesorería del club de pesca con mosca del Bajío, cel. «v», «e»"),
    ("NG", "Yours in angling, «name» · secretary, Jos Plateau Anglers · «v» · «e»"),
    ("CA", "«name» — president, Miramichi Fly Dressers — «v» — «e»"),
    ("PH", "Lubos na gumagalang, «name» · kalihim, Batangas Racing Pigeon Society · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Whisper Memos transcript, minute eleven: ring cards to «e» from now on, the federation inbox bounces",
    "Voxer from the loft: race sheet needs to reach «e» tonight, our clubhouse printer's chewing paper again",
    "Echo Hub notification: new issue of The Tyer's Bench from «e»",
    "To: club list · Cc: «e» · Subject: Thursday novice tying",
    "Formbricks · respondent «e» · chose: dry flies for chalkstreams",
    "Spectacles photo of the fly-fair lost-and-found clipboard: «name», «e», polarised sunglasses",
    "Tise message from whoever bought my tying kit: receipt please, to «e»",
    "Qualtrics exit page: a copy of your answers goes to «e»",
    "Corn merchant's order screen: account «name», contact «e», two sacks widowhood for collection",
    "123FormBuilder casting clinic entry, parent/guardian email field: «e»",
    "Mattermost audit log: «name» joined #race-results as «e»",
    "«e» — scrawled by the basketing-night sign-in, for whoever wants the clock printouts",
]

EMAIL_LOCAL = {
    "DE": "Bitte die Impfrechnung für die Tauben nicht ans Vereinspostfach, sondern an «e», da schaue ich täglich rein",
    "FR": "Les photos du lâcher pour le bulletin : envoyez-les à «e», le groupe compresse tout",
    "ES": "Que el guía de pesca me pase el presupuesto por correo, a «e», y el martes lo cerramos",
    "BR": "Nota da ração dos pombos: pode mandar pra «e» que eu mesmo lanço",
    "MX": "Que la tienda de moscas facture al club y envíe las facturas a «e»",
    "IT": "Iscrizioni alla gara dei colombi: mandatele a «e», le guardo dopo cena",
    "JP": "タイイング教室の申込みは «e» へメールでお願いします", "KR": "비둘기 대회 참가비 입금 확인증은 «e» 이 주소로 부탁드려요",
    "NL": "Laat de dierenarts de rekening mailen naar «e», op mijn werk komen bijlagen niet door",
    "PL": "Do faktury za ringi podaj hodowcy adres «e», klubowa poczta nie działa",
    "TR": "Güvercin yarışından kalan fotoğraflar için adresim «e», albümü ben hazırlayacağım",
    "RU": "Кто снимал на голубиных соревнованиях — присылайте на «e», делаю альбом клуба", "ID": "Nota pakan merpati tolong dikirim ke «e», jangan ke WA",
    "CN": "赛鸽成绩表发这个邮箱：«e»，谢谢", "AR": "Quien haya sacado fotos en la suelta de Pergamino, mándelas a «e»; hago un video para el aniversario",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Fly shop app, order history: twelve hackle capes and a bobbin holder, charged to «v»",
    "Looki clip after the prize-giving shows a card left by the pint glasses, «v», «name»'s",
    "Olvid, «name»: guided day's on me, book it with «v», expiry's 09/29",
    "SMS from the bird clinic: we take cards only, quote «v» and we'll sort the rest",
    "GoodNotes page 'Capes': grizzly and badger, CDC pack, all on «v»",
    "WPS sheet 'Ring order' as pasted:\n| Order | Paid by | Month |\n| 60 federation rings | «v» | January |",
    "Raffle float for race night goes on «v», the debit card keeps failing",
    "Checkout autofill suggested «v» at the corn merchant's site",
    "Licence renewal for the river — Uncle Ferris read me «v» off his card, once only he says",
    "Stapled to the auction catalogue, page two: lot 12 settled, card «v»",
]

CARD_LOCAL = {
    "IN": "Kabootar ke naye dabbe online mangwa le, mera card use kar: «v»", "BR": "A ração dos pombos do vô vai no crédito, passa no meu: «v»",
    "DE": "Bestell die Taubenringe bitte mit meiner Kreditkarte, «v», sie hängt am Kühlschrank",
    "MX": "El curso de atado de moscas págalo con la tarjeta de tu padrino, «v»", "FR": "Inscription au stage de montage de mouches sur le site, carte «v», je te rembourse",
    "JP": "フライ用品の支払いはこのカードで «v»", "CN": "鸽粮的钱刷我的卡，«v»",
    "RU": "Брат пишет в VK Messenger: корм для голубей заказали с предоплатой, карта «v»",
    "ES": "El guía de pesca cóbratelo con mi tarjeta, «v»", "TR": "Güvercinci kapora istiyor, kartım şu: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Fireflies, loft builder call: balance for the new widowhood section, wired to «v» once the roof's on",
    "Confirmation-of-payee flagged the name («name») against «v», paid the fly dresser regardless",
    "Echo Frames read the club notice out: race fees by transfer only, «v»",
    "«v» (river restoration fund — from the banner at the weir)",
    "| Who is owed after the outing | Where to send it |\n| «name» | «v» |",
    "Bazaraki flat listing, harbour end, wants a holding deposit to «v» before any viewing",
    "Naver Band post by «name»: gift for the retiring race secretary, chip in via «v» by Sunday",
    "Hatchery appeal flyer at the tackle counter lists «v» for donations",
]

IBAN_LOCAL = {
    "DE": ["Umlage für den Kabinenexpress, der Kassierer nennt das Vereinskonto «v», spätestens Monatsende",
           "Schlagbauer schickt die Schlussrechnung, Restbetrag auf «v», Betreff Schlag 2",
           "Geschenk für den Gewässerwart zum Abschied, Sammelkonto «v»"],
    "FR": ["Repas des colombophiles, virement de chacun sur «v» d'ici jeudi", "L'AAPPMA finance la frayère, RIB de la collecte : «v»"],
    "ES": ["Cuota del concurso de pesca, la sociedad da la cuenta «v»", "Camión de sueltas: la colombófila pasa la derrama por transferencia a «v»"],
    "IT": ["Quota gara sociale colombi, bonifico su «v», nella causale il nome", "Quota annuale del club di pesca a mosca, l'IBAN è «v»"],
    "NL": ["Inleggeld voor de vlucht vooraf overmaken naar «v», met je hoknummer erbij"], "BE": ["Inkorving najaar bij De Zwaluw, inleggeld op rekening «v»"],
    "AT": ["Fliegenfischerkurs an der Traun, Teilnahmegebühr auf «v»"], "PT": ["Sociedade columbófila, quota do ano, IBAN «v»"],
    "PL": ["Na kosz do przewozu gołębi zbieramy na konto «v»"], "TR": ["Güvercin derneği yarış ücreti için IBAN «v»"],
    "FI": ["Perhokalastusseuran retkimaksu tilinumeroon «v»"], "CH": ["Fischessen des Vereins, Unkostenbeitrag auf «v»"],
    "NO": ["Fluefiskekurset betales til konto «v», husk navnet ditt"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Zoom H1n picked me up reading our numbers to the loft builder's office: «a» routing, «b» account",
           "Onboarding packet at the fly shop, payroll page: routing «a», checking account «b»",
           "«name» on Mattermost: card's declined everywhere, send a wire — routing «a», acct «b»",
           "Tana node 'Club money', table copied:\n| Fund | Routing | Account |\n| race prizes | «a» | «b» |",
           "Corn merchant's refund slip, bank section filled in: routing «a», checking «b»",
           "Storage unit autopay for the tying gear pulls from routing «a», account «b»",
           "INMO Air subtitles while Grandpa dictated to the annuity company: ABA «a», acct «b»"],
    "gb": ["«name» in the Olvid group: collection for the race secretary's clock, «a» / «b»",
           "Handwritten bill from the joiner who re-felted the loft roof: BACS to «a» / «b», quote invoice fourteen",
           "Rod subscription for the angling association comes out by direct debit from «a» «b», which I'd filled in wrong on the membership pack",
           "Zettlr note 'prize fund': sort code «a», acct «b»"],
    "in": ["Arattai pe «name» ka message: shaadi ka shagun transfer karna, khata «a», IFSC «b»",
           "Dabba banane wale mistri ne advance ke liye likh ke diya — a/c «a», IFSC «b»",
           "Dadaji ki passbook glasses ne padh ke sunayi: account «a», IFSC «b»",
           "Gaushala ke liye monthly daan: khata «a», IFSC «b»"],
    "au": ["Boat-ramp barbie money: «name» says chuck it in BSB «a», account «b», surname as reference",
           "Loft extension deposit, fifty per cent, to BSB «a», acct «b», says the builder"],
    "ca": ["Flock DM, «name»: guided-day deposit back to transit «a», account «b», please",
           "Payroll at the trout hatchery: cheque voided and scanned, transit «a» and account «b» circled in red"],
    "br": ["Construtor do pombal: depósito no Sicoob, agência «a», conta «b»", "Guia de pesca quer TED, agência «a», conta «b», Banco do Brasil"],
    "mx": ["El señor de las palomas no acepta efectivo, dice que le deposites por SPEI a la CLABE «a»", "Para el trofeo del torneo de lobina cooperamos por SPEI, CLABE «a»",
           "Curso de atado de moscas, apartas con depósito a CLABE «a»"],
    "ng": ["«name» in the anglers' WhatsApp: boat money goes to «bank» «a», Saturday latest",
           "Carpenter wey dey build the pigeon loft for Ibadan send voice note: balance go «bank» «a»",
           "Mosque gate banner for the borehole: donations to «bank» «a»"],
    "za": ["Stokvel admin on Zangi (it's «name» this year): contributions by EFT, branch «a», account «b», no later than the last Friday",
           "Contractor rebuilding the pigeon loft wants a deposit by EFT — branch «a», cheque acc «b» — and the proof sent to his wife"],
    "ar": ["Asado de los colombófilos, «name» junta la plata: CBU «a»", "Salida de pesca al río, cada familia transfiere al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Olympus recorder at the DMV counter, the clerk repeating my SSN: «v»",
                      "Typed my sister's social into the claims chat after it timed out twice: «v»", "Assisted-living intake, page two, resident SSN: «v»",
                      "Fly shop wants a W-9 from me for teaching the tying classes; TIN line: «v»", "Before Uncle Ozro's old Medicare letter went in the shredder pile I copied his social off it: «v»",
                      "Gravity Forms, hatchery job application, SSN field: «v»", "Gnumeric file 2025-taxes, sheet Dependents, SSN column, cell B4: «v»",
                      "Krisp transcript of Dad asking me to phone the mortgage broker for him, with his social: «v»", "Property manager's rental form for Cousin Almeda, co-applicant social typed in: «v»"]),
    "in_aadhaar": ("IN", ["Nanaji ke naam ka cylinder ab Mamaji ke naam hoga, agency ne Aadhaar liya: «v»", "Ration dukaan pe Dadi ka angootha match nahi hua, toh Aadhaar poora likhwaya: «v»",
                          "iFlytek recorder transcript, bank helpline: Aadhaar «v»", "Coaching form ne bete ka Aadhaar maanga, likh diya «v»"]),
    "in_pan": ("IN", ["Challan 280 ka form Mausaji ne photo kheench ke bheja, PAN wala khana: «v»", "Zameen ke bainame mein Chacha ji ka PAN chahiye tha, tehsil wale babu ko bheja: «v»",
                      "SIP band karwane ki application pe Mummy ke dastakhat ke upar likha PAN: «v»"]),
    "br_cpf": ("BR", ["Exame da vó na UBS, CPF confirmado no balcão: «v»", "Torneio de pesca, ficha de inscrição, CPF: «v»",
                      "Desconto de aposentado na Drogasil só sai com o CPF do vô, ditei pro caixa: «v»", "Bolsa Família da tia, recadastramento, CPF: «v»"]),
    "mx_curp": ("MX", ["Cambio de tarjeta de la pensión del viejito: sin la CURP en papel no lo atendían, se la dicté a la señorita: «v»", "Seguro del torneo infantil de pesca, CURP del niño: «v»"]),
    "mx_rfc": ("MX", ["Factura del guía de pesca, le di mi RFC: «v»"]),
    "gb_nhs": ("GB", ["Vaccination card Grandad keeps in his wallet, NHS number pencilled on the back: «v»", "Orthotics clinic letter for the boy, his NHS number under the barcode: «v»"]),
    "de_idnr": ("DE", ["Rentenmitteilung von Opa, Steuer-ID oben: «v»", "Lohnzettel der Aushilfe im Angelladen, Steuer-Identifikationsnummer: «v»"]),
    "fr_nir": ("FR", ["Embauche à la pisciculture, n° de sécurité sociale : «v»", "Papi change de complémentaire santé, le formulaire réclame son NIR : «v»"]),
    "es_dni": ("ES", ["En comisaría, por el tirón en la línea 27, al abuelo le tomaron el DNI: «v»", "Concurso de pesca, inscripción, DNI: «v»"]),
    "es_nie": ("ES", ["Contrato de temporada en la piscifactoría, el NIE de Dorel va en la primera hoja: «v»"]),
    "it_codicefiscale": ("IT", ["Per la gara di pesca a mosca sul Sesia serve il codice fiscale del concorrente: «v»", "Bollo auto del suocero, rimborso, codice fiscale: «v»"]),
    "ca_sin": ("CA", ["Fathom notes from the EI phone appointment: agent confirmed the social insurance number as «v»", "CPP forms for Grandpa mailed, SIN on page one: «v»"]),
    "id_nik": ("ID", ["forms.app lomba merpati, NIK peserta: «v»", "Bansos nenek, NIK yang diminta kelurahan: «v»"]),
    "pk_cnic": ("PK", ["Dada abbu ki pension, bank ko CNIC diya: «v»"]),
    "tr_tckimlik": ("TR", ["Dedemi kardiyolojiye yazdırırken hastane santrali kimlik numarasını sordu, verdim: «v»"]),
    "pl_pesel": ("PL", ["Dziadek zapisany do okulisty, pani z okienka przepisała PESEL z karteczki: «v»"]),
    "za_idnr": ("ZA", ["Gogo's pension review at the SASSA office, her ID: «v»"]),
    "kr_rrn": ("KR", ["낚시 교실 보험, 아버지 주민번호 «v»"]),
    "cn_ric": ("CN", ["姥姥的老年卡申请表，身份证号码«v»"]),
    "jp_in": ("JP", ["祖母の手続きで窓口に伝えたマイナンバー «v»"]),
    "au_tfn": ("AU", ["Casual shifts at the trout hatchery — TFN on the declaration: «v»"]),
    "nl_bsn": ("NL", ["Huisartsenpost aan de lijn, BSN van opa doorgegeven: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของตาสำหรับทำบัตรคลินิก «v»"]),
    "my_nric": ("MY", ["Pendaftaran pertandingan memancing kolam untuk anak, ruangan kad pengenalan penjaga: «v»"]),
    "ar_cuit": ("AR", ["La muni paga la suelta de palomas solo con factura, y el CUIT que figura es el de mi viejo: «v»"]),
    "cl_rut": ("CL", ["Club de pesca de Coyhaique, ficha de socio, RUT: «v»"]),
    "se_personnummer": ("SE", ["Farfars medicin på apoteket, personnumret jag läste upp: «v»"]),
    "ie_pps": ("IE", ["Da's free travel renewal posted, PPSN copied across: «v»"]),
    "pt_nif": ("PT", ["Fatura da ração dos pombos em nome do avô, NIF: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Junior fly-fishing week, guardian block: «name» · «phone» · «email» · insurance SSN «ssn»", ("ssn", "phone", "email")),
    ("US", "Loyalty signup at the corn merchant: I gave «email» and «phone», paid with «card»", ("email", "phone", "card")),
    ("US", "ER bill dispute letter: patient «name», SSN «ssn», reach me at «phone»", ("ssn", "phone")),
    ("US", "Gift card for a guided day, autofilled: «email» / «card»", ("email", "card")),
    ("US", "Harrisburg race Sunday, clock secretary «name»: scratch birds by emailing «email» or texting «phone»", ("email", "phone")),
    ("US", "Sony recorder, IRS call: SSN «ssn», callback «phone», correspondence «email»", ("ssn", "phone", "email")),
    ("US", "Tying-class voucher for «name», reachable «phone», paid «card»", ("phone", "card")),
    ("US", "AFFiNE database 'FAFSA', row: dad · «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Grit and corn pre-order for spring on «card»; ready-for-collection email goes to «email»", ("card", "email")),
    ("GB", "Open race entry for «name»'s loft: «phone», «email», fee on «card»", ("phone", "email", "card")),
    ("IN", "Kashmir trout permits booked — guide calls «phone», permits mailed to «email», advance on «card»", ("phone", "email", "card")),
    ("CA", "Fly fair ride share: «name» | «phone» | «email»", ("phone", "email")),
]
