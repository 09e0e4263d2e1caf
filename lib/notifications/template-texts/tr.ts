import type { TemplateTexts } from '../templates';

const ignore = 'Bu e-postayı beklemiyorsanız dikkate almayabilirsiniz.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} kimliğinizi doğrulamanızı istiyor',
      paragraphs: [
        'Merhaba,',
        '{{client_name}} kimliğinizi doğrulamanızı istedi. Yalnızca birkaç dakika sürer: aşağıdaki bağlantıyı açın ve adımları izleyin.',
        '{{session_url}}',
        'Bağlantı {{expires_at}} tarihine kadar geçerlidir.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Hatırlatma: {{client_name}} hâlâ kimliğinizi doğrulamanızı bekliyor',
      paragraphs: [
        'Merhaba,',
        '{{client_name}} hâlâ kimliğinizi doğrulamanızı bekliyor. Yalnızca birkaç dakika sürer ve bağlantınız hâlâ geçerli.',
        '{{session_url}}',
        'Bağlantının süresi {{expires_at}} tarihinde doluyor.',
        ignore,
      ],
    },
  },
  button: 'Kimliğimi doğrula',
  copyLink: 'Düğme çalışmazsa bu adresi tarayıcınıza kopyalayın:',
  sms: {
    INVITATION: { text: '{{client_name}} kimliğinizi doğrulamanızı istiyor: {{session_url}}\nBağlantı {{expires_at}} tarihine kadar geçerlidir.' },
    REMINDER: { text: 'Hatırlatma: {{client_name}} kimlik doğrulamanızı bekliyor: {{session_url}}\nBağlantının süresi {{expires_at}} tarihinde doluyor.' },
  },
} satisfies TemplateTexts;
