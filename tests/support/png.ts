/**
 * The size of a PNG image, from its header: the 8-byte signature, then the IHDR chunk (width and
 * height, 4 bytes each). Throws when the file is not a PNG.
 */
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(file: Buffer): {width: number; height: number} {
  if (file.length < 24 || !file.subarray(0, 8).equals(signature) || file.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('Ce fichier n’est pas une image PNG.');
  }
  return {width: file.readUInt32BE(16), height: file.readUInt32BE(20)};
}
