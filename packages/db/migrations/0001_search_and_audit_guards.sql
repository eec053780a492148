-- Custom migration (written by hand, not generated): what drizzle-kit cannot express.
-- Trigram similarity for names that were typed with small mistakes (DESIGN.md decision 1).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organizations_search_trgm_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organizations_search_fts_idx" ON "organizations" USING gin (to_tsvector('simple', "search_text"));
--> statement-breakpoint
-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE OR REPLACE FUNCTION karvan_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION karvan_audit_log_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION karvan_audit_log_is_append_only();
--> statement-breakpoint
INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES ('main', 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
