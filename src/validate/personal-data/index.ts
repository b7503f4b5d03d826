/**
 * The pure part of the personal-data guard (no Node imports): the validator uses it over the content tree,
 * and the CMS can bundle it to refuse a NIK before an entry is saved. Document text extraction (PDF, office
 * files) is Node-side and lives in pdf-text.ts and office-text.ts.
 */
export { findPersonalData, normalisePhone, type Finding, type PersonalDataCheck, type ScanOptions } from './detect.ts';
export { looksLikeNik, plausibleNikPrefix } from './nik.ts';
export { normaliseForScan } from './normalise.ts';
export { LineIndex } from './position.ts';
export { maskDigits, redactPersonalData } from './redact.ts';
