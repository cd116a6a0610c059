// The Dexie database class: declares every schema version and its data upgrade, and opens by name.
import Dexie, { type EntityTable } from 'dexie';
import type { ActorRecord, PageRecord } from '../model';
import type { ActorStatsRecord } from './actor-stats';
import { SCHEMA_V1, SCHEMA_V2 } from './schema';
import type { ClaimGroupRow } from './claim-groups';
import type { StoredMention } from './stored-rows';
import { upgrades } from './upgrades';

export class FactDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  actors!: EntityTable<ActorRecord, 'id'>;
  mentions!: EntityTable<StoredMention, 'id'>;
  /** One row per (page, speaker) since v2; see claim-groups.ts. */
  claims!: EntityTable<ClaimGroupRow, 'id'>;
  actorStats!: EntityTable<ActorStatsRecord, 'actorId'>;

  constructor(name: string) {
    super(name);
    const versions: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2 };
    for (const [v, stores] of Object.entries(versions)) {
      const version = this.version(Number(v)).stores(stores);
      const upgrade = upgrades[Number(v)];
      if (upgrade) version.upgrade(upgrade);
    }
  }
}

export function openDatabase(name = 'fact-annotator'): FactDatabase {
  return new FactDatabase(name);
}
