import { defineConfig } from 'drizzle-kit';

// One set of migrations for PGlite and PostgreSQL; applied by the app at start (see src/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
});
