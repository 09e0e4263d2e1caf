import type { Messages } from './messages';

const askForNewLink = 'Paprašykite organizacijos, kuri ją atsiuntė, naujos nuorodos.';

export default {
  languageName: 'Lietuvių',
  layout: {
    poweredBy: 'Veikia su {product}',
    languageSwitcher: 'Kalba',
  },
  landing: {
    title: 'Tapatybės patvirtinimas',
    heading: 'Patvirtinkite savo tapatybę',
    intro: 'Organizacija, atsiuntusi jums šią nuorodą, turi įsitikinti, kad tai tikrai jūs. Tai užtruks tik kelias minutes.',
    needsHeading: 'Ko jums reikės',
    needs: {
      document: 'Galiojančio asmens dokumento: paso, asmens tapatybės kortelės, vairuotojo pažymėjimo arba leidimo gyventi',
      selfie: 'Telefono arba kompiuterio su kamera asmenukei nufotografuoti',
    },
    consent: {
      DOCUMENT: 'Paspausdami „Pradėti“ sutinkate, kad jūsų dokumentas būtų tvarkomas jūsų tapatybei patvirtinti.',
      SELFIE: 'Paspausdami „Pradėti“ sutinkate, kad jūsų asmenukė būtų tvarkoma jūsų tapatybei patvirtinti.',
      DOCUMENT_AND_SELFIE: 'Paspausdami „Pradėti“ sutinkate, kad jūsų dokumentas ir asmenukė būtų tvarkomi jūsų tapatybei patvirtinti.',
    },
    start: 'Pradėti',
  },
  linkUnavailable: {
    LINK_EXPIRED: { heading: 'Šios patvirtinimo nuorodos galiojimas baigėsi', hint: askForNewLink },
    LINK_EXHAUSTED: { heading: 'Ši patvirtinimo nuoroda jau panaudota', hint: `Jos nebegalima naudoti dar kartą. ${askForNewLink}` },
    LINK_DEACTIVATED: { heading: 'Ši patvirtinimo nuoroda nebeaktyvi', hint: askForNewLink },
    NOT_FOUND: {
      heading: 'Šios patvirtinimo nuorodos rasti nepavyko',
      hint: 'Patikrinkite, ar atidarėte visą adresą, arba paprašykite organizacijos, kuri ją atsiuntė, naujos nuorodos.',
    },
    ACCOUNT_UNAVAILABLE: { heading: 'Tapatybės patvirtinimas laikinai neprieinamas', hint: 'Bandykite dar kartą vėliau.' },
  },
  session: {
    title: 'Tapatybės patvirtinimas',
    heading: 'Patvirtinkime jūsų tapatybę',
    stepsHeading: 'Štai ką reikės padaryti:',
    steps: {
      documentFront: 'Nufotografuokite asmens dokumento priekinę pusę',
      documentBack: 'Nufotografuokite galinę pusę, jei dokumentas ją turi',
      selfie: 'Nusifotografuokite asmenukę',
    },
    timeLimit: {
      one: 'Pradėję turėsite {minutes} minutę šiems veiksmams atlikti.',
      few: 'Pradėję turėsite {minutes} minutes šiems veiksmams atlikti.',
      many: 'Pradėję turėsite {minutes} minutės šiems veiksmams atlikti.',
      other: 'Pradėję turėsite {minutes} minučių šiems veiksmams atlikti.',
    },
    continue: 'Tęsti',
    unavailable: {
      EXPIRED: {
        heading: 'Šios patvirtinimo sesijos laikas baigėsi',
        hint: 'Jai skirtas laikas pasibaigė. Paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
      },
      NOT_FOUND: {
        heading: 'Šios patvirtinimo sesijos rasti nepavyko',
        hint: 'Patikrinkite, ar atidarėte visą adresą, arba paprašykite organizacijos, kuri jums atsiuntė nuorodą, naujos.',
      },
    },
  },
} satisfies Messages;
