import type { TemplateTexts } from '../templates';

const ignore = 'إذا لم تكن تتوقع هذه الرسالة، فيمكنك تجاهلها بأمان.';

export default {
  email: {
    INVITATION: {
      subject: 'تطلب منك {{client_name}} التحقق من هويتك',
      paragraphs: [
        'مرحبًا،',
        'طلبت منك {{client_name}} التحقق من هويتك. لن يستغرق ذلك سوى بضع دقائق: افتح الرابط أدناه واتبع الخطوات.',
        '{{session_url}}',
        'يعمل الرابط حتى {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'تذكير: لا تزال {{client_name}} بانتظار تحققك من هويتك',
      paragraphs: [
        'مرحبًا،',
        'لا تزال {{client_name}} بانتظار تحققك من هويتك. لن يستغرق ذلك سوى بضع دقائق، ولا يزال رابطك صالحًا.',
        '{{session_url}}',
        'تنتهي صلاحية الرابط في {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'تحقق من هويتي',
  copyLink: 'إذا لم يعمل الزر، فانسخ هذا العنوان إلى متصفحك:',
  sms: {
    INVITATION: { text: 'تطلب منك {{client_name}} التحقق من هويتك: {{session_url}}\nيعمل الرابط حتى {{expires_at}}.' },
    REMINDER: { text: 'تذكير: {{client_name}} بانتظار تحققك من هويتك: {{session_url}}\nتنتهي صلاحية الرابط في {{expires_at}}.' },
  },
} satisfies TemplateTexts;
