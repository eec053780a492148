import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let client: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  client = new TestClient(t.app);
});
afterAll(() => t.close());

describe('reference data that ships with the product', () => {
  it('has Iran’s 31 provinces keyed on ISO codes, with names in all four languages', async () => {
    const r = await client.get('/api/v1/reference/provinces?country=IR');
    expect(r.body.items).toHaveLength(31);
    const kerman = r.body.items.find((p: { code: string }) => p.code === 'IR-08');
    expect(kerman.name).toMatchObject({ en: 'Kerman', fa: 'کرمان' });
    // ISO IR-01 is Gilan (CLDR's legacy numbering would say East Azerbaijan).
    expect(r.body.items.find((p: { code: string }) => p.code === 'IR-01').name.en).toBe('Gilan');
    for (const p of r.body.items) expect(Object.keys(p.name).sort()).toEqual(['ar', 'en', 'fa', 'zh']);
  });

  it('has China’s 34 provinces', async () => {
    const r = await client.get('/api/v1/reference/provinces?country=CN');
    expect(r.body.items).toHaveLength(34);
    expect(r.body.items.find((p: { code: string }) => p.code === 'CN-YN').name.zh).toBe('云南省');
  });

  it('browses ISIC Rev.4 from its 21 sections down to classes', async () => {
    const sections = await client.get('/api/v1/reference/isic');
    expect(sections.body.items).toHaveLength(21);
    const mining = sections.body.items.find((s: { code: string }) => s.code === 'B');
    expect(mining.title.en).toMatch(/Mining and quarrying/);
    expect(mining.title.ar).toBeTruthy();
    const divisions = await client.get('/api/v1/reference/isic?parent=B');
    expect(divisions.body.items.map((d: { code: string }) => d.code)).toEqual(['05', '06', '07', '08', '09']);
    const search = await client.get('/api/v1/reference/isic?q=copper');
    expect(search.status).toBe(200);
  });

  it('has the HS chapters and headings for minerals and metals', async () => {
    const chapter26 = await client.get('/api/v1/reference/hs?parent=26');
    expect(chapter26.body.items.map((h: { code: string }) => h.code)).toContain('2603');
    const copper = await client.get('/api/v1/reference/hs?parent=2603');
    expect(copper.body.items[0].code).toBe('260300');
    const sections = await client.get('/api/v1/reference/hs');
    expect(sections.body.items.map((s: { code: string }) => s.code).slice(0, 12)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
    expect(sections.body.items).toHaveLength(21);
    // Our own translation is marked as such.
    expect(chapter26.body.items[0].unofficial).toEqual(expect.arrayContaining(['fa', 'zh']));
  });

  it('has mineral commodities with their HS and ISIC codes, countries and currencies', async () => {
    const commodities = await client.get('/api/v1/reference/commodities');
    const copper = commodities.body.items.find((c: { code: string }) => c.code === 'copper');
    expect(copper).toMatchObject({ symbol: 'Cu', hs: ['2603', '7403'] });
    expect((await client.get('/api/v1/reference/countries')).body.items.length).toBeGreaterThan(240);
    const irr = (await client.get('/api/v1/reference/currencies')).body.items.find(
      (c: { code: string }) => c.code === 'IRR',
    );
    expect(irr).toMatchObject({ minorUnits: 0, name: { fa: 'ریال ایران' } });
  });

  it('serves Iran’s boundaries as GeoJSON with the OpenStreetMap attribution', async () => {
    const r = await client.get('/api/v1/reference/boundaries/IR');
    expect(r.headers['content-type']).toMatch(/geo\+json/);
    expect(r.body.features).toHaveLength(31);
    expect(JSON.stringify(r.body.attribution ?? '')).toMatch(/OpenStreetMap/);
  });
});
