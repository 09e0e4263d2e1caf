import type { Messages } from './messages';

const askForNewLink = 'Bitten Sie die Organisation, die ihn Ihnen geschickt hat, um einen neuen Link.';

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
    LINK_EXHAUSTED: { heading: 'Dieser Verifizierungslink wurde bereits verwendet', hint: `Er kann nicht erneut verwendet werden. ${askForNewLink}` },
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
    continue: 'Weiter',
    unavailable: {
      EXPIRED: {
        heading: 'Diese Verifizierungssitzung ist abgelaufen',
        hint: 'Die Zeit dafür ist vorbei. Bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
      },
      NOT_FOUND: {
        heading: 'Wir konnten diese Verifizierungssitzung nicht finden',
        hint: 'Prüfen Sie, ob Sie die vollständige Adresse geöffnet haben, oder bitten Sie die Organisation, die Ihnen den Link geschickt hat, um einen neuen.',
      },
    },
  },
} satisfies Messages;
