/**
 * File content for a "video" a test downloads and imports: unique per label, and never mistaken for
 * media by ffprobe. (Random bytes are, now and then: about one 50 KB random file in a few hundred
 * probes as H.263, and the library's MediaInfo naming then adds "[H263]" to the file name.)
 */
export function payloadBytes(label: string, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.write(`mydia test payload: ${label}\n`);
  // Some non-zero bytes through the body, so pieces and yEnc articles are not all alike.
  for (let i = 4096; i < size; i += 4096) bytes.writeUInt32BE((i * 2654435761) >>> 0, i - 4);
  return bytes;
}
