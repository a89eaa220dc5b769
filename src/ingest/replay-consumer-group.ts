import { inject, injectable } from 'inversify';
import type { Admin } from 'kafkajs';
import { KAFKA_ADMIN } from '../tokens';
import { INGEST_CONSUMER_OPTIONS, IngestConsumerOptions } from './ingest-consumer';

/** Where to move the worker's group: the beginning of each partition, or the first offset at or after a time. */
export type ReplayTarget = { kind: 'beginning' } | { kind: 'time'; at: Date };

export interface PartitionMove {
  topic: string;
  partition: number;
  /** The group's committed offset now, or null when it has none. */
  from: string | null;
  to: string;
  /** The log-end offset: `end - to` messages will be read again (or for the first time). */
  end: string;
  reread: number;
}

export type ReplayPlan =
  | { ok: true; groupId: string; target: ReplayTarget; moves: PartitionMove[] }
  | { ok: false; groupId: string; reason: string; members: string[] };

/**
 * `qbo-sync replay`: moves the worker's consumer group (KAFKA_GROUP_ID) back on both source
 * topics, to their beginning or to a time, so the worker reads those events again when it starts.
 * Refused while the group has live members (Kafka refuses offset changes of an active group, and
 * a running worker would commit over them): stop every replica first.
 *
 * What a replay does: ingest records only what is new. An event whose eventId is still in the
 * inbox is skipped; one whose eventId was pruned is written again but changes nothing, since every
 * write is guarded by the entity's version (the stored one is equal or newer). So a replay fills
 * in what Postgres lacks (events lost to a database restore, a topic restored from a mirror) and
 * is otherwise harmless; it never changes what QuickBooks holds. To repair QuickBooks, use
 * `qbo-sync resync <tenant>`.
 */
@injectable()
export class ReplayConsumerGroup {
  constructor(
    @inject(KAFKA_ADMIN) private readonly admin: Admin,
    @inject(INGEST_CONSUMER_OPTIONS) private readonly options: IngestConsumerOptions,
  ) {}

  async plan(target: ReplayTarget): Promise<ReplayPlan> {
    const groupId = this.options.groupId;
    const { groups } = await this.admin.describeGroups([groupId]);
    const g = groups[0];
    if (g !== undefined && g.members.length > 0) {
      return {
        ok: false,
        groupId,
        reason: `the group "${groupId}" has ${g.members.length} live member(s) (state ${g.state}): stop every worker replica first (e.g. kubectl scale deployment/qbo-sync --replicas=0), then replay`,
        members: g.members.map((m) => `${m.clientId} ${m.clientHost} (${m.memberId})`),
      };
    }
    const committed = await this.admin.fetchOffsets({ groupId, topics: this.options.topics });
    const moves: PartitionMove[] = [];
    for (const topic of this.options.topics) {
      const ends = await this.admin.fetchTopicOffsets(topic);
      const targets =
        target.kind === 'beginning'
          ? ends.map((e) => ({ partition: e.partition, offset: e.low }))
          : await this.admin.fetchTopicOffsetsByTimestamp(topic, target.at.getTime());
      for (const e of ends) {
        const c = committed.find((x) => x.topic === topic)?.partitions.find((p) => p.partition === e.partition);
        const raw = targets.find((t) => t.partition === e.partition)?.offset;
        // A time after the last message: Kafka answers -1; the group then starts at the end.
        const to = raw === undefined || Number(raw) < 0 ? e.high : raw;
        moves.push({
          topic,
          partition: e.partition,
          from: c === undefined || Number(c.offset) < 0 ? null : c.offset,
          to,
          end: e.high,
          reread: Math.max(0, Number(e.high) - Number(to)),
        });
      }
    }
    return { ok: true, groupId, target, moves };
  }

  /** Commits the plan's offsets for the group (checked again for live members by Kafka itself). */
  async apply(plan: Extract<ReplayPlan, { ok: true }>): Promise<void> {
    for (const topic of this.options.topics) {
      const partitions = plan.moves.filter((m) => m.topic === topic).map((m) => ({ partition: m.partition, offset: m.to }));
      await this.admin.setOffsets({ groupId: plan.groupId, topic, partitions });
    }
  }
}
