import { type Database, rowsOf, sql } from '@karvan/db';

/** Shorter words are left alone: at three letters every other word is "similar". */
const MIN_CORRECTABLE_LENGTH = 4;
/** How alike a known word must be (pg_trgm similarity, 0–1) to replace a typed one. */
const MIN_SIMILARITY = 0.4;

/** Words the correction may try: long enough, not numbers, not Chinese (segmented into characters). */
function isCorrectable(token: string): boolean {
  return (
    token.length >= MIN_CORRECTABLE_LENGTH && !/^[\p{Nd}.]+$/u.test(token) && !/\p{Script=Han}/u.test(token)
  );
}

/**
 * For a normalised search text that found nothing, the same text with each unknown word replaced
 * by the most similar word that does occur in the searchable texts (`search_words`, through its
 * trigram index), or null when no word needed or found a replacement. "coper" becomes "copper",
 * "isfahn" "isfahan"; the corrected text then goes through ordinary full text search.
 */
export async function correctSearchText(db: Database, searchText: string): Promise<string | null> {
  const tokens = searchText.split(' ').filter(Boolean);
  const candidates = [...new Set(tokens.filter(isCorrectable))];
  if (!candidates.length) return null;
  const result = await db.execute(sql`
    select t.token, (
      select w.word from search_words w
      where w.word % t.token and similarity(w.word, t.token) >= ${MIN_SIMILARITY}
      order by similarity(w.word, t.token) desc, w.word limit 1
    ) as best
    from unnest(array[${sql.join(
      candidates.map((c) => sql`${c}`),
      sql`, `,
    )}]::text[]) as t(token)
    where not exists (select 1 from search_words k where k.word = t.token)`);
  const replacements = new Map<string, string>();
  for (const row of rowsOf<{ token: string; best: string | null }>(result))
    if (row.best) replacements.set(row.token, row.best);
  if (!replacements.size) return null;
  return tokens.map((t) => replacements.get(t) ?? t).join(' ');
}
