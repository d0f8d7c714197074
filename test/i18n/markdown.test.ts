// markdownLiteral: customer words inside markdown replies read as typed.
import assert from 'node:assert/strict';
import { markdownLiteral } from '../../src/i18n/markdown';

describe('markdownLiteral', () => {
  it('escapes every character that makes inline markup, and only those', () => {
    assert.equal(markdownLiteral('a<b>&c [d](e) *f* _g_ `h` ~i~ |j| !k #l \\m'), String.raw`a\<b\>\&c \[d\]\(e\) \*f\* \_g\_ \`h\` \~i\~ \|j\| \!k \#l \\m`);
  });

  it('leaves a plain file name as it is', () => {
    assert.equal(markdownLiteral('damage photo 2.png'), 'damage photo 2.png');
  });
});
