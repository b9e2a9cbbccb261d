"""Where the dev23 privacy set's numbers and addresses turn up (``privacy_cases_dev23.py``):
what a personal agent's sensors record (a car's voice assistant and its infotainment screen, smart
glasses' and a pendant recorder's transcripts, a smart fridge's door screen, a doorbell's chime
message, a baby monitor's app, Zwift and Peloton chats, a Carousell listing, Viber and Threema,
Obsidian and Kindle notes, photos of cheese-shop and market chalkboards, a dairy's delivery
slip, a lost-pet poster and a parking permit on a windscreen, rows copied from a shared
spreadsheet, a value written before its label, a label a sentence or a line away from its value;
school-fee, pet-insurance and allotment-rent screens), English first, then in the words of
the set's other countries.

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
    "Car assistant read out the text while driving: «name» from the creamery says the rennet arrived, call back on «v»",
    "Pendant recorder transcript, farmers' market: …goat's cheese is «name»'s, her mobile's «v», she delivers Wednesdays…",
    "Fridge door screen note in marker-pen font: cheese club host «name» — «v» — bring crackers",
    "Doorbell chime message left by the courier: «name» here with the curd mould parcel, ring me at «v»",
    "Zwift ride chat, group ride cooldown: «name» wants the Sunday cafe stop organised, message «v»",
    "Carousell listing for a second-hand cheese press, seller «name», meet-ups only, contact «v»",
    "Lost-cat poster photographed on the lamppost: answers to Brie, owner «name», please phone «v»",
    "Windscreen parking permit read by the glasses: resident «name», in emergency call «v»",
    "«v» — the affineur, «name», who rents the cave space under the arches",
    "| Stall | Holder | Contact |\n| Raw-milk cheddar | «name» | «v» |",
    "Obsidian vault, daily page: dairy co-op meeting; chair is «name», reach her on «v» before Friday",
    "Peloton high-five message from «name»: started a cheese-and-cycling club, the WhatsApp admin number is «v»",
    "Market chalkboard photo: halloumi fresh Saturdays, ask for «name», orders «v»",
    "Baby monitor app shared contacts, night nanny «name», number saved as «v»",
    "Pixel Recorder, vet's waiting room: the receptionist told «name» to text «v» for the test results",
    "Threema message from «name»: lost my old phone in the brine tank, new number «v»",
    "Dairy delivery slip left in the milk crate: driver «name», missed deliveries phone «v»",
    "Shared sheet 'Cheese course sign-ups', row copied: «name» | «v» | vegetarian rennet please",
    "Car infotainment recent calls, photographed for the insurer: «name», «v», 14 min",
    "Meta glasses caption at the school gate: …I'm «name», the twins' dad, save «v» for the lift-share rota…",
    "Label a line away from its value, from a fridge magnet:\nMilk-round cancellations\n«v» (ask for «name»)",
    "Allotment rent screen, plot holder contact: «name», mobile «v»",
    "Voice note transcribed on the tram: it's «name» from the fromagerie, my direct line is «v», the wheel is ready",
    "«name» wrote on the fermentation workshop register that «v» is the best number after six",
    "Kindle highlight's margin note, pencil scanned: borrowed from «name», return it, her phone «v»",
    "Handwritten card in the vegetable box: your grower «name» · «v» · text for swaps",
    "Pet-insurance claim screen, vet contact for the claim: Dr «name», practice mobile «v»",
    "Smart speaker shopping list, last item, dictated: call «name» about the yoghurt starter on «v»",
]

PHONE_LINKS = [
    "Chalkboard QR at the cheese van, scanned: https://wa.me/«vW»?text=Is%20the%20comt%C3%A9%20in",
    "Contact shared from a pendant recorder's summary as a vCard: BEGIN:VCARD\\nN:«name»\\nTEL;TYPE=CELL:«vE»\\nEND:VCARD",
    "Source of the creamery's web page, the footer button: <a href=\"tel:«vE»\" aria-label=\"Call the dairy\">☎</a>",
    "Instagram story sticker link for brine-cheese orders: https://api.whatsapp.com/send/?phone=«vW»&type=phone_number",
    "Copied from the car's phone app, long-press › share: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Paneer banane wali aunty «name» ka phone «v», har Ravivar taaza deti hain", "Society ke naye plumber ka number notice board par chipka tha: «v»",
           "Chhote ki swimming coach «name» madam ka mobile number «v», fees unhi ko dena"],
    "BR": ["O queijeiro da Serra da Canastra, «name», mandou salvar o zap dele: «v»", "Telefone do dedetizador que deixou o panfleto no portão: «v»",
           "A diarista nova, «name», disse que o celular dela mudou pra «v»"],
    "DE": ["Die Sennerin von der Alm, «name», verkauft Bergkäse ab Hof, Telefon «v»", "Notdienst der Schlüsseldienst-Firma, Aufkleber am Briefkasten: «v»"],
    "MX": ["La señora «name» que vende queso Oaxaca en el tianguis me pasó su cel: «v»", "El afilador que pasa los jueves dejó su teléfono: «v»"],
    "FR": ["Le fromager ambulant du marché, «name», prend les commandes au «v»", "Numéro du ramoneur noté sur le calendrier des pompiers : «v»"],
    "ID": ["Nomor bu «name» yang jual keju susu kambing di Lembang, simpan ya: «v»", "Nomor tukang servis AC langganan kompleks: «v»"],
    "PH": ["Ito ang cellphone ni «name», siya ang gumagawa ng kesong puti sa Laguna: «v»", "Numero ng tubero na nakasulat sa ref magnet: «v»"],
    "JP": ["チーズ工房の«name»さんの携帯は «v» です", "町内会の回覧板に書いてあった防犯担当の番号 «v»"],
    "ES": ["El quesero de Torta del Casar, «name», apúntate su móvil: «v»", "El cerrajero de urgencias que dejó la pegatina en el portal: «v»"],
    "IT": ["Il casaro del caseificio in collina, «name», risponde al «v»", "Numero del pronto intervento idraulico scritto sul contatore: «v»"],
    "PK": ["Paneer aur dahi wale «name» sahab ka mobile «v», subah se pehle call karna", "Mohalle ke chowkidar ka naya number «v»"],
    "TR": ["Köy peyniri satan «name» teyzenin numarası «v»", "Apartman yöneticisinin numarası asansörün içinde yazıyor: «v»"],
    "VN": ["Số điện thoại anh «name» bán phô mai dê ở Đà Lạt: «v»", "Số cô lao công tòa nhà, dán trên cửa: «v»"],
    "EG": ["رقم الحاج «name» اللي بيبيع الجبنة القريش «v»"], "BD": ["পনির বিক্রেতা «name» ভাইয়ের মোবাইল নম্বর «v»"],
    "KR": ["치즈 공방 «name» 사장님 휴대폰 번호 «v»"], "CO": ["El celular de don «name», el del queso costeño de la plaza: «v»"],
    "AR": ["El celu de «name», el que hace el queso de cabra en Tafí: «v»"], "PL": ["Telefon do baci «name» z Podhala, oscypki na zamówienie: «v»"],
    "TH": ["เบอร์โทรคุณ«name» ที่ทำชีสนมแพะขาย «v»"], "RU": ["Номер сыровара «name», брынзу заказываем у него: «v»"],
    "NL": ["Het nummer van kaasboer «name» op de zaterdagmarkt: «v»"], "MY": ["Nombor telefon kak «name» yang buat keju kambing di Cameron: «v»"],
    "SA": ["رقم «name» اللي يبيع جبن الغنم «v»"], "AE": ["هاتف «name» مشرفة الحافلة المدرسية «v»"], "CN": ["做奶酪的«name»师傅手机号 «v»"],
    "SE": ["Ostmakaren «name» på gården nås på «v»"], "CL": ["El fono de «name», la que vende queso de cabra en Limache: «v»"],
    "PE": ["El número de «name», la señora del queso paria en Puno: «v»"], "MA": ["Le téléphone de «name», la fromagère de jben à Chefchaouen : «v»"],
}

SIGNATURES = [
    ("US", "Cheers, «name» | Cheesemakers' Circle treasurer | «v» | «e»"),
    ("US", "«name» · PTA bake-sale lead · mobile «v» · «e»"),
    ("GB", "Best wishes, «name» · Allotment Society secretary, Plot 7 · «v» · «e»"),
    ("IN", "Warm regards, «name» | Residents' welfare association, cultural secretary | «v» | «e»"),
    ("DE", "Herzliche Grüße, «name» · Schriftführerin, Käsereigenossenschaft · «v» · «e»"),
    ("BR", "Um abraço, «name» | presidente da associação de queijeiros | «v» | «e»"),
    ("FR", "Cordialement, «name» · secrétaire de la confrérie du fromage · «v» · «e»"),
    ("AU", "Cheers heaps, «name» · footy club canteen roster · «v» · «e»"),
    ("MX", "Saludos cordiales, «name» · tesorera de la cooperativa lechera · «v» · «e»"),
    ("NG", "God bless, «name» · Welfare Secretary, Old Students' Association · «v» · «e»"),
    ("CA", "Thanks eh, «name» · curling club bonspiel convenor · «v» · «e»"),
    ("PH", "Ingat palagi, «name» · kalihim ng samahan ng mga gumagawa ng keso sa Batangas · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Car assistant dictation: reply to the dairy, send the invoice to «e», thanks",
    "Pendant recorder, school open day: …scholarship questions go to «e», the bursar said…",
    "Fridge screen note: cheese club newsletter now comes from «e»",
    "Bcc: «e» — Subject: curd-cutting workshop waiting list",
    "Typeform response · Your email: «e» · Dietary: lactose-free",
    "Glasses read the clipboard at the cheese fair: «name», «e», two tickets",
    "Carousell buyer wants the receipt for the cheese press emailed to «e»",
    "Family calendar shared with «e», the childminder's inbox",
    "Doodle poll participant «name» left «e» for reminders",
    "Pet-insurance screen: policy documents sent to «e»",
    "Zoom guest «name» («e») was admitted to the parents' evening",
    "«e», the note on the fridge says, is where the allotment rent reminders go",
]

EMAIL_LOCAL = {
    "DE": "Die Abrechnung für die Käsereiführung bitte an «e» mailen, der Verein liest das Postfach nicht",
    "FR": "Le bulletin d'inscription à l'atelier fromage, renvoyez-le à «e» avant jeudi",
    "ES": "Las fotos de la excursión a la quesería mándalas a «e», que las junto en un álbum",
    "BR": "A nota fiscal do queijo minas vai pro e-mail da minha irmã, «e»",
    "MX": "El recibo de la inscripción a natación lo mandas a «e», porfa",
    "IT": "Il verbale dell'assemblea del caseificio sociale mandalo a «e»",
    "JP": "チーズ教室の申し込み確認は «e» に届きます", "KR": "아파트 관리비 고지서는 «e» 로 받아요",
    "NL": "Het rooster van de kaasmakerij-excursie graag mailen naar «e»",
    "PL": "Zgłoszenia na warsztaty serowarskie proszę wysyłać na adres «e»", "TR": "Peynir siparişinin faturasını «e» adresine gönderin",
    "RU": "Счёт за сыроварню пришлите, пожалуйста, на «e»", "ID": "Bukti transfer arisan keju bulan ini tolong kirim ke email bendahara «e» ya, Bu",
    "CN": "奶酪课的报名表发到 «e»", "AR": "La factura del curso de quesos mandala a «e», gracias",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Car assistant, reading back a message: use my card for the cheese course deposit, «v», I'll sort it later",
    "Glasses snapshot of the card on the market stall's tray: «v» · «name»",
    "Threema from «name»: book the creamery tour on my card please, «v», exp 09/29",
    "Pendant recorder at the vet's desk: …the card number is «v», the name's on the account…",
    "Obsidian note 'Cheese cave rent' · card used: «v»",
    "| Subscription | Card |\n| Milk round | «v» |",
    "«v» — this is the card for the school-fee instalments, the old one expired",
    "Password manager autofill offered on the pet-insurance page: card «v»",
    "Text to my son: pay your football subs with my card, «v», just this once",
    "Screenshot of the allotment rent checkout: paying with card «v»",
]

CARD_LOCAL = {
    "IN": "School ki fees mere card se bhar dena, card number «v»", "BR": "Paga a feira do queijo com meu cartão de crédito, número «v»",
    "DE": "Zahl den Käsekurs mit meiner Kreditkarte, die Nummer ist «v»", "MX": "Cárgale la colegiatura a mi tarjeta, son estos números: «v»",
    "FR": "Paie l'abonnement du panier fermier avec ma carte bancaire, «v»", "JP": "チーズの定期便はこのクレジットカードで払って、番号 «v»",
    "CN": "奶酪订阅用我的信用卡付，卡号是 «v»", "RU": "Оплати сыроварню моей кредиткой, номер карты «v»",
    "ES": "Paga la matrícula de la quesería escuela con mi tarjeta de crédito, número «v»", "TR": "Peynir siparişini benim kredi kartımla öde, kart numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Pendant recorder, call with the landlord: rent from next month to IBAN «v», reference the flat number",
    "Revolut asked me to check the payee for the cheese share: «name», IBAN «v»",
    "Glasses read the creamery's invoice footer: bank transfer to IBAN «v»",
    "«v», that's the IBAN the allotment treasurer read out at the AGM",
    "| Cheese-share member | Pays from IBAN |\n| «name» | «v» |",
    "Email from the holiday farm: the deposit of €80 to IBAN «v» holds the room",
    "Threema from «name»: my IBAN for the cheese-tasting kitty, «v»",
    "Church porch poster, photographed: organ fund, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Den Beitrag für die Käsereigenossenschaft bitte auf «v» überweisen", "Die Nachzahlung aus der Heizkostenabrechnung bitte bis zum Fünfzehnten auf «v», schreibt die Hausverwaltung",
           "Für das Abschiedsgeschenk der Erzieherin sammeln wir auf «v»"],
    "FR": ["Pour l'adhésion à l'AMAP, faites le virement sur «v»", "Le RIB de l'assistante maternelle pour juin : «v»"],
    "ES": ["El administrador de la finca avisa que la derrama por el ascensor nuevo se abona en «v»", "Lo del queso de la cooperativa, mejor por transferencia a la cuenta de mi primo: «v»"],
    "IT": ["Per il corso di caseificazione il bonifico va fatto su «v»", "La quota del condominio si versa su «v»"],
    "NL": ["De ouderbijdrage voor de kaasboerderij-excursie graag overmaken naar «v»"], "BE": ["Wie meedoet aan de kaasproeverij van de gezinsbond, stort vóór vrijdag op «v»"],
    "AT": ["Für die Almkäserei-Führung überweist jede Familie ihren Anteil bis Monatsende auf «v»"], "PT": ["Para o jantar de Natal dos queijeiros da Serra da Estrela, cada um transfere a sua parte para «v»"],
    "PL": ["Na wycieczkę do bacówki rodzice wpłacają do środy na konto skarbniczki klasy «v»"], "TR": ["Bu ayın kira bedelini «v» hesabına yatırır mısın"],
    "FI": ["Juustokurssin osallistumismaksu maksetaan tilille «v»"], "CH": ["Wer beim Alpkäse-Wochenende im Appenzell dabei ist, zahlt vorab auf das Vereinskonto «v»"],
    "NO": ["Kontingenten til ostelaget betales til kontonummer «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Pendant recorder, call with HR: routing number «a» and account number «b» for the direct deposit",
           "Gusto onboarding for the cheese-shop assistant, bank step: routing «a», account «b»",
           "Threema from «name»: Zelle keeps failing, wire it to routing «a», account «b»",
           "| Bank routing (ABA) | Acct no. | For |\n| «a» | «b» | cheese stall float |",
           "School-fee refund screen, bank on file: routing no. «a», acct no. «b»",
           "«a» is the routing number and «b» the account, for the cheese stall takings, the note says",
           "Annuity payout form (photo): routing «a», checking account «b»"],
    "gb": ["Threema from «name»: for the cheese share, sort code «a», account number «b»",
           "Starling › Payees › the allotment society · sort code «a» · account «b»",
           "Pet-insurance claim payout screen: sort code «a», account number «b»",
           "Pendant recorder: …sort code's «a», and the account number, «b», read it back to me…"],
    "in": ["«name» ne Viber pe bheja: bank khata «a», IFSC «b», paneer ka advance", "UPI failed, so the cook sent her bank details: account number «a», IFSC «b»",
           "Car assistant read out: driver bhaiya ka account «a», IFSC «b»", "Glasses read the crossed cheque the landlord left for the deposit refund mandate: A/c «a», IFSC code «b»"],
    "au": ["Threema voice memo from «name», transcribed: the raclette-night kitty goes to BSB «a», account number «b», cheers", "Invoice from the tiler (PDF): BSB «a», account «b»"],
    "ca": ["Email from «name»: for the curling dues, transit number «a», account «b»", "Payroll deposit form: transit «a», account number «b»"],
    "br": ["Manda o dinheiro do queijo: Bradesco, agência «a», conta corrente «b»", "O marceneiro mandou por mensagem os dados pra pagar os armários: agência «a», conta «b»"],
    "mx": ["La CLABE de la quesera para pagar el pedido: «a»", "Para la posada de la colonia, depositen a la CLABE interbancaria del tesorero: «a»",
           "CLABE del profe de guitarra: «a»"],
    "ng": ["Text from «name»: «bank» «a», for the cooperative contribution", "Voice note: the tailor's account, «bank» «a», pay half now",
           "Church bulletin (photo): harvest thanksgiving, «bank» account number «a»"],
    "za": ["Stokvel group admin «name» posted the December payout details: branch code «a», savings account «b», no cash please", "Scanned quote from the borehole drillers, bottom line: pay to branch «a», account no. «b»"],
    "ar": ["Los que deben la cuota del club de quesos, transfieran al CBU de «name», la tesorera: «a»", "La kermés del jardín se paga por transferencia; el CBU que mandó la seño de sala verde es «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Pendant recorder, call with the benefits office: the Social Security number I read out was «v»",
                      "TurboTax live chat: they need my husband's SSN once more, «v»", "Threema to my sister: Dad's SSN for the assisted-living form is «v»",
                      "Glasses read the W-4 on the desk: SSN «v»", "«v» — that string is Grandpa's Social Security number; the cardiology intake desk wanted it before the echo",
                      "School-fee aid application: parent SSN «v»", "| Dependant | SSN |\n| daughter | «v» |",
                      "Car assistant read out a text from Mom: my Social Security number for the lease is «v»", "The cheese-cave lease wants a guarantor's Social Security number, so I entered «v»"]),
    "in_aadhaar": ("IN", ["Bank KYC ke liye Nanaji ka Aadhaar number yeh hai: «v»", "Aadhaar no. «v» — Nani ka, naye gas cylinder booking ke liye, dhyan se bharna",
                          "Glasses read the Aadhaar letter on the table: «v»", "Hostel admission form: student Aadhaar «v»"]),
    "in_pan": ("IN", ["PAN for the mutual fund KYC: «v»", "CA uncle ne ITR filing ke liye Papa ka PAN card number phir se maanga: «v»", "Didi ka PAN «v», home loan ke form mein"]),
    "br_cpf": ("BR", ["CPF da minha mãe pra consulta no posto: «v»", "A creche pediu o CPF do bebê pro cadastro: «v»",
                      "Na padaria pediram CPF na nota, falei o «v»", "CPF do vovô pro INSS: «v»"]),
    "mx_curp": ("MX", ["El IMSS pide la CURP de la abuela para el trámite, viene en su credencial: «v»", "La secundaria técnica pide la CURP del niño en el formato de preinscripción, se la copié: «v»"]),
    "mx_rfc": ("MX", ["RFC para facturar la prensa de quesos: «v»"]),
    "gb_nhs": ("GB", ["The patient transport line rang back and wanted Mum's NHS number before confirming Thursday's pickup: «v»", "The dentist wants my daughter's NHS number, «v»"]),
    "de_idnr": ("DE", ["Der Lohnsteuerhilfeverein braucht Omas Steuer-ID, sie liest sie vom Bescheid ab: «v»", "Für das Kindergeld will die Kasse die Steuer-ID der Kleinen: «v»"]),
    "fr_nir": ("FR", ["L'ostéo demande mon numéro de sécurité sociale pour le remboursement : «v»", "Dossier d'APL, numéro de sécu de maman : «v»"]),
    "es_dni": ("ES", ["DNI de la abuela para el abono de transporte: «v»", "En la gestoría me pidieron el DNI «v»"]),
    "es_nie": ("ES", ["La inmobiliaria quiere el NIE de mi pareja para el contrato: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per lo scontrino parlante in farmacia: «v»", "Codice fiscale della nonna per il CUP: «v»"]),
    "ca_sin": ("CA", ["Pendant recorder, call with Service Canada: my SIN is «v»", "Old age security form, SIN «v»"]),
    "id_nik": ("ID", ["Untuk daftar BPJS, NIK ayah di KTP: «v»", "Pak RT minta NIK ibu buat surat keterangan domisili, «v»"]),
    "pk_cnic": ("PK", ["WAPDA wale bill ki tasheeh ke liye Abbu ka shanakhti card number maang rahe hain: CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Hastane randevusu için annemin TC kimlik no'su «v»"]),
    "pl_pesel": ("PL", ["Tata dyktuje przez telefon swój PESEL, bo okulista chce go przed wizytą: «v»"]),
    "za_idnr": ("ZA", ["Voice note from Mama at SASSA: they need the child's ID number, the thirteen digits, «v»"]),
    "kr_rrn": ("KR", ["실손보험 청구서에 적은 어머니 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["给爷爷办社保卡用的身份证号码 «v»"]),
    "jp_in": ("JP", ["年末調整で会社に出した妻のマイナンバー «v»"]),
    "au_tfn": ("AU", ["My new employer asked for my TFN on the declaration, it's «v»"]),
    "nl_bsn": ("NL", ["De apotheek op de hoek vraagt het burgerservicenummer van opa voor zijn medicijnoverzicht, BSN «v»"]),
    "th_pin": ("TH", ["พยาบาลขอเลขประจำตัวประชาชนสิบสามหลักของคุณยายก่อนฉีดวัคซีน «v»"]),
    "my_nric": ("MY", ["Klinik minta nombor kad pengenalan emak untuk pendaftaran: «v»"]),
    "ar_cuit": ("AR", ["La inmobiliaria pidió el CUIT de la garante para el contrato: «v»"]),
    "cl_rut": ("CL", ["RUT de mi papá para sacar hora en el Cesfam: «v»"]),
    "se_personnummer": ("SE", ["Tandläkaren ville ha farfars personnummer innan de skrev ut recepten: «v»"]),
    "ie_pps": ("IE", ["The fuel allowance form for Grandad wants his Personal Public Service number, «v»"]),
    "pt_nif": ("PT", ["Na farmácia perguntaram se queria fatura com número de contribuinte, disse o «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Day-camp waiver scanned by the smart glasses at check-in — guardian «name»; Social Security «ssn»; mobile «phone»; e-mail «email»", ("ssn", "phone", "email")),
    ("US", "Doggy daycare sign-in tablet: «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Collections agency letter (photo): debtor «name», SSN «ssn», phone «phone»", ("ssn", "phone")),
    ("US", "Edge wallet suggested a saved profile on the cheese-box checkout — e-mail «email», card «card»", ("email", "card")),
    ("US", "Guitar tutor «name»: send practice videos to «email», cancellations by text «phone»", ("email", "phone")),
    ("US", "Pendant recorder, call with the DMV: SSN «ssn», call-back number «phone», confirmation to «email»", ("ssn", "phone", "email")),
    ("US", "Cheese-making party booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Parent e-mail | Parent SSN (for the tax form) |\n| «email» | «ssn» |", ("email", "ssn")),
    ("US", "Walgreens photo order: card «card», receipt to «email»", ("card", "email")),
    ("GB", "Allotment tenancy form (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the broadband provider (Chennai): registered mobile «phone», email «email», paid by «card»", ("phone", "email", "card")),
    ("CA", "Curling carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
