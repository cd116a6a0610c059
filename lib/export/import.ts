// Imports a JSON backup: validates the whole file first, so a bad file changes nothing, then writes once and de-duplicates.
import { z } from 'zod';
import type { FactDatabase } from '../db';
import type { TableCounts } from '../db/batches';
import { importRows } from '../db/import-rows';
import { toStoredClaim, toStoredMention } from '../db/stored-rows';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, backupSchemaV1, type Backup } from './backup-schema';
import { rowsLookValid } from './fast-check';
import type { OnProgress } from './progress';

export type ImportResult =
  | { status: 'imported'; imported: TableCounts; duplicate: TableCounts }
  | { status: 'error'; message: string };

export async function importBackup(db: FactDatabase, fileText: string, onProgress?: OnProgress): Promise<ImportResult> {
  const checked = validateBackup(fileText);
  if ('message' in checked) return { status: 'error', message: checked.message };
  try {
    const { imported, duplicate } = await importRows(db, checked.backup, onProgress);
    return { status: 'imported', imported, duplicate };
  } catch (e) {
    // The transaction rolled back, so the database is as it was.
    return { status: 'error', message: `Import failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Parses and checks a backup file; on failure, says what is wrong and where (e.g. `claims[3].polarity`). */
export function validateBackup(fileText: string): { backup: Backup } | { message: string } {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (e) {
    return { message: `This file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { message: `This is not a Fact Annotator backup: expected "format": "${BACKUP_FORMAT}" at the top of the file.` };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== 1 && version !== BACKUP_VERSION) {
    return { message: `This backup has version ${JSON.stringify(version)}; this release reads versions 1 to ${BACKUP_VERSION}. A newer backup needs a newer Fact Annotator.` };
  }
  const parsed = version === 1 ? upgradeV1(checkShape(1, json)) : checkShape(2, json);
  if (!parsed.success) return { message: `The backup is damaged: ${describeIssues(parsed.error.issues)}` };
  const broken = danglingReference(parsed.data);
  return broken ? { message: `The backup is inconsistent: ${broken}` } : { backup: parsed.data };
}

const ANY_ROWS = { mentions: z.array(z.unknown()), claims: z.array(z.unknown()) };
const shapes = {
  1: { full: backupSchemaV1, header: backupSchemaV1.extend(ANY_ROWS) },
  2: { full: backupSchema, header: backupSchema.extend(ANY_ROWS) },
} as const;

/** The zod check of a whole file, with a fast path: when the hand-written check passes every claim and mention row
 * (it accepts only rows zod would accept as they are), zod checks the rest; otherwise zod checks all and says where. */
function checkShape<V extends 1 | 2>(version: V, json: unknown): z.ZodSafeParseResult<z.infer<(typeof shapes)[V]['full']>> {
  const shape = shapes[version];
  const rows = json as { mentions?: unknown; claims?: unknown };
  if (rowsLookValid(version, rows.mentions, rows.claims)) {
    const header = shape.header.safeParse(json);
    if (header.success) return header as z.ZodSafeParseResult<z.infer<(typeof shapes)[V]['full']>>;
  }
  return shape.full.safeParse(json) as z.ZodSafeParseResult<z.infer<(typeof shapes)[V]['full']>>;
}

/** A checked version-1 file in the current layout: the same rows with their selectors reduced to the quote context. */
function upgradeV1(parsed: ReturnType<typeof backupSchemaV1.safeParse>): { success: true; data: Backup } | { success: false; error: z.ZodError } {
  if (!parsed.success) return parsed;
  const { mentions, claims, ...rest } = parsed.data;
  return { success: true, data: { ...rest, version: BACKUP_VERSION, mentions: mentions.map(toStoredMention), claims: claims.map(toStoredClaim) } };
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${pathText(i.path)}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

function pathText(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || 'file';
}

/** Every mention and claim must belong to a page in the file, and every mention to an actor in it. */
function danglingReference(b: Backup): string | null {
  const pages = new Set(b.pages.map((p) => p.url));
  const actors = new Set(b.actors.map((a) => a.id));
  for (let i = 0; i < b.mentions.length; i++) {
    const m = b.mentions[i];
    if (!pages.has(m.pageUrl)) return `mentions[${i}].pageUrl: no page ${m.pageUrl} in the file`;
    if (!actors.has(m.actorId)) return `mentions[${i}].actorId: no actor ${m.actorId} in the file`;
  }
  for (let i = 0; i < b.claims.length; i++) {
    if (!pages.has(b.claims[i].pageUrl)) return `claims[${i}].pageUrl: no page ${b.claims[i].pageUrl} in the file`;
  }
  return null;
}
