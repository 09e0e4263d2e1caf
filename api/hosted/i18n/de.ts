import type { Messages } from './messages';

const askForNewLink = 'Bitten Sie die Organisation, die ihn Ihnen geschickt hat, um einen neuen Link.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Wir konnten diese Verifizierungssitzung nicht finden',
  hint: 'Prüfen Sie, ob Sie die vollständige Adresse geöffnet haben, oder bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
};

export default {
  languageName: 'Deutsch',
  layout: {
    poweredBy: 'Bereitgestellt von {product}',
    languageSwitcher: 'Sprache',
  },
  landing: {
    title: 'Identitätsprüfung',
    heading: 'Bestätigen Sie Ihre Identität',
    intro: 'Die Organisation, die Ihnen diesen Link geschickt hat, möchte bestätigen, wer Sie sind. Das dauert nur wenige Minuten.',
    needsHeading: 'Das brauchen Sie',
    needs: {
      document: 'Ein gültiges Ausweisdokument: Reisepass, Personalausweis, Führerschein oder Aufenthaltstitel',
      selfie: 'Ein Smartphone oder einen Computer mit Kamera für ein Selfie',
    },
    consent: {
      DOCUMENT: 'Indem Sie auf „Starten“ drücken, stimmen Sie zu, dass Ihr Ausweisdokument zur Prüfung Ihrer Identität verarbeitet wird.',
      SELFIE: 'Indem Sie auf „Starten“ drücken, stimmen Sie zu, dass Ihr Selfie zur Prüfung Ihrer Identität verarbeitet wird.',
      DOCUMENT_AND_SELFIE:
        'Indem Sie auf „Starten“ drücken, stimmen Sie zu, dass Ihr Ausweisdokument und Ihr Selfie zur Prüfung Ihrer Identität verarbeitet werden.',
    },
    start: 'Starten',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Dieser Verifizierungslink ist abgelaufen', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Dieser Verifizierungslink hat sein Limit erreicht', hint: `Er wurde so oft verwendet, wie die Organisation es erlaubt. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Dieser Verifizierungslink ist nicht mehr aktiv', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Wir konnten diesen Verifizierungslink nicht finden',
      hint: 'Prüfen Sie, ob Sie die vollständige Adresse geöffnet haben, oder bitten Sie die Organisation, die ihn Ihnen geschickt hat, um einen neuen Link.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Die Verifizierung ist vorübergehend nicht verfügbar', hint: 'Bitte versuchen Sie es später erneut.' },
  },
  session: {
    title: 'Identitätsprüfung',
    heading: 'Bestätigen wir Ihre Identität',
    stepsHeading: 'Darum bitten wir Sie:',
    steps: {
      documentFront: 'Fotografieren Sie die Vorderseite Ihres Ausweisdokuments',
      documentBack: 'Fotografieren Sie die Rückseite, falls Ihr Dokument eine hat',
      selfie: 'Machen Sie ein Selfie',
    },
    timeLimit: {
      one: 'Nach dem Start haben Sie {minutes} Minute Zeit für diese Schritte.',
      other: 'Nach dem Start haben Sie {minutes} Minuten Zeit für diese Schritte.',
    },
    timeLimitUnknown: 'Nach dem Start haben Sie begrenzt Zeit für diese Schritte; ein Countdown zeigt, wie viel noch bleibt.',
    needsJavaScript: 'Um fortzufahren, aktivieren Sie JavaScript in Ihrem Browser oder öffnen Sie diesen Link in einem anderen Browser.',
    unavailable: {
      EXPIRED: {
        heading: 'Diese Verifizierungssitzung ist abgelaufen',
        hint: 'Die Zeit dafür ist vorbei. Bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Verbleibende Zeit',
    back: 'Zurück',
    continue: 'Weiter',
    documentType: {
      heading: 'Welches Dokument verwenden Sie?',
      hint: 'Verwenden Sie das gültige Originaldokument, keine Kopie und kein Foto eines Bildschirms.',
      legend: 'Art des Dokuments',
      names: { ID_CARD: 'Personalausweis', PASSPORT: 'Reisepass', DRIVER_LICENSE: 'Führerschein', RESIDENCE_PERMIT: 'Aufenthaltstitel' },
    },
    kinds: {
      FRONT: {
        heading: 'Vorderseite Ihres Dokuments',
        instruction:
          'Fotografieren Sie die Seite mit Ihrem Foto, beim Reisepass die Seite mit dem Lichtbild. Legen Sie das Dokument auf eine ebene, gut beleuchtete Fläche: alle vier Ecken sichtbar, keine Spiegelungen.',
      },
      BACK: {
        heading: 'Rückseite Ihres Dokuments',
        instruction: 'Drehen Sie das Dokument um. Auch hier: flach und gut beleuchtet, alle vier Ecken sichtbar, keine Spiegelungen.',
      },
      FACE: {
        heading: 'Ihr Selfie',
        instruction:
          'Schauen Sie bei gutem Licht in die Kamera. Ihr ganzes Gesicht muss zu sehen sein, ohne Sonnenbrille, Mütze oder Maske. Bitte mit neutralem Gesichtsausdruck.',
      },
    },
    retryHeading: 'Bitte machen Sie Ihre Fotos noch einmal',
    review: {
      heading: 'Prüfen Sie Ihre Fotos',
      hint: 'Achten Sie darauf, dass alles scharf und lesbar ist. Vor dem Absenden können Sie jedes Foto ersetzen.',
      submit: 'Absenden',
    },
    checking: { heading: 'Wir prüfen Ihre Fotos', hint: 'Das dauert meist nur wenige Sekunden. Bitte lassen Sie diese Seite geöffnet.' },
    redirectLink: 'Weiter',
  },
  privacy: {
    controller: '{business} bittet Sie, Ihre Identität zu bestätigen, und ist für Ihre personenbezogenen Daten verantwortlich (Verantwortlicher).',
    retention: {
      one: 'Ihre Fotos und die daraus gelesenen Daten werden spätestens {days} Tag nach Ende der Verifizierung gelöscht.',
      other: 'Ihre Fotos und die daraus gelesenen Daten werden spätestens {days} Tage nach Ende der Verifizierung gelöscht.',
    },
    withdraw: 'Bis Sie Ihre Fotos senden, können Sie jederzeit mit „Verifizierung abbrechen“ widerrufen.',
    cancel: {
      button: 'Verifizierung abbrechen',
      heading: 'Diese Verifizierung abbrechen?',
      hint: 'Ihre Fotos werden nicht geprüft, und {business} erfährt, dass Sie abgebrochen haben.',
      confirm: 'Ja, abbrechen',
      keep: 'Nein, fortfahren',
    },
  },
  script: {
    stepOf: 'Schritt {current} von {total}',
    minutesLeft: { one: 'Noch {minutes} Minute', other: 'Noch {minutes} Minuten' },
    takePhoto: 'Foto aufnehmen',
    retakePhoto: 'Neues Foto aufnehmen',
    chooseFile: 'Datei auswählen',
    chooseOtherFile: 'Andere Datei auswählen',
    uploading: 'Wird hochgeladen…',
    added: 'Foto hinzugefügt',
    notAdded: 'Noch nicht hinzugefügt',
    add: 'Hinzufügen',
    replace: 'Ersetzen',
    previewAlt: 'Das von Ihnen gewählte Foto',
    attempt: 'Dies ist Versuch {attempt} von {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Wir konnten die zwei Zeilen aus Buchstaben und Ziffern unten auf der Passseite (oder auf der Rückseite der Karte) nicht finden. Achten Sie darauf, dass sie vollständig und scharf zu sehen sind.',
      MRZ_OCR_READING_ERROR: 'Wir konnten die Zeilen unten auf Ihrem Dokument nicht deutlich lesen. Fotografieren Sie es erneut bei gutem Licht, ohne Spiegelungen und flach liegend.',
      NO_FACE_FOUND: 'Auf Ihrem Selfie war kein Gesicht zu sehen. Schauen Sie direkt in die Kamera, mit dem ganzen Gesicht im Bild.',
      TOO_MANY_FACES: 'Auf Ihrem Selfie war mehr als ein Gesicht. Achten Sie darauf, dass nur Sie im Bild sind.',
      FACE_TOO_SMALL: 'Ihr Gesicht war auf dem Selfie zu klein. Halten Sie das Telefon näher, sodass Ihr Gesicht das Oval ausfüllt.',
      DOC_TOO_BLURRY: 'Das Foto Ihres Dokuments war unscharf. Halten Sie das Telefon ruhig und warten Sie, bis die Kamera scharf gestellt hat.',
      DOC_TOO_DARK: 'Das Foto Ihres Dokuments war zu dunkel. Gehen Sie an einen helleren Ort oder schalten Sie mehr Licht ein.',
      DOC_TOO_BRIGHT: 'Das Foto Ihres Dokuments war zu hell. Vermeiden Sie direktes Licht und den Blitz, denn sie verursachen Spiegelungen.',
      FACE_TOO_BLURRY: 'Ihr Selfie war unscharf. Halten Sie das Telefon ruhig und bewegen Sie sich bei der Aufnahme nicht.',
      FACE_TOO_DARK: 'Ihr Selfie war zu dunkel. Wenden Sie sich einem Fenster oder einer Lampe zu, damit Ihr Gesicht gleichmäßig beleuchtet ist.',
      FACE_TOO_BRIGHT: 'Ihr Selfie war zu hell. Gehen Sie aus dem direkten Sonnenlicht und verwenden Sie keinen Blitz.',
    },
    retryGeneric: 'Ihre vorherigen Fotos konnten nicht geprüft werden.',
    errors: {
      MRZ_NOT_VISIBLE: 'Die zwei Zeilen unten auf der Passseite (beim Ausweis: auf der Rückseite) müssen zu sehen sein. Fotografieren Sie die ganze Seite erneut.',
      DOCUMENT_NOT_VISIBLE: 'Auf diesem Bild war kein Dokument mit Lichtbild zu erkennen. Legen Sie die ganze Vorderseite der Karte ins Bild.',
      NO_FACE_FOUND: 'Auf diesem Selfie ist kein Gesicht zu sehen. Schauen Sie direkt in die Kamera, mit dem ganzen Gesicht im Bild.',
      TOO_MANY_FACES: 'Auf diesem Selfie ist mehr als ein Gesicht. Achten Sie darauf, dass nur Sie im Bild sind.',
      FACE_TOO_SMALL: 'Ihr Gesicht ist auf diesem Selfie zu klein. Halten Sie das Telefon näher.',
      FACE_TOO_BLURRY: 'Dieses Selfie ist unscharf. Halten Sie das Telefon ruhig und versuchen Sie es erneut.',
      UNSUPPORTED_FILE_TYPE: 'Diese Datei ist kein Foto, das wir verwenden können. Wählen Sie ein JPEG-, PNG- oder WebP-Bild.',
      FILE_TOO_LARGE: 'Diese Datei ist zu groß. Wählen Sie ein Foto unter {megabytes} MB.',
      IMAGE_TOO_SMALL:
        'Die Auflösung dieses Fotos ist zu gering. Nehmen Sie es mit der Kamera Ihres Telefons auf oder wählen Sie ein größeres Bild.',
      IMAGE_UNREADABLE: 'Wir konnten dieses Foto nicht öffnen. Es ist möglicherweise beschädigt; bitte nehmen Sie es erneut auf.',
      VALIDATION_ERROR: 'Das Foto konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
      MISSING_DOCUMENTS: 'Es fehlt noch ein Foto. Bitte fügen Sie es hinzu und senden Sie dann erneut ab.',
      INVALID_STATE: 'Ihre Verifizierung ist in einem anderen Fenster weitergegangen, daher haben wir diese Seite aktualisiert.',
      NETWORK: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      UNEXPECTED: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
      RATE_LIMITED: 'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.',
      TOO_MANY_UPLOADS: 'Sie haben so viele Fotos gesendet, wie diese Verifizierung annimmt. Senden Sie die hinzugefügten Fotos ab oder wenden Sie sich an die Organisation, die Sie um die Verifizierung gebeten hat.',
      UPLOAD_QUOTA_EXCEEDED: 'In dieser Verifizierung ist kein Platz für weitere Fotos. Senden Sie die hinzugefügten Fotos ab oder wenden Sie sich an die Organisation, die Sie um die Verifizierung gebeten hat.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Vielen Dank!',
        hint: 'Ihre Verifizierung wird geprüft. Die Organisation, die sie angefordert hat, teilt Ihnen das Ergebnis mit. Sie können diese Seite jetzt schließen.',
      },
      APPROVED: { heading: 'Sie sind verifiziert', hint: 'Vielen Dank, Ihre Identität wurde bestätigt. Sie können diese Seite jetzt schließen.' },
      NOT_VERIFIED: {
        heading: 'Wir konnten Ihre Identität nicht bestätigen',
        hint: 'Wenn Sie das für einen Irrtum halten, wenden Sie sich an die Organisation, die die Verifizierung angefordert hat.',
      },
      EXPIRED: {
        heading: 'Die Zeit ist abgelaufen',
        hint: 'Diese Verifizierung ist abgelaufen. Bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
      },
      CANCELLED: {
        heading: 'Diese Verifizierung wurde abgebrochen',
        hint: 'Hier ist nichts mehr zu tun. Falls Sie Ihre Identität noch bestätigen müssen, bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Sie werden gleich weitergeleitet…',
  },
  branding: {
    intro: '{business} möchte bestätigen, wer Sie sind. Das dauert nur wenige Minuten.',
    askForNewLink: 'Bitten Sie {business} um einen neuen Link.',
    contact: 'Brauchen Sie Hilfe? Wenden Sie sich an {business}:',
    privacyPolicy: 'Datenschutzerklärung von {business}',
  },
  handoff: {
    offer: 'Auf dem Smartphone fortfahren',
    scan: 'Scannen Sie diesen QR-Code mit der Kamera Ihres Smartphones. Sie machen die Fotos auf dem Smartphone, und diese Seite zeigt den Fortschritt.',
    typeLink: 'Oder geben Sie diese Adresse im Browser Ihres Smartphones ein:',
    qrAlt: 'QR-Code des Links {url}',
    once: 'Der Code funktioniert einmal und läuft nach 10 Minuten ab.',
    status: {
      WAITING: 'Warten auf Ihr Smartphone…',
      CAPTURING: 'Ihr Smartphone ist verbunden. Machen Sie die Fotos auf dem Smartphone.',
      CHECKING: 'Ihre Fotos wurden gesendet. Wir prüfen sie…',
      EXPIRED: 'Dieser Code ist abgelaufen. Zeigen Sie einen neuen an, um auf dem Smartphone fortzufahren.',
    },
    newCode: 'Neuen Code anzeigen',
    useComputer: 'Stattdessen diesen Computer verwenden',
    opening: 'Dieser Link setzt eine Identitätsprüfung im Browser Ihres Smartphones fort.',
    unavailable: {
      USED: { heading: 'Dieser Link wurde bereits verwendet', hint: 'Er funktioniert nur einmal. Zeigen Sie auf Ihrem Computer einen neuen Code an und scannen Sie ihn.' },
      EXPIRED: { heading: 'Dieser Link ist abgelaufen', hint: 'Er gilt 10 Minuten. Zeigen Sie auf Ihrem Computer einen neuen Code an und scannen Sie ihn.' },
      NOT_FOUND: { heading: 'Dieser Link ist ungültig', hint: 'Prüfen Sie die eingegebene Adresse oder scannen Sie den Code auf Ihrem Computer erneut.' },
      RATE_LIMITED: { heading: 'Zu viele Versuche', hint: 'Warten Sie einige Minuten und versuchen Sie es dann erneut.' },
    },
  },
  camera: {
    shutter: 'Foto aufnehmen',
    usePhoto: 'Dieses Foto verwenden',
    retake: 'Neu aufnehmen',
    torch: 'Licht',
    starting: 'Kamera wird gestartet…',
    shotAlt: 'Das Foto, das Sie gerade aufgenommen haben',
    guidance: {
      ready: 'Halten Sie still und nehmen Sie dann das Foto auf.',
      check: 'Prüfen Sie, ob das Foto scharf und alles lesbar ist.',
      tooDark: 'Es ist zu dunkel. Gehen Sie an einen helleren Ort.',
      blurry: 'Das Bild ist unscharf. Halten Sie Ihr Telefon ruhig.',
      noDocument: 'Halten Sie das Dokument so in den Rahmen, dass es ihn ausfüllt.',
      noFace: 'Bringen Sie Ihr Gesicht in das Oval und schauen Sie in die Kamera.',
    },
    unavailable: {
      denied: 'Der Kamerazugriff wurde nicht erlaubt. Sie können stattdessen Fotos hochladen.',
      noCamera: 'Es wurde keine Kamera gefunden. Sie können stattdessen Fotos hochladen.',
      unsupported: 'Dieser Browser kann die Kamera hier nicht öffnen. Sie können stattdessen Fotos hochladen.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Ihre Verifizierung wird geprüft. {business} teilt Ihnen das Ergebnis mit. Sie können diese Seite jetzt schließen.',
      NOT_VERIFIED: 'Wenn Sie das für einen Irrtum halten, wenden Sie sich an {business}.',
      CANCELLED: 'Hier ist nichts mehr zu tun. Falls Sie Ihre Identität noch bestätigen müssen, wenden Sie sich an {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Sie haben so viele Fotos gesendet, wie diese Verifizierung annimmt. Senden Sie die hinzugefügten Fotos ab oder wenden Sie sich an {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'In dieser Verifizierung ist kein Platz für weitere Fotos. Senden Sie die hinzugefügten Fotos ab oder wenden Sie sich an {business}.',
    },
  },
} satisfies Messages;
