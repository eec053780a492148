import { count, desc, eq, schema } from '@karvan/db';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.ts';
import { TestClient } from '../../test/client.ts';
import { signUp, TEST_PASSWORD } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import { MAX_FAILED_LOGINS } from './auth.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const SECRET_FIELDS = /password_?hash|totp_?secret|token_?hash|\$argon2/i;

describe('register, login, logout', () => {
  it('registers, signs in with an HttpOnly SameSite cookie, and answers /me', async () => {
    const client = new TestClient(t.app, { locale: 'fa' });
    const registered = await client.post('/api/v1/auth/register', {
      email: 'Reza@Example.com',
      password: TEST_PASSWORD,
      name: 'رضا احمدی',
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({
      email: 'reza@example.com',
      name: 'رضا احمدی',
      locale: 'fa',
      calendar: 'persian',
    });
    expect(registered.text).not.toMatch(SECRET_FIELDS);
    const setCookie = String(registered.headers['set-cookie']);
    expect(setCookie).toMatch(/karvan_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('reza@example.com');
    expect(me.text).not.toMatch(SECRET_FIELDS);

    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/me')).status).toBe(401);

    const again = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: 'REZA@example.com',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(200);
  });

  it('refuses a second account with the same e-mail, in the caller’s language', async () => {
    await signUp(t, { email: 'taken@example.com' });
    const response = await new TestClient(t.app, { locale: 'zh' }).post('/api/v1/auth/register', {
      email: 'taken@example.com',
      password: TEST_PASSWORD,
      name: 'Li',
    });
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'auth.email_taken', title: '该邮箱已注册。' });
  });

  it('says the same for a wrong password and an unknown e-mail', async () => {
    await signUp(t, { email: 'same@example.com' });
    const wrong = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: 'same@example.com',
      password: 'nope-nope-nope',
    });
    const unknown = await new TestClient(t.app).post('/api/v1/auth/login', {
      email: 'ghost@example.com',
      password: 'nope-nope-nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe(unknown.body.code);
    expect(wrong.body.title).toBe(unknown.body.title);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures, even for the right password, until the lock expires`, async () => {
    await signUp(t, { email: 'locked@example.com' });
    const client = new TestClient(t.app, { locale: 'ar' });
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      expect(
        (await client.post('/api/v1/auth/login', { email: 'locked@example.com', password: 'wrong-password' }))
          .status,
      ).toBe(401);
    }
    const locking = await client.post('/api/v1/auth/login', {
      email: 'locked@example.com',
      password: 'wrong-password',
    });
    expect(locking.status).toBe(429);
    expect(locking.body.code).toBe('auth.locked');
    expect(locking.body.title).toContain('15');
    const right = await client.post('/api/v1/auth/login', {
      email: 'locked@example.com',
      password: TEST_PASSWORD,
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60 * 1000);
    expect(
      (await client.post('/api/v1/auth/login', { email: 'locked@example.com', password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });
});

describe('password reset', () => {
  it('mails a one-time link to the outbox, sets the new password and ends old sessions', async () => {
    const { client: oldSession } = await signUp(t, { email: 'forgetful@example.com', locale: 'fa' });
    const anonymous = new TestClient(t.app);
    expect(
      (await anonymous.post('/api/v1/auth/password-reset/request', { email: 'forgetful@example.com' }))
        .status,
    ).toBe(202);
    // Unknown addresses get the same answer and no mail.
    expect(
      (await anonymous.post('/api/v1/auth/password-reset/request', { email: 'nobody@example.com' })).status,
    ).toBe(202);
    const [mail] = await t.deps.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.to, 'forgetful@example.com'))
      .orderBy(desc(schema.outboxMessages.createdAt));
    expect(mail?.kind).toBe('password-reset');
    expect(mail?.subject).toBe('بازنشانی گذرواژهٔ کاروان');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    const [{ value: nobodyMails }] = (await t.deps.db
      .select({ value: count() })
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.to, 'nobody@example.com'))) as [{ value: number }];
    expect(Number(nobodyMails)).toBe(0);

    const confirm = await anonymous.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(confirm.status).toBe(204);
    const reused = await anonymous.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'another new password',
    });
    expect(reused.body.code).toBe('auth.reset_token_invalid');
    expect((await oldSession.get('/api/v1/me')).status).toBe(401);
    const login = await anonymous.post('/api/v1/auth/login', {
      email: 'forgetful@example.com',
      password: 'a brand new password',
    });
    expect(login.status).toBe(200);
  });
});

describe('two-factor sign-in (TOTP)', () => {
  it('sets up with a code from the app, then asks for a code at sign-in and refuses a replay', async () => {
    const { client, email } = await signUp(t);
    const setup = await client.post('/api/v1/me/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Karvan/);
    expect(setup.body.qrSvg).toMatch(/^<svg/);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.body.secret) });
    const code = (offsetSteps = 0) =>
      totp.generate({ timestamp: t.clock.now().getTime() + offsetSteps * 30_000 });

    expect(
      (await client.post('/api/v1/me/totp/enable', { code: '000000' === code() ? '111111' : '000000' }))
        .status,
    ).toBe(401);
    expect((await client.post('/api/v1/me/totp/enable', { code: code() })).status).toBe(204);
    expect((await client.get('/api/v1/me')).body.user.totpEnabled).toBe(true);

    const browser = new TestClient(t.app);
    const first = await browser.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(first.status).toBe(401);
    expect(first.body.code).toBe('auth.totp_required');
    expect(browser.hasCookie('karvan_session')).toBe(false);

    t.clock.advance(30_000);
    // Persian digits typed on a Persian keyboard are understood.
    const persian = code().replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    expect(
      (await browser.post('/api/v1/auth/login', { email, password: TEST_PASSWORD, totp: persian })).status,
    ).toBe(200);
    const replay = await new TestClient(t.app).post('/api/v1/auth/login', {
      email,
      password: TEST_PASSWORD,
      totp: code(),
    });
    expect(replay.body.code).toBe('auth.totp_invalid');
  });
});

describe('sessions and API tokens', () => {
  it('lists the user’s sessions, ends one, and never another user’s', async () => {
    const { client, email } = await signUp(t);
    const laptop = new TestClient(t.app);
    await laptop.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    const sessions = await client.get('/api/v1/me/sessions');
    expect(sessions.body.items).toHaveLength(2);
    const other = sessions.body.items.find((s: { isCurrent: boolean }) => !s.isCurrent);
    const { client: stranger } = await signUp(t);
    expect((await stranger.delete(`/api/v1/me/sessions/${other.id}`)).status).toBe(404);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    expect((await client.delete(`/api/v1/me/sessions/${other.id}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
  });

  it('creates a token shown once, authenticates with Bearer without CSRF, and stops at revocation', async () => {
    const { client, email } = await signUp(t);
    const created = await client.post('/api/v1/me/tokens', { name: 'import script' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^kvn_/);
    const listed = await client.get('/api/v1/me/tokens');
    expect(listed.text).not.toContain(created.body.token);
    expect(listed.body.items[0]).toMatchObject({ name: 'import script', prefix: created.body.prefix });

    const api = new TestClient(t.app, { bearer: created.body.token });
    expect((await api.get('/api/v1/me')).body.user.email).toBe(email);
    expect(
      (await api.post('/api/v1/organizations', { name: { en: 'Token Org' }, kind: 'company', country: 'AE' }))
        .status,
    ).toBe(201);

    expect((await client.delete(`/api/v1/me/tokens/${created.body.id}`)).status).toBe(204);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    expect(
      (await new TestClient(t.app, { bearer: 'kvn_made_up' }).get('/api/v1/reference/countries')).status,
    ).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated change without the CSRF header, and one from another origin', async () => {
    const { client } = await signUp(t);
    const withoutHeader = await client.request('PATCH', '/api/v1/me', { name: 'X' }, { 'x-csrf-token': '' });
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.code).toBe('auth.csrf');
    const foreign = await client.request(
      'PATCH',
      '/api/v1/me',
      { name: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.body.code).toBe('auth.csrf');
    expect((await client.patch('/api/v1/me', { name: 'Allowed' })).status).toBe(200);
  });
});

describe('audit', () => {
  it('wrote a verifiable chain for everything above', async () => {
    const result = await verifyAuditChain(t.deps.db);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThan(10);
  });
});
