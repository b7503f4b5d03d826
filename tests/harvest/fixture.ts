/**
 * A small content tree in a temporary folder (pemda.yaml allowing 127.0.0.1, one OPD profile, datasets with a
 * `sumber`) and a source server on 127.0.0.1 port 0 whose answers each test sets. Nothing reaches the internet.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const OPD = 'dinkes';

const PEMDA = `# Uji panen.
nama: Pemerintah Kabupaten Contoh
singkatan: Pemkab Contoh
kode_wilayah: "33.21"
situs: https://ppid.contoh.go.id
alamat: Jl. Contoh No. 1, Demak
kode_pos: "59511"
telepon: ["(0291) 685877"]
email: ppid@contoh.go.id
ppid_utama: dinkes
panen:
  akun: ppid-demak-panen
  host_diizinkan: [127.0.0.1]
`;

const PROFIL = `---
nama: Dinas Kesehatan Kabupaten Demak
singkatan: Dinkes
jenis: dinas
alamat: Jl. Sultan Fatah No. 10, Bintoro, Demak
kode_pos: "59511"
telepon:
  - (0291) 681234
email: dinkes@demakkab.go.id
kepala:
  nama: dr. Contoh
  jabatan: Kepala Dinas
ppid_pelaksana:
  nama: Budi Santoso, S.Kom.
  jabatan: Kepala Subbagian Umum
diperbarui: 2026-10-01
---
`;

/** The columns every test dataset has: region code, name, a whole number and an optional decimal. */
export const HEADER = 'kode_wilayah,kecamatan,kasus,rasio';
export const OLD_CSV = `${HEADER}\n33.21.01,Mranggen,8,0.5\n`;

export interface DatasetOptions {
  /** The `sumber:` block, indented by two spaces, without the key. */
  sumber: string;
  frekuensi?: string;
  extra?: string;
}

export function datasetYaml(o: DatasetOptions): string {
  return `# Diisi editor Dinkes; komentar ini harus tetap ada.
judul: Kasus DBD per Kecamatan
deskripsi: Jumlah kasus demam berdarah per kecamatan (data uji panen, bukan angka resmi).
topik: kesehatan
periode: "2026"
frekuensi: ${o.frekuensi ?? 'bulanan'}
tingkat_penyajian: kecamatan
keterangan_sumber: Bidang P2P (uji)
sumber:
${o.sumber}
${o.extra ?? ''}diperbarui: "2026-10-01"   # diisi mesin panen
kolom:
  - nama: kode_wilayah
    judul: Kode wilayah
    tipe: kode-wilayah
  - nama: kecamatan
    judul: Kecamatan
    tipe: teks
  - nama: kasus
    judul: Jumlah kasus
    tipe: bilangan-bulat
  - nama: rasio
    judul: Rasio per 1000 penduduk
    tipe: bilangan
    wajib: false
`;
}

export class Tree {
  readonly root = mkdtempSync(join(tmpdir(), 'ppid-panen-'));

  constructor() {
    this.write('content/pemda.yaml', PEMDA);
    this.write(`content/opd/${OPD}/profil.md`, PROFIL);
  }

  write(path: string, data: string | Buffer): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), data);
  }

  read(path: string): Buffer {
    return readFileSync(join(this.root, path));
  }

  text(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }

  /** A dataset with its current CSV; returns its YAML and CSV paths. */
  dataset(slug: string, o: DatasetOptions, csv = OLD_CSV): { yaml: string; csv: string } {
    const yaml = `content/opd/${OPD}/data/${slug}.yaml`;
    this.write(yaml, datasetYaml(o));
    this.write(yaml.replace(/\.yaml$/, '.csv'), csv);
    return { yaml, csv: yaml.replace(/\.yaml$/, '.csv') };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The source server: `routes` maps a path (without query) to its answer; every request is recorded. */
export class SourceServer {
  routes = new Map<string, Handler>();
  readonly requests: { url: string; authorization?: string }[] = [];
  private server?: Server;

  get base(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
      const handler = this.routes.get(new URL(req.url ?? '/', this.base).pathname);
      if (handler) handler(req, res);
      else res.writeHead(404).end('tidak ada');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** A handler answering `body` with a content type. */
export const answer = (body: string | Buffer, type = 'text/csv'): Handler => (_req, res) => void res.writeHead(200, { 'content-type': type }).end(body);
