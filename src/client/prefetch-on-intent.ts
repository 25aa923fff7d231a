/**
 * Client module: pages are fetched ahead on intent only. Docusaurus's links fetch the chunks of every
 * page they point to as soon as they scroll into view (home page: 20 requests, 37 KB compressed,
 * competing with the page's own files on a slow link). Links still load their page's chunks when
 * the pointer enters them or a finger touches them (`preload`), which is when it helps: the click
 * usually follows. Measured in bench/RESULTS.md.
 *
 * Links call `window.docusaurus.prefetch`, a frozen object that the client entry assigns after
 * client modules have run: the assignment goes through this setter, which keeps everything but
 * `prefetch`. Docusaurus offers no option for this.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type DocusaurusGlobal = {prefetch: (routePath: string) => false | Promise<unknown>; preload: (routePath: string) => unknown};

if (ExecutionEnvironment.canUseDOM) {
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (assigned: DocusaurusGlobal) => {
      current = Object.freeze({...assigned, prefetch: () => false as const});
    },
  });
}

export {};
