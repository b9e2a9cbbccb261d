"""Line templates of the dev60 privacy set (``privacy_cases_dev60.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
kin-ball club's giant balls, gyms and tournaments, a shodo circle's brushes, inksticks and exhibitions,
a bat survey group's detectors, roosts and dusk counts, a beach clean's bags, tides and tallies, a
tree wardens' street trees, watering bags and saplings, a litter-picking group's grabbers, routes and skips; texts,
voice notes, e-mails and their signatures, forms and receipts), written fresh as messages from
particular people in particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164,
``«vW»`` a wa.me number), «e» an address, «name» a person's name, «a» and «b» an account's two parts,
«bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Kin-ball ball got a slow puncture after the Tuesday session, the coach «name» says ring him on «v» before anyone tries the pump again",
    "Bat detector pinged like mad by the canal bridge at dusk, pipistrelles I think, the recorder «name» wants a call on «v» tonight",
    "A van clipped the young lime outside number 40 and snapped the stake, the tree warden on «v» wants a photo before the council sends someone",
    "Grandma signed up for the shodo class at the library, her teacher «name» asked that I text «v» if she can't make the stairs",
    "Beach clean is moved to Sunday because of the storm surge warning, the organiser on «v» has the sign-in sheet and the gloves",
    "Someone dumped twelve tyres in the lay-by we picked last week, «name» from the council said report it on «v» with a photo",
    "Lost my grabber somewhere on the Mill Lane loop, if a walker hands it in please call «v», it has green tape on the handle",
    "Sapling planting day on Saturday still needs two spade carriers, «name» is arranging it and can be reached at «v» until Thursday night",
    "Found a grounded bat on the patio in broad daylight, the hotline volunteer «name» told me to box it and phone «v» again in an hour",
    "Kin-ball referee course, the regional organiser «name» wants names by Friday, her mobile «v», she prefers texts to voicemail",
    "Shodo exhibition hanging crew meet at nine, «name» has the van with the frames, call «v» if the hall door is still locked",
    "Please ring «v» if you see anyone trampling the dunes during nesting season, the ranger «name» will come out on the quad",
    "If the standpipe by the allotments is locked again on watering night, the parks office says try «v» and they'll send the key",
    "Beach clean tally sheet for the spring count got soaked, the data lead on «v» can send a fresh one to the café printer",
    "Dusk emergence count at the old barn: anyone with a spare heterodyne detector please call «v», we're two short",
    "The wheelie bins for the litter pick are behind the scout hut, the caretaker «name» has the padlock code, phone «v» first",
    "My brush order for the beginners' calligraphy table arrived broken, the shop said ring «v» with the parcel photo",
    "Kin-ball tournament shuttle bus leaves at 7:40, the driver «name» can wait five minutes if you text «v» from the car park",
    "The tree wardens' walk round the arboretum next month is full, the waiting list is kept by the secretary on «v»",
    "The coastguard asked whoever saw the oil drums wash up near the groynes to phone «name» on «v» with the time and tide",
    "Bat box check this weekend, licensed handler «name» only, please don't open any boxes yourself, questions to «v»",
    "«name» ran the shodo demo at the school fair and the head wants her back next term, I gave them her cell «v», hope that's fine",
]

PHONE_LINKS = [
    "Kin-ball league chat invite link for new players: https://wa.me/«vW»?text=kinball",
    "Beach clean crew, quickest way to send a photo of whatever washed up overnight and the grid square it's in: wa.me/«vW»",
    "<a href=\"tel:«vE»\">Bat helpline (evenings)</a>",
    "Street tree warden «name», depot phone <a href=\"tel:«vE»\">call</a>",
]

PHONE_LOCAL = {
    "IN": [
        "Chowpatty beach safai abhiyan ke coordinator «name» ka number «v» hai, gloves aur bori wahi denge",
        "Calligraphy class ke sir ne naya number diya hai «v», Sunday wali batch ab das baje se",
        "Chamgadad survey ke liye raat ko jungle mein jana hai, forest guard se baat karo «v» pe",
    ],
    "BR": [
        "O mutirão de limpeza da praia de Itapuã é sábado cedo, a «name» leva os sacos, liga no «v»",
        "Professora de caligrafia japonesa da associação cultural mudou de celular, agora é «v»",
        "Morcego caído no quintal, o zoonoses pediu pra não tocar e ligar no «v»",
    ],
    "DE": [
        "Fledermauszählung am Bunker heute Abend fällt aus, sagt «name», Rückfragen bitte an «v»",
        "Müllsammelaktion am Rheinufer: Greifzangen holt man bei «v» ab, Säcke stellt die Stadt",
        "Die Glocke im Turm hängt schief, der Küster bittet alle Läuter, vor dem Üben «v» anzurufen",
    ],
    "MX": [
        "La limpieza de playa en Puerto Morelos es el domingo, lleven guantes, «name» contesta en el «v»",
        "El maestro de caligrafía japonesa de la casa de cultura cambió de número, ahora es «v»",
        "Hay murciélagos en el tinaco de la azotea, los del rescate de fauna dicen que marquemos al «v»",
    ],
    "FR": [
        "Comptage des chauves-souris dans le clocher jeudi soir, «name» prête les détecteurs, appelez le «v»",
        "Ramassage des déchets sur la plage de Pornic samedi, sacs fournis, inscriptions au «v»",
        "Atelier de calligraphie japonaise à la médiathèque, le professeur répond au «v» le matin",
    ],
    "ID": [
        "Bersih pantai Kuta hari Minggu jam enam pagi, koordinatornya «name», hubungi «v»",
        "Guru kaligrafi Jepang di pusat budaya ganti nomor jadi «v»",
        "Ada kelelawar masuk ke gudang, petugas BKSDA bilang telepon «v» saja",
    ],
    "PH": [
        "Coastal cleanup sa Sabado sa may Manila Bay, si «name» ang bahala sa sako, tawag ka sa «v»",
        "Bagong number ng sensei sa calligraphy workshop: «v»",
        "May paniki sa kisame ng bodega, tawagan daw ang «v» sabi ng barangay",
    ],
    "JP": [
        "書道教室の先生«name»さんの電話は«v»",
        "海岸清掃の集合連絡は«v»へ",
        "コウモリ調査の問い合わせ«v»",
    ],
    "ES": [
        "La limpieza de la playa de la Malvarrosa es el sábado, «name» reparte las bolsas, llámala al «v»",
        "El profesor del taller de caligrafía japonesa atiende en el «v» por las tardes",
        "Murciélago herido en el balcón, el centro de fauna dice que llaméis al «v» y no lo toquéis",
    ],
    "IT": [
        "Pulizia della spiaggia di Rimini domenica, i guanti li porta «name», chiamatela al «v»",
        "Il maestro di calligrafia giapponese del circolo ha un nuovo cellulare, «v»",
        "Pipistrello a terra sul terrazzo, il centro recupero fauna risponde al «v»",
    ],
    "TR": [
        "Kilyos plaj temizliği pazar sabahı, eldivenleri «name» getiriyor, «v» numarasını arayın",
        "Japon kaligrafisi kursunun hocası yeni numara verdi: «v»",
        "Çatı arasında yarasa var, doğa koruma ekibine «v» numarasından ulaşın",
    ],
    "KR": [
        "서예 교실 «name» 선생님 번호 «v»",
        "해변 정화 봉사 문의 «v»",
        "박쥐 조사 담당자 연락처 «v»",
    ],
    "PL": [
        "Sprzątanie plaży w Sopocie w sobotę, worki rozdaje «name», dzwońcie pod «v»",
        "Liczenie nietoperzy w bunkrze przesunięte, informacje pod «v»",
        "Nauczyciel kaligrafii japońskiej ma nowy numer «v»",
    ],
    "RU": [
        "Уборка пляжа в Зеленоградске в субботу, перчатки привезёт «name», звоните «v»",
        "Учёт летучих мышей в штольне отменили, подробности по «v»",
        "Сэнсэй из кружка японской каллиграфии при библиотеке сменил симку, теперь пишите ему на «v» до обеда",
    ],
    "EG": [
        "تنظيف شاطئ المعمورة يوم الجمعة، الأكياس مع «name»، اتصلوا على «v»",
        "مدرس الخط الياباني غير رقمه إلى «v»",
        "لقينا خفاش في المخزن، كلموا جمعية الحيوانات على «v»",
    ],
    "VN": [
        "Nhặt rác bãi biển Mỹ Khê sáng Chủ nhật, chị «name» phát bao, gọi «v»",
        "Thầy dạy thư pháp Nhật đổi số mới «v»",
        "Có dơi bay vào nhà kho, gọi kiểm lâm «v»",
    ],
    "BD": [
        "Cox's Bazar soikot porishkar abhijan er dayitte «name», bosta ar glove er jonno phone korun «v»",
        "Japani hatershekha class er shikkhok notun number dilen «v»",
        "Gudam ghore badur dhukeche, bon bibhag e phone din «v»",
    ],
    "PK": [
        "Clifton beach ki safai Sunday subah hogi, dastane «name» layengi, unka number «v»",
        "Japani khattati class ke ustaad ka naya number «v» hai",
        "Godaam mein chamgadar ghus gayi, wildlife walon ko «v» pe phone karo",
    ],
    "CO": [
        "La limpieza de playa en Santa Marta es el sábado, las bolsas las tiene «name», timbre al «v»",
        "El profe de caligrafía japonesa ya tiene otro celular, «v»",
        "Se metió un murciélago a la bodega, la corporación ambiental contesta en el «v»",
    ],
    "AR": [
        "Limpieza de la costa en Mar del Plata el domingo, «name» lleva las bolsas, escribile al «v»",
        "El sensei de caligrafía del club japonés cambió el celu, «v»",
        "Murciélago en el entretecho, los de fauna atienden en el «v»",
    ],
    "TH": [
        "เก็บขยะชายหาดบางแสนวันอาทิตย์ ติดต่อ«name» «v»",
        "ครูสอนเขียนพู่กันญี่ปุ่นเบอร์ใหม่«v»",
        "ค้างคาวเข้าโกดัง โทรกรมอุทยาน«v»",
    ],
}

SIGNATURES = [
    ("US", "— «name», Lakeshore Kin-Ball League scorekeeper · «v» · «e»"),
    ("GB", "«name» | Lead warden, Ashby Road Street Trees | «v» | «e»"),
    ("IN", "With thanks, «name» (Konkan coast clean-up crew) · «v» · «e»"),
    ("DE", "Mit flatternden Grüßen aus dem Dachboden-Quartier — «name», Fledermaus-AG Nordheide, Handy «v», Mails an «e»"),
    ("BR", "Um abraço, «name» — coordenação do Mutirão Praia Limpa de Itapuã, me liga no «v» ou escreve para «e» se chover no sábado"),
    ("FR", "«name», référente du groupe de ramassage des déchets du quartier des Chartrons · tél. «v» · courriel «e»"),
    ("AU", "Ta, «name» · Bellarine beach cleaners · «v» · «e»"),
    ("NG", "«name», Lekki Litter Pickers secretary · «v» · «e»"),
    ("CA", "«name» · club de kin-ball · «v» · «e»"),
    ("ZA", "Kind regards, «name», Muizenberg Bat Watch · «v» · «e»"),
    ("KE", "«name» | Diani beach clean volunteers | «v» | «e»"),
    ("MX", "Saludos cordiales, «name» — taller de caligrafía japonesa · «v» · «e»"),
    ("PH", "Maraming salamat! «name», coastal cleanup Batangas · «v» · «e»"),
]

EMAIL_EN = [
    "Bat survey recordings (the .wav files from last night's transect) should go to «e», «name» runs them through the sound analysis on Mondays",
    "Kin-ball tournament team sheets to «e» by Wednesday please, «name» prints the brackets on Thursday",
    "Photos of your shodo pieces for the exhibition catalogue go to «e», «name» will crop them",
    "Beach clean tallies (bottle caps, nurdles, rope) to «e», «name» enters them in the survey",
    "Watering round apologies should be copied to «e» so the wardens know which streets are uncovered",
    "Litter-pick route swaps: tell «name» at «e», she keeps the map with the highlighted streets",
    "Bat roost reports from householders come to «e», «name» calls back to arrange a visit",
    "Send the beach clean risk assessment to «e»",
    "Wording for the memorial tree plaques: drafts to «e», «name» checks the species names before the engraver gets them",
    "Kin-ball referee questions: «e»",
]

EMAIL_LOCAL = {
    "DE": "Wer beim Fledermaus-Monitoring im Stollen mitzählen will, meldet sich bitte bei «name» unter «e», Stirnlampe mit Rotlicht bitte selbst mitbringen",
    "FR": "Pour la collecte des déchets sur la plage de Saint-Malo ce samedi, envoyez vos inscriptions à «e» ; «name» prépare les sacs et les gants la veille au soir",
    "ES": "Para la limpieza de la playa escribid a «e», «name» reparte los sectores",
    "BR": "Quem quiser entrar na aula de shodô manda e-mail pra «e», a «name» responde depois do expediente",
    "JP": "書道展の出品申込は、事務局の«name»さん宛てに «e» までお送りください",
    "KR": "서예 전시 신청은 «name»에게 «e»",
    "IT": "Per il censimento dei pipistrelli nella torre campanaria scrivete a «e», risponde «name» dopo il sopralluogo e vi manda la scheda da compilare",
    "PL": "Zapisy na sprzątanie plaży w Gdyni wysyła się do «name» na «e»",
    "TR": "Midye kabuklarıyla dolu kumsalı cumartesi süpürecek gönüllüler listesini «name» tutuyor, adınızı «e» adresine yazın",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Kin-ball tournament entry paid over the phone since the form crashed, the league took card «v» for «name» and the whole team",
    "Bat conservation trust donation, £8 a month on card «v», thanks for the new detectors",
    "The calligraphy supplier's order form took card «v» for the felt mats and hanshi paper",
    "Skip hire for the litter pick went on card «v», keep the receipt for the grant",
    "Forty watering bags for the new street trees, charged to card «v», the nursery wants a deposit",
    "Gloves and bin bags for the beach clean paid with «v», claim it back from the kitty",
    "«name» bought the shodo ink sticks for the class on «v», she wants paying at the next lesson",
    "The wildlife vet patched the pipistrelle's torn wing membrane for nothing but charged the x-ray to card «v»",
]

CARD_LOCAL = {
    "IN": "Beach clean ke gloves aur bori is card se liye, «v», bill group mein daal dena",
    "BR": "A «name» pagou os pincéis de shodô da turma no cartão «v», acertar com ela depois",
    "DE": "Zwölf Rundkästen für die Zwergfledermäuse an der Friedhofsmauer: «name» hat sie vorgestreckt, Kartenzahlung «v», Quittung liegt im Ordner",
    "MX": "El pelotón rosa del kin-ball juvenil viajó a Querétaro y «name» adelantó los pasajes con la tarjeta «v», pide que la tesorera le reponga",
    "FR": "«name» a payé les sacs et les pinces pour le ramassage de samedi avec la carte «v», il faut la rembourser",
    "JP": "«name»さんのカード«v»",
    "ES": "«name» pagó las bolsas de la limpieza con la tarjeta «v», hay que devolvérselo",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Our noctule monitoring volunteers abroad asked how to chip in for detector batteries: send it to «name», IBAN «v»",
    "Visiting kin-ball squads from over the border settle the gym hire via IBAN «v», put the colour of your bib in the reference",
    "The tree nursery in the Netherlands wants the deposit for the sixty whips by transfer, their IBAN is «v»",
    "The coach firm cancelled the dune restoration trip twice, so «name» wants her fare returned to IBAN «v» before the winter tides",
    "Litter-pick group's euro account for the grant from the Cork twinning fund, IBAN «v»",
    "IBAN for the shodo circle: «v»",
]

IBAN_LOCAL = {
    "DE": ["Wer die Abendsegler im alten Eiskeller unterstützen mag, überweist an «name», IBAN «v», Stichwort Eiskeller",
           "Das Startgeld für das Kin-Ball-Turnier in der Sporthalle überweist bitte auf IBAN «v»"],
    "FR": ["Les gants anti-coupure achetés pour les bénévoles du canal, «name» les a avancés : virement sur «v» quand la mairie aura payé",
           "Cotisation de l'atelier de calligraphie japonaise : virement sur l'IBAN «v» avant les vacances"],
    "ES": ["El dinero de los guantes devuélveselo a «name», IBAN «v»",
           "Quien quiera colaborar con la limpieza de las calas de Menorca, la asociación recibe en «v»"],
    "IT": ["Rimborso degli annaffiatoi per gli alberi del viale a «name», IBAN «v», grazie",
           "Chi si iscrive al laboratorio di pennello e inchiostro del giovedì versa la quota su «v», carta di riso compresa"],
    "NL": ["Vleermuizentelling bij het fort: «name» schoot de batterijen voor de detectors voor, terugstorten op «v» graag",
           "Giften voor de strandopruimers van Scheveningen: rekening «v», vermeld 'strandschoon'"],
    "PL": ["Zwrot za worki dla «name», IBAN «v»", "Składka na kaligrafię IBAN «v»"],
    "TR": ["Plaj temizliği eldiven parasını «name» adına IBAN «v» hesabına yatırın",
           "Bodrum koylarındaki çöpleri toplayan gönüllülerin tekne yakıtı için bağış hesabı «v», açıklamaya adınızı yazın"],
    "BE": ["Terugbetaling voor «name», IBAN «v»", "Blikjes en sigarettenpeuken langs de Leie: wie wil meehelpen met de grijpers, schenk iets op «v» voor nieuwe vuilniszakken"],
    "AT": ["Wer bei der Baumpflanzaktion am Donaukanal den Spaten abgebrochen hat: «name» hat einen neuen gekauft, bitte auf «v» ausgleichen",
           "Fledermausschutz Spendenkonto IBAN «v»"],
    "PT": ["O reembolso dos sacos e das luvas da limpeza da praia da Nazaré é para a «name», IBAN «v», ela comprou tudo no sábado",
           "A associação de caligrafia japonesa de Coimbra lembra: quem ainda deve a quota do ano transfere para «v» e põe o nome no descritivo"],
}

ACCOUNT_LINES = {
    "us": [
        "Sticky note on the tally clipboard: «name» hauled the driftwood and ghost nets to the transfer station twice, reimburse her at routing no. «a», acct «b»",
        "For the pink-grey-black tournament the middle school wants the hall deposit wired, our league banks at routing number «a», checking «b»",
        "«name» could not make the brush-and-inkstone weekend after her surgery, so she asked for the fee back via ACH to routing «a» account «b»",
    ],
    "gb": [
        "Bat group mileage claim: pay «name», sort code «a», account number «b», for the three nights at the quarry",
        "Proceeds from the tree wardens' plant stall at the village fête go into the sapling fund, sort code «a» and number «b»",
    ],
    "in": [
        "Konkan beach clean ke tempo wale «name» ne UPI ke bajaye NEFT maanga hai: khata «a», IFSC «b»",
        "Calligraphy class ki fees account no. «a» IFSC «b» pe bhejna, «name» ne bola",
    ],
    "au": ["Bellarine beach cleaners reimbursement for «name»: BSB «a», account «b», for the skip and the sunscreen"],
    "ca": ["Kin-ball club Sherbrooke, «name»'s mileage to the provincials: transit «a», account «b», void cheque is in the binder"],
    "br": [
        "Os sacos de tampinhas e redes de pesca foram pra cooperativa na Kombi da «name», devolvam o diesel dela na agência «a», conta «b»",
        "Quem ainda não acertou o papel de arroz e o nanquim do semestre deposita na agência «a», conta «b», titular «name»",
    ],
    "mx": ["El reembolso de los guantes de la limpieza de playa va a la CLABE «a» de «name», ella manda el comprobante"],
    "ng": [
        "Lekki litter pick: «name» paid the truck that carried the sacks to the dump, refund to «bank» account «a» when the grant lands",
        "«name» says send her share of the calligraphy exhibition prize to «bank» «a»",
    ],
    "za": ["Bat Watch fuel for «name»: branch code «a», account «b»"],
    "ar": ["«name» pide que la devolución de la inscripción vaya al CBU «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["Bat survey stipend form, the county wants the volunteer's SSN for the 1099: «v»",
                      "Kin-ball coach background check came back asking me to confirm my social security number, typed it in the portal as «v»"]),
    "in_aadhaar": ("IN", ["Juhu ke kinare plastic uthane wale camp mein insurance ke liye Aadhaar «v» maanga, maine de diya",
                          "Calligraphy exhibition mein entry ke liye organisers ne Aadhaar maanga, maine apna number «v» bhej diya WhatsApp pe"]),
    "in_pan": ("IN", ["Donation receipt for the bat conservation society needs my PAN for the 80G form, it's «v», please print it right this time", "The nursery invoices the sapling grant above fifty thousand rupees, so they want my PAN, «v», on the purchase order"]),
    "br_cpf": ("BR", ["Inscrição no mutirão de limpeza da praia pede CPF pro seguro dos voluntários, o meu é «v»",
                      "Os pincéis de pelo de cabra da aula de caligrafia vieram com nota no CPF «v», mamãe vai declarar"]),
    "mx_curp": ("MX", ["Para el registro de voluntarios de la limpieza de playa nos piden la CURP, la mía es «v», la del niño la mando luego", "Para el gafete de voluntario de la tortuguera me pidieron la CURP, «v», ya quedó"]),
    "mx_rfc": ("MX", ["La ferretería facturó las bolsas negras y los rastrillos de la limpieza del malecón a mi RFC «v»",
                      "El torneo de kin-ball pide RFC para el recibo, «v»"]),
    "gb_nhs": ("GB", ["Bat handling course form asks for the rabies jab record and your NHS number, mine's «v» if you're filling it in",
                      "Tree planting day first-aid sheet: Mrs Pennock's NHS number is «v», she has a pacemaker"]),
    "de_idnr": ("DE", ["Wegen der Trainerpauschale für die Riesenball-Mannschaft: ich habe deine Steueridentifikation «v» ins Formular der Kämmerin geschrieben, prüf das bitte",
                       "Meine Steuer-ID für den Fledermaus-Verein: «v»"]),
    "fr_nir": ("FR", ["Pour l'assurance des bénévoles du ramassage de déchets, la mairie demande le numéro de sécu : le mien est «v»",
                      "Maman s'inscrit au cours de pinceau japonais de la MJC, sur la fiche santé j'ai recopié son numéro de sécu «v»"]),
    "es_dni": ("ES", ["Para el seguro de la limpieza de la playa de la Concha el ayuntamiento pide el DNI de cada voluntario, el mío es «v»",
                      "DNI para el carné del club: «v»"]),
    "es_nie": ("ES", ["Para apuntarme a recoger plásticos en las dunas de Doñana me pidieron el NIE, puse «v»", "NIE del monitor: «v»"]),
    "it_codicefiscale": ("IT", ["Il Parco vuole il codice fiscale di chi conta i ferri di cavallo nella grotta, ho mandato il mio: «v»",
                                "Il codice fiscale di mio padre per la giornata di pulizia della spiaggia di San Zeno è «v», scritto a mano"]),
    "ca_sin": ("CA", ["Kin-ball coaching honorarium form wants my SIN, it's «v»",
                      "The parks foundation's honorarium for running the watering blitz needs a SIN on the T4A, mine is «v»"]),
    "id_nik": ("ID", ["NIK untuk daftar bersih pantai «v»", "Panitia pungut sampah di Pantai Parangtritis minta NIK buat asuransi relawan, punyaku «v»"]),
    "pk_cnic": ("PK", ["Mera CNIC «v»", "Beach safai registration ke liye CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Plaj temizliği gönüllü sigortası için T.C. kimlik numaramı istediler, «v», annemin ki de lazımsa söyleyin", "TC kimlik no «v»"]),
    "pl_pesel": ("PL", ["Do ubezpieczenia wolontariuszy przy sprzątaniu plaży potrzebny jest PESEL, mój to «v»", "Babcia chce liczyć nocki w forcie, ubezpieczenie wymaga jej PESEL «v»"]),
    "za_idnr": ("ZA", ["Bat Watch volunteer indemnity form, my ID number «v»",
                       "The lottery fund's form for our cave roost monitoring asks the project lead's ID number, mine is «v»"]),
    "kr_rrn": ("KR", ["서예 전시 출품 신청서에 주민등록번호 «v» 적었어요", "주민번호 «v»"]),
    "cn_ric": ("CN", ["书法班报名身份证号«v»", "报名海滩捡垃圾志愿者保险要填身份证号«v»"]),
    "jp_in": ("JP", ["書道展の謝礼の手続きでマイナンバー«v»を聞かれた", "マイナンバー«v»"]),
    "au_tfn": ("AU", ["TFN for the beach clean wage: «v»", "Bellarine beach cleaners are paying me for the school talks, the treasurer asked for my tax file number, it's «v»"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding van de vleermuizentelling vraagt de gemeente mijn BSN, dat is «v»", "Oma doet mee met de vleermuistelling bij de ijskelder, de verzekering wil haar BSN, «v»"]),
    "th_pin": ("TH", ["สมัครเก็บขยะชายหาดต้องใช้เลขบัตรประชาชน «v»", "เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Daftar gotong-royong pantai perlu nombor IC, saya punya «v»", "No. IC untuk sijil: «v»"]),
    "ar_cuit": ("AR", ["La factura de las bolsas para la limpieza de la costanera sale a mi CUIT, que es «v», el de la asociación no anda",
                       "El polideportivo pide el CUIT de quien alquila la cancha para el torneo de pelota gigante, puse el mío, «v»"]),
    "cl_rut": ("CL", ["Para la limpieza de la playa de Reñaca piden el RUT, el mío es «v»", "La sensei del taller de pincel cobra boleta de honorarios con su RUT «v»"]),
    "se_personnummer": ("SE", ["Fladdermusinventeringen i kyrktornet behöver personnummer för försäkringen, mitt är «v», skicka inte vidare",
                               "Personnummer «v»"]),
    "ie_pps": ("IE", ["The beach clean grant form from the county council wants each volunteer's PPS number, mine is «v», Ciarán will send his", "PPS number for the tax relief: «v»"]),
    "pt_nif": ("PT", ["O recibo dos sacos da limpeza vai para o meu NIF «v»", "NIF da associação: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Kin-ball coach background check, the form the league emailed back: «name», cell «phone», email «email», SSN «ssn», all typed by me at midnight",
     ("phone", "email", "ssn")),
    ("US", "Bat group stipend paperwork for «name»: phone «phone», the card she wants reimbursed «card», and her SSN «ssn» for the tax form",
     ("phone", "card", "ssn")),
    ("US", "Beach clean trailer rental agreement, driver «name», email «email», card on file «card», SSN «ssn» for the insurance check",
     ("email", "card", "ssn")),
    ("GB", "Tree wardens' arboretum coach booking: lead «name», mobile «phone», email «email», deposit card «card»", ("phone", "email", "card")),
    ("IN", "Konkan clean-up T-shirt order, paid by «name»: «phone», «email», card «card»", ("phone", "email", "card")),
    ("CA", "Kin-ball provincials, «name» paid: «phone», card «card»", ("phone", "card")),
    ("AU", "Beach clean lead «name», «phone», «email»", ("phone", "email")),
]
