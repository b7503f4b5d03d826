/**
 * Indonesian for the YAML errors of src/content/source.ts, per code: editors read these, the parser's own
 * English text stays out of reports. Codes are the `yaml` package's plus TAG, ALIAS and DEPTH (ours).
 */
export interface YamlProblem {
  rule: 'frontmatter/yaml-syntax' | 'frontmatter/yaml-tag' | 'frontmatter/yaml-limit';
  message: string;
  hint: string;
}

const SYNTAX_HINT = 'Periksa baris ini: setiap isian berbentuk `nama: nilai`; teks yang mengandung titik dua (:) atau diawali tanda khusus harus diapit tanda kutip; indentasi memakai spasi, bukan tab.';

const SYNTAX: Record<string, string> = {
  BAD_INDENT: 'indentasi (spasi di awal baris) tidak sesuai',
  TAB_AS_INDENT: 'indentasi memakai tab',
  MISSING_CHAR: 'tanda penutup (tanda kutip, `]` atau `}`) tidak ada',
  BAD_DQ_ESCAPE: 'teks bertanda kutip ganda memuat garis miring terbalik (\\) yang tidak sah',
  DUPLICATE_KEY: 'isian yang sama ditulis dua kali',
  MULTIPLE_DOCS: 'berkas memuat lebih dari satu dokumen YAML (baris `---` berlebih)',
  BLOCK_AS_IMPLICIT_KEY: 'nama isian tidak boleh lebih dari satu baris (kemungkinan ada titik dua di tengah teks)',
  MULTILINE_IMPLICIT_KEY: 'nama isian tidak boleh lebih dari satu baris (kemungkinan ada titik dua di tengah teks)',
  KEY_OVER_1024_CHARS: 'nama isian terlalu panjang',
  BAD_SCALAR_START: 'nilai diawali tanda khusus (misalnya @, ` atau %)',
  BLOCK_IN_FLOW: 'daftar bergaris (`- ...`) tidak boleh berada di dalam `[ ]` atau `{ }`',
  UNEXPECTED_TOKEN: 'ada tanda yang tidak semestinya di baris ini',
};

const LIMIT: Record<string, { message: string; hint: string }> = {
  ALIAS: {
    message: 'YAML memakai terlalu banyak rujukan alias (`*nama`)',
    hint: 'Tulis setiap nilai secara langsung; rujukan `&nama`/`*nama` tidak diperlukan di konten portal dan dapat membengkakkan berkas (serangan "billion laughs").',
  },
  DEPTH: {
    message: 'struktur YAML bersarang terlalu dalam',
    hint: 'Isian konten portal paling dalam bersarang beberapa tingkat; periksa tanda `[`, `{` atau indentasi yang berulang tanpa penutup.',
  },
};

export function describeYamlError(code: string): YamlProblem {
  if (code === 'TAG') {
    return {
      rule: 'frontmatter/yaml-tag',
      message: 'tag YAML (`!...` atau `!!...`) tidak diizinkan',
      hint: 'Hapus tanda seru dan nama tagnya (misalnya `!!binary` atau `!!js/function`); tulis nilainya sebagai teks biasa, dalam tanda kutip bila perlu.',
    };
  }
  const limit = LIMIT[code === 'RESOURCE_EXHAUSTION' ? 'DEPTH' : code];
  if (limit) return { rule: 'frontmatter/yaml-limit', ...limit };
  const detail = SYNTAX[code];
  return { rule: 'frontmatter/yaml-syntax', message: `penulisan YAML tidak valid${detail ? `: ${detail}` : ''}`, hint: SYNTAX_HINT };
}
