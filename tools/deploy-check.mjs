// The deployment files, checked without Docker or a cluster (a step of `npm test`):
// - docker-compose.yml loaded by the Compose Specification's own loader (tools/compose-check, Go,
//   github.com/compose-spec/compose-go/v2 v2.16.2) and checked for the Kafka version of the local stack;
// - the Helm chart deploy/helm/park-ledger: `helm lint`, then `helm template` rendered with the
//   autoscalers on and off, each validated by kubernetes-validate (the Kubernetes API's schemas).
// Helm v4 is built from the Go module proxy into .local/bin on first use, kubernetes-validate is
// installed from PyPI into .local/kubernetes-validate; both need only Go and Python 3 with venv.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { home, root } from './services.mjs';

const HELM = 'v4.3.2';
const KUBERNETES_VALIDATE = '1.37.0';
const bin = path.join(home, 'bin');
const chart = path.join(root, 'deploy/helm/park-ledger');

function sh(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (result.error) throw new Error(`${cmd}: ${result.error.message}`);
  return result;
}

function must(what, result) {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.stdout;
}

function helm() {
  const file = path.join(bin, 'helm');
  const marker = path.join(bin, 'helm.version');
  if (existsSync(file) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === HELM) return file;
  console.log(`deploy-check: building helm ${HELM} from the Go module proxy into ${bin} (first run only)`);
  mkdirSync(bin, { recursive: true });
  must('go install helm', sh('go', ['install', `helm.sh/helm/v4/cmd/helm@${HELM}`], { env: { ...process.env, GOBIN: bin, GOFLAGS: '-mod=mod' } }));
  writeFileSync(marker, `${HELM}\n`);
  return file;
}

function kubernetesValidate() {
  const venv = path.join(home, 'kubernetes-validate');
  const file = path.join(venv, 'bin', 'kubernetes-validate');
  if (existsSync(file)) return file;
  console.log(`deploy-check: installing kubernetes-validate ${KUBERNETES_VALIDATE} from PyPI into ${venv}`);
  must('python3 -m venv', sh('python3', ['-m', 'venv', venv]));
  must('pip install kubernetes-validate', sh(path.join(venv, 'bin', 'pip'), ['install', '-q', `kubernetes-validate==${KUBERNETES_VALIDATE}`]));
  return file;
}

function kafkaVersion() {
  return /<kafka\.version>([^<]+)</.exec(sh('cat', ['tools/kafka/pom.xml']).stdout)[1];
}

/** Runs every check; one result per check, { name, passed, output }. */
export async function deployCheck() {
  const results = [];
  const check = (name, fn) => {
    try {
      const output = fn();
      console.log(`deploy-check: ${name}: ok${output ? `\n${output.trim()}` : ''}`);
      results.push({ name, passed: true });
    } catch (e) {
      console.error(`deploy-check: ${name}: FAILED\n${e.message}`);
      results.push({ name, passed: false });
    }
  };
  check('docker-compose.yml (compose-go)', () => {
    const out = path.join(bin, 'compose-check');
    must('go build compose-check', sh('go', ['build', '-o', out, '.'], { cwd: path.join(root, 'tools/compose-check') }));
    return must('compose-check', sh(out, ['-f', 'docker-compose.yml', '-kafka-version', kafkaVersion()]));
  });
  check('helm lint', () => must('helm lint', sh(helm(), ['lint', '--strict', chart])));
  for (const [name, sets] of [
    ['helm template | kubernetes-validate (autoscalers on)', []],
    ['helm template | kubernetes-validate (autoscalers off, no SASL)', ['--set', 'services.projects.autoscaling.enabled=false', '--set', 'services.reporting.keda.enabled=false', '--set', 'kafka.sasl.mechanism=']],
  ]) {
    check(name, () => {
      const rendered = must('helm template', sh(helm(), ['template', 'park-ledger', chart, ...sets]));
      return must(
        'kubernetes-validate',
        // its newest Kubernetes schemas; the KEDA ScaledObject has none there (a warning), see below
        sh(kubernetesValidate(), ['--strict', '-'], { input: rendered }),
      )
        .split('\n')
        .filter((line) => !/^INFO/.test(line))
        .join('\n');
    });
  }
  check('KEDA ScaledObject: reporting, capped at the partition count', () => {
    const rendered = must('helm template', sh(helm(), ['template', 'park-ledger', chart, '--set', 'kafka.topicPartitions=3']));
    const scaled = rendered.split(/^---$/m).find((doc) => /^kind: ScaledObject$/m.test(doc));
    if (!scaled) throw new Error('no ScaledObject rendered');
    const expect = (re, what) => {
      if (!re.test(scaled)) throw new Error(`ScaledObject: ${what}\n${scaled}`);
    };
    expect(/^  maxReplicaCount: 3$/m, 'maxReplicaCount is not the partition count (3)');
    expect(/^    name: park-ledger-reporting$/m, 'does not target the reporting Deployment');
    for (const d of ['projects', 'land', 'safety', 'office']) expect(new RegExp(`topic: "park\\.${d}\\.events"`), `no lag trigger on park.${d}.events`);
    expect(/consumerGroup: "park-reporting"/, 'not on the reporting consumer group');
    return '';
  });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await deployCheck();
  process.exit(results.every((r) => r.passed) ? 0 : 1);
}
