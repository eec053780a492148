import { describe, expect, it } from 'vitest';
import { filesFromEntry, filesFromInput, uploadTargetFor } from './upload-files.ts';

/** A fake FileSystemFileEntry. */
const fileEntry = (name: string) => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (success: (file: File) => void) => success(new File([name], name)),
});

/** A fake FileSystemDirectoryEntry whose reader hands out entries in batches, as Chromium does. */
const dirEntry = (name: string, children: object[], batchSize = 2) => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let offset = 0;
    return {
      readEntries: (success: (entries: never[]) => void) => {
        const batch = children.slice(offset, offset + batchSize);
        offset += batchSize;
        setTimeout(() => success(batch as never[]), 0);
      },
    };
  },
});

describe('filesFromEntry', () => {
  it('walks a dropped folder, keeping the folder path of every file, across reader batches', async () => {
    const dropped = dirEntry('Plans', [
      fileEntry('a.pdf'),
      dirEntry('2024', [fileEntry('b.pdf'), dirEntry('Q1', [fileEntry('c.pdf')])]),
      fileEntry('d.pdf'),
      fileEntry('e.pdf'),
    ]);
    const files = await filesFromEntry(dropped);
    expect(files.map((f) => `${f.relativeDir}|${f.file.name}`)).toEqual([
      'Plans|a.pdf',
      'Plans/2024|b.pdf',
      'Plans/2024/Q1|c.pdf',
      'Plans|d.pdf',
      'Plans|e.pdf',
    ]);
  });

  it('gives a loose file no folder', async () => {
    const [only] = await filesFromEntry(fileEntry('x.pdf'));
    expect(only?.relativeDir).toBe('');
  });
});

describe('filesFromInput', () => {
  it('takes the folders from webkitRelativePath', () => {
    const nested = new File(['x'], 'site.pdf');
    Object.defineProperty(nested, 'webkitRelativePath', { value: 'Plans/2024/site.pdf' });
    const loose = new File(['y'], 'loose.pdf');
    expect(filesFromInput([nested, loose]).map((f) => f.relativeDir)).toEqual(['Plans/2024', '']);
  });
});

describe('uploadTargetFor', () => {
  it('puts a loose file in the target folder by id', () => {
    expect(uploadTargetFor('folder-1', '')).toEqual({ folderId: 'folder-1' });
    expect(uploadTargetFor(null, '')).toEqual({ folderId: null });
  });

  it('sends a file from a dropped folder with its folder path below the target', () => {
    expect(uploadTargetFor('folder-1', 'Plans/2024')).toEqual({
      folderId: 'folder-1',
      folderPath: 'Plans/2024',
    });
    expect(uploadTargetFor(null, 'Plans')).toEqual({ folderId: null, folderPath: 'Plans' });
  });
});
