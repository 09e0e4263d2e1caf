import type { TemplateTexts } from '../templates';

const ignore = 'Jei šio laiško nesitikėjote, galite į jį nekreipti dėmesio.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} prašo patvirtinti jūsų tapatybę',
      paragraphs: [
        'Sveiki,',
        '{{client_name}} prašo patvirtinti jūsų tapatybę. Tai užtruks vos kelias minutes: atidarykite toliau pateiktą nuorodą ir atlikite nurodytus veiksmus.',
        '{{session_url}}',
        'Nuoroda galioja iki {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Priminimas: {{client_name}} vis dar laukia, kol patvirtinsite savo tapatybę',
      paragraphs: [
        'Sveiki,',
        '{{client_name}} vis dar laukia, kol patvirtinsite savo tapatybę. Tai užtruks vos kelias minutes, o jūsų nuoroda tebegalioja.',
        '{{session_url}}',
        'Nuoroda galioja iki {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Patvirtinti tapatybę',
  copyLink: 'Jei mygtukas neveikia, nukopijuokite šį adresą į naršyklę:',
  sms: {
    INVITATION: { text: '{{client_name}} prašo patvirtinti jūsų tapatybę: {{session_url}}\nNuoroda galioja iki {{expires_at}}.' },
    REMINDER: { text: 'Priminimas: {{client_name}} laukia, kol patvirtinsite savo tapatybę: {{session_url}}\nNuoroda galioja iki {{expires_at}}.' },
  },
} satisfies TemplateTexts;
