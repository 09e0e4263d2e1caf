/**
 * The visual zone as supporting evidence: names, dates and the document number printed on the document, found in
 * the LSTM engine's reading of the pages and compared with what the MRZ says. The MRZ value is looked for first
 * (printed names transliterated as ICAO 9303 part 3 does, dates in any usual style); failing that, the text printed
 * under the field's label is reported as disagreeing; failing both, the visual zone says nothing (`agrees: null`).
 */
import type { OcrBox, OcrLine } from './ocr-engines';
import type { MrzFields } from './mrz-parse';
import { looksLikeMrzLine } from './mrz-locate';
import type { VisualZoneCheck } from '../../../lib/documents/reading';
export type { VisualZoneCheck } from '../../../lib/documents/reading';

/** The MRZ's two-letter forms (ICAO 9303 part 3); other diacritics are dropped. */
const TWO_LETTER_FORMS: Readonly<Record<string, string>> = { Ä: 'AE', Å: 'AA', Æ: 'AE', Ö: 'OE', Ø: 'OE', Ü: 'UE', Œ: 'OE', Þ: 'TH', ß: 'SS', ẞ: 'SS' };
/** Letters Unicode does not decompose into a base letter and a mark. */
const BASE_LETTER: Readonly<Record<string, string>> = { Ł: 'L', Đ: 'D', Ð: 'D', Ħ: 'H', Ŀ: 'L', İ: 'I', Ɨ: 'I' };

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The ways a printed name can appear in the MRZ: with the two-letter forms, and with diacritics simply dropped. */
function mrzSpellings(printed: string): string[] {
  const upper = printed.toUpperCase();
  const letters = (text: string) =>
    withoutMarks([...text].map((character) => BASE_LETTER[character] ?? character).join(''))
      .replace(/['’`]/g, '')
      .replace(/[^A-Z]+/g, ' ')
      .trim();
  const twoLetter = letters([...upper].map((character) => TWO_LETTER_FORMS[character] ?? character).join(''));
  return [...new Set([twoLetter, letters(upper)])];
}

/** OCR often loses the marks of Ü or Ö, so MÜLLER reads MULLER while the MRZ says MUELLER: both fold to MULLER. */
const foldTwoLetterForms = (name: string) => name.replace(/([AOU])E|(A)A|(T)H|(S)S/g, '$1$2$3$4');

/**
 * Whether a printed name is the MRZ's: the same once transliterated, or (when the MRZ's name field is full, so the
 * name may have been cut) the MRZ's name is where the printed one starts.
 */
function nameAgrees(mrz: string, printed: string, mayBeCut: boolean): boolean {
  const folded = foldTwoLetterForms(mrz);
  return mrzSpellings(printed).some((spelling) => {
    const same = (a: string, b: string) => a === b || (mayBeCut && b.length > 0 && a.startsWith(b));
    return same(spelling, mrz) || same(foldTwoLetterForms(spelling), folded);
  });
}

/** Month abbreviations in English, French, German, Spanish, Italian and Polish (accents already dropped). */
const MONTH_NAMES: readonly string[][] = [
  ['JAN', 'JANV', 'ENE', 'GEN', 'STY'],
  ['FEB', 'FEV', 'FEVR', 'LUT'],
  ['MAR', 'MARS', 'MRZ'],
  ['APR', 'AVR', 'ABR', 'KWI'],
  ['MAY', 'MAI', 'MAG', 'MAJ'],
  ['JUN', 'JUIN', 'GIU', 'CZE'],
  ['JUL', 'JUIL', 'LUG', 'LIP'],
  ['AUG', 'AOUT', 'AGO', 'SIE'],
  ['SEP', 'SEPT', 'SET', 'WRZ'],
  ['OCT', 'OKT', 'OTT', 'PAZ'],
  ['NOV', 'LIS'],
  ['DEC', 'DEZ', 'DIC', 'GRU'],
];
const monthNumber = (name: string) => MONTH_NAMES.findIndex((names) => names.includes(name)) + 1;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Dates printed in `text` (12.08.1974, 12/08/1974, 12-08-1974, 1974-08-12, 12 AUG 1974, 12 AOÛT/AUG 1974), ISO. */
function printedDates(text: string): { printed: string; iso: string }[] {
  const upper = withoutMarks(text.toUpperCase());
  const dates: { printed: string; iso: string }[] = [];
  for (const match of upper.matchAll(/\b(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})\b/g)) {
    const iso = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
    if (iso) dates.push({ printed: match[0], iso });
  }
  for (const match of upper.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) dates.push({ printed: match[0], iso });
  }
  for (const match of upper.matchAll(/\b(\d{1,2})\s+([A-Z]{3,4})(?:\/([A-Z]{3,4}))?\.?\s+(\d{4})\b/g)) {
    const month = monthNumber(match[2]!) || monthNumber(match[3] ?? '');
    const iso = month ? isoDate(Number(match[4]), month, Number(match[1])) : null;
    if (iso) dates.push({ printed: match[0], iso });
  }
  return dates;
}

/** Document numbers compared as OCR reads them: O and 0 are one shape in many fonts. */
const numberKey = (text: string) => text.toUpperCase().replace(/O/g, '0').replace(/[^A-Z0-9]/g, '');

interface LabelledField {
  field: 'surname' | 'givenNames' | 'dateOfBirth' | 'dateOfExpiry' | 'documentNumber';
  /** Label words as they start in a few languages, each a sequence of word patterns. */
  labels: RegExp[][];
}

const LABELS: LabelledField[] = [
  { field: 'surname', labels: [[/^surname/i], [/^nom$/i], [/^name$/i], [/^nazwisko/i], [/^pavard/i], [/^apellidos?/i], [/^cognome/i], [/^efternamn/i], [/^achternaam/i]] },
  { field: 'givenNames', labels: [[/^given/i, /^names?/i], [/^forenames?/i], [/^pr[ée]noms?/i], [/^vornamen?/i], [/^imion/i], [/^vardai/i], [/^nombre/i], [/^nome$/i], [/^f[öo]rnamn/i], [/^voornamen/i]] },
  { field: 'dateOfBirth', labels: [[/^date$/i, /^of$/i, /^birth/i], [/^birth/i], [/^geburtstag|^geburtsdatum/i], [/^data$/i, /^urodzenia/i], [/^gimimo/i], [/^fecha$/i, /^de$/i, /^nacimiento/i]] },
  { field: 'dateOfExpiry', labels: [[/^date$/i, /^of$/i, /^expiry/i], [/^expiry/i], [/^expires?/i], [/^valid$/i, /^until/i], [/^g[üu]ltig/i], [/^wa[żz]ny/i], [/^galioja/i]] },
  { field: 'documentNumber', labels: [[/^passport$/i, /^no/i], [/^document$/i, /^no/i], [/^card$/i, /^no/i], [/^number$/i], [/^no\.?$/i], [/^nr\.?$/i]] },
];

/** The box around the words of a label found in `line`, and where the next label of the same row begins. */
function labelBox(line: OcrLine, patterns: RegExp[]): OcrBox | null {
  for (let start = 0; start + patterns.length <= line.words.length; start += 1) {
    const words = line.words.slice(start, start + patterns.length);
    if (words.every((word, index) => patterns[index]!.test(word.text.replace(/[.:,/]+$/, '')))) {
      return {
        x0: Math.min(...words.map((word) => word.bbox.x0)),
        y0: Math.min(...words.map((word) => word.bbox.y0)),
        x1: Math.max(...words.map((word) => word.bbox.x1)),
        y1: Math.max(...words.map((word) => word.bbox.y1)),
      };
    }
  }
  return null;
}

/**
 * The text printed under a label: the words of the nearest line below it that start in the label's column (from
 * a little left of the label to where another label of the same row begins).
 */
function textUnderLabel(page: OcrLine[], label: OcrBox, labelLine: OcrLine): string | null {
  const labelHeight = label.y1 - label.y0;
  const nextLabelStart = Math.min(
    ...labelLine.words.filter((word) => word.bbox.x0 > label.x1 + labelHeight).map((word) => word.bbox.x0),
    Number.POSITIVE_INFINITY,
  );
  const below = page
    .filter((line) => line.bbox.y0 >= label.y1 - labelHeight / 2 && line.bbox.y0 <= label.y1 + 3 * labelHeight && line !== labelLine)
    .sort((a, b) => a.bbox.y0 - b.bbox.y0);
  for (const line of below) {
    const words = line.words.filter((word) => word.bbox.x0 >= label.x0 - labelHeight && word.bbox.x0 < nextLabelStart - labelHeight / 2);
    if (words.length > 0) return words.map((word) => word.text).join(' ');
  }
  return null;
}

function labelledText(pages: OcrLine[][], field: LabelledField['field']): string | null {
  const { labels } = LABELS.find((entry) => entry.field === field)!;
  for (const page of pages) {
    for (const line of page) {
      for (const patterns of labels) {
        const box = labelBox(line, patterns);
        const text = box ? textUnderLabel(page, box, line) : null;
        if (text) return text;
      }
    }
  }
  return null;
}

/** Text of the visual zone: every line but the MRZ's. */
function visualLines(pages: OcrLine[][]): string[] {
  return pages.flatMap((page) => page.map((line) => line.text).filter((text) => !looksLikeMrzLine(text)));
}

function checkName(pages: OcrLine[][], field: 'surname' | 'givenNames', mrz: string, mayBeCut: boolean): VisualZoneCheck {
  for (const text of visualLines(pages)) {
    // A name may share its line with a label or other fields: try every run of words.
    const words = text.split(/\s+/);
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 1; end <= words.length; end += 1) {
        const printed = words.slice(start, end).join(' ');
        if (nameAgrees(mrz, printed, mayBeCut)) return { field, mrz, visual: printed, agrees: true };
      }
    }
  }
  const visual = labelledText(pages, field);
  return { field, mrz, visual, agrees: visual === null ? null : nameAgrees(mrz, visual, mayBeCut) };
}

function checkDate(pages: OcrLine[][], field: 'dateOfBirth' | 'dateOfExpiry', mrz: string): VisualZoneCheck {
  const match = visualLines(pages)
    .flatMap(printedDates)
    .find((date) => date.iso === mrz);
  if (match) return { field, mrz, visual: match.iso, agrees: true };
  const labelled = labelledText(pages, field);
  const date = labelled === null ? undefined : printedDates(labelled)[0];
  if (date) return { field, mrz, visual: date.iso, agrees: false };
  return { field, mrz, visual: labelled, agrees: labelled === null ? null : false };
}

function checkDocumentNumber(pages: OcrLine[][], mrz: string): VisualZoneCheck {
  const field = 'documentNumber';
  const words = visualLines(pages).flatMap((text) => text.split(/\s+/));
  const match = words.find((word) => numberKey(word) === numberKey(mrz));
  if (match) return { field, mrz, visual: match, agrees: true };
  const visual = labelledText(pages, field);
  return { field, mrz, visual, agrees: visual === null ? null : numberKey(visual) === numberKey(mrz) };
}

/**
 * The visual zone of the `pages` (the LSTM engine's lines of each image) checked against the MRZ's `fields`.
 * `nameFieldFull`: the MRZ's name field has no filler left, so its names may have been cut.
 */
export function checkVisualZone(pages: OcrLine[][], fields: MrzFields, nameFieldFull: boolean): VisualZoneCheck[] {
  return [
    checkName(pages, 'surname', fields.surname, nameFieldFull && fields.givenNames === ''),
    // A document without given names prints none: nothing to compare.
    ...(fields.givenNames === '' ? [] : [checkName(pages, 'givenNames', fields.givenNames, nameFieldFull)]),
    checkDate(pages, 'dateOfBirth', fields.dateOfBirth),
    checkDate(pages, 'dateOfExpiry', fields.dateOfExpiry),
    checkDocumentNumber(pages, fields.documentNumber),
  ];
}
