import type { Messages } from './messages';

const askForNewLink = 'Poproś organizację, która go wysłała, o nowy link.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Nie znaleźliśmy tej sesji weryfikacyjnej',
  hint: 'Sprawdź, czy adres został otwarty w całości, lub poproś organizację, która wysłała Ci link, o nowy.',
};

export default {
  languageName: 'Polski',
  layout: {
    poweredBy: 'Obsługiwane przez {product}',
    languageSwitcher: 'Język',
  },
  landing: {
    title: 'Weryfikacja tożsamości',
    heading: 'Potwierdź swoją tożsamość',
    intro: 'Organizacja, która wysłała Ci ten link, musi potwierdzić, kim jesteś. Zajmie to tylko kilka minut.',
    needsHeading: 'Co będzie potrzebne',
    needs: {
      document: 'Ważny dokument tożsamości: paszport, dowód osobisty, prawo jazdy lub karta pobytu',
      selfie: 'Telefon lub komputer z kamerą, aby zrobić selfie',
    },
    consent: {
      DOCUMENT: 'Naciskając „Rozpocznij”, zgadzasz się na przetwarzanie Twojego dokumentu w celu potwierdzenia Twojej tożsamości.',
      SELFIE: 'Naciskając „Rozpocznij”, zgadzasz się na przetwarzanie Twojego selfie w celu potwierdzenia Twojej tożsamości.',
      DOCUMENT_AND_SELFIE: 'Naciskając „Rozpocznij”, zgadzasz się na przetwarzanie Twojego dokumentu i selfie w celu potwierdzenia Twojej tożsamości.',
    },
    start: 'Rozpocznij',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Ten link weryfikacyjny wygasł', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ten link weryfikacyjny osiągnął swój limit', hint: `Został użyty tyle razy, ile pozwala organizacja. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ten link weryfikacyjny nie jest już aktywny', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Nie znaleźliśmy tego linku weryfikacyjnego',
      hint: 'Sprawdź, czy adres został otwarty w całości, lub poproś organizację, która wysłała link, o nowy.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Weryfikacja jest chwilowo niedostępna', hint: 'Spróbuj ponownie później.' },
  },
  session: {
    title: 'Weryfikacja tożsamości',
    heading: 'Potwierdźmy Twoją tożsamość',
    stepsHeading: 'Oto, o co Cię poprosimy:',
    steps: {
      documentFront: 'Zrób zdjęcie przedniej strony dokumentu tożsamości',
      documentBack: 'Zrób zdjęcie tylnej strony, jeśli dokument ją ma',
      selfie: 'Zrób sobie selfie',
    },
    timeLimit: {
      one: 'Po rozpoczęciu masz {minutes} minutę na wykonanie tych kroków.',
      few: 'Po rozpoczęciu masz {minutes} minuty na wykonanie tych kroków.',
      many: 'Po rozpoczęciu masz {minutes} minut na wykonanie tych kroków.',
      other: 'Po rozpoczęciu masz {minutes} minuty na wykonanie tych kroków.',
    },
    timeLimitUnknown: 'Po rozpoczęciu masz ograniczony czas na wykonanie tych kroków; licznik pokaże, ile go zostało.',
    needsJavaScript: 'Aby kontynuować, włącz JavaScript w przeglądarce lub otwórz ten link w innej przeglądarce.',
    unavailable: {
      EXPIRED: {
        heading: 'Ta sesja weryfikacyjna wygasła',
        hint: 'Czas na jej ukończenie minął. Poproś organizację, która wysłała Ci link, o nowy.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Pozostały czas',
    back: 'Wstecz',
    continue: 'Dalej',
    documentType: {
      heading: 'Jakiego dokumentu użyjesz?',
      hint: 'Użyj oryginalnego, ważnego dokumentu, a nie kserokopii ani zdjęcia ekranu.',
      legend: 'Rodzaj dokumentu',
      names: { ID_CARD: 'Dowód osobisty', PASSPORT: 'Paszport', DRIVER_LICENSE: 'Prawo jazdy', RESIDENCE_PERMIT: 'Karta pobytu' },
    },
    kinds: {
      FRONT: {
        heading: 'Przód dokumentu',
        instruction:
          'Sfotografuj stronę ze swoim zdjęciem (w paszporcie stronę ze zdjęciem). Połóż dokument na płaskiej, dobrze oświetlonej powierzchni: wszystkie cztery rogi widoczne, bez odblasków.',
      },
      BACK: {
        heading: 'Tył dokumentu',
        instruction: 'Odwróć dokument. Znowu płasko i w dobrym świetle, wszystkie cztery rogi widoczne, bez odblasków.',
      },
      FACE: {
        heading: 'Twoje selfie',
        instruction:
          'Spójrz w aparat w dobrym świetle. Cała twarz musi być widoczna i niczym niezasłonięta: bez okularów przeciwsłonecznych, czapki i maseczki. Zachowaj neutralny wyraz twarzy.',
      },
    },
    retryHeading: 'Zrób zdjęcia jeszcze raz',
    review: {
      heading: 'Sprawdź zdjęcia',
      hint: 'Upewnij się, że wszystko jest ostre i czytelne. Przed wysłaniem możesz wymienić dowolne zdjęcie.',
      submit: 'Wyślij',
    },
    checking: { heading: 'Sprawdzamy Twoje zdjęcia', hint: 'Zwykle trwa to kilka sekund. Nie zamykaj tej strony.' },
    redirectLink: 'Dalej',
  },
  privacy: {
    controller: '{business} prosi o potwierdzenie Twojej tożsamości i odpowiada za Twoje dane osobowe (jest ich administratorem).',
    retention: {
      one: 'Twoje zdjęcia i odczytane z nich dane są usuwane najpóźniej {days} dzień po zakończeniu weryfikacji.',
      few: 'Twoje zdjęcia i odczytane z nich dane są usuwane najpóźniej {days} dni po zakończeniu weryfikacji.',
      many: 'Twoje zdjęcia i odczytane z nich dane są usuwane najpóźniej {days} dni po zakończeniu weryfikacji.',
      other: 'Twoje zdjęcia i odczytane z nich dane są usuwane najpóźniej {days} dnia po zakończeniu weryfikacji.',
    },
    withdraw: 'Dopóki nie wyślesz zdjęć, możesz w każdej chwili zrezygnować przyciskiem „Anuluj weryfikację”.',
    cancel: {
      button: 'Anuluj weryfikację',
      heading: 'Anulować tę weryfikację?',
      hint: 'Twoje zdjęcia nie zostaną sprawdzone, a {business} dowie się, że anulowano weryfikację.',
      confirm: 'Tak, anuluj',
      keep: 'Nie, kontynuuj',
    },
  },
  script: {
    stepOf: 'Krok {current} z {total}',
    minutesLeft: {
      one: 'Została {minutes} minuta',
      few: 'Zostały {minutes} minuty',
      many: 'Zostało {minutes} minut',
      other: 'Zostało {minutes} minuty',
    },
    takePhoto: 'Zrób zdjęcie',
    retakePhoto: 'Zrób nowe zdjęcie',
    chooseFile: 'Wybierz plik',
    chooseOtherFile: 'Wybierz inny plik',
    uploading: 'Przesyłanie…',
    added: 'Zdjęcie dodane',
    notAdded: 'Jeszcze nie dodano',
    add: 'Dodaj',
    replace: 'Wymień',
    previewAlt: 'Wybrane przez Ciebie zdjęcie',
    attempt: 'To próba {attempt} z {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nie znaleźliśmy dwóch wierszy liter i cyfr na dole strony ze zdjęciem (lub na odwrocie karty). Upewnij się, że są w całości widoczne i ostre.',
      MRZ_OCR_READING_ERROR: 'Nie udało się wyraźnie odczytać wierszy na dole dokumentu. Zrób zdjęcie ponownie w dobrym świetle, bez odblasków, z dokumentem leżącym płasko.',
      NO_FACE_FOUND: 'Na Twoim selfie nie było widać twarzy. Patrz prosto w aparat, z całą twarzą w kadrze.',
      TOO_MANY_FACES: 'Na Twoim selfie była więcej niż jedna twarz. Upewnij się, że na zdjęciu jesteś tylko Ty.',
      FACE_TOO_SMALL: 'Twoja twarz była na selfie za mała. Trzymaj telefon bliżej, aby twarz wypełniła owal.',
      DOC_TOO_BLURRY: 'Zdjęcie dokumentu było nieostre. Trzymaj telefon nieruchomo i zanim zrobisz zdjęcie, poczekaj, aż aparat ustawi ostrość.',
      DOC_TOO_DARK: 'Zdjęcie dokumentu było zbyt ciemne. Przejdź w jaśniejsze miejsce lub włącz więcej światła.',
      DOC_TOO_BRIGHT: 'Zdjęcie dokumentu było zbyt jasne. Unikaj bezpośredniego światła i lampy błyskowej, które powodują odblaski.',
      FACE_TOO_BLURRY: 'Selfie było nieostre. Trzymaj telefon nieruchomo i nie ruszaj się podczas robienia zdjęcia.',
      FACE_TOO_DARK: 'Selfie było zbyt ciemne. Stań przodem do okna lub lampy, aby twarz była równomiernie oświetlona.',
      FACE_TOO_BRIGHT: 'Selfie było zbyt jasne. Zejdź z pełnego słońca i nie używaj lampy błyskowej.',
    },
    retryGeneric: 'Nie udało się sprawdzić poprzednich zdjęć.',
    errors: {
      MRZ_NOT_VISIBLE: 'Muszą być widoczne dwa wiersze na dole strony ze zdjęciem (w dowodzie osobistym: na odwrocie). Zrób zdjęcie ponownie z całą stroną w kadrze.',
      DOCUMENT_NOT_VISIBLE: 'Na tym zdjęciu nie widać dokumentu ze zdjęciem. Umieść w kadrze cały przód karty.',
      NO_FACE_FOUND: 'Na tym selfie nie widać twarzy. Patrz prosto w aparat, z całą twarzą w kadrze.',
      TOO_MANY_FACES: 'Na tym selfie jest więcej niż jedna twarz. Upewnij się, że na zdjęciu jesteś tylko Ty.',
      FACE_TOO_SMALL: 'Twoja twarz jest na tym selfie za mała. Trzymaj telefon bliżej.',
      FACE_TOO_BLURRY: 'To selfie jest nieostre. Trzymaj telefon nieruchomo i spróbuj ponownie.',
      UNSUPPORTED_FILE_TYPE: 'Tego pliku nie możemy użyć jako zdjęcia. Wybierz obraz JPEG, PNG lub WebP.',
      FILE_TOO_LARGE: 'Ten plik jest za duży. Wybierz zdjęcie mniejsze niż {megabytes} MB.',
      IMAGE_TOO_SMALL: 'To zdjęcie ma zbyt niską rozdzielczość. Zrób je aparatem telefonu lub wybierz większy obraz.',
      IMAGE_UNREADABLE: 'Nie udało się otworzyć tego zdjęcia. Może być uszkodzone – zrób je ponownie.',
      VALIDATION_ERROR: 'Nie udało się wysłać zdjęcia. Spróbuj ponownie.',
      MISSING_DOCUMENTS: 'Brakuje jeszcze zdjęcia. Dodaj je i wyślij ponownie.',
      INVALID_STATE: 'Weryfikacja była kontynuowana w innym oknie, więc zaktualizowaliśmy tę stronę.',
      NETWORK: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
      UNEXPECTED: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie.',
      RATE_LIMITED: 'Zbyt wiele prób w krótkim czasie. Odczekaj minutę i spróbuj ponownie.',
      TOO_MANY_UPLOADS: 'Wysłano już tyle zdjęć, ile przyjmuje ta weryfikacja. Wyślij dodane zdjęcia lub skontaktuj się z organizacją, która poprosiła o weryfikację.',
      UPLOAD_QUOTA_EXCEEDED: 'W tej weryfikacji nie ma już miejsca na kolejne zdjęcia. Wyślij dodane zdjęcia lub skontaktuj się z organizacją, która poprosiła o weryfikację.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Dziękujemy!',
        hint: 'Twoja weryfikacja jest sprawdzana. Organizacja, która o nią poprosiła, poinformuje Cię o wyniku. Możesz zamknąć tę stronę.',
      },
      APPROVED: { heading: 'Tożsamość potwierdzona', hint: 'Dziękujemy, Twoja tożsamość została potwierdzona. Możesz zamknąć tę stronę.' },
      NOT_VERIFIED: {
        heading: 'Nie udało się potwierdzić Twojej tożsamości',
        hint: 'Jeśli uważasz, że to pomyłka, skontaktuj się z organizacją, która poprosiła Cię o weryfikację.',
      },
      EXPIRED: {
        heading: 'Czas minął',
        hint: 'Ta weryfikacja wygasła. Poproś organizację, która wysłała Ci link, o nowy.',
      },
      CANCELLED: {
        heading: 'Ta weryfikacja została anulowana',
        hint: 'Nie musisz tu już nic robić. Jeśli nadal musisz potwierdzić tożsamość, poproś organizację, która wysłała Ci link, o nowy.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Za chwilę nastąpi przekierowanie…',
  },
  branding: {
    intro: '{business} musi potwierdzić Twoją tożsamość. Zajmie to tylko kilka minut.',
    askForNewLink: 'Poproś {business} o nowy link.',
    contact: 'Potrzebujesz pomocy? Skontaktuj się z {business}:',
    privacyPolicy: 'Polityka prywatności {business}',
  },
  handoff: {
    offer: 'Kontynuuj na telefonie',
    scan: 'Zeskanuj ten kod QR aparatem telefonu. Zdjęcia zrobisz na telefonie, a ta strona pokaże postęp.',
    typeLink: 'Albo wpisz ten adres w przeglądarce telefonu:',
    qrAlt: 'Kod QR linku {url}',
    once: 'Kod działa jeden raz i wygasa po 10 minutach.',
    status: {
      WAITING: 'Czekamy na Twój telefon…',
      CAPTURING: 'Twój telefon jest połączony. Zrób zdjęcia na telefonie.',
      CHECKING: 'Twoje zdjęcia zostały wysłane. Sprawdzamy je…',
      EXPIRED: 'Ten kod wygasł. Wyświetl nowy, aby kontynuować na telefonie.',
    },
    newCode: 'Wyświetl nowy kod',
    useComputer: 'Jednak użyj tego komputera',
    opening: 'Kontynuuje weryfikację tożsamości w przeglądarce telefonu.',
    unavailable: {
      USED: { heading: 'Ten link został już użyty', hint: 'Działa tylko raz. Na komputerze wyświetl nowy kod i zeskanuj go.' },
      EXPIRED: { heading: 'Ten link wygasł', hint: 'Jest ważny 10 minut. Na komputerze wyświetl nowy kod i zeskanuj go.' },
      NOT_FOUND: { heading: 'Ten link jest nieprawidłowy', hint: 'Sprawdź wpisany adres albo ponownie zeskanuj kod z komputera.' },
      RATE_LIMITED: { heading: 'Zbyt wiele prób', hint: 'Poczekaj kilka minut i spróbuj ponownie.' },
    },
  },
  camera: {
    shutter: 'Zrób zdjęcie',
    usePhoto: 'Użyj tego zdjęcia',
    retake: 'Powtórz',
    torch: 'Światło',
    starting: 'Uruchamianie aparatu…',
    shotAlt: 'Zdjęcie, które właśnie zrobiono',
    guidance: {
      ready: 'Nie ruszaj się i zrób zdjęcie.',
      check: 'Sprawdź, czy zdjęcie jest ostre i wszystko da się odczytać.',
      tooDark: 'Jest zbyt ciemno. Przejdź w jaśniejsze miejsce.',
      blurry: 'Obraz jest rozmazany. Trzymaj telefon nieruchomo.',
      noDocument: 'Umieść dokument w ramce tak, aby ją wypełniał.',
      noFace: 'Umieść twarz w owalu i patrz w aparat.',
    },
    unavailable: {
      denied: 'Nie zezwolono na dostęp do aparatu, więc możesz przesłać zdjęcia.',
      noCamera: 'Nie znaleziono aparatu, więc możesz przesłać zdjęcia.',
      unsupported: 'Ta przeglądarka nie może tu otworzyć aparatu, więc możesz przesłać zdjęcia.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Twoja weryfikacja jest sprawdzana. {business} poinformuje Cię o wyniku. Możesz zamknąć tę stronę.',
      NOT_VERIFIED: 'Jeśli uważasz, że to pomyłka, skontaktuj się z {business}.',
      CANCELLED: 'Nie musisz tu już nic robić. Jeśli nadal musisz potwierdzić tożsamość, skontaktuj się z {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Wysłano już tyle zdjęć, ile przyjmuje ta weryfikacja. Wyślij dodane zdjęcia lub skontaktuj się z {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'W tej weryfikacji nie ma już miejsca na kolejne zdjęcia. Wyślij dodane zdjęcia lub skontaktuj się z {business}.',
    },
  },
} satisfies Messages;
