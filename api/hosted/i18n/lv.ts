import type { Messages } from './messages';

const askForNewLink = 'Lūdziet jaunu saiti organizācijai, kas to nosūtīja.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Mēs neatradām šo verifikācijas sesiju',
  hint: 'Pārbaudiet, vai atvērāt pilno adresi, vai lūdziet jaunu saiti organizācijai, kas to jums nosūtīja.',
};

export default {
  languageName: 'Latviešu',
  layout: {
    poweredBy: 'Darbina {product}',
    languageSwitcher: 'Valoda',
  },
  landing: {
    title: 'Identitātes pārbaude',
    heading: 'Apstipriniet savu identitāti',
    intro: 'Organizācijai, kas jums nosūtīja šo saiti, jāpārliecinās, kas jūs esat. Tas aizņem tikai dažas minūtes.',
    needsHeading: 'Kas jums būs vajadzīgs',
    needs: {
      document: 'Derīgs personu apliecinošs dokuments: pase, personas apliecība, vadītāja apliecība vai uzturēšanās atļauja',
      selfie: 'Tālrunis vai dators ar kameru, lai uzņemtu pašbildi',
    },
    consent: {
      DOCUMENT: 'Nospiežot “Sākt”, jūs piekrītat, ka jūsu dokuments tiek apstrādāts, lai pārbaudītu jūsu identitāti.',
      SELFIE: 'Nospiežot “Sākt”, jūs piekrītat, ka jūsu pašbilde tiek apstrādāta, lai pārbaudītu jūsu identitāti.',
      DOCUMENT_AND_SELFIE: 'Nospiežot “Sākt”, jūs piekrītat, ka jūsu dokuments un pašbilde tiek apstrādāti, lai pārbaudītu jūsu identitāti.',
    },
    start: 'Sākt',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Šīs verifikācijas saites derīgums ir beidzies', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Šī verifikācijas saite ir sasniegusi savu limitu', hint: `Tā ir izmantota tik reižu, cik atļāva organizācija. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Šī verifikācijas saite vairs nav aktīva', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Mēs neatradām šo verifikācijas saiti',
      hint: 'Pārbaudiet, vai atvērāt pilno adresi, vai lūdziet jaunu saiti organizācijai, kas to nosūtīja.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Verifikācija īslaicīgi nav pieejama', hint: 'Lūdzu, mēģiniet vēlāk vēlreiz.' },
  },
  session: {
    title: 'Identitātes pārbaude',
    heading: 'Apstiprināsim jūsu identitāti',
    stepsHeading: 'Lūk, ko mēs jums lūgsim izdarīt:',
    steps: {
      documentFront: 'Nofotografējiet personu apliecinošā dokumenta priekšpusi',
      documentBack: 'Nofotografējiet aizmuguri, ja jūsu dokumentam tāda ir',
      selfie: 'Uzņemiet pašbildi',
    },
    timeLimit: {
      zero: 'Kad sāksiet, jums būs {minutes} minūtes, lai pabeigtu šīs darbības.',
      one: 'Kad sāksiet, jums būs {minutes} minūte, lai pabeigtu šīs darbības.',
      other: 'Kad sāksiet, jums būs {minutes} minūtes, lai pabeigtu šīs darbības.',
    },
    timeLimitUnknown: 'Kad sāksiet, šīm darbībām būs ierobežots laiks; atpakaļskaitīšana rāda, cik daudz tā atlicis.',
    needsJavaScript: 'Lai turpinātu, ieslēdziet JavaScript pārlūkprogrammā vai atveriet šo saiti citā pārlūkprogrammā.',
    unavailable: {
      EXPIRED: {
        heading: 'Šīs verifikācijas sesijas derīgums ir beidzies',
        hint: 'Laiks tās pabeigšanai ir beidzies. Lūdziet jaunu saiti organizācijai, kas to jums nosūtīja.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Atlikušais laiks',
    back: 'Atpakaļ',
    continue: 'Turpināt',
    documentType: {
      heading: 'Kuru dokumentu izmantosiet?',
      hint: 'Izmantojiet oriģinālo, derīgo dokumentu, nevis kopiju vai ekrāna attēlu.',
      legend: 'Dokumenta veids',
      names: { ID_CARD: 'Personas apliecība', PASSPORT: 'Pase', DRIVER_LICENSE: 'Vadītāja apliecība', RESIDENCE_PERMIT: 'Uzturēšanās atļauja' },
    },
    kinds: {
      FRONT: {
        heading: 'Dokumenta priekšpuse',
        instruction:
          'Nofotografējiet pusi ar jūsu fotoattēlu; pasei — lapu ar fotoattēlu. Novietojiet dokumentu uz līdzenas, labi apgaismotas virsmas, lai būtu redzami visi četri stūri un nebūtu atspīdumu.',
      },
      BACK: {
        heading: 'Dokumenta aizmugure',
        instruction: 'Apgrieziet dokumentu. Atkal turiet to līdzeni un labi apgaismotu, ar visiem četriem stūriem redzamiem un bez atspīdumiem.',
      },
      FACE: {
        heading: 'Jūsu pašbilde',
        instruction:
          'Skatieties kamerā labā apgaismojumā, lai visa seja būtu redzama un nekas to neaizsegtu: bez saulesbrillēm, cepures vai maskas. Saglabājiet neitrālu sejas izteiksmi.',
      },
    },
    retryHeading: 'Lūdzu, uzņemiet fotoattēlus vēlreiz',
    review: {
      heading: 'Pārbaudiet savus fotoattēlus',
      hint: 'Pārliecinieties, ka viss ir ass un salasāms. Pirms iesniegšanas varat aizstāt jebkuru fotoattēlu.',
      submit: 'Iesniegt',
    },
    checking: { heading: 'Pārbaudām jūsu fotoattēlus', hint: 'Parasti tas aizņem dažas sekundes. Lūdzu, neaizveriet šo lapu.' },
    redirectLink: 'Turpināt',
  },
  privacy: {
    controller: '{business} lūdz jums apstiprināt savu identitāti un ir atbildīgs par jūsu personas datiem (ir to pārzinis).',
    retention: {
      zero: 'Jūsu fotoattēli un no tiem nolasītie dati tiek dzēsti ne vēlāk kā {days} dienas pēc verifikācijas beigām.',
      one: 'Jūsu fotoattēli un no tiem nolasītie dati tiek dzēsti ne vēlāk kā {days} dienu pēc verifikācijas beigām.',
      other: 'Jūsu fotoattēli un no tiem nolasītie dati tiek dzēsti ne vēlāk kā {days} dienas pēc verifikācijas beigām.',
    },
    withdraw: 'Kamēr neesat nosūtījis fotoattēlus, jebkurā brīdī varat atteikties, nospiežot “Atcelt verifikāciju”.',
    cancel: {
      button: 'Atcelt verifikāciju',
      heading: 'Atcelt šo verifikāciju?',
      hint: 'Jūsu fotoattēli netiks pārbaudīti, un {business} tiks informēts, ka jūs atcēlāt verifikāciju.',
      confirm: 'Jā, atcelt',
      keep: 'Nē, turpināt',
    },
  },
  script: {
    stepOf: '{current}. solis no {total}',
    minutesLeft: { zero: 'Atlikušas {minutes} minūtes', one: 'Atlikusi {minutes} minūte', other: 'Atlikušas {minutes} minūtes' },
    takePhoto: 'Uzņemt fotoattēlu',
    retakePhoto: 'Uzņemt jaunu fotoattēlu',
    chooseFile: 'Izvēlēties failu',
    chooseOtherFile: 'Izvēlēties citu failu',
    uploading: 'Augšupielādē…',
    added: 'Fotoattēls pievienots',
    notAdded: 'Vēl nav pievienots',
    add: 'Pievienot',
    replace: 'Aizstāt',
    previewAlt: 'Jūsu izvēlētais fotoattēls',
    attempt: 'Šis ir {attempt}. mēģinājums no {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Mēs neatradām divas burtu un ciparu rindas lapas ar fotoattēlu apakšā (vai kartes aizmugurē). Pārliecinieties, ka tās ir pilnībā redzamas un asas.',
      MRZ_OCR_READING_ERROR: 'Mēs nevarējām skaidri nolasīt rindas jūsu dokumenta apakšā. Nofotografējiet vēlreiz labā apgaismojumā, bez atspīdumiem, turot dokumentu līdzeni.',
      NO_FACE_FOUND: 'Jūsu pašbildē mēs neredzējām seju. Skatieties tieši kamerā, lai visa seja būtu kadrā.',
      TOO_MANY_FACES: 'Jūsu pašbildē bija vairāk nekā viena seja. Pārliecinieties, ka attēlā esat tikai jūs.',
      FACE_TOO_SMALL: 'Jūsu seja pašbildē bija pārāk maza. Turiet tālruni tuvāk, lai seja aizpildītu ovālu.',
      DOC_TOO_BLURRY: 'Dokumenta fotoattēls bija izplūdis. Turiet tālruni nekustīgi un ļaujiet kamerai fokusēties, pirms fotografējat.',
      DOC_TOO_DARK: 'Dokumenta fotoattēls bija pārāk tumšs. Pārvietojieties uz gaišāku vietu vai ieslēdziet vairāk gaismas.',
      DOC_TOO_BRIGHT: 'Dokumenta fotoattēls bija pārāk gaišs. Izvairieties no tiešas gaismas un zibspuldzes, kas rada atspīdumus.',
      FACE_TOO_BLURRY: 'Jūsu pašbilde bija izplūdusi. Turiet tālruni nekustīgi un nekustieties, kamēr fotografējat.',
      FACE_TOO_DARK: 'Jūsu pašbilde bija pārāk tumša. Pagriezieties pret logu vai lampu, lai seja būtu vienmērīgi apgaismota.',
      FACE_TOO_BRIGHT: 'Jūsu pašbilde bija pārāk gaiša. Pārvietojieties prom no tiešiem saules stariem un neizmantojiet zibspuldzi.',
    },
    retryGeneric: 'Mēs nevarējām pārbaudīt jūsu iepriekšējos fotoattēlus.',
    errors: {
      MRZ_NOT_VISIBLE: 'Divām rindām lapas ar fotoattēlu apakšā (personas apliecībai — aizmugurē) jābūt redzamām. Nofotografējiet vēlreiz, lai visa lapa būtu kadrā.',
      DOCUMENT_NOT_VISIBLE: 'Šajā attēlā mēs neredzējām dokumentu ar fotoattēlu. Ievietojiet kadrā visu kartes priekšpusi.',
      NO_FACE_FOUND: 'Šajā pašbildē neredzam seju. Skatieties tieši kamerā, lai visa seja būtu kadrā.',
      TOO_MANY_FACES: 'Šajā pašbildē ir vairāk nekā viena seja. Pārliecinieties, ka attēlā esat tikai jūs.',
      FACE_TOO_SMALL: 'Jūsu seja šajā pašbildē ir pārāk maza. Turiet tālruni tuvāk.',
      FACE_TOO_BLURRY: 'Šī pašbilde ir izplūdusi. Turiet tālruni nekustīgi un uzņemiet to vēlreiz.',
      UNSUPPORTED_FILE_TYPE: 'Šis fails nav fotoattēls, ko varam izmantot. Izvēlieties JPEG, PNG vai WebP attēlu.',
      FILE_TOO_LARGE: 'Šis fails ir pārāk liels. Izvēlieties fotoattēlu, kas ir mazāks par {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Šī fotoattēla izšķirtspēja ir pārāk zema. Uzņemiet to ar tālruņa kameru vai izvēlieties lielāku attēlu.',
      IMAGE_UNREADABLE: 'Mēs nevarējām atvērt šo fotoattēlu. Iespējams, tas ir bojāts; lūdzu, uzņemiet to vēlreiz.',
      VALIDATION_ERROR: 'Fotoattēlu neizdevās nosūtīt. Lūdzu, mēģiniet vēlreiz.',
      MISSING_DOCUMENTS: 'Vēl trūkst fotoattēla. Pievienojiet to un iesniedziet vēlreiz.',
      INVALID_STATE: 'Jūsu verifikācija ir turpinājusies citā logā, tāpēc atjauninājām šo lapu.',
      NETWORK: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
      UNEXPECTED: 'Mūsu pusē kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.',
      RATE_LIMITED: 'Pārāk daudz mēģinājumu īsā laikā. Pagaidiet minūti un mēģiniet vēlreiz.',
      TOO_MANY_UPLOADS: 'Jūs esat nosūtījis tik daudz fotoattēlu, cik šī verifikācija pieņem. Iesniedziet pievienotos fotoattēlus vai sazinieties ar organizāciju, kas lūdza jums veikt verifikāciju.',
      UPLOAD_QUOTA_EXCEEDED: 'Šajā verifikācijā vairs nav vietas fotoattēliem. Iesniedziet pievienotos fotoattēlus vai sazinieties ar organizāciju, kas lūdza jums veikt verifikāciju.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Paldies!',
        hint: 'Jūsu verifikācija tiek izskatīta. Organizācija, kas to pieprasīja, jums paziņos rezultātu. Varat aizvērt šo lapu.',
      },
      APPROVED: { heading: 'Jūsu identitāte ir apstiprināta', hint: 'Paldies, jūsu identitāte ir apstiprināta. Varat aizvērt šo lapu.' },
      NOT_VERIFIED: {
        heading: 'Mēs nevarējām apstiprināt jūsu identitāti',
        hint: 'Ja uzskatāt, ka tā ir kļūda, sazinieties ar organizāciju, kas lūdza jums apstiprināt identitāti.',
      },
      EXPIRED: {
        heading: 'Jūsu laiks ir beidzies',
        hint: 'Šīs verifikācijas derīgums ir beidzies. Lūdziet jaunu saiti organizācijai, kas to jums nosūtīja.',
      },
      CANCELLED: {
        heading: 'Šī verifikācija tika atcelta',
        hint: 'Šeit vairs nekas nav jādara. Ja jums joprojām jāapstiprina sava identitāte, sazinieties ar organizāciju, kas jums nosūtīja saiti.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Pēc brīža jūs novirzīsim atpakaļ…',
  },
  branding: {
    intro: '{business} ir jāapstiprina jūsu identitāte. Tas aizņems tikai dažas minūtes.',
    askForNewLink: 'Lūdziet {business} jaunu saiti.',
    contact: 'Nepieciešama palīdzība? Sazinieties ar {business}:',
    privacyPolicy: '{business} privātuma politika',
  },
  handoff: {
    offer: 'Turpināt tālrunī',
    scan: 'Noskenējiet šo QR kodu ar tālruņa kameru. Fotoattēlus uzņemsiet tālrunī, un šī lapa rādīs, kā veicas.',
    typeLink: 'Vai ierakstiet šo adresi tālruņa pārlūkprogrammā:',
    qrAlt: 'Saites {url} QR kods',
    once: 'Kods darbojas vienu reizi un beidzas pēc 10 minūtēm.',
    status: {
      WAITING: 'Gaidām jūsu tālruni…',
      CAPTURING: 'Jūsu tālrunis ir savienots. Uzņemiet fotoattēlus tālrunī.',
      CHECKING: 'Jūsu fotoattēli ir nosūtīti. Mēs tos pārbaudām…',
      EXPIRED: 'Šī koda derīgums ir beidzies. Parādiet jaunu, lai turpinātu tālrunī.',
    },
    newCode: 'Parādīt jaunu kodu',
    useComputer: 'Tomēr izmantot šo datoru',
    opening: 'Tā turpina identitātes pārbaudi jūsu tālruņa pārlūkprogrammā.',
    unavailable: {
      USED: { heading: 'Šī saite jau ir izmantota', hint: 'Tā darbojas tikai vienu reizi. Datorā parādiet jaunu kodu un noskenējiet to.' },
      EXPIRED: { heading: 'Šīs saites derīgums ir beidzies', hint: 'Tā ir derīga 10 minūtes. Datorā parādiet jaunu kodu un noskenējiet to.' },
      NOT_FOUND: { heading: 'Šī saite nav derīga', hint: 'Pārbaudiet ierakstīto adresi vai vēlreiz noskenējiet kodu datorā.' },
      RATE_LIMITED: { heading: 'Pārāk daudz mēģinājumu', hint: 'Pagaidiet dažas minūtes un mēģiniet vēlreiz.' },
    },
  },
  camera: {
    shutter: 'Fotografēt',
    usePhoto: 'Izmantot šo fotoattēlu',
    retake: 'Vēlreiz',
    torch: 'Gaisma',
    starting: 'Kamera tiek ieslēgta…',
    shotAlt: 'Tikko uzņemtais fotoattēls',
    guidance: {
      ready: 'Nekustieties un uzņemiet fotoattēlu.',
      check: 'Pārbaudiet, vai fotoattēls ir ass un viss ir salasāms.',
      tooDark: 'Ir pārāk tumšs. Pārejiet uz gaišāku vietu.',
      blurry: 'Attēls ir izplūdis. Turiet tālruni nekustīgi.',
      noDocument: 'Novietojiet dokumentu rāmī tā, lai tas to aizpildītu.',
      noFace: 'Novietojiet seju ovālā un skatieties kamerā.',
    },
    unavailable: {
      denied: 'Piekļuve kamerai netika atļauta, tāpēc varat augšupielādēt fotoattēlus.',
      noCamera: 'Kamera netika atrasta, tāpēc varat augšupielādēt fotoattēlus.',
      unsupported: 'Šī pārlūkprogramma šeit nevar atvērt kameru, tāpēc varat augšupielādēt fotoattēlus.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Jūsu verifikācija tiek izskatīta. {business} jums paziņos rezultātu. Varat aizvērt šo lapu.',
      NOT_VERIFIED: 'Ja uzskatāt, ka tā ir kļūda, sazinieties ar {business}.',
      CANCELLED: 'Šeit vairs nekas nav jādara. Ja jums joprojām jāapstiprina sava identitāte, sazinieties ar {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Jūs esat nosūtījis tik daudz fotoattēlu, cik šī verifikācija pieņem. Iesniedziet pievienotos fotoattēlus vai sazinieties ar {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Šajā verifikācijā vairs nav vietas fotoattēliem. Iesniedziet pievienotos fotoattēlus vai sazinieties ar {business}.',
    },
  },
} satisfies Messages;
