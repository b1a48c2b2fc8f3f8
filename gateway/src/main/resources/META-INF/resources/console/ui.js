// Small shared pieces of the screens: messages, busy buttons, periods and years.
import { h } from './dom.js';
import { t, label } from './i18n.js';

/** A short message in the corner (role=status, read out by screen readers); errors stay longer. */
export function toast(text, isError) {
  const box = document.getElementById('toast');
  const line = h(isError ? 'div.error' : 'div', text);
  box.append(line);
  setTimeout(() => line.remove(), isError ? 9000 : 4000);
}

/** Runs an action from a button: disabled while it runs, errors shown as the API's problem says. */
export function action(text, run, attrs) {
  const button = h('button', Object.assign({ type: 'button' }, attrs || {}), text);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try { await run(button); } catch (e) { toast(e.message || String(e), true); } finally { button.disabled = false; }
  });
  return button;
}

export const PERIODS = ['Q1', 'H1', 'Q3', 'ANNUAL'];
export const periodOptions = () => PERIODS.map(p => [p, label(p)]);

/** The latest reporting period whose usual deadline (4/10, 7/10, 10/10, 12/25) has passed this year; Q1 before that. */
/** Today in Asia/Shanghai, the calendar the deadlines are set in, whatever the browser's zone: {year, month, day}. */
function beijingToday(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now).reduce((o, p) => Object.assign(o, { [p.type]: Number(p.value) }), {});
  return { year: parts.year, month: parts.month, day: parts.day };
}
export function currentPeriod() {
  const today = beijingToday();
  const md = today.month * 100 + today.day;
  return md >= 1225 ? 'ANNUAL' : md >= 1010 ? 'Q3' : md >= 710 ? 'H1' : 'Q1';
}
export function currentYear() { return beijingToday().year; }

/** The page of a list the person is on (kept per list for the tab), 1 when none. */
export function pageOf(key) { return Number(sessionStorage.getItem('duban.page:' + key)) || 1; }

/** "第 p / n 页,共 t 条" with previous/next buttons when a list has more than one page; nothing otherwise. */
export function pager(page, key) {
  const p = page && page.pager;
  if (!p || p.pageCount <= 1) return p && p.total ? h('p.muted', t(`共 ${p.total} 条`, `${p.total} in all`)) : null;
  const go = (n) => () => { sessionStorage.setItem('duban.page:' + key, String(n)); refresh(); };
  return h('div.row.pager', h('span', t(`第 ${p.page} / ${p.pageCount} 页,共 ${p.total} 条`, `Page ${p.page} of ${p.pageCount}, ${p.total} in all`)),
    h('button.secondary', { type: 'button', disabled: p.page <= 1 || null, onclick: go(p.page - 1) }, t('上一页', 'Previous')),
    h('button.secondary', { type: 'button', disabled: p.page >= p.pageCount || null, onclick: go(p.page + 1) }, t('下一页', 'Next')));
}

/** A light as a coloured word (colour is never the only sign: the word says it). */
export function light(value) {
  return value ? h('span.light.light-' + value, '● ' + label(value)) : h('span.muted', t('无', 'none'));
}

export function units(list) { return (list || []).map(u => u.name || u).join('、'); }
export function percent(value) { return value == null ? '—' : `${Math.round(value * 10) / 10}%`; }
export function day(value) { return value ? String(value).slice(0, 10) : '—'; }
export function time(value) { return value ? String(value).replace('T', ' ').slice(0, 16) : '—'; }

/** Draws the current screen again (after an action changed what it shows). */
export function refresh() { window.dispatchEvent(new HashChangeEvent('hashchange')); }

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells; a leading BOM is dropped. */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
