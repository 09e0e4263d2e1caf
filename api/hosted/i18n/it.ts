import type { Messages } from './messages';

const askForNewLink = 'Chiedi un nuovo link all’organizzazione che te l’ha inviato.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Non abbiamo trovato questa sessione di verifica',
  hint: 'Controlla di aver aperto l’indirizzo completo oppure chiedi un nuovo link all’organizzazione che te l’ha inviato.',
};

export default {
  languageName: 'Italiano',
  layout: {
    poweredBy: 'Con la tecnologia di {product}',
    languageSwitcher: 'Lingua',
  },
  landing: {
    title: 'Verifica dell’identità',
    heading: 'Verifica la tua identità',
    intro: 'L’organizzazione che ti ha inviato questo link deve confermare chi sei. Bastano pochi minuti.',
    needsHeading: 'Cosa ti serve',
    needs: {
      document: 'Un documento d’identità valido: passaporto, carta d’identità, patente di guida o permesso di soggiorno',
      selfie: 'Uno smartphone o un computer con fotocamera, per scattare un selfie',
    },
    consent: {
      DOCUMENT: 'Premendo Inizia accetti che il tuo documento venga trattato per verificare la tua identità.',
      SELFIE: 'Premendo Inizia accetti che il tuo selfie venga trattato per verificare la tua identità.',
      DOCUMENT_AND_SELFIE: 'Premendo Inizia accetti che il tuo documento e il tuo selfie vengano trattati per verificare la tua identità.',
    },
    start: 'Inizia',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Questo link di verifica è scaduto', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Questo link di verifica ha raggiunto il suo limite', hint: `È stato usato tutte le volte consentite dall’organizzazione. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Questo link di verifica non è più attivo', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Non abbiamo trovato questo link di verifica',
      hint: 'Controlla di aver aperto l’indirizzo completo oppure chiedi un nuovo link all’organizzazione che te l’ha inviato.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'La verifica non è temporaneamente disponibile', hint: 'Riprova più tardi.' },
  },
  session: {
    title: 'Verifica dell’identità',
    heading: 'Verifichiamo la tua identità',
    stepsHeading: 'Ecco cosa ti chiederemo di fare:',
    steps: {
      documentFront: 'Scatta una foto del fronte del tuo documento d’identità',
      documentBack: 'Scatta una foto del retro, se il documento ne ha uno',
      selfie: 'Scatta un selfie',
    },
    timeLimit: {
      one: 'Una volta iniziato, hai {minutes} minuto per completare questi passaggi.',
      other: 'Una volta iniziato, hai {minutes} minuti per completare questi passaggi.',
    },
    timeLimitUnknown: 'Una volta iniziato, hai un tempo limitato per completare questi passaggi; un conto alla rovescia mostra quanto ne resta.',
    needsJavaScript: 'Per continuare, attiva JavaScript nel browser oppure apri questo link in un altro browser.',
    unavailable: {
      EXPIRED: {
        heading: 'Questa sessione di verifica è scaduta',
        hint: 'Il tempo per completarla è terminato. Chiedi un nuovo link all’organizzazione che te l’ha inviato.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Tempo rimasto',
    back: 'Indietro',
    continue: 'Continua',
    documentType: {
      heading: 'Quale documento userai?',
      hint: 'Usa il documento originale e valido: non una fotocopia né la foto di uno schermo.',
      legend: 'Tipo di documento',
      names: { ID_CARD: 'Carta d’identità', PASSPORT: 'Passaporto', DRIVER_LICENSE: 'Patente di guida', RESIDENCE_PERMIT: 'Permesso di soggiorno' },
    },
    kinds: {
      FRONT: {
        heading: 'Fronte del documento',
        instruction:
          'Fotografa il lato con la tua foto; per il passaporto, la pagina con la foto. Appoggia il documento su una superficie piana e ben illuminata, con tutti e quattro gli angoli visibili e senza riflessi.',
      },
      BACK: {
        heading: 'Retro del documento',
        instruction: 'Gira il documento. Tienilo di nuovo piatto e ben illuminato, con tutti e quattro gli angoli visibili e senza riflessi.',
      },
      FACE: {
        heading: 'Il tuo selfie',
        instruction:
          'Guarda la fotocamera in buona luce, con il viso interamente visibile e nulla che lo copra: niente occhiali da sole, cappello o mascherina. Mantieni un’espressione neutra.',
      },
    },
    retryHeading: 'Scatta di nuovo le foto',
    review: {
      heading: 'Controlla le tue foto',
      hint: 'Assicurati che tutto sia nitido e leggibile. Puoi sostituire qualsiasi foto prima dell’invio.',
      submit: 'Invia',
    },
    checking: { heading: 'Stiamo controllando le tue foto', hint: 'Di solito bastano pochi secondi. Tieni aperta questa pagina.' },
    redirectLink: 'Continua',
  },
  privacy: {
    controller: '{business} ti chiede di verificare la tua identità ed è responsabile dei tuoi dati personali (titolare del trattamento).',
    retention: {
      one: 'Le tue foto e i dati ricavati da esse vengono cancellati al più tardi {days} giorno dopo la fine della verifica.',
      other: 'Le tue foto e i dati ricavati da esse vengono cancellati al più tardi {days} giorni dopo la fine della verifica.',
    },
    withdraw: 'Finché non invii le foto, puoi ritirarti in qualsiasi momento con «Annulla verifica».',
    cancel: {
      button: 'Annulla verifica',
      heading: 'Annullare questa verifica?',
      hint: 'Le tue foto non verranno controllate e {business} riceverà notizia dell’annullamento.',
      confirm: 'Sì, annulla',
      keep: 'No, continua',
    },
  },
  script: {
    stepOf: 'Passaggio {current} di {total}',
    minutesLeft: { one: 'Resta {minutes} minuto', other: 'Restano {minutes} minuti' },
    takePhoto: 'Scatta una foto',
    retakePhoto: 'Scatta una nuova foto',
    chooseFile: 'Scegli un file',
    chooseOtherFile: 'Scegli un altro file',
    uploading: 'Caricamento…',
    added: 'Foto aggiunta',
    notAdded: 'Non ancora aggiunta',
    add: 'Aggiungi',
    replace: 'Sostituisci',
    previewAlt: 'La foto che hai scelto',
    attempt: 'Questo è il tentativo {attempt} di {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Non abbiamo trovato le due righe di lettere e cifre in fondo alla pagina con la foto (o sul retro della carta). Assicurati che siano interamente visibili e nitide.',
      MRZ_OCR_READING_ERROR: 'Non siamo riusciti a leggere chiaramente le righe in fondo al documento. Scatta di nuovo la foto in buona luce, senza riflessi, tenendo il documento piatto.',
      NO_FACE_FOUND: 'Non abbiamo visto un volto nel tuo selfie. Guarda dritto nella fotocamera con tutto il viso nell’inquadratura.',
      TOO_MANY_FACES: 'Nel tuo selfie c’era più di un volto. Assicurati di essere solo tu nella foto.',
      FACE_TOO_SMALL: 'Il tuo viso era troppo piccolo nel selfie. Avvicina il telefono in modo che il viso riempia l’ovale.',
      DOC_TOO_BLURRY: 'La foto del documento era sfocata. Tieni fermo il telefono e lascia che la fotocamera metta a fuoco prima di scattare.',
      DOC_TOO_DARK: 'La foto del documento era troppo scura. Spostati in un luogo più luminoso o accendi più luci.',
      DOC_TOO_BRIGHT: 'La foto del documento era troppo chiara. Evita la luce diretta e il flash, che creano riflessi.',
      FACE_TOO_BLURRY: 'Il tuo selfie era sfocato. Tieni fermo il telefono e resta immobile mentre scatti.',
      FACE_TOO_DARK: 'Il tuo selfie era troppo scuro. Mettiti di fronte a una finestra o a una lampada, così che il viso sia illuminato in modo uniforme.',
      FACE_TOO_BRIGHT: 'Il tuo selfie era troppo chiaro. Allontanati dalla luce diretta del sole e non usare il flash.',
    },
    retryGeneric: 'Non siamo riusciti a controllare le tue foto precedenti.',
    errors: {
      MRZ_NOT_VISIBLE: 'Le due righe in fondo alla pagina con la foto (sulla carta d’identità: sul retro) devono essere visibili. Scatta di nuovo con tutta la pagina nell’inquadratura.',
      DOCUMENT_NOT_VISIBLE: 'In questa immagine non abbiamo visto un documento con la sua foto. Inquadra tutto il fronte della carta.',
      NO_FACE_FOUND: 'In questo selfie non si vede un volto. Guarda dritto nella fotocamera con tutto il viso nell’inquadratura.',
      TOO_MANY_FACES: 'In questo selfie c’è più di un volto. Assicurati di essere solo tu nella foto.',
      FACE_TOO_SMALL: 'Il tuo viso è troppo piccolo in questo selfie. Avvicina il telefono.',
      FACE_TOO_BLURRY: 'Questo selfie è sfocato. Tieni fermo il telefono e scattalo di nuovo.',
      UNSUPPORTED_FILE_TYPE: 'Questo file non è una foto che possiamo usare. Scegli un’immagine JPEG, PNG o WebP.',
      FILE_TOO_LARGE: 'Questo file è troppo grande. Scegli una foto inferiore a {megabytes} MB.',
      IMAGE_TOO_SMALL: 'La risoluzione di questa foto è troppo bassa. Scattala con la fotocamera del telefono o scegli un’immagine più grande.',
      IMAGE_UNREADABLE: 'Non siamo riusciti ad aprire questa foto. Potrebbe essere danneggiata; scattala di nuovo.',
      VALIDATION_ERROR: 'Non è stato possibile inviare la foto. Riprova.',
      MISSING_DOCUMENTS: 'Manca ancora una foto. Aggiungila e poi invia di nuovo.',
      INVALID_STATE: 'La tua verifica è andata avanti in un’altra finestra, quindi abbiamo aggiornato questa pagina.',
      NETWORK: 'Non siamo riusciti a raggiungere il server. Controlla la connessione e riprova.',
      UNEXPECTED: 'Qualcosa è andato storto da parte nostra. Riprova.',
      RATE_LIMITED: 'Troppi tentativi in poco tempo. Attendi un minuto, poi riprova.',
      TOO_MANY_UPLOADS: 'Hai inviato tutte le foto che questa verifica accetta. Invia le foto che hai aggiunto oppure contatta l’organizzazione che ti ha chiesto la verifica.',
      UPLOAD_QUOTA_EXCEEDED: 'In questa verifica non c’è spazio per altre foto. Invia le foto che hai aggiunto oppure contatta l’organizzazione che ti ha chiesto la verifica.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Grazie!',
        hint: 'La tua verifica è in corso di revisione. L’organizzazione che l’ha richiesta ti comunicherà l’esito. Puoi chiudere questa pagina.',
      },
      APPROVED: { heading: 'Sei verificato', hint: 'Grazie, la tua identità è stata confermata. Puoi chiudere questa pagina.' },
      NOT_VERIFIED: {
        heading: 'Non siamo riusciti a verificare la tua identità',
        hint: 'Se pensi che si tratti di un errore, contatta l’organizzazione che ti ha chiesto di verificare la tua identità.',
      },
      EXPIRED: {
        heading: 'Il tempo è scaduto',
        hint: 'Questa verifica è scaduta. Chiedi un nuovo link all’organizzazione che te l’ha inviato.',
      },
      CANCELLED: {
        heading: 'Questa verifica è stata annullata',
        hint: 'Non c’è altro da fare qui. Se devi ancora verificare la tua identità, rivolgiti all’organizzazione che ti ha inviato il link.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Tra un attimo ti riportiamo indietro…',
  },
  branding: {
    intro: '{business} deve confermare la tua identità. Bastano pochi minuti.',
    askForNewLink: 'Chiedi a {business} un nuovo link.',
    contact: 'Serve aiuto? Contatta {business}:',
    privacyPolicy: 'Informativa sulla privacy di {business}',
  },
  handoff: {
    offer: 'Continua sul telefono',
    scan: 'Inquadra questo codice QR con la fotocamera del telefono. Scatterai le foto sul telefono e questa pagina mostrerà l’avanzamento.',
    typeLink: 'Oppure digita questo indirizzo nel browser del telefono:',
    qrAlt: 'Codice QR del link {url}',
    once: 'Il codice funziona una sola volta e scade dopo 10 minuti.',
    status: {
      WAITING: 'In attesa del tuo telefono…',
      CAPTURING: 'Il tuo telefono è collegato. Scatta le foto sul telefono.',
      CHECKING: 'Le tue foto sono state inviate. Le stiamo controllando…',
      EXPIRED: 'Questo codice è scaduto. Mostrane uno nuovo per continuare sul telefono.',
    },
    newCode: 'Mostra un nuovo codice',
    useComputer: 'Usa invece questo computer',
    opening: 'Continua una verifica dell’identità nel browser del telefono.',
    unavailable: {
      USED: { heading: 'Questo link è già stato usato', hint: 'Funziona una sola volta. Sul computer, mostra un nuovo codice e inquadralo.' },
      EXPIRED: { heading: 'Questo link è scaduto', hint: 'Vale 10 minuti. Sul computer, mostra un nuovo codice e inquadralo.' },
      NOT_FOUND: { heading: 'Questo link non è valido', hint: 'Controlla l’indirizzo digitato o inquadra di nuovo il codice sul computer.' },
      RATE_LIMITED: { heading: 'Troppi tentativi', hint: 'Attendi qualche minuto, poi riprova.' },
    },
  },
  camera: {
    shutter: 'Scatta la foto',
    usePhoto: 'Usa questa foto',
    retake: 'Riprova',
    torch: 'Luce',
    starting: 'Avvio della fotocamera…',
    shotAlt: 'La foto che hai appena scattato',
    guidance: {
      ready: 'Stai fermo, poi scatta la foto.',
      check: 'Controlla che la foto sia nitida e che tutto sia leggibile.',
      tooDark: 'È troppo buio. Spostati in un luogo più luminoso.',
      blurry: 'L’immagine è sfocata. Tieni fermo il telefono.',
      noDocument: 'Posiziona il documento nella cornice in modo che la riempia.',
      noFace: 'Posiziona il viso nell’ovale e guarda la fotocamera.',
    },
    unavailable: {
      denied: 'L’accesso alla fotocamera non è stato consentito: puoi caricare le foto.',
      noCamera: 'Non è stata trovata alcuna fotocamera: puoi caricare le foto.',
      unsupported: 'Questo browser non può aprire la fotocamera qui: puoi caricare le foto.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'La tua verifica è in corso di revisione. {business} ti comunicherà l’esito. Puoi chiudere questa pagina.',
      NOT_VERIFIED: 'Se pensi che si tratti di un errore, contatta {business}.',
      CANCELLED: 'Non c’è altro da fare qui. Se devi ancora verificare la tua identità, rivolgiti a {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Hai inviato tutte le foto che questa verifica accetta. Invia le foto che hai aggiunto oppure contatta {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'In questa verifica non c’è spazio per altre foto. Invia le foto che hai aggiunto oppure contatta {business}.',
    },
  },
} satisfies Messages;
