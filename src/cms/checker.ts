/** The validator's chunk of the CMS page (entry-check-browser.ts), loaded once: on the first save or CSV upload, or ahead of it by main.ts. */
export const loadChecker = (() => {
  let loading: Promise<typeof import('./entry-check-browser.ts')> | undefined;
  return () => {
    loading ??= import('./entry-check-browser.ts');
    loading.catch(() => (loading = undefined)); // a failed fetch (offline) is tried again next time
    return loading;
  };
})();
