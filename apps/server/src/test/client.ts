import type { App } from '../app.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const isRaw = (body: unknown): body is string | Buffer => typeof body === 'string' || Buffer.isBuffer(body);

export interface Response<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

/**
 * Talks to the app like a browser does: keeps cookies, repeats the CSRF cookie in the header,
 * sends Accept-Language. `bearer` makes it an API client instead.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: App,
    readonly options: { locale?: string; bearer?: string } = {},
  ) {}

  async request<T = any>(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    if (!this.cookies.has('karvan_csrf') && method !== 'GET' && !this.options.bearer)
      await this.request('GET', '/api/health');
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.options.locale ? { 'accept-language': this.options.locale } : {}),
        ...(cookie ? { cookie } : {}),
        ...(this.cookies.has('karvan_csrf') ? { 'x-csrf-token': this.cookies.get('karvan_csrf')! } : {}),
        ...(this.options.bearer ? { authorization: `Bearer ${this.options.bearer}` } : {}),
        ...(body !== undefined && !isRaw(body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: isRaw(body) ? body : JSON.stringify(body) } : {}),
    });
    for (const c of response.cookies) {
      if (
        c.value === '' ||
        (c.maxAge !== undefined && c.maxAge <= 0) ||
        (c.expires && c.expires.getTime() < Date.now())
      ) {
        this.cookies.delete(c.name);
      } else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = response.body;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      // not JSON
    }
    return { status: response.statusCode, headers: response.headers, body: parsed as T, text: response.body };
  }

  get = <T = any>(url: string, headers?: Record<string, string>) =>
    this.request<T>('GET', url, undefined, headers);
  post = <T = any>(url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('POST', url, body ?? {}, headers);
  put = <T = any>(url: string, body?: unknown) => this.request<T>('PUT', url, body ?? {});
  patch = <T = any>(url: string, body?: unknown) => this.request<T>('PATCH', url, body ?? {});
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);

  /** A multipart/form-data POST, as a browser sends a form with a file (fields first, in order). */
  upload = <T = any>(
    url: string,
    fields: Record<string, string>,
    file?: { name: string; content: Buffer | string },
  ) => {
    const boundary = `----karvan${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    if (file) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
        Buffer.from('\r\n'),
      );
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request<T>('POST', url, Buffer.concat(parts), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
  };

  hasCookie = (name: string) => this.cookies.has(name);
  cookie = (name: string) => this.cookies.get(name);
}
