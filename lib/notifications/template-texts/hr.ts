import type { TemplateTexts } from '../templates';

const ignore = 'Ako niste očekivali ovu poruku, slobodno je zanemarite.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} traži da potvrdite svoj identitet',
      paragraphs: [
        'Poštovani,',
        '{{client_name}} traži da potvrdite svoj identitet. Potrebno je samo nekoliko minuta: otvorite poveznicu u nastavku i slijedite korake.',
        '{{session_url}}',
        'Poveznica vrijedi do {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Podsjetnik: {{client_name}} još čeka da potvrdite svoj identitet',
      paragraphs: [
        'Poštovani,',
        '{{client_name}} još čeka da potvrdite svoj identitet. Potrebno je samo nekoliko minuta, a vaša poveznica još vrijedi.',
        '{{session_url}}',
        'Poveznica istječe {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Potvrdi moj identitet',
  copyLink: 'Ako gumb ne radi, kopirajte ovu adresu u preglednik:',
  sms: {
    INVITATION: { text: '{{client_name}} traži da potvrdite svoj identitet: {{session_url}}\nPoveznica vrijedi do {{expires_at}}.' },
    REMINDER: { text: 'Podsjetnik: {{client_name}} čeka da potvrdite svoj identitet: {{session_url}}\nPoveznica istječe {{expires_at}}.' },
  },
} satisfies TemplateTexts;
