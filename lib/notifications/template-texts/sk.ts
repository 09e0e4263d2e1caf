import type { TemplateTexts } from '../templates';

const ignore = 'Ak ste tento e-mail nečakali, môžete ho pokojne ignorovať.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vás žiada o overenie totožnosti',
      paragraphs: [
        'Dobrý deň,',
        '{{client_name}} vás žiada o overenie totožnosti. Zaberie to len pár minút: otvorte odkaz nižšie a postupujte podľa krokov.',
        '{{session_url}}',
        'Odkaz platí do {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Pripomienka: {{client_name}} stále čaká na overenie vašej totožnosti',
      paragraphs: [
        'Dobrý deň,',
        '{{client_name}} stále čaká na overenie vašej totožnosti. Zaberie to len pár minút a váš odkaz stále platí.',
        '{{session_url}}',
        'Platnosť odkazu vyprší {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Overiť moju totožnosť',
  copyLink: 'Ak tlačidlo nefunguje, skopírujte túto adresu do prehliadača:',
  sms: {
    INVITATION: { text: '{{client_name}} vás žiada o overenie totožnosti: {{session_url}}\nOdkaz platí do {{expires_at}}.' },
    REMINDER: { text: 'Pripomienka: {{client_name}} čaká na overenie vašej totožnosti: {{session_url}}\nPlatnosť odkazu vyprší {{expires_at}}.' },
  },
} satisfies TemplateTexts;
