import type { TemplateTexts } from '../templates';

const ignore = 'Om du inte väntade dig det här mejlet kan du bortse från det.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} ber dig verifiera din identitet',
      paragraphs: [
        'Hej,',
        '{{client_name}} har bett dig verifiera din identitet. Det tar bara några minuter: öppna länken nedan och följ stegen.',
        '{{session_url}}',
        'Länken fungerar till och med {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Påminnelse: {{client_name}} väntar fortfarande på att du verifierar din identitet',
      paragraphs: [
        'Hej,',
        '{{client_name}} väntar fortfarande på att du verifierar din identitet. Det tar bara några minuter, och din länk fungerar fortfarande.',
        '{{session_url}}',
        'Länken går ut {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verifiera min identitet',
  copyLink: 'Om knappen inte fungerar kan du kopiera den här adressen till din webbläsare:',
  // å, ä and ö are in the GSM-7 alphabet, so these stay at 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} ber dig verifiera din identitet: {{session_url}}\nLänken fungerar till och med {{expires_at}}.' },
    REMINDER: { text: 'Påminnelse: {{client_name}} väntar på att du verifierar din identitet: {{session_url}}\nLänken går ut {{expires_at}}.' },
  },
} satisfies TemplateTexts;
