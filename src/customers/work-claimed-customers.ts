import type { ClaimedCustomer, CustomerLinkRepository } from './customer-link-repository';

export interface ClaimedWorkOptions {
  /** Lanes working at once. */
  lanes: number;
  /** The lease each claim was taken with; renewed every third of it while the claim is queued or worked on. */
  leaseMs: number;
  workerId: string;
}

/**
 * Works claimed customers in `lanes` lanes and keeps their leases alive while this process still
 * holds them: every `leaseMs / 3` the claims not finished yet are renewed, so a lease never runs
 * out under a replica that is still working (however slow QuickBooks is), while a replica that
 * dies leaves them claimable within one lease. When `work` throws, no new claim is started, the
 * claims not started are released at once, the lanes already working finish, and the first error
 * is rethrown.
 */
export async function workClaimedCustomers(
  links: Pick<CustomerLinkRepository, 'renewClaims' | 'releaseClaims'>,
  claims: readonly ClaimedCustomer[],
  opts: ClaimedWorkOptions,
  work: (c: ClaimedCustomer) => Promise<void>,
): Promise<void> {
  const queue = [...claims];
  const inFlight = new Set<ClaimedCustomer>();
  let failure: { error: unknown } | null = null;
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = links.renewClaims([...inFlight, ...queue], opts.workerId, opts.leaseMs).catch(() => undefined);
    },
    Math.max(50, Math.floor(opts.leaseMs / 3)),
  );
  timer.unref();
  try {
    const lanes = Array.from({ length: Math.min(Math.max(1, opts.lanes), queue.length) }, async () => {
      while (failure === null) {
        const c = queue.shift();
        if (c === undefined) return;
        inFlight.add(c);
        try {
          await work(c);
        } catch (e) {
          failure ??= { error: e };
        } finally {
          inFlight.delete(c);
        }
      }
    });
    await Promise.all(lanes);
  } finally {
    clearInterval(timer);
    await renewing;
  }
  if (failure !== null) {
    await links.releaseClaims(queue.splice(0), opts.workerId);
    throw (failure as { error: unknown }).error;
  }
}
