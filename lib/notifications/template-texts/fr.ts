import type { TemplateTexts } from '../templates';

const ignore = 'Si vous n’attendiez pas ce message, vous pouvez l’ignorer.';

// French typography puts a non-breaking space before « : » (\u00a0 below); the SMS texts use a plain space instead.
export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vous demande de vérifier votre identité',
      paragraphs: [
        'Bonjour,',
        '{{client_name}} vous demande de vérifier votre identité. Cela ne prend que quelques minutes\u00a0: ouvrez le lien ci-dessous et suivez les étapes.',
        '{{session_url}}',
        'Ce lien est valable jusqu’au {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Rappel\u00a0: {{client_name}} attend toujours la vérification de votre identité',
      paragraphs: [
        'Bonjour,',
        '{{client_name}} attend toujours que vous vérifiiez votre identité. Cela ne prend que quelques minutes, et votre lien est encore valable.',
        '{{session_url}}',
        'Ce lien expire le {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Vérifier mon identité',
  copyLink: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
  // The straight apostrophe and plain spaces keep the SMS in GSM-7 (é, è and à are in it): 160 characters a segment.
  sms: {
    INVITATION: { text: "{{client_name}} vous demande de vérifier votre identité : {{session_url}}\nCe lien est valable jusqu'au {{expires_at}}." },
    REMINDER: { text: 'Rappel : {{client_name}} attend toujours la vérification de votre identité : {{session_url}}\nCe lien expire le {{expires_at}}.' },
  },
} satisfies TemplateTexts;
