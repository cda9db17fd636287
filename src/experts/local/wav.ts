// Reading a WAV header: enough to report a clip's duration and format.
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  durationSeconds: number;
}

/** The format and duration of a RIFF/WAVE file, or null when the bytes are not one. */
export function wavInfo(bytes: Uint8Array): WavInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let format: Omit<WavInfo, 'durationSeconds'> | null = null;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const size = view.getUint32(offset + 4, true);
    if (tag(offset) === 'fmt ') {
      format = { channels: view.getUint16(offset + 10, true), sampleRate: view.getUint32(offset + 12, true), bitsPerSample: view.getUint16(offset + 22, true) };
    } else if (tag(offset) === 'data' && format) {
      // Streamed WAVs leave the size at its maximum: count the bytes actually there.
      const dataBytes = Math.min(size, bytes.length - offset - 8);
      const bytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
      return { ...format, durationSeconds: Math.round((dataBytes / bytesPerSecond) * 1000) / 1000 };
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}
