"""Where the dev19 privacy set's numbers and addresses turn up (``privacy_cases_dev19.py``): what
a personal agent's sensors record (messengers, texts and DMs, e-mails, drafts and signatures, notes
apps and journals, voice-memo and call transcripts, contacts and caller-ID screens, doorbell,
baby-monitor and smart-home apps, OCR of notice boards, parcel slips, cheques, passbooks, forms,
prescriptions and scanned letters, calendar invites, browser and wallet autofill, banking, payroll
and tax screens, shared spreadsheets), English first, then in the words of the set's other
countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``put`` fills only these, so braces,
dollars and percent signs stay as the tools print them.
"""

from __future__ import annotations

import re

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


def put(template: str, **slots: str) -> str:
    """``template`` with each ``«key»`` it names among ``slots`` filled in."""
    return re.sub(r"«(\w+)»", lambda m: slots.get(m.group(1), m.group(0)), template)


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Ring app › Shared users › «name» · «v» · gets motion alerts too",
    "Zoom phone transcript, 00:42 — «name»: my desk phone is dead this week so reach me on «v»",
    "Signal · «name»: switched carriers, same phone, different number → «v»",
    "Webex invite 'Basement waterproofing quote' · host «name» · backup line «v»",
    "Lens scan of a laundromat noticeboard: piano lessons for beginners, ask «name» at «v»",
    "Voice memo: tree surgeon who took down the oak, «name», reachable at «v», also grinds stumps",
    "Edge saved addresses · «name» · mobile phone «v»",
    "Nanit app › Invited caregivers › «name» · «v»",
    "Pharmacy bag sticker (OCR): pickup for «name», will call «v» when refilled",
    "Instagram DM · «name»: the shop number goes to voicemail, text my personal «v» instead",
    "Library corkboard (photo): knitting circle Thursdays, organiser «name», «v»",
    "Lost-cat flyer (Lens): grey tabby named Pickle, please ring «name» on «v»",
    "Obsidian note 'Contractors': plasterer «name» — «v» — did the hallway ceiling",
    "Facebook Marketplace chat with «name»: is the crib still for sale? text «v» anytime",
    "Swim team snack rota (Google Sheets): «name» · Saturday meets · «v»",
    "SMS from «name»: please update my contact card to «v», my old prepaid ran out",
    "Etsy message from «name»: for custom orders just text «v», I rarely open this inbox",
    "Snapshot of the lobby intercom list before we moved in: flat 4B belongs to «name», mobile «v»",
    "Towing company slip (OCR): customer «name», reach at «v»",
    "Choir group chat · «name»: left my folder in the vestry, whoever finds it ping «v»",
    "Airbnb message from host «name»: the breaker box sticks; phone me at «v» if the power trips",
    "Contacts › «name» › cell «v» › imported from the school directory PDF",
    "Memorial guestbook page (scanned): «name», tel. «v»",
    "Alexa app › Household profile › «name» · number «v»",
    "Social worker's visit note: «name» prefers calls at «v» before noon",
    "Fridge calendar photo: dog sitter «name» ⇒ «v»",
    "Garage sale sign (Lens): everything must go, questions to «name» at «v»",
    "Gmail draft to «name»: tried ringing you twice on «v», give me a shout when free",
    "Dentist recall card (OCR): to reschedule speak with «name», «v»",
    "Google Calendar 'Gutter cleaning' · contact person «name», «v»",
]

PHONE_LINKS = [
    "Tapped from a yoga teacher's profile: https://wa.me/«vW»?text=Hola%2C%20tienen%20cupo%20el%20s%C3%A1bado",
    "Page source of the pottery workshop's booking site: <a id=\"ring-us\" href=\"tel:«vE»\">Ring to book a wheel</a>",
    "Camera app read the sticker on the tutor's folder as MECARD:N:«name»;TEL:«vE»;NOTE:maths-grade9;;",
    "Carrd page button: https://api.whatsapp.com/send?phone=«vW»&text=Hello%20re%20the%20sofa",
    "Link tapped in a text from the clinic: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Press wale uncle ka mobile «v», shirts parso milenge", "«name» sir ko «v» pe phone karo, coaching ki fees ka poochna hai",
           "Society ke plumber ka number «v» note kar lo"],
    "BR": ["Anota o número da manicure que atende em casa: «v»", "«name» mudou de operadora, agora liga no «v»", "Telefone do chaveiro 24 horas do bairro: «v»"],
    "DE": ["Wer die Kinder Donnerstag zum Schwimmkurs bringt, steht hier: «name», erreichbar unter «v»", "Schlüsseldienst laut Aufkleber im Treppenhaus: «v»"],
    "MX": ["Ahí te va el número del que arregla lavadoras: «v»", "Llámale a «name» al «v» para apartar el brincolín"],
    "FR": ["Le numéro de «name» pour garder le chat pendant les vacances : «v»", "Le plombier que la gardienne recommande : «v»"],
    "ID": ["Kalau galon habis, pesan ke «name» di nomor «v»", "Nomor tukang pijat langganan ibu: «v»"],
    "PH": ["I-text mo si «name» sa «v» para sa pa-renta ng tables", "Contact ng tricycle driver na suki natin: «v»"],
    "JP": ["英会話の«name»さんの携帯 «v»", "鍵屋さんの緊急連絡先 «v»"],
    "ES": ["El móvil de «name», la canguro de los viernes: «v»", "Cerrajero de urgencia que recomendó el portero: «v»"],
    "IT": ["Il cellulare di «name», l'idraulico del palazzo: «v»", "Telefona a «name» al «v» per la consegna della legna"],
    "PK": ["«name» bhai ka doosra number «v» hai", "Jo ladka LPG silender ghar tak chhodta hai uska mobile «v»"],
    "TR": ["Halı yıkamacının numarası («name»): «v»", "Site yönetimindeki Hasan abiye akşamları bu hattan ulaşılıyor: «v»"],
    "VN": ["Số điện thoại cô «name» dạy piano: «v»", "Anh sửa tủ lạnh hôm trước để lại danh thiếp, điện thoại «v»"],
    "EG": ["رقم «name» النجار بتاع المطبخ «v»"], "BD": ["রিকশা ভ্যানওয়ালা «name» ভাইয়ের নম্বর «v»"], "KR": ["이삿짐센터 «name» 실장님 번호 «v»"],
    "CO": ["El número de «name», el que arregla neveras: «v»"], "AR": ["Agendá el celu de «name», la que pasea perros: «v»"], "PL": ["Telefon do «name», on kosi trawę u sąsiadów: «v»"],
    "TH": ["เบอร์ช่างซ่อมแอร์ชื่อคุณ«name» «v»"], "RU": ["Телефон «name», электрик по объявлению в подъезде: «v»"], "NL": ["Het nummer van «name» voor de oppas op woensdag: «v»"],
    "MY": ["Nombor telefon «name» tukang urut: «v»"], "SA": ["رقم «name» سباك العمارة «v»"], "AE": ["هاتف «name» مدرّبة السباحة «v»"], "CN": ["修空调的«name»师傅电话 «v»"],
    "SE": ["Ring «name» på «v» angående båtplatsen"], "CL": ["El fono de «name», el maestro que pinta: «v»"], "PE": ["El número de «name», la señora del menú: «v»"],
    "MA": ["Le téléphone de «name», le peintre du quartier : «v»"],
}

SIGNATURES = [
    ("US", "Looking forward to closing, «name» | Escrow & Title Services | direct line «v» | «e»"),
    ("US", "«name» · Booster Club bake sale coordinator · «v» · «e»"),
    ("GB", "Many thanks, «name» · Dental Surgery Front Office · «v» · «e»"),
    ("IN", "Thanks & regards, «name» | HR Business Partner, Chennai | Mob «v» | Email «e»"),
    ("DE", "Viele Grüße, «name» · Elternbeirat · Tel. «v» · «e»"),
    ("BR", "Atenciosamente, «name» | síndica do condomínio | cel «v» | «e»"),
    ("FR", "Cordialement, «name» — secrétaire de l'amicale — «v» — «e»"),
    ("AU", "Cheers, «name» · property manager, Northern Beaches · «v» · «e»"),
    ("MX", "Saludos cordiales, «name» · Tesorería de la asociación de padres · tel. «v» · «e»"),
    ("NG", "God bless, «name» · Estate Residents' Association · «v» · «e»"),
    ("CA", "Au plaisir, «name» · secrétariat de l'école · «v» · «e»"),
    ("PH", "Maraming salamat, «name» · Parish Office · Globe «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Evite › RSVPs › «name» · «e» · maybe",
    "Voice memo: send the scanned lease to «e» before Friday",
    "Dropbox: «e» joined the shared folder 'Reunion photos'",
    "Reply-to: «e» — Re: carpool schedule for the science fair",
    "Nextdoor › Group members › «name» · «e»",
    "Guest wifi captive portal at the hotel lobby: «name» registered using «e»",
    "Mailchimp audience export, row 18: «e» — cleaned",
    "Google Family Link › Invite sent to «e»",
    "B&B visitors' book (OCR): «name», «e», lovely breakfast",
    "Zoom registration report: «name» <«e»> · joined late",
    "Patreon › new member «e» on the $5 tier",
    "Acuity Scheduling: «name» («e») · haircut, 45 minutes",
]

EMAIL_LOCAL = {
    "DE": "Die Rechnungen für die Nebenkosten bitte künftig an «e», das andere Postfach ist zu", "FR": "Pour le devis de la toiture, l'artisan peut m'envoyer un mail à «e»",
    "ES": "El justificante de la matrícula, envíamelo al correo «e»", "BR": "O boleto do condomínio não chegou, manda de novo pro «e»",
    "MX": "Mi correo para que me manden la póliza del seguro: «e»", "IT": "Inviami le foto della recita a «e»",
    "JP": "見積書は «e» までメールでお送りください", "KR": "영수증은 제 메일 «e» 로 부탁드립니다", "NL": "Het getekende huurcontract mag je scannen en mailen naar «e», ik print het thuis",
    "PL": "Kosztorys łazienki od glazurnika niech przyjdzie mailem na «e»", "TR": "Sözleşmenin taslağını şu adrese iletir misiniz: «e»",
    "RU": "Квитанции за садик пересылай на почту «e»", "ID": "Screenshot slip gaji bulan ini tolong diteruskan ke alamat surel «e»", "CN": "合同扫描件请发到这个邮箱：«e»",
    "AR": "La boleta del jardín mandámela al correo «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Voice memo: book the campsite with the blue card, number «v», not the joint one",
    "Samsung Wallet › Cards › «name» › full number revealed: «v»",
    "Lens on the card carrier letter that came today: «v» issued to «name»",
    "Signal · «name»: can you pay the pediatrician copay with mine? «v», code is on the back",
    "Typing the card into the new Uber account: «v» — still pending verification",
    "Household.xlsx · 'Utilities' · autopay card «v»",
    "Screen recording of «name» buying festival wristbands, the digits typed were «v»",
    "Things 3 · 'Renew the passport' · fee on card «v»",
    "Message to the dance studio: you can charge «v» for the recital costumes",
    "Pinned in the roommates chat: groceries go on «v»",
]

CARD_LOCAL = {
    "IN": "Bhai, mera card number «v» hai, train ki tatkal ticket kara de", "BR": "Pode passar no meu cartão a mensalidade da academia: «v»",
    "DE": "Bezahl die Konzertkarten bitte mit meiner Kreditkarte, die Nummer ist «v»", "MX": "Para pagar el predial en línea usa mi tarjeta: «v»",
    "FR": "Tu peux régler les chambres d'hôtes avec ma Visa, les seize chiffres : «v»", "JP": "ネットスーパーの支払い用カード番号は «v»",
    "CN": "网上缴学费用我的卡，卡号 «v»", "RU": "Оплати, пожалуйста, кружок моей картой: «v»",
    "ES": "Reserva la casa rural con mi tarjeta, número «v»", "TR": "Yazlık kiralama sitesinde ödemeyi benim kartla yap, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice memo: the ski chalet balance is paid to IBAN «v», put the booking number as the reference",
    "Revolut transfer in progress: «name», IBAN «v», €40 for the group dinner",
    "Painter's quote (scanned): kindly settle to IBAN «v» on completion",
    "Telegram · «name»: sending you my IBAN for the concert tickets: «v»",
    "Bank app › Payees › new payee «name», IBAN «v», name check passed",
    "Shared spreadsheet 'Holiday house' · owner's IBAN «v»",
    "Choir newsletter: annual dues by bank transfer to «v»",
    "Diary entry: must wire the language school fee to IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Für den Kita-Ausflug bitte das Geld auf mein Konto: «v»", "Die Kleingartenpacht geht auf das Vereinskonto «v»",
           "Rückzahlung der Kaution vom Vermieter kommt von IBAN «v»"],
    "FR": ["Coordonnées bancaires de l'assistante maternelle, à payer avant le 5 : «v»", "Pour le cadeau commun de la maîtresse, envoyez sur «v»"],
    "ES": ["Los recibos de la comunidad se cargan en la cuenta «v»", "Hazme un bizum o si no transfiere a mi IBAN «v»"],
    "IT": ["Per la gita scolastica versare la quota sull'IBAN «v»", "Mandami la tua parte del regalo di nozze su «v»"],
    "NL": ["Stort je deel voor het weekendje weg op «v»"], "BE": ["De bijdrage voor de jeugdbeweging mag op rekening «v»"],
    "AT": ["Die Kaution für die Ferienwohnung am See bitte auf «v» überweisen"], "PT": ["Paga a tua parte das férias para o IBAN «v»"],
    "PL": ["Pieniądze na wycieczkę klasową proszę wpłacać na konto «v»"], "TR": ["Aidatın yatırılacağı hesap IBAN'ı: «v»"],
    "FI": ["Siirrä mökkivuokran osuutesi tilille «v»"], "CH": ["Den Elternbeitrag für das Skilager bitte auf «v» überweisen"],
    "NO": ["Send din del av hyttekostnadene til konto «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice memo: for the nanny's payroll, routing «a» and checking «b»",
           "Gusto › Employee › Direct deposit › routing number «a» · account number «b» · split 100%",
           "Signal · «name»: Zelle is capped today, do a bank transfer, routing «a», account «b»",
           "Bottom line of the rent cheque, scanned (OCR): ⑆«a»⑆ «b»⑈ 1187",
           "Accounts.numbers, sheet 'Savings': credit union · ABA «a» · account «b»",
           "Title company wiring letter (PDF): receiving bank routing «a», account «b»",
           "State refund portal › Deposit info › routing «a» · account «b»"],
    "gb": ["Voice note from «name»: my Barclays details for the stag weekend pot — «a», then «b»",
           "Starling app, adding the plasterer as someone to pay: sort code «a», acc «b», CoP says exact match",
           "Voice memo: the dog groomer wants paying to sort code «a», account «b»",
           "Window cleaner's receipt (OCR): bank transfer, sort code «a», a/c «b»"],
    "in": ["«name» ne bheja: khata sankhya «a», IFSC «b», shaam tak paise daal dena", "PhonePe › Bank transfer › account «a» · IFSC «b» · beneficiary verified",
           "Audio message: bai ke mahine ke paise isme bhejna, khata «a», bank code «b»", "Lens reading of Amma's cooperative bank book cover: A/C «a» · IFSC «b»"],
    "au": ["«name» replied with her bank bits for the footy tipping pool: BSB «a», account «b»", "Scanned quote from the fencing bloke: pay by EFT, BSB «a», acc. no. «b», ABN on the back"],
    "ca": ["«name» sent banking info so we can split the lake rental: transit «a», acct «b»", "Direct deposit form for the new job (photo): transit «a», account no. «b»"],
    "br": ["Manda o PIX ou faz DOC: Bradesco, agência «a», conta «b»", "Conta do jardineiro pra transferência: agência «a», conta «b»"],
    "mx": ["La CLABE para el depósito del banquete: «a»", "Deposita a esta CLABE la cooperación para la piñata: «a»",
           "La dueña del depa dice que desde agosto la mensualidad va a la CLABE «a»"],
    "ng": ["Text from «name»: «bank» «a», please send the dues", "Voice memo to self: pay the tailor for the aso ebi today, «bank» «a»",
           "Borehole drilling receipt (scanned): pay into «a» with «bank», account name «name»"],
    "za": ["«name» says the stokvel money goes to branch «a», her savings «b»", "Scanned quote from the pool guy: EFT into branch «a», cheque acc «b», ref your erf"],
    "ar": ["Los que vienen al quincho el sábado, pásenme la plata al CBU «a»", "Aporte voluntario para el viaje de egresados, depositar en CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Nursing home admission form, section 2, my handwriting: resident SSN «v»",
                      "W-2 photo for the tax preparer (OCR): employee's social security number «v»", "TurboTax › Family › daughter's SSN «v»",
                      "Text to my husband: need your SSN for the FAFSA, is it «v»?",
                      "Walk-in clinic tablet check-in: SSN «v»", "Apple Notes · 'IDs' · SS# «v»",
                      "Experian freeze request: Social Security number «v»", "Rental application (co-signer section): SSN «v»",
                      "Email to HR: my W-4 shows the wrong SSN, the right one is «v»"]),
    "in_aadhaar": ("IN", ["Nana ji ki pension ke liye bank mein diya Aadhaar «v»", "WhatsApp: papa ka Aadhaar «v», gas connection transfer ke liye",
                          "e-Aadhaar PDF forwarded by Didi (OCR): «v»", "Voice note: school admission form mein beti ka Aadhaar «v» bharna"]),
    "in_pan": ("IN", ["Form 16 for the CA: employee PAN «v»", "WhatsApp: mausi, mutual fund ke liye aapka PAN «v» chahiye", "Zerodha › Profile › PAN «v»"]),
    "br_cpf": ("BR", ["A moça do caixa da drogaria quis meu CPF pra liberar o preço de associado: «v»", "Inscrição no vestibular › CPF do candidato «v»",
                      "Pedido de exame de sangue (foto): CPF do paciente «v»", "Áudio do primo: pro cadastro do consórcio usa o CPF da mãe, «v»"]),
    "mx_curp": ("MX", ["Para la beca Benito Juárez piden la CURP de la niña: «v»", "Cita en la oficina de tránsito para renovar permiso, me capturaron la CURP «v»"]),
    "mx_rfc": ("MX", ["Mis datos fiscales para la factura del dentista, RFC: «v»"]),
    "gb_nhs": ("GB", ["Registering with the new GP online: NHS number «v»", "WhatsApp to Dad: the hospital asked for your NHS number, «v»"]),
    "de_idnr": ("DE", ["Elterngeldantrag (Scan): Steuer-Identifikationsnummer der Mutter «v»", "Für die Minijob-Anmeldung braucht der Chef deine Steuer-ID: «v»"]),
    "fr_nir": ("FR", ["Dossier d'inscription à la crèche, n° de sécu de la mère : «v»", "Attestation de droits Ameli (scan) : «v»"]),
    "es_dni": ("ES", ["Inscripción en el polideportivo › DNI «v»", "Para recoger el paquete en Correos me piden el DNI: «v»"]),
    "es_nie": ("ES", ["Número de extranjero que puse al darme de alta en la compañía eléctrica: «v»"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per la mensa scolastica: «v»", "Per la visita cardiologica allo sportello hanno chiesto il CF della nonna: «v»"]),
    "ca_sin": ("CA", ["Text: HR needs your SIN for the T4, «v»?", "EI claim draft on the kitchen laptop, SIN typed in: «v»"]),
    "id_nik": ("ID", ["Formulir pendaftaran BPJS, NIK peserta «v»", "NIK ibu sesuai kartu keluarga: «v»"]),
    "pk_cnic": ("PK", ["Passport office ke form mein Ammi ka CNIC «v» darj karna"]),
    "tr_tckimlik": ("TR", ["Hastane randevusu için T.C. kimlik no: «v»"]),
    "pl_pesel": ("PL", ["Numer PESEL małej wpisany w e-rejestracji szczepień: «v»"]),
    "za_idnr": ("ZA", ["Child support grant queue at the post office, the clerk wrote my ID no. «v»"]),
    "kr_rrn": ("KR", ["연말정산 부양가족 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["酒店入住登记的身份证号码 «v»"]),
    "jp_in": ("JP", ["確定申告書に記入したマイナンバー «v»"]),
    "au_tfn": ("AU", ["Super fund form › TFN «v»"]),
    "nl_bsn": ("NL", ["BSN van de kleine voor de inschrijving bij het consultatiebureau: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชนของพ่อสำหรับลงทะเบียน «v»"]),
    "my_nric": ("MY", ["Borang pendaftaran sekolah, No. MyKad bapa «v»"]),
    "ar_cuit": ("AR", ["Para facturarte las clases necesito tu CUIT: «v»"]),
    "cl_rut": ("CL", ["Para la boleta de la farmacia, RUT del paciente «v»"]),
    "se_personnummer": ("SE", ["Försäkringskassan vill ha pappans personnummer: «v»"]),
    "ie_pps": ("IE", ["PPSN for the medical card application: «v»"]),
    "pt_nif": ("PT", ["Número fiscal que dei na papelaria para a fatura dos livros da escola: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Little League sign-up (OCR): parent «name», SSN «ssn», mobile «phone», «email»", ("ssn", "phone", "email")),
    ("US", "Dog daycare enrolment on the iPad: owner e-mail «email», cell «phone», monthly billing to «card»", ("email", "phone", "card")),
    ("US", "ER discharge papers (OCR): «name», social «ssn», callback «phone»", ("ssn", "phone")),
    ("US", "Safari AutoFill › contact «email», credit card «card»", ("email", "card")),
    ("US", "The new tutor «name» asked for homework scans at «email»; if a session is off she wants a text to «phone»", ("email", "phone")),
    ("US", "Notes from the Social Security office call: read them SSN «ssn», they'll call «phone», letter copy to «email»", ("ssn", "phone", "email")),
    ("US", "Trampoline park waiver (kiosk): «name», «phone», card «card» saved", ("phone", "card")),
    ("US", "Benefits portal profile · work email «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Walgreens prints: charged «card», pickup notice to «email»", ("card", "email")),
    ("GB", "Allotment society renewal slip (scanned): «name», tel «phone», e-mail «email», paid with «card»", ("phone", "email", "card")),
    ("IN", "Complaint to the bus operator (Pune): ticket booked from «phone», mail «email», paid by card «card»", ("phone", "email", "card")),
    ("CA", "Hockey parents roster line: «name» | «phone» | «email»", ("phone", "email")),
]
