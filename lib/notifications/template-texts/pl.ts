import type { TemplateTexts } from '../templates';

// Worded so that it does not assume the reader's gender.
const ignore = 'Jeśli ta wiadomość jest dla Ciebie zaskoczeniem, możesz ją po prostu zignorować.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} prosi o potwierdzenie Twojej tożsamości',
      paragraphs: [
        'Dzień dobry,',
        '{{client_name}} prosi o potwierdzenie Twojej tożsamości. Zajmie to tylko kilka minut: otwórz poniższy link i wykonaj kolejne kroki.',
        '{{session_url}}',
        'Link jest ważny do {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Przypomnienie: {{client_name}} wciąż czeka na potwierdzenie Twojej tożsamości',
      paragraphs: [
        'Dzień dobry,',
        '{{client_name}} wciąż czeka na potwierdzenie Twojej tożsamości. Zajmie to tylko kilka minut, a Twój link jest nadal aktywny.',
        '{{session_url}}',
        'Link wygasa {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Potwierdź tożsamość',
  copyLink: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
  sms: {
    INVITATION: { text: '{{client_name}} prosi o potwierdzenie Twojej tożsamości: {{session_url}}\nLink jest ważny do {{expires_at}}.' },
    REMINDER: { text: 'Przypomnienie: {{client_name}} czeka na potwierdzenie Twojej tożsamości: {{session_url}}\nLink wygasa {{expires_at}}.' },
  },
} satisfies TemplateTexts;
