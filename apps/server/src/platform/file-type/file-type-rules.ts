/** How the data room can show a file: rendered pages, an image, an office document, or only a download. */
export type ViewKind = 'pdf' | 'image' | 'office' | 'download';

/**
 * Name extensions of programs, scripts and installers. Refused whatever the content says: a
 * recipient's system would run them by their name.
 */
// biome-ignore format: a compact list reads better than one name per line
export const REFUSED_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'sys', 'msi', 'msp', 'mst', 'bat', 'cmd', 'ps1', 'psm1',
  'vbs', 'vbe', 'js', 'jse', 'mjs', 'wsf', 'wsh', 'hta', 'lnk', 'reg', 'jar', 'apk', 'app', 'dmg',
  'deb', 'rpm', 'sh', 'bash', 'zsh', 'command', 'elf', 'bin', 'run', 'out',
]);

/** Content types (file-type's `ext`) that are programs or installers. */
// biome-ignore format: a compact list reads better than one name per line
export const REFUSED_CONTENT: ReadonlySet<string> = new Set([
  'exe', 'elf', 'macho', 'class', 'jar', 'apk', 'crx', 'xpi', 'deb', 'rpm', 'dmg', 'lnk', 'reg',
  'wasm', 'swf', 'cab', 'asar',
]);

/** What a name extension may hold: file-type `ext`s, or 'text' for content file-type does not know. */
export const CLAIMS: Readonly<Record<string, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png', 'apng'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  gif: ['gif'],
  webp: ['webp'],
  tif: ['tif'],
  tiff: ['tif'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
  // Legacy Office files are OLE compound files ("cfb").
  doc: ['cfb'],
  xls: ['cfb'],
  ppt: ['cfb'],
  zip: ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub'],
  kmz: ['zip'],
  dwg: ['dwg'],
  shp: ['shp'],
  gpkg: ['sqlite'],
  csv: ['text'],
  txt: ['text'],
  json: ['text'],
  geojson: ['text'],
  dxf: ['text'],
  kml: ['xml', 'text'],
  xml: ['xml', 'text'],
};

export interface TypeInfo {
  mediaType: string;
  viewKind: ViewKind;
}

/** Viewable formats by detected content type. Everything else is `download`. */
export const VIEWABLE: Readonly<Record<string, TypeInfo>> = {
  pdf: { mediaType: 'application/pdf', viewKind: 'pdf' },
  png: { mediaType: 'image/png', viewKind: 'image' },
  // Animated PNG: shown as its first (default) frame, like an animated GIF.
  apng: { mediaType: 'image/png', viewKind: 'image' },
  jpg: { mediaType: 'image/jpeg', viewKind: 'image' },
  gif: { mediaType: 'image/gif', viewKind: 'image' },
  webp: { mediaType: 'image/webp', viewKind: 'image' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    viewKind: 'office',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    viewKind: 'office',
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    viewKind: 'office',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', viewKind: 'office' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', viewKind: 'office' },
};

/** OLE compound files are Office only when the name says which; the media type follows the name. */
export const LEGACY_OFFICE: Readonly<Record<string, TypeInfo>> = {
  doc: { mediaType: 'application/msword', viewKind: 'office' },
  xls: { mediaType: 'application/vnd.ms-excel', viewKind: 'office' },
};

/** Media types of text formats, by extension (their content has no signature). */
export const TEXT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  geojson: 'application/geo+json',
  dxf: 'image/vnd.dxf',
  kml: 'application/vnd.google-earth.kml+xml',
  xml: 'application/xml',
};

/** Media types for download-only binary formats whose file-type MIME is vague. */
export const DOWNLOAD_MEDIA_TYPES: Readonly<Record<string, string>> = {
  kmz: 'application/vnd.google-earth.kmz',
  gpkg: 'application/geopackage+sqlite3',
  shp: 'application/x-esri-shape',
  dwg: 'image/vnd.dwg',
};
