"""Where the dev28 privacy set's numbers and addresses turn up (``privacy_cases_dev28.py``):
what a personal agent's sensors record (a Plaud NotePin's and a Rabbit R1's transcripts, Ray-Ban
Meta glasses' captions, a Kobo Libra's notebook, an Eufy doorbell's app, a LaMetric Time and a
Nanoleaf panel, an Oura ring's and a Withings scale's apps, Threema and Session messages, Leboncoin,
Gumtree, Wallapop, Tori.fi and Jiji listings, a boatyard's haul-out sheet, a sailmaker's repair
docket, photos of a chandlery's corkboard, a harbourmaster's berth list, a regatta entry form, rows
copied from a shared spreadsheet, a value written before its label, a label a sentence or a line
away from its value; marina, driving-school and cattery screens), English first, then in the words
of the set's other countries.

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
    "Plaud NotePin recording at the boatyard: the shipwright «name» wants a call on «v» once the planks arrive",
    "Eufy doorbell app, visitor note left by the courier: «name», mobile «v», parcel too big for the porch",
    "Ray-Ban Meta caption of the sign on the slipway: hull repairs, ask «name» · «v»",
    "Rabbit R1 saved contact from my spoken request: sailmaker «name», number «v», reefing job",
    "Gumtree reply about the dinghy trailer: this is «name», text «v» and we can sort a viewing",
    "Sailmaker's repair docket clipped to the bag: genoa UV strip, «name», tel «v», ready Monday",
    "Chandlery corkboard, photographed: crew wanted for the autumn series — «name», «v»",
    "Jiji listing for an outboard motor, seller's note: «name» only picks up on «v» after six",
    "«v» — «name», the rigger who re-did the forestay, reasonable and quick",
    "| Boat | Skipper | Mobile |\n| Kittiwake | «name» | «v» |",
    "Kobo Libra notebook, page for the sailing club: «name» does engine servicing, «v»",
    "LaMetric Time scrolled a reminder my partner set: phone «name» at «v» about the mooring",
    "Haul-out request form, owner details: «name», best phone «v», lift on the spring tide",
    "Oura app, shared circle, my cousin's card: «name» — «v» — training for the rowing race",
    "Threema message from «name»: dropped my old phone over the side, the new one is «v»",
    "Withings app, emergency contact in my profile: «name», «v»",
    "Pasted from the 'Regatta volunteers' sheet: «name» | «v» | safety boat",
    "Kobo note titled 'If the cattery calls': the neighbour with the spare key, «name», «v»",
    "Comment under the club's trip photos from «name»: berthed in the next bay, local number «v»",
    "Scribbled on the back of the tide table, digits first:\n«v»\nthe varnish lady («name»)",
    "Nanoleaf app, the installer's card saved in it: «name», «v», electrician",
    "NotePin voicemail transcript: hello, «name» at the sail loft, the mainsail is patched, ring me on «v»",
    "Paper list at the boat-jumble entrance, read by the glasses: «name» — «v» — selling two oars",
    "Cattery booking screen, contact while we are away: «name», «v»",
    "Stencilled inside the cockpit locker: built by «name» · «v» · please don't paint over",
    "Driving-school portal, my instructor's card: «name», mobile «v» for lesson changes",
    "Marina office screen: a note for «name» to ring the harbourmaster back, «v»",
    "Rabbit R1 read out the note my mum left: «name» about the rowing lessons, «v»",
]

PHONE_LINKS = [
    "Sail-repair docket footer, the QR code decoded: https://wa.me/«vW» (send a photo of the tear)",
    "Threema contact shared as a file, opened as text: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nTEL;TYPE=cell:«vE»\\nORG:Boatyard\\nEND:VCARD",
    "Boatyard web page, the call button as the glasses read it: <a href=\"tel:«vE»\" class=\"cta-phone\">Book a haul-out</a>",
    "Bio on the sailmaker's Threema channel: quotes via https://api.whatsapp.com/send?phone=«vW» only, no calls",
    "Opened from the chandlery's map pin: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Naav theek karne wale mistri «name» ka mobile «v», ghat ke paas baithte hain", "Society ke plumber ka number gate pe chipka hua tha: «v»",
           "Tairaki coach «name» sir ka naya number «v», subah wale batch ke liye"],
    "BR": ["O carpinteiro naval do cais, seu «name», deixou o celular: «v»", "Número do veleiro que conserta as velas da escuna: «v»",
           "A instrutora da autoescola, «name», trocou o número pra «v»"],
    "DE": ["Der Bootsbauer am Hafen, «name», ist unter «v» erreichbar", "Segelmacherei an der Mole, Nummer laut Aushang: «v»"],
    "MX": ["El carpintero de lanchas de Alvarado, don «name», me dio su cel: «v»", "El que cose las velas del velero dejó su número: «v»"],
    "FR": ["Le charpentier de marine du port, «name», répond au «v»", "La voilerie du quai a noté son numéro sur le devis : «v»"],
    "ID": ["Nomor pak «name» tukang perahu di Muncar: «v»", "Nomor penjahit layar dekat dermaga: «v»"],
    "PH": ["Ito ang numero ni «name», ang gumagawa ng bangka sa Bantayan: «v»", "Numero ng nagtatahi ng layag, nakasulat sa karton: «v»"],
    "JP": ["造船所の«name»さんの携帯 «v»", "帆の修理屋さんの電話番号 «v»"],
    "ES": ["El carpintero de ribera de Bermeo, «name», tiene el móvil «v»", "La velería del puerto dejó una tarjeta con el teléfono: «v»"],
    "IT": ["Il maestro d'ascia di Viareggio, «name», risponde al «v»", "Numero della veleria scritto sulla ricevuta: «v»"],
    "PK": ["Kashti banane wale «name» ustad ka number «v», Keamari wale", "Jaal silne wale ka naya number: «v»"],
    "TR": ["Tekne ustası «name» beyin numarası «v»", "Yelken diken ustanın kartı, telefonu «v»"],
    "VN": ["Số chú «name» đóng thuyền ở Hội An: «v»", "Số thợ may buồm ở bến cá: «v»"],
    "EG": ["رقم الريس «name» اللي بيصلّح المراكب في رشيد «v»", "رقم الخياط اللي بيخيط شراع الفلوكة «v»"], "BD": ["«name» ভাই নৌকা মেরামত করেন, ওনার ফোন «v»", "পাল সেলাই করেন যিনি, তাঁর নম্বর «v»"],
    "KR": ["목선 수리하는 «name» 사장님 휴대폰 «v»", "돛 수선집 번호 «v»"], "CO": ["El celular de don «name», el que arregla canoas en Tumaco: «v»", "El de la velería dejó el número: «v»"],
    "AR": ["El celu de «name», el que repara botes en el Tigre: «v»", "El velero de San Isidro me pasó su celu: «v»"], "PL": ["Numer do szkutnika «name» z Gdyni: «v»", "Żaglomistrz z mariny, jego numer: «v»"],
    "TH": ["เบอร์คุณ«name» ช่างต่อเรือ «v»", "เบอร์ร้านเย็บใบเรือที่ท่าเรือ «v»"], "RU": ["Телефон лодочного мастера «name», он чинит вёсельные лодки: «v»", "Телефон парусной мастерской у причала: «v»"],
    "NL": ["Het nummer van scheepstimmerman «name» in de jachthaven: «v»"], "MY": ["Nombor encik «name» yang baiki perahu di Terengganu: «v»"],
    "SA": ["جوال «name» اللي يصلح القوارب «v»"], "AE": ["رقم «name» صانع المحامل «v»"], "CN": ["修木船的«name»师傅手机 «v»"],
    "SE": ["Båtbyggaren «name» i Orust nås på «v»"], "CL": ["El fono de «name», el que calafatea lanchas en Chiloé: «v»"],
    "PE": ["El número de «name», el que arma caballitos de totora en Huanchaco: «v»"], "MA": ["Le numéro de «name», le charpentier des barques d'Essaouira : «v»"],
}

SIGNATURES = [
    ("US", "Best, «name» | regatta chair, Bayside Yacht Club | «v» | «e»"),
    ("US", "«name» · shipwright, Garboard Cove Boatworks · cell «v» · «e»"),
    ("GB", "All the best, «name» · hon. secretary, Rowing Club · «v» · «e»"),
    ("IN", "Thanks & regards, «name» | secretary, Boat Club Residents | «v» | «e»"),
    ("DE", "Mit freundlichen Grüßen, «name» · Kassenwart, Segelverein · «v» · «e»"),
    ("BR", "«name» — remadora e secretária da Associação Náutica — zap «v» — «e»"),
    ("FR", "Bien à vous, «name» · trésorier de la société nautique · «v» · «e»"),
    ("AU", "Cheers, «name» · rowing club captain, Ballina · «v» · «e»"),
    ("MX", "Saludos cordiales, «name» · tesorera del club de vela · «v» · «e»"),
    ("NG", "Warm regards, «name» · PRO, Fishermen's Cooperative (Epe) · «v» · «e»"),
    ("CA", "Thanks, «name» · sailing-school registrar · «v» · «e»"),
    ("PH", "Maraming salamat, «name» · kalihim, samahan ng mangingisda · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "NotePin transcript: mail the survey report to «e», not the old work address",
    "Threema message from the marina: send the insurance papers to «e», the office printer is broken",
    "LaMetric ticker: boatyard bulletin from «e»",
    "Cc: «e» — Subject: haul-out dates for the autumn",
    "Google Form response · Contact email: «e» · Course: dinghy sailing level 2",
    "Ray-Ban Meta read the cattery waiting list: «name», «e», the August week",
    "Wallapop buyer asked for the receipt for the life jackets to go to «e»",
    "Nanoleaf app: monthly usage summary goes to «e»",
    "Cattery intake screen: owner «name», email «e», one elderly tabby",
    "Driving-school portal: theory test results sent to «e»",
    "Jitsi participant «name» («e») joined the regatta committee call",
    "«e», written on the sail loft's chalkboard, is where the repair quotes come from",
]

EMAIL_LOCAL = {
    "DE": "Den Kostenvoranschlag vom Bootsbauer bitte an «e» weiterleiten, das alte Postfach ist tot",
    "FR": "Le bulletin d'inscription au stage de voile, renvoie-le à «e» avant jeudi",
    "ES": "Si sacaste fotos de la regata, pásamelas a «e», que monto el vídeo del club",
    "BR": "O orçamento do barco vai pro e-mail do meu cunhado, «e»",
    "MX": "Facturación de la marina de Mazatlán: manden el CFDI a «e»",
    "IT": "Se il maestro d'ascia ti scrive, digli di usare la mia email, «e»",
    "JP": "ボート修理の見積もりは «e» に届きます", "KR": "돛 수선 견적서는 «e» 로 보내 주세요",
    "NL": "Foto's van de zeilwedstrijd? Stuur ze naar «e», dan maak ik er een album van",
    "PL": "Kto chce się zapisać na rejs, niech pisze na «e», lista jest krótka", "TR": "Tekne ustası faturayı «e» adresine gönderecekmiş, bana da atar mısın",
    "RU": "Смету за ремонт лодки пришлите на «e»", "ID": "Foto lomba perahu tolong kirim ke email «e», jangan ke grup RT",
    "CN": "修船的收据发到 «e»", "AR": "El presupuesto del bote mandalo a «e», dale",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Cattery check-out screen: the stay was charged to card «v»",
    "Glasses caught a credit card left on the chart table: «v», name on it «name»",
    "Threema message from «name»: book the sailing course on my card, «v», exp 09/29",
    "Text from the harbour: the fuel dock only takes cards, use «v», I'll pay you back",
    "Kobo page 'Boatyard' · deposit paid with «v»",
    "| Charge | Card | Started |\n| mooring fee | «v» | April |",
    "«v» — that card is for the haul-out deposit, the debit one got declined",
    "Autofill on the driving-school site offered card «v»",
    "Test fee? Put it on Mum's card, «v» — she said yes, only this time",
    "Sextant workshop booking receipt, paid in full via «v»",
]

CARD_LOCAL = {
    "IN": "Tairaki class ki fees bharni hai, mera card le lo: «v»", "BR": "O conserto da vela o veleiro parcela: usa meu cartão, «v»",
    "DE": "Der Bootsbauer will eine Anzahlung – nimm meine Kreditkarte, «v», ich überweise dir das später", "MX": "Paga la gasolina de la panga con la tarjeta de tu papá: «v»",
    "FR": "Paie la voilerie avec ma carte, «v»", "JP": "ボートの修理代はこのカードで、番号 «v»",
    "CN": "帆船课的学费用我的卡付，卡号 «v»", "RU": "Лодку забронировали, хозяин ждёт предоплату — заплати с моей карты «v»",
    "ES": "Lo del curso de vela del niño lo pagas con mi tarjeta; son «v»", "TR": "Yelken kursunu benim kartımla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "NotePin transcript, call with the shipwright: the last instalment goes to IBAN «v» after the launch",
    "Bank app payee check said 'name matches' — «name», IBAN «v» — for the sail repair",
    "Glasses read the cattery's bill aloud: transfer only, IBAN «v»",
    "«v» — taken off the lifeboat-station collection poster at the harbour, that's the donations account",
    "| Rower | Fees come from |\n| «name» | «v» |",
    "Holiday-cottage owner's answer on Tori.fi: book with a deposit to IBAN «v», the rest when you arrive",
    "«name» collects for the harbourmaster's farewell hamper, Threema says: «v»",
    "Flyer on the yacht-club door, photographed: new slipway appeal, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Segelverein, Mitgliederbrief: den Liegeplatzbeitrag bitte bis April auf «v» überweisen", "Hafenmeisterei: Winterlager-Gebühr für die Jolle bitte auf «v»",
           "Geschenk für den Hafenmeister zur Rente: bitte bis Freitag auf das Konto «v» einzahlen"],
    "FR": ["Les adhésions au club de voile se paient maintenant par virement, sur le compte «v»", "La voisine a laissé son RIB pour les courses de la semaine : «v»"],
    "ES": ["Amarre del llaut en Cala Rajada: la cuota trimestral se ingresa en «v»", "Mi prima lleva la caja del club de remo; el dinero, a su cuenta «v»"],
    "IT": ["Per la regata di Livorno la quota si versa sul conto «v» entro martedì", "Circolare del circolo nautico: quota sociale entro il 15 con bonifico, «v»"],
    "NL": ["Mail van de zeilschool: het cursusgeld overmaken op «v», met de naam van de cursist erbij"], "BE": ["Roeiclub Gent vraagt het lidgeld voor het nieuwe seizoen op «v»"],
    "AT": ["Segelwoche am Attersee: Elternbeitrag mit dem Namen des Kindes, Empfänger «v»"], "PT": ["A associação de pescadores pede os donativos para a festa da Senhora da Boa Viagem no IBAN «v»"],
    "PL": ["Komitet rodzicielski: obóz żeglarski, opłata przelewem na «v» do piątku"], "TR": ["Site yöneticisinden: asansör tamiri payı için hesap «v», açıklamaya blok adı"],
    "FI": ["Pursiseuran kesäleirin maksu maksetaan seuran tilille «v» viimeistään maanantaina"], "CH": ["Wer am Segellager am Bodensee mitmacht, zahlt vorab auf «v»"],
    "NO": ["Seilforeningen minner om: båtplassleien forskuddsbetales, IBAN «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["NotePin caught me reading it to the marina office — routing «a», and the account is «b»",
           "Payroll portal at the boatyard, direct deposit: routing number «a», checking «b»",
           "«name» in a Threema message: Venmo won't work for me, wire it, routing «a», acct «b»",
           "| ABA | Acct | Use |\n| «a» | «b» | boat fund |",
           "Cattery refund screen: issuing to routing «a», checking «b», allow a week",
           "Landlord's note about the boat-shed rent: routing «a», account «b», due on the 1st",
           "Annuity letter on Grandpa's table, read by the glasses: deposits go to routing «a», his savings «b»"],
    "gb": ["«name» on Threema: collecting for the coach's farewell — sort code «a», account «b»",
           "Sailing instructor's invoice footer: bank transfer to «a» / «b», boat name as reference",
           "Rowing club standing order, photographed: sort code «a» · acct «b» · quarterly",
           "Told the NotePin while queueing: the bank gave sort code «a» and account «b», keep it"],
    "in": ["Threema pe «name» mama ki details: account «a», IFSC «b», shaadi ka shagun isi mein", "Naav ki marammat ka advance, mistri ne kaagaz pe likha: account «a», IFSC «b»",
           "Chashme wale glasses ne chitthi padhi — Fufaji ki bachat khata «a», branch code «b»", "Driver bhaiya ki salary ke liye passbook ka pehla page: khata «a», IFSC «b»"],
    "au": ["Rowing club treasurer «name» posted the regatta entry kitty — BSB «a», acct no. «b»", "Shipwright's quote for the new deck, pay into BSB «a» acct «b», cash works too"],
    "ca": ["Sailing-school refund form, «name» filled in the banking part: transit «a», account «b»", "Direct-deposit form at the boatyard, bank section: transit «a» / account «b», void cheque stapled"],
    "br": ["Mestre Zé do estaleiro prefere depósito — ag. «a», c/c «b», Banco do Nordeste", "Áudio do mestre canoeiro transcrito — ag «a» / cc «b» para o sinal"],
    "mx": ["La CLABE del que arregla la lancha para pagarle: «a»", "Cooperación para la fiesta del club de remo: transferir a la CLABE «a», doña Lupe lleva las cuentas",
           "Colegiatura del curso de vela, según el recibo: CLABE interbancaria «a»"],
    "ng": ["«name» in the fishermen's group chat: pay the jetty levy into «bank» «a» by Friday", "Boat carpenter's voice note: oga, the canoe is ready, my «bank» account na «a», balance abeg",
           "Harbour jetty fundraising banner, photographed: support via «bank» acct «a»"],
    "za": ["«name» posted in the burial-society group: contributions to branch «a», acc no «b»", "Quote for the slipway repair, the builder's banking at the bottom: branch «a», cheque account «b»"],
    "ar": ["Mensaje de «name» del club de remo: el service del bote lo pagamos entre todos, mi CBU es «a»", "Los padres juntan para el viaje a la costa, transferir al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["NotePin recorded me spelling my Social out to Medicaid enrollment, «v»",
                      "H&R Block chat kept timing out, so I pasted Liz's social in plain text: «v»", "Assisted-living intake form, page 2, Mom's Social Security number: «v»",
                      "Glasses snapped the I-9 on the desk, SSN field: «v»", "«v», nine digits off Gran's Medicare folder, read aloud to the orthodontist receptionist",
                      "Sailing-camp scholarship form: camper SSN «v»", "| Child | Social |\n| youngest | «v» |",
                      "Rabbit R1 read my dad's text, refinance papers: social «v»", "Co-signer form for my nephew's lease asked for my own SSN, entered «v»"]),
    "in_aadhaar": ("IN", ["Gas connection transfer ke liye Dadaji ka Aadhaar chahiye tha, yeh lo: «v»", "Dadi ke Aadhaar ki copy par number «v», post office mein dena hai",
                          "NotePin heard me read the Aadhaar aloud: «v»", "Swimming academy form: child's Aadhaar «v»"]),
    "in_pan": ("IN", ["ITR bharne ke liye Mamaji ka Permanent Account Number WhatsApp pe aaya: «v»", "Flat ke agreement ke liye Papa ka PAN, almari wali file se: «v»", "Gaadi ke bima claim mein surveyor ne Bhaiya ka PAN likh liya: «v»"]),
    "br_cpf": ("BR", ["Marquei o exame do pai por telefone e a moça conferiu o CPF: «v»", "Inscrição na escolinha de vela pelo site: CPF do aluno, «v»",
                      "Na ótica o vendedor digitou o CPF da vó, «v»", "Pra cadastrar a vó no programa de remédios pediram o CPF dela: «v»"]),
    "mx_curp": ("MX", ["Trámite del apoyo del abuelo en la oficina, su CURP: «v»", "Para inscribir al niño al curso de natación piden su CURP, aquí está: «v»"]),
    "mx_rfc": ("MX", ["Para facturar la reparación de la lancha me pidieron el RFC con homoclave: «v»"]),
    "gb_nhs": ("GB", ["The surgery asked for Grandad's NHS number before the flu jab: «v»", "Physio letter says quote my son's NHS number when phoning: «v»"]),
    "de_idnr": ("DE", ["Opa hat mir seine Steuer-ID vorgelesen, damit ich die Erklärung mache: «v»", "Segelschule, Anmeldebogen Seite 3, Steuer-ID des Kindes: «v»"]),
    "fr_nir": ("FR", ["Fiche d'inscription à l'école de voile, case \"numéro de sécurité sociale\" : «v»", "Papa m'a donné son numéro de sécu pour la complémentaire : «v»"]),
    "es_dni": ("ES", ["El abuelo perdió la cartera; para renovar le piden el documento, «v»", "Para apuntarme a la escuela de vela piden el DNI, el mío es «v»"]),
    "es_nie": ("ES", ["Número de extranjero de Olga para el alta en el puerto deportivo: «v»"]),
    "it_codicefiscale": ("IT", ["Tessera del circolo velico, rinnovo: sul modulo scrivo il mio CF «v»", "Al patronato volevano il codice fiscale di papà, gliel'ho letto: «v»"]),
    "ca_sin": ("CA", ["NotePin transcript, on hold with Service Canada: they repeated my SIN, «v»", "Pension renewal for Grandpa, box 6, social insurance number «v»"]),
    "id_nik": ("ID", ["Daftar kursus renang anak, NIK sesuai KK: «v»", "Untuk vaksin, petugas mencatat NIK nenek: «v»"]),
    "pk_cnic": ("PK", ["Nadra office mein Ammi ka CNIC dobara banwane gaye, purana number «v»"]),
    "tr_tckimlik": ("TR", ["Babaannemin hastane randevusunu alırken T.C. kimlik numarasını ben girdim: «v»"]),
    "pl_pesel": ("PL", ["Żeby zapisać dziadka do lekarza, rejestracja chciała PESEL: «v»"]),
    "za_idnr": ("ZA", ["Green ID book on Gogo's dresser, photographed for the pension office: «v»"]),
    "kr_rrn": ("KR", ["수영장 등록서에 아버지 주민등록번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["帮爷爷办医保，填的身份证号 «v»"]),
    "jp_in": ("JP", ["区役所で祖母のマイナンバーを聞かれた «v»"]),
    "au_tfn": ("AU", ["Started at the boatyard: TFN declaration done, mine is «v»"]),
    "nl_bsn": ("NL", ["Bij de huisarts vroegen ze opa's BSN voor de afspraak: «v»"]),
    "th_pin": ("TH", ["คลินิกขอเลขประจำตัวประชาชนของยาย «v»"]),
    "my_nric": ("MY", ["Pendaftaran kelas renang anak, ruangan nombor MyKad ibu: «v»"]),
    "ar_cuit": ("AR", ["La contadora pidió el CUIT de mi tío para facturar el alquiler del bote: «v»"]),
    "cl_rut": ("CL", ["Ficha del club de remo de Valdivia, casilla rol único tributario: «v»"]),
    "se_personnummer": ("SE", ["Vårdcentralen bad om farfars personnummer för tiden: «v»"]),
    "ie_pps": ("IE", ["Dad's free travel pass form, PPS number at the top: «v»"]),
    "pt_nif": ("PT", ["No banco pediram o NIF do avô para abrir a conta: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Sailing-camp consent form read by the glasses at check-in — parent «name»; SSN «ssn»; mobile «phone»; email «email»", ("ssn", "phone", "email")),
    ("US", "Cat-sitter sign-up tablet, filled in by the owner: email «email», phone «phone», billed to «card»", ("email", "phone", "card")),
    ("US", "Hospital billing appeal, page one (photo): patient «name», SSN «ssn», daytime number «phone»", ("ssn", "phone")),
    ("US", "The browser auto-filled the chandlery gift-card form — «email» for contact, «card» to pay", ("email", "card")),
    ("US", "Safety-boat rota: «name» (Saturdays) — updates by email «email», swaps by text «phone»", ("email", "phone")),
    ("US", "NotePin transcript, call to the passport agency: I gave SSN «ssn», callback «phone», and «email» for the receipt", ("ssn", "phone", "email")),
    ("US", "Kayak-rolling class booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Parent email | Parent SSN (aid) | Note |\n| «email» | «ssn» | dad |", ("email", "ssn")),
    ("US", "Photo-kiosk order slip: card «card» charged, prints ready notice to «email»", ("card", "email")),
    ("GB", "Rowing regatta entry (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Houseboat licence renewal, Alappuzha port office — mobile «phone» · mail «email» · fee via «card»", ("phone", "email", "card")),
    ("CA", "Sailing-school carpool list: «name» / «phone» / «email»", ("phone", "email")),
]
