/**
 * No output of `npm run validate` shows a NIK whole, whichever rule reports the value: CI logs and GitHub
 * annotations are read by more people than the content. Runs the real CLI over a scenario.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeScenario, OPD } from './scenario.ts';

const run = promisify(execFile);
const CLI = new URL('../../scripts/validate.ts', import.meta.url).pathname;
const NIK = '3321015708900003';

async function validate(args: string[]): Promise<string> {
  try {
    return (await run(process.execPath, [CLI, ...args], { env: { ...process.env, GITHUB_ACTIONS: '' } })).stdout;
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('redaction of validator output', () => {
  // A NIK pasted into the numeric column `jumlah` (bilangan-bulat) as a spreadsheet exports it, and a link
  // whose address holds a NIK: csv/cell-type (and markdown link checks) echo the raw values.
  const root = makeScenario({
    [`${OPD}/data/jumlah-sekolah.csv`]: `kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;Mranggen;${NIK}.0;18,5;ya;2025-12-31\n`,
    [`${OPD}/berita/2026-11-20-rapat-koordinasi.md`]: `---\njudul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.\n---\n\nLihat [data warga](/opd/dinas-contoh/warga/${NIK}/).\n`,
  });

  it.each(['json', 'github', 'text'])('never prints the 16 digits (--format %s), but still reports every problem', async (format) => {
    const stdout = await validate(['--root', root, '--format', format]);
    expect(stdout).toContain('csv/cell-type');
    expect(stdout).toContain('personal-data/nik');
    expect(stdout).toContain('3321••••••••••03');
    expect(stdout).not.toContain(NIK);
  });

  it('keeps the structure of JSON output and masks only the number', async () => {
    const problems = JSON.parse(await validate(['--root', root, '--format', 'json'])) as { rule: string; message: string }[];
    expect(problems.find((p) => p.rule === 'csv/cell-type')?.message).toBe('nilai "3321••••••••••03.0" di kolom "jumlah" (bilangan-bulat) bukan bilangan bulat');
  });
});

describe('problems are masked where they are made', () => {
  it('never hands a NIK-shaped number to any consumer of problems (compliance pages, CMS), only to the formatter', async () => {
    const { createContext } = await import('../../src/validate/context.ts');
    const { readContentTree } = await import('../../src/content/tree.ts');
    const { VALID_FIXTURE } = await import('./scenario.ts');
    const { nodePlatform } = await import('../../src/validate/node-platform.ts');
    const sink: import('../../src/validate/problem.ts').Problem[] = [];
    const ctx = createContext(await readContentTree(VALID_FIXTURE), sink, { platform: nodePlatform() });
    ctx.report({ file: 'content/x.csv', line: 2, rule: 'csv/cell-type', message: 'nilai "3321015708900003" salah', hint: 'ganti 3321015708900003' });
    expect(JSON.stringify(sink)).not.toContain('3321015708900003');
    expect(sink[0].message).toContain('3321');
  });
});
