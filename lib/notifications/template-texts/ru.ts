import type { TemplateTexts } from '../templates';

const ignore = 'Если вы не ожидали этого письма, просто проигнорируйте его.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} просит вас подтвердить личность',
      paragraphs: [
        'Здравствуйте!',
        '{{client_name}} просит вас подтвердить личность. Это займёт всего несколько минут: откройте ссылку ниже и следуйте инструкциям.',
        '{{session_url}}',
        'Ссылка действует до {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Напоминание: {{client_name}} всё ещё ждёт подтверждения вашей личности',
      paragraphs: [
        'Здравствуйте!',
        '{{client_name}} всё ещё ждёт подтверждения вашей личности. Это займёт всего несколько минут, а ваша ссылка пока действует.',
        '{{session_url}}',
        'Срок действия ссылки истекает {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Подтвердить личность',
  copyLink: 'Если кнопка не работает, скопируйте этот адрес в браузер:',
  sms: {
    INVITATION: { text: '{{client_name}} просит вас подтвердить личность: {{session_url}}\nСсылка действует до {{expires_at}}.' },
    REMINDER: { text: 'Напоминание: {{client_name}} ждёт подтверждения вашей личности: {{session_url}}\nСсылка действует до {{expires_at}}.' },
  },
} satisfies TemplateTexts;
