import type { Messages } from './messages';

const askForNewLink = 'Poproś organizację, która go wysłała, o nowy link.';

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
    LINK_EXHAUSTED: { heading: 'Ten link weryfikacyjny został już wykorzystany', hint: `Nie można go użyć ponownie. ${askForNewLink}` },
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
    continue: 'Dalej',
    unavailable: {
      EXPIRED: {
        heading: 'Ta sesja weryfikacyjna wygasła',
        hint: 'Czas na jej ukończenie minął. Poproś organizację, która wysłała Ci link, o nowy.',
      },
      NOT_FOUND: {
        heading: 'Nie znaleźliśmy tej sesji weryfikacyjnej',
        hint: 'Sprawdź, czy adres został otwarty w całości, lub poproś organizację, która wysłała Ci link, o nowy.',
      },
    },
  },
} satisfies Messages;
