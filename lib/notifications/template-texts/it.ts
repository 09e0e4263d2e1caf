import type { TemplateTexts } from '../templates';

const ignore = 'Se non aspettavi questa email, puoi semplicemente ignorarla.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} ti chiede di verificare la tua identità',
      paragraphs: [
        'Ciao,',
        '{{client_name}} ti ha chiesto di verificare la tua identità. Bastano pochi minuti: apri il link qui sotto e segui i passaggi.',
        '{{session_url}}',
        'Il link è valido fino al {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Promemoria: {{client_name}} attende ancora la verifica della tua identità',
      paragraphs: [
        'Ciao,',
        '{{client_name}} attende ancora la verifica della tua identità. Bastano pochi minuti e il tuo link è ancora valido.',
        '{{session_url}}',
        'Il link scade il {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verifica la mia identità',
  copyLink: 'Se il pulsante non funziona, copia questo indirizzo nel browser:',
  // à, è, é, ì, ò and ù are in the GSM-7 alphabet, so these stay at 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} ti chiede di verificare la tua identità: {{session_url}}\nIl link è valido fino al {{expires_at}}.' },
    REMINDER: { text: 'Promemoria: {{client_name}} attende la verifica della tua identità: {{session_url}}\nIl link scade il {{expires_at}}.' },
  },
} satisfies TemplateTexts;
