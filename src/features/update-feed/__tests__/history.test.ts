import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gitLogArgs, isMinor, pageUpdates, parseGitLog, readerNote} from '../history';

/**
 * `git log` output of a small history made with real git by __fixtures__/git-log.sh (which says
 * what each commit does), with its control characters written as visible symbols.
 */
function gitLogFixture(name: string): string {
  return readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8')
    .replaceAll('␞', '\x1e')
    .replaceAll('␟', '\x1f')
    .replaceAll('␀', '\0');
}

const pages = ['docs/notre-definition.md', 'docs/espace/écrire-à-plusieurs.mdx'];

/** Short form of an update, for readable expectations. */
const short = ({kind, file, fileAtCommit, date}: ReturnType<typeof pageUpdates>[number]) =>
  `${date} ${kind} ${file}${fileAtCommit === file ? '' : ` (alors ${fileAtCommit})`}`;

describe('historique git des pages', () => {
  it('demande à git un seul journal, fichiers séparés par NUL, renommages suivis, chemins relatifs au site', () => {
    const args = gitLogArgs(['docs']);
    expect(args.slice(0, 6)).toEqual(['log', '-z', '--topo-order', '--name-status', '-M', '--relative']);
    expect(args.slice(-2)).toEqual(['--', 'docs']);
  });

  it('lit chaque commit : empreinte, date, parents, sujet, message entier et fichiers, renommages compris', () => {
    const commits = parseGitLog(gitLogFixture('git-log-complete.txt'));
    expect(commits.map((commit) => commit.date)).toEqual([
      '2026-04-20T16:45:00+02:00',
      '2026-03-02T14:00:00+01:00',
      '2026-03-01T14:00:00+01:00',
      '2026-02-11T08:00:00+01:00',
      '2026-02-10T09:30:00+01:00',
      '2026-01-05T10:00:00+01:00',
    ]);
    for (const commit of commits) expect(commit.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(commits[0]!.parents).toEqual([commits[1]!.hash]);
    expect(commits.at(-1)!.parents).toEqual([]);
    const rename = commits[2]!;
    expect(rename.subject).toBe('La définition change d’adresse');
    expect(rename.message).toBe('La définition change d’adresse\n\nCorps du message, sur deux lignes,\nla seconde ici.');
    expect(rename.changes).toEqual([{status: 'R', from: 'docs/definition.md', path: 'docs/notre-definition.md'}]);
    expect(commits[4]!.changes).toEqual([
      {status: 'M', path: 'docs/definition.md'},
      {status: 'A', path: 'docs/espace/écrire-à-plusieurs.mdx'},
    ]);
    expect(commits.at(-1)!.changes).toEqual([
      {status: 'A', path: 'docs/_modele-de-page.md'},
      {status: 'A', path: 'docs/definition.md'},
    ]);
  });

  it('un commit est mineur quand son message contient [mineur], quelle que soit la casse', () => {
    expect(isMinor('Coquille [mineur]')).toBe(true);
    expect(isMinor('Exemples\n\n[Mineur] : seulement des exemples.')).toBe(true);
    expect(isMinor('[MINEUR] espaces insécables')).toBe(true);
    expect(isMinor('Typo dans la définition')).toBe(false);
    expect(isMinor('Une modification mineure de la définition')).toBe(false);
  });

  it('une entrée par page ajoutée, en suivant les renommages, et par commit non mineur qui la modifie', () => {
    const updates = pageUpdates(parseGitLog(gitLogFixture('git-log-complete.txt')), pages);
    expect(updates.map(short)).toEqual([
      '2026-04-20T16:45:00+02:00 edit docs/notre-definition.md',
      // 2026-03-02: « [Mineur] » in the body, left out.
      '2026-03-01T14:00:00+01:00 edit docs/notre-definition.md',
      // 2026-02-11: « Coquille [mineur] », left out; before the rename, the page was docs/definition.md.
      '2026-02-10T09:30:00+01:00 edit docs/notre-definition.md (alors docs/definition.md)',
      '2026-02-10T09:30:00+01:00 new docs/espace/écrire-à-plusieurs.mdx',
      '2026-01-05T10:00:00+01:00 new docs/notre-definition.md (alors docs/definition.md)',
    ]);
    expect(updates.every((update) => !update.file.includes('_modele'))).toBe(true);
    // The note written for readers (a trailer over two lines), never the subject, written for the team.
    expect(updates[0]!.note).toBe('La définition précise qui gouverne un commun, et comment.');
    expect(updates.slice(1).map((update) => update.note)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('lit la note pour les lecteurs dans la fin du message, quelle que soit la casse de sa clé', () => {
    expect(readerNote('Relecture : balises\n\nPour-les-lecteurs: Une phrase.')).toBe('Une phrase.');
    expect(readerNote('Sujet\n\npour-les-lecteurs :  Deux\n  lignes.\nAutre-Cle: x')).toBe('Deux lignes.');
    expect(readerNote('Pour les lecteurs : pas une clé de fin de message')).toBeUndefined();
    expect(readerNote('Sujet\n\nPour-les-lecteurs:')).toBeUndefined();
  });

  it('une page ajoutée dans un commit marqué [mineur] reste une nouvelle page', () => {
    const commits = parseGitLog(gitLogFixture('git-log-complete.txt'));
    commits.at(-1)!.message += '\n[mineur]';
    const updates = pageUpdates(commits, pages);
    expect(updates.map(short)).toContain('2026-01-05T10:00:00+01:00 new docs/notre-definition.md (alors docs/definition.md)');
  });

  it('une page supprimée puis recréée est nouvelle à sa recréation ; l’ancien fichier du même nom ne compte pas', () => {
    const commit = (hash: string, date: string, changes: Array<{status: string; path: string}>) => ({
      hash,
      date,
      parents: [],
      subject: `Commit ${hash}`,
      message: `Commit ${hash}`,
      changes,
    });
    const updates = pageUpdates(
      [
        commit('c', '2026-03-01T00:00:00Z', [{status: 'A', path: 'docs/page.md'}]),
        commit('b', '2026-02-01T00:00:00Z', [{status: 'D', path: 'docs/page.md'}]),
        commit('a', '2026-01-01T00:00:00Z', [{status: 'A', path: 'docs/page.md'}]),
      ],
      ['docs/page.md'],
    );
    expect(updates.map(short)).toEqual(['2026-03-01T00:00:00Z new docs/page.md']);
  });

  it('dans un clone superficiel, les commits coupés de leurs parents ne donnent aucune entrée, ni fausse nouvelle page', () => {
    const commits = parseGitLog(gitLogFixture('git-log-shallow.txt'));
    // git shows the oldest commit it has adding every file, at its own date.
    expect(commits.at(-1)!.parents).toEqual([]);
    expect(commits.at(-1)!.changes.map((change) => change.status)).toEqual(['A', 'A', 'A']);
    const updates = pageUpdates(commits, pages, {shallow: true});
    expect(updates.map(short)).toEqual(['2026-04-20T16:45:00+02:00 edit docs/notre-definition.md']);
    // Read as a complete history, the same log would make false « new pages ».
    expect(pageUpdates(commits, pages).filter((update) => update.kind === 'new')).toHaveLength(2);
  });

  it('sans historique, aucune entrée', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(pageUpdates([], pages)).toEqual([]);
  });
});
