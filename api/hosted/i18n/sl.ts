import type { Messages } from './messages';

const askForNewLink = 'Za novo povezavo prosite organizacijo, ki vam jo je poslala.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Te seje preverjanja nismo našli',
  hint: 'Preverite, ali ste odprli celoten naslov, ali pa za novo povezavo prosite organizacijo, ki vam jo je poslala.',
};

export default {
  languageName: 'Slovenščina',
  layout: {
    poweredBy: 'Omogoča {product}',
    languageSwitcher: 'Jezik',
  },
  landing: {
    title: 'Preverjanje istovetnosti',
    heading: 'Potrdite svojo istovetnost',
    intro: 'Organizacija, ki vam je poslala to povezavo, mora potrditi, kdo ste. Vzame le nekaj minut.',
    needsHeading: 'Kaj potrebujete',
    needs: {
      document: 'Veljaven osebni dokument: potni list, osebno izkaznico, vozniško dovoljenje ali dovoljenje za prebivanje',
      selfie: 'Telefon ali računalnik s kamero, da posnamete selfi',
    },
    consent: {
      DOCUMENT: 'S pritiskom na »Začni« soglašate, da se vaš dokument obdela za preverjanje vaše istovetnosti.',
      SELFIE: 'S pritiskom na »Začni« soglašate, da se vaš selfi obdela za preverjanje vaše istovetnosti.',
      DOCUMENT_AND_SELFIE: 'S pritiskom na »Začni« soglašate, da se vaš dokument in selfi obdelata za preverjanje vaše istovetnosti.',
    },
    start: 'Začni',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Ta povezava za preverjanje je potekla', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ta povezava za preverjanje je dosegla svojo omejitev', hint: `Uporabljena je bila tolikokrat, kot je dovolila organizacija. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ta povezava za preverjanje ni več aktivna', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Te povezave za preverjanje nismo našli',
      hint: 'Preverite, ali ste odprli celoten naslov, ali pa za novo povezavo prosite organizacijo, ki vam jo je poslala.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Preverjanje začasno ni na voljo', hint: 'Poskusite znova pozneje.' },
  },
  session: {
    title: 'Preverjanje istovetnosti',
    heading: 'Preverimo vašo istovetnost',
    stepsHeading: 'Prosili vas bomo za naslednje korake:',
    steps: {
      documentFront: 'Fotografirajte sprednjo stran osebnega dokumenta',
      documentBack: 'Fotografirajte zadnjo stran, če jo vaš dokument ima',
      selfie: 'Posnemite selfi',
    },
    timeLimit: {
      one: 'Ko začnete, imate za te korake {minutes} minuto časa.',
      two: 'Ko začnete, imate za te korake {minutes} minuti časa.',
      few: 'Ko začnete, imate za te korake {minutes} minute časa.',
      other: 'Ko začnete, imate za te korake {minutes} minut časa.',
    },
    timeLimitUnknown: 'Ko začnete, imate za te korake omejen čas; odštevalnik kaže, koliko ga je še ostalo.',
    needsJavaScript: 'Za nadaljevanje v brskalniku vklopite JavaScript ali odprite to povezavo v drugem brskalniku.',
    unavailable: {
      EXPIRED: {
        heading: 'Ta seja preverjanja je potekla',
        hint: 'Čas za dokončanje je potekel. Za novo povezavo prosite organizacijo, ki vam jo je poslala.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Preostali čas',
    back: 'Nazaj',
    continue: 'Nadaljuj',
    documentType: {
      heading: 'Kateri dokument boste uporabili?',
      hint: 'Uporabite izvirni, veljavni dokument, ne fotokopije ali slike zaslona.',
      legend: 'Vrsta dokumenta',
      names: { ID_CARD: 'Osebna izkaznica', PASSPORT: 'Potni list', DRIVER_LICENSE: 'Vozniško dovoljenje', RESIDENCE_PERMIT: 'Dovoljenje za prebivanje' },
    },
    kinds: {
      FRONT: {
        heading: 'Sprednja stran dokumenta',
        instruction:
          'Fotografirajte stran z vašo fotografijo; pri potnem listu stran s fotografijo. Dokument položite na ravno, dobro osvetljeno površino, tako da so vidni vsi štirje vogali in ni odsevov.',
      },
      BACK: {
        heading: 'Zadnja stran dokumenta',
        instruction: 'Obrnite dokument. Naj bo znova raven in dobro osvetljen, z vsemi štirimi vogali vidnimi in brez odsevov.',
      },
      FACE: {
        heading: 'Vaš selfi',
        instruction:
          'Glejte v kamero pri dobri svetlobi, s celim obrazom vidnim in nepokritim: brez sončnih očal, klobuka ali maske. Ohranite nevtralen izraz.',
      },
    },
    retryHeading: 'Prosimo, ponovno posnemite fotografije',
    review: {
      heading: 'Preverite svoje fotografije',
      hint: 'Prepričajte se, da je vse ostro in berljivo. Pred oddajo lahko katero koli fotografijo zamenjate.',
      submit: 'Oddaj',
    },
    checking: { heading: 'Preverjamo vaše fotografije', hint: 'Običajno traja nekaj sekund. Pustite to stran odprto.' },
    redirectLink: 'Nadaljuj',
  },
  privacy: {
    controller: '{business} vas prosi, da potrdite svojo istovetnost, in je odgovoren za vaše osebne podatke (je njihov upravljavec).',
    retention: {
      one: 'Vaše fotografije in iz njih prebrani podatki se izbrišejo najpozneje {days} dan po koncu preverjanja.',
      two: 'Vaše fotografije in iz njih prebrani podatki se izbrišejo najpozneje {days} dneva po koncu preverjanja.',
      few: 'Vaše fotografije in iz njih prebrani podatki se izbrišejo najpozneje {days} dni po koncu preverjanja.',
      other: 'Vaše fotografije in iz njih prebrani podatki se izbrišejo najpozneje {days} dni po koncu preverjanja.',
    },
    withdraw: 'Dokler fotografij ne pošljete, lahko kadar koli odstopite z gumbom »Prekliči preverjanje«.',
    cancel: {
      button: 'Prekliči preverjanje',
      heading: 'Želite preklicati to preverjanje?',
      hint: 'Vaše fotografije ne bodo pregledane, {business} pa bo obveščen, da ste preklicali.',
      confirm: 'Da, prekliči',
      keep: 'Ne, nadaljuj',
    },
  },
  script: {
    stepOf: 'Korak {current} od {total}',
    minutesLeft: {
      one: 'Še {minutes} minuta',
      two: 'Še {minutes} minuti',
      few: 'Še {minutes} minute',
      other: 'Še {minutes} minut',
    },
    takePhoto: 'Fotografiraj',
    retakePhoto: 'Fotografiraj znova',
    chooseFile: 'Izberi datoteko',
    chooseOtherFile: 'Izberi drugo datoteko',
    uploading: 'Nalaganje…',
    added: 'Fotografija dodana',
    notAdded: 'Še ni dodano',
    add: 'Dodaj',
    replace: 'Zamenjaj',
    previewAlt: 'Fotografija, ki ste jo izbrali',
    attempt: 'To je poskus {attempt} od {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nismo našli dveh vrstic črk in števk na dnu strani s fotografijo (ali na zadnji strani kartice). Prepričajte se, da sta v celoti vidni in ostri.',
      MRZ_OCR_READING_ERROR: 'Vrstic na dnu dokumenta nismo mogli jasno prebrati. Fotografirajte znova pri dobri svetlobi, brez odsevov, z ravno položenim dokumentom.',
      NO_FACE_FOUND: 'Na vašem selfiju nismo videli obraza. Glejte naravnost v kamero, s celim obrazom v kadru.',
      TOO_MANY_FACES: 'Na vašem selfiju je bilo več kot en obraz. Poskrbite, da ste na sliki samo vi.',
      FACE_TOO_SMALL: 'Vaš obraz je bil na selfiju premajhen. Približajte telefon, da obraz zapolni oval.',
      DOC_TOO_BLURRY: 'Fotografija dokumenta je bila zamegljena. Držite telefon pri miru in pred fotografiranjem počakajte, da kamera izostri.',
      DOC_TOO_DARK: 'Fotografija dokumenta je bila pretemna. Pojdite na svetlejše mesto ali prižgite več luči.',
      DOC_TOO_BRIGHT: 'Fotografija dokumenta je bila presvetla. Izogibajte se neposredni svetlobi in bliskavici, ki povzročata odseve.',
      FACE_TOO_BLURRY: 'Vaš selfi je bil zamegljen. Držite telefon pri miru in se med fotografiranjem ne premikajte.',
      FACE_TOO_DARK: 'Vaš selfi je bil pretemen. Obrnite se proti oknu ali svetilki, da bo obraz enakomerno osvetljen.',
      FACE_TOO_BRIGHT: 'Vaš selfi je bil presvetel. Umaknite se z neposrednega sonca in ne uporabljajte bliskavice.',
    },
    retryGeneric: 'Vaših prejšnjih fotografij nismo mogli preveriti.',
    errors: {
      MRZ_NOT_VISIBLE: 'Vrstici na dnu strani s fotografijo (pri osebni izkaznici: na zadnji strani) morata biti vidni. Fotografirajte znova s celo stranjo v kadru.',
      DOCUMENT_NOT_VISIBLE: 'Na tej sliki nismo videli dokumenta s fotografijo. V kader postavite celotno sprednjo stran kartice.',
      NO_FACE_FOUND: 'Na tem selfiju ne vidimo obraza. Glejte naravnost v kamero, s celim obrazom v kadru.',
      TOO_MANY_FACES: 'Na tem selfiju je več kot en obraz. Poskrbite, da ste na sliki samo vi.',
      FACE_TOO_SMALL: 'Vaš obraz je na tem selfiju premajhen. Približajte telefon.',
      FACE_TOO_BLURRY: 'Ta selfi je zamegljen. Držite telefon pri miru in ga posnemite znova.',
      UNSUPPORTED_FILE_TYPE: 'Ta datoteka ni fotografija, ki bi jo lahko uporabili. Izberite sliko JPEG, PNG ali WebP.',
      FILE_TOO_LARGE: 'Ta datoteka je prevelika. Izberite fotografijo, manjšo od {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Ločljivost te fotografije je prenizka. Posnemite jo s kamero telefona ali izberite večjo sliko.',
      IMAGE_UNREADABLE: 'Te fotografije nismo mogli odpreti. Morda je poškodovana; posnemite jo znova.',
      VALIDATION_ERROR: 'Fotografije ni bilo mogoče poslati. Poskusite znova.',
      MISSING_DOCUMENTS: 'Ena fotografija še manjka. Dodajte jo in nato znova oddajte.',
      INVALID_STATE: 'Vaše preverjanje se je nadaljevalo v drugem oknu, zato smo to stran posodobili.',
      NETWORK: 'Strežnika nismo mogli doseči. Preverite povezavo in poskusite znova.',
      UNEXPECTED: 'Pri nas je šlo nekaj narobe. Poskusite znova.',
      RATE_LIMITED: 'Preveč poskusov v kratkem času. Počakajte minuto in poskusite znova.',
      TOO_MANY_UPLOADS: 'Poslali ste toliko fotografij, kot jih to preverjanje sprejme. Oddajte dodane fotografije ali se obrnite na organizacijo, ki vas je prosila za preverjanje.',
      UPLOAD_QUOTA_EXCEEDED: 'V tem preverjanju ni več prostora za fotografije. Oddajte dodane fotografije ali se obrnite na organizacijo, ki vas je prosila za preverjanje.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Hvala!',
        hint: 'Vaše preverjanje je v pregledu. Organizacija, ki ga je zahtevala, vas bo obvestila o izidu. To stran lahko zaprete.',
      },
      APPROVED: { heading: 'Vaša istovetnost je potrjena', hint: 'Hvala, vaša istovetnost je potrjena. To stran lahko zaprete.' },
      NOT_VERIFIED: {
        heading: 'Vaše istovetnosti nismo mogli potrditi',
        hint: 'Če menite, da gre za napako, se obrnite na organizacijo, ki vas je prosila za potrditev istovetnosti.',
      },
      EXPIRED: {
        heading: 'Vaš čas je potekel',
        hint: 'To preverjanje je poteklo. Za novo povezavo prosite organizacijo, ki vam jo je poslala.',
      },
      CANCELLED: {
        heading: 'To preverjanje je bilo preklicano',
        hint: 'Tukaj ni ničesar več za storiti. Če morate še vedno potrditi svojo istovetnost, se obrnite na organizacijo, ki vam je poslala povezavo.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Čez trenutek vas preusmerimo nazaj…',
  },
  branding: {
    intro: '{business} mora potrditi, kdo ste. Traja le nekaj minut.',
    askForNewLink: 'Za novo povezavo prosite {business}.',
    contact: 'Potrebujete pomoč? Obrnite se na {business}:',
    privacyPolicy: 'Pravilnik o zasebnosti – {business}',
  },
  handoff: {
    offer: 'Nadaljujte v telefonu',
    scan: 'S kamero telefona skenirajte to kodo QR. Fotografije boste posneli s telefonom, ta stran pa bo prikazovala potek.',
    typeLink: 'Ali pa ta naslov vnesite v brskalnik telefona:',
    qrAlt: 'Koda QR povezave {url}',
    once: 'Koda deluje enkrat in poteče po 10 minutah.',
    status: {
      WAITING: 'Čakamo na vaš telefon…',
      CAPTURING: 'Vaš telefon je povezan. Fotografije posnemite s telefonom.',
      CHECKING: 'Vaše fotografije so poslane. Preverjamo jih…',
      EXPIRED: 'Ta koda je potekla. Prikažite novo, da nadaljujete v telefonu.',
    },
    newCode: 'Prikaži novo kodo',
    useComputer: 'Raje uporabi ta računalnik',
    opening: 'Z njo nadaljujete preverjanje identitete v brskalniku telefona.',
    unavailable: {
      USED: { heading: 'Ta povezava je že bila uporabljena', hint: 'Deluje samo enkrat. Na računalniku prikažite novo kodo in jo skenirajte.' },
      EXPIRED: { heading: 'Ta povezava je potekla', hint: 'Velja 10 minut. Na računalniku prikažite novo kodo in jo skenirajte.' },
      NOT_FOUND: { heading: 'Ta povezava ni veljavna', hint: 'Preverite vneseni naslov ali znova skenirajte kodo na računalniku.' },
      RATE_LIMITED: { heading: 'Preveč poskusov', hint: 'Počakajte nekaj minut in poskusite znova.' },
    },
  },
  camera: {
    shutter: 'Fotografiraj',
    usePhoto: 'Uporabi to fotografijo',
    retake: 'Ponovi',
    torch: 'Luč',
    starting: 'Zaganjanje kamere…',
    shotAlt: 'Fotografija, ki ste jo pravkar posneli',
    guidance: {
      ready: 'Ne premikajte se, nato fotografirajte.',
      check: 'Preverite, ali je fotografija ostra in je vse berljivo.',
      tooDark: 'Pretemno je. Pojdite na svetlejše mesto.',
      blurry: 'Slika je zamegljena. Telefon držite pri miru.',
      noDocument: 'Dokument postavite v okvir tako, da ga zapolni.',
      noFace: 'Obraz postavite v oval in glejte v kamero.',
    },
    unavailable: {
      denied: 'Dostop do kamere ni bil dovoljen, zato lahko fotografije naložite.',
      noCamera: 'Kamere ni bilo mogoče najti, zato lahko fotografije naložite.',
      unsupported: 'Ta brskalnik tukaj ne more odpreti kamere, zato lahko fotografije naložite.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Vaše preverjanje je v pregledu. O izidu vas bo obvestilo podjetje {business}. To stran lahko zaprete.',
      NOT_VERIFIED: 'Če menite, da gre za napako, se obrnite na {business}.',
      CANCELLED: 'Tukaj ni ničesar več za storiti. Če morate še vedno potrditi svojo istovetnost, se obrnite na {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Poslali ste toliko fotografij, kot jih to preverjanje sprejme. Oddajte dodane fotografije ali se obrnite na {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'V tem preverjanju ni več prostora za fotografije. Oddajte dodane fotografije ali se obrnite na {business}.',
    },
  },
} satisfies Messages;
