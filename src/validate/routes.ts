/** The set of site URLs implied by the content tree, for checking internal links without building the site. */
import type { ContentTree } from '../content/tree.ts';
import { STATIC_ROUTES, urls } from '../lib/urls.ts';

export function buildKnownRoutes(tree: ContentTree): Set<string> {
  const routes = new Set<string>(STATIC_ROUTES);
  for (const f of tree.files) {
    const opd = f.opd ?? '';
    switch (f.kind) {
      case 'profil': routes.add(urls.opd(opd)).add(urls.opdRss(opd)).add(urls.kepatuhanOpd(opd)).add(urls.opdBerita(opd)).add(urls.dataOpd(opd)).add(urls.dipOpd(opd)).add(urls.opdDokumen(opd)); break;
      case 'dokumen': routes.add(urls.dokumen(opd, f.slug)); break;
      case 'berita': routes.add(urls.berita(opd, f.slug)); break;
      case 'informasi': routes.add(urls.informasi(opd, f.slug)); break;
      case 'dataset': routes.add(urls.dataset(opd, f.slug)).add(urls.datasetCsv(opd, f.slug)).add(urls.datasetJson(opd, f.slug)); break;
      case 'permohonan': routes.add(urls.lacakOpd(opd)); break;
      case 'laporan-layanan': {
        const tahun = f.slug.replace(/^laporan-/, '');
        routes.add(urls.laporanLayanan(tahun)).add(urls.laporanLayananOpd(tahun, opd)).add(urls.statistikLayananTahun(tahun));
        break;
      }
      case 'halaman': routes.add(urls.halaman(f.slug)); break;
      case 'lampiran': routes.add(urls.opdFile(opd, f.path.slice(`content/opd/${opd}/`.length))); break;
    }
  }
  return routes;
}
