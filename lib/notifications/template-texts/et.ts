import type { TemplateTexts } from '../templates';

const ignore = 'Kui te seda e-kirja ei oodanud, võite selle rahulikult tähelepanuta jätta.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} palub teil oma isik tuvastada',
      paragraphs: [
        'Tere!',
        '{{client_name}} palub teil oma isik tuvastada. See võtab vaid mõne minuti: avage allolev link ja järgige samme.',
        '{{session_url}}',
        'Link kehtib kuni {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Meeldetuletus: {{client_name}} ootab endiselt teie isiku tuvastamist',
      paragraphs: [
        'Tere!',
        '{{client_name}} ootab endiselt teie isiku tuvastamist. See võtab vaid mõne minuti ja teie link kehtib veel.',
        '{{session_url}}',
        'Link aegub {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Tuvasta minu isik',
  copyLink: 'Kui nupp ei tööta, kopeerige see aadress oma brauserisse:',
  sms: {
    INVITATION: { text: '{{client_name}} palub teil oma isik tuvastada: {{session_url}}\nLink kehtib kuni {{expires_at}}.' },
    REMINDER: { text: 'Meeldetuletus: {{client_name}} ootab teie isiku tuvastamist: {{session_url}}\nLink aegub {{expires_at}}.' },
  },
} satisfies TemplateTexts;
