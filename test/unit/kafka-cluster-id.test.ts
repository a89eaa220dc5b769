import { newClusterId } from '../../src/dev-services/local-kafka';

describe('a local Kafka cluster id', () => {
  it('is 22 base64url characters and never starts with "-" (the storage tool would read it as an option)', () => {
    // About one id in 64 would start with '-' if nothing prevented it.
    for (let i = 0; i < 5000; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});
