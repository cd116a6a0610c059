// The Dexie database class: declares every schema version and its data upgrade, and opens by name.
import Dexie, { type EntityTable } from 'dexie';
import type { ActorRecord, PageRecord } from '../model';
import type { ActorStatsRecord } from './actor-stats';
import type { ClaimPageRow } from './claim-groups';
import type { MentionPageRow } from './mention-rows';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
import { upgrades } from './upgrades';

export class FactDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  actors!: EntityTable<ActorRecord, 'id'>;
  /** One row per page since v3; see mention-rows.ts. */
  pageMentions!: EntityTable<MentionPageRow, 'pageUrl'>;
  /** One row per page since v3; see claim-groups.ts. */
  claims!: EntityTable<ClaimPageRow, 'id'>;
  actorStats!: EntityTable<ActorStatsRecord, 'actorId'>;

  constructor(name: string) {
    super(name);
    const versions: Record<number, Record<string, string | null>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3 };
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
