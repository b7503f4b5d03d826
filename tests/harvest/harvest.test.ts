/**
 * The harvest engine against a source server on 127.0.0.1: the good case writes the CSV and `diperbarui` and
 * nothing else, a second run changes nothing; every failing case keeps the last good CSV and YAML byte-identical
 * and puts its Indonesian reason in the log and in the CLI line.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultLine } from '../../src/harvest/cli-report.ts';
import { parseHarvestLog } from '../../src/harvest/log.ts';
import { runHarvest, type HarvestResult } from '../../src/harvest/run.ts';
import { answer, HEADER, OLD_CSV, OPD, SourceServer, Tree } from './fixture.ts';

const server = new SourceServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

let tree: Tree;
beforeEach(() => {
  tree?.remove();
  tree = new Tree();
  server.routes.clear();
  server.requests.length = 0;
});
afterAll(() => tree?.remove());

const NOW = new Date('2026-11-20T06:05:00+07:00');
const LOG = `content/opd/${OPD}/panen.yaml`;

const csvSource = (path = '/dbd.csv', extra = '') => `  url: ${server.base}${path}  # contoh\n  format: csv\n${extra}`;
const harvest = (options: { dataset?: string; now?: Date; env?: NodeJS.ProcessEnv } = {}) => runHarvest({ root: tree.root, now: NOW, env: {}, ...options });
const logEntry = (slug: string) => parseHarvestLog(tree.text(LOG)).get(slug);

/** Runs one failing source and checks what every failure must leave behind. */
async function expectFailure(slug: string, sumber: string, reason: RegExp): Promise<HarvestResult> {
  const paths = tree.dataset(slug, { sumber });
  const [yamlBefore, csvBefore] = [tree.read(paths.yaml), tree.read(paths.csv)];
  const [result] = await harvest();
  expect(result.status).toBe('gagal');
  expect(tree.read(paths.csv).equals(csvBefore)).toBe(true);
  expect(tree.read(paths.yaml).equals(yamlBefore)).toBe(true);
  expect(result.reason).toMatch(reason);
  expect(resultLine(result)).toMatch(new RegExp(`^content/opd/dinkes/data/${slug}\\.csv: gagal: `));
  expect(resultLine(result)).toMatch(reason);
  expect(logEntry(slug)).toMatchObject({ status: 'gagal', gagal_sejak: '2026-11-20T06:05:00+07:00' });
  expect(logEntry(slug)?.alasan).toMatch(reason);
  return result;
}

describe('harvest: a good source', () => {
  it('writes the changed CSV and diperbarui only, and a second run changes nothing', async () => {
    const paths = tree.dataset('dbd', { sumber: csvSource() });
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,9,0.5\n33.21.02,Karangawen,5,1.25\n`));
    const yamlBefore = tree.text(paths.yaml);
    const [first] = await harvest();
    expect(first).toMatchObject({ status: 'diperbarui', rows: 2 });
    expect(tree.text(paths.csv)).toBe(`${HEADER}\n33.21.01,Mranggen,9,0.5\n33.21.02,Karangawen,5,1.25\n`);
    // Only the value changed: the quotes, the comment after it and every other byte stay.
    expect(tree.text(paths.yaml)).toBe(yamlBefore.replace('diperbarui: "2026-10-01"', 'diperbarui: "2026-11-20"'));
    expect(logEntry('dbd')).toEqual({ status: 'berhasil', berhasil: '2026-11-20T06:05:00+07:00' });

    const files = [paths.csv, paths.yaml, LOG].map((p) => tree.read(p));
    const [again] = await harvest({ dataset: 'dbd', now: new Date('2026-11-21T06:05:00+07:00') });
    expect(again.status).toBe('tidak-berubah');
    expect(resultLine(again)).toBe('content/opd/dinkes/data/dbd.csv: tidak berubah (2 baris)');
    expect([paths.csv, paths.yaml, LOG].map((p) => tree.read(p).equals(files.shift()!))).toEqual([true, true, true]);
  });

  it('follows the schedule: not due again within the period, unless forced with --dataset', async () => {
    tree.dataset('dbd', { sumber: csvSource() });
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,9,0.5\n`));
    await harvest();
    const [later] = await harvest({ now: new Date('2026-12-01T06:05:00+07:00') });
    expect(later).toMatchObject({ status: 'belum-jadwal', next: '2026-12-20' });
    expect(resultLine(later)).toBe('content/opd/dinkes/data/dbd.csv: belum jadwal (bulanan; berikutnya 2026-12-20)');
    expect((await harvest({ now: new Date('2026-12-20T06:05:00+07:00') }))[0].status).toBe('tidak-berubah');
  });

  it('maps nested JSON records through `sumber.kolom`, writing numbers with the dataset decimal mark', async () => {
    const sumber = `  url: ${server.base}/api/dbd\n  format: json\n  data: result.data.items\n  kolom:\n    kode: kode_wilayah\n    nama_kecamatan: kecamatan\n    jumlah: kasus\n`;
    const paths = tree.dataset('dbd', { sumber, extra: 'pemisah: ";"\ndesimal: ","\n' }, `kode_wilayah;kecamatan;kasus;rasio\n33.21.01;Mranggen;8;0,5\n`);
    const items = [{ kode: '33.21.01', nama_kecamatan: 'Mranggen', jumlah: 11, rasio: 0.75, lain: 'x' }, { kode: '33.21.03', nama_kecamatan: 'Guntur', jumlah: 2, rasio: null }];
    server.routes.set('/api/dbd', answer(JSON.stringify({ result: { data: { items } } }), 'application/json'));
    const [result] = await harvest();
    expect(result).toMatchObject({ status: 'diperbarui', rows: 2 });
    expect(tree.text(paths.csv)).toBe('kode_wilayah;kecamatan;kasus;rasio\n33.21.01;Mranggen;11;0,75\n33.21.03;Guntur;2;\n');
  });

  it('pages a CKAN datastore_search across 3 pages, advancing by what the server returns, and stops at total', async () => {
    const records = [1, 2, 3, 4, 5].map((n) => ({ _id: n, kode_wilayah: `33.21.0${n}`, kecamatan: `Kecamatan ${n}`, kasus: n, rasio: n / 2 }));
    server.routes.set('/api/3/action/datastore_search', (req, res) => {
      const url = new URL(req.url!, server.base);
      const offset = Number(url.searchParams.get('offset'));
      // Like a server with rows_max = 2: fewer than the `limit` asked for.
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, result: { total: 5, records: records.slice(offset, offset + 2) } }));
    });
    const paths = tree.dataset('dbd', { sumber: `  url: ${server.base}/api/3/action/datastore_search?resource_id=abc\n  format: ckan-datastore\n` });
    const [result] = await harvest();
    expect(result).toMatchObject({ status: 'diperbarui', rows: 5 });
    expect(server.requests.map((r) => new URL(r.url, server.base).searchParams.get('offset'))).toEqual(['0', '2', '4']);
    expect(server.requests.every((r) => r.url.includes('resource_id=abc'))).toBe(true);
    expect(tree.text(paths.csv).split('\n')[5]).toBe('33.21.05,Kecamatan 5,5,2.5');
  });

  it('decodes a Windows-1252 CSV and writes it as UTF-8', async () => {
    const paths = tree.dataset('dbd', { sumber: csvSource() });
    server.routes.set('/dbd.csv', answer(Buffer.from(`${HEADER}\n33.21.01,Mranggen (\xe9\x96),9,0.5\n`, 'latin1')));
    expect((await harvest())[0].status).toBe('diperbarui');
    expect(tree.text(paths.csv)).toContain('Mranggen (é–)');
  });

  it('sends a header from the OPD-suffixed environment variable, also after a redirect on the same host', async () => {
    tree.dataset('dbd', { sumber: csvSource('/dbd.csv', '  header:\n    Authorization: PANEN_TOKEN_DINKES\n') });
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(301, { location: '/ekspor/dbd.csv' }).end());
    server.routes.set('/ekspor/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,9,0.5\n`));
    expect((await harvest({ env: { PANEN_TOKEN_DINKES: 'Bearer rahasia' } }))[0].status).toBe('diperbarui');
    expect(server.requests).toEqual([{ url: '/dbd.csv', authorization: 'Bearer rahasia' }, { url: '/ekspor/dbd.csv', authorization: 'Bearer rahasia' }]);
  });
});

describe('harvest: every failure keeps the last good file', () => {
  it('HTTP 500', async () => {
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(500).end('galat'));
    await expectFailure('dbd', csvSource(), /sumber menjawab HTTP 500/);
  });

  it('a timeout', async () => {
    server.routes.set('/dbd.csv', () => undefined); // never answers
    await expectFailure('dbd', csvSource('/dbd.csv', '  timeout: 0.3\n'), /tidak menjawab dalam 0,3 detik/);
  });

  it('malformed JSON', async () => {
    server.routes.set('/api', answer('{"data": [ {"kode": 3321015708900003', 'application/json'));
    const result = await expectFailure('dbd', `  url: ${server.base}/api\n  format: json\n  data: data\n`, /bukan JSON yang valid/);
    expect(result.reason).not.toMatch(/3321015708900003/);
  });

  it('a renamed column (schema drift) names the missing field and the fix', async () => {
    server.routes.set('/dbd.csv', answer('kode_wilayah,nama_kec,kasus,rasio\n33.21.01,Mranggen,9,0.5\n'));
    await expectFailure('dbd', csvSource(), /isian "kecamatan" tidak ada di sumber .*"nama_kec".*perbarui `sumber\.kolom` di content\/opd\/dinkes\/data\/dbd\.yaml/);
  });

  it('an oversized response, announced by Content-Length', async () => {
    server.routes.set('/dbd.csv', answer(`${HEADER}\n${'33.21.01,Mranggen,9,0.5\n'.repeat(200)}`));
    await expectFailure('dbd', csvSource('/dbd.csv', '  batas_ukuran: 0.001\n'), /melebihi `batas_ukuran`/);
  });

  it('an oversized response streamed without Content-Length is cut off while reading', async () => {
    server.routes.set('/dbd.csv', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write(`${HEADER}\n`);
      for (let i = 0; i < 100; i++) res.write('33.21.01,Mranggen,9,0.5\n');
      res.end();
    });
    await expectFailure('dbd', csvSource('/dbd.csv', '  batas_ukuran: 0.001\n'), /pengambilan dihentikan/);
  });

  it('a redirect to a host that is not allowed', async () => {
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(302, { location: `http://localhost:${server.port}/lain.csv` }).end());
    server.routes.set('/lain.csv', answer(`${HEADER}\n33.21.01,Mranggen,9,0.5\n`));
    await expectFailure('dbd', csvSource(), /mengalihkan \(redirect\) ke host localhost yang tidak terdaftar di `panen\.host_diizinkan`/);
    expect(server.requests.map((r) => r.url)).toEqual(['/dbd.csv']);
  });

  it('a redirect loop stops after 5 redirects', async () => {
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(302, { location: '/dbd.csv' }).end());
    await expectFailure('dbd', csvSource(), /mengalihkan \(redirect\) lebih dari 5 kali/);
    expect(server.requests).toHaveLength(6);
  });

  it('values with a NIK are refused by the personal-data rule, and the NIK is masked in the reason', async () => {
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Pasien 3321015708900003,9,0.5\n`));
    const result = await expectFailure('dbd', csvSource(), /ditolak validator: baris 2 kolom 2: .*\[personal-data\/nik\]/);
    expect(result.reason).toContain('3321••••••••••03');
    expect(tree.text(LOG)).not.toContain('3321015708900003');
  });

  it('a cell of the wrong type is refused by the CSV rule (the same check as an upload)', async () => {
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,sembilan,0.5\n`));
    await expectFailure('dbd', csvSource(), /\[csv\/cell-type\]/);
  });

  it('a missing secret and a secret of another OPD are refused before any request', async () => {
    await expectFailure('dbd', csvSource('/dbd.csv', '  header:\n    Authorization: PANEN_TOKEN_DINKES\n'), /variabel lingkungan PANEN_TOKEN_DINKES .* tidak diisi/);
    tree.remove();
    tree = new Tree();
    await expectFailure('dbd', csvSource('/dbd.csv', '  header:\n    Authorization: PANEN_TOKEN_BPBD\n'), /rahasia OPD dinkes harus bernama …_DINKES/);
    expect(server.requests).toEqual([]);
  });

  it('a repeated failure leaves the log bytes alone; a new reason or a recovery changes them', async () => {
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(500).end());
    await expectFailure('dbd', csvSource(), /HTTP 500/);
    const log = tree.read(LOG);
    await harvest({ now: new Date('2026-11-21T06:05:00+07:00') });
    expect(tree.read(LOG).equals(log)).toBe(true);
    server.routes.set('/dbd.csv', (_q, res) => void res.writeHead(503).end());
    await harvest({ now: new Date('2026-11-22T06:05:00+07:00') });
    expect(logEntry('dbd')).toMatchObject({ status: 'gagal', gagal_sejak: '2026-11-20T06:05:00+07:00', alasan: expect.stringContaining('HTTP 503') });
    server.routes.set('/dbd.csv', answer(OLD_CSV));
    expect((await harvest({ now: new Date('2026-11-23T06:05:00+07:00') }))[0].status).toBe('tidak-berubah');
    expect(logEntry('dbd')).toEqual({ status: 'berhasil', berhasil: '2026-11-23T06:05:00+07:00' });
  });

  it('--dry-run writes nothing at all', async () => {
    const paths = tree.dataset('dbd', { sumber: csvSource() });
    server.routes.set('/dbd.csv', answer(`${HEADER}\n33.21.01,Mranggen,9,0.5\n`));
    const [result] = await runHarvest({ root: tree.root, now: NOW, env: {}, dryRun: true });
    expect(resultLine(result, true)).toBe('content/opd/dinkes/data/dbd.csv: diperbarui (1 baris; uji coba, tidak ditulis)');
    expect(tree.text(paths.csv)).toBe(OLD_CSV);
    expect(() => tree.read(LOG)).toThrow();
  });
});
