import type { Messages } from './messages';

const askForNewLink = 'Iarr nasc nua ar an eagraíocht a sheol chugat é.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Níor aimsíomar an seisiún fíoraithe seo',
  hint: 'Seiceáil gur oscail tú an seoladh iomlán, nó iarr nasc nua ar an eagraíocht a sheol chugat é.',
};

// With a numeral written in digits, Irish keeps "nóiméad" in the singular, so the forms differ only in name.
export default {
  languageName: 'Gaeilge',
  layout: {
    poweredBy: 'Faoi thiomáint ag {product}',
    languageSwitcher: 'Teanga',
  },
  landing: {
    title: 'Fíorú aitheantais',
    heading: 'Fíoraigh d’aitheantas',
    intro: 'Ní mór don eagraíocht a sheol an nasc seo chugat a dheimhniú cé thú féin. Ní thógann sé ach cúpla nóiméad.',
    needsHeading: 'A bhfuil uait',
    needs: {
      document: 'Doiciméad aitheantais bailí: pas, cárta aitheantais, ceadúnas tiomána nó cead cónaithe',
      selfie: 'Fón nó ríomhaire le ceamara, chun féinín a thógáil',
    },
    consent: {
      DOCUMENT: 'Trí Tosaigh a bhrú, aontaíonn tú go bpróiseálfar do dhoiciméad chun d’aitheantas a fhíorú.',
      SELFIE: 'Trí Tosaigh a bhrú, aontaíonn tú go bpróiseálfar d’fhéinín chun d’aitheantas a fhíorú.',
      DOCUMENT_AND_SELFIE: 'Trí Tosaigh a bhrú, aontaíonn tú go bpróiseálfar do dhoiciméad agus d’fhéinín chun d’aitheantas a fhíorú.',
    },
    start: 'Tosaigh',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Tá an nasc fíoraithe seo imithe in éag', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Tá teorainn an naisc fíoraithe seo sroichte', hint: `Úsáideadh é an líon uaireanta a cheadaigh an eagraíocht. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Níl an nasc fíoraithe seo gníomhach a thuilleadh', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Níor aimsíomar an nasc fíoraithe seo',
      hint: 'Seiceáil gur oscail tú an seoladh iomlán, nó iarr nasc nua ar an eagraíocht a sheol chugat é.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Níl fíorú ar fáil faoi láthair', hint: 'Bain triail eile as ar ball.' },
  },
  session: {
    title: 'Fíorú aitheantais',
    heading: 'Fíoraímis d’aitheantas',
    stepsHeading: 'Seo a iarrfaimid ort a dhéanamh:',
    steps: {
      documentFront: 'Tóg grianghraf d’aghaidh do dhoiciméid aitheantais',
      documentBack: 'Tóg grianghraf den chúl, má tá ceann ar do dhoiciméad',
      selfie: 'Tóg féinín',
    },
    timeLimit: {
      one: 'Nuair a thosaíonn tú, beidh {minutes} nóiméad agat na céimeanna seo a chríochnú.',
      two: 'Nuair a thosaíonn tú, beidh {minutes} nóiméad agat na céimeanna seo a chríochnú.',
      few: 'Nuair a thosaíonn tú, beidh {minutes} nóiméad agat na céimeanna seo a chríochnú.',
      many: 'Nuair a thosaíonn tú, beidh {minutes} nóiméad agat na céimeanna seo a chríochnú.',
      other: 'Nuair a thosaíonn tú, beidh {minutes} nóiméad agat na céimeanna seo a chríochnú.',
    },
    timeLimitUnknown: 'Nuair a thosaíonn tú, beidh am teoranta agat do na céimeanna seo; taispeánann comhaireamh síos an méid atá fágtha.',
    needsJavaScript: 'Chun leanúint ar aghaidh, cas air JavaScript i do bhrabhsálaí, nó oscail an nasc seo i mbrabhsálaí eile.',
    unavailable: {
      EXPIRED: {
        heading: 'Tá an seisiún fíoraithe seo imithe in éag',
        hint: 'Tá an t-am chun é a chríochnú caite. Iarr nasc nua ar an eagraíocht a sheol chugat é.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Am fágtha',
    back: 'Siar',
    continue: 'Ar aghaidh',
    documentType: {
      heading: 'Cén doiciméad a úsáidfidh tú?',
      hint: 'Úsáid an doiciméad bunaidh bailí: ní fótachóip ná pictiúr de scáileán.',
      legend: 'Cineál doiciméid',
      names: { ID_CARD: 'Cárta aitheantais', PASSPORT: 'Pas', DRIVER_LICENSE: 'Ceadúnas tiomána', RESIDENCE_PERMIT: 'Cead cónaithe' },
    },
    kinds: {
      FRONT: {
        heading: 'Aghaidh do dhoiciméid',
        instruction:
          'Tóg grianghraf den taobh a bhfuil do phictiúr air; i gcás pas, an leathanach grianghraf. Cuir an doiciméad ar dhromchla cothrom dea-shoilsithe, agus na ceithre chúinne le feiceáil gan aon dallrú.',
      },
      BACK: {
        heading: 'Cúl do dhoiciméid',
        instruction: 'Iompaigh an doiciméad. Arís, coinnigh cothrom agus dea-shoilsithe é, na ceithre chúinne le feiceáil agus gan aon dallrú.',
      },
      FACE: {
        heading: 'Do fhéinín',
        instruction:
          'Féach ar an gceamara i solas maith, d’aghaidh ar fad le feiceáil agus gan aon rud á clúdach: gan spéaclaí gréine, hata ná masc. Coinnigh gnúis neodrach.',
      },
    },
    retryHeading: 'Tóg do ghrianghraif arís, le do thoil',
    review: {
      heading: 'Seiceáil do ghrianghraif',
      hint: 'Bí cinnte go bhfuil gach rud géar agus inléite. Is féidir aon ghrianghraf a athsholáthar sula seolann tú iad.',
      submit: 'Seol',
    },
    checking: { heading: 'Do ghrianghraif á seiceáil', hint: 'Ní thógann sé seo ach cúpla soicind de ghnáth. Coinnigh an leathanach seo ar oscailt.' },
    redirectLink: 'Ar aghaidh',
  },
  privacy: {
    controller: 'Iarrann {business} ort d’aitheantas a fhíorú agus tá sé freagrach as do shonraí pearsanta (is é an rialaitheoir é).',
    retention: {
      one: 'Scriostar do ghrianghraif agus na sonraí a léadh astu {days} lá ar a dhéanaí tar éis don fhíorú críochnú.',
      two: 'Scriostar do ghrianghraif agus na sonraí a léadh astu {days} lá ar a dhéanaí tar éis don fhíorú críochnú.',
      few: 'Scriostar do ghrianghraif agus na sonraí a léadh astu {days} lá ar a dhéanaí tar éis don fhíorú críochnú.',
      many: 'Scriostar do ghrianghraif agus na sonraí a léadh astu {days} lá ar a dhéanaí tar éis don fhíorú críochnú.',
      other: 'Scriostar do ghrianghraif agus na sonraí a léadh astu {days} lá ar a dhéanaí tar éis don fhíorú críochnú.',
    },
    withdraw: 'Go dtí go seolann tú do ghrianghraif, is féidir leat tarraingt siar tráth ar bith le “Cealaigh an fíorú”.',
    cancel: {
      button: 'Cealaigh an fíorú',
      heading: 'An fíorú seo a chealú?',
      hint: 'Ní sheiceálfar do ghrianghraif, agus cuirfear in iúl do {business} gur chealaigh tú é.',
      confirm: 'Sea, cealaigh',
      keep: 'Ní hea, lean ar aghaidh',
    },
  },
  script: {
    stepOf: 'Céim {current} as {total}',
    minutesLeft: {
      one: '{minutes} nóiméad fágtha',
      two: '{minutes} nóiméad fágtha',
      few: '{minutes} nóiméad fágtha',
      many: '{minutes} nóiméad fágtha',
      other: '{minutes} nóiméad fágtha',
    },
    takePhoto: 'Tóg grianghraf',
    retakePhoto: 'Tóg grianghraf nua',
    chooseFile: 'Roghnaigh comhad',
    chooseOtherFile: 'Roghnaigh comhad eile',
    uploading: 'Á uaslódáil…',
    added: 'Grianghraf curtha leis',
    notAdded: 'Níor cuireadh leis fós',
    add: 'Cuir leis',
    replace: 'Athsholáthair',
    previewAlt: 'An grianghraf a roghnaigh tú',
    attempt: 'Seo iarracht {attempt} as {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Níor aimsíomar an dá líne litreacha agus uimhreacha ag bun an leathanaigh grianghraf (nó ar chúl an chárta). Bí cinnte go bhfuil siad le feiceáil go hiomlán agus go soiléir.',
      MRZ_OCR_READING_ERROR: 'Níorbh fhéidir linn na línte ag bun do dhoiciméid a léamh go soiléir. Tóg an grianghraf arís i solas maith, gan dallrú, agus an doiciméad cothrom.',
      NO_FACE_FOUND: 'Ní fhacamar aghaidh i d’fhéinín. Féach díreach ar an gceamara agus d’aghaidh ar fad sa fhráma.',
      TOO_MANY_FACES: 'Bhí níos mó ná aghaidh amháin i d’fhéinín. Bí cinnte nach bhfuil ach tusa sa phictiúr.',
      FACE_TOO_SMALL: 'Bhí d’aghaidh róbheag san fhéinín. Coinnigh an fón níos gaire ionas go líonfaidh d’aghaidh an ubhchruth.',
      DOC_TOO_BLURRY: 'Bhí grianghraf do dhoiciméid doiléir. Coinnigh an fón socair agus lig don cheamara fócasú sula dtógann tú an pictiúr.',
      DOC_TOO_DARK: 'Bhí grianghraf do dhoiciméid ró-dhorcha. Téigh áit níos gile nó cas air níos mó solais.',
      DOC_TOO_BRIGHT: 'Bhí grianghraf do dhoiciméid ró-gheal. Seachain solas díreach agus an splanc, a chruthaíonn dallrú.',
      FACE_TOO_BLURRY: 'Bhí d’fhéinín doiléir. Coinnigh an fón socair agus fan socair agus é á thógáil.',
      FACE_TOO_DARK: 'Bhí d’fhéinín ró-dhorcha. Cas i dtreo fuinneoige nó lampa ionas go mbeidh d’aghaidh soilsithe go cothrom.',
      FACE_TOO_BRIGHT: 'Bhí d’fhéinín ró-gheal. Bog as solas díreach na gréine agus ná húsáid an splanc.',
    },
    retryGeneric: 'Níorbh fhéidir linn do ghrianghraif roimhe seo a sheiceáil.',
    errors: {
      MRZ_NOT_VISIBLE: 'Caithfidh an dá líne ag bun an leathanaigh grianghraf (ar chárta aitheantais: ar an gcúl) a bheith le feiceáil. Tóg an grianghraf arís agus an leathanach ar fad sa fhráma.',
      DOCUMENT_NOT_VISIBLE: 'Ní fhacamar doiciméad lena ghrianghraf sa phictiúr seo. Cuir aghaidh iomlán an chárta sa fhráma.',
      NO_FACE_FOUND: 'Ní fheicimid aghaidh san fhéinín seo. Féach díreach ar an gceamara agus d’aghaidh ar fad sa fhráma.',
      TOO_MANY_FACES: 'Tá níos mó ná aghaidh amháin san fhéinín seo. Bí cinnte nach bhfuil ach tusa sa phictiúr.',
      FACE_TOO_SMALL: 'Tá d’aghaidh róbheag san fhéinín seo. Coinnigh an fón níos gaire.',
      FACE_TOO_BLURRY: 'Tá an féinín seo doiléir. Coinnigh an fón socair agus tóg arís é.',
      UNSUPPORTED_FILE_TYPE: 'Ní grianghraf is féidir linn a úsáid é an comhad seo. Roghnaigh íomhá JPEG, PNG nó WebP.',
      FILE_TOO_LARGE: 'Tá an comhad seo rómhór. Roghnaigh grianghraf atá níos lú ná {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Tá taifeach an ghrianghraif seo ró-íseal. Tóg é le ceamara d’fhóin, nó roghnaigh íomhá níos mó.',
      IMAGE_UNREADABLE: 'Níorbh fhéidir linn an grianghraf seo a oscailt. B’fhéidir go bhfuil sé damáistithe; tóg arís é, le do thoil.',
      VALIDATION_ERROR: 'Níorbh fhéidir an grianghraf a sheoladh. Bain triail eile as.',
      MISSING_DOCUMENTS: 'Tá grianghraf fós in easnamh. Cuir leis é, ansin seol arís.',
      INVALID_STATE: 'Tá do fhíorú tar éis bogadh ar aghaidh i bhfuinneog eile, mar sin nuashonraíomar an leathanach seo.',
      NETWORK: 'Níorbh fhéidir linn teagmháil a dhéanamh leis an bhfreastalaí. Seiceáil do cheangal agus bain triail eile as.',
      UNEXPECTED: 'Chuaigh rud éigin mícheart ar ár dtaobh. Bain triail eile as.',
      RATE_LIMITED: 'An iomarca iarrachtaí i mbeagán ama. Fan nóiméad, ansin bain triail eile as.',
      TOO_MANY_UPLOADS: 'Tá an oiread grianghraf seolta agat agus a ghlacann an fíorú seo. Seol na grianghraif atá curtha leis agat, nó déan teagmháil leis an eagraíocht a d’iarr ort tú féin a fhíorú.',
      UPLOAD_QUOTA_EXCEEDED: 'Níl spás do níos mó grianghraf san fhíorú seo. Seol na grianghraif atá curtha leis agat, nó déan teagmháil leis an eagraíocht a d’iarr ort tú féin a fhíorú.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Go raibh maith agat!',
        hint: 'Tá d’fhíorú á athbhreithniú. Cuirfidh an eagraíocht a d’iarr é an toradh in iúl duit. Is féidir leat an leathanach seo a dhúnadh.',
      },
      APPROVED: { heading: 'Tá tú fíoraithe', hint: 'Go raibh maith agat, deimhníodh d’aitheantas. Is féidir leat an leathanach seo a dhúnadh.' },
      NOT_VERIFIED: {
        heading: 'Níorbh fhéidir linn d’aitheantas a fhíorú',
        hint: 'Má cheapann tú gur botún é seo, déan teagmháil leis an eagraíocht a d’iarr ort d’aitheantas a fhíorú.',
      },
      EXPIRED: {
        heading: 'Tá d’am istigh',
        hint: 'Tá an fíorú seo imithe in éag. Iarr nasc nua ar an eagraíocht a sheol chugat é.',
      },
      CANCELLED: {
        heading: 'Cuireadh an fíorú seo ar ceal',
        hint: 'Níl aon rud eile le déanamh anseo. Más gá duit d’aitheantas a fhíorú fós, déan teagmháil leis an eagraíocht a sheol an nasc chugat.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Á do thabhairt ar ais i gceann nóiméid…',
  },
  branding: {
    intro: 'Ní mór do {business} a dheimhniú cé thú féin. Ní thógann sé ach cúpla nóiméad.',
    askForNewLink: 'Iarr nasc nua ar {business}.',
    contact: 'An bhfuil cabhair uait? Déan teagmháil le {business}:',
    privacyPolicy: 'Beartas príobháideachta {business}',
  },
  handoff: {
    offer: 'Lean ar aghaidh ar do ghuthán',
    scan: 'Scanadh an cód QR seo le ceamara do ghutháin. Glacfaidh tú na grianghraif ar an nguthán, agus taispeánfaidh an leathanach seo conas atá ag éirí leat.',
    typeLink: 'Nó clóscríobh an seoladh seo i mbrabhsálaí do ghutháin:',
    qrAlt: 'Cód QR an naisc {url}',
    once: 'Oibríonn an cód uair amháin agus téann sé in éag tar éis 10 nóiméad.',
    status: {
      WAITING: 'Ag fanacht le do ghuthán…',
      CAPTURING: 'Tá do ghuthán ceangailte. Glac na grianghraif ar do ghuthán.',
      CHECKING: 'Seoladh do ghrianghraif. Táimid á seiceáil…',
      EXPIRED: 'Tá an cód seo imithe in éag. Taispeáin ceann nua chun leanúint ar aghaidh ar do ghuthán.',
    },
    newCode: 'Taispeáin cód nua',
    useComputer: 'Úsáid an ríomhaire seo ina ionad',
    opening: 'Leanann sé ar aghaidh le fíorú aitheantais i mbrabhsálaí do ghutháin.',
    unavailable: {
      USED: { heading: 'Úsáideadh an nasc seo cheana', hint: 'Ní oibríonn sé ach uair amháin. Ar do ríomhaire, taispeáin cód nua agus scanadh é.' },
      EXPIRED: { heading: 'Tá an nasc seo imithe in éag', hint: 'Maireann sé 10 nóiméad. Ar do ríomhaire, taispeáin cód nua agus scanadh é.' },
      NOT_FOUND: { heading: 'Níl an nasc seo bailí', hint: 'Seiceáil an seoladh a chlóscríobh tú, nó scanadh an cód ar do ríomhaire arís.' },
      RATE_LIMITED: { heading: 'An iomarca iarrachtaí', hint: 'Fan cúpla nóiméad, ansin bain triail eile as.' },
    },
  },
  camera: {
    shutter: 'Tóg grianghraf',
    usePhoto: 'Úsáid an grianghraf seo',
    retake: 'Tóg arís',
    torch: 'Solas',
    starting: 'Ag tosú an cheamara…',
    shotAlt: 'An grianghraf a thóg tú anois',
    guidance: {
      ready: 'Fan socair, ansin tóg an grianghraf.',
      check: 'Seiceáil go bhfuil an grianghraf géar agus gur féidir gach rud a léamh.',
      tooDark: 'Tá sé ró-dhorcha. Téigh go háit níos gile.',
      blurry: 'Tá an pictiúr doiléir. Coinnigh do ghuthán socair.',
      noDocument: 'Cuir an doiciméad taobh istigh den fhráma ionas go líonann sé é.',
      noFace: 'Cuir d’aghaidh taobh istigh den ubhchruth agus féach ar an gceamara.',
    },
    unavailable: {
      denied: 'Níor ceadaíodh rochtain ar an gceamara, mar sin is féidir leat grianghraif a uaslódáil ina ionad.',
      noCamera: 'Níor aimsíodh ceamara, mar sin is féidir leat grianghraif a uaslódáil ina ionad.',
      unsupported: 'Ní féidir leis an mbrabhsálaí seo an ceamara a oscailt anseo, mar sin is féidir leat grianghraif a uaslódáil ina ionad.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Tá d’fhíorú á athbhreithniú. Cuirfidh {business} an toradh in iúl duit. Is féidir leat an leathanach seo a dhúnadh.',
      NOT_VERIFIED: 'Má cheapann tú gur botún é seo, déan teagmháil le {business}.',
      CANCELLED: 'Níl aon rud eile le déanamh anseo. Más gá duit d’aitheantas a fhíorú fós, déan teagmháil le {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Tá an oiread grianghraf seolta agat agus a ghlacann an fíorú seo. Seol na grianghraif atá curtha leis agat, nó déan teagmháil le {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Níl spás do níos mó grianghraf san fhíorú seo. Seol na grianghraif atá curtha leis agat, nó déan teagmháil le {business}.',
    },
  },
} satisfies Messages;
