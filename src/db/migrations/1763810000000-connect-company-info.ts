import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, connect reads: the OAuth callback reads the company's CompanyInfo once (for its name);
 * what the company profile needs of it (the country) is kept beside the name, with the time it was
 * read, so the company lists loaded next (SyncCompanyLists) do not read CompanyInfo a second time.
 * Both are forgotten with the name when the tenant connects again (QboConnectionRepository.saveConnected).
 */
export class ConnectCompanyInfo1763810000000 implements MigrationInterface {
  name = 'ConnectCompanyInfo1763810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_connections ADD COLUMN company_country text, ADD COLUMN company_info_read_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE qbo_connections DROP COLUMN IF EXISTS company_info_read_at, DROP COLUMN IF EXISTS company_country`);
  }
}
