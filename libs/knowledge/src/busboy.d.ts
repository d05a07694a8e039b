// Minimal typings of busboy (installed with multer; it ships none).
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  interface FileInfo {
    filename: string | undefined;
    encoding: string;
    mimeType: string;
  }
  interface BusboyConfig {
    headers: IncomingHttpHeaders;
    limits?: { files?: number; fields?: number; fieldSize?: number; parts?: number; fileSize?: number };
    defParamCharset?: string;
  }
  interface Busboy extends Writable {
    on(event: 'file', listener: (name: string, stream: Readable, info: FileInfo) => void): this;
    on(event: 'close' | 'finish', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  function busboy(config: BusboyConfig): Busboy;
  export = busboy;
}
