import type { TemplateTexts } from '../templates';

const ignore = 'Ja negaidījāt šo e-pastu, varat to droši ignorēt.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} lūdz jūs apstiprināt savu identitāti',
      paragraphs: [
        'Labdien!',
        '{{client_name}} lūdz jūs apstiprināt savu identitāti. Tas aizņem tikai dažas minūtes: atveriet tālāk norādīto saiti un izpildiet darbības.',
        '{{session_url}}',
        'Saite ir derīga līdz {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Atgādinājums: {{client_name}} joprojām gaida jūsu identitātes apstiprinājumu',
      paragraphs: [
        'Labdien!',
        '{{client_name}} joprojām gaida jūsu identitātes apstiprinājumu. Tas aizņem tikai dažas minūtes, un jūsu saite joprojām ir derīga.',
        '{{session_url}}',
        'Saites derīgums beidzas {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Apstiprināt manu identitāti',
  copyLink: 'Ja poga nedarbojas, iekopējiet šo adresi pārlūkprogrammā:',
  sms: {
    INVITATION: { text: '{{client_name}} lūdz jūs apstiprināt savu identitāti: {{session_url}}\nSaite ir derīga līdz {{expires_at}}.' },
    REMINDER: { text: 'Atgādinājums: {{client_name}} gaida jūsu identitātes apstiprinājumu: {{session_url}}\nSaites derīgums beidzas {{expires_at}}.' },
  },
} satisfies TemplateTexts;
