"""Where the dev15 privacy set's numbers and addresses turn up (``privacy_cases_dev15.py``): what
a personal agent's sensors record (chat and text messages, e-mails and their drafts, notes apps and
sticky notes read off a photo, dictated memos, call logs and voicemail transcripts, OCR of forms,
receipts, cards and letters, marketplace and booking apps, autofill and wallet screens, shared
spreadsheets), English first, then in the words of the set's other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces,
dollars and percent signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Slack DM · «name»: my flight lands at noon, text «v» if pickup changes",
    "Neighbourhood group post by «name»: found a grey cat by the playground, call «v»",
    "Photo of a moving van (OCR): Two Brothers Hauling — ask for «name» — «v»",
    "iMessage · «name»: this is my new work cell, «v»",
    "Screenshot of a classifieds ad: road bike for sale, «name», «v»",
    "Notes app · plumber who fixed the leak: «name» «v»",
    "Taxi receipt (OCR): driver «name», dispatch «v»",
    "Google Calendar · 'Piano recital' · organiser «name» · «v»",
    "PayPal note from «name»: thx for the tickets!! new # is «v»",
    "Voicemail transcript: hi, this is «name» from the orthodontist, please call us back at «v»",
    "Signal · shared contact · «name» · mobile «v»",
    "School pickup authorisation (OCR): adult «name», phone «v»",
    "Airbnb message · host «name»: if the lockbox sticks, ring «v»",
    "Handwritten note on the fridge (OCR): vet after hours «v»",
    "Telegram · «name»: call me on «v» instead, the hotel wifi is awful",
    "Rental listing inquiry · agent «name» · «v»",
    "Résumé draft, references: «name», «v»",
    "Instagram DM from «name»: for the cake order just text «v»",
    "Obsidian daily note: landlord's handyman «name» — «v»",
    "Garage invoice header (OCR): Ace Auto Repair · ask for «name» · «v»",
    "Android call log: «name» · missed · «v»",
    "Trello card 'Wedding' · florist «name» · «v»",
    "Text from «name»: I'm outside in the blue Honda, my number is «v»",
    "Church bulletin (OCR): meal train coordinator «name», «v»",
    "Parents' group chat · «name»: carpool list updated, reach me on «v»",
    "In case of emergency card from a wallet (OCR): «name» «v»",
    "Apple Notes · babysitter «name» · «v» · Tue/Thu",
    "Gmail draft: Hi «name», you can reach me at «v» after six",
    "Insurance claim screen: adjuster «name», direct «v»",
    "Google Assistant reminder: ask «name» at «v» whether the van is free Sunday",
]

PHONE_LINKS = [
    "Clicked a link in an Instagram bio: https://wa.me/«vW»",
    "Website footer source: <a href=\"tel:«vE»\">Call us</a>",
    "contact.vcf · BEGIN:VCARD · N:«name» · TEL;TYPE=HOME:«vE»",
    "Zapier task history · SMS by Zapier · To «vE» · success",
    "Browser bar: https://api.whatsapp.com/send?phone=«vW»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Gas cylinder wale bhaiya ka number «v»", "«name» ji ka naya number save karo: «v»", "Society ke watchman ka mobile «v»"],
    "BR": ["O número do encanador é «v»", "Liga pro «name» no «v» depois das seis", "Zap da diarista: «v»"],
    "DE": ["Handynummer von «name»: «v»", "Schlüsseldienst Notdienst: «v»"],
    "MX": ["Márcale a «name» al «v» por lo del gas", "Número del plomero: «v»"],
    "FR": ["Rappeler «name» au «v» pour le devis", "Le numéro du plombier : «v»"],
    "ID": ["Nomor abang ojol yang antar paket tadi «v»", "Hubungi «name» di «v» ya"],
    "PH": ["I-text mo si «name» sa «v» bukas", "Number ni ate sa laundry shop: «v»"],
    "JP": ["«name»さんの電話番号は «v» です", "水道屋さんの番号 «v»"],
    "ES": ["El móvil de «name» es el «v»", "Teléfono de la academia de inglés: «v»"],
    "IT": ["Il cellulare di «name» è «v»", "Numero dell'idraulico: «v»"],
    "PK": ["«name» bhai ka naya number «v»", "Plumber ka number «v» save kar lo"],
    "TR": ["«name» Bey'in cep telefonu «v»", "Tesisatçının numarası «v»"],
    "VN": ["Số điện thoại của «name» là «v»", "Gọi thợ điện số «v»"],
    "EG": ["كلم «name» على «v»"], "BD": ["«name» ভাইয়ের ফোন নম্বর «v»"], "KR": ["«name» 씨 전화번호는 «v» 입니다"],
    "CO": ["Llama a «name» al «v» mañana"], "AR": ["Escribile a «name» al «v»"], "PL": ["Zadzwoń do «name» pod «v»"],
    "TH": ["โทรหา«name»ที่เบอร์ «v»"], "RU": ["Позвони «name» по номеру «v»"], "NL": ["Bel «name» even op «v»"],
    "MY": ["Telefon «name» di «v»"], "SA": ["تواصل مع «name» على الرقم «v»"], "AE": ["اتصل بـ«name» على «v»"], "CN": ["«name»的电话是 «v»"],
    "SE": ["Ring «name» på «v»"], "CL": ["El celular de «name»: «v»"], "PE": ["Comunícate con «name» al «v»"], "MA": ["Appelle «name» au «v»"],
}

SIGNATURES = [
    ("US", "Best, «name» · Realtor® · «v» · «e»"),
    ("US", "— «name», Office Manager | tel «v» | «e»"),
    ("GB", "Cheers, «name» · «v» · «e»"),
    ("IN", "Regards, «name» | Mob: «v» | Mail: «e»"),
    ("DE", "Viele Grüße, «name» | Mobil «v» | «e»"),
    ("BR", "Abs, «name» · WhatsApp/Cel «v» · «e»"),
    ("FR", "Bonne journée, «name» — portable «v» — «e»"),
    ("AU", "Thanks heaps, «name» · ph «v» · «e»"),
    ("MX", "Saludos cordiales, «name» | Cel. «v» | «e»"),
    ("NG", "Best regards, «name» | «v» | «e»"),
    ("CA", "Merci / Thanks, «name» · «v» · «e»"),
    ("PH", "Respectfully, «name» | Globe «v» | «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Zoom › Invite attendees › «e»",
    "Voice memo (auto-transcript): forward the insurance card photo to «e»",
    "Dropbox › Share folder 'Taxes' › «e» can edit",
    "Eventbrite › Attendee «name» · «e»",
    "Bcc field while composing: «e»",
    "Etsy › Buyer «name» · «e» · message unread",
    "Conference badge scan (OCR): «name» · «e»",
    "Buttondown › Add subscriber › «e» · tag: bake sale",
    "Airtable · Volunteers · «name» · «e»",
    "Post-it on the monitor: accountant's email «e»",
    "Ko-fi › Supporters › «e» · monthly tier",
    "Google Calendar › Guests › «e» (accepted, bringing a dish)",
]

EMAIL_LOCAL = {
    "DE": "Die Fotos vom Kindergeburtstag gern an «e»", "FR": "Tu peux m'écrire sur «e», je lis tous les soirs", "ES": "Pásame el horario del curso de natación a «e»",
    "BR": "Pode mandar o boleto do condomínio pro «e»?", "MX": "Mi correo es «e», ahí me mandas el PDF", "IT": "Scrivimi pure a «e»",
    "JP": "連絡先メールアドレス: «e»", "KR": "청첩장 보낼 메일 주소 «e»", "NL": "Stuur de offerte voor de dakkapel naar «e»",
    "PL": "Wyślij skan na «e»", "TR": "Düğün fotoğraflarını «e» adresine yükler misin?", "RU": "Пиши мне на «e»",
    "ID": "Email aku «e», kirim invoice ke situ", "CN": "合同扫描件发我邮箱 «e» 吧", "AR": "Mi correo personal es «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Gboard voice typing: put the hotel deposit on «v»",
    "Chrome › Payment methods › «name» · «v»",
    "Card photo sent for the hotel pre-auth (OCR): «name» «v»",
    "iMessage · «name»: can you book it on my card? «v»",
    "Samsung Wallet › Card info › «v»",
    "Spreadsheet 'Subscriptions' · paid with «v»",
    "Checkout form › Card number «v» · Cardholder «name»",
    "notes.txt on the desktop: backup card «v»",
    "Reply to the B&B: yes, take the deposit from «v»",
    "Pinned message in the family chat: groceries card «v»",
]

CARD_LOCAL = {
    "IN": "Paytm › Saved cards › «v»", "BR": "Cartão pra pagar a escola: «v»",
    "DE": "Kreditkartennummer für das Hotel: «v»", "MX": "Págale con mi tarjeta «v»",
    "FR": "Ma carte pour la réservation : «v»", "JP": "カード番号 «v» で決済してください", "CN": "用这张卡付款 «v»",
    "RU": "Оплати с карты «v»", "ES": "Número de tarjeta para la reserva: «v»", "TR": "Kart numaram «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Voice memo to self: send the painter's deposit to IBAN «v»",
    "Revolut › Add recipient «name» › IBAN «v»",
    "Utility bill (OCR): bank transfer to «v»",
    "Telegram · «name»: my IBAN for the flat share «v»",
    "Wise › Recipients › «name» › IBAN «v»",
    "Spreadsheet 'Rent' · owner's IBAN «v»",
    "Email from the school office: kindly transfer the trip fee to «v»",
    "Phone note: babysitter's IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Schick die Hälfte vom Grillfest bitte auf «v»", "Kontoverbindung des Vermieters: «v»", "Bankverbindung für den Kita-Beitrag: «v»"],
    "FR": ["Virement des charges de copro sur «v»", "Vire-moi ta part sur «v»"],
    "ES": ["El casero quiere la transferencia en «v»", "Para la fianza del piso: «v»"],
    "IT": ["Il padrone di casa ha cambiato banca, nuovo IBAN «v»", "Per la quota del calcetto fai un bonifico su «v»"],
    "NL": ["Betaalverzoek lukt niet, maak het over op «v»"], "BE": ["Stort de huur van het studentenhuis op «v»"], "AT": ["Kaution für die Wohnung bitte auf «v»"],
    "PT": ["Para o jantar de grupo, transfere para o IBAN «v»"], "PL": ["Za wyjazd na narty przelej na «v»"], "TR": ["Aidatı şu IBAN'a yatırabilirsin: «v»"],
    "FI": ["Tilinumero vuokraa varten: «v»"], "CH": ["Beitrag fürs Skilager bitte an «v»"], "NO": ["Kontonummeret mitt er «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Voice memo (auto-transcript): tax refund to routing «a», account «b»", "Gusto › Payment method › Bank routing «a» · Acct «b»",
           "iMessage · «name»: for the ACH use routing «a» and account «b»", "Voided check (OCR): ABA «a» acct «b»",
           "Household budget.xlsx · credit union routing «a» · savings «b»", "Email from the title company: wire to ABA «a», account no. «b»",
           "Chime › Move money › routing «a» · account «b»"],
    "gb": ["Text from «name»: sort code «a», account number «b»", "Monzo › Pay someone new › sort code «a» · acc. «b»",
           "Otter transcript: the nanny's sort code is «a» and her account is «b»", "Builder's quote (OCR): bank details sort code «a» account no. «b»"],
    "in": ["Telegram · «name»: a/c «a», IFSC «b»", "PhonePe › Add bank › A/c no. «a» · IFSC «b»",
           "Google Assistant note: rent to account number «a» with IFSC «b»", "Scan of a cancelled leaf for the SIP mandate: A/c «a», IFSC «b»"],
    "au": ["Text from «name»: BSB «a», acct no «b»", "Pay the sparky: BSB «a», acct «b» (from his quote)"],
    "ca": ["Text from «name»: transit «a», account «b»", "Employer's direct deposit PDF: transit «a», account «b»"],
    "br": ["Manda por TED mesmo: agência «a», conta «b»", "Dados bancários do pedreiro: ag. «a», cc «b»"],
    "mx": ["Datos para pagar las clases de natación, CLABE «a»", "Pásame la lana a la CLABE «a»", "Nota de voz: CLABE de la escuela «a»"],
    "ng": ["Text from «name»: abeg send to «a» «bank»", "Voice memo (auto-transcript): pay the tailor, «bank» «a»", "Receipt (OCR): «bank» a/c «a» («name»)"],
    "za": ["Text from «name»: branch «a», account «b»", "Quote (OCR): Branch code «a» Acc no «b»"],
    "ar": ["Mi CBU: «a»", "Para el regalo de la profe, CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Voice memo (auto-transcript): my SSN for the daycare form is «v»", "W-2 from the restaurant job (OCR): SSN «v»",
                      "FreeTaxUSA › Dependents › child's SSN «v»", "iMessage: mom's social is «v»",
                      "New patient form (OCR): SSN «v»", "Notes app · family documents · Jake's SSN «v»",
                      "Experian › Verify your identity › SSN «v»"]),
    "in_aadhaar": ("IN", ["Xerox of Aadhaar for the broadband KYC (OCR): «v»", "Google Assistant note: Aadhaar «v», needed for the LPG subsidy",
                          "Downloaded e-Aadhaar (OCR) shows «v»", "Telegram: papa ka Aadhaar «v», form mein daal dena"]),
    "in_pan": ("IN", ["Salary slip for March (OCR): PAN «v»", "Telegram: PAN «v» for the rent receipt", "Zerodha KYC › PAN «v»"]),
    "br_cpf": ("BR", ["CPF na nota, por favor: «v»", "Cadastro do aplicativo › CPF «v»", "Comprovante de pagamento (OCR): CPF «v»",
                      "Mensagem de voz: o CPF do meu pai é «v»"]),
    "mx_curp": ("MX", ["Me pidieron la CURP en la guardería: «v»", "Solicitud de beca › CURP «v»"]),
    "mx_rfc": ("MX", ["El contador necesita mi RFC con homoclave: «v»"]),
    "gb_nhs": ("GB", ["Hospital discharge summary (OCR): NHS number «v»", "Text: my NHS number «v» for the pharmacy"]),
    "de_idnr": ("DE", ["Meine Steuer-ID für die Elster-Anmeldung: «v»", "Schreiben vom Bundeszentralamt (OCR): Ihre Identifikationsnummer «v»"]),
    "fr_nir": ("FR", ["Mon numéro de sécu pour le dossier : «v»", "La crèche demande le numéro de sécu de la petite : «v»"]),
    "es_dni": ("ES", ["El del hotel rural me pide el DNI: «v»", "Inscripción en la autoescuela › DNI «v»"]),
    "es_nie": ("ES", ["Mi NIE para el contrato de alquiler: «v»"]),
    "it_codicefiscale": ("IT", ["Il commercialista vuole il codice fiscale: «v»", "Foto della tessera sanitaria (OCR), codice «v»"]),
    "ca_sin": ("CA", ["Text: SIN «v» for the new job", "New hire packet (OCR): Social Insurance No. «v»"]),
    "id_nik": ("ID", ["Daftar BPJS pakai NIK «v»", "Foto KTP (OCR): «v»"]),
    "pk_cnic": ("PK", ["Mera shanakhti card number «v»"]),
    "tr_tckimlik": ("TR", ["Eczane kaydı için TC kimlik no: «v»"]),
    "pl_pesel": ("PL", ["PESEL dziecka do szkoły: «v»"]),
    "za_idnr": ("ZA", ["Vodacom SIM swap form: ID number «v»"]),
    "kr_rrn": ("KR", ["제 주민번호는 «v» 입니다"]),
    "cn_ric": ("CN", ["快递实名认证，身份证号 «v»"]),
    "jp_in": ("JP", ["マイナンバー «v» を会社に提出"]),
    "au_tfn": ("AU", ["TFN for the new employer: «v»"]),
    "nl_bsn": ("NL", ["Zorgverzekeraar vraagt om je BSN, hier: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของฉัน «v»"]),
    "my_nric": ("MY", ["Untuk borang sekolah, No. IC anak «v»"]),
    "ar_cuit": ("AR", ["Mi CUIL es «v», lo pide la prepaga"]),
    "cl_rut": ("CL", ["Pásale mi RUT al de la ferretería: «v»"]),
    "se_personnummer": ("SE", ["Apoteket frågar efter personnumret: «v»"]),
    "ie_pps": ("IE", ["Payslip (OCR): PPS No. «v»"]),
    "pt_nif": ("PT", ["Contribuinte na fatura do talho: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Voice memo (auto-transcript): «name», SSN «ssn», phone «phone», mail «email»", ("ssn", "phone", "email")),
    ("US", "Loan application (OCR): «email» · «phone» · card «card»", ("email", "phone", "card")),
    ("US", "Apartment application · «name» · social «ssn» · cell «phone»", ("ssn", "phone")),
    ("US", "Edge autofill suggestion · «email» · «card»", ("email", "card")),
    ("US", "Text from new tenant «name»: «email» / «phone»", ("email", "phone")),
    ("US", "Phone log with the credit union: SSN «ssn» read back, reach me at «phone», email «email»", ("ssn", "phone", "email")),
    ("US", "Pilates signup sheet (OCR): «name» — «phone» — card «card»", ("phone", "card")),
    ("US", "Benefits portal · «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Receipt email: paid with «card», sent to «email»", ("card", "email")),
    ("GB", "Dentist registration (OCR): «name», «phone», «email», card «card»", ("phone", "email", "card")),
    ("IN", "Swiggy support chat: phone «phone», email «email», card «card»", ("phone", "email", "card")),
    ("CA", "Summer camp form: «name» · «phone» · «email»", ("phone", "email")),
]
