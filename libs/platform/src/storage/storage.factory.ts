import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../config/config';
import { FileStorage } from './file-storage';
import type { S3Storage } from './s3-storage';
import type { Storage } from './storage';

/** The Storage named by STORAGE_URL: `file://<dir>` or `s3://<bucket>/<prefix>` (AWS_* and S3_ENDPOINT from env). */
export function createStorage(
  config: Pick<AppConfig, 'storageUrl'>,
  env: Record<string, string | undefined> = process.env,
): Storage {
  const url = new URL(config.storageUrl);
  switch (url.protocol) {
    case 'file:': {
      const rest = config.storageUrl.slice('file://'.length);
      // file:///abs/dir is the normal form; file://./dir or file://dir read as relative to the cwd.
      return new FileStorage(rest.startsWith('/') ? fileURLToPath(url) : resolve(decodeURIComponent(rest)));
    }
    case 's3:': {
      if (!url.hostname) throw new Error(`STORAGE_URL: no bucket in "${config.storageUrl}"`);
      const endpoint = env.S3_ENDPOINT?.trim() || undefined;
      // Loaded here, not at the top: an API on file storage never carries the AWS SDK (20 MB).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { S3Storage: S3 } = require('./s3-storage') as { S3Storage: typeof S3Storage };
      return new S3({
        bucket: url.hostname,
        prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ''),
        endpoint,
        region: env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || 'us-east-1',
      });
    }
    default:
      throw new Error(`STORAGE_URL: unsupported protocol "${url.protocol}"`);
  }
}
