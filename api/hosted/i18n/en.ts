import type { Messages } from './messages';

const askForNewLink = 'Ask the organisation that sent it for a new link.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'We could not find this verification session',
  hint: 'Check that you opened the full address, or ask the organisation that sent you the link for a new one.',
};

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
    LINK_EXHAUSTED: { heading: 'This verification link has reached its limit', hint: `It has been used as many times as the organisation allowed. ${askForNewLink}` },
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
    timeLimitUnknown: 'Once you start, you have a limited time to complete these steps; a countdown shows how much is left.',
    needsJavaScript: 'To continue, turn on JavaScript in your browser, or open this link in another browser.',
    unavailable: {
      EXPIRED: {
        heading: 'This verification session has expired',
        hint: 'The time to complete it has run out. Ask the organisation that sent you the link for a new one.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Time left',
    back: 'Back',
    continue: 'Continue',
    documentType: {
      heading: 'Which document will you use?',
      hint: 'Use the original, valid document: not a photocopy or a picture of a screen.',
      legend: 'Document type',
      names: { ID_CARD: 'ID card', PASSPORT: 'Passport', DRIVER_LICENSE: 'Driving licence', RESIDENCE_PERMIT: 'Residence permit' },
    },
    kinds: {
      FRONT: {
        heading: 'Front of your document',
        instruction:
          'Photograph the side with your photo; for a passport, the photo page. Place the document on a flat, well-lit surface, with all four corners visible and no glare.',
      },
      BACK: {
        heading: 'Back of your document',
        instruction: 'Turn the document over. Again, keep it flat and well lit, with all four corners visible and no glare.',
      },
      FACE: {
        heading: 'Your selfie',
        instruction:
          'Face the camera in good light, with your whole face visible and nothing covering it: no sunglasses, hat or mask. Keep a neutral expression.',
      },
    },
    retryHeading: 'Please take your photos again',
    review: {
      heading: 'Check your photos',
      hint: 'Make sure everything is sharp and readable. You can replace any photo before you submit.',
      submit: 'Submit',
    },
    checking: { heading: 'Checking your photos', hint: 'This usually takes a few seconds. Please keep this page open.' },
    redirectLink: 'Continue',
  },
  privacy: {
    controller: '{business} asks you to verify your identity and is responsible for your personal data (its controller).',
    retention: {
      one: 'Your photos and the data read from them are deleted at the latest {days} day after the verification ends.',
      other: 'Your photos and the data read from them are deleted at the latest {days} days after the verification ends.',
    },
    withdraw: 'Until you send your photos you can withdraw at any time with “Cancel verification”.',
    cancel: {
      button: 'Cancel verification',
      heading: 'Cancel this verification?',
      hint: 'Your photos will not be checked, and {business} will be told that you cancelled.',
      confirm: 'Yes, cancel',
      keep: 'No, continue',
    },
  },
  script: {
    stepOf: 'Step {current} of {total}',
    minutesLeft: { one: '{minutes} minute left', other: '{minutes} minutes left' },
    takePhoto: 'Take a photo',
    retakePhoto: 'Take a new photo',
    chooseFile: 'Choose a file',
    chooseOtherFile: 'Choose another file',
    uploading: 'Uploading…',
    added: 'Photo added',
    notAdded: 'Not added yet',
    add: 'Add',
    replace: 'Replace',
    previewAlt: 'The photo you chose',
    attempt: 'This is attempt {attempt} of {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'We could not find the two lines of letters and digits at the bottom of the photo page (or on the back of the card). Make sure they are fully visible and sharp.',
      MRZ_OCR_READING_ERROR: 'We could not read the lines at the bottom of your document clearly. Take the photo again in good light, without glare, holding the document flat.',
      NO_FACE_FOUND: 'We could not see a face in your selfie. Look straight at the camera with your whole face in the frame.',
      TOO_MANY_FACES: 'More than one face was in your selfie. Make sure only you are in the picture.',
      FACE_TOO_SMALL: 'Your face was too small in the selfie. Hold the phone closer so that your face fills the oval.',
      DOC_TOO_BLURRY: 'The photo of your document was blurry. Hold your phone steady and let the camera focus before you take the picture.',
      DOC_TOO_DARK: 'The photo of your document was too dark. Move somewhere brighter or turn on more light.',
      DOC_TOO_BRIGHT: 'The photo of your document was too bright. Avoid direct light and the flash, which cause glare.',
      FACE_TOO_BLURRY: 'Your selfie was blurry. Hold your phone steady and keep still while you take it.',
      FACE_TOO_DARK: 'Your selfie was too dark. Face a window or a lamp, so that your face is evenly lit.',
      FACE_TOO_BRIGHT: 'Your selfie was too bright. Move out of direct sunlight and don’t use the flash.',
    },
    retryGeneric: 'We could not check your previous photos.',
    errors: {
      MRZ_NOT_VISIBLE: 'The two lines at the bottom of the photo page (on an ID card: on the back) must be visible. Take the photo again with the whole page in the frame.',
      DOCUMENT_NOT_VISIBLE: 'We could not see a document with its photo in this picture. Place the whole front of the card in the frame.',
      NO_FACE_FOUND: 'We could not see a face in this selfie. Look straight at the camera with your whole face in the frame.',
      TOO_MANY_FACES: 'There is more than one face in this selfie. Make sure only you are in the picture.',
      FACE_TOO_SMALL: 'Your face is too small in this selfie. Hold the phone closer.',
      FACE_TOO_BLURRY: 'This selfie is blurry. Hold the phone steady and take it again.',
      UNSUPPORTED_FILE_TYPE: 'This file is not a photo we can use. Choose a JPEG, PNG or WebP image.',
      FILE_TOO_LARGE: 'This file is too large. Choose a photo smaller than {megabytes} MB.',
      IMAGE_TOO_SMALL: 'This photo’s resolution is too low. Take it with your phone’s camera, or choose a larger image.',
      IMAGE_UNREADABLE: 'We could not open this photo. It may be damaged; please take it again.',
      VALIDATION_ERROR: 'The photo could not be sent. Please try again.',
      MISSING_DOCUMENTS: 'A photo is still missing. Please add it, then submit again.',
      INVALID_STATE: 'Your verification has moved on in another window, so we have updated this page.',
      NETWORK: 'We couldn’t reach the server. Check your connection and try again.',
      UNEXPECTED: 'Something went wrong on our side. Please try again.',
      RATE_LIMITED: 'Too many tries in a short time. Wait a minute, then try again.',
      TOO_MANY_UPLOADS: 'You have sent as many photos as this verification accepts. Submit the photos you have added, or contact the organisation that asked you to verify.',
      UPLOAD_QUOTA_EXCEEDED: 'There is no room for more photos in this verification. Submit the photos you have added, or contact the organisation that asked you to verify.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Thank you!',
        hint: 'Your verification is being reviewed. The organisation that asked for it will let you know the outcome. You can close this page.',
      },
      APPROVED: { heading: 'You’re verified', hint: 'Thank you, your identity has been confirmed. You can close this page.' },
      NOT_VERIFIED: {
        heading: 'We could not verify your identity',
        hint: 'If you think this is a mistake, contact the organisation that asked you to verify your identity.',
      },
      EXPIRED: {
        heading: 'Your time ran out',
        hint: 'This verification has expired. Ask the organisation that sent you the link for a new one.',
      },
      CANCELLED: {
        heading: 'This verification was cancelled',
        hint: 'There is nothing more to do here. If you still need to verify your identity, ask the organisation that sent you the link.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Taking you back in a moment…',
  },
  branding: {
    intro: '{business} needs to confirm who you are. It only takes a few minutes.',
    askForNewLink: 'Ask {business} for a new link.',
    contact: 'Need help? Contact {business}:',
    privacyPolicy: 'Privacy policy of {business}',
  },
  handoff: {
    offer: 'Continue on your phone',
    scan: 'Scan this QR code with your phone’s camera. You take the photos on your phone, and this page shows how it goes.',
    typeLink: 'Or type this address into your phone’s browser:',
    qrAlt: 'QR code of the link {url}',
    once: 'The code works once and expires after 10 minutes.',
    status: {
      WAITING: 'Waiting for your phone…',
      CAPTURING: 'Your phone is connected. Take the photos on your phone.',
      CHECKING: 'Your photos were sent. We are checking them…',
      EXPIRED: 'This code has expired. Show a new one to continue on your phone.',
    },
    newCode: 'Show a new code',
    useComputer: 'Use this computer instead',
    opening: 'This link continues an identity verification in your phone’s browser.',
    unavailable: {
      USED: { heading: 'This link was already used', hint: 'It works only once. On your computer, show a new code and scan it.' },
      EXPIRED: { heading: 'This link has expired', hint: 'It works for 10 minutes. On your computer, show a new code and scan it.' },
      NOT_FOUND: { heading: 'This link is not valid', hint: 'Check the address you typed, or scan the code on your computer again.' },
      RATE_LIMITED: { heading: 'Too many tries', hint: 'Wait a few minutes, then try again.' },
    },
  },
  camera: {
    shutter: 'Take photo',
    usePhoto: 'Use this photo',
    retake: 'Retake',
    torch: 'Light',
    starting: 'Starting the camera…',
    shotAlt: 'The photo you just took',
    guidance: {
      ready: 'Hold still, then take the photo.',
      check: 'Check that the photo is sharp and everything can be read.',
      tooDark: 'It is too dark. Move to a brighter place.',
      blurry: 'The picture is blurry. Hold your phone steady.',
      noDocument: 'Place the document inside the frame so that it fills it.',
      noFace: 'Place your face inside the oval and look at the camera.',
    },
    unavailable: {
      denied: 'Camera access was not allowed, so you can upload photos instead.',
      noCamera: 'No camera was found, so you can upload photos instead.',
      unsupported: 'This browser cannot open the camera here, so you can upload photos instead.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Your verification is being reviewed. {business} will let you know the outcome. You can close this page.',
      NOT_VERIFIED: 'If you think this is a mistake, contact {business}.',
      CANCELLED: 'There is nothing more to do here. If you still need to verify your identity, contact {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'You have sent as many photos as this verification accepts. Submit the photos you have added, or contact {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'There is no room for more photos in this verification. Submit the photos you have added, or contact {business}.',
    },
  },
} satisfies Messages;
