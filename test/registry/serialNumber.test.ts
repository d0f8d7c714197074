import assert from 'node:assert/strict';
import { isWellFormedSerial, normalizeSerial } from '../../src/registry/serialNumber';

describe('isWellFormedSerial', () => {
  const wellFormed = ['NPC21A00012345', 'LIC-VMS-2024-00831', 'npc-24b-0004-5533', 'AB12CD34'];
  for (const serial of wellFormed) {
    it(`accepts ${serial}`, () => assert.equal(isWellFormedSerial(serial), true));
  }

  const malformed: Array<[serial: string, why: string]> = [
    ['NPC1234', 'it is shorter than 8 characters'],
    ['NPC2100001234567890123', 'it is longer than 20 characters'],
    ['NPCABCDEF123', 'it has fewer than 4 digits'],
    ['NPC21A_00012345', 'it contains an underscore'],
    ['NPC21A 00012345', 'it contains a space'],
  ];
  for (const [serial, why] of malformed) {
    it(`rejects ${serial} because ${why}`, () => assert.equal(isWellFormedSerial(serial), false));
  }
});

describe('normalizeSerial', () => {
  it('drops case, spaces and dashes so that spellings of one serial compare equal', () => {
    assert.equal(normalizeSerial(' npc-21a 0001-2345 '), 'NPC21A00012345');
    assert.equal(normalizeSerial('NPC21A00012345'), normalizeSerial('npc21a00012345'));
  });
});
