/**
 * The one error type of `window.api`, thrown by the preload and by the
 * in-memory preview API alike. Kept free of zod so the sandboxed preload can
 * import it. Electron's context bridge passes only an error's message to the
 * page, so the code travels at the start of the message ("[code] text") and
 * `IpcError.from` rebuilds the same error on the page's side.
 */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'internal';

const CODES: readonly IpcErrorCode[] = ['invalid-payload', 'forbidden-sender', 'internal'];
const PREFIX = /^\[([a-z-]+)\] /;

export class IpcError extends Error {
  constructor(
    public readonly code: IpcErrorCode,
    message: string,
  ) {
    super(`[${code}] ${message.replace(PREFIX, '')}`);
    this.name = 'IpcError';
  }

  /** Whatever a call rejected with, as an IpcError (an unknown failure is `internal`). */
  static from(error: unknown): IpcError {
    if (error instanceof IpcError) return error;
    const message = error instanceof Error ? error.message : String(error);
    // The bridge may prefix "Error invoking remote method …: "; look for the code anywhere at a word start.
    const match = /\[([a-z-]+)\] /.exec(message);
    const code = CODES.find((c) => c === match?.[1]) ?? 'internal';
    return new IpcError(code, match ? message.slice(match.index + match[0].length) : message);
  }
}
