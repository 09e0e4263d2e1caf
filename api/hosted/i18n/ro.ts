import type { Messages } from './messages';

const askForNewLink = 'Cereți un link nou organizației care vi l-a trimis.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Nu am găsit această sesiune de verificare',
  hint: 'Verificați dacă ați deschis adresa completă sau cereți un link nou organizației care vi l-a trimis.',
};

// From 20 on, Romanian puts "de" between the number and the noun ("20 de minute").
export default {
  languageName: 'Română',
  layout: {
    poweredBy: 'Oferit de {product}',
    languageSwitcher: 'Limbă',
  },
  landing: {
    title: 'Verificarea identității',
    heading: 'Verificați-vă identitatea',
    intro: 'Organizația care v-a trimis acest link trebuie să confirme cine sunteți. Durează doar câteva minute.',
    needsHeading: 'De ce aveți nevoie',
    needs: {
      document: 'Un act de identitate valabil: pașaport, carte de identitate, permis de conducere sau permis de ședere',
      selfie: 'Un telefon sau un computer cu cameră, pentru a face un selfie',
    },
    consent: {
      DOCUMENT: 'Apăsând Începeți, sunteți de acord ca documentul dumneavoastră să fie prelucrat pentru a vă verifica identitatea.',
      SELFIE: 'Apăsând Începeți, sunteți de acord ca selfie-ul dumneavoastră să fie prelucrat pentru a vă verifica identitatea.',
      DOCUMENT_AND_SELFIE: 'Apăsând Începeți, sunteți de acord ca documentul și selfie-ul dumneavoastră să fie prelucrate pentru a vă verifica identitatea.',
    },
    start: 'Începeți',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Acest link de verificare a expirat', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Acest link de verificare și-a atins limita', hint: `A fost folosit de atâtea ori câte a permis organizația. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Acest link de verificare nu mai este activ', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Nu am găsit acest link de verificare',
      hint: 'Verificați dacă ați deschis adresa completă sau cereți un link nou organizației care vi l-a trimis.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verificarea este temporar indisponibilă', hint: 'Vă rugăm să încercați din nou mai târziu.' },
  },
  session: {
    title: 'Verificarea identității',
    heading: 'Să vă verificăm identitatea',
    stepsHeading: 'Iată ce vă vom cere să faceți:',
    steps: {
      documentFront: 'Fotografiați fața actului de identitate',
      documentBack: 'Fotografiați verso-ul, dacă documentul are unul',
      selfie: 'Faceți un selfie',
    },
    timeLimit: {
      one: 'După ce începeți, aveți {minutes} minut pentru a finaliza acești pași.',
      few: 'După ce începeți, aveți {minutes} minute pentru a finaliza acești pași.',
      other: 'După ce începeți, aveți {minutes} de minute pentru a finaliza acești pași.',
    },
    timeLimitUnknown: 'După ce începeți, aveți un timp limitat pentru acești pași; o numărătoare inversă arată cât a mai rămas.',
    needsJavaScript: 'Pentru a continua, activați JavaScript în browser sau deschideți acest link în alt browser.',
    unavailable: {
      EXPIRED: {
        heading: 'Această sesiune de verificare a expirat',
        hint: 'Timpul pentru finalizarea ei s-a scurs. Cereți un link nou organizației care vi l-a trimis.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Timp rămas',
    back: 'Înapoi',
    continue: 'Continuați',
    documentType: {
      heading: 'Ce document veți folosi?',
      hint: 'Folosiți documentul original, valabil: nu o fotocopie sau o fotografie a unui ecran.',
      legend: 'Tipul documentului',
      names: { ID_CARD: 'Carte de identitate', PASSPORT: 'Pașaport', DRIVER_LICENSE: 'Permis de conducere', RESIDENCE_PERMIT: 'Permis de ședere' },
    },
    kinds: {
      FRONT: {
        heading: 'Fața documentului',
        instruction:
          'Fotografiați partea cu fotografia dumneavoastră; la pașaport, pagina cu fotografia. Așezați documentul pe o suprafață plană, bine luminată, cu toate cele patru colțuri vizibile și fără reflexii.',
      },
      BACK: {
        heading: 'Verso-ul documentului',
        instruction: 'Întoarceți documentul. Țineți-l din nou drept și bine luminat, cu toate cele patru colțuri vizibile și fără reflexii.',
      },
      FACE: {
        heading: 'Selfie-ul dumneavoastră',
        instruction:
          'Priviți camera într-o lumină bună, cu toată fața vizibilă și nimic care să o acopere: fără ochelari de soare, pălărie sau mască. Păstrați o expresie neutră.',
      },
    },
    retryHeading: 'Vă rugăm să refaceți fotografiile',
    review: {
      heading: 'Verificați fotografiile',
      hint: 'Asigurați-vă că totul este clar și lizibil. Puteți înlocui orice fotografie înainte de trimitere.',
      submit: 'Trimiteți',
    },
    checking: { heading: 'Vă verificăm fotografiile', hint: 'De obicei durează câteva secunde. Vă rugăm să păstrați această pagină deschisă.' },
    redirectLink: 'Continuați',
  },
  privacy: {
    controller: '{business} vă solicită să vă verificați identitatea și este responsabil pentru datele dumneavoastră cu caracter personal (operatorul acestora).',
    retention: {
      one: 'Fotografiile dumneavoastră și datele citite din ele sunt șterse cel târziu la {days} zi după încheierea verificării.',
      few: 'Fotografiile dumneavoastră și datele citite din ele sunt șterse cel târziu la {days} zile după încheierea verificării.',
      other: 'Fotografiile dumneavoastră și datele citite din ele sunt șterse cel târziu la {days} de zile după încheierea verificării.',
    },
    withdraw: 'Până când trimiteți fotografiile, vă puteți retrage oricând cu „Anulați verificarea”.',
    cancel: {
      button: 'Anulați verificarea',
      heading: 'Anulați această verificare?',
      hint: 'Fotografiile dumneavoastră nu vor fi verificate, iar {business} va fi informat că ați anulat.',
      confirm: 'Da, anulați',
      keep: 'Nu, continuați',
    },
  },
  script: {
    stepOf: 'Pasul {current} din {total}',
    minutesLeft: { one: 'A mai rămas {minutes} minut', few: 'Au mai rămas {minutes} minute', other: 'Au mai rămas {minutes} de minute' },
    takePhoto: 'Faceți o fotografie',
    retakePhoto: 'Faceți o fotografie nouă',
    chooseFile: 'Alegeți un fișier',
    chooseOtherFile: 'Alegeți alt fișier',
    uploading: 'Se încarcă…',
    added: 'Fotografie adăugată',
    notAdded: 'Încă neadăugată',
    add: 'Adăugați',
    replace: 'Înlocuiți',
    previewAlt: 'Fotografia aleasă de dumneavoastră',
    attempt: 'Aceasta este încercarea {attempt} din {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nu am găsit cele două rânduri de litere și cifre din partea de jos a paginii cu fotografia (sau de pe verso-ul cardului). Asigurați-vă că sunt complet vizibile și clare.',
      MRZ_OCR_READING_ERROR: 'Nu am putut citi clar rândurile din partea de jos a documentului. Fotografiați din nou într-o lumină bună, fără reflexii, cu documentul drept.',
      NO_FACE_FOUND: 'Nu am văzut nicio față în selfie-ul dumneavoastră. Priviți direct în cameră, cu toată fața în cadru.',
      TOO_MANY_FACES: 'În selfie-ul dumneavoastră era mai mult de o față. Asigurați-vă că în imagine sunteți doar dumneavoastră.',
      FACE_TOO_SMALL: 'Fața dumneavoastră era prea mică în selfie. Apropiați telefonul, astfel încât fața să umple ovalul.',
      DOC_TOO_BLURRY: 'Fotografia documentului era neclară. Țineți telefonul nemișcat și lăsați camera să focalizeze înainte de a fotografia.',
      DOC_TOO_DARK: 'Fotografia documentului era prea întunecată. Mutați-vă într-un loc mai luminos sau aprindeți mai multe lumini.',
      DOC_TOO_BRIGHT: 'Fotografia documentului era prea luminoasă. Evitați lumina directă și blițul, care produc reflexii.',
      FACE_TOO_BLURRY: 'Selfie-ul era neclar. Țineți telefonul nemișcat și nu vă mișcați în timp ce îl faceți.',
      FACE_TOO_DARK: 'Selfie-ul era prea întunecat. Întoarceți-vă spre o fereastră sau o lampă, ca fața să fie luminată uniform.',
      FACE_TOO_BRIGHT: 'Selfie-ul era prea luminos. Ieșiți din lumina directă a soarelui și nu folosiți blițul.',
    },
    retryGeneric: 'Nu am putut verifica fotografiile anterioare.',
    errors: {
      MRZ_NOT_VISIBLE: 'Cele două rânduri din partea de jos a paginii cu fotografia (la cartea de identitate: pe verso) trebuie să fie vizibile. Fotografiați din nou cu toată pagina în cadru.',
      DOCUMENT_NOT_VISIBLE: 'Nu am văzut un document cu fotografie în această imagine. Încadrați toată fața cardului.',
      NO_FACE_FOUND: 'Nu vedem nicio față în acest selfie. Priviți direct în cameră, cu toată fața în cadru.',
      TOO_MANY_FACES: 'În acest selfie este mai mult de o față. Asigurați-vă că în imagine sunteți doar dumneavoastră.',
      FACE_TOO_SMALL: 'Fața dumneavoastră este prea mică în acest selfie. Apropiați telefonul.',
      FACE_TOO_BLURRY: 'Acest selfie este neclar. Țineți telefonul nemișcat și faceți-l din nou.',
      UNSUPPORTED_FILE_TYPE: 'Acest fișier nu este o fotografie pe care o putem folosi. Alegeți o imagine JPEG, PNG sau WebP.',
      FILE_TOO_LARGE: 'Acest fișier este prea mare. Alegeți o fotografie mai mică de {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Rezoluția acestei fotografii este prea mică. Faceți-o cu camera telefonului sau alegeți o imagine mai mare.',
      IMAGE_UNREADABLE: 'Nu am putut deschide această fotografie. Poate fi deteriorată; vă rugăm să o refaceți.',
      VALIDATION_ERROR: 'Fotografia nu a putut fi trimisă. Vă rugăm să încercați din nou.',
      MISSING_DOCUMENTS: 'Mai lipsește o fotografie. Adăugați-o, apoi trimiteți din nou.',
      INVALID_STATE: 'Verificarea dumneavoastră a avansat în altă fereastră, așa că am actualizat această pagină.',
      NETWORK: 'Nu am putut contacta serverul. Verificați conexiunea și încercați din nou.',
      UNEXPECTED: 'Ceva nu a funcționat din partea noastră. Vă rugăm să încercați din nou.',
      RATE_LIMITED: 'Prea multe încercări într-un timp scurt. Așteptați un minut, apoi încercați din nou.',
      TOO_MANY_UPLOADS: 'Ați trimis câte fotografii acceptă această verificare. Trimiteți fotografiile adăugate sau contactați organizația care v-a cerut verificarea.',
      UPLOAD_QUOTA_EXCEEDED: 'Nu mai este loc pentru alte fotografii în această verificare. Trimiteți fotografiile adăugate sau contactați organizația care v-a cerut verificarea.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Vă mulțumim!',
        hint: 'Verificarea dumneavoastră este în curs de analiză. Organizația care a solicitat-o vă va comunica rezultatul. Puteți închide această pagină.',
      },
      APPROVED: { heading: 'Identitatea dumneavoastră a fost verificată', hint: 'Vă mulțumim, identitatea dumneavoastră a fost confirmată. Puteți închide această pagină.' },
      NOT_VERIFIED: {
        heading: 'Nu v-am putut verifica identitatea',
        hint: 'Dacă credeți că este o greșeală, contactați organizația care v-a cerut să vă verificați identitatea.',
      },
      EXPIRED: {
        heading: 'Timpul a expirat',
        hint: 'Această verificare a expirat. Cereți un link nou organizației care vi l-a trimis.',
      },
      CANCELLED: {
        heading: 'Această verificare a fost anulată',
        hint: 'Nu mai este nimic de făcut aici. Dacă trebuie în continuare să vă verificați identitatea, adresați-vă organizației care v-a trimis linkul.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Vă redirecționăm imediat…',
  },
  branding: {
    intro: '{business} trebuie să vă confirme identitatea. Durează doar câteva minute.',
    askForNewLink: 'Cereți un link nou de la {business}.',
    contact: 'Aveți nevoie de ajutor? Contactați {business}:',
    privacyPolicy: 'Politica de confidențialitate a {business}',
  },
  handoff: {
    offer: 'Continuați pe telefon',
    scan: 'Scanați acest cod QR cu camera telefonului. Veți face fotografiile pe telefon, iar această pagină arată progresul.',
    typeLink: 'Sau introduceți această adresă în browserul telefonului:',
    qrAlt: 'Codul QR al linkului {url}',
    once: 'Codul funcționează o singură dată și expiră după 10 minute.',
    status: {
      WAITING: 'Se așteaptă telefonul dumneavoastră…',
      CAPTURING: 'Telefonul este conectat. Faceți fotografiile pe telefon.',
      CHECKING: 'Fotografiile au fost trimise. Le verificăm…',
      EXPIRED: 'Acest cod a expirat. Afișați unul nou pentru a continua pe telefon.',
    },
    newCode: 'Afișați un cod nou',
    useComputer: 'Folosiți totuși acest computer',
    opening: 'Continuă o verificare a identității în browserul telefonului.',
    unavailable: {
      USED: { heading: 'Acest link a fost deja folosit', hint: 'Funcționează o singură dată. Pe computer, afișați un cod nou și scanați-l.' },
      EXPIRED: { heading: 'Acest link a expirat', hint: 'Este valabil 10 minute. Pe computer, afișați un cod nou și scanați-l.' },
      NOT_FOUND: { heading: 'Acest link nu este valid', hint: 'Verificați adresa introdusă sau scanați din nou codul de pe computer.' },
      RATE_LIMITED: { heading: 'Prea multe încercări', hint: 'Așteptați câteva minute, apoi încercați din nou.' },
    },
  },
  camera: {
    shutter: 'Fă fotografia',
    usePhoto: 'Folosește această fotografie',
    retake: 'Din nou',
    torch: 'Lumină',
    starting: 'Se pornește camera…',
    shotAlt: 'Fotografia pe care tocmai ați făcut-o',
    guidance: {
      ready: 'Stați nemișcat, apoi faceți fotografia.',
      check: 'Verificați dacă fotografia este clară și totul se poate citi.',
      tooDark: 'Este prea întuneric. Mergeți într-un loc mai luminos.',
      blurry: 'Imaginea este neclară. Țineți telefonul nemișcat.',
      noDocument: 'Așezați documentul în cadru astfel încât să îl umple.',
      noFace: 'Așezați-vă fața în oval și priviți camera.',
    },
    unavailable: {
      denied: 'Accesul la cameră nu a fost permis, așa că puteți încărca fotografii.',
      noCamera: 'Nu a fost găsită nicio cameră, așa că puteți încărca fotografii.',
      unsupported: 'Acest browser nu poate deschide camera aici, așa că puteți încărca fotografii.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Verificarea dumneavoastră este în curs de analiză. {business} vă va comunica rezultatul. Puteți închide această pagină.',
      NOT_VERIFIED: 'Dacă credeți că este o greșeală, contactați {business}.',
      CANCELLED: 'Nu mai este nimic de făcut aici. Dacă trebuie în continuare să vă verificați identitatea, contactați {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Ați trimis câte fotografii acceptă această verificare. Trimiteți fotografiile adăugate sau contactați {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Nu mai este loc pentru alte fotografii în această verificare. Trimiteți fotografiile adăugate sau contactați {business}.',
    },
  },
} satisfies Messages;
