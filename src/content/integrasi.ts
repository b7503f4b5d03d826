/**
 * What the application inventory adds up to, in one place for /aplikasi/, the home and OPD pages and the weekly
 * compliance report: which systems are counted, and which of those are connected to the portal.
 */
import type { Aplikasi } from '../schemas/aplikasi.ts';

type Counted = Pick<Aplikasi, 'status' | 'integrasi'>;

/**
 * Only systems in use are counted: one still in development has no data to bring yet, a retired one none any more.
 * Both stay listed on /aplikasi/.
 */
export function isCounted(system: Pick<Aplikasi, 'status'>): boolean {
  return system.status === 'aktif';
}

/** A counted system whose data reaches the portal: harvested automatically (`panen`) or uploaded by hand. */
export function isConnected(system: Counted): boolean {
  return isCounted(system) && system.integrasi !== 'belum';
}

/** "3 of 5": the counted systems of an OPD (or the regency) and how many of them are connected. */
export interface IntegrationCount {
  /** Counted systems whose data reaches the portal. */
  terhubung: number;
  /** Counted systems: those listed with status `aktif`. */
  terdaftar: number;
}

export function countIntegration(systems: Iterable<Counted>): IntegrationCount {
  const count: IntegrationCount = { terhubung: 0, terdaftar: 0 };
  for (const system of systems) {
    if (!isCounted(system)) continue;
    count.terdaftar++;
    if (isConnected(system)) count.terhubung++;
  }
  return count;
}
