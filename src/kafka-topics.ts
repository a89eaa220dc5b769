import { Admin, ITopicConfig } from 'kafkajs';

const isUnknownPartition = (e: unknown) => (e as { type?: string }).type === 'UNKNOWN_TOPIC_OR_PARTITION';

/**
 * Creates topics and waits until every partition has a leader. kafkajs's own wait
 * (waitForLeaders) gives up on UNKNOWN_TOPIC_OR_PARTITION, which a busy broker answers for a
 * moment after the create ("This server does not host this topic-partition"), and so would a
 * consumer's subscribe: the metadata is polled again until it holds, `deadlineMs` at most.
 * Any other error is thrown as it came.
 */
export async function createTopicsWithLeaders(admin: Admin, topics: ITopicConfig[], deadlineMs = 30_000): Promise<void> {
  try {
    await admin.createTopics({ waitForLeaders: true, topics });
    return;
  } catch (e) {
    if (!isUnknownPartition(e)) throw e;
  }
  const names = topics.map((t) => t.topic);
  const until = Date.now() + deadlineMs;
  for (;;) {
    const meta = await admin.fetchTopicMetadata({ topics: names }).catch((e: unknown) => {
      if (!isUnknownPartition(e)) throw e;
      return null;
    });
    if (meta !== null && meta.topics.length === names.length && meta.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    if (Date.now() > until) throw new Error(`topics ${names.join(', ')} have no leader ${Math.round(deadlineMs / 1000)} s after they were created`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
