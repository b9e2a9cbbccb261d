"""Where the dev21 privacy set's numbers and addresses turn up (``privacy_cases_dev21.py``): what
a personal agent's sensors record (smart glasses and meeting recorders, Android Auto and in-car
screens, satellite messengers, Life360 and neighbourhood apps, Vinted, OLX, Grab, Careem, Rappi and
Glovo chats, Zalo, KakaoTalk, LINE and Viber, CamScanner and Live Text captures of lift notices,
gas meters, receipts, pharmacy bags, vaccination cards and hostel whiteboards, tables pasted from
spreadsheets and PDFs, labels written after their value or a sentence away from it, Airtable,
OneNote and Joplin notes, payroll, insurance and mortgage screens), English first, then in the words
of the set's other countries. (Its writing commit, 39b7bd5, and this docstring said it also had
lines broken by OCR, a label broken across an OCR line break; it has none: a label stands a line
away from its value, as in the OneNote page and the diary photo, but none is cut in two.)

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
    "Meta Ray-Ban glasses caption of the sign on the van: Mobile knife sharpening · «name» · «v»",
    "Otter.ai transcript, standup: …and if the courier can't find the loading dock he should ring «name» directly on «v»…",
    "Android Auto read-out: new text from «name» — «v» is my husband's, call him if I don't pick up",
    "Garmin inReach message from the trail: «name» here, no signal tomorrow, emergency contact at home «v»",
    "Life360 circle member profile · «name» · phone «v» · battery 12%",
    "Nextdoor post by «name»: found a grey cat near the school, it's at mine, text «v»",
    "Vinted chat · «name»: can we do the handover at the station? my number «v»",
    "Live Text copied from the lift notice: engineer on call («name») «v»",
    "Pixel Recorder, hallway conversation: «v» — that's «name», the locksmith, his number, write it down",
    "| Volunteer | Shift | Mobile |\n| «name» | Sat 9-12 | «v» |",
    "CamScanner page 2 of the tenancy inventory: Emergency repairs (24h) → «name», «v»",
    "Samsung Notes, handwriting converted: chimney guy «name» = «v» (cash only)",
    "«v» — that's the number, the label on the pharmacy bag says it belongs to «name»",
    "Snapchat memory caption from «name»: lost my phone, this is my new one «v», add me back",
    "Threads DM from «name»: I'm the one selling the bike trailer, WhatsApp me at «v»",
    "OneNote page 'Allotment committee', far down the page: Treasurer: «name»\n…\nphone, if you need the treasurer: «v»",
    "Tesla touchscreen, recent calls: «name» «v» (outgoing, 4 min)",
    "Trello card 'Kitchen renovation' › comment: the electrician «name» confirmed, ring him on «v» first",
    "Airtable base 'Carpool', row 3 → Parent: «name» · Cell: «v» · Seats: 3",
    "Google Keep checklist: ☐ book piano tuner ☐ call «name» back on «v» ☐ buy stamps",
    "Scanned vaccination card for the puppy, breeder contact «name» tel. «v»",
    "Voice-to-text in Messages: the caterer «name» said to confirm numbers by Friday at «v»",
    "Photo of the whiteboard at the hostel reception: night manager «name» — «v» — don't call after 2",
    "Joplin note 'Mum's care': home nurse «name», «v», comes Tuesdays and Fridays",
    "Ring Neighbors post: package thief on Elm, if you saw anything call «name», «v»",
    "Hinge match «name» wrote: I don't really use the app, «v» is easier",
    "Zoom chat saved to the downloads folder: «name» (host): if I drop out call me on «v»",
    "Bluesky DM · «name»: sorry for the missed call, it was me from «v»",
    "Excel paste from the club register — «name»\t«v»\tpaid",
    "Sticky note scanned with Adobe Scan: gutters → «name» «v» quote £300",
]

PHONE_LINKS = [
    "Facebook Marketplace listing description: message me on WhatsApp → https://wa.me/«vW»?text=Is%20the%20sofa%20still%20available",
    "vCard QR from the conference badge decoded: BEGIN:VCARD N:«name» TEL;TYPE=CELL:«vE» END:VCARD",
    "Booking page source, footer: <a href=\"tel:«vE»\" aria-label=\"Call reception\">Call us</a>",
    "Restaurant menu QR opened: https://api.whatsapp.com/send/?phone=«vW»&text=Reserva%20para%204",
    "Google Maps listing › Call button copied: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Paani ki tanki saaf karne wale «name» bhaiya ka number «v», Sunday ko bulana", "Society ke security supervisor ka mobile: «v»",
           "Rangoli class wali «name» didi — «v» — fees 500 per month"],
    "BR": ["O moço do carreto, «name», falou pra chamar no «v» com antecedência", "Telefone da vidraçaria que trocou o box do banheiro: «v»",
           "Anota o celular da manicure nova, «name»: «v»"],
    "DE": ["«v» — das ist die Nummer vom Schornsteinfeger «name», steht auf dem Zettel im Briefkasten", "Notdienst Heizung laut Aufkleber an der Therme: «v»"],
    "MX": ["El número del que vende garrafones a domicilio es «v»", "Márcale a «name» al «v» para lo del brincolín de la fiesta"],
    "FR": ["Le numéro de «name», le ramoneur, noté sur le calendrier : «v»", "Dépannage chaudière indiqué sur l'étiquette : «v»"],
    "ID": ["Nomor «name», tukang sedot WC langganan kompleks: «v»", "Kontak katering nasi kotak buat arisan: «v»"],
    "PH": ["Si «name» yung may-ari ng paupahan, eto number niya «v»", "Numero ng tubero sa kabilang kanto: «v»"],
    "JP": ["自治会長の«name»さんの携帯 «v»", "網戸の張り替え業者のチラシに書いてある番号 «v»"],
    "ES": ["El móvil de «name», la que cuida a la abuela por las tardes: «v»", "Cerrajero de urgencia que vino el domingo: «v»"],
    "IT": ["Il cellulare di «name», l'idraulico che ha sistemato lo scaldabagno: «v»", "Numero del tecnico della caldaia, dal libretto: «v»"],
    "PK": ["«name» sahab ka number jo generator theek karte hain: «v»", "Qurbani ke janwar wale ka number «v»"],
    "TR": ["Apartman yöneticisi «name» beyin numarası «v»", "Balkondaki halıları alan yıkamacı ustanın cebi, kapıya bıraktığı kartta: «v»"],
    "VN": ["Số anh «name» sửa điều hòa: «v»", "Cô giáo dạy đàn để lại số «v»"],
    "EG": ["رقم «name» السباك «v»"], "BD": ["বাড়িওয়ালা «name» সাহেবের নম্বর «v»"],
    "KR": ["관리사무소 «name» 소장님 번호 «v»"], "CO": ["El número de «name», la señora de los tamales: «v»"],
    "AR": ["El celu de «name», el gasista: «v»"], "PL": ["Numer do «name», pani od sprzątania klatki: «v»"],
    "TH": ["ช่างล้างแอร์ที่ป้าข้างบ้านแนะนำ ชื่อ«name» โทร «v» มาได้วันเสาร์"], "RU": ["Запиши, пожалуйста: «name» чинил нам бойлер на даче, звонить ему на «v» после шести"],
    "NL": ["Het nummer van «name», de klusjesman uit de straat: «v»"], "MY": ["Nombor «name», tukang paip taman kita: «v»"],
    "SA": ["هذا جوال «name» اللي صلّح تسريب الخزان فوق السطح «v» يشتغل بعد العصر"], "AE": ["رقم «name» مندوب التوصيل «v»"], "CN": ["物业«name»师傅的电话 «v»"],
    "SE": ["Ring «name» om snöskottningen: «v»"], "CL": ["El número de «name», el gasfíter: «v»"],
    "PE": ["Apunta el celular de «name», la señora del menú: «v»"], "MA": ["Numéro de «name», le plombier du quartier : «v»"],
}

SIGNATURES = [
    ("US", "Best, «name» | PTA Treasurer, Willow Creek Elementary | «v» | «e»"),
    ("US", "— «name», Volunteer Fire Dept. auxiliary · «v» · «e»"),
    ("GB", "Cheers, «name» · Allotment Society secretary · «v» · «e»"),
    ("IN", "Regards, «name» | RWA Secretary, Block C | Mob. «v» | «e»"),
    ("DE", "Mit sonnigen Grüßen aus dem Gartenverein, «name» · Schriftführung, Parzelle 14 · «v» · «e»"),
    ("BR", "Att., «name» | síndica do condomínio | «v» | «e»"),
    ("FR", "Cordialement, «name» · présidente de l'amicale des locataires · «v» · «e»"),
    ("AU", "Cheers, «name» · Scout group leader · «v» · «e»"),
    ("MX", "Saludos, «name» · tesorera de la sociedad de padres · «v» · «e»"),
    ("NG", "God bless you richly, «name» · PTA chairperson, Unity Model College, Ikorodu · «v» · «e»"),
    ("CA", "Thanks, «name» · hockey team manager (U11) · «v» · «e»"),
    ("PH", "Maraming salamat, «name» · HOA secretary · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Eventbrite check-in tablet at the pottery open day, walk-in added by hand: «name» · «e» · paid cash",
    "Otter.ai summary: action item — send the floor plan to «e» by Monday",
    "Zillow inquiry forwarded: buyer «name», reply to «e»",
    "Bcc: «e» — Subject: minutes of the tenants' meeting",
    "Airtable form submission · Email: «e» · Role: volunteer",
    "Photo of the clipboard at the 5K registration (Live Text): «name» «e»",
    "Etsy order message: please send the tracking to «e», not my old address",
    "Apple Family Sharing wants a grown-up to accept: pending invitation for the twins' tutor at «e»",
    "Doodle poll participant «name» <«e»>",
    "Paperless receipt footer: emailed to «e»",
    "Slack profile of the new contractor: «name» · «e»",
    "«e» — that's the address for the scholarship letters, the counsellor wrote it on the board",
]

EMAIL_LOCAL = {
    "DE": "«e» ist meine neue Adresse, bitte die Einladung zum Klassentreffen dorthin schicken",
    "FR": "Le couvreur est passé ce matin pour les tuiles cassées, qu'il envoie son estimation par écrit à «e» avant jeudi",
    "ES": "El acta de la comunidad de vecinos, mándala a «e»", "BR": "Manda a nota fiscal da reforma pro meu e-mail «e»",
    "MX": "El comprobante del predial mándamelo a «e»", "IT": "Il verbale dell'assemblea condominiale inviamelo a «e»",
    "JP": "町内会の名簿は «e» まで送ってください", "KR": "견적서는 «e» 로 보내주시면 됩니다",
    "NL": "Voor de rommelmarkt op Koningsdag: de inschrijflijst graag mailen naar «e», dan zet ik je kraam erop",
    "PL": "Fakturę za przegląd kominiarski proszę wysłać na «e»", "TR": "Aidat dökümünü «e» adresine gönderebilir misiniz",
    "RU": "Квитанцию за капремонт пришлите на «e»", "ID": "Undangan reuni SMA kirim aja ke «e»",
    "CN": "装修合同的电子版发到 «e»", "AR": "La factura de la expensa mandala a «e», porfa",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Android Auto voice reply: yeah put the tyres on my card, «v», I'll sort it later",
    "Live Text from the photo of the card on the hotel desk: «v» · «name»",
    "Signal from «name»: book the ferry with mine, «v», the expiry's 09/29",
    "Otter.ai call with the vet's front desk: the card number I read out was «v»",
    "Notes › 'Holiday' › car hire paid with «v»",
    "| Service | Card |\n| Gym | «v» |",
    "«v» — that's the card on the school lunch account, in case it bounces again",
    "Browser autofill suggestion on the pharmacy checkout: card «v»",
    "Text to my brother: use my card for the flowers, «v», the florist is waiting",
    "Receipt OCR from the hardware shop, card line unmasked by mistake: «v»",
]

CARD_LOCAL = {
    "IN": "Mera card number «v» hai, gas booking ka payment kar dena", "BR": "Paga a matrícula da natação no meu cartão: «v»",
    "DE": "Zahl die Handwerkerrechnung mit meiner Visa, Nummer «v»", "MX": "Ahí te va el plástico para lo del mariachi de la boda, número completo «v»",
    "FR": "Paie la cantine avec ma carte bancaire, le numéro est «v»", "JP": "町内会費の支払いはこのカードで、番号 «v»",
    "CN": "用这张卡交暖气费，卡号 «v»", "RU": "Заплати за интернет моей картой, номер карты «v»",
    "ES": "Paga la academia de inglés con mi tarjeta: «v»", "TR": "Aidatı benim kartla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Otter.ai note from the call with the landlord: rent from next month to IBAN «v»",
    "Revolut asked whether this is a new payee for the pottery kiln share: «name», IBAN «v», confirmed by face",
    "CamScanner invoice from the wedding photographer: bank transfer to IBAN «v»",
    "«v» — IBAN of the language school, the receptionist wrote it on the back of the timetable",
    "| Payee | IBAN |\n| «name» | «v» |",
    "Email from the chalet owner: deposit of 30% to IBAN «v» within a week",
    "Signal from «name»: my IBAN for the shared holiday house, «v»",
    "Photo of the parish newsletter: donations to IBAN «v», thank you",
]

IBAN_LOCAL = {
    "DE": ["Bitte das Geld für die Klassenfahrt bis Freitag auf «v» überweisen", "Kaution für den Bauwagen an die IBAN «v»",
           "Spende für den Kindergarten-Förderverein: «v»"],
    "FR": ["Pour la location de la salle des fêtes, le RIB de la mairie : «v»", "Virement pour le covoiturage du mois sur «v»"],
    "ES": ["La derrama de la comunidad se ingresa en la cuenta «v»", "Pásame lo del alquiler de la casa rural a «v»"],
    "IT": ["Per il corso di ceramica del sabato la maestra chiede il versamento anticipato, coordinate «v»", "La quota della palestra si paga con bonifico su «v»"],
    "NL": ["Je deel van de huur van het vakantiehuisje graag naar «v»"], "BE": ["Het inschrijvingsgeld voor het jeugdkamp mag op «v»"],
    "AT": ["Fürs Zeltlager der Jungschar sammeln wir heuer per Überweisung, Konto vom Pfarramt «v», Verwendungszweck Name des Kindes"], "PT": ["A quota da associação de pais paga-se por transferência para «v»"],
    "PL": ["Wpłatę za wycieczkę klasową proszę przelać na konto «v»"], "TR": ["Ev sahibi yeni hesabını yazmış, kirayı ayın beşine kadar «v» hesabına yatıralım"],
    "FI": ["Talkoiden kahvirahat voi maksaa tilille «v»"], "CH": ["Für den Töpferkurs in der Gemeindestube zahlt man neuerdings im Voraus, Postkonto des Vereins «v»"],
    "NO": ["Innbetaling til korpsturen går til kontonummer «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Otter.ai transcript with HR: direct deposit to routing «a» and account «b», the checking one",
           "Gusto onboarding wizard, last step before the first paycheck for the kiln assistant: ABA routing «a», deposit into «b»",
           "Signal from «name»: Zelle isn't working, here's my routing «a» and account «b»",
           "| Routing | Account | Type |\n| «a» | «b» | Checking |",
           "Mortgage servicer autopay form (scan): ABA «a», account «b»",
           "«a» routing, «b» account — for the tax refund, keep this note",
           "Pharmacy payroll stub OCR: deposit → rtg «a» acct «b»"],
    "gb": ["Text from «name»: for the Christmas club, sort code «a», account «b»",
           "Starling › Payees › the window cleaner · «a» · «b»",
           "Invoice from the dog groomer (photo): sort code «a», account number «b», ref: your dog's name",
           "Otter.ai: …okay so the sort code is «a», and the account, write this down, «b»…"],
    "in": ["«name» ne bheja: A/c «a», IFSC «b», society maintenance ke liye", "PhonePe failed twice, so the pottery teacher sent her khata details again: «a» with branch code IFSC «b»",
           "Voice note: doodhwale ka khata «a», IFSC code «b»", "Photo of the cancelled cheque for the EMI mandate: A/c «a» IFSC «b»"],
    "au": ["Text from «name»: footy tipping winnings to BSB «a», acc «b»", "Plumber's invoice (PDF): BSB «a» account no. «b»"],
    "ca": ["Email from «name»: for the hockey pool, transit «a», account «b»", "Payroll office left a sticky note on my locker for the pay change: institution transit «a», chequing «b», starting next cycle"],
    "br": ["Passa o dinheiro do bolão pra mim: Bradesco, ag. «a», c/c «b»", "Dados pra pagar o marceneiro: agência «a», conta «b»"],
    "mx": ["Te paso la CLABE de la maestra de ballet: «a»", "Deposita lo de la rifa a esta CLABE: «a»",
           "La CLABE para pagar la mensualidad del kínder es «a»"],
    "ng": ["Text from «name»: «bank» «a», send the contribution for the naming ceremony", "Voice note: the tailor's account is «bank» «a»",
           "Church bulletin (photo): building fund, «bank» account «a»"],
    "za": ["WhatsApp from «name»: stokvel money to branch «a», account «b»", "Builder's invoice (scan): branch code «a» · account no. «b»"],
    "ar": ["Los que se anotaron para el viaje de egresados depositen la seña, CBU de la tesorera «a»", "El CBU para pagar la cuota del colegio es «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Otter.ai call with the benefits office: the SSN I gave was «v»",
                      "TurboTax flagged a mismatch with last year, so I retyped my husband's SSN as «v»", "Signal to my sister: Mom's SSN for the hospice paperwork is «v»",
                      "CamScanner of the W-4, line 1b: SSN «v»", "«v» — Dad's social, the pharmacy needs it for the Medicare plan",
                      "Credit union membership form: Social Security No. «v»", "| Name | SSN |\n| dependent | «v» |",
                      "Live Text from the Social Security card photo: «v»", "Apartment portal › Co-signer › SSN «v»"]),
    "in_aadhaar": ("IN", ["Gas subsidy wapas chalu karne ke liye Nanaji ka Aadhaar chahiye tha, yeh hai «v»", "Aadhaar no. «v» — bank KYC ke liye bhejna",
                          "Photo of the Aadhaar letter (Live Text): «v»", "School admission form: child's Aadhaar number «v»"]),
    "in_pan": ("IN", ["PAN for the property registration: «v»", "Mutual fund SIP band ho gaya KYC ki wajah se, Papa ka PAN dobara dalna pada: «v»", "Papa ka PAN card number «v», ITR ke liye"]),
    "br_cpf": ("BR", ["CPF da minha mãe pro cadastro no posto de saúde: «v»", "A moça da hidroginástica pediu o CPF da vó pra matrícula, passei o «v»",
                      "Nota do mercado pediu CPF na nota, dei o «v»", "O app do consórcio travou na validação, tive que digitar o CPF do meu marido de novo: «v»"]),
    "mx_curp": ("MX", ["Para el registro del torneo infantil de la liga piden la CURP del chamaco, la copié del acta: «v»", "La CURP que pide el IMSS para el alta: «v»"]),
    "mx_rfc": ("MX", ["RFC para facturar la compra de la lavadora: «v»"]),
    "gb_nhs": ("GB", ["The chemist on the high street rang about Gran's inhaler and wanted her NHS number, which is «v»", "Dad's NHS number for the hospital transport booking: «v»"]),
    "de_idnr": ("DE", ["Steuer-ID für die Riester-Zulage: «v»", "Die Krankenkasse will deine Steueridentifikationsnummer: «v»"]),
    "fr_nir": ("FR", ["Numéro de sécu du petit pour la crèche : «v»", "Formulaire CAF, NIR du conjoint : «v»"]),
    "es_dni": ("ES", ["El monitor del campamento urbano me pidió el DNI de la madre para la autorización: «v»", "Para la tarjeta sanitaria me pidieron el DNI «v»"]),
    "es_nie": ("ES", ["NIE de la cuidadora para darla de alta en la Seguridad Social: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per la detrazione degli occhiali: «v»", "Iscrizione alla mensa scolastica, codice fiscale del genitore «v»"]),
    "ca_sin": ("CA", ["Otter.ai call with Service Canada: SIN «v»", "T4 slip photographed for the accountant, SIN «v»"]),
    "id_nik": ("ID", ["NIK untuk daftar BPJS Kesehatan: «v»", "Formulir sekolah, NIK anak «v»"]),
    "pk_cnic": ("PK", ["Bijli ke naye meter ke liye Abbu ka CNIC «v»"]),
    "tr_tckimlik": ("TR", ["Hastane randevusu için babamın kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Lekarz z nocnej pomocy wystawi receptę dziadkowi, jak podam jego PESEL, to «v»"]),
    "za_idnr": ("ZA", ["Home Affairs queue number slip, applicant ID «v»"]),
    "kr_rrn": ("KR", ["어머니 주민등록번호 (보험 청구용) «v»"]),
    "cn_ric": ("CN", ["给孩子办医保用的身份证号 «v»"]),
    "jp_in": ("JP", ["年末調整で提出した妻のマイナンバー «v»"]),
    "au_tfn": ("AU", ["The new café boss wants my tax file number on the onboarding sheet before Friday's shift, it's «v»"]),
    "nl_bsn": ("NL", ["De tandarts in Zwolle wil bij de eerste afspraak het burgerservicenummer van de jongste weten: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของพ่อสำหรับลงทะเบียนรับเงินผู้สูงอายุ «v»"]),
    "my_nric": ("MY", ["No. MyKad ayah untuk tuntutan insurans: «v»"]),
    "ar_cuit": ("AR", ["CUIT para la factura del electricista: «v»"]),
    "cl_rut": ("CL", ["En la feria de Temuco la señora de las empanadas pidió mi RUT para mandarme la factura: «v»"]),
    "se_personnummer": ("SE", ["Personnummer till anmälan för simskolan: «v»"]),
    "ie_pps": ("IE", ["Citizens Information told Grandad to bring his Personal Public Service number to the fuel allowance interview, it's «v»"]),
    "pt_nif": ("PT", ["A senhora da papelaria perguntou se queria número de contribuinte na fatura das sebentas, dei o «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Summer camp registration (CamScanner): parent «name», SSN «ssn», cell «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Vet clinic new-client form on the iPad: «email» · «phone» · card for deposits «card»", ("email", "phone", "card")),
    ("US", "Collections letter (scanned): re «name», SSN «ssn», we tried «phone»", ("ssn", "phone")),
    ("US", "Chrome autofill profile: email «email» · card «card»", ("email", "card")),
    ("US", "Tutor «name» says send homework to «email», texts to «phone»", ("email", "phone")),
    ("US", "Otter.ai call with the DMV: SSN «ssn», phone «phone», confirmation to «email»", ("ssn", "phone", "email")),
    ("US", "Bowling alley party booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Email | SSN |\n| «email» | «ssn» |", ("email", "ssn")),
    ("US", "Walgreens photo order: paid «card», pickup mail to «email»", ("card", "email")),
    ("GB", "Rowing club renewal (scanned): «name», mob «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the courier (Hyderabad): ordered from «phone», mail «email», paid by «card»", ("phone", "email", "card")),
    ("CA", "Curling club roster: «name» / «phone» / «email»", ("phone", "email")),
]
