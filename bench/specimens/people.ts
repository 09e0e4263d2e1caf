/**
 * The fictional documents of the specimen set: a fixed list, so every run and every test sees the same people.
 * It covers what readers get wrong: umlauts, accents, Polish and Lithuanian letters transliterated in the MRZ,
 * hyphens and apostrophes, names cut at the MRZ's length, twelve issuers' formats (TD3 passports, TD1 and TD2
 * cards, residence permits issued to foreigners), sex X, a leap-day birth in the 2000s, a minor, personal numbers,
 * and expiry dates on both sides of the injected "today", including the day before and the day after it.
 */
import { mrzLines, namesInField, nameField, NAME_LENGTH, type MrzData } from './mrz-lines';
import { mrzName } from './transliterate';
import type { DocumentTruth, FaceId, SpecimenDocument, VisualZone } from './types';

interface Person {
  id: string;
  format: DocumentTruth['format'];
  documentType: DocumentTruth['documentType'];
  documentCode: string;
  issuingCountry: string;
  nationality: string;
  documentNumber: string;
  printedSurname: string;
  printedGivenNames: string;
  sex: DocumentTruth['sex'];
  dateOfBirth: (today: Date) => string;
  dateOfExpiry: (today: Date) => string;
  personalNumber: string | null;
  visual: Omit<VisualZone, 'surname' | 'givenNames'>;
  face: FaceId;
}

const DAY_MS = 86_400_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `years` years and `days` days after `today` (UTC calendar dates). */
function fromToday(years: number, days = 0) {
  return (today: Date) => {
    const shifted = new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate()));
    return isoDate(new Date(shifted.getTime() + days * DAY_MS));
  };
}

const fixed = (isoDay: string) => () => isoDay;

/** Interleaved TD3, TD1, TD2 so that any `limit` still mixes the formats. */
const PEOPLE: Person[] = [
  {
    id: 'deu-passport',
    format: 'TD3',
    documentType: 'PASSPORT',
    documentCode: 'P',
    issuingCountry: 'DEU',
    nationality: 'DEU',
    documentNumber: 'C01X00T47',
    printedSurname: 'Müller-Lüdenscheidt',
    printedGivenNames: 'Anna-Lena',
    sex: 'F',
    dateOfBirth: fixed('1974-08-12'),
    dateOfExpiry: fromToday(6, -17),
    personalNumber: null,
    visual: { issuerName: 'BUNDESREPUBLIK DEUTSCHLAND', nationalityName: 'DEUTSCH', placeOfBirth: 'KÖLN', dateOfIssue: '2021-03-02', dateStyle: 'dotted', authority: 'STADT KÖLN' },
    face: 'sample5-3',
  },
  {
    id: 'ltu-id-card',
    format: 'TD1',
    documentType: 'ID_CARD',
    documentCode: 'ID',
    issuingCountry: 'LTU',
    nationality: 'LTU',
    documentNumber: 'LT4708221',
    printedSurname: 'Žemaitytė',
    printedGivenNames: 'Gabrielė',
    sex: 'F',
    dateOfBirth: fixed('1988-03-15'),
    dateOfExpiry: fromToday(3, 41),
    personalNumber: '48803150123',
    visual: { issuerName: 'LIETUVOS RESPUBLIKA', nationalityName: 'LTU', placeOfBirth: 'KAUNAS', dateOfIssue: '2022-05-19', dateStyle: 'dotted', authority: 'MIGRACIJOS DEPARTAMENTAS' },
    face: 'sample3-3',
  },
  {
    id: 'pol-td2-minor',
    format: 'TD2',
    documentType: 'ID_CARD',
    documentCode: 'I',
    issuingCountry: 'POL',
    nationality: 'POL',
    documentNumber: 'AYZ405918',
    printedSurname: 'Wiśniewska-Łukasik',
    printedGivenNames: 'Małgorzata',
    sex: 'F',
    dateOfBirth: fromToday(-17, 45),
    dateOfExpiry: fromToday(4),
    personalNumber: null,
    visual: { issuerName: 'RZECZPOSPOLITA POLSKA', nationalityName: 'POLSKIE', placeOfBirth: 'ŁÓDŹ', dateOfIssue: '2023-09-01', dateStyle: 'dotted', authority: 'PREZYDENT MIASTA ŁODZI' },
    face: 'sample6-2',
  },
  {
    id: 'fra-passport-expired',
    format: 'TD3',
    documentType: 'PASSPORT',
    documentCode: 'P',
    issuingCountry: 'FRA',
    nationality: 'FRA',
    documentNumber: '18CF54321',
    printedSurname: 'Lefèvre',
    printedGivenNames: 'Élodie Marie-Claire',
    sex: 'F',
    dateOfBirth: fixed('1961-11-30'),
    dateOfExpiry: fromToday(0, -40),
    personalNumber: null,
    visual: { issuerName: 'RÉPUBLIQUE FRANÇAISE', nationalityName: 'FRANÇAISE', placeOfBirth: 'LYON', dateOfIssue: '2014-06-11', dateStyle: 'month-name', authority: 'PRÉFECTURE DU RHÔNE' },
    face: 'sample3-1',
  },
  {
    id: 'nld-id-card-long-name',
    format: 'TD1',
    documentType: 'ID_CARD',
    documentCode: 'I',
    issuingCountry: 'NLD',
    nationality: 'NLD',
    documentNumber: 'NX47BT0P2',
    printedSurname: 'van den Bosch',
    printedGivenNames: 'Johanna Cornelia Wilhelmina',
    sex: 'F',
    dateOfBirth: fixed('1953-01-07'),
    dateOfExpiry: fromToday(0, 1),
    personalNumber: null,
    visual: { issuerName: 'KONINKRIJK DER NEDERLANDEN', nationalityName: 'NEDERLANDSE', placeOfBirth: 'UTRECHT', dateOfIssue: '2016-02-03', dateStyle: 'dotted', authority: 'BURGEMEESTER VAN UTRECHT' },
    face: 'sample5-1',
  },
  {
    id: 'swe-residence-permit',
    format: 'TD2',
    documentType: 'RESIDENCE_PERMIT',
    documentCode: 'AR',
    issuingCountry: 'SWE',
    nationality: 'NOR',
    documentNumber: 'RP0036172',
    printedSurname: 'Åström',
    printedGivenNames: 'Ingrid Sofie',
    sex: 'F',
    dateOfBirth: fixed('1990-06-01'),
    dateOfExpiry: fromToday(2, 12),
    personalNumber: null,
    visual: { issuerName: 'SVERIGE / SWEDEN', nationalityName: 'NORSK', placeOfBirth: 'BERGEN', dateOfIssue: '2024-01-15', dateStyle: 'month-name', authority: 'MIGRATIONSVERKET' },
    face: 'sample3-2',
  },
  {
    id: 'gbr-passport',
    format: 'TD3',
    documentType: 'PASSPORT',
    documentCode: 'P',
    issuingCountry: 'GBR',
    nationality: 'GBR',
    documentNumber: '925076473',
    printedSurname: "O'Connor",
    printedGivenNames: 'Siobhán',
    sex: 'F',
    dateOfBirth: fixed('1985-02-28'),
    dateOfExpiry: fromToday(8, 63),
    personalNumber: null,
    visual: { issuerName: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', nationalityName: 'BRITISH CITIZEN', placeOfBirth: 'BELFAST', dateOfIssue: '2023-10-30', dateStyle: 'month-name', authority: 'HMPO' },
    face: 'sample1-3',
  },
  {
    id: 'esp-id-card-expired',
    format: 'TD1',
    documentType: 'ID_CARD',
    documentCode: 'ID',
    issuingCountry: 'ESP',
    nationality: 'ESP',
    documentNumber: 'BAA000589',
    printedSurname: 'García Núñez',
    printedGivenNames: 'José Ángel',
    sex: 'M',
    dateOfBirth: fixed('1979-09-23'),
    dateOfExpiry: fromToday(-2, -11),
    personalNumber: '47382915X',
    visual: { issuerName: 'REINO DE ESPAÑA', nationalityName: 'ESP', placeOfBirth: 'SEVILLA', dateOfIssue: '2013-04-22', dateStyle: 'dotted', authority: 'DIRECCIÓN GENERAL DE LA POLICÍA' },
    face: 'man-a',
  },
  {
    id: 'ita-td2-expired-yesterday',
    format: 'TD2',
    documentType: 'ID_CARD',
    documentCode: 'I',
    issuingCountry: 'ITA',
    nationality: 'ITA',
    documentNumber: 'CA72914RB',
    printedSurname: "Dell'Acqua",
    printedGivenNames: 'Giovanna',
    sex: 'F',
    dateOfBirth: fixed('2004-02-29'),
    dateOfExpiry: fromToday(0, -1),
    personalNumber: null,
    visual: { issuerName: 'REPUBBLICA ITALIANA', nationalityName: 'ITALIANA', placeOfBirth: 'NAPOLI', dateOfIssue: '2019-07-08', dateStyle: 'dotted', authority: 'COMUNE DI NAPOLI' },
    face: 'sample6-4',
  },
  {
    id: 'usa-passport-sex-x-long-name',
    format: 'TD3',
    documentType: 'PASSPORT',
    documentCode: 'P',
    issuingCountry: 'USA',
    nationality: 'USA',
    documentNumber: 'A48207315',
    printedSurname: 'Washington-Carver',
    printedGivenNames: 'Elizabeth Alexandrina Catherine',
    sex: 'X',
    dateOfBirth: fixed('1992-12-05'),
    dateOfExpiry: fromToday(9, 100),
    personalNumber: null,
    visual: { issuerName: 'UNITED STATES OF AMERICA', nationalityName: 'UNITED STATES OF AMERICA', placeOfBirth: 'OREGON, U.S.A.', dateOfIssue: '2025-02-14', dateStyle: 'month-name', authority: 'UNITED STATES DEPARTMENT OF STATE' },
    face: 'sample6-1',
  },
  {
    id: 'deu-residence-permit',
    format: 'TD1',
    documentType: 'RESIDENCE_PERMIT',
    documentCode: 'AR',
    issuingCountry: 'DEU',
    nationality: 'TUR',
    documentNumber: 'Y4F0RT2K9',
    printedSurname: 'Yılmaz',
    printedGivenNames: 'Ayşe Nur',
    sex: 'F',
    dateOfBirth: fixed('1996-04-17'),
    dateOfExpiry: fromToday(1, 200),
    personalNumber: null,
    visual: { issuerName: 'BUNDESREPUBLIK DEUTSCHLAND', nationalityName: 'TÜRKISCH', placeOfBirth: 'İZMİR', dateOfIssue: '2024-06-03', dateStyle: 'dotted', authority: 'LANDESAMT FÜR EINWANDERUNG' },
    face: 'sample4-2',
  },
  {
    id: 'pol-passport-personal-number',
    format: 'TD3',
    documentType: 'PASSPORT',
    documentCode: 'P',
    issuingCountry: 'POL',
    nationality: 'POL',
    documentNumber: 'EK5830271',
    printedSurname: 'Żółkiewska-Brzęczyszczykiewicz',
    printedGivenNames: 'Zofia',
    sex: 'F',
    dateOfBirth: fixed('1958-07-19'),
    dateOfExpiry: fromToday(5, 150),
    personalNumber: '58071912345',
    visual: { issuerName: 'RZECZPOSPOLITA POLSKA', nationalityName: 'POLSKIE', placeOfBirth: 'KRAKÓW', dateOfIssue: '2020-11-12', dateStyle: 'month-name', authority: 'WOJEWODA MAŁOPOLSKI' },
    face: 'sample5-4',
  },
];

function documentOf(person: Person, today: Date): SpecimenDocument {
  const surname = mrzName(person.printedSurname);
  const givenNames = mrzName(person.printedGivenNames);
  const data: MrzData = {
    documentCode: person.documentCode,
    issuingCountry: person.issuingCountry,
    documentNumber: person.documentNumber,
    surname,
    givenNames,
    nationality: person.nationality,
    dateOfBirth: person.dateOfBirth(today),
    sex: person.sex,
    dateOfExpiry: person.dateOfExpiry(today),
    personalNumber: person.personalNumber,
  };
  const truth: DocumentTruth = {
    format: person.format,
    documentType: person.documentType,
    ...data,
    // The truth is what the MRZ can say: names as cut to the field's length.
    ...namesInField(nameField(surname, givenNames, NAME_LENGTH[person.format])),
    mrzLines: mrzLines(person.format, data),
    expired: data.dateOfExpiry < isoDate(today),
  };
  const visual: VisualZone = {
    ...person.visual,
    surname: person.printedSurname.toUpperCase(),
    givenNames: person.printedGivenNames.toUpperCase(),
  };
  return { id: person.id, truth, visual, face: person.face };
}

/** The specimen documents as of `today` (its UTC calendar date decides expiry and the minor's birth date). */
export function specimenDocuments(today: Date): SpecimenDocument[] {
  return PEOPLE.map((person) => documentOf(person, today));
}
