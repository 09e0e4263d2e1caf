import type { Messages } from './messages';

const askForNewLink = 'Kérjen új linket attól a szervezettől, amelyik elküldte.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Nem találjuk ezt az ellenőrzési munkamenetet',
  hint: 'Ellenőrizze, hogy a teljes címet nyitotta-e meg, vagy kérjen új linket attól a szervezettől, amelyik elküldte Önnek.',
};

// Hungarian keeps the noun singular after a number, so both forms say "perc".
export default {
  languageName: 'Magyar',
  layout: {
    poweredBy: 'Működteti: {product}',
    languageSwitcher: 'Nyelv',
  },
  landing: {
    title: 'Személyazonosság ellenőrzése',
    heading: 'Igazolja személyazonosságát',
    intro: 'A szervezetnek, amelyik ezt a linket küldte, meg kell győződnie arról, hogy Ön kicsoda. Mindössze néhány percet vesz igénybe.',
    needsHeading: 'Amire szüksége lesz',
    needs: {
      document: 'Érvényes személyazonosító okmány: útlevél, személyi igazolvány, vezetői engedély vagy tartózkodási engedély',
      selfie: 'Kamerás telefon vagy számítógép egy szelfi elkészítéséhez',
    },
    consent: {
      DOCUMENT: 'A Kezdés gomb megnyomásával hozzájárul, hogy okmányát személyazonossága ellenőrzése céljából feldolgozzák.',
      SELFIE: 'A Kezdés gomb megnyomásával hozzájárul, hogy szelfijét személyazonossága ellenőrzése céljából feldolgozzák.',
      DOCUMENT_AND_SELFIE: 'A Kezdés gomb megnyomásával hozzájárul, hogy okmányát és szelfijét személyazonossága ellenőrzése céljából feldolgozzák.',
    },
    start: 'Kezdés',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Ez az ellenőrző link lejárt', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ez az ellenőrző link elérte a korlátját', hint: `Annyiszor használták, ahányszor a szervezet engedélyezte. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ez az ellenőrző link már nem aktív', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Nem találjuk ezt az ellenőrző linket',
      hint: 'Ellenőrizze, hogy a teljes címet nyitotta-e meg, vagy kérjen új linket attól a szervezettől, amelyik elküldte.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Az ellenőrzés átmenetileg nem érhető el', hint: 'Kérjük, próbálja újra később.' },
  },
  session: {
    title: 'Személyazonosság ellenőrzése',
    heading: 'Igazoljuk személyazonosságát',
    stepsHeading: 'Ezt fogjuk kérni Öntől:',
    steps: {
      documentFront: 'Fényképezze le személyazonosító okmánya elejét',
      documentBack: 'Fényképezze le a hátoldalát is, ha az okmánynak van ilyen',
      selfie: 'Készítsen egy szelfit',
    },
    timeLimit: {
      one: 'Ha elkezdi, {minutes} perce van a lépések elvégzésére.',
      other: 'Ha elkezdi, {minutes} perce van a lépések elvégzésére.',
    },
    timeLimitUnknown: 'Ha elkezdi, korlátozott ideje van ezekre a lépésekre; a visszaszámláló mutatja, mennyi maradt.',
    needsJavaScript: 'A folytatáshoz kapcsolja be a JavaScriptet a böngészőjében, vagy nyissa meg ezt a linket egy másik böngészőben.',
    unavailable: {
      EXPIRED: {
        heading: 'Ez az ellenőrzési munkamenet lejárt',
        hint: 'A befejezésére szánt idő letelt. Kérjen új linket attól a szervezettől, amelyik elküldte Önnek.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Hátralévő idő',
    back: 'Vissza',
    continue: 'Tovább',
    documentType: {
      heading: 'Melyik okmányt használja?',
      hint: 'Az eredeti, érvényes okmányt használja, ne fénymásolatot vagy képernyőről készült képet.',
      legend: 'Okmány típusa',
      names: { ID_CARD: 'Személyi igazolvány', PASSPORT: 'Útlevél', DRIVER_LICENSE: 'Vezetői engedély', RESIDENCE_PERMIT: 'Tartózkodási engedély' },
    },
    kinds: {
      FRONT: {
        heading: 'Az okmány eleje',
        instruction:
          'Fényképezze le a fényképes oldalt; útlevélnél a fényképes adatoldalt. Tegye az okmányt sík, jól megvilágított felületre úgy, hogy mind a négy sarka látsszon, és ne legyen rajta tükröződés.',
      },
      BACK: {
        heading: 'Az okmány hátoldala',
        instruction: 'Fordítsa meg az okmányt. Most is legyen sík és jól megvilágított, mind a négy sarka látsszon, tükröződés nélkül.',
      },
      FACE: {
        heading: 'Az Ön szelfije',
        instruction:
          'Nézzen a kamerába jó fényben úgy, hogy az egész arca látsszon, és semmi ne takarja: napszemüveg, kalap és maszk nélkül. Arckifejezése legyen semleges.',
      },
    },
    retryHeading: 'Kérjük, készítse el újra a fényképeket',
    review: {
      heading: 'Ellenőrizze a fényképeket',
      hint: 'Győződjön meg róla, hogy minden éles és olvasható. Beküldés előtt bármelyik fényképet lecserélheti.',
      submit: 'Beküldés',
    },
    checking: { heading: 'Ellenőrizzük a fényképeit', hint: 'Ez általában néhány másodpercig tart. Kérjük, ne zárja be ezt az oldalt.' },
    redirectLink: 'Tovább',
  },
  privacy: {
    controller: '{business} kéri, hogy igazolja személyazonosságát, és ő felel a személyes adataiért (adatkezelő).',
    retention: {
      one: 'Fényképeit és a belőlük kiolvasott adatokat legkésőbb {days} nappal az ellenőrzés befejezése után törlik.',
      other: 'Fényképeit és a belőlük kiolvasott adatokat legkésőbb {days} nappal az ellenőrzés befejezése után törlik.',
    },
    withdraw: 'Amíg nem küldi el a fényképeit, bármikor visszaléphet az „Ellenőrzés megszakítása” gombbal.',
    cancel: {
      button: 'Ellenőrzés megszakítása',
      heading: 'Megszakítja ezt az ellenőrzést?',
      hint: 'Fényképeit nem ellenőrzik, és {business} értesítést kap arról, hogy megszakította.',
      confirm: 'Igen, megszakítom',
      keep: 'Nem, folytatom',
    },
  },
  script: {
    stepOf: '{current}. lépés / {total}',
    minutesLeft: { one: 'Még {minutes} perc', other: 'Még {minutes} perc' },
    takePhoto: 'Fénykép készítése',
    retakePhoto: 'Új fénykép készítése',
    chooseFile: 'Fájl kiválasztása',
    chooseOtherFile: 'Másik fájl kiválasztása',
    uploading: 'Feltöltés…',
    added: 'Fénykép hozzáadva',
    notAdded: 'Még nincs hozzáadva',
    add: 'Hozzáadás',
    replace: 'Csere',
    previewAlt: 'Az Ön által kiválasztott fénykép',
    attempt: 'Ez a(z) {attempt}. próbálkozás (összesen {maxAttempts} lehetséges).',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nem találtuk a fényképes oldal alján (vagy a kártya hátoldalán) lévő két sor betűt és számot. Ügyeljen rá, hogy teljesen és élesen látszódjanak.',
      MRZ_OCR_READING_ERROR: 'Nem tudtuk tisztán elolvasni az okmány alján lévő sorokat. Fényképezze le újra jó fényben, tükröződés nélkül, az okmányt síkban tartva.',
      NO_FACE_FOUND: 'Nem láttunk arcot a szelfin. Nézzen egyenesen a kamerába, hogy az egész arca a képen legyen.',
      TOO_MANY_FACES: 'Egynél több arc volt a szelfin. Ügyeljen rá, hogy csak Ön legyen a képen.',
      FACE_TOO_SMALL: 'Az arca túl kicsi volt a szelfin. Tartsa közelebb a telefont, hogy az arca kitöltse az oválist.',
      DOC_TOO_BLURRY: 'Az okmányról készült fénykép elmosódott. Tartsa stabilan a telefont, és várja meg, hogy a kamera élesre állítson.',
      DOC_TOO_DARK: 'Az okmányról készült fénykép túl sötét volt. Menjen világosabb helyre, vagy kapcsoljon fel több lámpát.',
      DOC_TOO_BRIGHT: 'Az okmányról készült fénykép túl világos volt. Kerülje a közvetlen fényt és a vakut, mert tükröződést okoznak.',
      FACE_TOO_BLURRY: 'A szelfi elmosódott. Tartsa stabilan a telefont, és ne mozogjon a fényképezés közben.',
      FACE_TOO_DARK: 'A szelfi túl sötét volt. Forduljon ablak vagy lámpa felé, hogy az arca egyenletesen legyen megvilágítva.',
      FACE_TOO_BRIGHT: 'A szelfi túl világos volt. Menjen ki a közvetlen napfényről, és ne használjon vakut.',
    },
    retryGeneric: 'Nem tudtuk ellenőrizni a korábbi fényképeit.',
    errors: {
      MRZ_NOT_VISIBLE: 'A fényképes oldal alján (személyi igazolványon: a hátoldalon) lévő két sornak látszania kell. Fényképezze le újra úgy, hogy az egész oldal a képen legyen.',
      DOCUMENT_NOT_VISIBLE: 'Ezen a képen nem láttunk fényképes okmányt. A kártya teljes elülső oldala legyen a képen.',
      NO_FACE_FOUND: 'Ezen a szelfin nem látszik arc. Nézzen egyenesen a kamerába, hogy az egész arca a képen legyen.',
      TOO_MANY_FACES: 'Ezen a szelfin egynél több arc van. Ügyeljen rá, hogy csak Ön legyen a képen.',
      FACE_TOO_SMALL: 'Az arca túl kicsi ezen a szelfin. Tartsa közelebb a telefont.',
      FACE_TOO_BLURRY: 'Ez a szelfi elmosódott. Tartsa stabilan a telefont, és készítse el újra.',
      UNSUPPORTED_FILE_TYPE: 'Ez a fájl nem használható fénykép. Válasszon JPEG, PNG vagy WebP képet.',
      FILE_TOO_LARGE: 'Ez a fájl túl nagy. Válasszon {megabytes} MB-nál kisebb fényképet.',
      IMAGE_TOO_SMALL: 'Ennek a fényképnek túl kicsi a felbontása. Készítse el a telefonja kamerájával, vagy válasszon nagyobb képet.',
      IMAGE_UNREADABLE: 'Nem tudtuk megnyitni ezt a fényképet. Lehet, hogy sérült; kérjük, készítse el újra.',
      VALIDATION_ERROR: 'A fényképet nem sikerült elküldeni. Kérjük, próbálja újra.',
      MISSING_DOCUMENTS: 'Még hiányzik egy fénykép. Adja hozzá, majd küldje be újra.',
      INVALID_STATE: 'Az ellenőrzés egy másik ablakban haladt tovább, ezért frissítettük ezt az oldalt.',
      NETWORK: 'Nem értük el a szervert. Ellenőrizze a kapcsolatot, és próbálja újra.',
      UNEXPECTED: 'Hiba történt a mi oldalunkon. Kérjük, próbálja újra.',
      RATE_LIMITED: 'Túl sok próbálkozás rövid idő alatt. Várjon egy percet, majd próbálja újra.',
      TOO_MANY_UPLOADS: 'Annyi fényképet küldött, amennyit ez az ellenőrzés fogad. Küldje be a hozzáadott fényképeket, vagy forduljon ahhoz a szervezethez, amelyik az ellenőrzést kérte.',
      UPLOAD_QUOTA_EXCEEDED: 'Ebben az ellenőrzésben nincs hely több fényképnek. Küldje be a hozzáadott fényképeket, vagy forduljon ahhoz a szervezethez, amelyik az ellenőrzést kérte.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Köszönjük!',
        hint: 'Ellenőrzését most vizsgálják. Az eredményről az ezt kérő szervezet értesíti. Bezárhatja ezt az oldalt.',
      },
      APPROVED: { heading: 'Személyazonossága igazolva', hint: 'Köszönjük, személyazonosságát megerősítettük. Bezárhatja ezt az oldalt.' },
      NOT_VERIFIED: {
        heading: 'Nem tudtuk igazolni személyazonosságát',
        hint: 'Ha úgy gondolja, hogy ez tévedés, forduljon ahhoz a szervezethez, amelyik a személyazonosság igazolását kérte.',
      },
      EXPIRED: {
        heading: 'Lejárt az ideje',
        hint: 'Ez az ellenőrzés lejárt. Kérjen új linket attól a szervezettől, amelyik elküldte Önnek.',
      },
      CANCELLED: {
        heading: 'Ezt az ellenőrzést visszavonták',
        hint: 'Itt nincs több teendője. Ha továbbra is igazolnia kell személyazonosságát, forduljon ahhoz a szervezethez, amelyik a linket küldte.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Egy pillanat, és visszairányítjuk…',
  },
  branding: {
    intro: 'A(z) {business} szeretné megerősíteni, hogy Ön kicsoda. Csak néhány percet vesz igénybe.',
    askForNewLink: 'Kérjen új linket a(z) {business} szervezettől.',
    contact: 'Segítségre van szüksége? {business} elérhetősége:',
    privacyPolicy: 'Adatvédelmi szabályzat – {business}',
  },
  handoff: {
    offer: 'Folytatás telefonon',
    scan: 'Olvassa be ezt a QR-kódot a telefonja kamerájával. A fényképeket a telefonon készíti el, ez az oldal pedig mutatja, hol tart.',
    typeLink: 'Vagy írja be ezt a címet a telefonja böngészőjébe:',
    qrAlt: 'A(z) {url} hivatkozás QR-kódja',
    once: 'A kód egyszer használható, és 10 perc után lejár.',
    status: {
      WAITING: 'Várakozás a telefonjára…',
      CAPTURING: 'A telefonja csatlakozott. Készítse el a fényképeket a telefonon.',
      CHECKING: 'A fényképeit elküldtük. Ellenőrizzük őket…',
      EXPIRED: 'Ez a kód lejárt. Jelenítsen meg egy újat a telefonos folytatáshoz.',
    },
    newCode: 'Új kód megjelenítése',
    useComputer: 'Inkább ezt a számítógépet használom',
    opening: 'Ezzel a telefonja böngészőjében folytatja a személyazonosság ellenőrzését.',
    unavailable: {
      USED: { heading: 'Ezt a hivatkozást már felhasználták', hint: 'Csak egyszer használható. Jelenítsen meg új kódot a számítógépen, és olvassa be.' },
      EXPIRED: { heading: 'Ez a hivatkozás lejárt', hint: '10 percig érvényes. Jelenítsen meg új kódot a számítógépen, és olvassa be.' },
      NOT_FOUND: { heading: 'Ez a hivatkozás érvénytelen', hint: 'Ellenőrizze a beírt címet, vagy olvassa be újra a kódot a számítógépen.' },
      RATE_LIMITED: { heading: 'Túl sok próbálkozás', hint: 'Várjon néhány percet, majd próbálja újra.' },
    },
  },
  camera: {
    shutter: 'Fotó készítése',
    usePhoto: 'Ezt a fotót használom',
    retake: 'Újra',
    torch: 'Fény',
    starting: 'A kamera indul…',
    shotAlt: 'Az imént készített fotó',
    guidance: {
      ready: 'Maradjon mozdulatlan, majd készítse el a fotót.',
      check: 'Ellenőrizze, hogy a fotó éles, és minden olvasható.',
      tooDark: 'Túl sötét van. Menjen világosabb helyre.',
      blurry: 'A kép elmosódott. Tartsa stabilan a telefont.',
      noDocument: 'Helyezze az okmányt a keretbe úgy, hogy kitöltse.',
      noFace: 'Helyezze az arcát az oválisba, és nézzen a kamerába.',
    },
    unavailable: {
      denied: 'A kamera használata nem lett engedélyezve, ezért fotókat tölthet fel helyette.',
      noCamera: 'Nem található kamera, ezért fotókat tölthet fel helyette.',
      unsupported: 'Ez a böngésző itt nem tudja megnyitni a kamerát, ezért fotókat tölthet fel helyette.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Ellenőrzését most vizsgálják. Az eredményről a(z) {business} értesíti. Bezárhatja ezt az oldalt.',
      NOT_VERIFIED: 'Ha úgy gondolja, hogy ez tévedés, forduljon a(z) {business} szervezethez.',
      CANCELLED: 'Itt nincs több teendője. Ha továbbra is igazolnia kell személyazonosságát, forduljon a(z) {business} szervezethez.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Annyi fényképet küldött, amennyit ez az ellenőrzés fogad. Küldje be a hozzáadott fényképeket, vagy forduljon a(z) {business} szervezethez.',
      UPLOAD_QUOTA_EXCEEDED: 'Ebben az ellenőrzésben nincs hely több fényképnek. Küldje be a hozzáadott fényképeket, vagy forduljon a(z) {business} szervezethez.',
    },
  },
} satisfies Messages;
