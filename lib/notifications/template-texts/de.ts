import type { TemplateTexts } from '../templates';

const ignore = 'Falls Sie diese E-Mail nicht erwartet haben, können Sie sie einfach ignorieren.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} bittet Sie, Ihre Identität zu bestätigen',
      paragraphs: [
        'Guten Tag,',
        '{{client_name}} bittet Sie, Ihre Identität zu bestätigen. Das dauert nur wenige Minuten: Öffnen Sie den folgenden Link und folgen Sie den Schritten.',
        '{{session_url}}',
        'Der Link ist bis zum {{expires_at}} gültig.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Erinnerung: {{client_name}} wartet noch auf die Bestätigung Ihrer Identität',
      paragraphs: [
        'Guten Tag,',
        '{{client_name}} wartet noch auf die Bestätigung Ihrer Identität. Das dauert nur wenige Minuten, und Ihr Link ist noch gültig.',
        '{{session_url}}',
        'Der Link läuft am {{expires_at}} ab.',
        ignore,
      ],
    },
  },
  button: 'Identität bestätigen',
  copyLink: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  // ä, ö, ü and ß are all in the GSM-7 alphabet, so these stay at 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} bittet Sie, Ihre Identität zu bestätigen: {{session_url}}\nDer Link ist bis zum {{expires_at}} gültig.' },
    REMINDER: { text: 'Erinnerung: {{client_name}} wartet noch auf die Bestätigung Ihrer Identität: {{session_url}}\nDer Link läuft am {{expires_at}} ab.' },
  },
} satisfies TemplateTexts;
