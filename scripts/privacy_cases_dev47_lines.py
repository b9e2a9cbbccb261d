"""Where the dev47 privacy set's numbers and addresses turn up (``privacy_cases_dev47.py``): what
a personal agent's sensors record (Aoedi and Evumedia dashcam footage, Kenwood and Transcend
recordings and transcripts, a Rogbid watch, Milesight cameras, Mercusys routers, Fanvil and Gigaset
phones, Chicco and Avent baby monitors, Ten Percent and Hoichoi, a gyotaku print circle's harbour
mornings, ink-and-rice-paper evenings, fish-market runs and exhibition hangings, a fistball club's
court nights, league weekends, rope-and-line repairs and indoor winter games, a value written before
its label, a label a sentence or a line away from its value; dermatology, neurology, urology,
paediatrics and physiotherapy screens), English first, then in the words of the set's other
countries.

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
    "A mackerel that size only comes in on Tuesdays, so ring «name» at the fish counter before seven: «v». Say it's for printing, not for eating.",
    "Our left back twisted an ankle on the wet grass; if anybody can cover Saturday's fistball away game, «name» is collecting names on «v».",
    "Dad left the voicemail twice because the first one cut off: the plumber who fixed Gran's boiler is «name», «v», and he's cheap on weekdays.",
    "Rice paper dries faster over the radiator. Questions about the print night go to «name» — mobile «v» — not to the gallery desk.",
    "Kenwood transcript, 08:12, car park: so the new setter's number, write it down, «v», her name's «name», she's playing middle for us.",
    "Found a wallet on the number 9 bus with a loyalty card in it; the owner, «name», asked me to text «v» when I'm near the depot.",
    "Reminder pinned to the club fridge: rope tension keys live in the blue box. Lost them? Call «name» on «v» before you improvise with pliers.",
    "Babysitter for Friday fell through. Mum suggested «name» from the church hall, her cell is «v», she charges by the hour and brings snacks.",
    "The squid print sold at the harbour fair! The buyer wants a frame; «name» does framing out of a garage in Leith, «v».",
    "Evumedia clip, 17:40, stuck at the lights: passenger reads off the landlord's new mobile, «v», for «name», because the old one goes to voicemail.",
    "If your kid wants to try fistball before committing to the season, the under-twelves coach «name» answers texts at «v» most evenings.",
    "Dentist moved the cleaning to Thursday. Reception's direct line is down, so they gave me «name»'s personal cell: «v».",
    "Printing a whole snapper needs two pairs of hands. I'm pairing you with «name» — reach her on «v» and sort out who brings the sumi.",
    "Stapled to the pole by the chippy: grey lurcher bolted during fireworks, wearing a red harness, if seen please ring «name» on «v», she's frantic.",
    "The tournament bus leaves at six sharp from the leisure centre. Running late? Phone the driver, «name», «v», don't message the group.",
    "Note in the Ten Percent journal after a bad night: call the sleep clinic nurse, «name», tomorrow, «v», ask about the referral letter.",
    "For anyone carpooling to the Linz fistball camp: «name» has three seats and a roof box. Her number is «v».",
    "Landlord finally replied. The electrician's name is «name», he'll come Monday between nine and noon, his mobile is «v».",
    "Tide charts say low water at half ten, best time for the rock pools. «name» runs the harbour boat and picks up on «v».",
    "Hi, it's about the second-hand net you listed. I'm «name», still keen, can you call me back on «v» after work?",
    "School pickup swap this week: I take Monday and Tuesday, «name» takes the rest. Her number, in case the office asks, «v».",
    "A fishmonger in the covered market will save heads and tails for prints if you ask nicely; ask for «name», stall line «v».",
]

PHONE_LINKS = [
    "Inside the fishmonger's glass in Fremantle a curling flyer for Sunday ink sessions has a QR sticker pointing at https://wa.me/«vW»?text=Gyotaku%20Sunday",
    "The fistball club's sign-up sheet links straight to chat: https://api.whatsapp.com/send?phone=«vW»&text=Trial%20session",
    "On the back of the exhibition postcard, under the octopus print, the artist printed tel:«vE» in small grey letters",
    "Contact card the fistball referee coordinator forwarded after the rules clinic:\nBEGIN:VCARD\nVERSION:3.0\nFN:«name»\nORG:Rope Line Referees\nTEL;TYPE=cell,voice:«vE»\nEND:VCARD",
]

PHONE_LOCAL = {
    "IN": ["Kochi harbour se taaza pomfret chahiye print ke liye toh «name» bhaiya ko phone karo, number «v», subah paanch baje se pehle",
           "बेटी के स्कूल की बस का नया ड्राइवर «name» है, उसका मोबाइल नंबर «v» सेव कर लो",
           "Amma asked me to note the tailor's number down: «name», phone «v», he'll alter the blouse by Diwali"],
    "BR": ["O técnico do punhobol, «name», pediu que os pais mandem mensagem no celular «v» antes do treino de sábado",
           "Pra comprar a tainha inteira pra impressão, liga pro «name» do mercado, celular «v», ele separa as maiores"],
    "DE": ["Faustball-Training fällt wegen Hallensperrung aus, Ersatztermin klärt «name», Handy «v», bitte nicht aufs Festnetz",
           "Der Klempner für Omas Bad heißt «name», seine Handynummer ist «v», er kommt aber nur vormittags"],
    "MX": ["La señora «name» vende huachinango entero en el mercado de La Viga; su cel es «v», avísale un día antes",
           "Para la kermés de la escuela, la coordinadora es «name», cel. «v», ella reparte los puestos"],
    "FR": ["Pour l'atelier gyotaku du samedi, réservez auprès de «name» au «v», places limitées à huit",
           "Le kiné remplaçant s'appelle «name», son portable est le «v», il passe à domicile le mardi"],
    "ID": ["Kalau mau ikan kakap buat cetak gyotaku, hubungi «name» di TPI, nomor HP «v», pagi-pagi ya"],
    "PH": ["Ate, yung tricycle driver na maghahatid sa mga bata ay si «name», cellphone niya «v», bayad na hanggang Biyernes"],
    "JP": ["魚拓教室の申し込みは「«name»」さんまで、携帯「«v»」、土曜の朝なら確実です",
           "来月の避難訓練で給水車の手配を担当してくれる«name»さんの携帯は«v»、夜八時以降は出られないそうです"],
    "ES": ["El entrenador de fistball del barrio, «name», dice que le escribáis al móvil «v» para apuntaros"],
    "IT": ["Per la pesca di domani chiedi a «name» del porto, cellulare «v», parte alle cinque"],
    "TR": ["Balık baskısı atölyesi için «name» hocayla konuş, cep telefonu «v», perşembe akşamları müsait"],
    "KR": ["어탁 체험 예약은 «name» 선생님께, 휴대폰 «v»로 문자 주세요"],
    "PL": ["Hydraulik od sąsiadki to «name», komórka «v», przyjeżdża w soboty"],
    "RU": ["Если кто хочет попробовать фаустбол в Новосибирске, тренер «name» берёт трубку по номеру «v», но только вечером, днём он на заводе"],
    "EG": ["رقم «name» بتاع السمك في سوق الأنفوشي «v» اتصل بيه بدري"],
    "VN": ["Chị «name» bán cá ở chợ Hạ Long, số điện thoại «v», gọi trước để chị giữ con to"],
    "BD": ["Mach bazarer «name» bhai-er mobile nombor «v», ilish lagle agey phone diyo"],
    "PK": ["Rickshaw wale «name» ka mobile number «v» hai, school ke baad bachon ko le aayega"],
    "CO": ["Para el partido de fistball en Medellín, confirma con «name» al celular «v» antes del viernes"],
    "AR": ["El de la pescadería de Mar del Plata, «name», tiene celular «v», guardale el nombre"],
    "TH": ["ร้านปลาของ«name»ที่ตลาดมหาชัย เบอร์มือถือ «v» โทรจองปลาทูไว้ก่อน"],
}

SIGNATURES = [
    ("US", "Thanks for hanging the prints so carefully.\n— «name»\nPortland Gyotaku Circle, volunteer coordinator\nmobile «v» | «e»\n2210 SE Division St, Portland OR"),
    ("GB", "Cheers,\n«name»\nFixtures secretary, Whitby Fistball\nTel «v»\n«e»\n14 Church Street, Whitby YO22"),
    ("IN", "Warm regards,\n«name»\nKochi Fish Print Collective · Fort Kochi\nMobile: «v» · Mail: «e»"),
    ("DE", "Mit sportlichen Grüßen\n«name»\nAbteilungsleitung Faustball, TSV Stuttgart-Vaihingen\nMobil «v» · «e»"),
    ("BR", "Abraços,\n«name»\nAssociação de Punhobol de Novo Hamburgo\ncel. «v» — «e»"),
    ("FR", "Je file au port chercher des daurades pour jeudi.\n«name»\nanimatrice, gyotaku au bord de l'étang de Thau\ntél. «v»\n«e»"),
    ("AU", "Ta,\n«name»\nHobart Fish Print Group — treasurer\nph «v» / «e»\n3 Salamanca Pl, Hobart TAS"),
    ("NG", "Best,\n«name»\nLagos Lagoon Printmakers\nPhone/WhatsApp: «v»\nEmail: «e»\nPlot 7, Admiralty Way, Lekki"),
    ("CA", "Merci et à bientôt,\n«name»\nKitchener Fistball Club, registrar\ncell: «v»\n«e»"),
    ("ZA", "Kind regards\n«name»\nKalk Bay Fish Print Studio\nCell «v» | «e»\nMain Road, Kalk Bay, Cape Town"),
    ("KE", "Regards,\n«name»\nMombasa Old Town Print Circle\nTel: «v»\nE: «e»"),
    ("MX", "Saludos cordiales,\n«name»\nTaller de Gyotaku Ensenada\nCel. «v» · «e»\nAv. López Mateos 1120, Ensenada"),
    ("PH", "Pasensya na sa late reply, galing pa ako sa palengke ng Carbon.\n«name»\nkalihim, Mandaue harbour fish-print guild\nCP «v» · «e»"),
]

EMAIL_EN = [
    "The harbour gallery wants our prints framed by Friday. Send the sizes to «name» at «e» so she can order mounts.",
    "I'm off the fistball committee after this season. From March, league paperwork goes to «name»: «e».",
    "Kenwood note, dictated while walking: reply to «name» about the cottage booking, her address is «e», ask whether dogs are allowed.",
    "Receipts for the rice paper order should be forwarded to «e» — that's «name», who does the circle's books.",
    "New parent in the under-tens, «name», wants the training schedule; can someone mail it to «e» tonight?",
    "The school photographer's proofs came from «e». If you want extra copies, reply to «name» directly, not the office.",
    "For the insurance claim on the cracked windscreen, the assessor is «name», «e», and she wants three photos.",
    "Sketch of the flounder print attached. Please pass it on to «name» («e») before the open studio weekend.",
    "Hoichoi account is still in my brother's name, «name», with «e» as the login; ask him before cancelling.",
    "Umpire allocations for the indoor round were sent by «name» from «e» — check your spam folder.",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen für das Faustball-Pfingstturnier bitte an «name», E-Mail «e», bis spätestens Ende April",
    "FR": "Les photos de l'exposition de gyotaku sont chez «name» ; écrivez à «e» pour en recevoir une copie",
    "ES": "Las inscripciones al taller de estampado de peces las lleva «name», correo «e»",
    "BR": "As inscrições do time feminino de punhobol para o estadual em Santa Cruz do Sul ficam com «name», mandem nome completo e RG pro «e» até quinta",
    "JP": "魚拓展の出品票は«name»さん宛てに «e» まで送ってください",
    "KR": "주말 족구 대신 시작한 주먹배구 동호회, 이번 달 회비 입금증은 «name» 총무 메일 «e» 쪽으로 캡처해서 보내면 된대요",
    "IT": "Le foto del torneo di faustball le raccoglie «name», scrivete a «e»",
    "PL": "Kto chce odbijać śledzie tuszem na papierze ryżowym w Gdyni, niech pisze do «name», skrzynka «e», limit dwanaście osób i fartuchy własne",
    "TR": "Kulüp aidat dekontlarını «name» hanıma «e» adresinden iletebilirsiniz",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA",
                 "KE", "GH", "PK", "SG", "NZ", "IE"]

CARD_EN = [
    "Sitting in the car outside the art shop, «name» read her card aloud so I could book the framing online: «v», expiry on the back.",
    "Screenshot saved in the camera roll at 23:04 — checkout page for a new fistball, card number «v», the CVC field still empty.",
    "Gigaset answering machine: hi, it's «name», I'm paying the hotel deposit over the phone, the card is «v», call me if it doesn't go through.",
    "Aoedi dashcam audio, drive-thru window: cashier repeats the card back, «v», and asks for the ZIP code.",
    "Note in the club treasurer's spreadsheet, row 31: tournament fees charged to the coach's card «v» — reimburse before month end.",
    "Printed on the invoice for the ink stones by mistake, full card number and all: «v». Shred it.",
    "«name» texted the number of the company card so I could order the banners: «v».",
    "Voice memo, kitchen, Sunday: card for the grocery delivery is the new one, «v», the old one got eaten by the machine.",
]

CARD_LOCAL = {
    "IN": "«name» ne mujhe apna card number WhatsApp pe bheja tha train ticket ke liye: «v», CVV alag se bhejegi",
    "BR": "Cartão da «name» pra pagar a inscrição do campeonato de punhobol: «v», validade no verso",
    "DE": "Kreditkarte von «name» für die Hotelbuchung im Allgäu: «v», Prüfziffer kommt per SMS",
    "MX": "Mi comadre «name» no alcanzaba a llegar a la inmobiliaria de Zapopan, así que me pasó su tarjeta por llamada para cubrir la renta del changarro: «v»",
    "FR": "Carte bancaire de «name» pour commander le papier japonais : «v», date d'expiration au dos",
    "JP": "«name»さんのクレジットカード番号は「«v»」、ホテルの予約に使いました",
    "GB": "Card «name» used for the team minibus hire, read out at the desk: «v», she'll want the receipt.",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
                "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

IBAN_EN = [
    "The fistball nets rotted over winter. Anyone chipping in for new ones, transfer to «name», IBAN «v», reference NETS.",
    "Rent for the print studio goes to the landlord's account now — «name», IBAN «v» — from the first of the month.",
    "Voice note from the camper park: the deposit refund should land in my account, «name», IBAN «v», tell them it's urgent.",
    "Kenwood transcript, 14:22: so, for the refund form, account holder «name», IBAN «v», and the reason is a double charge.",
    "Please pay the gallery's hanging fee to «name»: IBAN «v». Put your surname in the reference.",
    "Grandma's pension office asked for the carer's bank details: «name», IBAN «v».",
]

IBAN_LOCAL = {
    "DE": ["Mitgliedsbeitrag Faustballabteilung bitte an «name», IBAN «v», Verwendungszweck Saison",
           "Die Nebenkostenabrechnung überweise ich an «name», IBAN: «v», bis zum Fünfzehnten"],
    "FR": ["Virement pour la cotisation de l'atelier à «name», IBAN «v», merci de préciser votre nom"],
    "ES": ["El vecino del tercero alquila el trastero del sótano para guardar las bicis; la transferencia, a «name», IBAN «v», el día uno de cada mes"],
    "IT": ["Quota del corso di stampa ittica: bonifico a «name», IBAN «v», causale Gyotaku"],
    "NL": ["De penningmeester van de vuistballers in Enschede vraagt de jaarcontributie vóór de winterstop, naar «name», IBAN «v», met je rugnummer erbij"],
    "PL": ["Wpłata za obóz sportowy syna na konto «name», IBAN «v», w tytule imię dziecka"],
    "TR": ["Kira ödemesi için «name» adına IBAN «v», açıklamaya daire numarasını yazın"],
    "BE": ["Voor het vuistbaltornooi in Kortrijk betaalt elke ploeg het inschrijvingsgeld aan «name», IBAN «v», met de ploegnaam in de mededeling"],
    "AT": ["Startgeld fürs Faustballturnier in Wels bitte an «name», IBAN «v», Betreff Mannschaftsname"],
    "PT": ["A quota do clube de pesca vai para «name», IBAN «v», até dia dez"],
}

ACCOUNT_LINES = {
    "us": ["First week at the cannery office in Astoria; HR's paper form wants payroll deposit info, so I copied routing «a» and checking «b» off a voided cheque.",
           "Aunt «name» wants the money for the fish prints wired; her bank gave routing «a» and account number «b».",
           "Payroll asked again for my details because the first deposit bounced — routing «a», account «b», savings this time."],
    "gb": ["Shirts with the rope-and-fist crest are in; settle up with «name» by bank transfer, sort code «a», acct «b», before Sunday's away trip to Hull.",
           "Coach Pat retires after nineteen seasons, so we're buying a proper garden bench; chip in via «name», sort code «a», account «b», by the end-of-season social."],
    "in": ["Papa's pension goes to «name»'s account now: account no. «a», IFSC «b», SBI Ernakulam branch.",
           "School fee transfer details from the circular: A/c no. «a», IFSC code «b»."],
    "au": ["Pay the print circle's hall hire to «name», BSB «a», account number «b», reference HALL."],
    "ca": ["Pre-authorized debit form for daycare: transit number «a», account «b», institution on the void cheque."],
    "br": ["Conta da «name» pro reembolso da viagem do time: agência «a», conta corrente «b»."],
    "mx": ["Deposita el anticipo del taller a nombre de «name», CLABE «a», y mándame el comprobante."],
    "ng": ["Abeg send the money for the fish to «name», «bank» account number «a», make e sharp.",
           "The tailor's account details: «bank», account no. «a», account name «name»."],
    "za": ["Soweto juniors' fistball fees for winter go to «name», Capitec branch «a», account «b»; put your child's surname so the coach can tick them off."],
    "ar": ["Transferile a «name» lo de la cancha, CBU «a», y avisale por mensaje."],
}

ID_LINES = {
    "us_ssn": ("US", ["Tax preparer's intake sheet, line 3: spouse's Social Security number «v», filing jointly.",
                      "Overheard at the bank counter on the Transcend recorder: and your SSN? — «v»."]),
    "in_aadhaar": ("IN", ["Gas connection ke form mein Aadhaar number «v» likha hai, photocopy bhi lagani hai"]),
    "in_pan": ("IN", ["Amma wants to start an SIP at the Thrissur branch; the relationship manager needs her PAN card for KYC, «v», and a cancelled cheque by Friday."]),
    "br_cpf": ("BR", ["Na ficha de inscrição do campeonato de punhobol: CPF do atleta «v»"]),
    "mx_curp": ("MX", ["Para la beca de mi hija piden la CURP: «v», ya la revisé en el portal"]),
    "mx_rfc": ("MX", ["Factura a nombre del taller, RFC «v», uso CFDI gastos en general"]),
    "gb_nhs": ("GB", ["Physio referral letter: NHS number «v», left knee, fistball injury."]),
    "de_idnr": ("DE", ["Erster Arbeitstag im Bootsbau in Kiel; die Personalabteilung wollte für die Lohnabrechnung meine steuerliche Identifikationsnummer «v» und die Krankenkasse"]),
    "fr_nir": ("FR", ["La dermatologue de Sète a rempli la feuille de soins à la main, mon numéro de sécu «v» recopié en bas, et m'a dit d'éviter le soleil sur le grain de beauté"]),
    "es_dni": ("ES", ["Mamá se dejó las gafas en casa, así que en la ventanilla de Correos de Triana le dicté yo su documento, DNI «v», mientras la cola resoplaba"]),
    "es_nie": ("ES", ["El chico rumano que alquila la buhardilla de Lavapiés me mandó foto de su tarjeta verde para el contrato, NIE «v», y pidió pagar la fianza en dos veces"]),
    "it_codicefiscale": ("IT", ["Modulo del centro estivo di Cesenatico compilato sul cofano della macchina, riga in fondo: codice fiscale di Matteo «v», allergie nessuna"]),
    "ca_sin": ("CA", ["Onboarding at the marina: SIN «v», start date Monday."]),
    "id_nik": ("ID", ["Ibu minta tolong daftarkan BPJS untuk adik di kantor kelurahan Sleman, petugasnya menyalin NIK adik «v» dari kartu keluarga pakai pulpen merah"]),
    "pk_cnic": ("PK", ["Multan mein naye ghar ki bijli lagwani hai, WAPDA wale lineman ne kaha form pe abbu ka CNIC «v» likho aur meter fee kal jama karao"]),
    "tr_tckimlik": ("TR", ["Annemin dizindeki ağrı için Kartal'daki hastaneden randevu alırken santraldeki kıza TC kimlik numarasını okudum, «v», iki kere tekrarlattı"]),
    "pl_pesel": ("PL", ["Rejestratorka w przychodni na Bielanach przez telefon: proszę podać PESEL małej, więc przeliterowałem «v», a potem czekałem dwadzieścia minut na lekarza"]),
    "za_idnr": ("ZA", ["Clinic card for the paediatric visit: ID number «v»."]),
    "kr_rrn": ("KR", ["아버지 무릎 때문에 정형외과 갔는데, 접수대에서 보호자인 내가 아버지 주민등록번호 «v» 를 대신 적고 한참 기다렸어"]),
    "cn_ric": ("CN", ["办理快递实名登记，身份证号码：«v»"]),
    "jp_in": ("JP", ["勤務先に提出するマイナンバーは«v»です"]),
    "au_tfn": ("AU", ["New casual job at the fish co-op wants my TFN: «v»."]),
    "nl_bsn": ("NL", ["Voor de huurtoeslag vraagt de gemeente het BSN van mijn partner: «v»"]),
    "th_pin": ("TH", ["กรอกเลขประจำตัวประชาชน «v» ในใบสมัครแข่งกีฬา"]),
    "my_nric": ("MY", ["Atuk demam sejak Subuh, jadi di kaunter klinik desa Marang saya isi borangnya sendiri, nombor MyKad atuk «v», alamat kampung"]),
    "ar_cuit": ("AR", ["Le hice los carteles al club de pescadores de Necochea y para emitir la factura electrónica me pasaron el CUIT de la comisión: «v»"]),
    "cl_rut": ("CL", ["Inscripción al torneo de faustball en Osorno, RUT del jugador: «v»"]),
    "se_personnummer": ("SE", ["Sonen fick feber på fotbollslägret, och sköterskan på vårdcentralen i Umeå ville ha hans personnummer, «v», innan hon ens tittade i halsen"]),
    "ie_pps": ("IE", ["Filling in the GP visit card application for Mam at the kitchen table in Tralee; her PPS number is «v», and the envelope is already stamped."]),
    "pt_nif": ("PT", ["Na drogaria de Aveiro comprei tinta sumi e rolos para a oficina de peixes impressos, e pedi fatura com o NIF «v» da minha mãe, que é quem paga"]),
}

MIXED_LINES = [
    ("US", "Registration desk at the Oregon fish print fair, clipboard photo: «name», mobile «phone», email «email», SSN for the artist payout «ssn».", ("phone", "email", "ssn")),
    ("US", "Rental car counter, Transcend clip: name «name», phone «phone», card «card», and for the background check SSN «ssn».", ("phone", "card", "ssn")),
    ("US", "Need-based aid form for the fistball day camp in Bismarck, guardian section: contact email «email», deposit charged to «card», SSN for the tax credit «ssn».", ("email", "card", "ssn")),
    ("GB", "Ferry booking to Orkney, typed into the form: mobile «phone», email «email», card «card».", ("phone", "email", "card")),
    ("IN", "Train tatkal booking on the laptop: mobile «phone», email «email», card «card», Kochi to Chennai.", ("phone", "email", "card")),
    ("CA", "Hockey-rink snack bar order over the phone: callback number «phone», card «card».", ("phone", "card")),
    ("AU", "Surf school waiver for the kids: emergency mobile «phone», email «email».", ("phone", "email")),
]
