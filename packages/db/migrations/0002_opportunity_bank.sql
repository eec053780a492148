CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"currency" text NOT NULL,
	"usd_per_unit" numeric(30, 12) NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_currency_valid_from_key" UNIQUE("currency","valid_from")
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"external_id" text,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_language" text NOT NULL,
	"text_origins" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"country" text NOT NULL,
	"province" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"isic" text[] DEFAULT '{}' NOT NULL,
	"isic_paths" text[] DEFAULT '{}' NOT NULL,
	"commodities" text[] DEFAULT '{}' NOT NULL,
	"hs" text[] DEFAULT '{}' NOT NULL,
	"investment_types" text[] DEFAULT '{}' NOT NULL,
	"required_amount" numeric(30, 4),
	"required_currency" text,
	"required_usd" numeric(30, 4),
	"capacity" numeric(30, 4),
	"capacity_unit" text,
	"stage" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"search_text" text DEFAULT '' NOT NULL,
	"status_note" text,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_org_external_id_key" UNIQUE("organization_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "opportunity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_kind" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "opportunity_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"external_id" text,
	"values" jsonb,
	"problems" jsonb,
	CONSTRAINT "opportunity_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "opportunity_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by" uuid,
	"actor_kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"file_format" text NOT NULL,
	"file_size" integer NOT NULL,
	"stored_path" text,
	"encoding" text,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"rejected_rows" integer DEFAULT 0 NOT NULL,
	"new_rows" integer DEFAULT 0 NOT NULL,
	"existing_rows" integer DEFAULT 0 NOT NULL,
	"mode" text,
	"publish" boolean DEFAULT false NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"file_problem" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_events" ADD CONSTRAINT "opportunity_events_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_events" ADD CONSTRAINT "opportunity_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_import_rows" ADD CONSTRAINT "opportunity_import_rows_import_id_opportunity_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."opportunity_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_imports" ADD CONSTRAINT "opportunity_imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_imports" ADD CONSTRAINT "opportunity_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_status_published_idx" ON "opportunities" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "opportunities_province_idx" ON "opportunities" USING btree ("province","status");--> statement-breakpoint
CREATE INDEX "opportunities_org_idx" ON "opportunities" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "opportunities_isic_paths_idx" ON "opportunities" USING gin ("isic_paths");--> statement-breakpoint
CREATE INDEX "opportunities_commodities_idx" ON "opportunities" USING gin ("commodities");--> statement-breakpoint
CREATE INDEX "opportunities_investment_types_idx" ON "opportunities" USING gin ("investment_types");--> statement-breakpoint
CREATE INDEX "opportunity_events_opportunity_idx" ON "opportunity_events" USING btree ("opportunity_id","seq");--> statement-breakpoint
CREATE INDEX "opportunity_imports_org_idx" ON "opportunity_imports" USING btree ("organization_id","created_at");