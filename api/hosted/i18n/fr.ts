import type { Messages } from './messages';

// French typography puts a non-breaking space before « : » and inside « guillemets ».
const askForNewLink = 'Demandez un nouveau lien à l’organisation qui vous l’a envoyé.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Nous n’avons pas trouvé cette session de vérification',
  hint: 'Vérifiez que vous avez ouvert l’adresse complète, ou demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
};

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
    LINK_EXHAUSTED: { heading: 'Ce lien de vérification a atteint sa limite', hint: `Il a été utilisé autant de fois que l’organisation l’autorise. ${askForNewLink}` },
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
    timeLimitUnknown:
      'Dès que vous commencez, vous disposez d’un temps limité pour effectuer ces étapes\u00a0; un compte à rebours indique le temps restant.',
    needsJavaScript: 'Pour continuer, activez JavaScript dans votre navigateur ou ouvrez ce lien dans un autre navigateur.',
    unavailable: {
      EXPIRED: {
        heading: 'Cette session de vérification a expiré',
        hint: 'Le temps imparti est écoulé. Demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Temps restant',
    back: 'Retour',
    continue: 'Continuer',
    documentType: {
      heading: 'Quelle pièce d’identité allez-vous utiliser\u00a0?',
      hint: 'Utilisez l’original, en cours de validité\u00a0: pas de photocopie ni de photo d’un écran.',
      legend: 'Type de document',
      names: { ID_CARD: 'Carte d’identité', PASSPORT: 'Passeport', DRIVER_LICENSE: 'Permis de conduire', RESIDENCE_PERMIT: 'Titre de séjour' },
    },
    kinds: {
      FRONT: {
        heading: 'Recto de votre pièce d’identité',
        instruction:
          'Photographiez la face qui porte votre photo (pour un passeport, la page avec la photo). Posez le document sur une surface plane et bien éclairée\u00a0: les quatre coins visibles, sans reflets.',
      },
      BACK: {
        heading: 'Verso de votre pièce d’identité',
        instruction: 'Retournez le document. Là encore, à plat et bien éclairé, les quatre coins visibles, sans reflets.',
      },
      FACE: {
        heading: 'Votre selfie',
        instruction:
          'Placez-vous face à l’objectif, dans un endroit bien éclairé, le visage entièrement visible et dégagé\u00a0: ni lunettes de soleil, ni chapeau, ni masque. Gardez une expression neutre.',
      },
    },
    retryHeading: 'Merci de reprendre vos photos',
    review: {
      heading: 'Vérifiez vos photos',
      hint: 'Assurez-vous que tout est net et lisible. Vous pouvez remplacer n’importe quelle photo avant l’envoi.',
      submit: 'Envoyer',
    },
    checking: { heading: 'Vérification de vos photos', hint: 'Cela prend généralement quelques secondes. Veuillez garder cette page ouverte.' },
    redirectLink: 'Continuer',
  },
  privacy: {
    controller: '{business} vous demande de vérifier votre identité et est responsable de vos données personnelles (responsable du traitement).',
    retention: {
      one: 'Vos photos et les données qui en sont lues sont supprimées au plus tard {days} jour après la fin de la vérification.',
      other: 'Vos photos et les données qui en sont lues sont supprimées au plus tard {days} jours après la fin de la vérification.',
    },
    withdraw: 'Tant que vous n’avez pas envoyé vos photos, vous pouvez vous retirer à tout moment avec « Annuler la vérification ».',
    cancel: {
      button: 'Annuler la vérification',
      heading: 'Annuler cette vérification ?',
      hint: 'Vos photos ne seront pas vérifiées et {business} sera informé que vous avez annulé.',
      confirm: 'Oui, annuler',
      keep: 'Non, continuer',
    },
  },
  script: {
    stepOf: 'Étape {current} sur {total}',
    minutesLeft: { one: 'Il reste {minutes}\u00a0minute', other: 'Il reste {minutes}\u00a0minutes' },
    takePhoto: 'Prendre une photo',
    retakePhoto: 'Reprendre la photo',
    chooseFile: 'Choisir un fichier',
    chooseOtherFile: 'Choisir un autre fichier',
    uploading: 'Envoi en cours…',
    added: 'Photo ajoutée',
    notAdded: 'Pas encore ajoutée',
    add: 'Ajouter',
    replace: 'Remplacer',
    previewAlt: 'La photo que vous avez choisie',
    attempt: 'Il s’agit de la tentative {attempt} sur {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nous n’avons pas trouvé les deux lignes de lettres et de chiffres en bas de la page photo (ou au verso de la carte). Vérifiez qu’elles sont entièrement visibles et nettes.',
      MRZ_OCR_READING_ERROR: 'Nous n’avons pas pu lire clairement les lignes en bas de votre document. Reprenez la photo sous une bonne lumière, sans reflet, document bien à plat.',
      NO_FACE_FOUND: 'Nous n’avons pas vu de visage sur votre selfie. Regardez l’objectif, tout le visage dans le cadre.',
      TOO_MANY_FACES: 'Il y avait plus d’un visage sur votre selfie. Assurez-vous d’être seul·e sur la photo.',
      FACE_TOO_SMALL: 'Votre visage était trop petit sur le selfie. Rapprochez le téléphone pour que votre visage remplisse l’ovale.',
      DOC_TOO_BLURRY:
        'La photo de votre pièce d’identité était floue. Tenez votre téléphone immobile et laissez l’appareil faire la mise au point avant de prendre la photo.',
      DOC_TOO_DARK: 'La photo de votre pièce d’identité était trop sombre. Placez-vous dans un endroit plus lumineux ou allumez davantage de lumière.',
      DOC_TOO_BRIGHT: 'La photo de votre pièce d’identité était trop claire. Évitez la lumière directe et le flash, qui provoquent des reflets.',
      FACE_TOO_BLURRY: 'Votre selfie était flou. Tenez votre téléphone immobile et ne bougez pas pendant la prise de vue.',
      FACE_TOO_DARK: 'Votre selfie était trop sombre. Tournez-vous vers une fenêtre ou une lampe pour que votre visage soit éclairé uniformément.',
      FACE_TOO_BRIGHT: 'Votre selfie était trop clair. Évitez le soleil direct et n’utilisez pas le flash.',
    },
    retryGeneric: 'Nous n’avons pas pu vérifier vos photos précédentes.',
    errors: {
      MRZ_NOT_VISIBLE: 'Les deux lignes en bas de la page photo (sur une carte d’identité : au verso) doivent être visibles. Reprenez la photo avec toute la page dans le cadre.',
      DOCUMENT_NOT_VISIBLE: 'Nous ne voyons pas de document avec sa photo sur cette image. Placez tout le recto de la carte dans le cadre.',
      NO_FACE_FOUND: 'Nous ne voyons pas de visage sur ce selfie. Regardez l’objectif, tout le visage dans le cadre.',
      TOO_MANY_FACES: 'Il y a plus d’un visage sur ce selfie. Assurez-vous d’être seul·e sur la photo.',
      FACE_TOO_SMALL: 'Votre visage est trop petit sur ce selfie. Rapprochez le téléphone.',
      FACE_TOO_BLURRY: 'Ce selfie est flou. Tenez le téléphone immobile et recommencez.',
      UNSUPPORTED_FILE_TYPE: 'Ce fichier n’est pas une photo que nous pouvons utiliser. Choisissez une image JPEG, PNG ou WebP.',
      FILE_TOO_LARGE: 'Ce fichier est trop volumineux. Choisissez une photo de moins de {megabytes}\u00a0Mo.',
      IMAGE_TOO_SMALL:
        'La résolution de cette photo est trop faible. Prenez-la avec l’appareil photo de votre téléphone ou choisissez une image plus grande.',
      IMAGE_UNREADABLE: 'Nous n’avons pas pu ouvrir cette photo. Elle est peut-être endommagée\u00a0; veuillez la reprendre.',
      VALIDATION_ERROR: 'La photo n’a pas pu être envoyée. Veuillez réessayer.',
      MISSING_DOCUMENTS: 'Il manque encore une photo. Ajoutez-la, puis envoyez à nouveau.',
      INVALID_STATE: 'Votre vérification a avancé dans une autre fenêtre\u00a0; nous avons donc mis cette page à jour.',
      NETWORK: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      UNEXPECTED: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
      RATE_LIMITED: 'Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.',
      TOO_MANY_UPLOADS: 'Vous avez envoyé autant de photos que cette vérification en accepte. Envoyez les photos déjà ajoutées ou contactez l’organisation qui vous a demandé cette vérification.',
      UPLOAD_QUOTA_EXCEEDED: 'Cette vérification n’a plus de place pour d’autres photos. Envoyez les photos déjà ajoutées ou contactez l’organisation qui vous a demandé cette vérification.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Merci\u00a0!',
        hint: 'Votre vérification est en cours d’examen. L’organisation qui l’a demandée vous informera du résultat. Vous pouvez fermer cette page.',
      },
      APPROVED: { heading: 'Votre identité est vérifiée', hint: 'Merci, votre identité a été confirmée. Vous pouvez fermer cette page.' },
      NOT_VERIFIED: {
        heading: 'Nous n’avons pas pu vérifier votre identité',
        hint: 'Si vous pensez qu’il s’agit d’une erreur, contactez l’organisation qui vous a demandé cette vérification.',
      },
      EXPIRED: {
        heading: 'Le temps est écoulé',
        hint: 'Cette vérification a expiré. Demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
      },
      CANCELLED: {
        heading: 'Cette vérification a été annulée',
        hint: 'Vous n’avez plus rien à faire ici. Si vous devez encore vérifier votre identité, demandez un nouveau lien à l’organisation qui vous l’a envoyé.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Redirection dans un instant…',
  },
  branding: {
    intro: '{business} doit confirmer votre identité. Cela ne prend que quelques minutes.',
    askForNewLink: 'Demandez un nouveau lien à {business}.',
    contact: 'Besoin d’aide ? Contactez {business} :',
    privacyPolicy: 'Politique de confidentialité de {business}',
  },
  handoff: {
    offer: 'Continuer sur votre téléphone',
    scan: 'Scannez ce code QR avec l’appareil photo de votre téléphone. Vous prenez les photos sur le téléphone, et cette page affiche l’avancement.',
    typeLink: 'Ou saisissez cette adresse dans le navigateur de votre téléphone :',
    qrAlt: 'Code QR du lien {url}',
    once: 'Le code fonctionne une seule fois et expire au bout de 10 minutes.',
    status: {
      WAITING: 'En attente de votre téléphone…',
      CAPTURING: 'Votre téléphone est connecté. Prenez les photos sur votre téléphone.',
      CHECKING: 'Vos photos ont été envoyées. Nous les vérifions…',
      EXPIRED: 'Ce code a expiré. Affichez-en un nouveau pour continuer sur votre téléphone.',
    },
    newCode: 'Afficher un nouveau code',
    useComputer: 'Utiliser plutôt cet ordinateur',
    opening: 'Ce lien poursuit une vérification d’identité dans le navigateur de votre téléphone.',
    unavailable: {
      USED: { heading: 'Ce lien a déjà été utilisé', hint: 'Il ne fonctionne qu’une fois. Sur votre ordinateur, affichez un nouveau code et scannez-le.' },
      EXPIRED: { heading: 'Ce lien a expiré', hint: 'Il est valable 10 minutes. Sur votre ordinateur, affichez un nouveau code et scannez-le.' },
      NOT_FOUND: { heading: 'Ce lien n’est pas valide', hint: 'Vérifiez l’adresse saisie ou scannez à nouveau le code affiché sur votre ordinateur.' },
      RATE_LIMITED: { heading: 'Trop de tentatives', hint: 'Patientez quelques minutes, puis réessayez.' },
    },
  },
  camera: {
    shutter: 'Prendre la photo',
    usePhoto: 'Utiliser cette photo',
    retake: 'Reprendre',
    torch: 'Lumière',
    starting: 'Démarrage de la caméra…',
    shotAlt: 'La photo que vous venez de prendre',
    guidance: {
      ready: 'Ne bougez plus, puis prenez la photo.',
      check: 'Vérifiez que la photo est nette et que tout est lisible.',
      tooDark: 'Il fait trop sombre. Placez-vous dans un endroit plus éclairé.',
      blurry: 'L’image est floue. Tenez votre téléphone immobile.',
      noDocument: 'Placez le document dans le cadre de sorte qu’il le remplisse.',
      noFace: 'Placez votre visage dans l’ovale et regardez la caméra.',
    },
    unavailable: {
      denied: 'L’accès à la caméra n’a pas été autorisé : vous pouvez envoyer des photos à la place.',
      noCamera: 'Aucune caméra n’a été trouvée : vous pouvez envoyer des photos à la place.',
      unsupported: 'Ce navigateur ne peut pas ouvrir la caméra ici : vous pouvez envoyer des photos à la place.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Votre vérification est en cours d’examen. {business} vous informera du résultat. Vous pouvez fermer cette page.',
      NOT_VERIFIED: 'Si vous pensez qu’il s’agit d’une erreur, contactez {business}.',
      CANCELLED: 'Vous n’avez plus rien à faire ici. Si vous devez encore vérifier votre identité, contactez {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Vous avez envoyé autant de photos que cette vérification en accepte. Envoyez les photos déjà ajoutées ou contactez {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Cette vérification n’a plus de place pour d’autres photos. Envoyez les photos déjà ajoutées ou contactez {business}.',
    },
  },
} satisfies Messages;
