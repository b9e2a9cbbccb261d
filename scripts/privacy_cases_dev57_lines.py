"""Line templates of the dev57 privacy set (``privacy_cases_dev57.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
nalbinding guild's needles, yarns and sock kits, gateball clubs' gates, sticks and tournaments, a tool
library's loans and volunteers, a mobile vet's van and rounds, a night ferry's crew and cabins, a
mountain hut's wardens and bookings, a community fridge's rota; texts, voice notes, e-mails and their
signatures, forms and receipts), written fresh as messages from particular people in particular
situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an
address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Tool library volunteer shift swap: «name» will cover Saturday's drill counter instead of me, reach her on «v» if the door code sticks",
    "The mobile vet van is parked behind the feed store till four; if you're running late with the goats ring the driver on «v»",
    "Night ferry purser here, your cabin key is at the info desk; the duty officer can be called on «v» if the desk is unmanned",
    "Gateball practice is off because the lawn is waterlogged, «name» is rebooking the court and wants everyone's availability texted to «v»",
    "Hut warden's spare mobile for the season, only works from the upper terrace where there is one bar: «v»",
    "Community fridge rota: if the fridge thermometer reads above five degrees please phone «name» straight away on «v» before restocking",
    "Lost a nalbinding needle (bone, about ten centimetres) under the library tables on Thursday, finder please text «v», sentimental value",
    "«name» borrowed our tile cutter and the return slip has her number as «v», could someone chase it, the next loan starts Monday",
    "Vet says the second kennel cough jab is due in three weeks; their booking line for house calls is «v», ask for the afternoon round",
    "Crossing delayed by the swell, vehicles will board from lane six; foot passengers needing assistance ring the terminal on «v»",
    "Club captain for the under-seventies gateball league this year is «name», entries and excuses both go to «v» before the draw",
    "Left the hut keys with the farm at the bottom of the track, the farmer's wife answers «v» most evenings after milking",
    "Reminder from the fridge group: collections from the bakery now need a named driver, «name» coordinates on «v»",
    "If the pressure washer comes back with a cracked lance, note it on the loan card and phone the repair cafe guy on «v»",
    "Yarn swap at the guild moved to the church annex; anybody bringing fleece or undyed wool, let «name» know on «v» so she can count tables",
    "Our gateball stick order is stuck at customs; the importer's office number is «v», they say call before noon",
    "Warden handover note: the helicopter supply drop is confirmed for Wednesday, pilot's dispatcher on «v» if the cloud stays low",
    "Our rescue greyhound reacted to the vet's sedative, out-of-hours emergency line they gave us is «v», saving it here",
    "«name» from the tool library is selling the old band saw for parts, interested? his mobile is «v»",
    "Ferry galley is short-staffed tonight, the agency runner is «name» and the crew office says call her directly on «v»",
    "Bee inspector visit is confirmed for the allotment hives on Friday morning, he'll ring from «v» when he's at the gate",
    "Sock kit orders for the nalbinding beginners' course: «name» is taking payment by phone on «v», two kits per person max",
]

PHONE_LINKS = [
    "Tap to message the gateball club's tournament desk: https://wa.me/«vW» (results and lawn changes go out there first)",
    "Community fridge volunteers' chat invite, join via https://wa.me/«vW» and say which day you collect",
    "The mobile vet's booking button on their flyer links to tel:«vE», which my phone opens straight into the dialler",
    "Mountain hut booking page says to confirm late arrivals by calling tel:«vE», warden «name» picks up until nine",
]

PHONE_LOCAL = {
    "IN": [
        "Tool library wale bhaiya ka number: «name», «v», drill machine kal tak wapas karni hai",
        "Community fridge mein aaj raat ka khana rakhna hai, society ke guard ko «v» pe call karke gate khulwa lena",
        "Mobile vet van Kothrud mein Sunday aayegi, dog ke vaccination ke liye pehle «v» pe slot book karo",
    ],
    "BR": [
        "O pessoal do gateball da praça pediu pra avisar: quem organiza as duplas agora é «name», fala com ela no «v»",
        "A veterinária que atende em casa deixou o celular dela, «v», disse que cobra a visita à parte",
        "Biblioteca de ferramentas do bairro: pra reservar a betoneira liga no «v» de terça a sexta",
    ],
    "DE": [
        "Nadelbinden-Stammtisch: «name» hat die Wolle aus Gotland mitgebracht, wer was abhaben will, ruft sie unter «v» an",
        "Die Hüttenwirtin ist erreichbar unter «v», aber erst nach dem Abendessen, vorher ist sie in der Küche",
        "Nachtfähre nach Kiel verspätet sich, die Rezeption an Bord hat mir die Nummer «v» für Rückfragen gegeben",
    ],
    "MX": [
        "La veterinaria ambulante pasa por la colonia el jueves, para apartar turno de esterilización manda mensaje al «v»",
        "Doña «name» dice que el refri comunitario del mercado necesita quien lo limpie, su cel es «v»",
        "El club de gateball de los abuelitos cambió de cancha, el nuevo encargado contesta en el «v»",
    ],
    "FR": [
        "Pour la gardienne du refuge, c'est «name», elle répond au «v» quand la radio ne passe pas",
        "Le vétérinaire itinérant passera à la ferme mardi, prévenir son assistante au «v» si les brebis sont rentrées",
        "Outilthèque du quartier : la ponceuse est réservée jusqu'au 12, le bénévole de permanence est joignable au «v»",
    ],
    "ID": [
        "Mas «name» dari klub gateball kelurahan minta semua anggota konfirmasi ikut turnamen lewat «v»",
        "Dokter hewan keliling bisa dipanggil ke rumah, nomornya «v», bilang dari grup kucing kompleks",
        "Kapal malam ke Lombok ditunda, petugas loket kasih nomor «v» buat tanya jadwal baru",
    ],
    "PH": [
        "Yung vet na nagho-house call sa subdivision, si «name», eto number niya «v», mabait at mura",
        "Community pantry sa kanto, kung may idodonate kayong gulay text niyo si ate sa «v» para masundo",
        "Overnight ferry papuntang Cebu delayed daw, eto yung hotline ng terminal «v», tawagan niyo muna bago umalis",
    ],
    "JP": [
        "ゲートボール大会の受付は«name»さん、電話は«v»です",
        "山小屋の予約変更は«v»へ、夕方以降は管理人不在",
        "往診の獣医さんの番号«v»、猫の注射は来月",
    ],
    "ES": [
        "La guarda del refugio de Góriz dice que llaméis al «v» antes de subir si hay aviso amarillo, y que preguntéis por «name»",
        "Del taller de nalbinding de la asociación: las agujas de madera las vende «name», su móvil es «v»",
        "La biblioteca de herramientas del barrio abre los sábados; para devolver fuera de horario, «v»",
    ],
    "IT": [
        "Il rifugio ha cambiato gestore, adesso prenotate chiamando «name» al «v», sempre con caparra",
        "La veterinaria che viene a domicilio per i conigli è raggiungibile al «v», solo messaggi di mattina",
        "Traghetto notturno per Olbia, per le cabine con cane il numero della biglietteria è «v»",
    ],
    "TR": [
        "Gezici veteriner aracı salı günü mahalleye geliyor, kuduz aşısı için «v» numarasından sıra alın",
        "Gece feribotunda kamara sorunu olursa gemi görevlisi «name» ile «v» üzerinden konuşabilirsiniz",
        "Mahalle buzdolabına yemek bırakacaklar önce «v» numarasını arasın, kapasite doldu",
    ],
    "KR": [
        "게이트볼 동호회 총무 «name», 연락처 «v»",
        "이동 동물병원 예약 «v»",
        "산장 관리인 번호 «v», 눈 오면 미리 연락",
    ],
    "PL": [
        "Schronisko na Hali dało numer do gospodarza, «name»: «v», prosi o SMS przed przyjściem",
        "Weterynarz objazdowy przyjmie psa w sobotę, rejestracja pod «v»",
        "Wypożyczalnia narzędzi przy bibliotece, kosiarka do odbioru, dzwonić «v»",
    ],
    "RU": [
        "Выездной ветеринар приедет к корове в четверг, его телефон «v», зовут «name»",
        "Общественный холодильник у подъезда: кто привозит продукты, звоните «v»",
        "Ночной паром задерживается, справочная порта дала номер «v»",
    ],
    "EG": [
        "الدكتورة «name» بتاعة العيادة المتنقلة للقطط رقمها «v»",
        "ثلاجة الخير اللي جنب الجامع، المسؤول عنها على «v»",
        "مواعيد العبّارة الليلية اتغيرت، اتصل بالمكتب على «v»",
    ],
    "VN": [
        "Bác sĩ thú y lưu động khám tận nhà, chị «name» nghe máy ở số «v»",
        "Tủ lạnh chia sẻ đầu hẻm cần người dọn, gọi «v»",
        "Phà đêm ra đảo tạm hoãn, hỏi bến qua số «v»",
    ],
    "BD": [
        "Haater pashe mobile pashu daktar «name» shonibar goru chhagoler tika deben, naam lekhate phone korun «v»",
        "Raater launch e Barishal jabo, cabin booking er jonno ghater counter «v» e call korte bollo",
        "Mohollar community fridge e biriyani ba bhaat dite chaile age «v» nombore janaben, fridge bhora thake",
    ],
    "PK": [
        "Mobile vet wala doctor «name» hai, number «v», bakri ko injection lagana hai is hafte",
        "Community fridge ke bahar sabzi rakhni ho to pehle «v» pe message kar dein",
        "Tool library mein welding machine available hai, «v» pe Anwar bhai se time le lo",
    ],
    "CO": [
        "La veterinaria a domicilio que atendió al perro de «name» contesta en el «v», cobra la consulta aparte",
        "La nevera solidaria del barrio necesita voluntarios, escribir al «v»",
        "Los del club de gateball de Chapinero se reúnen en el parque, el profe responde al «v»",
    ],
    "AR": [
        "La veterinaria móvil del municipio castra gratis el sábado, turnos al «v», preguntá por «name»",
        "El refugio del cerro abre en noviembre, el guardaparque dejó su celu: «v»",
        "Heladera social de la plaza: si dejás comida avisá al «v» para que alguien la pase a buscar",
    ],
    "TH": [
        "หมอสัตว์เคลื่อนที่ คุณ«name» โทร «v»",
        "ตู้เย็นแบ่งปันหน้าวัด ติดต่อ «v»",
        "เรือข้ามฟากรอบดึก สอบถาม «v»",
    ],
}

SIGNATURES = [
    ("US", "«name»\nVolunteer coordinator, Eastside Tool Library\ncell «v» · «e»"),
    ("GB", "Best wishes,\n«name», practice nurse, Vets on Wheels (Kent)\nmobile «v»\n«e»"),
    ("IN", "Regards, «name» | Community Fridge Pune, Baner chapter | «v» | «e»"),
    ("DE", "Viele Grüße aus der Hütte\n«name» (Hüttenwartin)\nTel. «v»\nMail «e»"),
    ("BR", "Um abraço da colônia,\n«name» — tesoureira do Gateball Paulista, quadra de terra batida atrás da associação\nWhatsApp «v» / «e»"),
    ("FR", "«name»\nPermanence de l'outilthèque, mercredi et samedi\nTél. «v» · Courriel «e»"),
    ("AU", "Cheers,\n«name»\nDeckhand, overnight Bass Strait crossing\nPh «v»  E «e»"),
    ("NG", "«name»\nField vet assistant, mobile clinic (Ogun axis)\nTel: «v»\nEmail: «e»"),
    ("CA", "Thanks, «name» — Gateball BC tournament desk — «v» — «e»"),
    ("ZA", "Kind regards\n«name»\nHut bookings, Drakensberg escarpment huts\nCell: «v»\n«e»"),
    ("KE", "«name», fridge rota lead (Kilimani)\nSimu: «v»\nBarua pepe: «e»"),
    ("MX", "Saludos, «name»\nVeterinaria ambulante, rutas de los martes\nCel. «v»\nCorreo «e»"),
    ("PH", "Salamat po!\n«name»\nPurser, overnight RoRo to Iloilo\nMobile: «v»\nEmail: «e»"),
]

EMAIL_EN = [
    "Could you send the updated nalbinding pattern (the Oslo stitch version) to «name» at «e»? She missed the class",
    "The tool library's overdue reminder bounced back; the borrower's address on file is «e», maybe «name» mistyped it",
    "Vet's receptionist asked me to forward the dog's vaccination card as a scan to «e», attention «name»",
    "Gateball tournament results will be emailed by «e», so check spam if nothing arrives, says «name»",
    "Hut booking confirmation came from «e», keep it for the warden in case the list is wrong",
    "«name» wants the fridge rota spreadsheet shared with «e» so she can fill in the Sunday gaps",
    "Ferry lost property: write to «e» with a description of the bag and the crossing date, cc «name»",
    "Bee inspector's report for the hives went to «e», please forward it to the allotment committee",
    "New volunteer sign-up from the repair cafe night: «e» (that's «name», she fixes lamps)",
    "Please reply to «e» with your sock size before the guild orders the wool",
]

EMAIL_LOCAL = {
    "DE": "Wer im Herbst den Nadelbindekurs mit Knochennadel und Gotland-Wolle machen will, meldet sich bei «name», die Adresse steht auf dem Aushang im Heimatmuseum: «e»",
    "FR": "Pour réserver une nuit au refuge en juillet, écrire à «e», la gardienne «name» répond le soir",
    "ES": "El veterinario ambulante manda las facturas desde «e», a nombre de «name»",
    "BR": "Mande a ficha de inscrição do torneio de gateball pro «e», aos cuidados de «name»",
    "JP": "ゲートボール大会の申込書は «e» まで、担当は«name»さん",
    "KR": "«name» 님, 공구도서관 대여 확인 메일은 «e» 로 보냈어요",
    "IT": "Le prenotazioni per il rifugio in agosto vanno mandate a «e» (gestore «name»), con le date precise e il numero di persone",
    "PL": "«name» prosi, żeby listę dyżurów przy lodówce społecznej wysyłać na «e»",
    "TR": "Veteriner randevu belgesini «e» adresine gönderin, «name» dosyayı açacak",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Paid the mobile vet for the cat's dental at the van's card reader, «name»'s card «v» (she'll settle with me later)",
    "Ferry booking form autofilled the card «v», which is the old one, remember to update it before the return crossing",
    "Tool library membership renews each March on the card «v», cancel if we move",
    "Hut deposit charged to «v»; the warden refunds it if we cancel before the end of June",
    "The guild's wool supplier took payment on card «v» for the fleece order, receipt in the shared folder",
    "Gateball stick order, card on the invoice: «v», the club reimburses members who buy their own",
    "«name» used the card «v» to buy the fridge a new thermometer and door seal, put it on the expenses sheet",
    "Card saved on the vet's portal for repeat flea prescriptions: «v»",
]

CARD_LOCAL = {
    "IN": "Community fridge ke liye naya stabilizer liya, payment card «v» se hua, bill group mein daal diya",
    "BR": "A anuidade do clube de gateball foi no cartão da «name»: «v», ela pediu pra dividir em três",
    "DE": "Die Hüttenübernachtung hat «name» mit der Karte «v» vorab bezahlt, wir geben ihr das Geld bar",
    "MX": "Le pagué a la veterinaria la consulta del gato con la tarjeta de «name», «v», luego se la regreso",
    "FR": "L'adhésion à l'outilthèque a été prélevée sur la carte de «name» : «v»",
    "JP": "«name»さんのカード«v»で山小屋の予約金",
    "ES": "La cabina del ferry nocturno la pagó «name» con su tarjeta «v», nos pasa el Bizum luego",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Refund for the cancelled hut nights goes back to «name»'s account, IBAN «v», within ten working days",
    "Nalbinding guild's treasurer asked for the wool money by bank transfer to IBAN «v»",
    "The travelling vet who does the farm calls out past Harlingen prints at the bottom of each bill: transfer to IBAN «v», quoting the horse's or dog's name",
    "«name» set up a standing order for the tool library's annual fee, the library's IBAN is «v», reference your member number",
    "The ferry company's refund form wants the IBAN the ticket was paid from, which is «v», and a copy of the boarding pass",
    "Gateball tournament entry fees by transfer, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Die Kursgebühr fürs Nadelbinden überweist bitte an «name», IBAN «v», Verwendungszweck Socken",
           "Hüttenkasse für Brennholz, Gaskartuschen und den Versorgungsflug im Juni: IBAN «v», Betreff bitte mit Hüttennamen"],
    "FR": ["La caution du refuge est remboursée par virement à «name», sur l'IBAN «v», dès que le gardien a vérifié la chambre",
           "L'outilthèque du quartier rembourse les cautions de perceuses et de scies sauteuses par virement, leur RIB porte l'IBAN «v»"],
    "ES": ["Para la cuota del club de gateball de los mayores, transferencia a nombre de «name», IBAN «v», concepto: temporada",
           "El veterinario ambulante pide el pago de la visita al IBAN «v», indicando el nombre del perro"],
    "IT": ["La caparra per il rifugio va versata a «name», IBAN «v», causale con le date del soggiorno e il numero di posti letto",
           "Per rimborsare la cabina del traghetto notturno ci servono l'intestatario e l'IBAN «v»"],
    "NL": ["Gereedschapsbibliotheek: lidmaatschap overmaken naar «name», IBAN «v», onder vermelding van je pasnummer en de naam van de boormachine",
           "Dierenarts aan huis, rekening IBAN «v»"],
    "PL": ["Za nocleg w schronisku płacimy «name», IBAN «v»", "Zwrot za bilet na prom, IBAN «v»"],
    "TR": ["Veteriner ücretini «name» adına IBAN «v» hesabına yatırdım",
           "Mahalle buzdolabının elektrik faturası için bağışlar bu hesaba: IBAN «v», açıklamaya isminizi yazın"],
    "BE": ["Lidgeld gateballclub aan «name», IBAN «v»", "Voorschot berghut: IBAN «v»"],
    "AT": ["Die Hüttenreservierung wird gültig, sobald die Anzahlung an «name» überwiesen ist, IBAN «v»",
           "Tierärztin Hausbesuch, bitte auf IBAN «v»"],
    "PT": ["Malta do gateball no jardim da Estrela: a quota deste ano vai para a «name», IBAN «v», e quem não pagar até à Páscoa fica sem stick",
           "Reembolso do ferry noturno para o IBAN «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Direct deposit form for «name», who is starting as the tool library's paid weekend coordinator: routing «a», account «b», checking",
        "Vet reimbursement from the pet insurer goes to routing number «a», account «b»",
        "«name»'s bank details for the fridge grant payout, ABA «a», acct «b»",
    ],
    "gb": [
        "Roof slates blew off the bothy above the glen again; «name» is collecting for the slater and the quad bike hire, sort code «a», account number «b», put BOTHY ROOF as the reference",
        "Pay the mobile vet's practice by bank transfer, sort code «a», account «b», and put your pet's surname as the reference so they can match it",
    ],
    "in": [
        "«name» ka account for fridge donations: A/c «a», IFSC «b»",
        "Vet van ka payment bank transfer se, account no. «a», IFSC «b», «name» ke naam",
    ],
    "au": ["Reimburse «name» for the ferry fuel levy, BSB «a», account «b», she paid it at the counter"],
    "ca": ["Gateball BC covers ferry fares to the Nanaimo round robin, so the grant for «name» goes to transit «a», account «b», she'll bring her stick and the scorecards"],
    "br": [
        "O seu Hiroshi pediu pra depositar o reembolso das bolas de gateball que ele trouxe do Japão pra «name», agência «a», conta «b», antes do torneio da colônia",
        "A vaquinha pra pagar a veterinária que veio castrar os gatos da rua fica na agência «a», conta corrente «b», da dona Cida",
        "A «name» recebe a mensalidade da biblioteca de ferramentas na agência «a», conta «b», manda o comprovante no grupo depois",
    ],
    "mx": ["La veterinaria ambulante que vino en la camioneta le puso la vacuna de la rabia al Firulais y yo le debo a «name», CLABE «a», se la paso saliendo del mercado"],
    "ng": [
        "Please transfer the mobile vet's fee for the poultry visit to «name», «bank», account number «a», and send the teller as proof so the nurse can release the vaccines",
        "Our street's community fridge light and diesel contribution this month goes to «name», «bank» «a», chairman says pay before Sallah",
    ],
    "za": ["Hut booking deposit to «name», branch code «a», account «b», use your surname as reference"],
    "ar": ["El guardaparque juntó la plata de la leña para el refugio del cerro, a quien subió con las mulas se le transfiere: «name», CBU «a», mandá captura al grupo"],
}

ID_LINES = {
    "us_ssn": ("US", ["Mobile vet's job application asks for the SSN on page two, mine is «v», then a background check",
                      "Tool library payroll onboarding for the weekend coordinator, social security no. «v», W-4 attached"]),
    "in_aadhaar": ("IN", ["Community fridge volunteer ID verification ke liye Aadhaar «v» diya hai, photocopy bhi",
                          "Vet van ke free rabies camp ke registration form mein owner ka Aadhaar number «v» likhna tha"]),
    "in_pan": ("IN", ["Donation receipt for 80G needs PAN «v»", "Tool library ko deposit refund ke liye PAN card «v» bhejna hai, TDS ke liye"]),
    "br_cpf": ("BR", ["Na inscrição do torneio de gateball dos idosos pediram o CPF da minha avó, «v», pra seguro",
                      "Nota da veterinária em domicílio, CPF do tutor «v»"]),
    "mx_curp": ("MX", ["Mi abuelo se inscribió al club de gateball de los jubilados en la casa de día, y para su credencial con foto pidieron la CURP, que es «v»", "CURP del dueño de la mascota: «v»"]),
    "mx_rfc": ("MX", ["Le pedí a la veterinaria ambulante que hace esterilizaciones en la colonia que facture la cirugía de la gata a mi mamá, RFC «v»",
                      "RFC para facturar el ferry nocturno a La Paz: «v»"]),
    "gb_nhs": ("GB", ["Hospital radio volunteer form needs my NHS number for the occupational health check, it's «v»",
                      "Mountain rescue took Dad down from the hut, paramedic wrote his NHS no. «v» on the handover sheet"]),
    "de_idnr": ("DE", ["Für den Minijob als Hüttenhilfe braucht der Wirt meine Steuer-ID: «v»",
                       "Der Kassierer vom Gateballverein der Senioren braucht für meine Übungsleiterpauschale die steuerliche Identifikationsnummer «v», sonst gibt's Ärger mit dem Finanzamt"]),
    "fr_nir": ("FR", ["Le chien du berger m'a mordu au mollet près du refuge, les urgences de Briançon ont noté mon numéro de sécu «v»",
                      "La gardienne du refuge m'embauche comme aide-cuisinier pour l'été, elle attend mon numéro de sécu «v» avant la première montée en hélico"]),
    "es_dni": ("ES", ["Para la licencia federativa de gateball piden el DNI, el de mi padre es «v»", "Para la reserva de las literas del refugio en temporada alta piden el DNI del que sube con el grupo, el mío es «v»"]),
    "es_nie": ("ES", ["Mi NIE para el carné de socio de la biblioteca de herramientas: «v»", "Compré el billete del ferry nocturno con butaca y perro en la bodega, me pidieron mi NIE «v» al embarcar"]),
    "it_codicefiscale": ("IT", ["Per la tessera CAI e lo sconto al rifugio serve il codice fiscale, quello di mia figlia è «v»",
                                "Ricetta veterinaria elettronica, CF del proprietario «v»"]),
    "ca_sin": ("CA", ["Hiring paperwork for the ferry's summer galley job wants my SIN, «v», on the TD1 form",
                      "Gateball coach honorarium T4A: SIN «v»"]),
    "id_nik": ("ID", ["NIK untuk daftar vaksin rabies gratis di mobil klinik hewan: «v»", "Tiket kapal malam pakai NIK «v»"]),
    "pk_cnic": ("PK", ["Mobile vet camp registration mein CNIC «v» likhna zaroori hai", "CNIC no. «v», ferry ticket"]),
    "tr_tckimlik": ("TR", ["Gece feribotunda kamaralı bilet alırken gişedeki görevli TC kimlik no «v» istedi, köpeği de yazdırdım", "Veteriner kaydı, TCKN «v»"]),
    "pl_pesel": ("PL", ["PESEL do rejestracji psa u weterynarza objazdowego: «v»", "Wolontariat przy lodówce, PESEL «v»"]),
    "za_idnr": ("ZA", ["Hut permit for the escarpment trail asks for SA ID number «v», one per hiker",
                       "Vet's account form, ID «v»"]),
    "kr_rrn": ("KR", ["게이트볼 대회 보험 가입 주민번호 «v»", "동물등록 신청서 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["门球比赛报名身份证号 «v»", "夜航船票实名登记身份证 «v»"]),
    "jp_in": ("JP", ["ゲートボール協会の登録にマイナンバー«v»", "夏の山小屋で荷揚げのアルバイトをするので、雇用契約書に書く個人番号は«v»、小屋番さんに郵送"]),
    "au_tfn": ("AU", ["Ferry deckhand casual contract, TFN declaration: «v»", "TFN «v» for the hut caretaker payroll"]),
    "nl_bsn": ("NL", ["BSN voor de vrijwilligersvergoeding bij de gereedschapsbibliotheek: «v»", "BSN eigenaar hond: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนสำหรับลงทะเบียนฉีดวัคซีนสุนัข «v»", "ตั๋วเรือกลางคืน เลขประจำตัว «v»"]),
    "my_nric": ("MY", ["IC number for the ferry to Langkawi: «v»", "Daftar klinik haiwan bergerak, No. KP «v»"]),
    "ar_cuit": ("AR", ["Factura del veterinario a domicilio, CUIT «v»", "El guardián del refugio de montaña me pidió el número para hacer el recibo de las dos noches y la cena de guiso, CUIT «v»"]),
    "cl_rut": ("CL", ["RUT para el carnet del club de gateball de adultos mayores: «v»", "Boleta del veterinario móvil, RUT «v»"]),
    "se_personnummer": ("SE", ["Verktygsbiblioteket i källaren lånar ut borrmaskiner och stegar, men för att bli medlem vill de ha personnummer: «v»", "Nattfärjan till Visby, personnr «v»"]),
    "ie_pps": ("IE", ["PPS number for the hospital radio volunteer Garda vetting, «v»", "PPSN «v» on the vet grant form"]),
    "pt_nif": ("PT", ["NIF para a fatura do veterinário ao domicílio: «v»", "Fatura do ferry noturno com NIF «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Tool library new member card for «name»: phone «phone», email «email», SSN «ssn» (only needed for the paid role)",
     ("phone", "email", "ssn")),
    ("US", "Mobile vet intake sheet, owner «name», cell «phone», card on file «card», SSN «ssn» for the payment plan",
     ("phone", "card", "ssn")),
    ("US", "Hut caretaker payroll packet for «name»: personal email «email», reimbursement card «card», SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Night ferry cabin upgrade for «name», mobile «phone», receipt to «email», paid with «card»", ("phone", "email", "card")),
    ("IN", "Fridge sponsor «name»: phone «phone», mail «email», card used «card»", ("phone", "email", "card")),
    ("CA", "Gateball BC registration, «name», cell «phone», card «card»", ("phone", "card")),
    ("AU", "Ferry crew contact sheet: «name», mob «phone», email «email»", ("phone", "email")),
]
