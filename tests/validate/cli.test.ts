/** The `npm run validate` command as an editor and CI use it: formats, exit codes, scoping, read-only. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeScenario, OPD } from './scenario.ts';
import { formatRuleList, listRules } from '../../src/validate/rule-list.ts';

/** A stack trace line, as Node prints them. */
const STACK = /\n\s+at /;
/** Preloaded into the CLI: reading the region list fails, as a bug of the validator would. */
const BUG = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';" +
    'const read = fs.readFileSync; fs.readFileSync = (p, ...a) => { if (String(p).endsWith("wilayah-demak.csv")) throw new TypeError("simulasi bug"); return read(p, ...a); };' +
    'syncBuiltinESMExports();',
)}`;

const run = promisify(execFile);
const CLI = new URL('../../scripts/validate.ts', import.meta.url).pathname;
const BAD_CSV = new URL('../fixtures/bad-csv/', import.meta.url).pathname;

async function validate(args: string[], env: Record<string, string> = {}, cwd = process.cwd(), nodeArgs: string[] = []) {
  try {
    // A process that does not exit on its own is killed, and fails the test's exit code.
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, CLI, ...args], { cwd, timeout: 25_000, env: { ...process.env, GITHUB_ACTIONS: '', PPID_DEBUG: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else hash.update(p).update(String(s.mtimeMs)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('validate CLI', () => {
  it('gives row and column of every bad cell of a broken CSV as JSON, exit 1', async () => {
    const file = join(BAD_CSV, 'content/opd/dinkes/data/fasilitas-rusak.csv');
    const { code, stdout } = await validate(['--format', 'json', '--root', BAD_CSV, file]);
    expect(code).toBe(1);
    const problems = JSON.parse(stdout) as { file: string; line: number; column: number; rule: string; severity: string; message: string; hint: string }[];
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['csv/cell-type', 3, 9],
      ['csv/cell-type', 4, 4],
      ['csv/ragged-row', 6, 10],
      ['csv/required', 7, 1],
      ['csv/cell-type', 8, 8],
    ]);
    for (const p of problems) {
      expect(p.file).toBe('content/opd/dinkes/data/fasilitas-rusak.csv');
      expect(Object.keys(p)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']);
      expect(p.hint.length).toBeGreaterThan(10);
    }
  });

  it('prints text with path:line:col, hint and summary, exits 0 with only warnings', async () => {
    const root = makeScenario({ [`${OPD}/berita/2026-11-20-rapat-koordinasi.md`]: '---\njudul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.\n---\n\nHubungi 0813-2222-3333.\n' });
    const { code, stdout } = await validate(['--root', root]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'content/opd/dinas-contoh/berita/2026-11-20-rapat-koordinasi.md:7:9  warning  nomor HP "0813-2222-3333" tidak terdaftar sebagai nomor resmi  [personal-data/phone]\n' +
        '    → Jangan menerbitkan nomor HP pribadi. Bila ini nomor WhatsApp layanan resmi, cantumkan di `telepon` pada profil.md OPD (atau di pemda.yaml) agar dikenali.\n' +
        '0 kesalahan, 1 peringatan di 1 berkas (12 berkas diperiksa).\n',
    );
  });

  it('emits GitHub annotations when GITHUB_ACTIONS=true', async () => {
    const root = makeScenario({ [`${OPD}/data/jumlah-sekolah.csv`]: 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;Mranggen;lima;18,5;ya;2025-12-31\n' });
    const { code, stdout } = await validate(['--root', root], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '::error file=content/opd/dinas-contoh/data/jumlah-sekolah.csv,line=2,col=3,title=csv/cell-type::nilai "lima" di kolom "jumlah" (bilangan-bulat) bukan bilangan bulat%0AIsi hanya dengan angka bulat, misalnya 1250.',
    );
  });

  it('lists at most 30 problems per rule and file in text, but counts them all', async () => {
    const rows = Array.from({ length: 35 }, () => '33.21.01;Mranggen;x;18,5;ya;2025-12-31').join('\n');
    const root = makeScenario({ [`${OPD}/data/jumlah-sekolah.csv`]: `kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n${rows}\n` });
    const { code, stdout } = await validate(['--root', root]);
    expect(code).toBe(1);
    expect(stdout.match(/  error  .*\[csv\/cell-type\]\n/g)).toHaveLength(30);
    expect(stdout).toContain('… dan 5 masalah [csv/cell-type] lainnya di berkas ini');
    expect(stdout).toContain('35 kesalahan, 0 peringatan');
  });

  it('explains misuse in Indonesian with exit 2', async () => {
    const { code, stderr } = await validate(['--warna']);
    expect(code).toBe(2);
    expect(stderr).toContain('Opsi tidak dikenal');
  });

  it('exits 2 on misuse, and never writes to content/', async () => {
    const root = makeScenario({ [`${OPD}/informasi/x.md`]: '---\njudul: [\n---\n' });
    const before = hashTree(join(root, 'content'));
    expect((await validate(['--format', 'xml', '--root', root])).code).toBe(2);
    expect((await validate(['--root', root, join(root, 'content/tidak-ada')])).code).toBe(2);
    expect((await validate(['--root', join(root, 'content/opd')])).code).toBe(2);
    expect((await validate(['--root', root])).code).toBe(1);
    expect(hashTree(join(root, 'content'))).toBe(before);
  });

  it('lists every rule and check with --list-rules, as text, JSON or the README table', async () => {
    const text = await validate(['--list-rules']);
    expect(text.code).toBe(0);
    for (const rule of listRules()) for (const check of rule.checks) expect(text.stdout).toContain(check.id);
    expect(JSON.parse((await validate(['--list-rules', '--format', 'json'])).stdout)).toEqual(listRules());
    expect((await validate(['--list-rules', '--format', 'markdown'])).stdout).toBe(formatRuleList('markdown'));
    const wrong = await validate(['--list-rules', '--format', 'github']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('tidak dikenal');
  });

  it('reports hostile content as problems, exit 1, with nothing on stderr', async () => {
    const bomb = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]', ...Array.from({ length: 8 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i ? `*b${i - 1}` : '*a').join(', ')}]`)].join('\n');
    const root = makeScenario({
      [`${OPD}/informasi/bom.md`]: `---\n${bomb}\n---\n\n[x](/opd/a%E0%A4%A/)\n\n${'- '.repeat(5000)}x\n`,
      'content/pemda.yaml': null,
    });
    const { code, stdout, stderr } = await validate(['--format', 'json', '--root', root]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const rules = new Set((JSON.parse(stdout) as { rule: string }[]).map((p) => p.rule));
    for (const rule of ['frontmatter/yaml-limit', 'markdown/nesting', 'cross-file/pemda-missing']) expect(rules).toContain(rule);
  });

  it('parses long bodies in a worker and exits by itself once done', async () => {
    // A body over the inline limit goes to a worker thread, which must never keep the process alive.
    const long = `---\njudul: Laporan Panjang\nkategori: berkala\n---\n\n${'Paragraf laporan kegiatan pelayanan publik. '.repeat(150)}\n\n[x](javascript:alert(1))\n`;
    const root = makeScenario({ [`${OPD}/informasi/laporan-panjang.md`]: long });
    const { code, stdout } = await validate(['--format', 'json', '--root', root]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { rule: string; file: string }[]).map((p) => [p.rule, p.file])).toContainEqual(['markdown/unsafe-link', `${OPD}/informasi/laporan-panjang.md`]);
  });

  it('prints misuse as one Indonesian line and the usage, never a stack trace', async () => {
    const { code, stderr } = await validate(['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Format "xml" tidak dikenal\.\nPemakaian:/);
    expect(stderr).not.toMatch(STACK);
  });

  it('prints a bug of the validator as one Indonesian line with its message; the stack only with PPID_DEBUG=1', async () => {
    const plain = await validate(['--root', makeScenario()], {}, process.cwd(), ['--import', BUG]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('Kesalahan internal validator (bukan kesalahan konten Anda; laporkan ke admin portal): simulasi bug\n');
    const debug = await validate(['--root', makeScenario()], { PPID_DEBUG: '1' }, process.cwd(), ['--import', BUG]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK);
  });
});
