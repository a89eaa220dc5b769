import net from 'node:net';
import { ISocketFactory, Kafka, logLevel } from 'kafkajs';
import { brokers } from './kafka';

/**
 * A broker outage for one Kafka client only (the shared broker keeps serving everyone else):
 * the client's sockets go through this gate (kafkajs' socketFactory); `close()` cuts every open
 * connection and makes new ones fail at once, `open()` lets them through again.
 */
export class KafkaGate {
  private isOpen = true;
  private readonly sockets = new Set<net.Socket>();

  readonly socketFactory: ISocketFactory = ({ host, port, onConnect }) => {
    const socket = net.connect({ host, port }, onConnect);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    if (!this.isOpen) setImmediate(() => socket.destroy(new Error(`broker ${host}:${port} unreachable (test gate closed)`)));
    return socket;
  };

  /** A client whose every connection goes through the gate. */
  kafka(clientId: string): Kafka {
    return new Kafka({
      clientId,
      brokers: brokers(),
      logLevel: logLevel.NOTHING,
      socketFactory: this.socketFactory,
      connectionTimeout: 1000,
      requestTimeout: 5000,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
    });
  }

  close(): void {
    this.isOpen = false;
    // With an error: kafkajs listens for "error" and "end", not "close".
    for (const s of this.sockets) s.destroy(new Error("connection cut (test gate closed)"));
  }

  open(): void {
    this.isOpen = true;
  }
}
