import type { TemplateTexts } from '../templates';

const ignore = 'Pokud jste tento e-mail nečekali, můžete ho klidně ignorovat.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vás žádá o ověření totožnosti',
      paragraphs: [
        'Dobrý den,',
        '{{client_name}} vás žádá o ověření totožnosti. Zabere to jen pár minut: otevřete odkaz níže a postupujte podle kroků.',
        '{{session_url}}',
        'Odkaz platí do {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Připomínka: {{client_name}} stále čeká na ověření vaší totožnosti',
      paragraphs: [
        'Dobrý den,',
        '{{client_name}} stále čeká na ověření vaší totožnosti. Zabere to jen pár minut a váš odkaz stále platí.',
        '{{session_url}}',
        'Platnost odkazu vyprší {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Ověřit mou totožnost',
  copyLink: 'Pokud tlačítko nefunguje, zkopírujte tuto adresu do prohlížeče:',
  sms: {
    INVITATION: { text: '{{client_name}} vás žádá o ověření totožnosti: {{session_url}}\nOdkaz platí do {{expires_at}}.' },
    REMINDER: { text: 'Připomínka: {{client_name}} čeká na ověření vaší totožnosti: {{session_url}}\nPlatnost odkazu vyprší {{expires_at}}.' },
  },
} satisfies TemplateTexts;
