import type { Messages } from './messages';

const askForNewLink = 'Ask the organisation that sent it for a new link.';

export default {
  languageName: 'English',
  layout: {
    poweredBy: 'Powered by {product}',
    languageSwitcher: 'Language',
  },
  landing: {
    title: 'Identity verification',
    heading: 'Verify your identity',
    intro: 'The organisation that sent you this link needs to confirm who you are. It only takes a few minutes.',
    needsHeading: 'What you’ll need',
    needs: {
      document: 'A valid identity document: passport, ID card, driving licence or residence permit',
      selfie: 'A phone or computer with a camera, to take a selfie',
    },
    consent: {
      DOCUMENT: 'By pressing Start you agree that your document is processed to verify your identity.',
      SELFIE: 'By pressing Start you agree that your selfie is processed to verify your identity.',
      DOCUMENT_AND_SELFIE: 'By pressing Start you agree that your document and selfie are processed to verify your identity.',
    },
    start: 'Start',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'This verification link has expired', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'This verification link has already been used', hint: `It can’t be used again. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'This verification link is no longer active', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'We could not find this verification link',
      hint: 'Check that you opened the full address, or ask the organisation that sent it for a new link.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verification is temporarily unavailable', hint: 'Please try again later.' },
  },
  session: {
    title: 'Identity verification',
    heading: 'Let’s verify your identity',
    stepsHeading: 'Here’s what we’ll ask you to do:',
    steps: {
      documentFront: 'Take a photo of the front of your identity document',
      documentBack: 'Take a photo of the back, if your document has one',
      selfie: 'Take a selfie',
    },
    timeLimit: {
      one: 'Once you start, you have {minutes} minute to complete these steps.',
      other: 'Once you start, you have {minutes} minutes to complete these steps.',
    },
    continue: 'Continue',
    unavailable: {
      EXPIRED: {
        heading: 'This verification session has expired',
        hint: 'The time to complete it has run out. Ask the organisation that sent you the link for a new one.',
      },
      NOT_FOUND: {
        heading: 'We could not find this verification session',
        hint: 'Check that you opened the full address, or ask the organisation that sent you the link for a new one.',
      },
    },
  },
} satisfies Messages;
