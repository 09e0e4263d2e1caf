import type { TemplateTexts } from '../templates';

const ignore = 'Ако не очаквахте този имейл, можете спокойно да го пренебрегнете.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} ви моли да потвърдите самоличността си',
      paragraphs: [
        'Здравейте,',
        '{{client_name}} ви моли да потвърдите самоличността си. Отнема само няколко минути: отворете линка по-долу и следвайте стъпките.',
        '{{session_url}}',
        'Линкът е валиден до {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Напомняне: {{client_name}} все още чака да потвърдите самоличността си',
      paragraphs: [
        'Здравейте,',
        '{{client_name}} все още чака да потвърдите самоличността си. Отнема само няколко минути и линкът ви все още е валиден.',
        '{{session_url}}',
        'Линкът изтича на {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Потвърди самоличността ми',
  copyLink: 'Ако бутонът не работи, копирайте този адрес в браузъра си:',
  sms: {
    INVITATION: { text: '{{client_name}} ви моли да потвърдите самоличността си: {{session_url}}\nЛинкът е валиден до {{expires_at}}.' },
    REMINDER: { text: 'Напомняне: {{client_name}} чака да потвърдите самоличността си: {{session_url}}\nЛинкът изтича на {{expires_at}}.' },
  },
} satisfies TemplateTexts;
