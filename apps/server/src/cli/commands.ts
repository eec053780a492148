import { randomBytes } from 'node:crypto';
import { readFlag } from '../config.ts';
import { findUserByEmail, insertUser, updateUser } from '../features/account/account.repository.ts';
import { createApiToken } from '../features/account/account.service.ts';
import { removeDemo, seedDemo } from '../features/demo/demo.service.ts';
import { ensureReferenceData } from '../features/reference/reference.service.ts';
import { appendAudit, verifyAuditChain } from '../platform/audit.ts';
import type { CommandResult } from '../platform/cli-bridge.ts';
import type { AppDeps } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { hashPassword } from '../platform/secrets.ts';
import { inTransaction } from '../platform/transaction.ts';
import { importCommand } from './import-command.ts';

export const USAGE = `Usage: karvan <command> [options]

  start [--port N] [--host H] [--data-dir DIR]   serve the platform (migrates, loads data, demo on first start)
  migrate                                        apply pending database migrations
  seed [--demo | --remove-demo]                  reload reference data; add or remove the demo scenario
  create-admin EMAIL [--password P] [--name N]   make EMAIL a platform administrator (creates the account)
  token create EMAIL --name NAME                 print a new personal API token for that user
  audit verify                                   check the hash chain of the audit log
  import opportunities FILE --org SLUG [--dry-run] [--valid-only] [--publish] [--json] [--lang L]
                                                 import a CSV/XLSX into an organisation's opportunities
  openapi [--write | --check]                    print, write or check apps/server/openapi.json

Environment: PORT, HOST, KARVAN_DATA_DIR (default ./.karvan), DATABASE_URL (use PostgreSQL),
SMTP_URL, MAIL_FROM, KARVAN_PUBLIC_URL. Commands work the same while the server runs: on the
embedded database they are handed to the running server, which owns the data directory.
`;

interface Output {
  out(line: string): void;
  err(line: string): void;
}

const cliActor: Actor = { kind: 'system', name: 'cli' };

/** Runs one command (all but start/openapi) against an open database, capturing what it prints. */
export async function runCommand(deps: AppDeps, argv: string[]): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  const io: Output = { out: (line) => (stdout += `${line}\n`), err: (line) => (stderr += `${line}\n`) };
  const exitCode = await dispatch(deps, argv, io).catch((error: Error) => {
    io.err(`error: ${error.message}`);
    return 1;
  });
  return { exitCode, stdout, stderr };
}

async function dispatch(deps: AppDeps, argv: string[], io: Output): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'migrate':
      io.out('Database is migrated to the latest version.');
      return 0;
    case 'seed':
      return seed(deps, args, io);
    case 'create-admin':
      return createAdmin(deps, args, io);
    case 'token':
      return token(deps, args, io);
    case 'audit':
      return audit(deps, args, io);
    case 'import':
      return importCommand(deps, cliActor, args, io);
    default:
      io.err(command ? `Unknown command "${command}".\n` : '');
      io.err(USAGE);
      return 2;
  }
}

async function seed(deps: AppDeps, args: string[], io: Output): Promise<number> {
  const { loaded } = await ensureReferenceData(deps.db);
  io.out(loaded ? 'Reference data loaded.' : 'Reference data is up to date.');
  if (args.includes('--remove-demo')) {
    const removed = await removeDemo(deps, cliActor);
    io.out(`Removed demo data: ${removed.organizations} organisations, ${removed.users} users.`);
  } else if (args.includes('--demo')) {
    const added = await seedDemo(deps, cliActor);
    io.out(
      `Demo data: ${added.organizations} organisations, ${added.users} users and ${added.opportunities} opportunities added.`,
    );
  }
  return 0;
}

async function createAdmin(deps: AppDeps, args: string[], io: Output): Promise<number> {
  const email = args.find(
    (a) => !a.startsWith('--') && a !== readFlag(args, 'password') && a !== readFlag(args, 'name'),
  );
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    io.err('Usage: karvan create-admin EMAIL [--password P] [--name NAME]');
    return 2;
  }
  const normalized = email.toLowerCase();
  const existing = await findUserByEmail(deps.db, normalized);
  if (existing) {
    await inTransaction(deps.db, async (tx) => {
      const roles = [...new Set([...existing.platformRoles, 'admin'])];
      await updateUser(tx, existing.id, { platformRoles: roles }, deps.now());
      await appendAudit(
        tx,
        cliActor,
        { action: 'user.platform_roles_set', subjectType: 'user', subjectId: existing.id, data: { roles } },
        deps.now(),
      );
    });
    io.out(`${normalized} is now a platform administrator.`);
    return 0;
  }
  const given = readFlag(args, 'password');
  if (given !== undefined && given.length < 10) {
    io.err('The password must have at least 10 characters.');
    return 2;
  }
  const password = given ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await inTransaction(deps.db, async (tx) => {
    const user = await insertUser(tx, {
      email: normalized,
      name: readFlag(args, 'name') ?? normalized.split('@')[0]!,
      passwordHash,
      locale: 'en',
      calendar: 'gregorian',
      platformRoles: ['admin'],
    });
    if (!user) throw new Error('the account was created meanwhile; run the command again');
    await appendAudit(
      tx,
      cliActor,
      { action: 'user.admin_created', subjectType: 'user', subjectId: user.id },
      deps.now(),
    );
  });
  io.out(`Created platform administrator ${normalized}.`);
  if (given === undefined) io.out(`Password: ${password}`);
  return 0;
}

async function token(deps: AppDeps, args: string[], io: Output): Promise<number> {
  const name = readFlag(args, 'name');
  const email = args.slice(1).find((a) => !a.startsWith('--') && a !== name);
  if (args[0] !== 'create' || !email || !name) {
    io.err('Usage: karvan token create EMAIL --name NAME');
    return 2;
  }
  const user = await findUserByEmail(deps.db, email.toLowerCase());
  if (!user) {
    io.err(`No user with the e-mail ${email}.`);
    return 1;
  }
  const created = await createApiToken(deps, cliActor, user.id, name.slice(0, 200));
  io.out(created.token);
  return 0;
}

async function audit(deps: AppDeps, args: string[], io: Output): Promise<number> {
  if (args[0] !== 'verify') {
    io.err('Usage: karvan audit verify');
    return 2;
  }
  const result = await verifyAuditChain(deps.db);
  if (result.ok) {
    io.out(`Audit log intact: ${result.entries} entries, hash chain verified.`);
    return 0;
  }
  io.err(`Audit log BROKEN at entry ${result.firstBadSeq} (${result.entries} entries verified before it).`);
  return 1;
}
