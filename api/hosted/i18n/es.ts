import type { Messages } from './messages';

const askForNewLink = 'Pide un nuevo enlace a la organización que te lo envió.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'No hemos encontrado esta sesión de verificación',
  hint: 'Comprueba que has abierto la dirección completa o pide un nuevo enlace a la organización que te lo envió.',
};

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
    LINK_EXHAUSTED: { heading: 'Este enlace de verificación ha alcanzado su límite', hint: `Se ha usado tantas veces como la organización permite. ${askForNewLink}` },
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
    timeLimitUnknown: 'Una vez que empieces, tendrás un tiempo limitado para completar estos pasos; una cuenta atrás te mostrará cuánto queda.',
    needsJavaScript: 'Para continuar, activa JavaScript en tu navegador o abre este enlace en otro navegador.',
    unavailable: {
      EXPIRED: {
        heading: 'Esta sesión de verificación ha caducado',
        hint: 'Se ha agotado el tiempo disponible. Pide un nuevo enlace a la organización que te lo envió.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Tiempo restante',
    back: 'Atrás',
    continue: 'Continuar',
    documentType: {
      heading: '¿Qué documento vas a usar?',
      hint: 'Usa el documento original y en vigor: no una fotocopia ni una foto de una pantalla.',
      legend: 'Tipo de documento',
      names: {
        ID_CARD: 'Documento de identidad',
        PASSPORT: 'Pasaporte',
        DRIVER_LICENSE: 'Permiso de conducir',
        RESIDENCE_PERMIT: 'Permiso de residencia',
      },
    },
    kinds: {
      FRONT: {
        heading: 'Parte delantera del documento',
        instruction:
          'Fotografía la cara donde aparece tu foto (en el pasaporte, la página de la foto). Coloca el documento sobre una superficie plana y bien iluminada, con las cuatro esquinas visibles y sin reflejos.',
      },
      BACK: {
        heading: 'Parte trasera del documento',
        instruction: 'Dale la vuelta al documento. De nuevo, plano y bien iluminado, con las cuatro esquinas visibles y sin reflejos.',
      },
      FACE: {
        heading: 'Tu selfie',
        instruction:
          'Mira a la cámara con buena luz, con toda la cara visible y sin nada que la cubra: ni gafas de sol, ni gorra, ni mascarilla. Mantén una expresión neutra.',
      },
    },
    retryHeading: 'Vuelve a hacer las fotos',
    review: {
      heading: 'Revisa tus fotos',
      hint: 'Asegúrate de que todo se vea nítido y legible. Puedes sustituir cualquier foto antes de enviarlas.',
      submit: 'Enviar',
    },
    checking: { heading: 'Estamos comprobando tus fotos', hint: 'Suele tardar unos segundos. No cierres esta página.' },
    redirectLink: 'Continuar',
  },
  privacy: {
    controller: '{business} te pide que verifiques tu identidad y es responsable de tus datos personales (responsable del tratamiento).',
    retention: {
      one: 'Tus fotos y los datos leídos de ellas se eliminan como máximo {days} día después de que termine la verificación.',
      other: 'Tus fotos y los datos leídos de ellas se eliminan como máximo {days} días después de que termine la verificación.',
    },
    withdraw: 'Hasta que envíes tus fotos puedes retirarte en cualquier momento con «Cancelar verificación».',
    cancel: {
      button: 'Cancelar verificación',
      heading: '¿Cancelar esta verificación?',
      hint: 'Tus fotos no se revisarán y se informará a {business} de que has cancelado.',
      confirm: 'Sí, cancelar',
      keep: 'No, continuar',
    },
  },
  script: {
    stepOf: 'Paso {current} de {total}',
    minutesLeft: { one: 'Queda {minutes} minuto', other: 'Quedan {minutes} minutos' },
    takePhoto: 'Hacer una foto',
    retakePhoto: 'Hacer otra foto',
    chooseFile: 'Elegir un archivo',
    chooseOtherFile: 'Elegir otro archivo',
    uploading: 'Subiendo…',
    added: 'Foto añadida',
    notAdded: 'Aún no añadida',
    add: 'Añadir',
    replace: 'Sustituir',
    previewAlt: 'La foto que has elegido',
    attempt: 'Este es el intento {attempt} de {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'No encontramos las dos líneas de letras y números de la parte inferior de la página de la foto (o del reverso de la tarjeta). Asegúrate de que se vean enteras y nítidas.',
      MRZ_OCR_READING_ERROR: 'No pudimos leer con claridad las líneas de la parte inferior de tu documento. Vuelve a hacer la foto con buena luz, sin reflejos y con el documento plano.',
      NO_FACE_FOUND: 'No vimos ninguna cara en tu selfie. Mira directamente a la cámara con toda la cara en el encuadre.',
      TOO_MANY_FACES: 'En tu selfie había más de una cara. Asegúrate de que solo salgas tú.',
      FACE_TOO_SMALL: 'Tu cara se veía demasiado pequeña en el selfie. Acerca el teléfono para que tu cara llene el óvalo.',
      DOC_TOO_BLURRY: 'La foto de tu documento salió borrosa. Sujeta el teléfono con firmeza y deja que la cámara enfoque antes de hacer la foto.',
      DOC_TOO_DARK: 'La foto de tu documento salió demasiado oscura. Busca un lugar con más luz o enciende más luces.',
      DOC_TOO_BRIGHT: 'La foto de tu documento salió demasiado clara. Evita la luz directa y el flash, que producen reflejos.',
      FACE_TOO_BLURRY: 'Tu selfie salió borroso. Sujeta el teléfono con firmeza y no te muevas al hacerlo.',
      FACE_TOO_DARK: 'Tu selfie salió demasiado oscuro. Ponte frente a una ventana o una lámpara para que tu cara quede iluminada de forma uniforme.',
      FACE_TOO_BRIGHT: 'Tu selfie salió demasiado claro. Apártate de la luz solar directa y no uses el flash.',
    },
    retryGeneric: 'No hemos podido comprobar tus fotos anteriores.',
    errors: {
      MRZ_NOT_VISIBLE: 'Deben verse las dos líneas de la parte inferior de la página de la foto (en un DNI: en el reverso). Vuelve a hacer la foto con toda la página en el encuadre.',
      DOCUMENT_NOT_VISIBLE: 'No vimos un documento con su foto en esta imagen. Coloca todo el anverso de la tarjeta en el encuadre.',
      NO_FACE_FOUND: 'No vemos ninguna cara en este selfie. Mira directamente a la cámara con toda la cara en el encuadre.',
      TOO_MANY_FACES: 'Hay más de una cara en este selfie. Asegúrate de que solo salgas tú.',
      FACE_TOO_SMALL: 'Tu cara se ve demasiado pequeña en este selfie. Acerca el teléfono.',
      FACE_TOO_BLURRY: 'Este selfie está borroso. Sujeta el teléfono con firmeza y vuelve a hacerlo.',
      UNSUPPORTED_FILE_TYPE: 'Este archivo no es una foto que podamos usar. Elige una imagen JPEG, PNG o WebP.',
      FILE_TOO_LARGE: 'Este archivo es demasiado grande. Elige una foto de menos de {megabytes} MB.',
      IMAGE_TOO_SMALL: 'La resolución de esta foto es demasiado baja. Hazla con la cámara del teléfono o elige una imagen más grande.',
      IMAGE_UNREADABLE: 'No hemos podido abrir esta foto. Puede que esté dañada; vuelve a hacerla.',
      VALIDATION_ERROR: 'No se ha podido enviar la foto. Inténtalo de nuevo.',
      MISSING_DOCUMENTS: 'Todavía falta una foto. Añádela y vuelve a enviar.',
      INVALID_STATE: 'Tu verificación ha avanzado en otra ventana, así que hemos actualizado esta página.',
      NETWORK: 'No hemos podido conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
      UNEXPECTED: 'Algo ha fallado por nuestra parte. Inténtalo de nuevo.',
      RATE_LIMITED: 'Demasiados intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      TOO_MANY_UPLOADS: 'Has enviado tantas fotos como admite esta verificación. Envía las fotos que has añadido o ponte en contacto con la organización que te pidió la verificación.',
      UPLOAD_QUOTA_EXCEEDED: 'Esta verificación no tiene espacio para más fotos. Envía las fotos que has añadido o ponte en contacto con la organización que te pidió la verificación.',
    },
    outcomes: {
      REVIEWING: {
        heading: '¡Gracias!',
        hint: 'Estamos revisando tu verificación. La organización que la solicitó te comunicará el resultado. Ya puedes cerrar esta página.',
      },
      APPROVED: { heading: 'Identidad verificada', hint: 'Gracias, hemos confirmado tu identidad. Ya puedes cerrar esta página.' },
      NOT_VERIFIED: {
        heading: 'No hemos podido verificar tu identidad',
        hint: 'Si crees que se trata de un error, ponte en contacto con la organización que te pidió la verificación.',
      },
      EXPIRED: {
        heading: 'Se ha agotado el tiempo',
        hint: 'Esta verificación ha caducado. Pide un nuevo enlace a la organización que te lo envió.',
      },
      CANCELLED: {
        heading: 'Esta verificación se ha cancelado',
        hint: 'No tienes que hacer nada más aquí. Si aún necesitas verificar tu identidad, pide un nuevo enlace a la organización que te lo envió.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Te llevaremos de vuelta en un momento…',
  },
  branding: {
    intro: '{business} necesita confirmar quién es usted. Solo le llevará unos minutos.',
    askForNewLink: 'Pida a {business} un enlace nuevo.',
    contact: '¿Necesita ayuda? Contacte con {business}:',
    privacyPolicy: 'Política de privacidad de {business}',
  },
  handoff: {
    offer: 'Continuar en el móvil',
    scan: 'Escanea este código QR con la cámara de tu móvil. Harás las fotos en el móvil y esta página mostrará el progreso.',
    typeLink: 'O escribe esta dirección en el navegador de tu móvil:',
    qrAlt: 'Código QR del enlace {url}',
    once: 'El código funciona una sola vez y caduca a los 10 minutos.',
    status: {
      WAITING: 'Esperando a tu móvil…',
      CAPTURING: 'Tu móvil está conectado. Haz las fotos en el móvil.',
      CHECKING: 'Tus fotos se han enviado. Las estamos comprobando…',
      EXPIRED: 'Este código ha caducado. Muestra uno nuevo para continuar en el móvil.',
    },
    newCode: 'Mostrar un código nuevo',
    useComputer: 'Usar este ordenador',
    opening: 'Continúa una verificación de identidad en el navegador de tu móvil.',
    unavailable: {
      USED: { heading: 'Este enlace ya se ha usado', hint: 'Solo funciona una vez. En tu ordenador, muestra un código nuevo y escanéalo.' },
      EXPIRED: { heading: 'Este enlace ha caducado', hint: 'Es válido 10 minutos. En tu ordenador, muestra un código nuevo y escanéalo.' },
      NOT_FOUND: { heading: 'Este enlace no es válido', hint: 'Comprueba la dirección que has escrito o vuelve a escanear el código de tu ordenador.' },
      RATE_LIMITED: { heading: 'Demasiados intentos', hint: 'Espera unos minutos y vuelve a intentarlo.' },
    },
  },
  camera: {
    shutter: 'Hacer foto',
    usePhoto: 'Usar esta foto',
    retake: 'Repetir',
    torch: 'Luz',
    starting: 'Iniciando la cámara…',
    shotAlt: 'La foto que acaba de hacer',
    guidance: {
      ready: 'Quédese quieto y haga la foto.',
      check: 'Compruebe que la foto es nítida y que todo se puede leer.',
      tooDark: 'Está demasiado oscuro. Vaya a un lugar con más luz.',
      blurry: 'La imagen está borrosa. Sujete el teléfono sin moverlo.',
      noDocument: 'Coloque el documento dentro del marco de forma que lo llene.',
      noFace: 'Coloque la cara dentro del óvalo y mire a la cámara.',
    },
    unavailable: {
      denied: 'No se permitió el acceso a la cámara, así que puede subir fotos.',
      noCamera: 'No se encontró ninguna cámara, así que puede subir fotos.',
      unsupported: 'Este navegador no puede abrir la cámara aquí, así que puede subir fotos.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Estamos revisando tu verificación. {business} te comunicará el resultado. Ya puedes cerrar esta página.',
      NOT_VERIFIED: 'Si crees que se trata de un error, ponte en contacto con {business}.',
      CANCELLED: 'No tienes que hacer nada más aquí. Si aún necesitas verificar tu identidad, ponte en contacto con {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Has enviado tantas fotos como admite esta verificación. Envía las fotos que has añadido o ponte en contacto con {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Esta verificación no tiene espacio para más fotos. Envía las fotos que has añadido o ponte en contacto con {business}.',
    },
  },
} satisfies Messages;
