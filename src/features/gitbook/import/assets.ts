/**
 * The files the pages use, in the destination's assets/ folder, under ASCII names that never
 * collide: the export's files that a page links to (named when the first link to each is met, so
 * that only what the pages use is copied), and the images of other sites the import downloaded.
 * A file that an earlier import wrote keeps its name.
 */
import path from 'node:path';
import type {Manifest} from './manifest';
import type {DownloadedImage} from './remote-images';
import {asciiSlug, UniqueNames} from './slugs';

export class Assets {
  /** Export path → destination-relative path, in the order the pages met them. */
  readonly copied = new Map<string, string>();
  /** Downloaded images: destination-relative path, address, bytes. */
  readonly downloaded: Array<{file: string; source: string; content: Buffer}> = [];
  private readonly previous: Map<string, string>;
  private readonly names: UniqueNames;

  /** `foreign`: files of assets/ that this import did not write (their names are taken). */
  constructor(
    manifest: Manifest,
    foreign: string[],
    private readonly exportFiles: ReadonlySet<string>,
  ) {
    this.previous = new Map(
      Object.entries(manifest.files)
        .filter(([file]) => file.startsWith('assets/'))
        .map(([file, entry]) => [entry.source, file]),
    );
    this.names = new UniqueNames([...foreign, ...this.previous.values()].map((file) => file.slice('assets/'.length)));
  }

  /** The place of a file of the export that a page links to; undefined for a page or a file the export lacks. */
  fileFor(exportPath: string): string | undefined {
    if (!this.exportFiles.has(exportPath) || /\.md$/i.test(exportPath)) return undefined;
    let file = this.copied.get(exportPath) ?? this.previous.get(exportPath);
    if (!file) {
      const extension = path.posix.extname(exportPath).toLowerCase();
      const base = asciiSlug(path.posix.basename(exportPath, path.posix.extname(exportPath))) || 'fichier';
      file = `assets/${this.names.take(base, 'fichier', extension)}`;
    }
    this.copied.set(exportPath, file);
    return file;
  }

  /** The place of an image downloaded from `url`. */
  addDownloaded(url: string, image: DownloadedImage): string {
    const file = `assets/${this.names.take(image.name, 'image', image.extension)}`;
    this.downloaded.push({file, source: url, content: image.content});
    return file;
  }
}
