// The backup file's shape, as zod schemas: what the JSON backup writes and what an import accepts.
import { z } from 'zod';

export const BACKUP_FORMAT = 'fact-annotator-backup';
export const BACKUP_VERSION = 1;

const offset = z.number().int().nonnegative();
const actorType = z.enum(['person', 'organization', 'country', 'place', 'other']);

const selectors = z.object({
  position: z.object({ start: offset, end: offset }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
});

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

export const mentionSchema = z.object({
  id: z.number().optional(),
  pageUrl: z.string().min(1),
  actorId: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
  selectors,
});

export const claimSchema = z.object({
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
  selectors,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  pages: z.array(pageSchema),
  actors: z.array(actorSchema),
  mentions: z.array(mentionSchema),
  claims: z.array(claimSchema),
});
export type Backup = z.infer<typeof backupSchema>;
