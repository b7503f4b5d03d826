/**
 * Request headers of a source from the environment. The dataset YAML names variables, never values
 * (`Authorization: PANEN_TOKEN_DINKES`), and a variable must end with the OPD's own suffix (`_DINKES` for
 * `dinkes`): the YAML is edited by that OPD's editors, and a name of another OPD's secret would send it to a host
 * of their choosing. The values never appear in a message.
 */
import type { Sumber } from '../schemas/sumber.ts';
import { HarvestFailure } from './failure.ts';

/** `dinpertan-pangan` → `_DINPERTAN_PANGAN`: the suffix every secret of that OPD carries. */
export function secretSuffix(opd: string): string {
  return `_${opd.toUpperCase().replace(/-/g, '_')}`;
}

export function resolveHeaders(sumber: Pick<Sumber, 'header'>, opd: string, yamlPath: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, variable] of Object.entries(sumber.header ?? {})) {
    if (!variable.endsWith(secretSuffix(opd))) {
      throw new HarvestFailure(`header \`${name}\` memakai variabel ${variable}, padahal rahasia OPD ${opd} harus bernama …${secretSuffix(opd)}; perbaiki \`sumber.header\` di ${yamlPath}`);
    }
    const value = env[variable];
    if (!value) throw new HarvestFailure(`variabel lingkungan ${variable} (header \`${name}\`) tidak diisi; admin Dinkominfo menambahkannya sebagai secret CI dan ke langkah panen (docs/panen.md)`);
    headers[name] = value;
  }
  return headers;
}
