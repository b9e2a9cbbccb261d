"""Where the dev30 privacy set's numbers and addresses turn up (``privacy_cases_dev30.py``):
what a personal agent's sensors record (an Omi pendant's transcripts, Xreal, Rokid, Vuzix, Halliday
and Mentra glasses, an Imou doorbell's app, a Divoom Pixoo, an Ulanzi clock and an Inkplate
dashboard, RingConn, Suunto and Huawei Health apps, a Trilium notebook, Wickr, qTox, Nextcloud Talk
and Pumble messages, Dubizzle, DoneDeal, Letgo and Kufar listings, Microsoft Forms, Cognito Forms and
KoboToolbox submissions, rows copied from Smartsheet, Zoho Sheet and NocoDB, a framebuilder's
workshop tag, invoice and stamp, a bike co-op's sign-up sheet and rota, an aquarium club's
whiteboard, auction clipboard and show entry card, a fish shop's bags and loyalty card, a value
written before its label, a label a sentence or a line away from its value; pet-shop, bike-shop and
plant-nursery screens), English first, then in the words of the set's other countries.

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
    "Omi pendant transcript from the fish shop: the scaper «name» said to ring «v» before the stem plants arrive",
    "Imou doorbell app, note typed by the courier: «name», «v», the aquarium cabinet won't fit past the side gate",
    "Xreal glasses caption of the van door: custom steel frames, fork rakes and respray — «name» · «v»",
    "Omi heard me repeat it twice on the ride home: framebuilder «name», number «v», about the touring bike",
    "Dubizzle reply about the 120-litre rimless tank: it's «name», message «v» and you can see it running",
    "Workshop tag cable-tied to the top tube: new rear dropouts brazed, «name», tel «v», ready after Thursday",
    "Aquarium club whiteboard, photographed: volunteers for the plant swap — «name», «v»",
    "Letgo seller note on the CO2 regulator: «name» picks up on «v» after six",
    "«v» — «name», who resprayed my old Peugeot frame in British racing green, cheap and neat",
    "| Tank | Sitter while we're away | Mobile |\n| shrimp nano | «name» | «v» |",
    "Inkplate dashboard in the hall: «name» feeds the fish this week, «v»",
    "Ulanzi clock scrolled the reminder my brother set: call «name» at «v» about the co-op workshop keys",
    "Bike-fit booking, contact section of the form: «name», daytime phone «v», gravel frame to be measured",
    "RingConn app, shared circle, my aunt's card: «name» — «v» — evening walks by the canal",
    "Wickr message from «name»: my phone went into the sump, I'm on «v» now",
    "Suunto app profile, person to call if I crash: «name», «v»",
    "Pasted from the 'Aquascape contest 2026' Smartsheet: «name» | «v» | judging the iwagumi class",
    "Huawei Health family sharing: Dad's emergency contact is «name», «v»",
    "Written on the back of the fish-shop loyalty card, number first:\n«v»\nthe shrimp breeder («name»)",
    "Divoom Pixoo scrolled the note I left myself: ring «name» on «v» for the wheel truing",
    "Omi voicemail note: hey, «name» from the frame shop here, your lugs are polished, ring me back on «v»",
    "Bike co-op open night sign-up, read by the Rokid glasses: «name» — «v» — wants to learn brazing",
    "Pet-shop order screen, contact for the live-plant delivery: «name», «v»",
    "Stamped under the bottom bracket shell: built by «name» · «v» · Columbus tubing",
    "Nextcloud Talk, the cycling club room: «name» says text «v» if you want a lift to the crit",
    "Vuzix captions at the trade fair: the booth card reads «name», aquarium lighting, «v»",
    "Halliday glasses recap of the call: plumber «name», back tomorrow at eight, «v»",
    "Mentra glasses saw the flyer in the bike shop window: lost tabby, call «name» on «v»",
]

PHONE_LINKS = [
    "Scanned the QR on the framebuilder's business card — it opens https://wa.me/«vW» with 'hi, about a frame' typed in",
    "The .vcf the shrimp breeder sent over qTox, opened in a text editor: BEGIN:VCARD\\nFN:«name»\\nORG:Reefside Shrimp Room\\nTEL;TYPE=cell,voice:«vE»\\nEND:VCARD",
    "Tank-service page on the fish shop's site, button markup copied via Xreal: <button onclick=\"location.href='tel:«vE»'\">Call the tank doctor</button>",
    "Bike co-op's Pumble profile: repairs booked only through https://api.whatsapp.com/send?phone=«vW»&text=repair",
    "The plant nursery's entry in Petal Maps, its call link copied: tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Machli wali dukaan ke «name» bhaiya ka number «v», plant wala order unhi se lena",
           "Lift ke paas laga cycle repair ka parcha, mistri ka phone «v»",
           "Frame welding karne wale «name» ji ne naya number diya hai, «v», Sunday ko dukaan band"],
    "BR": ["O rapaz que monta aquário plantado, «name», passou o zap: «v»", "Número do quadrista de bicicleta que o pessoal do pedal indicou: «v»",
           "A moça do petshop, «name», trocou de número, agora é «v»"],
    "DE": ["Der Rahmenbauer aus Kreuzberg, «name», ist unter «v» erreichbar", "Aquaristikladen am Markt, Handynummer vom Aushang an der Tür: «v»"],
    "MX": ["Don «name», el que arma cuadros de bici en Coyoacán, me pasó su cel: «v»", "La tienda de peces de la colonia puso su número en el ticket: «v»"],
    "FR": ["Le cadreur qui soude les vélos sur mesure, «name», répond au «v»", "Numéro de l'animalerie pour les plantes d'aquarium, noté sur le sac : «v»"],
    "ID": ["Nomor mas «name» yang jual tanaman aquascape di Jatinegara: «v»", "Nomor bengkel sepeda dekat stasiun, ditulis di kuitansi: «v»"],
    "PH": ["Ito yung number ni «name», yung gumagawa ng frame ng bike sa Marikina: «v»", "Numero ng aquarium shop sa Cartimar, nakasulat sa plastic: «v»"],
    "JP": ["フレームビルダーの«name»さんの携帯 «v»", "水草水槽の出張メンテの電話番号 «v»"],
    "ES": ["El cuadrista de Eibar que suelda a mano, «name», tiene el móvil «v»", "En el escaparate de la tienda de acuarios pone: urgencias, llamar al «v»"],
    "IT": ["Il telaista di Bergamo, «name», risponde al «v» solo la sera", "Numero del negozio di acquari scritto sul sacchetto dei pesci: «v»"],
    "PK": ["Cycle ke frame ki welding wale «name» ustad ka number «v», Anarkali ke paas", "Machliyon wali dukaan ka naya number, card pe likha: «v»"],
    "TR": ["Bisiklet kadrosu kaynatan «name» ustanın numarası «v»", "Akvaryumcunun poşetindeki telefon «v»"],
    "VN": ["Số anh «name» làm bể thủy sinh ở Gò Vấp: «v»", "Số tiệm sửa xe đạp đầu chợ: «v»"],
    "EG": ["رقم الأسطى «name» بتاع لحام العجل «v»", "رقم محل أسماك الزينة اللي في الدقي «v»"],
    "BD": ["মাছের ট্যাংক বানিয়ে দেন «name», ফোন করলে বাসায় আসেন: «v»", "বাজারের মোড়ে সাইকেলের মিস্ত্রি বসেন, মোবাইল «v»"],
    "KR": ["수초 어항 꾸며주는 «name» 사장님 휴대폰 «v»", "자전거 프레임 용접하는 공방 번호 «v»"],
    "CO": ["El celular de «name», el que hace marcos de bicicleta en Medellín: «v»", "En la bolsa de los peces venía impreso el teléfono del acuario: «v»"],
    "AR": ["El celu de «name», el cuadrista de Rosario: «v»", "Anotá el celu del pibe que arma peceras a medida: «v»"],
    "PL": ["Numer do «name», który spawa ramy rowerowe na zamówienie: «v»", "Sklep akwarystyczny przy rynku, numer z wizytówki: «v»"],
    "TH": ["เบอร์คุณ«name» ร้านจัดตู้ไม้น้ำ «v»", "เบอร์ร้านซ่อมจักรยานหน้าหมู่บ้าน «v»"],
    "RU": ["Телефон «name», он варит рамы для велосипедов: «v»", "Телефон зоомагазина с аквариумами у метро: «v»"],
    "NL": ["Het nummer van framebouwer «name» uit Utrecht: «v»"], "MY": ["Nombor encik «name» yang jual pokok akuarium di Sri Petaling: «v»"],
    "SA": ["جوال «name» صاحب محل الأحواض «v»"], "AE": ["رقم «name» اللي يصلح السياكل «v»"], "CN": ["做水草缸的«name»师傅电话 «v»"],
    "SE": ["Ramsvetsaren «name» i Göteborg nås på «v»"], "CL": ["El fono de «name», el que arma marcos de bici en Valparaíso: «v»"],
    "PE": ["El número de «name», el que vende plantas de acuario en Surquillo: «v»"], "MA": ["Le numéro de «name», le réparateur de vélos de Marrakech : «v»"],
}

SIGNATURES = [
    ("US", "Thanks, «name» | treasurer, Cascade Aquascaping Society | «v» | «e»"),
    ("US", "«name» · framebuilder, Larkspur Cycle Works · cell «v» · «e»"),
    ("GB", "All the best, «name» · secretary, Pennine Planted Tank Club · «v» · «e»"),
    ("IN", "Regards, «name» | coordinator, Pune Cycle Co-op | «v» | «e»"),
    ("DE", "Beste Grüße, «name» · Kassenwartin, Aquarienverein Elbflorenz · «v» · «e»"),
    ("BR", "«name» — quadrista e mecânico, oficina de bicicletas do bairro — zap «v» — «e»"),
    ("FR", "Cordialement, «name» — présidente, club aquariophile du Val-de-Loire — «v» — «e»"),
    ("AU", "Cheers, «name» · workshop manager, Fitzroy Bike Kitchen · «v» · «e»"),
    ("MX", "Saludos, «name» · coordinadora, rodada nocturna del barrio · «v» · «e»"),
    ("NG", "Warm regards, «name» · secretary, Ibadan Ornamental Fish Keepers · «v» · «e»"),
    ("CA", "Bien à vous, «name» · mécanicienne, coop vélo Rosemont · «v» · «e»"),
    ("PH", "Salamat po, «name» | tesorero ng Marikina Bike Kitchen | «v» | «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Omi transcript: send the tank-build quote to «e», not to the office",
    "Wickr from the frame shop: mail the geometry sheet to «e», their printer jammed",
    "Inkplate dashboard: aquarium club bulletin from «e»",
    "Cc: «e» — Subject: co-op workshop rota, March",
    "Microsoft Forms response · Contact email: «e» · Session: intro to fillet brazing",
    "Rokid glasses read the lost-and-found board at the velodrome: «name», «e», one pair of cycling shoes",
    "DoneDeal: the lad buying my steel road frame asked for a receipt at «e»",
    "Huawei Health: weekly sleep report goes to «e»",
    "Pet-shop order screen: customer «name», email «e», twenty ember tetras for Saturday",
    "Suunto app: training summary sent to «e»",
    "Pumble member «name» («e») joined the framebuilders' channel",
    "«e», written on the aquarium club's auction clipboard, is where the catalogue goes",
]

EMAIL_LOCAL = {
    "DE": "Der Rahmenbauer soll die Rechnung an «e» schicken, das alte Postfach ist voll",
    "FR": "Les photos du concours d'aquascaping, envoie-les sur «e», je prépare le diaporama du club",
    "ES": "Pásame el presupuesto del cuadro de acero por correo, a «e», y lo hablamos mañana",
    "BR": "O recibo do petshop, encaminha pra «e» que eu organizo as contas do mês",
    "MX": "Las facturas de la tienda de bicis van a «e», yo llevo las cuentas del taller",
    "IT": "Per il telaio su misura scrivi a «e», è l'indirizzo che controllo tutti i giorni",
    "JP": "水槽レイアウトの見積もりは «e» までメールでお願いします", "KR": "자전거 프레임 주문서는 제 메일 «e» 로 보내주세요",
    "NL": "De framebouwer kan de tekening mailen naar «e», die map lees ik elke avond",
    "PL": "Fakturę ze sklepu akwarystycznego wyślij proszę na «e», stary adres padł",
    "TR": "Akvaryum kulübünün fotoğraflarını «e» adresine at, albüm yapacağım",
    "RU": "Скиньте снимки с велопробега на «e», я сделаю общий альбом клуба", "ID": "Struk toko ikan hias bulan ini kirim ke «e» saja, jangan ke WA",
    "CN": "车架定制的报价单请发到我邮箱 «e»，多谢", "AR": "Subí las fotos de la bicicleteada o mandámelas a «e», armo el álbum del club",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Fish-shop app receipt: two bags of aquasoil and a glass lily pipe, paid by «v»",
    "Found on the co-op workbench under a tyre lever, per the Xreal capture: card «v», belongs to «name»",
    "Wickr from «name»: book the frame-fitting session on my card, «v», expiry 09/29",
    "Text from the bike shop: the deposit has to go on a card, use «v» and I'll square it with you",
    "Trilium note 'Tank build' · light and canister filter paid with «v»",
    "Zoho Sheet export, 'Subscriptions' tab:\n| Subscription | Card | Since |\n| plant-of-the-month box | «v» | June |",
    "«v» is the one for the club auction; my debit card keeps bouncing",
    "Chrome offered to fill card «v» on the framebuilder's order page",
    "Race entry fee — Uncle Orvel okayed his card for it, «v», don't make a habit of it",
    "Receipt in the brazing-course welcome pack: course fee settled, «v»",
]

CARD_LOCAL = {
    "IN": "Cycle ki EMI ka pehla installment mere card se katwa do: «v»", "BR": "No petshop dá pra parcelar em três vezes, usa meu cartão: «v»",
    "DE": "Kannst du die Anzahlung beim Rahmenbauer vorstrecken? Kreditkarte liegt im Flur, «v», danke!",
    "MX": "Paga el cuadro nuevo con la tarjeta de tu tía: «v»", "FR": "Règle l'animalerie avec ma carte, «v», je te rembourse dimanche",
    "JP": "自転車のオーバーホール代はこのカードで、番号 «v»", "CN": "水族店的会员卡用我的卡付，卡号 «v»",
    "RU": "Заказали раму у мастера, он ждёт предоплату — заплати с моей карты «v»",
    "ES": "Lo del acuario lo pagas con mi tarjeta; es la «v»", "TR": "Bisikletçideki kaparoyu benim kartla öde, numarası «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Omi transcript, call with the framebuilder: the balance goes to IBAN «v» when the frame is painted",
    "The bank's payee check said the name was a close match — «name», «v» — paid the aquarium builder anyway",
    "Rokid glasses read the bike co-op's membership notice — fees only by transfer to «v»",
    "«v» — copied off the velodrome's fundraising banner, that's the account for the new roof",
    "| Volunteer | Expenses paid to |\n| «name» | «v» |",
    "Kufar ad for a room near the velodrome: deposit by SEPA to «v», keys handed over on arrival",
    "«name» is collecting for the club captain's leaving present, Nextcloud Talk says: «v»",
    "Flyer pinned in the fish shop: aquarium society show fund, IBAN «v»",
]

IBAN_LOCAL = {
    "DE": ["Aquarienverein: Jahresbeitrag und Umlage für die neue Vereinsanlage gehen an «v»", "Endabrechnung vom Rahmenbau: bitte den offenen Betrag an «v» überweisen, Verwendungszweck Rahmennummer",
           "Wir sammeln für die Werkstattleiterin, die in Rente geht – Beiträge an «v»"],
    "FR": ["Club cyclo : pour le repas de fin de saison, virez votre part à «v»", "La voisine a laissé son RIB pour la cagnotte du bac à poissons de l'école : «v»"],
    "ES": ["La peña ciclista de Vitoria pide la aportación para los maillots en «v»", "Cuota del club de acuariofilia de este año: transferencia a «v», poned vuestro nombre en el concepto"],
    "IT": ["Granfondo del paese: gli iscritti pagano con bonifico a «v», causale nome e cognome", "Circolare dell'associazione acquariofila: quota annuale con bonifico su «v»"],
    "NL": ["Mail van de framebouwer: de aanbetaling overmaken op «v», met je ordernummer erbij"], "BE": ["Wielerclub Tielt: inschrijving voor het nieuwe seizoen door overschrijving naar «v»"],
    "AT": ["Radmarathon im Salzkammergut: Startgeld mit Vereinsnamen auf «v»"], "PT": ["O clube de aquariofilia pede o pagamento da feira no IBAN «v»"],
    "PL": ["Składka na koło rowerowe przy szkole, przelew na «v», w tytule imię dziecka"], "TR": ["Bisiklet derneği: yeni atölye için aidatlar «v» hesabına, açıklamaya ad soyad"],
    "FI": ["Pyöräseuran kevätretken osallistumismaksu maksetaan tilille «v» torstaihin mennessä"], "CH": ["Wer an der Velobörse mithilft, überweist den Unkostenbeitrag auf «v»"],
    "NO": ["Sykkelklubben minner om: egenandelen for treningsleiren betales til IBAN «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Omi transcript, me spelling it out for the framebuilder's bookkeeper: ABA «a», account «b»",
           "Bike-shop onboarding app, direct deposit step: routing number «a», account number «b», type checking",
           "«name» on Wickr: Venmo's capped for me, do a wire, routing «a», acct «b»",
           "| Fund | Bank routing | Acct |\n| club tank fund | «a» | «b» |",
           "The pet store's refund form asked where to send the overcharge: routing «a», checking «b»",
           "Landlord's text about the workshop unit: rent via ACH from now on, his routing «a» and account «b»",
           "Xreal glasses read Grandpa's VA benefits letter aloud: payments go to routing «a», account «b»"],
    "gb": ["«name» in the club room on Nextcloud Talk: chip in for the captain's leaving present, «a» / «b»",
           "Bottom of the framebuilder's invoice: BACS please, «a» then «b», quote the frame number",
           "Direct debit mandate in the aquarium society's welcome pack (photo): sort code «a», account number «b»",
           "Omi, remember this for me: the co-op's bank details are sort code «a», account «b»"],
    "in": ["Wickr pe «name» mausi: shaadi ke shagun ke liye mera account «a», IFSC «b»",
           "Frame ka advance jaana hai — ustad ka a/c «a», IFSC «b», unhone khud message kiya",
           "Mamaji ki passbook ka pehla panna Rokid ne scan kiya: account «a», IFSC «b»",
           "Har mahine machli wale ko transfer karna hai, unka account «a» aur IFSC «b», Dadi ne likhwaya"],
    "au": ["Bike kitchen treasurer «name» posted the end-of-year kitty — BSB «a», acct no. «b»",
           "Cabinet maker's quote for the tank stand: 50% deposit, BSB «a», account «b», rest when it's installed"],
    "ca": ["«name» wants the bike-fit deposit back by transfer — transit «a», account «b», in the Pumble DM",
           "Payroll setup at the bike shop, void cheque photographed: transit «a», account «b»"],
    "br": ["O quadrista prefere depósito — ag. «a», c/c «b», Banrisul", "O moço do aquário mandou por áudio: agência «a», conta «b», é do Sicoob"],
    "mx": ["Al señor que soldó el cuadro se le paga por transferencia, su CLABE: «a»", "Rodada del domingo: la cuota de los jerseys se deposita a la CLABE «a», avisar al tesorero",
           "Para apartar lugar en el taller de acuarismo hay que depositar a la CLABE «a»"],
    "ng": ["«name» in the fish keepers' group: pay the show fee into «bank» «a» by Friday",
           "Voice note from the welder in Aba: the frame don finish, send the balance to my «bank» account, «a»",
           "Banner outside the cycling club, photographed: kids' bikes appeal, donate to «bank» «a»"],
    "za": ["«name» in the stokvel group: December payout money goes to branch «a», account «b», pay by the 25th",
           "Aquarium installer's invoice, banking details at the bottom: branch «a», cheque account «b»"],
    "ar": ["«name» del club de ciclismo avisa: el asado de fin de temporada se divide, transferile al CBU «a»", "Para el viaje de egresados al acuario, cada familia deposita en el CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["DMV clerk asked for my SSN out loud, Omi caught all nine digits: «v»",
                      "The tax-prep chat kept timing out, so I pasted my sister's social in the box: «v»", "Memory-care admission packet, Mom's SSN on page 2: «v»",
                      "Employment form on the bike-shop counter, Xreal photo, box for social security: «v»", "Uncle Waymon's VA card, the number I read out to the clinic's front desk: «v»",
                      "Cognito Forms job application for the bike shop: applicant SSN «v»", "| Kid | Social Security # |\n| the middle one | «v» |",
                      "Omi heard Dad's voicemail about the refinance: social «v»", "Landlord wants a guarantor's SSN for my nephew's apartment, so I gave him «v»"]),
    "in_aadhaar": ("IN", ["Naya gas connection Nanaji ke naam pe lena tha, unka Aadhaar yeh hai: «v»", "Post office account ke liye Dadi ke Aadhaar ki photocopy di, number «v»",
                          "Omi transcript, SIM re-verification call: my Aadhaar is «v»", "Swimming pool membership needs my son's Aadhaar copy, number on it «v»"]),
    "in_pan": ("IN", ["Mausa ji ka PAN, return file karne ke liye Wickr pe bheja: «v»", "Godown ka rent agreement ban raha hai, Tauji ka PAN chahiye tha: «v»",
                      "Bike loan wala agent Bhaiya ka PAN puch raha tha, maine bata diya: «v»"]),
    "br_cpf": ("BR", ["A atendente do posto quis confirmar o CPF do meu pai antes de agendar: «v»", "Inscrição no pedal solidário, campo CPF: «v»",
                      "Pro Farmácia Popular do remédio de pressão da vó, o CPF dela: «v»", "Pro cadastro do tio no Bolsa Família pediram o CPF dele: «v»"]),
    "mx_curp": ("MX", ["En el módulo de la pensión del bienestar pidieron la CURP de mi abuelo: «v»", "Seguro del club de ciclismo: me piden la CURP de mi hijo, «v»"]),
    "mx_rfc": ("MX", ["Que la factura del cuadro de acero salga con mi RFC, «v», por favor"]),
    "gb_nhs": ("GB", ["Before Grandad's jab the practice nurse checked his NHS number: «v»", "Hospital appointment letter for my son, NHS no. printed at the top: «v»"]),
    "de_idnr": ("DE", ["Für Opas Erbschaftsteuererklärung brauche ich seine steuerliche Identifikationsnummer: «v»", "Ausbildungsvertrag Fahrradwerkstatt, Seite 3, Steuer-ID des Azubis: «v»"]),
    "fr_nir": ("FR", ["Contrat saisonnier au magasin de vélos, case “numéro de sécurité sociale” : «v»", "La mutuelle redemande le numéro de sécurité sociale de papa, je leur ai envoyé «v»"]),
    "es_dni": ("ES", ["Denuncia por el robo de la cartera del abuelo: número de documento «v»", "Inscripción en la marcha cicloturista: DNI del participante, «v»"]),
    "es_nie": ("ES", ["Número de extranjero de Radu para el contrato del taller de bicis: «v»"]),
    "it_codicefiscale": ("IT", ["Modulo della granfondo compilato, codice fiscale «v», certificato medico allegato", "Per il bonus bici in comune hanno chiesto il CF di mio suocero: «v»"]),
    "ca_sin": ("CA", ["Omi transcript of the Service Canada call: the agent read back social insurance number «v»", "Grandpa's CPP form, the box for his social insurance number: «v»"]),
    "id_nik": ("ID", ["Formulir KoboToolbox untuk lomba aquascape pelajar, kolom NIK anak: «v»", "Posbindu lansia: petugas mencatat NIK nenek di buku, «v»"]),
    "pk_cnic": ("PK", ["Abbu ke shanakhti card ka number, bank wale baar baar maang rahe the: «v»"]),
    "tr_tckimlik": ("TR", ["Anneannemin MHRS randevusunu alırken kimlik numarasını yazdım: «v»"]),
    "pl_pesel": ("PL", ["Zapisy do kardiologa przez telefon: podałam PESEL dziadka, «v»"]),
    "za_idnr": ("ZA", ["SASSA form for Gogo, ID number copied from her green book: «v»"]),
    "kr_rrn": ("KR", ["자전거 보험 가입서에 아버지 주민등록번호를 적었어요: «v»"]),
    "cn_ric": ("CN", ["帮爷爷办老年卡，填的身份证号 «v»"]),
    "jp_in": ("JP", ["区役所で母のマイナンバーを確認された «v»"]),
    "au_tfn": ("AU", ["Bike-shop casual contract, the tax file number I filled in: «v»"]),
    "nl_bsn": ("NL", ["Apotheek wilde het BSN van opa weten voor zijn medicijnen: «v»"]),
    "th_pin": ("TH", ["ร้านขายยาขอเลขบัตรประชาชนของปู่ไว้ลงทะเบียน «v»"]),
    "my_nric": ("MY", ["Borang kelab basikal anak minta nombor kad pengenalan ibu: «v»"]),
    "ar_cuit": ("AR", ["Para facturar las bicis al municipio hace falta el CUIT de mi viejo: «v»"]),
    "cl_rut": ("CL", ["Ficha del club de ciclismo de Valparaíso, casilla RUT: «v»"]),
    "se_personnummer": ("SE", ["Hämtade ut farfars medicin på apoteket, fick ge hans personnummer: «v»"]),
    "ie_pps": ("IE", ["Carer's allowance form for Dad, the first box wants his PPSN: «v»"]),
    "pt_nif": ("PT", ["O meu avô pediu fatura da bicicleta com o NIF dele: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Cycling camp sign-up sheet, photo: parent «name», Social «ssn», cell «phone», e-mail «email»", ("ssn", "phone", "email")),
    ("US", "Rewards kiosk at the pet store, what I typed: «email» / «phone» / card «card»", ("email", "phone", "card")),
    ("US", "Hospital bill dispute (photo of page 1): «name», Social Security no. «ssn», call back on «phone»", ("ssn", "phone")),
    ("US", "Plant-of-the-month subscription checkout filled itself in: «email», then «card»", ("email", "card")),
    ("US", "Bike co-op weekend rota: «name» (Saturdays) — swaps by email «email», last-minute by text «phone»", ("email", "phone")),
    ("US", "Omi, on hold with Social Security: I gave my number «ssn», callback «phone», letters to «email»", ("ssn", "phone", "email")),
    ("US", "Framebuilding weekend, booked for «name»: phone «phone», deposit charged to «card»", ("phone", "card")),
    ("US", "NocoDB row pasted into the family chat:\n| FAFSA parent | e-mail | SSN |\n| dad | «email» | «ssn» |", ("email", "ssn")),
    ("US", "Christmas fish order at the shop: paid with «card», they'll email «email» when the tetras arrive", ("card", "email")),
    ("GB", "Entry card for the aquarium show, filled in by «name»: «phone», «email», fee on «card»", ("phone", "email", "card")),
    ("IN", "Coorg cycling tour booking — contact «phone», receipts to «email», advance on «card»", ("phone", "email", "card")),
    ("CA", "Bike co-op carpool sheet for the race: «name» / «phone» / «email»", ("phone", "email")),
]
