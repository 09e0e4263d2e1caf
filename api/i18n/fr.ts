import type { Messages } from './messages';

// French typography puts a non-breaking space before « : » and inside « guillemets ».
const askForNewLink = 'Demandez un nouveau lien à l’organisation qui vous l’a envoyé.';

export default {
  languageName: 'Français',
  layout: {
    poweredBy: 'Propulsé par {product}',
    languageSwitcher: 'Langue',
  },
  landing: {
    title: 'Vérification d’identité',
    heading: 'Vérifiez votre identité',
    intro: 'L’organisation qui vous a envoyé ce lien doit confirmer votre identité. Cela ne prend que quelques minutes.',
    needsHeading: 'Ce dont vous aurez besoin',
    needs: {
      document: 'Une pièce d’identité valide\u00a0: passeport, carte d’identité, permis de conduire ou titre de séjour',
      selfie: 'Un téléphone ou un ordinateur avec caméra, pour prendre un selfie',
    },
    consent: {
      DOCUMENT: 'En appuyant sur «\u00a0Commencer\u00a0», vous acceptez que votre pièce d’identité soit traitée afin de vérifier votre identité.',
      SELFIE: 'En appuyant sur «\u00a0Commencer\u00a0», vous acceptez que votre selfie soit traité afin de vérifier votre identité.',
      DOCUMENT_AND_SELFIE:
        'En appuyant sur «\u00a0Commencer\u00a0», vous acceptez que votre pièce d’identité et votre selfie soient traités afin de vérifier votre identité.',
    },
    start: 'Commencer',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Ce lien de vérification a expiré', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ce lien de vérification a déjà été utilisé', hint: `Il ne peut plus être utilisé. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ce lien de vérification n’est plus actif', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Nous n’avons pas trouvé ce lien de vérification',
      hint: 'Vérifiez que vous avez ouvert l’adresse complète, ou demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'La vérification est temporairement indisponible', hint: 'Veuillez réessayer plus tard.' },
  },
  session: {
    title: 'Vérification d’identité',
    heading: 'Vérifions votre identité',
    stepsHeading: 'Voici ce que nous allons vous demander\u00a0:',
    steps: {
      documentFront: 'Photographiez le recto de votre pièce d’identité',
      documentBack: 'Photographiez le verso, si votre pièce d’identité en a un',
      selfie: 'Prenez un selfie',
    },
    timeLimit: {
      one: 'Dès que vous commencez, vous disposez de {minutes}\u00a0minute pour effectuer ces étapes.',
      other: 'Dès que vous commencez, vous disposez de {minutes}\u00a0minutes pour effectuer ces étapes.',
    },
    continue: 'Continuer',
    unavailable: {
      EXPIRED: {
        heading: 'Cette session de vérification a expiré',
        hint: 'Le temps imparti est écoulé. Demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
      },
      NOT_FOUND: {
        heading: 'Nous n’avons pas trouvé cette session de vérification',
        hint: 'Vérifiez que vous avez ouvert l’adresse complète, ou demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
      },
    },
  },
} satisfies Messages;
