import type { ContainerRuntimeClient } from 'testcontainers';
import { DOCKER_LABEL, ServicesSettings } from './settings';

/**
 * Postgres and Kafka as containers, through testcontainers. The containers are started
 * with reuse (no reaper session label), so they outlive the process that started them;
 * a label naming this checkout lets `down` find and remove them. The testcontainers
 * packages are loaded only here, so local mode never pays for them.
 */

type Log = (line: string) => void;

export interface DockerServices {
  databaseUrl: string;
  kafkaBrokers: string;
  containerIds: string[];
}

/** The port the Confluent image's PLAINTEXT listener uses inside the container (see @testcontainers/kafka). */
const KAFKA_CONTAINER_PORT = 9093;

async function runtimeClient(timeoutMs: number): Promise<ContainerRuntimeClient | null> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((r) => {
    timer = setTimeout(() => r(null), timeoutMs);
  });
  try {
    return await Promise.race([getContainerRuntimeClient().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when a container engine answers (the decision between docker and local mode). */
export async function dockerAvailable(timeoutMs = 15_000): Promise<boolean> {
  return (await runtimeClient(timeoutMs)) !== null;
}

export async function startDockerServices(s: ServicesSettings, log: Log): Promise<DockerServices> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const labels = { [DOCKER_LABEL]: s.projectId };

  log(`docker: starting or reusing ${s.pgImage} and ${s.kafkaImage}`);
  const [pg, kafka] = await Promise.all([
    new PostgreSqlContainer(s.pgImage)
      .withDatabase(s.db.database)
      .withUsername(s.db.user)
      .withPassword(s.db.password)
      .withCommand(['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'])
      .withLabels(labels)
      .withReuse()
      .start(),
    new KafkaContainer(s.kafkaImage)
      .withKraft()
      .withEnvironment({
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
        KAFKA_NUM_PARTITIONS: '3',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_HEAP_OPTS: `-Xmx${s.kafkaHeap} -Xms${s.kafkaHeap}`,
      })
      .withLabels(labels)
      .withReuse()
      .start(),
  ]);
  const databaseUrl = pg.getConnectionUri();
  const kafkaBrokers = `${kafka.getHost()}:${kafka.getMappedPort(KAFKA_CONTAINER_PORT)}`;
  log(`docker: postgres ${pg.getId().slice(0, 12)}, kafka ${kafka.getId().slice(0, 12)}`);
  return { databaseUrl, kafkaBrokers, containerIds: [pg.getId(), kafka.getId()] };
}

/** True when every container still runs. */
export async function dockerContainersRunning(ids: string[]): Promise<boolean> {
  const client = await runtimeClient(15_000);
  if (client === null) return false;
  try {
    for (const id of ids) {
      const info = await client.container.inspect(client.container.getById(id));
      if (!info.State.Running) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Stops and removes every container labelled with this checkout's id. Returns how many. */
export async function stopDockerServices(s: ServicesSettings, log: Log): Promise<number> {
  const client = await runtimeClient(15_000);
  if (client === null) return 0;
  const ours = (await client.container.list()).filter((c) => c.Labels[DOCKER_LABEL] === s.projectId);
  for (const c of ours) {
    log(`docker: removing ${c.Image} (${c.Id.slice(0, 12)})`);
    const container = client.container.getById(c.Id);
    if (c.State === 'running') await client.container.stop(container, { timeout: 20 });
    await client.container.remove(container, { removeVolumes: true });
  }
  return ours.length;
}
