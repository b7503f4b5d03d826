/**
 * The register in the CMS: one collection per OPD inside its own folder, file names made from the register number,
 * selects labelled with the site's own words, and a save refused while a field names, locates or reaches a requester.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, schemaFields } from '../../src/cms/config.ts';
import { checkEntry } from '../../src/cms/save-check.ts';
import { PemdaSchema } from '../../src/schemas/index.ts';

const pemda = PemdaSchema.parse({
  nama: 'Pemerintah Kabupaten Demak', singkatan: 'Pemkab Demak', kode_wilayah: '33.21', situs: 'https://ppid.demakkab.go.id',
  alamat: 'Jl. Kyai Singkil No. 7', kode_pos: '59511', telepon: ['(0291) 685877'], email: 'ppid@demakkab.go.id', ppid_utama: 'dinkominfo',
});
const collection = (name: string) => (buildCmsConfig(pemda, { slug: 'dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes' }).collections as Record<string, unknown>[]).find((c) => c.name === name)!;
const entry = {
  nomor: '001/PPID-DINKES/XI/2026', diterima: '2026-11-02 09:00', saluran: 'email', kategori_pemohon: 'perorangan',
  informasi: 'Data cakupan imunisasi per desa', status: 'diproses', biaya: 0,
};

describe('the register collections', () => {
  it('live in the OPD folder, name files after the register number and warn against personal data', () => {
    expect(collection('permohonan-dinkes')).toMatchObject({ folder: 'content/opd/dinkes/permohonan', identifier_field: 'nomor', slug: '{{slug}}', extension: 'yaml' });
    expect(String(collection('permohonan-dinkes').description)).toContain('JANGAN menulis nama, NIK, alamat, telepon atau e-mail pemohon');
    expect(collection('laporan-layanan-dinkes')).toMatchObject({ folder: 'content/opd/dinkes/layanan', slug: 'laporan-{{tahun}}', extension: 'md' });
  });

  it('label every select with the words of the public pages', () => {
    const fields = schemaFields('permohonan');
    const options = (name: string) => fields.find((f) => f.name === name)!.options!.map((o) => o.label);
    expect(options('saluran')).toEqual(['Datang langsung', 'Surat', 'E-mail', 'WhatsApp resmi', 'Formulir daring', 'SP4N-LAPOR!']);
    expect(options('dasar_penolakan')[7]).toBe('Pasal 17 huruf h: mengungkap rahasia pribadi');
    const alasan = fields.find((f) => f.name === 'keberatan')!.fields!.find((f) => f.name === 'alasan')!.field!;
    expect(alasan.options![2].label).toBe('c. permohonan tidak ditanggapi');
  });

  it('refuse a save that would publish a requester, and accept the same entry without', () => {
    const refused = checkEntry('permohonan', { ...entry, informasi: 'Data imunisasi untuk Ibu Sri, WA 0812-3456-7890' });
    expect(refused.data).toBeUndefined();
    expect(refused.problems).toEqual([
      'Informasi yang diminta: memuat nama orang ("Ibu S…"); register permohonan terbit di portal, jadi hapus identitas pemohon (UU 27/2022 Pelindungan Data Pribadi).',
      'Informasi yang diminta: memuat nomor telepon atau alamat e-mail ("0812…"); register permohonan terbit di portal, jadi hapus identitas pemohon (UU 27/2022 Pelindungan Data Pribadi).',
    ]);
    expect(checkEntry('permohonan', entry).problems).toEqual([]);
  });
});
