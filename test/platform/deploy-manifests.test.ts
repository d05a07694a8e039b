import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { CONFIG_VARIABLES } from '../../libs/platform/src/config/config-variables';

/**
 * The Kubernetes manifests in deploy/, checked offline: each object against the Kubernetes
 * OpenAPI schema (kubernetes-models' validate(), no cluster and no binary), then what a schema
 * cannot see: selectors that select, names that exist, secrets kept in the Secret, the probes,
 * the security context.
 */
const DEPLOY = join(__dirname, '../../deploy');

// The manifests' objects, read as plain data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
type Manifest = { apiVersion?: string; kind?: string; metadata?: { name?: string }; [k: string]: unknown };

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'batch/v1/Job': Job,
};

/** Throws, naming the object, when it is not a valid object of a kind deploy/ may hold. */
function validateManifest(m: Manifest): void {
  const key = `${m.apiVersion}/${m.kind}`;
  const Model = MODELS[key];
  if (!Model) throw new Error(`${key}: not a kind deploy/ uses`);
  try {
    new Model(m as never).validate();
  } catch (err) {
    throw new Error(`${key} ${m.metadata?.name}: ${(err as Error).message}`);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? yamlFiles(join(dir, e.name))
      : /\.ya?ml$/.test(e.name)
        ? [relative(DEPLOY, join(dir, e.name))]
        : [],
  );
}

function read(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(DEPLOY, file), 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as Manifest;
  });
}

interface Kustomization {
  namespace: string;
  images: { name: string; newName: string; newTag: string }[];
  resources: string[];
}

const KUSTOMIZATIONS = ['kustomization.yaml', 'migrate/kustomization.yaml'];
const EXAMPLE_SECRET = 'secret.example.yaml';
const kustomization = (file: string) => read(file)[0] as unknown as Kustomization;
/** Every object, by file (the kustomizations' resources and the example Secret). */
const applied = (): Map<string, Manifest[]> => {
  const files = new Map<string, Manifest[]>();
  for (const k of KUSTOMIZATIONS) {
    const dir = k.includes('/') ? k.slice(0, k.lastIndexOf('/') + 1) : '';
    for (const r of kustomization(k).resources) files.set(dir + r, read(dir + r));
  }
  files.set(EXAMPLE_SECRET, read(EXAMPLE_SECRET));
  return files;
};
const all = () => [...applied().values()].flat();
const named = (kind: string, name: string): Any => {
  const found = all().find((m) => m.kind === kind && m.metadata?.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/`);
  return found;
};
const podSpecs = (): { owner: string; spec: Any; labels: Record<string, string> }[] =>
  all()
    .filter((m) => m.kind === 'Deployment' || m.kind === 'Job')
    .map((m: Any) => ({
      owner: `${m.kind} ${m.metadata.name}`,
      spec: m.spec.template.spec,
      labels: m.spec.template.metadata.labels,
    }));

/** Whether a selector's matchLabels select pods with these labels. */
const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

const SECRETS = [
  'DATABASE_URL',
  'REDIS_URL',
  'SESSION_SECRET',
  'SMTP_URL',
  'OIDC_PROVIDERS',
  'METRICS_TOKEN',
];
const AWS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'S3_ENDPOINT'];

describe('deploy/ Kubernetes manifests', () => {
  it('are all applied by a kustomization (the example Secret aside), with one image', () => {
    const listed = new Set([...applied().keys(), ...KUSTOMIZATIONS]);
    expect(yamlFiles(DEPLOY).filter((f) => !listed.has(f))).toEqual([]);
    const [main, migrate] = KUSTOMIZATIONS.map(kustomization);
    expect(migrate.namespace).toBe(main.namespace);
    expect(migrate.images).toEqual(main.images);
    for (const p of podSpecs())
      for (const c of p.spec.containers) expect(main.images.map((i) => i.name)).toContain(c.image);
  });

  it('are valid Kubernetes objects', () => {
    const kinds = all().map((m) => {
      validateManifest(m);
      return `${m.kind} ${m.metadata?.name}`;
    });
    expect(kinds.sort()).toEqual(
      [
        'ConfigMap cop-config',
        'Deployment cop-api',
        'Deployment cop-worker',
        'HorizontalPodAutoscaler cop-api',
        'Job cop-migrate',
        'Namespace cop',
        'PodDisruptionBudget cop-api',
        'PodDisruptionBudget cop-worker',
        'Secret cop-secrets',
        'Service cop-api',
      ].sort(),
    );
  });

  it('refuses a broken manifest and a kind it does not know', () => {
    const api = structuredClone(named('Deployment', 'cop-api'));
    delete api.spec.selector;
    expect(() => validateManifest(api)).toThrow(/cop-api: .*selector/);
    const port = structuredClone(named('Deployment', 'cop-api'));
    port.spec.template.spec.containers[0].ports[0].containerPort = 'three thousand';
    expect(() => validateManifest(port)).toThrow(/containerPort must be integer/);
    const hpa = structuredClone(named('HorizontalPodAutoscaler', 'cop-api'));
    hpa.spec.minReplicas = '2';
    expect(() => validateManifest(hpa)).toThrow(/minReplicas/);
    expect(() => validateManifest({ apiVersion: 'apps/v1', kind: 'StatefulSet' })).toThrow(/not a kind/);
  });

  it('select their own pods: Deployments, the Service, the PodDisruptionBudgets; the autoscaler scales the API', () => {
    const deployments = all().filter((m) => m.kind === 'Deployment') as Any[];
    for (const d of deployments)
      expect(selects(d.spec.selector.matchLabels, d.spec.template.metadata.labels)).toBe(true);
    const apiPods = named('Deployment', 'cop-api').spec.template.metadata.labels;
    const workerPods = named('Deployment', 'cop-worker').spec.template.metadata.labels;
    expect(selects(named('Service', 'cop-api').spec.selector, apiPods)).toBe(true);
    expect(selects(named('PodDisruptionBudget', 'cop-api').spec.selector.matchLabels, apiPods)).toBe(true);
    expect(selects(named('PodDisruptionBudget', 'cop-worker').spec.selector.matchLabels, workerPods)).toBe(
      true,
    );
    expect(selects(named('PodDisruptionBudget', 'cop-worker').spec.selector.matchLabels, apiPods)).toBe(
      false,
    );
    const hpa = named('HorizontalPodAutoscaler', 'cop-api').spec;
    expect(hpa.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'cop-api' });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    // The budget lets a drain proceed: fewer required than the autoscaler's least.
    expect(named('PodDisruptionBudget', 'cop-api').spec.minAvailable).toBeLessThan(hpa.minReplicas);
    const port = named('Service', 'cop-api').spec.ports[0].targetPort;
    expect(
      named('Deployment', 'cop-api').spec.template.spec.containers[0].ports.map((p: Any) => p.name),
    ).toContain(port);
  });

  it('run the API, the worker and the migrations with the commands of package.json', () => {
    const scripts = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as Any).scripts;
    const command = (kind: string, name: string) =>
      named(kind, name).spec.template.spec.containers[0].command.join(' ');
    expect(`${scripts['start:api']}`).toBe(command('Deployment', 'cop-api'));
    expect(`${scripts['start:worker']}`).toBe(command('Deployment', 'cop-worker'));
    expect(`${scripts['db:migrate']}`).toBe(command('Job', 'cop-migrate'));
  });

  it('probe the API on /health (readiness and start) and its port (liveness)', () => {
    const api = named('Deployment', 'cop-api').spec.template.spec.containers[0];
    expect(api.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(api.startupProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(api.livenessProbe.tcpSocket).toEqual({ port: 'http' });
    const config = named('ConfigMap', 'cop-config').data;
    expect(api.ports[0].containerPort).toBe(Number(config.PORT));
  });

  it('take secrets from the Secret and the rest from the ConfigMap, all of them variables the platform reads', () => {
    const config = named('ConfigMap', 'cop-config').data as Record<string, string>;
    const secret = named('Secret', 'cop-secrets').stringData as Record<string, string>;
    const known = new Set([...Object.keys(CONFIG_VARIABLES), ...AWS]);
    expect(Object.keys(config).filter((k) => !known.has(k))).toEqual([]);
    expect(Object.keys(secret).filter((k) => !known.has(k))).toEqual([]);
    expect(Object.keys(secret)).toEqual(expect.arrayContaining([...SECRETS, 'AWS_SECRET_ACCESS_KEY']));
    expect(Object.keys(config).filter((k) => SECRETS.includes(k) || k === 'AWS_SECRET_ACCESS_KEY')).toEqual(
      [],
    );
    expect(config.NODE_ENV).toBe('production');
    expect(Object.keys(config)).toContain('GRAPHQL_CONCURRENCY');
    for (const p of podSpecs())
      for (const c of p.spec.containers)
        expect(c.envFrom).toEqual([
          { configMapRef: { name: 'cop-config' } },
          { secretRef: { name: 'cop-secrets' } },
        ]);
  });

  it('run as non-root on a read-only root file system, with resources and a writable DATA_DIR', () => {
    const dataDir = named('ConfigMap', 'cop-config').data.DATA_DIR;
    for (const { owner, spec } of podSpecs()) {
      expect([owner, spec.securityContext.runAsNonRoot]).toEqual([owner, true]);
      expect([owner, spec.automountServiceAccountToken]).toEqual([owner, false]);
      for (const c of spec.containers) {
        expect([owner, c.securityContext]).toEqual([
          owner,
          expect.objectContaining({
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
          }),
        ]);
        expect([
          owner,
          c.resources.requests.cpu,
          c.resources.requests.memory,
          c.resources.limits.memory,
        ]).toEqual([owner, expect.any(String), expect.any(String), expect.any(String)]);
        const mounts = c.volumeMounts.map((v: Any) => v.mountPath);
        expect([owner, mounts]).toEqual([owner, expect.arrayContaining(['/tmp', dataDir])]);
        const volumes = spec.volumes.map((v: Any) => v.name);
        for (const v of c.volumeMounts)
          expect([owner, volumes]).toEqual([owner, expect.arrayContaining([v.name])]);
      }
    }
  });
});
