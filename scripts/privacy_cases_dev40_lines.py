"""Where the dev40 privacy set's numbers and addresses turn up (``privacy_cases_dev40.py``):
what a personal agent's sensors record (Runcam and Mobius clips, Wolfbox, Nexar, Lamax, Mio MiVue
and Papago dashcam footage, LS-P5 recordings, Travis Touch and WT2 transcripts, Moondrop,
Tribit, Baseus and Raycon earbuds, a Lemfo and a Watchy watch, a Rebble watch, Heimvision
cameras, a Texecom panel, Infant Optics and Bebcare baby monitors, Me+, HabitBull, Coach.me,
Exist.io, Moodnotes, Smashrun, CrewNerd, SpeedCoach, Sleep as Android and ShutEye,
Profanity, Hamsket, Miranda NG and Tawasal messages, Whitelines pages, a quilt guild's sewing bees,
long-arm rentals, retreats and quilt show, a dragon-boat club's practices on the river, drum and
steering clinics, race days and festival, a value written before its label, a label a line or a
sentence away from its value; audiology, hand-therapy, nephrology, travel-clinic and sleep-clinic
screens), English first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` is dev19's.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["put"]

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly

# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Runcam clip from the sewing bee, the chair taps the pattern board: long-arm owner «name», ring «v» to book Thursday",
    "Wolfbox dashcam audio on the way to the regatta: coach reads the marshal's contact off the entry sheet, «name», «v», gate B",
    "LS-P5 recorder left running in the boathouse: «name» spells out her mobile for the drummer roster, «v»",
    "Rota taped inside the paddle cage: Sunday steering clinic keys with «name», phone «v», lock up by noon",
    "Rebble watch notification by the ironing station: Moondrop earbud voicemail, transcribed: hey it's «name», I have your spare paddle, call me on «v»",
    "Whitelines page scanned after the appliqué class: visiting tutor «name», mobile «v», paid for the fusible web",
    "Texecom keypad photo by the ironing station: Lemfo watch notification: «name» shared a contact, «v», 'the fellow who services the sewing machines'",
    "Hamsket tab with the quilt guild chat: new member «name» left her number «v», happy to bind quilts",
    "Tribit earbud recap over the fabric stash shelves: Nexar rear clip: flyer under the wiper, 'dragon-boat team-building days, book «name» on «v»'",
    "Me+ checklist item 'finish the churn dash top': ask «name» (mobile «v») about borrowing the walking foot",
    "LS-P5 recorder take at festival set-up: if the tents aren't up by ten call «name», «v», he has the mallets",
    "Whitelines margin beside a sketch of a hexagon rosette: «name», «v», batting offcuts",
    "Texecom keypad photo at the raffle table: Heimvision doorbell audio: courier reading the slip, 'two rolls of wadding for «name», contact «v», signature needed'",
    "Nexar frame over the fabric stash shelves: Baseus earbud recap over the fabric stash shelves: Raycon call log read back by the assistant: outgoing, 6 min, «name», «v», 'about the race-day tent'",
    "Runcam clip at the raffle table: Whitelines scan beside the long-arm frame: Heimvision camera at the guild room door caught the corkboard note: machine repairs, «name», text «v»",
    "Papago dashcam still over the fabric stash shelves: Mio MiVue audio: the driver repeats the trailer hire number, «v», ask for «name»",
    "Wolfbox still by the thread wall: Infant Optics monitor heard Mum on the phone in the nursery: 'it's «name», my number's «v», for the quilt raffle'",
    "Runcam clip beside the long-arm frame: Infant Optics frame by the ironing station: Whitelines note from planning the festival: coach driver «name», his phone is «v», pickup at the marina",
    "Texecom keypad photo under the boathouse eaves: Moodnotes entry: finally rang «name» about the memory quilt, saved her number as «v»",
    "Mobius clip by the thread wall: Lemfo buzz on the pontoon: Profanity window: «name» wrote 'text me at «v» for the drum clinic, no calls at work'",
]

PHONE_LINKS = [
    "Texecom keypad photo beside the long-arm frame: Quilt-show programme, back cover QR decodes to https://wa.me/«vW»?text=Raffle%20tickets",
    "Rebble watch notification at the raffle table: Dragon-boat festival poster, small print at the foot: book a try-out seat https://api.whatsapp.com/send?phone=«vW»&text=tryout",
    "WT2 transcript at the drum seat: Raycon earbud recap beside the long-arm frame: Page source of the paddling club's contact page, pasted into Tawasal by the secretary: <a class=\"ring\" href=\"tel:«vE»\">Ring the boathouse</a>",
    "Moondrop earbud recap at the retreat's sewing tables: Wolfbox still by the ironing station: Contact card shared in Hamsket by the long-arm quilter: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:Prairie Star Long-Arm Studio\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Moondrop earbud recap in the club van: Maa ne bheja: kantha silai wali didi «name» ka number «v» hai, Ravivaar ko bulana",
           "Watchy glance by the ironing station: Dragon boat camp ke register ka aakhri panna: coach «name», phone «v», life jacket apna laana",
           "Travis Touch ne ghat pe suna: 'boat race ke liye «name» ji se baat karo, number «v» hai'"],
    "BR": ["Bebcare monitor frame on the pontoon: Recado no Hamsket: a quilteira «name» pediu pra ligar no celular «v» antes do bazar",
           "Bilhete no galpão do clube de remo: técnico do barco-dragão «name», zap «v», turma de sábado"],
    "DE": ["Zettel im Nähcafé: Longarm-Quilten macht «name», erreichbar unter «v», am liebsten abends",
           "Notiz vom Drachenboottraining — Steuerfrau «name», Handy «v»"],
    "MX": ["Heimvision frame by the thread wall: Audio en Hamsket: habla «name», la del grupo de colchas, mi número es «v», márcame el martes",
           "Anuncio en el embarcadero de Xochimilco: entrenamiento de bote dragón con «name», informes al «v»"],
    "FR": ["Tribit earbud recap at the retreat's sewing tables: Mio MiVue still by the ironing station: Message Profanity : “c'est «name», pour l'atelier patchwork appelle-moi au «v»”",
           "Raycon earbud recap on the pontoon: Affiche du club de bateau-dragon : inscriptions auprès de «name», tél. «v»"],
    "ID": ["Pesan di Hamsket: bu «name» yang jahit selimut perca untuk bazar, nomor HP «v», bisa ambil Sabtu"],
    "PH": ["Sabi ni Kuya sa Tawasal, tawagan mo si «name» sa «v», siya ang coach ng dragon boat sa Manila Bay"],
    "JP": ["Moondrop earbud recap at the retreat's sewing tables: キルト教室の連絡網、三番目：«name» さん 携帯 «v»",
           "ドラゴンボート練習の配車メモ：艇庫の鍵は «name» さん（«v»）に連絡"],
    "ES": ["Nota en Hamsket: la profesora de patchwork, «name», dice que la llames al «v» por lo del mercadillo"],
    "IT": ["Avviso al circolo canottieri: per provare il dragon boat chiamare «name», cell. «v»"],
    "TR": ["Yorgancı «name» beyin numarası «v», kız çeyizi için akşam arayın"],
    "KR": ["Moondrop earbud recap by the paddle rack: 드래곤보트 동호회 공지: 이번 대회 담당 «name» 님 휴대폰 «v»"],
    "PL": ["Kartka w klubie kajakowym: smocze łodzie — «name», komórka «v»"],
    "RU": ["Rebble watch notification over the fabric stash shelves: Объявление в клубе лоскутного шитья: «name», телефон «v», запись на курс пэчворка"],
    "EG": ["رسالة على Tawasal: مدرب قارب التنين «name»، رقم تليفونه «v»، تمرين الجمعة على النيل"],
    "VN": ["Heimvision frame under the boathouse eaves: Tin nhắn Tawasal: cô dạy may chăn ghép «name», số điện thoại «v», lớp sáng thứ Bảy"],
    "BD": ["Bebcare monitor-e shona gelo: নকশিকাঁথার শিল্পী «name», ফোন «v», শুক্রবার সকালে"],
    "PK": ["Rilli banane wali baji «name» ka number «v» hai, jahez ke liye unhi se baat karna"],
    "CO": ["Audio en Hamsket: doña «name», la que hace colchas de retazos en Bogotá, su celular es «v»"],
    "AR": ["Bebcare monitor frame at the retreat's sewing tables: Lo dejó en el contestador: «name», la del taller de patchwork de Palermo, celu «v»"],
    "TH": ["ป้ายที่ท่าเรือ: โค้ชเรือมังกร «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · Show Chair, Prairie Star Quilters · cell «v» · «e»"),
    ("GB", "Cheers,\n«name»\nRace Secretary, Severn Dragon Boat Club\nMob: «v» · «e»"),
    ("IN", "Warm regards,\n«name» | Kantha Quilt Collective, Salt Lake | Mob «v» | «e»"),
    ("DE", "Liebe Grüße aus der Nähstube\n«name», Schriftführerin der Quiltfreunde Rheinhessen\nTel. «v» · Mail «e»"),
    ("BR", "Remadas fortes,\n«name» · Barco-Dragão Lagoa dos Patos · Cel «v» · «e»"),
    ("FR", "Nexar frame under the boathouse eaves: Bien à vous,\n«name», secrétaire — Les Piqueuses de Quimperlé\nPortable : «v» — «e»"),
    ("AU", "Paddles up,\n«name» — Captain, Jacaranda Dragons, Grafton\nM «v» · «e»"),
    ("NG", "Kind regards,\n«name» | Lagos Lagoon Dragon Boat Crew | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Registraire, Dragons du Fraser, New Westminster — tél «v» — «e»"),
    ("ZA", "Regards,\n«name» · Vaal Patchwork Guild, Vereeniging · Cell «v» · «e»"),
    ("KE", "Asante,\n«name» | Lake Naivasha Paddlers | Tel «v» | «e»"),
    ("MX", "Con cariño desde el costurero,\n«name» · Colchas de Retazos Puebla · Cel. «v» · «e»"),
    ("PH", "Maraming salamat,\n«name» · Pasig River Dragon Boat Team · Mobile «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Moondrop earbud recap at the raffle table: Long-arm rental waitlist is run by «name» now; send your preferred day to «e»",
    "Rebble watch notification next to the dragon-head crate: Whitelines scan over the fabric stash shelves: LS-P5 recorder take from the club AGM: boat bookings go by email to «name» at «e», not the group chat",
    "Raycon earbud recap by the paddle rack: Smashrun note after the river loop: emailed my stroke video to «name» («e») for pointers",
    "CrewNerd session comment, oddly: 'email «name» about the trailer insurance, «e»'",
    "Mio MiVue still over the fabric stash shelves: Whitelines page from the quilt-show meeting: entry forms by email only → «e» («name»)",
    "Runcam clip next to the dragon-head crate: Watchy dictation: reply to «name» about the raffle quilt, her email is «e», say the binding is done",
    "Mobius clip on the pontoon: Bebcare monitor frame by the ironing station: Printed flyer for the festival novice day, footer: registrar «name» · email «e» · no phone entries",
    "Raycon earbud recap under the boathouse eaves: Quilt show ticket page, confirmation box: your tickets will be emailed by «name» from «e»",
    "Infant Optics frame over the fabric stash shelves: Papago dashcam still by the thread wall: Miranda NG message in the guild room: quotes for the memory quilts go to «name», «e», by Friday",
    "Moondrop earbud recap by the thread wall: Coach.me note: coffee with «name» from the paddling centre, her address is «e», send the seating chart",
]

EMAIL_LOCAL = {
    "DE": "Raycon earbud recap at the retreat's sewing tables: Rundmail des Drachenbootvereins: Anmeldung zum Steuerkurs per E-Mail an «name», «e»",
    "FR": "Runcam clip next to the dragon-head crate: Mobius clip under the boathouse eaves: Pour le stage de boutis, écrire à «name», adresse électronique «e», avant la fin du mois",
    "ES": "Runcam clip on the pontoon: Reservas para el curso de patchwork japonés: escribir a «name» al correo «e»",
    "BR": "Tribit earbud recap beside the long-arm frame: Bebcare monitor frame under the boathouse eaves: Inscrição na oficina de colcha de retalhos: manda um e-mail pra «name», endereço «e»",
    "JP": "Raycon earbud recap on the slipway: キルト展の出品申込は «name» さん宛のメール «e» まで",
    "KR": "Moondrop earbud recap at the drum seat: Papago dashcam still at the raffle table: 드래곤보트 체험 신청은 «name» 총무 이메일 «e» 로 보내 주세요",
    "IT": "Rebble watch notification in the club van: Per il corso di dragon boat sul Naviglio scrivete a «name», e-mail «e»",
    "PL": "Moondrop earbud recap at the drum seat: Zgłoszenia na warsztaty patchworkowe: e-mail do «name», adres «e»",
    "TR": "Tribit earbud recap by the paddle rack: Kapitone yorgan atölyesi başvuruları için «name» hanımın e-posta adresi: «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG", "NZ", "IE"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Infant Optics frame on the slipway: Fabric webshop checkout, the autofilled 'Card number' box lit up: «v», CVC still blank",
    "A photo meant for the crew chat shows the payment page behind it, full card visible: «v»",
    "Heimvision frame at the retreat's sewing tables: Moondrop earbud recap beside the long-arm frame: Travis Touch at the quilt-show stall: the vendor read the card back, «v», and asked «name» to sign",
    "Heimvision frame next to the dragon-head crate: Whitelines page in biro: paddle order paid with card «v» (cardholder «name»), chase if not here by May",
    "Unsent reply on the Rebble watch: 'put the retreat fee on my card, number «v», cheers, «name»'",
    "Lamax frame under the boathouse eaves: Rebble watch notification by the thread wall: Tribit earbuds caught the phone order for race bibs: card number «v», deliver to the boathouse",
    "Lamax frame at the retreat's sewing tables: Audiology clinic kiosk, payment step: card no. «v», patient «name»",
    "Rebble watch notification next to the dragon-head crate: HabitBull note on the habit 'pay guild dues': used card «v» this quarter",
]

CARD_LOCAL = {
    "IN": "Texecom keypad photo on the slipway: Kantha dhaage ka order, card number «v», «name» ke naam par, OTP abhi aana hai",
    "BR": "Texecom keypad photo over the fabric stash shelves: Mobius clip over the fabric stash shelves: Pagamento da inscrição no barco-dragão: número do cartão «v», titular «name»",
    "DE": "Bestellung Quiltlineal und Schneidematte: Kartennummer «v», Karteninhaberin «name»",
    "MX": "Wolfbox still at the retreat's sewing tables: Anticipo de la colcha para la boda: tarjeta número «v», titular «name»",
    "FR": "Papago dashcam still next to the dragon-head crate: Inscription au stage de bateau-dragon, carte n° «v», au nom de «name»",
    "JP": "Mio MiVue still under the boathouse eaves: キルト用の布地、カード番号 «v»（名義 «name»）",
    "GB": "Card put down for the dragon-boat festival entry: «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Rebble watch notification in the club van: Lamax frame over the fabric stash shelves: Lamax frame next to the dragon-head crate: Appeal in the guild newsletter for a new long-arm frame: transfers to IBAN «v», account holder «name», reference FRAME",
    "Nexar frame at the cutting table: Infant Optics frame next to the dragon-head crate: LS-P5 recorder take of the club treasurer: 'race fees go to «v», that's the IBAN, in «name»'s name'",
    "Runcam clip under the boathouse eaves: WT2 transcript next to the dragon-head crate: Invoice from the paddle maker, payment box: IBAN «v» · beneficiary «name»",
    "Watchy glance at the retreat's sewing tables: Voice memo on the Lemfo: pay «name» back for the wadding, IBAN «v»",
    "Watchy glance over the fabric stash shelves: Tawasal post from the festival organiser: balance for the boat hire into «v» (IBAN), «name»",
    "Mio MiVue still at the retreat's sewing tables: Note stuck on the Texecom panel: boathouse rent → IBAN «v», landlord «name»",
]

IBAN_LOCAL = {
    "DE": ["Wolfbox still under the boathouse eaves: Überweisung für den Patchworkkurs an «name», IBAN «v», Verwendungszweck Kursgebühr Herbst",
           "Nexar frame at the retreat's sewing tables: Spendenkonto neues Drachenboot — Kontoinhaberin «name» — IBAN «v»"],
    "FR": ["Runcam clip on the pontoon: Wolfbox still in the club van: RIB pour l'adhésion au club de bateau-dragon : IBAN «v», titulaire «name»"],
    "ES": ["Baseus earbud recap by the paddle rack: Baseus earbud recap on the pontoon: Cuota del taller de colchas: transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["WT2 transcript at the cutting table: Moondrop earbud recap on the slipway: Bonifico per il corso di patchwork: IBAN «v», intestato a «name»"],
    "NL": ["Wolfbox still under the boathouse eaves: Runcam clip at the cutting table: Contributie drakenbootclub overmaken naar IBAN «v» t.n.v. «name», graag voor de wedstrijd"],
    "PL": ["Mio MiVue still beside the long-arm frame: Przelew za warsztaty patchworku: IBAN «v», odbiorca «name»"],
    "TR": ["Whitelines scan under the boathouse eaves: Yorgan atölyesi ücreti için IBAN «v», alıcı «name»"],
    "BE": ["Bebcare monitor frame next to the dragon-head crate: Lidgeld quiltclub: overschrijving naar IBAN «v» op naam van «name»"],
    "AT": ["Lemfo buzz by the thread wall: Mitgliedsbeitrag Drachenbootverein: IBAN «v», lautend auf «name»"],
    "PT": ["Quota do clube de remo, barco-dragão: IBAN «v», titular «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Lemfo buzz next to the dragon-head crate: Honorarium form for the visiting quilt judge: routing number «a», checking account «b»",
           "Rebble watch notification by the paddle rack: Papago dashcam still on the pontoon: Wolfbox still over the fabric stash shelves: Raycon earbuds caught Grandpa at the teller: 'routing is «a», account «b», for «name»'",
           "WT2 transcript under the boathouse eaves: Bebcare monitor frame on the slipway: Dragon-boat club grant paperwork, direct deposit box — ABA «a» · account no. «b»"],
    "gb": ["Raycon earbud recap on the pontoon: Mio MiVue still by the paddle rack: Coach to the regatta — pay the hire firm, sort code «a», acc «b», ref DRAGON, name «name»",
           "Wolfbox still by the paddle rack: Whiteboard photo in the guild room: pay «name» back for the fabric, sort code «a» / acc «b»"],
    "in": ["Bebcare monitor frame at the retreat's sewing tables: Heimvision frame on the slipway: NEFT details for the kantha exhibition stall: A/c no. «a», IFSC «b», account holder «name»",
           "Mobius clip by the ironing station: Boat race samiti ka chanda: khata sankhya «a», IFSC «b»"],
    "au": ["WT2 transcript in the club van: Whitelines scan by the paddle rack: Boat hire for the Jacaranda Dragons goes by transfer, BSB «a», acct «b», «name» handles it"],
    "ca": ["Raycon earbud recap beside the long-arm frame: Raycon earbud recap at the drum seat: Refund for the cancelled quilt retreat lands by direct deposit; digits off her void cheque — transit/institution «a», account «b»"],
    "br": ["Tribit earbud recap beside the long-arm frame: A quilteira «name» mandou no Hamsket a agência «a» e a conta «b» pro sinal da colcha"],
    "mx": ["Heimvision frame by the paddle rack: Transferencia del anticipo de la colcha, CLABE «a», beneficiaria «name»"],
    "ng": ["WT2 transcript at the drum seat: Pay the dragon-boat camp fee to «bank», account number «a», account name «name»",
           "Tribit earbud recap at the retreat's sewing tables: Abeg send the quilt money: «bank» acct «a», na «name» own"],
    "za": ["Heimvision frame by the paddle rack: Rebble watch notification at the retreat's sewing tables: EFT for the patchwork class: branch code «a», account number «b», «name»"],
    "ar": ["Lamax frame beside the long-arm frame: Nexar frame at the cutting table: Pasame la seña de la colcha al CBU «a», titular «name», y mandame el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Baseus earbud recap by the paddle rack: Watchy glance at the drum seat: Lamax frame over the fabric stash shelves: Audiology intake tablet, insurance step: Social Security number «v», patient is the subscriber",
                      "WT2 transcript by the paddle rack: LS-P5 recorder caught the club's bookkeeper: 'and your SSN on file is «v», correct?'"]),
    "in_aadhaar": ("IN", ["Nephrology OPD registration slip: Aadhaar «v», xerox attached"]),
    "in_pan": ("IN", ["Nexar frame by the ironing station: Fabric wholesaler ne bill ke liye PAN maanga, PAN «v»"]),
    "br_cpf": ("BR", ["Heimvision frame at the retreat's sewing tables: Cadastro na loja de tecidos: CPF «v», nota no nome da filha"]),
    "mx_curp": ("MX", ["Watchy glance by the paddle rack: Ficha de inscripción al equipo de bote dragón: CURP «v»"]),
    "mx_rfc": ("MX", ["Heimvision frame in the club van: Factura de la mercería, RFC del cliente «v»"]),
    "gb_nhs": ("GB", ["Rebble watch notification at the drum seat: Hand-therapy clinic, patient banner: NHS number «v», thumb splint review"]),
    "de_idnr": ("DE", ["Infant Optics frame at the retreat's sewing tables: Lohnzettel der Aushilfe im Nähcafé, steuerliche Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Whitelines scan by the thread wall: Feuille de soins de la clinique du sommeil, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Whitelines scan at the raffle table: Ficha de socio del club de piragüismo, DNI «v»"]),
    "es_nie": ("ES", ["Alta de la remera extranjera en el equipo de bote dragón, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Runcam clip on the slipway: Modulo del centro vaccinazioni viaggi, codice fiscale del ragazzo «v»"]),
    "ca_sin": ("CA", ["Wolfbox still next to the dragon-head crate: Payroll sheet for the festival marshal: SIN «v»"]),
    "id_nik": ("ID", ["Texecom keypad photo at the drum seat: Formulir klinik THT, NIK pasien «v»"]),
    "pk_cnic": ("PK", ["Infant Optics frame by the paddle rack: Rilli order ke contract pe CNIC «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Tribit earbud recap at the cutting table: Uyku kliniği randevusu, T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Infant Optics frame next to the dragon-head crate: Skierowanie do poradni nefrologicznej, PESEL «v»"]),
    "za_idnr": ("ZA", ["Wolfbox still on the pontoon: Patchwork class enrolment, SA ID no. «v»"]),
    "kr_rrn": ("KR", ["Nexar frame at the drum seat: 청력 검사 접수증 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["Mobius clip at the cutting table: 龙舟队报名表 公民身份号码 «v»"]),
    "jp_in": ("JP", ["Mobius clip at the retreat's sewing tables: 耳鼻科の問診票、個人番号 «v»"]),
    "au_tfn": ("AU", ["Heimvision frame at the raffle table: New casual at the paddling centre, TFN «v» on the starter form"]),
    "nl_bsn": ("NL", ["Texecom keypad photo over the fabric stash shelves: Aanmelding bij de slaappoli, BSN «v»"]),
    "th_pin": ("TH", ["ใบสมัครฝีพายเรือมังกร เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Watchy glance at the cutting table: Borang pasukan perahu naga, No. Kad Pengenalan «v»"]),
    "ar_cuit": ("AR", ["Mio MiVue still on the slipway: Factura del taller de patchwork, CUIT «v»"]),
    "cl_rut": ("CL", ["Lamax frame on the slipway: Boleta de la tienda de telas, RUT «v»"]),
    "se_personnummer": ("SE", ["Watchy glance on the slipway: Anmälan till lapptäckskursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Baseus earbud recap by the thread wall: Casual staff form at the rowing club bar, PPSN «v»"]),
    "pt_nif": ("PT", ["Lemfo buzz over the fabric stash shelves: Fatura da loja de tecidos, contribuinte n.º «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Mio MiVue still in the club van: Infant Optics frame by the paddle rack: WT2 transcript under the boathouse eaves: Quilt-show volunteer slip, filled in with a gel pen: mobile «phone», e-mail «email», Social Security for the insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Runcam clip in the club van: Boat-trailer rental agreement, driver «name»: phone «phone», deposit card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Rebble watch notification by the paddle rack: Mio MiVue still at the drum seat: Sleep-clinic new-patient sheet: email «email», card kept on file «card», Social Security «ssn»", ("email", "card", "ssn")),
    ("GB", "WT2 transcript in the club van: Dragon-boat festival trader form: mobile «phone», e-mail «email», pitch fee card «card»", ("phone", "email", "card")),
    ("IN", "Baseus earbud recap at the retreat's sewing tables: Wolfbox still next to the dragon-head crate: Baseus earbud recap by the paddle rack: Quilt mela stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Lamax frame by the ironing station: Paddling camp registration — phone «phone» — card for the bus «card»", ("phone", "card")),
    ("AU", "Come-and-try paddle pass: mob «phone», email «email»", ("phone", "email")),
]
