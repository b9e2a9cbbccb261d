"""Line templates of the dev66 privacy set (``privacy_cases_dev66.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
kirigami club's folds, cutting mats and pop-up cards, a mölkky league's pins, throwing line and
scores, a street piano project's tuners, covers and rota, a glowworm survey's transects, head torches
and counts, a conker championship's strings, draws and weigh-ins, a barn dance band's caller, hall and
tickets; texts, voice notes, e-mails and their signatures, forms and receipts), written fresh as
messages from particular people in particular situations, with slots in guillemets: «v» a value
(``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a person's name, «a» and «b» an
account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Kirigami club: if the snowflake class runs late, text «name» on «v» and she'll hold the library door",
    "The tuner who looks after the street piano by the ferry terminal answers on «v» most weekday mornings",
    "Mölkky captain «name» says call «v» if the lakeside pitch is waterlogged before the Sunday round",
    "Glowworm walk tonight, meet at the quarry gate; the leader's mobile is «v» in case you get lost in the dark",
    "Conker weigh-in queries go to «name» at «v», not the pub landline, she keeps the string register",
    "Barn dance caller's mobile for the harvest social, the band said ring «v» about the hall keys",
    "Voice note: «name» from the pop-up card stall wants the folding bone back, her number is «v»",
    "If the piano cover blows off in the storm, the nearest volunteer on the rota is reachable at «v»",
    "Mölkky league fixtures secretary «name», «v», prefers texts after six when the pins are packed away",
    "Glowworm survey transport: the minibus driver for the ridge transect picks up at nine, his phone «v»",
    "For the conker draw on Saturday please ring «name» on «v» if your child can't make the first heat",
    "Lost a fiddle case after the barn dance? The hall caretaker collects lost property, call «v»",
    "Kirigami exhibition hanging day: «name» is bringing the lattice panels, reach her at «v» from eight",
    "Street piano in the shopping arcade needs a new hinge, the handyman who quoted is on «v»",
    "New mölkky players, ask for «name» at the clubhouse or phone «v», she'll lend you a set of pins",
    "Glowworm counts from the gorge path go to the coordinator's phone, «v», photo of the tally is fine",
    "Conker champion's mum left her number at the judges' table: «v», for the trophy engraving",
    "Barn dance tickets are sold out but «name» keeps a returns list, text «v» with how many",
    "Kirigami tutor for the Wednesday evening session has changed, the new one answers on «v»",
    "Piano mover for the Christmas relocation, «name», confirmed at «v», needs a hand at the kerb at ten",
    "Glowworm night was cancelled for fog, the warden's recorded message line is «v»",
    "Conker champs first aid volunteer is on «v» all afternoon, knuckle scrapes to the green tent",
]

PHONE_LINKS = [
    "Kirigami club WhatsApp for the snowflake swap, tap to message the organiser: «vW»",
    "Mölkky league new players' chat, message the captain here: «vW»",
    "Street piano emergency line on the poster: «vE» (leave a message if it's the lid)",
    "Barn dance band's booking contact, «name», «vE», calls or texts",
]

PHONE_LOCAL = {
    "IN": [
        "Pop-up card banane wali kirigami batch Sadashiv Peth mein shift hui hai, raasta bhatak jao toh «name» ji ko «v» pe ghanti maaro",
        "Street piano Bandra promenade: volunteer coordinator ka number «v», koi problem ho toh batayein",
        "Mölkky practice cancel hui toh club office «v» par message kar dena",
    ],
    "BR": [
        "Gurizada, a dobradura em vale do kirigami ficou torta? Manda áudio pra «name» no «v» que ela explica de novo",
        "Piano de rua da praça: o afinador atende no «v» de manhã",
        "Campeonato de mölkky no parque, inscrições pelo «v» até sexta",
    ],
    "DE": [
        "Straßenklavier am Bahnhof: bei Schäden bitte «name» unter «v» anrufen, auch am Wochenende",
        "Glühwürmchen-Zählung im Auwald, der Treffpunkt ändert sich, Infos unter «v»",
        "Mölkky-Turnier im Stadtpark, Anmeldung telefonisch «v»",
    ],
    "MX": [
        "Los copos de papel recortado para el altar ya están secos; si falta alguno márquenle a «name» al «v» antes del domingo",
        "Si ven el piano de la alameda mojado, avisen al «v» por favor",
        "Torneo de mölkky en Coyoacán, informes al «v» después de las cinco",
    ],
    "FR": [
        "Bal folk à la grange : pour le covoiturage, appelez «name» au «v»",
        "Piano de rue de la gare, l'accordeur passe jeudi, son portable : «v»",
        "Les flocons découpés pour la vitrine de Noël sèchent sous presse ; pour passer les récupérer, sonnez au «v»",
    ],
    "ID": [
        "Potongan pola lipat gunung buat kartu pop-up sudah jadi, ambil di rumah «name}, chat dulu ke «v} biar dibukain pagar".replace("}", "»"),
        "Turnamen mölkky di alun-alun, info lewat «v»",
        "Piano jalanan di stasiun, lapor kerusakan ke «v»",
    ],
    "PH": [
        "Kirigami class sa barangay hall, i-text si «name» sa «v»",
        "Street piano sa mall, kung may sira tawag sa «v» po",
        "Mölkky sa park, sali na, text «v»",
    ],
    "JP": [
        "切り絵教室の連絡は«name»さん «v» まで",
        "モルック大会の受付 «v»",
        "ストリートピアノの調律担当の携帯は «v» です",
    ],
    "ES": [
        "Taller de kirigami en el centro cívico de Gràcia: si no podéis venir, avisad a «name» al «v» antes del jueves",
        "El afinador del piano de la estación atiende en el «v»",
        "Se nos han perdido dos bolos numerados tras la partida junto al estanque; quien los encuentre, que llame al «v}".replace("}", "»"),
    ],
    "IT": [
        "Laboratorio di kirigami in biblioteca, per iscriversi chiamate «name» al «v»",
        "Il pianoforte sotto il portico ha un tasto rotto, segnalatelo al «v»",
        "Torneo di mölkky ai giardini, info «v»",
    ],
    "TR": [
        "Kirigami atölyesi için «name» Hanım'ı «v» numaradan arayın",
        "Sokak piyanosu arızası için «v» numarasını arayın",
        "Mölkky turnuvası kayıt hattı: «v»",
    ],
    "KR": [
        "키리가미 수업 문의는 «name»님 «v»",
        "몰키 대회 접수 «v»",
        "거리 피아노 고장 신고 «v»",
    ],
    "PL": [
        "Warsztaty kirigami w bibliotece, zapisy u «name» pod numerem «v»",
        "Uliczne pianino na rynku, awarie zgłaszać pod «v»",
        "Turniej mölkky w parku, informacje «v»",
    ],
    "RU": [
        "Кружок киригами в библиотеке, звоните «name» по номеру «v»",
        "Уличное пианино на набережной, о поломках сообщайте «v»",
        "Турнир по мёлкки в парке, запись по «v»",
    ],
    "EG": [
        "ورشة الكيريغامي في المكتبة، اتصلوا بـ«name» على «v»",
        "بيانو الشارع في الكورنيش، للإبلاغ «v»",
        "بطولة مولكي في النادي «v»",
    ],
    "VN": [
        "Lớp kirigami ở thư viện, gọi chị «name» số «v»",
        "Đàn piano đường phố bị hỏng, báo «v»",
        "Giải mölkky công viên, đăng ký «v»",
    ],
    "BD": [
        "Mirpur kirigami batch, kagoj kete tara banano shesh hole chhader chabi nite «name} apake «v} number e phone dio".replace("}", "»"),
        "স্ট্রিট পিয়ানো নষ্ট হলে জানান «v»",
        "মোলকি টুর্নামেন্ট নিবন্ধন «v»",
    ],
    "PK": [
        "Kirigami class ke liye «name» sahiba se «v» par rabta karein",
        "Street piano kharab ho to is number par batayen: «v»",
        "Mölkky tournament registration ke liye «v» par call karein",
    ],
    "CO": [
        "Taller de kirigami en la biblioteca pública, pregunten por «name» al «v», parce",
        "El piano callejero del parque Lleras se mojó, avisen al «v»",
        "Torneo de mölkky en el parque, inscripciones «v»",
    ],
    "AR": [
        "Taller de kirigami en el centro cultural, llamen a «name» al «v», che",
        "El piano de la plaza necesita afinación, el técnico atiende en el «v»",
        "Torneo de mölkky en Palermo, anotate al «v»",
    ],
    "TH": [
        "เวิร์กช็อปคิริกามิ ติดต่อ«name» «v»",
        "เปียโนริมถนนเสีย แจ้ง «v»",
        "แข่งมอลกี้ สมัคร «v»",
    ],
}

SIGNATURES = [
    ("US", "Thanks for folding with us this season!\n«name» | Kirigami Club treasurer\ncell «v» · «e»"),
    ("GB", "Cheers, and mind your knuckles at the weigh-in\n«name», conker championship secretary\n«v» / «e»"),
    ("IN", "With gratitude from the seafront keyboard crew,\n«name}\n(tuning rota, Bandra promenade upright)\nMob: «v}  Mail: «e}".replace("}", "»")),
    ("DE", "Klimpernde Grüße vom Bahnhofsklavier-Trupp\n«name» (Husse, Stimmkalender, Schlüssel)\nTel. «v» · E-Mail «e»"),
    ("BR", "Abraços do kirigami\n«name» · «v» · «e»"),
    ("FR", "Bien à vous, et à samedi au bal folk de la grange\n«name}\nTél. «v} — «e}".replace("}", "»")),
    ("AU", "«name» · glowworm tours · «v» · «e»"),
    ("NG", "Warm regards,\n«name»\nMölkky Lagos · «v» · «e»"),
    ("CA", "Merci / Thanks,\n«name}, Laurentides mölkky league\nCell: «v} | «e}".replace("}", "»")),
    ("ZA", "Kind regards from the street piano crew\n«name»\n«v» · «e»"),
    ("KE", "Asante,\n«name}, kirigami for kids\n«v} / «e}".replace("}", "»")),
    ("MX", "Con papel picado y tijeras en mano,\n«name», recortes plegados para el altar de muertos\nCel. «v» · «e»"),
    ("PH", "Salamat po sa pagsali sa barn dance!\n«name»\nCP: «v»  Email: «e»"),
]

EMAIL_EN = [
    "Send your snowflake pattern photos to «e» before Friday, «name» will pick three for the library window",
    "Mölkky league results go to «e», please include the pin tallies for each set",
    "The street piano rota sign-ups are handled by «name}, write to «e} with the mornings you can do".replace("}", "»"),
    "Glowworm transect sheets can be scanned and mailed to «e», the coordinator reads them on Mondays",
    "Conker championship entries: «name» at «e» has the forms and the string-length rules",
    "Barn dance band bookings now come through «e», the fiddler is on tour until June",
    "Pop-up card orders for the Christmas fair: email «e» with the design number and how many",
    "If you found a set of mölkky pins by the boathouse, the owner's address is «e»",
    "Kirigami club newsletter: «name» is stepping down as editor, submissions to «e» from the first of the month on",
    "glowworm photos → «e»",
]

EMAIL_LOCAL = {
    "DE": "Anmeldungen für den Kirigami-Kurs im Jugendhaus bitte bis Mittwoch an «name» unter «e»",
    "FR": "Pour le bal folk de la grange, les réservations se font à «e} ; «name} confirme chaque place par retour".replace("}", "»"),
    "ES": "Las fotos del concurso de kirigami se envían a «e», y «name» elegirá las que se expongan en la biblioteca",
    "BR": "Quem derrubou o pino doze três vezes seguidas ganha camiseta, manda o vídeo pro «e} que a «name} confere".replace("}", "»"),
    "JP": "切り絵展示の申込は«name»さんへ、メール «e» まで",
    "KR": "몰키 리그 결과는 «e»로 보내 주세요, «name»",
    "IT": "Per il piano di strada della stazione scrivete a «e», risponde «name» del comitato",
    "PL": "Zgłoszenia do «name}: «e}".replace("}", "»"),
    "TR": "Katlanmış kâğıt kar taneleri vitrine asılacak, fotoğraflarınızı «name} Hanım'a gönderin: «e}".replace("}", "»"),
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]


CARD_EN = [
    "Kirigami club supplies order, paid with «name»'s card «v», the cutting mats arrive Tuesday",
    "Mölkky league kit fund: I typed the card number «v» into the pins shop, is that the club one",
    "Barn dance hall deposit went through on «v», keep the receipt for the treasurer",
    "Street piano tuning invoice, the volunteer read the card out over the phone while standing by the ferry ramp: «v», expiry next spring",
    "Conker trophy engraving paid by card «v», the shop wants the sum refunded from the raffle",
    "glowworm torches: «v»",
    "Refund for «name» after the cancelled snowflake class should go back to card «v»",
    "Voice memo while packing up the glowworm kit: the red-light head torches were bought on «v», the warranty form needs it",
]

CARD_LOCAL = {
    "IN": "Kirigami class fees ke liye card «v» use kiya",
    "BR": "Paguei as tesouras do kirigami com o cartão da «name}, «v}, parcelado em três".replace("}", "»"),
    "DE": "Die Reparatur vom Straßenklavier hat «name» mit der Karte «v» vorgestreckt, bitte aus der Kasse erstatten",
    "MX": "Las boletas del baile en el granero se pagaron con la tarjeta de «name}, «v}, pide que se le reembolse antes de la quincena".replace("}", "»"),
    "FR": "Les douze quilles en bouleau et le bâton de lancer sont arrivés ; «name» les a réglés avec sa carte «v», on lui rend ça à l'apéro",
    "JP": "«name»さんのカード «v» で切り絵の紙代を払いました",
    "ES": "La cuota del torneo de mölkky se cargó a la tarjeta de «name», «v», el club se la devuelve el lunes",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Conker championship prize money for «name} goes by transfer to «v}, the treasurer checked it twice".replace("}", "»"),
    "Barn dance band fee, the fiddler's account for the wire from the Irish festival is «v», reference the hall name",
    "glowworm grant refund: «v»",
    "Please pay the kirigami tutor «name» to «v» after the exhibition",
    "street piano: «v»",
    "Mölkky European open travel money gets reimbursed into the scorer's account «v», send the train receipts with it",
]

IBAN_LOCAL = {
    "DE": ["Der Klavierbauer hat die verklemmte Taste am Bahnhofsklavier gerichtet, das Geld bitte an «name}, IBAN «v}, Stichwort Hammerfilz".replace("}", "»"),
           "Kirigami-Kurs: IBAN «v»"],
    "FR": ["Le vielleux et la joueuse d'accordéon diatonique ont fait danser la grange jusqu'à deux heures ; leur cachet part chez «name}, IBAN «v}".replace("}", "»"),
           "Bâton de lancer cassé, remboursement sur «v»"],
    "ES": ["La inscripción de la liga de mölkky se paga por transferencia a nombre de «name}, IBAN «v}, antes del domingo".replace("}", "»"),
           "Piano de la estación: «v»"],
    "IT": ["Bonifico per il kirigami a «name}: «v}".replace("}", "»"),
           "Per il piano sotto il portico raccogliamo fondi, il conto del comitato è «v», causale accordatura"],
    "NL": ["Mölkky-toernooi, inschrijfgeld naar «name}: «v}".replace("}", "»"),
           "Straatpiano station: «v»"],
    "PL": ["Za wycięte papierowe płatki śniegu na kiermasz, zwrot dla «name}, numer «v}".replace("}", "»"),
           "Pianino na rynku, konto: «v»"],
    "TR": ["Sokak piyanosu akort ücreti için «name} adına IBAN: «v}, açıklamaya piyano yazın".replace("}", "»"),
           "Mölkky turnuvası: «v»"],
    "BE": ["Voor de kirigami-tentoonstelling in de bib mag het inschrijfgeld naar «name}, rekening «v}".replace("}", "»"),
           "Straatpiano Gent: «v»"],
    "AT": ["Mölkky Wien, «name}, «v}".replace("}", "»"),
           "Straßenklavier: «v»"],
    "PT": ["Para o piano de rua da estação, a transferência fica em nome de «name}, IBAN «v}, obrigada pela ajuda".replace("}", "»"),
           "Oficina de kirigami: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Barn dance band payroll: «name}'s direct deposit is routing «a} account «b}, the caller gets paid the same day".replace("}", "»"),
        "Street piano donation checks bounce back to the fiscal sponsor's account, routing «a}, account «b}, per the grant letter".replace("}", "»"),
        "Kirigami tutor «name} asked to be paid by ACH: routing «a}, account «b}".replace("}", "»"),
    ],
    "gb": [
        "The chestnut-stringing judge «name} drove over from Oundle with her own drill; reimburse petrol via sort code «a}, acct «b}".replace("}", "»"),
        "Summer throwing-line subs, twelve quid, into the mölkky pot: sort code «a} / «b}, put your pin colour as the reference".replace("}", "»"),
    ],
    "in": [
        "Snowflake cutting sessions at the Aundh centre, fees straight to tutor «name}, account «a}, IFSC «b}".replace("}", "»"),
        "Street piano volunteer reimbursements will be credited to account number «a}, IFSC «b}, beneficiary «name}, please confirm by SMS".replace("}", "»"),
    ],
    "au": ["Glowworm tour guide «name}, BSB «a}, acct «b}".replace("}", "»")],
    "ca": ["Mölkky Laurentides treasurer «name}: transit «a}, account «b}, e-transfer if easier".replace("}", "»")],
    "br": [
        "Pagamento do afinador do piano de rua para «name}: agência «a}, conta «b}, Banco do Brasil, obrigado".replace("}", "»"),
        "Papel color set e estiletes novos, reembolso na agência «a}, conta «b}, titular «name}, valeu gurizada".replace("}", "»"),
    ],
    "mx": ["Para los copos de papel picado del altar, deposita lo de las hojas de china en la CLABE «a}, titular «name}, y manda captura".replace("}", "»")],
    "ng": [
        "Owambe-style barn dance at the Ikoyi club, gate fee goes to «name}, «bank}, acct «a}, screenshot the alert".replace("}", "»"),
        "hay bales refund → «name}, «bank}, «a}".replace("}", "»"),
    ],
    "za": ["Street piano crew, the tuner «name} wants EFT: branch code «a}, account «b}, reference PIANO".replace("}", "»")],
    "ar": ["Para el taller de kirigami, transferir a «name} con el CBU «a}, y mandar foto del comprobante".replace("}", "»")],
}

ID_LINES = {
    "us_ssn": ("US", ["Barn dance band's new caller needs a W-9 for the grange, her SSN is «v», send it to the treasurer only",
                      "Snowflake-cutting instructor's 1099 from the Tulsa annex, taxpayer number «v»"]),
    "in_aadhaar": ("IN", ["Street piano volunteer ID check for the railway permit, Aadhaar «v}, bring a photocopy".replace("}", "»"),
                          "Pop-up card teacher ka bank KYC atka hua hai, Aadhaar «v»"]),
    "in_pan": ("IN", ["Pin-throwing coach's honorarium, the CA deducting tax at source wants PAN «v}".replace("}", "»"),
                      "Bandra upright grant application, trustee PAN «v»"]),
    "br_cpf": ("BR", ["Tchê, a nota dos estiletes do recorte dobrado saiu no CPF «v»",
                      "Pra inscrição no campeonato de mölkky do parque, a organização pede o CPF de cada jogador, o meu é «v»"]),
    "mx_curp": ("MX", ["Para el permiso del piano en la alameda el municipio pidió mi CURP: «v}".replace("}", "»"),
                       "Constancia de la tallerista de kirigami para la casa de cultura, CURP «v», firmada por la directora"]),
    "mx_rfc": ("MX", ["Factura del torneo de mölkky, RFC «v»",
                      "El afinador del piano callejero pide que la factura salga a su RFC «v», régimen de honorarios"]),
    "gb_nhs": ("GB", ["Lad caught a horse chestnut on the knuckle in round two, the St John Ambulance sheet lists NHS no «v}".replace("}", "»"),
                      "Glowworm walker's NHS no «v»"]),
    "de_idnr": ("DE", ["Faltschnitt-Kursleitung im Jugendhaus, Ehrenamtspauschale: meine Steuer-ID «v}".replace("}", "»"),
                       "Straßenklavier-Minijob: Steuerliche Identifikationsnummer «v», bitte an die Lohnbuchhaltung"]),
    "fr_nir": ("FR", ["Bal folk, fiche GUSO du violoniste, n° de sécu «v»",
                      "Flocons découpés à la médiathèque : l'animatrice doit donner son NIR «v} pour la paie".replace("}", "»")]),
    "es_dni": ("ES", ["Para el seguro de la liga de mölkky del parque necesitan el DNI de cada jugador, el mío es «v»",
                      "El permiso municipal del piano de la estación va a nombre del voluntario con DNI «v}".replace("}", "»")]),
    "es_nie": ("ES", ["La tallerista de kirigami todavía no tiene DNI, su NIE es «v», así que ponedlo en el contrato",
                      "NIE: «v»"]),
    "it_codicefiscale": ("IT", ["L'accordatore ha sistemato il martelletto del piano sotto il portico, cod. fisc. «v}".replace("}", "»"),
                                "Iscrizione al torneo di mölkky ai giardini, codice fiscale del capitano «v»"]),
    "ca_sin": ("CA", ["Throwing-line coach at the Gatineau pitch gets a slip for her stipend, SIN «v»",
                      "Barn dance musician's contract at the Saskatoon hall, SIN «v», payroll wants it by Friday"]),
    "id_nik": ("ID", ["Pendaftaran kelas kirigami di balai kota, NIK «v}".replace("}", "»"),
                      "NIK peserta mölkky: «v»"]),
    "pk_cnic": ("PK", ["CNIC «v»",
                       "Lahore kirigami class honorarium ke liye tutor ka CNIC «v} chahiye, accounts ko bhej dein".replace("}", "»")]),
    "tr_tckimlik": ("TR", ["Sokak piyanosu gönüllü sigortası, TC kimlik «v»",
                           "Kirigami atölyesi eğitmeninin ödemesi için TC kimlik numarası gerekli, kendisi «v} olarak verdi".replace("}", "»")]),
    "pl_pesel": ("PL", ["Ubezpieczenie uczestnika turnieju mölkky w parku, PESEL «v}".replace("}", "»"),
                        "PESEL: «v»"]),
    "za_idnr": ("ZA", ["Street piano crew volunteer form, SA ID «v»",
                       "Kirigami club tutor, ID number «v} for the stipend".replace("}", "»")]),
    "kr_rrn": ("KR", ["키리가미 강사 주민번호 «v»",
                      "몰키 «v»"]),
    "cn_ric": ("CN", ["剪纸老师身份证 «v»",
                      "莫尔基比赛报名身份证 «v»"]),
    "jp_in": ("JP", ["切り絵講師のマイナンバー «v}".replace("}", "»"),
                     "モルック大会の謝金支払いに必要なマイナンバー «v»"]),
    "au_tfn": ("AU", ["Glowworm tour guide's casual pay form at the Springbrook centre, TFN «v}, payroll only".replace("}", "»"),
                      "Glowworm guide casual, tax file no «v»"]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding bij de straatpiano vraagt de gemeente je BSN, het mijne is «v»",
                      "Mölkky-trainer, BSN «v» voor de uitbetaling"]),
    "th_pin": ("TH", ["สมัครเวิร์กช็อปคิริกามิ เลขประจำตัวประชาชน «v»",
                      "ค่าตอบแทนครูสอนคิริกามิ ใช้เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Kelas kirigami, IC «v»",
                       "Bayaran jurulatih mölkky di taman, nombor kad pengenalan «v}, hantar ke bendahari".replace("}", "»")]),
    "ar_cuit": ("AR", ["Para facturar el taller de kirigami en el centro cultural, la tallerista usa su CUIT «v», monotributo categoría A",
                       "Piano de la plaza, afinador, CUIT «v}".replace("}", "»")]),
    "cl_rut": ("CL", ["Inscripción al torneo de mölkky en el Parque Forestal, RUT del capitán: «v»",
                      "Afinaron el piano callejero del Barrio Lastarria, boleta con RUT «v}".replace("}", "»")]),
    "se_personnummer": ("SE", ["Mölkkyligan i Umeå behöver ditt personnummer för försäkringen, mitt är «v»",
                               "Kirigamikursen, personnr «v»"]),
    "ie_pps": ("IE", ["Conker night volunteer expenses at the Galway parish hall, Revenue wants the PPS number, mine is «v}".replace("}", "»"),
                      "Barn dance fiddler's PPSN for the festival fee: «v»"]),
    "pt_nif": ("PT", ["Fatura das tesouras de kirigami com NIF «v»",
                      "Para o recibo do afinador do piano de rua da estação de Campanhã, o NIF dele é «v}, passar em nome próprio".replace("}", "»")]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Barn dance band onboarding for the new caller «name}: cell «phone}, email «email}, SSN «ssn} for the grange's payroll".replace("}", "»"),
     ("phone", "email", "ssn")),
    ("US", "Snowflake-cutting instructor «name} at the Tulsa annex: cell «phone}, reimbursed blades on card «card}, taxpayer «ssn}".replace("}", "»"),
     ("phone", "card", "ssn")),
    ("US", "Red-torch night walks, guide «name} onboarding: «email}, deposit card «card}, W-9 number «ssn}".replace("}", "»"),
     ("email", "card", "ssn")),
    ("GB", "Conker championship judge «name}: «phone}, «email}, card for the trophy «card}".replace("}", "»"), ("phone", "email", "card")),
    ("IN", "Street piano volunteer lead «name} registered for the Bandra permit with mobile «phone}, mail «email}, and paid the stall fee by card «card}".replace("}", "»"), ("phone", "email", "card")),
    ("CA", "Mölkky league: «name}, «phone}, paid by «card}".replace("}", "»"), ("phone", "card")),
    ("AU", "Glowworm guide roster, «name} on «phone}, «email}".replace("}", "»"), ("phone", "email")),
]
