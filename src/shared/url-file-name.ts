/**
 * The name of the file an address leads to, as a person reads it: its last segment, decoded
 * (`assets/capture%20(2).png?v=1` → `capture (2).png`); empty when the address has none. What the
 * content checks, the GitBook blocks and the importer call an image or a file by.
 */
export function fileNameOfUrl(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
