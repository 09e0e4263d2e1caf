import type { TemplateTexts } from '../templates';

const ignore = 'Jekk ma kontx qed tistenna din l-email, tista’ sempliċement tinjoraha.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} qed jitolbok tivverifika l-identità tiegħek',
      paragraphs: [
        'Bonġu,',
        '{{client_name}} talbek tivverifika l-identità tiegħek. Jieħu biss ftit minuti: iftaħ il-link hawn taħt u segwi l-passi.',
        '{{session_url}}',
        'Il-link jaħdem sa {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Tfakkira: {{client_name}} għadu qed jistenna li tivverifika l-identità tiegħek',
      paragraphs: [
        'Bonġu,',
        '{{client_name}} għadu qed jistenna li tivverifika l-identità tiegħek. Jieħu biss ftit minuti, u l-link tiegħek għadu jaħdem.',
        '{{session_url}}',
        'Il-link jiskadi fi {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Ivverifika l-identità tiegħi',
  copyLink: 'Jekk il-buttuna ma taħdimx, ikkopja dan l-indirizz fil-browser tiegħek:',
  sms: {
    INVITATION: { text: '{{client_name}} qed jitolbok tivverifika l-identità tiegħek: {{session_url}}\nIl-link jaħdem sa {{expires_at}}.' },
    REMINDER: { text: 'Tfakkira: {{client_name}} qed jistenna li tivverifika l-identità tiegħek: {{session_url}}\nIl-link jiskadi fi {{expires_at}}.' },
  },
} satisfies TemplateTexts;
