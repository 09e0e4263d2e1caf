/**
 * Face images available offline, and the portrait/selfie pairs cut from them.
 *
 * Sources (both inside node_modules, nothing downloaded):
 * - `@vladmandic/face-api/demo/sample1.jpg … sample6.jpg`: six group photos, 22 women in all, each face at a fixed
 *   box below (found by eye). The profile face of sample2 (left) is left out.
 * - `@vladmandic/human/assets/screenshot-facematch.jpg`: a grid of 6 × 18 small face crops (106 px cells; Human's
 *   score printed over the top and the age/gender over the bottom of each cell are blurred away here). Row 0 and the first cell of
 *   row 1 show mostly one man in many different photos ("man A"); two cells of row 2 show one younger man
 *   ("man C"); other men of the grid serve as different people.
 *
 * Limits, stated wherever figures are printed: few identities (21 women, 2 men with several photos, 12 other men);
 * identities were judged by eye, not labelled by the photos' authors; the 21 women's same-person pairs are one
 * photo altered (crop, scale, light, rotation, mirror, JPEG), which is easier than two photos taken years apart;
 * only man A and man C give same-person pairs from truly different photos, and those are small, old crops. Two
 * women of different group photos could in principle be the same person; none looked alike.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import type { FaceId } from './types';

interface PhotoFace {
  id: string;
  file: string;
  /** Centre of the face and its approximate width, in the photo's pixels. */
  center: [number, number];
  size: number;
}

const FACE_API_DEMO = path.join(PROJECT_ROOT, 'node_modules', '@vladmandic', 'face-api', 'demo');
const FACEMATCH_SCREENSHOT = path.join(PROJECT_ROOT, 'node_modules', '@vladmandic', 'human', 'assets', 'screenshot-facematch.jpg');

/** Faces of the face-api sample photos, left to right in each photo. */
const PHOTO_FACES: PhotoFace[] = [
  { id: 'sample1-1', file: 'sample1.jpg', center: [486, 486], size: 170 },
  { id: 'sample1-2', file: 'sample1.jpg', center: [932, 546], size: 190 },
  { id: 'sample1-3', file: 'sample1.jpg', center: [1560, 316], size: 200 },
  { id: 'sample2-2', file: 'sample2.jpg', center: [984, 380], size: 190 },
  { id: 'sample2-3', file: 'sample2.jpg', center: [1608, 294], size: 190 },
  { id: 'sample3-1', file: 'sample3.jpg', center: [696, 480], size: 200 },
  { id: 'sample3-2', file: 'sample3.jpg', center: [1190, 360], size: 190 },
  { id: 'sample3-3', file: 'sample3.jpg', center: [1576, 388], size: 190 },
  { id: 'sample4-1', file: 'sample4.jpg', center: [390, 348], size: 180 },
  { id: 'sample4-2', file: 'sample4.jpg', center: [774, 248], size: 190 },
  { id: 'sample4-3', file: 'sample4.jpg', center: [1104, 350], size: 180 },
  { id: 'sample4-4', file: 'sample4.jpg', center: [1360, 320], size: 180 },
  { id: 'sample5-1', file: 'sample5.jpg', center: [502, 1024], size: 200 },
  { id: 'sample5-2', file: 'sample5.jpg', center: [740, 598], size: 170 },
  { id: 'sample5-3', file: 'sample5.jpg', center: [894, 200], size: 170 },
  { id: 'sample5-4', file: 'sample5.jpg', center: [1202, 332], size: 180 },
  { id: 'sample5-5', file: 'sample5.jpg', center: [1524, 540], size: 200 },
  { id: 'sample6-1', file: 'sample6.jpg', center: [360, 640], size: 200 },
  { id: 'sample6-2', file: 'sample6.jpg', center: [768, 492], size: 190 },
  { id: 'sample6-3', file: 'sample6.jpg', center: [1234, 544], size: 190 },
  { id: 'sample6-4', file: 'sample6.jpg', center: [1626, 416], size: 200 },
];

type Cell = [row: number, column: number];

/** Top of each grid row in the facematch screenshot (found from its black separators); columns are 1920/18 px. */
const GRID_ROW_TOPS = [283, 395, 508, 620, 733, 845];
const GRID_CELL = 106;
const GRID_COLUMN_PITCH = 1920 / 18;

const MAN_A: Cell[] = [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 12], [0, 16], [1, 0]];
const MAN_C: Cell[] = [[2, 5], [2, 6]];
/** Men of the grid clearly not man A (cells where that was doubtful are left out of every pair). */
const OTHER_MEN: Cell[] = [[1, 4], [1, 5], [1, 15], [2, 0], [2, 12], [3, 1], [3, 4], [3, 15], [4, 8], [4, 12], [5, 5], [5, 6]];

/** Document faces that are not one of the photo faces: a portrait from one photo, the selfie from another. */
const CELL_FACES: Record<string, { portrait: Cell; selfie: Cell }> = {
  'man-a': { portrait: [0, 2], selfie: [0, 5] },
};

const files = new Map<string, Promise<Buffer>>();
const readOnce = (file: string) => {
  if (!files.has(file)) files.set(file, readFile(file));
  return files.get(file)!;
};

const images = new Map<string, Promise<Buffer>>();
/** Each derived image is made once per process: pairs reuse the same buffers. */
function memo(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  if (!images.has(key)) images.set(key, make());
  return images.get(key)!;
}

/** A crop of `width` × `height` around (cx, cy), moved (and if need be shrunk) to stay inside the photo. */
function clampedBox(photo: { width: number; height: number }, cx: number, cy: number, width: number, height: number) {
  const scale = Math.min(1, photo.width / width, photo.height / height);
  const w = Math.floor(width * scale);
  const h = Math.floor(height * scale);
  const left = Math.round(Math.min(Math.max(cx - w / 2, 0), photo.width - w));
  const top = Math.round(Math.min(Math.max(cy - h / 2, 0), photo.height - h));
  return { left, top, width: w, height: h };
}

const PORTRAIT_SIZE = { width: 350, height: 450 };

/** A passport-style portrait: 35:45, head and shoulders, face slightly above the middle. */
function photoPortrait(face: PhotoFace): Promise<Buffer> {
  return memo(`portrait:${face.id}`, async () => {
    const photo = await readOnce(path.join(FACE_API_DEMO, face.file));
    const { width = 0, height = 0 } = await sharp(photo).metadata();
    const w = face.size * 2;
    const h = (w * 45) / 35;
    const box = clampedBox({ width, height }, face.center[0], face.center[1] + h * 0.05, w, h);
    return sharp(photo).extract(box).resize(PORTRAIT_SIZE).jpeg({ quality: 92 }).toBuffer();
  });
}

/**
 * The same face as a phone selfie: another, off-centre crop, turned 4°, mirrored (front cameras), brighter and
 * less saturated, 720 px, JPEG 78.
 */
function photoSelfie(face: PhotoFace): Promise<Buffer> {
  return memo(`selfie:${face.id}`, async () => {
    const photo = await readOnce(path.join(FACE_API_DEMO, face.file));
    const { width = 0, height = 0 } = await sharp(photo).metadata();
    // Tight enough that no neighbour of the group photo shares the selfie (the flow refuses a second face).
    const side = face.size * 2.4;
    const box = clampedBox({ width, height }, face.center[0] + face.size * 0.1, face.center[1] + face.size * 0.15, side, side);
    const turned = await sharp(photo).extract(box).rotate(-4, { background: '#808080' }).toBuffer({ resolveWithObject: true });
    const inner = Math.floor(Math.min(box.width, box.height) * 0.92);
    return sharp(turned.data)
      .extract({ left: Math.floor((turned.info.width - inner) / 2), top: Math.floor((turned.info.height - inner) / 2), width: inner, height: inner })
      .flop()
      .modulate({ brightness: 1.12, saturation: 0.9 })
      .resize(720, 720)
      .jpeg({ quality: 78 })
      .toBuffer();
  });
}

function cellBox([row, column]: Cell) {
  return { left: Math.round(column * GRID_COLUMN_PITCH), top: GRID_ROW_TOPS[row]!, width: GRID_CELL, height: GRID_CELL };
}

/** Rows of each grid cell that carry Human's printed score (top) and age/gender (bottom). */
const CELL_TEXT_ROWS = [
  { top: 0, height: 19 },
  { top: 87, height: GRID_CELL - 87 },
];

/** A grid cell with its printed text hidden under a heavily blurred copy of the same rows (hair, collar). */
function cleanCell(cell: Cell): Promise<Buffer> {
  return memo(`clean-cell:r${cell[0]}c${cell[1]}`, async () => {
    const screenshot = await readOnce(FACEMATCH_SCREENSHOT);
    const crop = await sharp(screenshot).extract(cellBox(cell)).png().toBuffer();
    const blurred = await sharp(crop).blur(6).png().toBuffer();
    const patches = await Promise.all(
      CELL_TEXT_ROWS.map(async ({ top, height }) => ({
        input: await sharp(blurred).extract({ left: 0, top, width: GRID_CELL, height }).toBuffer(),
        left: 0,
        top,
      })),
    );
    return sharp(crop).composite(patches).png().toBuffer();
  });
}

/** A grid cell as a face image: framed in black like the screenshot, scaled 3× so detectors see a usual size. */
function cellImage(cell: Cell): Promise<Buffer> {
  return memo(`cell:r${cell[0]}c${cell[1]}`, async () => {
    const border = Math.round(GRID_CELL * 0.2);
    const framed = await sharp(await cleanCell(cell))
      .extend({ top: border, bottom: border, left: border, right: border, background: '#000000' })
      .toBuffer();
    return sharp(framed).resize((GRID_CELL + 2 * border) * 3).jpeg({ quality: 92 }).toBuffer();
  });
}

/** A grid cell as a document portrait: its middle at 35:45, scaled up to the portrait size (soft, like a reprint). */
function cellPortrait(cell: Cell): Promise<Buffer> {
  return memo(`cell-portrait:r${cell[0]}c${cell[1]}`, async () => {
    const width = Math.round((GRID_CELL * 35) / 45);
    return sharp(await cleanCell(cell))
      .extract({ left: Math.round((GRID_CELL - width) / 2), top: 0, width, height: GRID_CELL })
      .resize(PORTRAIT_SIZE)
      .jpeg({ quality: 92 })
      .toBuffer();
  });
}

export interface DocumentFace {
  /** The portrait printed on the document. */
  portrait: Buffer;
  /** A selfie of the same person. */
  selfie: Buffer;
  origin: string;
}

/** The portrait and a selfie of one of the specimen documents' faces. */
export async function documentFace(id: FaceId): Promise<DocumentFace> {
  const cells = CELL_FACES[id];
  if (cells) {
    const [portrait, selfie] = await Promise.all([cellPortrait(cells.portrait), cellImage(cells.selfie)]);
    return { portrait, selfie, origin: 'two different photos of man A (Human facematch screenshot)' };
  }
  const face = PHOTO_FACES.find((candidate) => candidate.id === id);
  if (!face) throw new Error(`No face ${id} in the specimen faces`);
  const [portrait, selfie] = await Promise.all([photoPortrait(face), photoSelfie(face)]);
  return { portrait, selfie, origin: `one photo altered (face-api ${face.file})` };
}

export type PairOrigin =
  | 'same-photo-altered'
  | 'different-photos'
  | 'one-photo-different-people'
  | 'different-photos-different-people';

/** Which source a pair comes from: full-size photos of face-api, or the small crops of Human's screenshot. */
export type PairSet = 'face-api-photos' | 'facematch-crops';

export interface FacePair {
  id: string;
  set: PairSet;
  a: Buffer;
  b: Buffer;
  /** Names of the two images, stable across runs (for caching embeddings and naming failures). */
  aImage: string;
  bImage: string;
  origin: PairOrigin;
}

const cellName = ([row, column]: Cell) => `facematch-r${row}c${column}`;

function allPairsOf<T>(items: T[]): [T, T][] {
  return items.flatMap((first, index) => items.slice(index + 1).map((second): [T, T] => [first, second]));
}

/**
 * Same-person pairs: each photo face's portrait against its altered selfie (21), every two photos of man A (78),
 * the two photos of man C (1). Different-person pairs: each photo face's portrait against every other face's
 * selfie once (210), each photo of man A against each other man of the grid (13 × 13 with man C).
 */
export async function facePairs(): Promise<{ same: FacePair[]; different: FacePair[] }> {
  const same: FacePair[] = [];
  const different: FacePair[] = [];
  for (const face of PHOTO_FACES) {
    same.push({
      id: `${face.id}~selfie`,
      set: 'face-api-photos',
      a: await photoPortrait(face),
      b: await photoSelfie(face),
      aImage: `portrait:${face.id}`,
      bImage: `selfie:${face.id}`,
      origin: 'same-photo-altered',
    });
  }
  for (const [first, second] of [...allPairsOf(MAN_A), [MAN_C[0]!, MAN_C[1]!] as [Cell, Cell]]) {
    same.push({
      id: `${cellName(first)}~${cellName(second)}`,
      set: 'facematch-crops',
      a: await cellImage(first),
      b: await cellImage(second),
      aImage: cellName(first),
      bImage: cellName(second),
      origin: 'different-photos',
    });
  }
  for (const [first, second] of allPairsOf(PHOTO_FACES)) {
    different.push({
      id: `${first.id}~${second.id}`,
      set: 'face-api-photos',
      a: await photoPortrait(first),
      b: await photoSelfie(second),
      aImage: `portrait:${first.id}`,
      bImage: `selfie:${second.id}`,
      origin: first.file === second.file ? 'one-photo-different-people' : 'different-photos-different-people',
    });
  }
  for (const manA of MAN_A) {
    for (const other of [...OTHER_MEN, MAN_C[0]!]) {
      different.push({
        id: `${cellName(manA)}~${cellName(other)}`,
        set: 'facematch-crops',
        a: await cellImage(manA),
        b: await cellImage(other),
        aImage: cellName(manA),
        bImage: cellName(other),
        origin: 'different-photos-different-people',
      });
    }
  }
  return { same, different };
}

/** One line naming the face evaluation set, for every printed figure. */
export const FACE_SET_ORIGIN =
  "face-api's 6 demo photos (21 women; same-person pairs are one photo altered) and Human's facematch screenshot " +
  '(man A in 13 photos, man C in 2, 12 other men; 106 px crops); identities judged by eye';

/** A photo with no document and no face: the staircase railing of face-api's sample5. */
export function staircasePhoto(): Promise<Buffer> {
  return memo('staircase', async () => {
    const photo = await readOnce(path.join(FACE_API_DEMO, 'sample5.jpg'));
    return sharp(photo).extract({ left: 0, top: 0, width: 440, height: 660 }).resize(960).jpeg({ quality: 88 }).toBuffer();
  });
}
