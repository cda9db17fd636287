// What POST /artifacts accepts: a size (UPLOAD_MAX_BYTES), media types (UPLOAD_TYPES, matched
// against the type sniffed from the bytes, never the declared one), and the header checks every
// task input gets (MAX_IMAGE_PIXELS, MAX_AUDIO_SECONDS), so a file that no task could use is
// refused at the door.
import { AppError, TaskFailure } from '../pipeline/errors.js';
import type { Media } from '../pipeline/types.js';

export interface UploadPolicy {
  maxBytes: number;
  /** Media types or families (`image/*`). */
  types: string[];
}

export function uploadPolicy(config: { UPLOAD_MAX_BYTES: number; UPLOAD_TYPES: string }): UploadPolicy {
  return {
    maxBytes: config.UPLOAD_MAX_BYTES,
    types: config.UPLOAD_TYPES.split(',').map((type) => type.trim().toLowerCase()).filter(Boolean),
  };
}

const allows = (types: string[], mime: string) => types.some((type) => type === mime || (type.endsWith('/*') && mime.startsWith(type.slice(0, -1))));

/** Throws the 413/415/400 an upload deserves, or returns when it may be stored. */
export async function admitUpload(media: Media, policy: UploadPolicy, checkMedia: (media: Media) => Promise<void>): Promise<void> {
  if (media.bytes.length > policy.maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file has ${media.bytes.length} bytes; uploads are limited to ${policy.maxBytes} (UPLOAD_MAX_BYTES).`);
  }
  if (!allows(policy.types, media.mime)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Uploads of ${media.mime} are not accepted; accepted: ${policy.types.join(', ')} (UPLOAD_TYPES).`);
  }
  try {
    await checkMedia(media);
  } catch (error) {
    if (!(error instanceof TaskFailure)) throw error;
    throw new AppError(error.code === 'RESOURCE_TOO_LARGE' ? 'RESOURCE_TOO_LARGE' : 'VALIDATION_FAILED', `The file is refused: ${error.message}.`);
  }
}
