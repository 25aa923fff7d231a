/**
 * `npm run pdf [-- <build folder>]`: the guide's PDF of every edition of a production build
 * (`build/` by default; run npm run build first), and the link to it from every page.
 */
import {makeGuidePdfs} from './guide-pdfs';

async function main(): Promise<void> {
  const buildDir = process.argv[2] ?? 'build';
  const started = Date.now();
  await makeGuidePdfs(buildDir, (line) => console.log(line));
  console.log(`PDF du guide faits en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
