import type { Messages } from './messages';

const askForNewLink = 'Be organisationen som skickade den om en ny länk.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Vi kunde inte hitta den här verifieringssessionen',
  hint: 'Kontrollera att du har öppnat hela adressen, eller be organisationen som skickade länken om en ny.',
};

export default {
  languageName: 'Svenska',
  layout: {
    poweredBy: 'Drivs av {product}',
    languageSwitcher: 'Språk',
  },
  landing: {
    title: 'Identitetsverifiering',
    heading: 'Verifiera din identitet',
    intro: 'Organisationen som skickade den här länken till dig behöver bekräfta vem du är. Det tar bara några minuter.',
    needsHeading: 'Det här behöver du',
    needs: {
      document: 'En giltig id-handling: pass, id-kort, körkort eller uppehållstillstånd',
      selfie: 'En telefon eller dator med kamera, för att ta en selfie',
    },
    consent: {
      DOCUMENT: 'Genom att trycka på Börja godkänner du att din id-handling behandlas för att verifiera din identitet.',
      SELFIE: 'Genom att trycka på Börja godkänner du att din selfie behandlas för att verifiera din identitet.',
      DOCUMENT_AND_SELFIE: 'Genom att trycka på Börja godkänner du att din id-handling och din selfie behandlas för att verifiera din identitet.',
    },
    start: 'Börja',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Den här verifieringslänken har gått ut', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Den här verifieringslänken har nått sin gräns', hint: `Den har använts så många gånger som organisationen tillät. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Den här verifieringslänken är inte längre aktiv', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Vi kunde inte hitta den här verifieringslänken',
      hint: 'Kontrollera att du har öppnat hela adressen, eller be organisationen som skickade den om en ny länk.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verifieringen är tillfälligt otillgänglig', hint: 'Försök igen senare.' },
  },
  session: {
    title: 'Identitetsverifiering',
    heading: 'Nu verifierar vi din identitet',
    stepsHeading: 'Det här kommer vi att be dig göra:',
    steps: {
      documentFront: 'Ta en bild av framsidan på din id-handling',
      documentBack: 'Ta en bild av baksidan, om din id-handling har en',
      selfie: 'Ta en selfie',
    },
    timeLimit: {
      one: 'När du har börjat har du {minutes} minut på dig att slutföra stegen.',
      other: 'När du har börjat har du {minutes} minuter på dig att slutföra stegen.',
    },
    timeLimitUnknown: 'När du har börjat har du begränsad tid på dig för stegen; en nedräkning visar hur mycket som är kvar.',
    needsJavaScript: 'Aktivera JavaScript i webbläsaren för att fortsätta, eller öppna länken i en annan webbläsare.',
    unavailable: {
      EXPIRED: {
        heading: 'Den här verifieringssessionen har gått ut',
        hint: 'Tiden för att slutföra den är slut. Be organisationen som skickade länken om en ny.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Tid kvar',
    back: 'Tillbaka',
    continue: 'Fortsätt',
    documentType: {
      heading: 'Vilken id-handling vill du använda?',
      hint: 'Använd originalet och se till att det är giltigt: inte en kopia eller en bild av en skärm.',
      legend: 'Typ av id-handling',
      names: { ID_CARD: 'Id-kort', PASSPORT: 'Pass', DRIVER_LICENSE: 'Körkort', RESIDENCE_PERMIT: 'Uppehållstillstånd' },
    },
    kinds: {
      FRONT: {
        heading: 'Framsidan på din id-handling',
        instruction:
          'Fotografera sidan med ditt foto; för pass sidan med fotot. Lägg id-handlingen på en plan, väl upplyst yta, med alla fyra hörnen synliga och utan reflexer.',
      },
      BACK: {
        heading: 'Baksidan på din id-handling',
        instruction: 'Vänd på id-handlingen. Håll den återigen plan och väl upplyst, med alla fyra hörnen synliga och utan reflexer.',
      },
      FACE: {
        heading: 'Din selfie',
        instruction:
          'Titta in i kameran i bra ljus, med hela ansiktet synligt och inget som täcker det: inga solglasögon, ingen hatt eller mask. Ha ett neutralt ansiktsuttryck.',
      },
    },
    retryHeading: 'Ta dina bilder igen',
    review: {
      heading: 'Kontrollera dina bilder',
      hint: 'Se till att allt är skarpt och läsbart. Du kan byta ut vilken bild som helst innan du skickar.',
      submit: 'Skicka',
    },
    checking: { heading: 'Vi kontrollerar dina bilder', hint: 'Det brukar ta några sekunder. Låt sidan vara öppen.' },
    redirectLink: 'Fortsätt',
  },
  privacy: {
    controller: '{business} ber dig verifiera din identitet och är ansvarig för dina personuppgifter (personuppgiftsansvarig).',
    retention: {
      one: 'Dina bilder och de uppgifter som lästs ut från dem raderas senast {days} dag efter att verifieringen har avslutats.',
      other: 'Dina bilder och de uppgifter som lästs ut från dem raderas senast {days} dagar efter att verifieringen har avslutats.',
    },
    withdraw: 'Tills du skickar dina bilder kan du när som helst dra dig ur med ”Avbryt verifieringen”.',
    cancel: {
      button: 'Avbryt verifieringen',
      heading: 'Vill du avbryta verifieringen?',
      hint: 'Dina bilder kommer inte att granskas, och {business} får veta att du har avbrutit.',
      confirm: 'Ja, avbryt',
      keep: 'Nej, fortsätt',
    },
  },
  script: {
    stepOf: 'Steg {current} av {total}',
    minutesLeft: { one: '{minutes} minut kvar', other: '{minutes} minuter kvar' },
    takePhoto: 'Ta en bild',
    retakePhoto: 'Ta en ny bild',
    chooseFile: 'Välj en fil',
    chooseOtherFile: 'Välj en annan fil',
    uploading: 'Laddar upp…',
    added: 'Bild tillagd',
    notAdded: 'Inte tillagd än',
    add: 'Lägg till',
    replace: 'Byt ut',
    previewAlt: 'Bilden du valde',
    attempt: 'Det här är försök {attempt} av {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Vi hittade inte de två raderna med bokstäver och siffror längst ned på sidan med fotot (eller på kortets baksida). Se till att de syns helt och skarpt.',
      MRZ_OCR_READING_ERROR: 'Vi kunde inte läsa raderna längst ned på din id-handling tydligt. Ta bilden igen i bra ljus, utan reflexer, med id-handlingen plant.',
      NO_FACE_FOUND: 'Vi såg inget ansikte på din selfie. Titta rakt in i kameran med hela ansiktet i bild.',
      TOO_MANY_FACES: 'Det var mer än ett ansikte på din selfie. Se till att bara du är med på bilden.',
      FACE_TOO_SMALL: 'Ditt ansikte var för litet på selfien. Håll telefonen närmare så att ansiktet fyller ovalen.',
      DOC_TOO_BLURRY: 'Bilden av din id-handling var suddig. Håll telefonen stilla och låt kameran fokusera innan du tar bilden.',
      DOC_TOO_DARK: 'Bilden av din id-handling var för mörk. Gå till en ljusare plats eller tänd mer ljus.',
      DOC_TOO_BRIGHT: 'Bilden av din id-handling var för ljus. Undvik direkt ljus och blixt, som ger reflexer.',
      FACE_TOO_BLURRY: 'Din selfie var suddig. Håll telefonen stilla och rör dig inte medan du tar den.',
      FACE_TOO_DARK: 'Din selfie var för mörk. Vänd ansiktet mot ett fönster eller en lampa så att det blir jämnt belyst.',
      FACE_TOO_BRIGHT: 'Din selfie var för ljus. Gå ur direkt solljus och använd inte blixten.',
    },
    retryGeneric: 'Vi kunde inte kontrollera dina tidigare bilder.',
    errors: {
      MRZ_NOT_VISIBLE: 'De två raderna längst ned på sidan med fotot (på ett id-kort: på baksidan) måste synas. Ta bilden igen med hela sidan i bild.',
      DOCUMENT_NOT_VISIBLE: 'Vi såg ingen id-handling med foto på den här bilden. Få med hela kortets framsida i bild.',
      NO_FACE_FOUND: 'Vi ser inget ansikte på den här selfien. Titta rakt in i kameran med hela ansiktet i bild.',
      TOO_MANY_FACES: 'Det är mer än ett ansikte på den här selfien. Se till att bara du är med på bilden.',
      FACE_TOO_SMALL: 'Ditt ansikte är för litet på den här selfien. Håll telefonen närmare.',
      FACE_TOO_BLURRY: 'Den här selfien är suddig. Håll telefonen stilla och ta den igen.',
      UNSUPPORTED_FILE_TYPE: 'Den här filen är ingen bild som vi kan använda. Välj en JPEG-, PNG- eller WebP-bild.',
      FILE_TOO_LARGE: 'Filen är för stor. Välj en bild som är mindre än {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Bildens upplösning är för låg. Ta den med telefonens kamera, eller välj en större bild.',
      IMAGE_UNREADABLE: 'Vi kunde inte öppna bilden. Den kan vara skadad; ta den igen.',
      VALIDATION_ERROR: 'Bilden kunde inte skickas. Försök igen.',
      MISSING_DOCUMENTS: 'En bild saknas fortfarande. Lägg till den och skicka sedan igen.',
      INVALID_STATE: 'Din verifiering har gått vidare i ett annat fönster, så vi har uppdaterat den här sidan.',
      NETWORK: 'Vi nådde inte servern. Kontrollera din anslutning och försök igen.',
      UNEXPECTED: 'Något gick fel hos oss. Försök igen.',
      RATE_LIMITED: 'För många försök på kort tid. Vänta en minut och försök sedan igen.',
      TOO_MANY_UPLOADS: 'Du har skickat så många bilder som den här verifieringen tar emot. Skicka bilderna du har lagt till, eller kontakta organisationen som bad dig verifiera dig.',
      UPLOAD_QUOTA_EXCEEDED: 'Det finns inte plats för fler bilder i den här verifieringen. Skicka bilderna du har lagt till, eller kontakta organisationen som bad dig verifiera dig.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Tack!',
        hint: 'Din verifiering granskas. Organisationen som bad om den meddelar dig resultatet. Du kan stänga den här sidan.',
      },
      APPROVED: { heading: 'Du är verifierad', hint: 'Tack, din identitet är bekräftad. Du kan stänga den här sidan.' },
      NOT_VERIFIED: {
        heading: 'Vi kunde inte verifiera din identitet',
        hint: 'Om du tror att det är fel, kontakta organisationen som bad dig verifiera din identitet.',
      },
      EXPIRED: {
        heading: 'Tiden har gått ut',
        hint: 'Den här verifieringen har gått ut. Be organisationen som skickade länken om en ny.',
      },
      CANCELLED: {
        heading: 'Den här verifieringen avbröts',
        hint: 'Det finns inget mer att göra här. Om du fortfarande behöver verifiera din identitet, kontakta organisationen som skickade länken.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Du skickas tillbaka om ett ögonblick…',
  },
  branding: {
    intro: '{business} behöver bekräfta vem du är. Det tar bara några minuter.',
    askForNewLink: 'Be {business} om en ny länk.',
    contact: 'Behöver du hjälp? Kontakta {business}:',
    privacyPolicy: 'Integritetspolicy för {business}',
  },
  handoff: {
    offer: 'Fortsätt på telefonen',
    scan: 'Skanna QR-koden med telefonens kamera. Du tar bilderna på telefonen, och den här sidan visar hur det går.',
    typeLink: 'Eller skriv den här adressen i telefonens webbläsare:',
    qrAlt: 'QR-kod för länken {url}',
    once: 'Koden fungerar en gång och upphör efter 10 minuter.',
    status: {
      WAITING: 'Väntar på din telefon…',
      CAPTURING: 'Din telefon är ansluten. Ta bilderna på telefonen.',
      CHECKING: 'Dina bilder har skickats. Vi kontrollerar dem…',
      EXPIRED: 'Koden har upphört att gälla. Visa en ny för att fortsätta på telefonen.',
    },
    newCode: 'Visa en ny kod',
    useComputer: 'Använd den här datorn i stället',
    opening: 'Den fortsätter en identitetskontroll i telefonens webbläsare.',
    unavailable: {
      USED: { heading: 'Länken har redan använts', hint: 'Den fungerar bara en gång. Visa en ny kod på datorn och skanna den.' },
      EXPIRED: { heading: 'Länken har upphört att gälla', hint: 'Den gäller i 10 minuter. Visa en ny kod på datorn och skanna den.' },
      NOT_FOUND: { heading: 'Länken är ogiltig', hint: 'Kontrollera adressen du skrev, eller skanna koden på datorn igen.' },
      RATE_LIMITED: { heading: 'För många försök', hint: 'Vänta några minuter och försök sedan igen.' },
    },
  },
  camera: {
    shutter: 'Ta foto',
    usePhoto: 'Använd det här fotot',
    retake: 'Ta om',
    torch: 'Ljus',
    starting: 'Kameran startar…',
    shotAlt: 'Fotot du just tog',
    guidance: {
      ready: 'Håll stilla och ta sedan fotot.',
      check: 'Kontrollera att fotot är skarpt och att allt går att läsa.',
      tooDark: 'Det är för mörkt. Gå till en ljusare plats.',
      blurry: 'Bilden är suddig. Håll telefonen stilla.',
      noDocument: 'Placera dokumentet i ramen så att det fyller den.',
      noFace: 'Placera ansiktet i ovalen och titta in i kameran.',
    },
    unavailable: {
      denied: 'Åtkomst till kameran tilläts inte, så du kan ladda upp foton i stället.',
      noCamera: 'Ingen kamera hittades, så du kan ladda upp foton i stället.',
      unsupported: 'Den här webbläsaren kan inte öppna kameran här, så du kan ladda upp foton i stället.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Din verifiering granskas. {business} meddelar dig resultatet. Du kan stänga den här sidan.',
      NOT_VERIFIED: 'Om du tror att det är fel, kontakta {business}.',
      CANCELLED: 'Det finns inget mer att göra här. Om du fortfarande behöver verifiera din identitet, kontakta {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Du har skickat så många bilder som den här verifieringen tar emot. Skicka bilderna du har lagt till, eller kontakta {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Det finns inte plats för fler bilder i den här verifieringen. Skicka bilderna du har lagt till, eller kontakta {business}.',
    },
  },
} satisfies Messages;
