/**
 * The application inventory in the built sample site (dist/): /aplikasi/ lists every valid system under its OPD with
 * the regency and per-OPD totals of src/content/integrasi.ts, links out only over http(s), ships no script; the home
 * page and every OPD page show the count and link to it. Plus the page helpers on a small model of their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countIntegration } from '../../src/content/integrasi.ts';
import { loadContent, type Entry, type OpdEntry } from '../../src/content/model.ts';
import { t } from '../../src/i18n/id.ts';
import { aplikasiIds, urls } from '../../src/lib/urls.ts';
import type { Aplikasi } from '../../src/schemas/index.ts';
import { inventoryOf, webLink } from '../../src/site/aplikasi.ts';
import { siteModelOf, type SiteModel } from '../../src/site/model.ts';
import { DIST, ROOT } from './built-site.ts';

const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** Text as the page shows it: tags dropped, entities of the texts we compare decoded. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const site = siteModelOf(await loadContent(ROOT));
const html = page(urls.aplikasiIndex());

describe('/aplikasi/ in the built site', () => {
  it('states the regency total and what counts', () => {
    const total = countIntegration(site.aplikasi.map((e) => e.data));
    expect(text(html)).toContain(t('aplikasi.connected', { ...total }));
    expect(text(html)).toContain(t('aplikasi.countRule'));
  });

  it('lists every system under its own OPD, in the order of the page', () => {
    const at = (id: string) => html.indexOf(` id="${id}"`);
    for (const entry of site.aplikasi) {
      const row = at(aplikasiIds.entry(entry.opd, entry.slug));
      expect(row, entry.path).toBeGreaterThan(at(aplikasiIds.opd(entry.opd)));
      const nextGroup = html.indexOf('<section', row);
      const slice = html.slice(row, nextGroup === -1 ? undefined : nextGroup);
      expect(text(slice)).toContain(entry.data.nama);
    }
  });

  it('counts each OPD and names the OPDs without a system', () => {
    const inventory = inventoryOf(site);
    for (const group of inventory.groups) {
      const row = new RegExp(`<a href="${urls.aplikasiOpd(group.opd.opd)}">[^<]*</a></th><td class="num">${group.systems.length}</td><td class="num">${group.count.terdaftar}</td><td class="num">${group.count.terhubung}</td>`);
      expect(html, group.opd.opd).toMatch(row);
    }
    for (const opd of inventory.without) expect(html).toContain(`<li id="${aplikasiIds.opd(opd.opd)}"><a href="${urls.opd(opd.opd)}">`);
    expect(inventory.groups.length + inventory.without.length).toBe(site.opdList.length);
  });

  it('links out only over http(s), marked external, and ships no script', () => {
    const external = [...html.matchAll(/<a href="([^"]*)" rel="([^"]*)"/g)];
    expect(external.length).toBe(site.aplikasi.filter((e) => e.data.url).length);
    for (const [, href, rel] of external) {
      expect(href).toMatch(/^https?:\/\//);
      expect(rel).toBe('noopener nofollow external');
    }
    expect(html).not.toMatch(/<script/i);
  });

  it('links each fed dataset to its page', () => {
    const fed = site.aplikasi.flatMap((e) => e.data.dataset.map((slug) => urls.dataset(e.opd, slug)));
    for (const href of fed) expect(html).toContain(`<a href="${href}"`);
  });
});

describe('the count on the home page and the OPD pages', () => {
  it('home: the regency total, linking to /aplikasi/', () => {
    const total = countIntegration(site.aplikasi.map((e) => e.data));
    const home = page(urls.home());
    expect(home).toContain(`<a href="${urls.aplikasiIndex()}">${t('aplikasi.title')}</a>`);
    expect(text(home)).toContain(t('aplikasi.homeHint', { ...total }));
  });

  it('each OPD: its own count, linking to its group on /aplikasi/', () => {
    for (const group of inventoryOf(site).groups.slice(0, 5)) {
      const opdPage = page(urls.opd(group.opd.opd));
      expect(text(opdPage)).toContain(t('aplikasi.opdCount', { ...group.count, nama: group.opd.data.singkatan, count: group.systems.length }));
      expect(opdPage).toContain(`<a href="${urls.aplikasiOpd(group.opd.opd)}">`);
    }
  });
});

describe('page helpers', () => {
  const opd = (slug: string, nama: string) => ({ opd: slug, data: { nama } }) as OpdEntry;
  const system = (opdSlug: string, slug: string, data: Partial<Aplikasi>) => ({ opd: opdSlug, slug, data: { nama: slug, dataset: [], ...data } }) as Entry<Aplikasi>;

  it('groups systems by OPD, by name, counts active ones and keeps the OPDs without any', () => {
    const model = {
      opdList: [opd('bpbd', 'BPBD'), opd('dinkes', 'Dinkes'), opd('dlh', 'DLH')],
      aplikasi: [
        system('dinkes', 'simpus', { status: 'aktif', integrasi: 'belum' }),
        system('dinkes', 'aspak', { status: 'aktif', integrasi: 'unggah-manual' }),
        system('dinkes', 'satusehat', { status: 'dalam-pengembangan', integrasi: 'panen' }),
        system('bpbd', 'inarisk', { status: 'aktif', integrasi: 'panen' }),
      ],
    } as unknown as SiteModel;
    const inventory = inventoryOf(model);
    expect(inventory.groups.map((g) => [g.opd.opd, g.systems.map((s) => s.slug), g.count])).toEqual([
      ['bpbd', ['inarisk'], { terhubung: 1, terdaftar: 1 }],
      ['dinkes', ['aspak', 'satusehat', 'simpus'], { terhubung: 1, terdaftar: 2 }],
    ]);
    expect(inventory.without.map((o) => o.opd)).toEqual(['dlh']);
    expect([inventory.listed, inventory.total]).toEqual([4, { terhubung: 2, terdaftar: 3 }]);
  });

  it('turns only http(s) addresses into links', () => {
    expect(webLink('https://sipd.kemendagri.go.id')).toBe('https://sipd.kemendagri.go.id/');
    expect(webLink('http://10.0.0.5/simpus')).toBe('http://10.0.0.5/simpus');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.go.id', 'bukan alamat', undefined]) expect(webLink(url)).toBeUndefined();
  });
});
