"""Lines of the held-out privacy set (``privacy_cases_heldout.py``): the templates for its phones, e-mail
addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors
meet them: messages from particular people in particular situations (the Mike the Headless Chicken
festival in Fruita, its 5K and peep-eating contest; the Okie Noodling tournament at Pauls Valley and its
flathead weigh-in; the Sourtoe Cocktail at Dawson City's Downtown Hotel and its Toe Captain; the Maldon
Mud Race across the Blackwater; the Drachenstich of Furth im Wald; the Nomaoi's armoured horse race on
Hibarigahara; Hola Mohalla's gatka at Anandpur Sahib; the Eyo procession on Lagos Island; AfrikaBurn's
theme camps in the Tankwa Karoo; the Rhino Charge's guard posts; Ati-Atihan in Aklan), English first,
then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits in a
wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name, ``«a»``/``«b»`` an
account's two parts, ``«bank»`` a bank; mixed lines name their kinds (``«phone»``, ``«email»``,
``«card»``, ``«ssn»``); ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Text from the Fruita 5K race director to the volunteer lead: if the chicken suit goes missing again ring «name» "
    "on «v», she has the spare",
    "Voicemail transcript on the noodler's truck dashboard: yeah this is the weigh-in table, your flathead scored, "
    "call us back on «v» before four",
    "Sticky note on the Downtown Hotel bar till, left by the Toe Captain: spare toe donor «name» wants a call, «v»",
    "Photo of the Maldon mud race marshals' rota pinned in the clubhouse: safety boat cox, mobile «v»",
    "Slack message in the Rhino Charge team channel from the mechanic: spares courier is «name», he'll pick up on «v»",
    "Theme camp lead's notes app, written at the Tankwa gate: ice truck guy answers «v», says he comes Thursday",
    "Email footer from the Eyo photo desk's freelance driver, «name», who only answers on «v» during the procession",
    "Kyudo seminar flyer, scanned by the dojo secretary: enquiries about the hakama fittings to «v»",
    "Bandy parents' group, pinned message from the team mum «name»: skate sharpening van books on «v»",
    "Calendar note in the festival planner's phone: Fruita parade float trailer, the farmer lends it, «v»",
    "Notebook page the Okie Noodling emcee read out at the stage: lost boat keys belong to «name», call «v»",
    "Walkie-talkie channel log typed up after AfrikaBurn: the art-car medic's satellite backup number was «v»",
    "Gatka demo team's WhatsApp bio forwarded by the Anandpur coordinator: manager «name» — «v»",
    "Ati-Atihan float builder's business card photographed by a tourist in Aklan: welding and paint, «v»",
    "Sourtoe club's Facebook message from a tourist: hi, I'm «name», lost my certificate, you can text me at «v»",
    "Drachenstich tour group leader's printed itinerary: bus driver on «v» if we get split up at the arena",
    "Maldon tide-watch volunteer «name» in the club's group chat: if the race is off I'll ring round from «v»",
    "Nomaoi spectators' tour, the guide's card handed to an American couple: English help line «v»",
    "Noodling tournament live chat, the boat captain «name»: need a lift back from the Washita, my cell «v»",
    "Rhino Charge spectators' car park sign, photographed: lost children to the marshals' tent or phone «v»",
    "Hola Mohalla langar volunteer sign-up sheet, English column, filled in by «name»: «v», available from six",
    "Kyudo club's grading day reminder from the secretary: bow stringing help from the senior member, «v»",
]

PHONE_LINKS = [
    "Fruita peep-eating contest sign-up on the festival site: https://wa.me/«vW»?text=Put%20me%20down%20for%20the%20peeps",
    "The Rhino Charge car's sponsor banner in Karen links its chat button to "
    "https://api.whatsapp.com/send/?phone=«vW»&type=phone_number&app_absent=0, the navigator checked it from the pits",
    "Maldon mud race charity page, the organiser's contact link: <a href=\"tel:«vE»\">Ring the race office</a>",
    "Sourtoe club poster QR, scanned by a backpacker at the Downtown Hotel: it opens a contact for «name» whose call button "
    "dials «vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Hola Mohalla ke liye tempo wale bhaiya ka number «v», Anandpur tak ka bhada pehle tay karna",
        "Gatka akhara ke ustaad ji ne kaha hai ki practice ke baad «v» pe phone karna",
        "Mausi ka message: langar ke bartan wale «name» ka number «v» hai, kal subah aa jayenge",
    ],
    "BR": [
        "Quem borda as golas do maracatu rural aqui em Nazaré da Mata é a «name», ela só pega o celular «v» depois que volta da "
        "feira",
        "Número do rapaz do caminhão de som que a prefeitura indicou pro desfile: «v»",
        "Recado da vizinha: o veterinário que atende os cavalos da fazenda é «v», ele vem de moto",
    ],
    "DE": [
        "Der Schmied «name» vom Drachenstich-Festzug hat gesagt, man erreicht ihn unter «v», aber nicht vor zehn",
        "Nummer vom Busunternehmen, das die Schulklasse nach Furth im Wald fährt: «v»",
        "Zettel von der Nachbarin: der Hufschmied für die Ritterpferde ist unter «v» erreichbar",
    ],
    "MX": [
        "El señor de los cohetes para la fiesta del pueblo contesta en el «v», dice que trae los toritos",
        "Mi comadre «name» vende las máscaras de la danza, su celular es «v»",
        "Número del mariachi que tocó en la boda de mi prima, por si lo quieres para la posada: «v»",
    ],
    "FR": [
        "Le numéro du loueur de chapiteaux pour la fête du village : «v», il passe mardi",
        "La maîtresse a donné le portable du chauffeur du car pour la sortie au festival : «v»",
        "Si tu cherches quelqu'un pour les costumes, «name» les coud à la main, «v»",
    ],
    "ID": [
        "Nomor joki pacu kuda yang dikenalin Om Budi waktu di Sumbawa: «v»",
        "Kalau mau sewa perahu buat festival di danau, telepon pak penjaga dermaga di «v»",
        "Ini nomor ibu yang jual jamu di depan pasar malam, bisa pesan antar: «v»",
    ],
    "PH": [
        "Yung nagpapaupa ng costume para sa Ati-Atihan sa Kalibo, tawagan mo sa «v»",
        "Numero ng tricycle driver na naghatid sa amin sa plaza noong pista: «v»",
        "Si «name» yung gumagawa ng tambol ng tribu, ito ang cellphone niya: «v»",
    ],
    "JP": [
        "野馬追の騎馬武者の«name»さんの連絡先 «v»",
        "雲雀ヶ原の臨時駐車場の案内係 «v»",
        "弓道具店の弦の張り替え受付 «v»",
    ],
    "ES": [
        "El teléfono del de la charanga que tocó en las fiestas del pueblo es el «v», dile que vas de mi parte",
        "Guarda el del guarnicionero que arregla las sillas de los caballos de la romería: «v»",
        "Si se pierde algún crío en la procesión, el de la protección civil de guardia coge el «v»",
    ],
    "IT": [
        "Mio nonno dice che il maniscalco che ferra i cavalli per la corsa all'anello di Narni risponde al «v», però solo di "
        "mattina presto",
        "Per le prove della banda, il maestro risponde al «v» solo la sera",
        "Il tassista che ci ha portato alla corsa dei cavalli in piazza ha lasciato il «v»",
    ],
    "TR": [
        "Cirit maçı için at taşıyan kamyoncunun numarası «v», sabah erken ara",
        "Pehlivan köyündeki davulcunun telefonu «v», düğün için de geliyormuş",
        "Festivalde kaybolan çocuklar için belediye görevlisinin numarası «v»",
    ],
    "KR": [
        "줄다리기 축제 줄 만드는 «name» 어르신 연락처 «v»",
        "탈춤 공연장 셔틀버스 기사님 번호 «v»",
        "축제 먹거리 부스 사장님 번호 «v»",
    ],
    "PL": [
        "Flisak «name», który wozi turystów tratwą po Dunajcu w dniu festynu góralskiego, dał mi swój numer «v», dzwonić przed "
        "siódmą",
        "Numer do pani, która szyje stroje ludowe na dożynki: «v»",
        "Kierowca autokaru na wycieczkę do skansenu podał numer «v»",
    ],
    "RU": [
        "Номер «name», который возит на масленичные гуляния на санях: «v»",
        "Телефон кузнеца, который чинит сани для праздника: «v»",
        "Водитель автобуса на экскурсию по ярмарке оставил номер «v»",
    ],
    "EG": [
        "رقم الراجل اللي بيأجر المراكب في المولد «v»",
        "ده رقم سواق الميكروباص اللي وصلنا للاحتفال «v»",
        "رقم الست اللي بتعمل الكحك للعيد «v»",
    ],
    "VN": [
        "Số của anh lái thuyền đua ở hội làng «v», gọi trước một ngày",
        "Cô bán bánh ở chợ phiên bảo gọi «v» để đặt hàng",
        "Số chú chở trống cho đội múa lân là «v»",
    ],
    "BD": [
        "গত বছর বুড়িগঙ্গায় যে মাঝি আমাদের দলকে জিতিয়েছিল, তার সাথে কথা বলতে চাইলে ফোন দিও «v»",
        "রথযাত্রার দিন ঢোল বাজানোর জন্য যে ওস্তাদকে ডেকেছিলাম, উনি বললেন সন্ধ্যার পরে এই নম্বরে খোঁজ নিতে «v»",
        "ঢাক বাজানোর দলের প্রধানের মোবাইল «v»",
    ],
    "PK": [
        "Mela ke jhoolay wale ka number «v» hai, bachon ke liye book karna",
        "«name» chacha dhol bajate hain, unka number «v» hai",
        "Basant ke liye patang wale ka number «v», kal tak le aana",
    ],
    "CO": [
        "El de la chiva rumbera para la feria contesta al «v», dile que somos veinte",
        "Número del señor que alquila los disfraces para el carnaval: «v»",
        "La que vende los buñuelos en la plaza, doña «name», le dejó el celular: «v»",
    ],
    "AR": [
        "El del flete para llevar los caballos a la jineteada atiende al «v»",
        "Pasame con «name», el que hace los asados para la fiesta del pueblo: «v»",
        "El número del remisero que nos llevó a la peña folklórica es «v»",
    ],
    "TH": [
        "เบอร์คนขับรถไปงานบุญ «v»",
        "เบอร์ร้านเช่าชุดไทยสำหรับขบวนแห่ «v»",
        "เบอร์พี่ที่รับทำบั้งไฟ «v»",
    ],
}

SIGNATURES = [  # (region, a signature with an e-mail address under it)
    ("US", "— «name» | Volunteer coordinator, Mike the Headless Chicken Festival 5K | cell «v» | «e»"),
    ("GB", "Kind regards, «name» · Results officer, Maldon Mud Race · mobile «v» · «e»"),
    ("IN", "Waheguru ji ka Khalsa, «name» | Sewa desk, Hola Mohalla camp | «v» | «e»"),
    ("DE", "Servus aus der Festspielkasse, «name» · Drachenstich Furth im Wald, Vorverkauf ab Ostern · Handy «v» · «e»"),
    ("BR", "Beijos, «name» | tesoureira do Bloco da Lama de Paraty, que sai no sábado de carnaval | «v» | «e»"),
    ("FR", "«name» — secrétariat de l'Association lyonnaise de kyudo, tir du jeudi soir · portable «v» · «e»"),
    ("AU", "Cheers, «name» | bandy club treasurer, Perth | «v» | «e»"),
    ("MX", "Atte. «name» · Comité de la feria · «v» · «e»"),
    ("CA", "«name», Sourtoe Cocktail Club certificate desk, Downtown Hotel, Dawson City · «v» · «e»"),
    ("ZA", "Thanks, «name» – theme camp lead, AfrikaBurn, Tankwa | «v» | «e»"),
    ("KE", "Regards, «name» | Rhino Charge team manager | «v» | «e»"),
    ("NG", "Yours, «name» · Eyo photo desk, Lagos Island · «v» · «e»"),
    ("PH", "Salamat, «name» · Ati-Atihan tribe coordinator, Aklan · «v» · «e»"),
]

EMAIL_EN = [
    "Reply from the Fruita festival office: the peep-eating contest judge «name» takes entries at «e», deadline Friday",
    "Okie Noodling weigh-in results will be mailed from «e»; the marshal said to check spam",
    "Forwarded by the Toe Captain: «name» wants the Sourtoe photos sent to «e» before she flies home",
    "Maldon mud race kit list, last line: questions to the race secretary at «e»",
    "Eyo photo desk invoice: send the usage licence request to «e», attention of the desk head",
    "Kyudo dojo newsletter: the hakama order is collected by «name», reply to «e» with your size",
    "AfrikaBurn camp spreadsheet, row 14: the ice and water orders go to «e»",
    "Rhino Charge team brief, page 2: route queries only to the navigator at «e»",
    "Bandy club AGM minutes: membership renewals handled at «e» from now on",
    "Hola Mohalla volunteer confirmation from «name»: please write to me at «e» if the bus changes",
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldung für den Festzug beim Drachenstich nimmt «name» entgegen, am besten per Mail an «e»",
    "ES": "Mi tío, que organiza el arrastre de piedra con bueyes en las fiestas de Azpeitia, dice que los equipos se apuntan "
          "escribiendo a «e»",
    "FR": "Pour la sortie kyudo du dimanche, écrivez à «name» : «e»",
    "BR": "As fotos do desfile do bloco a «name» está juntando no e-mail «e»",
    "JP": "野馬追の写真の申し込みはこちらへ «e»",
    "KR": "축제 자원봉사 신청은 이 메일로 보내주세요 «e»",
    "IT": "Per il palio del paese le iscrizioni le raccoglie «name», scrivetele a «e»",
    "PL": "Na wyścig łodzi smoczych na Wiśle w Toruniu drużyny zapisuje «name», pisała, żeby słać skład i rozmiary koszulek na "
          "«e»",
    "TR": "Festival için gönüllü başvurularını şu adrese gönderin: «e»",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "SG", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH",
                 "PK", "NZ", "IE"]

CARD_EN = [
    "Fruita festival merch table, the volunteer read the card aloud to the phone order line: «name», «v», expiry next March",
    "Screenshot the noodler sent his wife from the tackle shop checkout: card «v» declined, try another",
    "Downtown Hotel folio for the Sourtoe night, photographed by the guest: paid by card «v»",
    "Maldon mud race entry form filled in by hand, photographed by the marshal: card number «v»",
    "Rhino Charge entry fee, the team manager's email to the bookkeeper: charge it to «v»",
    "AfrikaBurn ticket resale chat, the buyer pasted too much: my card is «v», can you check it went through",
    "Eyo photo desk's equipment hire, the assistant's note: deposit taken on «v»",
    "Kyudo arrows order from Japan, the dojo treasurer's message to the club: I paid with «v» and will claim it back",
]

CARD_LOCAL = {
    "IN": "Hola Mohalla tent booking ke liye mera card number «v» hai, advance abhi kaat lo",
    "BR": "Miga, as penas e lantejoulas pro bloco da lama de Paraty saíram todas no meu cartão «v», me devolve quando cair teu "
          "salário",
    "DE": "Die sechs Sitzplätze auf der Nordtribüne hat «name» telefonisch reserviert und dabei ihre Kreditkartennummer «v» "
          "durchgegeben, sagt die Kassiererin",
    "MX": "Para apartar el cuarto de la feria le di mi tarjeta «v» al señor del hotel",
    "FR": "«name» a avancé les trois nuits au gîte près du dojo d'Annecy, sa carte «v» a été débitée, on lui doit chacun "
          "quarante euros",
    "JP": "野馬追の観覧席はこのカードで予約しました «v»",
    "ES": "«name» pagó las entradas de las fiestas con su tarjeta, apunta el número «v»",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Email from the European kyudo seminar's host to «name»: the course fee goes to IBAN «v», reference your name",
    "Drachenstich tour operator's invoice to the American group, bank details at the foot: IBAN «v»",
    "Bandy tournament in Sweden, the visiting team's manager forwarded: pay the hall hire to «v» by Monday",
    "Mud race twinning club in Belgium, the treasurer's WhatsApp: our account for the shared minibus is «v»",
    "Nomaoi photo licence from a European agency, the bill to «name»: transfer to IBAN «v»",
    "Eyo exhibition in Europe, the curator's email: the loan insurance is paid to «v»",
]

IBAN_LOCAL = {
    "DE": ["Der Plattner, der die Rüstung des Ritters ausbessert, wollte Vorkasse; «name» hat gezahlt und schickt uns für die "
           "Rückerstattung ihre IBAN «v»",
           "Rundmail vom Förderverein des Further Drachen: der Jahresbeitrag für Paten des Laufroboters geht diesmal auf «v», "
           "nicht mehr aufs alte Sparkassenkonto"],
    "FR": ["«name» demande qu'on lui rembourse les billets sur son IBAN «v»",
           "Le club de kyudo a changé de banque, le nouveau RIB est le «v»"],
    "ES": ["Mándale a «name» lo de la peña de las fiestas a esta cuenta: «v»",
           "El ayuntamiento pide el pago del puesto de la feria en «v»"],
    "IT": ["Ragazzi, la grigliata dopo la corsa delle botti a Montepulciano l'ha anticipata «name»: fate il bonifico sul suo "
           "conto «v» entro domenica",
           "Per la quota del palio usate questo conto: «v»"],
    "NL": ["Voor de bus naar het Twentse klootschietkampioenschap schiet «name» voor, maak je deel over naar rekening «v», dan "
           "regelt zij de broodjes",
           "Contributie van de bandyvereniging graag naar «v»"],
    "PL": ["Na wyjazd na festyn wpłacamy na konto «v», w tytule nazwisko",
           "Numer konta do zapłaty za stroje ludowe: «v»"],
    "TR": ["Cirit kulübünün aidatı için IBAN «v», açıklamaya adını yaz",
           "Festival çadırı kirası bu hesaba yatacak: «v»"],
    "BE": ["Stort het bedrag voor de carnavalsgroep naar «name», rekening «v»",
           "Pour la Ducasse, le comité demande le versement sur «v»"],
    "AT": ["Liebe Krampusgruppe, wer heuer beim Umzug in Bad Hofgastein mitläuft, zahlt die Maskenreparatur bitte bis "
           "Allerheiligen auf «v», lg Sepp",
           "Für die Almhütte am Wochenende die Anzahlung auf «v»"],
    "PT": ["Quem pagou as sardinhas e o caldo verde no arraial de Alfama foi a «name»; mandem-lhe os doze euros por "
           "transferência, «v», antes das marchas",
           "A tesoureira dos pauliteiros de Miranda do Douro lembrou no grupo que a quota anual se paga por transferência para "
           "«v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Direct deposit form the Fruita festival's treasurer filled for «name»'s volunteer stipend: routing «a», account «b»",
        "Noodling tournament prize payout, the marshal's note to the bank: ABA «a», account number «b»",
        "Check photo sent in the Okie noodlers' group to split the boat rental: routing «a» account «b»",
        "Wire details on the Fruita chicken statue fund flyer: routing number «a», checking «b»",
    ],
    "gb": [
        "Maldon mud race charity payout, the treasurer's email: sort code «a», account «b»",
        "The Bristol kyudojo's newsletter asks everyone to chip in for a second straw target; the treasurer lists sort code «a» "
        "and the club's account «b» at the foot",
    ],
    "in": [
        "Hola Mohalla langar fund mein «name» ke account mein bhejo: account «a», IFSC «b»",
        "Gatka akhara ki fees ke liye bank details: A/c no. «a», IFSC code «b»",
    ],
    "au": ["Bandy club in Perth, the treasurer's note for the ice hire: BSB «a», account «b»"],
    "ca": ["Sourtoe club refund for «name», the manager's e-transfer failed so: transit «a», account «b»"],
    "br": [
        "Minha cunhada desistiu da fantasia de caboclo e quer o reembolso; manda pra «name», agência «a», conta poupança «b», "
        "ela confirma pelo zap",
        "Pagamento do caminhão de som do bloco: agência «a», conta corrente «b»",
    ],
    "mx": ["El representante de la banda sinaloense que contratamos para el jaripeo mandó por WhatsApp su CLABE interbancaria "
           "«a» y dice que sin anticipo no viajan"],
    "ng": [
        "The photo desk head on Lagos Island says the accreditation fee for shooting the Adamu Orisha play goes to «bank», acct "
        "«a», no cash at the gate",
        "The Eyo costume tailor on Idumota asked that «name»'s part of the agbada cloth money go to «bank», NUBAN «a», before "
        "Friday's fitting",
    ],
    "za": ["AfrikaBurn camp fees, the treasurer's message: branch code «a», account «b»"],
    "ar": ["Che, el camionero que lleva los criollos hasta la fiesta de la tradición en San Antonio de Areco quiere la seña por "
           "transferencia, te paso su CBU «a»"],
}

ID_LINES = {
    "us_ssn": ("US", ["Fruita festival volunteer stipend form, the treasurer's scan: Social Security number «v», signature on "
                      "file",
                      "Noodling tournament prize over six hundred dollars, the W-9 the winner texted a photo of: SSN «v»"]),
    "in_aadhaar": ("IN", ["Anandpur ke sarkari camp mein Nihang jathe ke saath rukne ke liye mausa ji ne mera Aadhaar «v» bhar "
                          "diya, photocopy bhi maangi thi",
                          "Gatka team ke bus pass ke form mein mera Aadhaar «v» likha hai"]),
    "in_pan": ("IN", ["Langar ki rasad ke daan par income tax chhoot chahiye to gurudwara committee PAN likhti hai, papa ka «v» "
                      "likhwa diya",
                      "Gatka akhara ke khazanchi ji ne 80G receipt banane ke chakkar mein sabka PAN likhwaya, mera wala «v» unki "
                      "diary mein hai"]),
    "br_cpf": ("BR", ["A bordadeira de Olinda que fez os estandartes do maracatu só emite nota com CPF, mandei o meu no zap "
                      "dela: «v»",
                      "Pra liberar o trio elétrico na avenida a prefeitura exige o cadastro do responsável pelo bloco, o CPF que "
                      "eu coloquei foi «v»"]),
    "mx_curp": ("MX", ["En la Feria de San Marcos el módulo de gafetes para los que atendemos los puestos pide CURP impresa, yo "
                       "llevé la mía: «v»",
                       "Mi suegra inscribió al chamaco en la cuadrilla de parachicos de Chiapa de Corzo y el párroco exige su "
                       "CURP en el padrón, quedó anotada así: «v»"]),
    "mx_rfc": ("MX", ["El de los cohetes necesita factura, mi RFC es «v»",
                      "Para el recibo del puesto en la feria, RFC del titular «v»"]),
    "gb_nhs": ("GB", ["Maldon mud race medical form, the runner wrote her NHS number as «v» in case of a tumble",
                      "First-aid tent log at the mud race, casualty's NHS number «v», discharged"]),
    "de_idnr": ("DE", ["Die Statisten im Festspiel kriegen eine Übungsleiterpauschale, dafür will die Schatzmeisterin von jedem "
                       "die Steuer-Identnummer, meine ist «v»",
                       "Nachricht an die Festspielleitung in Furth: ich reite dieses Jahr den Knappen, meine "
                       "Steuer-Identifikationsnummer für die Honorarliste lautet «v»"]),
    "fr_nir": ("FR", ["Avant le stage d'été au dojo de Bordeaux, l'assureur de la fédération de kyudo exige mon NIR complet, je "
                      "l'ai recopié ici : «v»",
                      "Le médecin fédéral a refusé mon certificat pour le tir à l'arc japonais tant que la fiche n'avait pas mon "
                      "numéro de sécu : «v»"]),
    "es_dni": ("ES", ["Para apuntarte a la carrera de las fiestas hace falta el DNI, el mío es «v»",
                      "Para que el ayuntamiento de Pamplona nos deje montar la barra de la peña en Sanfermines piden el "
                      "documento del responsable, puse mi DNI «v»"]),
    "es_nie": ("ES", ["Para llevar la carreta en la romería del Rocío con la hermandad de Triana me piden el número de "
                      "extranjero, el mío es «v»",
                      "El del puesto de churros pasó su NIE para la licencia: «v»"]),
    "it_codicefiscale": ("IT", ["Mi sono iscritto alla società della Giostra del Saracino ad Arezzo, sul modulo della tessera di "
                                "quartiere ho scritto il codice fiscale «v»",
                                "Il segretario della contrada ha chiesto all'agenzia di coprire anche il fantino che monta a "
                                "pelo e gli ha girato il suo codice fiscale «v»"]),
    "ca_sin": ("CA", ["Downtown Hotel payroll for the summer bar staff, the Toe Captain's SIN is «v»",
                      "Sourtoe club's honorarium form, social insurance number «v», mailed to Whitehorse"]),
    "id_nik": ("ID", ["Untuk pendaftaran joki pacu kuda, NIK saya «v»",
                      "NIK ketua panitia festival buat surat izin: «v»"]),
    "pk_cnic": ("PK", ["Lahore ke Mela Chiraghan mein chai ka khokha lagane ke liye committee ne shanakhti card maanga, mera «v» "
                       "hai, copy kal de dunga",
                       "Basant committee ko shanakhti card number chahiye tha: «v»"]),
    "tr_tckimlik": ("TR", ["Atlı ciritte oynamak için il spor müdürlüğü lisans istiyor, formu doldururken nüfus cüzdanımdaki "
                           "numarayı «v» olarak yazdım, hocam imzalayacak",
                           "Kırkpınar güreşlerinde gönüllü olarak çalışmak için belediyenin formunu doldurdum, kimlik kısmına "
                           "«v» yazdım"]),
    "pl_pesel": ("PL", ["Do zapisów na dożynki potrzebny jest PESEL, mój to «v»",
                        "PESEL dziecka do ubezpieczenia na wycieczkę do skansenu: «v»"]),
    "za_idnr": ("ZA", ["AfrikaBurn ticket transfer form, the buyer's South African ID number: «v»",
                       "Theme camp's generator hire needs an ID number, the lead used «v»"]),
    "kr_rrn": ("KR", ["강릉 단오제 자원봉사단 상해보험 가입 때문에 팀장님이 주민번호 뒷자리까지 달라고 하셔서 보냈어요 «v»",
                      "탈춤 공연 출연료 정산에 필요한 주민번호 «v»"]),
    "cn_ric": ("CN", ["龙舟赛报名需要身份证号 «v»",
                      "庙会摊位登记用的身份证号码 «v»"]),
    "jp_in": ("JP", ["野馬追の騎馬武者の謝礼の支払いにマイナンバーが必要です «v»",
                     "県の弓道大会で審判をした謝金の支払調書を作るので、事務局にマイナンバー«v»を伝えてください、と連盟から連絡がありました"]),
    "au_tfn": ("AU", ["Bandy club casual coach's payroll form, tax file number «v», Perth",
                      "Shearing shed payroll at the station, my TFN is «v»"]),
    "nl_bsn": ("NL", ["De penningmeester van het Achterhoekse klootschietgilde betaalt de consumptiebonnen uit als vergoeding en "
                      "vroeg mijn sofinummer, dat is «v»",
                      "De bouwploeg van onze carnavalswagen in Oeteldonk moet voor de WA-verzekering iemands burgerservicenummer "
                      "opgeven, ik gaf de mijne: «v»"]),
    "th_pin": ("TH", ["พี่ชายส่งไลน์มา ทีมจุดบั้งไฟที่ยโสธรให้ใช้เลขประจำตัวของหัวหน้าทีมตอนสมัคร เลขของพี่คือ «v» "
                      "อย่าเอาไปให้ใคร",
                      "ป้าโทรมาบอกว่า ใบสมัครขบวนผีตาโขนที่ด่านซ้าย ต้องกรอกเลขประจำตัวของคนเดินขบวนทุกคน ของหนูคือ «v» "
                      "ส่งก่อนวันศุกร์"]),
    "my_nric": ("MY", ["Pihak kuil di Batu Caves minta setiap pembawa kavadi isi borang kesihatan dengan nombor kad pengenalan, "
                       "saya tulis «v»",
                       "IC pemandu bas rombongan ke pesta: «v»"]),
    "ar_cuit": ("AR", ["El de la agrupación gaucha que organiza la jineteada de Jesús María me pidió datos para facturar la "
                       "tropilla, le pasé mi CUIT «v»",
                       "CUIL del domador para el seguro de la jineteada: «v»"]),
    "cl_rut": ("CL", ["El capataz de la medialuna de Rancagua anota las colleras con el RUT del jinete, le dicté el mío, «v», "
                      "antes del primer animal",
                      "Para que el corredor de seguros cubra al caballo chileno en la Fiesta de Cuasimodo pide el RUT del "
                      "propietario, que es «v»"]),
    "se_personnummer": ("SE", ["Till bandyklubbens försäkring behöver vi ditt personnummer: «v»",
                               "Personnummer för lånet av isbanan i Edsbyn: «v»"]),
    "ie_pps": ("IE", ["The Armagh road bowling association pays referees' mileage through payroll now, so I wrote my PPS «v» on "
                      "the claim sheet by the lofting line",
                      "PPSN for the festival stewards' payroll, Cork: «v»"]),
    "pt_nif": ("PT", ["A costureira dos trajes minhotos do rancho quer passar fatura com contribuinte, mandei-lhe por SMS o meu "
                      "NIF «v»",
                      "O presidente da comissão das festas de São Mateus em Viseu pediu que pusesse o contribuinte dele no "
                      "recibo dos foguetes: «v»"]),
}

MIXED_LINES = [  # (region, template, the kinds of its values)
    ("US", "The Fruita festival's chicken-suit wearer filled in the stipend paperwork on the hood of a pickup: «name», reach me "
           "at «phone» or «email», social is «ssn»",
     ("phone", "email", "ssn")),
    ("US", "Noodling tournament entry, the marshal's clipboard photo: phone «phone», card «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Okie Noodling sponsor sign-up for «name»: «email», pays with «card», SSN «ssn» for the 1099",
     ("email", "card", "ssn")),
    ("GB", "Maldon mud race late entry, read over the phone: mobile «phone», email «email», card «card»",
     ("phone", "email", "card")),
    ("IN", "Hola Mohalla tent booking for «name»: «phone», «email», advance by card «card»",
     ("phone", "email", "card")),
    ("CA", "Downtown Hotel booking note for the Sourtoe night: call «phone», card on file «card»", ("phone", "card")),
    ("AU", "Bandy club trip to Sweden, the lead's details: «name», «phone», «email»", ("phone", "email")),
]
