/**
 * `node scripts/harvest.ts` end to end on a temporary tree: one good and one failing source in the same run.
 * The good one is written, the failing one keeps its file, the output says both in Indonesian and the exit code
 * is 1 so that CI shows the failure.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHarvestLog } from '../../src/harvest/log.ts';
import { answer, HEADER, OLD_CSV, SourceServer, Tree } from './fixture.ts';

const SCRIPT = new URL('../../scripts/harvest.ts', import.meta.url).pathname;
const server = new SourceServer();
const tree = new Tree();
beforeAll(() => server.start());
afterAll(async () => {
  await server.stop();
  tree.remove();
});

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, PANEN_TOKEN_DINKES: 'Bearer uji' } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr });
    });
  });
}

describe('npm run harvest', () => {
  it('writes the good source, keeps the failing one, prints one line each and a summary, exits 1', async () => {
    const good = tree.dataset('dbd', { sumber: `  url: ${server.base}/dbd.csv\n  format: csv\n  header:\n    Authorization: PANEN_TOKEN_DINKES\n` });
    const bad = tree.dataset('faskes', { sumber: `  url: ${server.base}/faskes.json\n  format: json\n` });
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,12,0.5\n`));
    server.routes.set('/faskes.json', (_q, res) => void res.writeHead(500).end());

    const { code, out } = await cli(['--root', tree.root]);
    expect(out.trim().split('\n')).toEqual([
      'content/opd/dinkes/data/dbd.csv: diperbarui (1 baris)',
      'content/opd/dinkes/data/faskes.csv: gagal: sumber menjawab HTTP 500 (gangguan di sistem sumber)',
      'Panen: 1 diperbarui, 0 tidak berubah, 1 gagal, 0 belum jadwal.',
    ]);
    expect(code).toBe(1);
    expect(tree.text(good.csv)).toBe(`${HEADER}\n33.21.01,Mranggen,12,0.5\n`);
    expect(tree.text(bad.csv)).toBe(OLD_CSV);
    expect(server.requests.find((r) => r.url === '/dbd.csv')?.authorization).toBe('Bearer uji');
    const log = parseHarvestLog(tree.text('content/opd/dinkes/panen.yaml'));
    expect(log.get('faskes')).toMatchObject({ status: 'gagal', alasan: 'sumber menjawab HTTP 500 (gangguan di sistem sumber)' });
    expect(log.get('dbd')?.status).toBe('berhasil');
  });

  it('misuse is one Indonesian line and exit code 2', async () => {
    const [unknown, option] = await Promise.all([cli(['--root', tree.root, '--dataset', 'tidak-ada']), cli(['--bukan-opsi'])]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('dataset "tidak-ada" tidak ditemukan atau tidak punya `sumber`.');
    expect(option).toMatchObject({ code: 2, err: expect.stringContaining('Opsi tidak dikenal') });
  });
});
