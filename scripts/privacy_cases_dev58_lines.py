"""Line templates of the dev58 privacy set (``privacy_cases_dev58.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
tenkara club's flies, lines and river trips, canicross clubs' harnesses, dogs and races, a school
crossing patrol's rota and lollipops, a meals-on-wheels round's vans and diners, a hedgehog rescue's
pens and hoglets, a ski patrol's huts and avalanche bulletins; texts, voice notes, e-mails and their
signatures, forms and receipts), written fresh as messages from particular people in particular
situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an
address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Found a hoglet curled up under our decking in broad daylight, the rescue lady «name» said bring it in a box and ring «v» on the way",
    "Tenkara trip Saturday is on if the creek drops, the guide with the spare rods is «name», his cell «v», he leaves at five",
    "My lollipop shift tomorrow needs cover, I'm at the dentist, call the patrol supervisor on «v» if you can stand in at the school gate",
    "Dinner van broke down on Elm Road with six meals still hot, the driver «name» is stuck there, phone her on «v» and say we're coming",
    "The ski patrol asked anyone who saw the slide on the north bowl around two to phone the hut on «v» with the time and where you stood",
    "Canicross harness came in the wrong size for Bella, the seller «name» said swap it at the Sunday race, text «v» first",
    "Mrs Okafor's daughter asked us to call her rather than the house if her mum doesn't answer the door at lunch, «v»",
    "Rescue open day poster proof: «name» handles the tombola and wants stallholders to phone «v» before the end of the month",
    "If the crossing light at Church Lane goes out again the council's street lighting team says to report it on «v» and give the pole number",
    "Left my tenkara rod case in the diner in Townsend, the waitress kept it, the owner «name» says call «v» before they close at nine",
    "Patroller «name» has the spare avalanche transceivers at his place this week, «v», arrange pickup before Friday's course",
    "Our new dinner round volunteer «name» can do Mondays and Thursdays, his number is «v», he has a van with a tail lift",
    "Vet who does the hedgehog checks for free on Wednesdays moved clinics, the new front desk is «v», ask for the wildlife slot",
    "Bikejoring and canicross demo at the county show, the organiser wants dog teams to ring «v» by the 10th to get a pitch",
    "Grandma gets her lunch from the round now, if she's not in the driver calls me on «v», and if I don't answer try my brother",
    "Fly-tying night moved to the pub back room, landlord «name» asked people to ring «v» so he knows how many pies",
    "Lift operator called the patrol about a snowboarder with a bad wrist at the top station, patrol dispatch number is «v»",
    "The lollipop stick with the reflective tape snapped, the supplier «name» can send a new one, her number is «v»",
    "Please share: small black spaniel cross bolted at the canicross start line in the forest, if seen call «v», she's wearing a red harness",
    "Our wildlife carer «name» takes the overnight hoglets this week, she asked to be texted only, «v», never after eleven",
    "Tenkara club's river warden «name» is walking the upper beat tomorrow, if the water's coloured he'll text from «v»",
    "The meals kitchen's freezer alarm rang all night, the engineer on call «name» said to phone «v» if it goes again",
]

PHONE_LINKS = [
    "Canicross beginners' session sign-up is by WhatsApp only: https://wa.me/«vW» , say your dog's name and age",
    "Hedgehog rescue helpline card, the QR under the hoglet picture opens https://wa.me/«vW»?text=I%20found%20a%20hedgehog so people can send a photo",
    "Meals-on-wheels volunteer page, the big green button: <a href=\"tel:«vE»\">talk to the round coordinator about driving</a>",
    "Ski patrol open evening flyer, small print under the map: questions for «name» on tel:«vE» (he's on the hill until four)",
]

PHONE_LOCAL = {
    "IN": [
        "Tirthan river pe tenkara guide «name» ji kal subah aayenge, unka number «v», chai ka intezaam kar dena",
        "Tiffin wale bhaiya ka naya number «v» hai, dadi ka khaana ab wahi laayenge, paisa mahine ke end mein",
        "School ke bahar traffic volunteer chahiye, jo free hain «v» pe call karein, subah 7:30 se 8:15",
    ],
    "BR": [
        "A marmita solidária precisa de motorista na quinta, quem puder fala com a «name» no «v»",
        "Achei um ouriço-cacheiro? não, era um gambá no quintal, o centro de triagem de animais atende no «v»",
        "Canicross no parque domingo cedo, inscrição pelo «v», leva água pro cachorro",
    ],
    "DE": [
        "Igel im Garten gefunden, die Igelstation sagt, bitte sofort «v» anrufen und den Igel warm halten, Frau «name» ist heute da",
        "Schülerlotsen-Dienst am Montag fällt aus, wer einspringen kann, bitte bei der Schule unter «v» melden",
        "Canicross-Training am Samstag am Waldparkplatz, Anmeldung bei «name» unter «v», Geschirre können geliehen werden",
    ],
    "MX": [
        "El comedor de los abuelitos necesita chofer el lunes, manden mensaje a «v» si pueden",
        "La guía de pesca con caña sin carrete, «name», dice que la llamen al «v» para el sábado en el río",
        "Se perdió una perrita en la carrera del bosque de Tlalpan, si la ven llamen al «v», trae arnés azul",
    ],
    "FR": [
        "Portage des repas : la nouvelle chauffeuse «name» est joignable au «v», elle fait la tournée du mardi",
        "Hérisson blessé trouvé près de l'école, le centre de soins de la faune m'a dit d'appeler le «v» avant de le déplacer",
        "Sortie canicross dimanche en forêt de Fontainebleau, inscriptions au «v», harnais à prêter",
    ],
    "ID": [
        "Pak «name» dari posko SAR gunung minta laporan longsoran salju? bukan, longsoran tanah di jalur pendakian, hubungi «v»",
        "Katering lansia di RT 05 ganti kurir, nomornya sekarang «v», antar jam sebelas",
        "Lomba lari bareng anjing di Sentul hari Minggu, daftar lewat «v» ya",
    ],
    "PH": [
        "Yung bagong driver ng hot meals para sa mga lola sa barangay, si «name», text mo sa «v» kung may pagbabago",
        "May nakita kaming sugatang pawikan sa dalampasigan, tumawag daw sa «v» sabi ng kapitan",
        "Takbo kasama ang aso sa Linggo sa Nuvali, magpalista kay «name» sa «v»",
    ],
    "JP": [
        "テンカラ教室の講師«name»さんの携帯は«v»です",
        "通学路の見守り当番の交代は«v»まで",
        "ハリネズミ保護の相談は«v»へ",
    ],
    "ES": [
        "La patrulla de pistas de Candanchú busca voluntarios, llamad a «name» al «v» antes del viernes",
        "El reparto de comidas a mayores del barrio cambia de furgoneta, la conductora nueva tiene el «v»",
        "Erizo encontrado en el huerto, el centro de recuperación de fauna dice que llamemos al «v»",
    ],
    "IT": [
        "Il pasto a domicilio per la nonna lo porta adesso «name», il suo cellulare è «v», passa verso mezzogiorno",
        "Riccio ferito in giardino, il centro recupero ricci ha detto di chiamare il «v» e non dargli latte",
        "Soccorso piste di Bormio, per la formazione di gennaio scrivete a «v»",
    ],
    "TR": [
        "Palandöken kayak devriyesi gönüllü arıyor, «name» bey'i «v» numarasından arayın",
        "Okul önündeki geçitte görevli veli lazım, yarın müsait olan «v» numarasına yazsın",
        "Yaşlılara sıcak yemek servisi için yeni şoförün numarası «v»",
    ],
    "KR": [
        "스키 패트롤 «name» 대장 번호 «v»",
        "도시락 배달 기사님 번호 «v»",
        "고슴도치 구조 문의 «v»",
    ],
    "PL": [
        "Obiady dla seniorów rozwozi teraz «name», numer «v», przyjeżdża koło dwunastej",
        "Znalazłem jeża na drodze, ośrodek rehabilitacji kazał dzwonić pod «v»",
        "Dyżur przy przejściu koło szkoły w czwartek, kto może, niech napisze na «v»",
    ],
    "RU": [
        "Волонтёр по доставке обедов «name», телефон «v», приезжает к часу",
        "Нашли ёжика во дворе, в центре реабилитации сказали звонить «v»",
        "Каникросс в субботу в Битцевском парке, запись по «v»",
    ],
    "EG": [
        "رقم سواق وجبات كبار السن الجديد «v» يا «name»",
        "للتطوع في دورية المدرسة الصبح كلموا «v»",
        "جمعية إنقاذ الحيوانات في المعادي رقمها «v»",
    ],
    "VN": [
        "Anh «name» bên đội cứu hộ ở Sa Pa, số «v»",
        "Số chú giao cơm cho ông bà là «v»",
        "Ai nhặt được con chó lạc ở công viên gọi «v» nhé",
    ],
    "BD": [
        "Boyoshko der khabar dey je bhai, «name», tar number «v», dupure ashben",
        "School er shamne rasta parapar er volunteer lagbe, «v» e phone korun",
        "Ahoto pakhi pele uddhar kendro te phone korun «v»",
    ],
    "PK": [
        "Naltar mein barf ke tod patrol karne wale «name» bhai ne kaha beginners apne boots ka size «v» pe SMS kar dein",
        "Buzurgon ka khana ab naya driver laayega, uska number «v»",
        "School ke gate pe traffic warden ki duty ke liye «v» pe rabta karein",
    ],
    "CO": [
        "El domiciliario de los almuerzos de la abuela ahora es «name», su celular «v»",
        "Encontramos un zarigüeyo herido en la finca, la fundación de fauna atiende en el «v»",
        "Canicross en el parque del Tunal el domingo, inscripciones al «v»",
    ],
    "AR": [
        "Patrulla de pista en Chapelco, pregunten por «name» al «v» para la capacitación",
        "La vianda de los abuelos la trae ahora otro chofer, su número es «v»",
        "Se escapó un perro en la carrera canicross de Tandil, si lo ven llamen al «v»",
    ],
    "TH": [
        "คนขับส่งอาหารผู้สูงอายุคนใหม่ชื่อ«name» เบอร์«v»",
        "เจอเม่นบาดเจ็บ โทรหามูลนิธิ«v»",
        "อาสาข้ามถนนหน้าโรงเรียน ติดต่อ«v»",
    ],
}

SIGNATURES = [
    ("US", "— «name», Blue Line Tenkara Club secretary · «v» · «e»"),
    ("GB", "«name» | Volunteer co-ordinator, Prickles Hedgehog Rescue | «v» | «e»"),
    ("IN", "Warm regards, «name» (Himalayan Tenkara trips) · «v» · «e»"),
    ("DE", "Stachelige Grüße aus dem Igelkeller in Aurich — «name», Pflegestelle Nord, mobil «v», Post an «e»"),
    ("BR", "Abraços, «name» — coordenação da Marmita Solidária dos Vizinhos, ligue «v» ou escreva para «e» se faltar motorista na quinta"),
    ("FR", "«name», responsable du portage de repas, secteur nord · «v» · «e»"),
    ("AU", "Cheers, «name» · Canicross Tassie · «v» · «e»"),
    ("NG", "«name», School Crossing Wardens, Ikeja chapter · «v» · «e»"),
    ("CA", "«name» · patrouille de ski · «v» · «e»"),
    ("ZA", "Regards, «name», Meals on Wheels Garden Route · «v» · «e»"),
    ("KE", "«name» | Mt Kenya rescue volunteers | «v» | «e»"),
    ("MX", "Saludos, «name» — comedor comunitario para abuelitos · «v» · «e»"),
    ("PH", "Salamat po! «name», hot meals para sa mga lolo at lola · «v» · «e»"),
]

EMAIL_EN = [
    "Please send your dog's vaccination record before the canicross race to «e», «name» checks them all on Friday night",
    "Hoglet adoption forms go to «e», and «name» will ring you to arrange the garden check",
    "Tenkara club newsletter: trip reports and photos of your kebari to «e», «name» edits them on Sundays",
    "Diners' dietary changes (diabetic, soft food, no pork) by e-mail to «e», «name» updates the kitchen list daily",
    "School patrol rota swaps must be copied to «e» so the head knows who's at the gate",
    "Ski patrol applicants: send your first-aid certificate to «name» at «e» before the December course",
    "Lost property from the race (leads, bottles, one harness) listed at «e», «name» will post things back",
    "Receipts for the rescue's mealworm order go to «e»",
    "Casserole dish returns and thank-you notes for the drivers can go to «e», «name» reads them out at the Friday meeting",
    "Tenkara beginners' waiting list: «e»",
]

EMAIL_LOCAL = {
    "DE": "Wer einen Igel über den Winter aufnehmen kann, schreibt bitte an «name» unter «e», wir brauchen Pflegestellen mit frostfreiem Schuppen und Geduld",
    "FR": "Pour courir avec votre chien dimanche au bois de Vincennes, envoyez le carnet de vaccination à «e» ; «name» répond après l'entraînement du jeudi soir",
    "ES": "Para el reparto de comidas del barrio escribid a «e», «name» organiza las rutas",
    "BR": "Quem puder doar quentinhas manda e-mail pra «e», a «name» responde à noite",
    "JP": "毛鉤釣りの体験会に参加したい方は、世話役の«name»さん宛てに «e» までメールをください",
    "KR": "스키 패트롤 지원서는 «name»에게 «e»",
    "IT": "Per adottare un riccio guarito scrivete a «e», vi risponde «name» dopo la visita del veterinario e vi manda le istruzioni per la casetta",
    "PL": "Zgłoszenia na dyżury przy szkole wysyła się do «name» na «e»",
    "TR": "Sıcak yemek gönüllüleri için e-posta «e», sorumlu «name»",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Canicross race entry, paid over the phone because the site was down, the club took card «v» for «name» and her two dogs",
    "Hedgehog rescue donation slip, monthly gift of £10 on card «v», thank you for the hoglets",
    "The tenkara rod shop's order form asked for card «v», I hope that's okay, it's the club card",
    "Dinner van fuel, the temporary card for the new driver is «v», keep the receipts",
    "Ski patrol jacket order for the new recruits, charged to card «v», sizes in the sheet",
    "Grocery run for the meals kitchen paid with «v», reimburse me when you can",
    "«name» paid the lollipop patrol's raffle prizes on «v», she wants the money back before Christmas",
    "Rescue vet bill for the hoglet with the fly strike: card «v»",
]

CARD_LOCAL = {
    "IN": "Tenkara trip ka advance is card se diya hai, «v», receipt WhatsApp pe bhej dena",
    "BR": "A «name» pagou as marmitas da semana no cartão «v», repassar o dinheiro depois",
    "DE": "Die zwölf Säcke Katzentrockenfutter für den Igelkeller hat «name» an der Kasse vom Raiffeisenmarkt mit «v» ausgelegt",
    "MX": "La inscripción de la carrera con perro la pagó «name» con la tarjeta «v», falta el recibo",
    "FR": "«name» a réglé les repas de la semaine avec la carte «v»",
    "JP": "«name»さんのカード«v»",
    "ES": "«name» pagó los forfaits de la patrulla con la tarjeta «v», hay que devolvérselo",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Hedgehog rescue standing order form: pay the monthly £5 to «name»'s rescue account, IBAN «v»",
    "Canicross club fees for overseas members, transfer to IBAN «v», reference your dog's name",
    "The tenkara guide in Slovenia wants the deposit by bank transfer, his IBAN is «v», he doesn't take cards on the river",
    "«name» asked that the ski patrol course refund goes back to IBAN «v»",
    "Meals charity's euro account for the legacy gift from the Dublin cousin, IBAN «v»",
    "IBAN for the crossing patrol fund: «v»",
]

IBAN_LOCAL = {
    "DE": ["Spende für die Igelstation bitte an «name», IBAN «v», Verwendungszweck Winterfutter",
           "Die Startgebühr für das Canicross-Rennen überweist bitte auf IBAN «v»"],
    "FR": ["Le remboursement de l'essence de la tournée des repas est à faire à «name», IBAN «v»",
           "Cotisation du club de canicross : virement sur l'IBAN «v» avant la fin du mois"],
    "ES": ["El adelanto del curso de patrulla devuélvelo a «name», IBAN «v»",
           "Quien quiera apadrinar una ruta de comidas calientes para los mayores de Lavapiés, la asociación recibe en «v»"],
    "IT": ["Rimborso della benzina per il pasto a domicilio a «name», IBAN «v», grazie mille",
           "Quota per il corso di soccorso piste sull'IBAN «v»"],
    "NL": ["Sietse-achtige vrijwilligers die stekelvarkentjes opvangen? Nee, egels: «name» schoot de meelwormen voor, terugstorten op «v» graag",
           "Giften voor de wintergasten in de schuur van de opvang in Drachten: rekening «v», vermeld 'egelhuisje'"],
    "PL": ["Zwrot za obiady dla «name», IBAN «v»", "Składka na dyżury IBAN «v»"],
    "TR": ["Kayak devriyesi eğitim ücretini «name» adına IBAN «v» hesabına yatırın",
           "Kadıköy'deki yaşlı komşulara öğle yemeği götüren gönüllülerin yakıt fonu için bağış hesabı «v», açıklamaya mahallenizi yazın"],
    "BE": ["Terugbetaling voor «name», IBAN «v»", "Loop je met je hond mee in het bos van Hallerbos? Het lidgeld van de club gaat naar «v», met je naam én die van de hond"],
    "AT": ["Wer beim Pistenrettungskurs am Kitzsteinhorn die Lawinensonde der Bergrettung zerbrochen hat: «name» streckt vor, bitte auf «v» ausgleichen",
           "Igelhilfe Spendenkonto IBAN «v»"],
    "PT": ["O reembolso do gasóleo da carrinha das refeições é para a «name», IBAN «v», ela fez a volta de terça duas vezes",
           "O clube de corrida com cães da Lousã lembra: quem ainda deve o ano transfere para «v» e põe o nome do cão no descritivo"],
}

ACCOUNT_LINES = {
    "us": [
        "Reimbursement slip in the van glovebox: «name» drove the Tuesday dinners an extra 40 miles, pay via bank routing no. «a», acct «b»",
        "Canicross club's bank for the race sponsor: routing number «a», checking «b»",
        "«name» wants the tenkara trip refund by ACH, routing «a» account «b»",
    ],
    "gb": [
        "Hedgehog rescue fuel claim: pay «name», sort code «a», account number «b», thanks for the late-night pickups",
        "Takings from the lollipop ladies' tombola at the summer fair go into the patrol's savings pot, sort code «a» and number «b»",
    ],
    "in": [
        "Tirthan wale fly-fishing guide «name» ne UPI band hone ki wajah se NEFT maanga hai: khata «a», branch code «b»",
        "Tiffin service ka payment account no. «a» IFSC «b» pe kar dena, «name» ne bola",
    ],
    "au": ["Canicross Tassie reimbursement for «name»: BSB «a», account «b»"],
    "ca": ["Meals on wheels Moncton, «name»'s mileage: transit «a», account «b», the bank's number is on the void cheque"],
    "br": [
        "A «name» rodou a rota das quentinhas até o Fragata com o carro dela, devolver a gasolina na agência «a», conta «b»",
        "Inscrição do canicross: depósito na agência «a», conta «b», em nome da «name»",
    ],
    "mx": ["El reembolso de la carrera con perros va a la CLABE «a» de «name», lo confirma ella por mensaje"],
    "ng": [
        "Crossing wardens' allowance for «name», «bank» account «a»",
        "Send the food van fuel money to «name»'s «bank» account, «a»",
    ],
    "za": ["Meals on Wheels Knysna: pay «name», branch code «a», account «b»"],
    "ar": ["La cuota de la patrulla de Chapelco se transfiere al CBU «a» de «name», avisen por mensaje cuando la manden"],
}

ID_LINES = {
    "us_ssn": ("US", ["Volunteer driver background check form for the meals round: SSN «v», signed and dated",
                      "Ski patrol payroll for the paid weekend shifts needs your SSN, mine is «v»"]),
    "in_aadhaar": ("IN", ["Tenkara trip permit ke liye forest office ne Aadhaar maanga, mera «v» hai",
                          "Dadi ka Aadhaar «v», tiffin scheme ke form mein bharna hai"]),
    "in_pan": ("IN", ["The Himachal angling guide's bill for our group needs his PAN on it, he sent «v» by SMS", "Canicross club sponsorship receipt, donor PAN «v»"]),
    "br_cpf": ("BR", ["Cadastro de voluntária da marmita, CPF «v», nome completo no verso",
                      "CPF do tutor do cachorro «v»"]),
    "mx_curp": ("MX", ["Registro de voluntarios del comedor para abuelitos, CURP «v», entregar antes del lunes", "Para el seguro de la carrera con perros en el Desierto de los Leones, el corredor dio su CURP: «v»"]),
    "mx_rfc": ("MX", ["Factura por el arnés y la correa, RFC del club «v», uso del CFDI gastos en general",
                      "El comedor de abuelitos de Coyoacán pide el RFC del donante para el recibo deducible, el de mi tía es «v»"]),
    "gb_nhs": ("GB", ["Hedgehog rescue volunteer medical form, my NHS number is «v» in case of a bite",
                      "The surgery in Wrexham rang: for Dad's hot lunch delivery they need him to quote NHS «v» when the council's dinner team calls"]),
    "de_idnr": ("DE", ["Für die kleine Pauschale, die die Stadt Schülerlotsen am Zebrastreifen vor der Grundschule zahlt, will das Amt meine Steuer-ID: «v»",
                       "Für die Übungsleiterpauschale beim Canicross-Verein braucht der Kassenwart meine Steuer-ID, hier ist sie: «v»"]),
    "fr_nir": ("FR", ["Dossier de bénévole pour le portage de repas, numéro de sécurité sociale «v»",
                      "Pisteur secouriste embauché à Luchon pour l'hiver : le service paie réclame mon NIR, «v», avec le RIB"]),
    "es_dni": ("ES", ["Esta temporada hago de socorrista en las pistas de Formigal y la mutua quiere mi documento, «v», antes del lunes", "Correré con Lua, mi podenca, los 6 km del puerto de Navacerrada; la organización quiere el DNI, «v», y la cartilla"]),
    "es_nie": ("ES", ["NIE del voluntario del reparto de comidas «v»", "Para la licencia de pesca en el Pirineo me pidieron el NIE «v»"]),
    "it_codicefiscale": ("IT", ["Modulo di volontariato per il centro recupero ricci, codice fiscale «v»",
                                "Lo skipass gratuito dei soccorritori in Val di Sole lo intestano col codice fiscale: il mio è «v»"]),
    "ca_sin": ("CA", ["The ski hill's payroll needs the patroller's SIN, «v», for the paid shifts",
                      "Van driver for the Sudbury hot lunches, the honorarium slip at year end needs my SIN, which is «v»"]),
    "id_nik": ("ID", ["NIK relawan SAR untuk asuransi «v»", "KTP pendaftar lomba lari anjing, NIK «v»"]),
    "pk_cnic": ("PK", ["Naltar ski camp registration, CNIC «v»", "Nani ki dopahar ki roti ab welfare van laati hai, form pe unka shanakhti card «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Kayak devriyesi gönüllü sigortası için T.C. kimlik numaram «v», formu yarın getiririm", "Erzurum'da okul önünde trafik gönüllüsü olmak için valilik formunda TC numaram «v» yazılı"]),
    "pl_pesel": ("PL", ["PESEL wolontariusza GOPR do ubezpieczenia «v»", "Babcia Wszebora zapisana na ciepłe obiady z MOPS-u, w formularzu jej PESEL «v»"]),
    "za_idnr": ("ZA", ["Meals on Wheels volunteer indemnity form, South African ID number «v»",
                       "ID number for the race entry «v»"]),
    "kr_rrn": ("KR", ["용평 스키장 패트롤 시즌 상해보험 서류에 적은 제 주민번호는 «v»이에요", "도시락 지원 신청 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["送餐志愿者登记身份证号 «v»", "犬跑比赛报名身份证 «v»"]),
    "jp_in": ("JP", ["テンカラ教室の謝金支払いのためマイナンバー «v»", "通学路の旗振り当番のボランティア保険に、父のマイナンバー «v» を書きました"]),
    "au_tfn": ("AU", ["Ski patrol casual payroll at Perisher, TFN «v»", "TFN for the canicross coach's invoice «v»"]),
    "nl_bsn": ("NL", ["Aanmelding als vrijwilliger bij de egelopvang, mijn BSN is «v» voor de VOG", "BSN voor de maaltijdservice «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนอาสาส่งอาหารผู้สูงอายุ «v»", "สมัครวิ่งกับสุนัข เลขบัตร «v»"]),
    "my_nric": ("MY", ["IC number for the canicross run at Bukit Kiara «v»", "No. kad pengenalan sukarelawan makanan «v»"]),
    "ar_cuit": ("AR", ["El patrullero de Cerro Catedral factura el curso de rescate en avalancha con su CUIT «v»", "La fundación que reparte viandas a los abuelos me pide el CUIT para el recibo de la donación: «v»"]),
    "cl_rut": ("CL", ["RUT del voluntario de la patrulla de Farellones para el seguro de la temporada «v»", "RUT para la boleta del arnés «v»"]),
    "se_personnummer": ("SE", ["Springer med vår vallhund i Jämtlandsloppet i helgen, arrangören vill ha mitt personnummer (för olycksfallet): «v»", "Personnummer «v»"]),
    "ie_pps": ("IE", ["Garda vetting so I can drive the hot dinners round Ballina on Wednesdays, the form wants my PPS, it's «v»", "Ski club trip insurance PPS «v»"]),
    "pt_nif": ("PT", ["NIF para o recibo do donativo às refeições «v»", "NIF do sócio do canicross «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Meals driver application: «name», cell «phone», email «email», SSN «ssn» for the background check, available weekdays",
     ("phone", "email", "ssn")),
    ("US", "Ski patrol uniform order paid by «name», phone «phone», card «card», and SSN «ssn» for the seasonal payroll",
     ("phone", "card", "ssn")),
    ("US", "Sponsor of the dog trail race series, paperwork from the treasurer: «name» (contact «email») pays by «card», SSN «ssn» for tax",
     ("email", "card", "ssn")),
    ("GB", "Hedgehog rescue gift aid form: «name», «phone», «email», card «card» for the monthly donation", ("phone", "email", "card")),
    ("IN", "Tenkara trip booking: «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("CA", "Patrol locker deposit: «name», «phone», card «card»", ("phone", "card")),
    ("AU", "Canicross entry: «name», «phone», «email», two dogs", ("phone", "email")),
]
