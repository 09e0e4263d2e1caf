import type { TemplateTexts } from '../templates';

const ignore = 'Si no esperabas este mensaje, puedes ignorarlo.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} te pide que verifiques tu identidad',
      paragraphs: [
        'Hola:',
        '{{client_name}} te pide que verifiques tu identidad. Solo te llevará unos minutos: abre el enlace de abajo y sigue los pasos.',
        '{{session_url}}',
        'El enlace es válido hasta el {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Recordatorio: {{client_name}} sigue esperando que verifiques tu identidad',
      paragraphs: [
        'Hola:',
        '{{client_name}} sigue esperando que verifiques tu identidad. Solo te llevará unos minutos y tu enlace aún es válido.',
        '{{session_url}}',
        'El enlace caduca el {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verificar mi identidad',
  copyLink: 'Si el botón no funciona, copia esta dirección en tu navegador:',
  // Worded without á, í, ó or ú, which are not in GSM-7, so the SMS keeps 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} te pide que verifiques tu identidad: {{session_url}}\nEl enlace funciona hasta el {{expires_at}}.' },
    REMINDER: { text: 'Recordatorio: {{client_name}} sigue esperando que verifiques tu identidad: {{session_url}}\nEl enlace caduca el {{expires_at}}.' },
  },
} satisfies TemplateTexts;
