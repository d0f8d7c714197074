import assert from 'node:assert/strict';
import { pushSignature, signedBy } from '../../../../src/channels/wechat/officialAccount/pushSignature';

describe('pushSignature', () => {
  it('is the SHA-1 of the parts sorted and joined', () => {
    // SHA-1 of "ab".
    assert.equal(pushSignature(['b', 'a']), 'da23614e02469a0d7c7bd1bdab5c9c474b1904dc');
  });

  it('accepts the right signature in either case and refuses a wrong or missing one', () => {
    const parts = ['token123', '1700000000', '42'];
    const good = pushSignature(parts);
    assert.equal(signedBy(good, parts), true);
    assert.equal(signedBy(good.toUpperCase(), parts), true);
    assert.equal(signedBy(good, ['token124', '1700000000', '42']), false);
    assert.equal(signedBy(undefined, parts), false);
  });
});
