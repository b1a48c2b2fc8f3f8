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
export function currentPeriod(today = new Date()) {
  const md = (today.getMonth() + 1) * 100 + today.getDate();
  return md >= 1225 ? 'ANNUAL' : md >= 1010 ? 'Q3' : md >= 710 ? 'H1' : 'Q1';
}
export function currentYear() { return new Date().getFullYear(); }

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
