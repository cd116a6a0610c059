// Data upgrades between schema versions: one file per version that changes stored rows, registered here by version.
import type { Transaction } from 'dexie';
import { upgradeToV2 } from './v2';
import { upgradeToV3 } from './v3';

/** Version -> function that rewrites rows written by the previous version; each is tested on a saved example (tests/fixtures/db/). */
export const upgrades: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = { 2: upgradeToV2, 3: upgradeToV3 };
