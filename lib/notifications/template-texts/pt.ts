import type { TemplateTexts } from '../templates';

const ignore = 'Se não estava à espera deste email, pode simplesmente ignorá-lo.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} pede-lhe que verifique a sua identidade',
      paragraphs: [
        'Olá,',
        '{{client_name}} pediu-lhe que verifique a sua identidade. Demora apenas alguns minutos: abra a ligação abaixo e siga os passos.',
        '{{session_url}}',
        'A ligação é válida até {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Lembrete: {{client_name}} ainda aguarda a verificação da sua identidade',
      paragraphs: [
        'Olá,',
        '{{client_name}} ainda aguarda a verificação da sua identidade. Demora apenas alguns minutos e a sua ligação continua válida.',
        '{{session_url}}',
        'A ligação expira a {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verificar a minha identidade',
  copyLink: 'Se o botão não funcionar, copie este endereço para o seu navegador:',
  sms: {
    INVITATION: { text: '{{client_name}} pede-lhe que verifique a sua identidade: {{session_url}}\nA ligação é válida até {{expires_at}}.' },
    REMINDER: { text: 'Lembrete: {{client_name}} aguarda a verificação da sua identidade: {{session_url}}\nA ligação expira a {{expires_at}}.' },
  },
} satisfies TemplateTexts;
