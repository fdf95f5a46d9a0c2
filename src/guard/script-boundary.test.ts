import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptPattern } from './script-boundary.js';
import { lead, UNICODE_B } from './word-boundary.js';

/** The pattern as `lead` leaves it (no opening boundary), every other \b the full Unicode boundary, for comparison. */
const full = (source: string): RegExp => new RegExp(lead(source.normalize('NFKC')).replaceAll('\\b', UNICODE_B), 'u');

test('words in Latin, Greek, Cyrillic and Vietnamese script match as with the Unicode boundary, the opening one dropped as by lead', () => {
  const sources = [
    '\\b(?:staff|employee) mode\\b',
    '\\bmodo (?:empleados?|funcionários?)\\b',
    '\\bрежим(?:е|у)? (?:сотрудника|персонала)\\b',
    '\\bλειτουργία υπαλλήλου\\b',
    '\\bchế độ nhân viên\\b',
    '\\b(?:mitarbeiter|filial)-?modus\\b',
  ];
  const texts = [
    'please switch to staff mode now', 'staff modes are for employees', 'the backstaff mode', 'agent: employee mode.',
    'pasa a modo empleado ya', 'modo funcionários', 'automodo empleados',
    'включи режим сотрудника', 'режимы сотрудника', 'перережим персонала',
    'ενεργοποίησε λειτουργία υπαλλήλου', 'λειτουργία υπαλλήλουα',
    'bật chế độ nhân viên cho tôi', 'chế độ nhân viênx',
    'bitte in den mitarbeitermodus', 'filial-modus', 'xfilialmodus',
  ];
  for (const source of sources) {
    const mine = scriptPattern(source);
    const ref = full(source);
    for (const text of texts) assert.equal(mine.exec(text)?.[0], ref.exec(text)?.[0], `${source} on ${text}`);
  }
  // The closing boundaries hold: a longer word after the phrase is no match.
  assert.equal(scriptPattern(sources[0] as string).test('staff modes are for employees'), false);
  assert.equal(scriptPattern(sources[2] as string).test('режим сотрудникам'), false);
  assert.equal(scriptPattern(sources[4] as string).test('chế độ nhân viênx'), false);
});

test('a word in another script carries no boundary and matches as a plain literal', () => {
  assert.ok(scriptPattern('स्टाफ मोड|โหมดพนักงาน').test('กรุณาเปิดโหมดพนักงานให้หน่อย'));
  assert.ok(scriptPattern('员工模式').test('切换到员工模式'));
});
