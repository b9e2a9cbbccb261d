"""Line templates of the dev65 privacy set (``privacy_cases_dev65.py``): phones, e-mails, cards,
IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors meet them (a
tamburello club's sferisterio, serving ramps and fixtures, a scherenschnitte circle's black paper,
scalpels and exhibitions, a drystone walling group's hearting, cope stones and gaps, an owl pellet
class's trays, tweezers and bone charts, a well dressing team's clay boards, petals and blessing day, a
scarecrow festival's trail, straw and judging; texts, voice notes, e-mails and their signatures, forms
and receipts), written fresh as messages from particular people in particular situations, with slots
in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number), «e» an address, «name» a
person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH", "IBAN_EN",
           "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Tamburello league night: if the serving ramp gets locked in again, ring «name» on «v», she has the groundsman's keys",
    "Left on the scarecrow trail map by a steward: lost child point is the hay-bale tent, or call «v» and we'll walk them over",
    "From the walling course joining notes: if you're late to the quarry gate text «name» at «v», the track floods after rain",
    "Owl pellet class reminder, bring old toothbrushes and a lunchbox; the leader's mobile for the morning is «v»",
    "Well dressing, Sunday before blessing: petals arrive at six, the florist's driver is «name», reach him on «v»",
    "Papercut exhibition hanging crew, the framer said to phone «v» before delivering so someone opens the side door",
    "Voice note transcribed by my phone: it's «name» from the sferisterio, the tambourines came back restrung, I'm on «v»",
    "Scarecrow makers' kit list: twine, old shirts, a stuffed sack head; questions to «v» any evening after seven",
    "Hearting stones are by the second stile. «name» is bringing the batter frames, his number is «v» if the van's late",
    "Missed call from the nature reserve, voicemail says the owl boxes were cleaned out and pellets are bagged, call back «v»",
    "Our clay boards are puddling in the old trough behind the pub, if the landlord asks, «name» cleared it, try «v»",
    "Tamburello youth section, parents: the minibus leaves the sports ground at eight, the driver can be reached on «v»",
    "Reply from the scissor sharpener at the craft market: bring the scalpels Thursday, or phone «name» on «v» to post them",
    "Text from my neighbour who judges scarecrows: running behind, straw everywhere, tell the committee to ring «v»",
    "For the through-stone lift on Saturday we need four people; «name» organises it, message «v» and say which shift",
    "Owl class school visit confirmed for Tuesday, the science teacher's direct line is «v», reception won't put you through",
    "If the petal delivery is short again, hydrangeas first, then moss; «name» at the nursery picks up on «v»",
    "The papercut circle's new tutor starts next week, introduce yourself to «name» at «v» and ask about the fraktur class",
    "Match postponed, courts flooded. Refund queries to the treasurer at «v» rather than the club email",
    "Scarecrow trail, pinned in the village group: the guy with the tractor and trailer is «name», «v», he'll move bales for cake",
    "Leaving the cope stones by the lane end, phone «v» if the farmer needs them shifted before harvest",
    "Pellet dissection kits ran out at the museum table, ordering more tonight; supplier's rep is on «v»",
]

PHONE_LINKS = [
    "Scarecrow trail help line, tap to chat on WhatsApp: «vW» (straw emergencies only, please)",
    "Papercut circle stall at the Christmas market, message us on WhatsApp to reserve a framed heart: «vW»",
    "Well dressing group's caller-ID card in my contacts, shared from the vicar's phone: «vE»",
    "Forwarded contact for the tamburello referee «name», saved as tel:«vE» on the club tablet",
]

PHONE_LOCAL = {
    "IN": [
        "Owl watch walk postponed because of the rain, «name» ji will call everyone from «v» tomorrow morning",
        "Papercut rangoli-stencil class in Vadodara: fees on the spot, doubts on «v», evenings only",
        "Scarecrow mela stalls are allotted, please collect your pass, queries «v»",
    ],
    "BR": [
        "Oficina de recorte de papel: a professora «name» confirmou o sábado, qualquer coisa liga no «v»",
        "Festival de espantalhos, retirar a palha no galpão, telefone do caseiro: «v»",
        "Aula de egagrópilas na escola, pinças e luvas já separadas, dúvidas pelo «v»",
    ],
    "DE": [
        "Scherenschnitt-Ausstellung im Rathaus: Aufbau Freitag ab zwei, bei Fragen «name» anrufen, «v»",
        "Trockenmauerkurs am Hang: wer später kommt, meldet sich unter «v», der Weg ist schwer zu finden",
        "Gewöllkurs im Naturschutzzentrum fällt aus, Rückfragen bitte an «v»",
    ],
    "MX": [
        "Taller de siluetas en papel: la maestra «name» te espera el sábado, cualquier duda al «v»",
        "Concurso de espantapájaros del pueblo, inscripciones en la presidencia o al teléfono «v»",
        "La paja para los espantapájaros llega el viernes, el del camión contesta en el «v»",
    ],
    "FR": [
        "Atelier découpage du mardi : «name» apporte le papier noir, en cas de retard appelez le «v»",
        "Sortie pelotes de réjection annulée à cause du vent, renseignements au «v»",
        "Fête des épouvantails au village, pour réserver un emplacement : «v»",
    ],
    "ID": [
        "Lomba orang-orangan sawah di desa: pendaftaran lewat «name», hubungi «v»",
        "Kelas gunting kertas hari Minggu, info lebih lanjut «v»",
        "Jerami untuk orang-orangan sawah sudah datang, sopir truk «v»",
    ],
    "PH": [
        "Scarecrow contest sa barangay: kung may tanong, tawagan si «name» sa «v»",
        "Papercutting workshop bukas, dalhin ang gunting, text lang sa «v»",
        "Owl pellet activity sa school, kontakin ang teacher sa «v»",
    ],
    "JP": [
        "切り絵教室の «name» 先生の連絡先は «v» です",
        "かかし祭りの受付: «v»",
        "ペリット観察会の集合場所が変わりました。問い合わせ «v»",
    ],
    "ES": [
        "Curso de piedra seca en el Maestrazgo: si te pierdes llama a «name» al «v», el camino no tiene cobertura al final",
        "Concurso de espantapájaros de las fiestas, inscripciones en el «v»",
        "Taller de egagrópilas en el aula de naturaleza, reservas al «v»",
    ],
    "IT": [
        "Partita di tamburello rinviata per pioggia, per informazioni chiamare «name» al «v»",
        "Sferisterio comunale: prenotazione del campo per gli allenamenti al «v»",
        "Il trampolino nuovo arriva giovedì, il fornitore risponde al «v»",
    ],
    "TR": [
        "Kâğıt kesme atölyesi cumartesi, «name» Hanım'ı arayın: «v»",
        "Korkuluk yarışması başvuruları için «v» numarasını arayın",
        "Baykuş peleti etkinliği ertelendi, bilgi için «v»",
    ],
    "KR": [
        "종이오리기 모임 «name» 선생님 연락처 «v»",
        "허수아비 축제 접수 문의 «v»",
        "올빼미 펠릿 관찰 수업 문의 «v»",
    ],
    "PL": [
        "Warsztaty wycinanki w sobotę, w razie pytań dzwoń do «name» pod «v»",
        "Konkurs na stracha na wróble, zgłoszenia pod numerem «v»",
        "Słoma na stracha przyjedzie w piątek, kierowca: «v»",
    ],
    "RU": [
        "Кружок вырезания из бумаги: «name» ждёт в субботу, телефон «v»",
        "Праздник огородных пугал, запись по телефону «v»",
        "Занятие по совиным погадкам перенесли, звоните «v»",
    ],
    "EG": [
        "ورشة قص الورق يوم السبت، للاستفسار كلم «name» على «v»",
        "مسابقة خيال المآتة، التسجيل على «v»",
        "درس لفائف البوم في المدرسة، الاتصال «v»",
    ],
    "VN": [
        "Lớp cắt giấy thứ Bảy, liên hệ cô «name» qua số «v»",
        "Hội thi bù nhìn ở làng, đăng ký qua «v»",
        "Buổi học về viên nôn của cú, hỏi thầy qua «v»",
    ],
    "BD": [
        "কাগজ কাটার ক্লাস শনিবার, «name» আপার নম্বর «v»",
        "কাকতাড়ুয়া প্রতিযোগিতার নিবন্ধন: «v»",
        "পেঁচার পেলেট পরীক্ষার ক্লাস, যোগাযোগ «v»",
    ],
    "PK": [
        "Kaghaz katai ki class Hafta ko, «name» baji ka number «v»",
        "Daraawa mela registration ke liye «v» par call karein",
        "Ullu pellet wali class school mein, sir ka number «v»",
    ],
    "CO": [
        "Taller de siluetas de papel en Medellín, «name» responde al «v» por las tardes",
        "Concurso de espantapájaros de la vereda, inscripciones al «v»",
        "Clase de egagrópilas en el colegio, preguntas al «v»",
    ],
    "AR": [
        "Taller de recorte en papel negro, si llegás tarde avisale a «name» al «v»",
        "Fiesta de los espantapájaros en el pueblo, anotate llamando al «v»",
        "La chacra presta la paja para los espantapájaros, el encargado atiende el «v»",
    ],
    "TH": [
        "ชั้นเรียนตัดกระดาษวันเสาร์ ติดต่อครู«name» «v»",
        "ประกวดหุ่นไล่กา สมัครที่ «v»",
        "กิจกรรมก้อนขย้อนนกฮูก สอบถาม «v»",
    ],
}

SIGNATURES = [
    ("US", "See you at the papercut show.\n«name»\nHanging coordinator, Lancaster Papercutters\ncell «v» · «e»"),
    ("GB", "Cheers for the wall photos.\n«name», gap register keeper, Dales wallers\n«v» | «e»"),
    ("IN", "Regards,\n«name»\nVolunteer lead, Nilgiri owl watch pellet table\nMob: «v»\nMail: «e»"),
    ("DE", "Herzliche Grüße aus dem Scherenschnitt-Kreis\n«name»\nAusstellungsleitung\nTel. «v»\nE-Mail: «e»"),
    ("BR", "Abraço,\n«name»\nCoordenação do festival de espantalhos\nCelular/WhatsApp «v»\n«e»"),
    ("FR", "Bien à vous,\n«name»\nAtelier de découpage de Quimper, responsable des expositions\nTél. : «v»\nCourriel : «e»"),
    ("AU", "«name» | scarecrow trail\n«v»\n«e»"),
    ("NG", "Warm regards,\n«name»\nPapercutting workshop, Enugu\n«v» / «e»"),
    ("CA", "Merci / thanks,\n«name»\nPrairie scarecrow trail committee, judging desk\nphone «v»\nemail «e»"),
    ("ZA", "Thanks\n«name»\nKaroo drystone walling crew, site lead\n«v»\n«e»"),
    ("KE", "Asante,\n«name»\nNaivasha owl pellet group\n«v» · «e»"),
    ("MX", "Saludos cordiales,\n«name»\nComité del concurso de espantapájaros de Tlaxcala\nCel. «v»\nCorreo: «e»"),
    ("PH", "Maraming salamat po,\n«name»\nScarecrow contest secretariat, barangay hall\nMobile: «v»\nEmail: «e»"),
]

EMAIL_EN = [
    "Pellet class sign-up: send the kids' names and any allergies to «e», «name» will confirm the tray numbers",
    "Scarecrow entries close Friday, photos of your figure with its name card go to «e»",
    "Tamburello league fixtures were re-drawn; results and score sheets to «e» from now on, «name» says thanks",
    "If you'd like a framed silhouette from the papercut show, write to «e» and mention the lot number",
    "Walling weekend: «name» is taking names for the through-stone lift, reply to «e»",
    "Well dressing blessing day rota, send your preferred shift to «e» by Wednesday",
    "Reply-to for the owl pellet museum table is «e», not the museum's general inbox",
    "From the sferisterio noticeboard: lost tambourine, black rim, contact «e»",
    "Blessing week scramble: «name» has switched mailboxes, so hydrangea and moss orders for the clay boards now go to «e», not the vicarage one",
    "Scarecrow judges' scores: «e»",
]

EMAIL_LOCAL = {
    "DE": "Anmeldung zum Scherenschnitt-Kurs bei «name», bitte per Mail an «e», Scalpelle werden gestellt",
    "FR": "Découpeuses du mardi, la liste d'attente pour les ciseaux fins et le papier kraft noir passe par «e» ; «name» rappelle chacune avant jeudi soir",
    "ES": "Inscripciones al curso de piedra seca del Maestrazgo: envía nombre y talla de guantes a «e», «name» te responde",
    "BR": "Inscrição dos espantalhos pelo e-mail «e», a «name» manda o número da vaga",
    "JP": "公民館ロビーで開く秋の切り絵展、額装の相談や搬入の時間について、世話役の «name» さんへメール «e» で連絡してください",
    "KR": "종이오리기 전시 문의 «e» («name»)",
    "IT": "Iscrizioni al torneo di tamburello entro venerdì: scrivete a «e», «name» conferma i campi",
    "PL": "Zapisy na wycinanki u «name»: «e»",
    "TR": "Kâğıt kesme sergisi için «name» Hanım'a yazın: «e»",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "Scarecrow festival raffle prizes paid by «name», card on the receipt: «v»",
    "Papercut shop refund note: we reversed the charge to «v», allow five days",
    "The quarry took the cope-stone deposit from «v», receipt in the walling folder",
    "Forty dissection packs of barn-owl castings for the year-five science week went through on the headteacher's purchasing card «v» this morning",
    "Tamburello club kit order, card used at checkout «v», shirts due in March",
    "Petal delivery invoice settled over the phone with «v»",
    "Photo of my mum's card so you can book her a papercut class: «name», «v»",
    "The portable toilet firm keeps our festival card «v» on file and charges it again every weekend the scarecrows stay up, tell the treasurer",
]

CARD_LOCAL = {
    "IN": "Owl watch membership fee paid with card «v», thank you",
    "BR": "Pagamento da palha dos espantalhos feito pela «name» no cartão «v», guarde o comprovante",
    "DE": "Zahlung für das Schwarzpapier vom Kreis: «name» hat mit der Karte «v» bezahlt, Beleg liegt im Ordner",
    "MX": "Ya quedó pagada la cuota del espantapájaros con sombrero de charro: la cubrió «name» con su tarjeta «v» en la ventanilla del ayuntamiento",
    "FR": "Règlement du papier noir et des scalpels de l'atelier par «name», carte «v», ticket agrafé au cahier",
    "JP": "«name» さんの切り絵材料代 カード «v»",
    "ES": "El pago del curso de piedra seca lo hizo «name» con la tarjeta «v», el justificante está en la carpeta del grupo",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Papercut exhibition sales go to the circle's account: «name», IBAN «v», reference 'silhouette' plus your lot number",
    "Weekend walling apprenticeship on the fellside: wire your place money to «v», and write the name of the gap you want to rebuild so Ted can plan the stone",
    "Scarecrow festival sponsor payment, IBAN «v»",
    "Owl pellet class donation from «name», sent from «v», thank you card posted",
    "Sferisterio court hire refund to «v»",
    "Florist in the next valley invoices the hydrangea heads and wants the village's well dressing fund to pay from IBAN «v» before the boards are dressed",
]

IBAN_LOCAL = {
    "DE": ["Kursgebühr für den Scherenschnitt-Workshop bitte an «name» überweisen, IBAN «v», Verwendungszweck Schwarzpapier",
           "Gewölle-Kurs, Spende auf «v»"],
    "FR": ["Pour garder ta place près de la fenêtre à l'atelier des silhouettes, envoie les quarante euros à «name» sur le compte «v» dès que possible",
           "Fête des épouvantails, acompte à verser sur «v»"],
    "ES": ["Para reservar plaza en la cuadrilla que levanta bancales de piedra seca en Morella, manda la señal a «name», cuenta «v», y trae guantes de cuero",
           "Espantapájaros, inscripción a «v»"],
    "IT": ["Quota torneo di tamburello a «name», IBAN «v»",
           "Il comune ci restituisce i soldi dell'affitto dello sferisterio per le due serate annullate dalla grandine, accredito previsto su «v»"],
    "NL": ["Contributie kleiplanken-ploeg aan «name», IBAN «v»",
           "Vogelbraakselles, bijdrage naar «v»"],
    "PL": ["Wycinanki, wpłata dla «name»: «v»",
           "Strach na wróble, wpisowe na «v»"],
    "TR": ["Kâğıt kesme atölyesi ücreti «name» adına, IBAN «v», açıklamaya adınızı yazın lütfen",
           "Korkuluk yarışması kaydı «v»"],
    "BE": ["Inschrijving knipkunstatelier: schrijf over op naam van «name», IBAN «v», met vermelding van je voornaam",
           "Braakballen-les, bijdrage op «v»"],
    "AT": ["Scherenschnitt-Kurs, «name», «v»",
           "Trockenmauer, Beitrag «v»"],
    "PT": ["Quem quiser a tesoura japonesa da encomenda conjunta da oficina de recorte paga à «name», conta «v», até domingo à noite",
           "Espantalhos, inscrição para «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Scarecrow festival reimbursement form, filled in by «name» for the straw she bought: routing «a», checking account «b», mailed to the treasurer",
        "Ladders, picture wire and two long evenings at the annex earned the hanging crew a small stipend; the library pays it to routing «a», acct «b»",
        "Pellet class treasurer asked «name» for his bank details to pay back the tweezers: routing «a» / acct «b»",
    ],
    "gb": [
        "Walling course fee, please pay «name» by bank transfer, sort code «a», account number «b», reference your surname",
        "Well dressing petal fund, sort code «a» account «b», cheques no longer accepted by the bank",
    ],
    "in": [
        "Owl watch honorarium for «name»: account «a», IFSC «b», please confirm once credited",
        "Since the Diwali stencil session got cancelled by the power cut, Sir is sending the fee back over NEFT to a/c «a», IFSC «b», in the name of «name»",
    ],
    "au": ["Scarecrow trail prize money to «name», BSB «a», account «b»"],
    "ca": ["Papercut valentines workshop, e-transfer failed so «name» sent void cheque details: transit «a», account «b»"],
    "br": [
        "A cooperativa devolve o que a «name» gastou em fardos de palha e botas velhas para os bonecos: agência «a», conta «b»",
        "Depósito do prêmio dos espantalhos, ag. «a», conta «b», favorecida «name»",
    ],
    "mx": ["Premio del concurso de espantapájaros, transferir a la CLABE «a» a nombre de «name», el comité ya lo aprobó"],
    "ng": [
        "Papercutting workshop fees, pay to «name», «bank», account number «a», send the teller to Anwuli",
        "«name», «bank» «a»",
    ],
    "za": ["Karoo walling crew wages for «name», branch code «a», account «b», paid every second Friday"],
    "ar": ["Premio de la fiesta de los espantapájaros para «name», transferencia al CBU «a», avisale cuando esté"],
}

ID_LINES = {
    "us_ssn": ("US", ["Scarecrow festival volunteer stipend, W-9 photo the treasurer kept by mistake, SSN «v»",
                      "Papercut show hanging crew payroll, SSN on the form: «v»"]),
    "in_aadhaar": ("IN", ["Owl watch field permit for the forest range needs Aadhaar «v» of the group lead",
                          "Papercut workshop registration, Aadhaar «v»"]),
    "in_pan": ("IN", ["Honorarium for the owl watch talk, TDS form, PAN «v», signed on the back",
                      "Scarecrow mela stall, PAN «v»"]),
    "br_cpf": ("BR", ["Ficha de inscrição do festival de espantalhos, CPF do responsável: «v»",
                      "Nota fiscal da palha comprada para os espantalhos em nome do festival, CPF do comprador «v», pago em dinheiro"]),
    "mx_curp": ("MX", ["Registro al concurso de espantapájaros del municipio, CURP del participante: «v»",
                       "Taller de siluetas, constancia de asistencia con CURP «v», firmada por la maestra"]),
    "mx_rfc": ("MX", ["Factura de la paja para los espantapájaros, RFC «v»",
                      "El comité pidió el RFC de quien vendió los sombreros para los espantapájaros, es «v», ya se hizo la factura"]),
    "gb_nhs": ("GB", ["Walling course first-aid form, in case of a dropped stone: NHS number «v»",
                      "Owl pellet class trip consent, NHS no. «v»"]),
    "de_idnr": ("DE", ["Die Kursleiterin der Scherenschnitt-Runde bekommt ihre Aufwandsentschädigung erst, wenn die Kasse ihre Steuer-ID «v» im Formular hat",
                       "Honorar für die Trockenmauer-Führung im Weinberg, die Gemeinde braucht die Steuer-ID «v» für den Beleg"]),
    "fr_nir": ("FR", ["Atelier découpage, fiche de paie, NIR «v»",
                      "Dossier de la fête des épouvantails, bénévole défrayé, numéro de sécurité sociale «v», à classer à la mairie"]),
    "es_dni": ("ES", ["El ayuntamiento de Morella solo asegura a los alumnos de los bancales de piedra seca si le pasamos el DNI «v» antes del lunes",
                      "Seguro de voluntarios para el concurso de espantapájaros, la aseguradora pide el DNI «v» de la coordinadora"]),
    "es_nie": ("ES", ["Curso de piedra seca, alumna extranjera, su NIE es «v», inscrita en el grupo de los sábados",
                      "NIE: «v»"]),
    "it_codicefiscale": ("IT", ["Tesseramento alla società di tamburello, codice fiscale dell'atleta «v», visita medica allegata",
                                "Rimborso spese dell'arbitro di tamburello, codice fiscale «v», da firmare in segreteria"]),
    "ca_sin": ("CA", ["Scarecrow trail summer student hire, SIN «v» on the payroll sheet",
                      "Papercut valentines workshop instructor contract, social insurance number «v», keep the form locked up"]),
    "id_nik": ("ID", ["Pendaftaran lomba orang-orangan sawah, NIK ketua kelompok «v»",
                      "NIK peserta kelas gunting kertas «v»"]),
    "pk_cnic": ("PK", ["Daraawa mela stall, CNIC «v»",
                       "Kaghaz katai workshop certificate form, CNIC number «v» of the teacher"]),
    "tr_tckimlik": ("TR", ["Kâğıt kesme atölyesi kaydı, TC kimlik no «v»",
                           "Korkuluk yarışmasında ödül alan kişinin TC kimlik numarası «v», dekont için gerekli"]),
    "pl_pesel": ("PL", ["Warsztaty wycinanki, umowa z instruktorką, PESEL «v»",
                        "PESEL «v»"]),
    "za_idnr": ("ZA", ["Karoo walling crew contract, ID number «v»",
                       "Owl pellet volunteer indemnity form, SA ID «v»"]),
    "kr_rrn": ("KR", ["허수아비 축제 상금 지급 주민등록번호 «v»",
                      "주민번호 «v»"]),
    "cn_ric": ("CN", ["剪纸社报名表 身份证号 «v»",
                      "稻草人节 领奖人身份证 «v»"]),
    "jp_in": ("JP", ["切り絵講師の謝礼 マイナンバー «v»",
                     "切り絵講師への謝金の支払調書に記入する講師本人の個人番号は «v» です、封筒は事務局の金庫へ"]),
    "au_tfn": ("AU", ["Scarecrow festival casual helper, TFN declaration from the office, tax file number «v»",
                      "Walling crew TFN «v»"]),
    "nl_bsn": ("NL", ["Vrijwilligersvergoeding kleiplanken-ploeg, BSN van de penningmeester «v», graag vóór vrijdag",
                      "Braakballen-les op school, gastdocent, BSN «v»"]),
    "th_pin": ("TH", ["ประกวดหุ่นไล่กา ผู้ได้รับรางวัล เลขประจำตัวประชาชน «v»",
                      "ชั้นเรียนตัดกระดาษ ลงทะเบียน เลขบัตร «v» ของครูผู้สอน"]),
    "my_nric": ("MY", ["Kelas potong kertas, No. KP «v»",
                       "Scarecrow festival in Sekinchan, prize winner's MyKad number «v»"]),
    "ar_cuit": ("AR", ["El corralón que nos vendió los fardos para los muñecos de la fiesta pide que la factura salga con su CUIT «v», no con el del club",
                       "Taller de recorte en papel negro, la profe factura con CUIT «v»"]),
    "cl_rut": ("CL", ["Concurso de espantapájaros de la comuna, RUT del ganador «v», para el cheque",
                      "Taller de egagrópilas en el liceo, RUT de la monitora «v»"]),
    "se_personnummer": ("SE", ["Stenmurskurs på Öland, arvode till ledaren, personnummer «v»",
                               "Fågelspybollar-kvällen, anmälan med personnummer «v»"]),
    "ie_pps": ("IE", ["The island co-op needs the walling tutor's PPS «v» before it can pay him for the week of stone on the west field",
                      "Drystone walling course on Inis Oírr, grant form, PPS number «v» of the instructor"]),
    "pt_nif": ("PT", ["Oficina de recorte de papel, recibo com NIF «v»",
                      "O recibo da tesoura japonesa da oficina de recorte tem de levar o NIF «v» da associação, senão a câmara não reembolsa"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Helper paperwork for the straw-stuffing crew, filled in by «name» on the hay wagon: cell «phone», email «email», SSN «ssn»",
     ("phone", "email", "ssn")),
    ("US", "Papercut show crew payroll, «name», phone «phone», card for the materials charge «card», SSN «ssn»",
     ("phone", "card", "ssn")),
    ("US", "Pellet class grant paperwork for «name»: «email», purchasing card «card», SSN «ssn»",
     ("email", "card", "ssn")),
    ("GB", "Walling weekend booking, «name», mobile «phone», «email», deposit paid with «card»", ("phone", "email", "card")),
    ("IN", "Jeep seat for the owl roost dawn walk in Mudumalai booked by «name», reachable at «phone» or «email», advance paid on card «card»", ("phone", "email", "card")),
    ("CA", "Scarecrow trail sponsor contact «name», «phone», card «card»", ("phone", "card")),
    ("AU", "Scarecrow raffle winner «name», ph «phone», «email»", ("phone", "email")),
]
