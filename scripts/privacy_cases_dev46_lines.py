"""Where the dev46 privacy set's numbers and addresses turn up (``privacy_cases_dev46.py``): what
a personal agent's sensors record (Jansite, Lamttor, Qcent, Vikcam and Ownice dashcam footage,
Tamago, Toomee and Homder recordings and transcripts, Taotronics, Occiam, Sanag and Ankbit earbuds,
a Mgaolo, a Sudugo and an Aeac watch, Ieget, Topodome, Dzees and Dekco cameras, Tecnoalarm, Crow and
Ness panels, Anmeate and Boifun baby monitors, MindDoc, Sattva, Healthy Minds, Buddhify and
Happyfeed, Kaiwa, Blabber and Pinngle messages, Graphilo, Papier Tigre, Castelli, Fabriano and
Bindewerk pages, a shibori collective's vat days, clamp-and-fold evenings, cloth markets and rinsing
mornings, a sepak takraw club's hall nights, regu tournaments, net-mending evenings and beach games,
a value written before its label, a label a sentence or a line away from its value; cardiology,
ophthalmology, gastroenterology, orthopaedics and audiology screens), English first, then in the
words of the set's other countries.

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
    "Indigo had to be skimmed off the vat before anyone could dip, so the workshop started late. For a folding lesson, text «name» on «v», and wear something you don't love.",
    "Jansite front camera, motorway services near Preston: the regu's manager reads the coach driver's details off a crumpled printout, «name», «v», leaving at seven sharp.",
    "Nobody noticed the Tamago was still recording when «name» spelled her number out for the soda ash delivery, «v», twice, over the rinse tap.",
    "Zip-tied to the net post in the church hall: a laminated card saying Tuesday's nets are «name»'s responsibility, «v», and must be rolled, not folded.",
    "My neighbour the bus driver left it while his spaniel was barking at a heron. Taotronics transcript: «name» here, I've got your rattan ball, call me on «v».",
    "Graphilo page from the train back from Totnes, a cloth sample stapled next to it: the visiting dyer was «name», «v», and she takes cash only.",
    "The Mgaolo watch buzzed during the fold swap with a shared contact, «name», «v», labelled 'brought twenty metres of cotton lawn'.",
    "Forty people joined the collective's Kaiwa group after the autumn market; «name» introduced herself with «v» and an offer of spare clamps.",
    "The Lamttor rear camera caught a flyer tucked under my wiper outside the leisure centre: sepak takraw, all welcome, no experience needed, text «name», «v».",
    "MindDoc evening note, written after a long day at the depot: ask «name» («v») whether the juniors' serve drills count for the county cup.",
    "The cloth was still dripping on the line when the café owner rang about the window display. Occiam recap: if it's not up by Friday, call «name», «v».",
    "Pencilled beside a diagram of an arashi pole in a Papier Tigre notebook: «name», «v», bring string and a length of drainpipe.",
    "The delivery driver in the Qcent clip, sheltering from hail under our porch: 'madder root, three kilos, for «name», phone «v»'.",
    "A rattan ball split during Thursday's warm-up, and the repair label stuck to the bag of spares gives the contact as «name», «v».",
    "The Ieget camera above the dye shed door recorded the noticeboard in the afternoon sun: lessons in clamp resist, ask «name», «v».",
    "Vikcam audio from the sports centre car park, engine idling: 'linesman tonight is «name», if anything changes ring «v»'.",
    "With the twins asleep at last, the Anmeate monitor still picked up «name» downstairs giving the dye collective her number, «v».",
    "Camp planning in a Castelli notebook, with a sketch of a beach net: minibus driver «name», «v», pickup outside the Spar at six.",
    "Clearing my aunt's sewing room in Dundee I found a tin of thread-bound samples and a note: «name», «v», she taught me kumo.",
    "Priya works nights on a cardiac ward and replies only on her breaks; the Sudugo watch showed her Blabber message: «name», text «v», no calls.",
    "Ownice footage from the drive home after the semi-final: the captain dictating the physiotherapist's number, «name», «v», for Omar's ankle.",
    "Sattva journal, three minutes after the breathing exercise: remember to phone «name» on «v» about the hall keys for Saturday.",
]

PHONE_LINKS = [
    "Stuck to the window of a launderette in Walthamstow, the poster's QR code opens https://wa.me/«vW»?text=Shibori%20workshop",
    "The takraw club's flyer at the Bradford mela had a link printed under a cartoon of a bicycle kick: https://api.whatsapp.com/send?phone=«vW»&text=takraw",
    "Our secretary's homemade website, pasted into Pinngle to ask why the button did nothing: <a class=\"dial\" href=\"tel:«vE»\">Phone the hall</a>",
    "The cotton supplier sent her card as a file after the fair in Macclesfield. Pinngle attachment indigo.vcf: BEGIN:VCARD\nVERSION:3.0\nN:;«name»;;;\nORG:Blue Lawn Textiles\nTEL;TYPE=cell:«vE»\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Jaipur ki bandhani wali aunty ne kapde sukhate hue voice note bheja: rang wali class ke liye «name» ko «v» par call karo, Itwaar subah",
           "Imphal ke sepak takraw coach «name» ka mobile «v» hai, bacchon ko shaam paanch baje ground par bhejna",
           "Nani ki purani saree ko neel mein rangwana hai to «name» se baat karna, number «v», Mama ne likha"],
    "BR": ["A tia mandou áudio do ponto de ônibus em Olinda, com frevo tocando: para a oficina de tingimento com índigo, liguem para «name» no «v»",
           "O treinador de sepaktakraw de Manaus, «name», passou o celular «v» no grupo, pediu para confirmarem presença"],
    "DE": ["Im Färbekeller in Görlitz hängt ein Zettel: Wer das Indigofass nutzen will, meldet sich bei «name», Telefon «v», bitte nicht nach neun",
           "Die Sepak-Takraw-Gruppe in Bochum sucht Mitfahrer nach Hamburg, Rückmeldung an «name» unter «v»"],
    "MX": ["En el tianguis de San Cristóbal, la señora de los rebozos teñidos me apuntó en una servilleta: «name», «v», pregunte por el taller de añil",
           "El entrenador de sepak takraw en Mérida es «name», celular «v», entrenamos en el parque de la colonia"],
    "FR": ["Sur la porte de l'atelier de teinture à Lyon, une affichette : stage de shibori en juin, réserver auprès de «name» au «v»",
           "L'équipe de sepak takraw de Créteil cherche un arbitre pour dimanche, appeler «name» au «v»"],
    "ID": ["Bu guru batik di Pekalongan bilang kalau mau belajar ikat celup, hubungi «name» di nomor «v», lebih baik sore hari"],
    "PH": ["Nag-text si Ate mula sa palengke sa Cebu: kung gusto mong sumali sa takraw, tawagan mo si «name» sa «v»"],
    "JP": ["有松の絞り工房の体験予約は «name» さんまで、電話 «v» です",
           "セパタクローの練習試合の連絡先は «name» さん、携帯 «v» です"],
    "ES": ["La tintorera de Granada, «name», me dijo en Kaiwa que la llame al «v» para teñir los manteles"],
    "IT": ["Alla bottega di tintura di Como c'è scritto: per il laboratorio di shibori telefonare a «name» al «v»"],
    "TR": ["Bursa'daki çivit boyama atölyesinin hocası «name» hanım, numarası «v», hafta içi akşamları arayın diyor"],
    "KR": ["부산 세팍타크로 동호회 총무는 «name» 님이고 연락처는 «v» 입니다"],
    "PL": ["W pracowni farbiarskiej w Łodzi powiedzieli, żeby w sprawie kursu dzwonić do «name» pod «v»"],
    "RU": ["Тренер по сепактакрау в Казани — «name», телефон «v», тренировки по субботам"],
    "EG": ["قال لي صاحب ورشة الصباغة في أخميم إن رقم «name» هو «v» لمن يريد تعلم الصباغة بالنيلة"],
    "VN": ["Chị dạy nhuộm chàm ở Sa Pa là «name», số máy «v», gọi trước khi lên"],
    "BD": ["Tangail er haat e brishtir moddhe ek buro tati cha khete khete bollen, neel er hari te gin bendhe shari dobano shekhan «name», phone «v»"],
    "PK": ["Multan ke rangrez ustad «name» ka number «v» hai, dupatte rangwane hain to unse poochna"],
    "CO": ["Bajo la llovizna de Silvia, un martes de mercado guambiano, don «name» me dictó su celular entre costales de papa: «v», para lo de las ruanas azules"],
    "AR": ["El profe de sepak takraw de Mar del Plata es «name», su celu «v», entrenan en la playa en verano"],
    "TH": ["ครูสอนมัดย้อมครามที่สกลนครชื่อ «name» เบอร์โทร «v»"],
}

SIGNATURES = [
    ("US", "Sent from the gym office between practices. «name» · Secretary, Twin Cities Sepak Takraw · cell «v» · «e»"),
    ("GB", "With thanks,\n«name»\nVat Keeper, Stroud Shibori Collective\nMob: «v» · «e»"),
    ("IN", "Warm regards,\n«name» | Jaipur Resist Dye Studio, Bani Park | Mob «v» | «e»"),
    ("DE", "Herzliche Grüße aus der Halle\n«name», Schriftführerin, Sepak Takraw Bochum\nTel. «v» · Mail «e»"),
    ("BR", "Até breve,\n«name» · Ateliê Anil de Olinda · Cel «v» · «e»"),
    ("FR", "Amitiés bleues,\n«name», trésorière — Atelier Indigo de la Croix-Rousse\nPortable : «v» — «e»"),
    ("AU", "Cheers,\n«name» — Coach, Darwin Sepak Takraw\nM «v» · «e»"),
    ("NG", "God bless,\n«name» | Abeokuta Adire and Resist Dye Circle | «v» | «e»"),
    ("CA", "Merci et à bientôt,\n«name» — Secrétaire, Sepak Takraw Montréal — tél «v» — «e»"),
    ("ZA", "Regards from the dye yard,\n«name» · Pietermaritzburg Shibori Group · Cell «v» · «e»"),
    ("KE", "Shukran,\n«name» | Kisumu Sepak Takraw, Jomo Kenyatta grounds | Tel «v» | «e»"),
    ("MX", "Un abrazo añil,\n«name» · Taller de Teñido de Oaxaca · Cel. «v» · «e»"),
    ("PH", "Maraming salamat,\n«name» · Cebu Sepak Takraw Club · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Slots at the big indigo vat are booked through «name» now; e-mail «e» with the day you want and how many metres.",
    "The away trip to Leicester needs four drivers and nobody has volunteered; «name» is keeping the list at «e».",
    "Healthy Minds reflection after a rough training session: I sent the clip of my roll spike to «name» («e») to ask what I'm doing wrong.",
    "Buddhify reminder that popped up on the bus: write to «name» at «e» about the insurance for the dye shed.",
    "Market stall applications (Christmas fair) go by e-mail only → «e» («name»), the Fabriano page says, underlined twice.",
    "I told the Aeac watch to remember that «name» wants the folded samples back by Thursday, her address is «e».",
    "The sign-up sheet for junior trials on the leisure centre corkboard says to contact «name», «e», under a drawing of a rattan ball.",
    "The gallery in Hebden Bridge wants six framed cloths for spring; their curator is «name», «e», and she prefers post to phone.",
    "A flyer in the library's community rack: custom wedding tablecloths dyed to order, enquiries to «name», «e».",
    "Happyfeed entry, three good things: sunshine, a perfect kanoko dot, and «name» finally answering from «e».",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen zum Färbewochenende im Erzgebirge bitte an «name», «e», bis Ende des Monats",
    "FR": "Pour le tournoi de sepak takraw à Créteil, écrire à «name» : «e», avant jeudi",
    "ES": "Las inscripciones para el taller de tintes naturales de Granada van a «name», correo «e»",
    "BR": "Quem quiser participar do torneio de sepaktakraw em Manaus manda e-mail para «name»: «e»",
    "JP": "藍染めワークショップのお申し込みは «name» さん宛にメール «e» でお願いします",
    "KR": "부산 해운대 모래사장에서 열리는 세팍타크로 여름 리그에 나갈 팀은 «name» 코치에게 «e» 로 명단을 보내야 한다",
    "IT": "Iscrizioni al corso di tintura con l'indaco: scrivere a «name» all'indirizzo «e»",
    "PL": "Pani Halina z Piotrkowskiej, która farbuje obrusy w wannie na strychu, zbiera chętnych na sobotę: «name», «e»",
    "TR": "Sepak takraw turnuvasına kayıt için «name» beye «e» adresinden yazın",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Ordering forty metres of cotton from the kitchen table at midnight, Ruth read the card out to the cat: «v», «name», expiry on the back.",
    "Zooming in on the team photo from Nottingham, Kwame noticed the laptop behind the net still showing a checkout page with card «v».",
    "Auction of the late Mr Hale's dye pots, a church hall in Ely. Homder audio: 'card is «v»', and then «name» took the lot with the copper vat.",
    "A rain-soaked receipt for rattan balls is taped into my Bindewerk diary, paid with card «v».",
    "Sleet in Aberdeen, the outdoor final moved indoors, and on the bench the Aeac watch showed a contactless payment for the team's chips: «v».",
    "Standing in the rain outside the trophy engraver in Wigan, I spelled out the card to him over the Ankbit earbuds: «v».",
    "Dilated pupils, a Georgian townhouse in Bath, and a till screen I could barely read: «name»'s card «v» went through for the retinal photos.",
    "Bought three indigo-dyed cushion covers at two in the morning when I couldn't sleep; the bank app filed it under 'impulse': card «v».",
]

CARD_LOCAL = {
    "IN": "Bandhani dupatte online mangaye the, Didi ne apna card «v» diya, naam «name» likha hai",
    "BR": "Comprei as bolas de rattan pela internet no intervalo do trabalho: cartão «v», titular «name»",
    "DE": "Die Indigo-Pigmente wurden mit der Karte «v» bezahlt, Karteninhaber «name», Lieferung nach Görlitz",
    "MX": "Las cubetas para el añil se pagaron con tarjeta «v», a nombre de «name», en la ferretería del centro",
    "FR": "Inscription au tournoi de Créteil payée par carte «v», titulaire «name», reçu envoyé par mail",
    "JP": "藍染めの材料を注文したカードは «v»、名義は «name» です",
    "GB": "Paid for the vat rental at the community centre desk: card «v», «name».",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "The dye shed's roof leaks into the soda ash bin. Contributions towards a new roof: IBAN «v», «name», reference ROOF.",
    "Typed into the Happyfeed note on the ferry from Rosslare: pay «name» back for the hall hire, IBAN «v».",
    "Invoice from the linen mill, thick cream paper with a blue thistle: IBAN «v», beneficiary «name».",
    "Sudugo memo recorded in a windy car park: settle with «name» for the rattan balls, IBAN «v».",
    "The camp organiser posted in Kaiwa while carrying a box of tent poles: deposits to «v», account name «name».",
    "Wages for the cleaner, «name», go to IBAN «v», says the note taped next to the Tecnoalarm keypad.",
]

IBAN_LOCAL = {
    "DE": ["Kursgebühr für das Indigo-Wochenende in Görlitz bitte an «name», IBAN «v», Verwendungszweck Färben",
           "Spenden für neue Netze unserer Sepak-Takraw-Gruppe bitte an «name», IBAN «v»"],
    "FR": ["Cotisation annuelle du club de sepak takraw de Créteil : virement sur «v» au nom de «name»"],
    "ES": ["Matrícula del taller de tintes naturales de Granada: IBAN «v», titular «name»"],
    "IT": ["Quota del laboratorio di shibori a Como: IBAN «v», intestato a «name»"],
    "NL": ["Contributie voor de sepak takraw club in Utrecht: rekening «v» t.n.v. «name»"],
    "PL": ["Mama przepisała z ulotki przyklejonej w tramwaju linii 12 do Łodzi Kaliskiej: kurs wiązanego barwienia, przelew «v», «name»"],
    "TR": ["Bursa çivit atölyesi kurs ücreti için IBAN «v», alıcı «name»"],
    "BE": ["Inschrijving voor het shibori-weekend in Gent: overschrijven op «v» t.n.v. «name»"],
    "AT": ["Beitrag für den Färbekurs in Graz: IBAN «v», Empfängerin «name»"],
    "PT": ["A inscrição no curso de tingimento com índigo no Porto paga-se para o IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["The visiting dyer from Santa Fe left her payment details on an index card pinned to the vat: ABA «a», checking «b».",
           "At a credit union in Duluth, my grandmother read her details aloud to the teller and the Taotronics buds caught it: routing «a», account «b», name «name».",
           "Coach Sombat filled out the parks department stipend paperwork for the youth takraw nights on his phone in a laundromat: routing «a», account «b»."],
    "gb": ["The coach company's owner rang back from a lay-by near Hexham: pay «name», sort code «a», account «b», reference NETS.",
           "Somebody owes Bryony for the G-clamps and the plywood squares, so the note scrawled over the vat timetable says: «name», sort code «a», acc «b»."],
    "in": ["Bandhani mela ke stall ka kiraya jama karna hai: khata «a», IFSC «b», khatedar «name».",
           "Coach ne practice ke baad bataya ki chanda is khate mein dena: account «a», IFSC «b»."],
    "au": ["Court hire for the takraw season: BSB «a», account «b», treasurer «name», sent from a Darwin servo at dawn."],
    "ca": ["The dye retreat near Tadoussac was cancelled by the storm; refund to transit/institution «a», chequing «b»."],
    "br": ["O tintureiro de Olinda mandou por mensagem: «name», agência «a», conta «b», para o sinal das toalhas de índigo."],
    "mx": ["El anticipo por los manteles teñidos se deposita en la CLABE «a», a nombre de «name», dijo doña Chela."],
    "ng": ["Adire workshop fee: pay to «bank», account «a», «name», then send the receipt to the group.",
           "Aunty Bisi said the takraw nets money should go to «bank» acct «a», «name», before Friday."],
    "za": ["Shibori course fees in Pietermaritzburg: branch «a», acc. no. «b», account holder «name»."],
    "ar": ["La inscripción al torneo de sepak takraw se transfiere al CBU «a», a nombre de «name»."],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Cardiology intake form in Tucson, clipboard balanced on my knee while the TV played a cooking show: SSN «v».",
                      "The bookkeeper for the takraw club read the coach's Social Security number back over the phone, and the Toomee caught it: «v»."]),
    "in_aadhaar": ("IN", ["Aankhon ke hospital ki parchi par Papa ka Aadhaar «v» chhapa tha, Nani ne photo bheji."]),
    "in_pan": ("IN", ["Jaipur ke kapda supplier ke bill par PAN «v» likha hua hai."]),
    "br_cpf": ("BR", ["A nota fiscal do índigo em pó saiu com o CPF «v»."]),
    "mx_curp": ("MX", ["Para inscribir al niño en el club de sepak takraw de Mérida pidieron su CURP «v»."]),
    "mx_rfc": ("MX", ["La factura de las cubetas y el añil trae el RFC «v»."]),
    "gb_nhs": ("GB", ["Audiology letter from the Royal Devon, tucked behind the bread bin: NHS no. «v», bring your hearing aids."]),
    "de_idnr": ("DE", ["Die neue Aushilfe im Färbekeller hat ihren Lohnzettel liegen lassen, Steuer-ID «v»."]),
    "fr_nir": ("FR", ["Feuille de soins de la consultation d'ophtalmologie à Lyon, numéro de sécu : «v»."]),
    "es_dni": ("ES", ["En la ficha del taller de tintes de Granada aparece el DNI «v»."]),
    "es_nie": ("ES", ["El jugador tailandés que llegó a Valencia se dio de alta en el club con el NIE «v»."]),
    "it_codicefiscale": ("IT", ["Prenotazione in gastroenterologia a Como, codice fiscale «v»."]),
    "ca_sin": ("CA", ["Summer coach paperwork for the takraw camp in Montreal: social insurance «v»."]),
    "id_nik": ("ID", ["Formulir klinik jantung di Semarang mencantumkan NIK «v»."]),
    "pk_cnic": ("PK", ["Rangrez ki dukaan ki raseed par CNIC «v» likha hai."]),
    "tr_tckimlik": ("TR", ["Babamın kalp ritmi için Bursa Şehir Hastanesi sırasında aldığımız fişte kimlik numarası duruyor: «v», altında da Holter saati."]),
    "pl_pesel": ("PL", ["Skierowanie do ortopedy w Łodzi zawiera PESEL «v»."]),
    "za_idnr": ("ZA", ["Shibori course sign-up sheet in Pietermaritzburg: identity number «v»."]),
    "kr_rrn": ("KR", ["할머니 백내장 수술 전날 대구 안과에서 받은 서류를 찍어 보냈는데, 맨 위에 주민등록번호 «v» 이 그대로 보였다"]),
    "cn_ric": ("CN", ["藤球俱乐部报名表上填写的公民身份号码是 «v»"]),
    "jp_in": ("JP", ["整形外科の問診票に個人番号 «v» と記入しました"]),
    "au_tfn": ("AU", ["The takraw club's new canteen helper filled in her TFN, «v», on the back of a fixture list."]),
    "nl_bsn": ("NL", ["Verwijzing naar de KNO-arts in Utrecht, burgerservicenummer «v»."]),
    "th_pin": ("TH", ["ใบสมัครนักกีฬาตะกร้อทีมใหม่ เลขประจำตัวประชาชน «v»"]),
    "my_nric": ("MY", ["Pendaftaran pemain sepak takraw baharu di Kota Bharu: No. KP «v»."]),
    "ar_cuit": ("AR", ["La profe de teñido con yerba y cáscara de cebolla en Córdoba mandó la factura por mail, con su CUIT «v» y un dibujo de un mate."]),
    "cl_rut": ("CL", ["Compré ovillos de lana cruda para teñir con maqui en una feria costera de Valdivia, y la boleta manuscrita dice RUT «v»."]),
    "se_personnummer": ("SE", ["Morfar ville gå växtfärgningskursen på folkhögskolan i Uppsala, och blanketten han fyllde i vid köksbordet ber om personnummer: «v»."]),
    "ie_pps": ("IE", ["Summer camp staff form for the Galway takraw club: PPS no. «v»."]),
    "pt_nif": ("PT", ["A senhora da drogaria da Rua das Flores embrulhou o anil em jornal e escreveu o NIF «v» num talão quase ilegível."]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Volunteer form for the Tucson fiber festival, filled in on the hood of a car: cell «phone», email «email», SSN for the stipend «ssn».", ("phone", "email", "ssn")),
    ("US", "Van rental for the takraw nationals, driver «name»: cell «phone», deposit card «card», SSN «ssn».", ("phone", "card", "ssn")),
    ("US", "Eye clinic registration in Albuquerque: email «email», card on file «card», SSN «ssn».", ("email", "card", "ssn")),
    ("GB", "Stall booking for the Stroud textile fair: mob «phone», e-mail «email», card «card».", ("phone", "email", "card")),
    ("IN", "Sanganer ke haat mein bandhani ki dukaan lagane ka parcha Bua ne chai ki dukaan par bhara: mobile «phone», email «email», card «card».", ("phone", "email", "card")),
    ("CA", "Takraw camp form, August, near Trois-Rivières: phone «phone», deposit card «card».", ("phone", "card")),
    ("AU", "Darwin takraw trial registration: mob «phone», email «email».", ("phone", "email")),
]
