import { IngestSchema1763700000000 } from './1763700000000-ingest-schema';

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [IngestSchema1763700000000];
