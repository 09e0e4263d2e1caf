import type { Messages } from './messages';

const askForNewLink = 'Peça uma nova ligação à organização que a enviou.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Não encontrámos esta sessão de verificação',
  hint: 'Confirme que abriu o endereço completo ou peça uma nova ligação à organização que lha enviou.',
};

// European Portuguese, the language of the EU's Portuguese-speaking member state.
export default {
  languageName: 'Português',
  layout: {
    poweredBy: 'Com tecnologia {product}',
    languageSwitcher: 'Idioma',
  },
  landing: {
    title: 'Verificação de identidade',
    heading: 'Verifique a sua identidade',
    intro: 'A organização que lhe enviou esta ligação precisa de confirmar quem é. Demora apenas alguns minutos.',
    needsHeading: 'O que vai precisar',
    needs: {
      document: 'Um documento de identificação válido: passaporte, cartão de cidadão, carta de condução ou autorização de residência',
      selfie: 'Um telemóvel ou computador com câmara, para tirar uma selfie',
    },
    consent: {
      DOCUMENT: 'Ao premir Iniciar, aceita que o seu documento seja tratado para verificar a sua identidade.',
      SELFIE: 'Ao premir Iniciar, aceita que a sua selfie seja tratada para verificar a sua identidade.',
      DOCUMENT_AND_SELFIE: 'Ao premir Iniciar, aceita que o seu documento e a sua selfie sejam tratados para verificar a sua identidade.',
    },
    start: 'Iniciar',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Esta ligação de verificação expirou', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Esta ligação de verificação atingiu o seu limite', hint: `Foi utilizada tantas vezes quantas a organização permitiu. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Esta ligação de verificação já não está ativa', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Não encontrámos esta ligação de verificação',
      hint: 'Confirme que abriu o endereço completo ou peça uma nova ligação à organização que a enviou.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'A verificação está temporariamente indisponível', hint: 'Tente novamente mais tarde.' },
  },
  session: {
    title: 'Verificação de identidade',
    heading: 'Vamos verificar a sua identidade',
    stepsHeading: 'Eis o que lhe vamos pedir:',
    steps: {
      documentFront: 'Tire uma fotografia da frente do seu documento de identificação',
      documentBack: 'Tire uma fotografia do verso, se o documento tiver',
      selfie: 'Tire uma selfie',
    },
    timeLimit: {
      one: 'Depois de iniciar, tem {minutes} minuto para concluir estes passos.',
      other: 'Depois de iniciar, tem {minutes} minutos para concluir estes passos.',
    },
    timeLimitUnknown: 'Depois de iniciar, tem um tempo limitado para concluir estes passos; uma contagem decrescente mostra quanto resta.',
    needsJavaScript: 'Para continuar, ative o JavaScript no seu navegador ou abra esta ligação noutro navegador.',
    unavailable: {
      EXPIRED: {
        heading: 'Esta sessão de verificação expirou',
        hint: 'O tempo para a concluir terminou. Peça uma nova ligação à organização que lha enviou.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Tempo restante',
    back: 'Voltar',
    continue: 'Continuar',
    documentType: {
      heading: 'Que documento vai utilizar?',
      hint: 'Utilize o documento original e válido: não uma fotocópia nem uma fotografia de um ecrã.',
      legend: 'Tipo de documento',
      names: { ID_CARD: 'Cartão de cidadão', PASSPORT: 'Passaporte', DRIVER_LICENSE: 'Carta de condução', RESIDENCE_PERMIT: 'Autorização de residência' },
    },
    kinds: {
      FRONT: {
        heading: 'Frente do documento',
        instruction:
          'Fotografe o lado com a sua fotografia; no passaporte, a página da fotografia. Coloque o documento numa superfície plana e bem iluminada, com os quatro cantos visíveis e sem reflexos.',
      },
      BACK: {
        heading: 'Verso do documento',
        instruction: 'Vire o documento. Mantenha-o novamente plano e bem iluminado, com os quatro cantos visíveis e sem reflexos.',
      },
      FACE: {
        heading: 'A sua selfie',
        instruction:
          'Olhe para a câmara com boa luz, com todo o rosto visível e nada a tapá-lo: sem óculos de sol, chapéu ou máscara. Mantenha uma expressão neutra.',
      },
    },
    retryHeading: 'Tire novamente as suas fotografias',
    review: {
      heading: 'Verifique as suas fotografias',
      hint: 'Certifique-se de que está tudo nítido e legível. Pode substituir qualquer fotografia antes de enviar.',
      submit: 'Enviar',
    },
    checking: { heading: 'A verificar as suas fotografias', hint: 'Normalmente demora alguns segundos. Mantenha esta página aberta.' },
    redirectLink: 'Continuar',
  },
  privacy: {
    controller: '{business} pede-lhe que verifique a sua identidade e é responsável pelos seus dados pessoais (responsável pelo tratamento).',
    retention: {
      one: 'As suas fotografias e os dados extraídos delas são eliminados, o mais tardar, {days} dia após o fim da verificação.',
      other: 'As suas fotografias e os dados extraídos delas são eliminados, o mais tardar, {days} dias após o fim da verificação.',
    },
    withdraw: 'Até enviar as suas fotografias, pode desistir a qualquer momento com «Cancelar verificação».',
    cancel: {
      button: 'Cancelar verificação',
      heading: 'Cancelar esta verificação?',
      hint: 'As suas fotografias não serão verificadas e {business} receberá a indicação de que cancelou.',
      confirm: 'Sim, cancelar',
      keep: 'Não, continuar',
    },
  },
  script: {
    stepOf: 'Passo {current} de {total}',
    minutesLeft: { one: 'Falta {minutes} minuto', other: 'Faltam {minutes} minutos' },
    takePhoto: 'Tirar fotografia',
    retakePhoto: 'Tirar nova fotografia',
    chooseFile: 'Escolher ficheiro',
    chooseOtherFile: 'Escolher outro ficheiro',
    uploading: 'A carregar…',
    added: 'Fotografia adicionada',
    notAdded: 'Ainda não adicionada',
    add: 'Adicionar',
    replace: 'Substituir',
    previewAlt: 'A fotografia que escolheu',
    attempt: 'Esta é a tentativa {attempt} de {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Não encontrámos as duas linhas de letras e algarismos no fundo da página da fotografia (ou no verso do cartão). Certifique-se de que estão totalmente visíveis e nítidas.',
      MRZ_OCR_READING_ERROR: 'Não conseguimos ler com clareza as linhas no fundo do seu documento. Tire a fotografia novamente com boa luz, sem reflexos e com o documento plano.',
      NO_FACE_FOUND: 'Não vimos um rosto na sua selfie. Olhe diretamente para a câmara, com todo o rosto no enquadramento.',
      TOO_MANY_FACES: 'Havia mais de um rosto na sua selfie. Certifique-se de que só aparece o seu.',
      FACE_TOO_SMALL: 'O seu rosto estava demasiado pequeno na selfie. Aproxime o telemóvel para que o rosto preencha a oval.',
      DOC_TOO_BLURRY: 'A fotografia do documento estava desfocada. Segure o telemóvel com firmeza e deixe a câmara focar antes de fotografar.',
      DOC_TOO_DARK: 'A fotografia do documento estava demasiado escura. Vá para um local mais claro ou acenda mais luzes.',
      DOC_TOO_BRIGHT: 'A fotografia do documento estava demasiado clara. Evite luz direta e o flash, que causam reflexos.',
      FACE_TOO_BLURRY: 'A sua selfie estava desfocada. Segure o telemóvel com firmeza e mantenha-se imóvel ao tirá-la.',
      FACE_TOO_DARK: 'A sua selfie estava demasiado escura. Vire-se para uma janela ou um candeeiro, para que o rosto fique iluminado por igual.',
      FACE_TOO_BRIGHT: 'A sua selfie estava demasiado clara. Saia da luz solar direta e não utilize o flash.',
    },
    retryGeneric: 'Não conseguimos verificar as suas fotografias anteriores.',
    errors: {
      MRZ_NOT_VISIBLE: 'As duas linhas no fundo da página da fotografia (no cartão de cidadão: no verso) têm de estar visíveis. Tire a fotografia novamente com a página inteira no enquadramento.',
      DOCUMENT_NOT_VISIBLE: 'Não vimos um documento com fotografia nesta imagem. Enquadre toda a frente do cartão.',
      NO_FACE_FOUND: 'Não vemos um rosto nesta selfie. Olhe diretamente para a câmara, com todo o rosto no enquadramento.',
      TOO_MANY_FACES: 'Há mais de um rosto nesta selfie. Certifique-se de que só aparece o seu.',
      FACE_TOO_SMALL: 'O seu rosto está demasiado pequeno nesta selfie. Aproxime o telemóvel.',
      FACE_TOO_BLURRY: 'Esta selfie está desfocada. Segure o telemóvel com firmeza e tire-a novamente.',
      UNSUPPORTED_FILE_TYPE: 'Este ficheiro não é uma fotografia que possamos utilizar. Escolha uma imagem JPEG, PNG ou WebP.',
      FILE_TOO_LARGE: 'Este ficheiro é demasiado grande. Escolha uma fotografia com menos de {megabytes} MB.',
      IMAGE_TOO_SMALL: 'A resolução desta fotografia é demasiado baixa. Tire-a com a câmara do telemóvel ou escolha uma imagem maior.',
      IMAGE_UNREADABLE: 'Não conseguimos abrir esta fotografia. Pode estar danificada; tire-a novamente.',
      VALIDATION_ERROR: 'Não foi possível enviar a fotografia. Tente novamente.',
      MISSING_DOCUMENTS: 'Ainda falta uma fotografia. Adicione-a e volte a enviar.',
      INVALID_STATE: 'A sua verificação avançou noutra janela, por isso atualizámos esta página.',
      NETWORK: 'Não conseguimos contactar o servidor. Verifique a ligação e tente novamente.',
      UNEXPECTED: 'Algo correu mal do nosso lado. Tente novamente.',
      RATE_LIMITED: 'Demasiadas tentativas em pouco tempo. Aguarde um minuto e tente novamente.',
      TOO_MANY_UPLOADS: 'Enviou todas as fotografias que esta verificação aceita. Envie as fotografias que adicionou ou contacte a organização que lhe pediu a verificação.',
      UPLOAD_QUOTA_EXCEEDED: 'Não há espaço para mais fotografias nesta verificação. Envie as fotografias que adicionou ou contacte a organização que lhe pediu a verificação.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Obrigado!',
        hint: 'A sua verificação está a ser analisada. A organização que a pediu vai informá-lo do resultado. Pode fechar esta página.',
      },
      APPROVED: { heading: 'Identidade verificada', hint: 'Obrigado, a sua identidade foi confirmada. Pode fechar esta página.' },
      NOT_VERIFIED: {
        heading: 'Não conseguimos verificar a sua identidade',
        hint: 'Se acha que se trata de um erro, contacte a organização que lhe pediu para verificar a sua identidade.',
      },
      EXPIRED: {
        heading: 'O seu tempo esgotou-se',
        hint: 'Esta verificação expirou. Peça uma nova ligação à organização que lha enviou.',
      },
      CANCELLED: {
        heading: 'Esta verificação foi cancelada',
        hint: 'Não há mais nada a fazer aqui. Se ainda precisar de verificar a sua identidade, contacte a organização que lhe enviou a ligação.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Vamos redirecioná-lo dentro de momentos…',
  },
  branding: {
    intro: 'A {business} precisa de confirmar a sua identidade. Demora apenas alguns minutos.',
    askForNewLink: 'Peça um novo link à {business}.',
    contact: 'Precisa de ajuda? Contacte a {business}:',
    privacyPolicy: 'Política de privacidade da {business}',
  },
  handoff: {
    offer: 'Continuar no telemóvel',
    scan: 'Leia este código QR com a câmara do seu telemóvel. Tira as fotografias no telemóvel e esta página mostra o progresso.',
    typeLink: 'Ou escreva este endereço no navegador do telemóvel:',
    qrAlt: 'Código QR da ligação {url}',
    once: 'O código funciona uma única vez e expira ao fim de 10 minutos.',
    status: {
      WAITING: 'A aguardar o seu telemóvel…',
      CAPTURING: 'O seu telemóvel está ligado. Tire as fotografias no telemóvel.',
      CHECKING: 'As suas fotografias foram enviadas. Estamos a verificá-las…',
      EXPIRED: 'Este código expirou. Mostre um novo para continuar no telemóvel.',
    },
    newCode: 'Mostrar um novo código',
    useComputer: 'Usar antes este computador',
    opening: 'Continua uma verificação de identidade no navegador do seu telemóvel.',
    unavailable: {
      USED: { heading: 'Esta ligação já foi utilizada', hint: 'Só funciona uma vez. No computador, mostre um novo código e leia-o.' },
      EXPIRED: { heading: 'Esta ligação expirou', hint: 'É válida durante 10 minutos. No computador, mostre um novo código e leia-o.' },
      NOT_FOUND: { heading: 'Esta ligação não é válida', hint: 'Verifique o endereço que escreveu ou leia novamente o código no computador.' },
      RATE_LIMITED: { heading: 'Demasiadas tentativas', hint: 'Aguarde alguns minutos e tente novamente.' },
    },
  },
  camera: {
    shutter: 'Tirar foto',
    usePhoto: 'Usar esta foto',
    retake: 'Repetir',
    torch: 'Luz',
    starting: 'A iniciar a câmara…',
    shotAlt: 'A foto que acabou de tirar',
    guidance: {
      ready: 'Fique quieto e tire a foto.',
      check: 'Verifique se a foto está nítida e se tudo se consegue ler.',
      tooDark: 'Está demasiado escuro. Vá para um local com mais luz.',
      blurry: 'A imagem está desfocada. Segure o telemóvel sem o mexer.',
      noDocument: 'Coloque o documento dentro da moldura de forma a preenchê-la.',
      noFace: 'Coloque o rosto dentro da oval e olhe para a câmara.',
    },
    unavailable: {
      denied: 'O acesso à câmara não foi permitido, por isso pode carregar fotos.',
      noCamera: 'Não foi encontrada nenhuma câmara, por isso pode carregar fotos.',
      unsupported: 'Este navegador não consegue abrir a câmara aqui, por isso pode carregar fotos.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'A sua verificação está a ser analisada. A {business} vai informá-lo do resultado. Pode fechar esta página.',
      NOT_VERIFIED: 'Se acha que se trata de um erro, contacte a {business}.',
      CANCELLED: 'Não há mais nada a fazer aqui. Se ainda precisar de verificar a sua identidade, contacte a {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Enviou todas as fotografias que esta verificação aceita. Envie as fotografias que adicionou ou contacte a {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Não há espaço para mais fotografias nesta verificação. Envie as fotografias que adicionou ou contacte a {business}.',
    },
  },
} satisfies Messages;
