/** HTML that must never appear in a rendered page: anything that could run script or load from another host. */
export const FORBIDDEN_HTML = [
  /<script/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /<svg/i, /<math/i, /<form/i, /<input/i,
  /\son[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:text/i, /srcdoc/i, /\sstyle\s*=/i,
  /(src|href)="\/\//i, /src="https?:/i,
];
