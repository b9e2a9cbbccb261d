"""Where the dev33 privacy set's numbers and addresses turn up (``privacy_cases_dev33.py``):
what a personal agent's sensors record (an Insta360 GO clip, a Narrative Clip frame, TicNote and
Tascam recordings, Happy Scribe, Tactiq, Read.ai, Sembly, MeetGeek, Bluedot, Avoma, Jamie and Just
Press Record transcripts, Cleft notes, Bose Frames, Looktech, Huawei Eyewear and Nuance Audio
glasses and a RealWear headset, a Swann doorbell and UniFi Protect cameras, an Aluratek frame, a
Cozyla calendar and a Lenovo Smart Display at home, Sleep Cycle, Daylio and Relive apps, Campfire,
Gajim, Quicksy, Snikket, Basecamp, Yammer, Zoho Cliq, LINE WORKS and TamTam messages, Kizeo Forms,
Formspree, Alchemer, Formsite and Enketo submissions, rows copied from Quadratic, Teable, APITable,
Nextcloud Tables and CryptPad, Amplenote and Noteshelf pages, a caving club's callout cards, tackle
store, survey book and hut, a sheepdog-trial society's entries, schedule and sheep hire, a value
written before its label, a label a sentence or a line away from its value; shearing-shed, farm-vet,
show-cave and ear-tag-supplier screens), English first, then in the words of the set's other
countries.

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
    "Insta360 GO clip from the hut, the warden tapping the board: if we're not back up by nine, ring «name» on «v»",
    "TicNote recording at the sheepdog trial, course director over the tannoy: handlers text «name», «v», before walking the field",
    "Narrative Clip frame of the callout card pinned inside the tackle store: surface controller «name» · «v»",
    "Swann doorbell audio, a woman holding a collie on a string: your ewes are out on the lane, love, I'm «name», «v»",
    "Tascam file from the club AGM: «name» holds the key to the gated entrance now, permission through her on «v»",
    "Lenovo Smart Display note Mum left: the farrier, «name», has swapped to Thursdays, new mobile «v»",
    "Happy Scribe voicemail: hiya, «name» from the ear-tag people, your tags have landed, call me back on «v»",
    "Cozyla calendar, Wednesday square: chimney sweep «name» «v», sometime between eight and ten",
    "Bose Frames read a text aloud: «name» is running the novice class this year and answers on «v» till Friday",
    "Inside cover of the survey book, number first:\n«v»\n«name», top farm, ask before parking in the yard",
    "«name» (nursery-trial sheep) — «v» — scrawled along the bottom of a feed invoice",
    "Campfire thread 'Saturday through-trip': «name» drives the minibus, text «v» if you want a seat",
    "Sleep Cycle kept a clip of me on the phone at midnight: yes «name», got it, «v», I'll ring you at seven",
    "Bluedot notes from the parish council call: the new clerk is «name», direct line «v»",
    "Quadratic sheet 'Callout', copied as text:\n| Role | Name | Mobile |\n| Cave leader | «name» | «v» |",
    "Aluratek frame caption under the lambing pictures: thank you «name» («v») for lending us the trailer",
    "Daylio entry, note field: rang «name» about the pup again, «v», endlessly patient woman",
    "UniFi Protect clip, front gate: the courier says your parcel went next door to «name», «v» if you need her",
    "Looktech glasses read the van door: «name» Dry Stone Walling and Repairs, «v»",
    "Sembly summary, Tuesday: «name» will chase the insurers; handlers with questions can reach her on «v»",
    "Note pushed under the hut door in biro: your Land Rover's blocking the tractor, «name», «v»",
    "Relive caption on the ridge-walk video: led by «name», book him for your group on «v»",
    "Read.ai recap: over the trial weekend the out-of-hours vet is on «v», ask for «name»",
    "MeetGeek action items: «name» to confirm the judge by Sunday; anything urgent, «v»",
    "Tactiq transcript: «name» speaking, I've a new mobile, it's «v», someone fix the callout sheet please",
    "Quicksy message from «name»: the minibus died at the services, I'm on «v», tell the others to wait",
    "Huawei Eyewear read out the missed calls: «name», «v», the plumber about the boiler",
    "Kizeo Forms visitor log at the show-cave ticket desk: group leader «name», mobile «v»",
]

PHONE_LINKS = [
    "Trial schedule PDF: the 'enter on WhatsApp' button resolved to https://wa.me/«vW»?text=entry%20for%20the%20open%20class",
    "QR sticker on the club van decoded to a contact: BEGIN:VCARD\\nVERSION:3.0\\nN:;«name»;;;\\nTEL;TYPE=work,voice:«vE»\\nNOTE:hut warden\\nEND:VCARD",
    "Source of the shepherds' supply site, pasted into Basecamp by the volunteer who keeps it: <a href=\"tel:«vE»\" class=\"cta\">Order ear tags</a>",
    "Yammer group banner: new handlers, please introduce yourselves via https://api.whatsapp.com/send?phone=«vW» before you enter a trial",
    "Share sheet of the map pin for the caving hut, 'Call' copied as tel:«vE»",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Meghalaya wale cave guide ka number «name» ji ne diya, Shillong pahunch ke «v» pe call karna",
           "Bakriyon ke doctor sahab ka naya mobile, Amma ne calendar pe likha: «v»",
           "Shifting ke liye tempo chahiye toh «name» bhaiya ko «v» pe bol dena"],
    "BR": ["«name», do grupo de espeleologia de Ouro Preto, mandou o número pelo zap: «v»",
           "Quem adestra border collie lá em Bagé é o «name», liga no «v» depois das seis",
           "Telefone do guia da gruta em Bonito, anotado atrás do ingresso: «v»"],
    "DE": ["«name» von der Höhlenrettung auf der Alb, Handynummer laut Rundschreiben: «v»",
           "Der Schäfer, der beim Hütehundetag vorführt, hat mir seine Nummer auf einen Bierdeckel geschrieben: «v»"],
    "MX": ["«name», el guía de las grutas de Cacahuamilpa, me pasó su cel: «v»",
           "Para trasquilar a los borregos, háblale a «name» al «v», cobra por cabeza"],
    "FR": ["Spéléo-club de Millau : «name», responsable du matériel, joignable au «v» le week-end",
           "Concours de chiens de troupeau à Rodez, les engagements se font auprès de «name» au «v»"],
    "ID": ["Pak «name», pemandu Goa Jomblang, nomor WA-nya «v»", "Nomor tukang cukur bulu domba di Garut, dikasih Bapak: «v»"],
    "PH": ["Si Kuya «name», guide sa mga kweba sa Sagada, tawagan mo sa «v» bago ka umakyat",
           "Numero ng beterinaryo ng mga kambing ni Lola, nakadikit sa pinto ng ref: «v»"],
    "JP": ["秋芳洞のガイドの«name»さん、携帯は«v»", "牧羊犬の訓練士さんの電話番号、母のメモから：«v»"],
    "ES": ["«name», del grupo de espeleología de Ramales, su móvil: «v»", "El pastor que trae las ovejas al concurso de perros: llamarle al «v»"],
    "IT": ["«name», del gruppo grotte di Trieste, risponde al «v»",
           "Il pastore che presta il gregge per la prova dei cani si chiama «name», numero «v»"],
    "PK": ["Skardu wale guide «name», unka number «v»", "Bakra mandi wale «name» bhai ka mobile «v», Eid se pehle baat kar lena"],
    "TR": ["Damlataş Mağarası'ndaki rehber «name», cep numarası «v»", "Kangal yetiştiren «name» amca, numarasını kibrit kutusuna yazdı: «v»"],
    "VN": ["Anh «name» hướng dẫn viên ở Phong Nha, số điện thoại «v»", "Số của chú thú y xã, ghi trên tờ lịch: «v»"],
    "EG": ["«name» بتاع رحلات الصحرا البيضا، رقمه «v»", "الراجل اللي بيبيع خرفان العيد، رقمه «v»"],
    "BD": ["«name» ভাই, জাফলংয়ের গাইড, নম্বর «v»", "ছাগলের ডাক্তার সাহেব এখন নতুন সিম নিয়েছেন, আম্মা ক্যালেন্ডারের কোণে লিখে রাখলেন: «v»"],
    "KR": ["동굴 탐사 동호회 «name» 총무님 번호 «v»", "양떼목장 사장님 연락처 «v»"],
    "CO": ["«name», el guía de la cueva del Indio, celular «v»", "El que esquila las ovejas allá en Boyacá es «name», llámelo al «v»"],
    "AR": ["«name», del grupo espeleológico de Malargüe, su celu: «v»", "El que organiza la prueba de perros ovejeros en Esquel, «name», agendalo: «v»"],
    "PL": ["«name» z sekcji grotołazów we Wrocławiu, telefon «v»", "Baca z Bukowiny, ten od oscypków, numer «v»"],
    "TH": ["คุณ«name»ไกด์ถ้ำที่ปางมะผ้า โทร «v»", "หมอปศุสัตว์ประจำตำบล เบอร์ «v»"],
    "RU": ["«name» из спелеоклуба, мобильный «v»", "Чабан, который пригоняет отару на соревнования собак, телефон «v»"],
    "NL": ["«name» van de schaapskudde in Drenthe, bereikbaar op «v»"], "MY": ["Encik «name», pemandu gua di Gua Tempurung, telefon «v»"],
    "SA": ["«name» راعي الغنم في حائل، جواله «v»"], "AE": ["«name» اللي ينظم رحلات الكهوف في رأس الخيمة، رقمه «v»"], "CN": ["洞穴探险协会的«name»，电话«v»"],
    "SE": ["Vallhundsprovet i Dalarna: anmälan sker till «name», som nås på «v» efter middagen"], "CL": ["«name», el arriero que arrienda caballos en Puerto Natales, su número es «v»"],
    "PE": ["«name», guía de la cueva de las Lechuzas en Tingo María, celular «v»"], "MA": ["«name», guide des grottes d'Imi n'Ifri, téléphone «v»"],
}

SIGNATURES = [
    ("US", "«name» | trip leader, Cumberland Plateau Grotto | «v» | «e»"),
    ("US", "Come bye and away to me — «name», entries secretary, Blue Ridge Stockdog Association — «v» — «e»"),
    ("GB", "Cheers, «name» (tackle officer, Dales Swallet Club) · «v» · «e»"),
    ("IN", "Regards, «name» · expedition coordinator · Meghalaya Caving Trust · «v» · «e»"),
    ("DE", "Glück tief! «name», Kassenwart der Höhlenforschergruppe Alb · «v» · «e»"),
    ("BR", "Abraços espeleológicos e boas descidas, «name» — Grupo Bambuí de Pesquisas Espeleológicas — «v» — «e»"),
    ("FR", "Amitiés souterraines, «name», président du spéléo-club des Causses, «v», «e»"),
    ("AU", "«name» · handler liaison · Riverina Working Kelpie Club · «v» · «e»"),
    ("MX", "Saludos, «name», vocal del grupo espeleológico de la Huasteca, cel. «v», «e»"),
    ("NG", "Yours in the field, «name» · honorary secretary, Obudu Plateau Sheepdog Society · «v» · «e»"),
    ("CA", "«name» / secretary-treasurer / Okanagan Stockdog Club / «v» / «e»"),
    ("PH", "Salamat po, «name» · tagapag-ugnay, Sagada Cave Guides Association · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Cleft note dictated on the drive home: survey data from the new extension goes to «e», not the club inbox",
    "Campfire: results of the nursery trial, send them to «e» and she'll put them up",
    "Lenovo Smart Display reminder: answer «e» about the hut booking before Friday",
    "From: «e» · Subject: callout cards, laminated versions attached",
    "Formspree notification: new trial entry submitted by «e»",
    "Insta360 still of the signing-in sheet at the show cave: «name», «e», party of six",
    "Buyer from the ram sale wants the pedigree papers emailed to «e» before he collects",
    "Alchemer survey footer: a copy of your responses will be sent to «e»",
    "Vet practice booking screen: client «name», email on file «e», two collies due boosters",
    "Formsite youth caving consent form, parent or guardian email: «e»",
    "Zoho Cliq system message: «name» joined #survey-data as «e»",
    "«e» — pencilled on the tackle-store whiteboard next to 'who has the drill?'",
]

EMAIL_LOCAL = {
    "DE": "Wer die Befahrungsgenehmigung fürs Karstgebiet braucht, meldet sich per Mail bei «e», am besten bis Donnerstag",
    "FR": "Envoyez vos topos de la sortie de samedi à «e», je les mets en ligne sur le site du club",
    "ES": "Las fotos de la travesía mándalas a «e», que por el grupo se ven fatal",
    "BR": "O laudo do veterinário das ovelhas pode mandar pro «e», que eu repasso pro criador",
    "MX": "Las inscripciones del concurso de perros pastores se mandan a «e», no al correo del rancho",
    "IT": "Il rilievo della grotta nuova mandatelo a «e», lo carico io sul catasto regionale",
    "JP": "洞窟調査の写真は «e» までお送りください", "KR": "양떼목장 체험 예약 확인 메일은 «e» 로 보내 주세요",
    "NL": "Stuur de uitslagen van de schapendrijfwedstrijd naar «e», de clubsite ligt eruit",
    "PL": "Zgłoszenia na wyjazd do Jaskini Wielkiej Śnieżnej wysyłajcie na «e»",
    "TR": "Mağara gezisinin fotoğraflarını «e» adresine atın, albümü ben hazırlıyorum",
    "RU": "Топосъёмку новой пещеры присылайте на «e», сведу всё в один план", "ID": "Hasil pemetaan Gua Pindul sama foto-fotonya kirim aja ke «e» ya, grup WA udah penuh",
    "CN": "洞穴测绘数据请发到这个邮箱：«e»，谢谢大家", "AR": "Las planillas de la prueba de perros ovejeros mándenlas a «e», que yo las paso en limpio",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Tackle-store web shop: two rope protectors and a spare headlamp, paid with «v»",
    "Insta360 clip at the show-cave kiosk catches the card lying on the counter: «v»",
    "Gajim, «name»: book the hut for the lot of us on my card, «v», it runs to 11/28",
    "Text from the vet surgery: we only need the long number to hold the slot, «v»",
    "Noteshelf page 'Trial entries': six runs in total, paid on «v»",
    "Teable row pasted into a chat:\n| Item | Card | When |\n| sheep hire, nursery trial | «v» | March |",
    "Minibus diesel goes on «v», the club's debit card is frozen again",
    "Ear-tag supplier's checkout page, the card box already filled in by Chrome: «v»",
    "Permit fee for the cave — Dad read «v» off his card to the woman at the estate office",
    "Catalogue stall at the trial took «v» for three books, the slip's clipped inside the programme",
]

CARD_LOCAL = {
    "IN": "Caving trip ka advance mere card se kar do, number «v», OTP main bata dunga",
    "BR": "Paga a inscrição do curso de espeleologia no meu cartão, «v», depois a gente acerta",
    "DE": "Die Seile für den Verein kannst du über meine Karte laufen lassen, «v», ich kläre das mit dem Kassenwart",
    "MX": "Aparta la cabaña junto a las grutas con esta tarjeta: «v», ya luego te la repongo",
    "FR": "Réserve le gîte près du gouffre avec la bleue, «v», on fera les comptes après",
    "JP": "ケイビング講習の申込み、支払いはこっちのカードで «v»", "CN": "洞穴装备的钱先刷我这张卡：«v»",
    "RU": "Сестра пишет в TamTam: снаряжение для пещеры оплатила картой «v», потом вернёшь",
    "ES": "Los cascos y los frontales cárgalos a mi tarjeta, «v»", "TR": "Çoban köpeği eğitmeni kapora istiyor, kartım: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Avoma notes from the hut-renovation call: final payment to «v» once the roof is watertight",
    "Payee check flagged «name» against «v», paid the shearer anyway",
    "Nuance Audio read the pinned notice out loud: for the trial, entry money by bank transfer to «v», the gate won't take notes",
    "«v» (cave conservation fund — copied off the collecting box at the show cave)",
    "| Who paid for the minibus | Pay them back to |\n| «name» | «v» |",
    "Holiday-let listing near the show cave asks for a deposit to «v» before handing over keys",
    "«name» on Basecamp: thirty years of unlocking the cave gate deserves a proper send-off, contributions to «v»",
    "Mountain-rescue appeal leaflet on the pub noticeboard lists «v» for donations",
]

IBAN_LOCAL = {
    "DE": ["Beitrag zur Höhlenrettungsübung bitte auf «v», Verwendungszweck Name und Gruppe",
           "Der Schäfer hat die Rechnung für die Leihschafe geschickt, Rest bitte auf «v»",
           "Unser Hüttenwart geht nach dreißig Jahren in Rente, wer mitschenken will, überweist auf «v»"],
    "FR": ["Le méchoui de clôture du camp spéléo, c'est quinze euros, virement sur «v» d'ici dimanche", "Concours de chiens de berger, RIB pour les engagements : «v»"],
    "ES": ["Campamento de espeleo en los Picos: los cuarenta euros por cabeza, por transferencia a «v»", "Para el concurso de perros pastores, inscripción por transferencia a «v»"],
    "IT": ["Quota del corso di speleologia, bonifico su «v» indicando il cognome", "Per la prova dei cani da pastore l'IBAN dell'associazione è «v»"],
    "NL": ["Startgeld voor de schapendrijfwedstrijd vooraf overmaken op «v» onder vermelding van de naam van je hond"],
    "BE": ["Lidgeld van de speleoclub, over te schrijven op «v»"],
    "AT": ["Kursbeitrag für den Höhlenkurs am Dachstein auf «v»"], "PT": ["Quota do núcleo de espeleologia, transferência para «v»"],
    "PL": ["Składka na wyjazd jaskiniowy w Tatry, konto «v»"], "TR": ["Toros dağlarındaki mağara kampına katılanlar, kişi başı ücreti şu hesaba yatırsın: «v»"],
    "FI": ["Paimenkoirakisat Kuopiossa: ilmoittautuminen on voimassa, kun maksu näkyy tilillä «v»"], "CH": ["Höhlenkurs im Hölloch, das Kursgeld bitte auf «v»"],
    "NO": ["Gjeterhundprøven: startkontingenten betales til «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Show-cave tour guide onboarding, payroll tab: ABA routing «a», checking acct «b»",
           "«name» in Campfire: my wallet got lifted mid-trip, wire me something — routing «a», account «b»",
           "APITable 'Club accounts' row:\n| Fund | ABA | Acct |\n| rescue kit | «a» | «b» |",
           "Refund slip from the ear-tag supplier, filled in by hand: ABA «a», account no. «b»",
           "Autopay for the storage barn draws on routing «a», acct «b»",
           "RealWear headset captioned Grandma dictating to the insurance line: routing number «a», account number «b»",
           "Voided check photographed for the trial's prize payouts — routing «a», account «b»"],
    "gb": ["«name» in the Snikket group: whip-round for the tackle officer, «a» / «b»",
           "Shearing done, 312 head; the shearer's scrap of paper says sort code «a», account «b», holding number as reference",
           "Hut subscription by standing order from «a» «b» — the account number I got wrong on the form",
           "Amplenote 'Club money': sort code «a», acct «b»"],
    "in": ["LINE WORKS pe «name» ne bheja: school fees transfer karni hai, a/c «a», IFSC «b»",
           "Goat farm se do bakre book kiye, farm owner ka WhatsApp: advance isi khate mein — «a», IFSC «b»",
           "Nanaji ki passbook ki photo se padha: account «a», IFSC code «b»",
           "Gaon ke mandir ke pujari ji ne bhandare ka chanda maanga: A/c «a» aur IFSC «b»"],
    "au": ["Shearing-shed barbie kitty: «name» says BSB «a», account «b», your name as the reference",
           "Breeder's email about the red-and-tan pup: hold her with a deposit to BSB «a», account «b»"],
    "ca": ["«name» on Zoho Cliq, refunding the cabin deposit: her bank is transit «a», acct «b»",
           "Void cheque for the stockdog clinic payroll, transit «a» and account «b» highlighted in yellow"],
    "br": ["O adestrador pede depósito no Banrisul, agência «a», conta «b»", "Guia da gruta quer transferência, agência «a», conta «b», Caixa"],
    "mx": ["El pastor de las borregas no recibe efectivo, deposítale a la CLABE «a»", "Para la rifa del grupo de espeleo cooperamos a la CLABE «a»",
           "El curso de rescate vertical se aparta con depósito a la CLABE «a»"],
    "ng": ["«name» in the trial committee chat: ram money goes to «bank» «a», Friday latest",
           "The welder finish the sheep pen, him voice note talk say make we pay the remaining to «bank» «a» before Friday prayer",
           "School PTA flyer: roofing levy to «bank» «a», quote your ward's name"],
    "za": ["Burial society treasurer («name») on TamTam: monthly contributions by EFT, branch «a», account «b»",
           "Kraal fencing quote says fifty percent upfront, branch code «a», account «b», reference your surname"],
    "ar": ["La vaquita para el guía de la cueva de las Brujas: CBU «a», pasale a «name»", "Inscripción a la prueba de perros en Esquel, transferí al CBU «a»"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Just Press Record memo at the Social Security office, the clerk reading my number back: «v»",
                      "Walgreens chatbot kept looping until I typed Mother's social in full: «v»", "Skilled nursing facility paperwork for Mamaw, the box labeled Soc. Sec. #: «v»",
                      "W-9 for judging the stockdog trial — the TIN box says «v»", "Grandpa's 1099 was headed for the burn barrel, so I jotted the nine digits into my notes app first: «v»",
                      "Enketo job application for the show cave, SSN field: «v»", "Nextcloud Tables 'Taxes 2025', dependents, SSN column: «v»",
                      "Jamie picked up Pop on speaker spelling his Social Security number for the credit union lady: «v»", "Leasing office portal for Cousin Wava's duplex made me enter my Social as the guarantor: «v»"]),
    "in_aadhaar": ("IN", ["Mausi ke naye SIM card ke liye dukaanwale ne Aadhaar maanga, maine bol diya: «v»", "Ration card mein naya naam judwane ke liye Aadhaar diya: «v»",
                          "TicNote recording, hospital reception: patient ka Aadhaar «v»", "Beti ke Navodaya form mein Aadhaar wala khaana bharna tha: «v»"]),
    "in_pan": ("IN", ["Property registry ke kaagaz mein Bade Papa ka PAN: «v»", "Mutual fund KYC, Mummy ka PAN «v», photo bhej di",
                      "Salary slip ke upar chhapa PAN: «v»"]),
    "br_cpf": ("BR", ["Vovô levou o cartão do SUS e mesmo assim a recepcionista conferiu o CPF dele, «v»", "Ficha do curso básico de espeleologia da SBE, preenchida à caneta, campo do CPF: «v»",
                      "Na agropecuária, antes de embrulhar o sal mineral, o rapaz quis meu CPF na nota: «v»", "Titia só conseguiu a insulina pelo programa depois de ditar o CPF dela no balcão: «v»"]),
    "mx_curp": ("MX", ["En la fila de la pensión, la señorita capturó a mano la CURP de mi abuelita: «v»", "Campamento de verano en la Huasteca, hoja del menor con su CURP: «v»"]),
    "mx_rfc": ("MX", ["El esquilador quiere timbrar su comprobante a mi nombre, así que le mandé el RFC por WhatsApp: «v»"]),
    "gb_nhs": ("GB", ["Gran's pharmacy bag had her NHS number on the label, copied into the surgery app: «v»", "Our lad's hospital appointment letter, NHS no. just below the address block: «v»"]),
    "de_idnr": ("DE", ["Für Omas Grundsteuererklärung brauchte das Formular ihre Identifikationsnummer, abgeschrieben vom alten Bescheid: «v»", "Minijob im Höhlencafé, Personalbogen, Steuer-Identifikationsnummer: «v»"]),
    "fr_nir": ("FR", ["Embauche saisonnière à la grotte, numéro de sécu : «v»", "Carte Vitale de mamie perdue, j'ai recopié son numéro d'assurée sur le formulaire de la CPAM : «v»"]),
    "es_dni": ("ES", ["La enfermera del ambulatorio de Reinosa apuntó el DNI del abuelo en la hoja de vacunas: «v»", "Ficha federativa de espeleología, rellena a boli, casilla del documento nacional: «v»"]),
    "es_nie": ("ES", ["El pastor rumano de la trashumancia firmó el contrato con su NIE, lo copié: «v»"]),
    "it_codicefiscale": ("IT", ["Per il corso di speleologia serve il codice fiscale dell'iscritto: «v»", "Promemoria della ricetta dematerializzata del nonno, in alto il suo codice fiscale: «v»"]),
    "ca_sin": ("CA", ["Read.ai, Service Canada call about Nan's pension: I had to give her SIN, «v»", "Old Age Security forms for Nan, SIN on the first page: «v»"]),
    "id_nik": ("ID", ["Pendaftaran penelusuran gua, NIK peserta: «v»", "Data KTP nenek buat daftar vaksin di puskesmas, NIK-nya «v»"]),
    "pk_cnic": ("PK", ["NADRA wale ne Ammi ke Ehsaas program ke liye shanakhti card number likha: «v»"]),
    "tr_tckimlik": ("TR", ["Babaannemi hastaneye kaydettirirken TC kimlik numarasını verdim: «v»"]),
    "pl_pesel": ("PL", ["Rejestracja babci w przychodni w Zakopanem, pani z recepcji spisała PESEL z dowodu: «v»"]),
    "za_idnr": ("ZA", ["Tatomkhulu's ID book was stolen; the form for the new one wanted his ID number: «v»"]),
    "kr_rrn": ("KR", ["단양 동굴 탐방 단체보험 명단에 엄마 주민번호 적음 «v»"]),
    "cn_ric": ("CN", ["帮奶奶在手机上交新农合，填的身份证号码是«v»"]),
    "jp_in": ("JP", ["祖父の年金手続きで書いたマイナンバー «v»"]),
    "au_tfn": ("AU", ["Casual work in the shearing shed — TFN declaration: «v»"]),
    "nl_bsn": ("NL", ["Zorgverzekeraar wilde voor de nieuwe polis het burgerservicenummer van mijn zoon: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของยายสำหรับลงทะเบียนโรงพยาบาล «v»"]),
    "my_nric": ("MY", ["Taman Negara minta MyKad penjaga untuk permit masuk gua, saya isi: «v»"]),
    "ar_cuit": ("AR", ["El esquilador de la estancia me pidió el CUIT para la boleta electrónica: «v»"]),
    "cl_rut": ("CL", ["Inscripción al rodeo de perros ovejeros en Magallanes, RUT: «v»"]),
    "se_personnummer": ("SE", ["Mormors recept på vårdcentralen, personnumret jag uppgav: «v»"]),
    "ie_pps": ("IE", ["HSE form for Mam's hearing aids, I wrote her Personal Public Service number in the box: «v»"]),
    "pt_nif": ("PT", ["Para o IRS da avó, o número de contribuinte que a farmácia pôs nas faturas: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Permission slip for the show-cave school trip: emergency contact «name» at «phone», forms back to «email», student SSN «ssn»",
     ("phone", "email", "ssn")),
    ("US", "Ear-tag order placed by phone — callback «phone», receipt to «email», charged «card»", ("phone", "email", "card")),
    ("US", "Letter to the ambulance service about the rescue bill: SSN «ssn», call me on «phone»", ("ssn", "phone")),
    ("US", "Show-cave tickets bought online; confirmation went to «email» and the «card» was charged twice", ("email", "card")),
    ("US", "Trial secretary «name»: to withdraw a dog, email «email» or text «phone»", ("email", "phone")),
    ("US", "Just Press Record, IRS hold music and then me: SSN «ssn», daytime number «phone», mail to «email»", ("ssn", "phone", "email")),
    ("US", "«name» booked the herding lesson — «phone» for reminders, «card» for the deposit", ("phone", "card")),
    ("US", "CryptPad sheet for the scholarship forms — parent 1 contact «email», parent 1 Social «ssn»", ("email", "ssn")),
    ("US", "Winter hay delivery put on «card»; the delivery text goes to «email»", ("card", "email")),
    ("GB", "Hut booking for the Easter meet, lead name «name» — «phone» — «email» — deposit taken from «card»", ("phone", "email", "card")),
    ("IN", "Homestay near Mawsmai cave: host will WhatsApp «phone», bill goes to «email», advance paid by «card»", ("phone", "email", "card")),
    ("CA", "Stockdog clinic carpool: «name» | «phone» | «email»", ("phone", "email")),
]
