"""Where the dev48 privacy set's numbers and addresses turn up (``privacy_cases_dev48.py``): what
a personal agent's sensors record (Fitcamx and Conkim dashcam footage, Coolreall and Tileraid
recordings and transcripts, an Iowodo watch, a Gwsecu doorbell, an Htek phonebook, a Sense-U baby
monitor, a Chaupal renewal, a kumihimo braiding guild's marudai evenings, silk-buying trips, cord
commissions and summer fairs, a floorball club's hall nights, away tournaments, stick-taping
sessions and junior leagues, a value written before its label, a label a sentence or a line away
from its value; ophthalmology, audiology, orthopaedics, cardiology, antenatal and ENT screens),
English first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "KE", "NG", "GH", "SG"}

PHONE_EN = [
    "Braiding night moved to the library annex because the church hall flooded. If the side door is locked, ring «name» on «v» and someone will come down with the key.",
    "The Fitcamx clip from Thursday shows the van that clipped my mirror; the driver did stop, and scribbled «name», «v» on the back of a parking receipt.",
    "Under-14 floorball tryouts: parents who need a lift from the east side, text «name» at «v» by Wednesday noon.",
    "LOST near the allotments: grey tabby, notched left ear, answers to Biscuit. Please call «name» — «v» — any hour, even late.",
    "Coolreall memo 14, kitchen: the heating engineer is «name»; if the boiler light goes amber again, we're told to phone «v» straight away.",
    "Eye unit discharge sheet: drops four times a day, no rubbing, sunglasses outdoors. Worried overnight? Ward nurse «name», «v».",
    "The marudai stands are finished! Collect them from the carpenter's garage, but «name» asks that you call «v» first because the dog gets excited.",
    "A spare goalie mask ended up in my boot after the tournament. «name» is holding it now, number «v», if it's yours.",
    "Taped by the lifts: for the broken intercom stop ringing the agency, our block rep «name» answers on «v» most evenings.",
    "Written on the Conkim card sleeve: tow truck that got us off the ring road, driver «name», «v», cash only.",
    "Gran's hearing-aid batteries are flat again. The audiology clinic said home visits go through «name», ph «v».",
    "We're a referee short for Saturday's fixtures at the leisure centre; «name» is certified and free that day, reachable on «v».",
    "The Htek handset in the warehouse lists a missed call at 06:12 from «v» — caller ID says «name», the night forklift driver.",
    "Cake tasting at four. The baker, «name», wants us to confirm on «v» before the samples get iced.",
    "Iowodo watch, buzzing mid-length at the pool: 'Incoming call «name» («v»)' — declined.",
    "Silk for the obi cords comes from a stall in the old market; ask for «name» and mention the guild; the shop line is «v».",
    "Friday's babysitter is «name» from two doors down, mobile «v», and already knows the Sense-U alarm means check the cot first.",
    "The Gwsecu doorbell caught a courier leaving a card: «name», Express Freight, rebook the drop on «v».",
    "Car pool for the away game up in the hills: «name» has the seven-seater, so text «v» for a seat and we split petrol.",
    "Tileraid transcript, 8:02 a.m.: 'Morning, «name» at the fracture clinic — your plaster review is Monday now, not Friday; the desk line is «v» if that clashes with work.'",
    "If the braiding kit hasn't arrived by Tuesday, the shop owner «name» said to send the order slip photo to «v» on WhatsApp.",
    "Choir rota pinned in the vestry: altos short this month, anyone who can cover Evensong please tell «name», «v».",
]

PHONE_LINKS = [
    "Poster by the sports hall doors: 'Floorball for absolute beginners, Mondays 19:00, join the chat' → https://wa.me/«vW»?text=Hi%2C%20can%20I%20try%20a%20session%3F",
    "Commissioning a silk cord for Grandma's rosary: the braider takes orders only by message, the button on her Etsy shop opens api.whatsapp.com/send?phone=«vW» — say which colours.",
    "Footer of the tile showroom's e-mail, the number wrapped in a link: <a href=\"tel:«vE»\">Call the showroom</a>",
    "Exported from the Htek phonebook before the factory reset: BEGIN:VCARD VERSION:3.0 FN:«name» ORG:Loading bay nights TEL;TYPE=WORK:«vE» END:VCARD",
]

PHONE_LOCAL = {
    "IN": ["Bhaiya, AC wale mechanic «name» ka number «v» hai, Sunday subah aayenge aur gas refill bhi kar denge.",
           "Society group mein: jiska parcel guard room mein pada hai, «name» ji ko «v» pe call karo, woh raat nau baje tak hain.",
           "Baner mein bachchon ki floorball coaching agle mahine se, details ke liye «name» ko «v» pe message karein."],
    "BR": ["Gente, quem faz barra de calça aqui no bairro é «name», o zap é «v», fala que fui eu que indiquei.",
           "Perdi a chave do portão da quadra; quem achar, por favor liga para «name», da zeladoria do ginásio, no «v»."],
    "DE": ["Der Schornsteinfeger kommt am Dienstag zwischen acht und zehn; falls das nicht passt, bitte «name» unter «v» anrufen.",
           "Unihockey-Training fällt heute aus, die Halle ist gesperrt. Rückfragen an «name», Handy «v»."],
    "MX": ["El del gas pasa los jueves; si se le olvida, márcale a «name» al «v» y te sube el cilindro hasta la azotea.",
           "Vendo bicicleta rodada 26, casi sin uso, con canastilla. Interesados con «name», cel. «v», zona Coyoacán."],
    "FR": ["Atelier de tressage kumihimo à la médiathèque : inscription auprès de «name» au «v», huit places seulement.",
           "Le serrurier est passé et a glissé sa carte sous la porte : «name», dépannage 7j/7, «v»."],
    "ID": ["Pak RT minta warga yang ikut kerja bakti hari Minggu mendaftar ke «name» lewat nomor «v» sebelum Jumat sore."],
    "PH": ["Pasabay naman sa reunion sa Batangas, si «name» may dalang van, i-text mo siya sa «v» para may upuan ka."],
    "JP": ["町内会の草刈りは日曜の朝七時から。欠席する場合は班長の«name»さん（«v»）まで連絡してください。",
           "組紐教室の振替は講師の«name»先生に直接どうぞ、携帯は«v»です。"],
    "ES": ["Si alguien quiere sumarse al equipo de floorball del barrio, el contacto es «name» y su móvil, el «v»."],
    "IT": ["Per la caldaia chiama «name» al «v» e fissa la revisione annuale prima di novembre."],
    "TR": ["Asansör arızası için apartman yöneticisi «name» ile «v» numarasından iletişime geçebilirsiniz."],
    "KR": ["아이 수영 강습 대기 명단은 코치 «name» 님께 «v»로 문자 주시면 됩니다."],
    "PL": ["Zaginął pies, biały z brązową łatą na oku, okolice parku Jordana. Kontakt: «name», tel. «v»."],
    "RU": ["Мастер по холодильникам: «name», телефон «v», выезд в тот же день после обеда."],
    "EG": ["رقم الكهربائي «v» والاسم «name»، والزيارة بكرة بعد العصر عشان العداد."],
    "VN": ["Gia sư tiếng Anh cho bé tên «name», số «v», dạy tối thứ Ba và thứ Năm."],
    "BD": ["Meyer gaaner teacher «name» er notun number «v», budhbar bikele harmonium niye bashay ashben, dada."],
    "PK": ["Bijli ke kaam ke liye «name» ka number «v» hai, UPS ki battery bhi check ho jayegi, Asar ke baad ka time diya hai."],
    "CO": ["Las empanadas para la novena las hace «name»; pídeselas al «v» con un día de anticipación."],
    "AR": ["Para el asado del club confirmá asistencia con «name» al «v» antes del viernes, así calculamos la carne."],
    "TH": ["งานเลี้ยงรุ่นปีนี้จัดที่ร้านริมน้ำ อยากจองโต๊ะโทรหาพี่«name» «v» ก่อนวันศุกร์นะ"],
}

SIGNATURES = [
    ("US", "Thanks again for teaching the round-braid class.\n«name»\nPrograms lead, Blue Ridge Braiders Guild\ncell «v» · «e»\n41 Haywood St, Asheville, NC 28801"),
    ("GB", "Kind regards,\n«name» | Club Secretary, York Vikings Floorball\nMob: «v»\nEmail: «e»\n12 Bootham Row, York YO30 7BW"),
    ("IN", "Warm regards,\n«name»\nAccounts, Shree Ganesh Textiles\n«v» / «e»\nShop 14, Laxmi Road, Pune 411030"),
    ("DE", "Sportliche Grüße aus der Halle\n«name»\nAbteilungsleitung Unihockey, TSV Holtenau\nmobil «v» · «e»\nKanalstraße 7, 24159 Kiel"),
    ("BR", "Abraço,\n«name»\nCoordenação pedagógica — Escola Ipê Amarelo\nWhatsApp «v» | «e»\nRua das Acácias, 210, Campinas - SP"),
    ("FR", "Amitiés tressées,\n«name»\nResponsable des ateliers du samedi — Fils & Tresses\nPortable : «v» — «e»\n9 rue des Tanneurs, 67000 Strasbourg"),
    ("AU", "Cheers,\n«name»\nGeelong Kumihimo Circle (Thursday group)\nm. «v»\ne. «e»\nPO Box 318, Geelong VIC 3220"),
    ("NG", "Best regards,\n«name»\nAdmin Officer, Lekki Phase 1 Residents' Association\nTel: «v», Email: «e»\nBlock C, Admiralty Way, Lagos"),
    ("CA", "Regards,\n«name», equipment manager\nWinnipeg Floorball Club\n«v» | «e»\n1085 Pembina Hwy, Winnipeg, MB R3T 2A2"),
    ("ZA", "Kind regards\n«name»\nFront desk, Parkhurst Physio & Rehab\nCell: «v»  Email: «e»\n4th Avenue 23, Parkhurst, Johannesburg 2193"),
    ("KE", "Regards,\n«name»\nCredit Officer, Umoja Savings Group\nPhone «v» · «e»\nMoi Avenue, Kimathi House 3rd floor, Nairobi"),
    ("MX", "Saludos cordiales,\n«name»\nAdministración, Condominio Los Fresnos\nCel. «v» · «e»\nAv. Revolución 1520, Guadalajara, Jal."),
    ("PH", "God bless and see you at the fiesta,\n«name»\nSan Roque youth choir, props and costumes\nmobile «v» | «e»\nP. Burgos St, Cavite City"),
]

EMAIL_EN = [
    "The guild newsletter bounced for half of us. Send your current address to «name» at «e», who has offered to fix the mailing list.",
    "Photos from the regional floorball final are in a shared album; «name» will add you if you write to «e».",
    "Landlord's new agent is «name». Repairs go to «e» from now on, not the old Hotmail one.",
    "Coolreall memo, walking home: remember to forward the wedding seating plan to «name», «e», before Thursday.",
    "Anyone selling a second-hand takadai? «name» is looking, so drop a line to «e».",
    "Antenatal class handout: questions between sessions go to the midwife, «name», by e-mail («e»), not through reception.",
    "For the carpool spreadsheet, the edit link is with «name»; ask at «e» and mention which Saturdays you can drive.",
    "Lost-property list from the leisure centre: one child's stick, taped blue. Owner to contact «name» on «e».",
    "Minutes from the tenants' meeting were typed up by «name»; corrections to «e» before we post them on the board.",
    "The bead shop's owner retired, so custom silk orders now go to «name», who took the shop over — «e».",
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldung zum Flechtkurs im Herbst bitte per Mail an «name»: «e» — Material wird gestellt.",
    "FR": "Pour le covoiturage du tournoi à Lyon, écrivez à «name» (adresse : «e») avant mercredi soir.",
    "ES": "Las fotos de la comunión las tiene «name»; pídeselas por correo a «e» y te manda el enlace.",
    "BR": "O boletim do segundo bimestre vai ser enviado por «name»; confirma se o e-mail é «e» mesmo.",
    "JP": "町内会の会計報告は«name»さんのメール（«e»）に送ってください。",
    "KR": "토요일 플로어볼 친선전 참가 신청서는 «name» 코치 메일 «e» 로 금요일까지 부탁드립니다.",
    "IT": "Per la festa di fine anno della squadra, le adesioni vanno a «name» all'indirizzo «e» entro domenica.",
    "PL": "Zapisy na półkolonie przyjmuje «name», adres: «e», liczba miejsc ograniczona.",
    "TR": "Kumihimo atölyesine katılmak isteyenler «name» ile «e» adresinden iletişime geçebilir, ipekler atölyede veriliyor.",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA",
                 "KE", "GH", "PK", "SG", "NZ", "IE"]

CARD_EN = [
    "Drive-through at eleven at night, Fitcamx cabin audio: «name» leaning across me to read «v» into the speaker because my phone had died.",
    "My in-laws can't face the council website, so I'm renewing their parking permit with the debit card: «name» on the front, long number «v».",
    "Bike-shop repair ticket with the customer's card scrawled in the margin: «v» (owner «name», collect after Thursday).",
    "Coolreall memo at the bus stop: «name» wants the festival wristbands bought tonight on this card, «v», before the early price ends.",
    "Iowodo watch mirrored a text from «name»: 'card for the braiding retreat deposit is «v», expires 04/28.'",
    "Mum's handwriting on the back of the TV remote manual: 'Chaupal renewal — «name»'s card «v», NOT the joint one.'",
    "Tutor's invoice paid by phone; the Tileraid clip has me repeating «name»'s card number back, «v», twice over.",
    "Spreadsheet tab 'floorball trip', column C: paid by «name», card «v».",
]

CARD_LOCAL = {
    "IN": "Mummy ne bola Big Bazaar ka bill «name» ke card se karna, number «v» hai, OTP unke phone pe aayega.",
    "BR": "Vó pediu pra eu comprar o remédio dela no site da drogaria com o cartão da «name», «v», e entregar no sábado.",
    "DE": "Papa hat mir die Kreditkarte von «name» abfotografiert, «v», damit ich die Zugtickets nach Freiburg buche.",
    "MX": "«name», que organiza la fiesta, me dictó su tarjeta para apartar el salón: «v», y le mando foto del recibo.",
    "FR": "Pour réserver le gîte, prends la carte de «name» : «v», le cryptogramme je te le dis au téléphone.",
    "JP": "ホテルの予約は«name»さんのカード（«v»）で決済済み。",
    "ES": "Para la reserva del restaurante usa la tarjeta de «name», la «v», que la otra está bloqueada.",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
                "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

IBAN_EN = [
    "Hall hire for the braiding fair is split three ways; please send your share to «name», IBAN «v», reference FAIR.",
    "New kit for the juniors: pay «name» (club treasurer), IBAN «v», and write the child's name in the reference.",
    "The harbour cottage owner, «name», confirmed by e-mail: hold the week with 30% to IBAN «v», keys under the blue pot.",
    "Collecting for Mum's seventieth: the surprise fund sits with my cousin «name», IBAN «v», so please don't mention it at lunch.",
    "Refund for the cancelled workshop will come from «name»; if your bank asks, the sending IBAN is «v».",
    "Wedding gift pot, as printed on the invitation: «name», «v».",
]

IBAN_LOCAL = {
    "DE": ["Mitgliedsbeitrag Unihockey fürs Halbjahr bitte an «name», IBAN «v», Verwendungszweck: Name des Kindes.",
           "Die Garage hinterm Bäcker gehört jetzt «name», Miete ab Oktober bitte auf «v», den Schlüssel hat der Hausmeister."],
    "FR": ["Le pot de départ de Madame Lemonnier aura lieu en juin ; participation libre par virement à «name», IBAN «v», ou en espèces au secrétariat."],
    "ES": ["La cuota de la peña la ingresáis a «name», IBAN «v», antes del día cinco."],
    "IT": ["Per il regalo di nozze potete fare un bonifico a «name», IBAN «v», causale: viaggio."],
    "NL": ["Tikkie werkt niet bij iedereen, dus hier het rekeningnummer van «name»: «v» (voor de sinterklaascadeaus)."],
    "PL": ["Na prezent dla trenerki od całej drużyny zbiera «name», numer konta «v», do piątku, bo w sobotę finał."],
    "TR": ["Kira bedelini ev sahibi «name» adına «v» IBAN numarasına yatırabilirsiniz."],
    "BE": ["Voor de fietsenstalling van de jeugdbeweging betaal je één keer per jaar aan «name», «v»."],
    "AT": ["Der Elternverein bittet um den Kostenbeitrag für den Wandertag an «name», IBAN «v»."],
    "PT": ["A quota do rancho folclórico paga-se a «name», IBAN «v», até ao fim do mês."],
}

ACCOUNT_LINES = {
    "us": ["Night-shift nurse orientation, HR packet page 4: direct deposit to routing «a», account «b»; I filled it in with the pen chained to the desk.",
           "The buyer of our old canoe, «name», pays by ACH and asked over text for my routing «a» and account «b».",
           "Voice memo while on hold with the credit union: routing «a», share account «b», joint with «name»."],
    "gb": ["Allotment society subs go to «name», sort code «a», acc «b», and please stop posting cash through the shed door.",
           "Dad's window round takes bank transfers now; he wrote «name», sort code «a», acct «b» on the back of the kitchen calendar."],
    "in": ["Didi ki salary ab seedha bank mein jayegi: «name», A/c «a», IFSC «b», har mahine paanch tareekh ko.",
           "Tuition fees Bhaiya ke account mein daalni hai — account number «a», IFSC «b», naam «name», screenshot group pe bhej dena."],
    "au": ["The braiding circle's tea-money float lives with «name»: BSB «a», acc «b», put your first name in the description."],
    "ca": ["Snow-clearing contract for the driveway: e-transfer bounced, so the form asks for transit «a» and account «b» (payee «name»)."],
    "br": ["Quem cuida do caixa, «name», prefere transferência: agência «a», conta «b»; é a parte de cada um na van pro torneio em Ribeirão."],
    "mx": ["Para apartar la fecha del mariachi, el depósito va a «name», CLABE «a», y mandas captura al grupo."],
    "ng": ["«name» said make we pay for the generator repair into «bank», account «a», before Friday.",
           "For Aunty's burial contribution, the family account is «a» («bank»), name «name»; please send evidence of payment."],
    "za": ["Netball tour money for the girls: «name», branch «a», account «b», use the surname as reference."],
    "ar": ["La seña del salón para el cumple de quince se transfiere a «name», CBU «a»; el resto en efectivo el día del evento."],
}

ID_LINES = {
    "us_ssn": ("US", ["W-4 photographed on the break-room table at the bakery, first line filled in: SSN «v», single, no dependents.",
                      "Tileraid clip at the pharmacy counter: the tech asking Dad to confirm his social, and him saying «v» far too loudly."]),
    "in_aadhaar": ("IN", ["Jio store wale ne naya SIM dene se pehle Aadhaar «v» scan kiya aur angootha lagwaya."]),
    "in_pan": ("IN", ["Return bharne wale Batra ji ne WhatsApp kiya ki Dadi ka PAN «v» dubara bhejo, purani photo dhundhli thi."]),
    "br_cpf": ("BR", ["Cadastro na academia nova: me pediram o CPF «v» e o atestado médico pra liberar a natação."]),
    "mx_curp": ("MX", ["En la ventanilla del IMSS la señorita tecleó mi CURP, «v», y me dio el número de afiliación."]),
    "mx_rfc": ("MX", ["Para cobrar los cordones trenzados que vendí en la feria, la tienda de Polanco pide recibo con RFC «v»."]),
    "gb_nhs": ("GB", ["Hearing test reminder text, the bit about what to bring: NHS number «v» and any previous audiograms."]),
    "de_idnr": ("DE", ["Ferienjob im Freibad: der Personalbogen will die steuerliche Identifikationsnummer «v» und die Krankenkasse."]),
    "fr_nir": ("FR", ["Inscription en fac à Strasbourg, l'écran de la scolarité réclame le NIR, «v», avant de valider les vœux de TD."]),
    "es_dni": ("ES", ["En la recogida de dorsales de la media maratón de Valencia una voluntaria comprobó mi DNI, «v», contra la lista de inscritos."]),
    "es_nie": ("ES", ["Mi compañero de piso, que es italiano, se sacó el NIE por fin: «v»; lo necesita el casero para el contrato."]),
    "it_codicefiscale": ("IT", ["Al CUP per l'ecocardiogramma di papà mi hanno chiesto il codice fiscale, «v», e la tessera sanitaria."]),
    "ca_sin": ("CA", ["Tree-planting contractor's onboarding sheet, filled in at the camp: SIN «v», emergency contact on the back."]),
    "id_nik": ("ID", ["Pendaftaran sekolah anak lewat aplikasi minta NIK ibunya, «v», terus upload kartu keluarga."]),
    "pk_cnic": ("PK", ["Bank mein naya account kholne gaye, cashier ne Abbu ka CNIC «v» do dafa check kiya."]),
    "tr_tckimlik": ("TR", ["E-Nabız'a giriş yapamadım; hastane danışmasındaki hanım T.C. kimlik numaramı, «v», elle girdi."]),
    "pl_pesel": ("PL", ["Babcia prosi, żebym zapisał ją na kontrolę zaćmy; w rejestracji trzeba podać PESEL «v» i numer skierowania."]),
    "za_idnr": ("ZA", ["Home Affairs queue, Coolreall note: my ID number is «v», and the clerk says the smart card takes three weeks."]),
    "kr_rrn": ("KR", ["이비인후과 접수할 때 간호사가 주민등록번호 «v» 맞는지 다시 물어봤어요."]),
    "cn_ric": ("CN", ["给外婆挂心内科专家号，需要填写她的身份证号«v»。"]),
    "jp_in": ("JP", ["会社の総務にマイナンバー«v»を提出、通知カードのコピーも添付した。"]),
    "au_tfn": ("AU", ["Fruit-picking job in Mildura, the contractor's form on the ute bonnet: TFN «v», super fund left blank."]),
    "nl_bsn": ("NL", ["Bij de huisartsenpost vroeg de assistente het burgerservicenummer van oma, «v», en haar geboortedatum."]),
    "th_pin": ("TH", ["แม่ให้ช่วยกรอกเลขบัตรประชาชน«v»ในแอปเป๋าตังเพื่อรับสิทธิ์คนละครึ่ง"]),
    "my_nric": ("MY", ["Daftar kelas renang anak di kompleks sukan, kaunter minta nombor MyKad ayah, «v»."]),
    "ar_cuit": ("AR", ["El contador me pide el CUIT «v» para facturarle los carteles a la escuela de floorball."]),
    "cl_rut": ("CL", ["Para retirar el remedio de la abuela en el Cesfam hay que dar su RUT, «v», y la receta timbrada."]),
    "se_personnummer": ("SE", ["Hörselvården skickade ett sms om tiden och bad mig ha personnumret «v» redo när jag ringer."]),
    "ie_pps": ("IE", ["Registering Nana with the new GP in Ennis: the form wants her PPS, «v», and her medical card details."]),
    "pt_nif": ("PT", ["No mercado de Braga comprei as meadas de seda e pedi fatura com o NIF «v» para o IRS."]),
}

MIXED_LINES = [
    ("US", "Farmers' market vendor application, scanned: «name», cell «phone», email «email», SSN for the 1099 «ssn».",
     ("phone", "email", "ssn")),
    ("US", "Tileraid clip at the moving-truck desk: «name» giving phone «phone», card «card», and SSN «ssn» for the deposit waiver.",
     ("phone", "card", "ssn")),
    ("US", "Summer braiding camp scholarship packet: guardian «name», «email», card for the holding fee «card», last page SSN «ssn».",
     ("email", "card", "ssn")),
    ("GB", "Theatre season-ticket renewal, typed into the box office chat: «name», «phone», «email», paying with «card».",
     ("phone", "email", "card")),
    ("IN", "Shaadi hall booking form filled by Chachu: «name», mobile «phone», email «email», advance on card «card».",
     ("phone", "email", "card")),
    ("CA", "Pizzas for the floorball end-of-season party, phoned in: «name», number «phone», card «card», ready at six.",
     ("phone", "card")),
    ("AU", "Swim school enrolment at the front desk: parent «name», mobile «phone», e-mail «email».",
     ("phone", "email")),
]
