import type { Admin, Kafka } from 'kafkajs';

/**
 * True when the consumer group has committed, on every partition of `topics`, up to the end
 * offset. A partition the group has not committed on counts from 0, so an empty partition
 * (committed -1, end 0) is caught up. `admin` must be connected; it is left connected.
 */
export async function groupCaughtUp(admin: Admin, groupId: string, topics: string[]): Promise<boolean> {
  for (const t of await admin.fetchOffsets({ groupId, topics })) {
    for (const end of await admin.fetchTopicOffsets(t.topic)) {
      const c = t.partitions.find((p) => p.partition === end.partition);
      const at = c === undefined || c.offset === '-1' ? 0n : BigInt(c.offset);
      if (at < BigInt(end.high)) return false;
    }
  }
  return true;
}

/** groupCaughtUp with an admin client of its own, connected for this one check. */
export async function kafkaGroupCaughtUp(kafka: Kafka, groupId: string, topics: string[]): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await groupCaughtUp(admin, groupId, topics);
  } finally {
    await admin.disconnect();
  }
}
