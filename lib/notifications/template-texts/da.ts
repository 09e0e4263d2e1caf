import type { TemplateTexts } from '../templates';

const ignore = 'Hvis du ikke ventede denne e-mail, kan du roligt ignorere den.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} beder dig bekræfte din identitet',
      paragraphs: [
        'Hej,',
        '{{client_name}} har bedt dig bekræfte din identitet. Det tager kun et par minutter: åbn linket nedenfor, og følg trinene.',
        '{{session_url}}',
        'Linket virker indtil {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Påmindelse: {{client_name}} venter stadig på, at du bekræfter din identitet',
      paragraphs: [
        'Hej,',
        '{{client_name}} venter stadig på, at du bekræfter din identitet. Det tager kun et par minutter, og dit link virker stadig.',
        '{{session_url}}',
        'Linket udløber {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Bekræft min identitet',
  copyLink: 'Hvis knappen ikke virker, så kopiér denne adresse ind i din browser:',
  // æ, ø and å are in the GSM-7 alphabet, so these stay at 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} beder dig bekræfte din identitet: {{session_url}}\nLinket virker indtil {{expires_at}}.' },
    REMINDER: { text: 'Påmindelse: {{client_name}} venter stadig på, at du bekræfter din identitet: {{session_url}}\nLinket udløber {{expires_at}}.' },
  },
} satisfies TemplateTexts;
