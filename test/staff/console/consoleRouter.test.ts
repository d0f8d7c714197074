// GET /staff on a real HTTP server: the console page under a strict content security policy, its script, styles and start-up texts.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createConsoleRouter } from '../../../src/staff/console/consoleRouter';
import { CASE_STATUSES } from '../../../src/domain/repairCase';

describe('The staff console routes', () => {
  let server: http.Server;
  let baseUrl: string;

  before(async () => {
    const app = express().use(createConsoleRouter({ brand: { name: 'Acme Repairs', primaryColor: '#aa3300' }, publicOrigin: () => 'https://support.example.com' }));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the page under a policy that allows no inline script or style and no framing', async () => {
    const page = await fetch(`${baseUrl}/staff`);
    assert.equal(page.status, 200);
    const policy = page.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self';/);
    assert.match(policy, /style-src 'self';/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.match(policy, /frame-ancestors 'none'/);
    // Customers' pictures are served from the public origin.
    assert.match(policy, /img-src 'self' data: https:\/\/support\.example\.com;/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
  });

  it('has no inline script, event handler attribute or style in its markup', async () => {
    const html = await (await fetch(`${baseUrl}/staff`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /src="\/staff\/console\/console\.js"/);
    assert.equal(scripts[0][2].trim(), '');
    assert.doesNotMatch(html, /\son[a-z]+=|<style\b|\sstyle=/i);
  });

  it('serves the script and styles the page names', async () => {
    const script = await fetch(`${baseUrl}/staff/console/console.js`);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
    const styles = await fetch(`${baseUrl}/staff/console/console.css`);
    assert.match(styles.headers.get('content-type') ?? '', /text\/css/);
  });

  it('starts the console with the brand, the API path, the case statuses and both languages', async () => {
    const config = (await (await fetch(`${baseUrl}/staff/console/config.json`)).json()) as {
      brand: { name: string; primaryColor: string; initials: string };
      apiPath: string;
      caseStatuses: string[];
      text: { en: Record<string, string>; zh: Record<string, string> };
    };
    assert.deepEqual(config.brand, { name: 'Acme Repairs', primaryColor: '#aa3300', initials: 'AR' });
    assert.equal(config.apiPath, '/staff/api');
    assert.deepEqual(config.caseStatuses, [...CASE_STATUSES]);
    assert.equal(config.text.zh['tab.queue'], '排队');
    assert.equal(config.text.en['tab.queue'], 'Queue');
  });
});
