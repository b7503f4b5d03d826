/**
 * Typed field maps for the machine exports (DCAT JSON-LD, CKAN JSON): one producer per output key, checked by tsc
 * against the output's interface, so no key can be misspelt, forgotten or left over (the failure of template exports).
 */

/** One producer for every key of `Out`, optional keys included (a producer may return undefined for those). */
export type FieldMap<In, Out> = { [K in keyof Out]-?: (source: In) => Out[K] };

/** Runs a field map in its key order; keys whose producer returns undefined are left out of the result. */
export function applyFields<In, Out>(map: FieldMap<In, Out>, source: In): Out {
  const out: Record<string, unknown> = {};
  for (const [key, produce] of Object.entries(map) as [string, (s: In) => unknown][]) {
    const value = produce(source);
    if (value !== undefined) out[key] = value;
  }
  return out as Out;
}
