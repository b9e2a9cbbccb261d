"""Where the dev17 privacy set's numbers and addresses turn up (``privacy_cases_dev17.py``): what
a personal agent's sensors record (chat apps, texts and DMs, e-mails, drafts and signatures, notes
apps, daily notes and sticky notes on a photo, voice-note and meeting transcripts, contacts, call
and doorbell apps, smart-home and smart-speaker apps, OCR of flyers, lamppost notices, labels,
cheques, passbooks, forms and scanned letters, calendar invites, browser and wallet autofill,
banking, payroll and tax screens, shared sheets), English first, then in the words of the set's
other countries.

A slot is written in guillemets: ``«v»`` the value (``«vE»`` a phone in E.164, ``«vW»`` its digits
in a wa.me or WhatsApp API link), ``«e»`` an e-mail address, ``«name»`` its owner's name,
``«a»``/``«b»`` an account's two parts, ``«bank»`` a bank; ``privacy_set_builder.put`` fills only these, so braces,
dollars and percent signs stay as the tools print them.
"""

from __future__ import annotations

ENGLISH = {"US", "GB", "CA", "AU", "NG", "ZA", "KE", "GH", "SG", "NZ", "IE"}  # written in English; IN, PH and PK mostly


# --- phones ---------------------------------------------------------------------------------------

PHONE_EN = [
    "Ring app › Shared users › «name» · «v» (neighbour, can see the doorbell clips)",
    "Otter transcript, 00:42 — «name»: honestly the best way to get hold of me is my cell, «v»",
    "Signal · «name»: switched carriers but kept the number, «v», fix your contact card",
    "Outlook invite 'Kitchen remodel walkthrough' · organizer «name» · running late? dial «v»",
    "Google Lens on a lamppost notice: FREE upright piano, you haul it, ask for «name» at «v»",
    "Pixel Recorder: ...and the locksmith, «name», said just text «v» once we're home",
    "Checkout page, Chrome suggests the saved contact «name» · «v»",
    "Nest app › Home › Emergency contacts › «name» · «v»",
    "Pharmacy bag label (OCR): PT «name» · ph «v» · refill 2 of 5",
    "Telegram · «name»: please not the office line, my personal one is «v»",
    "Parish bulletin (scanned): prayer chain coordinator «name», reachable on «v»",
    "Lost-property form (OCR): umbrella handed in by «name», callback number «v»",
    "Obsidian daily note: rang «name» the plumber — «v» — quote for the water heater",
    "Zillow inquiry from «name»: keen on the 2BR, best number is «v»",
    "Little league roster (PDF): team parent «name» · «v»",
    "iMessage · «name»: this is my work mobile, store it as «v»",
    "Instagram DM · «name»: for cake orders text me at «v» instead of here",
    "Apartment buzzer directory, photo: 4B «name» «v»",
    "Tow receipt (OCR): operator «name», dispatch desk «v»",
    "GroupMe, class parents · «name»: whoever finds a blue lunchbox call me «v»",
    "Airbnb message from host «name»: lockbox code is on the door; any trouble at all, «v»",
    "LinkedIn › Contact info › «name» · Phone (mobile) «v»",
    "Wedding RSVP card (scanned): «name», party of 2, phone «v»",
    "Alexa app › Communicate › Contacts › «name» · mobile «v»",
    "Claim note: adjuster «name» will ring from «v» on Monday morning",
    "Fridge magnet notepad (photo): sitter «name» → «v»",
    "Yard sale sign (Google Lens): everything goes, questions to «name» on «v»",
    "Gmail draft to «name»: tried you at «v» twice, ring back whenever",
    "Recall card from the dentist (OCR): questions, call «name» at «v»",
    "Calendar invite 'Piano tuning' · location: our place · tuner «name», «v»",
]

PHONE_LINKS = [
    "Instagram bio link: https://wa.me/«vW»?text=Quiero%20reservar%20una%20mesa",
    "Carrd page source: <a class=\"btn\" href=\"tel:«vE»\">Call the studio</a>",
    "QR code on a business card (scanned): MECARD:N:«name»;TEL:«vE»;;",
    "Shopify footer widget: https://api.whatsapp.com/send?phone=«vW»&text=Order%20help",
    "Android share sheet → copied tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Plumber uncle ka naya number «v», purana wala band hai", "«name» ji se baat karni ho toh «v» pe phone karna",
           "Society guard room ka landline «v»"],
    "BR": ["Anota aí o zap da moça que faz a faxina às quintas: «v»", "O número novo de «name»: «v», o antigo foi roubado", "Telefone do guincho que o seguro mandou: «v»"],
    "DE": ["Handynummer von «name» für die Fahrgemeinschaft: «v»", "Schlüsseldienst vom Flyer im Briefkasten: «v»"],
    "MX": ["El cel del plomero que recomendó tu tía: «v»", "«name» dice que le marques al «v» después de las seis"],
    "FR": ["Le numéro du plombier que ta mère m'a filé : «v»", "Rappeler «name» au «v» pour la garde alternée"],
    "ID": ["Kontak ojek langganan, «name»: «v»", "Nomor HP ibu kos, disimpan ya: «v»"],
    "PH": ["Itext mo si «name» sa «v» pag nakarating ka na", "Numero ni kuya sa water refilling station: «v»"],
    "JP": ["引っ越しの件で«name»さんの電話番号 «v»", "自治会長の携帯にかけてください «v»"],
    "ES": ["El móvil de «name», el de las clases de pádel: «v»", "Si vuelve a atascarse la cerradura, el cerrajero de guardia contesta en el «v»"],
    "IT": ["Il cellulare dell'idraulico consigliato da «name»: «v»", "Richiamare «name» al numero «v» per il preventivo"],
    "PK": ["«name» bhai ka WhatsApp number «v» hai", "LPG wale ko «v» pe call kar dena, cylinder khatam ho gaya"],
    "TR": ["Nakliyecinin cep telefonu («name»): «v»", "Apartman yöneticisine şu numaradan ulaşabilirsin: «v»"],
    "VN": ["Số điện thoại của giáo viên piano «name»: «v»", "Gọi thợ sửa máy giặt theo số «v»"],
    "EG": ["اتصل على «name» الكهربائي على الرقم «v»"], "BD": ["ইলেকট্রিশিয়ান «name» ভাইয়ের নম্বর «v»"], "KR": ["이사업체 «name» 팀장님 번호 «v»"],
    "CO": ["El número de «name», quien vende los tamales: «v»"], "AR": ["Agendá el cel de «name», que arregla lo del calefón: «v»"], "PL": ["Kontakt do hydraulika od «name», dzwonić po szesnastej: «v»"],
    "TH": ["โทรหา «name» ช่างประปา ที่เบอร์ «v»"], "RU": ["Телефон «name», репетитор по математике: «v»"], "NL": ["Het nummer van «name» voor het carpoolen: «v»"],
    "MY": ["No. telefon tukang paip «name»: «v»"], "SA": ["رقم «name» السباك «v»"], "AE": ["هذا رقم «name» للتوصيل «v»"], "CN": ["快递员«name»的电话 «v»"],
    "SE": ["Ring «name» på «v» om nyckeln till förrådet"], "CL": ["El fono de «name», el del flete: «v»"], "PE": ["El número de «name» para la movilidad del colegio: «v»"],
    "MA": ["Appelle «name» au «v» pour le déménagement de samedi"],
}

SIGNATURES = [
    ("US", "Best, «name» | Escrow Officer | direct «v» | «e»"),
    ("US", "«name» — PTA Treasurer — cell «v» — «e»"),
    ("GB", "Many thanks, «name», Office Administrator, «v», «e»"),
    ("IN", "Regards, «name» · Accounts Executive · Mobile: «v» · Email: «e»"),
    ("DE", "Viele Grüße, «name» · Kita-Leitung · Tel. «v» · «e»"),
    ("BR", "Att., «name» · administração do condomínio · cel «v» · «e»"),
    ("FR", "Cordialement, «name» – secrétaire de l'association – port. «v» – «e»"),
    ("AU", "Cheers, «name» | Club Secretary | ph «v» | «e»"),
    ("MX", "Saludos cordiales, «name» · Recursos Humanos · Tel. «v» · «e»"),
    ("NG", "Yours faithfully, «name» · Head of Admin, Estate Residents' Association · «v» · «e»"),
    ("CA", "Cordialement, «name» · coordination des bénévoles · tél. «v» · «e»"),
    ("PH", "Thank you po, «name» | Admin Staff | Globe «v» | «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Eventbrite › Attendees › «name» · «e» · 2 tickets",
    "Otter voice note: send the signed contract over to «e» before Friday",
    "Dropbox: you gave «e» edit access to the folder with last year's receipts",
    "Cc: «e» — Re: dishwasher still leaking, landlord's reply",
    "Nextdoor › Neighbor «name» · email «e»",
    "Front-desk tablet: «name» checked in with «e»",
    "Mailchimp import preview, row 14: «e» — status: pending confirmation",
    "Apple ID › Family › pending invitation for «e» (child account)",
    "Guest book scanned at the cabin (OCR): «name», «e», lovely stay!",
    "Webinar registration list (CSV from Zoom): «name» <«e»> · joined from mobile",
    "Patreon › Members › «e» · tier Supporter",
    "Google Calendar › Guests › «e» (awaiting reply)",
]

EMAIL_LOCAL = {
    "DE": "Schick die Nebenkostenabrechnung bitte an meine Adresse «e»", "FR": "Envoie les photos de la kermesse à «e», merci",
    "ES": "El contrato del piso mándamelo a «e», porfa", "BR": "O síndico pediu pra enviar o boleto de março para «e»",
    "MX": "Mi correo para la factura del dentista es «e»", "IT": "L'indirizzo email per la pagella online: «e»",
    "JP": "見積もりはこのアドレスに送ってください：«e»", "KR": "회비 영수증은 제 메일 «e» 로 부탁드려요", "NL": "Stuur de uitnodiging voor de buurtbarbecue naar «e»",
    "PL": "Fakturę za przedszkole proszę na adres «e»", "TR": "Kira sözleşmesinin taslağını «e» adresime gönderebilir misiniz?",
    "RU": "Квитанцию за садик пришли мне на «e»", "ID": "Bukti transfer arisan kirim ke email «e» ya", "CN": "请把租房合同发到我的邮箱 «e»",
    "AR": "Mandame la factura del service del auto a «e»",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Pixel Recorder: book the hotel in Lisbon on the blue card, «v», not the debit one",
    "Edge › Saved payment methods › «name» · «v»",
    "Photo of a card on the desk, sent by mistake (OCR): «v» «name»",
    "Signal · «name»: put the groceries on my card, «v», thx",
    "Samsung Wallet › Add card › «v» · verify with your bank",
    "Subscriptions.xlsx · 'Cloud storage' · paid with «v»",
    "Flight booking, payment step: «name» typed «v» into the card box",
    "Notes · 'Renew passport' · pay the fee with «v»",
    "Email to the dog groomer: you can keep «v» on file for the monthly visits",
    "Kids' group chat, pinned by Mom: the card for the field trip is «v»",
]

CARD_LOCAL = {
    "IN": "Mera debit card number «v», IRCTC pe daal do", "BR": "O número do cartão pra pagar a matrícula da academia: «v»",
    "DE": "Buch die Ferienwohnung über meine Kreditkarte, die Nummer ist «v»", "MX": "El número de mi tarjeta para lo del boleto de avión: «v»",
    "FR": "Voici le numéro de ma carte pour réserver le train : «v»", "JP": "ネット通販で使うクレジットカードの番号は «v»",
    "CN": "这是我的银行卡号，帮我付一下网费 «v»", "RU": "Номер моей карты для оплаты кружка: «v»",
    "ES": "El número de la tarjeta para pagar el seguro del coche: «v»", "TR": "Tatil rezervasyonu için kartımın numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Otter voice note: the deposit for the camper van goes to IBAN «v»",
    "Revolut transfer draft: to «name», IBAN «v», €40 for the concert tickets",
    "Builder's invoice (Adobe Scan): kindly remit to «v»",
    "Signal · «name»: IBAN for the ski chalet is «v», put your surname as the reference",
    "Wise: «name» saved as a recipient, bank details IBAN «v»",
    "Sheet 'Shared house' · the landlady's IBAN is «v»",
    "Choir newsletter: annual dues payable into «v»",
    "Daily note: pay the piano teacher by IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Das Geld fürs Klassenfoto bitte auf mein Konto «v» überweisen", "Laut Aushang im Treppenhaus zahlt man das Hausgeld an die Verwaltung auf «v»",
           "Mietkaution: drei Kaltmieten per Überweisung an den Vermieter, IBAN «v»"],
    "FR": ["Voici l'IBAN de la nounou pour le virement du mois : «v»", "Pour le cadeau commun, vire ta part sur mon compte «v»"],
    "ES": ["El número de cuenta de la comunidad de vecinos es «v»", "Si no te va el Bizum, transferencia a mi IBAN «v»"],
    "IT": ["Il bonifico per la gita scolastica va fatto sull'IBAN «v»", "Le coordinate bancarie del mio conto: «v»"],
    "NL": ["Het rekeningnummer van de vereniging is «v»"], "BE": ["Het lidgeld voor de turnclub mag op rekening «v»"],
    "AT": ["Die Miete fürs Gartenhaus bitte auf unser Konto «v»"], "PT": ["O IBAN da conta do condomínio é «v»"],
    "PL": ["Numer rachunku do wpłaty za wycieczkę: «v»"], "TR": ["Site yönetimi duyurusu: aidatlar ay sonuna kadar «v» numaralı hesaba yatırılacak"],
    "FI": ["Laita taloyhtiön vastike tilinumeroon «v»"], "CH": ["Bitte die Rechnung für den Skikurs auf folgendes Konto zahlen: «v»"],
    "NO": ["Kontonummeret mitt i IBAN-format er «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Otter voice note: for the payroll form it's ABA «a», checking «b»",
           "Payroll onboarding (Gusto): paycheck goes 100% to routing «a», account «b»",
           "Signal · «name»: Venmo's capped, just ACH it, routing «a» account «b»",
           "Voided check photo for the new job (OCR): ⑆«a»⑆ «b»⑈",
           "Budget sheet, tab 'Accounts': savings at the credit union · routing «a» / acct «b»",
           "Title company wire instructions (PDF): Bank ABA No. «a» · Beneficiary acct «b»",
           "IRS Free File › How do you want your refund? › routing «a» · account «b» · type: checking"],
    "gb": ["Text from «name»: it's Monzo, sort «a», account number «b»",
           "Starling: paying someone new — sort code «a», account «b», Confirmation of Payee says 'close match'",
           "Voice note: the dog walker's bank details, sort code «a», account «b», pay her monthly",
           "Window cleaner's card (OCR): BACS — S/C «a» — A/C «b»"],
    "in": ["WhatsApp · «name»: beneficiary account «a», IFSC code «b», IMPS kar do", "Google Pay › Bank transfer › A/c «a» › IFSC «b»",
           "Voice note: maid ka bank account «a», IFSC «b», salary wahi bhejna", "Passbook first page (Lens): Account No. «a» IFS Code «b»"],
    "au": ["Text from «name»: my BSB's «a», acct «b»", "Tradie's quote (OCR): direct deposit, BSB «a» Account «b»"],
    "ca": ["Text from «name»: transit number «a», account «b», for the deposit", "Photo of a void cheque sent to the new employer (OCR): branch transit «a», account «b»"],
    "br": ["Pode fazer a transferência hoje? Banco do Brasil, agência «a», conta corrente «b»", "Os dados bancários da diarista: ag. «a», c/c «b»"],
    "mx": ["Para el pago del mariachi, mi CLABE interbancaria es «a»", "Deposítale a la CLABE «a» lo de la renta",
           "Audio: la CLABE de la escuela para la colegiatura es «a»"],
    "ng": ["Text from «name»: account «a», «bank», send the balance", "Voice note: pay the tailor, «a» «bank»",
           "Receipt (OCR): pay into «bank» acct no «a» (name: «name»)"],
    "za": ["WhatsApp from «name»: branch code «a», savings account «b»", "Electrician's quote (OCR): banking details, branch «a», account no. «b»"],
    "ar": ["Te paso mi CBU para lo del regalo: «a»", "El CBU de la cooperadora de la escuela: «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Otter voice note: Dad's Social Security number for the Medicare form, «v»",
                      "W-2 scanned for the mortgage (OCR): Employee's SSN «v»", "TurboTax › Add a dependent › Dorian's Social Security number «v»",
                      "Signal to my husband: is your social «v»? doing the daycare FSA",
                      "New-patient form on the clinic tablet: Social Security # «v»", "Notes · 'Do not share' · SS number «v»",
                      "Credit freeze at Experian: confirm the full SSN «v» to continue", "Apartment application (PDF): Applicant SSN: «v»",
                      "Draft to HR: apologies for the delay, my Social Security number is «v»"]),
    "in_aadhaar": ("IN", ["Aadhaar xerox for the gas connection (OCR): «v»", "WhatsApp: papa ka Aadhaar no. «v», pension form mein bharna",
                          "Screenshot from DigiLocker forwarded by Papa (OCR), Aadhaar: «v»", "Voice note: mera Aadhaar «v» hai, school admission ke liye"]),
    "in_pan": ("IN", ["Form 16 (OCR): PAN of the employee «v»", "WhatsApp: didi ka PAN card number «v»", "Zerodha › Account opening › PAN «v»"]),
    "br_cpf": ("BR", ["Na farmácia pediram o CPF pro desconto: «v»", "Cadastro no Mercado Pago › CPF «v»",
                      "DANFE escaneada (OCR): destinatário pessoa física, CPF «v»", "Áudio: o CPF do meu pai é «v», anota aí"]),
    "mx_curp": ("MX", ["Para sacar la credencial del INE me pidieron la CURP: «v»", "Trámite de la licencia › CURP «v»"]),
    "mx_rfc": ("MX", ["Para facturar la consulta, el doctor me pidió el RFC: «v»"]),
    "gb_nhs": ("GB", ["Repeat prescription request: NHS no. «v»", "Text to Gran: the surgery wants your NHS number, it's «v»"]),
    "de_idnr": ("DE", ["Brief vom Finanzamt (Scan): Ihre Identifikationsnummer lautet «v»", "Kindergeldantrag › Identifikationsnummer des Kindes «v»"]),
    "fr_nir": ("FR", ["Formulaire d'adhésion à la complémentaire santé, n° de sécurité sociale de l'assuré principal : «v»", "Photo de ma carte Vitale envoyée au kiné (OCR) : «v»"]),
    "es_dni": ("ES", ["Inscripción en la piscina municipal › DNI «v»", "En recepción me piden el DNI para el check-in: «v»"]),
    "es_nie": ("ES", ["Mi número de NIE para el contrato de la luz: «v»"]),
    "it_codicefiscale": ("IT", ["Il codice fiscale dell'intestatario per la bolletta del gas: «v»", "Prenotazione CUP › codice fiscale «v»"]),
    "ca_sin": ("CA", ["Text: the daycare subsidy form wants your Social Insurance Number, «v»?", "Service Canada › My SIN «v»"]),
    "id_nik": ("ID", ["Daftar BPJS, NIK sesuai KTP: «v»", "Nomor Induk Kependudukan di KK: «v»"]),
    "pk_cnic": ("PK", ["Abbu ka shanakhti card number «v»"]),
    "tr_tckimlik": ("TR", ["Noter için kimlik numaram: «v»"]),
    "pl_pesel": ("PL", ["Mój PESEL do zapisu na kurs pływania dla dorosłych: «v»"]),
    "za_idnr": ("ZA", ["SASSA application › ID number «v»"]),
    "kr_rrn": ("KR", ["병원 접수용 주민번호 «v»"]),
    "cn_ric": ("CN", ["办理银行卡用的身份证号码 «v»"]),
    "jp_in": ("JP", ["会社に提出するマイナンバー «v»"]),
    "au_tfn": ("AU", ["Super fund rollover form (PDF): member's TFN «v»"]),
    "nl_bsn": ("NL", ["BSN van mijn dochter voor de zorgverzekering: «v»"]),
    "th_pin": ("TH", ["เลขบัตรประชาชน สำหรับเปิดบัญชีธนาคาร «v»"]),
    "my_nric": ("MY", ["No. kad pengenalan untuk borang klinik: «v»"]),
    "ar_cuit": ("AR", ["Para el monotributo necesito tu CUIL: «v»"]),
    "cl_rut": ("CL", ["Me pidieron el RUT en la consulta del dentista: «v»"]),
    "se_personnummer": ("SE", ["Vid bokning av tandläkartid fylls personnumret i: «v»"]),
    "ie_pps": ("IE", ["Revenue myAccount › PPSN «v»"]),
    "pt_nif": ("PT", ["Na loja de eletrodomésticos pediram o NIF para a garantia: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Preschool enrollment packet (OCR): parent «name», SSN «ssn», phone «phone», «email»", ("ssn", "phone", "email")),
    ("US", "Auto insurance quote form: «email» / «phone» / pay with «card»", ("email", "phone", "card")),
    ("US", "ER registration sticker (OCR): «name» SSN «ssn» ph «phone»", ("ssn", "phone")),
    ("US", "Brave › Autofill › «email» and card «card»", ("email", "card")),
    ("US", "Signal from the new dog sitter «name»: email's «email», number «phone»", ("email", "phone")),
    ("US", "Notes from the call with the credit bureau: SSN «ssn», call-back «phone», copy mailed to «email»", ("ssn", "phone", "email")),
    ("US", "Trampoline park waiver (tablet): «name», «phone», card on file «card»", ("phone", "card")),
    ("US", "Benefits enrollment portal · contact email «email» · SSN «ssn»", ("email", "ssn")),
    ("US", "Walgreens photo order: billed to card «card», pickup notice to «email»", ("card", "email")),
    ("GB", "Nursery registration (OCR): «name», «phone», «email», pays by card «card»", ("phone", "email", "card")),
    ("IN", "Swiggy support chat: my number «phone», mail «email», card used «card»", ("phone", "email", "card")),
    ("CA", "Soccer club sign-up: «name» / «phone» / «email»", ("phone", "email")),
]
