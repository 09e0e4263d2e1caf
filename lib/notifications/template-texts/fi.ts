import type { TemplateTexts } from '../templates';

const ignore = 'Jos et odottanut tätä sähköpostia, voit jättää sen huomiotta.';

export default {
  email: {
    INVITATION: {
      subject: '{{client_name}} pyytää sinua vahvistamaan henkilöllisyytesi',
      paragraphs: [
        'Hei,',
        '{{client_name}} pyytää sinua vahvistamaan henkilöllisyytesi. Se vie vain muutaman minuutin: avaa alla oleva linkki ja seuraa ohjeita.',
        '{{session_url}}',
        'Linkki toimii {{expires_at}} asti.',
        ignore,
      ],
    },
    REMINDER: {
      subject: 'Muistutus: {{client_name}} odottaa yhä, että vahvistat henkilöllisyytesi',
      paragraphs: [
        'Hei,',
        '{{client_name}} odottaa yhä, että vahvistat henkilöllisyytesi. Se vie vain muutaman minuutin, ja linkkisi toimii vielä.',
        '{{session_url}}',
        'Linkki vanhenee {{expires_at}}.',
        ignore,
      ],
    },
  },
  button: 'Vahvista henkilöllisyyteni',
  copyLink: 'Jos painike ei toimi, kopioi tämä osoite selaimeesi:',
  // ä and ö are in the GSM-7 alphabet, so these stay at 160 characters a segment.
  sms: {
    INVITATION: { text: '{{client_name}} pyytää sinua vahvistamaan henkilöllisyytesi: {{session_url}}\nLinkki toimii {{expires_at}} asti.' },
    REMINDER: { text: 'Muistutus: {{client_name}} odottaa, että vahvistat henkilöllisyytesi: {{session_url}}\nLinkki vanhenee {{expires_at}}.' },
  },
} satisfies TemplateTexts;
