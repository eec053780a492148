import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq, schema, sql } from '@karvan/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../cli/commands.ts';
import { TestClient } from '../../test/client.ts';
import { buildTestApp, type TestApp } from '../../test/harness.ts';
import { sweepRoomFiles } from './room-files.ts';

/** Sets every file under `dir` back by `ms`. */
function ageFiles(dir: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), then, then);
  }
}

import {
  docx,
  ownerWithRoom,
  pdfWith,
  png,
  storeContents,
  textFile,
  upload,
} from './room-fixtures.test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const run = (statement: string) => t.deps.db.execute(sql.raw(statement));

async function rowCount(table: typeof schema.dataRoomDocuments | typeof schema.storedFiles) {
  const [row] = await t.deps.db.select({ n: count() }).from(table);
  return Number(row!.n);
}

describe('uploads', () => {
  it('stores PDF, PNG, docx, CAD and unknown files with the type read from the content', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const pdf = await upload(owner.client, opportunityId, {
      name: 'assay.pdf',
      content: await pdfWith(['Copper grade 1.2 percent', 'Second page']),
    });
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      name: 'assay.pdf',
      index: '1',
      version: 1,
      mediaType: 'application/pdf',
      viewKind: 'pdf',
      pageCount: 2,
      allowed: { view: true, download: true, downloadOriginal: true },
    });
    const pages = await t.deps.db
      .select({ page: schema.dataRoomPageTexts.page, searchText: schema.dataRoomPageTexts.searchText })
      .from(schema.dataRoomPageTexts)
      .where(eq(schema.dataRoomPageTexts.documentId, pdf.body.id))
      .orderBy(schema.dataRoomPageTexts.page);
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pages[0]!.searchText).toContain('copper');

    const image = await upload(owner.client, opportunityId, { name: 'map.png', content: png() });
    expect(image.body).toMatchObject({ mediaType: 'image/png', viewKind: 'image', pageCount: 1, index: '2' });
    const word = await upload(owner.client, opportunityId, { name: 'plan.docx', content: await docx() });
    expect(word.body).toMatchObject({ viewKind: 'office', pageCount: null });
    const wordText = await t.deps.db
      .select({ searchText: schema.dataRoomPageTexts.searchText })
      .from(schema.dataRoomPageTexts)
      .where(eq(schema.dataRoomPageTexts.documentId, word.body.id));
    expect(wordText.map((p) => p.searchText)).toEqual([expect.stringContaining('copper pit')]);
    const cad = await upload(owner.client, opportunityId, {
      name: 'site.dxf',
      content: '  0\nSECTION\n  2\nHEADER\n  0\nENDSEC\n  0\nEOF\n',
    });
    expect(cad.body).toMatchObject({ mediaType: 'image/vnd.dxf', viewKind: 'download' });
    const unknown = await upload(owner.client, opportunityId, {
      name: 'samples.xyz',
      content: Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 9]),
    });
    expect(unknown.status).toBe(201);
    expect(unknown.body).toMatchObject({ mediaType: 'application/octet-stream', viewKind: 'download' });
  });

  it('refuses a lying extension, an executable and a PDF with JavaScript, keeping nothing', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const before = {
      documents: await rowCount(schema.dataRoomDocuments),
      blobs: storeContents(t).blobs.length,
    };
    const lie = await upload(owner.client, opportunityId, { name: 'report.pdf', content: png() });
    expect([lie.status, lie.body.code]).toEqual([422, 'dataroom.type_mismatch']);
    const program = await upload(owner.client, opportunityId, { name: 'setup.exe', content: 'MZ' });
    expect([program.status, program.body.code]).toEqual([422, 'dataroom.type_refused']);
    const script = await upload(owner.client, opportunityId, {
      name: 'deck.pdf',
      content: await pdfWith(['x'], { javascript: true }),
    });
    expect([script.status, script.body.code]).toEqual([422, 'dataroom.pdf_active_content']);
    expect(await rowCount(schema.dataRoomDocuments)).toBe(before.documents);
    expect(storeContents(t)).toEqual({ blobs: expect.any(Array), temp: [] });
    expect(storeContents(t).blobs.length).toBe(before.blobs);
  });

  it('stores names cleaned of path parts and direction overrides', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const traversal = await upload(owner.client, opportunityId, {
      name: '../../etc/passwd.png',
      content: png(),
    });
    expect(traversal.body).toMatchObject({ name: 'passwd.png', fileName: 'passwd.png' });
    const rtl = await upload(owner.client, opportunityId, { name: 'invoice\u202Egnp.png', content: png() });
    expect(rtl.body.fileName).toBe('invoicegnp.png');
    const badPath = await upload(
      owner.client,
      opportunityId,
      { name: 'a.png', content: png() },
      { folder: '../x' },
    );
    expect([badPath.status, badPath.body.code]).toEqual([422, 'dataroom.file_name_invalid']);
  });

  it('creates the folders of a path once, and the same bytes are stored once', async () => {
    const { owner, opportunityId, roomUrl } = await ownerWithRoom(t);
    const bytes = await pdfWith(['Drill log']);
    const first = await upload(
      owner.client,
      opportunityId,
      { name: 'log.pdf', content: bytes },
      { folder: 'Geology/Logs' },
    );
    const second = await upload(
      owner.client,
      opportunityId,
      { name: 'log-copy.pdf', content: bytes },
      { folder: 'Geology/Logs' },
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.folderId).toBe(first.body.folderId);
    expect([first.body.index, second.body.index]).toEqual(['1.1.1', '1.1.2']);
    const room = (await owner.client.get(roomUrl)).body;
    expect(room.folders.map((f: { name: string; index: string }) => `${f.index} ${f.name}`).sort()).toEqual([
      '1 Geology',
      '1.1 Logs',
    ]);
    const versions = await t.deps.db
      .select({ sha256: schema.dataRoomDocumentVersions.sha256 })
      .from(schema.dataRoomDocumentVersions)
      .where(eq(schema.dataRoomDocumentVersions.documentId, first.body.id));
    const sha256 = versions[0]!.sha256;
    expect(storeContents(t).blobs.filter((blob) => blob === sha256)).toHaveLength(1);
    const rows = await t.deps.db
      .select()
      .from(schema.storedFiles)
      .where(eq(schema.storedFiles.sha256, sha256));
    expect(rows).toHaveLength(1);
    // The room counts those bytes once.
    expect(room.usedBytes).toBe(bytes.length);
  });

  it('keeps the history when a new version is uploaded', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const first = await upload(owner.client, opportunityId, {
      name: 'model.pdf',
      content: await pdfWith(['v1']),
    });
    const next = await owner.client.upload(
      `/api/v1/dataroom/documents/${first.body.id}/versions`,
      {},
      { name: 'model-final.pdf', content: await pdfWith(['v2', 'more']) },
    );
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({
      id: first.body.id,
      name: 'model.pdf',
      version: 2,
      fileName: 'model-final.pdf',
      pageCount: 2,
    });
    const detail = await owner.client.get(`/api/v1/dataroom/documents/${first.body.id}`);
    expect(
      detail.body.versions.map((v: { version: number; fileName: string }) => [v.version, v.fileName]),
    ).toEqual([
      [2, 'model-final.pdf'],
      [1, 'model.pdf'],
    ]);
    expect(detail.body.versions[0].uploadedBy.name).toBe('Test User');
  });

  it('uploads with a bearer token made by `karvan token create`, without a CSRF header', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const made = await runCommand(t.deps, ['token', 'create', owner.email, '--name', 'ci']);
    expect(made.exitCode).toBe(0);
    const api = new TestClient(t.app, { bearer: made.stdout.trim() });
    const response = await upload(api, opportunityId, { name: 'by-api.png', content: png() });
    expect(response.status).toBe(201);
    const wrong = new TestClient(t.app, { bearer: 'not-a-token' });
    expect((await upload(wrong, opportunityId, { name: 'x.png', content: png() })).status).toBe(401);
  });
});

describe('limits', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await buildTestApp({
      dataroom: { maxFileBytes: 300 * 1024, maxRoomBytes: 600 * 1024, officeConverter: null },
    });
  });
  afterAll(() => small.close());

  it('takes a file above the JSON body limit, refuses one above the file limit with nothing left', async () => {
    const { owner, opportunityId } = await ownerWithRoom(small);
    // 280 KiB: more than fastify's 256 KiB body limit, which must not apply to uploads.
    const fits = await upload(owner.client, opportunityId, {
      name: 'big.txt',
      content: textFile(280 * 1024),
    });
    expect(fits.status).toBe(201);
    const blobs = storeContents(small).blobs.length;
    const tooBig = await upload(owner.client, opportunityId, {
      name: 'huge.txt',
      content: textFile(400 * 1024),
    });
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'dataroom.file_too_large']);
    expect(storeContents(small)).toEqual({ blobs: expect.any(Array), temp: [] });
    expect(storeContents(small).blobs.length).toBe(blobs);
    const [documents] = await small.deps.db.select({ n: count() }).from(schema.dataRoomDocuments);
    expect(Number(documents!.n)).toBe(1);
  });

  it('refuses a file that would take the room over its limit, but not the same bytes again', async () => {
    const { owner, opportunityId } = await ownerWithRoom(small);
    const a = textFile(250 * 1024);
    expect((await upload(owner.client, opportunityId, { name: 'a.txt', content: a })).status).toBe(201);
    expect(
      (await upload(owner.client, opportunityId, { name: 'b.txt', content: textFile(250 * 1024) })).status,
    ).toBe(201);
    const full = await upload(owner.client, opportunityId, { name: 'c.txt', content: textFile(250 * 1024) });
    expect([full.status, full.body.code]).toEqual([413, 'dataroom.room_full']);
    expect(full.body.maxBytes).toBe(600 * 1024);
    expect(storeContents(small).temp).toEqual([]);
    // Bytes the room holds already take no more room.
    expect((await upload(owner.client, opportunityId, { name: 'a-again.txt', content: a })).status).toBe(201);
  });
});

describe('failures and the start-up sweep', () => {
  it('a failing insert leaves no document and no file; a failed commit leaves a file the sweep removes', async () => {
    const { owner, opportunityId } = await ownerWithRoom(t);
    const documentsBefore = await rowCount(schema.dataRoomDocuments);
    const blobsBefore = storeContents(t).blobs.length;
    // A trigger that fails inside the transaction (before the file is moved into place)…
    await run(`create or replace function karvan_test_fail() returns trigger language plpgsql as $$
      begin
        if new.file_name = 'explode.png' then raise exception 'forced failure'; end if;
        return new;
      end $$`);
    await run(`create trigger karvan_test_fail before insert on data_room_document_versions
        for each row execute function karvan_test_fail()`);
    // …and one that fails at commit, after the file was moved: what a kill between the two leaves.
    await run(`create or replace function karvan_test_fail_late() returns trigger language plpgsql as $$
      begin
        if new.file_name = 'late.png' then raise exception 'forced failure at commit'; end if;
        return new;
      end $$`);
    await run(`create constraint trigger karvan_test_fail_late after insert on data_room_document_versions
        deferrable initially deferred for each row execute function karvan_test_fail_late()`);
    try {
      const early = await upload(owner.client, opportunityId, { name: 'explode.png', content: png() });
      expect(early.status).toBe(500);
      expect(storeContents(t).blobs.length).toBe(blobsBefore);
      expect(storeContents(t).temp).toEqual([]);

      const lateBytes = Buffer.concat([png(), Buffer.from('late')]);
      const late = await upload(owner.client, opportunityId, { name: 'late.png', content: lateBytes });
      expect(late.status).toBe(500);
      expect(await rowCount(schema.dataRoomDocuments)).toBe(documentsBefore);
      expect(storeContents(t).blobs.length).toBe(blobsBefore + 1);
    } finally {
      await run('drop trigger karvan_test_fail on data_room_document_versions');
      await run('drop trigger karvan_test_fail_late on data_room_document_versions');
    }
    // A stray temporary file, as a process killed mid-upload leaves.
    const tmp = join(t.deps.config.dataDir!, 'files', 'tmp');
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, 'leftover'), 'partial');
    // The next start comes later: on PostgreSQL the sweep spares files younger than an hour (another
    // instance may be mid-upload), so the leftovers are made two hours old first.
    ageFiles(join(t.deps.config.dataDir!, 'files'), 2 * 60 * 60 * 1000);

    const swept = await sweepRoomFiles(t.deps);
    expect(swept).toEqual({ removedBlobs: 1, removedTemp: 1 });
    expect(storeContents(t)).toEqual({ blobs: expect.any(Array), temp: [] });
    expect(storeContents(t).blobs.length).toBe(blobsBefore);
    // Every file with a row is still there.
    const known = await t.deps.db.select({ sha256: schema.storedFiles.sha256 }).from(schema.storedFiles);
    expect(known.map((row) => row.sha256).sort()).toEqual(storeContents(t).blobs.sort());
  });
});
