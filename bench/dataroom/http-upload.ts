import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';

const MiB = 1024 * 1024;

/** Streams a multipart/form-data body: the `file` part's header, `content`, then the closing boundary. */
function multipartBody(boundary: string, fileName: string, content: Readable): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      );
      for await (const chunk of content) yield chunk as Buffer;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    })(),
  );
}

/**
 * Uploads `size` bytes from `content` to POST {baseUrl}/api/v1/opportunities/{id}/dataroom/documents
 * with a bearer token, streaming (never held in memory), and says how it went. Probes the room
 * first with GET …/dataroom: when the route does not exist yet (`route.not_found`) or the room is
 * not reachable, it returns why instead of uploading.
 */
export async function uploadOverHttp(
  baseUrl: string,
  token: string,
  opportunityId: string,
  size: number,
  content: Readable,
): Promise<string> {
  const room = `${baseUrl.replace(/\/+$/, '')}/api/v1/opportunities/${encodeURIComponent(opportunityId)}/dataroom`;
  const headers = { authorization: `Bearer ${token}` };
  const probe = await fetch(room, { headers });
  if (!probe.ok) {
    const body = (await probe.json().catch(() => ({}))) as { code?: string };
    content.destroy();
    return `skipped: GET dataroom answered ${probe.status} ${body.code ?? ''}`.trim();
  }
  const boundary = `karvan-bench-${Date.now().toString(36)}`;
  const start = performance.now();
  const response = await fetch(`${room}/documents`, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Readable.toWeb(multipartBody(boundary, 'survey-1gib.dat', content)) as ReadableStream,
    // Node's fetch needs half-duplex for a streamed request body.
    duplex: 'half',
  } as RequestInit);
  const seconds = (performance.now() - start) / 1000;
  const text = await response.text();
  return (
    `HTTP ${response.status} in ${seconds.toFixed(1)} s (${(size / MiB / seconds).toFixed(0)} MiB/s); ` +
    `client RSS ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB; ${text.slice(0, 200)}`
  );
}
