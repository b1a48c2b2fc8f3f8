// The console's one way to the public API: every call names its OpenAPI path template (checked against the merged
// document by the gateway's ConsoleContractTest). The token lives in this module's memory only — never in
// web storage or a cookie — so a reload asks to sign in again.
import { lang } from './i18n.js';

let session = null;

/** The signed-in person ({login, roles, regionCode, unitId, name}) or null. */
export function me() { return session && session.user; }
export function hasRole(...roles) { return !!session && roles.some(r => session.user.roles.includes(r)); }
export function signOut() {
  if (session && session.stream) session.stream.abort();
  session = null;
}

/** A failed call: status, the problem document (RFC 9457) and a message for people. */
export class ApiError extends Error {
  constructor(status, problem) {
    const violations = (problem && problem.violations || []).map(v => `${v.field}: ${v.message}`).join('; ');
    // the detail usually names the violations already: they are added only when it does not
    const detail = problem && (problem.detail || problem.title);
    const text = detail && violations && !detail.includes(problem.violations[0].message) ? `${detail} — ${violations}` : (detail || violations);
    super(text || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function expand(template, params) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    if (params == null || params[name] == null) throw new Error(`missing path parameter ${name} of ${template}`);
    return encodeURIComponent(params[name]);
  });
}

function query(q) {
  const parts = Object.entries(q || {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return parts.length ? '?' + new URLSearchParams(parts.map(([k, v]) => [k, String(v)])).toString() : '';
}

/**
 * One call: method, path template (such as /api/tasks/plans/{id}), path params, {query, body, accept, contentType}.
 * JSON answers are parsed; other types come back as a Blob. Throws ApiError with the problem on 4xx/5xx.
 */
export async function call(method, template, params, options = {}) {
  const headers = { 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN', Accept: options.accept || 'application/json' };
  if (session) headers.Authorization = 'Bearer ' + session.token;
  let body = options.body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    headers['Content-Type'] = options.contentType || 'text/plain; charset=UTF-8';
  }
  const response = await fetch(expand(template, params) + query(options.query), { method, headers, body });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = null;
    try { problem = type.includes('json') ? await response.json() : { detail: await response.text() }; } catch (e) { /* empty */ }
    if (response.status === 401 && session && !/^\/api\/auth\//.test(template)) {
      session = null;
      window.dispatchEvent(new Event('duban:signed-out'));
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json();
  if (type.startsWith('text/') && !options.blob) return response.text();
  return response.blob();
}

export const get = (template, params, q, options) => call('GET', template, params, Object.assign({ query: q }, options));
export const post = (template, params, body, q) => call('POST', template, params, { body, query: q });
export const put = (template, params, body, q) => call('PUT', template, params, { body, query: q });
export const del = (template, params, q) => call('DELETE', template, params, { query: q });

/** Signs in with the embedded login; keeps the token in memory. */
export async function signIn(login, password) {
  const answer = await call('POST', '/api/auth/login', null, { body: { login, password } });
  session = { token: answer.accessToken, user: { login: answer.login, roles: answer.roles || [], regionCode: answer.regionCode,
    unitId: answer.unitId, name: answer.name || answer.login } };
  return session.user;
}

/**
 * The live event stream (SSE through fetch, so the bearer token goes in a header, not the URL): calls onEvent(type,
 * data) for each event; reconnects with Last-Event-ID after a drop. It belongs to the session that opened it: signing
 * out aborts it at once, and a 401 (the token expired) signs out instead of retrying.
 */
export async function listen(onEvent) {
  const mine = session;
  if (!mine) return;
  const abort = new AbortController();
  mine.stream = abort;
  let lastId = null;
  while (session === mine) {
    try {
      const headers = { Authorization: 'Bearer ' + mine.token, Accept: 'text/event-stream' };
      if (lastId) headers['Last-Event-ID'] = lastId;
      const response = await fetch(expand('/api/gateway/events'), { headers, signal: abort.signal });
      if (response.status === 401) {
        if (session === mine) { session = null; window.dispatchEvent(new Event('duban:signed-out')); }
        return;
      }
      if (!response.ok || !response.body) throw new Error('stream ' + response.status);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done || session !== mine) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let type = 'message', id = null;
          const data = [];
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (name === 'event') type = value;
            else if (name === 'data') data.push(value);
            else if (name === 'id') id = value;
          }
          if (id) lastId = id;
          if (data.length || type !== 'message') onEvent(type, data.join('\n'));
        }
      }
    } catch (e) { /* dropped or aborted: resume unless signed out */ }
    if (session !== mine) return;
    await new Promise(resolve => setTimeout(resolve, 3000));
  }
}

/** Downloads an answer (XLSX, HTML …) with the token, as a file named `name`. */
export async function download(template, params, q, accept, name) {
  const blob = await call('GET', template, params, { query: q, accept, blob: true });
  const url = URL.createObjectURL(blob instanceof Blob ? blob : new Blob([blob]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
