"""The dev56 set's line templates (issue 52): phones, e-mail addresses, cards, IBANs, bank accounts,
national ids and mixed lines, where a personal agent's sensors meet them (a crokinole club's boards,
discs, twenties and tournaments, a rosemaling circle's brushes, tine boxes, classes and exhibition, a
blood-donation bus's stops and donors, a volunteer lifeboat station's crew and launches, a community
radio station's night shift; texts, voice notes, e-mails and their signatures, forms and receipts),
written fresh as messages from particular people in particular situations, with slots in guillemets:
«v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a person's name, «a» and
«b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "KE", "NG", "GH", "SG"}

PHONE_EN = [
    "The crokinole board I ordered from the Amish woodworker is ready, «name» says call «v» to pick it up, bring a blanket for the car",
    "Blood bus is parked behind the library until four, if you feel faint afterwards the nurse on duty is reachable at «v»",
    "Lifeboat pager test failed on my unit, station mechanic «name» asked me to ring «v» so he can swap the battery",
    "Night presenter cover for Saturday: «name» can do the 2 a.m. slot, her mobile «v», she needs the studio door code too",
    "Rosemaling teacher is stuck in snow near the pass, she says text «v» when the class starts so she can join on the phone",
    "Found a bag of crokinole discs in the church hall after the twenties night, owner please call «v» and tell me the colour",
    "The tine boxes for the exhibition arrive Friday, carrier's driver «name» phones ahead from «v», someone needs to be there",
    "Donor appointment moved to Tuesday because the bus broke down, rebook by calling «v» and give your donor number",
    "Coxswain says the launch tractor needs a new tyre, the farm mechanic «name» can come out, his number «v»",
    "Radio transmitter alarm went off at three, the engineer on call this week is «name» on «v», do not try the reset yourself",
    "The woman who sells linseed oil and pigments at the craft fair gave me her number, «v», she delivers to the circle",
    "Crokinole doubles partner wanted for the county open, call «name» on «v» if you can flick with your left hand",
    "Lost my dog near the slipway this morning, a fisherman picked her up and left his number «v» with the harbour office",
    "School bus company changed dispatchers, new one is «name», reach her at «v» before 7 if the kids are sick",
    "The upholsterer who fixed Mum's kubbestol chair wants a call back about the second one, «v», he's out Wednesdays",
    "Tonight's call-in show: listeners can text their song requests to «v», the studio phone is only for the guests",
    "Landlord finally answered about the boiler, his handyman «name» is on «v» and says he can come Thursday at nine",
    "Our blood drive poster went to print with the wrong number, the correct one for questions is «v», please share",
    "Crew member «name» is back from leave, he asked everyone to update his number in the pager list to «v»",
    "Tournament director for the crokinole championship in Tavistock is «name», entries and questions by phone only, «v»",
    "The paint supplier in town has the deep red we need for the acanthus scrolls, the shop number is «v»",
    "Ferry's cancelled again, «name» has a boat and will take four of us across for fuel money, call «v» before six",
]

PHONE_LINKS = [
    "Crokinole league signups moved to WhatsApp this season: https://wa.me/«vW» , send your name and which board you practise on",
    "Rosemaling circle reminder: message https://wa.me/«vW»?text=I%27ll%20bring%20brushes%20on%20Thursday to say what you bring",
    "Blood drive landing page, the button under the map: <a href=\"tel:«vE»\">call the donor coordinator about eligibility</a>",
    "Harbour open-day flyer, the bottom line under the photo of the all-weather boat: stallholders ring «name» on tel:«vE» (she hauls creels after lunch)",
]

PHONE_LOCAL = {
    "IN": [
        "Blood donation bus kal college gate pe khadi hogi, doubts ho to «name» ji ko «v» pe phone kar lena",
        "Geyser theek karne wala bhaiya ne naya number diya hai, «v», bolna Sharma aunty ke ghar se",
        "Radio jockey ka night shift cover chahiye, interested log «v» pe WhatsApp karein, shift 11 baje se",
    ],
    "BR": [
        "O ônibus da doação de sangue vai estar na praça até as cinco, dúvidas com a «name» no «v»",
        "Campeonato de crokinole no clube: inscrição por telefone, «v», falar com o seu Jorge",
        "Aquele marceneiro que fez a mesa da vó atende no «v», mas só depois do almoço",
    ],
    "DE": [
        "Der Blutspendebus steht am Samstag vor dem Rathaus, Fragen an «name» unter «v»",
        "Für das Crokinole-Turnier in Leer brauchen wir noch Schiedsrichter, meldet euch unter «v»",
        "Die Malerin, die die Truhen restauriert, ist unter «v» erreichbar, aber nur abends",
    ],
    "MX": [
        "La unidad móvil de donación de sangre llega a la plaza el jueves, informes con «name» al «v»",
        "El carpintero que hace los tableros de crokinole en Guadalajara contesta al «v», pregunta por el grande",
        "Se fue la luz en la cabina de la radio, el técnico dice que le marquemos al «v» si vuelve a pasar",
    ],
    "FR": [
        "Le bus du don du sang sera devant la mairie mardi, renseignements auprès de «name» au «v»",
        "Le club de crokinole de Lyon cherche des joueurs pour le tournoi de printemps, appelez le «v»",
        "La restauratrice de coffres peints a changé de numéro, c'est maintenant le «v»",
    ],
    "ID": [
        "Mobil donor darah PMI parkir di depan masjid Sabtu pagi, tanya «name» di «v» kalau mau daftar",
        "Tukang kayu yang bikin papan crokinole untuk klub bisa dihubungi di «v», kirim foto ukurannya",
        "Penyiar malam radio komunitas sakit, pengganti sementara «name», nomornya «v»",
    ],
    "PH": [
        "Yung bloodletting sa barangay hall bukas, kay Nurse «name» magtanong, «v» ang number niya",
        "Yung gumagawa ng crokinole board sa Pampanga, text mo sa «v», sabihin mo galing ka sa club",
        "Pinalitan ng DJ ng night shift ang number niya, «v» na ngayon",
    ],
    "JP": [
        "献血バスの受付は«name»さん、電話«v»まで、午後は混みます",
        "クロキノール大会の問い合わせ先：«v»（事務局）",
        "ローズマリングの教室、振替の連絡は先生の携帯«v»へ",
    ],
    "ES": [
        "El autobús de donación de sangre estará en el polideportivo, pregunta por «name» en el «v»",
        "La restauradora de baúles pintados atiende en el «v» por las tardes",
        "Para el campeonato de crokinole del casino llamad a «name» al «v», quedan pocas plazas",
    ],
    "IT": [
        "L'autoemoteca dell'AVIS sarà in piazza domenica, per prenotare chiamate «name» al «v»",
        "Il falegname che costruisce le tavole da crokinole a Bolzano risponde al «v»",
        "Il tecnico della radio di quartiere ha lasciato il suo cellulare per le emergenze notturne: «v»",
    ],
    "TR": [
        "Kızılay kan bağışı otobüsü cumartesi meydanda, bilgi için «name» hanıma «v» numarasından ulaşın",
        "Ahşap boyama kursunun hocası numarasını değiştirmiş, yenisi «v»",
        "Mahalle radyosunun gece yayını için teknik destek: «v»",
    ],
    "KR": [
        "헌혈버스 담당 «name» 간호사님 번호 «v»",
        "크로키놀 보드 주문은 목공방 «v»로 전화",
        "마을 라디오 야간 진행자 연락처 «v»",
    ],
    "PL": [
        "Krwiobus stanie pod urzędem w sobotę, pytania do «name» pod numerem «v»",
        "Stolarz od desek do crokinole odbiera pod «v» tylko po szesnastej",
        "Nocna zmiana w radiu osiedlowym, awarie zgłaszać pod «v»",
    ],
    "RU": [
        "Автобус для сдачи крови будет у поликлиники, записаться можно у «name» по телефону «v»",
        "Мастер, который расписывает шкатулки, дал номер «v», звонить после шести",
        "Ночной эфир на районном радио, техник дежурит на номере «v»",
    ],
    "EG": [
        "عربية التبرع بالدم قدام الجامع يوم الجمعة، اسأل «name» على «v»",
        "النجار اللي بيعمل ألواح الكروكينول رقمه «v»",
        "مهندس الإذاعة المحلية بالليل رقمه «v» لو الإرسال وقف",
    ],
    "VN": [
        "Xe hiến máu đỗ ở sân trường sáng thứ bảy, hỏi chị «name» số «v»",
        "Thợ mộc làm bàn crokinole cho câu lạc bộ, gọi «v» để đặt",
        "Đài phát thanh phường cần người trực đêm, liên hệ «v»",
    ],
    "BD": [
        "রক্তদান বাস শনিবার কলেজ মাঠে, যোগাযোগ «name» আপা «v»",
        "Crokinole board banano mistri bhai er number «v», Mirpur er dokan, Friday bondho",
        "কমিউনিটি রেডিওর রাতের শিফটের জন্য «name» ভাইকে «v» নম্বরে ফোন দিন",
    ],
    "PK": [
        "Blood donation bus hospital ke bahar khadi hai, «name» se «v» pe rabta karein",
        "Crokinole board banane wale karigar ka number «v», Sialkot wala",
        "FM station ki night transmission ke liye engineer «v» pe hoga",
    ],
    "CO": [
        "La unidad móvil del banco de sangre estará en el parque, pregunten por «name» al «v»",
        "El ebanista que arregla los baúles pintados contesta al «v»",
        "La emisora comunitaria necesita locutor de madrugada, llamar al «v»",
    ],
    "AR": [
        "El colectivo de donación de sangre para en la plaza el sábado, consultas con «name» al «v»",
        "El carpintero de los tableros de crokinole en Rosario atiende al «v»",
        "La radio del barrio busca operador para la trasnoche, escribí al «v»",
    ],
    "TH": [
        "รถรับบริจาคโลหิตจอดหน้าวัดวันเสาร์ ติดต่อ«name» «v»",
        "ช่างไม้ทำกระดานโครกิโนล เบอร์ «v»",
        "สถานีวิทยุชุมชนกะดึก ช่างเทคนิค «v»",
    ],
}

SIGNATURES = [
    ("US", "— «name» | Decorah rosemaling circle, class registrar | cell «v» | «e»"),
    ("GB", "«name», deputy launching authority, Portree lifeboat station · m. «v» · «e»"),
    ("IN", "Regards, «name» · Raktdaan mobile blood unit, Pune · «v» · «e»"),
    ("DE", "Danke für die Anmeldung zum Crokinole-Wochenende in Ostfriesland!\nViele Grüße, «name» (Turnierleitung) · Mobil «v» · «e»"),
    ("BR", "Abraço, «name» — rádio comunitária da serra, programação noturna | «v» | «e»"),
    ("FR", "Bien à vous,\n«name», animatrice de l'atelier de peinture norvégienne (le jeudi à la MJC) — tél. «v» — «e»"),
    ("AU", "Cheers, «name» · Blood donor bus volunteer, Ballarat · «v» · «e»"),
    ("NG", "Best regards,\n«name», secretary, Ibadan crokinole and board-games circle (we play after Jumat) | «v» | «e»"),
    ("CA", "«name» — Wawota crokinole club treasurer — «v» — «e»"),
    ("ZA", "Regards, «name» · sea rescue volunteer, Hout Bay · «v» · «e»"),
    ("KE", "Asante, «name» · community radio night desk, Kisumu · «v» · «e»"),
    ("MX", "Quedo a sus órdenes para el próximo curso de pintura decorativa noruega en la casa de cultura,\n«name» | instructora, Oaxaca | cel. «v» | «e»"),
    ("PH", "Maraming salamat sa pag-donate ng dugo sa ating barangay!\n«name» · health desk, Brgy. Poblacion · «v» · «e»"),
]

EMAIL_EN = [
    "Send your crokinole tournament scorecards to «name» at «e» by Sunday night, photos are fine",
    "Rosemaling class waitlist is kept by «e», write there if you can't come (signed «name»)",
    "Forward the blood drive volunteer forms to «e»; «name» enters them into the rota",
    "Lifeboat open day stall requests now go to «e», the old address bounces (per «name»)",
    "The radio station's playlist submissions go through «e», mp3 only please",
    "Please add «name» to the thread about the tine box order: «e»",
    "Crokinole board repair quotes should be mailed to «e» with a photo of the crack, thanks «name»",
    "Donor eligibility questions: write to «e» and a nurse will answer within two days",
    "Night show guest bookings moved to «e», «name» checks it every afternoon",
    "For the exhibition catalogue, send artist statements to «e» before the 15th",
]

EMAIL_LOCAL = {
    "DE": "«name» sammelt die Fotos vom Crokinole-Turnier, bitte an «e» schicken, gern auch die unscharfen",
    "FR": "Les inscriptions à l'atelier de peinture sur coffres se font par mail à «e», écrit «name»",
    "ES": "Para el autobús de donación, las citas se piden escribiendo a «e» (lo gestiona «name»)",
    "BR": "Os pedidos de música pro programa da madrugada vão pra «e», avisou a «name»",
    "JP": "献血ボランティアの申込み先：«e»（担当：«name»、土日は返信が遅れます）",
    "KR": "동네 복지관 크로키놀 친선전 참가 신청서는 «name» 총무가 받아요, 메일 주소 «e», 복식 파트너 이름도 같이 적어주세요",
    "IT": "Chi vuole iscriversi al corso di rosemaling del giovedì, quello con le scatole tine, mandi una mail a «e»: «name» tiene la lista d'attesa",
    "PL": "Turniej crokinole w świetlicy parafialnej przesunięty na luty, zgłoszenia par mieszanych zbiera «name» mailowo: «e»",
    "TR": "«name» kan bağışı gönüllü listesini «e» adresinden topluyor",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the crokinole tournament entry for both of us with her card «v», I owe her twenty",
    "Rosemaling kit order failed, the shop says card «v» was declined, try another one",
    "Radio station fundraiser: pledge charged to card «v», thank you for keeping the night show alive",
    "Lifeboat shop receipt, paid with «v», one mug, two tea towels and a calendar",
    "Blood drive snacks were bought on the volunteer card «v», keep the receipt for the treasurer",
    "Booking for the crokinole board maker's workshop went on card «v», deposit is non-refundable",
    "Hotel for the exhibition weekend, «name» gave the front desk card «v» for incidentals",
    "Streaming subscription for the radio's archive was renewed on «v», cancel it before March",
]

CARD_LOCAL = {
    "IN": "Blood camp ke liye chai-biscuit ka bill card «v» se diya, reimbursement chahiye",
    "BR": "«name», paguei as tintas do ateliê no cartão «v», depois você me passa a sua parte",
    "DE": "Die Startgebühr für das Crokinole-Turnier hat «name» mit der Karte «v» bezahlt, bitte überweist ihr euren Anteil bis Freitag",
    "MX": "«name» pagó los pinceles con la tarjeta «v»",
    "FR": "«name» a réglé l'inscription à l'atelier avec la carte «v», on rembourse samedi",
    "JP": "«name»さんのカード«v»で画材代を支払い",
    "ES": "«name» pagó el autobús del campeonato con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Crokinole league fees this season go to «name», IBAN «v», reference your club name",
    "Refund for the cancelled rosemaling class will be sent to IBAN «v», please confirm it's right",
    "Lifeboat station donations from abroad: IBAN «v», reference LAUNCH",
    "The jingle singer «name» recorded all four station idents in one evening and would like the fee sent to IBAN «v» rather than a cheque",
    "Norwegian folk-painting exhibition: the town hall wants its deposit for the gallery wing by bank transfer to IBAN «v», or the booking lapses",
    "Blood drive catering invoice, payable to IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Das Startgeld für das Crokinole-Turnier bitte an «name» überweisen, IBAN «v», Verwendungszweck: Doppel",
           "Spende für den Blutspendebus, IBAN «v»"],
    "FR": ["Les coffrets tine peints pendant l'atelier du jeudi sont à régler par virement à «name» (IBAN «v»), elle a avancé la peinture à l'huile de lin",
           "Cotisation de la radio associative, IBAN «v»"],
    "ES": ["Para reservar el local del campeonato de crokinole haced la transferencia a «name», IBAN «v», concepto torneo",
           "La asociación de donantes de sangre recibe las cuotas en el IBAN «v», indicad nombre y apellidos en el concepto"],
    "IT": ["Le scatole tine dipinte al corso si pagano a parte, bonifico intestato a «name», IBAN «v», lei ha anticipato i pigmenti e i pennelli di martora",
           "Contributo per la radio di quartiere, IBAN «v», causale trasmettitore nuovo, grazie a chi ha già dato"],
    "NL": ["Voor het crokinole-toernooi in het buurthuis graag vijf euro per koppel overmaken naar IBAN «v» ten name van «name», dan staan jullie op de lijst",
           "Gift voor de reddingsboot, IBAN «v»"],
    "PL": ["Wpisowe na turniej przelej do «name», IBAN «v»", "Darowizna na krwiobus, IBAN «v»"],
    "TR": ["Kurs ücretini «name» adına IBAN «v» hesabına yatırın", "Mahalle radyosunun gece vericisi yandı, yenisi için bağış yapmak isteyenler IBAN «v» hesabına açıklamaya VERİCİ yazsın"],
    "BE": ["Inschrijving crokinole: «name», IBAN «v»", "Steun de radio, IBAN «v»"],
    "AT": ["Den Kursbeitrag für die Bauernmalerei bitte an «name» überweisen, IBAN «v», danke und bis Donnerstag",
           "Spende Seenotrettung, IBAN «v»"],
    "PT": ["A inscrição no torneio de crokinole faz-se por transferência para «name», IBAN «v»",
           "Donativo para a rádio local, IBAN «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "The overnight DJ «name» finally filled in the stipend paperwork, she wants it deposited with routing «a» into checking «b», starting this pay period",
        "Crokinole club treasury moved banks, new routing number «a» and account number «b»",
        "Reimburse «name» for the blood drive snacks, routing «a», checking account «b»",
    ],
    "gb": [
        "Fuel for the relief coxswain's drive up from Inverness gets paid back to «name», she wrote sort code «a» and account number «b» on the back of the launch log",
        "The rosemaling teacher prefers a transfer to cash since the village post office shut, sort code «a», account «b», and add CLASS as the reference",
    ],
    "in": [
        "«name» ka account for blood camp refund: account number «a», IFSC «b»",
        "Radio ke jingle ka payment karo, A/c no. «a», IFSC «b», naam «name»",
    ],
    "au": ["«name» covered the lifeboat raffle prizes, please pay her back, BSB «a», account number «b»"],
    "ca": ["«name» needs the crokinole trophy money back: transit «a», account «b», she's at the Legion Thursdays"],
    "br": [
        "Reembolso da «name» pelas tintas: agência «a», conta «b»",
        "Depósito pro rádio comunitário: agência «a», conta corrente «b»",
        "Seu «name», o marceneiro de Blumenau, já lixou e envernizou nosso tabuleiro de crokinole, e pediu o acerto por TED, nada de Pix: agência «a», conta «b»",
    ],
    "mx": ["Transferencia a «name» por los pinceles y las pinturas, CLABE «a»"],
    "ng": [
        "Abeg the crokinole tournament committee should wire the runner-up purse to «name» through «bank», account number «a», she don travel back to Jos",
        "Blood drive volunteer transport refund to «name», «bank», account no. «a»",
    ],
    "za": ["«name» fronted the sea rescue braai money, refund to branch code «a», account number «b», thanks hey"],
    "ar": ["Transferile a «name» lo de la radio del barrio, CBU «a», y avisá por el grupo cuando esté"],
}

ID_LINES = {
    "us_ssn": ("US", ["Blood center volunteer onboarding form, she typed her SSN «v» in the notes field by mistake",
                      "Radio station payroll for the night presenter, SSN «v», start date Monday"]),
    "in_aadhaar": ("IN", ["Blood donation camp registration, Aadhaar «v» for the donor card",
                          "Community radio ke naye night anchor ne joining form pe Aadhaar «v» likha hai, verify karke file mein lagao"]),
    "in_pan": ("IN", ["Jingle payment ke liye PAN «v» chahiye", "Crokinole club treasurer ne TDS ke liye PAN «v» diya, receipt kal milegi, aur baaki bill next week"]),
    "br_cpf": ("BR", ["A enfermeira do ônibus de coleta pediu meu CPF «v» pra imprimir a carteirinha de doador, tipo O negativo", "Matrícula na oficina de pintura norueguesa do centro cultural, CPF «v», turma de quinta à tarde"]),
    "mx_curp": ("MX", ["Registro de donante de sangre, CURP «v»", "Alta de la locutora de la radio comunitaria, CURP «v»"]),
    "mx_rfc": ("MX", ["La papelería de Oaxaca pide el RFC «v» de la casa de cultura para facturar los pinceles de marta y el aceite de linaza", "Recibo de honorarios de la instructora, RFC «v»"]),
    "gb_nhs": ("GB", ["Blood donor session, my NHS number «v», in case the nurse asks",
                      "Annual crew fitness check at the surgery in Broadford, the practice nurse wanted my NHS number «v» before she'd sign off the lifeboat form"]),
    "de_idnr": ("DE", ["Damit der Crokinole-Verein dir die Ehrenamtspauschale als Jugendtrainerin auszahlen kann, trag bitte deine Steuer-IdNr «v» ins Formular ein",
                       "Honorarvertrag Bauernmalerei-Kurs, Steuer-IdNr «v»"]),
    "fr_nir": ("FR", ["Le bénévole qui anime l'émission de nuit à la radio associative a passé sa visite, la mutuelle veut son numéro de sécurité sociale «v» pour rembourser",
                      "Dossier du donneur de sang, numéro de sécu «v», à vérifier avec la carte vitale"]),
    "es_dni": ("ES", ["Inscripción en el campeonato de crokinole, DNI «v», categoría dobles",
                      "La enfermera del autobús de la Hermandad de donantes me pidió el DNI «v» para la tarjeta, y me dio un bocadillo"]),
    "es_nie": ("ES", ["Contrato de la locutora de la radio municipal, NIE «v»", "Voluntario extranjero del salvamento, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Per la detrazione del corso serale di rosemaling in biblioteca serve il tuo codice fiscale «v», scritto giusto stavolta",
                                "Donatore AVIS, tessera nuova, codice fiscale «v», da ritirare in sede"]),
    "ca_sin": ("CA", ["Crokinole club's part-time bookkeeper sent her SIN «v» for the T4",
                      "Radio station contract, SIN «v», first cheque on the 15th"]),
    "id_nik": ("ID", ["Pendaftaran donor darah, NIK «v»", "Data penyiar radio komunitas, NIK «v»"]),
    "pk_cnic": ("PK", ["Blood donation card ke liye CNIC «v»", "FM station volunteer ka CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Kızılay otobüsünde ilk kez kan verdim, hemşire formdaki TC kimlik numaramı «v» diye tekrar okudu", "Kurs kaydı için T.C. kimlik «v»"]),
    "pl_pesel": ("PL", ["Zgłoszenie dawcy krwi do krwiobusu, PESEL «v», grupa krwi do potwierdzenia", "Umowa z prowadzącym audycję, PESEL «v»"]),
    "za_idnr": ("ZA", ["Sea rescue crew application, ID number «v»", "Blood donor card, South African ID «v», Saturday"]),
    "kr_rrn": ("KR", ["헌혈 등록 주민등록번호 «v»", "라디오 진행자 계약서 주민번호 «v»"]),
    "cn_ric": ("CN", ["献血登记，身份证号«v»", "社区广播夜班主持人的劳务合同已经签好，身份证号码«v»，下个月开始值班"]),
    "jp_in": ("JP", ["献血バスの受付ボランティアに登録するとき、謝礼の手続きでマイナンバー«v»を書いてしまいました", "ラジオ出演料の支払調書、マイナンバー«v»"]),
    "au_tfn": ("AU", ["Lifeboat crew honorarium paperwork, TFN «v»", "Blood bus driver's casual contract, tax file number «v»"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding bij de reddingsbrigade hebben we je BSN «v» nodig", "Bij de bloedbus op het marktplein vroeg de verpleegkundige mijn BSN «v» voor de eerste donorregistratie"]),
    "th_pin": ("TH", ["ลงทะเบียนบริจาคโลหิต เลขบัตรประชาชน «v»", "สัญญาผู้จัดรายการวิทยุ เลขประจำตัว «v»"]),
    "my_nric": ("MY", ["Pendaftaran derma darah, IC «v»", "Borang penyampai radio komuniti, NRIC «v»"]),
    "ar_cuit": ("AR", ["Factura del curso de pintura, CUIT «v»", "Honorarios del operador de la radio, CUIT «v»"]),
    "cl_rut": ("CL", ["Inscripción donante de sangre, RUT «v»", "Contrato de la locutora nocturna de la radio comunitaria de Chiloé, RUT «v», firma el lunes"]),
    "se_personnummer": ("SE", ["Blodgivning i bussen, personnummer «v»", "Sjöräddningens frivilliga besättning, anmälan med personnummer «v», läkarintyg skickas separat"]),
    "ie_pps": ("IE", ["RNLI volunteer expenses form, PPS number «v», Howth station", "Blood donor clinic, PPS «v»"]),
    "pt_nif": ("PT", ["Inscrição no torneio de crokinole, NIF «v»", "Recibo da rádio local, NIF «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "New crokinole club member: «name», phone «phone», email «email», SSN «ssn» for the league's insurance form", ("phone", "email", "ssn")),
    ("US", "Radio station stipend paperwork for «name»: cell «phone», paid to card «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Blood drive volunteer «name» registered with «email», card «card» for the T-shirt, SSN «ssn»", ("email", "card", "ssn")),
    ("GB", "Lifeboat shop order from «name»: phone «phone», email «email», paid with card «card»", ("phone", "email", "card")),
    ("IN", "Rosemaling workshop booking, «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("CA", "Crokinole board deposit, «name», «phone», card «card»", ("phone", "card")),
    ("AU", "Blood bus volunteer «name», mobile «phone», email «email»", ("phone", "email")),
]
