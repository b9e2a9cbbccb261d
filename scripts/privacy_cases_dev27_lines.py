"""Where the dev27 privacy set's numbers and addresses turn up (``privacy_cases_dev27.py``):
what a personal agent's sensors record (a Limitless pendant's transcripts, an Apple Vision Pro's and
a Meta Quest's screens, Kindle Scribe and Supernote notebooks, a Wyze camera's app, an Ecobee
thermostat's screen, a Tidbyt and a Vestaboard display, Coros and Amazfit watches, Mastodon DMs,
Avito, Trade Me, Subito and Finn.no listings, a luthier's repair ticket, a stonemason's headstone
order, photos of a stone yard's whiteboard, a cobbler's claim ticket, a bell tower's ringing rota, a
Polarsteps trip, rows copied from a shared spreadsheet, a value written before its label, a label a
sentence or a line away from its value; cemetery-office, music-exam and boarding-kennel screens),
English first, then in the words of the set's other countries.

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
    "Limitless pendant transcript, at the violin shop: the luthier «name» said ring «v» when the varnish has cured",
    "Wyze app, the dog walker's profile under shared users: «name», phone «v», Tuesdays and Fridays",
    "Vision Pro floating note my brother pinned over the desk: stonemason «name» · «v» · about Grandpa's headstone",
    "Meta Quest party chat, typed into the lobby: «name» here, reach me on «v» after the match",
    "Trade Me question on the cello listing: the seller «name» replied, phone «v» to arrange a viewing",
    "Cobbler's claim ticket stapled to the boot bag: resoling, collect Thursday, «name», mob. «v»",
    "Stone yard whiteboard, photographed: lettering queue — Friday, «name», «v»",
    "Avito ad for a restored mandolin, English translation: ask for «name», calls only, «v»",
    "«v» — «name», the woman who rebuilt the garden wall, dry-stone, worth every penny",
    "| Ringer | Name | Phone |\n| treble bell | «name» | «v» |",
    "Kindle Scribe page from the choir committee: «name» tunes pianos, «v»",
    "Tidbyt app showed a contact my wife pushed to the display: «name», «v», the fiddle teacher",
    "Headstone order form, customer section: «name», daytime phone «v», proof by post",
    "Coros watch, the running club's group page: «name» — ring «v» for the Sunday long run",
    "Mastodon DM from «name»: lost my old phone on the ferry, new number is «v»",
    "Amazfit screen mid-ride, a message from the group: «name» here, «v» if the van is full",
    "Shared sheet 'Bell tower outing', a row pasted into chat: «name» | «v» | brings flasks",
    "Supernote page headed 'Neighbours for the storm': the man with the generator, «name», «v»",
    "Polarsteps comment from «name»: staying at the hostel by the lake, local SIM «v»",
    "Written inside the guitar case lid, number first:\n«v»\nthe setup guy («name»)",
    "Ecobee screen, the HVAC installer's contact card: «name», mobile «v»",
    "Voicemail typed out by the pendant: hi, «name» from the stone yard, the lettering's ready, ring «v»",
    "Sign-up clipboard at the open workshop day, read by the pendant: «name» — «v» — wants the fret-levelling demo",
    "Boarding-kennel screen, emergency contact for the spaniel: «name», «v»",
    "Label under the mandolin's top, seen through the f-hole: repaired by «name» · «v» · keep humidified",
    "Music-exam portal, accompanist card: «name», cell «v» for rehearsal swaps",
    "Cemetery office screen: a note from «name» at the front desk, call back on «v»",
    "Vestaboard in the hallway, my dad's message: call «name» about the violin lessons, «v»",
]

PHONE_LINKS = [
    "Repair ticket footer, the chat link printed under the barcode: https://wa.me/«vW» (quote the ticket number)",
    "Mastodon DM with a contact attached, contact.vcf opened as text: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nTEL;TYPE=cell:«vE»\\nORG:Stone yard\\nEND:VCARD",
    "Stone yard's web page, the call button as the screen reader spoke it: <a href=\"tel:«vE»\" class=\"btn-ring\">Talk to a mason</a>",
    "Pinned post on the fiddle teacher's Mastodon profile: message me first at https://api.whatsapp.com/send?phone=«vW» before booking",
    "Tapped from the cobbler's map listing: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Sitar theek karne wale «name» ustad ka number «v», Miraj wali gali", "Building ke lift wale mechanic ne noticeboard par number chipkaya: «v»",
           "Chhotu ke violin sir «name» ka naya number «v», Sunday batch ke liye"],
    "BR": ["O luthier da Teodoro Sampaio, seu «name», passou o celular: «v»", "Número do marmorista que vai fazer a lápide do vô: «v»",
           "A professora de rabeca, «name», mudou o número pra «v»"],
    "DE": ["Der Geigenbauer in der Altstadt, «name», ist unter «v» zu erreichen", "Steinmetzbetrieb an der Friedhofsmauer, laut Schild im Fenster: «v»"],
    "MX": ["El laudero de Paracho, don «name», me pasó su cel: «v»", "El marmolero que va a hacer la lápide dejó su número: «v»"],
    "FR": ["Le luthier de la rue de Rome, «name», décroche au «v»", "Le tailleur de pierre qui refait le muret a laissé son numéro : «v»"],
    "ID": ["Nomor pak «name» tukang servis gitar di Bandung: «v»", "Nomor pemahat batu nisan dekat makam: «v»"],
    "PH": ["Ito ang numero ni «name», ang gumagawa ng gitara sa Cebu: «v»", "Numero ng nag-uukit ng lapida, nakasulat sa kalendaryo: «v»"],
    "JP": ["バイオリン工房の«name»さんの携帯 «v»", "石材店の担当の電話番号 «v»"],
    "ES": ["El guitarrero de la calle Atocha, «name», apunta su móvil: «v»", "El marmolista del cementerio dejó una tarjeta con su teléfono: «v»"],
    "IT": ["Il liutaio di Cremona, «name», risponde al «v»", "Numero dello scalpellino scritto sul retro del preventivo: «v»"],
    "PK": ["Rabab banane wale «name» ustad ka number «v», Peshawar wale", "Qabristan ke bahar jo kutbe likhta hai, us ka naya number: «v»"],
    "TR": ["Bağlama ustası «name» beyin numarası «v»", "Mezar taşı yapan ustanın kartı, telefonu «v»"],
    "VN": ["Số chú «name» sửa đàn ghi-ta ở phố Hàng Bạc: «v»", "Số thợ khắc bia mộ ở đầu làng: «v»"],
    "EG": ["رقم الأسطى «name» اللي بيصلّح العود في شارع محمد علي «v»", "رقم النقاش اللي هيكتب على شاهد القبر «v»"], "BD": ["«name» দা একতারা সারান, ওনার ফোন «v»", "কবরের ফলক খোদাই করেন যিনি, তাঁর নম্বর «v»"],
    "KR": ["바이올린 공방 «name» 선생님 휴대폰 «v»", "비석 새기는 석재상 번호 «v»"], "CO": ["El celular de don «name», el que arregla tiples en Chiquinquirá: «v»", "El del taller de lápidas dejó el número: «v»"],
    "AR": ["El celu de «name», el luthier de bandoneones de Boedo: «v»", "El marmolero de la Chacarita me pasó su celu: «v»"], "PL": ["Numer do lutnika «name» z Zakopanego: «v»", "Kamieniarz spod cmentarza, jego numer: «v»"],
    "TH": ["เบอร์คุณ«name» ช่างซ่อมซอ «v»", "เบอร์ร้านแกะสลักป้ายหินหน้าวัด «v»"], "RU": ["Телефон скрипичного мастера «name», он чинит альты: «v»", "Телефон гранитной мастерской у кладбища: «v»"],
    "NL": ["Het nummer van vioolbouwer «name» aan de gracht: «v»"], "MY": ["Nombor encik «name» yang baiki gambus di Johor: «v»"],
    "SA": ["جوال «name» اللي يصلح العود «v»"], "AE": ["رقم «name» معلم الكمان «v»"], "CN": ["修二胡的«name»师傅手机 «v»"],
    "SE": ["Fiolbyggaren «name» i Falun nås på «v»"], "CL": ["El fono de «name», el que hace charangos en Valparaíso: «v»"],
    "PE": ["El número de «name», el maestro que hace charangos en Ayacucho: «v»"], "MA": ["Le numéro de «name», le luthier de oud près de Bab Doukkala : «v»"],
}

SIGNATURES = [
    ("US", "Thanks so much, «name» | PTA secretary, Hollister Elementary | «v» | «e»"),
    ("US", "«name» · bench luthier, Purfling Lane Guitars · direct «v» · «e»"),
    ("GB", "Kind regards, «name» · tower captain, St Michael's ringers · «v» · «e»"),
    ("IN", "Regards, «name» | RWA treasurer, Sector 9 | «v» | «e»"),
    ("DE", "Beste Grüße, «name» · Schriftführerin, Posaunenchor · «v» · «e»"),
    ("BR", "Um abraço, «name» | tesoureira da orquestra de câmara | «v» | «e»"),
    ("FR", "Cordialement, «name» · secrétaire de l'harmonie municipale · «v» · «e»"),
    ("AU", "Ta, «name» · bush band organiser, Castlemaine · «v» · «e»"),
    ("MX", "Atentamente, «name» · coordinadora del mariachi escolar · «v» · «e»"),
    ("NG", "Yours faithfully, «name» · Secretary, Landlords' Association (Surulere) · «v» · «e»"),
    ("CA", "Regards, «name» · fiddle-camp registrar · «v» · «e»"),
    ("PH", "Salamat po, «name» · ingat-yaman, rondalla ng barangay · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Limitless pendant transcript: send the workshop photos to «e», that inbox I actually read",
    "Mastodon DM from the cabin: forward the ferry receipts to «e», the signal here is awful",
    "Tidbyt footer: stone yard newsletter from «e»",
    "Bcc: «e» — Subject: ringing practice moved to Wednesday",
    "Typeform answer · Email we can reach you at: «e» · Course: beginner violin making",
    "Vision Pro read out the kennel waiting list: «name», «e», the Friday slot",
    "Subito buyer wants the receipt for the cello bow sent to «e»",
    "Ecobee screen: energy reports now sent to «e»",
    "Kennel intake page: owner «name», contact address «e», two spaniels",
    "Music-exam screen: results will be emailed to «e»",
    "Whereby guest «name» («e») joined the bell-ringers' committee call",
    "«e», says the card taped to the lathe, is where lettering-class enquiries go",
]

EMAIL_LOCAL = {
    "DE": "Die Rechnung vom Geigenbauer bitte an «e» schicken, das alte Postfach nutze ich nicht mehr",
    "FR": "L'inscription au stage de lutherie, renvoyez-la à «e» avant lundi",
    "ES": "Si grabaste el concierto de guitarra, mándamelo por correo a «e», que hago el montaje",
    "BR": "O orçamento da lápide vai pro e-mail da minha irmã, «e»",
    "MX": "Oye, el recibo de la jarana que salga a nombre de mi papá y al correo «e»",
    "IT": "Se il liutaio ti risponde, digli di scrivere alla mia email, «e»",
    "JP": "バイオリン修理の見積もりは «e» に届きます", "KR": "비석 견적서는 «e» 로 보내 주세요",
    "NL": "Wie opnames heeft van het vioolconcert: mail ze naar «e», dan knip ik ze aan elkaar",
    "PL": "Kto chce oddać skrzypce do przeglądu przed koncertem, niech pisze do mnie na «e»", "TR": "Mezar taşı ustası çizimleri «e» adresine yollayacakmış, bana da iletir misin",
    "RU": "Счёт за памятник пришлите на «e»", "ID": "Foto kelas gitar tolong dikirim ke email «e», jangan ke grup keluarga",
    "CN": "二胡修理的收据发到 «e»", "AR": "El presupuesto del bandoneón mandalo a «e», gracias",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Kennel check-out screen: boarding charged to card «v»",
    "Pendant camera frame, a credit card lying on the workbench beside the rosin: «v», embossed «name»",
    "Mastodon DM from «name»: put the violin course on my card, «v», expiry 04/30",
    "Message from the cabin: the ferry office takes cards, use «v», I'll transfer it back",
    "Supernote page 'Stone yard' · deposit paid with «v»",
    "| Bill | Card | Since |\n| cello rental | «v» | September |",
    "«v» — that's the card for the headstone deposit, the other one bounced",
    "Autofill on the music-exam site suggested card «v»",
    "Exam fee? Use Dad's card, «v» — he said fine, just this once",
    "Checkout screenshot for the dry-stone walling weekend: card «v»",
]

CARD_LOCAL = {
    "IN": "Violin ki fees abhi bharni hai, mera credit card use kar lo: «v»", "BR": "A lápide o marmorista parcela no crédito: usa o meu, «v»",
    "DE": "Der Geigenbauer will eine Anzahlung – nimm einfach meine Kreditkarte, «v», den Rest erkläre ich dir später", "MX": "Mija, lo del laudero cárgalo a mi tarjeta de crédito, son estos dieciséis números: «v»",
    "FR": "Règle le luthier avec ma carte, «v»", "JP": "バイオリンの修理代はこのカードで、番号 «v»",
    "CN": "二胡课的学费用我的卡付，卡号 «v»", "RU": "Памятник заказали, мастер ждёт предоплату — оплати с моей карты «v»",
    "ES": "Lo de la guitarra del niño lo pagas con mi tarjeta; los números son «v»", "TR": "Bağlama kursunu benim kartımla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Limitless pendant transcript, call with the stonemason: pay the balance to IBAN «v» when the stone is set",
    "Banking app's name check came back 'close match' — «name», IBAN «v» — for the violin deposit",
    "Vision Pro read the kennel's invoice aloud: bank transfer only, IBAN «v»",
    "«v» — copied off the bell-restoration poster by the porch door, that's the one for donations",
    "| Pupil | Lessons paid from |\n| «name» | «v» |",
    "Cabin owner's reply on Finn.no: hold the dates with a deposit to IBAN «v», the balance on arrival",
    "Mastodon DM from «name»: my IBAN for the choir director's present, «v»",
    "Notice in the cathedral porch, photographed: bell restoration appeal, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Posaunenchor, Rundbrief 2: den Jahresbeitrag bitte bis März auf «v» überweisen", "Laut Abrechnung der Hausverwaltung geht die Nachzahlung bis zum 15. an «v»",
           "Sammlung für den Kantor zum Dienstjubiläum: Beiträge bitte bis Sonntag auf das Konto «v»"],
    "FR": ["Les cotisations de la chorale se règlent désormais par virement, coordonnées bancaires : «v»", "Le voisin a laissé son RIB pour l'arrosage des plantes, recopié : «v»"],
    "ES": ["La comunidad de vecinos cambió de banco; las cuotas del portal van ahora a «v»", "Mi hermano lleva las cuentas de la rondalla; el dinero, a su cuenta «v»"],
    "IT": ["Per la gita della banda a Cremona la quota si versa sul conto «v» entro venerdì", "Avviso della banda musicale: quote annuali entro il 30 con bonifico, «v»"],
    "NL": ["Bericht van de muziekschool: het lesgeld voor viool overmaken op «v», met de naam van de leerling erbij"], "BE": ["Uitstap naar het beiaardmuseum: inschrijving pas geldig na storting op «v»"],
    "AT": ["Orchesterwoche in Ossiach: Elternbeitrag mit dem Namen des Kindes, Empfängerkonto «v»"], "PT": ["A comissão de festas da aldeia pede os donativos para a banda filarmónica no IBAN «v»"],
    "PL": ["Rada rodziców przypomina: wyjazd do filharmonii, opłata przelewem na «v» do środy"], "TR": ["Yönetici mesajı: çatı tamiri payı için havale hesabı «v», açıklamaya daire numarası"],
    "FI": ["Kuoron kevätretken maksu suoritetaan yhdistyksen tilille «v» viimeistään perjantaina"], "CH": ["Wer an der Musikwoche in Arosa teilnimmt, zahlt im Voraus auf «v»"],
    "NO": ["Korpset minner om: vårsemesteret forskuddsbetales, IBAN «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Limitless pendant heard me reading it to the bookkeeper — routing «a», then the account, «b»",
           "Paystub portal at the stone yard, direct-deposit step: bank routing «a», checking account «b»",
           "«name» in a Mastodon DM: Zelle is blocked for me, wire it instead, routing «a», acct «b»",
           "| Routing | Account | For |\n| «a» | «b» | shop float |",
           "Kennel screen, deposit refund status: sending to routing «a», checking «b», 5 business days",
           "Note from the landlord about the workshop rent: ABA «a» and checking «b», due by the 5th",
           "Pension letter on Grandma's desk, caught by the pendant: deposit to ABA «a», her savings number «b»"],
    "gb": ["«name» on Mastodon: chip in for the vicar's retirement gift — «a» is the sort code, «b» the account",
           "Music teacher's invoice footer: pay by bank transfer to «a» / «b», the pupil's name as the reference",
           "Tower fund standing-order slip, photographed: sort code «a» · account no. «b» · monthly",
           "Dictated to the pendant while on hold: the bank said sort code «a» and account «b», jot that down"],
    "in": ["Mastodon pe «name» chacha ki details: khata number «a», IFSC «b», griha pravesh ka shagun isi mein", "Sitar repair ka advance bhejna hai, ustad ji ne parchi pe likh ke diya: account «a» aur IFSC «b»",
           "Vision Pro ne message padh ke sunaya: mausi ka account «a», IFSC «b»", "Maali bhaiya ki tankhwah ke liye unki passbook ka pehla panna: khata «a», IFSC «b»"],
    "au": ["Message from «name»: the bush band kitty is BSB «a», account «b»", "Stonemason's quote for the retaining wall, pay into BSB «a» acct «b», cash also fine"],
    "ca": ["Fiddle-camp refund form, «name» filled in the bank part: transit «a», account «b»", "Payroll form at the luthier's shop, banking section: transit «a» / account «b», void cheque attached"],
    "br": ["O marmorista não tem Pix, só TED: agência «a» e conta corrente «b» no nome dele", "Sinal do cavaquinho: o luthier mandou os dados num áudio, agência «a», conta «b»"],
    "mx": ["La CLABE del laudero para pagar la jarana: «a»", "Cooperación para el aniversario de la banda: transferencia a la CLABE «a», don Chuy lleva la cuenta",
           "Colegiatura de la academia de violín, según el recibo impreso: CLABE interbancaria «a»"],
    "ng": ["«name» in the landlords' group chat: pay the security levy into «bank» «a» before Friday", "Tailor's voice note: madam, the agbada is ready, my «bank» number is «a», balance please",
           "Photo of the parish notice board: building fund donations to «bank», account «a»"],
    "za": ["«name» posted in the stokvel group: December payout contributions go to branch «a», acc no «b»", "Borehole quote signed, the driller's banking on the letterhead: branch «a», cheque account «b»"],
    "ar": ["Mensaje de «name» de la orquesta barrial: el afinador lo pagamos entre todos, mi CBU es «a»", "Los padres de tercero juntan para el acto de fin de año, transferir al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Limitless pendant transcript, call with the pension office: the number I read them was «v»",
                      "Pasted my husband's SSN into the accountant's portal chat because they lost the form: «v»", "Memory-care admissions packet, page 3, Dad's Social Security number: «v»",
                      "The pendant's camera caught the W-4 on the counter, SSN box: «v»", "«v» is what I read to the hearing-aid clinic's billing desk — Grandpa's SSN",
                      "Music-camp financial aid form: student SSN «v»", "| Kid | SSN |\n| oldest | «v» |",
                      "Vision Pro notification with Mom's text, mortgage papers: SS# «v»", "Guarantor form for my cousin's flat wanted my own Social Security number, typed «v»"]),
    "in_aadhaar": ("IN", ["Bijli ke naye meter ke liye Nanaji ka Aadhaar maanga, yeh raha: «v»", "Nani ke Aadhaar ki photocopy par likha number «v», bank wale ko dena hai",
                          "Limitless pendant read the Aadhaar on the table: «v»", "Music exam form for Trinity: candidate's Aadhaar «v»"]),
    "in_pan": ("IN", ["FD todne ke liye Chachaji ne PAN card ki photo bheji: «v»", "Ghar ki registry ke liye Mummy ka PAN, purane folder se: «v»", "Didi ke home loan ke papers mein PAN chahiye tha, broker ko bheja: «v»"]),
    "br_cpf": ("BR", ["Marquei a fisioterapia da mãe por ligação e a atendente confirmou o CPF: «v»", "Matrícula na escola de música pelo site: CPF do aluno menor, «v»",
                      "Na farmácia popular o atendente digitou o CPF do vô, «v»", "Pra agendar a vacina do vô no postinho pediram o CPF dele: «v»"]),
    "mx_curp": ("MX", ["Trámite de la pensión de la abuela en el Bienestar, su CURP: «v»", "Para la inscripción a la secundaria piden la CURP de la niña, ya la imprimí: «v»"]),
    "mx_rfc": ("MX", ["Para la factura de la jarana, el laudero pidió RFC con homoclave: «v»"]),
    "gb_nhs": ("GB", ["The GP receptionist asked for Nan's NHS number before booking the jab: «v»", "Audiology letter says to quote my daughter's NHS number when ringing: «v»"]),
    "de_idnr": ("DE", ["Oma hat mir ihre Steuer-ID am Telefon gesagt, damit ich die Grundsteuer mache: «v»", "Musikschule, Anmeldeformular Seite 2, Steuer-ID des Kindes: «v»"]),
    "fr_nir": ("FR", ["Dossier d'inscription au conservatoire, case \"n° de sécu de l'élève\" : «v»", "Maman m'a dicté son numéro de sécu pour la mutuelle : «v»"]),
    "es_dni": ("ES", ["La abuela perdió la tarjeta; para el duplicado piden su documento, «v»", "Para matricularme en el conservatorio piden el DNI, el mío es «v»"]),
    "es_nie": ("ES", ["Mi suegro me mandó su NIE para el contrato del gas: «v»"]),
    "it_codicefiscale": ("IT", ["La scuola di musica ha chiesto il codice fiscale per la detrazione: «v»", "Al CAF volevano il codice fiscale di mia madre, gliel'ho dettato: «v»"]),
    "ca_sin": ("CA", ["Limitless transcript, on hold with the pension line: the agent read my SIN back, «v»", "Old Age Security renewal for Grandma, line 4, social insurance number «v»"]),
    "id_nik": ("ID", ["Daftar les biola anak, isi NIK sesuai KTP orang tua: «v»", "Untuk BPJS, petugas mencatat NIK kakek: «v»"]),
    "pk_cnic": ("PK", ["Bijli ka meter apne naam karwana hai, Abbu ka shanakhti card number: «v»"]),
    "tr_tckimlik": ("TR", ["Dedemin emekli maaşı başvurusunda T.C. numarasını ben doldurdum: «v»"]),
    "pl_pesel": ("PL", ["Żeby zapisać babcię na szczepienie, przychodnia chciała PESEL: «v»"]),
    "za_idnr": ("ZA", ["Mkhulu read me his ID number so I can renew the SASSA card online: «v»"]),
    "kr_rrn": ("KR", ["음악학원 등록서에 어머니 주민등록번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["帮奶奶挂号，填的身份证号 «v»"]),
    "jp_in": ("JP", ["市役所の窓口で祖父の個人番号を聞かれた «v»"]),
    "au_tfn": ("AU", ["Started at the stone yard: TFN declaration sent, mine is «v»"]),
    "nl_bsn": ("NL", ["Bij de tandarts wilden ze oma's BSN voor de afspraak: «v»"]),
    "th_pin": ("TH", ["โรงพยาบาลฟันขอเลขประจำตัวประชาชนของตา «v»"]),
    "my_nric": ("MY", ["Pendaftaran tadika anak, ruangan nombor MyKad bapa: «v»"]),
    "ar_cuit": ("AR", ["La contadora pidió el CUIT de mi viejo para facturar las clases de bandoneón: «v»"]),
    "cl_rut": ("CL", ["Para inscribir al tata en el CESFAM piden su RUT: «v»"]),
    "se_personnummer": ("SE", ["Apoteket bad om mormors personnummer för receptet: «v»"]),
    "ie_pps": ("IE", ["Mam's medical card renewal, PPS number on page one: «v»"]),
    "pt_nif": ("PT", ["Nas Finanças pediram o NIF da avó para a caderneta da casa: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Violin-camp waiver read by the pendant at the front desk — guardian «name»; SSN «ssn»; cell «phone»; email «email»", ("ssn", "phone", "email")),
    ("US", "Dog-grooming intake iPad, filled in by the owner: email «email», mobile «phone», pays with «card»", ("email", "phone", "card")),
    ("US", "Medical-debt dispute letter, first page (photo): patient «name», SSN «ssn», best number «phone»", ("ssn", "phone")),
    ("US", "Browser filled the fiddle-shop voucher form by itself — «email» as contact and «card» as payment", ("email", "card")),
    ("US", "Bell tower rota: «name» (Sundays) — notes by email «email», swaps by text «phone»", ("email", "phone")),
    ("US", "Limitless pendant transcript, DMV call: I gave SSN «ssn», a callback number «phone», and «email» for the confirmation", ("ssn", "phone", "email")),
    ("US", "Stone-carving class booking: «name», «phone», deposit on «card»", ("phone", "card")),
    ("US", "| Guardian email | Guardian SSN (aid form) | Notes |\n| «email» | «ssn» | mom |", ("email", "ssn")),
    ("US", "Pharmacy photo pickup slip: card «card» charged, receipt emailed to «email»", ("card", "email")),
    ("GB", "Music exam entry form (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Bengaluru electricity board, new connection form — phone «phone», email «email», fee paid by card «card»", ("phone", "email", "card")),
    ("CA", "Fiddle-camp carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
