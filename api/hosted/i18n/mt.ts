import type { Messages } from './messages';

const askForNewLink = 'Itlob link ġdid lill-organizzazzjoni li bagħtitulek.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Ma sibniex din is-sessjoni ta’ verifika',
  hint: 'Iċċekkja li ftaħt l-indirizz sħiħ, jew itlob link ġdid lill-organizzazzjoni li bagħtitulek.',
};

// Maltese counts 2–10 in the plural ("minuti") and 11 upwards in the singular ("minuta").
export default {
  languageName: 'Malti',
  layout: {
    poweredBy: 'Imħaddem minn {product}',
    languageSwitcher: 'Lingwa',
  },
  landing: {
    title: 'Verifika tal-identità',
    heading: 'Ivverifika l-identità tiegħek',
    intro: 'L-organizzazzjoni li bagħtitlek dan il-link jeħtieġ tikkonferma min int. Jieħu biss ftit minuti.',
    needsHeading: 'X’se jkollok bżonn',
    needs: {
      document: 'Dokument tal-identità validu: passaport, karta tal-identità, liċenzja tas-sewqan jew permess ta’ residenza',
      selfie: 'Telefon jew kompjuter b’kamera, biex tieħu selfie',
    },
    consent: {
      DOCUMENT: 'Billi tagħfas Ibda, taqbel li d-dokument tiegħek jiġi pproċessat biex tiġi vverifikata l-identità tiegħek.',
      SELFIE: 'Billi tagħfas Ibda, taqbel li s-selfie tiegħek jiġi pproċessat biex tiġi vverifikata l-identità tiegħek.',
      DOCUMENT_AND_SELFIE: 'Billi tagħfas Ibda, taqbel li d-dokument u s-selfie tiegħek jiġu pproċessati biex tiġi vverifikata l-identità tiegħek.',
    },
    start: 'Ibda',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Dan il-link ta’ verifika skada', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Dan il-link ta’ verifika laħaq il-limitu tiegħu', hint: `Intuża daqs kemm ippermettiet l-organizzazzjoni. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Dan il-link ta’ verifika m’għadux attiv', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Ma sibniex dan il-link ta’ verifika',
      hint: 'Iċċekkja li ftaħt l-indirizz sħiħ, jew itlob link ġdid lill-organizzazzjoni li bagħtitulek.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Il-verifika mhijiex disponibbli għalissa', hint: 'Jekk jogħġbok erġa’ pprova aktar tard.' },
  },
  session: {
    title: 'Verifika tal-identità',
    heading: 'Ejja nivverifikaw l-identità tiegħek',
    stepsHeading: 'Dan hu dak li se nitolbuk tagħmel:',
    steps: {
      documentFront: 'Ħu ritratt tal-quddiem tad-dokument tal-identità tiegħek',
      documentBack: 'Ħu ritratt tal-wara, jekk id-dokument tiegħek għandu',
      selfie: 'Ħu selfie',
    },
    timeLimit: {
      one: 'Ladarba tibda, għandek {minutes} minuta biex tlesti dawn il-passi.',
      two: 'Ladarba tibda, għandek {minutes} minuti biex tlesti dawn il-passi.',
      few: 'Ladarba tibda, għandek {minutes} minuti biex tlesti dawn il-passi.',
      many: 'Ladarba tibda, għandek {minutes}-il minuta biex tlesti dawn il-passi.',
      other: 'Ladarba tibda, għandek {minutes} minuta biex tlesti dawn il-passi.',
    },
    timeLimitUnknown: 'Ladarba tibda, għandek ħin limitat biex tlesti dawn il-passi; għadd lura juri kemm fadal.',
    needsJavaScript: 'Biex tkompli, ixgħel il-JavaScript fil-browser tiegħek, jew iftaħ dan il-link f’browser ieħor.',
    unavailable: {
      EXPIRED: {
        heading: 'Din is-sessjoni ta’ verifika skadiet',
        hint: 'Il-ħin biex tlestiha spiċċa. Itlob link ġdid lill-organizzazzjoni li bagħtitulek.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Ħin li fadal',
    back: 'Lura',
    continue: 'Kompli',
    documentType: {
      heading: 'Liema dokument se tuża?',
      hint: 'Uża d-dokument oriġinali u validu: mhux fotokopja jew ritratt ta’ skrin.',
      legend: 'Tip ta’ dokument',
      names: { ID_CARD: 'Karta tal-identità', PASSPORT: 'Passaport', DRIVER_LICENSE: 'Liċenzja tas-sewqan', RESIDENCE_PERMIT: 'Permess ta’ residenza' },
    },
    kinds: {
      FRONT: {
        heading: 'Il-quddiem tad-dokument tiegħek',
        instruction:
          'Ħu ritratt tan-naħa bir-ritratt tiegħek; għal passaport, il-paġna bir-ritratt. Poġġi d-dokument fuq wiċċ ċatt u mdawwal sew, bl-erba’ kantunieri jidhru u mingħajr riflessi.',
      },
      BACK: {
        heading: 'Il-wara tad-dokument tiegħek',
        instruction: 'Aqleb id-dokument. Erġa’ żommu ċatt u mdawwal sew, bl-erba’ kantunieri jidhru u mingħajr riflessi.',
      },
      FACE: {
        heading: 'Is-selfie tiegħek',
        instruction:
          'Ħares lejn il-kamera f’dawl tajjeb, b’wiċċek kollu jidher u xejn ma jgħattih: l-ebda nuċċalijiet tax-xemx, kappell jew maskra. Żomm espressjoni newtrali.',
      },
    },
    retryHeading: 'Jekk jogħġbok erġa’ ħu r-ritratti',
    review: {
      heading: 'Iċċekkja r-ritratti tiegħek',
      hint: 'Kun żgur li kollox ċar u jinqara. Tista’ tbiddel kwalunkwe ritratt qabel tibgħat.',
      submit: 'Ibgħat',
    },
    checking: { heading: 'Qed niċċekkjaw ir-ritratti tiegħek', hint: 'Normalment jieħu ftit sekondi. Jekk jogħġbok żomm din il-paġna miftuħa.' },
    redirectLink: 'Kompli',
  },
  privacy: {
    controller: '{business} qed jitolbok tivverifika l-identità tiegħek u hu responsabbli għad-data personali tiegħek (il-kontrollur tagħha).',
    retention: {
      one: 'Ir-ritratti tiegħek u d-data moqrija minnhom jitħassru mhux aktar tard minn {days} jum wara li tintemm il-verifika.',
      two: 'Ir-ritratti tiegħek u d-data moqrija minnhom jitħassru mhux aktar tard minn {days} ijiem wara li tintemm il-verifika.',
      few: 'Ir-ritratti tiegħek u d-data moqrija minnhom jitħassru mhux aktar tard minn {days} ijiem wara li tintemm il-verifika.',
      many: 'Ir-ritratti tiegħek u d-data moqrija minnhom jitħassru mhux aktar tard minn {days}-il jum wara li tintemm il-verifika.',
      other: 'Ir-ritratti tiegħek u d-data moqrija minnhom jitħassru mhux aktar tard minn {days} jum wara li tintemm il-verifika.',
    },
    withdraw: 'Sakemm tibgħat ir-ritratti tiegħek, tista’ tirtira meta trid billi tagħfas “Ikkanċella l-verifika”.',
    cancel: {
      button: 'Ikkanċella l-verifika',
      heading: 'Tikkanċella din il-verifika?',
      hint: 'Ir-ritratti tiegħek mhux se jiġu ċċekkjati, u {business} jiġi infurmat li kkanċellajt.',
      confirm: 'Iva, ikkanċella',
      keep: 'Le, kompli',
    },
  },
  script: {
    stepOf: 'Pass {current} minn {total}',
    minutesLeft: {
      one: 'Fadal {minutes} minuta',
      two: 'Fadal {minutes} minuti',
      few: 'Fadal {minutes} minuti',
      many: 'Fadal {minutes}-il minuta',
      other: 'Fadal {minutes} minuta',
    },
    takePhoto: 'Ħu ritratt',
    retakePhoto: 'Ħu ritratt ġdid',
    chooseFile: 'Agħżel fajl',
    chooseOtherFile: 'Agħżel fajl ieħor',
    uploading: 'Qed jittella’…',
    added: 'Ritratt miżjud',
    notAdded: 'Għadu mhux miżjud',
    add: 'Żid',
    replace: 'Ibdel',
    previewAlt: 'Ir-ritratt li għażilt',
    attempt: 'Dan hu t-tentattiv {attempt} minn {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Ma sibniex iż-żewġ linji ta’ ittri u numri fil-qiegħ tal-paġna bir-ritratt (jew fuq wara tal-karta). Kun żgur li jidhru kollha u ċari.',
      MRZ_OCR_READING_ERROR: 'Ma stajniex naqraw b’mod ċar il-linji fil-qiegħ tad-dokument tiegħek. Erġa’ ħu r-ritratt f’dawl tajjeb, mingħajr riflessi, bid-dokument ċatt.',
      NO_FACE_FOUND: 'Ma rajniex wiċċ fis-selfie tiegħek. Ħares dritt lejn il-kamera b’wiċċek kollu fil-qafas.',
      TOO_MANY_FACES: 'Kien hemm aktar minn wiċċ wieħed fis-selfie tiegħek. Kun żgur li int biss tidher fir-ritratt.',
      FACE_TOO_SMALL: 'Wiċċek kien żgħir wisq fis-selfie. Qarreb it-telefon biex wiċċek jimla l-ovali.',
      DOC_TOO_BLURRY: 'Ir-ritratt tad-dokument tiegħek ma kienx ċar. Żomm it-telefon fermu u ħalli l-kamera tiffoka qabel tieħu r-ritratt.',
      DOC_TOO_DARK: 'Ir-ritratt tad-dokument tiegħek kien skur wisq. Mur f’post aktar imdawwal jew ixgħel aktar dawl.',
      DOC_TOO_BRIGHT: 'Ir-ritratt tad-dokument tiegħek kien jgħajjat wisq. Evita dawl dirett u l-flash, li jikkawżaw riflessi.',
      FACE_TOO_BLURRY: 'Is-selfie tiegħek ma kienx ċar. Żomm it-telefon fermu u tiċċaqlaqx waqt li tieħdu.',
      FACE_TOO_DARK: 'Is-selfie tiegħek kien skur wisq. Dur lejn tieqa jew lampa, biex wiċċek ikun imdawwal b’mod uniformi.',
      FACE_TOO_BRIGHT: 'Is-selfie tiegħek kien jgħajjat wisq. Oħroġ mix-xemx diretta u tużax il-flash.',
    },
    retryGeneric: 'Ma stajniex niċċekkjaw ir-ritratti preċedenti tiegħek.',
    errors: {
      MRZ_NOT_VISIBLE: 'Iż-żewġ linji fil-qiegħ tal-paġna bir-ritratt (fuq karta tal-identità: fuq wara) iridu jidhru. Erġa’ ħu r-ritratt bil-paġna kollha fil-qafas.',
      DOCUMENT_NOT_VISIBLE: 'Ma rajniex dokument bir-ritratt tiegħu f’din l-istampa. Poġġi l-quddiem kollu tal-karta fil-qafas.',
      NO_FACE_FOUND: 'Ma narawx wiċċ f’dan is-selfie. Ħares dritt lejn il-kamera b’wiċċek kollu fil-qafas.',
      TOO_MANY_FACES: 'Hemm aktar minn wiċċ wieħed f’dan is-selfie. Kun żgur li int biss tidher fir-ritratt.',
      FACE_TOO_SMALL: 'Wiċċek żgħir wisq f’dan is-selfie. Qarreb it-telefon.',
      FACE_TOO_BLURRY: 'Dan is-selfie mhux ċar. Żomm it-telefon fermu u erġa’ ħudu.',
      UNSUPPORTED_FILE_TYPE: 'Dan il-fajl mhuwiex ritratt li nistgħu nużaw. Agħżel immaġni JPEG, PNG jew WebP.',
      FILE_TOO_LARGE: 'Dan il-fajl kbir wisq. Agħżel ritratt iżgħar minn {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Ir-riżoluzzjoni ta’ dan ir-ritratt hija baxxa wisq. Ħudu bil-kamera tat-telefon tiegħek, jew agħżel immaġni akbar.',
      IMAGE_UNREADABLE: 'Ma stajniex niftħu dan ir-ritratt. Jista’ jkun bil-ħsara; jekk jogħġbok erġa’ ħudu.',
      VALIDATION_ERROR: 'Ir-ritratt ma setax jintbagħat. Jekk jogħġbok erġa’ pprova.',
      MISSING_DOCUMENTS: 'Għadu nieqes ritratt. Żidu, imbagħad erġa’ ibgħat.',
      INVALID_STATE: 'Il-verifika tiegħek imxiet ’il quddiem f’tieqa oħra, għalhekk aġġornajna din il-paġna.',
      NETWORK: 'Ma stajniex nilħqu s-server. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
      UNEXPECTED: 'Xi ħaġa marret ħażin min-naħa tagħna. Jekk jogħġbok erġa’ pprova.',
      RATE_LIMITED: 'Wisq tentattivi fi ftit ħin. Stenna minuta, imbagħad erġa’ pprova.',
      TOO_MANY_UPLOADS: 'Bgħatt daqs kemm taċċetta ritratti din il-verifika. Ibgħat ir-ritratti li żidt, jew ikkuntattja lill-organizzazzjoni li talbitek tivverifika.',
      UPLOAD_QUOTA_EXCEEDED: 'M’hemmx aktar spazju għar-ritratti f’din il-verifika. Ibgħat ir-ritratti li żidt, jew ikkuntattja lill-organizzazzjoni li talbitek tivverifika.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Grazzi!',
        hint: 'Il-verifika tiegħek qed tiġi rieżaminata. L-organizzazzjoni li talbitha se tgħarrfek bir-riżultat. Tista’ tagħlaq din il-paġna.',
      },
      APPROVED: { heading: 'Ġejt ivverifikat', hint: 'Grazzi, l-identità tiegħek ġiet ikkonfermata. Tista’ tagħlaq din il-paġna.' },
      NOT_VERIFIED: {
        heading: 'Ma stajniex nivverifikaw l-identità tiegħek',
        hint: 'Jekk taħseb li dan hu żball, ikkuntattja lill-organizzazzjoni li talbitek tivverifika l-identità tiegħek.',
      },
      EXPIRED: {
        heading: 'Il-ħin tiegħek spiċċa',
        hint: 'Din il-verifika skadiet. Itlob link ġdid lill-organizzazzjoni li bagħtitulek.',
      },
      CANCELLED: {
        heading: 'Din il-verifika ġiet ikkanċellata',
        hint: 'M’hemm xejn aktar x’tagħmel hawn. Jekk għad għandek bżonn tivverifika l-identità tiegħek, kellem lill-organizzazzjoni li bagħtitlek il-link.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Se nieħduk lura f’mument…',
  },
  branding: {
    intro: '{business} jeħtieġ jikkonferma min int. Jieħu biss ftit minuti.',
    askForNewLink: 'Itlob link ġdida lil {business}.',
    contact: 'Għandek bżonn għajnuna? Ikkuntattja lil {business}:',
    privacyPolicy: 'Politika tal-privatezza ta’ {business}',
  },
  handoff: {
    offer: 'Kompli fuq it-telefown',
    scan: 'Skennja dan il-kodiċi QR bil-kamera tat-telefown tiegħek. Tieħu r-ritratti fuq it-telefown, u din il-paġna turi kif miexja.',
    typeLink: 'Jew ikteb dan l-indirizz fil-browser tat-telefown tiegħek:',
    qrAlt: 'Kodiċi QR tal-link {url}',
    once: 'Il-kodiċi jaħdem darba u jiskadi wara 10 minuti.',
    status: {
      WAITING: 'Qed nistennew it-telefown tiegħek…',
      CAPTURING: 'It-telefown tiegħek huwa konness. Ħu r-ritratti fuq it-telefown.',
      CHECKING: 'Ir-ritratti tiegħek intbagħtu. Qed niċċekkjawhom…',
      EXPIRED: 'Dan il-kodiċi skada. Uri wieħed ġdid biex tkompli fuq it-telefown.',
    },
    newCode: 'Uri kodiċi ġdid',
    useComputer: 'Uża dan il-kompjuter minflok',
    opening: 'Ikompli verifika tal-identità fil-browser tat-telefown tiegħek.',
    unavailable: {
      USED: { heading: 'Dan il-link diġà ntuża', hint: 'Jaħdem darba biss. Fuq il-kompjuter, uri kodiċi ġdid u skennjah.' },
      EXPIRED: { heading: 'Dan il-link skada', hint: 'Jgħodd għal 10 minuti. Fuq il-kompjuter, uri kodiċi ġdid u skennjah.' },
      NOT_FOUND: { heading: 'Dan il-link mhux validu', hint: 'Iċċekkja l-indirizz li ktibt, jew skennja l-kodiċi fuq il-kompjuter mill-ġdid.' },
      RATE_LIMITED: { heading: 'Wisq tentattivi', hint: 'Stenna ftit minuti, imbagħad erġa’ pprova.' },
    },
  },
  camera: {
    shutter: 'Ħu ritratt',
    usePhoto: 'Uża dan ir-ritratt',
    retake: 'Erġa’ ħu',
    torch: 'Dawl',
    starting: 'Il-kamera qed tinfetaħ…',
    shotAlt: 'Ir-ritratt li għadek kif ħadt',
    guidance: {
      ready: 'Ibqa’ fermu, imbagħad ħu r-ritratt.',
      check: 'Iċċekkja li r-ritratt huwa ċar u li kollox jista’ jinqara.',
      tooDark: 'Dlam wisq. Mur f’post aktar imdawwal.',
      blurry: 'L-istampa mhix ċara. Żomm it-telefon fermu.',
      noDocument: 'Poġġi d-dokument ġewwa l-qafas b’mod li jimlieh.',
      noFace: 'Poġġi wiċċek ġewwa l-ovali u ħares lejn il-kamera.',
    },
    unavailable: {
      denied: 'L-aċċess għall-kamera ma ġiex permess, għalhekk tista’ ttella’ ritratti minflok.',
      noCamera: 'Ma nstabet l-ebda kamera, għalhekk tista’ ttella’ ritratti minflok.',
      unsupported: 'Dan il-browser ma jistax jiftaħ il-kamera hawn, għalhekk tista’ ttella’ ritratti minflok.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Il-verifika tiegħek qed tiġi rieżaminata. {business} se tgħarrfek bir-riżultat. Tista’ tagħlaq din il-paġna.',
      NOT_VERIFIED: 'Jekk taħseb li dan hu żball, ikkuntattja lil {business}.',
      CANCELLED: 'M’hemm xejn aktar x’tagħmel hawn. Jekk għad għandek bżonn tivverifika l-identità tiegħek, ikkuntattja lil {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Bgħatt daqs kemm taċċetta ritratti din il-verifika. Ibgħat ir-ritratti li żidt, jew ikkuntattja lil {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'M’hemmx aktar spazju għar-ritratti f’din il-verifika. Ibgħat ir-ritratti li żidt, jew ikkuntattja lil {business}.',
    },
  },
} satisfies Messages;
