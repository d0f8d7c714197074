// Staff passwords: scrypt at OWASP's parameters with a salt of their own, checked in constant time.
import assert from 'node:assert/strict';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from '../../src/staff/passwords';

describe('Staff passwords', function () {
  this.timeout(20000);

  it('hashes with scrypt at N=2^17, r=8, p=1, a 16-byte salt and a 64-byte key', async () => {
    const [scheme, cost, blockSize, parallelism, salt, key] = (await hashPassword('correct horse battery')).split('$');
    assert.deepEqual([scheme, cost, blockSize, parallelism], ['scrypt', '131072', '8', '1']);
    assert.equal(Buffer.from(salt, 'base64url').length, 16);
    assert.equal(Buffer.from(key, 'base64url').length, 64);
  });

  it('gives the same password a different hash each time', async () => {
    assert.notEqual(await hashPassword('correct horse battery'), await hashPassword('correct horse battery'));
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    assert.equal(await verifyPassword('correct horse battery', hash), true);
    assert.equal(await verifyPassword('correct horse batterY', hash), false);
  });

  it('matches no password against the hash used for unknown users, nor against a hash it did not write', async () => {
    assert.equal(await verifyPassword('', UNUSABLE_HASH), false);
    assert.equal(await verifyPassword('anything', 'md5$abc'), false);
  });
});
