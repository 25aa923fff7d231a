/**
 * A file's size as readers write it: « 120 Ko », « 1,2 Mo » in French, “120 KB”, “1.2 MB” in
 * English. Used by the GitBook `{% file %}` links and by the link to the guide's PDF.
 */
export function fileSize(bytes: number, locale = 'fr'): string {
  const french = locale.startsWith('fr');
  const format = (value: number) => new Intl.NumberFormat(french ? 'fr-FR' : locale, {maximumFractionDigits: 1}).format(value);
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)))}\u00A0${french ? 'Ko' : 'KB'}`;
  return `${format(bytes / (1024 * 1024))}\u00A0${french ? 'Mo' : 'MB'}`;
}
