import type { TemplateTexts } from '../templates';

const ignore = 'Dacă nu vă așteptați la acest e-mail, îl puteți ignora.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} vă roagă să vă verificați identitatea',
      paragraphs: [
        'Bună ziua,',
        '{{client_name}} vă roagă să vă verificați identitatea. Durează doar câteva minute: deschideți linkul de mai jos și urmați pașii.',
        '{{session_url}}',
        'Linkul este valabil până la {{expires_at}}.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Reamintire: {{client_name}} așteaptă în continuare să vă verificați identitatea',
      paragraphs: [
        'Bună ziua,',
        '{{client_name}} așteaptă în continuare să vă verificați identitatea. Durează doar câteva minute, iar linkul dumneavoastră este încă valabil.',
        '{{session_url}}',
        'Linkul expiră la {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Verificați identitatea',
  copyLink: 'Dacă butonul nu funcționează, copiați această adresă în browser:',
  sms: {
    INVITATION: { text: '{{client_name}} vă roagă să vă verificați identitatea: {{session_url}}\nLinkul este valabil până la {{expires_at}}.' },
    REMINDER: { text: 'Reamintire: {{client_name}} așteaptă să vă verificați identitatea: {{session_url}}\nLinkul expiră la {{expires_at}}.' },
  },
} satisfies TemplateTexts;
