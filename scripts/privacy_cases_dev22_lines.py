"""Where the dev22 privacy set's numbers and addresses turn up (``privacy_cases_dev22.py``): what
a personal agent's sensors record (hearing-aid and phone live captions, earbuds' live translation,
Galaxy Watch, Wear OS and Apple Watch replies, dashcam and e-bike screens, Strava, Komoot and
AllTrails, Too Good To Go, Wallapop and Mercado Livre, Telegram and Signal, Google Lens captures of
parish noticeboards, school-bus windows, seed packets and boat registration boards, a skip-hire
sticker read by smart glasses, spreadsheet rows pasted into chats, a value written before its label,
a label a sentence or a line away from its value, Notion, Bear and Logseq notes, childcare, pension
and tenancy-deposit screens), English first, then in the words of the set's other countries.

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
    "Live Caption on the hearing aids, at the bus stop: …the beekeeper's called «name», you can reach him on «v», he collects swarms for free…",
    "Galaxy Watch quick reply draft to «name»: ok, I'll ring «v» when I land",
    "Dashcam voice tag: note to self, the van that reversed into me belongs to «name», driver gave me «v»",
    "Strava club post by «name»: Sunday long run meets at the boathouse, late? text «v»",
    "Too Good To Go pickup note from the bakery: ask for «name» at the side door or phone «v»",
    "Google Lens on the parish noticeboard: Bell ringers wanted! Contact «name» on «v»",
    "Skip-hire sticker read by the glasses: «name» Waste · «v» · 7 days",
    "Telegram voice message transcribed: hi, it's «name» from the boatyard, my mobile is «v», the trailer's ready",
    "«v» (mobile) — «name», the beekeeper who'll take the swarm off the apple tree",
    "| Coach | Team | Mobile |\n| «name» | U9 girls | «v» |",
    "Bear note 'Moving house': removals foreman «name», his mobile «v», arrives 7:30",
    "Komoot tour comment from «name»: the ferry only runs on request, ring the ferryman on «v» an hour ahead",
    "School-bus window sign, photographed at pickup: Driver «name» · «v» · Route 14",
    "Logseq journal: rang «name» about the allotment water trough. Her number, since I keep losing it: «v»",
    "AllTrails review by «name»: got lost near the quarry, the farmer was lovely, he said to call «v» if anyone's stuck",
    "Wear OS dictation to myself: «name» from the choir, number «v», lift on Thursday",
    "Signal from «name»: new SIM, old one's dead, save «v» please",
    "Notion table 'Babysitters' → «name» · «v» · £12/h · knows first aid",
    "E-bike display paired phone contact shown on the handlebar: «name» «v»",
    "Earbuds live translate caption: my cousin «name» will meet you at the gate, her phone is «v»",
    "Seed packet swap, handwriting on the envelope (Lens): from «name», questions → «v»",
    "Boat registration board at the slipway, read by the glasses: owner «name», call «v» if adrift",
    "Carer's rota pinned in the kitchen, last line: out-of-hours, ring «name» on «v»",
    "Google Sheets row pasted into the group chat: «name», «v», bringing a salad",
    "Photo of the laminated card by the boiler: if the pressure drops below 1 bar, engineer «name» — «v»",
    "«v» — and that, the note goes on, is «name»'s, the dog walker on Tuesdays",
    "Voicemail transcript: hey, it's «name», I'm outside with the sofa, I'm on «v», ring the bell doesn't work",
    "Apple Watch Walkie-Talkie note: «name» says use «v», the landline is cut off",
    "Calendar invite location field: call «name» when you arrive, «v», parking round the back",
    "Allotment newsletter (PDF): seed potatoes via «name», orders by phone «v»",
]

PHONE_LINKS = [
    "Instagram bio of the honey stall: orders only via WhatsApp 🍯 https://wa.me/«vW»",
    "Digital business card from the NFC tag at the craft fair: BEGIN:VCARD\\nFN:«name»\\nTEL;TYPE=WORK,VOICE:«vE»\\nEND:VCARD",
    "HTML of the club's contact page, Ctrl+U: <a class=\"btn\" href=\"tel:«vE»\">Ring the secretary</a>",
    "QR sticker on the cake box scanned: https://api.whatsapp.com/send?phone=«vW»&text=Hola%2C%20quiero%20un%20pastel",
    "Share sheet › copy link from the contact: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Naye dhobi «name» ka number «v» hai, kal subah kapde le jayega", "Bees ka chhatta hatane wale ka mobile, gate pe likha tha: «v»",
           "Tuition wale sir «name» — unka WhatsApp «v» hai, Ketaki ko bata dena"],
    "BR": ["O número do apicultor que tirou o enxame do telhado, «name»: «v»", "Contato do chaveiro 24h que tá no ímã da geladeira: «v»",
           "«name» da van escolar pediu pra salvar o celular dela, «v»"],
    "DE": ["Der Imker aus dem Nachbardorf, «name», Handynummer «v», holt den Schwarm ab", "Rufnummer des Hausmeisters laut Aushang im Treppenhaus: «v»"],
    "MX": ["El del gas estacionario dejó su número en la puerta: «v»", "Si no llega la pipa de agua háblale a «name», su cel es «v»"],
    "FR": ["Le numéro de «name», l'apiculteur qui récupère les essaims : «v»", "SOS vitrier inscrit sur le frigo : «v»"],
    "ID": ["Simpan nomor WA «name» ya, dia yang bongkar sarang tawon di plafon minggu lalu: «v»", "Nomor ojek langganan ibu ke pasar: «v»"],
    "PH": ["Eto yung number ni «name», yung nagdedeliver ng tubig: «v»", "Number ng electrician na nirekomenda ng barangay: «v»"],
    "JP": ["養蜂家の«name»さんの連絡先 «v»", "マンションの管理人室の電話番号は «v» です"],
    "ES": ["El teléfono de «name», el apicultor que quitó el enjambre: «v»", "Fontanero de guardia que puso el imán en el buzón: «v»"],
    "IT": ["Il numero di «name», l'apicoltore che ha preso lo sciame: «v»", "Cellulare del portiere, scritto sulla bacheca: «v»"],
    "PK": ["«name» bhai jo solar panel lagate hain, unka number «v»", "Doodh wale ka naya number «v» hai"],
    "TR": ["Arıcı «name» amcanın telefonu «v»", "Kombi servisinin numarası, faturanın üstünde yazıyor: «v»"],
    "VN": ["Số chị «name» bán mật ong rừng: «v»", "Số bác bảo vệ chung cư «v»"],
    "EG": ["رقم «name» بتاع العسل «v»"], "BD": ["মৌচাক সরানোর লোক «name», ফোন «v»"],
    "KR": ["양봉하시는 «name» 선생님 연락처 «v»"], "CO": ["El número de «name», el de la miel de la finca: «v»"],
    "AR": ["El celular de «name», el apicultor de la chacra: «v»"], "PL": ["Numer do pszczelarza, pana «name»: «v»"],
    "TH": ["เบอร์คุณ«name» คนเลี้ยงผึ้งที่ตลาดนัด «v»"], "RU": ["Телефон пасечника «name», мёд берём у него: «v»"],
    "NL": ["Telefoon van «name», de imker van de volkstuin: «v»"], "MY": ["Nombor «name», penjual madu kelulut: «v»"],
    "SA": ["جوال «name» بياع العسل السدر «v»"], "AE": ["رقم «name» سائق الباص المدرسي «v»"], "CN": ["养蜂的«name»阿姨电话 «v»"],
    "SE": ["Biodlaren «name» har nummer «v»"], "CL": ["El número de «name», el apicultor de Pirque: «v»"],
    "PE": ["El celular de «name», el que vende miel de Oxapampa: «v»"], "MA": ["Le numéro de «name», le vendeur de miel de thym : «v»"],
}

SIGNATURES = [
    ("US", "Warmly, «name» | Beekeepers' Guild secretary | «v» | «e»"),
    ("US", "«name» · Little League snack coordinator · cell «v» · «e»"),
    ("GB", "Yours, «name» · Churchwarden and keeper of the bell-tower keys · «v» · «e»"),
    ("IN", "Thanks & regards, «name» | Apartment association treasurer | «v» | «e»"),
    ("DE", "Viele Grüße, «name» · Kassenwartin, Imkerverein · «v» · «e»"),
    ("BR", "Abraço, «name» | coordenadora da horta comunitária | «v» | «e»"),
    ("FR", "Bien à vous, «name» · trésorier du club de voile · «v» · «e»"),
    ("AU", "Ta, «name» · Landcare group coordinator · «v» · «e»"),
    ("MX", "Atentamente, «name» · secretaria del comité vecinal · «v» · «e»"),
    ("NG", "Warm regards, «name» · Secretary, Estate Residents' Association, Lekki · «v» · «e»"),
    ("CA", "Merci / Thanks, «name» · ski swap organiser · «v» · «e»"),
    ("PH", "Salamat po, «name» · parish youth coordinator · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Galaxy Watch reply suggestion, edited: sure, put «e» on the swarm list",
    "Live Caption at the open evening: …and anything about the bursary goes to «e»…",
    "Rightmove enquiry copy: «name», contact email «e», viewing Saturday",
    "Cc: «e» — Subject: beehive inspection rota",
    "Jotform entry #12 · Email address: «e» · Allergies: none",
    "Google Lens on the sign-up sheet by the church door: «name» — «e»",
    "Wallapop buyer asked me to send the receipt to «e»",
    "Shared album invite on Google Photos went to «e», the grandparents' address",
    "Calendly booking · Invitee «name» · Email «e»",
    "Too Good To Go receipt: sent to «e»",
    "Microsoft Teams guest «name» («e») joined the parents' call",
    "«e» is the address the treasurer reads, the note on the honey jar order says",
]

EMAIL_LOCAL = {
    "DE": "Die Rechnung für die Bienenbeute bitte an «e» schicken, nicht an die Vereinsadresse",
    "FR": "Envoyez le devis pour la nouvelle clôture à «e», je le transmettrai au syndic",
    "ES": "La lista de la comunión mándala a «e», la catequista la está esperando", "BR": "O boleto do condomínio vai pro meu e-mail novo, «e»",
    "MX": "La constancia de la posada mándala a «e», por fa", "IT": "Il modulo per il centro estivo mandalo a «e»",
    "JP": "PTAの連絡は «e» にお願いします", "KR": "반상회 회의록은 «e» 로 보내 주세요",
    "NL": "De foto's van de zwemles graag naar «e», dan deel ik ze met de andere ouders",
    "PL": "Listę na wycieczkę do pasieki proszę przesłać na «e»", "TR": "Kermes listesini «e» adresine atar mısın",
    "RU": "Список на сбор мёда отправьте на «e»", "ID": "Rekap iuran RT kirim ke «e» ya",
    "CN": "家长会的照片发到 «e»", "AR": "El comprobante de la colonia de vacaciones mandalo a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Galaxy Watch voice reply: just use my card for the bee suits, «v», I'll pay you back",
    "Google Lens of the card left on the café counter: «v» · «name»",
    "Telegram from «name»: can you order the hive frames on mine, «v», expiry 04/28",
    "Live Caption, call with the boatyard: the card I read out was «v»",
    "Bear note 'Ferry booking' · paid with «v»",
    "| Bill | Paid with |\n| Water | «v» |",
    "«v» — the card for the childminder's standing payment, if it fails again use this one",
    "Saved card offered by the browser at the vet's checkout: «v»",
    "Wear OS reply to my daughter: pay the driving lesson with my card, «v»",
    "Too Good To Go app, payment screen (screenshot): card «v»",
]

CARD_LOCAL = {
    "IN": "Bijli ka bill mere card se bhar do, number «v»", "BR": "Paga o gás com o meu cartão, o número é «v»",
    "DE": "Bezahl die Kita-Verpflegung mit meiner Karte, Nummer «v»", "MX": "Lo de las clases de guitarra del niño cárgalo a mi plástico, estos son los dieciséis dígitos: «v»",
    "FR": "Règle la cotisation du club avec ma carte, numéro «v»", "JP": "保育園の教材費はこのカードで、番号は «v»",
    "CN": "用我的卡交物业费，卡号 «v»", "RU": "Оплати кружок моей картой, номер «v»",
    "ES": "Paga el campamento con mi tarjeta, número «v»", "TR": "Kırtasiye borcunu benim kartla öde, numara «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Live Caption, phone call with the letting agent: the deposit goes to IBAN «v», reference your surname",
    "Wise asked me to confirm the recipient for the hive share: «name», IBAN «v»",
    "Google Lens of the sailing club invoice: pay by transfer to IBAN «v»",
    "«v» is the IBAN, the choir treasurer said, and she wrote it on the programme too",
    "| Beneficiary | IBAN |\n| «name» | «v» |",
    "Email from the campsite: to secure the pitch transfer €50 to IBAN «v»",
    "Telegram from «name»: here's my IBAN for the boat trip, «v»",
    "Parish noticeboard photo: roof appeal, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Den Jahresbeitrag für den Imkerverein bitte auf «v» überweisen", "Miete ab Juli bitte auf das neue Konto «v»",
           "Für das Sommerfest der Kita sammeln wir auf «v»"],
    "FR": ["Pour la cotisation du club de voile, virez sur «v»", "Le RIB de la nounou pour le mois de mai : «v»"],
    "ES": ["La cuota de la peña se ingresa en «v»", "Para lo de la casa de la playa prefiero transferencia que bizum, la cuenta de mi hermana es «v»"],
    "IT": ["Per la gita parrocchiale il bonifico va su «v»", "L'affitto del box si paga su «v»"],
    "NL": ["De bijdrage voor het schoolreisje graag overmaken naar «v»"], "BE": ["Wie bij de imkersbond van de gemeente wil blijven, stort voor eind maart op «v»"],
    "AT": ["Heuer zahlt jedes Mitglied vom Bienenzuchtverein Mostviertel seinen Anteil am Schleuderraum auf «v»"], "PT": ["A mensalidade da natação transfere-se para «v»"],
    "PL": ["Za wyjazd na zieloną szkołę nad morzem rodzice płacą do piątku, numer konta wychowawczyni «v»"], "TR": ["Site aidatını bu ay «v» hesabına yatırın"],
    "FI": ["Mehiläistarhan osuusmaksu tilille «v»"], "CH": ["Wer beim Imkerkurs im Emmental mitmacht, zahlt die Kursgebühr vorab, Konto des Vereins «v»"],
    "NO": ["Dugnadspengene betales til kontonummer «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Live Caption, call with the payroll clerk: routing number «a», account number «b», checking",
           "ADP onboarding, direct deposit step for the beekeeping assistant: routing «a», account «b»",
           "Telegram from «name»: Venmo's down, wire it to routing «a», account «b»",
           "| ABA | Acct | Kind |\n| «a» | «b» | Savings |",
           "Childcare subsidy portal, refund account: routing no. «a», account no. «b»",
           "«a» is the routing and «b» the account, for the honey sales, the note says",
           "Pension rollover form (scan): bank routing «a», account «b»"],
    "gb": ["Telegram from «name»: for the hive share, sort code «a», account no. «b»",
           "Monzo › Payees › the childminder · sort code «a» · account «b»",
           "Tenancy deposit scheme screen: refund to sort code «a», account «b»",
           "Live Caption: …sort code «a», yes, and the account is «b», got that?…"],
    "in": ["«name» ne WhatsApp kiya: khata sankhya «a», IFSC «b», honey ka payment", "GPay failed, so the tuition sir sent his bank details: A/c no. «a», IFSC «b»",
           "Voice note: kaamwali bai ka account «a», IFSC «b»", "Photo of the passbook first page: Account No. «a», IFSC «b»"],
    "au": ["Text from «name»: hive share money to BSB «a», account «b»", "Invoice from the arborist (PDF): BSB «a», acct «b»"],
    "ca": ["Email from «name»: for the ski swap, transit no. «a», account «b»", "Direct deposit form from HR: transit «a», account «b»"],
    "br": ["Manda o dinheiro das colmeias: Itaú, agência «a», conta «b»", "O pedreiro que levantou o muro mandou por áudio os dados dele pra gente acertar: agência «a» e conta «b»"],
    "mx": ["La CLABE del apicultor para pagar la miel: «a»", "Para las piñatas y los aguinaldos de diciembre, cooperen a la CLABE interbancaria de doña Chayo: «a»",
           "CLABE de la maestra de natación: «a»"],
    "ng": ["Text from «name»: «bank» «a», send the money for the wedding aso-ebi", "Voice note: the carpenter's account, «bank» «a»",
           "Mosque notice (photo): Ramadan feeding fund, «bank» acct no. «a»"],
    "za": ["WhatsApp from «name»: burial society contribution to branch code «a», account «b»", "Electrician's quote (scan): branch «a», account number «b»"],
    "ar": ["Los del rugby que deben la cuota de la gira, transfieran al CBU de «name», el tesorero: «a»", "CBU para pagar el club de rugby: «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Live Caption, call with the pension office: the Social Security number I gave them was «v»",
                      "H&R Block chat: they asked for my wife's SSN again, «v»", "Telegram to my brother: Grandpa's SSN for the nursing home is «v»",
                      "Google Lens on the I-9 form: SSN «v»", "«v» — Mom's Social Security number, the pharmacy asked",
                      "Childcare subsidy application: applicant SSN «v»", "| Member | Social Security No. |\n| spouse | «v» |",
                      "Google Lens read Grandma's card off the fridge photo, nine digits under her name, Social Security «v»", "Renting the lake cabin for the season, the owner's PDF wants the co-signer's Social Security number, I typed «v»"]),
    "in_aadhaar": ("IN", ["Pension ki life certificate ke liye Dadi ke Aadhaar ke barah ank, yeh rahe: «v»", "Aadhaar «v» — LPG connection ke liye chahiye",
                          "Lens text from the e-Aadhaar PDF: «v»", "Scholarship form: student's Aadhaar «v»"]),
    "in_pan": ("IN", ["PAN for the fixed deposit form: «v»", "Mummy ka PAN number «v», Form 15G ke liye", "Bhaiya ka PAN «v», car loan ke liye"]),
    "br_cpf": ("BR", ["CPF do meu pai pra marcar a consulta no SUS: «v»", "A escola pediu o CPF da criança pra matrícula: «v»",
                      "Na farmácia popular pediram o CPF, passei o «v»", "CPF do meu filho pro cadastro do Bolsa Atleta: «v»"]),
    "mx_curp": ("MX", ["El DIF pide la CURP del abuelo para la credencial del INAPAM, viene en su acta: «v»", "CURP del abuelo para la pensión: «v»"]),
    "mx_rfc": ("MX", ["RFC para la factura del material de la colmena: «v»"]),
    "gb_nhs": ("GB", ["Grandad's NHS number for the repeat prescription: «v»", "The school nurse asked for my son's NHS number, «v»"]),
    "de_idnr": ("DE", ["Die Elster-Erklärung hakt, Papa diktiert seine Steuer-ID am Telefon: «v»", "Die Familienkasse fragt nach der Steuer-ID des Kindes: «v»"]),
    "fr_nir": ("FR", ["La kiné veut mon numéro de sécu avant la première séance, c'est le «v»", "Dossier de retraite, NIR de papa : «v»"]),
    "es_dni": ("ES", ["DNI del abuelo para la tarjeta dorada de Renfe: «v»", "Para el padrón me pidieron el DNI «v»"]),
    "es_nie": ("ES", ["El del taller pidió el NIE de mi marido para dejar el coche a su nombre: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per la detrazione delle spese veterinarie: «v»", "Codice fiscale del bambino per il pediatra: «v»"]),
    "ca_sin": ("CA", ["Live Caption, call with CRA: my SIN is «v»", "Employment insurance form, SIN «v»"]),
    "id_nik": ("ID", ["Buat daftar haji reguler, NIK ibu yang tertulis di KTP: «v»", "Petugas kelurahan minta NIK bapak untuk surat pindah domisili, «v»"]),
    "pk_cnic": ("PK", ["Gas connection ke liye Ammi ka CNIC number «v»"]),
    "tr_tckimlik": ("TR", ["Okul kaydı için oğlumun TC kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["PESEL mamy do skierowania do sanatorium: «v»"]),
    "za_idnr": ("ZA", ["Voice note from Gogo at the post office: they want the thirteen-digit ID of the child, «v»"]),
    "kr_rrn": ("KR", ["아버지 주민번호 (연말정산용) «v»"]),
    "cn_ric": ("CN", ["给奶奶挂号用的身份证号 «v»"]),
    "jp_in": ("JP", ["ふるさと納税の申請に使った夫のマイナンバー «v»"]),
    "au_tfn": ("AU", ["The super fund wants my TFN to stop the extra tax, it's «v»"]),
    "nl_bsn": ("NL", ["BSN van oma voor de thuiszorg: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของแม่สำหรับสมัครบัตรทอง «v»"]),
    "my_nric": ("MY", ["Cikgu minta nombor MyKad ayah untuk borang bantuan persekolahan: «v»"]),
    "ar_cuit": ("AR", ["El contador pidió el CUIT de la monotributista que nos hizo el logo: «v»"]),
    "cl_rut": ("CL", ["RUT de mi mamá para la hora en el consultorio: «v»"]),
    "se_personnummer": ("SE", ["Vårdcentralen ville ha mormors personnummer innan de bokade om tiden: «v»"]),
    "ie_pps": ("IE", ["The county council's grant for insulating Nana's attic needs her Personal Public Service number, «v»"]),
    "pt_nif": ("PT", ["O senhor do talho perguntou se era com contribuinte, dei-lhe o «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Swim team sign-up (Lens): guardian «name», SSN «ssn», mobile «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Kennel booking form on the tablet: «email» · «phone» · card on file «card»", ("email", "phone", "card")),
    ("US", "Debt collector's letter (scan): account holder «name», SSN «ssn», phone on file «phone»", ("ssn", "phone")),
    ("US", "Safari autofill card: email «email», card «card»", ("email", "card")),
    ("US", "Piano teacher «name»: homework pictures to «email», reschedule by text «phone»", ("email", "phone")),
    ("US", "Live Caption, call with the county clerk: SSN «ssn», callback «phone», receipt to «email»", ("ssn", "phone", "email")),
    ("US", "Trampoline park party: «name», «phone», deposit paid with «card»", ("phone", "card")),
    ("US", "| Contact email | Social Security |\n| «email» | «ssn» |", ("email", "ssn")),
    ("US", "CVS photo prints: paid with «card», receipt to «email»", ("card", "email")),
    ("GB", "Sailing club membership (scan): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the gas agency (Pune): registered mobile «phone», email «email», paid with «card»", ("phone", "email", "card")),
    ("CA", "Ski club carpool list: «name» / «phone» / «email»", ("phone", "email")),
]
