import type { TemplateTexts } from '../templates';

const ignore = 'If you were not expecting this email, you can safely ignore it.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} asks you to verify your identity',
      paragraphs: [
        'Hello,',
        '{{client_name}} has asked you to verify your identity. It only takes a few minutes: open the link below and follow the steps.',
        '{{session_url}}',
        'The link works until {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Reminder: {{client_name}} is still waiting for you to verify your identity',
      paragraphs: [
        'Hello,',
        '{{client_name}} is still waiting for you to verify your identity. It only takes a few minutes, and your link still works.',
        '{{session_url}}',
        'The link expires on {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verify my identity',
  copyLink: 'If the button doesn’t work, copy this address into your browser:',
  // Plain ASCII keeps the SMS in GSM-7: 160 characters a segment instead of 70.
  sms: {
    INVITATION: { text: '{{client_name}} asks you to verify your identity: {{session_url}}\nThe link works until {{expires_at}}.' },
    REMINDER: { text: 'Reminder: {{client_name}} still needs you to verify your identity: {{session_url}}\nThe link expires on {{expires_at}}.' },
  },
} satisfies TemplateTexts;
