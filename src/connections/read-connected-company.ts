import { inject, injectable } from 'inversify';
import { Logger } from '../logger';
import { withCallPurpose } from '../qbo/qbo-call-purpose';
import { QBO_CLIENT, QboClient } from '../qbo/qbo-client';
import { QboConnectionRepository } from '../qbo/qbo-connection-repository';
import { QboError } from '../qbo/qbo-error';
import { LOGGER } from '../tokens';

/** A narrow port, so a test can see what was called. */
export type CompanyInfoSource = Pick<QboClient, 'getCompanyInfo'>;

/**
 * The connect's one read of the company (CompanyInfo, counted as a `connect` read): its name, shown
 * everywhere, and its country, which the company profile needs; both are kept on the connection
 * (QboConnectionRepository.saveCompanyInfo), so the company lists loaded next do not read
 * CompanyInfo again. The connection stands if this read fails (the lists then read it themselves).
 */
@injectable()
export class ReadConnectedCompany {
  private readonly logger: Logger;
  constructor(
    @inject(QBO_CLIENT) private readonly qbo: CompanyInfoSource,
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'connect' });
  }

  /** Returns the company's name (null when it has none or the read failed). */
  async run(tenantId: string, realmId: string): Promise<string | null> {
    try {
      const info = await withCallPurpose('connect', () => this.qbo.getCompanyInfo(tenantId));
      const name = (typeof info.CompanyName === 'string' && info.CompanyName) || (typeof info.LegalName === 'string' && info.LegalName) || null;
      const country = typeof info.Country === 'string' && info.Country.trim() !== '' ? info.Country.trim() : null;
      await this.connections.saveCompanyInfo(tenantId, realmId, { companyName: name, country });
      return name;
    } catch (e) {
      this.logger.warn({ tenantId, realmId, err: e instanceof QboError ? e.toJSON() : String(e) }, 'company name not read after connect');
      return null;
    }
  }
}
