// The backup file's shape, as zod schemas: what the JSON backup writes and what an import accepts.
import { z } from 'zod';

export const BACKUP_FORMAT = 'fact-annotator-backup';
/** v2 (schema v2): claims and mentions carry only their quote context, not selectors repeating their text and offsets. */
export const BACKUP_VERSION = 2;

const offset = z.number().int().nonnegative();
const actorType = z.enum(['person', 'organization', 'country', 'place', 'other']);

const selectors = z.object({
  position: z.object({ start: offset, end: offset }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
});

/** v2's quote fields (lib/db/stored-rows.ts): exact and position only where they differ from the row's text and offsets. */
const quoteFields = {
  prefix: z.string(),
  suffix: z.string(),
  exact: z.string().optional(),
  position: z.object({ start: offset, end: offset }).optional(),
};

export const pageSchema = z.object({
  url: z.string().min(1),
  title: z.string(),
  site: z.string(),
  analysedAt: z.number(),
  textLength: offset,
  actorCount: offset,
  claimCount: offset,
  truncated: z.string().optional(),
});

export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  type: actorType,
  aliases: z.array(z.string()),
  partOfId: z.string().optional(),
  userEdited: z.boolean().optional(),
  firstSeen: z.number(),
  lastSeen: z.number(),
});

const mentionFields = {
  id: z.number().optional(),
  pageUrl: z.string().min(1),
  actorId: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
};
export const mentionSchemaV1 = z.object({ ...mentionFields, selectors });
export const mentionSchema = z.object({ ...mentionFields, ...quoteFields });

const claimFields = {
  id: z.string().min(1),
  pageUrl: z.string().min(1),
  pageTitle: z.string(),
  site: z.string(),
  analysedAt: z.number(),
  start: offset,
  end: offset,
  text: z.string(),
  kind: z.enum(['direct', 'mixed', 'indirect']),
  cue: z.string().nullable(),
  speakerActorId: z.string().nullable(),
  speakerName: z.string().nullable(),
  polarity: z.enum(['support', 'oppose', 'neutral']).nullable(),
  target: z.string().nullable(),
  targetActorIds: z.array(z.string()),
  topic: z.string().nullable(),
};
export const claimSchemaV1 = z.object({ ...claimFields, selectors });
export const claimSchema = z.object({ ...claimFields, ...quoteFields });

const header = { format: z.literal(BACKUP_FORMAT), exportedAt: z.string(), pages: z.array(pageSchema), actors: z.array(actorSchema) };

/** Files written before schema v2: every claim and mention with full selectors. Still imported. */
export const backupSchemaV1 = z.object({ ...header, version: z.literal(1), mentions: z.array(mentionSchemaV1), claims: z.array(claimSchemaV1) });
export const backupSchema = z.object({ ...header, version: z.literal(BACKUP_VERSION), mentions: z.array(mentionSchema), claims: z.array(claimSchema) });
export type BackupV1 = z.infer<typeof backupSchemaV1>;
export type Backup = z.infer<typeof backupSchema>;
