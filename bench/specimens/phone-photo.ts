/**
 * "Phone photo" variants of a rendered document, each changing one thing (so a failure names its cause), all
 * deterministic (seeded by the caller) and sent as JPEG like a phone's upload.
 */
import sharp from 'sharp';
import { warpOnto, type Point, type RawImage } from './perspective';
import { gaussian, seededRandom } from './seeded-random';

export const PHONE_VARIANTS = [
  'clean',
  'on-table',
  'rotated-3',
  'rotated-8',
  'blur-1',
  'blur-2',
  'noise',
  'glare',
  'low-light',
  'small-in-frame',
  'jpeg-40',
  'low-res',
] as const;

export type PhoneVariant = (typeof PHONE_VARIANTS)[number];

/** "Clean" is what a careful person sends: the scan itself or a straight, sharp photo on a table. */
export function variantGroup(variant: PhoneVariant): 'clean' | 'degraded' {
  return variant === 'clean' || variant === 'on-table' ? 'clean' : 'degraded';
}

const JPEG_QUALITY = 90;

interface Placement {
  frameWidth: number;
  frameHeight: number;
  /** Document width in the frame, in pixels. */
  documentWidth: number;
  angleDegrees: number;
  /** How much narrower the far (top) edge is than the near one: the phone held at a slant. */
  tilt: number;
  offset: Point;
}

async function raw(image: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

const encode = (image: RawImage, quality = JPEG_QUALITY) =>
  sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels as 3 } })
    .jpeg({ quality })
    .toBuffer();

function cornersOf(placement: Placement, aspect: number): Point[] {
  const { frameWidth, frameHeight, documentWidth: w, angleDegrees, tilt, offset } = placement;
  const h = w / aspect;
  const inset = (w * tilt) / 2;
  const flat: Point[] = [
    [-w / 2 + inset, -h / 2],
    [w / 2 - inset, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ];
  const angle = (angleDegrees * Math.PI) / 180;
  const [cx, cy] = [frameWidth / 2 + offset[0], frameHeight / 2 + offset[1]];
  return flat.map(([x, y]): Point => [cx + x * Math.cos(angle) - y * Math.sin(angle), cy + x * Math.sin(angle) + y * Math.cos(angle)]);
}

/** A table top: one of a few surface colours, mottled at low frequency, with a fine grain. */
async function tableTop(width: number, height: number, random: () => number): Promise<RawImage> {
  const surfaces: [number, number, number][] = [
    [150, 111, 74],
    [92, 96, 104],
    [196, 188, 172],
    [58, 76, 96],
  ];
  const base = surfaces[Math.floor(random() * surfaces.length)]!;
  const [coarseWidth, coarseHeight] = [Math.ceil(width / 40), Math.ceil(height / 40)];
  const coarse = Buffer.alloc(coarseWidth * coarseHeight * 3);
  for (let pixel = 0; pixel < coarseWidth * coarseHeight; pixel++) {
    const shade = (random() - 0.5) * 40;
    for (let channel = 0; channel < 3; channel++) coarse[pixel * 3 + channel] = Math.max(0, Math.min(255, base[channel]! + shade));
  }
  const { data, info } = await sharp(coarse, { raw: { width: coarseWidth, height: coarseHeight, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .blur(12)
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (let index = 0; index < data.length; index++) data[index] = Math.max(0, Math.min(255, data[index]! + (random() - 0.5) * 14));
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** A soft shadow under the document, as a lamp above the table casts it. */
async function withShadow(table: RawImage, corners: Point[]): Promise<RawImage> {
  const points = corners.map(([x, y]) => `${(x + 10).toFixed(1)},${(y + 14).toFixed(1)}`).join(' ');
  const shadow = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${table.width}" height="${table.height}"><polygon points="${points}" fill="#000" fill-opacity="0.45"/></svg>`,
  );
  const blurred = await sharp(shadow).blur(12).png().toBuffer();
  const { data, info } = await sharp(table.data, { raw: { width: table.width, height: table.height, channels: 3 } })
    .composite([{ input: blurred }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

async function onTable(document: Buffer, placement: Placement, random: () => number): Promise<Buffer> {
  const source = await raw(document);
  const corners = cornersOf(placement, source.width / source.height);
  const frame = await withShadow(await tableTop(placement.frameWidth, placement.frameHeight, random), corners);
  warpOnto(frame, source, corners);
  return encode(frame);
}

/** A 4:3 frame `margin` times as wide as the document. */
function frameAround(width: number, margin: number): Pick<Placement, 'frameWidth' | 'frameHeight' | 'documentWidth'> {
  const frameWidth = Math.round(width * margin);
  return { frameWidth, frameHeight: Math.round((frameWidth * 3) / 4), documentWidth: width };
}

async function withNoise(document: Buffer, sigma: number, random: () => number, adjust?: (image: sharp.Sharp) => sharp.Sharp) {
  const source = await raw(adjust ? await adjust(sharp(document)).png().toBuffer() : document);
  for (let index = 0; index < source.data.length; index++) {
    source.data[index] = Math.max(0, Math.min(255, Math.round(source.data[index]! + gaussian(random) * sigma)));
  }
  return encode(source);
}

/** A bright, soft ellipse over the upper right of the card: it may reach the MRZ's end, never the whole MRZ. */
async function withGlare(document: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(document).metadata();
  const glare = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      '<defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0.95"/>' +
      '<stop offset="0.45" stop-color="#fff" stop-opacity="0.7"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>' +
      `<ellipse cx="${width * 0.68}" cy="${height * 0.5}" rx="${width * 0.24}" ry="${height * 0.3}" fill="url(#g)"/></svg>`,
  );
  return sharp(document).composite([{ input: glare }]).jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

/** `document` (PNG or JPEG) as a phone would send it in `variant`; `seed` fixes every random choice. */
export async function phonePhoto(document: Buffer, variant: PhoneVariant, seed: string): Promise<Buffer> {
  const random = seededRandom(`${seed}:${variant}`);
  const sign = random() < 0.5 ? -1 : 1;
  const { width = 0 } = await sharp(document).metadata();
  switch (variant) {
    case 'clean':
      return sharp(document).jpeg({ quality: 92 }).toBuffer();
    case 'on-table':
      return onTable(document, { ...frameAround(width, 1.3), angleDegrees: sign * 1.5, tilt: 0.05, offset: [sign * 12, -10] }, random);
    case 'rotated-3':
      return onTable(document, { ...frameAround(width, 1.35), angleDegrees: sign * 3, tilt: 0, offset: [0, 0] }, random);
    case 'rotated-8':
      return onTable(document, { ...frameAround(width, 1.35), angleDegrees: sign * 8, tilt: 0, offset: [0, 0] }, random);
    case 'small-in-frame':
      return onTable(
        document,
        { frameWidth: 3000, frameHeight: 2250, documentWidth: 1050, angleDegrees: sign, tilt: 0.02, offset: [(random() - 0.5) * 600, (random() - 0.5) * 400] },
        random,
      );
    case 'blur-1':
      return sharp(document).blur(1).jpeg({ quality: JPEG_QUALITY }).toBuffer();
    case 'blur-2':
      return sharp(document).blur(2).jpeg({ quality: JPEG_QUALITY }).toBuffer();
    case 'noise':
      return withNoise(document, 14, random);
    case 'glare':
      return withGlare(document);
    case 'low-light':
      // Darker and flatter; a dim scene also brings sensor noise.
      return withNoise(document, 4, random, (image) => image.linear(0.45, 14));
    case 'jpeg-40':
      return sharp(document).jpeg({ quality: 40 }).toBuffer();
    case 'low-res':
      return sharp(document).resize(Math.round(width * 0.4)).jpeg({ quality: JPEG_QUALITY }).toBuffer();
  }
}
