import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, schema, sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { createOrganization, signUp } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import { xlsxBuffer } from './import-files/write-table-file.ts';
import { MAIN_NS, workbookEntries, writeZip } from './import-files/xlsx-fixture.ts';
import { importsDirOf, recoverImports, whenImportsIdle } from './opportunity-import.service.ts';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let officer: Awaited<ReturnType<typeof signUp>>;
let organizationId: string;

beforeAll(async () => {
  t = await buildTestApp();
  owner = await signUp(t);
  organizationId = (await createOrganization(owner.client)).id;
  officer = await signUp(t, { platformRoles: ['agency-officer'] });
});
afterAll(() => t.close());

const HEADER =
  'external_id,kind,title_fa,title_en,province,isic,commodities,investment_types,required_investment,currency,stage';
const ROWS = [
  'KRM-001,mining,معدن مس دره‌زار,Darrehzar copper,IR-08,0729,copper,"equity, joint-venture",250000000,USD,feasibility',
  'KRM-002,معدن,سنگ آهن گل‌گهر,,استان کرمان,0710,iron_ore,وام,۱۲۰۰۰۰۰۰۰۰۰,IRR,licensed',
];

async function upload(client: TestClient, name: string, content: Buffer | string) {
  const response = await client.upload(
    '/api/v1/opportunities/imports',
    { organizationId },
    { name, content },
  );
  await whenImportsIdle(t.deps);
  return response;
}

async function job(client: TestClient, id: string) {
  return (await client.get(`/api/v1/opportunities/imports/${id}`)).body;
}

async function problems(client: TestClient, id: string) {
  return (await client.get(`/api/v1/opportunities/imports/${id}/problems`)).body.items as Array<{
    row: number;
    column: string | null;
    code: string;
    message: string;
  }>;
}

async function apply(client: TestClient, id: string, body: { mode: string; publish?: boolean }) {
  const response = await client.post(`/api/v1/opportunities/imports/${id}/apply`, body);
  await whenImportsIdle(t.deps);
  return response;
}

const bankSize = async () =>
  (
    await t.deps.db
      .select({ n: count() })
      .from(schema.opportunities)
      .where(eq(schema.opportunities.organizationId, organizationId))
  )[0]!.n;

describe('importing a CSV', () => {
  it('checks every row first, refuses all-or-nothing with bad rows, then imports only the valid ones', async () => {
    const csv = [
      HEADER,
      ...ROWS,
      'KRM-003,volcano,,,Atlantis,9999,,,lots,USD,dream',
      'KRM-001,mining,تکراری,,IR-08,,,,,,',
    ].join('\n');
    const started = await upload(owner.client, 'bank.csv', csv);
    expect(started.status).toBe(202);
    const checked = await job(owner.client, started.body.id);
    expect(checked).toMatchObject({
      status: 'validated',
      encoding: 'utf-8',
      totalRows: 4,
      validRows: 2,
      rejectedRows: 2,
      newRows: 2,
      existingRows: 0,
    });
    const found = await problems(owner.client, started.body.id);
    expect(found.map((p) => [p.row, p.column, p.code])).toEqual(
      expect.arrayContaining([
        [4, 'kind', 'unknown_code'],
        [4, null, 'title_required'],
        [4, 'province', 'unknown_province'],
        [4, 'isic', 'unknown_isic'],
        [4, 'required_investment', 'not_a_number'],
        [4, 'stage', 'unknown_code'],
        [5, 'external_id', 'duplicate_external_id'],
      ]),
    );
    expect(found.find((p) => p.code === 'duplicate_external_id')?.message).toContain('2');
    expect(await bankSize()).toBe(0);

    const refused = await apply(owner.client, started.body.id, { mode: 'all-or-nothing' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('import.has_rejected_rows');
    expect(await bankSize()).toBe(0);

    expect((await apply(owner.client, started.body.id, { mode: 'valid-only', publish: true })).status).toBe(
      403,
    );
    const applied = await apply(owner.client, started.body.id, { mode: 'valid-only' });
    expect(applied.status).toBe(202);
    expect(await job(owner.client, started.body.id)).toMatchObject({
      status: 'applied',
      imported: 2,
      updated: 0,
    });
    expect(await bankSize()).toBe(2);
    const [second] = await t.deps.db
      .select()
      .from(schema.opportunities)
      .where(eq(schema.opportunities.externalId, 'KRM-002'));
    expect(second).toMatchObject({
      kind: 'mining',
      province: 'IR-08',
      status: 'draft',
      investmentTypes: ['loan'],
      requiredAmount: '12000000000.0000',
      requiredCurrency: 'IRR',
      isicPaths: ['B', '07', '071', '0710'],
    });
    expect((await apply(owner.client, started.body.id, { mode: 'valid-only' })).status).toBe(409);
  });

  it('updates instead of duplicating when the same external ids come again, and officers may publish', async () => {
    const csv = [HEADER, ...ROWS, 'KRM-004,energy,نیروگاه خورشیدی,,IR-08,,,,,,'].join('\r\n');
    const started = await upload(officer.client, 'again.csv', csv);
    expect(await job(officer.client, started.body.id)).toMatchObject({
      validRows: 3,
      newRows: 1,
      existingRows: 2,
    });
    await apply(officer.client, started.body.id, { mode: 'all-or-nothing', publish: true });
    expect(await job(officer.client, started.body.id)).toMatchObject({
      status: 'applied',
      imported: 1,
      updated: 2,
    });
    expect(await bankSize()).toBe(3);
    const search = await new TestClient(t.app).get(
      `/api/v1/opportunities?q=${encodeURIComponent('خورشيدي')}`,
    );
    expect(search.body.items.map((i: { externalId: string }) => i.externalId)).toEqual(['KRM-004']);
    const [row] = await t.deps.db
      .select()
      .from(schema.opportunities)
      .where(eq(schema.opportunities.externalId, 'KRM-001'));
    const timeline = await officer.client.get(`/api/v1/opportunities/${row!.id}/timeline`);
    expect(
      timeline.body.items.map((e: { action: string; toStatus: string }) => [e.action, e.toStatus]),
    ).toEqual([
      ['imported', 'draft'],
      ['updated-by-import', 'published'],
    ]);
  });

  it('reads Windows-1256 Persian without garbling it', async () => {
    // "external_id,kind,title_fa,province\nWIN-1,mining,سلام,IR-08" with the title in code page 1256.
    const bytes = Buffer.concat([
      Buffer.from('external_id,kind,title_fa,province\nWIN-1,mining,'),
      Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]),
      Buffer.from(',IR-08\n'),
    ]);
    const started = await upload(owner.client, 'legacy.csv', bytes);
    expect(await job(owner.client, started.body.id)).toMatchObject({
      status: 'validated',
      encoding: 'windows-1256',
      validRows: 1,
    });
    await apply(owner.client, started.body.id, { mode: 'all-or-nothing' });
    const [row] = await t.deps.db
      .select()
      .from(schema.opportunities)
      .where(eq(schema.opportunities.externalId, 'WIN-1'));
    expect(row?.title).toEqual({ fa: 'سلام' });
  });

  it('takes headers in any of the four languages and an XLSX file', async () => {
    const header = ['شناسه طرح', 'نوع الفرصة', 'عنوان (فارسی)', '标题（中文）', 'province'];
    const buffer = await xlsxBuffer(header, [['XL-1', 'تعدين', 'معدن طلا', '金矿', '克尔曼']]);
    const started = await upload(owner.client, 'bank.xlsx', buffer);
    const checked = await job(owner.client, started.body.id);
    expect(checked, JSON.stringify(await problems(owner.client, started.body.id))).toMatchObject({
      status: 'validated',
      fileFormat: 'xlsx',
      validRows: 1,
    });
  });

  it('marks formulas and HTML in cells, with messages in the caller’s language', async () => {
    const csv = [
      'external_id,kind,title_en,province',
      'F-1,mining,=HYPERLINK("http://evil"),IR-08',
      'F-2,mining,<img src=x onerror=alert(1)>,IR-08',
      'F-3,mining,"Name with \u202Eoverride",IR-08',
    ].join('\n');
    const persian = new TestClient(t.app, { locale: 'fa' });
    const started = await owner.client.upload(
      '/api/v1/opportunities/imports',
      { organizationId },
      { name: 'x.csv', content: csv },
    );
    await whenImportsIdle(t.deps);
    const found = await problems(owner.client, started.body.id);
    expect(found.map((p) => [p.row, p.code])).toEqual([
      [2, 'formula_not_allowed'],
      [3, 'html_not_allowed'],
      [4, 'unsafe_characters'],
    ]);
    expect((await persian.get(`/api/v1/opportunities/imports/${started.body.id}`)).status).toBe(401);
    const fa = new TestClient(t.app, { locale: 'fa' });
    await fa.post('/api/v1/auth/login', { email: owner.email, password: 'correct horse battery' });
    const inPersian = (await fa.get(`/api/v1/opportunities/imports/${started.body.id}/problems`)).body.items;
    expect(inPersian[0].message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('bad files change nothing', () => {
  it('refuses files with missing columns, no rows, an empty body, a fake XLSX and a zip bomb', async () => {
    const before = await bankSize();
    const cases: Array<[string, Buffer | string, string]> = [
      ['no-province.csv', 'external_id,kind,title_fa\nA,mining,x\n', 'missing_columns'],
      ['header-only.csv', 'external_id,kind,title_fa,province\n', 'no_rows'],
      ['empty.csv', '', 'empty_file'],
      ['fake.xlsx', 'external_id,kind\n', 'not_xlsx'],
    ];
    const bomb = join(tmpdir(), `karvan-bomb-${process.pid}.xlsx`);
    const megabyte = Buffer.alloc(1024 * 1024);
    await writeZip(bomb, [
      ...workbookEntries({
        sheets: [{ name: 'S', file: 'sheet1.xml', xml: `<worksheet xmlns="${MAIN_NS}"/>` }],
      }),
      {
        name: 'xl/media/zeros.bin',
        data: (async function* () {
          for (let i = 0; i < 600; i++) yield megabyte;
        })(),
        level: 1,
      },
    ]);
    cases.push(['bomb.xlsx', await readFile(bomb), 'zip_bomb']);
    await rm(bomb, { force: true });
    for (const [name, content, code] of cases) {
      const started = await upload(owner.client, name, content);
      const result = await job(owner.client, started.body.id);
      expect(result.status, name).toBe('failed');
      expect(result.fileProblem.code, name).toBe(code);
      expect(result.fileProblem.message.length, name).toBeGreaterThan(10);
    }
    expect(await bankSize()).toBe(before);
    expect((await readdir(importsDirOf(t.deps))).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('refuses an upload over 50 MB with 413 and keeps no file and no import', async () => {
    const jobsBefore = (await t.deps.db.select({ n: count() }).from(schema.opportunityImports))[0]!.n;
    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 0x41);
    const response = await owner.client.upload(
      '/api/v1/opportunities/imports',
      { organizationId },
      { name: 'big.csv', content: big },
    );
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('import.file_too_large');
    expect(await readdir(importsDirOf(t.deps))).toEqual([]);
    expect((await t.deps.db.select({ n: count() }).from(schema.opportunityImports))[0]!.n).toBe(jobsBefore);
  });

  it('hides imports from other organisations and refuses anonymous uploads', async () => {
    const started = await upload(owner.client, 'mine.csv', [HEADER, ROWS[0]].join('\n'));
    const stranger = await signUp(t);
    expect((await stranger.client.get(`/api/v1/opportunities/imports/${started.body.id}`)).status).toBe(404);
    expect(
      (
        await stranger.client.post(`/api/v1/opportunities/imports/${started.body.id}/apply`, {
          mode: 'valid-only',
        })
      ).status,
    ).toBe(404);
    const upload403 = await stranger.client.upload(
      '/api/v1/opportunities/imports',
      { organizationId },
      { name: 'x.csv', content: 'a' },
    );
    expect(upload403.status).toBe(404);
    const anonymous = await new TestClient(t.app).upload(
      '/api/v1/opportunities/imports',
      { organizationId },
      { name: 'x.csv', content: 'a' },
    );
    expect(anonymous.status).toBe(401);
  });

  it('leaves the bank as it was when writing fails half-way, and after a crash mid-write', async () => {
    const csv = [HEADER, 'CR-1,mining,یک,,IR-08,,,,,,', 'CR-2,mining,دو,,IR-08,,,,,,'].join('\n');
    const started = await upload(owner.client, 'crash.csv', csv);
    const before = await bankSize();
    // Spoil the second staged row so that the single INSERT fails after the first row went in.
    await t.deps.db.execute(
      sql`update opportunity_import_rows set values = jsonb_set(values, '{latitude}', '"not a number"') where import_id = ${started.body.id} and row_number = 3`,
    );
    await apply(owner.client, started.body.id, { mode: 'all-or-nothing' });
    expect(await job(owner.client, started.body.id)).toMatchObject({
      status: 'failed',
      fileProblem: { code: 'apply_failed' },
    });
    expect(await bankSize()).toBe(before);

    // A process killed while writing: the import stays "applying"; the next start puts it back.
    const second = await upload(owner.client, 'crash2.csv', csv);
    await t.deps.db
      .update(schema.opportunityImports)
      .set({ status: 'applying', mode: 'all-or-nothing' })
      .where(eq(schema.opportunityImports.id, second.body.id));
    await writeFile(join(importsDirOf(t.deps), 'stray.part'), 'half an upload');
    expect(await recoverImports(t.deps, 0)).toBe(1);
    expect(await job(owner.client, second.body.id)).toMatchObject({ status: 'validated' });
    expect(await readdir(importsDirOf(t.deps))).toEqual([]);
    expect(await bankSize()).toBe(before);
    await apply(owner.client, second.body.id, { mode: 'all-or-nothing' });
    expect(await bankSize()).toBe(before + 2);
  });
});

describe('templates and exports', () => {
  it('offers the template with headers in the user’s language', async () => {
    const fa = await new TestClient(t.app, { locale: 'fa' }).get(
      '/api/v1/opportunities/import-template?format=csv',
    );
    expect(fa.headers['content-type']).toContain('text/csv');
    expect(fa.text.charCodeAt(0)).toBe(0xfeff);
    expect(fa.text).toContain('عنوان');
    const en = await new TestClient(t.app).get('/api/v1/opportunities/import-template?format=csv&locale=en');
    expect(en.text.slice(1).split('\r\n')[0]).toBe(
      'external_id,kind,title_fa,title_ar,title_zh,title_en,summary_fa,summary_ar,summary_zh,summary_en,province,isic,commodities,hs,investment_types,required_investment,currency,capacity,capacity_unit,stage,latitude,longitude,contact_email',
    );
    const xlsx = await new TestClient(t.app).get('/api/v1/opportunities/import-template?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('exports the current search as CSV that imports again, formulas neutralised', async () => {
    const officerOrg = (await createOrganization(officer.client)).id;
    const created = await officer.client.post('/api/v1/opportunities', {
      organizationId: officerOrg,
      kind: 'tourism',
      title: { en: '=cmd|calc', fa: 'هتل ساحلی' },
      province: 'IR-22',
      externalId: 'EXP-1',
    });
    await officer.client.post(`/api/v1/opportunities/${created.body.id}/publish`, {});
    const csv = await new TestClient(t.app).get('/api/v1/opportunities/export?format=csv&kind=tourism');
    expect(csv.status).toBe(200);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=cmd|calc");
    expect(lines[1]).toContain('Tourism');
    const xlsx = await new TestClient(t.app).get('/api/v1/opportunities/export?format=xlsx&kind=tourism');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('karvan-opportunities.xlsx');
  });
});
