import 'reflect-metadata';
import { createDataSource } from './src/db/data-source';

/**
 * The DataSource the TypeORM migration CLI uses (`npm run migrate`). The worker applies
 * the same migrations itself at boot, under an advisory lock.
 */
const url = process.env.DATABASE_URL;
if (url === undefined || url === '') {
  throw new Error('DATABASE_URL is required (run `npm run services -- env` for the local one)');
}

export default createDataSource({ url, applicationName: 'qbo-sync-migrate' });
