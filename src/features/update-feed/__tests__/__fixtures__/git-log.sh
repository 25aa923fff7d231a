#!/usr/bin/env bash
# Writes the git log fixtures of the update feed's tests: a small history made with real git (page
# added, edited, renamed, accented name, minor commits, a template « _ »), logged as the plugin logs
# it, in full and from a shallow clone (--depth 3). Control characters are written as visible
# symbols (␞ record, ␟ field, ␀ NUL); the tests put them back. Run from this folder.
set -euo pipefail
here=$(pwd)
repo=$(mktemp -d)
shallow=$(mktemp -d)
trap 'rm -rf "$repo" "$shallow"' EXIT
cd "$repo"
git init -q -b main
git config user.name Test
git config user.email test@example.fr
commit() {
  export GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1"
  shift
  git add -A
  git commit -q "$@"
}
mkdir -p docs/espace src
printf -- '---\ntitle: Définition\n---\n\nUne définition des communs numériques, assez longue pour que le renommage soit reconnu par git.\nDeuxième ligne.\nTroisième ligne.\n' >docs/definition.md
printf -- '---\ntitle: Modèle\n---\nModèle\n' >docs/_modele-de-page.md
echo x >src/autre.ts
commit 2026-01-05T10:00:00+01:00 -m "Première version du guide : la définition"
printf -- '---\ntitle: Écrire à plusieurs\n---\nTexte\n' >docs/espace/écrire-à-plusieurs.mdx
echo 'Quatrième ligne.' >>docs/definition.md
commit 2026-02-10T09:30:00+01:00 -m "La définition cite ses sources ; nouvelle page sur l’écriture à plusieurs"
sed -i 's/Deuxième/Deuxieme/' docs/definition.md
commit 2026-02-11T08:00:00+01:00 -m "Coquille [mineur]"
git mv docs/definition.md docs/notre-definition.md
echo 'Cinquième ligne.' >>docs/notre-definition.md
commit 2026-03-01T14:00:00+01:00 -m "La définition change d’adresse" -m "Corps du message, sur deux lignes,
la seconde ici."
echo y >>docs/espace/écrire-à-plusieurs.mdx
commit 2026-03-02T14:00:00+01:00 -m "Exemples d’écriture à plusieurs" -m "[Mineur] : seulement des exemples."
echo 'Sixième ligne.' >>docs/notre-definition.md
echo z >src/autre.ts
commit 2026-04-20T16:45:00+02:00 -m "Relecture : coquilles, liens, balises dans le HTML" -m "Pour-les-lecteurs: La définition précise qui gouverne un commun,
  et comment."
log() {
  git -c core.quotePath=false log -z --topo-order --name-status -M --relative \
    '--format=%x1e%H%x1f%cI%x1f%P%x1f%s%x1f%B%x1f' -- docs | sed 's/\x1e/␞/g; s/\x1f/␟/g; s/\x00/␀/g'
}
log >"$here/git-log-complete.txt"
git clone -q --depth 3 "file://$repo" "$shallow"
cd "$shallow"
log >"$here/git-log-shallow.txt"
