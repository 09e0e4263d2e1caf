import type { Messages } from './messages';

const askForNewLink = 'Vraag de organisatie die hem heeft gestuurd om een nieuwe link.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'We konden deze verificatiesessie niet vinden',
  hint: 'Controleer of je het volledige adres hebt geopend, of vraag de organisatie die je de link heeft gestuurd om een nieuwe.',
};

export default {
  languageName: 'Nederlands',
  layout: {
    poweredBy: 'Mogelijk gemaakt door {product}',
    languageSwitcher: 'Taal',
  },
  landing: {
    title: 'Identiteitsverificatie',
    heading: 'Verifieer je identiteit',
    intro: 'De organisatie die je deze link heeft gestuurd, moet bevestigen wie je bent. Het duurt maar een paar minuten.',
    needsHeading: 'Wat je nodig hebt',
    needs: {
      document: 'Een geldig identiteitsbewijs: paspoort, identiteitskaart, rijbewijs of verblijfsvergunning',
      selfie: 'Een telefoon of computer met camera, om een selfie te maken',
    },
    consent: {
      DOCUMENT: 'Door op Beginnen te drukken, ga je ermee akkoord dat je document wordt verwerkt om je identiteit te verifiëren.',
      SELFIE: 'Door op Beginnen te drukken, ga je ermee akkoord dat je selfie wordt verwerkt om je identiteit te verifiëren.',
      DOCUMENT_AND_SELFIE: 'Door op Beginnen te drukken, ga je ermee akkoord dat je document en selfie worden verwerkt om je identiteit te verifiëren.',
    },
    start: 'Beginnen',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Deze verificatielink is verlopen', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Deze verificatielink heeft zijn limiet bereikt', hint: `Hij is zo vaak gebruikt als de organisatie toestond. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Deze verificatielink is niet meer actief', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'We konden deze verificatielink niet vinden',
      hint: 'Controleer of je het volledige adres hebt geopend, of vraag de organisatie die hem heeft gestuurd om een nieuwe link.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verificatie is tijdelijk niet beschikbaar', hint: 'Probeer het later opnieuw.' },
  },
  session: {
    title: 'Identiteitsverificatie',
    heading: 'Laten we je identiteit verifiëren',
    stepsHeading: 'Dit vragen we je te doen:',
    steps: {
      documentFront: 'Maak een foto van de voorkant van je identiteitsbewijs',
      documentBack: 'Maak een foto van de achterkant, als je document die heeft',
      selfie: 'Maak een selfie',
    },
    timeLimit: {
      one: 'Zodra je begint, heb je {minutes} minuut om deze stappen te voltooien.',
      other: 'Zodra je begint, heb je {minutes} minuten om deze stappen te voltooien.',
    },
    timeLimitUnknown: 'Zodra je begint, heb je beperkt de tijd voor deze stappen; een aftelklok laat zien hoeveel tijd er nog is.',
    needsJavaScript: 'Zet JavaScript aan in je browser om verder te gaan, of open deze link in een andere browser.',
    unavailable: {
      EXPIRED: {
        heading: 'Deze verificatiesessie is verlopen',
        hint: 'De tijd om haar te voltooien is om. Vraag de organisatie die je de link heeft gestuurd om een nieuwe.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Resterende tijd',
    back: 'Terug',
    continue: 'Doorgaan',
    documentType: {
      heading: 'Welk document gebruik je?',
      hint: 'Gebruik het originele, geldige document: geen fotokopie en geen foto van een scherm.',
      legend: 'Soort document',
      names: { ID_CARD: 'Identiteitskaart', PASSPORT: 'Paspoort', DRIVER_LICENSE: 'Rijbewijs', RESIDENCE_PERMIT: 'Verblijfsvergunning' },
    },
    kinds: {
      FRONT: {
        heading: 'Voorkant van je document',
        instruction:
          'Fotografeer de kant met je foto; bij een paspoort de pagina met de foto. Leg het document op een vlakke, goed verlichte ondergrond, met alle vier de hoeken zichtbaar en zonder schittering.',
      },
      BACK: {
        heading: 'Achterkant van je document',
        instruction: 'Draai het document om. Houd het opnieuw vlak en goed verlicht, met alle vier de hoeken zichtbaar en zonder schittering.',
      },
      FACE: {
        heading: 'Je selfie',
        instruction:
          'Kijk in de camera bij goed licht, met je hele gezicht zichtbaar en niets ervoor: geen zonnebril, hoed of mondkapje. Kijk neutraal.',
      },
    },
    retryHeading: 'Maak je foto’s opnieuw',
    review: {
      heading: 'Controleer je foto’s',
      hint: 'Zorg dat alles scherp en leesbaar is. Je kunt elke foto vervangen voordat je verstuurt.',
      submit: 'Versturen',
    },
    checking: { heading: 'We controleren je foto’s', hint: 'Dit duurt meestal een paar seconden. Houd deze pagina open.' },
    redirectLink: 'Doorgaan',
  },
  privacy: {
    controller: '{business} vraagt je om je identiteit te verifiëren en is verantwoordelijk voor je persoonsgegevens (verwerkingsverantwoordelijke).',
    retention: {
      one: 'Je foto’s en de gegevens die eruit zijn gelezen, worden uiterlijk {days} dag na het einde van de verificatie verwijderd.',
      other: 'Je foto’s en de gegevens die eruit zijn gelezen, worden uiterlijk {days} dagen na het einde van de verificatie verwijderd.',
    },
    withdraw: 'Zolang je je foto’s niet hebt verstuurd, kun je je op elk moment terugtrekken met “Verificatie annuleren”.',
    cancel: {
      button: 'Verificatie annuleren',
      heading: 'Deze verificatie annuleren?',
      hint: 'Je foto’s worden niet gecontroleerd en {business} krijgt te horen dat je hebt geannuleerd.',
      confirm: 'Ja, annuleren',
      keep: 'Nee, doorgaan',
    },
  },
  script: {
    stepOf: 'Stap {current} van {total}',
    minutesLeft: { one: 'Nog {minutes} minuut', other: 'Nog {minutes} minuten' },
    takePhoto: 'Maak een foto',
    retakePhoto: 'Maak een nieuwe foto',
    chooseFile: 'Kies een bestand',
    chooseOtherFile: 'Kies een ander bestand',
    uploading: 'Bezig met uploaden…',
    added: 'Foto toegevoegd',
    notAdded: 'Nog niet toegevoegd',
    add: 'Toevoegen',
    replace: 'Vervangen',
    previewAlt: 'De foto die je hebt gekozen',
    attempt: 'Dit is poging {attempt} van {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'We konden de twee regels letters en cijfers onderaan de fotopagina (of op de achterkant van de kaart) niet vinden. Zorg dat ze helemaal zichtbaar en scherp zijn.',
      MRZ_OCR_READING_ERROR: 'We konden de regels onderaan je document niet goed lezen. Maak de foto opnieuw bij goed licht, zonder schittering, met het document plat.',
      NO_FACE_FOUND: 'We zagen geen gezicht op je selfie. Kijk recht in de camera met je hele gezicht in beeld.',
      TOO_MANY_FACES: 'Er stond meer dan één gezicht op je selfie. Zorg dat alleen jij op de foto staat.',
      FACE_TOO_SMALL: 'Je gezicht was te klein op de selfie. Houd de telefoon dichterbij, zodat je gezicht het ovaal vult.',
      DOC_TOO_BLURRY: 'De foto van je document was onscherp. Houd je telefoon stil en laat de camera scherpstellen voordat je de foto maakt.',
      DOC_TOO_DARK: 'De foto van je document was te donker. Ga naar een lichtere plek of doe meer licht aan.',
      DOC_TOO_BRIGHT: 'De foto van je document was te licht. Vermijd direct licht en de flitser, die voor schittering zorgen.',
      FACE_TOO_BLURRY: 'Je selfie was onscherp. Houd je telefoon stil en beweeg niet terwijl je hem maakt.',
      FACE_TOO_DARK: 'Je selfie was te donker. Ga met je gezicht naar een raam of lamp, zodat het gelijkmatig verlicht is.',
      FACE_TOO_BRIGHT: 'Je selfie was te licht. Ga uit het directe zonlicht en gebruik de flitser niet.',
    },
    retryGeneric: 'We konden je vorige foto’s niet controleren.',
    errors: {
      MRZ_NOT_VISIBLE: 'De twee regels onderaan de fotopagina (bij een identiteitskaart: op de achterkant) moeten zichtbaar zijn. Maak de foto opnieuw met de hele pagina in beeld.',
      DOCUMENT_NOT_VISIBLE: 'We zagen op deze foto geen document met pasfoto. Zorg dat de hele voorkant van de kaart in beeld is.',
      NO_FACE_FOUND: 'We zien geen gezicht op deze selfie. Kijk recht in de camera met je hele gezicht in beeld.',
      TOO_MANY_FACES: 'Er staat meer dan één gezicht op deze selfie. Zorg dat alleen jij op de foto staat.',
      FACE_TOO_SMALL: 'Je gezicht is te klein op deze selfie. Houd de telefoon dichterbij.',
      FACE_TOO_BLURRY: 'Deze selfie is onscherp. Houd de telefoon stil en maak hem opnieuw.',
      UNSUPPORTED_FILE_TYPE: 'Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-afbeelding.',
      FILE_TOO_LARGE: 'Dit bestand is te groot. Kies een foto kleiner dan {megabytes} MB.',
      IMAGE_TOO_SMALL: 'De resolutie van deze foto is te laag. Maak hem met de camera van je telefoon, of kies een grotere afbeelding.',
      IMAGE_UNREADABLE: 'We konden deze foto niet openen. Misschien is hij beschadigd; maak hem opnieuw.',
      VALIDATION_ERROR: 'De foto kon niet worden verstuurd. Probeer het opnieuw.',
      MISSING_DOCUMENTS: 'Er ontbreekt nog een foto. Voeg hem toe en verstuur opnieuw.',
      INVALID_STATE: 'Je verificatie is in een ander venster verdergegaan, dus we hebben deze pagina bijgewerkt.',
      NETWORK: 'We konden de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
      UNEXPECTED: 'Er ging bij ons iets mis. Probeer het opnieuw.',
      RATE_LIMITED: 'Te veel pogingen in korte tijd. Wacht een minuut en probeer het dan opnieuw.',
      TOO_MANY_UPLOADS: 'Je hebt zoveel foto’s gestuurd als deze verificatie accepteert. Verstuur de foto’s die je hebt toegevoegd, of neem contact op met de organisatie die je om verificatie heeft gevraagd.',
      UPLOAD_QUOTA_EXCEEDED: 'Er is geen ruimte meer voor foto’s in deze verificatie. Verstuur de foto’s die je hebt toegevoegd, of neem contact op met de organisatie die je om verificatie heeft gevraagd.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Bedankt!',
        hint: 'Je verificatie wordt beoordeeld. De organisatie die erom vroeg, laat je de uitkomst weten. Je kunt deze pagina sluiten.',
      },
      APPROVED: { heading: 'Je bent geverifieerd', hint: 'Bedankt, je identiteit is bevestigd. Je kunt deze pagina sluiten.' },
      NOT_VERIFIED: {
        heading: 'We konden je identiteit niet verifiëren',
        hint: 'Denk je dat dit een vergissing is? Neem dan contact op met de organisatie die je vroeg je identiteit te verifiëren.',
      },
      EXPIRED: {
        heading: 'Je tijd is om',
        hint: 'Deze verificatie is verlopen. Vraag de organisatie die je de link heeft gestuurd om een nieuwe.',
      },
      CANCELLED: {
        heading: 'Deze verificatie is geannuleerd',
        hint: 'Je hoeft hier niets meer te doen. Moet je je identiteit toch nog verifiëren, neem dan contact op met de organisatie die je de link heeft gestuurd.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Je wordt zo teruggestuurd…',
  },
  branding: {
    intro: '{business} moet bevestigen wie u bent. Het duurt maar een paar minuten.',
    askForNewLink: 'Vraag {business} om een nieuwe link.',
    contact: 'Hulp nodig? Neem contact op met {business}:',
    privacyPolicy: 'Privacybeleid van {business}',
  },
  handoff: {
    offer: 'Verder op je telefoon',
    scan: 'Scan deze QR-code met de camera van je telefoon. Je maakt de foto’s op je telefoon en deze pagina toont de voortgang.',
    typeLink: 'Of typ dit adres in de browser van je telefoon:',
    qrAlt: 'QR-code van de link {url}',
    once: 'De code werkt één keer en verloopt na 10 minuten.',
    status: {
      WAITING: 'Wachten op je telefoon…',
      CAPTURING: 'Je telefoon is verbonden. Maak de foto’s op je telefoon.',
      CHECKING: 'Je foto’s zijn verzonden. We controleren ze…',
      EXPIRED: 'Deze code is verlopen. Toon een nieuwe om verder te gaan op je telefoon.',
    },
    newCode: 'Nieuwe code tonen',
    useComputer: 'Toch deze computer gebruiken',
    opening: 'Hiermee ga je verder met een identiteitscontrole in de browser van je telefoon.',
    unavailable: {
      USED: { heading: 'Deze link is al gebruikt', hint: 'Hij werkt maar één keer. Toon op je computer een nieuwe code en scan die.' },
      EXPIRED: { heading: 'Deze link is verlopen', hint: 'Hij is 10 minuten geldig. Toon op je computer een nieuwe code en scan die.' },
      NOT_FOUND: { heading: 'Deze link is niet geldig', hint: 'Controleer het adres dat je hebt getypt, of scan de code op je computer opnieuw.' },
      RATE_LIMITED: { heading: 'Te veel pogingen', hint: 'Wacht een paar minuten en probeer het dan opnieuw.' },
    },
  },
  camera: {
    shutter: 'Foto maken',
    usePhoto: 'Deze foto gebruiken',
    retake: 'Opnieuw',
    torch: 'Lamp',
    starting: 'Camera wordt gestart…',
    shotAlt: 'De foto die u zojuist hebt gemaakt',
    guidance: {
      ready: 'Houd stil en maak dan de foto.',
      check: 'Controleer of de foto scherp is en alles leesbaar is.',
      tooDark: 'Het is te donker. Ga naar een lichtere plek.',
      blurry: 'Het beeld is wazig. Houd uw telefoon stil.',
      noDocument: 'Houd het document zo in het kader dat het dit vult.',
      noFace: 'Houd uw gezicht in het ovaal en kijk in de camera.',
    },
    unavailable: {
      denied: 'Toegang tot de camera is niet toegestaan, dus u kunt in plaats daarvan foto’s uploaden.',
      noCamera: 'Er is geen camera gevonden, dus u kunt in plaats daarvan foto’s uploaden.',
      unsupported: 'Deze browser kan de camera hier niet openen, dus u kunt in plaats daarvan foto’s uploaden.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Je verificatie wordt beoordeeld. {business} laat je de uitkomst weten. Je kunt deze pagina sluiten.',
      NOT_VERIFIED: 'Denk je dat dit een vergissing is? Neem dan contact op met {business}.',
      CANCELLED: 'Je hoeft hier niets meer te doen. Moet je je identiteit toch nog verifiëren, neem dan contact op met {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Je hebt zoveel foto’s gestuurd als deze verificatie accepteert. Verstuur de foto’s die je hebt toegevoegd, of neem contact op met {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Er is geen ruimte meer voor foto’s in deze verificatie. Verstuur de foto’s die je hebt toegevoegd, of neem contact op met {business}.',
    },
  },
} satisfies Messages;
