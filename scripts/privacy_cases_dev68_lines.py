"""Lines of the dev68 privacy set (``privacy_cases_dev68.py``): the templates for its phones,
e-mail addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's
sensors meet them (a pickleball club's courts, paddles, ladder and round robins, a quoits league's
pitches, clay beds and away fixtures, a mummers troupe's play, costumes and pub tour, a maypole
dancers' pole, ribbons and May Day, a pancake race's course, pans, heats and charity, a worm charming
contest's plots, forks, counts and judges; texts, voice notes, e-mails and their signatures, forms and
receipts), written fresh as messages from particular people in particular situations, with slots in
guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a person's
name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Pickleball ladder captain for the Tuesday courts is «name» now, text her at «v» if you can't make your match",
    "If the rec center gate is locked before open play, the groundskeeper's cell is «v}, he lives two streets over".replace("}", "»"),
    "Quoits league away fixture at Tow Law: the home captain «name» says ring «v» when you reach the pub car park",
    "mummers tour, Boxing Day: the van driver's mobile is «v}, we leave the Red Lion at seven sharp".replace("}", "»"),
    "Maypole ribbons arrived damp, «name» from the haberdashery asked us to call «v» about a swap before Saturday",
    "Pancake race marshals, if a runner drops a pan on the cobbles, phone the first aid lead on «v» straight away",
    "Worm charming judge «name» is running late from the allotments, her number is «v}, start plot 1 without her".replace("}", "»"),
    "voicemail from the church hall booking lady about our maypole practice: call back on «v» before Thursday",
    "Clinic with the visiting pickleball pro on Sunday, if it rains the coordinator will text from «v»",
    "For paddle repairs the club uses a guy in Mesa, his shop line is «v}, tell him the club sent you".replace("}", "»"),
    "Clay beds at the Plough need raking before league night; «name} has the key, her mobile is «v»".replace("}", "»"),
    "The mummers' Doctor has lost his top hat again, anyone who finds it please ring «v»",
    "St George costume fitting is at «name}'s house, ring «v» from the gate and the dog will stop barking".replace("}", "»"),
    "Pancake race entrants: the Olney steward collecting aprons on the day can be reached on «v»",
    "«name} is sorting the worm charming entry forms this year, questions to «v» please, not the parish office".replace("}", "»"),
    "the pickleball round robin's new organizer texts from «v}, save it so you don't ignore her".replace("}", "»"),
    "Quoits: «name» is the league's fixtures secretary now and said call «v» if a pitch is waterlogged",
    "Lost property from the May Day dancing, one ribbon stick and a child's shoe, call «v}".replace("}", "»"),
    "Our pickleball tournament referee «name» can be reached on «v» for line-call disputes on court 4",
    "Mummers rehearsal moved to the scout hut; if the door's shut ring the caretaker on «v»",
    "For the worm charming plot draw, «name» is on the gate this year, mobile «v}, she'll hand out the forks".replace("}", "»"),
    "Pancake race charity collection buckets are with the Rotary, call «v» to drop yours back after the heats",
]

PHONE_LINKS = [
    "Pickleball beginners' group chat, message Coach Dee here to be added: «vW»",
    "quoits league WhatsApp for the Welsh game fixtures: «vW}".replace("}", "»"),
    "Mummers' tour van driver: «vE»",
    "Maypole dancers' WhatsApp admin is «name», add her number «vE» to get the practice times",
]

PHONE_LOCAL = {
    "IN": [
        "Pune picklers: «name} is handling court bookings this month, call «v» after 6 pm".replace("}", "»"),
        "Pickleball academy office number for the Sunday batch is «v», ask for the front desk",
        "Tournament transport from the Bengaluru hostel, driver's number «v}, pickup at 7".replace("}", "»"),
    ],
    "BR": [
        "Quadras cobertas do Parque Barigui: a «name» cuida da agenda das duplas de quinta, liga pra ela no «v» depois das 18h".replace("}", "»"),
        "Torneio de picleball de Floripa, telefone da organização: «v}".replace("}", "»"),
        "Se a quadra estiver fechada, chama o zelador no «v», ele mora ali do lado",
    ],
    "DE": [
        "Maibaum aufstellen am Samstag: «name} koordiniert die Helfer, Handy «v»".replace("}", "»"),
        "Beim Pickleball-Training in Leipzig ist die Halle zu? Hausmeister anrufen: «v»",
        "Die Bänder für den Maibaum holt man bei der Bäckerei ab, Telefon «v}".replace("}", "»"),
    ],
    "MX": [
        "Club de pickleball en Mérida: «name} maneja las reservas, su cel es «v»".replace("}", "»"),
        "Si llueve en el torneo de Querétaro, avisan desde el «v}".replace("}", "»"),
        "El que arregla las paletas de pickleball atiende en el «v», dile que vas del club",
    ],
    "FR": [
        "Pickleball à Nantes : «name} s'occupe des réservations, appelez le «v» après 18 h".replace("}", "»"),
        "Tournoi d'Annecy, si le gymnase est fermé, le gardien répond au «v}".replace("}", "»"),
        "Les raquettes commandées pour le club sont à retirer, le magasin est au «v»",
    ],
    "ID": [
        "Klub pickleball Bandung: «name} pegang jadwal lapangan, telepon «v» ya".replace("}", "»"),
        "Panitia turnamen pickleball Bali bisa dihubungi di «v}".replace("}", "»"),
        "Penjaga GOR buka jam enam, nomornya «v»",
    ],
    "PH": [
        "Pickleball sa BGC: si «name} ang bahala sa court, tawagan sa «v»".replace("}", "»"),
        "Cebu tournament desk, text lang sa «v}".replace("}", "»"),
        "Yung nag-aayos ng paddle sa Davao, «v» ang number niya",
    ],
    "JP": [
        "札幌ピックルボール同好会、体育館の鍵は若林さん «v} まで".replace("}", "»"),
        "大会当日の連絡先は «v}".replace("}", "»"),
        "雨天中止の場合は幹事の携帯 «v» から連絡します",
    ],
    "ES": [
        "Pickleball en Valencia: si la pista está cerrada, llama a «name} al «v»".replace("}", "»"),
        "El torneo de Sevilla tiene teléfono de inscripciones: «v}".replace("}", "»"),
        "La tienda que encorda las palas está en el «v», di que vas del club",
    ],
    "IT": [
        "Pickleball a Bari: per il campo chiedi a «name} al «v»".replace("}", "»"),
        "Il custode della palestra di Torino risponde al «v», apre alle sette",
        "Segreteria del torneo di Bologna: «v}".replace("}", "»"),
    ],
    "TR": [
        "İzmir pickleball: kort rezervasyonu için «name} hanımı «v» numarasından arayın".replace("}", "»"),
        "Turnuva masası Antalya, numara «v}".replace("}", "»"),
        "Salon görevlisinin numarası «v», sabah yedide açıyor",
    ],
    "KR": [
        "대전 피클볼 클럽 코트 문의는 총무 «v} 으로 연락 주세요".replace("}", "»"),
        "체육관 관리실 «v}".replace("}", "»"),
        "대회 당일 연락처는 «v» 입니다",
    ],
    "PL": [
        "Pickleball w Gdańsku: «name} ogarnia korty, dzwoń pod «v»".replace("}", "»"),
        "Woźny w hali w Poznaniu ma numer «v»",
        "Zapisy na turniej we Wrocławiu: «v}".replace("}", "»"),
    ],
    "RU": [
        "Пиклбол в Казани: корты бронирует «name}, звоните «v»".replace("}", "»"),
        "Сторож спортзала в Самаре отвечает по «v}".replace("}", "»"),
        "Оргкомитет турнира в Сочи: «v»",
    ],
    "EG": [
        "بيكل بول في الإسكندرية: حجز الملعب عند الكابتن «v}".replace("}", "»"),
        "رقم مسؤول الصالة في المعادي «v»",
        "لجنة البطولة في الجونة: «v}".replace("}", "»"),
    ],
    "VN": [
        "Pickleball ở Đà Nẵng: «name} lo đặt sân, gọi số «v» nhé".replace("}", "»"),
        "Bảo vệ nhà thi đấu Huế: «v}".replace("}", "»"),
        "Ban tổ chức giải ở Cần Thơ: «v}".replace("}", "»"),
    ],
    "BD": [
        "Pickleball in Chattogram, court booking er jonno call korun «v}".replace("}", "»"),
        "Sylhet tournament desk number: «v}".replace("}", "»"),
        "Gymnasium er guard bhai er number «v»",
    ],
    "PK": [
        "Lahore pickleball meetup, court booking ke liye Bilal bhai ko «v} par call karein".replace("}", "»"),
        "Gymkhana ke chowkidar ka number «v»",
        "Islamabad tournament desk: «v}".replace("}", "»"),
    ],
    "CO": [
        "Pickleball en Medellín: para la cancha llamen al «v}, contesta la administración".replace("}", "»"),
        "El celador del coliseo de Cali tiene el «v»",
        "Inscripciones del torneo en Cartagena: «v}".replace("}", "»"),
    ],
    "AR": [
        "Pickleball en Rosario: «name} maneja las canchas, llamala al «v»".replace("}", "»"),
        "El casero del club de Córdoba atiende en el «v}".replace("}", "»"),
        "Mesa del torneo en Mendoza: «v}".replace("}", "»"),
    ],
    "TH": [
        "พิกเคิลบอลเชียงใหม่ จองคอร์ทโทร «v}".replace("}", "»"),
        "ยามสนามกีฬาขอนแก่น «v}".replace("}", "»"),
        "โต๊ะรับสมัครแข่งที่หัวหิน «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks all, see you on court 3 Tuesday.\n--\n«name», Ladder Coordinator, Austin Picklers\n«v» | «e»"),
    ("GB", "Pitches re-clayed for Saturday.\n«name}\nFixtures Secretary, Northern Quoits League\nmob «v}\n«e}".replace("}", "»")),
    ("IN", "Regards,\n«name»\nCourt Manager, Pune Picklers Association\nPh: «v»  Mail: «e»"),
    ("DE", "Viele Grüße vom Maibaum\n«name»\nSchriftführerin, Maibaumfreunde Aue e.V.\nTel. «v» · «e»"),
    ("BR", "Abraços,\n«name}\nDiretoria de Torneios, Picleball Curitiba\n«v} · «e}".replace("}", "»")),
    ("FR", "Sportivement,\n«name»\nSecrétaire, Pickleball Club Nantais\nTél. «v» — «e»"),
    ("AU", "Cheers,\n«name}\nRace Director, Fremantle Pancake Dash\n«v} | «e}".replace("}", "»")),
    ("NG", "Warm regards,\n«name}\nTreasurer, Lagos Pickleball Circle\n«v}, «e}".replace("}", "»")),
    ("CA", "Merry Christmas from the troupe!\n«name»\nTour Manager, St. John's Mummers\nCell «v» · «e»"),
    ("ZA", "Shot,\n«name»\nChair, Durban Quoits League\n«v» / «e»"),
    ("KE", "Asante,\n«name}\nSecretary, Nairobi Pickleball Ladder\n«v}  «e}".replace("}", "»")),
    ("MX", "Saludos cordiales,\n«name»\nCoordinadora de torneos, Club de Pickleball Mérida\nCel. «v» · «e»"),
    ("PH", "Salamat po sa lahat ng sumali sa dink-and-drive clinic,\n«name»\nCourt Marshal, BGC Pickleball Society, Bonifacio High Street courts\n«v» | «e»"),
]

EMAIL_EN = [
    "The pickleball ladder's new scorekeeper is «name}, send results to «e» by Sunday night".replace("}", "»"),
    "For mummers' tour bookings this Christmas, email the troupe secretary at «e»",
    "Worm charming plot allocations come from «name» this year, reply to «e» with your team name",
    "Pancake race entries close Friday; send the form to «e» with a scan of the waiver",
    "Quoits league results go to «e}, photos of the scorecards are fine".replace("}", "»"),
    "May Day dancers, «name» is collecting ribbon sizes, email «e» before the first practice",
    "Paddle demo day sign-ups: please write to «e» with your skill level",
    "the maypole committee's new address for hall bookings is «e»",
    "«name} will send the worm charming judges' rota, her address is «e»".replace("}", "»"),
    "Pickleball clinic refunds are handled by the treasurer, «e}".replace("}", "»"),
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldung zum Maibaumfest schickt ihr bitte an «e», Grüße von «name}".replace("}", "»"),
    "FR": "Pour s'inscrire au tournoi de pickleball sur les courts de l'île de Nantes, le bénévole qui gère les tableaux est «name», joignable à «e»",
    "ES": "Las inscripciones para el torneo de pickleball de Valencia las lleva «name}; escribidle a «e» antes del jueves con el nivel de cada pareja".replace("}", "»"),
    "BR": "Inscrições do torneio de picleball com a «name», no e-mail «e»",
    "JP": "大会の申し込みは «e} まで".replace("}", "»"),
    "KR": "피클볼 대회 신청은 «e» 으로 보내 주세요, «name} 드림".replace("}", "»"),
    "IT": "Ciao ragazzi del circolo di Bari, per iscrivere la coppia al torneo di pickleball sul lungomare scrivete a «e», risponde «name» dopo cena",
    "PL": "Gdańscy pickleballiści, zgłoszenia par na turniej w hali na Zaspie wysyłajcie do «name», adres «e», do piątku".replace("}", "»"),
    "TR": "Alsancak pickleball kortlarındaki bahar turnuvası için çift kayıtlarını «e» adresine gönderin, Emre hafta sonu bakacak".replace("}", "»"),
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "Sun City mixed doubles: your spot and your partner's were paid by «name» on card «v», the receipt went to the club office in case you need it for the HOA".replace("}", "»"),
    "Dad's card for the new paddles from the pro shop: «v», the expiry is on the back",
    "Mummers' costume hire deposit went on the troupe card «v}".replace("}", "»"),
    "Quoits league's new rings were ordered from the blacksmith with card «v»",
    "card for the pancake race pans: «v»",
    "Maypole ribbons bought online, the committee's debit card «v» was charged twice",
    "Worm charming trophy engraving paid with card number «v}".replace("}", "»"),
    "Court lighting top-up at the rec center, paid on card «v} at the front desk".replace("}", "»"),
]

CARD_LOCAL = {
    "IN": "Pickleball academy fees paid by card «v»",
    "BR": "Paguei a inscrição das duplas no torneio de picleball de Floripa no cartão «v», o seu Paulo disse que a nota sai por e-mail".replace("}", "»"),
    "DE": "Auslage vom Samstag, als der Kranz geflochten wurde: «name» hat beim Raiffeisenmarkt Draht, Fichtenzweige und Kreppband mit Karte «v» gezahlt, Beleg liegt im Schuhkarton",
    "MX": "Las paletas nuevas del club de pickleball se pagaron con la tarjeta «v}, guarden el ticket para la tesorera".replace("}", "»"),
    "FR": "Petit mot de la trésorière du pickleball nantais : les six raquettes pour l'école de jeunes ont été réglées par «name» avec la carte «v», à rembourser en juin",
    "JP": "«name}さんのカードで支払い «v»".replace("}", "»"),
    "ES": "El alquiler de la pista lo pagó «name» con la tarjeta «v»",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Quoits league away trip: please pay the coach share to «name», IBAN «v», reference your club name",
    "The mummers' Christmas tour takings go into the troupe account, IBAN «v}".replace("}", "»"),
    "Pancake race sponsorship, our charity's IBAN is «v}, thank you for helping".replace("}", "»"),
    "The visiting pro cancelled Saturday's third-shot clinic, so the refund for the court hire goes to «name»'s IBAN «v», sorry all".replace("}", "»"),
    "From the Ickwell May Day committee: if you pledged towards new ribbons for the green's pole, transfer to IBAN «v», thank you",
    "Worm charming entry fees, bank transfer to IBAN «v}, put plot number as the reference".replace("}", "»"),
]

IBAN_LOCAL = {
    "DE": ["Maibaumfest: den Beitrag bitte an «name» überweisen, IBAN «v»",
           "Spenden für den neuen Maibaum gehen auf das Vereinskonto, IBAN «v}".replace("}", "»")],
    "FR": ["Adhésion au pickleball de Rezé pour la saison : virement au nom de «name», IBAN «v», en précisant le créneau du mardi ou du jeudi".replace("}", "»"),
           "RIB du tournoi d'Annecy pour les frais d'inscription : IBAN «v»"],
    "ES": ["Los del pickleball del polideportivo de Benimaclet pagamos las horas de pista entre todos: ingresadle vuestra parte a «name» en el IBAN «v» antes de Fallas",
           "Torneo de pickleball en el Charco de la Pava, Sevilla: la inscripción por pareja se transfiere al IBAN «v», plazo hasta el domingo".replace("}", "»")],
    "IT": ["Soci del pickleball di Torre a Mare, la quota estiva per i campi sul molo va versata a «name», IBAN «v», entro fine maggio".replace("}", "»"),
           "Iscrizione al torneo di Bologna, bonifico sull'IBAN «v}".replace("}", "»")],
    "NL": ["Beste leden van de pickleballclub bij de IJssel, de contributie voor de zaaluren in de winter maak je over naar «name», IBAN «v», o.v.v. je lidnummer",
           "Inschrijfgeld voor het toernooi in Deventer graag op IBAN «v»"],
    "PL": ["Składkę klubu pickleballa przelewajcie na konto «name}, IBAN «v»".replace("}", "»"),
           "Wpisowe na turniej we Wrocławiu: IBAN «v»"],
    "TR": ["Kulüp aidatı için «name} hesabı: IBAN «v}".replace("}", "»"),
           "Turnuva katılım ücreti İzmir: IBAN «v»"],
    "BE": ["Lidgeld voor de pickleballclub in Gent overschrijven naar «name», IBAN «v»",
           "Voor het pickleballtornooi in de sporthal van Sint-Kruis stort je het inschrijfgeld per duo op IBAN «v», met vermelding van beide namen".replace("}", "»")],
    "AT": ["Servus, der Jahresbeitrag fürs Maibaumkraxeln in Hallstatt geht an den Burschenverein, IBAN «v», Verwendungszweck Kraxler und Name".replace("}", "»"),
           "Den Anteil für die Bänder bitte an die Kassierin, IBAN «v»"],
    "PT": ["Quota do clube de pickleball do Porto: transferir para «name», IBAN «v»",
           "Inscrição no torneio de Lisboa: IBAN «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Pickleball club dues reimbursement for «name»: routing «a», account «b», she paid the court lights",
        "Hi Coach Bev, for your referee stipend from the Sun City pickleball tournament we set up direct deposit to routing number «a» and account «b», let me know if the first one bounces".replace("}", "»"),
        "Send the ladder prize money via ACH, routing «a}, acct «b}".replace("}", "»"),
    ],
    "gb": [
        "Tow Law quoits lads, league subs due before the first clay-bed night, sort code «a», account «b», put your pitch name as the reference, Alun".replace("}", "»"),
        "Our Plough Monday mummers are splitting the minibus from Tewkesbury, pay Gareth's kitty: sort code «a», account number «b», by Friday please",
    ],
    "in": [
        "Pune picklers refund to «name»: account «a», IFSC «b»",
        "Dear parents, the Koregaon Park pickleball academy's term fee goes by NEFT to A/c «a», IFSC «b», please share the UTR on the class group".replace("}", "»"),
    ],
    "au": ["Fremantle pancake dash sponsors, here are the charity's bank details for the frying-pan prize fund: BSB «a», account «b», cheers from the race director".replace("}", "»")],
    "ca": ["Gerard says the mummers owe «name» for the ugly-stick bells she bought in Bay Roberts: transit «a», account «b», deposit before the Boxing Day tour"],
    "br": [
        "A «name» comprou as bolinhas laranjas para a quadra coberta, reembolsar na agência «a», conta «b», ela mandou o cupom fiscal".replace("}", "»"),
        "Gente, quem ainda não pagou a inscrição do torneio de picleball no Jardim Botânico deposita na agência «a», conta corrente «b», e manda o print pra Juliana".replace("}", "»"),
    ],
    "mx": ["Hola papás del grupo infantil de pickleball en Mérida, la cuota de marzo se transfiere a la CLABE «a», y el recibo se lo mandan a Lupita por WhatsApp".replace("}", "»")],
    "ng": [
        "Lagos picklers, the Onikan court rental for December is shared, please pay «name}'s part to «bank} account «a}, she covered it for everybody".replace("}", "»"),
        "Abeg, everybody wey wan play for the Ikoyi pickleball ladder this quarter, send dues to «name», «bank» account «a», then drop screenshot for the group".replace("}", "»"),
    ],
    "za": ["Quoits league fees for «name}, branch «a}, account «b}".replace("}", "»")],
    "ar": ["Che, la cuota anual del club de pickleball de Rosario se paga por transferencia, el CBU que pasó la tesorera es «a», mandá el comprobante al grupo".replace("}", "»")],
}

ID_LINES = {
    "us_ssn": ("US", ["Pickleball tournament referee W-9, SSN «v»",
                      "referee stipend paperwork, the SSN on the form is «v}".replace("}", "»")]),
    "in_aadhaar": ("IN", ["Academy coach registration, Aadhaar «v}".replace("}", "»"),
                          "Sameer from the Pune picklers: the sports complex asks each member's Aadhaar number for the gate pass, mine is «v», send yours on DM"]),
    "in_pan": ("IN", ["Tournament prize payout needs PAN «v}".replace("}", "»"),
                      "Academy invoice, PAN «v»"]),
    "br_cpf": ("BR", ["Ficha do torneio de duplas de picleball no clube do Bacacheri, atleta com CPF «v», categoria 50+",
                      "Seu Paulo da loja de esportes em Santa Felicidade só emite a nota das doze raquetes doadas ao projeto das crianças com o CPF «v» de quem comprou".replace("}", "»")]),
    "mx_curp": ("MX", ["Registro del torneo de Mérida, CURP «v}".replace("}", "»"),
                       "Credencial del club de pickleball, CURP «v»"]),
    "mx_rfc": ("MX", ["Factura de las paletas del club, RFC «v»",
                      "Premio del torneo de Querétaro, RFC del ganador «v»"]),
    "gb_nhs": ("GB", ["St John volunteer's note from the Olney pancake race: runner slipped on the cobbles at the church, NHS number «v», ankle strapped".replace("}", "»"),
                      "Worm charming injury form, NHS no. «v»"]),
    "de_idnr": ("DE", ["Für die Übungsleiterpauschale der Bändertanz-Gruppe braucht die Kassierin vom Maibaumverein noch deine Steuer-ID «v», bitte bis Ostern".replace("}", "»"),
                       "Ehrenamtsvertrag Maibaumfest, Steuer-ID «v»"]),
    "fr_nir": ("FR", ["Formulaire de licence FFT pickleball pour le créneau seniors de Rezé, numéro de sécurité sociale du joueur «v», certificat joint",
                      "Certificat médical du tournoi, NIR «v}".replace("}", "»")]),
    "es_dni": ("ES", ["Inscripción al torneo de pickleball, DNI «v»",
                      "Federación de pickleball, licencia con DNI «v}".replace("}", "»")]),
    "es_nie": ("ES", ["Licencia del club de Valencia, NIE «v}".replace("}", "»"),
                      "Seguro deportivo del torneo, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Tessera del circolo di pickleball, codice fiscale «v}".replace("}", "»"),
                                "Modulo per il torneo di pickleball alla Fiera del Levante, giocatore tesserato con codice fiscale «v», categoria misto"]),
    "ca_sin": ("CA", ["Mummers' troupe honorarium form, SIN «v»",
                      "St. John's tour driver payroll, SIN «v}".replace("}", "»")]),
    "id_nik": ("ID", ["Pendaftaran turnamen pickleball, NIK «v}".replace("}", "»"),
                      "Untuk kartu anggota klub pickleball di lapangan Dago, Teh Rina minta NIK «v» difoto bareng KTP"]),
    "pk_cnic": ("PK", ["Lahore pickleball meetup registration, CNIC «v»",
                       "Gymkhana guest pass, CNIC «v}".replace("}", "»")]),
    "tr_tckimlik": ("TR", ["Turnuva kaydı, TC kimlik «v»",
                           "Karşıyaka pickleball kulübüne yeni üye kaydı için Emre hocanın istediği TC kimlik no «v», fotoğrafla birlikte".replace("}", "»")]),
    "pl_pesel": ("PL", ["Zgłoszenie do turnieju pickleballa, PESEL «v}".replace("}", "»"),
                        "Legitymacja klubowa w Gdańsku, PESEL «v»"]),
    "za_idnr": ("ZA", ["Quoits league registration, ID number «v»",
                       "Durban tournament indemnity, SA ID «v}".replace("}", "»")]),
    "kr_rrn": ("KR", ["피클볼 대회 보험 주민번호 «v»",
                      "클럽 회원 등록 주민등록번호 «v}".replace("}", "»")]),
    "cn_ric": ("CN", ["匹克球比赛报名身份证 «v»",
                      "俱乐部会员登记身份证号 «v}".replace("}", "»")]),
    "jp_in": ("JP", ["大会の謝礼の支払いにマイナンバー «v» が必要です",
                     "ピックルボール市民大会の審判謝礼の源泉徴収のため、若林さんのマイナンバー «v» を事務局に提出しました".replace("}", "»")]),
    "au_tfn": ("AU", ["Pancake race casual marshal pay, TFN «v}".replace("}", "»"),
                      "Fremantle Pancake Dash volunteer stipend, tax file number «v»"]),
    "nl_bsn": ("NL", ["Vrijwilligersvergoeding pickleballclub Deventer, BSN «v»",
                      "Toernooi-inschrijving met verzekering, het BSN van de speler is «v»"]),
    "th_pin": ("TH", ["สมัครแข่งพิกเคิลบอล เลขบัตรประชาชน «v»",
                      "ประกันการแข่งขัน เลขประจำตัว «v}".replace("}", "»")]),
    "my_nric": ("MY", ["Pickleball Penang tournament entry, NRIC «v»",
                       "Kelab pickleball Ipoh pendaftaran ahli, nombor IC «v}".replace("}", "»")]),
    "ar_cuit": ("AR", ["Factura del club de pickleball de Rosario al CUIT «v»",
                       "Premio del torneo de Mendoza, CUIT «v»"]),
    "cl_rut": ("CL", ["Inscripción al torneo de pickleball de Viña, RUT «v»",
                      "Socio del club de Temuco, RUT «v}".replace("}", "»")]),
    "se_personnummer": ("SE", ["Anmälan till dubbelturneringen i pickleball på Umeå folkets hus, spelarens personnummer «v», betalas med swish på plats",
                               "Medlemskap i pickleballklubben, personnummer «v}".replace("}", "»")]),
    "ie_pps": ("IE", ["Galway pickleball club coach payment, PPS «v}".replace("}", "»"),
                      "Tournament official expenses, PPS number «v»"]),
    "pt_nif": ("PT", ["Fatura das raquetes do clube de pickleball do Porto, NIF «v»",
                      "Inês, a organização do open de pickleball no Jamor pede o NIF «v» do capitão para passar recibo das duas duplas de Oeiras".replace("}", "»")]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Tournament referee onboarding for «name»: cell «phone}, email «email}, SSN «ssn} for the W-9".replace("}", "»"),
     ("phone", "email", "ssn")),
    ("US", "Ref stipend form: phone «phone}, card for the parking pass «card}, SSN «ssn}".replace("}", "»"),
     ("phone", "card", "ssn")),
    ("US", "Pickleball club treasurer «name» paid with card «card», email «email», SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Quoits away trip booking: phone «phone}, email «email}, card «card}".replace("}", "»"), ("phone", "email", "card")),
    ("IN", "Academy registration for «name»: mobile «phone», email «email», fees paid on card «card»", ("phone", "email", "card")),
    ("CA", "Mummers' van rental: cell «phone}, card «card}".replace("}", "»"), ("phone", "card")),
    ("AU", "Pancake race marshal «name»: mobile «phone», email «email»", ("phone", "email")),
]
