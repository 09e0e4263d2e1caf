import type { Messages } from './messages';

const askForNewLink = 'Zatražite novu poveznicu od organizacije koja vam ju je poslala.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Nismo pronašli ovu sesiju provjere',
  hint: 'Provjerite jeste li otvorili cijelu adresu ili zatražite novu poveznicu od organizacije koja vam ju je poslala.',
};

export default {
  languageName: 'Hrvatski',
  layout: {
    poweredBy: 'Pokreće {product}',
    languageSwitcher: 'Jezik',
  },
  landing: {
    title: 'Provjera identiteta',
    heading: 'Potvrdite svoj identitet',
    intro: 'Organizacija koja vam je poslala ovu poveznicu mora potvrditi tko ste. Potrebno je samo nekoliko minuta.',
    needsHeading: 'Što vam je potrebno',
    needs: {
      document: 'Valjana identifikacijska isprava: putovnica, osobna iskaznica, vozačka dozvola ili dozvola boravka',
      selfie: 'Telefon ili računalo s kamerom za snimanje selfija',
    },
    consent: {
      DOCUMENT: 'Pritiskom na „Započni” pristajete na obradu vaše isprave radi provjere vašeg identiteta.',
      SELFIE: 'Pritiskom na „Započni” pristajete na obradu vašeg selfija radi provjere vašeg identiteta.',
      DOCUMENT_AND_SELFIE: 'Pritiskom na „Započni” pristajete na obradu vaše isprave i selfija radi provjere vašeg identiteta.',
    },
    start: 'Započni',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Ova poveznica za provjeru je istekla', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ova poveznica za provjeru dosegnula je svoje ograničenje', hint: `Upotrijebljena je onoliko puta koliko je organizacija dopustila. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ova poveznica za provjeru više nije aktivna', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Nismo pronašli ovu poveznicu za provjeru',
      hint: 'Provjerite jeste li otvorili cijelu adresu ili zatražite novu poveznicu od organizacije koja vam ju je poslala.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Provjera privremeno nije dostupna', hint: 'Pokušajte ponovno kasnije.' },
  },
  session: {
    title: 'Provjera identiteta',
    heading: 'Potvrdimo vaš identitet',
    stepsHeading: 'Evo što ćemo od vas tražiti:',
    steps: {
      documentFront: 'Fotografirajte prednju stranu identifikacijske isprave',
      documentBack: 'Fotografirajte stražnju stranu, ako je vaša isprava ima',
      selfie: 'Snimite selfie',
    },
    timeLimit: {
      one: 'Kada započnete, imate {minutes} minutu da dovršite ove korake.',
      few: 'Kada započnete, imate {minutes} minute da dovršite ove korake.',
      other: 'Kada započnete, imate {minutes} minuta da dovršite ove korake.',
    },
    timeLimitUnknown: 'Kada započnete, za ove korake imate ograničeno vrijeme; odbrojavanje pokazuje koliko je preostalo.',
    needsJavaScript: 'Za nastavak uključite JavaScript u pregledniku ili otvorite ovu poveznicu u drugom pregledniku.',
    unavailable: {
      EXPIRED: {
        heading: 'Ova sesija provjere je istekla',
        hint: 'Vrijeme za dovršetak je isteklo. Zatražite novu poveznicu od organizacije koja vam ju je poslala.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Preostalo vrijeme',
    back: 'Natrag',
    continue: 'Nastavi',
    documentType: {
      heading: 'Koju ćete ispravu upotrijebiti?',
      hint: 'Upotrijebite izvornu, valjanu ispravu, a ne fotokopiju ili sliku zaslona.',
      legend: 'Vrsta isprave',
      names: { ID_CARD: 'Osobna iskaznica', PASSPORT: 'Putovnica', DRIVER_LICENSE: 'Vozačka dozvola', RESIDENCE_PERMIT: 'Dozvola boravka' },
    },
    kinds: {
      FRONT: {
        heading: 'Prednja strana isprave',
        instruction:
          'Fotografirajte stranu s vašom fotografijom; kod putovnice stranicu s fotografijom. Položite ispravu na ravnu, dobro osvijetljenu površinu tako da se vide sva četiri kuta i da nema odsjaja.',
      },
      BACK: {
        heading: 'Stražnja strana isprave',
        instruction: 'Okrenite ispravu. I dalje neka bude ravna i dobro osvijetljena, sa sva četiri kuta vidljiva i bez odsjaja.',
      },
      FACE: {
        heading: 'Vaš selfie',
        instruction:
          'Gledajte u kameru pri dobrom svjetlu, s cijelim licem vidljivim i nepokrivenim: bez sunčanih naočala, šešira ili maske. Zadržite neutralan izraz lica.',
      },
    },
    retryHeading: 'Molimo ponovno snimite fotografije',
    review: {
      heading: 'Provjerite svoje fotografije',
      hint: 'Provjerite je li sve oštro i čitljivo. Prije slanja možete zamijeniti bilo koju fotografiju.',
      submit: 'Pošalji',
    },
    checking: { heading: 'Provjeravamo vaše fotografije', hint: 'To obično traje nekoliko sekundi. Ne zatvarajte ovu stranicu.' },
    redirectLink: 'Nastavi',
  },
  privacy: {
    controller: '{business} traži od vas da potvrdite svoj identitet i odgovoran je za vaše osobne podatke (voditelj obrade).',
    retention: {
      one: 'Vaše fotografije i podaci očitani s njih brišu se najkasnije {days} dan nakon završetka provjere.',
      few: 'Vaše fotografije i podaci očitani s njih brišu se najkasnije {days} dana nakon završetka provjere.',
      other: 'Vaše fotografije i podaci očitani s njih brišu se najkasnije {days} dana nakon završetka provjere.',
    },
    withdraw: 'Dok ne pošaljete fotografije, u bilo kojem trenutku možete odustati gumbom „Otkaži provjeru”.',
    cancel: {
      button: 'Otkaži provjeru',
      heading: 'Otkazati ovu provjeru?',
      hint: 'Vaše fotografije neće biti provjerene, a {business} dobit će obavijest da ste otkazali.',
      confirm: 'Da, otkaži',
      keep: 'Ne, nastavi',
    },
  },
  script: {
    stepOf: 'Korak {current} od {total}',
    minutesLeft: { one: 'Preostala je {minutes} minuta', few: 'Preostale su {minutes} minute', other: 'Preostalo je {minutes} minuta' },
    takePhoto: 'Snimi fotografiju',
    retakePhoto: 'Snimi novu fotografiju',
    chooseFile: 'Odaberi datoteku',
    chooseOtherFile: 'Odaberi drugu datoteku',
    uploading: 'Prijenos…',
    added: 'Fotografija dodana',
    notAdded: 'Još nije dodano',
    add: 'Dodaj',
    replace: 'Zamijeni',
    previewAlt: 'Fotografija koju ste odabrali',
    attempt: 'Ovo je pokušaj {attempt} od {maxAttempts}.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Nismo pronašli dva retka slova i brojeva na dnu stranice s fotografijom (ili na poleđini kartice). Provjerite vide li se u potpunosti i oštro.',
      MRZ_OCR_READING_ERROR: 'Nismo mogli jasno pročitati retke na dnu vaše isprave. Ponovno je fotografirajte pri dobrom svjetlu, bez odsjaja, dok je isprava ravna.',
      NO_FACE_FOUND: 'Na vašem selfiju nismo vidjeli lice. Gledajte ravno u kameru, s cijelim licem u kadru.',
      TOO_MANY_FACES: 'Na vašem selfiju bilo je više od jednog lica. Pobrinite se da ste na slici samo vi.',
      FACE_TOO_SMALL: 'Vaše je lice na selfiju bilo premalo. Približite telefon tako da lice ispuni oval.',
      DOC_TOO_BLURRY: 'Fotografija vaše isprave bila je mutna. Držite telefon mirno i pričekajte da kamera izoštri prije snimanja.',
      DOC_TOO_DARK: 'Fotografija vaše isprave bila je pretamna. Premjestite se na svjetlije mjesto ili upalite više svjetla.',
      DOC_TOO_BRIGHT: 'Fotografija vaše isprave bila je presvijetla. Izbjegavajte izravno svjetlo i bljeskalicu, koji stvaraju odsjaj.',
      FACE_TOO_BLURRY: 'Vaš je selfie bio mutan. Držite telefon mirno i ne mičite se dok snimate.',
      FACE_TOO_DARK: 'Vaš je selfie bio pretaman. Okrenite se prema prozoru ili svjetiljci kako bi lice bilo ravnomjerno osvijetljeno.',
      FACE_TOO_BRIGHT: 'Vaš je selfie bio presvijetao. Maknite se s izravnog sunca i ne koristite bljeskalicu.',
    },
    retryGeneric: 'Nismo mogli provjeriti vaše prethodne fotografije.',
    errors: {
      MRZ_NOT_VISIBLE: 'Dva retka na dnu stranice s fotografijom (na osobnoj iskaznici: na poleđini) moraju biti vidljiva. Ponovno fotografirajte s cijelom stranicom u kadru.',
      DOCUMENT_NOT_VISIBLE: 'Na ovoj slici nismo vidjeli ispravu s fotografijom. Stavite cijelu prednju stranu kartice u kadar.',
      NO_FACE_FOUND: 'Na ovom selfiju ne vidimo lice. Gledajte ravno u kameru, s cijelim licem u kadru.',
      TOO_MANY_FACES: 'Na ovom selfiju je više od jednog lica. Pobrinite se da ste na slici samo vi.',
      FACE_TOO_SMALL: 'Vaše je lice na ovom selfiju premalo. Približite telefon.',
      FACE_TOO_BLURRY: 'Ovaj je selfie mutan. Držite telefon mirno i snimite ponovno.',
      UNSUPPORTED_FILE_TYPE: 'Ova datoteka nije fotografija koju možemo upotrijebiti. Odaberite sliku JPEG, PNG ili WebP.',
      FILE_TOO_LARGE: 'Ova je datoteka prevelika. Odaberite fotografiju manju od {megabytes} MB.',
      IMAGE_TOO_SMALL: 'Razlučivost ove fotografije je preniska. Snimite je kamerom telefona ili odaberite veću sliku.',
      IMAGE_UNREADABLE: 'Nismo mogli otvoriti ovu fotografiju. Možda je oštećena; molimo snimite je ponovno.',
      VALIDATION_ERROR: 'Fotografiju nije bilo moguće poslati. Pokušajte ponovno.',
      MISSING_DOCUMENTS: 'Još nedostaje fotografija. Dodajte je i zatim ponovno pošaljite.',
      INVALID_STATE: 'Vaša je provjera nastavljena u drugom prozoru pa smo ažurirali ovu stranicu.',
      NETWORK: 'Nismo se mogli povezati s poslužiteljem. Provjerite vezu i pokušajte ponovno.',
      UNEXPECTED: 'Nešto je pošlo po zlu kod nas. Pokušajte ponovno.',
      RATE_LIMITED: 'Previše pokušaja u kratkom vremenu. Pričekajte minutu pa pokušajte ponovno.',
      TOO_MANY_UPLOADS: 'Poslali ste onoliko fotografija koliko ova provjera prima. Pošaljite dodane fotografije ili se obratite organizaciji koja je zatražila provjeru.',
      UPLOAD_QUOTA_EXCEEDED: 'U ovoj provjeri nema mjesta za više fotografija. Pošaljite dodane fotografije ili se obratite organizaciji koja je zatražila provjeru.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Hvala vam!',
        hint: 'Vaša se provjera pregledava. Organizacija koja ju je zatražila obavijestit će vas o ishodu. Možete zatvoriti ovu stranicu.',
      },
      APPROVED: { heading: 'Vaš je identitet potvrđen', hint: 'Hvala, vaš je identitet potvrđen. Možete zatvoriti ovu stranicu.' },
      NOT_VERIFIED: {
        heading: 'Nismo mogli potvrditi vaš identitet',
        hint: 'Ako mislite da je riječ o pogrešci, obratite se organizaciji koja je od vas zatražila potvrdu identiteta.',
      },
      EXPIRED: {
        heading: 'Vrijeme je isteklo',
        hint: 'Ova je provjera istekla. Zatražite novu poveznicu od organizacije koja vam ju je poslala.',
      },
      CANCELLED: {
        heading: 'Ova je provjera otkazana',
        hint: 'Ovdje više nemate što učiniti. Ako i dalje trebate potvrditi identitet, obratite se organizaciji koja vam je poslala poveznicu.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Uskoro vas vraćamo natrag…',
  },
  branding: {
    intro: '{business} treba potvrditi tko ste. Traje samo nekoliko minuta.',
    askForNewLink: 'Zatražite novu poveznicu od {business}.',
    contact: 'Trebate pomoć? Obratite se {business}:',
    privacyPolicy: 'Pravila o privatnosti – {business}',
  },
  handoff: {
    offer: 'Nastavite na mobitelu',
    scan: 'Skenirajte ovaj QR kod kamerom mobitela. Fotografije ćete snimiti mobitelom, a ova stranica prikazivat će napredak.',
    typeLink: 'Ili upišite ovu adresu u preglednik na mobitelu:',
    qrAlt: 'QR kod poveznice {url}',
    once: 'Kod vrijedi jednom i istječe nakon 10 minuta.',
    status: {
      WAITING: 'Čekamo vaš mobitel…',
      CAPTURING: 'Vaš mobitel je povezan. Snimite fotografije mobitelom.',
      CHECKING: 'Vaše fotografije su poslane. Provjeravamo ih…',
      EXPIRED: 'Ovaj kod je istekao. Prikažite novi da biste nastavili na mobitelu.',
    },
    newCode: 'Prikaži novi kod',
    useComputer: 'Ipak koristi ovo računalo',
    opening: 'Njome nastavljate provjeru identiteta u pregledniku mobitela.',
    unavailable: {
      USED: { heading: 'Ova poveznica već je iskorištena', hint: 'Vrijedi samo jednom. Na računalu prikažite novi kod i skenirajte ga.' },
      EXPIRED: { heading: 'Ova poveznica je istekla', hint: 'Vrijedi 10 minuta. Na računalu prikažite novi kod i skenirajte ga.' },
      NOT_FOUND: { heading: 'Ova poveznica nije valjana', hint: 'Provjerite upisanu adresu ili ponovno skenirajte kod na računalu.' },
      RATE_LIMITED: { heading: 'Previše pokušaja', hint: 'Pričekajte nekoliko minuta pa pokušajte ponovno.' },
    },
  },
  camera: {
    shutter: 'Snimi fotografiju',
    usePhoto: 'Upotrijebi ovu fotografiju',
    retake: 'Ponovi',
    torch: 'Svjetlo',
    starting: 'Pokretanje kamere…',
    shotAlt: 'Fotografija koju ste upravo snimili',
    guidance: {
      ready: 'Budite mirni, a zatim snimite fotografiju.',
      check: 'Provjerite je li fotografija oštra i može li se sve pročitati.',
      tooDark: 'Previše je mračno. Prijeđite na svjetlije mjesto.',
      blurry: 'Slika je mutna. Držite telefon mirno.',
      noDocument: 'Postavite dokument u okvir tako da ga ispuni.',
      noFace: 'Postavite lice u oval i gledajte u kameru.',
    },
    unavailable: {
      denied: 'Pristup kameri nije dopušten pa umjesto toga možete učitati fotografije.',
      noCamera: 'Kamera nije pronađena pa umjesto toga možete učitati fotografije.',
      unsupported: 'Ovaj preglednik ovdje ne može otvoriti kameru pa umjesto toga možete učitati fotografije.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Vaša se provjera pregledava. {business} će vas obavijestiti o ishodu. Možete zatvoriti ovu stranicu.',
      NOT_VERIFIED: 'Ako mislite da je riječ o pogrešci, obratite se {business}.',
      CANCELLED: 'Ovdje više nemate što učiniti. Ako i dalje trebate potvrditi identitet, obratite se {business}.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Poslali ste onoliko fotografija koliko ova provjera prima. Pošaljite dodane fotografije ili se obratite {business}.',
      UPLOAD_QUOTA_EXCEEDED: 'U ovoj provjeri nema mjesta za više fotografija. Pošaljite dodane fotografije ili se obratite {business}.',
    },
  },
} satisfies Messages;
