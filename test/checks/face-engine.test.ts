/**
 * The face engine on real photos (face-api's demo pictures, shipped in node_modules) and images made from them:
 * the real models on the real WASM backend, as the checks worker runs them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { FACE_MATCH_THRESHOLDS, createFaceEngine, judgeFaceMatch, type DetectedFace, type FaceEngine } from '../../activities/checks/face';
import { DESCRIPTOR_LENGTH } from '../../activities/checks/face/face-similarity';
import { loadHumanRuntime } from '../../activities/checks/face/human-runtime';

const DEMO = path.join(__dirname, '..', '..', 'node_modules', '@vladmandic', 'face-api', 'demo');
const demoPhoto = (name: string) => readFile(path.join(DEMO, name));

/** A square cut around one face of a group photo, far enough from the others to show that face alone. */
async function faceOf(photo: string, centerX: number, centerY: number): Promise<Buffer> {
  const side = 640;
  return sharp(await demoPhoto(photo))
    .extract({ left: centerX - side / 2, top: centerY - side / 2, width: side, height: side })
    .resize(720)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The right-hand woman of sample1 and the left-hand woman of sample3: two different people. */
const selfieOfA = () => faceOf('sample1.jpg', 1560, 380);
const selfieOfB = () => faceOf('sample3.jpg', 696, 520);

/** A blank grey photo: no face anywhere. */
const blankPhoto = () => sharp({ create: { width: 1200, height: 900, channels: 3, background: '#8a8a8a' } }).png().toBuffer();

/** `image` scaled to `share` of the frame's height and placed off-centre on a plain 3000 × 2250 background. */
async function smallInFrame(image: Buffer, share: number): Promise<Buffer> {
  const side = Math.round(2250 * share);
  return sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#6d665c' } })
    .composite([{ input: await sharp(image).resize(side).toBuffer(), left: 1800, top: 675 }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * An ID-1 card (85.6 × 54 mm at 10 px/mm) with printed fields and person A's portrait (35:45, cut from the source
 * photo differently than the selfie), photographed on a table: turned 3°, the card half the frame's width.
 */
async function identityCardPhoto(): Promise<{ photo: Buffer; portraitArea: { x: number; y: number; width: number; height: number } }> {
  const portrait = await sharp(await demoPhoto('sample1.jpg'))
    .extract({ left: 1560 - 200, top: 330 - 240, width: 400, height: 514 })
    .resize(236, 303)
    .greyscale()
    .toBuffer();
  const fields = [150, 210, 270, 330, 390, 450]
    .map((y, i) => `<rect x="300" y="${y}" width="${420 - i * 30}" height="22" fill="#3d4a5c"/>`)
    .join('');
  const card = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540"><rect width="856" height="540" rx="30" fill="#e9e2cf"/>` +
        `<rect x="0" y="0" width="856" height="80" fill="#5b7fa6"/>${fields}</svg>`,
    ),
  )
    .composite([{ input: portrait, left: 30, top: 110 }])
    .png()
    .toBuffer();
  const cardWidth = 1500;
  const scale = cardWidth / 856;
  const turned = await sharp(card).resize(cardWidth).rotate(3, { background: '#4a3c30' }).toBuffer({ resolveWithObject: true });
  const left = 700;
  const top = 600;
  const photo = await sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#4a3c30' } })
    .composite([{ input: turned.data, left, top }])
    .jpeg({ quality: 85 })
    .toBuffer();
  // Generous: the card is turned, so the portrait moves by up to 3 % of the card's size.
  const portraitArea = { x: left + 30 * scale - 60, y: top + 110 * scale - 60, width: 236 * scale + 120, height: 303 * scale + 120 };
  return { photo, portraitArea };
}

function inside(face: DetectedFace, area: { x: number; y: number; width: number; height: number }): boolean {
  const centerX = face.box.x + face.box.width / 2;
  const centerY = face.box.y + face.box.height / 2;
  return centerX > area.x && centerX < area.x + area.width && centerY > area.y && centerY < area.y + area.height;
}

let engine: FaceEngine;
let faceA: DetectedFace;

beforeAll(async () => {
  engine = await createFaceEngine();
  [faceA] = (await engine.detect(await selfieOfA())) as [DetectedFace];
});

afterAll(() => engine.close());

describe('detect', () => {
  it('finds the one face of a single-face photo, measured', async () => {
    const faces = await engine.detect(await selfieOfA());
    expect(faces).toHaveLength(1);
    const [face] = faces as [DetectedFace];
    expect(face.score).toBeGreaterThan(0.5);
    // Human's 1024 numbers followed by face-api's 128.
    expect(face.embedding).toHaveLength(DESCRIPTOR_LENGTH);
    // The face fills about 40 % of the 720 px square, a little left of and above the centre.
    expect(face.box.x).toBeGreaterThan(180);
    expect(face.box.x + face.box.width).toBeLessThan(600);
    expect(face.sizeRatio).toBeCloseTo(face.box.height / 720, 5);
    expect(face.sizeRatio).toBeGreaterThan(0.3);
    expect(face.sizeRatio).toBeLessThan(0.5);
    expect(face.sharpness).toBeGreaterThan(100);
  });

  it('finds every face of a group photo', async () => {
    expect(await engine.detect(await demoPhoto('sample5.jpg'))).toHaveLength(5);
    expect(await engine.detect(await demoPhoto('sample6.jpg'))).toHaveLength(4);
  });

  it('finds nothing in a blank photo', async () => {
    expect(await engine.detect(await blankPhoto())).toEqual([]);
  });

  it('reports boxes in the upright photo when EXIF says it was taken sideways', async () => {
    const upright = await selfieOfA();
    // Pixels stored turned a quarter left, with the EXIF orientation (6) that turns them back on display.
    const sideways = await sharp(await sharp(upright).rotate(270).toBuffer())
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer();
    const [face, ...others] = await engine.detect(sideways);
    expect(others).toEqual([]);
    expect(Math.abs(face!.box.x - faceA.box.x)).toBeLessThan(15);
    expect(Math.abs(face!.box.y - faceA.box.y)).toBeLessThan(15);
    expect(engine.similarity(face!.embedding, faceA.embedding)).toBeGreaterThanOrEqual(FACE_MATCH_THRESHOLDS.match);
  });

  it('finds a portrait pasted small into a photographed identity card, and it matches the selfie', async () => {
    const { photo, portraitArea } = await identityCardPhoto();
    const faces = await engine.detect(photo);
    expect(faces).toHaveLength(1);
    const [portrait] = faces as [DetectedFace];
    expect(inside(portrait, portraitArea)).toBe(true);
    expect(portrait.sizeRatio).toBeLessThan(0.2);
    expect(judgeFaceMatch(engine.similarity(portrait.embedding, faceA.embedding), FACE_MATCH_THRESHOLDS)).toBe('FACE_MATCH');
  });

  it('looks again in regions when a face is too small for the first pass', async () => {
    const photo = await smallInFrame(await selfieOfA(), 0.12);
    expect(await engine.quickSelfieCheck(photo)).toEqual({ faces: 0, problem: 'NO_FACE_FOUND' });
    const faces = await engine.detect(photo);
    expect(faces).toHaveLength(1);
    expect(inside(faces[0]!, { x: 1800, y: 675, width: 270, height: 270 })).toBe(true);
  });
});

describe('similarity', () => {
  it('scores the same photo, mirrored, turned, darker, smaller and recompressed, as a match', async () => {
    const altered = await sharp(await selfieOfA())
      .flop()
      .rotate(6, { background: '#777777' })
      .modulate({ brightness: 0.7 })
      .resize(400)
      .jpeg({ quality: 40 })
      .toBuffer();
    const [face] = await engine.detect(altered);
    const similarity = engine.similarity(face!.embedding, faceA.embedding);
    expect(similarity).toBeGreaterThanOrEqual(FACE_MATCH_THRESHOLDS.match);
    expect(judgeFaceMatch(similarity, FACE_MATCH_THRESHOLDS)).toBe('FACE_MATCH');
  });

  it('scores two different people as a mismatch', async () => {
    const [faceB] = await engine.detect(await selfieOfB());
    const similarity = engine.similarity(faceB!.embedding, faceA.embedding);
    expect(similarity).toBeLessThan(FACE_MATCH_THRESHOLDS.mismatch);
    expect(judgeFaceMatch(similarity, FACE_MATCH_THRESHOLDS)).toBe('FACE_MISMATCH');
  });

  it('combines both models: each scores the same face close and the other person far', async () => {
    const [faceB] = await engine.detect(await selfieOfB());
    const mirrored = await sharp(await selfieOfA()).flop().jpeg({ quality: 80 }).toBuffer();
    const [faceA2] = await engine.detect(mirrored);
    const same = engine.similarityParts(faceA2!.embedding, faceA.embedding)!;
    const different = engine.similarityParts(faceB!.embedding, faceA.embedding)!;
    // face-api's own scale: same person well under its usual cut of 0.6, different people over it.
    expect(same.faceApiDistance).toBeLessThan(0.4);
    expect(different.faceApiDistance).toBeGreaterThan(0.6);
    expect(same.human).toBeGreaterThan(different.human);
    for (const parts of [same, different]) expect(parts.combined).toBeCloseTo((parts.human + 1 - parts.faceApiDistance) / 2, 10);
    expect(engine.similarity(faceA2!.embedding, faceA.embedding)).toBe(same.combined);
  });

  it('is 1 for the same descriptor and 0 when a descriptor is missing', () => {
    expect(engine.similarity(faceA.embedding, faceA.embedding)).toBe(1);
    expect(engine.similarity([], [])).toBe(0);
    expect(engine.similarity(faceA.embedding, [])).toBe(0);
    // Human's part alone (a descriptor from before face-api joined) is not a descriptor the engine compares.
    expect(engine.similarity(faceA.embedding.slice(0, 1024), faceA.embedding.slice(0, 1024))).toBe(0);
    expect(engine.similarityParts(faceA.embedding, [])).toBeNull();
  });
});

describe('quickSelfieCheck', () => {
  it('accepts one large, sharp face', async () => {
    expect(await engine.quickSelfieCheck(await selfieOfA())).toEqual({ faces: 1, problem: null });
  });

  it('asks for a face in a blank photo', async () => {
    expect(await engine.quickSelfieCheck(await blankPhoto())).toEqual({ faces: 0, problem: 'NO_FACE_FOUND' });
  });

  it('refuses a photo of several people', async () => {
    expect(await engine.quickSelfieCheck(await demoPhoto('sample5.jpg'))).toEqual({ faces: 5, problem: 'TOO_MANY_FACES' });
  });

  it('asks to come closer when the face is small in the frame', async () => {
    expect(await engine.quickSelfieCheck(await smallInFrame(await selfieOfA(), 0.2))).toEqual({ faces: 1, problem: 'FACE_TOO_SMALL' });
  });

  it('asks for a sharper photo when the face is blurred', async () => {
    const blurred = await sharp(await selfieOfA()).blur(6).jpeg().toBuffer();
    expect(await engine.quickSelfieCheck(blurred)).toEqual({ faces: 1, problem: 'FACE_TOO_BLURRY' });
  });
});

describe('crop', () => {
  it('cuts the face with margin as a JPEG a reviewer can read', async () => {
    const image = await selfieOfA();
    const crop = await engine.crop(image, faceA);
    const { format, width, height } = await sharp(crop).metadata();
    expect(format).toBe('jpeg');
    // 25 % margin on each side, cut where the photo ends.
    expect(width).toBeGreaterThan(faceA.box.width);
    expect(width).toBeLessThanOrEqual(Math.round(faceA.box.width * 1.5) + 1);
    expect(height).toBeGreaterThan(faceA.box.height);
    const [face, ...others] = await engine.detect(crop);
    expect(others).toEqual([]);
    expect(engine.similarity(face!.embedding, faceA.embedding)).toBeGreaterThanOrEqual(FACE_MATCH_THRESHOLDS.match);
  });
});

describe('resources', () => {
  it('frees every tensor it makes', async () => {
    const { tf } = await loadHumanRuntime();
    const images = [await selfieOfA(), await blankPhoto(), await demoPhoto('sample5.jpg'), (await identityCardPhoto()).photo];
    const before = tf.memory().numTensors;
    for (const image of images) await engine.detect(image);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives the same answers to concurrent calls as to one call at a time', async () => {
    const images = [await selfieOfA(), await selfieOfB(), await demoPhoto('sample6.jpg')];
    const oneByOne: DetectedFace[][] = [];
    for (const image of images) oneByOne.push(await engine.detect(image));
    const together = await Promise.all(images.map((image) => engine.detect(image)));
    expect(together).toEqual(oneByOne);
  });

  it('refuses work once closed, after finishing what was queued', async () => {
    const closing = await createFaceEngine({ concurrency: 1 });
    const queued = closing.detect(await selfieOfA());
    await closing.close();
    expect(await queued).toHaveLength(1);
    await expect(closing.detect(await selfieOfA())).rejects.toThrow('The face engine is closed');
  });
});
