import type { TemplateTexts } from '../templates';

const ignore = 'Mura raibh tú ag súil leis an ríomhphost seo, is féidir leat neamhaird a dhéanamh de.';

export default {
  email: {
    INVITATION: {
      subject: 'Iarrann {{client_name}} ort d’aitheantas a fhíorú',
      paragraphs: [
        'Dia duit,',
        'D’iarr {{client_name}} ort d’aitheantas a fhíorú. Ní thógann sé ach cúpla nóiméad: oscail an nasc thíos agus lean na céimeanna.',
        '{{session_url}}',
        'Oibreoidh an nasc go dtí {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Meabhrúchán: tá {{client_name}} fós ag fanacht ort d’aitheantas a fhíorú',
      paragraphs: [
        'Dia duit,',
        'Tá {{client_name}} fós ag fanacht ort d’aitheantas a fhíorú. Ní thógann sé ach cúpla nóiméad, agus oibríonn do nasc fós.',
        '{{session_url}}',
        'Rachaidh an nasc in éag ar {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Fíoraigh m’aitheantas',
  copyLink: 'Mura n-oibríonn an cnaipe, cóipeáil an seoladh seo isteach i do bhrabhsálaí:',
  sms: {
    INVITATION: { text: 'Iarrann {{client_name}} ort d’aitheantas a fhíorú: {{session_url}}\nOibreoidh an nasc go dtí {{expires_at}}.' },
    REMINDER: { text: 'Meabhrúchán: tá {{client_name}} ag fanacht ort d’aitheantas a fhíorú: {{session_url}}\nRachaidh an nasc in éag ar {{expires_at}}.' },
  },
} satisfies TemplateTexts;
