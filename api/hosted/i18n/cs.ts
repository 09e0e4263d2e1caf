import type { Messages } from './messages';

const askForNewLink = 'Požádejte organizaci, která vám ho poslala, o nový odkaz.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Tuto relaci ověření jsme nenašli',
  hint: 'Zkontrolujte, že jste otevřeli celou adresu, nebo požádejte organizaci, která vám odkaz poslala, o nový.',
};

export default {
  languageName: 'Čeština',
  layout: {
    poweredBy: 'Běží na {product}',
    languageSwitcher: 'Jazyk',
  },
  landing: {
    title: 'Ověření totožnosti',
    heading: 'Ověřte svou totožnost',
    intro: 'Organizace, která vám poslala tento odkaz, potřebuje potvrdit, kdo jste. Zabere to jen pár minut.',
    needsHeading: 'Co budete potřebovat',
    needs: {
      document: 'Platný doklad totožnosti: cestovní pas, občanský průkaz, řidičský průkaz nebo povolení k pobytu',
      selfie: 'Telefon nebo počítač s fotoaparátem, abyste si mohli pořídit selfie',
    },
    consent: {
      DOCUMENT: 'Stisknutím tlačítka „Začít“ souhlasíte se zpracováním vašeho dokladu za účelem ověření vaší totožnosti.',
      SELFIE: 'Stisknutím tlačítka „Začít“ souhlasíte se zpracováním vašeho selfie za účelem ověření vaší totožnosti.',
      DOCUMENT_AND_SELFIE: 'Stisknutím tlačítka „Začít“ souhlasíte se zpracováním vašeho dokladu a selfie za účelem ověření vaší totožnosti.',
    },
    start: 'Začít',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Platnost tohoto ověřovacího odkazu vypršela', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Tento ověřovací odkaz dosáhl svého limitu', hint: `Byl použit tolikrát, kolikrát organizace povolila. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Tento ověřovací odkaz už není aktivní', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Tento ověřovací odkaz jsme nenašli',
      hint: 'Zkontrolujte, že jste otevřeli celou adresu, nebo požádejte organizaci, která vám ho poslala, o nový odkaz.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Ověření je dočasně nedostupné', hint: 'Zkuste to prosím později.' },
  },
  session: {
    title: 'Ověření totožnosti',
    heading: 'Ověřme vaši totožnost',
    stepsHeading: 'Požádáme vás o tyto kroky:',
    steps: {
      documentFront: 'Vyfoťte přední stranu dokladu totožnosti',
      documentBack: 'Vyfoťte zadní stranu, pokud ji váš doklad má',
      selfie: 'Pořiďte si selfie',
    },
    timeLimit: {
      one: 'Po zahájení máte na dokončení těchto kroků {minutes} minutu.',
      few: 'Po zahájení máte na dokončení těchto kroků {minutes} minuty.',
      many: 'Po zahájení máte na dokončení těchto kroků {minutes} minuty.',
      other: 'Po zahájení máte na dokončení těchto kroků {minutes} minut.',
    },
    timeLimitUnknown: 'Po zahájení máte na tyto kroky omezený čas; odpočet ukazuje, kolik ho zbývá.',
    needsJavaScript: 'Chcete-li pokračovat, zapněte v prohlížeči JavaScript nebo otevřete tento odkaz v jiném prohlížeči.',
    unavailable: {
      EXPIRED: {
        heading: 'Platnost této relace ověření vypršela',
        hint: 'Čas na její dokončení uplynul. Požádejte organizaci, která vám odkaz poslala, o nový.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Zbývající čas',
    back: 'Zpět',
    continue: 'Pokračovat',
    documentType: {
      heading: 'Jaký doklad použijete?',
      hint: 'Použijte originální platný doklad, ne fotokopii ani snímek obrazovky.',
      legend: 'Typ dokladu',
      names: { ID_CARD: 'Občanský průkaz', PASSPORT: 'Cestovní pas', DRIVER_LICENSE: 'Řidičský průkaz', RESIDENCE_PERMIT: 'Povolení k pobytu' },
    },
    kinds: {
      FRONT: {
        heading: 'Přední strana dokladu',
        instruction:
          'Vyfoťte stranu s vaší fotografií; u pasu stránku s fotografií. Položte doklad na rovný, dobře osvětlený povrch tak, aby byly vidět všechny čtyři rohy a nic se neodráželo.',
      },
      BACK: {
        heading: 'Zadní strana dokladu',
        instruction: 'Otočte doklad. Opět ho mějte rovně a dobře osvětlený, se všemi čtyřmi rohy viditelnými a bez odlesků.',
      },
      FACE: {
        heading: 'Vaše selfie',
        instruction:
          'Dívejte se do fotoaparátu při dobrém světle, s celým obličejem viditelným a nezakrytým: bez slunečních brýlí, čepice či roušky. Zachovejte neutrální výraz.',
      },
    },
    retryHeading: 'Pořiďte prosím fotografie znovu',
    review: {
      heading: 'Zkontrolujte své fotografie',
      hint: 'Ujistěte se, že je vše ostré a čitelné. Před odesláním můžete kteroukoli fotografii vyměnit.',
      submit: 'Odeslat',
    },
    checking: { heading: 'Kontrolujeme vaše fotografie', hint: 'Obvykle to trvá několik sekund. Nechte prosím tuto stránku otevřenou.' },
    redirectLink: 'Pokračovat',
  },
  privacy: {
    controller: '{business} vás žádá o ověření totožnosti a odpovídá za vaše osobní údaje (je jejich správcem).',
    retention: {
      one: 'Vaše fotografie a údaje z nich přečtené se smažou nejpozději {days} den po skončení ověření.',
      few: 'Vaše fotografie a údaje z nich přečtené se smažou nejpozději {days} dny po skončení ověření.',
      many: 'Vaše fotografie a údaje z nich přečtené se smažou nejpozději {days} dne po skončení ověření.',
      other: 'Vaše fotografie a údaje z nich přečtené se smažou nejpozději {days} dní po skončení ověření.',
    },
    withdraw: 'Dokud fotografie neodešlete, můžete kdykoli odstoupit tlačítkem „Zrušit ověření“.',
    cancel: {
      button: 'Zrušit ověření',
      heading: 'Zrušit toto ověření?',
      hint: 'Vaše fotografie nebudou zkontrolovány a {business} se dozví, že jste ověření zrušili.',
      confirm: 'Ano, zrušit',
      keep: 'Ne, pokračovat',
    },
  },
  script: {
    stepOf: 'Krok {current} z {total}',
    minutesLeft: {
      one: 'Zbývá {minutes} minuta',
      few: 'Zbývají {minutes} minuty',
      many: 'Zbývá {minutes} minuty',
      other: 'Zbývá {minutes} minut',
    },
    takePhoto: 'Vyfotit',
    retakePhoto: 'Vyfotit znovu',
    chooseFile: 'Vybrat soubor',
    chooseOtherFile: 'Vybrat jiný soubor',
    uploading: 'Nahrávání…',
    added: 'Fotografie přidána',
    notAdded: 'Zatím nepřidáno',
    add: 'Přidat',
    replace: 'Nahradit',
    previewAlt: 'Vámi vybraná fotografie',
    attempt: 'Toto je pokus {attempt} z {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nenašli jsme dva řádky písmen a číslic ve spodní části stránky s fotografií (nebo na zadní straně karty). Ujistěte se, že jsou celé vidět a ostré.',
      MRZ_OCR_READING_ERROR: 'Řádky ve spodní části dokladu se nám nepodařilo přečíst. Vyfoťte ho znovu při dobrém světle, bez odlesků a položený rovně.',
      NO_FACE_FOUND: 'Na vašem selfie jsme neviděli obličej. Dívejte se přímo do fotoaparátu s celým obličejem v záběru.',
      TOO_MANY_FACES: 'Na vašem selfie bylo více než jeden obličej. Ujistěte se, že jste na snímku jen vy.',
      FACE_TOO_SMALL: 'Váš obličej byl na selfie příliš malý. Přibližte telefon, aby obličej vyplnil ovál.',
      DOC_TOO_BLURRY: 'Fotografie dokladu byla rozmazaná. Držte telefon v klidu a před vyfocením nechte fotoaparát zaostřit.',
      DOC_TOO_DARK: 'Fotografie dokladu byla příliš tmavá. Přejděte na světlejší místo nebo rozsviťte.',
      DOC_TOO_BRIGHT: 'Fotografie dokladu byla příliš světlá. Vyhněte se přímému světlu a blesku, které způsobují odlesky.',
      FACE_TOO_BLURRY: 'Vaše selfie bylo rozmazané. Držte telefon v klidu a při focení se nehýbejte.',
      FACE_TOO_DARK: 'Vaše selfie bylo příliš tmavé. Otočte se k oknu nebo lampě, aby byl obličej rovnoměrně osvětlený.',
      FACE_TOO_BRIGHT: 'Vaše selfie bylo příliš světlé. Uhněte z přímého slunce a nepoužívejte blesk.',
    },
    retryGeneric: 'Vaše předchozí fotografie se nám nepodařilo zkontrolovat.',
    errors: {
      MRZ_NOT_VISIBLE: 'Dva řádky ve spodní části stránky s fotografií (u občanského průkazu na zadní straně) musí být vidět. Vyfoťte ji znovu celou v záběru.',
      DOCUMENT_NOT_VISIBLE: 'Na tomto snímku jsme neviděli doklad s fotografií. Dejte do záběru celou přední stranu karty.',
      NO_FACE_FOUND: 'Na tomto selfie nevidíme obličej. Dívejte se přímo do fotoaparátu s celým obličejem v záběru.',
      TOO_MANY_FACES: 'Na tomto selfie je více než jeden obličej. Ujistěte se, že jste na snímku jen vy.',
      FACE_TOO_SMALL: 'Váš obličej je na tomto selfie příliš malý. Přibližte telefon.',
      FACE_TOO_BLURRY: 'Toto selfie je rozmazané. Držte telefon v klidu a vyfoťte se znovu.',
      UNSUPPORTED_FILE_TYPE: 'Tento soubor není fotografie, kterou můžeme použít. Vyberte obrázek JPEG, PNG nebo WebP.',
      FILE_TOO_LARGE: 'Tento soubor je příliš velký. Vyberte fotografii menší než {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Rozlišení této fotografie je příliš nízké. Vyfoťte ji fotoaparátem telefonu nebo vyberte větší obrázek.',
      IMAGE_UNREADABLE: 'Tuto fotografii se nám nepodařilo otevřít. Možná je poškozená; vyfoťte ji prosím znovu.',
      VALIDATION_ERROR: 'Fotografii se nepodařilo odeslat. Zkuste to prosím znovu.',
      MISSING_DOCUMENTS: 'Ještě chybí fotografie. Přidejte ji a odešlete znovu.',
      INVALID_STATE: 'Vaše ověření pokročilo v jiném okně, proto jsme tuto stránku aktualizovali.',
      NETWORK: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.',
      UNEXPECTED: 'Na naší straně se něco pokazilo. Zkuste to prosím znovu.',
      RATE_LIMITED: 'Příliš mnoho pokusů v krátké době. Počkejte minutu a zkuste to znovu.',
      TOO_MANY_UPLOADS: 'Odeslali jste tolik fotografií, kolik toto ověření přijímá. Odešlete přidané fotografie, nebo kontaktujte organizaci, která vás o ověření požádala.',
      UPLOAD_QUOTA_EXCEEDED: 'V tomto ověření už není místo pro další fotografie. Odešlete přidané fotografie, nebo kontaktujte organizaci, která vás o ověření požádala.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Děkujeme!',
        hint: 'Vaše ověření se posuzuje. Organizace, která o ně požádala, vám sdělí výsledek. Tuto stránku můžete zavřít.',
      },
      APPROVED: { heading: 'Jste ověřeni', hint: 'Děkujeme, vaše totožnost byla potvrzena. Tuto stránku můžete zavřít.' },
      NOT_VERIFIED: {
        heading: 'Vaši totožnost se nám nepodařilo ověřit',
        hint: 'Pokud se domníváte, že jde o chybu, kontaktujte organizaci, která vás o ověření totožnosti požádala.',
      },
      EXPIRED: {
        heading: 'Váš čas vypršel',
        hint: 'Platnost tohoto ověření vypršela. Požádejte organizaci, která vám odkaz poslala, o nový.',
      },
      CANCELLED: {
        heading: 'Toto ověření bylo zrušeno',
        hint: 'Zde už není co dělat. Pokud stále potřebujete ověřit svou totožnost, obraťte se na organizaci, která vám odkaz poslala.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Za okamžik vás přesměrujeme…',
  },
  branding: {
    intro: '{business} potřebuje ověřit, kdo jste. Zabere to jen pár minut.',
    askForNewLink: 'Požádejte {business} o nový odkaz.',
    contact: 'Potřebujete pomoc? Kontaktujte {business}:',
    privacyPolicy: 'Zásady ochrany osobních údajů {business}',
  },
  handoff: {
    offer: 'Pokračovat v telefonu',
    scan: 'Naskenujte tento QR kód fotoaparátem telefonu. Fotografie pořídíte v telefonu a tato stránka bude ukazovat postup.',
    typeLink: 'Nebo zadejte tuto adresu do prohlížeče v telefonu:',
    qrAlt: 'QR kód odkazu {url}',
    once: 'Kód funguje jednou a po 10 minutách vyprší.',
    status: {
      WAITING: 'Čekáme na váš telefon…',
      CAPTURING: 'Váš telefon je připojen. Pořiďte fotografie v telefonu.',
      CHECKING: 'Vaše fotografie byly odeslány. Kontrolujeme je…',
      EXPIRED: 'Platnost tohoto kódu vypršela. Zobrazte nový a pokračujte v telefonu.',
    },
    newCode: 'Zobrazit nový kód',
    useComputer: 'Použít raději tento počítač',
    opening: 'Pokračuje v ověření totožnosti v prohlížeči vašeho telefonu.',
    unavailable: {
      USED: { heading: 'Tento odkaz už byl použit', hint: 'Funguje jen jednou. Na počítači zobrazte nový kód a naskenujte ho.' },
      EXPIRED: { heading: 'Platnost odkazu vypršela', hint: 'Platí 10 minut. Na počítači zobrazte nový kód a naskenujte ho.' },
      NOT_FOUND: { heading: 'Tento odkaz není platný', hint: 'Zkontrolujte zadanou adresu nebo znovu naskenujte kód na počítači.' },
      RATE_LIMITED: { heading: 'Příliš mnoho pokusů', hint: 'Počkejte několik minut a zkuste to znovu.' },
    },
  },
  camera: {
    shutter: 'Vyfotit',
    usePhoto: 'Použít tuto fotku',
    retake: 'Znovu',
    torch: 'Světlo',
    starting: 'Spouštím fotoaparát…',
    shotAlt: 'Fotka, kterou jste právě pořídili',
    guidance: {
      ready: 'Nehýbejte se a vyfoťte to.',
      check: 'Zkontrolujte, že je fotka ostrá a vše je čitelné.',
      tooDark: 'Je příliš tma. Přejděte na světlejší místo.',
      blurry: 'Obraz je rozmazaný. Držte telefon v klidu.',
      noDocument: 'Umístěte doklad do rámečku tak, aby ho vyplnil.',
      noFace: 'Umístěte obličej do oválu a dívejte se do fotoaparátu.',
    },
    unavailable: {
      denied: 'Přístup k fotoaparátu nebyl povolen, můžete tedy fotky nahrát.',
      noCamera: 'Nebyl nalezen žádný fotoaparát, můžete tedy fotky nahrát.',
      unsupported: 'Tento prohlížeč zde nemůže otevřít fotoaparát, můžete tedy fotky nahrát.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Vaše ověření se posuzuje. Výsledek vám sdělí {business}. Tuto stránku můžete zavřít.',
      NOT_VERIFIED: 'Pokud se domníváte, že jde o chybu, kontaktujte {business}.',
      CANCELLED: 'Zde už není co dělat. Pokud stále potřebujete ověřit svou totožnost, kontaktujte {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Odeslali jste tolik fotografií, kolik toto ověření přijímá. Odešlete přidané fotografie, nebo kontaktujte {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'V tomto ověření už není místo pro další fotografie. Odešlete přidané fotografie, nebo kontaktujte {business}.',
    },
  },
} satisfies Messages;
