import { ContainerModule } from 'inversify';
import { BACKGROUND_TASK } from '../background-task';
import { CONFIG } from '../tokens';
import { PruneHistory, RETENTION_OPTIONS } from './prune-history';
import { RETENTION_INTERVAL_MS, RetentionTask } from './retention-task';

/** Retention: prunes the tables that only grow (the inbox, webhook notifications, decisions, notices, published sync events, dead letters). */
export const retentionModule = new ContainerModule(({ bind }) => {
  bind(PruneHistory).toSelf();
  bind(RetentionTask).toSelf();
  bind(RETENTION_OPTIONS).toDynamicValue((ctx) => {
    const r = ctx.get(CONFIG).retention;
    return {
      processedEventsDays: r.processedEventsDays,
      webhookNotificationsDays: r.webhookNotificationsDays,
      customerDecisionsDays: r.customerDecisionsDays,
      noticesDays: r.noticesDays,
      syncEventsDays: r.syncEventsDays,
      deadLettersDays: r.deadLettersDays,
      callCountsDays: r.callCountsDays,
      batchSize: r.batchSize,
    };
  });
  bind(RETENTION_INTERVAL_MS).toDynamicValue((ctx) => ctx.get(CONFIG).retention.intervalMs);
  bind(BACKGROUND_TASK).toService(RetentionTask);
});
