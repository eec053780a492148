import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataroomApi, postPageTime } from './dataroom.api.ts';

/** Just enough of XMLHttpRequest to see what apiUpload sends and to answer it. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  private listeners: Record<string, () => void> = {};
  upload = { addEventListener: () => undefined };
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners[type] = listener;
  }
  getResponseHeader() {
    return 'application/json';
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.last = this;
    this.status = 201;
    this.responseText = JSON.stringify({ id: 'doc-1' });
    queueMicrotask(() => this.listeners.load?.());
  }
}

beforeEach(() => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('document', { cookie: 'karvan_csrf=token-1' });
});
afterEach(() => vi.unstubAllGlobals());

describe('dataroomApi.upload', () => {
  it('sends the file as multipart with the folder path and the CSRF header', async () => {
    const file = new File(['%PDF-1.7'], 'site.pdf', { type: 'application/pdf' });
    const answer = await dataroomApi.upload('opp-1', file, {
      folderId: 'folder-9',
      folderPath: 'Plans/2024',
    });
    const request = FakeXhr.last!;
    expect(answer).toEqual({ id: 'doc-1' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/opportunities/opp-1/dataroom/documents');
    expect(request.headers['x-csrf-token']).toBe('token-1');
    expect(request.body?.get('folder')).toBe('Plans/2024');
    expect(request.body?.get('folderId')).toBe('folder-9');
    // The fields come before the file: the server streams the file and must know its folder first.
    expect([...(request.body?.keys() ?? [])]).toEqual(['folderId', 'folder', 'file']);
    expect((request.body?.get('file') as File | undefined)?.name).toBe('site.pdf');
  });

  it('names the folder by id for a loose file', async () => {
    await dataroomApi.upload('opp-1', new File(['x'], 'a.pdf'), { folderId: 'folder-9' });
    expect(FakeXhr.last?.body?.get('folderId')).toBe('folder-9');
    expect(FakeXhr.last?.body?.get('folder')).toBeNull();
  });
});

describe('postPageTime', () => {
  it('posts whole milliseconds with the CSRF header and keepalive', () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    postPageTime('doc-1', 2, 1234.6, true);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/dataroom/documents/doc-1/pages/2/time');
    expect(init.keepalive).toBe(true);
    expect(init.headers['x-csrf-token']).toBe('token-1');
    expect(JSON.parse(init.body)).toEqual({ ms: 1235 });
  });
});
