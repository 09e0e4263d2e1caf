/**
 * Real test images, drawn as SVG, rasterised by sharp and roughened with seeded noise so they behave like photos
 * (texture, JPEG artefacts). `variant` changes colours, layout, text and noise: the same variant gives the same
 * bytes (duplicate detection), different variants give clearly different images (one per test session). Measured
 * over variants 0–15: any two of one kind are at least 14 bits apart in perceptual hash, two of different kinds at
 * least 18; re-encoding (JPEG 40–60, WebP) or resizing (80–110 %) one moves it by 1.6 bits on average, rarely
 * more than 6.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

interface RawImage {
  data: Buffer;
  width: number;
  height: number;
}

type Random = () => number;

/**
 * xorshift32: a tiny seeded generator, so every image is reproducible. Shifts and xors only: Math.imul (as in
 * mulberry32), like other Math calls, runs dozens of times slower inside Jest's sandbox, and the noise pass draws
 * millions of numbers.
 */
function seededRandom(seed: number): Random {
  let state = (seed ^ 0x9e3779b9) >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  // Neighbouring seeds start out correlated; a few rounds spread them apart.
  for (let round = 0; round < 16; round++) next();
  return next;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return Math.round(low + random() * (high - low));
}

function hsl(hue: number, saturation: number, lightness: number): string {
  return `hsl(${Math.round(hue) % 360}, ${saturation}%, ${lightness}%)`;
}

const FAMILY_NAMES = ['JONAITIS', 'KOWALSKA', 'MÜLLER', 'ROSSI', 'GARCÍA', 'OKONKWO', 'NAKAMURA', 'LINDQVIST', 'DUBOIS', 'PETROV'];
const GIVEN_NAMES = ['AISTĖ', 'TOMAS', 'MARIA', 'LUCA', 'SOFIA', 'CHIDI', 'YUKI', 'ERIK', 'CLAIRE', 'IVAN'];
const SANS = 'DejaVu Sans, Liberation Sans, sans-serif';
const MONO = 'DejaVu Sans Mono, Liberation Mono, monospace';

async function rasterise(svg: string): Promise<RawImage> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Sensor-like noise: mostly luminance, a little colour. */
function addNoise(image: RawImage, random: Random, amplitude: number): RawImage {
  const data = Buffer.from(image.data);
  for (let i = 0; i < data.length; i += 3) {
    const luminance = (random() + random() - 1) * amplitude;
    for (let c = 0; c < 3; c++) {
      const value = data[i + c]! + luminance + (random() - 0.5) * amplitude * 0.4;
      data[i + c] = value < 0 ? 0 : value > 255 ? 255 : value;
    }
  }
  return { ...image, data };
}

function fromRaw(image: RawImage): sharp.Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
}

/** Thin wavy lines across the card, like the guilloche print of real documents. */
function guilloche(random: Random, width: number, height: number, colour: string): string {
  const lines: string[] = [];
  const period = between(random, 90, 200);
  for (let row = 0; row < 14; row++) {
    const baseline = 40 + row * (height / 14);
    const amplitude = between(random, 8, 22);
    const phase = random() * Math.PI * 2;
    const points: string[] = [];
    for (let x = 0; x <= width; x += 12) points.push(`${x},${(baseline + amplitude * Math.sin((x / period) * Math.PI * 2 + phase)).toFixed(1)}`);
    lines.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.2" opacity="0.45"/>`);
  }
  return lines.join('');
}

/** Large translucent discs, like a card's printed hologram: they give each variant its own coarse light pattern. */
function rosettes(random: Random, width: number, height: number, hue: number): string {
  return Array.from({ length: 7 }, (_, index) => {
    const lightness = index % 2 === 0 ? 88 : 30;
    return `<circle cx="${between(random, 0, width)}" cy="${between(random, 0, height)}" r="${between(random, 110, 240)}" fill="${hsl(hue + random() * 120, 50, lightness)}" opacity="0.5"/>`;
  }).join('');
}

function portraitSketch(x: number, y: number, width: number, height: number, skin: string, hair: string, backdrop: string): string {
  const cx = x + width / 2;
  return [
    `<clipPath id="portrait"><rect x="${x}" y="${y}" width="${width}" height="${height}"/></clipPath>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${backdrop}"/>`,
    `<g clip-path="url(#portrait)">`,
    `<ellipse cx="${cx}" cy="${y + height * 0.98}" rx="${width * 0.48}" ry="${height * 0.28}" fill="#2d3440"/>`,
    `<ellipse cx="${cx}" cy="${y + height * 0.36}" rx="${width * 0.3}" ry="${height * 0.27}" fill="${hair}"/>`,
    `<ellipse cx="${cx}" cy="${y + height * 0.42}" rx="${width * 0.24}" ry="${height * 0.24}" fill="${skin}"/>`,
    `<circle cx="${cx - width * 0.09}" cy="${y + height * 0.39}" r="${width * 0.025}" fill="#1d1d1d"/>`,
    `<circle cx="${cx + width * 0.09}" cy="${y + height * 0.39}" r="${width * 0.025}" fill="#1d1d1d"/>`,
    `<path d="M ${cx - width * 0.08} ${y + height * 0.53} Q ${cx} ${y + height * 0.58} ${cx + width * 0.08} ${y + height * 0.53}" stroke="#7a2f2f" stroke-width="4" fill="none"/>`,
    `</g>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="#222" stroke-width="3"/>`,
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A card as a phone photographs it: a little turned, off-centre and filling most of the frame, on a table with a
 * soft shadow. The placement varies with the variant, which moves every edge the perceptual hash sees.
 */
function photographedCard(random: Random, card: string): string {
  const width = 1200;
  const height = 760;
  const table = hsl(random() * 360, 20, 25 + random() * 40);
  const grain = Array.from({ length: 10 }, () => `<rect y="${between(random, 0, height)}" width="${width}" height="${between(random, 4, 30)}" fill="#000" opacity="${(0.05 + random() * 0.1).toFixed(2)}"/>`).join('');
  const [cx, cy] = [width / 2, height / 2];
  const placement = `translate(${cx + between(random, -45, 45)} ${cy + between(random, -30, 30)}) rotate(${((random() - 0.5) * 8).toFixed(1)}) scale(${(0.86 + random() * 0.06).toFixed(3)}) translate(${-cx} ${-cy})`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><clipPath id="card-shape"><rect width="${width}" height="${height}" rx="44"/></clipPath></defs>
    <rect width="${width}" height="${height}" fill="${table}"/>
    ${grain}
    <g transform="${placement}">
      <rect x="14" y="18" width="${width}" height="${height}" rx="44" fill="#000" opacity="0.35"/>
      <g clip-path="url(#card-shape)">${card}</g>
    </g>
  </svg>`;
}

/** The printed face of an ID card, 1200×760, to be placed by photographedCard. */
function documentFrontCard(random: Random): string {
  const width = 1200;
  const height = 760;
  const hue = random() * 360;
  const angle = between(random, 0, 359);
  const photoOnLeft = random() < 0.5;
  const photoX = photoOnLeft ? 60 : 840;
  const textX = photoOnLeft ? 420 : 60;
  const family = pick(random, FAMILY_NAMES);
  const given = pick(random, GIVEN_NAMES);
  const fields: [string, string][] = [
    ['Surname / Pavardė', family],
    ['Given names / Vardai', given],
    ['Nationality', pick(random, ['LTU', 'POL', 'DEU', 'ITA', 'ESP', 'NGA', 'JPN', 'SWE', 'FRA', 'BGR'])],
    ['Date of birth', `${between(random, 10, 28)}.0${between(random, 1, 9)}.${between(random, 1950, 2005)}`],
    ['Document no.', `${between(random, 10, 99)}${String.fromCharCode(65 + between(random, 0, 25))}${between(random, 100000, 999999)}`],
    ['Date of expiry', `${between(random, 10, 28)}.1${between(random, 0, 2)}.${between(random, 2027, 2035)}`],
  ];
  const text = fields
    .map(([label, value], index) => {
      const y = 190 + index * 82;
      return `<text x="${textX}" y="${y}" font-family="${SANS}" font-size="20" fill="#3b3b3b">${escapeXml(label)}</text>
        <text x="${textX}" y="${y + 36}" font-family="${SANS}" font-size="34" font-weight="bold" fill="#111">${escapeXml(value)}</text>`;
    })
    .join('');
  return `<defs><linearGradient id="card" gradientTransform="rotate(${angle} 0.5 0.5)">
      <stop offset="0" stop-color="${hsl(hue, 45, 86)}"/><stop offset="1" stop-color="${hsl(hue + 140, 40, 62)}"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#card)"/>
    ${rosettes(random, width, height, hue)}
    ${guilloche(random, width, height, hsl(hue + 60, 50, 40))}
    <rect width="${width}" height="120" fill="${hsl(hue + 200, 60, 32)}"/>
    <text x="60" y="78" font-family="${SANS}" font-size="44" font-weight="bold" fill="#fff">REPUBLIC OF EXAMPLIA · IDENTITY CARD</text>
    ${portraitSketch(photoX, 170, 300, 380, hsl(25 + random() * 15, 45, 45 + random() * 30), hsl(random() * 40, 40, 12 + random() * 40), hsl(hue + 180, 20, 78))}
    ${text}
    <path d="M ${photoX + 20} 640 c 40 -60 70 50 110 -10 s 60 40 120 -20" stroke="#1b2a6b" stroke-width="4" fill="none"/>
    <rect y="${height - 60}" width="${width}" height="60" fill="${hsl(hue + 320, 55, 45)}"/>`;
}

function mrzLine(random: Random, length: number, prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<';
  let line = prefix;
  while (line.length < length) line += alphabet[Math.floor(random() * alphabet.length)];
  return line;
}

function documentBackCard(random: Random): string {
  const width = 1200;
  const height = 760;
  const hue = random() * 360;
  const bars = Array.from({ length: 70 }, (_, index) => {
    const barWidth = between(random, 2, 9);
    return `<rect x="${700 + index * 6.5}" y="60" width="${barWidth}" height="150" fill="#111"/>`;
  }).join('');
  const address = [`Address: ${between(random, 1, 180)} ${pick(random, ['Gedimino pr.', 'Main Street', 'Via Roma', 'Calle Mayor'])}`, `Place of birth: ${pick(random, ['VILNIUS', 'KRAKÓW', 'BERLIN', 'MILANO', 'SEVILLA'])}`, `Issued by: Migration Department`]
    .map((line, index) => `<text x="60" y="${290 + index * 52}" font-family="${SANS}" font-size="30" fill="#1a1a1a">${escapeXml(line)}</text>`)
    .join('');
  const mrz = [mrzLine(random, 30, 'IDXMP'), mrzLine(random, 30, `${between(random, 500101, 991231)}`), mrzLine(random, 30, `${pick(random, FAMILY_NAMES)}<<`)]
    .map((line, index) => `<text x="60" y="${585 + index * 58}" font-family="${MONO}" font-size="48" fill="#000">${escapeXml(line)}</text>`)
    .join('');
  return `<defs><linearGradient id="back" gradientTransform="rotate(${between(random, 0, 359)} 0.5 0.5)">
      <stop offset="0" stop-color="${hsl(hue, 35, 80)}"/><stop offset="1" stop-color="${hsl(hue + 90, 45, 58)}"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#back)"/>
    ${rosettes(random, width, height, hue)}
    ${guilloche(random, width, height, hsl(hue + 180, 50, 35))}
    <circle cx="${between(random, 200, 500)}" cy="140" r="90" fill="${hsl(hue + 30, 60, 45)}" opacity="0.8"/>
    ${bars}
    ${address}
    <rect x="30" y="530" width="${width - 60}" height="200" fill="#f4f1e8"/>
    ${mrz}`;
}

function selfieSvg(random: Random): string {
  const width = 800;
  const height = 1000;
  const hue = random() * 360;
  const blobs = Array.from({ length: 18 }, () => `<circle cx="${between(random, 0, width)}" cy="${between(random, 0, height)}" r="${between(random, 50, 200)}" fill="${hsl(hue + random() * 80, 35, 25 + random() * 55)}" opacity="0.5"/>`).join('');
  const skin = hsl(20 + random() * 20, 45, 40 + random() * 35);
  const hair = hsl(random() * 40, 45, 10 + random() * 45);
  const clothes = hsl(hue + 180, 45, 15 + random() * 55);
  // Where the person stands and how close: the coarse layout, so variants hash apart.
  const shift = between(random, -150, 150);
  const scale = (0.8 + random() * 0.3).toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="wall" gradientTransform="rotate(${between(random, 0, 359)} 0.5 0.5)">
      <stop offset="0" stop-color="${hsl(hue, 30, 75)}"/><stop offset="1" stop-color="${hsl(hue + 40, 35, 35)}"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#wall)"/>
    ${blobs}
    <g transform="translate(${400 + shift} 1000) scale(${scale}) translate(-400 -1000)">
      <ellipse cx="400" cy="1000" rx="360" ry="230" fill="${clothes}"/>
      <rect x="345" y="600" width="110" height="150" fill="${skin}"/>
      <ellipse cx="400" cy="380" rx="215" ry="250" fill="${hair}"/>
      <ellipse cx="400" cy="440" rx="170" ry="220" fill="${skin}"/>
      <ellipse cx="335" cy="400" rx="28" ry="16" fill="#fff"/><circle cx="335" cy="400" r="12" fill="#2b1a10"/>
      <ellipse cx="465" cy="400" rx="28" ry="16" fill="#fff"/><circle cx="465" cy="400" r="12" fill="#2b1a10"/>
      <path d="M 300 360 q 35 -22 70 0 M 430 360 q 35 -22 70 0" stroke="${hair}" stroke-width="9" fill="none"/>
      <path d="M 400 420 l -18 70 l 30 4" stroke="#6b3f2a" stroke-width="4" fill="none"/>
      <path d="M 340 560 q 60 ${between(random, 10, 40)} 120 0" stroke="#8a2c2c" stroke-width="8" fill="none"/>
    </g>
  </svg>`;
}

const NOISE = 14;

async function documentFrontRaw(variant: number): Promise<RawImage> {
  const random = seededRandom(1_000 + variant * 7_919);
  return addNoise(await rasterise(photographedCard(random, documentFrontCard(random))), random, NOISE);
}

async function documentBackRaw(variant: number): Promise<RawImage> {
  const random = seededRandom(3_000 + variant * 7_919);
  return addNoise(await rasterise(photographedCard(random, documentBackCard(random))), random, NOISE);
}

async function selfieRaw(variant: number): Promise<RawImage> {
  const random = seededRandom(2_000 + variant * 7_919);
  return addNoise(await rasterise(selfieSvg(random)), random, NOISE);
}

/** An ID card front photographed on a table, 1200×760: header band, portrait, labelled fields, signature, guilloche. */
export async function documentFrontJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await documentFrontRaw(variant)).jpeg({ quality: 88 }).toBuffer();
}

/** An ID card back photographed on a table, 1200×760: barcode, address lines and a three-line MRZ block. */
export async function documentBackJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await documentBackRaw(variant)).jpeg({ quality: 88 }).toBuffer();
}

export async function documentFrontWebp(variant = 0): Promise<Buffer> {
  return fromRaw(await documentFrontRaw(variant)).webp({ quality: 85, effort: 1 }).toBuffer();
}

/** A portrait, 800×1000: face, hair, shoulders, a blotchy wall behind. */
export async function selfieJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await selfieRaw(variant)).jpeg({ quality: 88 }).toBuffer();
}

export async function selfiePng(variant = 0): Promise<Buffer> {
  return fromRaw(await selfieRaw(variant)).png().toBuffer();
}

export const EXIF_CAMERA_MAKE = 'ExampleCam';

/**
 * An 800×500 JPEG stored sideways with EXIF Orientation 6 (displayed rotated 90° clockwise, so 500×800), a camera
 * make and model, GPS coordinates, a description, a Display P3 ICC profile and an XMP packet. The stored top-left
 * 100×100 corner is pure red: once oriented it is the top-right corner.
 */
export async function jpegWithExif(): Promise<Buffer> {
  const random = seededRandom(4_000);
  const base = addNoise(await rasterise(photographedCard(random, documentFrontCard(random))), random, NOISE);
  const red = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return fromRaw(base)
    .resize(800, 500, { fit: 'fill' })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: EXIF_CAMERA_MAKE, Model: 'Phone 12', ImageDescription: 'private comment' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '54/1 41/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '25/1 16/1 5678/100' },
    })
    // withExif leaves Orientation to sharp, which sets it from withMetadata.
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .toBuffer();
}

/** The document front blurred far beyond any usable photo (Gaussian sigma 10). */
export async function blurredJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await documentFrontRaw(variant)).blur(10).jpeg({ quality: 88 }).toBuffer();
}

export async function uniformGreyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 128, g: 128, b: 128 } } }).jpeg({ quality: 90 }).toBuffer();
}

/** The document front photographed in near darkness: every level scaled to 8 %. */
export async function darkJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await documentFrontRaw(variant)).linear(0.08, 0).jpeg({ quality: 88 }).toBuffer();
}

/** The document front washed out by glare: levels squeezed into 225..255. */
export async function brightJpeg(variant = 0): Promise<Buffer> {
  return fromRaw(await documentFrontRaw(variant)).linear(0.12, 225).jpeg({ quality: 88 }).toBuffer();
}

export async function tinyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 10, height: 10, channels: 3, background: '#3366aa' } }).jpeg().toBuffer();
}

/**
 * A decompression bomb: a PNG whose header declares 10,000×10,000 pixels (100 MP, 300 MB decoded) in about a
 * hundred bytes. Only the header is valid; the limit must refuse it before any pixel is decoded.
 */
export function pixelBombPng(): Buffer {
  return pngDeclaring(10_000);
}

/** A PNG whose header declares `side`×`side` pixels, with one row of data: past sharp's own limit at 16,384. */
export function pngDeclaring(side: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, standard compression and filtering, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + side * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid JPEG cut in half, as an interrupted upload leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await documentFrontJpeg();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A minimal, valid one-page PDF (xref offsets computed), as if renamed to .jpg. */
export function pdfRenamedAsJpeg(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** An empty ZIP archive: just the end-of-central-directory record. */
export function zipFile(): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
}

export function svgWithScript(): Buffer {
  return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>alert(1)</script><rect width="400" height="400" fill="red"/></svg>');
}

/** JPEG magic bytes followed by random data: too large before any decoding is attempted. */
export function hugeFile(bytes = 30 * 1024 * 1024): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
}

const TEST_FILES: [name: string, fileName: string, make: (variant: number) => Buffer | Promise<Buffer>][] = [
  ['documentFrontJpeg', 'document-front.jpg', documentFrontJpeg],
  ['documentBackJpeg', 'document-back.jpg', documentBackJpeg],
  ['documentFrontWebp', 'document-front.webp', documentFrontWebp],
  ['selfieJpeg', 'selfie.jpg', selfieJpeg],
  ['selfiePng', 'selfie.png', selfiePng],
  ['jpegWithExif', 'with-exif.jpg', jpegWithExif],
  ['blurredJpeg', 'blurred.jpg', blurredJpeg],
  ['uniformGreyJpeg', 'uniform-grey.jpg', uniformGreyJpeg],
  ['darkJpeg', 'dark.jpg', darkJpeg],
  ['brightJpeg', 'bright.jpg', brightJpeg],
  ['tinyJpeg', 'tiny.jpg', tinyJpeg],
  ['truncatedJpeg', 'truncated.jpg', truncatedJpeg],
  ['pixelBombPng', 'pixel-bomb.png', pixelBombPng],
  ['pdfRenamedAsJpeg', 'document.pdf.jpg', pdfRenamedAsJpeg],
  ['zipFile', 'archive.zip', zipFile],
  ['svgWithScript', 'script.svg', svgWithScript],
  ['hugeFile', 'huge.jpg', () => hugeFile()],
];

/** Writes every test file into `dir` (for browser uploads) and returns their paths by factory name. */
export async function writeTestImages(dir: string, variant = 0): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, fileName, make] of TEST_FILES) {
    paths[name] = join(dir, fileName);
    await writeFile(paths[name], await make(variant));
  }
  return paths;
}
