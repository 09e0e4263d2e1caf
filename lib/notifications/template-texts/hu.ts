import type { TemplateTexts } from '../templates';

const ignore = 'Ha nem számított erre az e-mailre, nyugodtan figyelmen kívül hagyhatja.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} arra kéri, hogy igazolja személyazonosságát',
      paragraphs: [
        'Jó napot kívánunk!',
        '{{client_name}} arra kéri, hogy igazolja személyazonosságát. Csak néhány percet vesz igénybe: nyissa meg az alábbi linket, és kövesse a lépéseket.',
        '{{session_url}}',
        'A link eddig érvényes: {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Emlékeztető: {{client_name}} még várja személyazonossága igazolását',
      paragraphs: [
        'Jó napot kívánunk!',
        '{{client_name}} még várja személyazonossága igazolását. Csak néhány percet vesz igénybe, és a linkje még érvényes.',
        '{{session_url}}',
        'A link lejárata: {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Személyazonosságom igazolása',
  copyLink: 'Ha a gomb nem működik, másolja be ezt a címet a böngészőjébe:',
  sms: {
    INVITATION: { text: '{{client_name}} arra kéri, hogy igazolja személyazonosságát: {{session_url}}\nA link eddig érvényes: {{expires_at}}.' },
    REMINDER: { text: 'Emlékeztető: {{client_name}} várja személyazonossága igazolását: {{session_url}}\nA link lejárata: {{expires_at}}.' },
  },
} satisfies TemplateTexts;
