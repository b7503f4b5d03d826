import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests (`*.e2e.test.ts`) first, longest first, then the rest: they are the long poles of a run, and
 * vitest's own order (longest first from the last run's results, else largest file first) only knows their length
 * after a first run, which a fresh clone or CI has not had.
 */
class BrowserTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = (file: TestSpecification) => file.moduleId.endsWith('.e2e.test.ts');
    return [...sorted.filter(browser), ...sorted.filter((file) => !browser(file))];
  }
}

export default defineConfig({
  test: {
    // Builds the sample site once; browser tests serve dist/.
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Test files run in parallel, one more than there are cores (vitest's default is one less: a single file at a
    // time on a 2-core machine). A browser test spends most of its time waiting for Chromium, decap-server or a
    // child process, so the extra files fill that time. `npm test -- --maxWorkers=1` runs them one by one.
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: BrowserTestsFirst },
    projects: [
      { extends: true, test: { name: 'browser', include: ['tests/**/*.e2e.test.ts'] } },
      // The other files share a worker's imported modules (schemas, validator, content reader: a quarter of their time
      // was imports). None of them changes module state; process env they set is restored.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.e2e.test.ts'], isolate: false } },
    ],
  },
});
