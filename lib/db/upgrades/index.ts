// Data upgrades between schema versions: one file per version that changes stored rows, registered here by version.
import type { Transaction } from 'dexie';

/**
 * Version -> function that rewrites rows written by the previous version. v1 is the first schema, so nothing is
 * registered yet; a future `v2.ts` exports its function and is added here, with a test that opens a saved v1
 * example (tests/fixtures/db/) and checks the rewritten rows.
 */
export const upgrades: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {};
