import type { TableDecl } from '../tables.js';

/** Tables of this concern, parent first; created by its own migration file. */
export const AGENT_TABLES: TableDecl[] = [];
