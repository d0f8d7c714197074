// Which requests and URLs count as this machine's own.
import assert from 'node:assert/strict';
import { isDirectLocalRequest, isLoopbackAddress, isLoopbackUrl } from '../../src/http/localRequests';

describe('Local requests', () => {
  const loopbackAddresses = ['127.0.0.1', '127.255.3.4', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '::ffff:127.10.0.2', '::ffff:7f00:1'];
  for (const address of loopbackAddresses) {
    it(`counts ${address} as this machine`, () => {
      assert.equal(isLoopbackAddress(address), true);
    });
  }

  const otherAddresses = ['128.0.0.1', '10.0.0.1', '192.168.1.20', '::', '::2', '::ffff:10.0.0.1', 'fe80::1', 'localhost', '', 'not an address'];
  for (const address of otherAddresses) {
    it(`does not count ${JSON.stringify(address)} as this machine`, () => {
      assert.equal(isLoopbackAddress(address), false);
    });
  }

  const loopbackUrls = ['http://localhost:3000', 'https://localhost/', 'http://127.0.0.1:51234/', 'http://127.1:80', 'http://[::1]:8080', 'http://LOCALHOST:1'];
  for (const url of loopbackUrls) {
    it(`accepts the serviceUrl ${url}`, () => {
      assert.equal(isLoopbackUrl(url), true);
    });
  }

  const otherUrls = [
    'http://attacker.example',
    'http://10.0.0.5:6379',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost.attacker.example',
    'http://localhost@attacker.example',
    'http://127.0.0.1.nip.io',
    'ftp://localhost/',
    'file:///etc/passwd',
    'gopher://127.0.0.1:6379/',
    'not a url',
  ];
  for (const url of otherUrls) {
    it(`refuses the serviceUrl ${url}`, () => {
      assert.equal(isLoopbackUrl(url), false);
    });
  }

  it('takes a loopback request without proxy headers as direct, and not one a proxy forwarded or from elsewhere', () => {
    assert.equal(isDirectLocalRequest('127.0.0.1', {}), true);
    assert.equal(isDirectLocalRequest('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), false);
    assert.equal(isDirectLocalRequest('192.168.1.20', {}), false);
    assert.equal(isDirectLocalRequest(undefined, {}), false);
  });
});
