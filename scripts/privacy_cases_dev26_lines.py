"""Where the dev26 privacy set's numbers and addresses turn up (``privacy_cases_dev26.py``):
what a personal agent's sensors record (a Humane pin's transcripts, an Echo Show's and a Nest Hub's
screens, reMarkable and Boox notebooks, a Steam Deck's chat, a Petcube camera's app, a rowing
machine's and a smart trainer's screens, SimpleX and Briar messages, Marktplaats, Kijiji, OfferUp,
Sahibinden and Mercari listings, a saddlery's repair tag, a key-cutting kiosk's receipt, photos of a
glass studio's whiteboard, a ski-pass kiosk's screen, a Couchsurfing request, rows copied from a
shared spreadsheet, a value written before its label, a label a sentence or a line away from its
value; EV-charging, ski-school and tattoo-studio screens), English first, then in the words of the
set's other countries.

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
    "Humane pin transcript, at the glass studio: the gaffer «name» said to call «v» if the annealer trips",
    "Petcube app, the sitter's contact card: «name», reachable on «v» until Sunday",
    "Echo Show contacts screen, the new entry my dad added: «name» · mobile «v» · saddle fitter",
    "Steam Deck chat from the co-op game: this is «name», my new cell is «v», add me for the raid",
    "OfferUp message thread: seller «name» says to text «v» before coming for the saddle stand",
    "Saddlery repair tag tied to the bridle: ready Friday, owner «name», tel «v»",
    "Glass studio whiteboard, photographed: furnace rota, Wednesday, «name», «v»",
    "Kijiji listing for a hand-blown lamp, seller «name», calls only, «v»",
    "«v» — «name», the tack-shop woman who restitched the girth, super reasonable",
    "| Volunteer | Name | Mobile |\n| ski-lift gate | «name» | «v» |",
    "reMarkable page from the riding-club meeting: «name» does hoof trimming, ring «v»",
    "Nest Hub showed a contact my sister cast to it: «name», «v», the glass-bead teacher",
    "Key-cutting kiosk receipt, customer copy: «name», callback «v» when the fob is coded",
    "Rowing machine's club leaderboard profile: «name» — text «v» for the Saturday crew",
    "SimpleX message from «name»: dropped my phone in the slack tub, new number «v»",
    "Smart trainer screen during the group ride, a rider's chat: «name» here, «v» if anyone wants to carpool",
    "Shared sheet 'Ski trip car list', row pasted into chat: «name» | «v» | roof box",
    "Boox notebook, page headed 'Grandma's helpers': the night nurse, «name», «v»",
    "Couchsurfing request from «name»: arriving Tuesday, my local SIM is «v»",
    "Written on the back of the stable door, number first:\n«v»\nthe farrier («name»)",
    "EV-charging app, fleet contact for the shared car: «name», mobile «v»",
    "Voicemail transcribed by the pin: hi it's «name» from the saddlery, the stitching's done, call «v»",
    "«name» put «v» on the glassblowing taster sign-up as the number for the weekend",
    "Tattoo-studio screen, emergency contact on the consent form: «name», «v»",
    "Sticker inside the repaired saddle's flap: reflocked by «name» · «v» · check in spring",
    "Ski-school app, instructor card: «name», cell «v» for lesson swaps",
    "Ski-pass kiosk screen: a message from «name» at the desk, please ring «v»",
    "Echo Show reminder, spoken at dinner: call «name» about the stained-glass course on «v»",
]

PHONE_LINKS = [
    "QR code on the saddlery's counter, scanned: https://wa.me/«vW»?text=Is%20my%20bridle%20done%3F",
    "Briar forwarded a contact file, contact.vcf opened as text: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nTEL;TYPE=mobile,voice:«vE»\\nORG:Saddlery\\nEND:VCARD",
    "Glass studio's booking page, the call button read aloud by the screen reader: <a href=\"tel:«vE»\" class=\"call\">Book a hot shop slot</a>",
    "Link in the ski school's Linktree: https://api.whatsapp.com/send?phone=«vW»&text=private%20lesson",
    "Tapped from the tattoo studio's Google listing: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Kaanch ke kaarigar «name» bhaiya ka number «v», Firozabad wali dukaan", "Society ke plumber ne lift mein sticker lagaya hai, number «v»",
           "Munni ki tabla teacher «name» ji ka naya number «v», Saturday class ke liye"],
    "BR": ["O vidreiro da feira, seu «name», deixou o celular dele: «v»", "Número do seleiro que consertou a sela do Trovão: «v»",
           "A tatuadora, «name», trocou o número pra «v»"],
    "DE": ["Die Glasbläserin im Museumsdorf, «name», nimmt Aufträge unter «v» an", "Sattlerei am Ortsrand, laut Zettel am Tor erreichbar unter «v»"],
    "MX": ["El vidriero de Tonalá, don «name», me dio su cel: «v»", "El talabartero que arregló la silla dejó su número: «v»"],
    "FR": ["Le souffleur de verre de la foire, «name», répond au «v»", "Le sellier qui a refait la selle a laissé sa carte, téléphone «v»"],
    "ID": ["Nomor pak «name» pengrajin kaca di Yogya: «v»", "Nomor tukang kunci duplikat di depan pasar: «v»"],
    "PH": ["Ito ang numero ni «name», ang gumagawa ng sapatos ng kabayo: «v»", "Numero ng marunong mag-ayos ng aircon, nakadikit sa ref: «v»"],
    "JP": ["ガラス工房の«name»さんの携帯 «v»", "乗馬クラブの受付の電話 «v»"],
    "ES": ["El vidriero de la Granja, «name», apunta su móvil: «v»", "El guarnicionero dejó una tarjeta en la cuadra con su teléfono: «v»"],
    "IT": ["Il vetraio di Murano, «name», risponde al «v»", "Numero del sellaio scritto sul calendario della scuderia: «v»"],
    "PK": ["Kaanch ka kaam karne wale «name» sahab ka number «v», Hyderabad wale", "Mohalle mein jo darzi baithta hai, us ne apna number badal diya: «v»"],
    "TR": ["Cam üfleme ustası «name» beyin numarası «v»", "Saraç ustanın kartı ahırın kapısında, telefonu «v»"],
    "VN": ["Số cô «name» thổi thủy tinh ở làng nghề: «v»", "Số thợ làm yên ngựa dán ở chuồng: «v»"],
    "EG": ["رقم الأسطى «name» نافخ الزجاج في الحسين «v»"], "BD": ["«name» ভাই কাচের চুড়ি বানান, ওনার ফোন «v»"],
    "KR": ["유리공방 «name» 선생님 휴대폰 «v»"], "CO": ["El celular de don «name», el talabartero de la plaza: «v»"],
    "AR": ["El celu de «name», el talabartero de San Antonio de Areco: «v»"], "PL": ["Numer do szklarza artystycznego «name» z Krosna: «v»"],
    "TH": ["เบอร์คุณ«name» ช่างเป่าแก้ว «v»"], "RU": ["Телефон стеклодува «name», он делает ёлочные игрушки: «v»"],
    "NL": ["Het nummer van zadelmaker «name» bij de manege: «v»"], "MY": ["Nombor cik «name» yang ajar tiup kaca di Melaka: «v»"],
    "SA": ["جوال «name» صانع السروج «v»"], "AE": ["رقم «name» مدرب ركوب الخيل «v»"], "CN": ["吹玻璃的«name»老师手机 «v»"],
    "SE": ["Glasblåsaren «name» i Kosta nås på «v»"], "CL": ["El fono de «name», el talabartero de Rancagua: «v»"],
    "PE": ["El número de «name», la señora que hace monturas en Cajamarca: «v»"], "MA": ["Le numéro de «name», le sellier du quartier des Tanneurs : «v»"],
}

SIGNATURES = [
    ("US", "Thanks, «name» | booster club treasurer, Swofford Middle | «v» | «e»"),
    ("US", "«name» · hot shop manager, community glass studio · cell «v» · «e»"),
    ("GB", "All the best, «name» · clerk to the parish council (Tue & Thu) · «v» · «e»"),
    ("IN", "Warm regards, «name» | society committee, Wing B | «v» | «e»"),
    ("DE", "Viele Grüße, «name» · Kassenwartin, Reitverein · «v» · «e»"),
    ("BR", "Abraços, «name» | secretária do clube de hipismo | «v» | «e»"),
    ("FR", "Bien à vous, «name» · trésorier de l'atelier de vitrail · «v» · «e»"),
    ("AU", "Cheers, «name» · pony club DC, secretary · «v» · «e»"),
    ("MX", "Un saludo, «name» · secretaria de la asociación de charros · «v» · «e»"),
    ("NG", "With thanks, «name» · Provost, Age Grade Association (Ikeja branch) · «v» · «e»"),
    ("CA", "Merci, «name» · ski-club volunteer lead · «v» · «e»"),
    ("PH", "Pagpalain kayo, «name» · kalihim, samahan ng mga mangangabayo sa Tagaytay · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Humane pin transcript: send the hot-shop photos to «e», that's the one I check",
    "Briar message from the hut: forward the ski-pass receipts to «e», no signal up here",
    "Echo Show footer: glass studio newsletter from «e»",
    "Cc: «e» — Subject: riding club AGM moved to the clubhouse",
    "Google Form answer · Best email: «e» · Class: beginner lampwork",
    "Nest Hub read the tattoo-studio waiting list: «name», «e», Thursday slot",
    "Mercari buyer wants the invoice for the vintage saddle sent to «e»",
    "EV-charging screen: monthly statements now go to «e»",
    "Booksy booking by «name» used «e» for reminders",
    "Ski-school screen: lesson confirmations delivered to «e»",
    "Jitsi guest «name» («e») joined the pony club committee call",
    "«e», says the card pinned by the furnace, is where glass-class waiting-list requests go",
]

EMAIL_LOCAL = {
    "DE": "Die Quittung vom Glasbläserkurs bitte an «e» schicken, mein altes Postfach ist voll",
    "FR": "Le formulaire pour le stage de vitrail, renvoyez-le à «e» avant vendredi",
    "ES": "Si tienes vídeos del soplado de vidrio, pásalos por correo a «e», que monto el resumen",
    "BR": "A nota do conserto da sela vai pro e-mail do meu cunhado, «e»",
    "MX": "Oye, la nota de la silla de montar que sea a nombre de mi hermano y al correo «e»",
    "IT": "Se il vetraio risponde, digli di scrivere alla mia casella, «e»",
    "JP": "ガラス教室の申込み確認は «e» に届きます", "KR": "스키 강습 영수증은 «e» 로 보내 주세요",
    "NL": "Wie filmpjes heeft van het glasblazen op zaterdag: stuur ze naar «e», dan maak ik een montage",
    "PL": "Zapisy na warsztaty witrażu przyjmujemy mailowo: «e»", "TR": "Eyer tamirinin faturasını «e» adresine yollayın",
    "RU": "Чек за ремонт седла пришлите на «e»", "ID": "Foto kelas tiup kaca tolong dikirim ke surel «e», jangan ke grup",
    "CN": "马鞍修理的发票寄到 «e»", "AR": "El recibo de la talabartería mandalo a «e», gracias",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Ski-pass kiosk screen: season pass charged to card «v»",
    "Photo of the card left at the saddlery counter, from the pin's camera: «v» · «name»",
    "SimpleX message from «name»: book the glass class on my card, «v», expiry 11/29",
    "Briar message: the lodge takes cards, use «v», I'll pay you back",
    "reMarkable note 'Tack shop' · charged to «v»",
    "| What | Paid with | Since |\n| stable livery | «v» | March |",
    "«v» — the card for the tattoo deposit, the other one got declined",
    "Browser autofill on the EV-charging site offered card «v»",
    "Ski trip deposit? Use Mom's card, «v» — she said okay for this one time only",
    "Checkout screenshot for the stained-glass weekend: card «v»",
]

CARD_LOCAL = {
    "IN": "Ghudsawari ki class ka payment abhi karna hai, mera credit card le lo: «v»", "BR": "O seleiro aceita crédito: usa o meu, que ainda tem limite, «v»",
    "DE": "Bezahl den Glasbläserkurs mit meiner Karte, Nummer «v»", "MX": "Las clases de equitación págalas con la tarjeta de tu tío, es la «v»",
    "FR": "Règle le stage de vitrail avec ma carte, «v»", "JP": "乗馬レッスン代はこのカードで、番号 «v»",
    "CN": "滑雪课的钱用我的卡付，卡号 «v»", "RU": "Седло забрали, мастер ждёт денег — переведи с моей карты «v»",
    "ES": "Lo del taller de vidrio del domingo lo pagas con mi tarjeta; te paso los números: «v»", "TR": "Kayak dersini benim kartımla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Humane pin transcript, call with the saddler: transfer the rest to IBAN «v» once it's collected",
    "Confirmation of Payee in the banking app flagged a close match — «name», IBAN «v» — for the hot-shop deposit",
    "Nest Hub read the stables' invoice aloud: bank transfer only, IBAN «v»",
    "«v» (the riding club's IBAN, spelled out slowly by the treasurer at the AGM)",
    "| Rider | Fees paid from |\n| «name» | «v» |",
    "Email from the ski chalet: €120 to IBAN «v» holds the week",
    "SimpleX message from «name»: my IBAN for the teacher's leaving present, «v»",
    "Poster in the glass museum, photographed: furnace rebuild fund, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Reitverein, Rundschreiben 4: den Hallenbeitrag bitte ab Januar auf «v» überweisen", "Die Nebenkostenabrechnung sagt, die Nachzahlung geht bis Monatsende an «v»",
           "Der Reitlehrer hört auf – wer beim Abschiedsgeschenk mitmacht, überweist auf «v»"],
    "FR": ["Pour le stage de vitrail, virement à l'association sur «v»", "Le voisin a laissé son RIB pour les croquettes du chat, recopié : «v»"],
    "ES": ["Aviso del administrador: la derrama del ascensor se paga por transferencia a «v»", "Mi prima lleva las cuentas del curso de vidrio soplado; el dinero, a su cuenta «v»"],
    "IT": ["Iscrizione al corso di vetro soffiato: caparra con bonifico all'associazione, «v»", "Avviso in bacheca al maneggio: rette entro il 10 del mese con bonifico, «v»"],
    "NL": ["Bericht van de manege: het lesgeld voor de zomer overmaken op «v», onder vermelding van de naam van de ruiter"], "BE": ["Uitstap glasmuseum Lommel: inschrijving pas geldig na storting op «v»"],
    "AT": ["Skikurs am Semmering: Elternbeitrag mit dem Namen des Kindes als Verwendungszweck, Empfängerkonto «v»"], "PT": ["Quem vai ao encontro de vidreiros na Marinha Grande transfere a inscrição para «v»"],
    "PL": ["Trójka klasowa przypomina: huta szkła w Krośnie, opłata przelewem na «v» do piątku"], "TR": ["Yönetici mesajı: asansör bakım payı için havale adresi «v», açıklamaya daire numarası"],
    "FI": ["Lasinpuhalluskurssi: osallistujat maksavat ennakkoon tilille «v»"], "CH": ["Wer am Skilager in Davos teilnimmt, zahlt im Voraus auf «v»"],
    "NO": ["Rideskolen minner om: høstsemesteret forskuddsbetales, IBAN «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Humane pin heard me dictating to the payroll clerk — routing «a», then the account, «b»",
           "Rippling onboarding for the glass studio's assistant, bank step: routing number «a», account number «b»",
           "«name» on SimpleX: Cash App won't let me receive, wire it instead, routing «a», acct «b»",
           "| ABA | Account | Purpose |\n| «a» | «b» | studio petty cash |",
           "Tattoo-studio screen, deposit refund status: returning to routing «a», checking «b», 3-5 days",
           "Landlord's note about the barn rent: ABA «a» and checking «b», pay by the 3rd",
           "VA benefits paper on Grandpa's table, caught by the pin: deposit to ABA «a», his savings number «b»"],
    "gb": ["SimpleX message from «name»: for the leaving do, sort code «a», account number «b»",
           "Riding school invoice footer: pay by BACS to «a» / «b», the pony's name as the reference",
           "Energy supplier refund form, bank part filled in — «a» sort code, «b» account",
           "Voice note: …right, sort code «a», account number «b», want me to repeat it…"],
    "in": ["SimpleX pe «name» bua ki details: khata number «a», IFSC «b», mundan ka shagun isi mein", "GPay kaam nahi kar raha tha, so the glass-bangle seller sent bank details: A/c «a», IFSC «b»",
           "Echo Show read the message aloud: mama ka account «a», IFSC «b»", "Cook ki salary ke liye uski passbook ki photo: khata «a», branch IFSC «b»"],
    "au": ["Briar message from «name»: the pony club kitty is BSB «a», account «b»", "Reflocking receipt from the saddler, pay into BSB «a» acct «b», cash also fine"],
    "ca": ["«name» replied in the ski-club thread: e-transfer bounced, so use transit «a» and account «b»", "Direct deposit sheet at the tack shop, banking section: transit «a» / account «b», void cheque stapled"],
    "br": ["Pro seleiro: o Pix dele caiu, então faz TED pra agência «a», conta «b»", "Dados que a vidreira passou pelo zap pra pagar o lustre — agência «a», c/c «b»"],
    "mx": ["La CLABE del talabartero para pagar la montura: «a»", "Cooperación para la posada de la privada: transferencia a la CLABE «a», doña Lupe lleva la lista",
           "Escuela de equitación, recordatorio de mensualidad: SPEI a la CLABE «a»"],
    "ng": ["«name» in the age-grade group chat: pay the dues into «bank» «a» before Sunday", "Carpenter's voice note: oga, the wardrobe is ready, my «bank» number is «a», balance abeg",
           "Mosque noticeboard (photo): Ramadan feeding fund, «bank» account number «a»"],
    "za": ["«name», the burial society treasurer, reminds everyone: pay at branch code «a» into acc «b»", "Solar quote signed, the installer's banking on the stamp: branch «a», current account «b»"],
    "ar": ["Mensaje de «name» del club de polo: el alfalfa de este mes lo pagamos entre todos, mi CBU es «a»", "Los padres de quinto juntan para la fiesta de fin de curso, transferir al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Humane pin transcript, call with Medicare: the number I gave them was «v»",
                      "Typed my wife's SSN into the tax-prep chat because the preparer lost it: «v»", "SimpleX, me to my brother: the assisted-living intake wants Mom's Social Security, it's «v»",
                      "The pin's camera caught the new-hire packet on the desk, Social Security box: «v»", "«v» is what I read to the cataract surgeon's billing office — Grandma's SSN",
                      "Riding-camp scholarship form: student SSN «v»", "| Child | SSN |\n| younger son | «v» |",
                      "Echo Show banner with Dad's text, refinance papers: SS# «v»", "Co-signing my niece's car loan, the dealer portal made me type my Social Security number: «v»"]),
    "in_aadhaar": ("IN", ["Gas agency ne naye connection ke liye Dadi ka Aadhaar maanga, yeh hai: «v»", "Aadhaar «v» — Dadaji ka, bank KYC ke liye",
                          "Humane pin read the Aadhaar card on the desk: «v»", "Ski permit form for Gulmarg: applicant's Aadhaar «v»"]),
    "in_pan": ("IN", ["Mutual fund ki SIP ke liye Papa ne PAN card ki photo bheji: «v»", "Property tax ke form ke liye Mummy ka PAN, purani file se: «v»", "Bhabhi ke car loan ki file mein PAN chahiye tha, agent ko bheja: «v»"]),
    "br_cpf": ("BR", ["A recepção do dentista pediu o CPF do meu pai por telefone: «v»", "Ficha da hípica: CPF do responsável, que sou eu, «v»",
                      "O caixa da loja de ração perguntou se queria CPF na nota, dei o «v»", "Pra retirar a insulina no posto pediram o CPF da vó: «v»"]),
    "mx_curp": ("MX", ["Trámite de la credencial del INAPAM del abuelo, su CURP: «v»", "Para el seguro escolar me piden copia de la CURP del niño, ya la saqué: «v»"]),
    "mx_rfc": ("MX", ["El talabartero me pidió mi RFC para facturar la montura: «v»"]),
    "gb_nhs": ("GB", ["The district nurse rang and asked for Grandad's NHS number before the visit: «v»", "Physio referral letter says to quote my son's NHS number on the form: «v»"]),
    "de_idnr": ("DE", ["Opa hat seine Steuer-Identifikationsnummer vorgelesen, damit ich die Rente eintrage: «v»", "Kita-Anmeldung online, Feld 7 verlangt die Steuer-ID unserer Tochter: «v»"]),
    "fr_nir": ("FR", ["Inscription au club hippique, fiche médicale : numéro de sécurité sociale de l'enfant «v»", "Papa m'a dicté son NIR pour refaire la carte Vitale perdue : «v»"]),
    "es_dni": ("ES", ["Para el abono de transporte de la abuela hace falta su documento de identidad: «v»", "Para la matrícula de la escuela de equitación piden el DNI, el mío es «v»"]),
    "es_nie": ("ES", ["Mi cuñada me pasó su NIE para darla de alta en la luz: «v»"]),
    "it_codicefiscale": ("IT", ["Il maneggio ha chiesto il codice fiscale per la ricevuta: «v»", "Il CUP al telefono voleva il codice fiscale di mio padre, gliel'ho letto: «v»"]),
    "ca_sin": ("CA", ["Humane pin transcript, call with the CRA: my SIN is «v»", "Dad's OAS application, the line with his social insurance number: «v»"]),
    "id_nik": ("ID", ["Daftar kelas berkuda anak, isi NIK sesuai Kartu Keluarga: «v»", "Untuk daftar vaksin, petugas puskesmas mencatat NIK ibu: «v»"]),
    "pk_cnic": ("PK", ["Sui gas ka bill apne naam karwana hai, Ammi ka shanakhti card number: «v»"]),
    "tr_tckimlik": ("TR", ["MHRS'den randevu için dedemin kimlik numarasını yazdım: «v»"]),
    "pl_pesel": ("PL", ["Do zapisu dziadka do lekarza rejestratorka poprosiła o PESEL: «v»"]),
    "za_idnr": ("ZA", ["Gogo dictated her ID number so I can book the clinic online: «v»"]),
    "kr_rrn": ("KR", ["스키 강습 보험 가입서에 아버지 주민번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["帮外公预约体检，填的身份证号码 «v»"]),
    "jp_in": ("JP", ["扶養の手続きで会社に出した父のマイナンバー «v»"]),
    "au_tfn": ("AU", ["New job at the stables: TFN declaration done, mine is «v»"]),
    "nl_bsn": ("NL", ["De fysiotherapeut vraagt het burgerservicenummer van oma, BSN «v»"]),
    "th_pin": ("TH", ["โรงพยาบาลขอเลขบัตรประชาชนของตาก่อนรับยา «v»"]),
    "my_nric": ("MY", ["Borang kelas menunggang kuda minta nombor kad pengenalan ayah, saya salin: «v»"]),
    "ar_cuit": ("AR", ["La gestora pidió el CUIT de mi mamá para la factura del club de polo: «v»"]),
    "cl_rut": ("CL", ["Para inscribir a la abuela en el consultorio piden su RUT: «v»"]),
    "se_personnummer": ("SE", ["Tandläkaren ville ha mormors personnummer för att boka tiden: «v»"]),
    "ie_pps": ("IE", ["The carer's allowance form for Mam asks for her PPS number, «v»"]),
    "pt_nif": ("PT", ["O seleiro pôs o NIF da minha mãe na fatura da sela: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Glassblowing waiver read by the pin at the studio door — parent «name»; SSN «ssn»; cell «phone»; email «email»", ("ssn", "phone", "email")),
    ("US", "Stable check-in tablet: «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Hospital-bill appeal packet, page 1 (photo): patient «name», SSN «ssn», best phone «phone»", ("ssn", "phone")),
    ("US", "Safari autofill, saddlery gift-card checkout: contact «email», payment «card»", ("email", "card")),
    ("US", "Pony club rota: «name» (Saturdays) — minutes by email «email», swaps by text «phone»", ("email", "phone")),
    ("US", "Humane pin transcript, property-tax office call: I gave SSN «ssn», a number to ring back «phone», and «email» for the receipt", ("ssn", "phone", "email")),
    ("US", "Glass-studio birthday booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Parent contact | Parent SSN (scholarship) | Notes |\n| «email» | «ssn» | dad |", ("email", "ssn")),
    ("US", "Walgreens photo kiosk, order summary: paid card «card», e-receipt «email»", ("card", "email")),
    ("GB", "Riding school booking form (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "MSEDCL new-meter application, receipt page: contact number «phone», mail id «email», paid via card «card»", ("phone", "email", "card")),
    ("CA", "Ski-club carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
