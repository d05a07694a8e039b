/**
 * A scripted browser for end-to-end sign-in tests: fetch with a cookie jar, redirects followed
 * one by one (so a test can stop at, inspect or tamper with any hop), and HTML forms submitted
 * the way a browser would. SameSite is not enforced: every navigation here is top-level.
 */

export interface StoredCookie {
  name: string;
  value: string;
  /** Lower-case host (host-only) or domain. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** Epoch ms; null for a session cookie. */
  expiresAt: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
}

/** Cookies per RFC 6265: by host (ports do not separate cookies) and path. */
export class CookieJar {
  private cookies: StoredCookie[] = [];

  /** Stores the Set-Cookie headers of a response to url. */
  store(url: URL, setCookies: string[]): void {
    for (const header of setCookies) this.storeOne(url, header);
  }

  /** Sets a cookie as if url had answered `Set-Cookie: <header>` (tests forging or moving cookies). */
  set(url: string | URL, header: string): void {
    this.storeOne(new URL(url), header);
  }

  /** The Cookie header a browser would send to url, or undefined. */
  headerFor(url: URL): string | undefined {
    const now = Date.now();
    this.cookies = this.cookies.filter((c) => c.expiresAt === null || c.expiresAt > now);
    const matching = this.cookies
      .filter((c) => domainMatches(url.hostname.toLowerCase(), c) && pathMatches(url.pathname, c.path))
      .filter((c) => !c.secure || url.protocol === 'https:')
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  /** The cookie of this name that would be sent to url (or any of that name when url is omitted). */
  get(name: string, url?: string | URL): StoredCookie | undefined {
    const now = Date.now();
    const u = url === undefined ? null : new URL(url);
    return this.cookies
      .filter((c) => c.name === name && (c.expiresAt === null || c.expiresAt > now))
      .filter((c) => !u || (domainMatches(u.hostname.toLowerCase(), c) && pathMatches(u.pathname, c.path)))
      .sort((a, b) => b.path.length - a.path.length)[0];
  }

  all(): StoredCookie[] {
    return [...this.cookies];
  }

  clear(): void {
    this.cookies = [];
  }

  private storeOne(url: URL, header: string): void {
    const [pair, ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const cookie: StoredCookie = {
      name: pair.slice(0, eq).trim(),
      value: pair.slice(eq + 1).trim(),
      domain: url.hostname.toLowerCase(),
      hostOnly: true,
      path: defaultPath(url.pathname),
      expiresAt: null,
      secure: false,
      httpOnly: false,
      sameSite: null,
    };
    let maxAge: number | null = null;
    for (const attribute of attributes) {
      const at = attribute.indexOf('=');
      const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
      const value = at < 0 ? '' : attribute.slice(at + 1).trim();
      if (key === 'path' && value.startsWith('/')) cookie.path = value;
      else if (key === 'domain' && value) {
        const domain = value.replace(/^\./, '').toLowerCase();
        const host = url.hostname.toLowerCase();
        if (host !== domain && !host.endsWith(`.${domain}`)) return; // another site's cookie: refused
        cookie.domain = domain;
        cookie.hostOnly = false;
      } else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
      else if (key === 'expires' && maxAge === null) {
        const t = Date.parse(value);
        if (!Number.isNaN(t)) cookie.expiresAt = t;
      } else if (key === 'secure') cookie.secure = true;
      else if (key === 'httponly') cookie.httpOnly = true;
      else if (key === 'samesite') cookie.sameSite = value;
    }
    if (maxAge !== null) cookie.expiresAt = Date.now() + maxAge * 1000;
    this.cookies = this.cookies.filter(
      (c) => !(c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path),
    );
    if (cookie.expiresAt === null || cookie.expiresAt > Date.now()) this.cookies.push(cookie);
  }
}

function domainMatches(host: string, cookie: StoredCookie): boolean {
  return cookie.hostOnly
    ? host === cookie.domain
    : host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function defaultPath(path: string): string {
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}

/** One page a navigation ended on, or the URL it was stopped at before requesting it. */
export interface Page {
  url: URL;
  /** 0 when the navigation stopped before requesting url. */
  status: number;
  headers: Headers;
  body: string;
  /** Whether stopAt stopped the navigation (url was not requested). */
  stopped: boolean;
  /** Every URL requested on the way, in order. */
  visited: URL[];
}

export interface HtmlForm {
  id: string | null;
  action: URL;
  method: 'GET' | 'POST';
  /** Successful controls: hidden, text and checked inputs, textareas (not buttons). */
  fields: Record<string, string>;
  /** Named submit buttons of the form, as name → value. */
  buttons: { name: string; value: string }[];
}

export interface NavigateOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** Stops before requesting the next URL of a redirect chain when this returns true. */
  stopAt?: (next: URL) => boolean;
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class Browser {
  readonly jar = new CookieJar();

  constructor(private readonly defaults: { headers?: Record<string, string> } = {}) {}

  /** One request: cookies sent and stored, redirects not followed. */
  async fetch(
    url: string | URL,
    init: { method?: string; headers?: Record<string, string>; body?: string | URLSearchParams } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = {
      'user-agent': 'cop-test-browser/1.0',
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      ...this.defaults.headers,
      ...init.headers,
    };
    const cookie = this.jar.headerFor(target);
    if (cookie) headers.cookie = cookie;
    let body = init.body;
    if (body instanceof URLSearchParams) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
      body = body.toString();
    }
    const res = await fetch(target, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    this.jar.store(target, res.headers.getSetCookie());
    return res;
  }

  /** Requests url and follows redirects as a browser does, until a page that is not a redirect (or stopAt). */
  async navigate(url: string | URL, opts: NavigateOptions = {}): Promise<Page> {
    let current = new URL(url);
    let method = opts.method ?? 'GET';
    let body = opts.body;
    const visited: URL[] = [];
    for (let hop = 0; hop <= (opts.maxRedirects ?? 20); hop++) {
      if (hop > 0 && opts.stopAt?.(current)) {
        return { url: current, status: 0, headers: new Headers(), body: '', stopped: true, visited };
      }
      visited.push(current);
      const res = await this.fetch(current, { method, headers: opts.headers, body });
      const location = res.headers.get('location');
      if (!REDIRECTS.has(res.status) || !location) {
        return {
          url: current,
          status: res.status,
          headers: res.headers,
          body: await res.text(),
          stopped: false,
          visited,
        };
      }
      await res.arrayBuffer();
      current = new URL(location, current);
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
    }
    throw new Error(`Too many redirects from ${String(url)}`);
  }

  /** The forms of a page, with their actions resolved against the page's URL. */
  forms(page: Page): HtmlForm[] {
    return parseForms(page.body, page.url);
  }

  /** Submits a form with its fields, overridden by values, as if the submitter button were pressed. */
  submit(
    form: HtmlForm,
    values: Record<string, string> = {},
    opts: Pick<NavigateOptions, 'stopAt' | 'headers'> & { submitter?: { name: string; value: string } } = {},
  ): Promise<Page> {
    const data = new URLSearchParams({ ...form.fields, ...values });
    if (opts.submitter) data.append(opts.submitter.name, opts.submitter.value);
    if (form.method === 'GET') {
      const target = new URL(form.action);
      target.search = data.toString();
      return this.navigate(target, opts);
    }
    return this.navigate(form.action, { ...opts, method: 'POST', body: data });
  }
}

/** A small HTML form parser: enough for server-rendered sign-in pages, not a DOM. */
export function parseForms(html: string, base: URL): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi)) {
    const attrs = parseAttributes(match[1]);
    const inner = match[2];
    const id = attrs.id ?? null;
    const fields: Record<string, string> = {};
    const buttons: { name: string; value: string }[] = [];
    for (const input of inner.matchAll(/<input\b([^>]*)>/gi)) {
      const a = parseAttributes(input[1]);
      const type = (a.type ?? 'text').toLowerCase();
      if (!a.name || 'disabled' in a) continue;
      if (type === 'submit' || type === 'image') buttons.push({ name: a.name, value: a.value ?? '' });
      else if (type === 'checkbox' || type === 'radio') {
        if ('checked' in a) fields[a.name] = a.value ?? 'on';
      } else if (type !== 'button' && type !== 'reset' && type !== 'file') fields[a.name] = a.value ?? '';
    }
    for (const area of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea\s*>/gi)) {
      const a = parseAttributes(area[1]);
      if (a.name) fields[a.name] = decodeEntities(area[2]);
    }
    const buttonPattern = /<button\b([^>]*)>/gi;
    for (const button of inner.matchAll(buttonPattern)) {
      const a = parseAttributes(button[1]);
      if (a.name && (a.type ?? 'submit').toLowerCase() === 'submit')
        buttons.push({ name: a.name, value: a.value ?? '' });
    }
    // Buttons elsewhere on the page that name this form (form="id").
    if (id) {
      for (const button of html.matchAll(buttonPattern)) {
        const a = parseAttributes(button[1]);
        if (a.form === id && a.name) buttons.push({ name: a.name, value: a.value ?? '' });
      }
    }
    forms.push({
      id,
      action: new URL(attrs.action || base.href, base),
      method: (attrs.method ?? 'GET').toUpperCase() === 'POST' ? 'POST' : 'GET',
      fields,
      buttons,
    });
  }
  return forms;
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}
