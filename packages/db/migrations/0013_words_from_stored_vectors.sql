-- Custom migration (written by hand): the search-word triggers of 0006 read the words from the
-- stored search_vector (computed once, when the row is written) instead of running to_tsvector
-- over search_text a second time. Over 100,000 imported opportunities that second pass cost
-- about 8 s of the apply on PGlite. The words are the same: search_vector is
-- to_tsvector('simple', search_text).
CREATE OR REPLACE FUNCTION karvan_words_of(vector tsvector) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT w FROM unnest(tsvector_to_array(vector)) AS w
  WHERE length(w) >= 3 AND w !~ '^[0-9.]+$'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_collect_opportunity_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows, karvan_words_of(new_rows.search_vector) AS w WHERE status = 'published'
    ON CONFLICT DO NOTHING;
  ELSE
    -- Only rows that became published or changed their text while published.
    INSERT INTO search_words (word)
    SELECT DISTINCT w
    FROM new_rows n JOIN old_rows o ON o.id = n.id, karvan_words_of(n.search_vector) AS w
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
    SELECT DISTINCT w FROM new_rows, karvan_words_of(new_rows.search_vector) AS w
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word)
    SELECT DISTINCT w
    FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.search_text IS DISTINCT FROM n.search_text, karvan_words_of(n.search_vector) AS w
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS karvan_words_of(text);
