// Tests the policy's clauses as data: order, wording in both languages, screening questions and cues.
import assert from 'node:assert/strict';
import { CLAUSE_IDS, type ClauseId } from '../../src/domain/vocabulary';
import { clauseById, clauseNumber, POLICY_CLAUSES } from '../../src/policy/clauses';

function cuesOf(id: ClauseId): string[] {
  const { cues } = clauseById(id);
  return [...cues.en, ...cues.zh];
}

describe('POLICY_CLAUSES', () => {
  it('lists the seven exclusion clauses in the policy order', () => {
    assert.deepEqual(
      POLICY_CLAUSES.map((clause) => clause.id),
      [...CLAUSE_IDS],
    );
  });

  it('cannot be changed at run time', () => {
    assert.ok(Object.isFrozen(POLICY_CLAUSES));
    assert.ok(POLICY_CLAUSES.every((clause) => Object.isFrozen(clause)));
  });

  it('words every clause, its plain form and its ruling in English and Chinese', () => {
    for (const clause of POLICY_CLAUSES) {
      for (const wording of [clause.text, clause.plain, clause.ruling]) {
        assert.ok(wording.en.trim().length > 0, `${clause.id} English`);
        assert.match(wording.zh, /[\u4e00-\u9fff]/, `${clause.id} Chinese`);
      }
    }
  });

  it('keeps the policy’s own English words for the abnormal-causes clause', () => {
    assert.match(
      clauseById('abnormal_cause').text.en,
      /falling, squeezing, high temperature, corrosion, entry of foreign substances, adverse electricity environment/,
    );
  });

  it('says each plain sentence exactly as its ruling, as a full sentence', () => {
    for (const clause of POLICY_CLAUSES) {
      assert.equal(clause.plain.en.toLowerCase(), `${clause.ruling.en.toLowerCase()}.`);
      assert.match(clause.plain.en, /^[A-Z]/);
      assert.equal(clause.plain.zh, `${clause.ruling.zh}。`);
    }
  });

  it('explains in plain words without blaming the customer', () => {
    for (const clause of POLICY_CLAUSES) {
      assert.doesNotMatch(clause.plain.en, /\byou\b|fault of|blame|misuse|violat/i, clause.id);
      assert.doesNotMatch(clause.plain.zh, /您|责任|违规|违反/, clause.id);
    }
  });

  it('asks a screening question for every clause except the expired warranty', () => {
    for (const clause of POLICY_CLAUSES) {
      if (clause.id === 'expired') {
        assert.equal(clause.screening, undefined);
      } else {
        assert.match(clause.screening?.en ?? '', /\?$/, clause.id);
        assert.match(clause.screening?.zh ?? '', /？$/, clause.id);
      }
    }
  });

  it('asks about the sales channel so that “yes” means it was bought outside the authorised partners', () => {
    const question = clauseById('unofficial_channel').screening;
    assert.match(question?.en ?? '', /outside NetPosa's authorised partners/);
    assert.match(question?.zh ?? '', /授权渠道以外/);
  });

  it('gives cues in both languages for every clause', () => {
    for (const clause of POLICY_CLAUSES) {
      assert.ok(clause.cues.en.length >= 5, `${clause.id} English cues`);
      assert.ok(clause.cues.zh.length >= 5, `${clause.id} Chinese cues`);
    }
  });

  it('never lists the same cue under two clauses', () => {
    const seen = new Map<string, ClauseId>();
    for (const clause of POLICY_CLAUSES) {
      for (const cue of [...clause.cues.en, ...clause.cues.zh]) {
        const key = cue.toLowerCase();
        assert.equal(seen.get(key), undefined, `"${cue}" is under ${seen.get(key)} and ${clause.id}`);
        seen.set(key, clause.id);
      }
    }
  });

  it('does not list bare words that also describe ordinary faults', () => {
    const ambiguous = ['dropped', 'dropping', 'flashed', 'flashing', 'cracked', 'opened it', '破解', '拆开'];
    const allCues = POLICY_CLAUSES.flatMap((clause) => [...clause.cues.en, ...clause.cues.zh]);
    assert.deepEqual(
      allCues.filter((cue) => ambiguous.includes(cue)),
      [],
    );
  });

  it('treats falls, liquid and lightning as abnormal causes', () => {
    for (const cue of ['dropped it', 'was dropped', 'fell', 'knocked', 'lightning', 'power surge', '摔', '掉下来', '进水', '雷击', '浪涌']) {
      assert.ok(cuesOf('abnormal_cause').includes(cue), cue);
    }
  });

  it('treats floods, earthquakes, typhoons and war as force majeure', () => {
    for (const cue of ['flood', 'earthquake', 'typhoon', 'war', '洪水', '地震', '台风', '战争']) {
      assert.ok(cuesOf('force_majeure').includes(cue), cue);
    }
  });

  it('recognises third-party firmware, local repairs, second-hand purchases and indoor models installed outdoors', () => {
    const expectations: Array<[ClauseId, string[]]> = [
      ['unofficial_software', ['third-party firmware', 'flashed the firmware', '破解版', '刷机']],
      ['unauthorized_repair', ['opened it up', 'repaired by a local shop', '拆开过', '私自维修']],
      ['unofficial_channel', ['Taobao second-hand', 'second-hand', '闲鱼', '水货', '非官方渠道']],
      ['improper_use', ['indoor model installed outdoors', 'beyond its rated temperature', 'damp warehouse', '室内款装在室外']],
    ];
    for (const [id, cues] of expectations) {
      for (const cue of cues) assert.ok(cuesOf(id).includes(cue), `${id}: ${cue}`);
    }
  });

  it('never takes an outdoor install alone for improper use: an outdoor camera belongs outdoors (LABELLING.md)', () => {
    for (const cue of ['installed outdoors', 'mounted outside', '装在室外', '装在户外']) assert.ok(!cuesOf('improper_use').includes(cue), cue);
  });
});

describe('clauseById', () => {
  it('finds each clause by its id', () => {
    for (const id of CLAUSE_IDS) assert.equal(clauseById(id).id, id);
  });

  it('names the id it could not find', () => {
    assert.throws(() => clauseById('lost_receipt' as ClauseId), /lost_receipt/);
  });
});

describe('clauseNumber', () => {
  it('numbers the clauses 1 to 7 as the policy lists them', () => {
    assert.deepEqual(
      CLAUSE_IDS.map((id) => clauseNumber(id)),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.equal(clauseNumber('abnormal_cause'), 4);
  });
});
