import type { Messages } from './messages';

const askForNewLink = 'Bağlantıyı gönderen kuruluştan yeni bir bağlantı isteyin.';
// The same words whether the page or its script finds the session gone.
const sessionNotFound = {
  heading: 'Bu doğrulama oturumunu bulamadık',
  hint: 'Adresin tamamını açtığınızdan emin olun veya size bağlantıyı gönderen kuruluştan yeni bir bağlantı isteyin.',
};

// Turkish keeps the noun singular after a number, so both forms say "dakika".
export default {
  languageName: 'Türkçe',
  layout: {
    poweredBy: '{product} altyapısıyla',
    languageSwitcher: 'Dil',
  },
  landing: {
    title: 'Kimlik doğrulama',
    heading: 'Kimliğinizi doğrulayın',
    intro: 'Size bu bağlantıyı gönderen kuruluşun kim olduğunuzu teyit etmesi gerekiyor. Yalnızca birkaç dakika sürer.',
    needsHeading: 'İhtiyacınız olanlar',
    needs: {
      document: 'Geçerli bir kimlik belgesi: pasaport, kimlik kartı, sürücü belgesi veya oturma izni',
      selfie: 'Selfie çekmek için kameralı bir telefon veya bilgisayar',
    },
    consent: {
      DOCUMENT: 'Başla düğmesine basarak kimliğinizin doğrulanması için belgenizin işlenmesini kabul etmiş olursunuz.',
      SELFIE: 'Başla düğmesine basarak kimliğinizin doğrulanması için selfienizin işlenmesini kabul etmiş olursunuz.',
      DOCUMENT_AND_SELFIE: 'Başla düğmesine basarak kimliğinizin doğrulanması için belgenizin ve selfienizin işlenmesini kabul etmiş olursunuz.',
    },
    start: 'Başla',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Bu doğrulama bağlantısının süresi doldu', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Bu doğrulama bağlantısı sınırına ulaştı', hint: `Kuruluşun izin verdiği sayıda kullanıldı. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Bu doğrulama bağlantısı artık etkin değil', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Bu doğrulama bağlantısını bulamadık',
      hint: 'Adresin tamamını açtığınızdan emin olun veya bağlantıyı gönderen kuruluştan yeni bir bağlantı isteyin.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Doğrulama geçici olarak kullanılamıyor', hint: 'Lütfen daha sonra tekrar deneyin.' },
  },
  session: {
    title: 'Kimlik doğrulama',
    heading: 'Kimliğinizi doğrulayalım',
    stepsHeading: 'Sizden şunları yapmanızı isteyeceğiz:',
    steps: {
      documentFront: 'Kimlik belgenizin ön yüzünün fotoğrafını çekin',
      documentBack: 'Belgenizin arka yüzü varsa onun da fotoğrafını çekin',
      selfie: 'Bir selfie çekin',
    },
    timeLimit: {
      one: 'Başladıktan sonra bu adımları tamamlamak için {minutes} dakikanız olacak.',
      other: 'Başladıktan sonra bu adımları tamamlamak için {minutes} dakikanız olacak.',
    },
    timeLimitUnknown: 'Başladıktan sonra bu adımlar için sınırlı bir süreniz olacak; geri sayım ne kadar kaldığını gösterir.',
    needsJavaScript: 'Devam etmek için tarayıcınızda JavaScript’i açın veya bu bağlantıyı başka bir tarayıcıda açın.',
    unavailable: {
      EXPIRED: {
        heading: 'Bu doğrulama oturumunun süresi doldu',
        hint: 'Tamamlama süresi sona erdi. Size bağlantıyı gönderen kuruluştan yeni bir bağlantı isteyin.',
      },
      NOT_FOUND: sessionNotFound,
    },
  },
  capture: {
    timeLeft: 'Kalan süre',
    back: 'Geri',
    continue: 'Devam',
    documentType: {
      heading: 'Hangi belgeyi kullanacaksınız?',
      hint: 'Belgenin geçerli aslını kullanın; fotokopi veya ekran görüntüsü değil.',
      legend: 'Belge türü',
      names: { ID_CARD: 'Kimlik kartı', PASSPORT: 'Pasaport', DRIVER_LICENSE: 'Sürücü belgesi', RESIDENCE_PERMIT: 'Oturma izni' },
    },
    kinds: {
      FRONT: {
        heading: 'Belgenizin ön yüzü',
        instruction:
          'Fotoğrafınızın bulunduğu yüzü çekin; pasaportta fotoğraflı sayfayı. Belgeyi düz ve iyi aydınlatılmış bir yüzeye koyun; dört köşesi de görünsün ve parlama olmasın.',
      },
      BACK: {
        heading: 'Belgenizin arka yüzü',
        instruction: 'Belgeyi çevirin. Yine düz ve iyi aydınlatılmış tutun; dört köşesi de görünsün ve parlama olmasın.',
      },
      FACE: {
        heading: 'Selfieniz',
        instruction:
          'İyi ışıkta kameraya bakın; yüzünüzün tamamı görünsün ve hiçbir şey onu kapatmasın: güneş gözlüğü, şapka veya maske olmasın. Yüz ifadeniz nötr olsun.',
      },
    },
    retryHeading: 'Lütfen fotoğraflarınızı yeniden çekin',
    review: {
      heading: 'Fotoğraflarınızı kontrol edin',
      hint: 'Her şeyin net ve okunaklı olduğundan emin olun. Göndermeden önce herhangi bir fotoğrafı değiştirebilirsiniz.',
      submit: 'Gönder',
    },
    checking: { heading: 'Fotoğraflarınızı kontrol ediyoruz', hint: 'Bu genellikle birkaç saniye sürer. Lütfen bu sayfayı açık tutun.' },
    redirectLink: 'Devam',
  },
  privacy: {
    controller: '{business} kimliğinizi doğrulamanızı istiyor ve kişisel verilerinizden sorumludur (veri sorumlusu).',
    retention: {
      one: 'Fotoğraflarınız ve bunlardan okunan veriler, doğrulama sona erdikten en geç {days} gün sonra silinir.',
      other: 'Fotoğraflarınız ve bunlardan okunan veriler, doğrulama sona erdikten en geç {days} gün sonra silinir.',
    },
    withdraw: 'Fotoğraflarınızı gönderene kadar “Doğrulamayı iptal et” ile istediğiniz zaman vazgeçebilirsiniz.',
    cancel: {
      button: 'Doğrulamayı iptal et',
      heading: 'Bu doğrulama iptal edilsin mi?',
      hint: 'Fotoğraflarınız kontrol edilmeyecek ve iptal ettiğiniz {business} adlı kuruluşa bildirilecek.',
      confirm: 'Evet, iptal et',
      keep: 'Hayır, devam et',
    },
  },
  script: {
    stepOf: 'Adım {current}/{total}',
    minutesLeft: { one: '{minutes} dakika kaldı', other: '{minutes} dakika kaldı' },
    takePhoto: 'Fotoğraf çek',
    retakePhoto: 'Yeni fotoğraf çek',
    chooseFile: 'Dosya seç',
    chooseOtherFile: 'Başka dosya seç',
    uploading: 'Yükleniyor…',
    added: 'Fotoğraf eklendi',
    notAdded: 'Henüz eklenmedi',
    add: 'Ekle',
    replace: 'Değiştir',
    previewAlt: 'Seçtiğiniz fotoğraf',
    attempt: 'Bu, {maxAttempts} denemeden {attempt}. deneme.',
    retryReasons: {
      MRZ_NOT_FOUND: 'Fotoğraflı sayfanın altındaki (veya kartın arkasındaki) harf ve rakamlardan oluşan iki satırı bulamadık. Tamamen ve net görünmelerini sağlayın.',
      MRZ_OCR_READING_ERROR: 'Belgenizin altındaki satırları net okuyamadık. Fotoğrafı iyi ışıkta, parlama olmadan ve belgeyi düz tutarak yeniden çekin.',
      NO_FACE_FOUND: 'Selfienizde bir yüz göremedik. Yüzünüzün tamamı kadrajda olacak şekilde doğrudan kameraya bakın.',
      TOO_MANY_FACES: 'Selfienizde birden fazla yüz vardı. Fotoğrafta yalnızca sizin olduğunuzdan emin olun.',
      FACE_TOO_SMALL: 'Selfiede yüzünüz çok küçüktü. Yüzünüz oval alanı dolduracak şekilde telefonu yaklaştırın.',
      DOC_TOO_BLURRY: 'Belgenizin fotoğrafı bulanıktı. Telefonu sabit tutun ve çekmeden önce kameranın odaklanmasını bekleyin.',
      DOC_TOO_DARK: 'Belgenizin fotoğrafı çok karanlıktı. Daha aydınlık bir yere geçin veya daha fazla ışık açın.',
      DOC_TOO_BRIGHT: 'Belgenizin fotoğrafı çok parlaktı. Parlamaya neden olan doğrudan ışıktan ve flaştan kaçının.',
      FACE_TOO_BLURRY: 'Selfieniz bulanıktı. Telefonu sabit tutun ve çekerken kıpırdamayın.',
      FACE_TOO_DARK: 'Selfieniz çok karanlıktı. Yüzünüz eşit aydınlansın diye bir pencereye veya lambaya dönün.',
      FACE_TOO_BRIGHT: 'Selfieniz çok parlaktı. Doğrudan güneş ışığından çıkın ve flaş kullanmayın.',
    },
    retryGeneric: 'Önceki fotoğraflarınızı kontrol edemedik.',
    errors: {
      MRZ_NOT_VISIBLE: 'Fotoğraflı sayfanın altındaki iki satır (kimlik kartında: arka yüzde) görünmelidir. Sayfanın tamamı kadrajda olacak şekilde yeniden çekin.',
      DOCUMENT_NOT_VISIBLE: 'Bu resimde fotoğraflı bir belge göremedik. Kartın ön yüzünün tamamını kadraja alın.',
      NO_FACE_FOUND: 'Bu selfiede bir yüz görünmüyor. Yüzünüzün tamamı kadrajda olacak şekilde doğrudan kameraya bakın.',
      TOO_MANY_FACES: 'Bu selfiede birden fazla yüz var. Fotoğrafta yalnızca sizin olduğunuzdan emin olun.',
      FACE_TOO_SMALL: 'Bu selfiede yüzünüz çok küçük. Telefonu yaklaştırın.',
      FACE_TOO_BLURRY: 'Bu selfie bulanık. Telefonu sabit tutun ve yeniden çekin.',
      UNSUPPORTED_FILE_TYPE: 'Bu dosya kullanabileceğimiz bir fotoğraf değil. JPEG, PNG veya WebP bir resim seçin.',
      FILE_TOO_LARGE: 'Bu dosya çok büyük. {megabytes} MB’tan küçük bir fotoğraf seçin.',
      IMAGE_TOO_SMALL: 'Bu fotoğrafın çözünürlüğü çok düşük. Telefonunuzun kamerasıyla çekin veya daha büyük bir resim seçin.',
      IMAGE_UNREADABLE: 'Bu fotoğrafı açamadık. Hasarlı olabilir; lütfen yeniden çekin.',
      VALIDATION_ERROR: 'Fotoğraf gönderilemedi. Lütfen tekrar deneyin.',
      MISSING_DOCUMENTS: 'Bir fotoğraf hâlâ eksik. Lütfen ekleyin, sonra yeniden gönderin.',
      INVALID_STATE: 'Doğrulamanız başka bir pencerede ilerledi, bu yüzden bu sayfayı güncelledik.',
      NETWORK: 'Sunucuya ulaşamadık. Bağlantınızı kontrol edip tekrar deneyin.',
      UNEXPECTED: 'Bizim tarafımızda bir sorun oluştu. Lütfen tekrar deneyin.',
      RATE_LIMITED: 'Kısa sürede çok fazla deneme yapıldı. Bir dakika bekleyip tekrar deneyin.',
      TOO_MANY_UPLOADS: 'Bu doğrulamanın kabul ettiği sayıda fotoğraf gönderdiniz. Eklediğiniz fotoğrafları gönderin veya sizden doğrulama isteyen kuruluşla iletişime geçin.',
      UPLOAD_QUOTA_EXCEEDED: 'Bu doğrulamada daha fazla fotoğraf için yer yok. Eklediğiniz fotoğrafları gönderin veya sizden doğrulama isteyen kuruluşla iletişime geçin.',
    },
    outcomes: {
      REVIEWING: {
        heading: 'Teşekkürler!',
        hint: 'Doğrulamanız inceleniyor. Bunu isteyen kuruluş sonucu size bildirecek. Bu sayfayı kapatabilirsiniz.',
      },
      APPROVED: { heading: 'Kimliğiniz doğrulandı', hint: 'Teşekkürler, kimliğiniz onaylandı. Bu sayfayı kapatabilirsiniz.' },
      NOT_VERIFIED: {
        heading: 'Kimliğinizi doğrulayamadık',
        hint: 'Bunun bir hata olduğunu düşünüyorsanız, sizden kimlik doğrulaması isteyen kuruluşla iletişime geçin.',
      },
      EXPIRED: {
        heading: 'Süreniz doldu',
        hint: 'Bu doğrulamanın süresi doldu. Size bağlantıyı gönderen kuruluştan yeni bir bağlantı isteyin.',
      },
      CANCELLED: {
        heading: 'Bu doğrulama iptal edildi',
        hint: 'Burada yapılacak başka bir şey yok. Kimliğinizi hâlâ doğrulamanız gerekiyorsa, size bağlantıyı gönderen kuruluşa başvurun.',
      },
      NOT_FOUND: sessionNotFound,
    },
    redirecting: 'Birazdan geri yönlendirileceksiniz…',
  },
  branding: {
    intro: '{business} kimliğinizi doğrulamalı. Yalnızca birkaç dakika sürer.',
    askForNewLink: '{business} kuruluşundan yeni bir bağlantı isteyin.',
    contact: 'Yardım mı gerekiyor? {business} ile iletişime geçin:',
    privacyPolicy: '{business} gizlilik politikası',
  },
  handoff: {
    offer: 'Telefonunuzda devam edin',
    scan: 'Bu QR kodunu telefonunuzun kamerasıyla tarayın. Fotoğrafları telefonunuzda çekersiniz, bu sayfa da ilerlemeyi gösterir.',
    typeLink: 'Ya da bu adresi telefonunuzun tarayıcısına yazın:',
    qrAlt: '{url} bağlantısının QR kodu',
    once: 'Kod bir kez çalışır ve 10 dakika sonra geçerliliğini yitirir.',
    status: {
      WAITING: 'Telefonunuz bekleniyor…',
      CAPTURING: 'Telefonunuz bağlandı. Fotoğrafları telefonunuzda çekin.',
      CHECKING: 'Fotoğraflarınız gönderildi. Kontrol ediyoruz…',
      EXPIRED: 'Bu kodun süresi doldu. Telefonda devam etmek için yeni bir kod gösterin.',
    },
    newCode: 'Yeni kod göster',
    useComputer: 'Bunun yerine bu bilgisayarı kullan',
    opening: 'Telefonunuzun tarayıcısında bir kimlik doğrulamasını sürdürür.',
    unavailable: {
      USED: { heading: 'Bu bağlantı zaten kullanıldı', hint: 'Yalnızca bir kez çalışır. Bilgisayarınızda yeni bir kod gösterip tarayın.' },
      EXPIRED: { heading: 'Bu bağlantının süresi doldu', hint: '10 dakika geçerlidir. Bilgisayarınızda yeni bir kod gösterip tarayın.' },
      NOT_FOUND: { heading: 'Bu bağlantı geçerli değil', hint: 'Yazdığınız adresi kontrol edin veya bilgisayarınızdaki kodu yeniden tarayın.' },
      RATE_LIMITED: { heading: 'Çok fazla deneme', hint: 'Birkaç dakika bekleyin, sonra yeniden deneyin.' },
    },
  },
  camera: {
    shutter: 'Fotoğraf çek',
    usePhoto: 'Bu fotoğrafı kullan',
    retake: 'Yeniden çek',
    torch: 'Işık',
    starting: 'Kamera açılıyor…',
    shotAlt: 'Az önce çektiğiniz fotoğraf',
    guidance: {
      ready: 'Kıpırdamayın, sonra fotoğrafı çekin.',
      check: 'Fotoğrafın net olduğunu ve her şeyin okunabildiğini kontrol edin.',
      tooDark: 'Çok karanlık. Daha aydınlık bir yere geçin.',
      blurry: 'Görüntü bulanık. Telefonunuzu sabit tutun.',
      noDocument: 'Belgeyi çerçeveyi dolduracak şekilde çerçevenin içine yerleştirin.',
      noFace: 'Yüzünüzü ovalin içine yerleştirin ve kameraya bakın.',
    },
    unavailable: {
      denied: 'Kamera erişimine izin verilmedi; bunun yerine fotoğraf yükleyebilirsiniz.',
      noCamera: 'Kamera bulunamadı; bunun yerine fotoğraf yükleyebilirsiniz.',
      unsupported: 'Bu tarayıcı burada kamerayı açamıyor; bunun yerine fotoğraf yükleyebilirsiniz.',
    },
  },
  brandedScript: {
    outcomes: {
      REVIEWING: 'Doğrulamanız inceleniyor. {business} sonucu size bildirecek. Bu sayfayı kapatabilirsiniz.',
      NOT_VERIFIED: 'Bunun bir hata olduğunu düşünüyorsanız, {business} ile iletişime geçin.',
      CANCELLED: 'Burada yapılacak başka bir şey yok. Kimliğinizi hâlâ doğrulamanız gerekiyorsa, {business} ile iletişime geçin.',
    },
    errors: {
      TOO_MANY_UPLOADS: 'Bu doğrulamanın kabul ettiği sayıda fotoğraf gönderdiniz. Eklediğiniz fotoğrafları gönderin veya {business} ile iletişime geçin.',
      UPLOAD_QUOTA_EXCEEDED: 'Bu doğrulamada daha fazla fotoğraf için yer yok. Eklediğiniz fotoğrafları gönderin veya {business} ile iletişime geçin.',
    },
  },
} satisfies Messages;
