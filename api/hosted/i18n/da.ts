import type { Messages } from './messages';

const askForNewLink = 'Bed den organisation, der sendte det, om et nyt link.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Vi kunne ikke finde denne verificeringssession',
  hint: 'Tjek, at du har åbnet hele adressen, eller bed den organisation, der sendte dig linket, om et nyt.',
};

export default {
  languageName: 'Dansk',
  layout: {
    poweredBy: 'Drevet af {product}',
    languageSwitcher: 'Sprog',
  },
  landing: {
    title: 'Identitetsverificering',
    heading: 'Bekræft din identitet',
    intro: 'Den organisation, der har sendt dig dette link, skal bekræfte, hvem du er. Det tager kun et par minutter.',
    needsHeading: 'Det skal du bruge',
    needs: {
      document: 'Et gyldigt identitetsdokument: pas, ID-kort, kørekort eller opholdstilladelse',
      selfie: 'En telefon eller computer med kamera til at tage en selfie',
    },
    consent: {
      DOCUMENT: 'Når du trykker på Start, accepterer du, at dit dokument behandles for at bekræfte din identitet.',
      SELFIE: 'Når du trykker på Start, accepterer du, at din selfie behandles for at bekræfte din identitet.',
      DOCUMENT_AND_SELFIE: 'Når du trykker på Start, accepterer du, at dit dokument og din selfie behandles for at bekræfte din identitet.',
    },
    start: 'Start',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Dette verificeringslink er udløbet', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Dette verificeringslink har nået sin grænse', hint: `Det er blevet brugt så mange gange, som organisationen tillod. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Dette verificeringslink er ikke længere aktivt', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Vi kunne ikke finde dette verificeringslink',
      hint: 'Tjek, at du har åbnet hele adressen, eller bed den organisation, der sendte det, om et nyt link.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verificering er midlertidigt utilgængelig', hint: 'Prøv igen senere.' },
  },
  session: {
    title: 'Identitetsverificering',
    heading: 'Lad os bekræfte din identitet',
    stepsHeading: 'Det beder vi dig om at gøre:',
    steps: {
      documentFront: 'Tag et billede af forsiden af dit identitetsdokument',
      documentBack: 'Tag et billede af bagsiden, hvis dit dokument har en',
      selfie: 'Tag en selfie',
    },
    timeLimit: {
      one: 'Når du er begyndt, har du {minutes} minut til at gennemføre disse trin.',
      other: 'Når du er begyndt, har du {minutes} minutter til at gennemføre disse trin.',
    },
    timeLimitUnknown: 'Når du er begyndt, har du begrænset tid til disse trin; en nedtælling viser, hvor meget der er tilbage.',
    needsJavaScript: 'Slå JavaScript til i din browser for at fortsætte, eller åbn linket i en anden browser.',
    unavailable: {
      EXPIRED: {
        heading: 'Denne verificeringssession er udløbet',
        hint: 'Tiden til at gennemføre den er gået. Bed den organisation, der sendte dig linket, om et nyt.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Tid tilbage',
    back: 'Tilbage',
    continue: 'Fortsæt',
    documentType: {
      heading: 'Hvilket dokument vil du bruge?',
      hint: 'Brug det originale, gyldige dokument – ikke en fotokopi eller et billede af en skærm.',
      legend: 'Dokumenttype',
      names: { ID_CARD: 'ID-kort', PASSPORT: 'Pas', DRIVER_LICENSE: 'Kørekort', RESIDENCE_PERMIT: 'Opholdstilladelse' },
    },
    kinds: {
      FRONT: {
        heading: 'Forsiden af dit dokument',
        instruction:
          'Fotografér siden med dit billede; for et pas siden med billedet. Læg dokumentet på en plan, godt oplyst overflade, så alle fire hjørner er synlige og der ikke er genskin.',
      },
      BACK: {
        heading: 'Bagsiden af dit dokument',
        instruction: 'Vend dokumentet. Hold det igen fladt og godt oplyst, med alle fire hjørner synlige og uden genskin.',
      },
      FACE: {
        heading: 'Din selfie',
        instruction:
          'Se ind i kameraet i godt lys, med hele ansigtet synligt og intet, der dækker det: ingen solbriller, hat eller maske. Hold et neutralt udtryk.',
      },
    },
    retryHeading: 'Tag venligst dine billeder igen',
    review: {
      heading: 'Tjek dine billeder',
      hint: 'Sørg for, at alt er skarpt og læsbart. Du kan udskifte ethvert billede, før du sender.',
      submit: 'Send',
    },
    checking: { heading: 'Vi tjekker dine billeder', hint: 'Det tager normalt et par sekunder. Hold denne side åben.' },
    redirectLink: 'Fortsæt',
  },
  privacy: {
    controller: '{business} beder dig bekræfte din identitet og er ansvarlig for dine personoplysninger (dataansvarlig).',
    retention: {
      one: 'Dine billeder og de oplysninger, der er aflæst fra dem, slettes senest {days} dag efter, at verificeringen er afsluttet.',
      other: 'Dine billeder og de oplysninger, der er aflæst fra dem, slettes senest {days} dage efter, at verificeringen er afsluttet.',
    },
    withdraw: 'Indtil du sender dine billeder, kan du til enhver tid trække dig med »Annuller verificering«.',
    cancel: {
      button: 'Annuller verificering',
      heading: 'Vil du annullere denne verificering?',
      hint: 'Dine billeder bliver ikke kontrolleret, og {business} får besked om, at du har annulleret.',
      confirm: 'Ja, annuller',
      keep: 'Nej, fortsæt',
    },
  },
  script: {
    stepOf: 'Trin {current} af {total}',
    minutesLeft: { one: '{minutes} minut tilbage', other: '{minutes} minutter tilbage' },
    takePhoto: 'Tag et billede',
    retakePhoto: 'Tag et nyt billede',
    chooseFile: 'Vælg en fil',
    chooseOtherFile: 'Vælg en anden fil',
    uploading: 'Uploader…',
    added: 'Billede tilføjet',
    notAdded: 'Ikke tilføjet endnu',
    add: 'Tilføj',
    replace: 'Udskift',
    previewAlt: 'Det billede, du valgte',
    attempt: 'Dette er forsøg {attempt} af {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Vi kunne ikke finde de to linjer med bogstaver og tal nederst på billedsiden (eller på bagsiden af kortet). Sørg for, at de er helt synlige og skarpe.',
      MRZ_OCR_READING_ERROR: 'Vi kunne ikke læse linjerne nederst på dit dokument tydeligt. Tag billedet igen i godt lys, uden genskin, med dokumentet liggende fladt.',
      NO_FACE_FOUND: 'Vi kunne ikke se et ansigt på din selfie. Se direkte ind i kameraet med hele ansigtet i billedet.',
      TOO_MANY_FACES: 'Der var mere end ét ansigt på din selfie. Sørg for, at kun du er på billedet.',
      FACE_TOO_SMALL: 'Dit ansigt var for lille på din selfie. Hold telefonen tættere på, så dit ansigt fylder ovalen.',
      DOC_TOO_BLURRY: 'Billedet af dit dokument var sløret. Hold telefonen stille, og lad kameraet fokusere, før du tager billedet.',
      DOC_TOO_DARK: 'Billedet af dit dokument var for mørkt. Find et lysere sted, eller tænd mere lys.',
      DOC_TOO_BRIGHT: 'Billedet af dit dokument var for lyst. Undgå direkte lys og blitz, som giver genskin.',
      FACE_TOO_BLURRY: 'Din selfie var sløret. Hold telefonen stille, og stå roligt, mens du tager den.',
      FACE_TOO_DARK: 'Din selfie var for mørk. Vend ansigtet mod et vindue eller en lampe, så det er jævnt oplyst.',
      FACE_TOO_BRIGHT: 'Din selfie var for lys. Gå ud af direkte sollys, og brug ikke blitz.',
    },
    retryGeneric: 'Vi kunne ikke tjekke dine tidligere billeder.',
    errors: {
      MRZ_NOT_VISIBLE: 'De to linjer nederst på billedsiden (på et ID-kort: på bagsiden) skal være synlige. Tag billedet igen med hele siden i billedet.',
      DOCUMENT_NOT_VISIBLE: 'Vi kunne ikke se et dokument med billede på dette foto. Få hele forsiden af kortet med i billedet.',
      NO_FACE_FOUND: 'Vi kan ikke se et ansigt på denne selfie. Se direkte ind i kameraet med hele ansigtet i billedet.',
      TOO_MANY_FACES: 'Der er mere end ét ansigt på denne selfie. Sørg for, at kun du er på billedet.',
      FACE_TOO_SMALL: 'Dit ansigt er for lille på denne selfie. Hold telefonen tættere på.',
      FACE_TOO_BLURRY: 'Denne selfie er sløret. Hold telefonen stille, og tag den igen.',
      UNSUPPORTED_FILE_TYPE: 'Denne fil er ikke et billede, vi kan bruge. Vælg et JPEG-, PNG- eller WebP-billede.',
      FILE_TOO_LARGE: 'Denne fil er for stor. Vælg et billede under {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Opløsningen på dette billede er for lav. Tag det med telefonens kamera, eller vælg et større billede.',
      IMAGE_UNREADABLE: 'Vi kunne ikke åbne dette billede. Det er måske beskadiget; tag det venligst igen.',
      VALIDATION_ERROR: 'Billedet kunne ikke sendes. Prøv igen.',
      MISSING_DOCUMENTS: 'Der mangler stadig et billede. Tilføj det, og send igen.',
      INVALID_STATE: 'Din verificering er gået videre i et andet vindue, så vi har opdateret denne side.',
      NETWORK: 'Vi kunne ikke nå serveren. Tjek din forbindelse, og prøv igen.',
      UNEXPECTED: 'Noget gik galt hos os. Prøv igen.',
      RATE_LIMITED: 'For mange forsøg på kort tid. Vent et minut, og prøv så igen.',
      TOO_MANY_UPLOADS: 'Du har sendt så mange billeder, som denne verificering tager imod. Send de billeder, du har tilføjet, eller kontakt den organisation, der bad dig om at bekræfte din identitet.',
      UPLOAD_QUOTA_EXCEEDED: 'Der er ikke plads til flere billeder i denne verificering. Send de billeder, du har tilføjet, eller kontakt den organisation, der bad dig om at bekræfte din identitet.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Tak!',
        hint: 'Din verificering bliver gennemgået. Den organisation, der bad om den, giver dig besked om resultatet. Du kan lukke denne side.',
      },
      APPROVED: { heading: 'Du er verificeret', hint: 'Tak, din identitet er bekræftet. Du kan lukke denne side.' },
      NOT_VERIFIED: {
        heading: 'Vi kunne ikke bekræfte din identitet',
        hint: 'Hvis du mener, at det er en fejl, så kontakt den organisation, der bad dig om at bekræfte din identitet.',
      },
      EXPIRED: {
        heading: 'Din tid er gået',
        hint: 'Denne verificering er udløbet. Bed den organisation, der sendte dig linket, om et nyt.',
      },
      CANCELLED: {
        heading: 'Denne verificering blev annulleret',
        hint: 'Der er ikke mere at gøre her. Hvis du stadig skal bekræfte din identitet, så kontakt den organisation, der sendte dig linket.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Du sendes tilbage om et øjeblik…',
  },
  branding: {
    intro: '{business} skal bekræfte, hvem du er. Det tager kun få minutter.',
    askForNewLink: 'Bed {business} om et nyt link.',
    contact: 'Brug for hjælp? Kontakt {business}:',
    privacyPolicy: 'Privatlivspolitik for {business}',
  },
  handoff: {
    offer: 'Fortsæt på din telefon',
    scan: 'Scan denne QR-kode med din telefons kamera. Du tager billederne på telefonen, og denne side viser, hvordan det går.',
    typeLink: 'Eller skriv denne adresse i din telefons browser:',
    qrAlt: 'QR-kode til linket {url}',
    once: 'Koden virker én gang og udløber efter 10 minutter.',
    status: {
      WAITING: 'Venter på din telefon…',
      CAPTURING: 'Din telefon er forbundet. Tag billederne på telefonen.',
      CHECKING: 'Dine billeder er sendt. Vi tjekker dem…',
      EXPIRED: 'Denne kode er udløbet. Vis en ny for at fortsætte på din telefon.',
    },
    newCode: 'Vis en ny kode',
    useComputer: 'Brug denne computer i stedet',
    opening: 'Det fortsætter en identitetskontrol i din telefons browser.',
    unavailable: {
      USED: { heading: 'Dette link er allerede brugt', hint: 'Det virker kun én gang. Vis en ny kode på din computer, og scan den.' },
      EXPIRED: { heading: 'Dette link er udløbet', hint: 'Det gælder i 10 minutter. Vis en ny kode på din computer, og scan den.' },
      NOT_FOUND: { heading: 'Dette link er ikke gyldigt', hint: 'Tjek den adresse, du skrev, eller scan koden på din computer igen.' },
      RATE_LIMITED: { heading: 'For mange forsøg', hint: 'Vent et par minutter, og prøv igen.' },
    },
  },
  camera: {
    shutter: 'Tag billede',
    usePhoto: 'Brug dette billede',
    retake: 'Tag igen',
    torch: 'Lys',
    starting: 'Starter kameraet…',
    shotAlt: 'Billedet, du lige har taget',
    guidance: {
      ready: 'Hold stille, og tag så billedet.',
      check: 'Tjek, at billedet er skarpt, og at alt kan læses.',
      tooDark: 'Det er for mørkt. Flyt dig til et lysere sted.',
      blurry: 'Billedet er uskarpt. Hold telefonen stille.',
      noDocument: 'Placer dokumentet i rammen, så det fylder den ud.',
      noFace: 'Placer dit ansigt i ovalen, og kig ind i kameraet.',
    },
    unavailable: {
      denied: 'Adgang til kameraet blev ikke tilladt, så du kan uploade billeder i stedet.',
      noCamera: 'Der blev ikke fundet et kamera, så du kan uploade billeder i stedet.',
      unsupported: 'Denne browser kan ikke åbne kameraet her, så du kan uploade billeder i stedet.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Din verificering bliver gennemgået. {business} giver dig besked om resultatet. Du kan lukke denne side.',
      NOT_VERIFIED: 'Hvis du mener, at det er en fejl, så kontakt {business}.',
      CANCELLED: 'Der er ikke mere at gøre her. Hvis du stadig skal bekræfte din identitet, så kontakt {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Du har sendt så mange billeder, som denne verificering tager imod. Send de billeder, du har tilføjet, eller kontakt {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Der er ikke plads til flere billeder i denne verificering. Send de billeder, du har tilføjet, eller kontakt {business}.',
    },
  },
} satisfies Messages;
