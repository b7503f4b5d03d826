/** The request message of /permohonan-informasi/: what is required, the body, and the mailto: and wa.me links. */
import { describe, expect, it } from 'vitest';
import { composeBody, composeSubject, mailtoHref, missingFields, waNumber, whatsappHref, type PesanText, type PesanValues } from '../../src/components/permohonan-pesan.ts';

const EMPTY: PesanValues = { nama: '', alamat: '', pekerjaan: '', telepon: '', email: '', rincian: '', tujuan: '', cara_memperoleh: '', cara_salinan: '' };
const FILLED: PesanValues = {
  ...EMPTY, nama: 'Siti Aminah', alamat: 'Jl. Pemuda 1, Demak', email: 'siti@contoh.id', rincian: 'LRA 2025 Dinas Kesehatan & lampirannya',
  tujuan: 'Penelitian skripsi', cara_memperoleh: 'salinan', cara_salinan: 'email',
};
const TEXT: PesanText = {
  subjek: 'Permohonan informasi publik', salam: 'Yth. PPID Utama,', pembuka: 'Dengan ini saya mengajukan permohonan.', penutup: 'Hormat saya,',
  label: { nama: 'Nama lengkap', alamat: 'Alamat', pekerjaan: 'Pekerjaan', telepon: 'Nomor telepon', email: 'Alamat e-mail', rincian: 'Rincian informasi', tujuan: 'Tujuan', cara_memperoleh: 'Cara memperoleh', cara_salinan: 'Cara mendapatkan salinan' },
};
const choice = (_: string, value: string) => ({ salinan: 'Mendapatkan salinan', email: 'Dikirim lewat e-mail', melihat: 'Melihat' })[value] ?? value;

describe('request message', () => {
  it('needs a name, an address, a phone or an e-mail, the information, its purpose and how to get it', () => {
    expect(missingFields(EMPTY)).toEqual(['nama', 'alamat', 'kontak', 'rincian', 'tujuan', 'cara_memperoleh']);
    expect(missingFields({ ...FILLED, cara_salinan: '' })).toEqual(['cara_salinan']);
    expect(missingFields({ ...FILLED, cara_memperoleh: 'melihat', cara_salinan: '' })).toEqual([]);
    expect(missingFields({ ...FILLED, email: '', telepon: '0812 1' })).toEqual([]);
  });

  it('writes one line per filled field, with the choices in words', () => {
    const body = composeBody(FILLED, TEXT, choice);
    expect(body.split('\n')).toEqual([
      'Yth. PPID Utama,', '', 'Dengan ini saya mengajukan permohonan.', '',
      'Nama lengkap: Siti Aminah', 'Alamat: Jl. Pemuda 1, Demak', 'Alamat e-mail: siti@contoh.id',
      'Rincian informasi: LRA 2025 Dinas Kesehatan & lampirannya', 'Tujuan: Penelitian skripsi',
      'Cara memperoleh: Mendapatkan salinan', 'Cara mendapatkan salinan: Dikirim lewat e-mail', '', 'Hormat saya,', 'Siti Aminah',
    ]);
    expect(composeBody({ ...FILLED, cara_memperoleh: 'melihat' }, TEXT, choice)).not.toContain('Cara mendapatkan salinan');
  });

  it('encodes subject and body into mailto: (CRLF line breaks) and the body into wa.me', () => {
    const body = composeBody(FILLED, TEXT, choice);
    const mail = mailtoHref('ppid@demakkab.go.id', composeSubject(FILLED, TEXT), body);
    expect(mail.startsWith('mailto:ppid@demakkab.go.id?subject=Permohonan%20informasi%20publik%3A%20LRA%202025')).toBe(true);
    const params = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
    expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    const wa = new URL(whatsappHref('6281200002910', body));
    expect(wa.origin + wa.pathname).toBe('https://wa.me/6281200002910');
    expect(wa.searchParams.get('text')).toBe(body);
  });

  it('turns an official mobile number into the wa.me form, and refuses a landline', () => {
    expect(waNumber('0812-0000-2910')).toBe('6281200002910');
    expect(waNumber('+62 812 0000 2910')).toBe('6281200002910');
    expect(waNumber('(0291) 685877')).toBeNull();
  });
});
