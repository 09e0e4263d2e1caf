import type { TemplateTexts } from '../templates';

const ignore = 'Če tega e-poštnega sporočila niste pričakovali, ga lahko preprosto prezrete.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vas prosi, da potrdite svojo istovetnost',
      paragraphs: [
        'Pozdravljeni,',
        '{{client_name}} vas prosi, da potrdite svojo istovetnost. Vzame le nekaj minut: odprite spodnjo povezavo in sledite korakom.',
        '{{session_url}}',
        'Povezava velja do {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Opomnik: {{client_name}} še vedno čaka, da potrdite svojo istovetnost',
      paragraphs: [
        'Pozdravljeni,',
        '{{client_name}} še vedno čaka, da potrdite svojo istovetnost. Vzame le nekaj minut, vaša povezava pa še vedno velja.',
        '{{session_url}}',
        'Povezava poteče {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Potrdi mojo istovetnost',
  copyLink: 'Če gumb ne deluje, kopirajte ta naslov v brskalnik:',
  sms: {
    INVITATION: { text: '{{client_name}} vas prosi, da potrdite svojo istovetnost: {{session_url}}\nPovezava velja do {{expires_at}}.' },
    REMINDER: { text: 'Opomnik: {{client_name}} čaka, da potrdite svojo istovetnost: {{session_url}}\nPovezava poteče {{expires_at}}.' },
  },
} satisfies TemplateTexts;
