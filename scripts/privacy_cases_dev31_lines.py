"""Where the dev31 privacy set's numbers and addresses turn up (``privacy_cases_dev31.py``):
what a personal agent's sensors record (a Soundcore Work recorder's and a Sandbar ring's notes, Notta
transcripts, Solos, Viture, RayNeo and Meizu StarV glasses, a Lorex doorbell's app, a Nixplay frame,
a Skylight calendar and a MagicMirror in the hall, Samsung Health, Welltory and Circular apps,
DingTalk, WeCom, Chatwork, Chanty, Revolt, Guilded and Botim messages, Haraj, OpenSooq, Jófogás,
Shpock, Bikroy and Tonaton listings, Fillout, Formstack, Paperform, Zoho Forms,
SurveyMonkey, Wufoo and HeyForm submissions, rows copied from Baserow, LibreOffice Calc, Quip, Coda,
SeaTable, EtherCalc and ONLYOFFICE, a falconry club's weighing book, hawking-day sign-in and
lost-hawk posters, a mews' feed invoice, a bell tower's rota, peal board and practice-night notice, a
ringers' guild's minutes, a value written before its label, a label a sentence or a line away from
its value; feed-supplier, raptor-vet and church-office screens), English first, then in the words of
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
    "Soundcore Work recording at the hawking meet: the Harris hawk's owner, «name», said to call «v» if she's seen on a roof",
    "Lorex doorbell clip, the visitor held up a card: «name», tower captain, «v», about the Sunday ringing",
    "Solos glasses read the poster on the lamppost: LOST — male kestrel, bells and jesses, ring «name» on «v»",
    "Sandbar ring note from the car park: raptor vet's out-of-hours line, «v», ask for «name»",
    "Shpock listing for a hawk perch and bath: «name», text «v», collection only",
    "Weighing book at the mews, inside cover: in an emergency phone «name», «v»",
    "Practice-night notice in the church porch, photographed: new ringers welcome, contact «name» on «v»",
    "Nixplay frame caption Mum typed under the wedding photo: ringers booked through «name», «v»",
    "«v» — «name», who spliced our new sallies and only charged for the rope",
    "Copied from the club's EtherCalc sheet:\n| Bird | Flown by | Mobile |\n| lanner | «name» | «v» |",
    "MagicMirror in the hall, the 'who to ring' panel: plumber «name», «v»",
    "Skylight calendar entry Dad added: pick up the hood from «name», «v», after two",
    "Fillout response, contact block: «name», best number «v», interested in a falconry experience day",
    "Circular app, emergency contact card: «name» — «v» — walks the dog at seven",
    "Chanty message from «name»: my old phone died in the mews, use «v» from now on",
    "Samsung Health, the person to call if I fall: «name», «v»",
    "Pasted from the guild's Quip doc 'Tower contacts': «name» | «v» | keyholder, north aisle door",
    "Welltory family circle: Grandpa's carer is «name», «v»",
    "Written in the margin of the peal book, number first:\n«v»\nthe conductor from Ely («name»)",
    "Notta transcript of my voicemail: hi, it's «name» from the bird-of-prey centre, your Harris is fine, call me back on «v»",
    "Viture glasses caught the sign-in sheet at the hawking day: «name» — «v» — flying a goshawk",
    "Feed-supplier order screen, delivery contact for the frozen quail: «name», «v»",
    "Stencilled on the bell-fund collection box: treasurer «name» · «v» · cheques payable to the PCC",
    "Guilded, the ringing band's server: «name» says message «v» if you need a lift to the striking competition",
    "RayNeo glasses at the country fair: the display stand card reads «name», hoods and gloves, «v»",
    "Meizu StarV recap of the call: electrician «name», coming Thursday morning, «v»",
    "Wufoo entry for the raptor rescue: finder «name», phone «v», owl in the garage",
    "Tonaton ad for a falconry glove, Accra: «name», call or WhatsApp «v»",
]

PHONE_LINKS = [
    "The flyer for hawk walks has a QR code; my camera turned it into https://wa.me/«vW»?text=hawk%20walk",
    "The .vcf the tower captain sent over Revolt, opened as text: BEGIN:VCARD\\nFN:«name»\\nORG:St Wendreda Ringers\\nTEL;TYPE=cell:«vE»\\nEND:VCARD",
    "Bird-of-prey centre's HTML, pasted by the web volunteer into Chanty: <button data-dial=\"tel:«vE»\">Ring us about flying days</button>",
    "Ringing guild's Chatwork bio says learners should message https://api.whatsapp.com/send?phone=«vW» before turning up",
    "Long-press on the raptor centre's pin in Google Maps gave me tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Baaz wale «name» bhai ka number «v», chhat pe jo cheel fansi thi uske liye",
           "Mandir ke ghante theek karne wale mistri ka phone «v», pujari ji ne diya",
           "Parinde bachane wali sanstha ke «name» ji ka naya number «v», raat ko bhi uthate hain"],
    "BR": ["O falcoeiro que espanta os pombos do shopping, «name», passou o zap: «v»", "Número do sineiro da matriz que o padre indicou: «v»",
           "A veterinária de aves, «name», mudou de número, agora é «v»"],
    "DE": ["Der Falkner vom Burgfest, «name», ist unter «v» erreichbar", "Glockensachverständiger, Nummer vom Aushang an der Kirchentür: «v»"],
    "MX": ["Don «name», el halconero que cuida el aeropuerto, me dio su cel: «v»", "El campanero de la parroquia dejó su número en la sacristía: «v»"],
    "FR": ["Le fauconnier du château, «name», répond au «v»", "Numéro du sonneur de la collégiale, noté sur le bulletin paroissial : «v»"],
    "ID": ["Nomor pak «name» yang melatih elang di Bantul: «v»", "Nomor penjaga menara lonceng gereja, ditulis di warta jemaat: «v»"],
    "PH": ["Ito yung number ni «name», yung nag-aalaga ng agila sa Davao: «v»", "Numero ng sakristan na nagpapatunog ng kampana, nakasulat sa bulletin: «v»"],
    "JP": ["鷹匠の«name»さんの携帯 «v»", "お寺の鐘の修理屋さんの電話 «v»"],
    "ES": ["El cetrero de las fiestas, «name», tiene el móvil «v»", "En el tablón de la parroquia pone: para tocar las campanas, llamar al «v»"],
    "IT": ["Il falconiere della sagra, «name», risponde al «v» dopo cena", "Numero del campanaro del duomo scritto sul foglietto della messa: «v»"],
    "PK": ["Baaz palne wale «name» sahib ka number «v», Chakwal wale", "Masjid ke generator wale mistri ka naya number, parchi pe likha: «v»"],
    "TR": ["Kuş gösterisi yapan doğancı «name», telefonunu kâğıda yazdı: «v»", "Kilise çanlarını tamir eden ustanın telefonu «v»"],
    "VN": ["Số anh «name» nuôi chim ưng ở Thủ Đức: «v»", "Số ông giữ chuông nhà thờ xứ: «v»"],
    "EG": ["إعلان على السوق المفتوح، رقم «name» اللي بيربي الصقور «v»", "رقم عم الكنيسة اللي بيضرب الجرس «v»"],
    "BD": ["বাজপাখি পোষেন «name», ফোন করলে দেখাতে নিয়ে যাবেন: «v»", "গির্জার ঘণ্টা বাজান যিনি, তাঁর মোবাইল «v»"],
    "KR": ["매사냥 하시는 «name» 선생님 휴대폰 «v»", "성당 종탑 관리하시는 분 번호 «v»"],
    "CO": ["El celular de «name», el halconero del parque: «v»", "En la hoja parroquial venía el teléfono del campanero: «v»"],
    "AR": ["El celu de «name», el cetrero de Córdoba: «v»", "Agendá el celu del que toca las campanas de la catedral: «v»"],
    "PL": ["Numer do «name», który układa sokoły na lotnisku: «v»", "Dzwonnik z parafii, numer z gazetki: «v»"],
    "TH": ["เบอร์คุณ«name» คนเลี้ยงเหยี่ยว «v»", "เบอร์คนตีระฆังที่วัด «v»"],
    "RU": ["Телефон «name», сокольника с аэродрома: «v»", "Телефон звонаря из собора: «v»"],
    "NL": ["Het nummer van valkenier «name» uit Valkenswaard: «v»"], "MY": ["Nombor encik «name» yang bela helang di Langkawi: «v»"],
    "SA": ["إعلان في حراج عن وكر صقر، جوال «name» «v»"], "AE": ["رقم «name» اللي يدرب الطيور «v»"], "CN": ["养鹰的«name»师傅电话 «v»"],
    "SE": ["Falkeneraren «name» i Uppsala nås på «v»"], "CL": ["El fono de «name», el cetrero de Temuco: «v»"],
    "PE": ["El número de «name», el que cuida las campanas de la catedral: «v»"], "MA": ["Le numéro de «name», le fauconnier d'El Jadida : «v»"],
}

SIGNATURES = [
    ("US", "Thanks, «name» | secretary, High Plains Falconers | «v» | «e»"),
    ("US", "«name» · tower captain, Holy Trinity ringers · cell «v» · «e»"),
    ("GB", "Kind regards, «name» · ringing master, Fenland Ringing Guild · «v» · «e»"),
    ("IN", "Regards, «name» | volunteer lead, Deccan Raptor Rescue | «v» | «e»"),
    ("DE", "Herzliche Grüße, «name» · Schriftführerin, Falknerbund Oberlausitz · «v» · «e»"),
    ("BR", "«name» — falcoeiro, controle de pombos em aeroportos — zap «v» — «e»"),
    ("FR", "Bien cordialement, «name» — trésorière, sonneurs de la cathédrale — «v» — «e»"),
    ("AU", "Cheers, «name» · tower captain, Goldfields Bellringers · «v» · «e»"),
    ("MX", "Saludos, «name» · cetrera, programa de aves del parque · «v» · «e»"),
    ("NG", "Warm regards, «name» · secretary, Jos Raptor Conservancy · «v» · «e»"),
    ("CA", "Bien à vous, «name» · sonneuse, carillon de la cathédrale · «v» · «e»"),
    ("PH", "Maraming salamat, «name» | kalihim ng Davao Raptor Watch | «v» | «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Soundcore transcript: send the hawk's health certificate to «e», not the club inbox",
    "Revolt message from the mews: mail the flight-weight chart to «e», their printer's out",
    "MagicMirror hall panel: guild newsletter from «e»",
    "Cc: «e» — Subject: quarter peal attempt, Saturday",
    "Paperform submission · Email: «e» · Course: intro to handling birds of prey",
    "RayNeo glasses read the lost-property list at the ringing festival: «name», «e», one pair of gloves",
    "Bikroy buyer of my old falconry bag asked for the receipt at «e»",
    "SurveyMonkey response, the last question, email for the results: «e»",
    "Feed-supplier screen: customer «name», email «e», twenty day-old chicks for Friday",
    "HeyForm entry for the owl-pellet workshop: parent email «e»",
    "Guilded member «name» («e») joined the ringers' method channel",
    "«e», written on the hawking-day sign-in sheet, is where the photos go",
]

EMAIL_LOCAL = {
    "DE": "Der Falkner soll die Rechnung für die Vorführung an «e» schicken, das Vereinspostfach liest keiner",
    "FR": "Pour l'album de la paroisse, les photos des sonneurs vont à «e», pas sur le groupe",
    "ES": "Mándame el presupuesto de la cetrería para la boda a «e» y lo vemos el lunes",
    "BR": "Manda a nota fiscal da ração dos gaviões direto pro «e», eu lanço na planilha",
    "MX": "El veterinario de aves factura a nombre del centro; que mande todo a «e»",
    "IT": "Per la dimostrazione coi falchi scrivi a «e», lo guardo ogni sera",
    "JP": "鷹匠体験の申込書は «e» まで送ってください", "KR": "종탑 수리 견적서는 제 메일 «e» 로 보내주세요",
    "NL": "Vraag de valkenier zijn prijsopgave te sturen naar «e», mijn werkmail blokkeert bijlagen",
    "PL": "Sokolnik prosi o adres do faktury, podaj mu «e», bo firmowa skrzynka jest pełna",
    "TR": "Doğan gösterisinin fotoğraflarını «e» adresine gönder, albüm yapacağım",
    "RU": "Фото с праздника звонарей скиньте на «e», соберу альбом для прихода", "ID": "Kuitansi pakan elang bulan ini kirim ke «e» saja ya",
    "CN": "鹰的体检报告请发到我邮箱 «e»，谢谢", "AR": "Mandame las fotos de la exhibición de cetrería a «e», armo el álbum",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Feed-supplier app receipt: a box of frozen quail and two hawk bells, paid with «v»",
    "Left in the ringing chamber under the peal book, says the Viture capture: card «v», «name»'s",
    "Chanty from «name»: put the hawk walk on my card, «v», it expires 11/28",
    "Text from the falconry centre: deposit by card only, use «v» and I'll settle with you",
    "Notesnook note 'Hood order' · leather hood and swivel paid with «v»",
    "ONLYOFFICE sheet 'Renewals' pasted in the chat:\n| Renewal | Card | Month |\n| guild membership | «v» | March |",
    "«v» is the card for the bell-fund raffle; the other one keeps getting declined",
    "Safari offered to fill «v» on the hood-maker's checkout",
    "Ringing course fee — Aunt Ozella said use her card, «v», just this once",
    "Receipt tucked in the experience-day voucher: paid in full, «v»",
]

CARD_LOCAL = {
    "IN": "Baaz ke liye naya pinjra mere card se le lo: «v»", "BR": "Na loja de ração dá pra parcelar em dois, passa no meu cartão: «v»",
    "DE": "Kannst du die Falknerei-Führung mit meiner Kreditkarte zahlen? Die liegt im Flur, «v», danke!",
    "MX": "Paga la exhibición de halcones con la tarjeta de tu padrino: «v»", "FR": "Le stage de fauconnerie se paie en ligne, prends ma carte «v», on fera les comptes après",
    "JP": "鷹匠体験の代金はこのカードで、番号 «v»", "CN": "给鹰买饲料用我的卡付，卡号 «v»",
    "RU": "Заказали клобучок у мастера, он ждёт предоплату — оплати с моей карты «v»",
    "ES": "Lo de la cetrería lo pagas con mi tarjeta, la «v»", "TR": "Doğancıya kapora lazım, benim kart numaramı ver: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Soundcore transcript, call with the bell foundry: the balance for recasting the tenor goes to IBAN «v»",
    "The payee check flagged a near match — «name», «v» — paid the hood maker regardless",
    "Guild notice read out by the Solos glasses: subs are paid into «v», no cash at practice",
    "«v» — copied off the bell-restoration appeal banner in the nave",
    "| Ringer | Expenses to |\n| «name» | «v» |",
    "Jófogás room listing near the cathedral wants the first month wired to «v» before viewing",
    "DingTalk reminder from «name»: the whip-round for our ringing master closes Sunday, account «v»",
    "Poster in the feed shop: raptor rescue winter appeal, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Der Falknerbund bittet um die Umlage für die neue Flugvoliere; Konto «v», bis Ende des Monats", "Schlussrechnung der Glockengießerei: Restbetrag an «v», Verwendungszweck Glocke 3",
           "Wir sammeln für den Turmkapitän, der nach vierzig Jahren aufhört – Beiträge an «v»"],
    "FR": ["Repas de la Saint-Martin chez les sonneurs : chacun vire sa part sur «v» avant jeudi", "Pour le nichoir à chouettes de l'école, la voisine collecte sur son compte, RIB «v»"],
    "ES": ["La asociación de cetreros pide la cuota del encuentro en «v»", "Derrama de la cofradía para restaurar las campanas: transferencia a «v», poned el nombre"],
    "IT": ["Festa dei campanari: quota di partecipazione con bonifico a «v», causale nome e cognome", "L'associazione falconieri ricorda la quota sociale, IBAN per il versamento «v»"],
    "NL": ["De valkenier wil het voorschot vooraf op «v», zet het factuurnummer in de omschrijving"], "BE": ["Beiaardschool Mechelen, najaarscursus: inschrijvingsgeld storten op «v»"],
    "AT": ["Falknertag im Mühlviertel: Nenngeld mit Vereinsnamen auf «v»"], "PT": ["Quota da associação de falcoaria deste ano: transferência para «v»"],
    "PL": ["Składka na renowację dzwonów w parafii, przelew na «v», w tytule nazwisko"], "TR": ["Doğancılar derneğinin kuş evi için aidat hesabı «v», açıklamaya adınızı yazın"],
    "FI": ["Haukkayhdistyksen syysretken maksu maksetaan tilille «v» perjantaihin mennessä"], "CH": ["Glockenfest-Helfer zahlen den Beitrag fürs Znacht auf «v» ein"],
    "NO": ["Kirkeklokkelauget: kursavgift til «v», merk betalingen med navn"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["I read our numbers to the falconer's bookkeeper and the Soundcore caught it: «a» is the routing, «b» the account",
           "Payroll portal at the raptor hospital: pay into routing «a», checking account «b»",
           "«name» on Chanty: Zelle won't go through, send a wire, routing «a», acct «b»",
           "Coda doc 'Guild money', table pasted:\n| Fund | Routing no. | Acct no. |\n| bell restoration | «a» | «b» |",
           "The feed supplier's refund form wanted bank details: routing «a», checking «b»",
           "Mews lot lease renewal: rent now pulled by ACH from routing «a», account «b»",
           "Grandma asked me to check her annuity papers through the Viture glasses; the bank lines were ABA «a» and account «b»"],
    "gb": ["«name» in the guild's Chanty room: chip in for the ringing master's gift, «a» / «b»",
           "Bell hanger wants paying by bank transfer to sort code «a», account «b», with the tower as reference",
           "Standing order form in the falconry club's welcome pack (photo): sort code «a», account no. «b»",
           "Notesnook, note to self: the tower fund's details are sort code «a», account «b»"],
    "in": ["Botim pe «name» chachi ne bheja: bhatije ki shaadi ka lifafa online, khata «a», IFSC «b»",
           "Pinjra banane wale ka advance — a/c «a», IFSC «b», unhone khud bheja",
           "Nanaji ki passbook ka pehla panna Solos ne padha: khata «a», IFSC «b»",
           "Har mahine mandir ke ghante wale fund mein daalna hai, account «a», IFSC «b», Mummy ne likhwaya"],
    "au": ["Tower treasurer «name» posted the outing kitty — BSB «a», acct «b»",
           "Aviary builder wants half before he starts: BSB «a», account «b»"],
    "ca": ["WeCom DM from «name»: refund my falconry-day deposit to transit «a», account «b», thanks",
           "Bird sanctuary's HR asked for a void cheque; the photo shows transit «a» and account «b»"],
    "br": ["Falcoeiro só aceita depósito no Sicredi — agência «a», conta «b»", "O sineiro pediu pix mas eu só faço TED: agência «a», conta «b», Caixa"],
    "mx": ["El halconero del aeropuerto cobra por transferencia a esta CLABE: «a»", "Los campaneros juntan para la fiesta del santo patrono; transferencias a la CLABE «a»",
           "Apartar lugar en el curso de cetrería: depósito a CLABE «a», mandar comprobante"],
    "ng": ["«name» in the raptor club's group: pay the ring fee into «bank» «a» before Friday",
           "Welder for the aviary in Kano send voice note say make I pay the remaining money into «bank» «a»",
           "Banner at the cathedral gate, photographed: bell tower appeal, donate to «bank» «a»"],
    "za": ["Burial society WhatsApp, «name» again reminding everyone: EFT to branch «a», account «b», before month-end",
           "Aviary contractor wants EFT to branch «a», current account «b», proof of payment on WhatsApp"],
    "ar": ["Asado de los cetreros: «name» pide que le giremos la parte al CBU «a»", "Excursión al campanario: que cada familia transfiera al CBU «a» antes del viernes"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Clerk at the county office wanted my SSN out loud, the Soundcore caught it: «v»",
                      "The benefits chat kept freezing, so I typed my brother's social into the box: «v»", "Nursing-home intake form, Grandpa's SSN on the second page: «v»",
                      "W-4 on the falconry centre's desk, Viture photo, the social security box: «v»", "Aunt Arvilla's Medicare papers, the number I read to the pharmacy: «v»",
                      "Formstack application for the raptor centre: applicant SSN «v»", "LibreOffice Calc file taxes.ods, row 4:\n| Child | SSN |\n| the youngest | «v» |",
                      "Notta picked up Mom's voicemail about the loan: her social is «v»", "The leasing office wants a co-signer's SSN for my niece, so I gave them «v»"]),
    "in_aadhaar": ("IN", ["Bijli ka naya meter Dadaji ke naam lagwana hai, form mein unka Aadhaar daala: «v»", "Nani ka pension khata re-KYC hua, unke Aadhaar card se number: «v»",
                          "Soundcore transcript of the SIM store: my Aadhaar is «v»", "Beti ke school ka online form Aadhaar maang raha tha, daal diya «v»"]),
    "in_pan": ("IN", ["ITR ki last date aa gayi, Phupha ji ka PAN yeh raha: «v»", "Dukaan kiraye pe dene ke kagaz ke liye Mamaji ne PAN likhwaya: «v»",
                      "Gold loan ke form pe Papa ka PAN bharna pada: «v»"]),
    "br_cpf": ("BR", ["Marcando a consulta da mamãe no postinho, o atendente confirmou o CPF: «v»", "Inscrição no curso de falcoaria, campo CPF: «v»",
                      "Comprei o remédio de pressão do vô e a farmácia pediu o CPF dele: «v»", "Atualização do CadÚnico da tia, o CPF que anotei: «v»"]),
    "mx_curp": ("MX", ["El banco no le soltó la pensión a mi abuela hasta que dio su CURP: «v»", "El seguro del curso de cetrería de mi hija exige su CURP: «v»"]),
    "mx_rfc": ("MX", ["El halconero me factura la exhibición; le pasé mi RFC: «v»"]),
    "gb_nhs": ("GB", ["Nan's flu jab: the nurse checked her NHS number against the list, «v»", "My daughter's fracture clinic letter has her NHS number in the corner: «v»"]),
    "de_idnr": ("DE", ["Omas Rentenbescheid, oben rechts die Steuer-ID: «v»", "Minijob-Vertrag bei der Falknerei, Steuer-ID der Aushilfe: «v»"]),
    "fr_nir": ("FR", ["Fiche d'embauche au parc des rapaces, numéro de sécu : «v»", "Mamie change de mutuelle, ils veulent son numéro de sécurité sociale : «v»"]),
    "es_dni": ("ES", ["Le robaron el bolso a la abuela en el mercado; en la denuncia va su DNI, «v»", "Hoja de matrícula del curso de cetrería, casilla DNI: «v»"]),
    "es_nie": ("ES", ["NIE de Bogdan para el contrato en el centro de aves: «v»"]),
    "it_codicefiscale": ("IT", ["Iscrizione al corso di falconeria: mi chiedono il codice fiscale, «v»", "Rimborso TARI per mia suocera, il comune vuole il suo codice fiscale: «v»"]),
    "ca_sin": ("CA", ["Notta caught the CRA agent repeating my SIN back to me: «v»", "Grandma's Old Age Security paperwork went in today; her SIN: «v»"]),
    "id_nik": ("ID", ["Formulir Zoho Forms untuk pelatihan elang, kolom NIK peserta: «v»", "Petugas puskesmas minta NIK kakek buat kartu BPJS: «v»"]),
    "pk_cnic": ("PK", ["Pension office ne Nana abbu ka CNIC number likhwaya: «v»"]),
    "tr_tckimlik": ("TR", ["Babaanneme göz doktorundan randevu aldım, TC kimlik no: «v»"]),
    "pl_pesel": ("PL", ["Babcia idzie do dentysty na NFZ, w rejestracji chcieli jej PESEL: «v»"]),
    "za_idnr": ("ZA", ["Mkhulu's grant review: ID number off his smart card, «v»"]),
    "kr_rrn": ("KR", ["매사냥 체험 보험 가입서에 어머니 주민등록번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["给姥爷办公交老年卡，填的身份证号 «v»"]),
    "jp_in": ("JP", ["市役所で祖父のマイナンバーを聞かれた «v»"]),
    "au_tfn": ("AU", ["Wildlife park casual job: TFN declaration filled in with «v»"]),
    "nl_bsn": ("NL", ["De thuiszorgorganisatie belde, ze hadden het burgerservicenummer van oma nodig: «v»"]),
    "th_pin": ("TH", ["โรงพยาบาลขอเลขบัตรประชาชนของย่าไว้ลงทะเบียน «v»"]),
    "my_nric": ("MY", ["Anak masuk kelab memanah, borang minta IC ayah: «v»"]),
    "ar_cuit": ("AR", ["Para facturar la exhibición a la municipalidad hace falta el CUIT de mi vieja: «v»"]),
    "cl_rut": ("CL", ["Ficha de la asociación de cetreros de Temuco, casilla RUT: «v»"]),
    "se_personnummer": ("SE", ["Mormors recept på apoteket, jag fick läsa upp hennes personnummer: «v»"]),
    "ie_pps": ("IE", ["Posted off Mam's medical card renewal; I copied her PPSN from the old card: «v»"]),
    "pt_nif": ("PT", ["A minha avó pediu a fatura da ração com o NIF dela: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Summer falconry camp, guardian section: «name», «phone», «email», and for the insurance an SSN, «ssn»", ("ssn", "phone", "email")),
    ("US", "Feed store wanted my details for the points card, so I typed «email», «phone» and paid with «card»", ("email", "phone", "card")),
    ("US", "Appeal letter for the ER bill, page one: patient «name», SSN «ssn», daytime «phone»", ("ssn", "phone")),
    ("US", "Hawk-walk gift voucher checkout filled itself in: «email», then «card»", ("email", "card")),
    ("US", "Sunday service ringing: «name» leads; changes by mail to «email» or a text to «phone»", ("email", "phone")),
    ("US", "Soundcore recorded my call to the pension office — SSN «ssn», callback «phone», paper copies to «email»", ("ssn", "phone", "email")),
    ("US", "Gift voucher for a falconry day, in «name»'s name: contact «phone», paid by «card»", ("phone", "card")),
    ("US", "Baserow table 'college aid', one row copied: mom · «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Feed store's Christmas pre-order: frozen mice on «card», notice to «email» when they arrive", ("card", "email")),
    ("GB", "Striking competition entry, «name»'s band: call «phone», email «email», entry fee card «card»", ("phone", "email", "card")),
    ("IN", "Ranthambore bird walk confirmed — we'll call «phone», tickets go to «email», advance taken from «card»", ("phone", "email", "card")),
    ("CA", "Ringers' carpool sheet for the festival: «name» / «phone» / «email»", ("phone", "email")),
]
