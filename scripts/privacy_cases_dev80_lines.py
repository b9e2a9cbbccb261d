"""Lines of the dev80 privacy set (``privacy_cases_dev80.py``): the templates for its phones, e-mail
addresses, cards, IBANs, bank accounts, national ids and mixed lines, where a personal agent's sensors
meet them: messages from particular people in particular situations (the Jumping Frog Jubilee at Angels
Camp in Calaveras County, its frog jockeys, jump pad and Frogtown fairgrounds; the Stånga Games, their
varpa pitches and stångstörtning; the Dusi canoe marathon down the Msunduzi, its portages and K2 crews;
the Camel Cup at Blatherskite Park; Kano's Hawan Sallah and its Durbar horsemen; the British Marbles
Championship at Tinsley Green, its ring and tolleys; mallakhamb poles and ropes at an Ujjain akhara; the
ice canoe race of the Carnaval de Québec across to Lévis; and, in the national lines, Kötzting's
Pfingstritt, the course camarguaise, the Cavalhadas, Moros y Cristianos, Ivrea's battle of the oranges,
the voladores, the Moriones, Nozawa's dōsojin fire festival, Cheongdo's bullfights, the Lajkonik, tent
pegging, tahtib, ghe ngo boats, nouka baich, marimondas, jineteadas and Bun Bang Fai rockets). Slots in
guillemets: «name» a person of the line's region, «v» the value («vE» a phone in E.164, «vW» its digits
for a wa.me link), «e» an e-mail address, «a»/«b» an account's two numbers, «bank» a Nigerian bank.
"""

from __future__ import annotations

from privacy_cases_dev19_lines import put

__all__ = ["ACCOUNT_LINES", "CARD_EN", "CARD_LOCAL", "CARD_REGIONS", "EMAIL_EN", "EMAIL_LOCAL", "EMAIL_REGIONS", "ENGLISH",
           "IBAN_EN", "IBAN_LOCAL", "ID_LINES", "MIXED_LINES", "PHONE_EN", "PHONE_LINKS", "PHONE_LOCAL", "SIGNATURES", "put"]

ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "NG", "GH", "KE", "ZA", "SG"}

PHONE_EN = [
    "Frog jockey check-in for the Jubilee closes on Thursday at noon; «name» keeps the Frogtown list and "
    "picks up on «v» until dusk.",
    "If the varpa stones are still rattling in my boot when the Stånga Games open, ring me on «v» and "
    "I'll bring them round first thing.",
    "«name» is running the water table at the second portage this year, so bring spare bottles and phone "
    "«v» once your K2 clears the weir.",
    "The camel handlers want a head count for the Blatherskite Park barbecue by Friday; text «v» with "
    "numbers only, not everyone's names.",
    "Lost a green glass tolley in the championship ring after the semi-final; «name» found one by the "
    "bar, so call «v» to describe yours.",
    "Hawan Sallah horsemen assemble behind the emir's stables at seven, and the groom in charge of saddle cloths answers on «v».",
    "«name» coaches the under-fourteen mallakhamb squad at the akhara and asked every parent to save «v» "
    "for rope-session changes.",
    "Ice canoe crews crossing to Lévis on Sunday must leave a shore contact; ours is the galley truck, "
    "reachable on «v» all morning.",
    "«name» drives the frog-wrangling van from Angels Camp to the fairgrounds, so if the cooler lid "
    "cracks again dial «v» right away.",
    "Stångstörtning practice moved behind the old schoolhouse because the meadow flooded, and the coach "
    "was taking calls on «v» yesterday.",
    "«name» volunteered as marshal below the Msunduzi weir and says paddlers with a snapped rudder cable can reach her at «v».",
    "Our camel is called Sultana and she sulks at the starting gate; her trainer, who lives out past the saleyards, is on «v».",
    "«name» brought the chalk for marking the marbles ring and wants his tin back tomorrow, he said to ring «v» before lunch.",
    "The Durbar drummers need a lift from the motor park to the palace square, and the lead drummer's brother picks up on «v».",
    "«name» is selling hand-turned sheesham poles for mallakhamb practice and pinned «v» to the gym notice board for orders.",
    "Bonhomme pins for the ice canoe volunteers arrived soggy; the carnival storeroom manager can be reached at «v» about swaps.",
    "«name» measured the winning frog leap twice with the old cloth tape; for a copy of the scorecard the "
    "fair office line is «v».",
    "Varpa league fixtures for the summer are nailed to the church door, and questions go to the club "
    "secretary at «v» after six.",
    "«name» has the only trailer long enough for three canoes on the Durban leg, so book it through «v» by Wednesday evening.",
    "Jukskei pitch bookings at the showgrounds are handled by a retired sheep farmer who still prefers "
    "calls; try «v» after supper.",
    "«name» re-soles ice stocks and fixes cracked stock plates in his garage, and asked me to pass on «v» for appointments.",
    "Whoever borrowed the racing silks from the Camel Cup shed, the committee secretary wants them back: "
    "phone «v», no questions asked.",
]

PHONE_LINKS = [
    "Jubilee volunteers coordinate here: https://wa.me/«vW» (say which afternoon you can staff the jump pad)",
    "WhatsApp the portage helpers' group for race week via wa.me/«vW» and mention which bend you'll stand at",
    "Tap to call the marbles referee from the ring: tel:«vE»",
    "«name» shared a click-to-call button for the Stånga camp kitchen: <a href=\"tel:«vE»\">call the kitchen tent</a>",
]

PHONE_LOCAL = {
    "IN": [
        "Ujjain mallakhamb shivir ka registration band ho gaya hai, der se aane wale coach «v» par call karein.",
        "मल्लखंब प्रतियोगिता के रस्सी वाले दौर का समय बदल गया है, जानकारी के लिए «v» पर संपर्क करें।",
        "«name» ji ne akhara ki chaabi apne paas rakhi hai, subah ki practice se pehle «v» par unse baat kar lena.",
    ],
    "BR": [
        "«name» cuida das selas dos cavaleiros cristãos na Cavalhada e pediu para ligar no «v» se alguma fita rasgar.",
        "O ensaio dos mascarados da Cavalhada mudou para sábado à tarde; quem precisar de carona até o campo chama no «v».",
        "Perdi a lança pintada depois da corrida das argolinhas; se alguém achou, por favor me avise pelo «v».",
    ],
    "DE": [
        "«name» reitet beim Pfingstritt in der dritten Gruppe mit und bittet, Fragen zum Sattelzeug unter «v» zu stellen.",
        "Die Stockbahn am Weiher ist ab Samstag wieder frei, Reservierungen für Moarschaften nimmt der Wirt unter «v» an.",
        "Wer für den Kötztinger Umritt noch eine Tracht leihen möchte, meldet sich bis Donnerstag in der Schneiderei: «v».",
    ],
    "MX": [
        "Los voladores ensayan en el palo nuevo del malecón el jueves; el caporal contesta en el «v» para cambios de horario.",
        "«name» consiguió las cuerdas de henequén para la danza y pidió que le marquen al «v» antes de pasar por ellas.",
        "Se busca flautista que acompañe al caporal en la feria del pueblo, los interesados llamen al «v» por la tarde.",
    ],
    "FR": [
        "Les raseteurs du trophée de l'Avenir s'entraînent aux arènes de Lunel dimanche, le président du club répond au «v».",
        "Pour les crochets et les tenues blanches de la course camarguaise, voyez directement avec l'intendant : «v».",
        "«name» garde les cocardes de la finale dans son bureau et demande qu'on l'appelle au «v» avant de passer.",
    ],
    "ID": [
        "Panitia panjat pinang tujuh belasan butuh oli bekas dan hadiah sepeda, hubungi pak RT di «v» sore ini.",
        "Lomba balap karung anak-anak dipindah ke lapangan masjid, info pendaftaran lewat «v» ya.",
        "Kalau tiang pinangnya sudah berdiri, kabari saya di «v» supaya regu kita bisa mulai latihan.",
    ],
    "PH": [
        "Naiwan ang maskara ng Morion ni Kuya sa jeep papuntang Boac, pakitawagan ako sa «v» kung may nakakita.",
        "Kailangan namin ng mananahi para sa mga kasuotan ng Moriones bago mag-Semana Santa, tumawag lang sa «v».",
        "«name» ang bahala sa pagkain ng mga Morion sa plaza, i-text mo siya sa «v» kung ilan kayo.",
    ],
    "JP": [
        "道祖神祭りの社殿づくりを手伝う«name»さんの連絡先は«v»です。",
        "火祭りで厄年の男衆が集まる場所が変わりました。詳しくは«v»まで。",
        "松明の受け渡し係には«v»へお電話ください。",
    ],
    "ES": [
        "La filà de los Cristianos necesita revisar los trabucos antes de la Entrada; el armero atiende en el "
        "«v» por las mañanas.",
        "Si alguien encontró un alfanje dorado después del desfile de los Moros, que llame al «v», es de mi abuelo.",
        "Para alquilar trajes de moro para la Entrada, la sastrería de la calle San Nicolás responde en el «v».",
    ],
    "IT": [
        "Gli aranceri a piedi della squadra si ritrovano in piazza alle nove, per eventuali ritardi chiamate il «v».",
        "Ho perso il berretto rosso durante la battaglia delle arance in piazza di Città; se lo trovate telefonate al «v».",
        "Per le casse di arance del magazzino di via Palestro chiedete al responsabile del carico, numero «v».",
    ],
    "TR": [
        "Bayburt'taki cirit karşılaşması için atlar cuma günü nalbanttan alınacak, gecikirse «v» numarasını arayın.",
        "Cirit takımının forma siparişleri için kulüp başkanına «v» üzerinden ulaşabilirsiniz.",
        "At arabasıyla sahaya gelecek seyirciler için otopark görevlisinin telefonu: «v»",
    ],
    "KR": [
        "청도 소싸움 대회 참가 소 등록은 «name» 이장님께 «v» 로 문의하세요.",
        "소싸움 경기장 셔틀버스 시간표 변경 안내: «v»",
        "우리 소 사료 배달은 «v» 로 전화 주세요.",
    ],
    "PL": [
        "«name» szyje nowy strój Lajkonika na czerwiec i prosi, żeby w sprawie przymiarki dzwonić pod «v».",
        "Orszak Lajkonika wyrusza spod klasztoru norbertanek o czternastej, w razie pytań: «v».",
        "Bębniarz z orszaku zgubił pałeczki przy Wiśle, znalazcę prosimy o telefon na «v».",
    ],
    "RU": [
        "«name» строит снежный городок к Масленице и просит помочь с санями, звоните по номеру «v».",
        "Взятие снежного городка перенесли на воскресенье, справки по телефону «v».",
        "Кто по ошибке забрал мои валенки после штурма, позвоните «v».",
    ],
    "EG": [
        "تدريب التحطيب في ساحة القرية بعد العصر، للاستفسار اتصل على «v»",
        "المزمار والطبل جاهزين لحفلة التحطيب، كلم الريس على «v»",
        "عصا التحطيب الجديدة عند النجار، رقمه «v»",
    ],
    "VN": [
        "Đội đua ghe ngo của chùa cần thêm tay chèo, ai muốn tham gia gọi «v» trước thứ sáu.",
        "Lịch tập đua ghe ngo trên sông Maspero đã đổi, hỏi anh đội trưởng qua số «v».",
        "Ai nhặt được mái chèo sơn đỏ ở bến ghe thì gọi giúp «v» nhé.",
    ],
    "BD": [
        "Nouka baicher majhider khabar-daabar niye kotha bolte «v» nombore phone korun, dupurer aage.",
        "Baicher nouka rong korar kaaj shukrobar shesh hobe, bistarito jante «v» te call din.",
        "Dhol bajanor dol bhara nite chaile «v» e jogajog korun, shondhyar por.",
    ],
    "PK": [
        "Tent pegging ke ghoron ka truck kal subah Sialkot se niklega, koi masla ho to «v» par rabta karein.",
        "«name» sahib neza bazi ki team ke liye naye nezay bana rahe hain, order ke liye «v» par call karein.",
        "Neza bazi mela committee ka daftar aaj band hai, fori zaroorat ho to «v» par WhatsApp kar dein, "
        "jawab shaam tak mil jayega.",
    ],
    "CO": [
        "Las marimondas del barrio ensayan en la caseta el miércoles, cualquier cosa me marcas al «v».",
        "Se venden máscaras de marimonda hechas a mano, pedidos al «v» antes del sábado de Carnaval.",
        "«name» coordina la comparsa del Garabato y pidió que lo llamen al «v» para lo de las tallas.",
    ],
    "AR": [
        "La tropilla para la jineteada sale el jueves del campo; cualquier duda llamá al «v».",
        "«name» dice que si querés entrada para la jineteada del domingo lo llames al «v» y te guarda una.",
        "El herrero que arregla los estribos atiende al «v» después de la siesta.",
    ],
    "TH": [
        "ทีมบั้งไฟของหมู่บ้านขอแรงช่วยขนไม้ไผ่ โทร «v»",
        "งานบุญบั้งไฟปีนี้ ติดต่อคณะกรรมการได้ที่ «v»",
        "ใครเก็บกลองยาวของคณะได้ กรุณาโทร «v»",
    ],
}

SIGNATURES = [  # (region, signature): a name, a phone and an address
    ("US", "Thanks for the jump-pad photos! — «name», Jubilee scoring desk, Angels Camp | «v» | «e»"),
    ("GB", "Cheers for sorting the tolleys, «name» (ring steward, British Marbles Championship) · «v» · «e»"),
    ("IN", "Regards, «name» | Mallakhamb judges' panel, Ujjain district meet | Mob: «v» | Email: «e»"),
    ("DE", "Viele Grüße aus dem Stall, «name» – Pfingstritt-Ausschuss, Gruppe Sattelzeug / Tel. «v» / «e»"),
    ("BR", "Abraço, «name» — figurinista da Cavalhada | cel. «v» | «e»"),
    ("FR", "Amitiés, «name», trésorier du club taurin de Lunel — tél. «v» — «e»"),
    ("AU", "Cheers, «name» | Camel Cup gate crew, Blatherskite Park | «v» | «e»"),
    ("MX", "Saludos, «name» · caporal de voladores · «v» · «e»"),
    ("CA", "Merci / Thanks — «name», ice canoe crew 7, Carnaval de Québec · «v» · «e»"),
    ("ZA", "Paddle safe, «name» | portage marshal, Msunduzi leg | Cell «v» | «e»"),
    ("KE", "Kind regards, «name» · Kerio Valley hill-running camp coordinator · «v» · «e»"),
    ("NG", "Warm regards, «name» | Hawan Sallah protocol desk, Emir's palace | «v» | «e»"),
    ("PH", "Salamat po, «name» | Moriones costume committee, Boac | «v» | «e»"),
]

EMAIL_EN = [
    "«name» collects the frog jockey waivers for the Jubilee; scan yours and send it to «e» before the Friday heats.",
    "Stånga Games visitors who want the varpa rule sheet in English can ask the organisers for it at «e».",
    "Portage split times from this year's marathon are being compiled by «name»; if yours look wrong, "
    "write to «e» with your race number.",
    "Camel Cup sponsors receive their invoices from the treasurer, so please reply only to «e» and not the general inbox.",
    "Photos from the marbles championship will be shared once each player confirms consent by writing to «e».",
    "«name» organises the horsemen's lodging during Hawan Sallah, and the booking forms go to «e».",
    "Mallakhamb coaches who need a participation certificate for the state trials should request one from «e».",
    "The ice canoe crew posts its training log every week; to be added to the mailing list, drop a line to «e».",
    "Jukskei club newsletter items (results, braai photos, new members) go to «e» by the last Sunday of the month.",
    "«name» keeps the ice stock league table and asks that signed match sheets reach «e» within two days.",
]

EMAIL_LOCAL = {
    "DE": "«name» übernimmt die Anmeldungen der Reiter für den Pfingstritt; bitte das Formular samt Equidenpass bis Ostern "
          "an «e» schicken.",
    "ES": "Los cargos de la filà para la Entrada de este año se confirman por correo electrónico; "
          "escribid a «e» con vuestro número de socio.",
    "FR": "«name» centralise les inscriptions des raseteurs pour la saison ; envoyez licence et certificat médical "
          "à «e» avant mars.",
    "BR": "«name» recebe as fotos dos cavaleiros mascarados para o álbum da festa; mandem tudo "
          "para «e» até domingo.",
    "JP": "道祖神祭りで撮った写真は «e» まで送ってください。",
    "KR": "청도 소싸움 대회에서 찍은 사진과 영상은 «e» 으로 보내 주세요.",
    "IT": "«name» tiene l'elenco degli aranceri a piedi dei Tuchini e aspetta il modulo con il certificato "
          "medico all'indirizzo «e» prima dello Storico Carnevale.",
    "PL": "«name» zbiera zgłoszenia do orszaku Lajkonika; wyślijcie imię, wzrost i rozmiar butów "
          "na adres «e».",
    "TR": "Cirit turnuvasına katılacak binicilerin lisans belgelerini «e» adresine göndermesi gerekiyor, "
          "son gün pazartesi.",
}
EMAIL_REGIONS = ["US", "US", "US", "US", "US", "US", "US", "US", "IN", "IN", "IN", "SG", "GB", "GB", "CA", "AU", "NG", "PH", "ZA", "KE", "GH",
                 "PK", "NZ", "IE"]

CARD_EN = [
    "«name» paid the frog rental deposit at the Jubilee gate with card «v»; expiry and code were read out separately.",
    "Charge the canoe trailer hire for race week to «v», the club card, and send the receipt to the treasurer afterwards.",
    "Camel Cup grandstand seats: please put both tickets on «v» and post them out to the station.",
    "Card for the tolley order from the glassworks in Stourbridge: «v»",
    "Use «v» for the new mallakhamb mats; the sports shop said delivery to the akhara takes about a week.",
    "My card number for the ice canoe crew jackets is «v», the same one I used last winter.",
    "Book the horsemen's guesthouse near the palace for three nights and bill «v», the tour company's card.",
    "The jukskei pegs and two sets of skeis came to nine hundred rand, which I paid with «v».",
]

CARD_LOCAL = {
    "IN": "Mallakhamb akhara ki saal bhar ki fees is baar card «v» se bhar di hai, receipt WhatsApp kar dena.",
    "BR": "Pode passar no cartão «v» o aluguel das fantasias da Cavalhada, em três vezes sem juros, "
          "e manda o recibo depois.",
    "DE": "«name» zahlt die Startgebühr für den Pfingstritt mit der Karte «v», "
          "bitte die Quittung an den Verein schicken.",
    "MX": "Cárgale los boletos para ver a los voladores a mi tarjeta «v», son seis adultos.",
    "FR": "«name» règle les places pour la finale des raseteurs avec la carte «v»,"
          " envoyez-lui la facture.",
    "JP": "火祭りの宿泊代はカード«v»で払います。",
    "ES": "«name» paga la cuota anual de la filà con la tarjeta "
          "«v»; el recibo lo quiere por correo.",
}
CARD_REGIONS = {
    "visa": ["US", "US", "US", "US", "IN", "GB", "BR", "DE", "CA", "MX", "AU", "FR", "NG", "PH", "ES", "ID"],
    "mastercard": ["US", "US", "US", "IN", "GB", "BR", "MX", "DE", "FR", "ZA", "TR", "PL"],
    "amex": ["US", "US", "GB", "MX"], "discover": ["US"], "jcb": ["JP"], "unionpay": ["CN"], "rupay": ["IN"], "mir": ["RU"],
}

IBAN_EN = [
    "«name» won the frog-jockey novice trophy and, rather than a cheque, wants the purse wired to «v», "
    "which she opened specially.",
    "The bus company pulled out of our Stånga Games excursion, so each traveller's deposit is being "
    "returned to IBAN «v» over the next fortnight.",
    "Marathon entry fee transfer for the K2 crew: «v», reference your race number please.",
    "A brewery near Crawley has agreed to sponsor the ring's new canopy; their marketing lady asked where "
    "to send it, so I gave her «v».",
    "«name» gave me «v» for the camel saddle repairs he fronted.",
    "Pay this season's ice stock league subscription to «v», stating your team's name.",
]


IBAN_LOCAL = {
    "DE": ["«name» sammelt das Startgeld unserer Moarschaft fürs Dreikönigsturnier; wer noch nicht gezahlt hat, "
           "schickt die dreißig Euro auf «v», Stichwort Daube.",
           "Spenden für die Pferdesegnung beim Pfingstritt bitte an «v»."],
    "FR": ["«name» répartit les primes gagnées aux crochets entre les raseteurs du club et veut que sa part "
           "arrive sur «v», pas en liquide.",
           "Cotisation au club taurin : virement sur «v», merci d'avance."],
    "ES": ["«name», que lleva las cuentas de la filà desde hace veinte años, recuerda que la cuota de la "
           "escuadra de gala se ingresa en «v» antes de San Jorge.",
           "El traje de cristiano con capa y casco se alquila a la sastrería de Alcoy; la señal de cien euros va "
           "por transferencia a «v»."],
    "IT": ["«name» ha anticipato i soldi per tre bancali di arance dalla Calabria e aspetta il rimborso con "
           "bonifico su «v» entro martedì grasso.",
           "Quota della squadra degli aranceri: IBAN «v», causale carnevale."],
    "NL": ["«name» regelt de bus naar de skûtsjesilen bij Grou en wil de twintig euro per persoon uiterlijk "
           "zondag op «v» zien staan.",
           "De stichting die het oude skûtsje van de familie onderhoudt, zoekt donateurs voor nieuw tuigage; een "
           "gift kan naar «v»."],
    "PL": ["Zbieramy na nowy kaftan i czapkę dla Lajkonika, bo stary strój pękł w szwach; każdy, kto może, niech "
           "dorzuci na «v».",
           "Zwrot za bilety na orszak przelej mi na «v», dzięki."],
    "TR": ["Cirit kulübü aidatını «v» hesabına yatırabilirsiniz.",
           "Atların yem parasını kulübe borçlu olan binicilerin bu hafta şu IBAN'a göndermesi lazım: «v»"],
    "BE": ["«name» vraagt de bijdrage voor de Ommegang-kostuums over te schrijven naar «v».",
           "Inschrijving voor de stoet: betaling op «v» met vermelding van de groep."],
    "AT": ["Der Kassier vom Eisstockverein erinnert alle Moarschaften: den Jahresbeitrag samt Bahnreinigung "
           "heuer auf «v» einzahlen, sonst gibt's keine Startnummer.",
           "Für das Nachtturnier am zugefrorenen Schwarzsee kassiert der Pächter die Bahnmiete vorab, "
           "Überweisung auf «v», Beleg bitte mitbringen."],
    "PT": ["«name» pediu que a quota dos Caretos fosse paga "
           "para o «v».",
           "Transferência para as máscaras novas dos Caretos: «v»."],
}

ACCOUNT_LINES = {
    "us": [
        "«name» wants her share of the frog jockey prize by direct deposit, "
        "routing «a» and account «b», no paper checks.",
        "For the hollering contest payout use routing number «a» and checking account «b» at the credit union.",
        "Camp kitchen reimbursement for the fair goes by ACH: routing «a», account «b»; "
        "memo line says bait crickets.",
        "Set up the monthly transfer to the Angels Camp arena fund, ABA «a», acct «b», starting in May.",
    ],
    "gb": [
        "Team entry fees for the championship now go straight into the marbles club's bank: sort code «a», "
        "account number «b»; quote your team when you transfer.",
        "The ring steward spent his own money on chalk, a rake and three bags of sand for the ring, so "
        "reimburse him at sort code «a», account «b» when the treasurer's back.",
    ],
    "in": [
        "«name» ne naye rassi aur gadde apni jeb se khareede the, unka khata «a» aur IFSC «b» hai, treasurer "
        "se kehna Diwali se pehle lauta de.",
        "Mallakhamb federation ki registration fees ke liye account «a» "
        "aur IFSC code «b» use karein.",
    ],
    "au": ["Camel Cup prize money for the handlers' race goes to BSB «a», account «b», paid the week after."],
    "ca": ["«name»'s ice canoe crew keeps its kitty at the caisse populaire: "
           "transit and institution «a», account «b»."],
    "br": [
        "«name» passou a agência «a» e a conta «b» para o reembolso das selas da Cavalhada.",
        "O tesoureiro da festa do Divino quer o depósito das bandeirinhas feito na agência «a», conta "
        "corrente «b», ainda esta semana, antes de a folia sair.",
    ],
    "mx": ["El comité del palo volador junta para comprar el tronco nuevo; depositen su aportación en la CLABE "
           "«a» y manden foto del comprobante por el grupo."],
    "ng": [
        "Send the Durbar drummers' appearance fee before Sallah morning "
        "to «bank» account «a», the lead drummer's.",
        "«name» says his «bank» account number is «a», "
        "for the horse feed you owe him from last year.",
    ],
    "za": ["The paddling club's treasurer, who also drives the portage bakkie, asked members to pay season fees "
           "to branch code «a», account «b» before the first time trial."],
    "ar": ["Mandame la plata de la tropilla para la jineteada "
           "al CBU «a», a nombre de mi viejo."],
}

ID_LINES = {
    "us_ssn": ("US", ["«v» is the SSN the fair's payroll office needs for the frog jockey who won "
                      "the junior division, for the prize tax form.",
                      "Background check for the Jubilee youth volunteers asks for the coach's Social Security number: "
                      "«v»"]),
    "in_aadhaar": ("IN", ["Akhara ke naye khiladi ka Aadhaar «v» hai, "
                          "state trial ke form mein yahi likhna.",
                          "मल्लखंब शिविर के पंजीकरण के लिए कोच का आधार नंबर "
                          "«v» है।"]),
    "in_pan": ("IN", ["Mallakhamb federation ko inaam ki rashi par TDS ke liye "
                      "coach ka PAN chahiye: «v»",
                      "«v» is the PAN of the Ujjain akhara's treasurer, needed for the sponsor's receipt."]),
    "br_cpf": ("BR", ["Quem aluga os cavalos brancos da Cavalhada só emite nota com o CPF do cavaleiro responsável, que é "
                      "«v», conferido duas vezes.",
                      "CPF «v» do cavaleiro mascarado premiado, "
                      "para o recibo da comissão."]),
    "mx_curp": ("MX", ["Para tramitar el gafete del caporal en la feria patronal, el municipio exige su CURP completa: «v»",
                       "La CURP del niño que sube al palo este año es «v», "
                       "para el seguro."]),
    "mx_rfc": ("MX", ["La cordelería de Yucatán factura las cuerdas de henequén al comité de voladores, con RFC «v»",
                      "El flautista del palo volador cobra honorarios y me mandó su RFC por mensaje: «v», ya lo revisé dos "
                      "veces."]),
    "gb_nhs": ("GB", ["For the marbles championship first-aid tent, the steward who fainted "
                      "has NHS number «v»",
                      "«v» is Grandad's NHS number; the St John Ambulance volunteers by the ring wrote it on his wristband "
                      "after he went dizzy."]),
    "de_idnr": ("DE", ["Für die Aufwandsentschädigung der Pfingstreiter braucht der Verein "
                       "deine steuerliche Identifikationsnummer: «v»",
                       "Steuer-ID des Eisstock-Kassenwarts fürs Finanzamt, "
                       "bitte nicht weitergeben: «v»"]),
    "fr_nir": ("FR", ["Le dossier de licence du gamin chez les raseteurs bloque encore : l'assurance réclame son NIR, que "
                      "je recopie ici, «v»",
                      "«v» — c'est le NIR de l'intendant, pour la déclaration de l'accident "
                      "aux arènes."]),
    "es_dni": ("ES", ["Para la póliza de la filà durante la Entrada necesitamos "
                      "el DNI del cabo: «v»",
                      "Mi DNI es «v», apúntalo en la hoja de socios de la filà de Cristianos."]),
    "es_nie": ("ES", ["El armero portugués que revisa los trabucos tiene NIE «v», "
                      "lo pide la Guardia Civil para el permiso de pólvora.",
                      "NIE «v» del sastre que cose los trajes de moro, para su contrato de este año."]),
    "it_codicefiscale": ("IT", ["Per l'assicurazione degli aranceri a piedi serve il codice "
                                "fiscale del caposquadra: «v»",
                                "Il magazzino che scarica le arance in piazza emette fattura solo con il codice fiscale del "
                                "capocarico: «v»"]),
    "ca_sin": ("CA", ["«v» is the SIN the carnival needs to issue the ice canoe crew's prize T4A "
                      "before tax season.",
                      "Carnival payroll keeps bugging me for my SIN before they release crew seven's paddling stipend, so "
                      "here it is: «v»"]),
    "id_nik": ("ID", ["NIK ketua panitia panjat pinang untuk proposal ke kelurahan: «v», "
                      "tolong dicek dulu.",
                      "Pendaftaran lomba balap karung minta NIK orang tua: «v»"]),
    "pk_cnic": ("PK", ["Neza bazi tournament ke liye sawar ka CNIC number «v» form par likh dein.",
                       "Ghoron ke transport ke permit ke liye driver ka shanakhti card "
                       "number chahiye: «v»"]),
    "tr_tckimlik": ("TR", ["Cirit kulübü lisans başvurusu için binicinin TC kimlik numarası: "
                           "«v»",
                           "«v» benim TC kimlik numaram, at sigortası formuna yazarsın."]),
    "pl_pesel": ("PL", ["«v» to PESEL Lajkonika na ubezpieczenie orszaku, "
                        "proszę nie gubić tej kartki.",
                        "Do umowy z krawcem od stroju potrzebny jest mój PESEL: «v»"]),
    "za_idnr": ("ZA", ["«v» is the ID number of the K2 paddler who capsized at the portage, "
                       "for the medical aid claim.",
                       "The jukskei federation wants your green ID book number on the entry form: «v»"]),
    "kr_rrn": ("KR", ["소싸움 대회 상금 지급용 주민등록번호: «v»",
                      "출전 소 주인 주민번호 «v» 확인 바랍니다"]),
    "cn_ric": ("CN", ["赛马会报名用的身份证号：«v»",
                      "领队身份证号码«v»，请核对"]),
    "jp_in": ("JP", ["火祭りの謝礼の支払いに必要なマイナンバーは«v»です。",
                     "社殿を作る男衆の代表のマイナンバー：«v»"]),
    "au_tfn": ("AU", ["For the Camel Cup handlers' wages the committee needs each person's tax file "
                      "number, mine is «v»",
                      "TFN «v» belongs to the barbecue cook at Blatherskite Park; "
                      "payroll asked again."]),
    "nl_bsn": ("NL", ["Voor de vrijwilligersvergoeding van de skûtsje-bemanning heeft de penningmeester "
                      "je BSN nodig: «v»",
                      "Mijn burgerservicenummer is «v», zet het maar op het aanmeldformulier van de wedstrijd."]),
    "th_pin": ("TH", ["เลขประจำตัวประชาชนของหัวหน้าทีมบั้งไฟ «v»",
                      "ส่งเลขบัตรประชาชน «v» ให้กรรมการงานบุญบั้งไฟแล้ว"]),
    "my_nric": ("MY", ["NRIC ketua pasukan wau untuk borang pertandingan di Pasir Mas: «v»",
                       "No. kad pengenalan pembuat gasing yang menang: «v», untuk resit hadiah."]),
    "ar_cuit": ("AR", ["El domador de la tropilla cobra con factura electrónica; su CUIT es «v» y dice que lo copies sin "
                       "cambiarle nada.",
                       "La municipalidad pide el CUIT de la agrupación tradicionalista que organiza la jineteada: «v», así "
                       "habilitan el predio."]),
    "cl_rut": ("CL", ["Para inscribir la collera en el rodeo de Rancagua necesitan el RUT "
                      "del jinete: «v»",
                      "Don Efraín quiere que le paguen el flete de sus yeguas con boleta electrónica; su RUT aparece abajo "
                      "del logo: «v»"]),
    "se_personnummer": ("SE", ["Personnummer för den som vann stångstörtningen, till prislistan: «v»",
                               "Varpaklubbens kassör har personnummer «v», för bankens blankett."]),
    "ie_pps": ("IE", ["Kerry County Council's festival fund wants the PPS number of whoever leads the goat-catching crew at "
                      "Puck Fair: «v», due Friday.",
                      "My PPSN is «v», pop it on the Puck Fair volunteer insurance sheet for me."]),
    "pt_nif": ("PT", ["O artesão de Podence que martela as máscaras de lata dos Caretos passa fatura com o NIF «v»",
                      "NIF «v» da associação dos Caretos para o recibo da câmara municipal."]),
}

MIXED_LINES = [  # (region, template, the kinds its slots hold)
    ("US", "Payroll card for «name», junior frog-jockey coach this summer — cell «phone», inbox «email», Social "
           "Security «ssn».",
     ("phone", "email", "ssn")),
    ("US", "Frog jockey hotline «phone»; entry fee was charged to «card», and the rider's "
           "SSN for the prize form is «ssn».", ("phone", "card", "ssn")),
    ("US", "«name» confirmed by email («email») that the hollering contest stall can bill "
           "«card» and that his SSN is «ssn».", ("email", "card", "ssn")),
    ("GB", "Tinsley Green ring steward: ring «phone», write to «email», pay subs with «card».",
     ("phone", "email", "card")),
    ("IN", "«name», who coaches rope mallakhamb on weekends, can be reached on «phone» or «email»; the mats were "
           "bought with «card».",
     ("phone", "email", "card")),
    ("CA", "For the ice canoe jackets call the outfitter at «phone», "
           "who charged the crew card «card».", ("phone", "card")),
    ("AU", "Camel Cup float contact «name»: «phone» or «email», whichever's quicker.",
     ("phone", "email")),
]
