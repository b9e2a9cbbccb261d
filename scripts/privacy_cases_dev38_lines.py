"""Where the dev38 privacy set's numbers and addresses turn up (``privacy_cases_dev38.py``):
what a personal agent's sensors record (Hohem gimbal clips, Campark and Crosstour action cameras,
Azdome, Chortau and Thinkware dashcams, Maono and Synco microphones, Anfier and Muama translators,
EarFun, Tozo and 1More earbuds, a Realme Watch, a Noise ColorFit, a Haylou and a Mibro watch,
Wansview, Sricam, Vstarcam and Litmor cameras, Remo+ and Ctronics doorbells, a Qolsys panel, a
Lenovo Smart Frame, HabitNow, Habitify, Fabulous, Yazio, MyNetDiary, Jefit, Hevy and TrainingPeaks,
Manyverse, Trillian, Hubzilla, Retroshare, Element X, Rambox, Ferdium, BAND, Mirrorfly and Nekogram
messages, Moleskine Smart, Wacom Bamboo Folio and Mod notebook pages, a calligraphy society's ink
evenings, gilding classes, lettering exhibitions and pen swaps, a stained-glass guild's copper-foil
nights, kiln firings, lead-came workshops and window restorations, a value written before its label,
a label a sentence or a line away from its value; allergy, speech-therapy, occupational-therapy,
fertility and sports-medicine screens), English first, then in the words of the set's other
countries.

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
    "Hohem gimbal clip of the copperplate evening, tutor holding up a card: nib supplier «name», ring «v» for oblique holders",
    "Azdome dashcam audio, passenger reading off a kiln-repair van's door panel: «name» Kiln Services, «v»",
    "Maono lapel mic left running at the lettering table: «name» dictates her number for the gilding waitlist, «v»",
    "Stained-glass guild rota taped inside the solder cupboard: Thursday key holder «name» — mobile «v» — lock the kiln room",
    "EarFun earbud voicemail, transcribed: hey it's «name», the lead came you wanted arrived, buzz me on «v» and I'll drop it round",
    "Moleskine Smart page synced after the broad-edge class: visiting scribe «name», cell «v», fee paid in cash",
    "Realme Watch notification preview: «name» shared a contact — «v» — 'the glazier who fixed the chapel window'",
    "Ferdium tab with the guild's chat: new member «name» posted her phone, «v», offers spare grozing pliers",
    "Thinkware rear-camera clip: a flyer on the windscreen, 'window restoration, leaded lights repaired, «name» «v»'",
    "HabitNow note on the habit 'practise italic minuscules': ask «name» at «v» about the Sunday ink-grinding group",
    "Synco mic recording from the exhibition hanging day: if the frames arrive late phone «name» on «v», she drives the van",
    "Wacom Bamboo Folio sketch page, corner scribble beside a versal A: «name» — «v» — gouache & gum arabic",
    "Remo+ doorbell audio: delivery driver reading the docket aloud, 'sheet glass for «name», contact «v», fragile'",
    "Tozo earbuds call summary from the phone: outgoing, 3 min, «name», «v», 'about the copper foil order'",
    "Campark clip of the notice board at the glass studio: soldering-iron repairs — «name», text «v»",
    "Wansview porch cam caught the neighbour shouting the number for the pen-nib seller over the fence: «v», ask for «name»",
    "Lenovo Smart Frame paused on a snapshot of the studio whiteboard: kiln technician «name» ☎ «v», next firing Tuesday",
    "Mod notebook scan from the lettering retreat planning: coach booking, driver «name», his mobile «v»",
    "Habitify journal entry: rang «name» about the gilding size at last, her number's «v» if I need it again",
    "Rambox window with Element X open: «name» wrote 'my number for the lead-light weekend is «v», text don't call'",
]

PHONE_LINKS = [
    "QR stamp on the calligraphy exhibition catalogue, back page, decodes to https://wa.me/«vW»?text=Catalogue%20question",
    "Stained-glass fair banner, bottom line: book a demo slot at the copper-foil bench https://api.whatsapp.com/send?phone=«vW»&text=demo",
    "Saved from the lettering tutor's Rambox tab: Page source of the scribes' society contact page, pasted into Manyverse by the volunteer: <a class=\"ring-us\" href=\"tel:«vE»\">Ring the secretary</a>",
    "Contact file attached in Trillian by the lettering tutor: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nORG:Ink & Quill Studio\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Mama ne BAND pe likha: kanch ki khidki wale kaarigar «name» ka phone «v» hai, somvaar ko bula lena",
           "Sulekh kaksha ki register ka aakhri panna: shikshak «name», sampark «v», syahi khud laayein",
           "Anfier translator ne padosi ki baat likhi: 'rangeen kaanch ka kaam «name» karte hain, number «v»'"],
    "BR": ["Recado no Mirrorfly: o vitralista «name» pediu pra chamar no celular «v» antes do almoço",
           "Papel grudado na porta do ateliê de caligrafia: professora «name», whats «v», turma de sábado lotada"],
    "DE": ["Aushang in der Glaswerkstatt: Bleiverglasung übernimmt «name», erreichbar unter «v», bitte abends",
           "Notiz vom Kalligrafie-Stammtisch — Federnhändlerin «name», Mobilnummer «v»"],
    "MX": ["Nota de voz en Nekogram: habla «name», el del vitral de la capilla, mi cel es «v», márcame mañana",
           "Cartelito en la papelería: clases de letra gótica con «name», informes al «v»"],
    "FR": ["Message Hubzilla : “ici «name», pour le stage de vitrail au plomb appelle-moi au «v»”",
           "Affichette de l'atelier de calligraphie : inscriptions auprès de «name», tél. «v»"],
    "ID": ["Pesan di Element X: mas «name» yang bikin kaca patri buat masjid, nomor HP «v», bisa survei Sabtu"],
    "PH": ["Sabi ni Kuya sa Mirrorfly, tawagan mo si «name» sa «v», siya gumagawa ng stained glass sa simbahan"],
    "JP": ["書道教室の連絡網、三番目：«name» さん 携帯 «v»",
           "ステンドグラス工房の予約メモ：窯の点検は «name» さん（«v»）に電話"],
    "ES": ["Nota de Retroshare: el vidriero, «name», dice que le llames al «v» para lo de la vidriera de la parroquia"],
    "IT": ["Avviso nella bottega delle vetrate artistiche: per il corso di piombatura chiamare «name», cell. «v»"],
    "TR": ["Hat hocası «name» beyin numarası «v», kamış kalem siparişi için öğleden sonra arayın"],
    "KR": ["서예 동호회 밴드 공지: 이번 전시 담당 «name» 선생님 휴대폰 «v»"],
    "PL": ["Kartka w pracowni witraży: lutowanie i naprawy okien — «name», komórka «v»"],
    "RU": ["Объявление в мастерской витража: «name», телефон «v», запись на курс пайки"],
    "EG": ["رسالة في BAND: الخطاط «name»، رقم تليفونه «v»، بيكتب لافتات المحلات"],
    "VN": ["Tin nhắn Nekogram: thầy dạy thư pháp «name», số điện thoại «v», lớp tối thứ Năm"],
    "BD": ["Read from the art-school notice board: হস্তলিপি শিক্ষক «name», ফোন «v», শুক্রবার সকালে ক্লাস"],
    "PK": ["Khattati ke ustad «name» ka number «v» hai, qalam aur siyahi ke liye unhi se poochna"],
    "CO": ["Audio en Mirrorfly: don «name», el que restaura vitrales en Popayán, su celular es «v»"],
    "AR": ["Lo dejó en el contestador: «name», la de los vitrales de la calle Belgrano, celu «v»"],
    "TH": ["ป้ายที่ร้านเครื่องเขียน: ครูสอนคัดลายมือ «name» โทร «v»"],
}

SIGNATURES = [
    ("US", "«name» · Programme Chair, Mesquite Valley Scribes · cell «v» · «e»"),
    ("GB", "Diolch,\n«name»\nExhibitions Secretary, Llanfair Lettering Guild\nFfôn/Mob: «v» · «e»"),
    ("IN", "Warm regards,\n«name» | Hubballi Stained Glass Works, Vidyanagar | Mob «v» | «e»"),
    ("DE", "Mit herzlichen Grüßen aus der Werkstatt\n«name», Schriftführerin der Glasmaler-Gilde Frankenwald\nTel. «v» · Mail «e»"),
    ("BR", "Um abraço,\n«name» · Ateliê de Vitrais Serra Gaúcha · Cel «v» · «e»"),
    ("FR", "Glimpsed on the calligraphy society's Hubzilla wall: Bien à vous,\n«name», secrétaire — Cercle des calligraphes du Quercy\nPortable : «v» — «e»"),
    ("AU", "Cheers, see you at the foil night\n«name» — Treasurer, Wattle Creek Glass Guild, Castlemaine\nM «v» · «e»"),
    ("NG", "With thanks,\n«name» | Bida Glass & Lettering Studio, Minna | Phone: «v» | Mail: «e»"),
    ("CA", "«name» — Registrar, Rivière-Rouge Verriers & Scribes — tel «v» — «e»"),
    ("ZA", "Kind regards,\n«name» · Leadlight Restorations, Pietermaritzburg · Cell «v» · «e»"),
    ("KE", "Asante,\n«name» | Lodwar Sign-Writing & Glass | Tel «v» | «e»"),
    ("MX", "Atentamente,\n«name» · Taller de Vitral Cholula · Cel. «v» · «e»"),
]

# --- e-mail ---------------------------------------------------------------------------------------

EMAIL_EN = [
    "Gilding-class waitlist is now handled by «name»; write to «e» with your preferred Saturday",
    "Synco recording of the glass guild committee: kiln-firing slots are booked by emailing «name» at «e», nothing by text",
    "Fabulous app journal, evening: sent my italic homework scans to «name» («e») — fingers crossed for feedback",
    "Hevy workout note of all places: 'email «name» re lead-came order, address «e»'",
    "Bamboo Folio page from the scribes' AGM: exhibition entry forms by email only → «e» («name»)",
    "Read out from the Litmor feed above the solder station: Haylou watch dictation: reply to «name» about the foil, her email's «e», say the 7/32 is sold out",
    "Printed handout at the pointed-pen weekend, footer: registrar «name» · email «e» · no calls after 8",
    "Lettering retreat booking page, confirmation panel: your receipt will be sent by «name» from «e»",
    "Element X message in the glass restorers' room: quotes for the church job go to «name», «e», by Friday",
    "Yazio food log comment, oddly: lunch with «name» from the ink co-op — her address is «e», send the recipe",
]

EMAIL_LOCAL = {
    "DE": "Rundmail der Glasmalerei-Gruppe: Anmeldung zum Brennofenkurs per E-Mail an «name», «e»",
    "FR": "Scanned from the scriptorium's shared Ferdium window: Pour le stage de vitrail, écrire à «name», courriel «e», avant le 15",
    "ES": "Reservas para el taller de caligrafía uncial: escribir a «name» al correo «e»",
    "BR": "Inscrição na oficina de vitral: manda e-mail pra «name», endereço «e»",
    "JP": "書道展の出品申込は «name» さん宛のメール «e» まで",
    "KR": "Scanned from the kiln-room corkboard: 스테인드글라스 체험 신청은 «name» 총무 이메일 «e» 로",
    "IT": "Per il laboratorio di calligrafia cancelleresca scrivete a «name», e-mail «e»",
    "PL": "Zgłoszenia na kurs kaligrafii: e-mail do «name», adres «e»",
    "TR": "Hat sergisi başvuruları için «name» hanımın e-posta adresi: «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH", "PK", "SG"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Glass-supplier checkout, autofilled field 'Card number' highlighted: «v», expiry still blank",
    "Jefit screenshot sent by mistake, the banking pop-up over it shows the card in full: «v»",
    "Muama translator at the art-supply till: the cashier read back the card number, «v», and asked «name» for the postcode",
    "Mod notebook page, pencil: gilding kit paid with card «v» (holder «name») — refund if the size leaks again",
    "Caught by the camera on the Lenovo Smart Frame between two rose-window photos: Draft email in outbox: 'please charge the stained-glass weekend to my card, number «v», thanks, «name»'",
    "Snapped from the exhibition hanging crew's Nekogram group: 1More earbuds recorded the phone order for sheet glass: card number «v», billing same as delivery",
    "Allergy clinic self-check-in kiosk, payment step: card no. «v», patient «name»",
    "Ride with GPS note attached to the trip to the glass warehouse: paid deposit on «v»",
]

CARD_LOCAL = {
    "IN": "Rangeen kaanch ki sheets ka order, card number «v», «name» ke naam se — OTP ka intezaar",
    "BR": "Noticed on the Mibro watch during copper-foil night: Pagamento da oficina de caligrafia: número do cartão «v», titular «name»",
    "DE": "Bestellung Bleiruten und Kupferfolie: Kartennummer «v», Inhaber «name»",
    "MX": "Photographed off the glass guild's BAND page: Anticipo del vitral para la sala: tarjeta número «v», titular «name»",
    "FR": "Inscription au stage de dorure, carte n° «v», au nom de «name»",
    "JP": "書道用品の通販、カード番号 «v»（名義 «name»）",
    "GB": "Card used for the lettering retreat deposit: «v», cardholder «name»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Kiln-fund appeal in the guild newsletter: transfers to IBAN «v», account holder «name», reference KILN",
    "Synco clip of the scribes' treasurer: 'exhibition hanging fees go to «v», the IBAN, in «name»'s name'",
    "Saved from the scriptorium's shared Ferdium window: Invoice from the glass wholesaler, payment box — IBAN «v» · payee «name»",
    "Maono memo: pay back «name» for the gold leaf, IBAN «v»",
    "Hubzilla post from the organiser: retreat balance into «v» (IBAN), «name»",
    "Scanned from a gouache-smudged index card in the nib tin: Sticky note on the Qolsys panel: studio rent → IBAN «v», landlady «name»",
]

IBAN_LOCAL = {
    "DE": ["Noticed on the Mod notebook margin beside a versal drill: Überweisung für den Glasmalkurs an «name», IBAN «v», Verwendungszweck Kursgebühr Herbst",
           "Spendenkonto Brennofen-Reparatur — Kontoinhaberin «name» — IBAN «v»"],
    "FR": ["Scanned from the Litmor feed above the solder station: RIB pour la cotisation du cercle de calligraphie : IBAN «v», titulaire «name»"],
    "ES": ["Copied out of the kiln-room corkboard: Cuota del taller de vidriera: transferencia al IBAN «v» a nombre de «name»"],
    "IT": ["Bonifico per il corso di vetrata legata a piombo: IBAN «v», intestato a «name»"],
    "NL": ["Read out from the Crosstour clip of the window restoration: Contributie glas-in-loodclub overmaken naar IBAN «v» t.n.v. «name»"],
    "PL": ["Przelew za warsztaty witrażu: IBAN «v», odbiorca «name»"],
    "TR": ["Transcribed off the gilding cupboard door: Hat kursu ücreti için IBAN «v», alıcı «name»"],
}

# --- bank accounts --------------------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Read out from the Chortau dashcam on the way back from the glass yard: Stipend form for the visiting lettering artist: routing number «a», checking account «b»",
           "Transcribed off the glass guild's BAND page: Tozo earbuds caught Mom at the bank window: 'routing's «a», account «b», under «name»'",
           "Snapped from the Litmor feed above the solder station: Glass-guild grant paperwork, direct deposit section — ABA «a» · account no. «b»"],
    "gb": ["Coach to the lettering retreat — pay the driver's firm, sort code «a», acc «b», ref SCRIBES, name «name»",
           "Studio whiteboard photo: refund «name» for the solder — sort code «a» / acc «b»"],
    "in": ["Transcribed off the Chortau dashcam on the way back from the glass yard: NEFT details for the glass-cutting table: A/c no. «a», IFSC «b», account holder «name»",
           "Sulekh samiti ka chanda: khata number «a», IFSC «b»"],
    "au": ["Kiln hire at Wattle Creek goes by bank transfer, BSB «a», acct «b», «name» holds it — receipts in the flux tin"],
    "ca": ["Gilding course refund comes back by direct deposit; she read her void cheque aloud: transit/institution «a», account «b»"],
    "br": ["Snapped from the Mod notebook margin beside a versal drill: O vitralista «name» mandou no Mirrorfly a agência «a» e a conta «b» pra transferência do sinal"],
    "mx": ["Transferencia del anticipo del vitral, CLABE «a», beneficiaria «name»"],
    "ng": ["Caught by the camera on the flux-stained fridge magnet board at the studio: Pay the sign-writing class fee to «bank», account number «a», account name «name»",
           "Scanned from the grisaille bench's light box: Abeg send the glass money: «bank» acct «a», na «name» get am"],
    "za": ["Copied out of the glass guild's BAND page: EFT for the leadlight class: branch code «a», account number «b», «name»"],
    "ar": ["Glimpsed on the grisaille bench's light box: Pasame la seña del vitral al CBU «a», titular «name», y mandá el comprobante"],
}

# --- national ids ---------------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Allergy clinic intake tablet, insurance page: Social Security number «v», self",
                      "Synco mic caught the payroll clerk: 'and the SSN we have for you is «v», correct?'"]),
    "in_aadhaar": ("IN", ["Occupational therapy registration form: Aadhaar «v», copy attach karein"]),
    "in_pan": ("IN", ["Forwarded from the ink-grinding evening's sign-in sheet: Glass supplier ne bill ke liye PAN liya — PAN «v»"]),
    "br_cpf": ("BR", ["Read out from the Vstarcam over the leading table: Cadastro na loja de vidros: CPF «v», nota no nome da compradora"]),
    "mx_curp": ("MX", ["Transcribed off the cutting-board offcut bin lid: Ficha de inscripción al taller de vitral: CURP «v»"]),
    "mx_rfc": ("MX", ["Scanned from the Crosstour clip of the window restoration: Factura de la papelería de caligrafía, RFC del cliente «v»"]),
    "gb_nhs": ("GB", ["Sports-medicine clinic, patient banner: NHS number «v», knee review"]),
    "de_idnr": ("DE", ["Lohnzettel der Aushilfe in der Glaswerkstatt, steuerliche Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Caught by the camera on a gouache-smudged index card in the nib tin: Feuille de soins de l'orthophoniste, numéro de sécurité sociale «v»"]),
    "es_dni": ("ES", ["Noticed on the kiln-room corkboard: Ficha de socia del taller de caligrafía, DNI «v»"]),
    "es_nie": ("ES", ["Alta del vidriero extranjero en la cooperativa, NIE «v»"]),
    "it_codicefiscale": ("IT", ["Glimpsed on the grisaille bench's light box: Modulo per la logopedista, codice fiscale del bambino «v»"]),
    "ca_sin": ("CA", ["Quoted from a Wacom Bamboo Folio sheet under the came stretcher: Payroll sheet for the exhibition attendant: SIN «v»"]),
    "id_nik": ("ID", ["Formulir klinik kesuburan, NIK pasien «v»"]),
    "pk_cnic": ("PK", ["Caught by the camera on the glass guild's BAND page: Khattati class ke form pe CNIC «v» likha hai"]),
    "tr_tckimlik": ("TR", ["Snapped from the Vstarcam over the leading table: Spor hekimliği randevusu, T.C. kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Skierowanie do terapeuty zajęciowego, PESEL «v»"]),
    "za_idnr": ("ZA", ["Leadlight class enrolment sheet, SA ID no. «v»"]),
    "kr_rrn": ("KR", ["언어치료 접수증 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["Copied out of the Crosstour clip of the window restoration: 书法班报名表 公民身份号码 «v»"]),
    "jp_in": ("JP", ["Scanned from the cutting-board offcut bin lid: 不妊治療クリニックの問診票、個人番号 «v»"]),
    "au_tfn": ("AU", ["New glass-studio casual, TFN «v» on the onboarding form"]),
    "nl_bsn": ("NL", ["Aanmelding ergotherapie, BSN «v»"]),
    "th_pin": ("TH", ["ใบสมัครเรียนเขียนพู่กันจีน เลขบัตรประชาชน «v»"]),
    "my_nric": ("MY", ["Quoted from the exhibition hanging crew's Nekogram group: Borang kelas khat jawi, No. Kad Pengenalan «v»"]),
    "ar_cuit": ("AR", ["Transcribed off the Litmor feed above the solder station: Factura del taller de vitrales, CUIT «v»"]),
    "cl_rut": ("CL", ["Noticed on the Mod notebook margin beside a versal drill: Boleta de la vidriería, RUT «v»"]),
    "se_personnummer": ("SE", ["Scanned from the cutting-board offcut bin lid: Anmälan till glasmålningskursen, personnummer «v»"]),
    "ie_pps": ("IE", ["Casual worker form at the glass studio, PPSN «v»"]),
    "pt_nif": ("PT", ["Photographed off the Litmor feed above the solder station: Fatura da loja de vitrais, contribuinte n.º «v»"]),
}

# --- mixed ----------------------------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Scribes' retreat registration slip, filled in with a broad-edge pen — mobile «phone», e-mail «email», Social Security for the venue's insurer «ssn»", ("phone", "email", "ssn")),
    ("US", "Transcribed off a Wacom Bamboo Folio sheet under the came stretcher: Kiln rental contract, renter «name»: phone «phone», deposit card «card», SSN «ssn»", ("phone", "card", "ssn")),
    ("US", "Snapped from the Litmor feed above the solder station: Fertility clinic new-patient sheet: email «email», card on file «card», Social Security «ssn»", ("email", "card", "ssn")),
    ("GB", "Snapped from the Lenovo Smart Frame between two rose-window photos: Glass fair exhibitor form: mobile «phone», e-mail «email», pitch fee card «card»", ("phone", "email", "card")),
    ("IN", "Transcribed off the Lenovo Smart Frame between two rose-window photos: Calligraphy mela stall booking: mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Caught by the camera on the Crosstour clip of the window restoration: Restoration tour registration — phone «phone» — card for the bus «card»", ("phone", "card")),
    ("AU", "Foil-night trial pass: mob «phone», email «email»", ("phone", "email")),
]
