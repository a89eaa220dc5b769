import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, the worker: what goes into each invoice of a real company.
 * - qbo_company_lists: per tenant, the connected company's profile (country, currencies,
 *   automated sales tax, custom numbers, from CompanyInfo and Preferences) and the state of its
 *   stable lists (loaded on connect, refreshed by webhooks, CDC as the backstop);
 * - qbo_item_mirror, qbo_account_mirror, qbo_tax_code_mirror: those lists, per tenant and company;
 * - item_code_mappings: codes a person mapped to an item by hand;
 * - customer_currency_links: the second QuickBooks customer of an upstream customer billed in
 *   another currency than its first customer's;
 * - tenants: the per-tenant choices (unmapped codes, the new items' income account, the tax codes,
 *   currency mismatch);
 * - invoice_sync: what QuickBooks computed (total, tax, the difference in words), its number,
 *   currency, balance and paid state;
 * - qbo_customer_mirror.currency: a customer's currency is fixed at its creation.
 */
export class CompanyLists1763720000000 implements MigrationInterface {
  name = 'CompanyLists1763720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE qbo_company_lists (
        tenant_id           text        PRIMARY KEY,
        realm_id            text        NOT NULL,
        status              text        NOT NULL CHECK (status IN ('loading', 'ready', 'failed')),
        company_name        text,
        country             text,
        home_currency       text,
        multi_currency      boolean,
        automated_sales_tax boolean,
        custom_txn_numbers  boolean,
        loaded_at           timestamptz,
        cdc_since           timestamptz,
        last_cdc_at         timestamptz,
        attempts            integer     NOT NULL DEFAULT 0,
        next_attempt_at     timestamptz NOT NULL DEFAULT now(),
        last_error          text,
        claimed_until       timestamptz,
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE qbo_item_mirror (
        tenant_id         text        NOT NULL,
        qbo_id            text        NOT NULL,
        realm_id          text        NOT NULL,
        name              text        NOT NULL,
        name_key          text        NOT NULL,
        sku               text,
        sku_key           text,
        type              text,
        active            boolean     NOT NULL,
        income_account_id text,
        sync_token        text,
        created_by_sync   boolean     NOT NULL DEFAULT false,
        mirrored_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, qbo_id)
      )`);
    await q.query(`CREATE INDEX qbo_item_mirror_sku_idx ON qbo_item_mirror (tenant_id, sku_key) WHERE sku_key IS NOT NULL`);
    await q.query(`CREATE INDEX qbo_item_mirror_name_idx ON qbo_item_mirror (tenant_id, name_key)`);
    await q.query(`
      CREATE TABLE qbo_account_mirror (
        tenant_id    text    NOT NULL,
        qbo_id       text    NOT NULL,
        realm_id     text    NOT NULL,
        name         text    NOT NULL,
        account_type text,
        active       boolean NOT NULL,
        PRIMARY KEY (tenant_id, qbo_id)
      )`);
    await q.query(`
      CREATE TABLE qbo_tax_code_mirror (
        tenant_id text    NOT NULL,
        qbo_id    text    NOT NULL,
        realm_id  text    NOT NULL,
        name      text    NOT NULL,
        taxable   boolean,
        active    boolean NOT NULL,
        PRIMARY KEY (tenant_id, qbo_id)
      )`);
    await q.query(`
      CREATE TABLE item_code_mappings (
        tenant_id   text        NOT NULL,
        code_key    text        NOT NULL,
        item_code   text        NOT NULL,
        qbo_item_id text        NOT NULL,
        realm_id    text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, code_key)
      )`);
    await q.query(`
      CREATE TABLE customer_currency_links (
        tenant_id       text        NOT NULL,
        customer_id     text        NOT NULL,
        currency        text        NOT NULL,
        qbo_customer_id text        NOT NULL,
        realm_id        text        NOT NULL,
        display_name    text        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, customer_id, currency)
      )`);
    await q.query(`
      ALTER TABLE tenants
        ADD COLUMN unmapped_item_policy text NOT NULL DEFAULT 'default-item' CHECK (unmapped_item_policy IN ('create', 'default-item', 'hold')),
        ADD COLUMN new_item_income_account text,
        ADD COLUMN taxable_tax_code text,
        ADD COLUMN exempt_tax_code text,
        ADD COLUMN currency_mismatch_policy text NOT NULL DEFAULT 'second-customer' CHECK (currency_mismatch_policy IN ('second-customer', 'fail'))`);
    await q.query(`
      ALTER TABLE invoice_sync
        ADD COLUMN qbo_total numeric(18, 2),
        ADD COLUMN qbo_tax numeric(18, 2),
        ADD COLUMN upstream_total numeric(18, 2),
        ADD COLUMN upstream_tax numeric(18, 2),
        ADD COLUMN total_difference text,
        ADD COLUMN qbo_currency text,
        ADD COLUMN doc_number_from_qbo boolean NOT NULL DEFAULT false,
        ADD COLUMN qbo_balance numeric(18, 2),
        ADD COLUMN paid_state text CHECK (paid_state IN ('unpaid', 'partly-paid', 'paid')),
        ADD COLUMN balance_read_at timestamptz`);
    await q.query(`CREATE INDEX invoice_sync_qbo_id_idx ON invoice_sync (tenant_id, qbo_invoice_id) WHERE qbo_invoice_id IS NOT NULL`);
    await q.query(`CREATE INDEX invoice_sync_difference_idx ON invoice_sync (tenant_id, updated_at DESC) WHERE total_difference IS NOT NULL`);
    await q.query(`CREATE INDEX invoice_sync_paid_idx ON invoice_sync (tenant_id, balance_read_at DESC) WHERE paid_state IN ('paid', 'partly-paid')`);
    await q.query(`CREATE INDEX invoice_sync_numbered_idx ON invoice_sync (tenant_id, pushed_at DESC) WHERE doc_number_from_qbo`);
    await q.query(`ALTER TABLE qbo_customer_mirror ADD COLUMN currency text`);
    // A reconnect to another company forgets what belonged to the old one.
    await q.query(`
      CREATE FUNCTION company_lists_forget() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.realm_id IS DISTINCT FROM OLD.realm_id THEN
          DELETE FROM qbo_item_mirror WHERE tenant_id = NEW.tenant_id;
          DELETE FROM qbo_account_mirror WHERE tenant_id = NEW.tenant_id;
          DELETE FROM qbo_tax_code_mirror WHERE tenant_id = NEW.tenant_id;
          DELETE FROM item_code_mappings WHERE tenant_id = NEW.tenant_id;
          DELETE FROM customer_currency_links WHERE tenant_id = NEW.tenant_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER qbo_connections_company_lists_forget AFTER UPDATE OF realm_id ON qbo_connections
      FOR EACH ROW EXECUTE FUNCTION company_lists_forget()`);
    // A change of the tenant's item, tax or currency choices sends the invoices they held again.
    await q.query(`
      CREATE FUNCTION invoice_choices_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE invoice_sync SET failed_version = NULL, failure_code = NULL, failure_reason = NULL, updated_at = now()
         WHERE tenant_id = NEW.tenant_id AND batch_id IS NULL
           AND failure_code IN ('ITEM_UNMAPPED', 'ITEM_MISSING', 'TAX_CODE_MISSING', 'CURRENCY', 'TAX');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tenants_invoice_choices_changed
      AFTER UPDATE OF default_item_id, unmapped_item_policy, new_item_income_account, taxable_tax_code, exempt_tax_code, currency_mismatch_policy ON tenants
      FOR EACH ROW WHEN (OLD.default_item_id IS DISTINCT FROM NEW.default_item_id OR OLD.unmapped_item_policy IS DISTINCT FROM NEW.unmapped_item_policy
                         OR OLD.new_item_income_account IS DISTINCT FROM NEW.new_item_income_account OR OLD.taxable_tax_code IS DISTINCT FROM NEW.taxable_tax_code
                         OR OLD.exempt_tax_code IS DISTINCT FROM NEW.exempt_tax_code OR OLD.currency_mismatch_policy IS DISTINCT FROM NEW.currency_mismatch_policy)
      EXECUTE FUNCTION invoice_choices_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tenants_invoice_choices_changed ON tenants`);
    await q.query(`DROP FUNCTION IF EXISTS invoice_choices_changed()`);
    await q.query(`DROP TRIGGER IF EXISTS qbo_connections_company_lists_forget ON qbo_connections`);
    await q.query(`DROP FUNCTION IF EXISTS company_lists_forget()`);
    await q.query(`ALTER TABLE qbo_customer_mirror DROP COLUMN IF EXISTS currency`);
    await q.query(`DROP INDEX IF EXISTS invoice_sync_numbered_idx`);
    await q.query(`DROP INDEX IF EXISTS invoice_sync_paid_idx`);
    await q.query(`DROP INDEX IF EXISTS invoice_sync_difference_idx`);
    await q.query(`DROP INDEX IF EXISTS invoice_sync_qbo_id_idx`);
    await q.query(`
      ALTER TABLE invoice_sync DROP COLUMN qbo_total, DROP COLUMN qbo_tax, DROP COLUMN upstream_total, DROP COLUMN upstream_tax,
        DROP COLUMN total_difference, DROP COLUMN qbo_currency, DROP COLUMN doc_number_from_qbo, DROP COLUMN qbo_balance,
        DROP COLUMN paid_state, DROP COLUMN balance_read_at`);
    await q.query(`
      ALTER TABLE tenants DROP COLUMN unmapped_item_policy, DROP COLUMN new_item_income_account, DROP COLUMN taxable_tax_code,
        DROP COLUMN exempt_tax_code, DROP COLUMN currency_mismatch_policy`);
    await q.query(`DROP TABLE customer_currency_links`);
    await q.query(`DROP TABLE item_code_mappings`);
    await q.query(`DROP TABLE qbo_tax_code_mirror`);
    await q.query(`DROP TABLE qbo_account_mirror`);
    await q.query(`DROP TABLE qbo_item_mirror`);
    await q.query(`DROP TABLE qbo_company_lists`);
  }
}
