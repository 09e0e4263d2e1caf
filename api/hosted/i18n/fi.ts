import type { Messages } from './messages';

const askForNewLink = 'Pyydä uusi linkki organisaatiolta, joka sen lähetti.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Emme löytäneet tätä tunnistusistuntoa',
  hint: 'Tarkista, että avasit koko osoitteen, tai pyydä uusi linkki organisaatiolta, joka lähetti sen sinulle.',
};

export default {
  languageName: 'Suomi',
  layout: {
    poweredBy: 'Palvelun tarjoaa {product}',
    languageSwitcher: 'Kieli',
  },
  landing: {
    title: 'Henkilöllisyyden vahvistaminen',
    heading: 'Vahvista henkilöllisyytesi',
    intro: 'Organisaation, joka lähetti sinulle tämän linkin, täytyy varmistaa, kuka olet. Se vie vain muutaman minuutin.',
    needsHeading: 'Tarvitset',
    needs: {
      document: 'Voimassa olevan henkilöllisyystodistuksen: passin, henkilökortin, ajokortin tai oleskeluluvan',
      selfie: 'Puhelimen tai tietokoneen, jossa on kamera, selfien ottamiseen',
    },
    consent: {
      DOCUMENT: 'Painamalla Aloita hyväksyt, että asiakirjaasi käsitellään henkilöllisyytesi vahvistamiseksi.',
      SELFIE: 'Painamalla Aloita hyväksyt, että selfietäsi käsitellään henkilöllisyytesi vahvistamiseksi.',
      DOCUMENT_AND_SELFIE: 'Painamalla Aloita hyväksyt, että asiakirjaasi ja selfietäsi käsitellään henkilöllisyytesi vahvistamiseksi.',
    },
    start: 'Aloita',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Tämä tunnistuslinkki on vanhentunut', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Tämä tunnistuslinkki on saavuttanut käyttörajansa', hint: `Sitä on käytetty niin monta kertaa kuin organisaatio salli. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Tämä tunnistuslinkki ei ole enää käytössä', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Emme löytäneet tätä tunnistuslinkkiä',
      hint: 'Tarkista, että avasit koko osoitteen, tai pyydä uusi linkki organisaatiolta, joka sen lähetti.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Tunnistus ei ole tilapäisesti käytettävissä', hint: 'Yritä myöhemmin uudelleen.' },
  },
  session: {
    title: 'Henkilöllisyyden vahvistaminen',
    heading: 'Vahvistetaan henkilöllisyytesi',
    stepsHeading: 'Pyydämme sinua tekemään seuraavat asiat:',
    steps: {
      documentFront: 'Ota kuva henkilöllisyystodistuksesi etupuolesta',
      documentBack: 'Ota kuva takapuolesta, jos asiakirjassasi on sellainen',
      selfie: 'Ota selfie',
    },
    timeLimit: {
      one: 'Kun aloitat, sinulla on {minutes} minuutti aikaa tehdä nämä vaiheet.',
      other: 'Kun aloitat, sinulla on {minutes} minuuttia aikaa tehdä nämä vaiheet.',
    },
    timeLimitUnknown: 'Kun aloitat, sinulla on rajallisesti aikaa näihin vaiheisiin; ajastin näyttää, paljonko aikaa on jäljellä.',
    needsJavaScript: 'Jatka ottamalla JavaScript käyttöön selaimessasi tai avaa tämä linkki toisessa selaimessa.',
    unavailable: {
      EXPIRED: {
        heading: 'Tämä tunnistusistunto on vanhentunut',
        hint: 'Sen suorittamiseen varattu aika on loppunut. Pyydä uusi linkki organisaatiolta, joka lähetti sen sinulle.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Aikaa jäljellä',
    back: 'Takaisin',
    continue: 'Jatka',
    documentType: {
      heading: 'Mitä asiakirjaa käytät?',
      hint: 'Käytä alkuperäistä, voimassa olevaa asiakirjaa, älä valokopiota tai kuvaa näytöstä.',
      legend: 'Asiakirjan tyyppi',
      names: { ID_CARD: 'Henkilökortti', PASSPORT: 'Passi', DRIVER_LICENSE: 'Ajokortti', RESIDENCE_PERMIT: 'Oleskelulupa' },
    },
    kinds: {
      FRONT: {
        heading: 'Asiakirjan etupuoli',
        instruction:
          'Kuvaa puoli, jossa on valokuvasi; passista kuvasivu. Aseta asiakirja tasaiselle, hyvin valaistulle alustalle niin, että kaikki neljä kulmaa näkyvät eikä pinnassa ole heijastuksia.',
      },
      BACK: {
        heading: 'Asiakirjan takapuoli',
        instruction: 'Käännä asiakirja. Pidä se taas tasaisena ja hyvin valaistuna, kaikki neljä kulmaa näkyvissä ja ilman heijastuksia.',
      },
      FACE: {
        heading: 'Selfiesi',
        instruction:
          'Katso kameraan hyvässä valossa niin, että koko kasvosi näkyvät eikä mikään peitä niitä: ei aurinkolaseja, hattua tai maskia. Pidä ilmeesi neutraalina.',
      },
    },
    retryHeading: 'Ota kuvat uudelleen',
    review: {
      heading: 'Tarkista kuvasi',
      hint: 'Varmista, että kaikki on tarkkaa ja luettavaa. Voit vaihtaa minkä tahansa kuvan ennen lähettämistä.',
      submit: 'Lähetä',
    },
    checking: { heading: 'Tarkistamme kuviasi', hint: 'Tämä kestää yleensä muutaman sekunnin. Pidä tämä sivu auki.' },
    redirectLink: 'Jatka',
  },
  privacy: {
    controller: '{business} pyytää sinua vahvistamaan henkilöllisyytesi ja vastaa henkilötiedoistasi (rekisterinpitäjä).',
    retention: {
      one: 'Kuvasi ja niistä luetut tiedot poistetaan viimeistään {days} päivä tunnistuksen päättymisen jälkeen.',
      other: 'Kuvasi ja niistä luetut tiedot poistetaan viimeistään {days} päivää tunnistuksen päättymisen jälkeen.',
    },
    withdraw: 'Ennen kuin lähetät kuvasi, voit vetäytyä milloin tahansa valitsemalla ”Peru tunnistus”.',
    cancel: {
      button: 'Peru tunnistus',
      heading: 'Perutaanko tämä tunnistus?',
      hint: 'Kuviasi ei tarkisteta, ja {business} saa tiedon, että peruit tunnistuksen.',
      confirm: 'Kyllä, peru',
      keep: 'Ei, jatka',
    },
  },
  script: {
    stepOf: 'Vaihe {current}/{total}',
    minutesLeft: { one: '{minutes} minuutti jäljellä', other: '{minutes} minuuttia jäljellä' },
    takePhoto: 'Ota kuva',
    retakePhoto: 'Ota uusi kuva',
    chooseFile: 'Valitse tiedosto',
    chooseOtherFile: 'Valitse toinen tiedosto',
    uploading: 'Ladataan…',
    added: 'Kuva lisätty',
    notAdded: 'Ei vielä lisätty',
    add: 'Lisää',
    replace: 'Vaihda',
    previewAlt: 'Valitsemasi kuva',
    attempt: 'Tämä on yritys {attempt}/{maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Emme löytäneet kuvasivun alareunan (tai kortin takapuolen) kahta kirjain- ja numeroriviä. Varmista, että ne näkyvät kokonaan ja tarkkoina.',
      MRZ_OCR_READING_ERROR: 'Emme saaneet selvää asiakirjasi alareunan riveistä. Ota kuva uudelleen hyvässä valossa, ilman heijastuksia ja asiakirja tasaisena.',
      NO_FACE_FOUND: 'Emme nähneet kasvoja selfiessäsi. Katso suoraan kameraan niin, että koko kasvosi ovat kuvassa.',
      TOO_MANY_FACES: 'Selfiessäsi oli useammat kuin yhdet kasvot. Varmista, että kuvassa olet vain sinä.',
      FACE_TOO_SMALL: 'Kasvosi olivat selfiessä liian pienet. Tuo puhelin lähemmäs, niin että kasvosi täyttävät soikion.',
      DOC_TOO_BLURRY: 'Asiakirjasi kuva oli epätarkka. Pidä puhelin vakaana ja anna kameran tarkentaa ennen kuvaamista.',
      DOC_TOO_DARK: 'Asiakirjasi kuva oli liian tumma. Siirry valoisampaan paikkaan tai sytytä lisää valoja.',
      DOC_TOO_BRIGHT: 'Asiakirjasi kuva oli liian kirkas. Vältä suoraa valoa ja salamaa, jotka aiheuttavat heijastuksia.',
      FACE_TOO_BLURRY: 'Selfiesi oli epätarkka. Pidä puhelin vakaana ja pysy paikallasi kuvatessa.',
      FACE_TOO_DARK: 'Selfiesi oli liian tumma. Käänny ikkunaa tai lamppua kohti, jotta kasvosi ovat tasaisesti valaistut.',
      FACE_TOO_BRIGHT: 'Selfiesi oli liian kirkas. Siirry pois suorasta auringonvalosta äläkä käytä salamaa.',
    },
    retryGeneric: 'Emme pystyneet tarkistamaan aiempia kuviasi.',
    errors: {
      MRZ_NOT_VISIBLE: 'Kuvasivun alareunan kahden rivin (henkilökortissa takapuolella) täytyy näkyä. Ota kuva uudelleen niin, että koko sivu on kuvassa.',
      DOCUMENT_NOT_VISIBLE: 'Emme nähneet tässä kuvassa asiakirjaa, jossa on valokuva. Ota kortin koko etupuoli kuvaan.',
      NO_FACE_FOUND: 'Tässä selfiessä ei näy kasvoja. Katso suoraan kameraan niin, että koko kasvosi ovat kuvassa.',
      TOO_MANY_FACES: 'Tässä selfiessä on useammat kuin yhdet kasvot. Varmista, että kuvassa olet vain sinä.',
      FACE_TOO_SMALL: 'Kasvosi ovat tässä selfiessä liian pienet. Tuo puhelin lähemmäs.',
      FACE_TOO_BLURRY: 'Tämä selfie on epätarkka. Pidä puhelin vakaana ja ota se uudelleen.',
      UNSUPPORTED_FILE_TYPE: 'Tämä tiedosto ei ole kuva, jota voimme käyttää. Valitse JPEG-, PNG- tai WebP-kuva.',
      FILE_TOO_LARGE: 'Tämä tiedosto on liian suuri. Valitse kuva, joka on alle {megabytes} Mt.',
      IMAGE_TOO_SMALL: 'Tämän kuvan tarkkuus on liian pieni. Ota se puhelimesi kameralla tai valitse suurempi kuva.',
      IMAGE_UNREADABLE: 'Emme saaneet tätä kuvaa auki. Se voi olla vioittunut; ota se uudelleen.',
      VALIDATION_ERROR: 'Kuvaa ei voitu lähettää. Yritä uudelleen.',
      MISSING_DOCUMENTS: 'Yksi kuva puuttuu vielä. Lisää se ja lähetä sitten uudelleen.',
      INVALID_STATE: 'Tunnistuksesi on edennyt toisessa ikkunassa, joten päivitimme tämän sivun.',
      NETWORK: 'Emme saaneet yhteyttä palvelimeen. Tarkista yhteytesi ja yritä uudelleen.',
      UNEXPECTED: 'Meillä meni jotain vikaan. Yritä uudelleen.',
      RATE_LIMITED: 'Liian monta yritystä lyhyessä ajassa. Odota minuutti ja yritä sitten uudelleen.',
      TOO_MANY_UPLOADS: 'Olet lähettänyt niin monta kuvaa kuin tämä tunnistus ottaa vastaan. Lähetä lisäämäsi kuvat tai ota yhteyttä organisaatioon, joka pyysi sinua tunnistautumaan.',
      UPLOAD_QUOTA_EXCEEDED: 'Tähän tunnistukseen ei mahdu enempää kuvia. Lähetä lisäämäsi kuvat tai ota yhteyttä organisaatioon, joka pyysi sinua tunnistautumaan.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Kiitos!',
        hint: 'Tunnistustasi tarkistetaan. Sitä pyytänyt organisaatio kertoo sinulle tuloksen. Voit sulkea tämän sivun.',
      },
      APPROVED: { heading: 'Henkilöllisyytesi on vahvistettu', hint: 'Kiitos, henkilöllisyytesi on vahvistettu. Voit sulkea tämän sivun.' },
      NOT_VERIFIED: {
        heading: 'Emme pystyneet vahvistamaan henkilöllisyyttäsi',
        hint: 'Jos uskot tämän olevan virhe, ota yhteyttä organisaatioon, joka pyysi sinua vahvistamaan henkilöllisyytesi.',
      },
      EXPIRED: {
        heading: 'Aikasi loppui',
        hint: 'Tämä tunnistus on vanhentunut. Pyydä uusi linkki organisaatiolta, joka lähetti sen sinulle.',
      },
      CANCELLED: {
        heading: 'Tämä tunnistus peruttiin',
        hint: 'Täällä ei ole enää tehtävää. Jos sinun pitää yhä vahvistaa henkilöllisyytesi, ota yhteyttä organisaatioon, joka lähetti sinulle linkin.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Palaat hetken kuluttua takaisin…',
  },
  branding: {
    intro: '{business} tarvitsee vahvistaa henkilöllisyytesi. Se vie vain muutaman minuutin.',
    askForNewLink: 'Pyydä uutta linkkiä taholta {business}.',
    contact: 'Tarvitsetko apua? {business} – yhteystiedot:',
    privacyPolicy: 'Tietosuojakäytäntö: {business}',
  },
  handoff: {
    offer: 'Jatka puhelimella',
    scan: 'Skannaa tämä QR-koodi puhelimesi kameralla. Otat kuvat puhelimella, ja tämä sivu näyttää, miten edistyt.',
    typeLink: 'Tai kirjoita tämä osoite puhelimesi selaimeen:',
    qrAlt: 'Linkin {url} QR-koodi',
    once: 'Koodi toimii kerran ja vanhenee 10 minuutin kuluttua.',
    status: {
      WAITING: 'Odotetaan puhelintasi…',
      CAPTURING: 'Puhelimesi on yhdistetty. Ota kuvat puhelimella.',
      CHECKING: 'Kuvasi on lähetetty. Tarkistamme niitä…',
      EXPIRED: 'Tämä koodi on vanhentunut. Näytä uusi jatkaaksesi puhelimella.',
    },
    newCode: 'Näytä uusi koodi',
    useComputer: 'Käytä sittenkin tätä tietokonetta',
    opening: 'Se jatkaa henkilöllisyyden tarkistusta puhelimesi selaimessa.',
    unavailable: {
      USED: { heading: 'Tätä linkkiä on jo käytetty', hint: 'Se toimii vain kerran. Näytä tietokoneella uusi koodi ja skannaa se.' },
      EXPIRED: { heading: 'Tämä linkki on vanhentunut', hint: 'Se on voimassa 10 minuuttia. Näytä tietokoneella uusi koodi ja skannaa se.' },
      NOT_FOUND: { heading: 'Tämä linkki ei kelpaa', hint: 'Tarkista kirjoittamasi osoite tai skannaa tietokoneen koodi uudelleen.' },
      RATE_LIMITED: { heading: 'Liian monta yritystä', hint: 'Odota muutama minuutti ja yritä sitten uudelleen.' },
    },
  },
  camera: {
    shutter: 'Ota kuva',
    usePhoto: 'Käytä tätä kuvaa',
    retake: 'Ota uudelleen',
    torch: 'Valo',
    starting: 'Kameraa käynnistetään…',
    shotAlt: 'Juuri ottamasi kuva',
    guidance: {
      ready: 'Pysy paikallasi ja ota kuva.',
      check: 'Tarkista, että kuva on tarkka ja kaikki on luettavissa.',
      tooDark: 'Liian pimeää. Siirry valoisampaan paikkaan.',
      blurry: 'Kuva on epätarkka. Pidä puhelin paikallaan.',
      noDocument: 'Aseta asiakirja kehyksen sisään niin, että se täyttää kehyksen.',
      noFace: 'Aseta kasvosi soikion sisään ja katso kameraan.',
    },
    unavailable: {
      denied: 'Kameran käyttöä ei sallittu, joten voit ladata kuvat tiedostoina.',
      noCamera: 'Kameraa ei löytynyt, joten voit ladata kuvat tiedostoina.',
      unsupported: 'Tämä selain ei voi avata kameraa täällä, joten voit ladata kuvat tiedostoina.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Tunnistustasi tarkistetaan. {business} kertoo sinulle tuloksen. Voit sulkea tämän sivun.',
      NOT_VERIFIED: 'Jos uskot tämän olevan virhe, ota yhteyttä tahoon {business}.',
      CANCELLED: 'Täällä ei ole enää tehtävää. Jos sinun pitää yhä vahvistaa henkilöllisyytesi, ota yhteyttä tahoon {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Olet lähettänyt niin monta kuvaa kuin tämä tunnistus ottaa vastaan. Lähetä lisäämäsi kuvat tai ota yhteyttä tahoon {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'Tähän tunnistukseen ei mahdu enempää kuvia. Lähetä lisäämäsi kuvat tai ota yhteyttä tahoon {business}.',
    },
  },
} satisfies Messages;
