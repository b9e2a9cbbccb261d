"""Line templates of the dev61 privacy set (``privacy_cases_dev61.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
teqball club's curved tables, leagues and tournaments, a suminagashi circle's ink baths, papers and
print sales, a pond-dipping group's nets, trays and species counts, a coppice group's hazel stools,
poles and work days, a geocaching club's caches, logbooks and events, an amateur radio club's nets,
repeaters and QSL cards; texts, voice notes, e-mails and their signatures, forms and receipts), written
fresh as messages from particular people in particular situations, with slots in guillemets: «v» a
value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a person's name, «a» and «b»
an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Teqball captains: if the curved table at the leisure centre is still padlocked on Thursday, ring «name» on «v», she has the key",
    "«name» from the marbling circle says the ink bath order arrived damp; text her at «v» before you open the box",
    "Missed call from «v», left a voicemail about the pond-dipping trays we borrowed from the school, sounded friendly",
    "Coppice work day moved to Sunday because of the gales. Lifts from the car park: «name», «v», seats for three",
    "Call me on «v» when the geocache event finishes, I'll bring the trackable coins back from the pub",
    "Net control this week is «name» (mobile «v»); check in on the repeater after the club news at eight",
    "The QSL bureau parcel is at the post office under the club's name; they need a contact number, I gave «v»",
    "Hi, this is the chap who bought two hazel hurdles at the fair. Could «name» call me back on «v» about delivery?",
    "Pond survey: «name» will lead the newt count at the Hollow, her number for the evening is «v», torches essential",
    "Suminagashi demo at the library on the 14th; the librarian who booked us is «name», «v», she wants a table plan",
    "For the teqball referees' course the organiser asked for an emergency contact, mine's «name» at «v»",
    "Found a cache container in the river after the flood, reported it to the owner, «v», «name», he's relieved",
    "«v» - that's the taxi firm the radio club uses for the contest weekend hill site, ask for the estate car",
    "Reminder text to self: ring the council's tree officer about the coppice licence, «v», before the end of the month",
    "Pond-dipping kit: the field centre's warden can unlock the store, reach him on «v» after nine only",
    "Marbling paper supplier in the arches finally answered; new rep is «name», direct line «v»",
    "If I'm late to the teqball league night, the hall caretaker is on «v»; tell him we booked until ten",
    "«name», the licensed op who'll supervise the school's radio day, can be reached at «v» all that week",
    "Lost and found: a green geocaching backpack left at the trailhead, owner please call «v» with what's inside",
    "Our coppice group's charcoal kiln burn needs a fire-watch: volunteers text «name» on «v» with which night",
    "The print sale float is with «name» now, «v», ask her for change before the doors open",
    "Voicemail from «name» at «v» about the club's aerial on the church tower, the vicar wants a chat",
]

PHONE_LINKS = [
    "New to our curved-table league? Message the fixtures secretary before turning up, she adds you to the rota: https://wa.me/«vW»",
    "Marbling circle queries go to https://wa.me/«vW», the tutor answers after her classes",
    "tap to ring the pond-dipping leader from the car park if the gate's shut: tel:«vE»",
    "Radio club emergency net contact, «name», saved as tel:«vE» in the shared contacts file",
]

PHONE_LOCAL = {
    "IN": [
        "Teqball academy ke coach «name» ka number «v» hai, Sunday practice ke liye unhe call karo",
        "Pond-dipping trip ki bus ka driver «v» pe milega, subah saat baje",
        "Radio club ke repeater ki chaabi ke liye «v» pe message karna, Palakkad wale bhaiya",
    ],
    "BR": [
        "A professora «name» da oficina de marmorização pediu que liguem no «v» para confirmar o material",
        "O caseiro do sítio onde fazemos o manejo do bambuzal atende no «v», só depois das sete",
        "Perdi o celular na trilha do geocache; se alguém achar, liga pro «v», é da minha irmã",
    ],
    "DE": [
        "Für den Teqball-Spieltag am Samstag bitte bei «name» unter «v» anmelden, die Halle ist klein",
        "Der Förster wegen der Niederwald-Pflege ist unter «v» erreichbar, am besten vormittags",
        "Funkrunde heute ausgefallen, Rückfragen an die Nummer «v», der OV-Vorsitzende geht ran",
    ],
    "MX": [
        "Para la clínica de teqball en la cancha del barrio, hablen con «name» al «v», lleva las mesas",
        "El guía del estanque donde hacemos el muestreo de ajolotes contesta en el «v»",
        "Si el repetidor vuelve a fallar, manden mensaje al «v», es el técnico del club",
    ],
    "FR": [
        "Pour l'atelier de papier marbré samedi, appelez «name» au «v», elle prête les bacs",
        "Le garde de la réserve, pour la sortie mares et tritons, répond au «v» le matin",
        "Chasse au géocache annulée à cause de la pluie, infos au «v» jusqu'à midi",
    ],
    "ID": [
        "Pelatih teqball klub kita, «name», bisa dihubungi di «v» untuk jadwal latihan",
        "Nomor penjaga kolam untuk pengamatan kecebong besok: «v», kabari dulu sebelum datang",
        "Kalau antena di atap balai desa miring lagi, telepon «v» ya",
    ],
    "PH": [
        "Yung coach natin sa teqball, si «name», tawagan niyo sa «v» para sa schedule ng court",
        "Yung bantay ng lawa para sa pond survey, «v» ang number niya, pakitext muna",
        "Kung may problema sa radyo bago ang net, itext lang ang «v»",
    ],
    "JP": [
        "墨流し教室の見学は講師の«name»さん(«v»)まで電話でお願いします",
        "ため池でヤゴとイモリを数える日、駐車場が満車なら«v»の管理人さんへ",
        "無線クラブのレピーター点検の件、担当の番号は«v»です",
    ],
    "ES": [
        "Para el torneo de teqball del polideportivo, apuntaos con «name» en el «v»",
        "El guarda del bosque de castaños que trasmochamos coge el teléfono en el «v»",
        "Si encontráis el tesoro geocaching antes que nosotros, llamad al «v» y lo celebramos",
    ],
    "IT": [
        "Per il torneo di teqball al palazzetto chiamate «name» al «v», tiene lui le iscrizioni",
        "Il custode dello stagno per il campionamento dei tritoni risponde al «v»",
        "Se la radio del rifugio non trasmette, mandate un messaggio al «v»",
    ],
    "TR": [
        "Teqball turnuvası için «name» ile «v» numarasından iletişime geçin, masaları o getiriyor",
        "Gölet gözlemi için bekçinin numarası «v», sabah erken arayın",
        "Telsiz kulübünün röle anahtarı için «v» numarasını arayın",
    ],
    "KR": [
        "테크볼 리그 일정은 «name» 코치님께 «v»로 문의하세요",
        "연못 생물 조사 당일 연락처는 «v» 입니다",
        "무선 동호회 중계기 점검 담당 번호: «v»",
    ],
    "PL": [
        "W sprawie turnieju teqballa dzwońcie do «name» pod numer «v», ona prowadzi zapisy",
        "Leśniczy od cięcia leszczyny odbiera pod «v», najlepiej rano",
        "Klucz do szafki z radiostacją ma kolega pod numerem «v»",
    ],
    "RU": [
        "По поводу турнира по текболу звоните «name» на «v», она ведёт запись",
        "Сторож пруда для учёта тритонов отвечает по номеру «v»",
        "Если ретранслятор опять замолчит, пишите на «v»",
    ],
    "EG": [
        "لحجز طاولة التيكبول في النادي كلم «name» على «v»",
        "رقم حارس البحيرة لرحلة رصد الضفادع: «v»",
        "لو الهوائي وقع تاني كلموا «v»",
    ],
    "VN": [
        "Muốn đăng ký giải teqball thì gọi «name» số «v» nhé",
        "Số của bác trông ao cho buổi khảo sát nòng nọc: «v»",
        "Nếu trạm lặp bị lỗi, nhắn tin cho «v»",
    ],
    "BD": [
        "টেকবল টুর্নামেন্টের জন্য «name» কে «v» নম্বরে ফোন করুন",
        "Tadpole gona hobe shokal chhoyta theke, gate er chabi ache pahara-dar chachar kachhe, take «v» te phone diben, deri korben na",
        "রেডিও ক্লাবের অ্যান্টেনা সমস্যা হলে «v» এ কল দিন",
    ],
    "PK": [
        "Teqball tournament ke liye «name» se «v» par raabta karein",
        "Talaab survey ke din chowkidar ka number «v» hai",
        "Radio club ki antenna ke masle par «v» par call karein",
    ],
    "CO": [
        "Para el torneo de teqball en el coliseo, llamen a «name» al «v», ella lleva la planilla",
        "El celador de la laguna para el conteo de renacuajos contesta en el «v»",
        "Si el repetidor del cerro se cae, avisen al «v»",
    ],
    "AR": [
        "Para anotarse en el torneo de teqball del club, llamen a «name» al «v»",
        "El guardaparque de la laguna, para el muestreo de sapitos, atiende en el «v»",
        "Si la antena del radioclub se vuelve a soltar, mandá mensaje al «v»",
    ],
    "TH": [
        "สมัครแข่งเทคบอลติดต่อ«name» โทร «v»",
        "เบอร์ยามเฝ้าบ่อสำหรับวันสำรวจลูกอ๊อด: «v»",
        "ถ้าเครื่องทวนสัญญาณเสียอีก ให้ส่งข้อความไปที่ «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks for coming out to league night!\n«name» | Curved Table Teqball Club\n«v» | «e»"),
    ("GB", "Cheers,\n«name», work-day organiser, Wealden Coppice Group\nMob: «v»\n«e»"),
    ("IN", "Regards,\n«name»\nPond Survey Volunteer Lead, Vembanad Wetlands\nPh: «v» | Mail: «e»"),
    ("DE", "Mit freundlichen Grüßen\n«name»\nOrtsverband Altmark, Referat Ausbildung und Prüfungsvorbereitung\nTel. «v»\n«e»"),
    ("BR", "Abraços,\n«name»\nOficina de Marmorização em Papel, turmas de sábado e aulas particulares\nCel.: «v»\nE-mail: «e»"),
    ("FR", "Bien à vous,\n«name»\nAtelier de papier marbré, Pézenas (cours du mercredi)\nTél. : «v»\nCourriel : «e»"),
    ("AU", "Cheers,\n«name», cache reviewer\n«v»\n«e»"),
    ("NG", "Best,\n«name»\nTeqball Uyo, fixtures desk\n«v» / «e»"),
    ("CA", "Merci pour les photos de la sortie d'hiver,\n«name»\nresponsable des caches du secteur Saguenay\n«v»\n«e»"),
    ("ZA", "Regards,\n«name» (ZS radio club, QSL manager)\nCell «v»\n«e»"),
    ("KE", "Asante,\n«name»\nGeocaching Nyahururu events\n«v» · «e»"),
    ("MX", "Con gusto les comparto las fotos de los ajolotes,\n«name»\nvoluntaria de los lago de Pátzcuaro, brigada de los jueves\nCel. «v»\nCorreo: «e»"),
    ("PH", "Ingat po kayo sa biyahe pauwi galing tournament,\n«name»\nkalihim, Tagbilaran curved-table club\n«v» | «e»"),
]

EMAIL_EN = [
    "Send your league fixture clashes to «e» by Wednesday night, «name» sorts them into the new draw",
    "Print sale receipts come from «e»; if yours went to spam, «name» can resend",
    "The pond survey datasheets are collected by «e» after each visit, «name» uploads them to the county records",
    "Coppice work-day sign-ups: reply to «e» with your boot size, «name» keeps the spare gloves",
    "Geocache event RSVPs: «e»",
    "Anyone wanting to sit the foundation exam before the summer field day, «name» runs the Tuesday practicals and reads «e» most evenings",
    "The marbling tutor's address for the class photos is «e», ask «name» if she doesn't reply",
    "For QSL cards not yet sent, email «e»",
    "Teqball referees, send your availability for the regional finals to «e», cc «name»",
    "hazel pole orders: «e»",
]

EMAIL_LOCAL = {
    "DE": "Wer im Frühjahr die Klasse-N-Prüfung ablegen will, meldet sich für den Abendkurs im Gemeindehaus bei «name» an, Postfach «e»",
    "FR": "Pour les stages de marbrure sur l'eau pendant les vacances de Pâques, écrire à «e», et si la boîte déborde, relancer «name» au marché",
    "ES": "Para el torneo de teqball, mandad vuestro equipo a «e»; lo gestiona «name»",
    "BR": "As fotos do mutirão do bambuzal vão para «e», quem organiza é «name»",
    "JP": "墨流しの作品展の出品申込は«name»さんまで、メール «e» でお願いします",
    "KR": "테크볼 대회 참가 신청은 «name» 님 메일 «e» 로 보내 주세요",
    "IT": "Le schede del campionamento nello stagno vanno inviate a «e», le raccoglie «name»",
    "PL": "Zapisy na dzień pracy przy leszczynie u «name», mail: «e»",
    "TR": "Kale surlarındaki gizli kutu avına gelecek olanlar, otobüs listesi için «name» ile «e» üzerinden yazışsın, yer sınırlı",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Paid the curved-table deposit with the club card «v»; «name» has the receipt if the centre asks",
    "Card on file for the marbling paper subscription: «v», renews on the first",
    "Pond-dipping nets from the field shop, charged to «v», I'll claim it back from the kitty",
    "charged the chainsaw hire for the coppice day on «v», it was the only card that worked",
    "Geocaching premium renewal failed, the card they have is «v», expired I think",
    "The radio club's new antenna was ordered on my card «v», reimburse when you can",
    "Teqball league entry fees, all four teams, went on «v», «name» please split it",
    "Print shop checkout screenshot: card «v» accepted, order ready Thursday",
]

CARD_LOCAL = {
    "IN": "Teqball academy fees «v» wale card se bhar diye, receipt mail pe aayegi",
    "BR": "«name», paguei as tintas da oficina com o cartão «v», me manda o comprovante",
    "DE": "Die Spannseile und das Koax für den Mast auf dem Vereinsheim hat «name» vorgestreckt, Karte «v», Belege hängen am schwarzen Brett",
    "MX": "Ya llegaron los coladores y las charolas blancas para revisar ajolotes; «name» los cargó a su tarjeta «v», hay que juntarle lo de cada quien",
    "FR": "Les cuvettes en zinc et le fiel de bœuf pour l'atelier, c'est «name» qui a avancé avec sa carte «v», on fait les comptes jeudi",
    "JP": "«name»さん、墨流しの紙代はカード«v»で決済しました",
    "ES": "«name» pagó la inscripción del torneo con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» asked for the club's IBAN to pay for the teqball tables: «v»",
    "The residential marbling weekend at the mill fell through when the river flooded the studio; my refund can go back to «v»",
    "Pond-survey grant paid into «v», the council needs it on the claim form",
    "«name»'s IBAN for the coppice group's charcoal takings: «v»",
    "transfer the radio contest entry to «v», reference your callsign",
    "Geocaching event hall hire, bank details: «v»",
]

IBAN_LOCAL = {
    "DE": ["«name» hat die IBAN für die Spieltag-Startgelder geschickt: «v»",
           "Überweisung für die Amateurfunk-Prüfungsgebühr bitte an «v»"],
    "FR": ["«name» a envoyé l'IBAN pour les cotisations de l'atelier : «v»",
           "Virement pour la sortie mares et tritons du mois prochain : «v»"],
    "ES": ["«name» dice que la cuota de la mesa curva de esta temporada se ingresa aquí, y que pongáis el apodo del equipo: «v»",
           "Transferencia para el alquiler del pabellón del torneo: «v»"],
    "IT": ["«name» ha mandato l'IBAN per le quote del gruppo di geocaching: «v»",
           "Bonifico per l'affitto della palestra per il torneo di teqball, causale nome e squadra: «v»"],
    "NL": ["«name» stuurde het IBAN voor de contributie van de radioclub: «v»",
           "Wie mee wil met het slootjesvissen bij de heemtuin, de bijdrage voor schepnetjes en loepjes graag naar «v»"],
    "PL": ["«name» podała numer konta do wpłat za turniej: «v»", "Przelew za sieci: «v»"],
    "TR": ["«name» kavisli masanın taksitleri için kulübün hesabını paylaştı, açıklamaya takım adını yazın: «v»",
           "Gölet gözlem gezisi için otobüs ücretini bu hesaba yatırın: «v»"],
    "BE": ["«name» stuurde het rekeningnummer voor het knotwilgenwerk: «v»",
           "Betaling voor de geocaching-tocht met picknick en gids, graag vóór vrijdag: «v»"],
    "AT": ["«name» schickte die IBAN für den Funkkurs: «v»", "Startgeld Teqball bitte an «v»"],
    "PT": ["«name» enviou o IBAN para as quotas da oficina de marmorização: «v»",
           "Transferência para o aluguer do pavilhão do torneio de teqball, com o nome da equipa: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Our doubles pair won the Midwest open and «name» would rather skip the giant cardboard check, ACH please: routing «a», account «b»",
        "The community college pays the visiting marbling tutor by direct deposit only, so she filled in routing number «a», account «b» on the vendor sheet",
        "Conservation district grant for the salamander survey goes to the checking account «name» opened for us, ABA «a», acct «b», they wire it in April",
    ],
    "gb": [
        "«name» is holding the bean-pole and pea-stick takings from the village fete stall until March; hers is sort code «a», account «b», please round up",
        "Standing order for the repeater's electricity and mast insurance, set yours up against sort code «a», account number «b», ref your callsign",
    ],
    "in": [
        "«name» bol raha hai tournament jersey printing ka advance usko bhejo, A/c «a», IFSC «b», screenshot group mein daal dena",
        "Marbling camp got washed out by the monsoon so full refunds; my brother-in-law is collecting for us, account number «a», IFSC «b», name «name»",
    ],
    "au": ["«name» asked for the geocaching event float to go to BSB «a», account «b», she'll sort the sausages"],
    "ca": ["«name» needs the pond survey reimbursement by direct deposit: transit and institution «a», account «b», by month end"],
    "br": [
        "«name» deixou anotado no quadro da sala de marmorização: quem ainda deve a tinta e o papel japonês deposita na agência «a», conta «b», e manda foto",
        "Dados para o rateio do mutirão: agência «a», conta corrente «b», titular «name»",
    ],
    "mx": ["Depósito para el torneo de teqball por CLABE «a», a nombre de «name», por favor mandar comprobante al grupo"],
    "ng": [
        "Team, the curved table from the warehouse don land; «name» wan make we refund am sharp sharp, «bank», account «a», drop your receipt for the chat",
        "Na «name» dey collect money for the new antenna coax this quarter o, na «bank» «a», send am before the Saturday net",
    ],
    "za": ["Overseas QSL postage is eating our budget; «name» has fronted it, so reimburse her, branch code «a», account «b», thanks ZS crew"],
    "ar": ["«name» me mandó por audio su CBU, lo transcribo para que le giren lo de las pelotas nuevas y el flete desde la capital: «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["Volunteer background check for the radio club's school day wants my SSN: «v»",
                      "Tax form for the teqball prize money, the payer asked for the winner's social security number, «v», so they can file"]),
    "in_aadhaar": ("IN", ["Pond survey permit form asks for Aadhaar, mine is «v»",
                          "Teqball academy registration needs the child's Aadhaar number: «v», attach the photocopy too please"]),
    "in_pan": ("IN", ["The art school's accountant won't release the marbling workshop honorarium without a PAN, mine is «v», forward it to her",
                      "Ham club kept nagging, so for the tax-exemption slip on the mast money I finally sent across «v», the PAN from my old wallet copy"]),
    "br_cpf": ("BR", ["A papelaria só emite nota das folhas de marmorizar com CPF, passa o teu: «v», é o que ela tem aqui anotado",
                      "Pra inscrever a molecada no torneio de mesa curva, a federação pediu o CPF do responsável: «v»"]),
    "mx_curp": ("MX", ["CURP para el permiso del muestreo: «v»",
                       "La liga de teqball pide la CURP del jugador menor de edad: «v»"]),
    "mx_rfc": ("MX", ["La tlapalería que nos vendió los coladores y las cubetas para el conteo de ajolotes pide RFC para facturar: «v»",
                      "RFC del club de radioaficionados: «v»"]),
    "gb_nhs": ("GB", ["The woodland trust's volunteer medical card asks for your NHS number in case of a billhook slip, mine's «v»",
                      "The outdoor centre wants each child's NHS number on the pond-dipping consent slip: «v»"]),
    "de_idnr": ("DE", ["Vereinskasse braucht für die Pauschale der Teqball-Jugendtrainerin ihre Identifikationsnummer beim Finanzamt: «v»",
                       "Die Kreisvolkshochschule zahlt mir die Abende am Morsetaster nur mit Steuer-ID aus, also hier: «v»"]),
    "fr_nir": ("FR", ["Numéro de sécu pour l'assurance de l'atelier : «v»",
                      "Mutuelle du comité régional : pour couvrir les stages d'été sur table courbe, ils veulent le numéro de sécu, le mien c'est «v»"]),
    "es_dni": ("ES", ["La federación autonómica no tramita la ficha de la jugadora sin el DNI, te lo dicto: «v»",
                      "Para el seguro del día de trasmochado, el DNI del voluntario: «v»"]),
    "es_nie": ("ES", ["Al chaval italiano que juega con nosotros le piden el NIE para el seguro del campeonato en la playa: «v»",
                      "NIE de la monitora del taller de papel marmolado: «v»"]),
    "it_codicefiscale": ("IT", ["La tessera del gruppo dei cercatori di contenitori nascosti nei boschi richiede il codice fiscale, il mio è «v»",
                                "Per rimborsarmi retini, vaschette bianche e lenti per i girini, la segreteria del parco vuole il codice fiscale: «v»"]),
    "ca_sin": ("CA", ["Day camp hired me to run teqball at the lakeside courts in July; their payroll form took my SIN, «v»",
                      "The pond survey stipend needs your social insurance number on the T4A form, mine was «v»"]),
    "id_nik": ("ID", ["Panitia kejuaraan meja lengkung di alun-alun minta NIK tiap pemain buat asuransi, punyaku «v»",
                      "NIK pelatih teqball untuk surat izin lapangan: «v»"]),
    "pk_cnic": ("PK", ["CNIC for the radio licence form: «v»",
                       "Wireless licence renewal form par shanakhti card ka number chahiye tha, maine «v» likh diya"]),
    "tr_tckimlik": ("TR", ["Amatör telsiz sınavı başvurusunda TC kimlik numarası istendi, benimki «v»",
                           "Kavisli masa kulübüne yazılırken sigorta için kimlik numaramı verdim: «v»"]),
    "pl_pesel": ("PL", ["PESEL do zgłoszenia na turniej: «v»",
                        "PESEL uczestnika dnia pracy przy leszczynie, do ubezpieczenia grupowego: «v»"]),
    "za_idnr": ("ZA", ["SARL exam sitting in Gonubie, the booking form wants the candidate's ID number: «v»",
                       "The geocaching event insurer wants the organiser's South African ID number: «v», and a copy"]),
    "kr_rrn": ("KR", ["구청 체육관 곡면 탁구대 대여 신청서에 대표자 주민등록번호 «v» 적어서 냈어요",
                      "무선국 개설 신고서에 넣으라고 해서 주민번호 «v» 적었는데 괜찮겠지"]),
    "cn_ric": ("CN", ["身份证号码：«v»（参赛报名）",
                      "墨流画展报名需填写身份证号：«v»"]),
    "jp_in": ("JP", ["公民館から墨流し講座の講師料を払うのでマイナンバーを教えてと言われた、«v»で合ってるはず",
                     "個人番号 «v» を謝金の書類に記入"]),
    "au_tfn": ("AU", ["Holiday program at the PCYC is paying me for the teqball sessions now, so the bookkeeper wants my TFN, it's «v»",
                      "The council wants the coppice contractor's tax file number before they'll pay the invoice: «v»"]),
    "nl_bsn": ("NL", ["BSN voor de vrijwilligersvergoeding: «v»",
                      "Het waterschap betaalt de vrijwilligers van het kikkervisjesonderzoek pas uit met een BSN erbij, de mijne: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชน «v» สำหรับสมัครแข่ง",
                      "เลขประจำตัวประชาชนของโค้ช: «v»"]),
    "my_nric": ("MY", ["IC no. untuk pendaftaran: «v»",
                       "Persatuan minta nombor kad pengenalan jurulatih meja melengkung untuk lesen kejohanan negeri: «v»"]),
    "ar_cuit": ("AR", ["CUIT para la factura del torneo: «v»",
                       "El radioclub pidió el CUIT del proveedor de antenas para el comprobante del subsidio: «v»"]),
    "cl_rut": ("CL", ["RUT para inscribirse en el torneo: «v»",
                      "RUT del voluntario del muestreo de la laguna, para el seguro: «v»"]),
    "se_personnummer": ("SE", ["Personnummer för licensen: «v»",
                               "Personnumret till ledaren för dammhåvningen, för försäkringen: «v»"]),
    "ie_pps": ("IE", ["PPS number for the coaching grant: «v»",
                      "The coppice group's Community Employment form needs my PPS: «v»"]),
    "pt_nif": ("PT", ["A papelaria do Chiado só passa fatura das folhas de marmoreado com contribuinte, o meu é «v»",
                      "NIF do clube de teqball para o recibo do pavilhão: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "VE session sign-in sheet, walk-in candidate «name»: cell «phone», email «email», SSN «ssn» (FRN pending)",
     ("phone", "email", "ssn")),
    ("US", "Prize payout ledger for the pickup league, winner «name»: reached at «phone», entry fee on card «card», SSN «ssn» since it's over six hundred",
     ("phone", "card", "ssn")),
    ("US", "Marbling class sign-up: «name», «email», paid with «card», SSN «ssn» because the college asked for it",
     ("email", "card", "ssn")),
    ("GB", "Hurdle-making weekend, hazel and willow, booked by «name»; mobile «phone», email «email», deposit on card «card»", ("phone", "email", "card")),
    ("IN", "Pond survey volunteer «name»: phone «phone», email «email», paid the bus fare with «card»", ("phone", "email", "card")),
    ("CA", "Geocaching event raffle winner «name», call «phone», prize shipping paid with «card»", ("phone", "card")),
    ("AU", "Teqball clinic enquiry from «name»: «phone», «email»", ("phone", "email")),
]
