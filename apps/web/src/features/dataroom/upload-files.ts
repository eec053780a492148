import type { UploadTarget } from './dataroom.api.ts';

// Turning what the user dropped or picked into a list of files, each with the folder path it
// came from, so a whole folder uploads with its subfolders. Plain functions over the DOM's
// file-system entry interfaces, so they are tested with small fakes.

/** A file to upload and the folders it sat in, relative to what was dropped ("Plans/2024"). */
export interface PickedFile {
  file: File;
  /** Folder names from the dropped folder down to the file, joined by "/"; "" for a loose file. */
  relativeDir: string;
}

/** The parts of FileSystemEntry this module uses (Chromium, Firefox and Safari have them all). */
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
}
interface FileEntryLike extends EntryLike {
  file: (success: (file: File) => void, failure?: (error: unknown) => void) => void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader: () => {
    readEntries: (success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void) => void;
  };
}

function readFile(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Reads all of a directory: readEntries hands them out in batches (100 in Chromium) until an empty one. */
async function readAllEntries(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const joinDir = (parent: string, name: string) => (parent ? `${parent}/${name}` : name);

/** Walks one entry: a file gives itself; a directory gives every file below it, depth first. */
export async function filesFromEntry(entry: EntryLike, parentDir = ''): Promise<PickedFile[]> {
  if (entry.isFile) return [{ file: await readFile(entry as FileEntryLike), relativeDir: parentDir }];
  if (!entry.isDirectory) return [];
  const dir = joinDir(parentDir, entry.name);
  const children = await readAllEntries(entry as DirectoryEntryLike);
  const nested = [];
  for (const child of children) nested.push(...(await filesFromEntry(child, dir)));
  return nested;
}

/**
 * The files of a drop. The entries must be taken from the DataTransfer during the drop event
 * itself (the browser empties it afterwards), so call this synchronously from the handler; the
 * reading that follows is asynchronous. Without entry support, the flat file list is used.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries: EntryLike[] = [];
  for (const item of Array.from(transfer.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) {
    return Promise.resolve(Array.from(transfer.files).map((file) => ({ file, relativeDir: '' })));
  }
  return Promise.all(entries.map((entry) => filesFromEntry(entry))).then((lists) => lists.flat());
}

/**
 * The files of an `<input type=file>`; with `webkitdirectory` each carries its path from the
 * chosen folder ("Plans/2024/site.pdf"), of which the folders are kept.
 */
export function filesFromInput(files: FileList | readonly File[]): PickedFile[] {
  return Array.from(files).map((file) => {
    const relative = file.webkitRelativePath ?? '';
    const slash = relative.lastIndexOf('/');
    return { file, relativeDir: slash > 0 ? relative.slice(0, slash) : '' };
  });
}

/**
 * Where one picked file goes: into the target folder, and for a file from a dropped folder the
 * path of folders below it, which the server creates when missing ("under `folderId` or the top
 * level"). Naming the target by id rather than by a path of names matters when two folders share
 * a name.
 */
export function uploadTargetFor(targetFolderId: string | null, relativeDir: string): UploadTarget {
  return relativeDir ? { folderId: targetFolderId, folderPath: relativeDir } : { folderId: targetFolderId };
}
