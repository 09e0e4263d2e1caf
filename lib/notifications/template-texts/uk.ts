import type { TemplateTexts } from '../templates';

const ignore = 'Якщо ви не очікували цього листа, можете просто його проігнорувати.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} просить вас підтвердити особу',
      paragraphs: [
        'Вітаємо!',
        '{{client_name}} просить вас підтвердити особу. Це займе лише кілька хвилин: відкрийте посилання нижче й виконайте кроки.',
        '{{session_url}}',
        'Посилання діє до {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Нагадування: {{client_name}} досі чекає, поки ви підтвердите особу',
      paragraphs: [
        'Вітаємо!',
        '{{client_name}} досі чекає, поки ви підтвердите особу. Це займе лише кілька хвилин, а ваше посилання ще діє.',
        '{{session_url}}',
        'Термін дії посилання завершується {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Підтвердити особу',
  copyLink: 'Якщо кнопка не працює, скопіюйте цю адресу в браузер:',
  sms: {
    INVITATION: { text: '{{client_name}} просить вас підтвердити особу: {{session_url}}\nПосилання діє до {{expires_at}}.' },
    REMINDER: { text: 'Нагадування: {{client_name}} чекає, поки ви підтвердите особу: {{session_url}}\nПосилання діє до {{expires_at}}.' },
  },
} satisfies TemplateTexts;
