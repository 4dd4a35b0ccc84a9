// Every format change since version 1, oldest first. To change the format: add `vNToVN+1.ts`
// (with a test and a sample file of the old version under ../fixtures), list it here, and raise
// FORMAT_VERSION in ../constants.ts. migrations.test.ts checks the list has no gaps.
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [];
