"""Line templates of the dev67 privacy set (``privacy_cases_dev67.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
hurling club's hurleys, sliotars and fixtures, a yabusame school's horses, targets and festival rides,
a rushbearing committee's rush cart and procession, a toy library's shelves, loans and rota, a dormouse
survey's nest tubes and licence checks, a bumblebee walk's transect and counts; texts, voice notes,
e-mails and their signatures, forms and receipts), written fresh as messages from particular people in
particular situations, with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me
number), «e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian
bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Hurley repairs before Sunday's junior final: «name» does bands and splints from his garage, ring «v» after six",
    "If a child loses a jigsaw piece, don't panic, the toy library coordinator's mobile is «v»",
    "Rush cart builders, «name» has the twine and the rushes this year, text him on «v» with your hours",
    "Licence holder on call for the nest-tube checks this weekend, reach her on «v» if a tube is occupied",
    "Yabusame horse transport is sorted, the driver «name» will phone from «v» when he reaches the lane",
    "Bumblebee transect fell through because of rain, call «v» to rebook your section",
    "Sliotar supplier's rep, «name», said to ring «v» about the bulk order of forty balls",
    "Toy library lost property: the parent who found a wooden train set left «v» on the desk note",
    "Message from «name} about the procession's brass band: he can be reached on «v} until Friday".replace("}", "»"),
    "Hazel coppice landowner's number for the dormouse access gate is «v}, leave a voicemail if no answer".replace("}", "»"),
    "Our first-aider for the county blitz, «name», mobile «v}, will be by the dugout all day".replace("}", "»"),
    "The bee walk minibus driver says his phone is «v» if the car park at the cutting is locked",
    "Farrier for the yabusame horses, «name», prefers texts to «v» before eight in the morning",
    "Toy library van breakdown cover reference is on the dash, and the mechanic answers on «v»",
    "Camogie and hurling joint training: «name» is organising lifts from the station, «v}".replace("}", "»"),
    "Church hall key for the rushbearing tea: the caretaker keeps odd hours, try «v» between two and four",
    "Dormouse survey newbie? Shadow «name» on her round, she's at «v» and walks fast",
    "If the transect gate at the old quarry is padlocked, ring the estate office on «v}".replace("}", "»"),
    "The festival archery marshal, «name», has the target schedule, phone «v» for the running order",
    "Toy library's washing-up rota clash, ring «v» and the coordinator will swap you",
    "Hurley maker in the next parish, «name», has offcuts of ash for the kids' sticks, ring «v»",
    "Voicemail from the county bee recorder asking us to call back on «v} about the rare carder bee".replace("}", "»"),
]

PHONE_LINKS = [
    "Parents who'd help wipe down the returned ride-on tractors on Saturdays, the rota chat is https://wa.me/«vW»",
    "Yabusame festival ticket queries go to https://wa.me/«vW» only, no calls please",
    "Procession marshal's hotline on Signal: «vE»",
    "Dormouse survey coordinator «name», Telegram and WhatsApp both on «vE»",
]

PHONE_LOCAL = {
    "IN": [
        "Kochi wali khilona library mein Saturday ko «name» counter sambhalenge, lego sets ke liye «v» pe poochna",
        "Bee walk ke liye gaadi wale bhaiya ka number «v» hai, subah saat baje",
        "Riding school ki office ka phone «v» hai, booking wahin se hoti hai",
    ],
    "BR": [
        "Pessoal da brinquedoteca, a nova coordenadora é «name», o celular dela é «v»",
        "Quem for na trilha das mamangavas no sábado, o guia atende no «v»",
        "O ferrador dos cavalos do haras pediu pra ligar no «v» antes das sete",
    ],
    "DE": [
        "Für die Hummelzählung am Sonntag ist «name» zuständig, erreichbar unter «v»",
        "Die Spielzeugbibliothek hat eine neue Notfallnummer für die Schlüssel: «v»",
        "Falls das Tor am Steinbruch zu ist, bitte beim Förster anrufen: «v»",
    ],
    "MX": [
        "La ludoteca del barrio tiene nueva encargada, «name}, su cel es «v}".replace("}", "»"),
        "Para la caminata de abejorros del domingo, el guía contesta en «v»",
        "El herrero de los caballos del club de arquería pide que le marquen al «v»",
    ],
    "FR": [
        "Pour la ludothèque, la nouvelle bénévole «name» est joignable au «v»",
        "Comptage des bourdons annulé pour cause de pluie, rappelez le «v» pour la nouvelle date",
        "Le maréchal-ferrant du manège préfère qu'on lui écrive au «v»",
    ],
    "ID": [
        "Relawan perpustakaan mainan yang baru, «name}, nomornya «v}, tolong disimpan".replace("}", "»"),
        "Pemandu jalan kaki lebah di Bogor bisa dihubungi di «v»",
        "Kalau gerbang kebun terkunci, telepon penjaga di «v»",
    ],
    "PH": [
        "Bagong volunteer ng toy library, si «name», ang number niya ay «v»",
        "Para sa bee walk sa Los Baños, tawagan si kuya driver sa «v»",
        "Ang farrier ng riding club ay sumasagot sa «v» tuwing umaga",
    ],
    "JP": [
        "Yabusame hozonkai no jimukyoku, «name}-san no denwa wa «v} desu".replace("}", "»"),
        "Omocha toshokan no kagi no toiawase: «v}".replace("}", "»"),
        "Maruhanabachi chousa no annai-nin ni renraku suru toki wa «v» made",
    ],
    "ES": [
        "La ludoteca del pueblo tiene nueva voluntaria, «name}, su móvil es «v}".replace("}", "»"),
        "Para el censo de abejorros del sábado, llamad al guía al «v»",
        "El herrador de la hípica contesta en el «v» a primera hora",
    ],
    "IT": [
        "Nuovo volontario della ludoteca, «name», il suo cellulare è «v»",
        "Per la passeggiata dei bombi domenica, la guida risponde al «v»",
        "Il maniscalco del maneggio vuole un messaggio al «v» prima delle otto",
    ],
    "TR": [
        "Oyuncak kütüphanesinin yeni gönüllüsü «name», telefonu «v»",
        "Cumartesi arı yürüyüşü için rehberi «v} numarasından arayın".replace("}", "»"),
        "Binicilik kulübünün nalbantı sabahları «v» numarasından ulaşılabilir",
    ],
    "KR": [
        "Jangnankam doseogwan sae jawonbongsaja «name} ssi, beonho «v}".replace("}", "»"),
        "Beol gwanchal sanchaek annae-in yeollakcheo «v»",
        "Seungma club jeonhwa «v», yeyak gane",
    ],
    "PL": [
        "Nowa wolontariuszka w bibliotece zabawek, «name», telefon «v»",
        "Na sobotni spacer trzmielowy przewodnik odbiera pod «v»",
        "Kowal ze stajni prosi o SMS na «v» przed ósmą",
    ],
    "RU": [
        "Новая волонтёрка библиотеки игрушек, «name», её номер «v»",
        "По шмелиному маршруту в субботу звоните проводнику на «v»",
        "Кузнец с конюшни просит писать на «v» до восьми утра",
    ],
    "EG": [
        "المتطوعة الجديدة في مكتبة الألعاب «name}، رقمها «v}".replace("}", "»"),
        "للمشي مع النحل يوم السبت اتصلوا بالمرشد على «v»",
        "حداد الخيل في النادي يرد على «v» الصبح بدري",
    ],
    "VN": [
        "Tình nguyện viên mới của thư viện đồ chơi là «name», số điện thoại «v»",
        "Đi bộ quan sát ong nghệ thứ Bảy, gọi hướng dẫn viên số «v»",
        "Thợ đóng móng ngựa ở câu lạc bộ nhận tin nhắn qua «v}".replace("}", "»"),
    ],
    "BD": [
        "Khelna library-r notun volunteer «name}, tar number «v}".replace("}", "»"),
        "Shonibar moumachi walk-er guide-ke phone korun «v} number-e".replace("}", "»"),
        "Ghora club-er kamar bhai sokale «v» number-e pawa jay",
    ],
    "PK": [
        "Khilono ki library ki nayi volunteer «name} hain, number «v}".replace("}", "»"),
        "Hafte wali bee walk ke guide ko «v» par call karein",
        "Ghurr sawari club ke lohar se «v» par baat ho sakti hai",
    ],
    "CO": [
        "La ludoteca del barrio tiene nuevo voluntario, «name}, su celular es «v}".replace("}", "»"),
        "Para la caminata de abejorros en La Calera, el guía contesta al «v»",
        "El herrero del club de equitación pide que lo llamen al «v»",
    ],
    "AR": [
        "Che, la nueva voluntaria de la juegoteca es «name», su celu es «v»",
        "Para la caminata de abejorros del sábado, el guía atiende en el «v»",
        "El herrero del club hípico pide mensajes al «v» temprano",
    ],
    "TH": [
        "อาสาสมัครคนใหม่ของห้องสมุดของเล่นคือ «name} เบอร์ «v}".replace("}", "»"),
        "เดินดูผึ้งวันเสาร์ โทรหาไกด์ที่ «v»",
        "ช่างตีเกือกม้าที่สโมสรรับสายที่ «v» ตอนเช้า",
    ],
}

SIGNATURES = [
    ("US", "Thanks again for the loan of the puzzle boxes!\n-- «name», Toy Library volunteer lead, cell «v», «e»"),
    ("GB", "Best wishes,\n«name}\nRushbearing Committee secretary\nTel «v} | «e}".replace("}", "»")),
    ("IN", "With thanks from all the little borrowers,\n«name», Coordinator, Kochi Toy Library, Fort Kochi branch | Mob: «v» | Mail: «e»"),
    ("DE", "Summende Grüße vom Brocken\n«name», Koordination Hummelzählung Harz (Transekte 1 bis 9)\nMobil «v», «e»"),
    ("BR", "Abraços,\n«name} - brinquedoteca - «v} - «e}".replace("}", "»")),
    ("FR", "Bien ludiquement,\n«name», trésorière de la ludothèque des Pentes, prêts de jeux le mercredi, tél. «v», «e»"),
    ("AU", "Cheers, «name} (hurling, Perth) «v} «e}".replace("}", "»")),
    ("NG", "Warm regards,\n«name», Toy Library Lagos\n«v} · «e}".replace("}", "»")),
    ("CA", "Merci / Thanks for riding with us at the maple festival,\n«name», Ottawa Yabusame Club registrar and stable manager, «v», «e»"),
    ("ZA", "Regards, «name», Bee Walk Durban, cell «v», «e»"),
    ("KE", "Asante,\n«name}, Nairobi bee walk lead, «v}, «e}".replace("}", "»")),
    ("MX", "Con cariño de parte de los peques y sus trompos,\n«name», coordinadora de la ludoteca de Coyoacán\nCel. «v» · «e»"),
    ("PH", "Salamat po,\n«name», Toy Library volunteer, «v», «e»"),
]

EMAIL_EN = [
    "«name» offered to host the toy library's spreadsheet, send the loan list to «e}".replace("}", "»"),
    "Rushbearing volunteers: the new address for the cart-building rota is «e»",
    "Dormouse licence renewal forms go to «name» at «e» by the end of the month",
    "Yabusame festival photographers, send your best shots of the third target to «e»",
    "Hurling blitz entries close Friday, reply to «e» with your team sheet",
    "Bumblebee walk records from the quarry section can be emailed to «name», «e»",
    "Toy library's new donations inbox, printed on the leaflet: «e»",
    "My mum asked if the sliotar order went through, she's «e»",
    "Please cc «name» («e») on anything about the procession's road closure",
    "New nest-box app sign-ups are sent from «e}, add it to your contacts".replace("}", "»"),
]

EMAIL_LOCAL = {
    "DE": "Die Anmeldungen zur Hummelzählung sammelt «name} unter «e}".replace("}", "»"),
    "FR": "Pour emprunter un jeu à la ludothèque, écrivez à «name» : «e»",
    "ES": "Abejorros del prado junto a la ermita: «name» junta todas las imágenes del domingo y pide enviarlas a «e» antes del martes",
    "BR": "Quem quiser doar brinquedos pode escrever pra «name» no «e»",
    "JP": "«name}-san no meeru: «e}".replace("}", "»"),
    "KR": "«e» ro «name} ssi ege bonaeseyo".replace("}", "»"),
    "IT": "Le iscrizioni alla passeggiata dei bombi vanno a «e», le gestisce «name»",
    "PL": "Pisz do «name»: «e»",
    "TR": "Oyuncak bağışı için «name} ile «e} adresinden iletişime geçin".replace("}", "»"),
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "«name» put the forty sliotars on her own card, «v», and the club will pay her back after the raffle",
    "Toy library membership renewal failed, the card on file is «v», expired last month",
    "Receipt from the saddlery for the yabusame targets: paid with «v}".replace("}", "»"),
    "Rushbearing tea urn hire, card used «v», please reimburse from petty cash",
    "Bee walk field guides ordered online, charged to «v»",
    "The dormouse nest tubes were bought on «v», the treasurer needs the receipt",
    "«name}'s card «v} is the one saved on the toy library's Amazon account".replace("}", "»"),
    "Hurling helmets for the juniors, paid by card «v}, delivery next week".replace("}", "»"),
]

CARD_LOCAL = {
    "IN": "Toy library ke khilone iss card se kharide: «v»",
    "BR": "A «name} pagou os brinquedos novos com o cartão «v}".replace("}", "»"),
    "DE": "Die zwanzig Becherlupen für die Kinder bei der Hummelzählung am Waldrand hat «name» mit ihrer Karte «v» vorgestreckt",
    "MX": "El mes de renta del localito de la ludoteca en la colonia lo cubrió «name} con su tarjeta «v}, le debemos desde marzo".replace("}", "»"),
    "FR": "Les jeux de société de la ludothèque ont été réglés par «name» avec la carte «v»",
    "JP": "«name» no kaado «v» de kessai",
    "ES": "«name» pagó las lupas del censo de abejorros con la tarjeta «v», hay que devolvérselo",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Refund for «name»'s yabusame lesson, cancelled when the mare went lame on the morning of the ride, goes to IBAN «v»",
    "The rushbearing committee pays the silver band's travel money into their account «v», treasurer signs on Thursday",
    "Visiting hurling team's travel grant from the county board, paid out to IBAN «v} once the receipts came in".replace("}", "»"),
    "«name» sent the toy library's birthday-party donation from «v», thank-you card to go out with the newsletter",
    "Bee walk public liability insurer refunded the overlap to account «v» after we cancelled the July date",
    "The dormouse conference place that the recorder couldn't use was paid back to «v», minus the booking fee",
]

IBAN_LOCAL = {
    "DE": ["«name» hat die Becherlupen und Kescher für die Hummelzählung vorgestreckt, Erstattung geht auf «v»",
           "Wer der Spielzeugbibliothek im Gemeindehaus etwas für neue Holzeisenbahnen geben mag: «v}, Stichwort Gleise".replace("}", "»")],
    "FR": ["Remboursement des jeux de société avancés par «name» pour la soirée jeux de la ludothèque, IBAN «v»",
           "L'adhésion annuelle à la ludothèque, avec le prêt des vélos d'enfants, se règle par virement sur «v»"],
    "ES": ["A «name» le devolvemos lo que adelantó por las lupas y redes del recuento de abejorros, cuenta «v»",
           "La cuota trimestral de la ludoteca, que incluye el préstamo de bicis de equilibrio, va a «v}".replace("}", "»")],
    "IT": ["Rimborso a «name» per i cartellini e le lenti della passeggiata dei bombi in collina, IBAN «v»",
           "Chi vuole sostenere la ludoteca del quartiere per i nuovi giochi da tavolo può versare su «v}, causale ludo".replace("}", "»")],
    "NL": ["«name» krijgt het voorgeschoten geld voor de vangnetjes van de hommeltelling terug op «v»",
           "Wie mee wil betalen aan de twaalf nieuwe loopfietsjes die kinderen bij ons kunnen lenen, maakt het over naar «v»"],
    "PL": ["Zwrot dla «name» za lupy i siatki kupione na sobotnie liczenie trzmieli na łące, konto «v»",
           "Roczną składkę na bibliotekę zabawek z wypożyczaniem rowerków biegowych wpłacajcie na «v»"],
    "TR": ["«name» için oyuncak kütüphanesine aldığı ahşap yapbozların masraf iadesi, IBAN «v}".replace("}", "»"),
           "Oyuncak kütüphanesinin yıllık aidatı ve bisiklet ödünç alma ücreti için hesap: «v»"],
    "BE": ["«name» krijgt de kosten van de loepjes voor de hommelwandeling in het Zoniënwoud terugbetaald op «v»",
           "Het jaarlijkse lidgeld van de speelotheek met uitleen van gezelschapsspelen stort je op «v}".replace("}", "»")],
    "AT": ["Rückerstattung an «name} für die Hummel-Bestimmungskarten der Almwanderung: «v}".replace("}", "»"),
           "Wer der Grazer Spielzeugbibliothek beim Kauf neuer Bauklötze helfen mag, überweist bitte auf «v»"],
    "PT": ["O reembolso da «name» pelas lupas e redes da caminhada dos abelhões no Gerês vai para «v»",
           "Os triciclos e jogos que as crianças levam para casa custam uma quota anual, por transferência bancária para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "«name» finally set up direct deposit for the toy library's part-time stipend: routing «a», account «b», starting next pay run",
        "Boston hurlers' raffle checks from the Irish pub night clear into routing «a} account «b}, deposit slip is in the kit bag".replace("}", "»"),
        "For the bee walk's minibus rental refund after the thunderstorm, use my routing number «a} and checking account «b}".replace("}", "»"),
    ],
    "gb": [
        "«name} asked for the silver band's rushbearing fee to go to sort code «a}, account «b}, before the procession".replace("}", "»"),
        "Lottery grant for the toy library's new shelving was paid into sort code «a», account number «b», per the award letter",
    ],
    "in": [
        "«name» ka account, bee walk ke bus kiraye ka refund yahin bhejna: IFSC «a», A/c «b», aaj hi",
        "Toy library ke Diwali donation drive ka paisa «name} ke account mein jayega, IFSC «a}, number «b}".replace("}", "»"),
    ],
    "au": ["«name}'s refund for the hurling jerseys that arrived in the wrong green: BSB «a}, account «b}".replace("}", "»")],
    "ca": ["«name», yabusame club refund for the clinic cancelled by the ice storm, transit «a», account «b»"],
    "br": [
        "Reembolso da «name» pelos quebra-cabeças que ela comprou para a brinquedoteca: agência «a», conta «b»",
        "A «name} pediu pix, mas o banco dela travou, então deposita na agência «a} conta «b} mesmo".replace("}", "»"),
    ],
    "mx": ["A «name} le devolvemos lo que puso para los rompecabezas de la ludoteca a la CLABE «a}, ya con el recibo".replace("}", "»")],
    "ng": [
        "Send «name»'s refund for the toy library's puzzle mats to «bank}, account number «a}, she's waiting".replace("}", "»"),
        "Toy library float for Saturday: pay «name» at «bank», «a}, and tell her it's for the crayons".replace("}", "»"),
    ],
    "za": ["«name» paid for the bee walk's hand lenses himself, so refund him: branch code «a}, account «b}".replace("}", "»")],
    "ar": ["Reintegro para «name} por los rompecabezas que compró para la juegoteca del barrio, CBU «a}".replace("}", "»")],
}

ID_LINES = {
    "us_ssn": ("US", ["Toy library background check form, volunteer's SSN: «v»",
                      "Stipend paperwork for the bee walk intern needs her social, «v}".replace("}", "»")]),
    "in_aadhaar": ("IN", ["Kochi toy library mein Saturday volunteer banne ke liye form pe Aadhaar «v} likhna pada, photocopy bhi".replace("}", "»"),
                          "Riding school ke summer camp mein bete ka naam likhwaya, unhone uska Aadhaar «v» maanga"]),
    "in_pan": ("IN", ["Toy library ko diye donation ki 80G receipt banwani hai, mera PAN «v} hai, naam wahi jo cheque pe hai".replace("}", "»"),
                      "Toy library treasurer's PAN for the 80G filing: «v»"]),
    "br_cpf": ("BR", ["Ficha de voluntário da brinquedoteca do bairro, preenchida na recepção: CPF «v»",
                      "A loja das lupas para a trilha das mamangavas pediu CPF na nota, passei o «v}".replace("}", "»")]),
    "mx_curp": ("MX", ["Registro de voluntarios de la ludoteca, CURP «v}".replace("}", "»"),
                       "Para sacar la credencial de préstamo de juguetes del niño en la ludoteca piden su CURP, es «v»"]),
    "mx_rfc": ("MX", ["El herrero que atiende a los caballos del club de arquería nos pidió el RFC del club para la factura: «v»",
                      "La juguetería de Tlaquepaque nos da factura por los trompos y baleros si le pasamos el RFC «v»"]),
    "gb_nhs": ("GB", ["Hurling junior's medical form, NHS number «v}".replace("}", "»"),
                      "Rushbearing child's consent form with NHS no. «v»"]),
    "de_idnr": ("DE", ["Für die Ehrenamtspauschale als Hummelzählerin wollte der Verein meine Steuer-ID, also «v}".replace("}", "»"),
                       "Quittung der Spielzeugbibliothek fürs Finanzamt, Spenderin mit Steueridentifikationsnummer «v», bitte abheften"]),
    "fr_nir": ("FR", ["L'assureur des bénévoles qui prêtent les jouets le mercredi exige nos numéros de sécu, voilà le mien pour Martine, «v»",
                      "Fiche d'inscription au manège, n° de sécurité sociale «v}".replace("}", "»")]),
    "es_dni": ("ES", ["DNI del voluntario de la ludoteca: «v»",
                      "Para el seguro del censo de abejorros hace falta el DNI «v}".replace("}", "»")]),
    "es_nie": ("ES", ["NIE de la monitora de la ludoteca, «v}".replace("}", "»"),
                      "Inscripción en la hípica con NIE «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale del volontario della ludoteca: «v}".replace("}", "»"),
                                "Bombi sul Monte Baldo domenica: la guida vuole per la polizza collettiva il codice fiscale di ciascuno, il mio «v»"]),
    "ca_sin": ("CA", ["Yabusame club coach's T4 needs her SIN, «v»",
                      "Toy library summer student hire form, SIN «v}".replace("}", "»")]),
    "id_nik": ("ID", ["NIK relawan perpustakaan mainan: «v}".replace("}", "»"),
                      "Formulir jalan kaki lebah, NIK «v»"]),
    "pk_cnic": ("PK", ["Lahore ki khilono wali library ne volunteer card ke liye mera CNIC «v» maanga, aur ek tasveer bhi",
                       "Khilono ki library ke liye CNIC number «v} chahiye".replace("}", "»")]),
    "tr_tckimlik": ("TR", ["Gönüllü formu için TC kimlik no: «v»",
                           "Binicilik kulübü kaydı, TC kimlik «v}".replace("}", "»")]),
    "pl_pesel": ("PL", ["PESEL wolontariusza biblioteki zabawek: «v}".replace("}", "»"),
                        "Zapis na spacer trzmielowy wymaga numeru PESEL «v»"]),
    "za_idnr": ("ZA", ["Toy library volunteer's ID number «v»",
                       "Bee walk indemnity form, SA ID «v}".replace("}", "»")]),
    "kr_rrn": ("KR", ["Jawonbongsa jumin beonho «v»",
                      "Seungma club gaip, jumin deungnok beonho «v}".replace("}", "»")]),
    "cn_ric": ("CN", ["Zhiyuanzhe shenfenzheng «v»",
                      "Qima julebu baoming, shenfenzheng haoma «v}".replace("}", "»")]),
    "jp_in": ("JP", ["Yabusame hozonkai no shiharai de my number «v» ga hitsuyou",
                     "Omocha toshokan no volunteer, kojin bangou «v}".replace("}", "»")]),
    "au_tfn": ("AU", ["The Perth hurling club is putting its coaches on the books, so the treasurer wants my TFN: «v}".replace("}", "»"),
                      "Toy library casual hire, tax file number «v»"]),
    "nl_bsn": ("NL", ["BSN van de vrijwilliger voor de speelgoedbibliotheek: «v»",
                      "Geesje van de hommelclub uit Westerbork stuurt me een formulier: fietskosten terug alleen met BSN erbij, dus «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนอาสาสมัคร «v»",
                      "Toy library volunteer form, Thai ID «v}".replace("}", "»")]),
    "my_nric": ("MY", ["Toy library volunteer's MyKad «v»",
                       "Untuk kad sukarelawan perpustakaan mainan di Ipoh, mereka minta nombor kad pengenalan «v}".replace("}", "»")]),
    "ar_cuit": ("AR", ["Don Ramiro, que hierra a los petisos del club antes de cada torneo, manda sus facturas con CUIT «v»",
                       "CUIT de la juegoteca para la donación: «v»"]),
    "cl_rut": ("CL", ["Para inscribirme como voluntaria en la ludoteca de Ñuñoa me pidieron el RUT, «v»",
                      "Inscripción al club de equitación, RUT «v}".replace("}", "»")]),
    "se_personnummer": ("SE", ["Personnummer för volontären på leksaksbiblioteket: «v»",
                               "Humlevandringen vid Fulufjället kräver anmälan med personnummer, mitt är «v}".replace("}", "»")]),
    "ie_pps": ("IE", ["Hurling coach's PPS number for the Garda vetting form, «v}".replace("}", "»"),
                      "Toy library volunteer's PPSN «v»"]),
    "pt_nif": ("PT", ["Para o seguro de quem empresta brinquedos aos sábados em Braga, a direção quer o número de contribuinte, o meu é «v»",
                      "Fatura das lupas da caminhada dos abelhões com NIF «v}".replace("}", "»")]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Toy library volunteer intake for «name»: phone «phone», email «email», SSN «ssn}".replace("}", "»"),
     ("phone", "email", "ssn")),
    ("US", "Bee walk intern paperwork: «name}, cell «phone}, paid the deposit with «card}, social «ssn}".replace("}", "»"),
     ("phone", "card", "ssn")),
    ("US", "Hurling clinic sign-up from «name»: «email», card «card», SSN for the waiver «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Rushbearing raffle winner «name}: «phone}, «email}, paid by «card}".replace("}", "»"), ("phone", "email", "card")),
    ("IN", "Kochi toy library family membership, signed up at the Onam fair by «name»: mobile «phone», email «email», paid the annual fee by card «card»", ("phone", "email", "card")),
    ("CA", "Yabusame clinic booking, «name}, «phone}, card «card}".replace("}", "»"), ("phone", "card")),
    ("AU", "Perth hurling come-and-try day, under-16 trial sign-up sheet: «name», parent mobile «phone», parent email «email»", ("phone", "email")),
]
