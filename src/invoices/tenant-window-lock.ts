import { DataSource, QueryRunner } from 'typeorm';

/** A tenant's window lock, held on its own connection until released (or until the process dies). */
export interface HeldWindowLock {
  release(): Promise<void>;
}

/**
 * One window per tenant at a time, across every replica and the operator CLI: a Postgres
 * session advisory lock keyed by the tenant, held on a dedicated connection for the whole
 * window. A crashed holder's connection closes and Postgres frees the lock with it.
 */
export class TenantWindowLock {
  constructor(private readonly dataSource: DataSource) {}

  async tryAcquire(tenantId: string): Promise<HeldWindowLock | null> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const rows = (await runner.query(
        `SELECT pg_try_advisory_lock(hashtext('qbo-sync:invoice-window'), hashtext($1)) AS ok`,
        [tenantId],
      )) as Array<{ ok: boolean }>;
      if (rows[0]?.ok !== true) {
        await runner.release();
        return null;
      }
    } catch (e) {
      await runner.release().catch(() => undefined);
      throw e;
    }
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        try {
          await runner.query(`SELECT pg_advisory_unlock(hashtext('qbo-sync:invoice-window'), hashtext($1))`, [tenantId]);
        } finally {
          await runner.release().catch(() => undefined);
        }
      },
    };
  }
}
