import { Foundation1763798400000 } from './1763798400000-foundation.js';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1763798400000];
