// Data upgrades between schema versions: one file per version that changes stored rows, registered here by version.
import type { Transaction } from 'dexie';
import { upgradeToV2 } from './v2';

/** Version -> function that rewrites rows written by the previous version; each is tested on a saved example (tests/fixtures/db/). */
export const upgrades: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = { 2: upgradeToV2 };
