import type { Messages } from './messages';

const askForNewLink = 'Pide un nuevo enlace a la organización que te lo envió.';

export default {
  languageName: 'Español',
  layout: {
    poweredBy: 'Con la tecnología de {product}',
    languageSwitcher: 'Idioma',
  },
  landing: {
    title: 'Verificación de identidad',
    heading: 'Verifica tu identidad',
    intro: 'La organización que te envió este enlace necesita confirmar quién eres. Solo te llevará unos minutos.',
    needsHeading: 'Qué necesitarás',
    needs: {
      document: 'Un documento de identidad válido: pasaporte, documento nacional de identidad, permiso de conducir o permiso de residencia',
      selfie: 'Un teléfono u ordenador con cámara para hacerte un selfie',
    },
    consent: {
      DOCUMENT: 'Al pulsar «Empezar», aceptas que se procese tu documento para verificar tu identidad.',
      SELFIE: 'Al pulsar «Empezar», aceptas que se procese tu selfie para verificar tu identidad.',
      DOCUMENT_AND_SELFIE: 'Al pulsar «Empezar», aceptas que se procesen tu documento y tu selfie para verificar tu identidad.',
    },
    start: 'Empezar',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Este enlace de verificación ha caducado', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Este enlace de verificación ya se ha utilizado', hint: `No se puede volver a usar. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Este enlace de verificación ya no está activo', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'No hemos encontrado este enlace de verificación',
      hint: 'Comprueba que has abierto la dirección completa o pide un nuevo enlace a la organización que te lo envió.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'La verificación no está disponible temporalmente', hint: 'Vuelve a intentarlo más tarde.' },
  },
  session: {
    title: 'Verificación de identidad',
    heading: 'Vamos a verificar tu identidad',
    stepsHeading: 'Esto es lo que te pediremos:',
    steps: {
      documentFront: 'Haz una foto de la parte delantera de tu documento de identidad',
      documentBack: 'Haz una foto de la parte trasera, si tu documento la tiene',
      selfie: 'Hazte un selfie',
    },
    timeLimit: {
      one: 'Una vez que empieces, tendrás {minutes} minuto para completar estos pasos.',
      other: 'Una vez que empieces, tendrás {minutes} minutos para completar estos pasos.',
    },
    continue: 'Continuar',
    unavailable: {
      EXPIRED: {
        heading: 'Esta sesión de verificación ha caducado',
        hint: 'Se ha agotado el tiempo disponible. Pide un nuevo enlace a la organización que te lo envió.',
      },
      NOT_FOUND: {
        heading: 'No hemos encontrado esta sesión de verificación',
        hint: 'Comprueba que has abierto la dirección completa o pide un nuevo enlace a la organización que te lo envió.',
      },
    },
  },
} satisfies Messages;
