import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { EmulatorConfig } from './emulator-config';
import type { ChangeEvent } from './operation-context';

export interface WebhookDelivery {
  url: string;
  body: string;
  signature: string;
  attempts: number;
  delivered: boolean;
  lastStatus: number | null;
  lastError: string | null;
}

export function signWebhookBody(body: string, verifierToken: string): string {
  return createHmac('sha256', verifierToken).update(body, 'utf8').digest('base64');
}

/** Sends Intuit-style webhook notifications, retrying failed deliveries with exponential backoff. */
export class WebhookDispatcher {
  private readonly deliveries: WebhookDelivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly config: () => EmulatorConfig,
    private readonly logger: Logger,
  ) {}

  notify(event: ChangeEvent): void {
    const config = this.config().webhooks;
    if (this.closed || config.urls.length === 0) return;
    if (event.operation !== 'Merge' && !config.createUpdateEvents) return;
    const entity: Record<string, string> = { name: event.name, id: event.id, operation: event.operation, lastUpdated: event.lastUpdated };
    if (event.deletedId !== undefined) entity['deletedId'] = event.deletedId;
    const body = JSON.stringify({ eventNotifications: [{ realmId: event.realmId, dataChangeEvent: { entities: [entity] } }] });
    const signature = signWebhookBody(body, config.verifierToken);
    for (const url of config.urls) {
      const delivery: WebhookDelivery = { url, body, signature, attempts: 0, delivered: false, lastStatus: null, lastError: null };
      this.deliveries.push(delivery);
      if (this.deliveries.length > 10_000) this.deliveries.shift();
      void this.attempt(delivery);
    }
  }

  list(): WebhookDelivery[] {
    return this.deliveries.map((d) => ({ ...d }));
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    if (this.closed) return;
    const config = this.config().webhooks;
    delivery.attempts += 1;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'intuit-signature': delivery.signature },
        body: delivery.body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      delivery.lastStatus = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        delivery.delivered = true;
        return;
      }
      delivery.lastError = `HTTP ${response.status}`;
    } catch (error: unknown) {
      delivery.lastError = error instanceof Error ? error.message : String(error);
    }
    if (delivery.attempts >= config.maxAttempts || this.closed) {
      this.logger.warn({ url: delivery.url, attempts: delivery.attempts, error: delivery.lastError }, 'webhook delivery gave up');
      return;
    }
    const delay = config.initialBackoffMs * 2 ** (delivery.attempts - 1);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(delivery);
    }, delay);
    this.timers.add(timer);
  }
}
