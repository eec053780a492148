-- Custom migration (written by hand): a stored full-text vector for organisations, as opportunities
-- have (0003). The expression index made every candidate row recompute to_tsvector when the
-- directory is read newest first with a text filter.
ALTER TABLE "organizations" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "search_text")) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organizations_search_vector_idx" ON "organizations" USING gin ("search_vector");
--> statement-breakpoint
DROP INDEX IF EXISTS "organizations_search_fts_idx";
