// How long an audio file lasts, read from its header or container without decoding it: WAV (data
// size / byte rate), FLAC (STREAMINFO), Ogg Vorbis and Opus (last granule position), MP3 (Xing,
// Info or VBRI frame count, else the first frame's bit rate), MP4 (mvhd) and WebM/Matroska
// (Segment Info). Undefined when the file does not say.

type Reader = (bytes: Buffer) => number | undefined;

const ascii = (bytes: Buffer, offset: number, text: string) => bytes.toString('latin1', offset, offset + text.length) === text;

const CONTAINERS: Array<{ matches: (bytes: Buffer) => boolean; duration: Reader }> = [
  { matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE'), duration: wavDuration },
  { matches: (b) => ascii(b, 0, 'fLaC'), duration: flacDuration },
  { matches: (b) => ascii(b, 0, 'OggS'), duration: oggDuration },
  { matches: (b) => ascii(b, 4, 'ftyp'), duration: mp4Duration },
  { matches: (b) => b.readUInt32BE(0) === 0x1a45dfa3, duration: matroskaDuration },
  { matches: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0), duration: mp3Duration },
];

export function audioDurationSeconds(data: Uint8Array): number | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 12) return undefined;
  try {
    const seconds = CONTAINERS.find((container) => container.matches(bytes))?.duration(bytes);
    return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  } catch {
    return undefined; // a truncated header: the duration is unknown, the expert will judge the file
  }
}

function wavDuration(bytes: Buffer): number | undefined {
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = bytes.readUInt32LE(offset + 16);
    if (id === 'data' && byteRate > 0) {
      // Streaming writers leave the size at 0 or 0xFFFFFFFF: then the rest of the file is the data.
      const dataBytes = size === 0 || size === 0xffffffff ? bytes.length - offset - 8 : size;
      return dataBytes / byteRate;
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

function flacDuration(bytes: Buffer): number | undefined {
  // STREAMINFO is the first metadata block: 20 bits of sample rate, then 3 + 5 bits, then 36 bits of total samples.
  if ((bytes[4]! & 0x7f) !== 0) return undefined;
  const info = 8;
  const sampleRate = (bytes[info + 10]! << 12) | (bytes[info + 11]! << 4) | (bytes[info + 12]! >> 4);
  const totalSamples = (bytes[info + 13]! & 0x0f) * 2 ** 32 + bytes.readUInt32BE(info + 14);
  return sampleRate > 0 && totalSamples > 0 ? totalSamples / sampleRate : undefined;
}

function oggDuration(bytes: Buffer): number | undefined {
  const firstPacket = 27 + bytes[26]!;
  let rate: number;
  let preSkip = 0;
  if (ascii(bytes, firstPacket, '\x01vorbis')) rate = bytes.readUInt32LE(firstPacket + 12);
  else if (ascii(bytes, firstPacket, 'OpusHead')) {
    rate = 48_000; // Opus granule positions count 48 kHz samples whatever the input rate
    preSkip = bytes.readUInt16LE(firstPacket + 10);
  } else return undefined;
  if (rate <= 0) return undefined;
  // The last page that ends a packet holds the stream's length; -1 marks pages that end none.
  for (let page = bytes.lastIndexOf('OggS', bytes.length - 27, 'latin1'); page >= 0; page = page > 0 ? bytes.lastIndexOf('OggS', page - 1, 'latin1') : -1) {
    const granule = bytes.readBigUInt64LE(page + 6);
    if (granule !== 0xffffffffffffffffn) return Number(granule) > preSkip ? (Number(granule) - preSkip) / rate : undefined;
  }
  return undefined;
}

/** Walks sibling boxes in [start, end) and returns the offset and size of the first of `type`. */
function findBox(bytes: Buffer, start: number, end: number, type: string): { data: number; end: number } | undefined {
  for (let offset = start; offset + 8 <= end; ) {
    let size = bytes.readUInt32BE(offset);
    let header = 8;
    if (size === 1) {
      size = Number(bytes.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) size = end - offset;
    if (size < header) return undefined;
    if (ascii(bytes, offset + 4, type)) return { data: offset + header, end: Math.min(end, offset + size) };
    offset += size;
  }
  return undefined;
}

function mp4Duration(bytes: Buffer): number | undefined {
  const moov = findBox(bytes, 0, bytes.length, 'moov');
  const mvhd = moov && findBox(bytes, moov.data, moov.end, 'mvhd');
  if (!mvhd) return undefined;
  const version = bytes[mvhd.data]!;
  const [timescale, duration] =
    version === 1
      ? [bytes.readUInt32BE(mvhd.data + 20), Number(bytes.readBigUInt64BE(mvhd.data + 24))]
      : [bytes.readUInt32BE(mvhd.data + 12), bytes.readUInt32BE(mvhd.data + 16)];
  return timescale > 0 ? duration / timescale : undefined;
}

/** An EBML variable-length integer at `offset`: its value (marker bit removed unless `keepMarker`) and length. */
function vint(bytes: Buffer, offset: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = bytes[offset]!;
  const length = first === 0 ? 9 : Math.clz32(first) - 23;
  if (length > 8) throw new Error('bad EBML length');
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[offset + i]!;
    allOnes &&= bytes[offset + i] === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function matroskaDuration(bytes: Buffer): number | undefined {
  const SEGMENT = 0x18538067;
  const INFO = 0x1549a966;
  const children = function* (start: number, end: number) {
    for (let offset = start; offset < end && offset < bytes.length; ) {
      const id = vint(bytes, offset, true);
      const size = vint(bytes, offset + id.length, false);
      const data = offset + id.length + size.length;
      const stop = size.unknown ? end : data + size.value;
      yield { id: id.value, data, end: stop };
      offset = stop;
    }
  };
  for (const top of children(0, bytes.length)) {
    if (top.id !== SEGMENT) continue;
    for (const element of children(top.data, top.end)) {
      if (element.id !== INFO) continue;
      let scale = 1_000_000; // TimecodeScale: nanoseconds per tick
      let ticks: number | undefined;
      for (const field of children(element.data, element.end)) {
        if (field.id === 0x2ad7b1) scale = bytes.readUIntBE(field.data, field.end - field.data);
        if (field.id === 0x4489) ticks = field.end - field.data === 4 ? bytes.readFloatBE(field.data) : bytes.readDoubleBE(field.data);
      }
      return ticks === undefined ? undefined : (ticks * scale) / 1e9;
    }
  }
  return undefined;
}

const MP3_BITRATES: Record<string, number[]> = {
  // kbit/s by index, for MPEG-1 layer III and MPEG-2/2.5 layer III
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = { 3: [44_100, 48_000, 32_000], 2: [22_050, 24_000, 16_000], 0: [11_025, 12_000, 8_000] };

function mp3Duration(bytes: Buffer): number | undefined {
  let offset = 0;
  if (ascii(bytes, 0, 'ID3')) offset = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!);
  while (offset + 4 <= bytes.length && !(bytes[offset] === 0xff && (bytes[offset + 1]! & 0xe0) === 0xe0)) offset++;
  if (offset + 4 > bytes.length) return undefined;
  const header = bytes.readUInt32BE(offset);
  const version = (header >> 19) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  if (((header >> 17) & 3) !== 1 || version === 1) return undefined; // layer III only
  const sampleRate = MP3_RATES[version]?.[(header >> 10) & 3];
  const bitrate = MP3_BITRATES[version === 3 ? 'v1' : 'v2']![(header >> 12) & 15];
  if (!sampleRate || !bitrate) return undefined;
  const samplesPerFrame = version === 3 ? 1152 : 576;
  const mono = ((header >> 6) & 3) === 3;
  const xing = offset + 4 + (version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17);
  if ((ascii(bytes, xing, 'Xing') || ascii(bytes, xing, 'Info')) && bytes.readUInt32BE(xing + 4) & 1) {
    return (bytes.readUInt32BE(xing + 8) * samplesPerFrame) / sampleRate;
  }
  if (ascii(bytes, offset + 36, 'VBRI')) return (bytes.readUInt32BE(offset + 36 + 14) * samplesPerFrame) / sampleRate;
  return ((bytes.length - offset) * 8) / (bitrate * 1000); // constant bit rate
}
