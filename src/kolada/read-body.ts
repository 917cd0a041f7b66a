/** Why a body was not read whole. */
export type BodyProblem = 'too-large';

/**
 * Reads a response body up to `maxBytes`, counting bytes as they arrive: a server that sends more
 * (or a Content-Length above the limit) is cut off and the stream cancelled, so a hostile or broken
 * server cannot fill memory.
 */
export async function readBody(response: Response, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: BodyProblem }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: 'too-large' };
  }
  if (!response.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, problem: 'too-large' };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
