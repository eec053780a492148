CREATE TABLE "opportunity_facet_counts" (
	"filter_facet" text NOT NULL,
	"filter_value" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"shard" integer NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "opportunity_facet_counts_filter_facet_filter_value_facet_value_shard_pk" PRIMARY KEY("filter_facet","filter_value","facet","value","shard")
);
