// The console's shell: sign-in, the menu each role sees, routing by the URL's hash, notifications, password, and
// the live stream that refreshes the review queue and the to-do list.
import { h, mount, table, field } from './dom.js';
import { t, setLang, lang, label } from './i18n.js';
import * as api from './api.js';
import { toast, action, time, pageOf, pager } from './ui.js';
import * as office from './office.js';
import * as people from './people.js';

const main = () => document.getElementById('main');

/** Each role's menu: [hash, zh, en]; the first is where the role lands. */
function menu() {
  const items = [];
  if (api.hasRole('SUPERVISOR')) items.push(['#/plans', '计划与任务', 'Plans'], ['#/import', '导入文件', 'Import']);
  if (api.hasRole('UNIT_REPORTER', 'UNIT_HEAD')) items.push(['#/todo', '我的待办', 'My to-do'], ['#/work-plans', '工作方案', 'Work plans']);
  if (api.hasRole('LEADER')) items.push(['#/leader', '我的任务', 'My tasks']);
  if (api.hasRole('STATISTICIAN')) items.push(['#/board', '指标看板', 'Indicator board'], ['#/figures', '录入数据', 'Enter figures']);
  if (api.hasRole('ADMIN')) items.push(['#/audit', '操作审计', 'Audit'], ['#/plans', '计划与任务', 'Plans']);
  items.push(['#/notifications', '我的通知', 'Notifications'], ['#/password', '修改密码', 'Password']);
  const seen = new Set();
  return items.filter(([hash]) => !seen.has(hash) && seen.add(hash));
}

/** A screen only some roles use: others reaching it by its URL are told so instead of seeing controls they may not use. */
const only = (roles, screen) => (m) => api.hasRole(...roles) ? screen(m)
  : h('p.error#no-access', { role: 'alert' }, t('您的角色不使用此页面。', 'This page is not for your role.'));
const OFFICE = ['SUPERVISOR', 'ADMIN'];

const routes = [
  [/^#\/plans$/, only(OFFICE, () => office.plans())],
  [/^#\/import$/, only(['SUPERVISOR'], () => office.importer())],
  [/^#\/plan\/(\d+)(?:\/([\w-]+))?(?:\?.*)?$/, only(OFFICE, (m) => office.plan(m[1], m[2] || 'tasks'))],
  [/^#\/todo$/, only(['UNIT_REPORTER', 'UNIT_HEAD'], () => people.todo())],
  [/^#\/report\/(\d+)\/(\w+)$/, only(['UNIT_REPORTER', 'UNIT_HEAD'], (m) => people.report(m[1], m[2]))],
  [/^#\/work-plans$/, only(['UNIT_REPORTER', 'UNIT_HEAD'], () => people.workPlans())],
  [/^#\/leader$/, only(['LEADER'], () => people.leader())],
  [/^#\/board$/, only(['STATISTICIAN', 'SUPERVISOR', 'LEADER', 'ADMIN'], () => people.board())],
  [/^#\/figures$/, only(['STATISTICIAN'], () => people.figures())],
  [/^#\/audit$/, only(['ADMIN', 'SUPERVISOR'], () => people.audit())],
  [/^#\/notifications$/, () => notifications()],
  [/^#\/password$/, () => password()],
];

/** Renders the current route; a newer render (the hash changed meanwhile) wins over one still waiting for the API. */
let renderSeq = 0;
let lastRendered = null;
async function render() {
  const seq = ++renderSeq;
  if (!api.me()) return login();
  const hash = location.hash && location.hash !== '#' ? location.hash : menu()[0][0];
  if (hash !== location.hash) { location.replace(hash); return; }
  header();
  mount(document.getElementById('nav'), menu().map(([href, zh, en]) =>
    h('a', { href, 'aria-current': hash.startsWith(href) ? 'page' : null,
      // the screen already open: a click draws it again with fresh data
      onclick: (e) => { if (location.hash === href) { e.preventDefault(); render(); } } }, t(zh, en))));
  const route = routes.find(([pattern]) => pattern.test(hash));
  mount(main(), h('p.muted', t('加载中…', 'Loading…')));
  try {
    const view = route ? await route[1](hash.match(route[0])) : h('p', t('没有这个页面。', 'No such page.'));
    if (seq === renderSeq) {
      mount(main(), view);
      // a new screen: focus goes to it (screen readers read its heading); a live redraw keeps focus where it is
      if (lastRendered !== hash) main().focus({ preventScroll: true });
      lastRendered = hash;
    }
  } catch (e) {
    if (seq === renderSeq) mount(main(), h('p.error', { role: 'alert' }, t('无法加载:', 'Could not load: ') + (e.message || e)));
  }
}

function header() {
  const user = api.me();
  const count = h('span.badge#unread', { 'aria-label': t('未读通知', 'unread notifications') }, '0');
  mount(document.getElementById('top'),
    h('h1', t('政府工作报告目标任务督办系统', 'Duban — target task supervision')),
    h('div.who',
      h('span', `${user.name}(${user.roles.map(label).join('、')})`),
      h('a', { href: '#/notifications' }, t('通知 ', 'Notifications '), count),
      h('button', { type: 'button', onclick: () => { setLang(lang() === 'en' ? 'zh' : 'en'); render(); } }, lang() === 'en' ? '中文' : 'English'),
      h('button', { type: 'button', onclick: () => { api.signOut(); delete document.body.dataset.live; location.hash = ''; render(); } }, t('退出', 'Sign out'))));
  refreshUnread();
}

let unreadTimer = null;
/** The unread count, asked at most once a second however many events arrive (a sweep brings hundreds). */
function refreshUnreadSoon() {
  if (!unreadTimer) unreadTimer = setTimeout(() => { unreadTimer = null; refreshUnread(); }, 1000);
}

async function refreshUnread() {
  try {
    const answer = await api.get('/api/gateway/notifications/unread-count');
    const badge = document.getElementById('unread');
    if (badge) badge.textContent = String(answer.unread ?? 0);
  } catch (e) { /* the badge waits for the next event */ }
}

function login() {
  mount(document.getElementById('top'), h('h1', t('政府工作报告目标任务督办系统', 'Duban — target task supervision')),
    h('div.who', h('button', { type: 'button', onclick: () => { setLang(lang() === 'en' ? 'zh' : 'en'); login(); } }, lang() === 'en' ? '中文' : 'English')));
  mount(document.getElementById('nav'));
  const name = h('input', { name: 'login', autocomplete: 'username', required: true });
  const secret = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p.error', { role: 'alert' });
  const form = h('form.card', { 'aria-label': t('登录', 'Sign in') },
    h('h2', t('登录', 'Sign in')),
    h('div.row', field(t('用户名', 'Login'), name), field(t('密码', 'Password'), secret)),
    h('div.row', h('button', { type: 'submit' }, t('登录', 'Sign in'))), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      await api.signIn(name.value.trim(), secret.value);
      location.hash = '';
      live();
      render();
    } catch (e) { message.textContent = e.message; }
  });
  mount(main(), form);
  name.focus();
}

async function notifications() {
  const page = await api.get('/api/gateway/notifications', null, { pageSize: 50, page: pageOf('notifications') });
  return h('section', h('h2', t('我的通知', 'My notifications')), pager(page, 'notifications'),
    h('div.row', action(t('全部标为已读', 'Mark all read'), async () => { await api.post('/api/gateway/notifications/read-all'); render(); })),
    table([
      { label: t('时间', 'Time'), cell: n => time(n.createdAt) },
      { label: t('级别', 'Level'), cell: n => n.level ? label(n.level) : '' },
      { label: t('标题', 'Title'), cell: n => h(n.read ? 'span' : 'strong', n.title) },
      { label: t('内容', 'Body'), cell: n => n.body },
      { label: '', cell: n => n.read ? t('已读', 'read') : action(t('标为已读', 'Mark read'), async () => {
        await api.post('/api/gateway/notifications/{id}/read', { id: n.id }); render(); }, { class: 'secondary' }) },
    ], page.items, t('没有通知。', 'No notifications.')));
}

function password() {
  const current = h('input', { type: 'password', name: 'currentPassword', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', name: 'newPassword', autocomplete: 'new-password', minlength: 10, required: true });
  const status = h('p#password-status', { role: 'status' });
  const form = h('form.card', h('h2', t('修改密码', 'Change password')),
    h('div.row', field(t('当前密码', 'Current password'), current), field(t('新密码(至少10位)', 'New password (10+ characters)'), next)),
    h('button', { type: 'submit' }, t('保存', 'Save')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    status.className = '';
    status.setAttribute('role', 'status');
    try {
      await api.put('/api/auth/me/password', null, { currentPassword: current.value, newPassword: next.value });
      status.textContent = t('密码已修改,下次登录请使用新密码。', 'Password changed: use the new one next time you sign in.');
      form.reset();
    } catch (e) { status.textContent = e.message; status.className = 'error'; status.setAttribute('role', 'alert'); }
  });
  return form;
}

/**
 * The live stream: an event about reports, tasks, plans, urging or 补报 redraws the open review queue or to-do list; so
 * does the stream's opening (and every reopening), for what happened before it was connected (body[data-live] says it
 * is open). Never while someone is typing there: then a button offers the update instead.
 */
const LIVE_SCREENS = [/^#\/plan\/\d+\/review$/, /^#\/todo$/, /^#\/report\/\d+\/\w+$/];
const LIVE_EVENTS = /report|task|plan|urg|overdue|reminder|late-submission|work-plan/i;
let refreshTimer = null;
function editing() {
  const active = document.activeElement;
  const typing = active && main().contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
  const filled = [...main().querySelectorAll('input[name=reason], textarea')].some(e => e.value.trim());
  return typing || filled;
}
function live() {
  api.listen((type) => {
    const opened = type === 'duban.gateway.stream-opened';
    if (opened) document.body.dataset.live = 'open';
    refreshUnreadSoon();
    if (!(opened || LIVE_EVENTS.test(type)) || !LIVE_SCREENS.some(r => r.test(location.hash))) return;
    clearTimeout(refreshTimer);
    const hash = location.hash;
    refreshTimer = setTimeout(() => {
      if (location.hash !== hash) return;
      if (!editing()) { render(); return; }
      if (!document.getElementById('live-update')) {
        main().prepend(h('p#live-update', { role: 'status' }, t('有新的变化。', 'Something changed. '),
          h('button.secondary', { type: 'button', onclick: render }, t('刷新', 'Refresh'))));
      }
    }, 400);
  });
}

window.addEventListener('hashchange', () => { clearTimeout(refreshTimer); render(); });
// the skip link moves focus to the content; it is no route
document.querySelector('.skip').addEventListener('click', (e) => { e.preventDefault(); main().focus(); });
window.addEventListener('duban:signed-out', () => { toast(t('登录已过期,请重新登录。', 'Signed out: please sign in again.'), true); render(); });
document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
export { render };
render();
