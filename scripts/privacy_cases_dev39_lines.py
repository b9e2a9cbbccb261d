"""Where the dev39 privacy set's numbers and addresses turn up (``privacy_cases_dev39.py``):
what a personal agent's sensors record (Apeman action-camera clips, Rove, Rexing, Vava and Garmin
Dash Cam footage, Tascam DR-05X recordings, ili translator transcripts, Skullcandy, JLab, Edifier
and QCY earbuds, a Kieslect, a Zeblaze, a Colmi, a Fire-Boltt and a CMF Watch, a Bangle.js and a
PineTime, Kami cameras, a Yale doorbell, an Ajax panel, Cubo and Lollipop baby monitors, Productive,
Way of Life, Runna, Gentler Streak, Reflectly, SleepTown and Flora, Wavebox, Kopete, ShareChat,
Rubika, Soroush and Eitaa messages, Elfinbook pages, a puppet theatre's marionette workshops,
shadow-puppet shows, string-mending evenings and touring van, a juggling club's open practice
nights, passing workshops, fire-spinning sessions and convention, a value written before its label,
a label a sentence or a line away from its value; podiatry, optometry, dermatology, chiropractic
and orthodontic screens), English first, then in the words of the set's other countries.

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
    "Apeman clip from the marionette stringing night, the director points at the whiteboard: wood carver «name», call «v» before Friday",
    "Rove dashcam audio on the tour van: the stage manager reads the venue contact off her clipboard, «name», «v», loading dock round back",
    "Tascam DR-05X left recording in the green room: «name» spells out his mobile for the shadow-show crew list, «v»",
    "Juggling club practice rota pinned by the ball bag: Tuesday hall keys with «name» — ring «v» — lights off by ten",
    "Skullcandy earbud voicemail, transcribed: hi it's «name», I found your spare diabolo sticks, give me a shout on «v»",
    "Elfinbook page scanned after the rod-puppet workshop: guest maker «name», phone «v», paid for the foam in advance",
    "Kieslect watch notification: «name» sent a contact card — «v» — 'the carpenter who fixed our proscenium'",
    "Wavebox tab with the puppet company's group chat: new volunteer «name» left her number «v», can sew costumes",
    "Rexing rear-view clip: flyer tucked under the wiper, 'children's party jugglers, book «name» on «v»'",
    "Way of Life entry under 'practise five-ball cascade': ask «name» (mobile «v») about the Sunday park session",
    "Tascam DR-05X take from the festival load-in: if the marionette bridge isn't built by noon phone «name», «v», he has the drill",
    "Elfinbook margin doodle beside a sketch of a glove puppet: «name» — «v» — felt and googly eyes",
    "Yale doorbell audio: courier reading his slip, 'one crate of juggling clubs for «name», contact «v», handle with care'",
    "JLab earbuds call log read back by the assistant: outgoing, 4 min, «name», «v», 'about the fire-staff wicks'",
    "Kami camera at the rehearsal studio door caught the note on the corkboard: marionette repairs — «name», text «v»",
    "Garmin Dash Cam audio: the driver repeats the number for the shadow-puppet screen hire, «v», ask for «name»",
    "Cubo baby monitor picked up Dad on the phone in the nursery: 'yeah, it's «name», my number's «v», for the puppet show booking'",
    "Elfinbook note from planning the convention: minibus driver «name», his phone is «v», pickup from the station",
    "Reflectly journal entry: finally called «name» about the puppet heads, saved her number as «v»",
    "Wavebox Kopete window: «name» wrote 'text me at «v» for the passing workshop, no calls during the day'",
]

PHONE_LINKS = [
    "QCY earbud recap next to the glove-puppet sewing basket: QR sticker on the back of the puppet theatre programme decodes to https://wa.me/«vW»?text=Ticket%20question",
    "QCY earbud recap behind the proscenium flats: Juggling convention poster, small print at the bottom: reserve a workshop slot https://api.whatsapp.com/send?phone=«vW»&text=workshop",
    "PineTime glance at the fire-staff soak bucket: Page source of the juggling club's contact page, pasted into ShareChat by the treasurer: <a class=\"call-btn\" href=\"tel:«vE»\">Call the club</a>",
    "Kami doorway frame near the club's ball-bag hooks: Contact card shared in Kopete by the puppet maker: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:String & Shadow Puppets\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Maa ne ShareChat pe bheja: kathputli banane wale kaarigar «name» ka number «v» hai, itvaar ko bulana",
           "Juggling class ke register ka pichla panna: coach «name», phone «v», gende apni laana",
           "ili translator ne mandir ke bahar ki baat likhi: 'puppet show «name» ji karte hain, unka number «v» hai'"],
    "BR": ["Skullcandy earbud recap near the club's ball-bag hooks: Recado no Wavebox: o bonequeiro «name» pediu pra ligar no celular «v» antes do ensaio",
           "Bilhete na porta da escola de circo: professor de malabares «name», zap «v», turma de quinta cheia"],
    "DE": ["Zettel im Figurentheater: Marionettenreparatur macht «name», erreichbar unter «v», am besten vormittags",
           "Notiz vom Jongliertreff — Keulenverkäuferin «name», Handynummer «v»"],
    "MX": ["Audio en Wavebox: habla «name», el de los títeres de la feria, mi número es «v», llámame el lunes",
           "Kami doorway frame by the diabolo string spool: Anuncio en la casa de la cultura: taller de malabares con «name», informes al «v»"],
    "FR": ["Message Kopete : “c'est «name», pour l'atelier de marionnettes à fils appelle-moi au «v»”",
           "Affiche du club de jonglerie : inscriptions auprès de «name», tél. «v»"],
    "ID": ["Pesan di Wavebox: pak «name» yang bikin wayang golek untuk sanggar, nomor HP «v», bisa datang Minggu"],
    "PH": ["Sabi ni Ate sa ShareChat, tawagan mo si «name» sa «v», siya ang gumagawa ng puppet para sa fiesta"],
    "JP": ["人形劇団の連絡網、四番目：«name» さん 携帯 «v»",
           "ジャグリング練習会の予約メモ：体育館の鍵は «name» さん（«v»）に連絡"],
    "ES": ["Nota en Kopete: el titiritero, «name», dice que le llames al «v» para lo del teatrillo del colegio"],
    "IT": ["Avviso nel teatro dei burattini: per il laboratorio di marionette chiamare «name», cell. «v»"],
    "TR": ["Rexing cabin frame under the puppet wagon's tailgate: Karagöz ustası «name» beyin numarası «v», tasvir siparişi için akşam arayın"],
    "KR": ["Rexing cabin frame at the fire-staff soak bucket: 저글링 동호회 공지: 이번 공연 담당 «name» 님 휴대폰 «v»"],
    "PL": ["Kartka w teatrze lalek: naprawa marionetek — «name», komórka «v»"],
    "RU": ["Объявление в кукольном театре: «name», телефон «v», запись в кружок жонглирования"],
    "EG": ["رسالة على Soroush: لاعب العرائس «name»، رقم تليفونه «v»، بيعمل عروض للأطفال"],
    "VN": ["QCY earbud recap from the unicycle rack corner: Tin nhắn Rubika: thầy dạy múa rối «name», số điện thoại «v», lớp chiều Chủ nhật"],
    "BD": ["Heard on the Lollipop monitor in the kids' room: পুতুল নাচের শিল্পী «name», ফোন «v», শনিবার বিকেলে শো"],
    "PK": ["Kieslect wrist buzz across the rehearsal hall's mirror wall: Kathputli wale ustad «name» ka number «v» hai, shaadi ke show ke liye unhi se baat karna"],
    "CO": ["Rove dashcam still behind the proscenium flats: Audio en Wavebox: don «name», el que hace malabares en los semáforos de Medellín, su celular es «v»"],
    "AR": ["Lo dejó grabado en el contestador: «name», la del taller de títeres de San Telmo, celu «v»"],
    "TH": ["ป้ายที่โรงละครหุ่น: ครูสอนเชิดหุ่น «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · Artistic Director, Sagebrush Marionette Players · cell «v» · «e»"),
    ("GB", "Hwyl,\n«name»\nConvention Secretary, Pennant Vale Jugglers\nMob: «v» · «e»"),
    ("IN", "With regards,\n«name» | Mysuru Kathputli Collective, Vijayanagar | Mob «v» | «e»"),
    ("DE", "Herzliche Grüße vom Puppentisch\n«name», Kassenwartin des Figurentheatervereins Allgäu\nTel. «v» · Mail «e»"),
    ("BR", "Abraços circenses,\n«name» · Escola de Malabares Vale do Itajaí · Cel «v» · «e»"),
    ("FR", "Amicalement,\n«name», trésorière — Compagnie des Fils Croisés, Rodez\nPortable : «v» — «e»"),
    ("AU", "Keep your clubs spinning,\n«name» — Secretary, Banksia Jugglers, Ballarat\nM «v» · «e»"),
    ("NG", "Best wishes,\n«name» | Warri Puppet & Street Theatre | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Coordonnatrice, Ficelle Marionnettes Moncton — tél «v» — «e»"),
    ("ZA", "Regards,\n«name» · Shadow Screen Theatre, Bloemfontein · Cell «v» · «e»"),
    ("KE", "Shukrani,\n«name» | Nyeri Circus & Puppet Youth | Tel «v» | «e»"),
    ("MX", "Con cariño desde el retablo,\n«name» · Compañía de Títeres Tlaxcala · Cel. «v» · «e»"),
    ("PH", "Salamat po,\n«name» · Cebu Juggling Guild · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Elfinbook scan under the puppet wagon's tailgate: Marionette-workshop waitlist is handled by «name» now; send your preferred evening to «e»",
    "Tascam DR-05X take from the juggling club AGM: hall bookings go by email to «name» at «e», not WhatsApp",
    "Gentler Streak note after the park session: emailed my siteswap video to «name» («e») for tips",
    "Runna training plan comment, of all places: 'email «name» about the puppet van insurance, «e»'",
    "Elfinbook page from the shadow-theatre planning meeting: audition forms by email only → «e» («name»)",
    "Fire-Boltt watch dictation: reply to «name» about the fire staffs, her email is «e», tell her the wicks are in",
    "Printed flyer for the clubs-passing weekend, footer: registrar «name» · email «e» · no phone bookings",
    "Yale doorbell frame at the fire-staff soak bucket: Puppet festival booking page, confirmation box: your tickets will be emailed by «name» from «e»",
    "CMF Watch popup beside the marionette drying rack: Kopete message in the puppet builders' room: quotes for the giant parade puppet go to «name», «e», by Monday",
    "Flora focus-session note: coffee with «name» from the circus school — her address is «e», send the rigging plan",
]

EMAIL_LOCAL = {
    "DE": "Apeman clip inside the marionette crate lid: Rundmail des Jongliervereins: Anmeldung zum Feuershow-Kurs per E-Mail an «name», «e»",
    "FR": "Pour l'atelier de marionnettes à gaine, écrire à «name», adresse électronique «e», avant la fin du mois",
    "ES": "Edifier earbud recap behind the proscenium flats: Reservas para el taller de títeres de sombra: escribir a «name» al correo «e»",
    "BR": "Cubo nursery frame near the club's ball-bag hooks: Zeblaze wrist preview on the convention's lost-property table: Inscrição na oficina de bonecos: manda um e-mail pra «name», endereço «e»",
    "JP": "Kami doorway frame behind the proscenium flats: 人形劇フェスティバルの出演申込は «name» さん宛のメール «e» まで",
    "KR": "Skullcandy earbud recap inside the marionette crate lid: 저글링 워크숍 신청은 «name» 총무 이메일 «e» 로 보내 주세요",
    "IT": "Bangle.js glance from the unicycle rack corner: Per il corso di giocoleria con le clave scrivete a «name», e-mail «e»",
    "PL": "Rove dashcam still inside the marionette crate lid: Zgłoszenia na warsztaty lalkarskie: e-mail do «name», adres «e»",
    "TR": "Yale doorbell frame inside the marionette crate lid: Gölge oyunu atölyesi başvuruları için «name» hanımın e-posta adresi: «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Puppet-supply webshop checkout, the autofilled 'Card number' box glowing: «v», security code still empty",
    "Runna screenshot sent by accident, a payment sheet on top shows the whole card: «v»",
    "ili translator at the circus-props stall: the vendor read the card back, «v», and asked «name» to sign",
    "Elfinbook page in pencil: foam and latex order paid with card «v» (cardholder «name») — chase if not shipped",
    "Outbox draft on the Kieslect watch: 'please bill the marionette course to my card, it's «v», cheers, «name»'",
    "QCY earbuds caught the phone order for juggling rings: card number «v», deliver to the club hall",
    "Rove dashcam still under the puppet wagon's tailgate: Podiatry clinic check-in tablet, payment screen: card no. «v», patient «name»",
    "Productive app note on the habit 'pay the club subs': used card «v» this month",
]

CARD_LOCAL = {
    "IN": "CMF Watch popup behind the proscenium flats: Kathputli ke kapde ka order, card number «v», «name» ke naam par — OTP aana baaki",
    "BR": "Elfinbook scan from the unicycle rack corner: Pagamento da oficina de malabares: número do cartão «v», titular «name»",
    "DE": "Bestellung Marionettenkreuz und Fäden: Kartennummer «v», Karteninhaber «name»",
    "MX": "Anticipo de los títeres para la posada: tarjeta número «v», titular «name»",
    "FR": "Bangle.js glance by the diabolo string spool: Inscription au stage de jonglerie, carte n° «v», au nom de «name»",
    "JP": "Apeman clip from the unicycle rack corner: 人形劇の衣装用の生地、カード番号 «v»（名義 «name»）",
    "GB": "Zeblaze wrist preview next to the glove-puppet sewing basket: Card put down for the juggling convention deposit: «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Kieslect wrist buzz beside the marionette drying rack: Appeal in the puppet theatre newsletter for a new lighting rig: transfers to IBAN «v», account holder «name», reference LIGHTS",
    "Ajax keypad photo across the rehearsal hall's mirror wall: Tascam DR-05X take of the club treasurer: 'convention fees go to «v», that's the IBAN, in «name»'s name'",
    "Skullcandy earbud recap next to the glove-puppet sewing basket: Invoice from the juggling-prop maker, payment panel — IBAN «v» · beneficiary «name»",
    "Skullcandy earbud recap across the rehearsal hall's mirror wall: Voice memo on the Colmi watch: pay «name» back for the latex, IBAN «v»",
    "Edifier earbud recap on the convention's lost-property table: Rubika post from the festival organiser: balance for the tour into «v» (IBAN), «name»",
    "Note stuck to the Ajax panel: rehearsal-room rent → IBAN «v», landlord «name»",
]

IBAN_LOCAL = {
    "DE": ["Kami doorway frame beside the marionette drying rack: Überweisung für den Marionettenbaukurs an «name», IBAN «v», Verwendungszweck Kursgebühr Frühjahr",
           "Spendenkonto neue Bühne fürs Figurentheater — Kontoinhaber «name» — IBAN «v»"],
    "FR": ["Lollipop monitor frame from the unicycle rack corner: RIB pour l'adhésion au club de jonglerie : IBAN «v», titulaire «name»"],
    "ES": ["Rove dashcam still over the shadow-screen lightbox: Cuota del taller de títeres: transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["CMF Watch popup under the puppet wagon's tailgate: Vava dashcam frame by the diabolo string spool: Bonifico per il corso di burattini a guanto: IBAN «v», intestato a «name»"],
    "NL": ["Ajax keypad photo over the shadow-screen lightbox: Contributie jongleerclub overmaken naar IBAN «v» t.n.v. «name», graag voor de zomer"],
    "PL": ["Apeman clip by the diabolo string spool: Przelew za warsztaty żonglerki: IBAN «v», odbiorca «name»"],
    "TR": ["Edifier earbud recap inside the marionette crate lid: Karagöz atölyesi ücreti için IBAN «v», alıcı «name»"],
    "BE": ["Lidgeld poppentheater: overschrijving naar IBAN «v» op naam van «name»"],
    "AT": ["Mitgliedsbeitrag Jonglierverein: IBAN «v», lautend auf «name»"],
    "PT": ["Quota da oficina de fantoches: IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Elfinbook scan near the club's ball-bag hooks: Honorarium form for the visiting marionettist: routing number «a», checking account «b»",
           "JLab earbuds caught Grandma at the teller: 'routing is «a», account «b», for «name»'",
           "Puppet-theatre grant paperwork, direct deposit box — ABA «a» · account no. «b»"],
    "gb": ["CMF Watch popup by the diabolo string spool: Minibus to the juggling convention — pay the hire firm, sort code «a», acc «b», ref JUGGLE, name «name»",
           "Skullcandy earbud recap over the shadow-screen lightbox: Rehearsal whiteboard photo: pay «name» back for the clubs — sort code «a» / acc «b»"],
    "in": ["Zeblaze wrist preview beside the marionette drying rack: CMF Watch popup under the puppet wagon's tailgate: NEFT details for the kathputli stage: A/c no. «a», IFSC «b», account holder «name»",
           "Yale doorbell frame over the shadow-screen lightbox: Juggling samiti ka chanda: khata sankhya «a», IFSC «b»"],
    "au": ["Hall hire for the Banksia jugglers goes by transfer, BSB «a», acct «b», «name» looks after it"],
    "ca": ["Bangle.js glance on the convention's lost-property table: Refund for the cancelled marionette course lands by direct deposit; digits copied off the bottom of her voided cheque — transit/institution «a», account «b»"],
    "br": ["O bonequeiro «name» mandou no Wavebox a agência «a» e a conta «b» pro sinal do espetáculo"],
    "mx": ["Kami doorway frame next to the glove-puppet sewing basket: Transferencia del anticipo de los títeres, CLABE «a», beneficiario «name»"],
    "ng": ["Pay the puppet-making class fee to «bank», account number «a», account name «name»",
           "Abeg send the juggling money: «bank» acct «a», na «name» own"],
    "za": ["Rexing cabin frame next to the glove-puppet sewing basket: EFT for the shadow-puppet class: branch code «a», account number «b», «name»"],
    "ar": ["Rove dashcam still near the club's ball-bag hooks: Pasame la seña de los títeres al CBU «a», titular «name», y mandame el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Podiatry intake tablet, insurance step: Social Security number «v», patient is the policyholder",
                      "Tascam DR-05X caught the theatre's bookkeeper: 'and the SSN on file for you is «v», right?'"]),
    "in_aadhaar": ("IN", ["Optometry clinic registration slip: Aadhaar «v», photocopy saath mein"]),
    "in_pan": ("IN", ["Ajax keypad photo near the club's ball-bag hooks: Puppet-cloth supplier ne invoice ke liye PAN maanga — PAN «v»"]),
    "br_cpf": ("BR", ["CMF Watch popup across the rehearsal hall's mirror wall: Cadastro na loja de artigos de circo: CPF «v», nota no nome da mãe"]),
    "mx_curp": ("MX", ["Yale doorbell frame from the unicycle rack corner: Ficha de inscripción al taller de títeres: CURP «v»"]),
    "mx_rfc": ("MX", ["Cubo nursery frame at the fire-staff soak bucket: Factura de la tienda de malabares, RFC del cliente «v»"]),
    "gb_nhs": ("GB", ["Kami doorway frame inside the marionette crate lid: Dermatology clinic, patient banner: NHS number «v», mole check"]),
    "de_idnr": ("DE", ["Lohnabrechnung der Aushilfe im Figurentheater, steuerliche Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Elfinbook scan at the fire-staff soak bucket: Feuille de soins du chiropracteur, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Yale doorbell frame across the rehearsal hall's mirror wall: Ficha de socio del club de malabares, DNI «v»"]),
    "es_nie": ("ES", ["Apeman clip at the fire-staff soak bucket: Alta del titiritero extranjero en la compañía, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Cubo nursery frame behind the proscenium flats: Modulo dell'ortodontista, codice fiscale della bambina «v»"]),
    "ca_sin": ("CA", ["Vava dashcam frame inside the marionette crate lid: Payroll sheet for the puppet festival usher: SIN «v»"]),
    "id_nik": ("ID", ["Cubo nursery frame from the unicycle rack corner: Formulir klinik mata, NIK pasien «v»"]),
    "pk_cnic": ("PK", ["Puppet show ke contract pe CNIC «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Vava dashcam frame beside the marionette drying rack: Cilt hastalıkları randevusu, T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Ajax keypad photo inside the marionette crate lid: Skierowanie do ortodonty, PESEL «v»"]),
    "za_idnr": ("ZA", ["Rexing cabin frame behind the proscenium flats: Shadow-puppet class enrolment, SA ID no. «v»"]),
    "kr_rrn": ("KR", ["PineTime glance near the club's ball-bag hooks: 치과 교정 접수증 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["PineTime glance by the diabolo string spool: 木偶戏班报名表 公民身份号码 «v»"]),
    "jp_in": ("JP", ["Yale doorbell frame by the diabolo string spool: 皮膚科の問診票、個人番号 «v»"]),
    "au_tfn": ("AU", ["Zeblaze wrist preview beside the marionette drying rack: New casual at the circus school, TFN «v» on the starter form"]),
    "nl_bsn": ("NL", ["Rove dashcam still across the rehearsal hall's mirror wall: Aanmelding bij de podotherapeut, BSN «v»"]),
    "th_pin": ("TH", ["ใบสมัครเรียนเชิดหุ่นกระบอก เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["PineTime glance across the rehearsal hall's mirror wall: Borang kelas wayang kulit, No. Kad Pengenalan «v»"]),
    "ar_cuit": ("AR", ["Bangle.js glance across the rehearsal hall's mirror wall: Factura del taller de títeres, CUIT «v»"]),
    "cl_rut": ("CL", ["Yale doorbell frame near the club's ball-bag hooks: Boleta de la tienda de malabares, RUT «v»"]),
    "se_personnummer": ("SE", ["Bangle.js glance inside the marionette crate lid: Anmälan till dockteaterkursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Cubo nursery frame inside the marionette crate lid: Casual staff form at the puppet theatre, PPSN «v»"]),
    "pt_nif": ("PT", ["PineTime glance from the unicycle rack corner: Fatura da loja de fantoches, contribuinte n.º «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Cubo nursery frame at the fire-staff soak bucket: Rexing cabin frame across the rehearsal hall's mirror wall: Puppet-festival volunteer slip, filled in with a marker — mobile «phone», e-mail «email», Social Security for the insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Ajax keypad photo next to the glove-puppet sewing basket: Tour-van rental agreement, driver «name»: phone «phone», deposit card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Elfinbook scan next to the glove-puppet sewing basket: Optometry new-patient sheet: email «email», card kept on file «card», Social Security «ssn»", ("email", "card", "ssn")),
    ("GB", "Apeman clip beside the marionette drying rack: Juggling convention trader form: mobile «phone», e-mail «email», stall fee card «card»", ("phone", "email", "card")),
    ("IN", "Edifier earbud recap by the diabolo string spool: Puppet mela stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Edifier earbud recap near the club's ball-bag hooks: Circus-school trip registration — phone «phone» — card for the coach «card»", ("phone", "card")),
    ("AU", "Cubo nursery frame under the puppet wagon's tailgate: Open-practice trial pass: mob «phone», email «email»", ("phone", "email")),
]
