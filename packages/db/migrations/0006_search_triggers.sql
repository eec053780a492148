-- Custom migration (written by hand): triggers behind the search caches and typo correction.

-- Change counters: 16 shards per table, bumped once per writing statement (see schema/search.ts).
INSERT INTO "change_counters" ("name", "shard", "value")
SELECT t.name, s.shard, 0 FROM (VALUES ('opportunities'), ('organizations')) AS t(name), generate_series(0, 15) AS s(shard)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The shard is drawn once: random() in the WHERE clause would be drawn per row and could match none.
CREATE OR REPLACE FUNCTION karvan_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  picked int := floor(random() * 16)::int;
BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = TG_TABLE_NAME AND shard = picked;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opportunities"
FOR EACH STATEMENT EXECUTE FUNCTION karvan_count_change();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "organizations_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations"
FOR EACH STATEMENT EXECUTE FUNCTION karvan_count_change();
--> statement-breakpoint

-- Search words: the distinct words (3+ letters, not bare numbers) of every searchable text — of
-- published opportunities only, so that a correction never reveals a word of a draft — and of
-- organisations. Words are never removed: a word left by a closed or deleted text can only make
-- a correction find nothing, and a correction that finds nothing is not shown.
CREATE OR REPLACE FUNCTION karvan_words_of(txt text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', txt))) AS w
  WHERE length(w) >= 3 AND w !~ '^[0-9.]+$'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_collect_opportunity_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows, karvan_words_of(new_rows.search_text) AS w WHERE status = 'published'
    ON CONFLICT DO NOTHING;
  ELSE
    -- Only rows that became published or changed their text while published.
    INSERT INTO search_words (word)
    SELECT DISTINCT w
    FROM new_rows n JOIN old_rows o ON o.id = n.id, karvan_words_of(n.search_text) AS w
    WHERE n.status = 'published' AND (o.status <> 'published' OR o.search_text IS DISTINCT FROM n.search_text)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_collect_organization_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows, karvan_words_of(new_rows.search_text) AS w
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word)
    SELECT DISTINCT w
    FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.search_text IS DISTINCT FROM n.search_text, karvan_words_of(n.search_text) AS w
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_words_inserted" AFTER INSERT ON "opportunities"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_collect_opportunity_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_words_updated" AFTER UPDATE ON "opportunities"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_collect_opportunity_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "organizations_words_inserted" AFTER INSERT ON "organizations"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_collect_organization_words();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "organizations_words_updated" AFTER UPDATE ON "organizations"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_collect_organization_words();
--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT w FROM (
  SELECT search_text FROM opportunities WHERE status = 'published' UNION ALL SELECT search_text FROM organizations
) AS t, karvan_words_of(t.search_text) AS w
ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint

-- Typos are now corrected against search_words; the trigram indexes over whole texts only
-- slowed every write (an import of 100,000 rows spent more than half its insert time on one).
DROP INDEX IF EXISTS "opportunities_search_trgm_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "organizations_search_trgm_idx";
--> statement-breakpoint

-- The sorts of the public bank that do not depend on the text, read from an index.
CREATE INDEX IF NOT EXISTS "opportunities_published_usd_idx" ON "opportunities" ("required_usd" DESC NULLS LAST, "id" DESC) WHERE "status" = 'published';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organizations_created_idx" ON "organizations" ("created_at" DESC, "id" DESC);
