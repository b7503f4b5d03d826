/**
 * A WordPress site for the import tests, on 127.0.0.1 port 0: the REST API answers from the JSON fixtures of
 * tests/fixtures/wordpress/ (`{{SITE}}` replaced by the server's origin) with WordPress's paging headers, and
 * the uploads are small generated images and the sample PDF. Nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync, crc32 } from 'node:zlib';

const FIXTURES = new URL('../fixtures/wordpress/', import.meta.url);
const PDF = readFileSync(new URL('../fixtures/valid/content/opd/dinas-contoh/dokumen/laporan-2025.pdf', import.meta.url));

/** A real PNG of `size`×`size` grey pixels (shade makes the bytes differ). */
export function png(size: number, shade: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: size }, () => Buffer.from([0, ...new Array<number>(size).fill(shade)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Enough of a JPEG for magic-number checks (file-type, the validator's files rule). */
export function jpeg(tag: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from(`JFIF\0${tag}`, 'latin1'), Buffer.alloc(32), Buffer.from([0xff, 0xd9])]);
}

const UPLOADS: Record<string, Buffer> = {
  '/wp-content/uploads/2024/03/rapat-ppid-1024x683.png': png(8, 120),
  '/wp-content/uploads/2024/03/rapat-300x200.jpg': jpeg('rapat'),
  '/wp-content/uploads/2024/03/laporan-triwulan-i.pdf': Buffer.concat([PDF, Buffer.from('%triwulan\n')]),
  // The same bytes under another name: copied once.
  '/wp-content/uploads/2024/07/laporan-layanan.pdf': Buffer.concat([PDF, Buffer.from('%triwulan\n')]),
  '/wp-content/uploads/2024/04/galeri-1.png': png(8, 30),
  '/wp-content/uploads/2024/04/galeri-2.jpg': jpeg('galeri'),
  '/wp-content/uploads/2023/01/Renstra-Dinas-2021-2026.pdf': Buffer.concat([PDF, Buffer.from('%renstra\n')]),
};

export interface WpSite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Path and query of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

export async function startWpSite(): Promise<WpSite> {
  const requests: string[] = [];
  let origin = '';
  const fixture = (name: string): Json[] => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{SITE}}', origin)) as Json[];
  const postPages = () => [1, 2, 3].map((n) => fixture(`posts-${n}.json`));
  const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const listing = (res: ServerResponse, pages: Json[][], page: number) => {
    const total = pages.flat().length;
    if (page > pages.length) return json(res, { code: 'rest_post_invalid_page_number', message: 'Nomor halaman lebih besar dari jumlah halaman.' }, {}, 400);
    json(res, pages[page - 1], { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages.length) });
  };
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', origin);
    const page = Number(url.searchParams.get('page') ?? 1);
    if (url.pathname === '/wp-json/wp/v2/posts') {
      const after = url.searchParams.get('after');
      return listing(res, after ? [postPages().flat().filter((p) => String(p.date) > after)] : postPages(), page);
    }
    if (url.pathname === '/wp-json/wp/v2/pages') return listing(res, [fixture('pages-1.json')], page);
    if (url.pathname === '/wp-json/wp/v2/media') {
      const ids = (url.searchParams.get('include') ?? '').split(',').map(Number);
      return json(res, fixture('media.json').filter((m) => ids.includes(Number(m.id))));
    }
    if (url.pathname === '/wp-content/uploads/2024/05/pindah.jpg') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/foto.jpg' });
      return res.end();
    }
    const upload = UPLOADS[url.pathname];
    if (upload) {
      // Deliberately wrong: the importer must read the type from the bytes.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(upload);
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Halaman tidak ditemukan</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
