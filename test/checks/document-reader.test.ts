/**
 * The document reader on generated specimens (bench/specimens: TD1, TD2 and TD3 documents drawn in OCR-B with their
 * ground truth, photographed in phone-photo variants), with the real tesseract engines as the checks worker runs
 * them: every MRZ field exactly right, a wrong check digit never valid, the visual zone agreeing, blank and wrong
 * photos refused by the quick check.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  blankImage,
  renderSpecimen,
  specimenDocuments,
  withWrongCheckDigit,
  type PhoneVariant,
  type Specimen,
  type SpecimenDocument,
} from '../../bench/specimens';
import { createDocumentReader, type DocumentReader, type MrzFields } from '../../activities/checks/document';

const today = new Date('2026-03-01T00:00:00Z');
const documentById = (id: string): SpecimenDocument => specimenDocuments(today).find((document) => document.id === id)!;
/** One document of each format: a passport (TD3), an identity card (TD1, MRZ on the back), a TD2 card. */
const [passport, idCard, td2Card] = ['deu-passport', 'ltu-id-card', 'pol-td2-minor'].map(documentById);

const facePhoto = () => readFile(path.join(__dirname, '..', '..', 'node_modules', '@vladmandic', 'face-api', 'demo', 'sample1.jpg'));

function truthFields(specimen: Specimen): MrzFields {
  const { format, documentCode, issuingCountry, documentNumber, surname, givenNames, nationality, dateOfBirth, sex, dateOfExpiry, personalNumber } =
    specimen.truth;
  return { format, documentCode, issuingCountry, documentNumber, surname, givenNames, nationality, dateOfBirth, sex, dateOfExpiry, personalNumber };
}

let reader: DocumentReader;

beforeAll(async () => {
  reader = await createDocumentReader();
});

afterAll(async () => {
  await reader.close();
});

describe('reading the MRZ', () => {
  test.each([
    ['a passport photo page (TD3)', passport!, 0],
    ['an identity card, MRZ on the back (TD1)', idCard!, 1],
    ['a TD2 card', td2Card!, 0],
  ])('%s, clean: every field exactly right and the visual zone agreeing', async (_name, document, imageIndex) => {
    const specimen = await renderSpecimen(document, 'clean');
    const reading = await reader.read(specimen.images, { today });
    expect(reading.mrz).toEqual({
      found: true,
      valid: true,
      lines: specimen.truth.mrzLines,
      fields: truthFields(specimen),
      invalidFields: [],
      corrected: expect.any(Boolean),
      imageIndex,
    });
    expect(reading.visualZone.map(({ field, agrees }) => [field, agrees])).toEqual([
      ['surname', true],
      ['givenNames', true],
      ['dateOfBirth', true],
      ['dateOfExpiry', true],
      ['documentNumber', true],
    ]);
    expect(reading.visualZone.find((check) => check.field === 'dateOfBirth')?.visual).toBe(specimen.truth.dateOfBirth);
  }, 60_000);

  // Each format in a few phone-photo variants (the generator's photo effects are slow under Jest: a few only).
  const degraded: [PhoneVariant, string][] = [
    ['on-table', 'deu-passport'],
    ['rotated-8', 'ltu-id-card'],
    ['blur-2', 'pol-td2-minor'],
    ['low-light', 'ltu-id-card'],
    ['small-in-frame', 'deu-passport'],
    ['low-res', 'ltu-id-card'],
    ['glare', 'pol-td2-minor'],
  ];
  test.each(degraded)('phone photo "%s" of %s: every field exactly right', async (variant, id) => {
    const specimen = await renderSpecimen(documentById(id), variant);
    const { mrz } = await reader.read(specimen.images, { today });
    expect({ valid: mrz.valid, fields: mrz.fields }).toEqual({ valid: true, fields: truthFields(specimen) });
  }, 60_000);

  test('a wrong check digit is never valid, on any format, and names the field', async () => {
    for (const document of [passport!, idCard!, td2Card!]) {
      const specimen = await renderSpecimen({ ...document, truth: withWrongCheckDigit(document.truth) }, 'clean');
      const { mrz } = await reader.read(specimen.images, { today });
      expect(mrz).toMatchObject({ found: true, valid: false });
      expect(mrz.invalidFields).toEqual(expect.arrayContaining(['dateOfBirth', 'composite']));
    }
  }, 120_000);

  test('a blank image, a face photo and bytes that are no image: nothing found', async () => {
    for (const images of [[await blankImage()], [await facePhoto()], [Buffer.from('not an image')]]) {
      expect((await reader.read(images, { today })).mrz).toEqual({
        found: false,
        valid: false,
        lines: [],
        fields: null,
        invalidFields: [],
        corrected: false,
        imageIndex: null,
      });
    }
  }, 60_000);

  test('readings at the same time share the warm workers and do not mix', async () => {
    const [first, second] = await Promise.all([renderSpecimen(passport!, 'clean'), renderSpecimen(td2Card!, 'clean')]);
    const readings = await Promise.all([reader.read(first.images, { today }), reader.read(second.images, { today })]);
    expect(readings.map((reading) => reading.mrz.fields)).toEqual([truthFields(first), truthFields(second)]);
  }, 60_000);

  test('nothing is written to the working directory (tesseract.js would cache its language data there)', async () => {
    expect((await readdir(process.cwd())).filter((name) => name.endsWith('.traineddata'))).toEqual([]);
  });
});

describe('the quick check at upload', () => {
  test('an MRZ is visible on a passport photo page and on the back of an identity card', async () => {
    const [page, card] = await Promise.all([renderSpecimen(passport!, 'clean'), renderSpecimen(idCard!, 'rotated-8')]);
    expect(await reader.quickMrzCheck(page.images[0]!)).toEqual({ mrzVisible: true });
    expect(await reader.quickMrzCheck(card.images[1]!)).toEqual({ mrzVisible: true });
  }, 60_000);

  test('no MRZ on a blank image, a face photo, the front of an identity card, or bytes that are no image', async () => {
    const card = await renderSpecimen(idCard!, 'clean');
    for (const image of [await blankImage(), await facePhoto(), card.images[0]!, Buffer.from('not an image')]) {
      expect(await reader.quickMrzCheck(image)).toEqual({ mrzVisible: false });
    }
  }, 60_000);
});
