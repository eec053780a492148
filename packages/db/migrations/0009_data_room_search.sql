-- Custom migration (written by hand): search inside data-room documents, with the same stored
-- full-text vector over normalised text as opportunities (0003) and organisations (0007).
ALTER TABLE "data_room_page_texts" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "search_text")) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "data_room_page_texts_search_idx" ON "data_room_page_texts" USING gin ("search_vector");
--> statement-breakpoint
-- Folders point at their parent in the same room; deleting a parent row removes the subtree.
ALTER TABLE "data_room_folders" ADD CONSTRAINT "data_room_folders_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "data_room_folders"("id") ON DELETE CASCADE;
