import type { TemplateTexts } from '../templates';

const ignore = 'Had je deze e-mail niet verwacht? Dan kun je hem gewoon negeren.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vraagt je je identiteit te verifiëren',
      paragraphs: [
        'Hallo,',
        '{{client_name}} heeft je gevraagd je identiteit te verifiëren. Het duurt maar een paar minuten: open de link hieronder en volg de stappen.',
        '{{session_url}}',
        'De link werkt tot {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Herinnering: {{client_name}} wacht nog steeds op de verificatie van je identiteit',
      paragraphs: [
        'Hallo,',
        '{{client_name}} wacht nog steeds op de verificatie van je identiteit. Het duurt maar een paar minuten en je link werkt nog.',
        '{{session_url}}',
        'De link verloopt op {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Mijn identiteit verifiëren',
  copyLink: 'Werkt de knop niet? Kopieer dan dit adres naar je browser:',
  // "bevestigen" rather than "verifiëren": no diaeresis keeps the SMS in GSM-7, 160 characters a segment instead of 70.
  sms: {
    INVITATION: { text: '{{client_name}} vraagt je je identiteit te bevestigen: {{session_url}}\nDe link werkt tot {{expires_at}}.' },
    REMINDER: { text: 'Herinnering: {{client_name}} wacht op de verificatie van je identiteit: {{session_url}}\nDe link verloopt op {{expires_at}}.' },
  },
} satisfies TemplateTexts;
