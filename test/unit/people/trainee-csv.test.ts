import { describe, expect, it } from 'vitest';
import { parseTraineeCsv, readCsvRows, validateTraineeRows } from '../../../src/domain/people/trainee-csv.ts';

const problemsOf = (text: string, options = {}) => {
  const r = parseTraineeCsv(text, options);
  if (r.ok) throw new Error(`expected problems, got ${JSON.stringify(r.trainees)}`);
  return r.problems;
};
const traineesOf = (text: string, options = {}) => {
  const r = parseTraineeCsv(text, options);
  if (!r.ok) throw new Error(`expected trainees, got ${r.problems.join('\n')}`);
  return r.trainees;
};

describe('parseTraineeCsv: good files', () => {
  it('reads name and email, trimming names and lower-casing emails', () => {
    expect(traineesOf('name,email\n  Ana Ruiz ,Ana.Ruiz@Example.com\nBo Li,bo@example.com\n')).toEqual([
      { line: 2, name: 'Ana Ruiz', email: 'ana.ruiz@example.com' },
      { line: 3, name: 'Bo Li', email: 'bo@example.com' },
    ]);
  });

  it('accepts columns in any order and in any case, with an optional password', () => {
    expect(traineesOf('Email,PASSWORD,Name\nana@example.com,correct horse,Ana\nbo@example.com,,Bo\n')).toEqual([
      { line: 2, name: 'Ana', email: 'ana@example.com', password: 'correct horse' },
      { line: 3, name: 'Bo', email: 'bo@example.com' },
    ]);
  });

  it('handles a UTF-8 BOM, CRLF line ends and no final line break', () => {
    expect(traineesOf('\ufeffname,email\r\nAna,ana@example.com\r\nBo,bo@example.com')).toEqual([
      { line: 2, name: 'Ana', email: 'ana@example.com' },
      { line: 3, name: 'Bo', email: 'bo@example.com' },
    ]);
  });

  it('keeps quoted commas and quotes inside a name', () => {
    expect(traineesOf('name,email\n"Ruiz, Ana",ana@example.com\n"Bo ""Bobby"" Li",bo@example.com\n').map((t) => t.name)).toEqual([
      'Ruiz, Ana',
      'Bo "Bobby" Li',
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    const text = 'name,email\r\n\r\nAna,ana@example.com\r\n   \r\n,\r\nCy,cy@example.com\r\n\r\n';
    expect(traineesOf(text).map((t) => [t.line, t.name])).toEqual([
      [3, 'Ana'],
      [6, 'Cy'],
    ]);
  });
});

describe('parseTraineeCsv: problems, each as "line N: …"', () => {
  it('refuses a file without a header row', () => {
    expect(problemsOf('Ana,ana@example.com\nBo,bo@example.com\n')).toEqual([expect.stringMatching(/^line 1: the header row is missing/)]);
    expect(problemsOf('full name,email\nAna,ana@example.com\n')).toEqual([
      'line 1: unknown column "full name" (expected name, email and optionally password)',
      'line 1: the header has no "name" column',
    ]);
    expect(problemsOf('name\nAna\n')).toEqual(['line 1: the header has no "email" column']);
    expect(problemsOf('name,email,name\nAna,a@example.com,Ana\n')).toEqual(['line 1: column "name" appears twice']);
  });

  it('refuses an empty file and a header with no trainees', () => {
    expect(problemsOf('')).toEqual([expect.stringMatching(/^line 1: the file is empty/)]);
    expect(problemsOf('\ufeff\r\n\r\n')).toEqual([expect.stringMatching(/^line 1: the file is empty/)]);
    expect(problemsOf('name,email\r\n')).toEqual(['line 2: no trainees after the header row']);
  });

  it('reports every bad row with its line, counting BOM, CRLF, blank lines and quoted line breaks as the file does', () => {
    const text = [
      '\ufeffname,email,password',
      'Ana,ana@example.com,',
      '',
      'Bo,not-an-email,',
      '"Cy,',
      'Jr",cy@example,',
      ',dee@example.com,short',
      'Ed,ed@example.com',
      'Flo,flo@example.com,long enough',
    ].join('\r\n');
    expect(problemsOf(text)).toEqual([
      'line 4: "not-an-email" is not a valid email address',
      'line 5: name contains control characters',
      'line 5: "cy@example" is not a valid email address',
      'line 7: name is empty',
      'line 7: password is shorter than 8 characters',
      'line 8: expected 3 fields (name,email,password), found 2',
    ]);
  });

  it('refuses an email twice in the file, whatever its case', () => {
    expect(problemsOf('name,email\nAna,ana@example.com\nBo,bo@example.com\nAna again,ANA@example.com\n')).toEqual([
      'line 4: email ana@example.com appears twice in the file (first on line 2)',
    ]);
  });

  it('refuses emails that already belong to a user', () => {
    const taken = new Set(['bo@example.com']);
    expect(problemsOf('name,email\nAna,ana@example.com\nBo,Bo@Example.com\n', { isTaken: (e: string) => taken.has(e) })).toEqual([
      'line 3: a user with email bo@example.com already exists',
    ]);
  });

  it('reports an unterminated quote at the line its record starts on', () => {
    expect(problemsOf('name,email\nAna,ana@example.com\n"Bo,bo@example.com\nCy,cy@example.com\n')).toEqual([
      'line 3: quoted field unterminated',
    ]);
  });

  it('caps the number of trainees in one file', () => {
    expect(problemsOf('name,email\nA,a@example.com\nB,b@example.com\nC,c@example.com\n', { maxRows: 2 })).toEqual([
      'line 4: more than 2 trainees in one file; split it into several files',
    ]);
  });

  it('refuses control characters in names and over-long passwords', () => {
    expect(problemsOf(`name,email,password\n"A\tna",ana@example.com,${'x'.repeat(201)}\n`)).toEqual([
      'line 2: name contains control characters',
      'line 2: password is longer than 200 characters',
    ]);
  });
});

describe('the two halves', () => {
  it('readCsvRows keeps start lines; validateTraineeRows works on any rows', () => {
    const { rows, problems } = readCsvRows('name,email\n\n"A\nB",ab@example.com\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 3, cells: ['A\nB', 'ab@example.com'] },
    ]);
    expect(validateTraineeRows([{ line: 7, cells: ['email', 'name'] }, { line: 9, cells: ['x@example.com', 'X'] }])).toEqual({
      ok: true,
      trainees: [{ line: 9, name: 'X', email: 'x@example.com' }],
    });
  });
});
