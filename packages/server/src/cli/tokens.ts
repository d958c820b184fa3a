// `diwan-server token create | list | revoke`: staff tokens from the operator's shell. Creating and
// revoking are audited (actor "cli") in the same transaction; the new token is printed once, alone on
// the last line, so a script can take it with `tail -n 1`.
import * as z from 'zod/mini';
import { StaffRole } from '@diwan/client/staff';
import { ConfigError } from '../config.js';
import type { Database } from '../db/database.js';
import { writeAudit } from '../staff/audit.js';
import { createToken, listTokens, revokeToken } from '../staff/tokens.js';

const NAME = /^[^\p{Cc}]{1,80}$/u;

export async function tokenCommand(db: Database, args: { action?: string; id?: string; name?: string; role?: string }): Promise<void> {
  switch (args.action) {
    case 'create': {
      if (!args.name || !NAME.test(args.name)) throw new ConfigError('token create needs --name NAME (1–80 characters): who or what the token is for.');
      const role = z.safeParse(StaffRole, args.role);
      if (!role.success) throw new ConfigError(`token create needs --role, one of: ${StaffRole.options.join(', ')}.`);
      const { token, record } = await db.transaction(async (tx) => {
        const created = await createToken(tx, args.name!, role.data);
        await writeAudit(tx, 'cli', { action: 'token.create', targetType: 'token', targetId: created.record.id, after: { role: role.data } });
        return created;
      });
      console.log(`Created token ${record.id} for "${record.name}" (role ${record.role}). It is shown this once and stored only as a hash: keep it now.`);
      console.log(token);
      return;
    }
    case 'list': {
      const tokens = await listTokens(db);
      if (!tokens.length) {
        console.log('No staff tokens yet: diwan-server token create --name NAME --role ROLE');
        return;
      }
      const rows = tokens.map((token) => [
        token.id, token.role, token.name, token.createdAt.slice(0, 16).replace('T', ' '),
        token.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '-', token.revokedAt ? `revoked ${token.revokedAt.slice(0, 10)}` : 'active',
      ]);
      const table = [['id', 'role', 'name', 'created (UTC)', 'last used', 'status'], ...rows];
      const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
      for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
      return;
    }
    case 'revoke': {
      if (!args.id) throw new ConfigError('token revoke needs the token id (see diwan-server token list).');
      const revoked = await db.transaction(async (tx) => {
        const result = await revokeToken(tx, args.id!);
        if (result) {
          await writeAudit(tx, 'cli', {
            action: 'token.revoke', targetType: 'token', targetId: args.id!, before: { revoked: result.before.revokedAt !== undefined }, after: { revoked: true },
          });
        }
        return result;
      });
      if (!revoked) throw new ConfigError(`There is no token with id ${args.id} (see diwan-server token list).`);
      console.log(`Token ${revoked.after.id} ("${revoked.after.name}") is revoked: it opens nothing from now on.`);
      return;
    }
    default:
      throw new ConfigError('Usage: diwan-server token create --name NAME --role ROLE | token list | token revoke ID');
  }
}
