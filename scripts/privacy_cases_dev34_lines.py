"""Where the dev34 privacy set's numbers and addresses turn up (``privacy_cases_dev34.py``):
what a personal agent's sensors record (GoPro, DJI Osmo Pocket and Akaso clips, Philips
VoiceTracer, Rode Wireless GO, Zoom F3 and Shure MV88 recordings, Trint, Descript, Noota, Claap,
Circleback, Airgram, Fellow, Grain, Aiko and Wispr Flow transcripts, Air Glass, HoloLens, Magic Leap,
Focals and ThinkReality glasses and headsets, a Tapo doorbell and a Foscam camera, Frameo and Dragon
Touch frames, an Echo Spot and a Mango Display at home, Day One, Pillow and Runkeeper apps, Skype,
Missive, Spike, Twake, Kik, Feishu, ICQ, JioChat and goTenna messages, Fulcrum, Survey123,
Epicollect5, Getform and SurveySparrow submissions, rows copied from Grist, Stackby, Ragic, Zoho
Tables and Glide, Reflect and Notability pages, an orienteering club's start lists, SI-card hire,
permissions, map printing and control-hanging walks, a balloon club's launch fields, retrieve
crews, passenger forms and landowners, a value written before its label, a label a sentence or a
line away from its value; propane-depot, physiotherapy, map-printer and event-timing screens),
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
    "Philips VoiceTracer memo from the launch field: if the balloon drifts out of sight, the retrieve driver is «name», ring «v»",
    "DJI Osmo Pocket clip at the orienteering start, the organiser shouting over the beeping boxes: lost juniors come to «name», or dial «v»",
    "Tapo doorbell, a farmer in a hi-vis vest: your balloon put down in my barley, I'm «name», «v», come and see me about the gate",
    "Frameo caption under the sunrise flight photos: thanks to «name» for driving the chase car — «v» if you ever need a lift",
    "Echo Spot read out the reminder: physio with «name» moved to Friday, the clinic's mobile is «v»",
    "Rode Wireless GO clip from the control-hanging walk: «name» owns this forest block and wants a text on «v» before anyone parks",
    "Committee meeting recorded on a Shure MV88, run through Trint: our new permissions officer is «name», reachable on «v» in the evenings only",
    "Mango Display family board, bottom corner: Grandpa's audiologist «name», «v», hearing aids serviced in March",
    "Skype call notes saved in Day One: «name» at the propane depot says cylinder refills are by appointment now, «v»",
    "Scribbled across the back of a control description sheet:\n«v»\n«name», farmer at the assembly field, text him if the gate's chained",
    "«name» — «v» — pencilled inside the lid of the map case, under 'if found'",
    "Missive thread 'Saturday sunrise flight': «name» drives the retrieve truck, message «v» for the meeting point",
    "Pillow caught me talking in my sleep again: «name»... «v»... must ring back about the basket...",
    "Noota summary of the school governors' call: the new bursar is «name», direct line «v»",
    "Grist table 'Event contacts', copied as text:\n| Role | Person | Mobile |\n| First aid | «name» | «v» |",
    "Dragon Touch frame caption: «name» pulled the trailer out of the bog with a tractor, «v», take round a cake",
    "Day One entry: finally got hold of «name» about the lost SI card, «v», it turned up at the download tent",
    "Foscam clip at the yard gate: the feed lorry driver says if nobody's in, call «name» on «v»",
    "Air Glass read the lettering on the van: «name» Tree Surgery and Hedge Laying, «v»",
    "Descript transcript, Tuesday: «name» offered to plan the night event; questions on «v»",
    "Note tucked under the wiper: you've parked across the burner cylinders, «name», «v»",
    "Runkeeper post under the long route: course planned by «name», coaching sessions bookable on «v»",
    "Circleback recap: for the championship weekend the duty doctor answers «v», ask for «name»",
    "Claap highlights: «name» will ring the farmer on Thursday; the number the rest of us should use till then is «v»",
    "Airgram transcript: «name» here, I've changed phones, the new number's «v», can somebody update the volunteer rota",
    "goTenna text from «name», no signal out here: flat tyre on the chase truck, two miles past the toll bridge — ring «v» once you're in range",
    "HoloLens list of missed calls: «name», «v», the electrician about the fuse board",
    "Fulcrum visitor form at the balloon fiesta gate: group leader «name», mobile «v»",
]

PHONE_LINKS = [
    "Scanned the QR on the beginners' poster, it opened WhatsApp at https://wa.me/«vW»?text=Hi%2C%20I%27d%20like%20to%20try%20orienteering",
    "Phone tapped the NFC sticker inside the wicker basket and offered to save it: BEGIN:VCARD\\nVERSION:4.0\\nFN:«name»\\nORG:retrieve crew\\n"
    "TEL;VALUE=uri:tel:«vE»\\nEND:VCARD",
    "The balloon-rides homepage has a hidden call button; Twake snippet from the webmaster: <a class=\"btn-call\" href=\"tel:«vE»\" "
    "aria-label=\"Book by phone\">☎</a>",
    "Club newsletter footer: beginners, say hello via https://api.whatsapp.com/send?phone=«vW» and we'll lend you a compass",
    "Event page → 'Getting there' → the parking marshal's link, copied: tel:«vE», only staffed from eight",
]

PHONE_LOCAL: dict[str, list[str]] = {
    "IN": ["Pachmarhi orienteering camp ke coach «name» sir ne khud apna number diya hai: «v»",
           "Dadi ke physiotherapist ka naya mobile, fridge ke magnet ke neeche daba diya: «v»",
           "Jaipur mein hot-air balloon ka pickup subah paanch baje, driver «name» ji, unka mobile «v»"],
    "BR": ["«name», do clube de orientação de Brasília, mandou o celular no grupo: «v»",
           "Quem pilota o balão lá em Boituva é «name», liga no «v» pra confirmar o voo de sábado",
           "Número da fisioterapeuta da vovó, anotado na capa do caderno de receitas: «v»"],
    "DE": ["«name» vom Orientierungslaufverein, Handynummer laut Ausschreibung: «v»",
           "Der Ballonpilot hat mir seine Nummer hinten auf die Landebescheinigung gekritzelt: «v»"],
    "MX": ["«name», que pilotea globos en Teotihuacán, me pasó su número: «v»",
           "Para la carrera de orientación en el Ajusco pregúntale a «name» al «v»"],
    "FR": ["Club de course d'orientation de Fontainebleau : «name», qui gère les inscriptions, au «v»",
           "Le pilote de montgolfière à Chambley, «name», préfère qu'on l'appelle la veille au «v»"],
    "ID": ["«name», pilot balon udara di Malang, nomor WA-nya «v»", "Ibu minta dicatat: kalau kulkas rusak lagi, panggil teknisi yang biasa di «v»"],
    "PH": ["Si «name» ang nag-aayos ng orienteering sa Baguio, tawagan mo siya sa «v»",
           "Numero ng therapist ni Lolo, nakasulat sa likod ng resibo ng botika: «v»"],
    "JP": ["オリエンテーリング大会の受付の«name»さん、携帯は«v»", "熱気球フェスタのクルー担当の電話番号、母のメモより：«v»"],
    "ES": ["«name», del club de orientación de la sierra, su móvil: «v»", "El piloto del globo en Segovia, «name», dice que le llames al «v» antes de las siete"],
    "IT": ["«name», della società di orienteering di Trento, risponde al «v»",
           "Il pilota della mongolfiera a Mondovì si chiama «name», numero «v»"],
    "PK": ["Naran mein jeep wale «name», unka number «v»", "Ammi ke physiotherapist «name» sahab ka naya number «v», Jumma ke baad aate hain"],
    "TR": ["Kapadokya'daki balon pilotu «name», cep numarası «v»", "Oryantiring kulübünden «name» numarasını peçeteye yazdı: «v»"],
    "VN": ["Anh «name» lái khinh khí cầu ở Đà Lạt, số điện thoại «v»", "Số của cô vật lý trị liệu cho bà nội, ghi trên tờ lịch: «v»"],
    "EG": ["«name» بتاع رحلات البالون في الأقصر، رقمه «v»", "دكتورة العلاج الطبيعي بتاعة تيتا، رقمها الجديد «v»"],
    "BD": ["ওরিয়েন্টিয়ারিং ক্যাম্পে যাওয়ার আগে প্রশিক্ষক «name»-কে ফোন করতে হবে, নম্বর «v»", "দাদুর ফিজিওথেরাপিস্ট নতুন নম্বর দিয়েছেন, ডায়েরির পেছনে লেখা: «v»"],
    "KR": ["오리엔티어링 동호회 «name» 회장님 번호 «v»", "열기구 체험 예약 담당자 연락처 «v»"],
    "CO": ["«name», el piloto del globo en Villa de Leyva, celular «v»", "Quien organiza la carrera de orientación en Medellín es «name», al «v»"],
    "AR": ["Si se pierden en el bosque, el teléfono de «name», que pone las balizas, es «v»", "El piloto del globo allá en Mendoza, «name», agendalo: «v»"],
    "PL": ["«name» z klubu na orientację w Krakowie, telefon «v»", "Pilot balonu z Leszna, numer zapisany na bilecie: «v»"],
    "TH": ["คุณ«name»นักบินบอลลูนที่เชียงใหม่ โทร «v»", "นักกายภาพบำบัดของคุณยาย เบอร์ใหม่ «v»"],
    "RU": ["Тренер по ориентированию «name» просил звонить после восьми: «v»", "Пилот воздушного шара в Переславле, телефон «v»"],
    "NL": ["«name» van de oriëntatieloopvereniging in Nijmegen, bereikbaar op «v»"], "MY": ["«name», jurulatih orienteering di Putrajaya, telefon «v»"],
    "SA": ["«name» منسقة رحلات المناطيد في العلا، جوالها «v»"], "AE": ["«name» اللي تنظم رحلات المنطاد في دبي، رقمها «v»"], "CN": ["定向越野俱乐部的«name»，电话«v»"],
    "SE": ["Orienteringsklubbens ungdomsläger: anmälan till «name», som svarar på «v» efter sju"],
    "CL": ["En Santa Cruz hay vuelos en globo sobre las viñas; el contacto es «name», «v»"],
    "PE": ["Para la carrera de orientación del domingo en la campiña, la organización atiende con «name» al «v»"], "MA": ["«name», pilote de montgolfière à Marrakech, téléphone «v»"],
}

SIGNATURES = [
    ("US", "«name» | course setter, Front Range Orienteering | «v» | «e»"),
    ("US", "Blue skies and soft landings — «name», crew chief, Rio Grande Balloon Club — «v» — «e»"),
    ("GB", "Cheers, «name» (fixtures secretary, Pennine Fell Orienteers) · «v» · «e»"),
    ("IN", "Warm regards, «name» · event director · Nilgiri Orienteering Association · «v» · «e»"),
    ("DE", "Glück ab, gut Land! «name», Schriftführung der Ballonfahrer Oberschwaben · «v» · «e»"),
    ("BR", "Abraços e bons percursos, «name» — Clube de Orientação do Planalto — «v» — «e»"),
    ("FR", "Bien amicalement, «name», pour le bureau du club de course d'orientation de la forêt d'Orléans, «v», «e»"),
    ("AU", "«name» · hash house organiser · Canberra Rogaining Club · «v» · «e»"),
    ("MX", "Saludos, «name», secretaría del club de aerostación de León, cel. «v», «e»"),
    ("NG", "With thanks, «name» · club captain, Jos Orienteering Club · «v» · «e»"),
    ("CA", "«name» / landowner liaison / Fraser Valley Balloonists / «v» / «e»"),
    ("PH", "Maraming salamat, «name» · tagapag-ayos, Baguio Orienteering Circle · «v» · «e»"),
]

# --- e-mail addresses -----------------------------------------------------------------------------

EMAIL_EN = [
    "Wispr Flow dictation on the drive back: split times from the relay go to «e», not to the results inbox",
    "Twake: passenger weight forms for Sunday's flight, scan them and send to «e»",
    "Echo Spot announced at breakfast: don't forget to write back to «e» about hiring the scout hall",
    "From: «e» · Subject: map corrections, revised PDF attached",
    "Getform notification: new entry for the night score event from «e»",
    "Akaso action-cam still of the registration clipboard at the balloon meet: «name», «e», party of four",
    "Selling the old burner: the buyer asked for the inspection paperwork as PDFs at «e»",
    "SurveySparrow thank-you page: we've emailed your answers to «e»",
    "ThinkReality headset at the physio front desk shows the booking: patient «name», email on file «e», knee review in three weeks",
    "Epicollect5 record, field 'Who should we contact about this child?': «e»",
    "Kik group notice: «name» joined the 'Retrieve crew' chat as «e»",
    "«e» — written in marker on the club whiteboard beside 'who has the spare SI units?'",
]

EMAIL_LOCAL = {
    "DE": "Wer die Genehmigung für den Lauf im Staatsforst braucht, schreibt bitte an «e», am liebsten bis Mittwoch",
    "FR": "Si vous avez des photos du départ de samedi, un mail à «e» et elles seront dans l'album du club",
    "ES": "Que alguien me reenvíe el vídeo del despegue, mi correo es «e», el de WhatsApp llega comprimido",
    "BR": "O atestado da fisioterapeuta pode mandar pro «e», que eu entrego na escola",
    "MX": "Para apuntarse a la carrera de orientación del sábado hay que escribir a «e» con nombre y categoría",
    "IT": "La cartina aggiornata del bosco mandatela a «e», la stampo io per domenica",
    "JP": "オリエンテーリング大会の写真は «e» までお送りください", "KR": "오리엔티어링 대회 참가 신청서는 «e» 으로 제출하시면 됩니다",
    "NL": "De piloot vroeg of iemand de landing gefilmd heeft; filmpjes graag naar «e», hij zet ze op zijn website",
    "PL": "Zgłoszenia na nocny bieg na orientację wysyłajcie na «e»",
    "TR": "Balon turunun fotoğraflarını «e» adresine gönderin, albümü ben yapıyorum",
    "RU": "Треки с соревнований по ориентированию присылайте на «e», сведу всё в одну карту",
    "ID": "Formulir lomba orienteering tolong diisi terus dikirim balik ke «e» paling lambat Jumat",
    "CN": "定向越野比赛的成绩表请发到这个邮箱：«e»，谢谢大家",
    "AR": "Los que quieran volar en globo en Mendoza me escriben a «e» y les paso los horarios",
}

EMAIL_REGIONS = ["US"] * 8 + ["IN", "IN", "IN", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "BR", "DE", "PK", "KE", "GH"]

# --- cards ----------------------------------------------------------------------------------------

CARD_EN = [
    "Order confirmation from the orienteering shop — thumb compass, SI card, map case — card charged: «v»",
    "GoPro footage from the fiesta ticket line: the man ahead of us held his card up to the camera, «v»",
    "Feishu from «name»: use mine for the four tickets, «v», expiry's on the back of the photo I sent",
    "Physio receptionist on the phone: to keep the Friday appointment I need a card on file — I read out «v»",
    "Notability page 'Entries': five runners, paid on «v»",
    "Stackby row pasted into a chat:\n| Item | Paid with | When |\n| map printing, regional event | «v» | May |",
    "Burner gas this month came to a lot — paid with my own «v», the treasurer owes me",
    "Autofill popped my saved card into the map printer's payment form: «v»",
    "Flight voucher — Dad read «v» off his card to the lady on the booking line",
    "Bought a new compass at the championships; the trader's handwritten receipt even copied the card, «v»",
]

CARD_LOCAL = {
    "IN": "Jaipur balloon wale advance maang rahe hain, mera card use kar lo: «v»",
    "BR": "Filho, pode usar o meu cartão pro Josimar correr a etapa estadual de orientação, número «v»",
    "DE": "Zu Papas Sechzigstem schenken wir ihm die Ballonfahrt, bezahl sie mit meiner Kreditkarte «v»",
    "MX": "Mamá dice que uses su tarjeta para el vuelo en globo de los abuelos: «v»",
    "FR": "Pour le vol en montgolfière de mamie, prends ma carte, le numéro c'est «v»",
    "JP": "熱気球の搭乗予約、支払いはこっちのカードで «v»", "CN": "定向越野装备的钱先刷我这张卡：«v»",
    "RU": "Сестра пишет в ICQ: компас и карты оплатила картой «v», потом вернёшь",
    "ES": "Las brújulas y los dorsales cárgalos a mi tarjeta, «v»", "TR": "Balon turu için kapora istiyorlar, kartım: «v»",
}

CARD_REGIONS = {"visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
                "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"], "amex": ["US", "US", "GB", "MX"],
                "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"]}

# --- IBANs ----------------------------------------------------------------------------------------

IBAN_EN = [
    "Fellow action items: treasurer releases the last roofing instalment — beneficiary account «v»",
    "Banking app warned the name «name» doesn't quite match «v»; went ahead with the map printing payment",
    "Focals read the event notice aloud: entry fees by bank transfer to «v», no cash on the day",
    "«v» (wildflower meadow fund — copied off the jar at the balloon fiesta)",
    "Stackby row pasted into the group:\n| Owes | To | IBAN |\n| everyone | «name» | «v» |",
    "Host of the cottage near the launch field messaged outside the booking app asking for a transfer to «v» — smells like a scam",
    "«name» on Missive: forty years of course planning deserves a proper party, chip in to «v»",
    "The air ambulance collection tin by the till has a sticker for bank donations: «v»",
]

IBAN_LOCAL = {
    "DE": ["Meldeschluss für die Landesmeisterschaft ist Freitag; das Startgeld geht an «v»",
           "Gasflaschen für die Saison: jeder Pilot überweist seinen Anteil an den Verein, «v»",
           "Die Kartenzeichnerin des Vereins hört auf; für ein Fotobuch mit all ihren Karten sammeln wir auf «v»"],
    "FR": ["Pour le repas de fin de saison, merci d'envoyer votre participation au trésorier par virement, IBAN «v»",
           "Baptême en montgolfière offert à papi : le RIB pour le solde, «v»"],
    "ES": ["El campus de orientación de Cazorla se reserva con una señal; el número de cuenta es «v»",
           "Para el vuelo en globo de la boda, la señal por transferencia a «v»"],
    "IT": ["Iscrizione alla gara regionale di orienteering: versamento sul conto della società, «v»",
           "Il pilota ci ha mandato le coordinate per saldare il volo: «v», causale 'volo sei persone'"],
    "NL": ["Nachtloop op de Veluwe: betalen kan alleen vooraf, rekening «v», graag je SI-nummer als kenmerk"],
    "BE": ["Voor het zomerkamp oriëntatielopen in de Ardennen vragen we een voorschot op rekening «v», vermeld de naam van je kind"],
    "AT": ["Kursbeitrag für den Kartenlesekurs im Wienerwald auf «v»"],
    "PT": ["Para o fim de semana de orientação em Sintra, o clube pede o pagamento por transferência: «v»"],
    "PL": ["Wpisowe na zawody w biegu na orientację, konto «v»"],
    "TR": ["Balon uçuşu için acenta ön ödeme istiyor, havale bilgisi: «v», açıklamaya rezervasyon adı"],
    "FI": ["Jukolan viestin joukkueen osallistumismaksu maksetaan seuran tilille «v», viitteeksi joukkueen nimi"],
    "CH": ["OL-Lager im Jura, den Lagerbeitrag bitte auf «v»"],
    "NO": ["Klubbtur til O-festivalen: bussen koster fire hundre kroner per person, send til kontoen «v»"],
}

# --- labelled bank accounts -----------------------------------------------------------------------

ACCOUNT_LINES = {
    "us": ["Ground-crew onboarding at the balloon company: the app wants ABA «a» and checking «b» for direct deposit",
           "«name» on Spike, lost in more ways than one: no wallet, no charger, please wire two hundred — routing «a», account «b»",
           "Glide app, screen 'Bank details':\nABA «a»\nAcct «b»\nMemo: junior travel fund",
           "Map printer overcharged us, so they're refunding by ACH to ABA «a» / account «b»",
           "Trailer storage place switched to ACH; the form I filled in says routing «a» and account «b»",
           "Magic Leap subtitles while Grandma paid the pharmacy over the phone: her routing is «a», and the account is «b»",
           "The race-timing contractor's W-9 packet came with a voided check; its bottom line reads routing «a», account «b»"],
    "gb": ["«name» in the Twake group: we're buying the retiring mapper a new bike, money to «a» / «b»",
           "The hedge-layer left a note in the porch: for the invoice, sort code «a» and account «b», pay when you're happy",
           "Annual subs bounced because I gave the wrong digits; the correct details are «a» «b»",
           "Reflect page 'Things for the treasurer': the club banks at sort code «a», account «b», the building society one"],
    "in": ["«name» ne JioChat par likha ki coaching ka paisa seedha coach ke khaate mein jaayega: «a» (IFSC «b»)",
           "Balloon safari wale kehte hain booking tabhi pakki jab advance aaye: khata «a», IFSC «b»",
           "Nanaji ke liye bank ka form bhara; unki SBI khata sankhya «a» aur shakha ka IFSC «b»",
           "Diwali mela ke stall ka kiraya society ke khaate mein daalna hai — A/c «a», IFSC «b», screenshot group mein daalo"],
    "au": ["Twenty-four-hour rogaine: soup and bacon money to «name» (BSB «a», acc «b»), write your team number",
           "Seller of the second-hand box trailer wants it held with fifty bucks: BSB «a», account «b»"],
    "ca": ["ICQ from «name»: my half of the chalet money comes back once I send my details, so: transit «a», account «b»",
           "The ski-orienteering coach gig pays by e-deposit; I sent them transit «a» and account «b» off my void cheque"],
    "br": ["Pro voo de balão em Boituva o piloto só confirma com sinal: Sicredi, ag. «a», c/c «b»",
           "O técnico de orientação do clube aceita Pix ou TED: ag. «a», conta «b» no Bradesco"],
    "mx": ["Antes de que inflen el globo hay que liquidar el vuelo con SPEI a la CLABE «a», nos dijo el piloto",
           "Cuota anual del club de orientación: cien pesos por SPEI, CLABE «a»",
           "Mi comadre vende tamales para el viaje al nacional, pedidos pagados a su CLABE «a»"],
    "ng": ["From «name»: the federation wants the affiliation fee paid into «bank» «a» before the AGM, no cash",
           "Carpenter wey make the map boards don send voice note: balance go «bank» «a», make we no delay am",
           "Estate association flyer: borehole levy to «bank» «a», write your flat number"],
    "za": ["Kik from «name»: the choir's trip to Durban is R450 each, EFT to branch «a», account «b», reference your voice part",
           "The borehole guy wants a deposit before he drills: FNB branch «a», acc «b», use your stand number"],
    "ar": ["Juntamos entre todos para regalarle el vuelo a la abuela; «name» recibe la plata en el CBU «a»",
           "Me anoté en la carrera del domingo en Córdoba; el club pide el pago al CBU «a» y mandar el comprobante"],
}

# --- national identifiers -------------------------------------------------------------------------

ID_LINES: dict[str, tuple[str, list[str]]] = {
    "us_ssn": ("US", ["Zoom F3 memo, waiting room at the SSA: the clerk confirmed the number on my card as «v»",
                      "Pharmacy phone tree wouldn't let go until I keyed in Mama's social in full: «v»",
                      "Assisted-living intake packet for Grandpa Euell, the line marked Social Security No.: «v»",
                      "The timing company wants a W-9 before it pays me for the championships; typed my SSN in: «v»",
                      "Shredding Aunt Ozell's bank statements, one had her full Social printed on it: «v»",
                      "Survey123 job form for the balloon fiesta crew, SSN question: «v»",
                      "Zoho Tables, tax-prep base, the row for our youngest, Social Security no.: «v»",
                      "Grain recording of Grandpa's call about the frozen account; he recited his SSN to the teller: «v»",
                      "Co-signing Cousin Lavon's lease; the property manager's portal wanted my full Social: «v»"]),
    "in_aadhaar": ("IN", ["Nani ka phone kho gaya, duplicate SIM ke liye Jio store pe unka Aadhaar number diya: «v»",
                          "Naya gas connection lene gaye toh agency ne Aadhaar ki copy aur number dono liye: «v»",
                          "Philips VoiceTracer, physiotherapy desk par: madam, Aadhaar number boliye — «v»",
                          "Scholarship portal ne chhoti behen ka Aadhaar do baar daalne ko kaha: «v»"]),
    "in_pan": ("IN", ["Registrar office mein flat bechte waqt Chachaji ne apna PAN likhwaya: «v»",
                      "Broker ne Mummy ke naye demat khaate ke liye PAN maanga, WhatsApp kar diya: «v»",
                      "Is saal ka Form 16 aaya hai, employee PAN wale box mein: «v»"]),
    "br_cpf": ("BR", ["Antes de marcar a fisioterapia do vovô, a moça da recepção leu o CPF dele em voz alta: «v»",
                      "Filiação à confederação de orientação, formulário de papel, escrevi o CPF com letra de forma: «v»",
                      "Tênis novo pra corrida de orientação; no caixa quis a nota fiscal paulista e ditei o CPF: «v»",
                      "Tia Rosineide foi buscar a losartana e o balconista digitou o CPF que ela ditou: «v»"]),
    "mx_curp": ("MX", ["Mi abuelo trae su CURP apuntada en un papelito doblado dentro de la cartera, se la copié a la muchacha: «v»",
                       "Para el campamento de orientación en Valle de Bravo piden acta y CURP del niño: «v»"]),
    "mx_rfc": ("MX", ["Para deducir el vuelo en globo como gasto, el piloto necesita mi RFC con homoclave: «v»"]),
    "gb_nhs": ("GB", ["Grandad switched chemists; I read his NHS number off an old box of tablets to them: «v»",
                      "The physio referral letter, NHS no. tucked under the address panel: «v»"]),
    "de_idnr": ("DE", ["Opa hat mich gebeten, ihm bei ELSTER zu helfen; die Steuer-ID stand auf einem alten Brief vom Finanzamt: «v»",
                       "Minijob beim Ballonverein, Personalfragebogen, Steuer-ID: «v»"]),
    "fr_nir": ("FR", ["Équipier au sol pour la saison des montgolfières : le gestionnaire de paie m'a demandé mon NIR, «v»",
                      "Papi ne retrouve plus sa carte Vitale ; la pharmacienne a saisi à la main son numéro de sécu, «v»"]),
    "es_dni": ("ES", ["La abuela se dejó el DNI en casa y en el centro de salud se lo tuve que dictar yo: «v»",
                      "Para sacar la licencia de la federación de orientación me piden el DNI escaneado y escrito: «v»"]),
    "es_nie": ("ES", ["El piloto británico del globo firmó el contrato con su NIE, lo dejé copiado: «v»"]),
    "it_codicefiscale": ("IT", ["Il tesseramento FISO di mio figlio è bloccato finché non inserisco il suo codice fiscale: «v»",
                                "Sul retro dello scontrino della farmacia, per la dichiarazione, stampato il CF di nonna Albina: «v»"]),
    "ca_sin": ("CA", ["Circleback caught me on hold with Service Canada for Mémère, then reading out her SIN twice: «v»",
                      "Helped Pépère apply for his Canada Pension online; it asked for his SIN before anything else: «v»"]),
    "id_nik": ("ID", ["Pendaftaran lomba orienteering, NIK peserta: «v»", "Kakek mau fisioterapi di rumah sakit, petugas minta NIK dari KTP-nya: «v»"]),
    "pk_cnic": ("PK", ["Abbu ke naye bank account ke form par CNIC ka number main ne apne haath se likha: «v»"]),
    "tr_tckimlik": ("TR", ["Dedemin fizik tedavi randevusu için hastane otomatına TC numarasını tuşladım: «v»"]),
    "pl_pesel": ("PL", ["Dziadek idzie na rehabilitację kolana; w rejestracji podałam jego PESEL przez telefon: «v»"]),
    "za_idnr": ("ZA", ["Gogo needs a new ID card; at Home Affairs I read her old thirteen-digit number from the green book: «v»"]),
    "kr_rrn": ("KR", ["열기구 타기 전에 보험 가입서에 적은 아빠 주민등록번호 «v»"]),
    "cn_ric": ("CN", ["帮爷爷在手机上交医保，填的身份证号码是«v»"]),
    "jp_in": ("JP", ["祖母の介護保険の手続きで書いたマイナンバー «v»"]),
    "au_tfn": ("AU", ["Starting weekends as ground crew for the balloon mob; payroll asked for my tax file number, «v»"]),
    "nl_bsn": ("NL", ["Opa's verwijsbrief voor de fysio, bovenaan zijn BSN: «v»"]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของตาสำหรับสมัครทำกายภาพ «v»"]),
    "my_nric": ("MY", ["Borang pertandingan orienteering minta nombor MyKad penjaga, saya isi: «v»"]),
    "ar_cuit": ("AR", ["Para la factura del vuelo en globo me pidieron el CUIL, se lo dicté por teléfono: «v»"]),
    "cl_rut": ("CL", ["Inscripción a la carrera de orientación en Valdivia, RUT: «v»"]),
    "se_personnummer": ("SE", ["Morfars remiss till sjukgymnasten, personnumret jag lämnade: «v»"]),
    "ie_pps": ("IE", ["Grandad's medical card renewal — his PPSN goes in section two, «v»"]),
    "pt_nif": ("PT", ["O avô pediu-me para verificar se o NIF dele aparece nas faturas da fisioterapia: «v»"]),
}

# --- several values in one line -------------------------------------------------------------------

MIXED_LINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("US", "Field-trip form for the orienteering day at the state park: if injured, phone «name» on «phone»; email signed forms to «email»; "
           "student SSN for insurance «ssn»", ("phone", "email", "ssn")),
    ("US", "Balloon flight booked over the phone — callback «phone», voucher to «email», charged «card»", ("phone", "email", "card")),
    ("US", "Dispute letter draft re the ankle X-ray bill — my Social «ssn»; best number to reach me «phone»", ("ssn", "phone")),
    ("US", "Balloon fiesta parking pass: receipt emailed to «email», but my bank shows «card» billed two times", ("email", "card")),
    ("US", "Course changes after entries close are handled by «name» — «email» or «phone», before Thursday", ("email", "phone")),
    ("US", "Aiko transcript, me to the IRS agent: my Social is «ssn», you can call back at «phone», or write to «email»", ("ssn", "phone", "email")),
    ("US", "Map-reading lesson for «name»: card used «card», reminder texts to «phone»", ("phone", "card")),
    ("US", "Camp bursary application in Ragic — contact email for the parent: «email»; parent's Social, for the income check: «ssn»", ("email", "ssn")),
    ("US", "Two cords of seasoned oak for the hangar stove — paid with «card», the woodman emails invoices to «email»", ("card", "email")),
    ("GB", "Easter relays accommodation confirmed for «name»: deposit on «card», confirmation to «email», on-the-day contact «phone»",
     ("phone", "email", "card")),
    ("IN", "Jaipur trip: the haveli owner said he'd call on «phone», sent the bill to «email», took the advance on «card»",
     ("phone", "email", "card")),
    ("CA", "Ski-orienteering clinic rides — driver «name», cell «phone», email «email»", ("phone", "email")),
]
