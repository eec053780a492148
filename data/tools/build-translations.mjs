#!/usr/bin/env node
// Builds data/translations/*.csv from the source tables in data/ and the dictionaries in
// data/tools/dict/, and checks them. Run from anywhere:
//
//   node data/tools/build-translations.mjs           write the files
//   node data/tools/build-translations.mjs --check   fail if a written file would change
//
// Checks (the run fails on any of them):
//   - every code of the source table is covered exactly once, and no dictionary key is unknown;
//   - script: Persian text uses ی/ک (never Arabic ي/ك or Arabic-Indic digits), Arabic text uses
//     ي/ك (never Persian ی/ک/گ/پ/چ/ژ or Persian digits), Chinese text has no Traditional forms
//     from a list of common ones and no ASCII , or ;
//   - no empty value, no leading/trailing/double spaces;
//   - sources.json lists exactly the data files that ship.
// Output is UTF-8 without BOM, LF line endings (like the source tables), RFC 4180 quoting.
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isicUpper } from './dict/isic-upper.mjs';
import { isicClasses } from './dict/isic-classes.mjs';
import { hsSections, hsChapters } from './dict/hs-sections-chapters.mjs';
import { hsHeadings25to28 } from './dict/hs-headings-25-28.mjs';
import { hsHeadings71to81 } from './dict/hs-headings-71-81.mjs';
import { mineralNames } from './dict/minerals.mjs';
import {
  iranArabicCorrections,
  traditionalToSimplified,
  chinaEnglishFills,
  chinaFaAr,
} from './dict/provinces.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const isCheck = process.argv.includes('--check');
const problems = [];
const notes = [];

// ── CSV (RFC 4180) ──────────────────────────────────────────────────────────
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, k) => [name, cells[k] ?? ''])));
}

function readCsv(name) {
  return parseCsv(readFileSync(join(dataDir, name), 'utf8'));
}

function quote(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(columns, rows) {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

// ── Script and text checks ──────────────────────────────────────────────────
const traditionalForms =
  '們與為說這個來時國會對業產發經際關區體點機價電書長門問開間當從無變號樣條數據雙處將層廠歷滿萬寫葉' +
  '爾達盧韋邁瑪薩蘭東屬鐵銅鋁鋅鉛錫鎳鈷鉬鎢鈦鉻錳釩鋰礦煉鋼級測設備車輛運輸貨廣營銷製藥療醫衛術藝';
function checkText(where, locale, text) {
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push(`${where}: empty ${locale}`);
    return;
  }
  if (text !== text.trim() || /\s{2,}/.test(text)) problems.push(`${where}: stray whitespace in ${locale}`);
  if (locale === 'fa') {
    if (/[\u064A\u0643\u0660-\u0669]/.test(text)) problems.push(`${where}: Arabic yeh/kaf or Arabic-Indic digit in fa: ${text}`);
    if (/(^|\s)ها(\s|$)|(^|\s)(می|نمی) /.test(text)) notes.push(`${where}: detached ها/می in fa (ZWNJ?): ${text}`);
  }
  if (locale === 'ar' && /[\u06CC\u06A9\u06AF\u067E\u0686\u0698\u06F0-\u06F9]/.test(text)) {
    problems.push(`${where}: Persian letter or digit in ar: ${text}`);
  }
  if (locale === 'zh') {
    const bad = [...text].filter((ch) => traditionalForms.includes(ch));
    if (bad.length) problems.push(`${where}: Traditional form(s) ${bad.join('')} in zh: ${text}`);
    if (/[,;]/.test(text)) problems.push(`${where}: ASCII , or ; in zh: ${text}`);
  }
}

function emit(file, columns, rows, localeOf) {
  for (const row of rows) {
    for (const c of columns) if (localeOf[c]) checkText(`${file} ${row[columns[0]]}`, localeOf[c], row[c]);
  }
  const keys = rows.map((r) => r[columns[0]]);
  const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (duplicates.length) problems.push(`${file}: duplicate keys ${duplicates.join(' ')}`);
  const path = join(dataDir, file);
  const text = toCsv(columns, rows);
  if (isCheck) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) problems.push(`${file}: out of date, run the build`);
  } else writeFileSync(path, text);
  console.log(`${file}: ${rows.length} rows`);
}

// ── Iran provinces ──────────────────────────────────────────────────────────
{
  const source = readCsv('iran_provinces.csv');
  const rows = source.map((p) => {
    const unofficial = [];
    let nameAr = p.name_ar_osm;
    if (iranArabicCorrections[p.iso_3166_2]) {
      nameAr = iranArabicCorrections[p.iso_3166_2];
      unofficial.push('ar');
    }
    let nameZh = p.name_zh_iso_codes;
    if (!nameZh && p.name_zh_osm) {
      nameZh = [...p.name_zh_osm].map((ch) => traditionalToSimplified[ch] ?? ch).join('');
      if (p.iso_type === 'Province' && !nameZh.endsWith('省')) nameZh += '省';
      if (nameZh !== p.name_zh_osm) notes.push(`${p.iso_3166_2}: zh ${p.name_zh_osm} → ${nameZh}`);
    }
    if (!nameZh) problems.push(`${p.iso_3166_2}: no zh name`);
    return {
      iso_3166_2: p.iso_3166_2,
      name_en: p.name_en_osm,
      name_fa: p.name_fa_osm,
      name_ar: nameAr,
      name_zh: nameZh,
      unofficial: unofficial.join(' '),
    };
  });
  for (const code of Object.keys(iranArabicCorrections)) {
    if (!source.some((p) => p.iso_3166_2 === code)) problems.push(`iranArabicCorrections: unknown ${code}`);
  }
  if (rows.length !== 31) problems.push(`iran provinces: ${rows.length} rows, expected 31`);
  emit('translations/iran_provinces.csv', ['iso_3166_2', 'name_en', 'name_fa', 'name_ar', 'name_zh', 'unofficial'], rows, {
    name_fa: 'fa',
    name_ar: 'ar',
    name_zh: 'zh',
  });
}

// ── China provinces ─────────────────────────────────────────────────────────
{
  const source = readCsv('china_provinces.csv');
  const rows = source.map((p) => {
    const unofficial = [];
    let nameEn = p.name_en_cldr48;
    if (!nameEn) {
      nameEn = chinaEnglishFills[p.iso_3166_2];
      unofficial.push('en');
    }
    const own = chinaFaAr[p.iso_3166_2];
    if (!own) problems.push(`${p.iso_3166_2}: no fa/ar`);
    // Official values in the source win; ours only fill the gaps.
    const nameFa = p.name_fa || own?.[0];
    const nameAr = p.name_ar || own?.[1];
    if (!p.name_fa) unofficial.push('fa');
    if (!p.name_ar) unofficial.push('ar');
    return {
      iso_3166_2: p.iso_3166_2,
      name_en: nameEn,
      name_zh: p.name_zh_iso_codes,
      name_fa: nameFa,
      name_ar: nameAr,
      unofficial: unofficial.join(' '),
    };
  });
  for (const code of [...Object.keys(chinaFaAr), ...Object.keys(chinaEnglishFills)]) {
    if (!source.some((p) => p.iso_3166_2 === code)) problems.push(`china dictionaries: unknown ${code}`);
  }
  if (rows.length !== 34) problems.push(`china provinces: ${rows.length} rows, expected 34`);
  emit('translations/china_provinces.csv', ['iso_3166_2', 'name_en', 'name_zh', 'name_fa', 'name_ar', 'unofficial'], rows, {
    name_fa: 'fa',
    name_ar: 'ar',
    name_zh: 'zh',
  });
}

// ── ISIC Rev.4 ──────────────────────────────────────────────────────────────
{
  const source = readCsv('isic_rev4.csv');
  const explicit = { ...isicUpper };
  for (const [code, value] of Object.entries(isicClasses)) {
    if (explicit[code]) problems.push(`isic: ${code} defined twice`);
    explicit[code] = value;
  }
  const byCode = new Map(source.map((r) => [r.code, r]));
  for (const code of Object.keys(explicit)) if (!byCode.has(code)) problems.push(`isic: unknown code ${code}`);
  // One translation per English title; identical titles share it.
  const byTitle = new Map();
  for (const [code, value] of Object.entries(explicit)) {
    const title = byCode.get(code)?.title_en;
    if (title === undefined) continue;
    const seen = byTitle.get(title);
    if (seen && (seen[0] !== value[0] || seen[1] !== value[1])) {
      problems.push(`isic: "${title}" translated two ways (${code})`);
    }
    if (!seen) byTitle.set(title, value);
  }
  let reused = 0;
  const rows = source.map((r) => {
    let value = explicit[r.code];
    if (!value) {
      value = byTitle.get(r.title_en);
      if (value) reused++;
      else problems.push(`isic: no translation for ${r.code} ${r.title_en}`);
    }
    return { code: r.code, title_fa: value?.[0] ?? '', title_zh: value?.[1] ?? '' };
  });
  notes.push(`isic: ${Object.keys(explicit).length} written, ${reused} reused from an identical English title`);
  if (rows.length !== 766) problems.push(`isic: ${rows.length} rows, expected 766`);
  emit('translations/isic_rev4.csv', ['code', 'title_fa', 'title_zh'], rows, { title_fa: 'fa', title_zh: 'zh' });
}

// ── HS 2022 ─────────────────────────────────────────────────────────────────
{
  const sections = readCsv('hs2022_sections.csv');
  const lines = readCsv('hs2022_chapters_headings.csv');
  const focusChapters = new Set(['25', '26', '27', '28', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81']);
  const headings = { ...hsHeadings25to28 };
  for (const [code, value] of Object.entries(hsHeadings71to81)) {
    if (headings[code]) problems.push(`hs: heading ${code} defined twice`);
    headings[code] = value;
  }
  const rows = [];
  const used = new Set();
  const take = (dictionary, code, label) => {
    const value = dictionary[code];
    if (!value) problems.push(`hs: no translation for ${label} ${code}`);
    used.add(`${label}:${code}`);
    return { code, description_fa: value?.[0] ?? '', description_ar: value?.[1] ?? '', description_zh: value?.[2] ?? '' };
  };
  for (const s of sections) rows.push(take(hsSections, s.section, 'section'));
  for (const line of lines) {
    if (line.level === '2') rows.push(take(hsChapters, line.code, 'chapter'));
    else if (line.level === '4' && focusChapters.has(line.code.slice(0, 2))) rows.push(take(headings, line.code, 'heading'));
  }
  for (const code of Object.keys(hsSections)) if (!used.has(`section:${code}`)) problems.push(`hs: unknown section ${code}`);
  for (const code of Object.keys(hsChapters)) if (!used.has(`chapter:${code}`)) problems.push(`hs: unknown chapter ${code}`);
  for (const code of Object.keys(headings)) if (!used.has(`heading:${code}`)) problems.push(`hs: unknown heading ${code}`);
  const count = (n) => rows.filter((r) => /^\d+$/.test(r.code) && r.code.length === n).length;
  notes.push(`hs: ${sections.length} sections, ${count(2)} chapters, ${count(4)} headings`);
  emit('translations/hs2022.csv', ['code', 'description_fa', 'description_ar', 'description_zh'], rows, {
    description_fa: 'fa',
    description_ar: 'ar',
    description_zh: 'zh',
  });
}

// ── Minerals ────────────────────────────────────────────────────────────────
{
  const source = readCsv('minerals.csv');
  const rows = source.map((m) => {
    const value = mineralNames[m.key];
    if (!value) problems.push(`minerals: no translation for ${m.key}`);
    return { code: m.key, name_fa: value?.[0] ?? '', name_ar: value?.[1] ?? '', name_zh: value?.[2] ?? '' };
  });
  for (const key of Object.keys(mineralNames)) {
    if (!source.some((m) => m.key === key)) problems.push(`minerals: unknown key ${key}`);
  }
  emit('translations/minerals.csv', ['code', 'name_fa', 'name_ar', 'name_zh'], rows, {
    name_fa: 'fa',
    name_ar: 'ar',
    name_zh: 'zh',
  });
}

// ── sources.json lists exactly the shipped data files ───────────────────────
{
  const notData = new Set(['README.md', 'PROVENANCE.md', 'sources.json', 'text/README.md']);
  const skipDirs = new Set(['tools']); // build scripts and dictionaries, not served
  const shipped = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(dataDir, path);
      if (statSync(path).isDirectory()) {
        if (!skipDirs.has(rel)) walk(path);
      } else if (!notData.has(rel)) shipped.push(rel);
    }
  };
  walk(dataDir);
  const sources = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8'));
  const listed = sources.map((s) => s.file);
  for (const file of shipped) if (!listed.includes(file)) problems.push(`sources.json: ${file} is not listed`);
  for (const file of listed) if (!shipped.includes(file)) problems.push(`sources.json: ${file} does not exist`);
  for (const s of sources) {
    for (const key of ['file', 'what', 'source', 'licence']) {
      if (typeof s[key] !== 'string' || !s[key]) problems.push(`sources.json: ${s.file} has no ${key}`);
    }
  }
}

for (const note of notes) console.log(`note: ${note}`);
if (problems.length) {
  for (const problem of problems) console.error(`problem: ${problem}`);
  process.exit(1);
}
console.log(isCheck ? 'check passed' : 'done');
