import type { Messages } from './messages';

const askForNewLink = 'Požiadajte organizáciu, ktorá vám ho poslala, o nový odkaz.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Túto reláciu overenia sme nenašli',
  hint: 'Skontrolujte, či ste otvorili celú adresu, alebo požiadajte organizáciu, ktorá vám odkaz poslala, o nový.',
};

export default {
  languageName: 'Slovenčina',
  layout: {
    poweredBy: 'Poháňa {product}',
    languageSwitcher: 'Jazyk',
  },
  landing: {
    title: 'Overenie totožnosti',
    heading: 'Overte svoju totožnosť',
    intro: 'Organizácia, ktorá vám poslala tento odkaz, potrebuje potvrdiť, kto ste. Zaberie to len pár minút.',
    needsHeading: 'Čo budete potrebovať',
    needs: {
      document: 'Platný doklad totožnosti: cestovný pas, občiansky preukaz, vodičský preukaz alebo povolenie na pobyt',
      selfie: 'Telefón alebo počítač s kamerou na vytvorenie selfie',
    },
    consent: {
      DOCUMENT: 'Stlačením tlačidla „Začať“ súhlasíte so spracovaním vášho dokladu na účely overenia vašej totožnosti.',
      SELFIE: 'Stlačením tlačidla „Začať“ súhlasíte so spracovaním vašej selfie na účely overenia vašej totožnosti.',
      DOCUMENT_AND_SELFIE: 'Stlačením tlačidla „Začať“ súhlasíte so spracovaním vášho dokladu a selfie na účely overenia vašej totožnosti.',
    },
    start: 'Začať',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Platnosť tohto overovacieho odkazu vypršala', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Tento overovací odkaz dosiahol svoj limit', hint: `Bol použitý toľkokrát, koľkokrát to organizácia povolila. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Tento overovací odkaz už nie je aktívny', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Tento overovací odkaz sme nenašli',
      hint: 'Skontrolujte, či ste otvorili celú adresu, alebo požiadajte organizáciu, ktorá vám ho poslala, o nový odkaz.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Overenie je dočasne nedostupné', hint: 'Skúste to prosím neskôr.' },
  },
  session: {
    title: 'Overenie totožnosti',
    heading: 'Overme vašu totožnosť',
    stepsHeading: 'Požiadame vás o tieto kroky:',
    steps: {
      documentFront: 'Odfoťte prednú stranu dokladu totožnosti',
      documentBack: 'Odfoťte zadnú stranu, ak ju váš doklad má',
      selfie: 'Urobte si selfie',
    },
    timeLimit: {
      one: 'Po začatí máte na dokončenie týchto krokov {minutes} minútu.',
      few: 'Po začatí máte na dokončenie týchto krokov {minutes} minúty.',
      many: 'Po začatí máte na dokončenie týchto krokov {minutes} minúty.',
      other: 'Po začatí máte na dokončenie týchto krokov {minutes} minút.',
    },
    timeLimitUnknown: 'Po začatí máte na tieto kroky obmedzený čas; odpočítavanie ukazuje, koľko zostáva.',
    needsJavaScript: 'Ak chcete pokračovať, zapnite v prehliadači JavaScript alebo otvorte tento odkaz v inom prehliadači.',
    unavailable: {
      EXPIRED: {
        heading: 'Platnosť tejto relácie overenia vypršala',
        hint: 'Čas na jej dokončenie uplynul. Požiadajte organizáciu, ktorá vám odkaz poslala, o nový.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Zostávajúci čas',
    back: 'Späť',
    continue: 'Pokračovať',
    documentType: {
      heading: 'Aký doklad použijete?',
      hint: 'Použite originálny platný doklad, nie fotokópiu ani fotografiu obrazovky.',
      legend: 'Typ dokladu',
      names: { ID_CARD: 'Občiansky preukaz', PASSPORT: 'Cestovný pas', DRIVER_LICENSE: 'Vodičský preukaz', RESIDENCE_PERMIT: 'Povolenie na pobyt' },
    },
    kinds: {
      FRONT: {
        heading: 'Predná strana dokladu',
        instruction:
          'Odfoťte stranu s vašou fotografiou; pri pase stranu s fotografiou. Položte doklad na rovný, dobre osvetlený povrch tak, aby boli vidieť všetky štyri rohy a nič sa neodrážalo.',
      },
      BACK: {
        heading: 'Zadná strana dokladu',
        instruction: 'Otočte doklad. Opäť ho majte rovno a dobre osvetlený, so všetkými štyrmi rohmi viditeľnými a bez odleskov.',
      },
      FACE: {
        heading: 'Vaša selfie',
        instruction:
          'Pozerajte sa do kamery pri dobrom svetle, s celou tvárou viditeľnou a nezakrytou: bez slnečných okuliarov, čiapky či rúška. Zachovajte neutrálny výraz.',
      },
    },
    retryHeading: 'Urobte prosím fotografie znova',
    review: {
      heading: 'Skontrolujte svoje fotografie',
      hint: 'Uistite sa, že je všetko ostré a čitateľné. Pred odoslaním môžete ktorúkoľvek fotografiu vymeniť.',
      submit: 'Odoslať',
    },
    checking: { heading: 'Kontrolujeme vaše fotografie', hint: 'Zvyčajne to trvá niekoľko sekúnd. Nechajte prosím túto stránku otvorenú.' },
    redirectLink: 'Pokračovať',
  },
  privacy: {
    controller: '{business} vás žiada o overenie totožnosti a zodpovedá za vaše osobné údaje (je ich prevádzkovateľom).',
    retention: {
      one: 'Vaše fotografie a údaje z nich prečítané sa vymažú najneskôr {days} deň po skončení overenia.',
      few: 'Vaše fotografie a údaje z nich prečítané sa vymažú najneskôr {days} dni po skončení overenia.',
      many: 'Vaše fotografie a údaje z nich prečítané sa vymažú najneskôr {days} dňa po skončení overenia.',
      other: 'Vaše fotografie a údaje z nich prečítané sa vymažú najneskôr {days} dní po skončení overenia.',
    },
    withdraw: 'Kým fotografie neodošlete, môžete kedykoľvek odstúpiť tlačidlom „Zrušiť overenie“.',
    cancel: {
      button: 'Zrušiť overenie',
      heading: 'Zrušiť toto overenie?',
      hint: 'Vaše fotografie nebudú skontrolované a {business} sa dozvie, že ste overenie zrušili.',
      confirm: 'Áno, zrušiť',
      keep: 'Nie, pokračovať',
    },
  },
  script: {
    stepOf: 'Krok {current} z {total}',
    minutesLeft: {
      one: 'Zostáva {minutes} minúta',
      few: 'Zostávajú {minutes} minúty',
      many: 'Zostáva {minutes} minúty',
      other: 'Zostáva {minutes} minút',
    },
    takePhoto: 'Odfotiť',
    retakePhoto: 'Odfotiť znova',
    chooseFile: 'Vybrať súbor',
    chooseOtherFile: 'Vybrať iný súbor',
    uploading: 'Nahrávanie…',
    added: 'Fotografia pridaná',
    notAdded: 'Zatiaľ nepridané',
    add: 'Pridať',
    replace: 'Nahradiť',
    previewAlt: 'Vami vybraná fotografia',
    attempt: 'Toto je pokus {attempt} z {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nenašli sme dva riadky písmen a číslic v spodnej časti strany s fotografiou (alebo na zadnej strane karty). Uistite sa, že sú celé viditeľné a ostré.',
      MRZ_OCR_READING_ERROR: 'Riadky v spodnej časti dokladu sa nám nepodarilo jasne prečítať. Odfoťte ho znova pri dobrom svetle, bez odleskov a položený rovno.',
      NO_FACE_FOUND: 'Na vašej selfie sme nevideli tvár. Pozerajte sa priamo do kamery s celou tvárou v zábere.',
      TOO_MANY_FACES: 'Na vašej selfie bolo viac ako jedna tvár. Uistite sa, že ste na snímke len vy.',
      FACE_TOO_SMALL: 'Vaša tvár bola na selfie príliš malá. Priblížte telefón, aby tvár vyplnila ovál.',
      DOC_TOO_BLURRY: 'Fotografia dokladu bola rozmazaná. Držte telefón pokojne a pred odfotením nechajte kameru zaostriť.',
      DOC_TOO_DARK: 'Fotografia dokladu bola príliš tmavá. Presuňte sa na svetlejšie miesto alebo rozsvieťte.',
      DOC_TOO_BRIGHT: 'Fotografia dokladu bola príliš svetlá. Vyhnite sa priamemu svetlu a blesku, ktoré spôsobujú odlesky.',
      FACE_TOO_BLURRY: 'Vaša selfie bola rozmazaná. Držte telefón pokojne a pri fotení sa nehýbte.',
      FACE_TOO_DARK: 'Vaša selfie bola príliš tmavá. Otočte sa k oknu alebo lampe, aby bola tvár rovnomerne osvetlená.',
      FACE_TOO_BRIGHT: 'Vaša selfie bola príliš svetlá. Uhnite z priameho slnka a nepoužívajte blesk.',
    },
    retryGeneric: 'Vaše predchádzajúce fotografie sa nám nepodarilo skontrolovať.',
    errors: {
      MRZ_NOT_VISIBLE: 'Dva riadky v spodnej časti strany s fotografiou (pri občianskom preukaze na zadnej strane) musia byť viditeľné. Odfoťte ju znova celú v zábere.',
      DOCUMENT_NOT_VISIBLE: 'Na tejto snímke sme nevideli doklad s fotografiou. Dajte do záberu celú prednú stranu karty.',
      NO_FACE_FOUND: 'Na tejto selfie nevidíme tvár. Pozerajte sa priamo do kamery s celou tvárou v zábere.',
      TOO_MANY_FACES: 'Na tejto selfie je viac ako jedna tvár. Uistite sa, že ste na snímke len vy.',
      FACE_TOO_SMALL: 'Vaša tvár je na tejto selfie príliš malá. Priblížte telefón.',
      FACE_TOO_BLURRY: 'Táto selfie je rozmazaná. Držte telefón pokojne a odfoťte sa znova.',
      UNSUPPORTED_FILE_TYPE: 'Tento súbor nie je fotografia, ktorú môžeme použiť. Vyberte obrázok JPEG, PNG alebo WebP.',
      FILE_TOO_LARGE: 'Tento súbor je príliš veľký. Vyberte fotografiu menšiu ako {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Rozlíšenie tejto fotografie je príliš nízke. Odfoťte ju fotoaparátom telefónu alebo vyberte väčší obrázok.',
      IMAGE_UNREADABLE: 'Túto fotografiu sa nám nepodarilo otvoriť. Možno je poškodená; odfoťte ju prosím znova.',
      VALIDATION_ERROR: 'Fotografiu sa nepodarilo odoslať. Skúste to prosím znova.',
      MISSING_DOCUMENTS: 'Ešte chýba fotografia. Pridajte ju a odošlite znova.',
      INVALID_STATE: 'Vaše overenie pokročilo v inom okne, preto sme túto stránku aktualizovali.',
      NETWORK: 'Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.',
      UNEXPECTED: 'Na našej strane sa niečo pokazilo. Skúste to prosím znova.',
      RATE_LIMITED: 'Príliš veľa pokusov v krátkom čase. Počkajte minútu a skúste to znova.',
      TOO_MANY_UPLOADS: 'Odoslali ste toľko fotografií, koľko toto overenie prijíma. Odošlite pridané fotografie alebo kontaktujte organizáciu, ktorá vás o overenie požiadala.',
      UPLOAD_QUOTA_EXCEEDED: 'V tomto overení už nie je miesto na ďalšie fotografie. Odošlite pridané fotografie alebo kontaktujte organizáciu, ktorá vás o overenie požiadala.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Ďakujeme!',
        hint: 'Vaše overenie sa posudzuje. Organizácia, ktorá oň požiadala, vám oznámi výsledok. Túto stránku môžete zavrieť.',
      },
      APPROVED: { heading: 'Ste overení', hint: 'Ďakujeme, vaša totožnosť bola potvrdená. Túto stránku môžete zavrieť.' },
      NOT_VERIFIED: {
        heading: 'Vašu totožnosť sa nám nepodarilo overiť',
        hint: 'Ak si myslíte, že ide o chybu, kontaktujte organizáciu, ktorá vás o overenie totožnosti požiadala.',
      },
      EXPIRED: {
        heading: 'Váš čas vypršal',
        hint: 'Platnosť tohto overenia vypršala. Požiadajte organizáciu, ktorá vám odkaz poslala, o nový.',
      },
      CANCELLED: {
        heading: 'Toto overenie bolo zrušené',
        hint: 'Tu už nie je čo robiť. Ak stále potrebujete overiť svoju totožnosť, obráťte sa na organizáciu, ktorá vám odkaz poslala.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'O chvíľu vás presmerujeme…',
  },
  branding: {
    intro: '{business} potrebuje overiť, kto ste. Zaberie to len pár minút.',
    askForNewLink: 'Požiadajte {business} o nový odkaz.',
    contact: 'Potrebujete pomoc? Kontaktujte {business}:',
    privacyPolicy: 'Zásady ochrany súkromia {business}',
  },
  handoff: {
    offer: 'Pokračovať v telefóne',
    scan: 'Naskenujte tento QR kód fotoaparátom telefónu. Fotografie urobíte v telefóne a táto stránka bude ukazovať postup.',
    typeLink: 'Alebo zadajte túto adresu do prehliadača v telefóne:',
    qrAlt: 'QR kód odkazu {url}',
    once: 'Kód funguje raz a po 10 minútach vyprší.',
    status: {
      WAITING: 'Čakáme na váš telefón…',
      CAPTURING: 'Váš telefón je pripojený. Urobte fotografie v telefóne.',
      CHECKING: 'Vaše fotografie boli odoslané. Kontrolujeme ich…',
      EXPIRED: 'Platnosť tohto kódu vypršala. Zobrazte nový a pokračujte v telefóne.',
    },
    newCode: 'Zobraziť nový kód',
    useComputer: 'Radšej použiť tento počítač',
    opening: 'Pokračuje v overení totožnosti v prehliadači vášho telefónu.',
    unavailable: {
      USED: { heading: 'Tento odkaz už bol použitý', hint: 'Funguje iba raz. Na počítači zobrazte nový kód a naskenujte ho.' },
      EXPIRED: { heading: 'Platnosť odkazu vypršala', hint: 'Platí 10 minút. Na počítači zobrazte nový kód a naskenujte ho.' },
      NOT_FOUND: { heading: 'Tento odkaz nie je platný', hint: 'Skontrolujte zadanú adresu alebo znova naskenujte kód na počítači.' },
      RATE_LIMITED: { heading: 'Príliš veľa pokusov', hint: 'Počkajte niekoľko minút a skúste to znova.' },
    },
  },
  camera: {
    shutter: 'Odfotiť',
    usePhoto: 'Použiť túto fotku',
    retake: 'Znova',
    torch: 'Svetlo',
    starting: 'Spúšťa sa fotoaparát…',
    shotAlt: 'Fotka, ktorú ste práve urobili',
    guidance: {
      ready: 'Nehýbte sa a odfoťte to.',
      check: 'Skontrolujte, či je fotka ostrá a všetko je čitateľné.',
      tooDark: 'Je príliš tma. Prejdite na svetlejšie miesto.',
      blurry: 'Obraz je rozmazaný. Držte telefón pokojne.',
      noDocument: 'Umiestnite doklad do rámčeka tak, aby ho vyplnil.',
      noFace: 'Umiestnite tvár do oválu a pozerajte sa do fotoaparátu.',
    },
    unavailable: {
      denied: 'Prístup k fotoaparátu nebol povolený, môžete teda fotky nahrať.',
      noCamera: 'Nenašiel sa žiadny fotoaparát, môžete teda fotky nahrať.',
      unsupported: 'Tento prehliadač tu nemôže otvoriť fotoaparát, môžete teda fotky nahrať.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Vaše overenie sa posudzuje. Výsledok vám oznámi {business}. Túto stránku môžete zavrieť.',
      NOT_VERIFIED: 'Ak si myslíte, že ide o chybu, kontaktujte {business}.',
      CANCELLED: 'Tu už nie je čo robiť. Ak stále potrebujete overiť svoju totožnosť, kontaktujte {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Odoslali ste toľko fotografií, koľko toto overenie prijíma. Odošlite pridané fotografie alebo kontaktujte {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'V tomto overení už nie je miesto na ďalšie fotografie. Odošlite pridané fotografie alebo kontaktujte {business}.',
    },
  },
} satisfies Messages;
