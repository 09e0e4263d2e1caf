/**
 * Draws the specimen documents with sharp (librsvg) at 10 px per mm: a TD3 passport photo page (125 × 88 mm), a
 * TD1 card's front and back (85.6 × 54 mm, MRZ of 3 × 30 on the back) and a TD2 card (105 × 74 mm, MRZ of 2 × 36 on
 * the front). The visual zone has labelled fields over a pale guilloche, the portrait pasted in, a signature; the
 * MRZ sits at ICAO's 10 characters per inch in OCR-B (or a monospace font where OCR-B is missing, see fonts.ts).
 * There is no ghost image, so a document shows exactly one face.
 */
import sharp from 'sharp';
import { mrzFont } from './fonts';
import { seededRandom } from './seeded-random';
import type { SpecimenDocument, VisualZone } from './types';

const MRZ_PITCH = 25.4;
const TEXT_FONT = 'DejaVu Sans';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

interface Slot {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Page {
  width: number;
  height: number;
  svg: string;
  portrait?: Slot;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function printedDate(isoDate: string, style: VisualZone['dateStyle']): string {
  const [year, month, day] = isoDate.split('-');
  return style === 'dotted' ? `${day}.${month}.${year}` : `${day} ${MONTHS[Number(month) - 1]} ${year}`;
}

function field(label: string, value: string, x: number, y: number, size: number): string {
  return (
    `<text x="${x}" y="${y}" font-family="${TEXT_FONT}" font-size="${Math.round(size * 0.6)}" fill="#44557a">${escapeXml(label)}</text>` +
    `<text x="${x}" y="${y + size * 1.15}" font-family="${TEXT_FONT}" font-size="${size}" font-weight="bold" fill="#15151a">${escapeXml(value)}</text>`
  );
}

/** Each character placed on the 2.54 mm grid itself, so the pitch is ICAO's whatever the font's advance. */
function mrzText(lines: string[], left: number, firstBaseline: number, lineGap: number, size: number): string {
  const { family } = mrzFont();
  return lines
    .flatMap((line, row) =>
      [...line].map(
        (char, column) =>
          `<text x="${(left + column * MRZ_PITCH).toFixed(1)}" y="${firstBaseline + row * lineGap}" font-family="${family}" font-size="${size}" fill="#111">${escapeXml(char)}</text>`,
      ),
    )
    .join('');
}

/** Pale security print: wave bundles across the page and a rosette, in the document's own hue. */
function guilloche(width: number, height: number, seed: string, hue: number): string {
  const random = seededRandom(seed);
  const waves: string[] = [];
  for (let index = 0; index < 36; index++) {
    const base = (index / 36) * height;
    const amplitude = 12 + random() * 22;
    const wavelength = 140 + random() * 160;
    const phase = random() * Math.PI * 2;
    const points: string[] = [];
    for (let x = 0; x <= width; x += 8) points.push(`${x},${(base + amplitude * Math.sin((2 * Math.PI * x) / wavelength + phase)).toFixed(1)}`);
    waves.push(`<polyline points="${points.join(' ')}" fill="none" stroke="hsl(${hue},45%,72%)" stroke-width="1.1" opacity="0.55"/>`);
  }
  const cx = width * 0.62;
  const cy = height * 0.45;
  const radius = Math.min(width, height) * 0.3;
  const rosette: string[] = [];
  for (let step = 0; step <= 1440; step++) {
    const t = (step / 1440) * Math.PI * 2;
    const r = radius * (0.72 + 0.28 * Math.cos(17 * t));
    rosette.push(`${(cx + r * Math.cos(t)).toFixed(1)},${(cy + r * Math.sin(t)).toFixed(1)}`);
  }
  return (
    `<rect width="${width}" height="${height}" fill="hsl(${hue},40%,94%)"/>` +
    waves.join('') +
    `<polyline points="${rosette.join(' ')}" fill="none" stroke="hsl(${(hue + 40) % 360},40%,70%)" stroke-width="1" opacity="0.6"/>`
  );
}

function signature(x: number, y: number, seed: string): string {
  const random = seededRandom(`${seed}:signature`);
  let path = `M${x},${y}`;
  for (let stroke = 0; stroke < 6; stroke++) {
    const dx = 25 + random() * 30;
    path += ` q${(dx / 2).toFixed(1)},${(-30 + random() * 60).toFixed(1)} ${dx.toFixed(1)},${(-10 + random() * 20).toFixed(1)}`;
  }
  return `<path d="${path}" fill="none" stroke="#1c2a6b" stroke-width="2.2"/>`;
}

function hueOf(seed: string): number {
  return Math.floor(seededRandom(`${seed}:hue`)() * 360);
}

function svgPage(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
}

function documentTitle(document: SpecimenDocument): string {
  switch (document.truth.documentType) {
    case 'PASSPORT':
      return 'PASSPORT / PASSEPORT';
    case 'ID_CARD':
      return 'IDENTITY CARD / CARTE D’IDENTITÉ';
    case 'RESIDENCE_PERMIT':
      return 'RESIDENCE PERMIT / TITRE DE SÉJOUR';
  }
}

function td3Page(document: SpecimenDocument): Page {
  const { truth, visual, id } = document;
  const [width, height] = [1250, 880];
  const date = (iso: string) => printedDate(iso, visual.dateStyle);
  const size = 27;
  const body =
    guilloche(width, height, id, hueOf(id)) +
    `<rect x="0" y="745" width="${width}" height="${height - 745}" fill="#ffffff" opacity="0.72"/>` +
    `<text x="60" y="58" font-family="${TEXT_FONT}" font-size="30" font-weight="bold" fill="#1f2d4f">${escapeXml(visual.issuerName)}</text>` +
    `<text x="60" y="98" font-family="${TEXT_FONT}" font-size="22" fill="#1f2d4f">${documentTitle(document)}</text>` +
    field('Type', truth.documentCode, 430, 150, size) +
    field('Code', truth.issuingCountry, 600, 150, size) +
    field('Passport No.', truth.documentNumber, 860, 150, size) +
    field('Surname', visual.surname, 430, 235, size) +
    field('Given names', visual.givenNames, 430, 320, size) +
    field('Nationality', visual.nationalityName, 430, 405, size) +
    field('Date of birth', date(truth.dateOfBirth), 430, 490, size) +
    field('Sex', truth.sex, 720, 490, size) +
    field('Place of birth', visual.placeOfBirth, 840, 490, size) +
    field('Date of issue', date(visual.dateOfIssue), 430, 575, size) +
    field('Authority', visual.authority, 720, 575, size) +
    field('Date of expiry', date(truth.dateOfExpiry), 430, 660, size) +
    `<text x="720" y="660" font-family="${TEXT_FONT}" font-size="16" fill="#44557a">Signature</text>` +
    signature(730, 700, id) +
    mrzText(truth.mrzLines, 66, 795, 58, 34);
  return { width, height, svg: svgPage(width, height, body), portrait: { left: 60, top: 180, width: 330, height: 424 } };
}

function td1FrontPage(document: SpecimenDocument): Page {
  const { truth, visual, id } = document;
  const [width, height] = [856, 540];
  const date = (iso: string) => printedDate(iso, visual.dateStyle);
  const size = 22;
  const body =
    guilloche(width, height, id, hueOf(id)) +
    `<text x="30" y="42" font-family="${TEXT_FONT}" font-size="24" font-weight="bold" fill="#1f2d4f">${escapeXml(visual.issuerName)}</text>` +
    `<text x="30" y="74" font-family="${TEXT_FONT}" font-size="17" fill="#1f2d4f">${documentTitle(document)}</text>` +
    field('Surname', visual.surname, 290, 118, size) +
    field('Given names', visual.givenNames, 290, 190, size) +
    field('Sex', truth.sex, 290, 262, size) +
    field('Nationality', visual.nationalityName, 380, 262, size) +
    field('Date of birth', date(truth.dateOfBirth), 600, 262, size) +
    field('Document no.', truth.documentNumber, 290, 334, size) +
    field('Date of expiry', date(truth.dateOfExpiry), 560, 334, size) +
    `<text x="290" y="420" font-family="${TEXT_FONT}" font-size="14" fill="#44557a">Signature</text>` +
    signature(300, 470, id);
  return { width, height, svg: svgPage(width, height, body), portrait: { left: 30, top: 110, width: 236, height: 303 } };
}

function td1BackPage(document: SpecimenDocument): Page {
  const { truth, visual, id } = document;
  const [width, height] = [856, 540];
  const date = (iso: string) => printedDate(iso, visual.dateStyle);
  const size = 21;
  const personal = truth.personalNumber ? field('Personal No.', truth.personalNumber, 500, 110, size) : '';
  const body =
    guilloche(width, height, `${id}:back`, hueOf(id)) +
    `<rect x="0" y="340" width="${width}" height="${height - 340}" fill="#ffffff" opacity="0.72"/>` +
    field('Place of birth', visual.placeOfBirth, 40, 40, size) +
    field('Date of issue', date(visual.dateOfIssue), 500, 40, size) +
    field('Authority', visual.authority, 40, 110, size) +
    personal +
    field('Nationality', visual.nationalityName, 40, 180, size) +
    mrzText(truth.mrzLines, 47, 400, 56, 33);
  return { width, height, svg: svgPage(width, height, body) };
}

function td2Page(document: SpecimenDocument): Page {
  const { truth, visual, id } = document;
  const [width, height] = [1050, 740];
  const date = (iso: string) => printedDate(iso, visual.dateStyle);
  const size = 25;
  const body =
    guilloche(width, height, id, hueOf(id)) +
    `<rect x="0" y="590" width="${width}" height="${height - 590}" fill="#ffffff" opacity="0.72"/>` +
    `<text x="40" y="48" font-family="${TEXT_FONT}" font-size="27" font-weight="bold" fill="#1f2d4f">${escapeXml(visual.issuerName)}</text>` +
    `<text x="40" y="84" font-family="${TEXT_FONT}" font-size="19" fill="#1f2d4f">${documentTitle(document)}</text>` +
    field('Surname', visual.surname, 350, 125, size) +
    field('Given names', visual.givenNames, 350, 200, size) +
    field('Nationality', visual.nationalityName, 350, 275, size) +
    field('Sex', truth.sex, 640, 275, size) +
    field('Date of birth', date(truth.dateOfBirth), 350, 350, size) +
    field('Document no.', truth.documentNumber, 640, 350, size) +
    field('Date of expiry', date(truth.dateOfExpiry), 350, 425, size) +
    field('Authority', visual.authority, 640, 425, size) +
    signature(360, 540, id) +
    mrzText(truth.mrzLines, 68, 640, 58, 34);
  return { width, height, svg: svgPage(width, height, body), portrait: { left: 40, top: 120, width: 280, height: 360 } };
}

async function renderPage(page: Page, portrait: Buffer): Promise<Buffer> {
  const layers: sharp.OverlayOptions[] = [];
  if (page.portrait) {
    const { left, top, width, height } = page.portrait;
    const fitted = await sharp(portrait).resize(width, height, { fit: 'cover' }).toBuffer();
    layers.push({ input: fitted, left, top });
  }
  return sharp(Buffer.from(page.svg)).composite(layers).flatten({ background: '#ffffff' }).png().toBuffer();
}

/** The document's images as a scanner would give them (PNG): the photo page, or front and back. */
export async function renderDocument(document: SpecimenDocument, portrait: Buffer): Promise<Buffer[]> {
  switch (document.truth.format) {
    case 'TD3':
      return [await renderPage(td3Page(document), portrait)];
    case 'TD2':
      return [await renderPage(td2Page(document), portrait)];
    case 'TD1':
      return [await renderPage(td1FrontPage(document), portrait), await renderPage(td1BackPage(document), portrait)];
  }
}
