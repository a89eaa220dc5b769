import { ServiceIdentifier } from 'inversify';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * Service identifiers of what main.ts (or a CLI entry point) initialises before the container
 * is built, bound as constants by src/container.ts. Classes are their own identifiers
 * (`@inject(SomeClass)`); ports and multi-bound roles have their token beside their type
 * (QBO_CLIENT in qbo/qbo-client.ts, BACKGROUND_TASK in background-task.ts, ROUTE_MODULE and
 * REQUEST_GUARD in http/admin-server.ts).
 */
export const CONFIG: ServiceIdentifier<Config> = Symbol.for('Config');
/** The root logger; each class takes a child with its component's name. */
export const LOGGER: ServiceIdentifier<Logger> = Symbol.for('Logger');
/** Initialised (connected) TypeORM DataSource: the Postgres pool and the migrations. */
export const DATA_SOURCE: ServiceIdentifier<DataSource> = Symbol.for('DataSource');
/**
 * The small pool for connections held while a QuickBooks call is in flight (the per-name create
 * lock): QBO work never takes connections from ingest's pool (DATA_SOURCE) for longer than a query.
 * Bound to DATA_SOURCE itself where no second pool is made (CLI, tests).
 */
export const QBO_DATA_SOURCE: ServiceIdentifier<DataSource> = Symbol.for('QboDataSource');
/** DATABASE_URL, for the dedicated connections (LISTEN, session advisory locks) that live outside the pool. */
export const DATABASE_URL: ServiceIdentifier<string> = Symbol.for('DatabaseUrl');
export const KAFKA: ServiceIdentifier<Kafka> = Symbol.for('Kafka');
/** Connected producer (dead letters). */
export const KAFKA_PRODUCER: ServiceIdentifier<Producer> = Symbol.for('KafkaProducer');
/** Connected admin client (readiness, topics). */
export const KAFKA_ADMIN: ServiceIdentifier<Admin> = Symbol.for('KafkaAdmin');
