-- Custom migration (written by hand): triggers that keep opportunity_facet_counts (schema/search.ts)
-- equal to a fresh GROUP BY over the published opportunities, in the same transaction as each change.

-- The facet values of one opportunity, as the search counts them (the stage only when set, the
-- ISIC section letters of isic_paths).
CREATE OR REPLACE FUNCTION karvan_opportunity_facets(text, text, text, text, text[], text[], text[])
RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'kind', $1
  UNION ALL SELECT 'province', $2
  UNION ALL SELECT 'country', $3
  UNION ALL SELECT 'stage', $4 WHERE $4 IS NOT NULL
  UNION ALL SELECT 'investmentType', t FROM unnest($5) AS t
  UNION ALL SELECT 'commodity', c FROM unnest($6) AS c
  UNION ALL SELECT 'isicSection', s FROM unnest($7) AS s WHERE s ~ '^[A-Z]$'
$$;
--> statement-breakpoint
-- Every (filter, facet value) an opportunity counts towards: the whole bank ('', '') and each of its
-- own facet values as a one-value filter.
CREATE OR REPLACE FUNCTION karvan_opportunity_facet_pairs(text, text, text, text, text[], text[], text[])
RETURNS TABLE (filter_facet text, filter_value text, facet text, value text) LANGUAGE sql IMMUTABLE AS $$
  WITH v AS MATERIALIZED (SELECT f.facet, f.value FROM karvan_opportunity_facets($1, $2, $3, $4, $5, $6, $7) AS f)
  SELECT w.facet, w.value, v.facet, v.value
  FROM (SELECT '' AS facet, '' AS value UNION ALL SELECT facet, value FROM v) AS w, v
$$;
--> statement-breakpoint
-- Adds the changes of one statement. The shard is the writing transaction's, so one long import
-- keeps to one shard and an officer publishing meanwhile almost never waits for it; rows are
-- written in key order so that two writers on one shard cannot deadlock. An UPDATE only counts
-- rows whose status or faceted columns changed (a rate change rewrites required_usd everywhere).
CREATE OR REPLACE FUNCTION karvan_count_opportunity_facets_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  picked int := hashtext(txid_current()::text) & 15;
BEGIN
  INSERT INTO opportunity_facet_counts (filter_facet, filter_value, facet, value, shard, count)
  SELECT p.filter_facet, p.filter_value, p.facet, p.value, picked, count(*)
  FROM new_rows r, karvan_opportunity_facet_pairs(r.kind, r.province, r.country, r.stage, r.investment_types, r.commodities, r.isic_paths) AS p
  WHERE r.status = 'published'
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (filter_facet, filter_value, facet, value, shard)
  DO UPDATE SET count = opportunity_facet_counts.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_count_opportunity_facets_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  picked int := hashtext(txid_current()::text) & 15;
BEGIN
  INSERT INTO opportunity_facet_counts (filter_facet, filter_value, facet, value, shard, count)
  SELECT p.filter_facet, p.filter_value, p.facet, p.value, picked, -count(*)
  FROM old_rows r, karvan_opportunity_facet_pairs(r.kind, r.province, r.country, r.stage, r.investment_types, r.commodities, r.isic_paths) AS p
  WHERE r.status = 'published'
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (filter_facet, filter_value, facet, value, shard)
  DO UPDATE SET count = opportunity_facet_counts.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_recount_updated_opportunity_facets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  picked int := hashtext(txid_current()::text) & 15;
BEGIN
  INSERT INTO opportunity_facet_counts (filter_facet, filter_value, facet, value, shard, count)
  SELECT d.filter_facet, d.filter_value, d.facet, d.value, picked, sum(d.delta)
  FROM (
    SELECT o.*, n.status AS new_status, n.kind AS new_kind, n.province AS new_province, n.country AS new_country,
      n.stage AS new_stage, n.investment_types AS new_investment_types, n.commodities AS new_commodities,
      n.isic_paths AS new_isic_paths
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.status, o.kind, o.province, o.country, o.stage, o.investment_types, o.commodities, o.isic_paths)
      IS DISTINCT FROM (n.status, n.kind, n.province, n.country, n.stage, n.investment_types, n.commodities, n.isic_paths)
  ) AS c,
  LATERAL (
    SELECT p.*, -1 AS delta
    FROM karvan_opportunity_facet_pairs(c.kind, c.province, c.country, c.stage, c.investment_types, c.commodities, c.isic_paths) AS p
    WHERE c.status = 'published'
    UNION ALL
    SELECT p.*, 1
    FROM karvan_opportunity_facet_pairs(c.new_kind, c.new_province, c.new_country, c.new_stage, c.new_investment_types, c.new_commodities, c.new_isic_paths) AS p
    WHERE c.new_status = 'published'
  ) AS d
  GROUP BY 1, 2, 3, 4 HAVING sum(d.delta) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (filter_facet, filter_value, facet, value, shard)
  DO UPDATE SET count = opportunity_facet_counts.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION karvan_forget_opportunity_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM opportunity_facet_counts;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_facets_inserted" AFTER INSERT ON "opportunities"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_count_opportunity_facets_inserted();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_facets_deleted" AFTER DELETE ON "opportunities"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_count_opportunity_facets_deleted();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_facets_updated" AFTER UPDATE ON "opportunities"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION karvan_recount_updated_opportunity_facets();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER "opportunities_facets_truncated" AFTER TRUNCATE ON "opportunities"
FOR EACH STATEMENT EXECUTE FUNCTION karvan_forget_opportunity_facets();
--> statement-breakpoint
INSERT INTO opportunity_facet_counts (filter_facet, filter_value, facet, value, shard, count)
SELECT p.filter_facet, p.filter_value, p.facet, p.value, 0, count(*)
FROM opportunities o, karvan_opportunity_facet_pairs(o.kind, o.province, o.country, o.stage, o.investment_types, o.commodities, o.isic_paths) AS p
WHERE o.status = 'published'
GROUP BY 1, 2, 3, 4;
