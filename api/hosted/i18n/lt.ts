import type { Messages } from './messages';

const askForNewLink = 'Paprašykite organizacijos, kuri ją atsiuntė, naujos nuorodos.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Šios patvirtinimo sesijos rasti nepavyko',
  hint: 'Patikrinkite, ar atidarėte visą adresą, arba paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
};

export default {
  languageName: 'Lietuvių',
  layout: {
    poweredBy: 'Veikia su {product}',
    languageSwitcher: 'Kalba',
  },
  landing: {
    title: 'Tapatybės patvirtinimas',
    heading: 'Patvirtinkite savo tapatybę',
    intro: 'Organizacija, atsiuntusi jums šią nuorodą, turi įsitikinti, kad tai tikrai jūs. Tai užtruks tik kelias minutes.',
    needsHeading: 'Ko jums reikės',
    needs: {
      document: 'Galiojančio asmens dokumento: paso, asmens tapatybės kortelės, vairuotojo pažymėjimo arba leidimo gyventi',
      selfie: 'Telefono arba kompiuterio su kamera asmenukei nufotografuoti',
    },
    consent: {
      DOCUMENT: 'Paspausdami „Pradėti“ sutinkate, kad jūsų dokumentas būtų tvarkomas jūsų tapatybei patvirtinti.',
      SELFIE: 'Paspausdami „Pradėti“ sutinkate, kad jūsų asmenukė būtų tvarkoma jūsų tapatybei patvirtinti.',
      DOCUMENT_AND_SELFIE: 'Paspausdami „Pradėti“ sutinkate, kad jūsų dokumentas ir asmenukė būtų tvarkomi jūsų tapatybei patvirtinti.',
    },
    start: 'Pradėti',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Šios patvirtinimo nuorodos galiojimas baigėsi', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ši patvirtinimo nuoroda pasiekė naudojimų ribą', hint: `Ji panaudota tiek kartų, kiek leido organizacija. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ši patvirtinimo nuoroda nebeaktyvi', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Šios patvirtinimo nuorodos rasti nepavyko',
      hint: 'Patikrinkite, ar atidarėte visą adresą, arba paprašykite organizacijos, kuri ją atsiuntė, naujos nuorodos.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Tapatybės patvirtinimas laikinai neprieinamas', hint: 'Bandykite dar kartą vėliau.' },
  },
  session: {
    title: 'Tapatybės patvirtinimas',
    heading: 'Patvirtinkime jūsų tapatybę',
    stepsHeading: 'Štai ką reikės padaryti:',
    steps: {
      documentFront: 'Nufotografuokite asmens dokumento priekinę pusę',
      documentBack: 'Nufotografuokite galinę pusę, jei dokumentas ją turi',
      selfie: 'Nusifotografuokite asmenukę',
    },
    timeLimit: {
      one: 'Pradėję turėsite {minutes} minutę šiems veiksmams atlikti.',
      few: 'Pradėję turėsite {minutes} minutes šiems veiksmams atlikti.',
      many: 'Pradėję turėsite {minutes} minutės šiems veiksmams atlikti.',
      other: 'Pradėję turėsite {minutes} minučių šiems veiksmams atlikti.',
    },
    timeLimitUnknown: 'Pradėję šiems veiksmams atlikti turėsite ribotą laiką – kiek jo liko, rodys laikmatis.',
    needsJavaScript: 'Norėdami tęsti, įjunkite „JavaScript“ savo naršyklėje arba atidarykite šią nuorodą kita naršykle.',
    unavailable: {
      EXPIRED: {
        heading: 'Šios patvirtinimo sesijos laikas baigėsi',
        hint: 'Jai skirtas laikas pasibaigė. Paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Liko laiko',
    back: 'Atgal',
    continue: 'Tęsti',
    documentType: {
      heading: 'Kokį dokumentą naudosite?',
      hint: 'Naudokite originalų galiojantį dokumentą, o ne jo kopiją ar nuotrauką ekrane.',
      legend: 'Dokumento tipas',
      names: {
        ID_CARD: 'Asmens tapatybės kortelė',
        PASSPORT: 'Pasas',
        DRIVER_LICENSE: 'Vairuotojo pažymėjimas',
        RESIDENCE_PERMIT: 'Leidimas gyventi',
      },
    },
    kinds: {
      FRONT: {
        heading: 'Dokumento priekinė pusė',
        instruction:
          'Nufotografuokite pusę su savo nuotrauka (paso – puslapį su nuotrauka). Padėkite dokumentą ant lygaus, gerai apšviesto paviršiaus: turi matytis visi keturi kampai, be atspindžių.',
      },
      BACK: {
        heading: 'Dokumento galinė pusė',
        instruction: 'Apverskite dokumentą. Vėl padėkite jį ant lygaus, gerai apšviesto paviršiaus: turi matytis visi keturi kampai, be atspindžių.',
      },
      FACE: {
        heading: 'Jūsų asmenukė',
        instruction:
          'Žiūrėkite į kamerą gerai apšviestoje vietoje. Visas veidas turi matytis ir būti neuždengtas: be akinių nuo saulės, kepurės ar kaukės. Išlaikykite neutralią veido išraišką.',
      },
    },
    retryHeading: 'Nufotografuokite dar kartą',
    review: {
      heading: 'Patikrinkite nuotraukas',
      hint: 'Įsitikinkite, kad viskas ryšku ir įskaitoma. Prieš pateikdami bet kurią nuotrauką galite pakeisti.',
      submit: 'Pateikti',
    },
    checking: { heading: 'Tikriname jūsų nuotraukas', hint: 'Paprastai tai užtrunka kelias sekundes. Neuždarykite šio puslapio.' },
    redirectLink: 'Tęsti',
  },
  privacy: {
    controller: '{business} prašo patvirtinti jūsų tapatybę ir atsako už jūsų asmens duomenis (yra jų valdytojas).',
    retention: {
      one: 'Jūsų nuotraukos ir iš jų nuskaityti duomenys ištrinami ne vėliau kaip per {days} dieną po patvirtinimo pabaigos.',
      few: 'Jūsų nuotraukos ir iš jų nuskaityti duomenys ištrinami ne vėliau kaip per {days} dienas po patvirtinimo pabaigos.',
      other: 'Jūsų nuotraukos ir iš jų nuskaityti duomenys ištrinami ne vėliau kaip per {days} dienų po patvirtinimo pabaigos.',
    },
    withdraw: 'Kol neišsiuntėte nuotraukų, bet kada galite atsisakyti paspaudę „Atšaukti patvirtinimą“.',
    cancel: {
      button: 'Atšaukti patvirtinimą',
      heading: 'Atšaukti šį patvirtinimą?',
      hint: 'Jūsų nuotraukos nebus tikrinamos, o {business} bus pranešta, kad atšaukėte.',
      confirm: 'Taip, atšaukti',
      keep: 'Ne, tęsti',
    },
  },
  script: {
    stepOf: 'Žingsnis {current} iš {total}',
    minutesLeft: {
      one: 'Liko {minutes} minutė',
      few: 'Liko {minutes} minutės',
      many: 'Liko {minutes} minutės',
      other: 'Liko {minutes} minučių',
    },
    takePhoto: 'Fotografuoti',
    retakePhoto: 'Fotografuoti iš naujo',
    chooseFile: 'Pasirinkti failą',
    chooseOtherFile: 'Pasirinkti kitą failą',
    uploading: 'Įkeliama…',
    added: 'Nuotrauka pridėta',
    notAdded: 'Dar nepridėta',
    add: 'Pridėti',
    replace: 'Pakeisti',
    previewAlt: 'Jūsų pasirinkta nuotrauka',
    attempt: 'Bandymas {attempt} iš {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Neradome dviejų raidžių ir skaitmenų eilučių nuotraukos puslapio apačioje (arba kortelės kitoje pusėje). Įsitikinkite, kad jos matomos visos ir ryškiai.',
      MRZ_OCR_READING_ERROR: 'Nepavyko aiškiai perskaityti eilučių jūsų dokumento apačioje. Nufotografuokite dar kartą esant geram apšvietimui, be atspindžių, dokumentą padėję lygiai.',
      NO_FACE_FOUND: 'Jūsų asmenukėje nematėme veido. Žiūrėkite tiesiai į kamerą, kad visas veidas būtų kadre.',
      TOO_MANY_FACES: 'Jūsų asmenukėje buvo daugiau nei vienas veidas. Įsitikinkite, kad nuotraukoje esate tik jūs.',
      FACE_TOO_SMALL: 'Jūsų veidas asmenukėje buvo per mažas. Laikykite telefoną arčiau, kad veidas užpildytų ovalą.',
      DOC_TOO_BLURRY: 'Dokumento nuotrauka buvo neryški. Laikykite telefoną nejudindami ir prieš fotografuodami leiskite kamerai sufokusuoti.',
      DOC_TOO_DARK: 'Dokumento nuotrauka buvo per tamsi. Persikelkite į šviesesnę vietą arba įjunkite daugiau šviesos.',
      DOC_TOO_BRIGHT: 'Dokumento nuotrauka buvo per šviesi. Venkite tiesioginės šviesos ir blykstės – dėl jų atsiranda atspindžių.',
      FACE_TOO_BLURRY: 'Jūsų asmenukė buvo neryški. Laikykite telefoną nejudindami ir fotografuodamiesi nejudėkite.',
      FACE_TOO_DARK: 'Jūsų asmenukė buvo per tamsi. Atsisukite į langą ar lempą, kad veidas būtų tolygiai apšviestas.',
      FACE_TOO_BRIGHT: 'Jūsų asmenukė buvo per šviesi. Pasitraukite nuo tiesioginių saulės spindulių ir nenaudokite blykstės.',
    },
    retryGeneric: 'Ankstesnių nuotraukų patikrinti nepavyko.',
    errors: {
      MRZ_NOT_VISIBLE: 'Turi matytis dvi eilutės nuotraukos puslapio apačioje (asmens tapatybės kortelėje – kitoje pusėje). Nufotografuokite dar kartą, kad visas puslapis būtų kadre.',
      DOCUMENT_NOT_VISIBLE: 'Šioje nuotraukoje nematėme dokumento su nuotrauka. Į kadrą sutalpinkite visą kortelės priekinę pusę.',
      NO_FACE_FOUND: 'Šioje asmenukėje nematyti veido. Žiūrėkite tiesiai į kamerą, kad visas veidas būtų kadre.',
      TOO_MANY_FACES: 'Šioje asmenukėje yra daugiau nei vienas veidas. Įsitikinkite, kad nuotraukoje esate tik jūs.',
      FACE_TOO_SMALL: 'Jūsų veidas šioje asmenukėje per mažas. Laikykite telefoną arčiau.',
      FACE_TOO_BLURRY: 'Ši asmenukė neryški. Laikykite telefoną tvirtai ir bandykite dar kartą.',
      UNSUPPORTED_FILE_TYPE: 'Šio failo negalime naudoti kaip nuotraukos. Pasirinkite JPEG, PNG arba WebP vaizdą.',
      FILE_TOO_LARGE: 'Failas per didelis. Pasirinkite nuotrauką, mažesnę nei {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Nuotraukos raiška per maža. Nufotografuokite telefono kamera arba pasirinkite didesnį vaizdą.',
      IMAGE_UNREADABLE: 'Nepavyko atidaryti šios nuotraukos. Galbūt ji sugadinta – nufotografuokite dar kartą.',
      VALIDATION_ERROR: 'Nuotraukos išsiųsti nepavyko. Bandykite dar kartą.',
      MISSING_DOCUMENTS: 'Dar trūksta nuotraukos. Pridėkite ją ir pateikite dar kartą.',
      INVALID_STATE: 'Patvirtinimas jau pažengė kitame lange, todėl šį puslapį atnaujinome.',
      NETWORK: 'Nepavyko susisiekti su serveriu. Patikrinkite interneto ryšį ir bandykite dar kartą.',
      UNEXPECTED: 'Mūsų pusėje kažkas nepavyko. Bandykite dar kartą.',
      RATE_LIMITED: 'Per daug bandymų per trumpą laiką. Palaukite minutę ir bandykite dar kartą.',
      TOO_MANY_UPLOADS: 'Išsiuntėte tiek nuotraukų, kiek priima šis patvirtinimas. Pateikite jau pridėtas nuotraukas arba susisiekite su organizacija, kuri paprašė patvirtinimo.',
      UPLOAD_QUOTA_EXCEEDED: 'Šiame patvirtinime nebėra vietos daugiau nuotraukų. Pateikite jau pridėtas nuotraukas arba susisiekite su organizacija, kuri paprašė patvirtinimo.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Ačiū!',
        hint: 'Jūsų tapatybės patvirtinimas peržiūrimas. Organizacija, kuri jo paprašė, praneš jums rezultatą. Šį puslapį galite uždaryti.',
      },
      APPROVED: { heading: 'Jūsų tapatybė patvirtinta', hint: 'Ačiū, viskas atlikta. Šį puslapį galite uždaryti.' },
      NOT_VERIFIED: {
        heading: 'Jūsų tapatybės patvirtinti nepavyko',
        hint: 'Jei manote, kad tai klaida, susisiekite su organizacija, kuri paprašė patvirtinti jūsų tapatybę.',
      },
      EXPIRED: {
        heading: 'Laikas baigėsi',
        hint: 'Šio patvirtinimo laikas pasibaigė. Paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
      },
      CANCELLED: {
        heading: 'Šis patvirtinimas atšauktas',
        hint: 'Čia daugiau nieko daryti nereikia. Jei vis dar turite patvirtinti tapatybę, paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Netrukus būsite nukreipti atgal…',
  },
  branding: {
    intro: '{business} turi patvirtinti jūsų tapatybę. Tai užtruks vos kelias minutes.',
    askForNewLink: 'Paprašykite {business} naujos nuorodos.',
    contact: 'Reikia pagalbos? Susisiekite su {business}:',
    privacyPolicy: '{business} privatumo politika',
  },
  handoff: {
    offer: 'Tęsti telefone',
    scan: 'Nuskenuokite šį QR kodą telefono kamera. Nuotraukas darysite telefone, o šiame puslapyje matysite eigą.',
    typeLink: 'Arba įveskite šį adresą telefono naršyklėje:',
    qrAlt: 'Nuorodos {url} QR kodas',
    once: 'Kodas veikia vieną kartą ir nustoja galioti po 10 minučių.',
    status: {
      WAITING: 'Laukiama jūsų telefono…',
      CAPTURING: 'Jūsų telefonas prijungtas. Nuotraukas darykite telefone.',
      CHECKING: 'Jūsų nuotraukos išsiųstos. Jas tikriname…',
      EXPIRED: 'Šio kodo galiojimas baigėsi. Parodykite naują, kad tęstumėte telefone.',
    },
    newCode: 'Rodyti naują kodą',
    useComputer: 'Vis dėlto naudoti šį kompiuterį',
    opening: 'Ji tęsia tapatybės patikrą jūsų telefono naršyklėje.',
    unavailable: {
      USED: { heading: 'Ši nuoroda jau panaudota', hint: 'Ji veikia tik vieną kartą. Kompiuteryje parodykite naują kodą ir jį nuskenuokite.' },
      EXPIRED: { heading: 'Šios nuorodos galiojimas baigėsi', hint: 'Ji galioja 10 minučių. Kompiuteryje parodykite naują kodą ir jį nuskenuokite.' },
      NOT_FOUND: { heading: 'Ši nuoroda negalioja', hint: 'Patikrinkite įvestą adresą arba dar kartą nuskenuokite kodą kompiuteryje.' },
      RATE_LIMITED: { heading: 'Per daug bandymų', hint: 'Palaukite kelias minutes ir bandykite dar kartą.' },
    },
  },
  camera: {
    shutter: 'Fotografuoti',
    usePhoto: 'Naudoti šią nuotrauką',
    retake: 'Iš naujo',
    torch: 'Šviesa',
    starting: 'Įjungiama kamera…',
    shotAlt: 'Ką tik padaryta nuotrauka',
    guidance: {
      ready: 'Nejudėkite ir fotografuokite.',
      check: 'Patikrinkite, ar nuotrauka ryški ir viskas įskaitoma.',
      tooDark: 'Per tamsu. Pereikite į šviesesnę vietą.',
      blurry: 'Vaizdas neryškus. Laikykite telefoną nejudindami.',
      noDocument: 'Įdėkite dokumentą į rėmelį taip, kad jį užpildytų.',
      noFace: 'Įdėkite veidą į ovalą ir žiūrėkite į kamerą.',
    },
    unavailable: {
      denied: 'Prieiga prie kameros neleista, todėl galite įkelti nuotraukas.',
      noCamera: 'Kamera nerasta, todėl galite įkelti nuotraukas.',
      unsupported: 'Ši naršyklė čia negali atidaryti kameros, todėl galite įkelti nuotraukas.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Jūsų tapatybės patvirtinimas peržiūrimas. {business} praneš jums rezultatą. Šį puslapį galite uždaryti.',
      NOT_VERIFIED: 'Jei manote, kad tai klaida, susisiekite su {business}.',
      CANCELLED: 'Čia daugiau nieko daryti nereikia. Jei vis dar turite patvirtinti tapatybę, susisiekite su {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Išsiuntėte tiek nuotraukų, kiek priima šis patvirtinimas. Pateikite jau pridėtas nuotraukas arba susisiekite su {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Šiame patvirtinime nebėra vietos daugiau nuotraukų. Pateikite jau pridėtas nuotraukas arba susisiekite su {business}.',
    },
  },
} satisfies Messages;
