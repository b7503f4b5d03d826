/**
 * `npm run cms [-- --repo DIR] [--port 4321] [--proxy-port 8081]`
 * Local editing for developers and trainers: generates the CMS configs, starts `decap-server` in git mode
 * (bound to 127.0.0.1) against a working copy and the Astro dev server, and prints the CMS address.
 *
 * EVERY SAVE IS A GIT COMMIT IN THE WORKING COPY (`--repo`, default: this repository). With the editorial
 * workflow a draft is a branch `cms/<collection>/<slug>`; "Terbitkan" merges it into the branch of
 * `content/pemda.yaml` (`cms.branch`). decap-server commits with `git add .`, so the working copy must be clean.
 */
import { createServer } from 'node:net';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree } from '../src/content/tree.ts';
import { buildModel } from '../src/content/model.ts';
import { DEFAULT_PROXY_PORT } from '../src/cms/config.ts';
import { freePort, git, startAstroDev, startDecapServer, type RunningServer } from '../src/cms/dev-servers.ts';
import { urls } from '../src/lib/urls.ts';
import { writeCmsConfigs } from '../src/cms/config-files.ts';

const USAGE = 'Pemakaian: npm run cms -- [--repo FOLDER-SALINAN-KERJA] [--port 4321] [--proxy-port 8081]';

/** The preferred port when it is free on 127.0.0.1, otherwise any free one. */
async function portOr(preferred: number): Promise<number> {
  const free = await new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => done(true)));
  });
  return free ? preferred : freePort();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { repo: { type: 'string' }, port: { type: 'string', default: '4321' }, 'proxy-port': { type: 'string', default: String(DEFAULT_PROXY_PORT) }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve('.');
  const repo = resolve(values.repo ?? root);
  const { pemda } = buildModel(await readContentTree(repo));
  const status = await git(repo, ['status', '--porcelain']).catch(() => null);
  if (status === null) {
    process.stderr.write(`${repo} bukan repositori git. ${USAGE}\n`);
    return 2;
  }
  if (status.trim() !== '') {
    process.stderr.write(
      `Salinan kerja ${repo} masih punya perubahan yang belum di-commit:\n${status}\n` +
        'decap-server menyimpan dengan `git add .`, jadi perubahan itu akan ikut ter-commit. Commit atau simpan dulu perubahan itu,\n' +
        `atau pakai salinan terpisah: git clone ${root} ../ppid-cms && npm run cms -- --repo ../ppid-cms\n`,
    );
    return 2;
  }
  const branch = (await git(repo, ['branch', '--show-current'])).trim();
  if (branch !== pemda.cms.branch) {
    process.stdout.write(`Perhatian: ${repo} sedang di cabang "${branch}", CMS bekerja pada cabang "${pemda.cms.branch}" (cms.branch di pemda.yaml).\n`);
  }
  const count = (await writeCmsConfigs(root, join(root, 'public', 'admin'))).length;
  const proxyPort = await portOr(Number(values['proxy-port']));
  const servers: RunningServer[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));
  try {
    servers.push(await startDecapServer(root, repo, proxyPort));
    servers.push(await startAstroDev(root, await portOr(Number(values.port))));
  } catch (error) {
    await stopAll();
    throw error;
  }
  for (const server of servers) {
    server.process.once('exit', (code) => {
      process.stderr.write(`Server berhenti (kode ${code}):\n${server.output().slice(-2000)}\n`);
      void stopAll().then(() => process.exit(1));
    });
  }
  const site = servers[1].url;
  const query = proxyPort === DEFAULT_PROXY_PORT ? '' : `?proxy_port=${proxyPort}`;
  process.stdout.write(
    [
      '',
      `CMS siap untuk ${count} OPD: ${site}${urls.admin()}`,
      `  contoh: ${site}${urls.adminOpd(pemda.ppid_utama)}${query}`,
      query ? `  (decap-server memakai port ${proxyPort}: tambahkan ${query} ke alamat CMS)` : '',
      `decap-server (git) : ${servers[0].url} -> ${repo} (cabang ${pemda.cms.branch})`,
      'Setiap "Simpan" membuat commit di salinan kerja itu; "Terbitkan" menggabungkan cabang cms/... ke cabang utama.',
      'Hentikan dengan Ctrl+C.',
      '',
    ]
      .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
      .join('\n'),
  );
  await new Promise(() => {}); // keep running until a signal stops both servers
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`npm run cms gagal: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
