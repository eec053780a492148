/** The largest file the server takes: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ACCEPTED = ['.csv', '.xlsx'];

/** Why a picked file cannot be sent, or null: the server takes .csv and .xlsx up to 50 MB. */
export function checkImportFile(file: Pick<File, 'name' | 'size'>): 'type' | 'size' | 'empty' | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}
