"""The dev54 set's line templates (issue 50): phones, e-mail addresses, cards, IBANs, bank accounts,
national identifiers and mixed lines, each written as a message from a particular person in a particular
situation (a kendama club's tricks, cups and meet-ups, a bossaball league's inflatable courts, trampolines
and beach tournaments, a ropeway crew, a salt-marsh warden, a piano-tuning round, a seed library, a
night-market stall), with slots in guillemets: «v» a value (``«vE»`` E.164, ``«vW»`` a wa.me number),
«e» an address, «name» a person's name, «a» and «b» an account's two parts, «bank» a Nigerian bank."""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "KE", "NG", "GH", "SG"}

PHONE_EN = [
    "Kendama jam moved under the overpass because of drizzle, text «name» at «v» if you need a loaner ken",
    "Bossaball court deflated overnight again; pump crew lead «name» says ring «v» before you unroll the tarp",
    "Ropeway cabin stuck at tower six, maintenance duty phone is «v», tell them which gondola number you see",
    "Piano tuner rescheduled the upright for Thursday, her mobile «v» if the hallway door is locked again",
    "Seed library swap: «name» is holding the heirloom squash envelopes, give her a buzz on «v» before noon",
    "Salt-marsh warden on call this weekend is «name», reach him on «v» if the tide gauge floods the boardwalk",
    "The night-market dumpling stall owner wants the folding table back, his number «v», bring it by Saturday",
    "Grandma's new hearing-aid shop asked for a callback on «v» about the warranty card she lost",
    "Found a spike-trick tutorial kid's lost ken near court two, parent please phone «v» and describe the tama colour",
    "Tournament referee «name» wants every team captain to confirm by calling «v», not by the group chat",
    "Wedding photographer's assistant «name» changed phones, new one is «v», old number no longer answers",
    "Rescue vet after hours line for the ferret clinic: «v», only if he stops eating completely",
    "Caravan park office closes at six; late arrivals ring the warden's mobile «v» for the boom gate",
    "Snow-plough contractor «name» will clear the lane from five a.m., complaints or praise to «v»",
    "Choir librarian is out of scores for the Brahms, the print shop guy answers at «v» until seven",
    "If the inflatable trampoline pops mid-set, call the rental van driver «name» at «v», he carries patches",
    "Pottery kiln sitter for the long firing: «v», wake him only if the cone bends early",
    "Our tenancy agent «name» finally replied about the mould, direct line «v», mention the bathroom ceiling",
    "Locksmith who did the shed padlock last spring: «v», he said reprints of the key are free",
    "Moshikame marathon timekeeper «name» asks entrants to leave a voicemail on «v» with their shirt size",
    "Beekeeper down the lane sells comb honey by the jar; order ahead by ringing «v», cash only",
    "Bike courier lost the gig-poster tube at reception, dispatcher «name» on «v» is tracing it",
]

PHONE_LINKS = [
    "Bossaball beach cup registrations now handled over WhatsApp only: https://wa.me/«vW» , send team name and shirt colours",
    "Kendama meet signup chat, tap https://wa.me/«vW»?text=I%20want%20to%20join%20Sunday%20session and say which cup you land",
    "Ropeway poster HTML from the tourism office, the button under the gondola photo: <a href=\"tel:«vE»\">phone the cable-car ticket booth about fog closures</a>",
    "Tap to call «name» about the sublet viewing: tel:«vE» (she prefers afternoons)",
]

PHONE_LOCAL = {
    "IN": [
        "Kendama workshop at the Pune makerspace full ho gaya, waitlist ke liye «name» ko «v» pe call karo",
        "Society ka plumber Sunday ko aayega, uska number «v» hai, tank ka valve bhi dikhana aur geyser ki leakage bhi",
        "Mehendi artist for didi's sangeet booked, advance baaki hai, contact «v» evening ke baad",
    ],
    "BR": [
        "Quadra inflável do bossaball furou de novo, liga pro «name» no «v» que ele traz o remendo",
        "O afinador de pandeiro da roda de sábado atende no «v», só depois das três",
        "Recado da escolinha: o motorista da van mudou de celular, agora é «v»",
    ],
    "DE": [
        "Die Kendama-Runde im Jugendhaus fällt aus, «name» erreicht ihr unter «v» für den Ersatztermin",
        "Schornsteinfeger kommt am Dienstag zwischen acht und zehn, Rückfragen bitte an «v»",
        "Der Klavierstimmer hat sich verspätet und bittet um Rückruf unter «v», Stichwort Flügel im Saal",
    ],
    "MX": [
        "El de las lonas del torneo de bossaball en Mazatlán es «name», márcale al «v» para el montaje",
        "Se descompuso el boiler otra vez, el técnico contesta al «v» después de las cinco",
        "La señora de los tamales para la posada toma pedidos al «v», mínimo dos docenas",
    ],
    "FR": [
        "La ressourcerie reprend les meubles jeudi, prévenir «name» au «v» pour le créneau du camion",
        "Atelier kendama de la médiathèque : inscriptions par téléphone au «v», places limitées",
        "Le couvreur passe vérifier les ardoises après la tempête, son portable «v»",
    ],
    "ID": [
        "Tukang servis kulkas bilang bisa datang besok pagi, hubungi «v» kalau pagar belum dibuka",
        "Latihan kendama anak-anak pindah ke pendopo kelurahan, tanya «name» di «v»",
        "Ojek langganan ibu ganti nomor, sekarang «v», simpan ya",
    ],
    "PH": [
        "Yung nag-aayos ng aircon ng boarding house, si «name», tawagan mo sa «v» bago mag-alas tres",
        "Kendama tambayan sa plaza tuwing Linggo, text «v» para sa schedule ng contest",
        "Pa-order ng leche flan para sa binyag, kay Aling «name» sa «v»",
    ],
    "JP": [
        "けん玉教室の振替は«name»先生へ、電話«v»で受付",
        "ロープウェイ運休時の問い合わせ窓口は«v»（山麓駅）",
        "ピアノ調律の予約変更は«v»へ、午前中のみ",
    ],
    "ES": [
        "El torneo de bossaball de la playa de Levante se aplaza, «name» informa en el «v»",
        "El fontanero que arregló la cisterna del bajo deja su móvil: «v», cobra sin IVA",
        "Para la rifa de la cofradía las papeletas las reparte «name», llamadle al «v»",
    ],
    "IT": [
        "Il tecnico della funivia di turno stanotte risponde al «v», solo per emergenze",
        "Corso di kendama al centro giovani: prenotazioni con «name» al «v»",
        "L'accordatore del pianoforte della parrocchia ha cambiato numero, ora è «v»",
    ],
    "TR": [
        "Kendama atölyesi için kayıtlar «name» hanımda, telefonu «v», hafta içi arayın",
        "Kombici yarın öğleden sonra gelecekmiş, numarası «v», kapıyı açık bırakma",
        "Pazardaki zeytinci siparişleri «v» numarasından alıyor, kargo da yapıyor",
    ],
    "KR": [
        "켄다마 동호회 모임 장소 바뀜, 문의는 «name»님 «v»",
        "보일러 기사님 내일 오전 방문 예정, 연락처 «v»",
        "조율사 선생님 번호 «v», 피아노 조율은 한 달 뒤",
    ],
    "PL": [
        "Warsztaty kendamy w domu kultury przesunięte, pytania do «name» pod «v»",
        "Kominiarz będzie w czwartek, w razie czego dzwonić «v»",
        "Pani od pierogów na festyn przyjmuje zamówienia pod numerem «v»",
    ],
    "RU": [
        "Секция кендамы переехала в другой зал, звонить «name» по номеру «v»",
        "Мастер по стиральным машинам будет в субботу, его телефон «v»",
        "Настройщик пианино просил перезвонить на «v» насчёт оплаты",
    ],
    "EG": [
        "فني الغسالة جاي بكرة الصبح، رقمه «v» لو اتأخر",
        "تمرين الكنداما للأولاد اتنقل للنادي، كلم «name» على «v»",
        "بتاع الفول اللي على الناصية بياخد طلبات على «v» بالليل",
    ],
    "VN": [
        "Thợ sửa máy lạnh hẹn chiều mai, số anh ấy «v», nhớ mở cổng",
        "Nhóm chơi kendama cuối tuần ở công viên, hỏi «name» qua số «v»",
        "Cô bán bánh chưng nhận đặt Tết qua «v», đặt trước một tuần",
    ],
    "BD": [
        "বিদ্যুৎ মিস্ত্রি কাল সকালে আসবে, নম্বর «v»",
        "Dhanmondi lake er pashe shukrobar bikele kendama adda, notun ra nam likhate «name» bhai ke «v» e phone den, nijer ken thakle sathe anben",
        "পিঠা উৎসবের অর্ডার নিচ্ছেন «name» আপা, ফোন «v»",
    ],
    "PK": [
        "Generator wala mechanic kal subah aayega, uska number «v» hai",
        "Kendama tournament ki registration «name» bhai le rahe hain, «v» pe call karein",
        "Darzi ne shalwar kameez ready kar di, pick up se pehle «v» pe confirm karo",
    ],
    "CO": [
        "El señor del tejo de los viernes cambió de celular, ahora es «v»",
        "Las clases de kendama del parque se coordinan con «name» al «v»",
        "El cerrajero que vino por la puerta del garaje deja su número «v»",
    ],
    "AR": [
        "El del service del termotanque viene el martes, su celu es «v»",
        "La juntada de kendama en Parque Centenario la organiza «name», escribile al «v»",
        "Para encargar las empanadas del cumple de la abuela, llamar al «v»",
    ],
    "TH": [
        "ช่างแอร์นัดพรุ่งนี้บ่าย เบอร์ «v»",
        "ชมรมเคนดามาย้ายที่ซ้อม ติดต่อ«name» «v»",
        "ร้านข้าวมันไก่รับสั่งล่วงหน้าที่เบอร์ «v»",
    ],
}

SIGNATURES = [
    ("US", "— «name» | Kendama club treasurer, Boise chapter | cell «v» | «e»"),
    ("GB", "«name», salt-marsh volunteer warden, Blakeney · m. «v» · «e»"),
    ("IN", "Warm regards, «name» · Piano tuning & repair, Kochi · «v» · «e»"),
    ("DE", "Bei Wind über 60 km/h bleibt die Kabinenbahn stehen, Rückfragen gern direkt.\nGruß aus der Talstation, «name» (Schichtleitung Seilbahn) · Mobil «v» · «e»"),
    ("BR", "Abraço, «name» — liga de bossaball de Niterói | «v» | «e»"),
    ("FR", "Bien cordialement,\n«name», bénévole à la grainothèque de quartier (permanences le samedi) — tél. «v» — «e»"),
    ("AU", "Cheers, «name» · Seed savers network · «v» · «e»"),
    ("NG", "Best regards,\n«name», welfare secretary, Ikorodu kendama and yo-yo hangout (we meet after church) | «v» | «e»"),
    ("CA", "«name» — night-market vendor coordinator — «v» — «e»"),
    ("ZA", "Regards, «name» · inflatable-court hire, Durban beachfront · «v» · «e»"),
    ("KE", "Asante, «name» · ropeway tours, Nyeri · «v» · «e»"),
    ("MX", "Quedo a sus órdenes para la siguiente afinación del piano de cola del conservatorio,\n«name» | afinador y restaurador, Puebla | cel. «v» | «e»"),
    ("PH", "Salamat po sa pagsali sa inter-purok kendama at sipa fun day!\n«name» · barangay sports desk, Brgy. San Roque · «v» · «e»"),
]

EMAIL_EN = [
    "Send the kendama meet photos to «name» at «e», she is making the club zine",
    "Bossaball referee roster goes out from «e» every Monday, reply there if you cannot whistle (signed «name»)",
    "Forward the ropeway incident form to «e»; «name» files them with the inspector",
    "Seed library overdue notices now come from «e», ignore the old address (per «name»)",
    "The piano tuner invoices through «e», paid on receipt",
    "Please cc «name» on the tenancy dispute thread: «e»",
    "Salt-marsh bird counts should be mailed to «e» as a spreadsheet, thanks «name»",
    "Night-market stall applications close Friday; write to «e» with your menu and power needs",
    "Lost ken with a cherry tama, owner please email «e» with a photo",
    "Car-pool to the beach tournament: put your name down by writing to «e» (coordinator «name»)",
]

EMAIL_LOCAL = {
    "DE": "Wer beim Kendama-Turnier im Jugendzentrum Trickrunden jurieren möchte, meldet sich bis Ostern bei «name» unter «e», Kuchenspenden ebenfalls",
    "FR": "Vous avez des graines de tomates anciennes en trop ? «name» tient le registre de la grainothèque du quartier et répond à «e», même le dimanche",
    "ES": "«name» está montando el álbum del torneo de bossaball de la playa de la Victoria; las fotos de los saques y los mates, a «e» sin comprimir",
    "BR": "Inscrição da liga de bossaball pelo e-mail «e», falar com «name»",
    "JP": "けん玉大会で撮った写真は «e» まで送ってください（アルバム担当：«name»）",
    "KR": "켄다마 대회 신청서는 «e»로, 담당 «name»",
    "IT": "Per prenotare il giro in funivia al tramonto scrivete a «name» all'indirizzo «e», indicando quanti siete e se portate il cane",
    "PL": "Zgłoszenia na warsztaty strojenia pianina wysyłajcie do «name» na adres «e», najlepiej z numerem sali",
    "TR": "Kendama turnuvası kayıtları için «name»: «e»",
}

EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK",
                 "SG", "NZ", "IE"]

CARD_EN = [
    "«name» paid the inflatable-court deposit with card «v», refund it there if the storm cancels",
    "Kendama shop order on hold: card ending row reads «v», check the expiry with the buyer",
    "Booking the ropeway family pass online, typed card «v» and it bounced twice",
    "Card on file for the piano tuner's yearly plan: «v» (holder «name»)",
    "Charge the seed-library printing to «v», the committee agreed",
    "Night-market power hookup fee auto-debits from card «v» each month",
    "The beachfront hostel booking the bossaball squad's dorm wants a guarantee card before Friday, so I typed «v» into their clunky form again",
    "For the bulk order of forty beginner kens and spare strings, «name» let the kendama club put it on card «v» until dues come in",
]

CARD_LOCAL = {
    "IN": "Beta ki kendama class wali aunty ko bolo ki agle teen mahine ki fees seedha iss card se kaat le: «v», cash mein mat dena",
    "BR": "«name» pagou a inscrição do torneio de bossaball no cartão «v», parcelado em três vezes sem juros, confere no extrato",
    "DE": "Die Saisonkarte für die Pendelbahn samt Hund hat «name» an der Kasse der Talstation mit der Karte «v» bezahlt, Beleg liegt im Handschuhfach",
    "MX": "«name» dejó su tarjeta «v» para apartar la lona del torneo",
    "FR": "Pour l'adhésion annuelle et le tee-shirt du club de kendama, «name» a réglé avec la carte «v» au stand du forum des associations",
    "JP": "«name»さん、けん玉教室の月謝はカード«v»で引き落とし",
    "ES": "«name» pagó la fianza de la pista hinchable con la tarjeta «v»",
}

CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "Refund of «name»'s bossaball camp deposit goes to IBAN «v»",
    "Kendama club membership: transfer to «v» with your name as reference",
    "«name» asked that the ropeway shift bonus be paid into «v»",
    "Seed-library donations welcome by transfer, account «v»",
    "Piano tuner's bank details for the parish: «v», reference TUNING",
    "Split of the beach-house rent, send your share to «v» by the first",
]

IBAN_LOCAL = {
    "DE": ["Mitgliedsbeitrag Kendama-Verein bitte an «name», IBAN «v»",
           "Überweisung für die Reparatur der Gondelbremse, Empfänger Seilbahn-Förderverein, IBAN «v», Verwendungszweck Bremse"],
    "FR": ["Remboursement de la sortie au bord de mer pour «name», sur le RIB suivant, IBAN «v», merci de confirmer la réception", "Dons pour les enveloppes et le tampon de la grainothèque municipale, virement accepté sur le compte «v», merci pour les semis"],
    "ES": ["Para la cuota del club de bossaball de Cádiz, «name» facilita su cuenta «v» y pide que pongáis el nombre del jugador",
           "Transferencia para la fianza de la pista hinchable, cuenta del ayuntamiento de la playa «v», concepto reserva julio"],
    "IT": ["Il rimborso della gita in funivia di «name» va sul conto IBAN «v», causale rimborso gita montagna", "Quota corso kendama: «v»"],
    "NL": ["Contributie voor de kendamaclub gaat naar rekening «v» op naam van «name», graag vóór de eerste training",
           "Het borggeld voor het springkussen bij het strandtoernooi kan naar «v» onder vermelding van teamnaam"],
    "PL": ["Wpłata za obóz bossaball dla «name»: «v»", "Składka sekcji kendamy: «v»"],
    "TR": ["«name» kendama atölyesi ücretinin iadesi için IBAN numarasını gönderdi, «v», açıklamaya atölye yazılsın", "Dernek aidatı IBAN: «v»"],
    "BE": ["Terugbetaling springkussen aan «name»: «v»", "Lidgeld kendamaclub op «v»"],
    "AT": ["Für die Sammelbestellung der Kendamas überweist bitte jeder seinen Anteil an «name», IBAN «v», bis Monatsende",
           "Seilbahn-Saisonkarte Rückerstattung «v»"],
    "PT": ["Reembolso do campo de bossaball à «name»: «v»", "Quota da associação de kendama: «v»"],
}

ACCOUNT_LINES = {
    "us": [
        "Ropeway seasonal crew paperwork is due before the first gondola run; «name» filled the direct deposit box with routing «a» and checking «b», payroll clerk please double-check the digits",
        "Kendama club's treasurer wants the reimbursement ACH to routing «a», account «b»",
        "Piano tuner asked «name» to wire the invoice to ABA «a», acct «b», memo upright tuning",
    ],
    "gb": [
        "After the wet winter survey on the saltings, «name» claimed mileage and waders: sort code «a», account «b», approved by the reserve manager",
        "Our bossaball squad pulled out of the Bournemouth beach cup with a torn calf, so the organisers are returning the entry fee to sort code «a», account number «b»",
    ],
    "in": [
        "Kendama workshop refund for «name»: A/c «a», IFSC «b»",
        "Piano repair advance bhejo is account mein, A/C no «a», IFSC code «b», naam «name»",
    ],
    "au": ["Seed-savers reimbursement for «name»: BSB «a», acct «b»"],
    "ca": ["Night-market stall refund for «name», transit «a», account «b»"],
    "br": [
        "O remendo da quadra inflável saiu do bolso do «name» depois do furo no sábado; devolvam pra ele na agência «a», conta «b», antes da próxima rodada",
        "Depósito da cota do campeonato de bossaball, ag. «a» c/c «b»",
        "«name» pediu o pagamento das aulas de pandeiro na agência «a», conta corrente «b»",
    ],
    "mx": ["«name» adelantó la renta de la lona gigante y las estacas del torneo de bossaball en Mazatlán, así que le devolvemos todo a su CLABE «a» esta misma semana"],
    "ng": [
        "Kendama hangout dues for this quarter, pay to «name», «bank» account «a»",
        "Refund the trampoline hire to «name»: «bank» «a»",
    ],
    "za": ["Inflatable-court hire deposit for «name», branch code «a», account «b», use team name as reference"],
    "ar": ["La cuota de la juntada de kendama se transfiere a «name», CBU «a», mandá el comprobante al grupo después"],
}

ID_LINES = {
    "us_ssn": ("US", ["Ropeway seasonal hire paperwork, employee SSN «v», keep the W-4 in the locked drawer",
                      "The kendama club's scholarship form from the parks department wants the guardian's social security number, and my sister wrote «v» in pencil"]),
    "in_aadhaar": ("IN", ["Kendama workshop enrolment ke liye Aadhaar «v» diya",
                          "Aadhaar number for the piano exam board registration: «v»"]),
    "in_pan": ("IN", ["The school deducts TDS on the piano tuner's invoice for the auditorium grand, so he sent his PAN «v»", "Night-bazaar stall licence form, PAN card no. «v»"]),
    "br_cpf": ("BR", ["O mesário da liga de bossaball de Niterói pediu o CPF do atleta reserva para a súmula da final, anotei «v»", "A loja de instrumentos emitiu a nota fiscal do pandeiro de couro de cabra e da caixa de surdo no CPF «v», guardar pra garantia"]),
    "mx_curp": ("MX", ["En la casa de cultura piden la CURP para inscribir al niño en el taller sabatino de kendama y trompo: «v»", "La CURP del árbitro del torneo es «v»"]),
    "mx_rfc": ("MX", ["RFC para la factura de la renta de lonas: «v»", "Facturar la afinación del piano al RFC «v»"]),
    "gb_nhs": ("GB", ["Marsh warden's first-aid record, NHS number «v»", "Sprained wrist from the bossaball trampoline, so the GP referral to the sports injury clinic lists NHS no. «v»"]),
    "de_idnr": ("DE", ["Für die Übungsleiterpauschale der Kendama-AG an der Gesamtschule braucht die Kämmerei meine steuerliche Identifikationsnummer «v»", "Steueridentifikationsnummer der Seilbahn-Aushilfe «v»"]),
    "fr_nir": ("FR", ["Mon fils veut jouer au bossaball sur la plage de Palavas cet été ; pour sa licence, le club exige le numéro d'assuré de son père, que j'ai recopié : «v»",
                      "Pour que l'assurance couvre la bénévole qui trie les sachets de haricots à la grainothèque, son n° de sécu : «v»"]),
    "es_dni": ("ES", ["DNI del capitán del equipo de bossaball: «v»", "La empresa que alquila la pista hinchable de bossaball pide una fianza y copia del DNI del responsable, que es «v»"]),
    "es_nie": ("ES", ["El monitor japonés del campamento de kendama en Sitges necesita su NIE para el contrato de verano: «v»", "El afinador extranjero dio su NIE «v»"]),
    "it_codicefiscale": ("IT", ["L'ufficio paghe della società funivie del Monte Baldo chiede il codice fiscale del nuovo macchinista stagionale: «v»",
                                "Don Franco vuole il codice fiscale di Matteo entro venerdì, altrimenti niente tornei di kendama nel cortile dell'oratorio: «v»"]),
    "ca_sin": ("CA", ["Accountant needs the dumpling-stall vendor's social insurance number for the night-market T4A slip this February: «v»", "Ropeway summer hire SIN «v»"]),
    "id_nik": ("ID", ["NIK peserta lomba kendama tingkat kelurahan: «v»", "Untuk sewa tenda pasar malam, NIK «v»"]),
    "pk_cnic": ("PK", ["Bachon ke kendama muqable ki entry Liberty market wale stall pe jama hui, unhon ne walid ka shanakhti card number «v» maanga aur likh liya", "CNIC of the generator mechanic for the gate pass: «v»"]),
    "tr_tckimlik": ("TR", ["Kendama atölyesi kaydı için TC kimlik no «v»", "Piyano akort faturası TCKN «v» adına"]),
    "pl_pesel": ("PL", ["PESEL uczestnika warsztatów kendamy: «v»", "Do umowy z kominiarzem podano PESEL «v»"]),
    "za_idnr": ("ZA", ["SA ID number on the inflatable-court hire contract: «v»", "Beach-cup referee ID no. «v»"]),
    "kr_rrn": ("KR", ["켄다마 대회 보험 가입용 주민등록번호 «v»", "조율 영수증 발급용 주민번호 «v»"]),
    "cn_ric": ("CN", ["剑玉比赛报名表上的身份证号码：«v»", "夜市摊位登记，摊主身份证号«v»"]),
    "jp_in": ("JP", ["けん玉指導員の謝金支払い用マイナンバー«v»", "ロープウェイ臨時職員のマイナンバー：«v»"]),
    "au_tfn": ("AU", ["TFN for the seed-savers casual stipend: «v»", "Pay sheet for the Glenelg beach-cup umpires says Robbo's tax file number is «v», he's owed for two days of whistling"]),
    "nl_bsn": ("NL", ["Sjoerd wil eindelijk zijn onkosten voor de kendamatrainingen in de gymzaal uitbetaald krijgen en appte daarom zijn burgerservicenummer: «v»", "Burgerservicenummer op het huurcontract van het springkussen «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนผู้สมัครแข่งเคนดามา «v»", "เลขประจำตัวประชาชนผู้เช่าแผงตลาดนัด «v»"]),
    "my_nric": ("MY", ["NRIC for the kendama club's insurance claim: «v»", "No. KP pemilik gerai pasar malam: «v»"]),
    "ar_cuit": ("AR", ["CUIT para facturar las clases de kendama: «v»", "El afinador que vino desde Rosario a arreglar el piano vertical de la abuela factura como monotributista con CUIT «v»"]),
    "cl_rut": ("CL", ["Para la planilla de turnos del teleférico del cerro San Cristóbal, el operador nuevo dio su RUT «v»", "RUT de la apoderada del taller de kendama «v»"]),
    "se_personnummer": ("SE", ["Fritidsgården i Umeå tecknar försäkring för kendamakursen och behöver deltagarens personnummer «v»", "Linbanans säsongsanställda, personnr «v»"]),
    "ie_pps": ("IE", ["Stipend for counting curlew on the Bull Island saltmarsh goes through payroll, who want my PPS number «v»", "PPSN on the beach-cup volunteer form «v»"]),
    "pt_nif": ("PT", ["NIF para a fatura do campo de bossaball: «v»", "Contribuinte do afinador de pianos: «v»"]),
}

MIXED_LINES = [  # (region, template, kinds)
    ("US", "Ropeway crew onboarding, «name»: phone «phone», email «email», SSN «ssn»", ("phone", "email", "ssn")),
    ("US", "Kendama scholarship application from «name», guardian phone «phone», card for the fee «card», SSN «ssn», mailed in by the coach on Friday",
     ("phone", "card", "ssn")),
    ("US", "Piano tuning client file «name»: «email», card «card», SSN «ssn» for the 1099", ("email", "card", "ssn")),
    ("GB", "Bossaball beach-cup entrant sheet, Weymouth heat two: «name», mobile «phone», email «email», entry paid with «card»", ("phone", "email", "card")),
    ("IN", "Kendama workshop booking for «name»: mobile «phone», mail «email», paid by card «card», slot Saturday 4 pm, bring own ken", ("phone", "email", "card")),
    ("CA", "Night-market stall «name»: «phone», deposit card «card»", ("phone", "card")),
    ("AU", "Seed-savers new member «name», «phone», «email»", ("phone", "email")),
]
