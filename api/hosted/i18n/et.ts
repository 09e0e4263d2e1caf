import type { Messages } from './messages';

const askForNewLink = 'Küsige uut linki organisatsioonilt, kes selle saatis.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Me ei leidnud seda tuvastamisseanssi',
  hint: 'Kontrollige, et avasite kogu aadressi, või küsige uut linki organisatsioonilt, kes selle teile saatis.',
};

export default {
  languageName: 'Eesti',
  layout: {
    poweredBy: 'Teenust pakub {product}',
    languageSwitcher: 'Keel',
  },
  landing: {
    title: 'Isikusamasuse tuvastamine',
    heading: 'Tuvastage oma isik',
    intro: 'Organisatsioon, kes saatis teile selle lingi, peab kinnitama, kes te olete. See võtab vaid mõne minuti.',
    needsHeading: 'Mida vajate',
    needs: {
      document: 'Kehtiv isikut tõendav dokument: pass, ID-kaart, juhiluba või elamisluba',
      selfie: 'Kaameraga telefon või arvuti, et teha selfi',
    },
    consent: {
      DOCUMENT: 'Vajutades „Alusta“, nõustute, et teie dokumenti töödeldakse teie isiku tuvastamiseks.',
      SELFIE: 'Vajutades „Alusta“, nõustute, et teie selfit töödeldakse teie isiku tuvastamiseks.',
      DOCUMENT_AND_SELFIE: 'Vajutades „Alusta“, nõustute, et teie dokumenti ja selfit töödeldakse teie isiku tuvastamiseks.',
    },
    start: 'Alusta',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'See tuvastamislink on aegunud', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'See tuvastamislink on jõudnud oma piirini', hint: `Seda on kasutatud nii mitu korda, kui organisatsioon lubas. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'See tuvastamislink ei ole enam aktiivne', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Me ei leidnud seda tuvastamislinki',
      hint: 'Kontrollige, et avasite kogu aadressi, või küsige uut linki organisatsioonilt, kes selle saatis.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Tuvastamine ei ole ajutiselt saadaval', hint: 'Palun proovige hiljem uuesti.' },
  },
  session: {
    title: 'Isikusamasuse tuvastamine',
    heading: 'Tuvastame teie isiku',
    stepsHeading: 'Palume teil teha järgmist:',
    steps: {
      documentFront: 'Pildistage oma isikut tõendava dokumendi esikülge',
      documentBack: 'Pildistage tagakülge, kui teie dokumendil see on',
      selfie: 'Tehke selfi',
    },
    timeLimit: {
      one: 'Kui alustate, on teil nende sammude tegemiseks {minutes} minut.',
      other: 'Kui alustate, on teil nende sammude tegemiseks {minutes} minutit.',
    },
    timeLimitUnknown: 'Kui alustate, on teil nende sammude jaoks piiratud aeg; taimer näitab, kui palju on jäänud.',
    needsJavaScript: 'Jätkamiseks lülitage brauseris JavaScript sisse või avage see link teises brauseris.',
    unavailable: {
      EXPIRED: {
        heading: 'See tuvastamisseanss on aegunud',
        hint: 'Selle lõpetamiseks antud aeg on otsas. Küsige uut linki organisatsioonilt, kes selle teile saatis.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Aega jäänud',
    back: 'Tagasi',
    continue: 'Jätka',
    documentType: {
      heading: 'Millist dokumenti kasutate?',
      hint: 'Kasutage originaalset kehtivat dokumenti, mitte koopiat ega ekraanipilti.',
      legend: 'Dokumendi liik',
      names: { ID_CARD: 'ID-kaart', PASSPORT: 'Pass', DRIVER_LICENSE: 'Juhiluba', RESIDENCE_PERMIT: 'Elamisluba' },
    },
    kinds: {
      FRONT: {
        heading: 'Dokumendi esikülg',
        instruction:
          'Pildistage külge, kus on teie foto; passi puhul fotoga lehekülge. Asetage dokument tasasele, hästi valgustatud pinnale nii, et kõik neli nurka on näha ja peegeldusi pole.',
      },
      BACK: {
        heading: 'Dokumendi tagakülg',
        instruction: 'Pöörake dokument ümber. Hoidke see jälle tasane ja hästi valgustatud, kõik neli nurka nähtaval ja ilma peegeldusteta.',
      },
      FACE: {
        heading: 'Teie selfi',
        instruction:
          'Vaadake heas valguses kaamerasse nii, et kogu nägu on näha ja miski seda ei kata: ilma päikeseprillide, mütsi või maskita. Hoidke neutraalne ilme.',
      },
    },
    retryHeading: 'Palun tehke fotod uuesti',
    review: {
      heading: 'Kontrollige oma fotosid',
      hint: 'Veenduge, et kõik on terav ja loetav. Enne saatmist saate iga foto välja vahetada.',
      submit: 'Saada',
    },
    checking: { heading: 'Kontrollime teie fotosid', hint: 'Tavaliselt võtab see paar sekundit. Palun hoidke see leht avatuna.' },
    redirectLink: 'Jätka',
  },
  privacy: {
    controller: '{business} palub teil oma isik tuvastada ja vastutab teie isikuandmete eest (on nende vastutav töötleja).',
    retention: {
      one: 'Teie fotod ja neilt loetud andmed kustutatakse hiljemalt {days} päev pärast tuvastamise lõppu.',
      other: 'Teie fotod ja neilt loetud andmed kustutatakse hiljemalt {days} päeva pärast tuvastamise lõppu.',
    },
    withdraw: 'Kuni te pole fotosid saatnud, saate igal ajal loobuda nupuga „Tühista tuvastamine“.',
    cancel: {
      button: 'Tühista tuvastamine',
      heading: 'Kas tühistada see tuvastamine?',
      hint: 'Teie fotosid ei kontrollita ja {business} saab teada, et te loobusite.',
      confirm: 'Jah, tühista',
      keep: 'Ei, jätka',
    },
  },
  script: {
    stepOf: 'Samm {current}/{total}',
    minutesLeft: { one: 'Jäänud {minutes} minut', other: 'Jäänud {minutes} minutit' },
    takePhoto: 'Tee foto',
    retakePhoto: 'Tee uus foto',
    chooseFile: 'Vali fail',
    chooseOtherFile: 'Vali teine fail',
    uploading: 'Üleslaadimine…',
    added: 'Foto lisatud',
    notAdded: 'Veel lisamata',
    add: 'Lisa',
    replace: 'Asenda',
    previewAlt: 'Teie valitud foto',
    attempt: 'See on katse {attempt}/{maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Me ei leidnud fotoga lehekülje allosas (või kaardi tagaküljel) olevat kahte tähtede ja numbrite rida. Veenduge, et need on täielikult ja teravalt näha.',
      MRZ_OCR_READING_ERROR: 'Me ei suutnud teie dokumendi allosas olevaid ridu selgelt lugeda. Pildistage uuesti heas valguses, ilma peegeldusteta ja dokumenti tasaselt hoides.',
      NO_FACE_FOUND: 'Me ei näinud teie selfil nägu. Vaadake otse kaamerasse, kogu nägu kaadris.',
      TOO_MANY_FACES: 'Teie selfil oli rohkem kui üks nägu. Veenduge, et pildil olete ainult teie.',
      FACE_TOO_SMALL: 'Teie nägu oli selfil liiga väike. Hoidke telefoni lähemal, et nägu täidaks ovaali.',
      DOC_TOO_BLURRY: 'Teie dokumendi foto oli udune. Hoidke telefoni paigal ja laske kaameral enne pildistamist teravustada.',
      DOC_TOO_DARK: 'Teie dokumendi foto oli liiga tume. Minge heledamasse kohta või lülitage rohkem valgust sisse.',
      DOC_TOO_BRIGHT: 'Teie dokumendi foto oli liiga hele. Vältige otsest valgust ja välku, mis tekitavad peegeldusi.',
      FACE_TOO_BLURRY: 'Teie selfi oli udune. Hoidke telefoni paigal ja ärge pildistamise ajal liikuge.',
      FACE_TOO_DARK: 'Teie selfi oli liiga tume. Pöörduge akna või lambi poole, et nägu oleks ühtlaselt valgustatud.',
      FACE_TOO_BRIGHT: 'Teie selfi oli liiga hele. Liikuge otsesest päikesevalgusest eemale ja ärge kasutage välku.',
    },
    retryGeneric: 'Me ei saanud teie eelmisi fotosid kontrollida.',
    errors: {
      MRZ_NOT_VISIBLE: 'Fotoga lehekülje allosas (ID-kaardil tagaküljel) olevad kaks rida peavad olema näha. Pildistage uuesti nii, et kogu lehekülg on kaadris.',
      DOCUMENT_NOT_VISIBLE: 'Me ei näinud sellel pildil fotoga dokumenti. Mahutage kaardi kogu esikülg kaadrisse.',
      NO_FACE_FOUND: 'Sellel selfil pole nägu näha. Vaadake otse kaamerasse, kogu nägu kaadris.',
      TOO_MANY_FACES: 'Sellel selfil on rohkem kui üks nägu. Veenduge, et pildil olete ainult teie.',
      FACE_TOO_SMALL: 'Teie nägu on sellel selfil liiga väike. Hoidke telefoni lähemal.',
      FACE_TOO_BLURRY: 'See selfi on udune. Hoidke telefoni paigal ja pildistage uuesti.',
      UNSUPPORTED_FILE_TYPE: 'See fail ei ole foto, mida saaksime kasutada. Valige JPEG-, PNG- või WebP-pilt.',
      FILE_TOO_LARGE: 'See fail on liiga suur. Valige foto, mis on väiksem kui {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Selle foto eraldusvõime on liiga madal. Pildistage telefoni kaameraga või valige suurem pilt.',
      IMAGE_UNREADABLE: 'Me ei saanud seda fotot avada. See võib olla rikutud; palun pildistage uuesti.',
      VALIDATION_ERROR: 'Fotot ei õnnestunud saata. Palun proovige uuesti.',
      MISSING_DOCUMENTS: 'Üks foto on veel puudu. Lisage see ja saatke uuesti.',
      INVALID_STATE: 'Teie tuvastamine on teises aknas edasi liikunud, seega värskendasime seda lehte.',
      NETWORK: 'Me ei saanud serveriga ühendust. Kontrollige ühendust ja proovige uuesti.',
      UNEXPECTED: 'Meie poolel läks midagi valesti. Palun proovige uuesti.',
      RATE_LIMITED: 'Liiga palju katseid lühikese aja jooksul. Oodake minut ja proovige siis uuesti.',
      TOO_MANY_UPLOADS: 'Olete saatnud nii palju fotosid, kui see tuvastamine vastu võtab. Saatke lisatud fotod või võtke ühendust organisatsiooniga, kes palus teil isikut tuvastada.',
      UPLOAD_QUOTA_EXCEEDED: 'Selles tuvastamises pole rohkem fotode jaoks ruumi. Saatke lisatud fotod või võtke ühendust organisatsiooniga, kes palus teil isikut tuvastada.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Aitäh!',
        hint: 'Teie tuvastamist vaadatakse läbi. Organisatsioon, kes seda palus, teatab teile tulemusest. Võite selle lehe sulgeda.',
      },
      APPROVED: { heading: 'Teie isik on tuvastatud', hint: 'Aitäh, teie isik on kinnitatud. Võite selle lehe sulgeda.' },
      NOT_VERIFIED: {
        heading: 'Me ei suutnud teie isikut tuvastada',
        hint: 'Kui arvate, et see on viga, võtke ühendust organisatsiooniga, kes palus teil isikut tuvastada.',
      },
      EXPIRED: {
        heading: 'Teie aeg sai otsa',
        hint: 'See tuvastamine on aegunud. Küsige uut linki organisatsioonilt, kes selle teile saatis.',
      },
      CANCELLED: {
        heading: 'See tuvastamine tühistati',
        hint: 'Siin pole enam midagi teha. Kui peate ikka oma isiku tuvastama, pöörduge organisatsiooni poole, kes teile lingi saatis.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Suuname teid kohe tagasi…',
  },
  branding: {
    intro: '{business} peab kinnitama, kes te olete. See võtab vaid mõne minuti.',
    askForNewLink: 'Küsige ettevõttelt {business} uut linki.',
    contact: 'Vajate abi? {business} kontakt:',
    privacyPolicy: '{business} privaatsuspoliitika',
  },
  handoff: {
    offer: 'Jätkake telefonis',
    scan: 'Skannige see QR-kood oma telefoni kaameraga. Teete fotod telefonis ja see leht näitab, kuidas läheb.',
    typeLink: 'Või sisestage see aadress oma telefoni brauserisse:',
    qrAlt: 'Lingi {url} QR-kood',
    once: 'Kood töötab ühe korra ja aegub 10 minuti pärast.',
    status: {
      WAITING: 'Ootame teie telefoni…',
      CAPTURING: 'Teie telefon on ühendatud. Tehke fotod telefonis.',
      CHECKING: 'Teie fotod saadeti. Kontrollime neid…',
      EXPIRED: 'See kood on aegunud. Telefonis jätkamiseks kuvage uus kood.',
    },
    newCode: 'Kuva uus kood',
    useComputer: 'Kasuta hoopis seda arvutit',
    opening: 'See jätkab isikutuvastust teie telefoni brauseris.',
    unavailable: {
      USED: { heading: 'Seda linki on juba kasutatud', hint: 'See töötab ainult ühe korra. Kuvage arvutis uus kood ja skannige see.' },
      EXPIRED: { heading: 'See link on aegunud', hint: 'See kehtib 10 minutit. Kuvage arvutis uus kood ja skannige see.' },
      NOT_FOUND: { heading: 'See link ei kehti', hint: 'Kontrollige sisestatud aadressi või skannige arvutis olev kood uuesti.' },
      RATE_LIMITED: { heading: 'Liiga palju katseid', hint: 'Oodake mõni minut ja proovige siis uuesti.' },
    },
  },
  camera: {
    shutter: 'Pildista',
    usePhoto: 'Kasuta seda fotot',
    retake: 'Uuesti',
    torch: 'Valgus',
    starting: 'Kaamera käivitub…',
    shotAlt: 'Foto, mille just tegite',
    guidance: {
      ready: 'Hoidke paigal ja tehke foto.',
      check: 'Kontrollige, et foto oleks terav ja kõik loetav.',
      tooDark: 'Liiga pime. Minge valgemasse kohta.',
      blurry: 'Pilt on udune. Hoidke telefoni paigal.',
      noDocument: 'Asetage dokument raami sisse nii, et see täidaks raami.',
      noFace: 'Asetage nägu ovaali sisse ja vaadake kaamerasse.',
    },
    unavailable: {
      denied: 'Kaamera kasutamist ei lubatud, seega saate fotod üles laadida.',
      noCamera: 'Kaamerat ei leitud, seega saate fotod üles laadida.',
      unsupported: 'See brauser ei saa siin kaamerat avada, seega saate fotod üles laadida.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Teie tuvastamist vaadatakse läbi. Tulemusest teatab teile {business}. Võite selle lehe sulgeda.',
      NOT_VERIFIED: 'Kui arvate, et see on viga, võtke ühendust ettevõttega {business}.',
      CANCELLED: 'Siin pole enam midagi teha. Kui peate ikka oma isiku tuvastama, võtke ühendust ettevõttega {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Olete saatnud nii palju fotosid, kui see tuvastamine vastu võtab. Saatke lisatud fotod või võtke ühendust ettevõttega {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Selles tuvastamises pole rohkem fotode jaoks ruumi. Saatke lisatud fotod või võtke ühendust ettevõttega {business}.',
    },
  },
} satisfies Messages;
