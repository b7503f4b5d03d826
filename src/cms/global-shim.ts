/** Some of Decap's dependencies still read Node's `global`; evaluated before them (first import of main.ts). */
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;
