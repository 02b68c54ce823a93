// The local stack formats Kafka's storage with a random cluster id; one id in 64 starts with '-'.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Cfg = { kafka: { dir: string; port: number; controllerPort: number } };
interface KafkaFiles {
  layout(cfg: Cfg): { libs: string; data: string; properties: string; log4j: string };
  formatStorage(cfg: Cfg, clusterId: string): void;
  serverProperties(cfg: Cfg): string;
}
const tools = path.join(__dirname, '..', '..', 'tools', 'stack');
/* eslint-disable @typescript-eslint/no-require-imports */
const kafkaFiles: KafkaFiles = require(path.join(tools, 'kafka-files.js'));
const { settings }: { settings(): Cfg } = require(path.join(tools, 'config.js'));
/* eslint-enable @typescript-eslint/no-require-imports */

describe('a broker storage formatted with a cluster id that starts with "-"', () => {
  it('is formatted, and records that id', () => {
    const clusterId = Buffer.from([0xf8, ...Array.from({ length: 15 }, (_, i) => i)]).toString('base64url');
    expect(clusterId.startsWith('-')).toBe(true);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'kafka-format-'));
    try {
      const cfg = { kafka: { dir, port: 1, controllerPort: 2 } };
      const files = kafkaFiles.layout(cfg);
      symlinkSync(kafkaFiles.layout(settings()).libs, files.libs); // the jars the running stack fetched
      writeFileSync(files.properties, kafkaFiles.serverProperties(cfg));
      writeFileSync(files.log4j, 'rootLogger.level = ERROR\n');

      kafkaFiles.formatStorage(cfg, clusterId);

      expect(readFileSync(path.join(files.data, 'meta.properties'), 'utf8')).toContain(`cluster.id=${clusterId}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
