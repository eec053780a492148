import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
const dist = mkdtempSync(join(tmpdir(), 'karvan-dist-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><script>document.title="x"</script><body>shell</body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');
  t = await buildTestApp({ webDistDir: dist });
});
afterAll(() => t.close());

describe('serving the web app', () => {
  it('serves hashed assets as immutable and any page route as the app shell', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/', '/organizations/some-slug', '/reset-password?token=abc']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect([url, page.statusCode, page.body]).toEqual([url, 200, expect.stringContaining('shell')]);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('allows the inline script by its hash in the Content-Security-Policy, and nothing else inline', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  });
});
