import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../features/opportunities/import-files/xlsx-fixture.ts';
import { AppError } from '../errors.ts';
import { sanitizeFileName } from './sanitize-file-name.ts';
import { sniffFileType } from './sniff-file-type.ts';

let dir: string;
const fixtures: Record<string, Uint8Array> = {};

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'karvan-sniff-'));
  const pdf = await PDFDocument.create();
  pdf.addPage();
  fixtures.pdf = await pdf.save();
  const canvas = createCanvas(4, 4);
  canvas.getContext('2d').fillRect(0, 0, 2, 2);
  fixtures.png = canvas.toBuffer('image/png');
  fixtures.jpeg = canvas.toBuffer('image/jpeg');
  fixtures.webp = canvas.toBuffer('image/webp');
  const docx = join(dir, 'a.docx');
  await writeZip(docx, [
    {
      name: '[Content_Types].xml',
      data: CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]);
  fixtures.docx = await readFile(docx);
  const zip = join(dir, 'a.zip');
  await writeZip(zip, [{ name: 'notes.txt', data: 'hello' }]);
  fixtures.zip = await readFile(zip);
  // ELF header of a 64-bit little-endian x86-64 executable.
  fixtures.elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
  fixtures.mz = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : undefined;
}

/** A minimal OLE compound file whose root storage has the given CLSID (16 bytes). */
function compoundFile(clsid: number[]): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 0x18);
  bytes.writeUInt16LE(0x0003, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(9, 0x1e); // 512-byte sectors
  bytes.writeUInt32LE(0, 0x30); // directory starts at sector 0 = byte 512
  Buffer.from(clsid).copy(bytes, 512 + 0x50);
  return bytes;
}
const MSI_CLSID = [0x84, 0x10, 0x0c, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];
const WORD_97_CLSID = [0x06, 0x09, 0x02, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46];

describe('sniffFileType', () => {
  it('reads PDFs, images and Office files from their content', async () => {
    expect(await sniffFileType({ head: fixtures.pdf!, fileName: 'report.pdf' })).toMatchObject({
      mediaType: 'application/pdf',
      viewKind: 'pdf',
    });
    expect(await sniffFileType({ head: fixtures.png!, fileName: 'نقشه.png' })).toMatchObject({
      mediaType: 'image/png',
      viewKind: 'image',
    });
    expect(await sniffFileType({ head: fixtures.jpeg!, fileName: 'photo.JPG' })).toMatchObject({
      mediaType: 'image/jpeg',
      viewKind: 'image',
    });
    expect(await sniffFileType({ head: fixtures.webp!, fileName: 'photo.webp' })).toMatchObject({
      viewKind: 'image',
    });
    expect(
      await sniffFileType({ head: fixtures.docx!, fileName: 'contract.docx', path: join(dir, 'a.docx') }),
    ).toMatchObject({ viewKind: 'office', detected: 'docx' });
    const word97 = compoundFile(WORD_97_CLSID);
    expect(await sniffFileType({ head: word97, fileName: 'old.doc' })).toMatchObject({
      mediaType: 'application/msword',
      viewKind: 'office',
    });
  });

  it('ignores a name without an extension and takes the content', async () => {
    expect(await sniffFileType({ head: fixtures.pdf!, fileName: 'scan' })).toMatchObject({ viewKind: 'pdf' });
  });

  it('offers CAD/GIS, text and unknown binaries as downloads', async () => {
    const geojson = Buffer.from('{"type":"FeatureCollection","features":[]}');
    expect(await sniffFileType({ head: geojson, fileName: 'blocks.geojson' })).toEqual({
      mediaType: 'application/geo+json',
      viewKind: 'download',
      detected: 'text',
    });
    const kml = Buffer.from('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"></kml>');
    expect(await sniffFileType({ head: kml, fileName: 'site.kml' })).toMatchObject({ viewKind: 'download' });
    expect(await sniffFileType({ head: fixtures.zip!, fileName: 'site.kmz' })).toMatchObject({
      mediaType: 'application/vnd.google-earth.kmz',
      viewKind: 'download',
    });
    const random = Buffer.from([0x00, 0x9f, 0x13, 0x00, 0xfe, 0x01, 0x02, 0x03]);
    expect(await sniffFileType({ head: random, fileName: 'survey.dat' })).toEqual({
      mediaType: 'application/octet-stream',
      viewKind: 'download',
      detected: 'binary',
    });
  });

  it('refuses a .pdf that holds PNG bytes as a mismatch', async () => {
    expect(await errorCode(sniffFileType({ head: fixtures.png!, fileName: 'report.pdf' }))).toBe(
      'dataroom.type_mismatch',
    );
  });

  it('refuses a .png that is a zip, a .docx that is a plain zip, a .csv that is binary', async () => {
    expect(await errorCode(sniffFileType({ head: fixtures.zip!, fileName: 'map.png' }))).toBe(
      'dataroom.type_mismatch',
    );
    expect(
      await errorCode(sniffFileType({ head: fixtures.zip!, fileName: 'x.docx', path: join(dir, 'a.zip') })),
    ).toBe('dataroom.type_mismatch');
    expect(await errorCode(sniffFileType({ head: fixtures.png!, fileName: 'table.csv' }))).toBe(
      'dataroom.type_mismatch',
    );
  });

  it('refuses ELF and MZ executables named report.pdf', async () => {
    expect(await errorCode(sniffFileType({ head: fixtures.elf!, fileName: 'report.pdf' }))).toBe(
      'dataroom.type_refused',
    );
    expect(await errorCode(sniffFileType({ head: fixtures.mz!, fileName: 'report.pdf' }))).toBe(
      'dataroom.type_refused',
    );
  });

  it('refuses shell scripts, installers and executable names', async () => {
    const script = Buffer.from('#!/bin/sh\nrm -rf /\n');
    expect(await errorCode(sniffFileType({ head: script, fileName: 'notes.txt' }))).toBe(
      'dataroom.type_refused',
    );
    expect(await errorCode(sniffFileType({ head: compoundFile(MSI_CLSID), fileName: 'setup.doc' }))).toBe(
      'dataroom.type_refused',
    );
    for (const name of ['invoice.exe', 'run.BAT', 'x.cmd', 'app.js', 'setup.msi', 'screen.scr']) {
      expect(await errorCode(sniffFileType({ head: fixtures.pdf!, fileName: name })), name).toBe(
        'dataroom.type_refused',
      );
    }
  });
});

describe('sanitizeFileName', () => {
  it('removes a right-to-left override that disguises an executable', () => {
    expect(sanitizeFileName('\u202efdp.exe')).toBe('fdp.exe');
    expect(sanitizeFileName('report\u202efdp.exe')).toBe('reportfdp.exe');
  });

  it('keeps only the last path segment, for / and \\ alike', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('a\\b\\..\\c.pdf')).toBe('c.pdf');
    expect(sanitizeFileName('C:\\Users\\me\\گزارش مالی.pdf')).toBe('گزارش مالی.pdf');
  });

  it('refuses names with nothing left', () => {
    for (const name of ['', '   ', '..', '../..', 'a/', '\u202e\u2066', '\u0000\u0007']) {
      expect(() => sanitizeFileName(name), JSON.stringify(name)).toThrow(AppError);
    }
  });

  it('strips controls, bidi marks and isolates, and keeps ZWNJ', () => {
    expect(sanitizeFileName('\u200fمی\u200cخواهد\u2067 \u0007\u061c.docx')).toBe('می\u200cخواهد .docx');
    expect(sanitizeFileName(' \u200e.hidden.txt ')).toBe('hidden.txt');
    expect(sanitizeFileName('a:b?.pdf')).toBe('a_b_.pdf');
  });

  it('shortens to 200 characters keeping the extension and whole characters', () => {
    const long = `${'铜'.repeat(150)}${'😀'.repeat(100)}.pdf`;
    const result = sanitizeFileName(long);
    expect(Array.from(result)).toHaveLength(200);
    expect(result.endsWith('😀.pdf')).toBe(true);
    expect(Buffer.from(result, 'utf8').toString('utf8')).toBe(result); // no lone surrogate
  });
});
