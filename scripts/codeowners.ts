/** `npm run codeowners`: writes .github/CODEOWNERS from pemda.yaml admins and each profile's `editor`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { readContentTree } from '../src/content/tree.ts';
import { codeowners, ownersFrom } from '../src/ownership/ownership.ts';

const tree = await readContentTree(process.cwd());
const profiles = new Map([...tree.sources.values()].filter((s) => s.kind === 'profil').map((s) => [s.opd!, s.text] as const));
writeFileSync('.github/CODEOWNERS', codeowners(ownersFrom(readFileSync('content/pemda.yaml', 'utf8'), profiles)));
console.log(`.github/CODEOWNERS: ${profiles.size} folder OPD.`);
