"""Where the dev24 privacy set's numbers and addresses turn up (``privacy_cases_dev24.py``):
what a personal agent's sensors record (a smart TV's voice remote, a robot vacuum's and a sewing
machine's apps, an e-ink wall calendar, a Garmin inReach message, a smart ring's app, a kitchen
tablet, Nextdoor, Vinted, LINE and KakaoTalk, Logseq and Bear notes, a print shop's proof sheet,
photos of a letterpress studio's whiteboard, a laundromat notice, a farm-stand honesty box and a
bus-shelter flyer, a library returns slip, rows copied from a shared spreadsheet, a value written
before its label, a label a sentence or a line away from its value; council-tax, orthodontist and
swimming-lesson screens), English first, then in the words of the set's other countries.

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
    "Smart TV voice remote misheard a search, the transcript: call the bookbinder «name» tomorrow at «v»",
    "Robot vacuum app, shared-home contacts: cleaner «name», reachable on «v» if the dock jams",
    "E-ink wall calendar, Thursday box: «name» (piano tuner) «v»",
    "Garmin inReach message from the ridge: tell «name» we're late, her number's «v»",
    "Vinted chat: seller «name» says text «v» to arrange the hand-over of the printing blocks",
    "Laundromat noticeboard photo: ironing service, ask for «name», phone «v»",
    "Farm-stand honesty box sign: eggs and honey, if empty ring «name» on «v»",
    "Bus-shelter flyer, photographed: lost tortoise called Pica, owner «name», reward, call «v»",
    "«v» — that's «name», the letterpress teacher, she prints the wedding invites",
    "| Volunteer | Name | Mobile |\n| book-fair float | «name» | «v» |",
    "Logseq journal: zine swap at the library, organiser «name», text her on «v» by Sunday",
    "Smart ring app shared a contact card from my sister: «name», «v», the new yoga teacher",
    "Print-shop proof sheet, sticky note on the margin: approve with «name» on «v» before noon",
    "Sewing machine app's community post: «name» repairs feed dogs, message «v»",
    "Nextdoor post: «name» found a set of keys by the post office, call «v» to claim",
    "KakaoTalk from «name»: dropped my phone in the paper pulp vat, new number «v»",
    "Library returns slip, pencilled on the back: the bookbinding tutor «name», «v»",
    "Shared sheet 'Bindery course waiting list', row copied: «name» | «v» | left-handed",
    "Kitchen tablet call log photographed for the insurance claim: «name», «v», 9 min",
    "Smart glasses caption at swim practice: …I'm «name», the coach's assistant, put «v» in the group…",
    "Number first, name on the next line, from a fridge calendar:\n«v»\nplumber («name»)",
    "Council-tax screen, contact for the second occupant: «name», mobile «v»",
    "Voice memo transcribed on the ferry: it's «name» from the print studio, ring me back on «v», the proofs are in",
    "«name» scribbled «v» on the bookbinding class sign-in sheet as the best number for evenings",
    "Bear note from the orthodontist visit: the practice manager «name» said to text «v» about the retainer",
    "Handwritten tag on the repaired chair: fixed by «name» · «v» · call for caning",
    "Swimming-lesson app, instructor profile: «name», mobile «v» for cancellations",
    "Smart speaker reminder, dictated: ring «name» about the linocut workshop on «v»",
]

PHONE_LINKS = [
    "QR on the letterpress studio's door, scanned: https://wa.me/«vW»?text=Open%20studio%20today%3F",
    "Contact card beamed from the inReach app: BEGIN:VCARD\\nFN:«name»\\nTEL;TYPE=VOICE:«vE»\\nEND:VCARD",
    "Print shop's site, footer markup read by the screen reader: <a class=\"call\" href=\"tel:«vE»\">Call the shop</a>",
    "Bio link on the zine maker's profile: https://api.whatsapp.com/send?phone=«vW»&text=zine%20order",
    "Shared from the kitchen tablet's dialler: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Jildsaaz «name» bhaiya ka mobile «v», purani kitaabon ki binding karte hain", "Building ke lift mechanic ka number lobby mein likha tha: «v»",
           "Beti ki Bharatanatyam teacher «name» ji ka number «v», fees unko hi dena"],
    "BR": ["O encadernador do centro, «name», pediu pra salvar o número dele: «v»", "Número do eletricista que deixou o ímã na geladeira: «v»",
           "A costureira nova, «name», trocou o celular pra «v»"],
    "DE": ["Die Buchbinderin in der Altstadt, «name», restauriert Gesangbücher, Telefon «v»", "Hausmeister-Notruf laut Aushang im Treppenhaus: «v»"],
    "MX": ["El encuadernador de la calle Donceles, don «name», me dio su cel: «v»", "El señor del gas que pasa los martes dejó su número: «v»"],
    "FR": ["La relieuse de la rue des Arts, «name», répond au «v»", "Numéro de l'antenniste noté sur le frigo : «v»"],
    "ID": ["Nomor pak «name» yang jilid buku di dekat kampus: «v»", "Nomor tukang sedot septic tank yang ditempel di tiang listrik depan gang: «v»"],
    "PH": ["Ito ang numero ni «name», siya ang nagbubukbind ng thesis sa Recto: «v»", "Numero ng technician ng aircon na nakadikit sa pinto: «v»"],
    "JP": ["製本工房の«name»さんの電話番号は «v»", "マンションの管理人室の番号 «v»"],
    "ES": ["El encuadernador del Rastro, «name», apunta su móvil: «v»", "El técnico de la caldera dejó una pegatina con su teléfono: «v»"],
    "IT": ["La legatoria in centro, «name», risponde al «v»", "Numero dell'antennista scritto sul citofono: «v»"],
    "PK": ["Jild saaz «name» sahab ka number «v», shaam ko call karna", "Gali ke khakrob ka naya number «v»"],
    "TR": ["Ciltçi «name» ustanın numarası «v»", "Kapıcının numarası girişteki panoda yazıyor: «v»"],
    "VN": ["Số anh «name» đóng sách thuê ở phố sách: «v»", "Số thợ sửa máy giặt dán trên tủ lạnh: «v»"],
    "EG": ["رقم الأسطى «name» بتاع تجليد الكتب «v»"], "BD": ["বই বাঁধাইয়ের দোকানের «name» ভাইয়ের নম্বর «v»"],
    "KR": ["제본소 «name» 사장님 전화번호 «v»"], "CO": ["El número de don «name», el que empasta libros en la 19: «v»"],
    "AR": ["El celu de «name», la encuadernadora de San Telmo: «v»"], "PL": ["Numer do introligatora «name» z Kazimierza: «v»"],
    "TH": ["เบอร์คุณ«name» ร้านเย็บเล่มหน้ามหาลัย «v»"], "RU": ["Телефон переплётчика «name», отдаём ему дедовы книги: «v»"],
    "NL": ["Het nummer van boekbinder «name» aan de gracht: «v»"], "MY": ["Nombor encik «name» yang jilid tesis dekat Jalan TAR: «v»"],
    "SA": ["رقم «name» صاحب محل تجليد الكتب «v»"], "AE": ["هاتف «name» مدربة السباحة «v»"], "CN": ["装订店«name»师傅的手机 «v»"],
    "SE": ["Bokbindaren «name» i gamla stan nås på «v»"], "CL": ["El fono de «name», la que empasta libros en Valparaíso: «v»"],
    "PE": ["El número de «name», el señor que empasta tesis en el centro de Lima: «v»"], "MA": ["Le numéro de «name», le relieur de la médina de Fès : «v»"],
}

SIGNATURES = [
    ("US", "Thanks so much, «name» | Friends of the Library, treasurer | «v» | «e»"),
    ("US", "«name» · robotics team parent liaison · cell «v» · «e»"),
    ("GB", "With thanks, «name» · clerk to the Parish Council (Tues & Thurs only) · «v» · «e»"),
    ("IN", "Regards, «name» | Housing society, maintenance committee | «v» | «e»"),
    ("DE", "Viele Grüße, «name» · Kassenführung, Buchbinder-Innung · «v» · «e»"),
    ("BR", "Abraços, «name» | coordenadora do clube de leitura | «v» | «e»"),
    ("FR", "Bien à vous, «name» · trésorière de l'association des relieurs · «v» · «e»"),
    ("AU", "Ta, «name» · surf club nippers coordinator · «v» · «e»"),
    ("MX", "Un abrazo, «name» · vocal de la mesa directiva de padres de familia, turno vespertino · «v» · «e»"),
    ("NG", "Warm regards, «name» · Financial Secretary, Town Union · «v» · «e»"),
    ("CA", "Cheers, «name» · rowing club regatta lead · «v» · «e»"),
    ("PH", "Salamat po, «name» · ingat-yaman ng samahan ng mga magulang · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Smart TV voice remote dictation: email the bookbinding class photos to «e»",
    "Garmin inReach message: forward the ferry tickets to «e», no signal for days",
    "E-ink calendar footer: swim club updates from «e»",
    "Cc: «e» — Subject: linocut open studio, bring your own blocks",
    "Google Form answer · Contact address: «e» · Table: zines",
    "Smart glasses read the sign-up clipboard at the print fair: «name», «e», one table",
    "Vinted buyer asked for the invoice for the type tray at «e»",
    "Orthodontist portal: statements now go to «e»",
    "Calendly booking by «name» gave «e» for the reminder",
    "Council-tax screen: paperless bills sent to «e»",
    "Teams guest «name» («e») joined the school governors' meeting",
    "«e», says the card pinned by the studio door, is where the class waiting list lives",
]

EMAIL_LOCAL = {
    "DE": "Schick die Quittung vom Buchbindekurs bitte direkt an «e»; das Vereinspostfach liest seit März niemand",
    "FR": "Le formulaire pour l'atelier de reliure, renvoyez-le à «e» avant vendredi",
    "ES": "Las fotos del taller de encuadernación mándalas a «e» y las subo al blog",
    "BR": "O comprovante da oficina de encadernação vai pro e-mail do meu cunhado, «e»",
    "MX": "El recibo del taller de grabado me lo mandas a «e», por fa",
    "IT": "Il programma del corso di legatoria mandalo a «e»",
    "JP": "製本教室の予約確認は «e» に来ます", "KR": "수영 강습 영수증은 «e» 로 받아요",
    "NL": "De foto's van de boekbindworkshop graag naar «e»",
    "PL": "Zapisy na warsztaty introligatorskie przyjmujemy pod adresem «e»", "TR": "Cilt atölyesinin faturasını «e» adresine yollayın",
    "RU": "Квитанцию за переплётную мастерскую пришлите на «e»", "ID": "Bukti bayar kursus sablon bulan ini kirim ke email panitia «e» ya",
    "CN": "装帧课的报名表发到 «e»", "AR": "El comprobante del taller de encuadernación mandalo a «e», gracias",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Smart TV voice remote, shopping by voice: use the card «v» for the film rental",
    "Smart glasses photo of the card left by the print-shop till: «v» · «name»",
    "KakaoTalk from «name»: pay the bookbinding course on my card, «v», expiry 11/28",
    "Garmin inReach message: the campsite wants a card, use «v», I'll pay you back",
    "Bear note 'Studio rent' · charged to «v»",
    "| Direct debit | Card |\n| swim lessons | «v» |",
    "«v» — use this one for the orthodontist instalments, the other was cancelled",
    "Browser autofill on the council-tax page suggested card «v»",
    "Message to my daughter: put the school trip on my card, «v», only this time",
    "Checkout screenshot for the letterpress workshop: card «v»",
]

CARD_LOCAL = {
    "IN": "Tuition fees mere card se bhar do, number hai «v»", "BR": "Paga a oficina de encadernação no meu cartão, o número é «v»",
    "DE": "Bezahl den Buchbindekurs mit meiner Kreditkarte, Nummer «v»", "MX": "Cárgale las clases de natación a mi tarjeta: «v»",
    "FR": "Règle l'atelier de gravure avec ma carte, «v»", "JP": "製本教室の月謝はこのカードで払って、番号 «v»",
    "CN": "装帧课的学费用我的卡付，卡号 «v»", "RU": "Оплати переплётный курс моей картой, номер «v»",
    "ES": "Paga el taller de grabado con mi tarjeta, número «v»", "TR": "Cilt kursunu benim kartımla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice memo, call with the piano teacher: lessons paid to IBAN «v» from March",
    "Wise asked me to confirm the payee for the zine-fair table: «name», IBAN «v»",
    "Smart glasses read the bindery's invoice: pay by transfer, IBAN «v»",
    "«v» — the IBAN the book club treasurer spelled out at the meeting",
    "| Member | Subs paid from |\n| «name» | «v» |",
    "Email from the guesthouse: a deposit of €60 to IBAN «v» confirms the booking",
    "KakaoTalk from «name»: my IBAN for the leaving-present collection, «v»",
    "Library noticeboard poster, photographed: restoration appeal, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Buchbinderverein, Rundbrief Nr. 4: Mitgliedsbeiträge für Lederkauf und Hallenmiete gehen künftig auf «v»", "Die Nebenkostennachzahlung geht laut Vermieter bis Monatsende auf «v»",
           "Für das Geschenk der Schwimmtrainerin sammeln wir auf «v»"],
    "FR": ["Pour l'inscription à l'atelier de reliure, virement sur «v»", "La nounou a glissé son relevé d'identité bancaire dans le sac de la petite, recopié ici : «v»"],
    "ES": ["La comunidad de vecinos avisa de que la cuota del tejado nuevo se ingresa en «v»", "Lo del taller de grabado, mejor por transferencia a mi hermana: «v»"],
    "IT": ["Iscrizione al laboratorio di legatoria giapponese: caparra con bonifico intestato all'associazione, «v»", "Le spese della palestra si pagano su «v»"],
    "NL": ["Klassenouder meldt: wie de bus naar het drukkerijmuseum nog niet heeft betaald, kan dat via «v»"], "BE": ["Wie meegaat naar het drukkerijmuseum, stort voor zondag op «v»"],
    "AT": ["Für den Buchbindekurs im Pfarrheim überweist bitte jede Familie bis Freitag auf «v»"], "PT": ["Para o jantar do clube de leitura cada um transfere a sua parte para «v»"],
    "PL": ["Na wycieczkę do muzeum drukarstwa rodzice wpłacają na konto trójki klasowej «v»"], "TR": ["Aidatı bu ay «v» hesabına yatırır mısın"],
    "FI": ["Kirjansidontakurssin maksu maksetaan tilille «v»"], "CH": ["Wer beim Druckerei-Wochenende im Emmental mitmacht, zahlt vorab auf «v»"],
    "NO": ["Medlemskontingenten til bokbinderlaget betales til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice memo, call with the payroll office: routing «a», account «b» for my paycheck",
           "Rippling onboarding for the print-shop helper, bank step: routing number «a», account number «b»",
           "KakaoTalk from «name»: Venmo is down, send it to routing «a», account «b»",
           "| ABA routing | Account | Use |\n| «a» | «b» | book-fair cash box |",
           "The braces-plan overpayment goes back to the bank on file, says the portal: routing «a», acct «b»",
           "«a» is the routing and «b» is the checking account, for the studio rent, per the sticky note",
           "Photo of Grandpa's annuity paperwork, the deposit box he filled in by hand: ABA «a», savings «b»"],
    "gb": ["KakaoTalk from «name»: for the leaving collection, sort code «a», account number «b»",
           "Bank app, new payee for the village hall hire deposit — sort code «a», acct «b», reference HALL",
           "Council-tax refund screen: sort code «a», account no. «b»",
           "Voice memo: …right, sort code «a», account number «b», did you get that…"],
    "in": ["«name» ne LINE pe bheja: account no. «a», IFSC «b», tuition ka advance", "UPI nahi chal raha, so the tailor sent his bank details: A/c «a», IFSC «b»",
           "Smart TV read out the message: bhaiya ka account «a», IFSC «b»", "Glasses read the cancelled cheque left for the rent mandate: account «a», IFSC «b»"],
    "au": ["LINE voice memo from «name», transcribed: the surf club kitty is BSB «a», account «b»", "Invoice from the sparky (PDF): BSB «a», acc no. «b»"],
    "ca": ["«name» replied to the regatta thread: rowing fees by e-transfer failed, so use transit «a» and account «b»", "Direct deposit slip: transit number «a», account «b»"],
    "br": ["Manda o dinheiro da encadernação: Itaú, agência «a», conta corrente «b»", "O pintor mandou os dados pra pagar a pintura: agência «a», conta «b»"],
    "mx": ["La CLABE del encuadernador para pagar las tesis: «a»", "Para la kermés de la escuela, depositen a la CLABE de la tesorera: «a»",
           "La maestra de natación pide que las clases de agosto se paguen por SPEI a esta CLABE: «a»"],
    "ng": ["Message from «name»: «bank» «a», for the town union levy", "Voice note: the carpenter's account, «bank» «a», pay half first",
           "Mosque noticeboard (photo): building fund, «bank» account number «a»"],
    "za": ["Burial society admin «name» posted the payout details: branch «a», account number «b», EFT only", "Scanned quote from the roofers: pay to branch code «a», account «b»"],
    "ar": ["Taller de grabado, aviso del grupo: la cuota de tinta y papel se transfiere a «name», CBU «a»", "Para el disfraz del acto patrio, la cooperadora pasó un CBU: «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Voice memo, call with Medicare: the Social Security number I gave them was «v»",
                      "Tax-prep chat window, the preparer wants my spouse's social once more so I pasted «v»", "KakaoTalk, me to my brother: the memory-care admission papers need Mom's Social Security, it's «v»",
                      "Smart glasses glanced at the onboarding packet on the desk, the box for Social Security: «v»", "«v» — that's Grandma's Social Security number, the eye clinic wanted it at check-in",
                      "Orthodontist financing application: applicant SSN «v»", "| Household member | SSN |\n| son | «v» |",
                      "The TV's notification banner showed Dad's text, loan paperwork: SS# «v»", "The studio lease wants a co-signer's Social Security number, so I typed «v»"]),
    "in_aadhaar": ("IN", ["Bank account kholne ke liye Dadi ka Aadhaar number: «v»", "Aadhaar «v» — Dadaji ka, pension form ke liye, dhyan se",
                          "Glasses read the Aadhaar card on the counter: «v»", "College admission form: student's Aadhaar «v»"]),
    "in_pan": ("IN", ["PAN for the demat account KYC: «v»", "Tax consultant ne return ke liye Mummy ka PAN number phir maanga: «v»", "Car loan wale agent ne bhaiya ka PAN card maanga, photo se likha: «v»"]),
    "br_cpf": ("BR", ["CPF do meu pai pra marcar exame: «v»", "Matrícula na natação do clube: eles exigem o CPF do pequeno, anotei aqui «v»",
                      "Caixa do sacolão perguntou se era nota paulista, passei o CPF «v»", "Pra retirar o remédio de pressão de graça, a atendente pediu o CPF da vó: «v»"]),
    "mx_curp": ("MX", ["El ISSSTE pide la CURP del abuelo para la cita, está en su INE: «v»", "La primaria pide la CURP de la niña para la inscripción, es esta: «v»"]),
    "mx_rfc": ("MX", ["RFC para la factura de la prensa de grabado: «v»"]),
    "gb_nhs": ("GB", ["The hospital pharmacy rang and wanted Dad's NHS number before the delivery: «v»", "Braces referral letter asks us to quote our son's NHS number on the reply slip: «v»"]),
    "de_idnr": ("DE", ["Der Steuerberater braucht Opas Steuer-ID, sie steht auf dem alten Bescheid: «v»", "Für den Elterngeldantrag will die Stelle die Steuer-ID des Babys: «v»"]),
    "fr_nir": ("FR", ["Le kiné demande mon numéro de sécurité sociale pour la feuille de soins : «v»", "Dossier de la CAF, numéro de sécu de papa : «v»"]),
    "es_dni": ("ES", ["Para sacarle al abuelo el carné de jubilado del tren necesitamos su documento de identidad: «v»", "En el banco me pidieron el DNI «v»"]),
    "es_nie": ("ES", ["El casero quiere el NIE de mi compañera de piso: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per la detrazione in farmacia: «v»", "Codice fiscale del nonno per la prenotazione della visita: «v»"]),
    "ca_sin": ("CA", ["Voice memo, call with the CRA: my SIN is «v»", "Pension application, SIN «v»"]),
    "id_nik": ("ID", ["Formulir PPDB minta Nomor Induk Kependudukan si adik, kusalin dari Kartu Keluarga: «v»", "Pak RW minta NIK bapak buat surat pengantar, «v»"]),
    "pk_cnic": ("PK", ["Gas company ka form kehta hai applicant ka shanakhti card number likho, Ammi wala: «v»"]),
    "tr_tckimlik": ("TR", ["Eczane için babamın TC kimlik numarası «v»"]),
    "pl_pesel": ("PL", ["Mama podaje przez telefon swój PESEL, bo przychodnia go potrzebuje: «v»"]),
    "za_idnr": ("ZA", ["Gogo's voice note from the queue at the clinic: the nurse is asking for my green ID book number, «v»"]),
    "kr_rrn": ("KR", ["건강검진 문진표 맨 위 칸에 아버지 주민번호를 적어 드렸어요: «v»"]),
    "cn_ric": ("CN", ["给奶奶办老年卡用的身份证号 «v»"]),
    "jp_in": ("JP", ["確定申告で税務署に出した父のマイナンバー «v»"]),
    "au_tfn": ("AU", ["The new job's onboarding wanted my tax file number, it's «v»"]),
    "nl_bsn": ("NL", ["De huisarts vraagt het burgerservicenummer van oma voor de verwijzing, BSN «v»"]),
    "th_pin": ("TH", ["โรงพยาบาลขอเลขบัตรประชาชนของคุณตาก่อนรับยา «v»"]),
    "my_nric": ("MY", ["Borang PIBG minta nombor kad pengenalan bapa, saya salin dari belakang kad: «v»"]),
    "ar_cuit": ("AR", ["El contador pidió el CUIT de mi mamá para la factura: «v»"]),
    "cl_rut": ("CL", ["Para pedir la hora del dentista por la app de Fonasa hay que poner el RUT de la abuelita: «v»"]),
    "se_personnummer": ("SE", ["1177 krävde mormors personnummer för att boka om tandläkartiden: «v»"]),
    "ie_pps": ("IE", ["The medical card form for Nana asks for her PPS number, «v»"]),
    "pt_nif": ("PT", ["A senhora da papelaria pôs o NIF da mãe no recibo dos cadernos: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Swim-meet waiver read by the smart glasses at the door — parent «name»; SSN «ssn»; cell «phone»; email «email»", ("ssn", "phone", "email")),
    ("US", "Cat boarding kiosk sign-in: «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Debt-settlement letter (photo): account holder «name», SSN «ssn», phone «phone»", ("ssn", "phone")),
    ("US", "Safari autofill on the print-shop checkout — email «email», card «card»", ("email", "card")),
    ("US", "«name», who teaches the kids piano on Tuesdays, wants practice clips mailed to «email» and changes texted to «phone»", ("email", "phone")),
    ("US", "Voice memo, call with the passport agency: SSN «ssn», callback «phone», receipt to «email»", ("ssn", "phone", "email")),
    ("US", "Letterpress party booking: «name», «phone», deposit charged to «card»", ("phone", "card")),
    ("US", "| Guardian email | Guardian SSN (for the 1098-T) |\n| «email» | «ssn» |", ("email", "ssn")),
    ("US", "CVS photo pickup: card «card», receipt to «email»", ("card", "email")),
    ("GB", "Parish hall hire form (photo): «name», mobile «phone», email «email», card «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the electricity board (Pune): registered mobile «phone», email «email», paid by «card»", ("phone", "email", "card")),
    ("CA", "Rowing carpool sheet: «name» / «phone» / «email»", ("phone", "email")),
]
