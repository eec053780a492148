-- Custom migration (written by hand): search structures drizzle-kit cannot express.
-- Trigram index for names typed with small mistakes (the `<%` operator uses it).
CREATE INDEX IF NOT EXISTS "opportunities_search_trgm_idx" ON "opportunities" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- The full-text vector is stored (not recomputed per row) so ranking thousands of hits stays cheap.
ALTER TABLE "opportunities" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "search_text")) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "opportunities_search_vector_idx" ON "opportunities" USING gin ("search_vector");
