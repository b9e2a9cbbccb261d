"""Where the dev13 privacy set's numbers and addresses turn up (``privacy_cases_dev13.py``): what
a personal agent's sensors record (window titles, notes, chat messages, shell commands and history,
e-mails, OCR of screenshots, receipts and scanned letters, calendar entries, addresses in the
browser's bar, forms, voice notes transcribed, smart-home and car apps), English first, then in the
words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me link), ``«e»`` an e-mail address, ``«name»`` its owner's name, ``«a»``/``«b»`` an
account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces, dollars and percent
signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Dictated memo: tell «name» the tiles arrived, her number is «v»",
    "Nextdoor post · Lost cat near the park, please call «name» on «v»",
    "Screenshot text (pharmacy label): Prescriber «name» · ph «v»",
    "Signal · «name»: switched carriers, new line «v»",
    "Typed in Spotlight: «name» «v»",
    "Kindergarten sign-in sheet (photo): emergency contact «name» «v»",
    "Craigslist reply from «name»: lawnmower still for sale? reach me at «v»",
    "Todoist task: confirm catering with «name» — «v» — by Thursday",
    "Scanned delivery note: recipient «name», contact phone «v»",
    "Garmin app › Emergency contacts › «name» · «v»",
    "Thumbtack › Pro profile › «name» · call «v» for a free estimate",
    "Doctor's portal message: reception will ring you back on «v»",
    "Tinder chat · «name»: here's my real number «v»",
    "Bumble BFF · «name»: text me «v» for the hike",
    "Pasted from clipboard: «name» — «v» — tutor, Tuesdays",
    "Google Maps review reply: for bookings ring «name» directly at «v»",
    "Wedding RSVP card (OCR): «name» · plus one · phone «v»",
    "Alexa shopping list note: call «name» back «v»",
    "Obsidian daily note · babysitter backup — «name» «v»",
    "School newsletter (OCR): field trip chaperone «name», cell «v»",
    "Uber Eats · Courier «name» is calling from «v»",
    "Trello card 'Kitchen reno' · plumber «name» · «v»",
    "Slack DM · «name»: I'm at the front desk, buzz me on «v»",
    "Landlord email (excerpt): for urgent repairs phone «v» any time",
    "Reminder app: ring the vet «v» about the booster",
    "Photo of a flyer (OCR): Guitar lessons — «name» — «v»",
    "Voicemail transcript: Hi, it's «name», please call me back at «v», thanks",
    "Strava club chat · «name»: if anyone gets lost ring «v»",
    "Contacts app › Recently added › «name» › mobile «v»",
    "Delivery app › Leave instructions › call «v» on arrival",
]

PHONE_LINKS = [
    "Clicked link: https://wa.me/«vW»?text=Hola",
    "NFC tag payload: tel:«vE»",
    "Calendar invite location: tel:«vE»,,4417#",
    "vCard export · N:«name» · TEL;TYPE=HOME:«vE»",
    "Zapier log · SMS sent to «vE» · status delivered",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Didi ka naya mobile «v», save kar lo", "Electrician «name» ji ka number «v»", "Tiffin service wale ka contact «v»"],
    "BR": ["Salva o contato do pedreiro: «v»", "Liga pro «name» no «v» depois das seis", "Número da escola das crianças: «v»"],
    "DE": ["Bitte ruf «name» zurück: «v»", "Handynummer vom Vermieter: «v»"],
    "MX": ["Márcale a «name» al «v» para lo del carro", "Número de la tintorería: «v»"],
    "FR": ["Rappeler «name» au «v» avant midi", "Le portable du plombier : «v»"],
    "ID": ["Nomor kurir paket: «v»", "Hubungi «name» di «v» ya"],
    "PH": ["Pakitawagan si «name» sa «v»", "Number ng landlady: «v»"],
    "JP": ["«name»さんに折り返し電話：«v»", "歯医者の電話 «v»"],
    "ES": ["Llama a «name» al «v» mañana", "Móvil del fontanero: «v»"],
    "IT": ["Richiamare «name» al «v»", "Numero dell'idraulico: «v»"],
    "PK": ["Plumber ka number «v», shaam ko bulao", "«name» ko «v» pe call karo"],
    "TR": ["«name» Bey'i «v» numarasından ara", "Tesisatçının numarası: «v»"],
    "VN": ["Gọi lại cho «name» số «v»", "Số thợ điện: «v»"],
    "EG": ["كلم «name» على «v»"], "BD": ["«name» কে ফোন দাও «v»"], "KR": ["«name»님께 다시 전화: «v»"],
    "CO": ["Llamar a «name» al «v»"], "AR": ["Llamalo a «name» al «v»"], "PL": ["Zadzwoń do «name»: «v»"],
    "TH": ["โทรหา«name» «v»"], "RU": ["Перезвонить «name»: «v»"], "NL": ["Bel «name» terug op «v»"],
    "MY": ["Telefon «name» di «v»"], "SA": ["اتصل على «name» «v»"], "AE": ["رقم «name» «v»"], "CN": ["给«name»回电话 «v»"],
    "SE": ["Ring «name» på «v»"], "CL": ["Llamar a «name» al «v»"], "PE": ["Llama a «name» al «v»"], "MA": ["Rappelle «name» au «v»"],
}

SIGNATURES = [
    ("US", "Cheers — «name» | m: «v» | «e»"),
    ("US", "«name» · Realtor · cell «v» · «e» · DRE licensed"),
    ("GB", "Best wishes, «name» | M: «v» | «e»"),
    ("IN", "Regards, «name» | Mob: «v» | Mail: «e»"),
    ("DE", "Viele Grüße, «name» | Mobil «v» | «e»"),
    ("BR", "Att., «name» | Cel. «v» | «e»"),
    ("FR", "Cordialement, «name» | Tél. «v» | «e»"),
    ("AU", "Cheers, «name» | M «v» | «e»"),
    ("MX", "Saludos, «name» | Cel. «v» | «e»"),
    ("NG", "Best, «name» | Phone «v» | «e»"),
    ("CA", "Thanks, «name» | Mobile «v» | «e»"),
    ("PH", "Regards, «name» | Cel «v» | «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Zoom › Invite by email › «e»",
    "Dictated memo: forward the receipts to «e»",
    "Dropbox › Share folder 'Taxes' with «e»",
    "Eventbrite › Attendee «name» · «e» · checked in",
    "Typed into a login box: «e»",
    "Stripe › Customer «name» · «e»",
    "Paper form (OCR): Email address: «e»",
    "Slack › Invite people › «e»",
    "Airtable › Leads › «name» · «e» · warm",
    "Notes · new accountant's address «e»",
    "Substack › Subscribers › «e» · paid",
    "HubSpot › Contact «name» · «e»",
]

EMAIL_LOCAL = {
    "DE": "Schick die Rechnung bitte an «e»", "FR": "Mon adresse mail perso : «e»", "ES": "Mi correo del trabajo es «e»",
    "BR": "Manda o boleto pro «e»", "MX": "Escríbeme a «e» cuando puedas", "IT": "Per la cena di classe scrivetemi a «e»",
    "JP": "町内会の連絡用メールアドレスは «e» です", "KR": "이메일 주소: «e»", "NL": "Mijn e-mailadres: «e»",
    "PL": "Napisz do mnie na «e»", "TR": "E-posta adresim «e»", "RU": "Скан паспорта пришли на почту «e», пожалуйста",
    "ID": "Alamat email saya «e»", "CN": "请发到我的邮箱 «e»", "AR": "Escribime a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Dictated memo: pay the plumber with card «v»",
    "Autofill suggestion: «name» · «v»",
    "Photo of a card (OCR): «v» · «name»",
    "Signal · «name»: book the tickets on «v»",
    "Apple Wallet › Card details › «v»",
    "Spreadsheet 'Subscriptions' · card used «v»",
    "Checkout form › Card no. «v» › Cardholder «name»",
    "Text file cards.txt: «v»",
    "Email to the hotel: please guarantee the room with «v»",
    "Notes · business card for expenses «v»",
]

CARD_LOCAL = {
    "IN": "Amazon.in › Your cards › «v»", "BR": "Cartão do Nubank: «v»",
    "DE": "Kartennummer für die Kaution: «v»", "MX": "Dictado: paga la colegiatura con la tarjeta «v»",
    "FR": "Pour la location du gîte, ma carte est la «v»", "JP": "カード番号：«v»", "CN": "银行卡号：«v»",
    "RU": "Карта для перевода «v»", "ES": "Número de la tarjeta: «v»", "TR": "Kart numarası: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Dictated memo: landlord's IBAN is «v»",
    "Wise › Recipient «name» › IBAN «v»",
    "Photo of an invoice (OCR): Beneficiary IBAN «v»",
    "Signal · «name»: IBAN for the flat share «v»",
    "Revolut › Send › IBAN «v»",
    "Spreadsheet 'Suppliers' · IBAN «v»",
    "Email: kindly transfer the balance to «v»",
    "Notes · football club fees IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Bitte die Nebenkosten an «v» überweisen, danke", "IBAN der Hausverwaltung: «v»", "Die Kaution geht auf das Konto «v» der Vermieterin"],
    "FR": ["RIB du propriétaire : «v»", "Merci de virer sur «v»"],
    "ES": ["Número de cuenta para el alquiler: «v»", "Ingresa la señal en «v»"],
    "IT": ["IBAN del condominio: «v»", "Fai il bonifico su «v»"],
    "NL": ["Maak het over naar «v»"], "BE": ["Rekeningnummer van de vereniging: «v»"], "AT": ["Kontonummer für die Miete: «v»"],
    "PT": ["O IBAN do senhorio é «v»"], "PL": ["Numer konta do wpłaty: «v»"], "TR": ["Kira için IBAN: «v»"],
    "FI": ["Maksa vuokra tilille «v»"], "CH": ["Einzahlung auf «v»"], "NO": ["Kontonummer til utleier: «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Dictated memo: direct deposit routing «a», account «b»", "Gusto › Bank info › Routing «a» · Account «b»",
           "Signal · «name»: wire to routing «a» acct «b»", "Photo of a check (OCR): ⑆«a»⑆ «b»⑈",
           "Spreadsheet 'Bills' · routing «a» · account «b»", "Zelle alternative: ABA «a», account «b»",
           "Venmo › Transfer to bank › routing «a» · account «b»"],
    "gb": ["Signal · «name»: sort «a» account «b»", "Monzo › Payee › sort code «a» · account «b»",
           "Dictated memo: sort code «a» account «b» for the builder", "Letter (OCR): sort code «a», account no. «b»"],
    "in": ["Signal · «name»: a/c «a» IFSC «b»", "PhonePe › Bank account «a» · IFSC «b»",
           "Dictated memo: account «a», IFSC «b», for the rent", "Cheque (OCR): A/c «a» IFSC «b»"],
    "au": ["Signal · «name»: BSB «a» acc «b»", "Letter (OCR): BSB «a» Account number «b»"],
    "ca": ["Signal · «name»: transit «a» account «b»", "Payroll form › Transit/institution «a» › Account «b»"],
    "br": ["Agência «a» conta «b», Itaú", "Dados bancários: agência «a», conta «b»"],
    "mx": ["CLABE para el depósito: «a»", "Transferencia a la CLABE «a»", "Dictado: mi CLABE interbancaria «a»"],
    "ng": ["Signal · «name»: pay into «a» «bank»", "Dictated memo: «bank» account «a»", "Letter (OCR): «bank» account number «a» «name»"],
    "za": ["Signal · «name»: branch «a» account «b»", "Letter (OCR): branch code «a», account «b»"],
    "ar": ["CBU para transferir: «a»", "Pasame a este CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Dictated memo: SSN «v» for the mortgage form", "Photo of a W-2 (OCR): Employee's SSN «v»",
                      "TurboTax › Spouse › SSN «v»", "Signal: here's my social «v» for the background check",
                      "Paper form (OCR): Social Security No. «v»", "Spreadsheet 'Family docs' · SSN «v»",
                      "Bank app › Verify identity › SSN «v»"]),
    "in_aadhaar": ("IN", ["Aadhaar card (OCR): «v»", "Dictated memo: Aadhaar «v» for the gas connection",
                          "DigiLocker › Aadhaar «v»", "Signal: Aadhaar no. «v»"]),
    "in_pan": ("IN", ["PAN card (OCR): «v»", "Signal: my PAN «v» for the invoice", "ITR portal › PAN «v»"]),
    "br_cpf": ("BR", ["CPF para o cadastro: «v»", "Ficha do consultório › CPF «v»", "Nota fiscal (OCR): CPF «v»",
                      "Áudio transcrito: anota meu CPF «v»"]),
    "mx_curp": ("MX", ["CURP para el trámite: «v»", "Ficha de inscripción › CURP «v»"]),
    "mx_rfc": ("MX", ["Mi RFC para la factura: «v»"]),
    "gb_nhs": ("GB", ["GP letter (OCR): NHS No. «v»", "Signal: NHS number «v» for the booking"]),
    "de_idnr": ("DE", ["Neuer Job, die Personalabteilung will meine Steuer-ID: «v»", "Lohnzettel (OCR): IdNr. «v»"]),
    "fr_nir": ("FR", ["Numéro de sécu pour la mutuelle : «v»", "Photo de la carte Vitale (OCR), numéro «v»"]),
    "es_dni": ("ES", ["DNI para la reserva: «v»", "Ficha del médico › DNI «v»"]),
    "es_nie": ("ES", ["La gestoría necesita mi NIE «v» antes del lunes"]),
    "it_codicefiscale": ("IT", ["Codice fiscale per la ricetta: «v»", "Tessera sanitaria (OCR): «v»"]),
    "ca_sin": ("CA", ["Signal: SIN «v» for payroll", "Paper form (OCR): SIN «v»"]),
    "id_nik": ("ID", ["NIK untuk pendaftaran: «v»", "Foto KTP (OCR): Nomor Induk Kependudukan «v»"]),
    "pk_cnic": ("PK", ["CNIC for the form: «v»"]),
    "tr_tckimlik": ("TR", ["T.C. kimlik numaram «v»"]),
    "pl_pesel": ("PL", ["PESEL do formularza: «v»"]),
    "za_idnr": ("ZA", ["ID number for FICA: «v»"]),
    "kr_rrn": ("KR", ["병원 접수증에 주민번호 «v» 적음"]),
    "cn_ric": ("CN", ["身份证号：«v»"]),
    "jp_in": ("JP", ["マイナンバー：«v»"]),
    "au_tfn": ("AU", ["TFN for the super form: «v»"]),
    "nl_bsn": ("NL", ["BSN voor de huisarts: «v»"]),
    "th_pin": ("TH", ["กรอกเลขประจำตัวประชาชน «v» ในแบบฟอร์มโรงพยาบาล"]),
    "my_nric": ("MY", ["Borang klinik › No. MyKad «v» › Hantar"]),
    "ar_cuit": ("AR", ["CUIT para facturar: «v»"]),
    "cl_rut": ("CL", ["RUT para la boleta: «v»"]),
    "se_personnummer": ("SE", ["Personnummer till vårdcentralen: «v»"]),
    "ie_pps": ("IE", ["PPSN for Revenue: «v»"]),
    "pt_nif": ("PT", ["Pode pôr o NIF «v» na fatura do ginásio?"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Dictated memo: «name» · SSN «ssn» · mobile «phone» · «email»", ("ssn", "phone", "email")),
    ("US", "Photo of a form (OCR): «email» / «phone» / card «card»", ("email", "phone", "card")),
    ("US", "Lease application · «name» · social «ssn» · cell «phone»", ("ssn", "phone")),
    ("US", "Autofill profile · «email» · «card»", ("email", "card")),
    ("US", "Signal · new tenant «name»: «email» and «phone»", ("email", "phone")),
    ("US", "Call notes: verified SSN «ssn», call back «phone», mail «email»", ("ssn", "phone", "email")),
    ("US", "Gym signup (OCR): «name» · «phone» · billing card «card»", ("phone", "card")),
    ("US", "Onboarding form · «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Receipt email: card «card» charged, copy sent to «email»", ("card", "email")),
    ("GB", "Club registration (OCR): «name» · «phone» · «email» · card «card»", ("phone", "email", "card")),
    ("IN", "Swiggy support ticket: «phone», «email», refund card «card»", ("phone", "email", "card")),
    ("CA", "Volunteer form: «name», «phone», «email»", ("phone", "email")),
]
