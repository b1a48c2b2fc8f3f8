// The supervision office's (督查室) screens: plans, importing a document with a live preview, the task matrix, the
// review queue, the 督办台账 and urging, completeness, the completion table and notice, the calendar and 补报 grants,
// and the assessment.
import { h, mount, table, field, select } from './dom.js';
import { t, label, lang } from './i18n.js';
import * as api from './api.js';
import { toast, action, periodOptions, currentPeriod, currentYear, light, units, percent, day, time, refresh, pageOf, pager, parseCsv } from './ui.js';

export async function plans() {
  const user = api.me();
  const year = Number(new URLSearchParams(location.search).get('year')) || currentYear();
  const page = await api.get('/api/tasks/plans', null, { regionCode: user.regionCode, pageSize: 100, sort: '-year' });
  return h('section', h('h2', t('计划与任务', 'Plans and tasks')),
    h('div.row', h('a', { href: '#/import' }, t('导入计划文件…', 'Import a plan document…'))),
    table([
      { label: t('年度', 'Year'), cell: p => p.year },
      { label: t('标题', 'Title'), cell: p => h('a', { href: `#/plan/${p.id}` }, p.title) },
      { label: t('状态', 'Status'), cell: p => label(p.status) },
      { label: t('任务数', 'Tasks'), cell: p => p.taskCount },
      { label: t('发布时间', 'Published'), cell: p => time(p.publishedAt) },
    ], page.items.sort((a, b) => (b.year === year) - (a.year === year) || b.year - a.year),
    t('本地区还没有计划,请导入文件。', 'No plan yet: import a document.')));
}

/** A warning in the reader's language (the API gives both). */
const message = (w) => (lang() === 'en' && w.messageEn) || w.message;

/** Import with a live preview: every change of the text or the file asks for a new preview. */
export function importer() {
  const user = api.me();
  const text = h('textarea', { name: 'text', rows: 12, placeholder: t('粘贴文件全文,或选择文件', 'Paste the document, or choose a file') });
  const file = h('input', { type: 'file', name: 'file', accept: '.docx,.doc,.xlsx,.xls,.csv,.txt,.html,.htm' });
  const year = h('input', { type: 'number', name: 'year', value: currentYear(), min: 2000, max: 2100 });
  const format = select('format', [['', t('自动(粘贴:分解方案文本;文件:分解方案)', 'Automatic')], ['PLAN_TEXT', t('分解方案(文本)', 'Plan text')],
    ['DOCUMENT', t('分解方案(文件)', 'Plan document')], ['REPORT', t('政府工作报告', 'Government Work Report')],
    ['TABLE_XLSX', t('完成情况表(Excel)', 'Completion table (XLSX)')], ['TABLE_CSV', t('完成情况表(CSV)', 'Completion table (CSV)')],
    ['TABLE_TEXT', t('完成情况表(文本)', 'Completion table (text)')]], '');
  const firstLeads = h('input', { type: 'checkbox', name: 'firstListedLeads' });
  const preview = h('div#preview', { 'aria-live': 'polite' });
  let request = null;
  let corrections = new Map();
  let timer = null;

  async function build() {
    const hasFile = !!(file.files && file.files[0]);
    const base = { regionCode: user.regionCode, year: Number(year.value) || undefined,
      format: format.value || (hasFile ? 'DOCUMENT' : 'PLAN_TEXT'), firstListedLeads: firstLeads.checked || undefined };
    if (hasFile) {
      const f = file.files[0];
      const bytes = new Uint8Array(await f.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return Object.assign(base, { contentBase64: btoa(binary), fileName: f.name, contentType: f.type || undefined });
    }
    return text.value.trim() ? Object.assign(base, { text: text.value }) : null;
  }

  /**
   * Asks for the preview of the document as it now is, with the office's corrections (the service previews the
   * corrected plan). A new document (other text or file) starts without corrections.
   */
  let previewSeq = 0;
  async function show(newDocument) {
    const seq = ++previewSeq;
    const next = await build();
    if (seq !== previewSeq) return;
    request = next;
    if (newDocument) corrections = new Map();
    if (!request) { mount(preview); return; }
    if (newDocument) mount(preview, h('p.muted', t('正在识别…', 'Reading…')));
    try {
      const answer = await api.post('/api/tasks/imports/preview', null, Object.assign({}, request, { corrections: [...corrections.values()] }));
      // a slower earlier preview never replaces a newer one (the commit sends the newest request)
      if (seq === previewSeq) mount(preview, previewView(answer));
    } catch (e) { if (seq === previewSeq) mount(preview, h('p.error', { role: 'alert' }, e.message)); }
  }

  function previewView(answer) {
    const plan = answer.plan;
    const warnings = plan.warnings || [];
    const byLine = new Map();
    warnings.forEach(w => { if (w.line) byLine.set(w.line, (byLine.get(w.line) || []).concat(w)); });
    const rows = [];
    let index = 0;
    const walk = (section, path) => {
      const here = path.concat(section.label || section.title || '');
      (section.tasks || []).forEach(task => rows.push({ task, index: ++index, section: here.filter(Boolean).join(' / ') }));
      (section.children || []).forEach(child => walk(child, here));
    };
    (plan.sections || []).forEach(s => walk(s, []));
    const taskLines = new Set(rows.map(r => r.task.line));
    const loose = warnings.filter(w => !w.line || !taskLines.has(w.line));
    const unitLabels = { leadUnits: t('牵头单位', 'lead units'), responsibleUnits: t('责任单位', 'responsible units'), relatedUnits: t('配合单位', 'related units') };
    const unitInput = (row, key) => h('input', { value: (row.task[key] || []).map(u => (u && (u.name || u.raw)) || u).join('、'),
      'aria-label': `${t('第', 'task ')}${row.index}${t('项', '')} ${unitLabels[key]}`,
      'data-task': row.index, 'data-field': key, size: 14,
      onchange: (e) => { const c = corrections.get(row.index) || { index: row.index };
        c[key] = e.target.value.split(/[、,,;;]/).map(s => s.trim()).filter(Boolean); corrections.set(row.index, c); later(false); } });
    const indicatorInput = (row) => h('input', { size: 10, 'aria-label': `${t('第', 'task ')}${row.index}${t('项 关联指标代码', ' indicator code')}`,
      value: (corrections.get(row.index) || {}).indicatorCode ?? (row.task.indicatorLink ? row.task.indicatorLink.indicatorCode : ''),
      placeholder: t('指标代码', 'code'),
      onchange: (e) => { const c = corrections.get(row.index) || { index: row.index };
        c.indicatorCode = e.target.value.trim().toUpperCase(); corrections.set(row.index, c); later(false); } });
    const doc = plan.document || {};
    return h('div',
      h('div.cards',
        h('div.card', h('div', t('识别的任务', 'Tasks read')), h('div.stat#preview-tasks', answer.taskCount)),
        h('div.card', h('div', t('提示', 'Warnings')), h('div.stat', answer.warningCount)),
        h('div.card', h('div', t('格式', 'Format')), h('div', answer.format), h('div.muted', doc.title || ''))),
      answer.existingPlanId ? h('p.warn', t('该文件已导入过:', 'Imported before: '), h('a', { href: `#/plan/${answer.existingPlanId}` }, t('打开计划', 'open the plan'))) : null,
      loose.length ? h('div', h('h3', t('文件提示', 'Document warnings')),
        h('ul', loose.map(w => h('li.warn', w.line ? `${t('第', 'line ')}${w.line}${t('行:', ': ')}` : '', message(w))))) : null,
      h('h3', t('任务与责任单位(可直接修改)', 'Tasks and units (edit to correct)')),
      table([
        { label: '#', cell: r => r.index },
        { label: t('编号', 'No.'), cell: r => r.task.number || r.task.label || '' },
        { label: t('任务', 'Task'), cell: r => h('div', h('div', (r.task.text || '').slice(0, 160)), h('div.muted', r.section),
          (byLine.get(r.task.line) || []).map(w => h('div.warn', '⚠ ', message(w)))) },
        { label: t('牵头单位', 'Lead units'), cell: r => unitInput(r, 'leadUnits') },
        { label: t('责任单位', 'Responsible'), cell: r => unitInput(r, 'responsibleUnits') },
        { label: t('配合单位', 'Related'), cell: r => unitInput(r, 'relatedUnits') },
        { label: t('关联指标', 'Indicator'), cell: r => r.task.indicatorLink || r.section.includes('目标')
          ? h('div', r.task.indicatorLink ? h('div', `${r.task.indicatorLink.indicatorName}(${r.task.indicatorLink.state === 'SUGGESTED' ? t('建议', 'suggested') : t('已选', 'chosen')})`) : null,
            indicatorInput(r)) : '' },
      ], rows, t('没有识别出任务。', 'No task read.')),
      h('div.row', action(t('确认导入', 'Import'), async () => {
        const body = Object.assign({}, request, { corrections: [...corrections.values()] });
        const committed = await api.post('/api/tasks/imports', null, body);
        toast(t(`已导入 ${committed.taskCount} 项任务。`, `${committed.taskCount} tasks imported.`));
        mount(preview, h('div.card#committed', h('p', t('已导入为草稿计划。', 'Imported as a draft plan.')),
          h('div.row',
            action(t('发布计划', 'Publish the plan'), async () => {
              await publish(committed.planId);
              toast(t('计划已发布,责任单位将收到任务。', 'Published: the units receive their tasks.'));
              location.hash = `#/plan/${committed.planId}`;
            }),
            h('a', { href: `#/plan/${committed.planId}` }, t('查看计划', 'Open the plan')))));
      }, { id: 'commit-import' })));
  }

  const later = (newDocument = true) => { clearTimeout(timer); timer = setTimeout(() => show(newDocument), 700); };
  text.addEventListener('input', () => { file.value = ''; later(true); }); // what is typed replaces a chosen file
  file.addEventListener('change', () => show(true));
  year.addEventListener('change', () => later(true));
  format.addEventListener('change', () => later(true));
  firstLeads.addEventListener('change', () => later(false));
  return h('section', h('h2', t('导入计划文件', 'Import a plan document')),
    h('p.muted', t('支持Word、Excel、CSV、网页和纯文本(PDF请另存为Word或文本);预览随输入实时更新,提示显示在对应任务旁。',
      'Word, Excel, CSV, web pages and text (save a PDF as Word or text first); the preview follows your input, warnings beside their tasks.')),
    h('div.row', field(t('文件', 'File'), file), field(t('类型', 'Kind'), format), field(t('年度', 'Year'), year),
      h('label', h('span', t('未写明牵头单位时,首个责任单位牵头', 'First listed unit leads where none is named')), firstLeads)),
    field(t('或粘贴全文', 'Or paste the text'), text), preview);
}

/** Publishes a draft plan at the version read (another change in between is a 409 the office sees). */
async function publish(id, version) {
  const at = version != null ? version : (await api.get('/api/tasks/plans/{id}', { id })).version;
  return api.post('/api/tasks/plans/{id}/publish', { id }, { version: at });
}

const TABS = [['tasks', '任务矩阵', 'Matrix'], ['review', '审核', 'Review'], ['ledger', '督办台账', 'Urging ledger'],
  ['work-plans', '工作方案', 'Work plans'], ['completeness', '报送情况', 'Completeness'], ['notice', '通报与完成情况表', 'Notice and table'],
  ['calendar', '报送日历与补报', 'Calendar and late grants'], ['assessment', '考核', 'Assessment']];

export async function plan(id, tab) {
  const period = sessionStorage.getItem('duban.period') || currentPeriod();
  const p = await api.get('/api/tasks/plans/{id}', { id });
  const periodSelect = select('period', periodOptions(), period, { 'aria-label': t('报送期', 'Period'),
    onchange: (e) => { sessionStorage.setItem('duban.period', e.target.value); refresh(); } });
  const head = h('div',
    h('h2', p.title, ' ', h('span.muted', `(${label(p.status)})`)),
    h('div.row', field(t('报送期', 'Period'), periodSelect),
      p.status === 'DRAFT' ? action(t('发布计划', 'Publish'), async () => { await publish(id, p.version); refresh(); }) : null),
    h('nav.nav', { 'aria-label': t('计划页面', 'Plan pages') }, TABS.map(([key, zh, en]) =>
      h('a', { href: `#/plan/${id}/${key}`, 'aria-current': key === tab ? 'page' : null }, t(zh, en)))));
  const body = await ({ tasks: matrix, review, ledger, 'work-plans': workPlans, completeness, notice, calendar, assessment }[tab] || matrix)(p, period);
  return h('section', head, body);
}

function flatSections(sections, depth = 0, out = []) {
  (sections || []).forEach(s => { out.push([s.id, '  '.repeat(depth) + [s.label, s.title].filter(Boolean).join(' ')]); flatSections(s.children, depth + 1, out); });
  return out;
}

async function overview(p, period) {
  const o = await api.get('/api/gateway/dashboards/plans/{planId}', { planId: p.id }, { period });
  const lights = (o.lights && o.lights.total) || {};
  const c = o.completeness || {};
  return h('div.cards',
    h('div.card', h('div', t('任务', 'Tasks')), h('div.stat', p.taskCount)),
    ['GREEN', 'AMBER', 'RED'].map(k => h('div.card', h('div', light(k)), h('div.stat', lights[k] ?? '—'))),
    h('div.card', h('div', t('已报送', 'Received')), h('div.stat', c.expected != null ? `${c.received}/${c.expected}` : '—')),
    h('div.card', h('div', t('逾期未报', 'Overdue')), h('div.stat', c.overdue ?? '—')));
}

async function matrix(p, period) {
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const filters = { sectionId: params.get('sectionId') || '', marker: params.get('marker') || '', unitId: params.get('unitId') || '',
    leader: params.get('leader') || '', light: params.get('light') || '' };
  const [tasks, pace, unitsPage] = await Promise.all([
    api.get('/api/tasks/plans/{id}/tasks', { id: p.id }, { sectionId: filters.sectionId, marker: filters.marker,
      unitId: filters.unitId, leader: filters.leader, pageSize: 500 }),
    p.status === 'PUBLISHED' ? api.get('/api/progress/plans/{planId}/pace', { planId: p.id }, { period, pageSize: 1000 }).catch(() => null) : null,
    api.get('/api/tasks/units', null, { regionCode: p.regionCode, pageSize: 1000 })]);
  const paceById = new Map(((pace && pace.items) || []).map(x => [String(x.taskId), x]));
  const rows = tasks.items.filter(task => !filters.light || (paceById.get(String(task.id)) || {}).light === filters.light);
  const form = h('form.row', { 'aria-label': t('筛选', 'Filter') },
    field(t('部分', 'Section'), select('sectionId', [['', t('全部', 'All')]].concat(flatSections(p.sections)), filters.sectionId)),
    field(t('标记', 'Marker'), h('input', { name: 'marker', value: filters.marker, size: 6 })),
    field(t('单位', 'Unit'), select('unitId', [['', t('全部', 'All')]].concat(unitsPage.items.map(u => [u.id, u.name])), filters.unitId)),
    field(t('分管领导', 'Leader'), h('input', { name: 'leader', value: filters.leader, size: 8 })),
    field(t('灯号', 'Light'), select('light', [['', t('全部', 'All')], ['RED', label('RED')], ['AMBER', label('AMBER')], ['GREEN', label('GREEN')]], filters.light)),
    h('button', { type: 'submit' }, t('筛选', 'Filter')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    location.hash = `#/plan/${p.id}/tasks?${q}`;
  });
  return h('div', await overview(p, period), form,
    h('p.muted', tasks.pager.total > tasks.items.length
      ? t(`显示前 ${tasks.items.length} 项,共 ${tasks.pager.total} 项:请用筛选缩小范围`, `First ${tasks.items.length} of ${tasks.pager.total}: filter to narrow`)
      : t(`共 ${rows.length} 项`, `${rows.length} tasks`)),
    table([
      { label: t('编号', 'No.'), cell: x => x.label || x.number },
      { label: t('任务', 'Task'), cell: x => h('div', x.title, x.markers && x.markers.length ? h('span.muted', ' ' + x.markers.join('')) : null) },
      { label: t('牵头单位', 'Lead'), cell: x => units(x.leadUnits) },
      { label: t('责任单位', 'Responsible'), cell: x => units(x.responsibleUnits) },
      { label: t('分管领导', 'Leaders'), cell: x => (x.leaders || []).join('、') },
      { label: t('灯号', 'Light'), cell: x => light((paceById.get(String(x.id)) || {}).light) },
      { label: t('进度', 'Progress'), cell: x => { const q = paceById.get(String(x.id)); return q ? `${percent(q.actualPercent)} / ${percent(q.expectedPercent)}` : '—'; } },
    ], rows, t('没有符合条件的任务。', 'No task matches.')));
}

async function review(p, period) {
  const [page, tasks] = await Promise.all([
    api.get('/api/progress/reports', null, { planId: p.id, status: 'SUBMITTED', pageSize: 50, page: pageOf('review' + p.id) }),
    api.get('/api/tasks/plans/{id}/tasks', { id: p.id }, { pageSize: 1000 })]);
  const title = new Map(tasks.items.map(x => [String(x.id), `${x.label || x.number} ${x.title}`]));
  if (page.items.length === 0) return h('p.muted#review-empty', t('没有待审核的报告。', 'Nothing waiting for review.'));
  return h('div#review', pager(page, 'review' + p.id), page.items.map(r => {
    const reason = h('input', { name: 'reason', size: 40, 'aria-label': t('退回理由', 'Reason for returning') });
    const diff = h('div');
    return h('div.card.report', { 'data-report': r.id },
      h('h3', `${r.unitName} · ${label(r.period)} · ${title.get(String(r.taskId)) || r.taskId}`),
      h('p', r.narrative), h('p.muted', `${t('完成年度任务', 'Of the annual task')} ${percent(r.percentOfAnnual)} · ${t('第', 'version ')}${r.version}${t('版', '')} · ${time(r.submittedAt)}`),
      r.selfAssessedStatus ? h('p', t('自评:', 'Self-assessment: '), label(r.selfAssessedStatus)) : null,
      (r.figures || []).length ? h('ul', r.figures.map(f => h('li', `${f.name}:${f.value ?? ''}${f.unit || ''}`))) : null,
      r.issuesRaised ? h('p', t('存在问题:', 'Issues: '), r.issuesRaised) : null,
      h('div.row',
        action(t('通过', 'Accept'), async () => { await api.post('/api/progress/reports/{id}/accept', { id: r.id }); toast(t('已通过。', 'Accepted.')); refresh(); }, { class: 'accept' }),
        field(t('退回理由', 'Reason'), reason),
        action(t('退回', 'Return'), async () => {
          if (!reason.value.trim()) { reason.focus(); throw new Error(t('请填写退回理由。', 'Give a reason.')); }
          await api.post('/api/progress/reports/{id}/return', { id: r.id }, { reason: reason.value.trim() });
          toast(t('已退回。', 'Returned.')); refresh(); }, { class: 'danger return' }),
        r.version > 1 ? action(t('查看修改', 'Changes'), async () => {
          const d = await api.get('/api/progress/reports/{id}/diff', { id: r.id });
          mount(diff, h('div.card', (d.changes || []).map(c => h('div.diff-' + c.op, c.text))));
        }, { class: 'secondary' }) : null),
      diff);
  }));
}

// the last sweep's counts, shown again after the refresh that brings its ledger lines (it wiped them: break-it trial)
let lastSweep = '';

async function ledger(p, period) {
  const page = await api.get('/api/progress/supervision/ledger', null, { planId: p.id, period, pageSize: 100, page: pageOf('ledger' + p.id) });
  const result = h('p#sweep-result', { role: 'status' }, lastSweep);
  const urged = new Set(page.items.filter(l => l.kind === 'URGED').map(l => `${l.taskId}|${l.unitId}|${l.period}`));
  return h('div',
    h('div.row', action(t('扫描逾期并催办', 'Sweep: flag and urge the late'), async () => {
      const s = await api.post('/api/progress/supervision/sweeps');
      lastSweep = t(`提醒 ${s.remindersSent} 条,逾期 ${s.overdueFlagged} 条,催办 ${s.urged} 条。`,
        `${s.remindersSent} reminders, ${s.overdueFlagged} overdue, ${s.urged} urged.`)
        + (s.plansOnRestDay > 0 ? t(`${s.plansOnRestDay} 个计划今天按其工作日历是休息日,这些计划今天不发提醒和催办,下一个工作日的检查会补发。`,
          ` Today is a rest day in the working-day calendar of ${s.plansOnRestDay} plan(s): nothing is sent for them today; the next working day's sweep sends it.`) : '');
      result.textContent = lastSweep;
      const here = location.hash;
      setTimeout(() => { if (location.hash === here) refresh(); }, 1500); // the new ledger lines, if still here
    }, { id: 'sweep' })), result, pager(page, 'ledger' + p.id),
    table([
      { label: t('时间', 'Time'), cell: l => time(l.at) },
      { label: t('单位', 'Unit'), cell: l => l.unitName },
      { label: t('报送期', 'Period'), cell: l => label(l.period) },
      { label: t('类别', 'Kind'), cell: l => label(l.kind) },
      { label: t('等级', 'Level'), cell: l => l.levelLabel || l.level },
      { label: t('逾期天数', 'Days late'), cell: l => l.daysOverdue ?? '' },
      { label: t('说明', 'Note'), cell: l => l.note || '' },
      { label: '', cell: l => l.kind === 'OVERDUE' && !urged.has(`${l.taskId}|${l.unitId}|${l.period}`) ? action(t('催办', 'Urge'), async () => {
        await api.post('/api/progress/supervision/urgings', null, { taskId: l.taskId, unitId: l.unitId, period: l.period,
          note: t('请尽快报送进展情况。', 'Please report your progress now.') });
        toast(t('已催办。', 'Urged.')); refresh(); }, { class: 'secondary' }) : '' },
    ], page.items, t('台账为空。', 'The ledger is empty.')));
}

/** The units' work plans of the plan: those submitted wait for the office's approval or return with a reason. */
async function workPlans(p) {
  const page = await api.get('/api/tasks/work-plans', null, { planId: p.id, pageSize: 100, page: pageOf('work-plans' + p.id) });
  return h('div', pager(page, 'work-plans' + p.id), table([
    { label: t('单位', 'Unit'), cell: w => w.unitName },
    { label: t('任务', 'Task'), cell: w => `${w.taskNumber || ''} ${w.taskTitle || ''}` },
    { label: t('状态', 'Status'), cell: w => h('span', label(w.status), w.late ? h('span.warn', t('(逾期报送)', ' (late)')) : null) },
    { label: t('事项', 'Items'), cell: w => h('ul', (w.items || []).map(i => h('li', `${i.content}(${day(i.deadline)})`))) },
    { label: '', cell: w => {
      if (w.status !== 'SUBMITTED') return w.returnReason || '';
      const reason = h('input', { size: 20, 'aria-label': t('退回理由', 'Reason for returning') });
      return h('div.row',
        action(t('批准', 'Approve'), async () => { await api.post('/api/tasks/work-plans/{id}/approve', { id: w.id }, { version: w.version }); refresh(); }),
        reason,
        action(t('退回', 'Return'), async () => {
          if (!reason.value.trim()) { reason.focus(); throw new Error(t('请填写退回理由。', 'Give a reason.')); }
          await api.post('/api/tasks/work-plans/{id}/return', { id: w.id }, { reason: reason.value.trim(), version: w.version }); refresh(); },
        { class: 'danger' }));
    } },
  ], page.items, t('还没有工作方案。', 'No work plan yet.')));
}

async function completeness(p, period) {
  const by = sessionStorage.getItem('duban.groupBy') || 'UNIT';
  const page = await api.get('/api/progress/plans/{planId}/completeness', { planId: p.id }, { period, groupBy: by, pageSize: 500 });
  return h('div',
    h('div.row', field(t('分组', 'Group by'), select('groupBy', [['UNIT', t('按单位', 'Unit')], ['SECTION', t('按部分', 'Section')]], by,
      { onchange: (e) => { sessionStorage.setItem('duban.groupBy', e.target.value); refresh(); } }))),
    table([
      { label: t('名称', 'Name'), cell: r => r.name },
      { label: t('应报', 'Expected'), cell: r => r.expected },
      { label: t('已报', 'Received'), cell: r => r.received },
      { label: t('按时', 'On time'), cell: r => r.onTime },
      { label: t('补报', 'Excused'), cell: r => r.excusedLate },
      { label: t('迟报', 'Late'), cell: r => r.late },
      { label: t('未报', 'Missing'), cell: r => r.missing },
      { label: t('逾期', 'Overdue'), cell: r => r.overdue },
    ], page.items));
}

/**
 * The body of the service's markdown draft, as the office edits it and progress-service takes it back (`body`:
 * paragraphs split by blank lines, 一、/(一) headings): without the title, 文号, 主送 and the 落款 with its date, which
 * the service prints itself, and without markdown's # marks.
 */
function bodyOf(markdown, head) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const firstText = () => lines.findIndex(l => l.trim());
  if (firstText() >= 0 && lines[firstText()].startsWith('# ')) lines.splice(0, firstText() + 1);
  if (head.documentNumber && firstText() >= 0 && lines[firstText()].trim() === head.documentNumber.trim()) lines.splice(0, firstText() + 1);
  if (firstText() >= 0 && /[::]$/.test(lines[firstText()].trim()) && !/^#/.test(lines[firstText()])) lines.splice(0, firstText() + 1);
  const lastText = () => { for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim()) return i; return -1; };
  if (lastText() >= 0 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(lines[lastText()].trim())) lines.splice(lastText());
  if (lastText() >= 0 && head.issuer && lines[lastText()].trim() === head.issuer.trim()) lines.splice(lastText());
  return lines.map(l => l.replace(/^#{1,6}\s+/, '')).join('\n').trim();
}

async function notice(p, period) {
  const number = h('input', { name: 'documentNumber', size: 24, placeholder: '督通〔2026〕3号' });
  const addressee = h('input', { name: 'addressee', size: 30, value: '各街道办事处,区人民政府各部门' });
  const issuer = h('input', { name: 'issuer', size: 24, value: '区人民政府督查室' });
  const text = h('textarea#notice-text', { name: 'body', rows: 18,
    'aria-label': t('通报正文(标题、文号、主送和落款由系统生成)', 'Notice body (title, number, addressee and signature are added)') });
  let drafted = '';
  const tablePreview = h('div#table-preview');
  const publications = await api.get('/api/progress/publications', null, { planId: p.id, pageSize: 50 });
  async function draft() {
    const markdown = await api.get('/api/progress/plans/{planId}/notice', { planId: p.id },
      { period, format: 'markdown', documentNumber: number.value || undefined, addressee: addressee.value || undefined, issuer: issuer.value || undefined },
      { accept: 'text/markdown' });
    drafted = bodyOf(markdown, { documentNumber: number.value, issuer: issuer.value });
    text.value = drafted;
  }
  const freeze = (kind) => async () => {
    const body = { planId: String(p.id), period, kind };
    if (kind === 'NOTICE') Object.assign(body, { documentNumber: number.value || undefined, addressee: addressee.value || undefined,
      // the body only when the office changed it: otherwise the service freezes the notice exactly as it builds it
      issuer: issuer.value || undefined, body: text.value.trim() && text.value.trim() !== drafted ? text.value : undefined });
    const view = await api.post('/api/progress/publications', null, body);
    toast(t(`已冻结:${view.title}`, `Frozen: ${view.title}`));
    refresh();
  };
  await draft().catch(e => { text.value = ''; toast(e.message, true); });
  return h('div',
    h('h3', t('完成情况表', 'Completion table')),
    h('div.row',
      action(t('下载 Excel', 'Download XLSX'), () => api.download('/api/progress/plans/{planId}/completion-table', { planId: p.id },
        { period, format: 'xlsx' }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `完成情况表-${period}.xlsx`), { class: 'secondary' }),
      action(t('下载网页版(可打印)', 'Download HTML (print-ready)'), () => api.download('/api/progress/plans/{planId}/completion-table', { planId: p.id },
        { period, format: 'html' }, 'text/html', `完成情况表-${period}.html`), { class: 'secondary' }),
      action(t('在此预览', 'Preview here'), async () => {
        const csv = await api.get('/api/progress/plans/{planId}/completion-table', { planId: p.id }, { period, format: 'csv' }, { accept: 'text/csv' });
        // a title or note line may come before the header: the header is the first row with three cells or more
        const rows = parseCsv(csv).filter(r => r.some(c => c.trim()));
        const at = rows.findIndex(r => r.filter(c => c.trim()).length >= 3);
        const head = at >= 0 ? rows[at] : null;
        mount(tablePreview, rows.slice(0, Math.max(at, 0)).map(r => h('p', r.filter(c => c.trim()).join(' '))),
          head ? table(head.map((name, i) => ({ label: name, cell: r => r[i] || '' })), rows.slice(at + 1)) : h('p.muted', '—'));
      }, { class: 'secondary', id: 'preview-table' }),
      action(t('冻结完成情况表', 'Freeze the table'), freeze('COMPLETION_TABLE'))),
    tablePreview,
    h('h3', t('通报', 'Notice')),
    h('div.row', field(t('文号', 'Number'), number), field(t('主送', 'To'), addressee), field(t('发文单位', 'Issuer'), issuer),
      action(t('重新生成', 'Draft again'), draft, { class: 'secondary' })),
    text,
    h('div.row', action(t('冻结并发布通报', 'Freeze and publish the notice'), freeze('NOTICE'), { id: 'freeze-notice' })),
    h('h3', t('已冻结的文件', 'Frozen documents')),
    h('div#frozen', table([
      { label: t('时间', 'Time'), cell: x => time(x.publishedAt) },
      { label: t('类别', 'Kind'), cell: x => label(x.kind) },
      { label: t('报送期', 'Period'), cell: x => label(x.period) },
      { label: t('标题', 'Title'), cell: x => x.title },
      { label: t('版本', 'Version'), cell: x => x.version },
      { label: t('下载', 'Download'), cell: x => h('div.row',
        action('XLSX', () => api.download('/api/progress/publications/{id}/content', { id: x.id }, { format: 'xlsx' },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${x.title}.xlsx`), { class: 'secondary' }),
        action('HTML', () => api.download('/api/progress/publications/{id}/content', { id: x.id }, { format: 'html' }, 'text/html', `${x.title}.html`), { class: 'secondary' })) },
    ], publications.items, t('尚未冻结文件。', 'Nothing frozen yet.'))));
}

async function calendar(p, period) {
  const [cal, grants, unitsPage] = await Promise.all([
    api.get('/api/progress/plans/{planId}/calendar', { planId: p.id }),
    api.get('/api/progress/plans/{planId}/late-grants', { planId: p.id }, { pageSize: 200 }),
    api.get('/api/tasks/units', null, { regionCode: p.regionCode, pageSize: 1000 })]);
  const unit = select('unitId', unitsPage.items.map(u => [u.id, u.name]), '');
  const grantPeriod = select('period', periodOptions(), period);
  const until = h('input', { type: 'date', name: 'allowedUntil', required: true });
  const reason = h('input', { name: 'reason', size: 30, required: true });
  const form = h('form.row', field(t('单位', 'Unit'), unit), field(t('报送期', 'Period'), grantPeriod),
    field(t('补报截止', 'Allowed until'), until), field(t('理由', 'Reason'), reason), h('button', { type: 'submit' }, t('准予补报', 'Grant')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.post('/api/progress/plans/{planId}/late-grants', { planId: p.id },
        { unitId: unit.value, period: grantPeriod.value, allowedUntil: until.value, reason: reason.value });
      toast(t('已准予补报。', 'Granted.')); refresh();
    } catch (err) { toast(err.message, true); }
  });
  const names = new Map(unitsPage.items.map(u => [String(u.id), u.name]));
  return h('div',
    h('h3', t('报送日历', 'Reporting calendar')), calendarForm(p, cal),
    h('h3', t('补报', 'Late grants')), form,
    table([
      { label: t('单位', 'Unit'), cell: g => names.get(String(g.unitId)) || g.unitId },
      { label: t('报送期', 'Period'), cell: g => label(g.period) },
      { label: t('补报截止', 'Until'), cell: g => day(g.allowedUntil) },
      { label: t('理由', 'Reason'), cell: g => g.reason },
      { label: t('批准人', 'By'), cell: g => g.grantedBy },
    ], grants.items, t('没有补报。', 'No grants.')));
}

/**
 * The plan's reporting calendar as a form: each period's deadline, whether a deadline on a rest day moves to the next
 * working day, the plan's own holidays and make-up working days (dates, comma-separated) — saved with PUT; a
 * customised calendar can be put back on the default deadlines and the official schedule (DELETE).
 */
function calendarForm(p, cal) {
  const deadlines = cal.periods.map(x => h('input', { type: 'date', name: 'deadline', 'data-period': x.period,
    value: day(x.deadline), required: true, 'aria-label': t('截止日', 'Deadline') + ' ' + (x.label || label(x.period)) }));
  const shift = h('input', { type: 'checkbox', name: 'shiftToWorkingDay', checked: cal.shiftToWorkingDay });
  const dates = list => (list || []).map(day).join(',');
  const holidays = h('input', { name: 'holidays', size: 36, value: dates(cal.holidays), placeholder: 'YYYY-MM-DD,YYYY-MM-DD' });
  const makeUp = h('input', { name: 'makeUpWorkdays', size: 36, value: dates(cal.makeUpWorkdays), placeholder: 'YYYY-MM-DD' });
  const split = input => input.value.split(/[,，、\s]+/).filter(Boolean);
  const form = h('form#calendar-form', { 'aria-label': t('报送日历', 'Reporting calendar') },
    table([
      { label: t('报送期', 'Period'), cell: x => x.label || label(x.period) },
      { label: t('截止日', 'Deadline'), cell: (x) => deadlines[cal.periods.indexOf(x)] },
      { label: t('实际截止日(遇节假日顺延)', 'Effective (moved past holidays)'), cell: x => day(x.effectiveDeadline) },
    ], cal.periods),
    h('div.row', field(t('遇节假日顺延至工作日', 'Move to the next working day'), shift),
      field(t('本计划另设节假日', "The plan's own holidays"), holidays),
      field(t('另设调休上班日', 'Make-up working days'), makeUp)),
    h('div.row', h('button', { type: 'submit' }, t('保存日历', 'Save the calendar')),
      cal.customised
        ? [h('span.muted', t('本计划使用自定日历。', 'This plan has a calendar of its own.')),
          action(t('恢复默认日历', 'Back to the default calendar'), async () => {
            await api.del('/api/progress/plans/{planId}/calendar', { planId: p.id });
            toast(t('已恢复默认日历(4月10日、7月10日、10月10日、12月25日,按国家法定节假日安排)。',
              'Back on the default calendar (4/10, 7/10, 10/10, 12/25 on the official schedule).')); refresh();
          }, { id: 'reset-calendar' })]
        : h('span.muted', t('默认日历(按国家法定节假日安排)。', 'The default calendar (the official holiday schedule).'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.put('/api/progress/plans/{planId}/calendar', { planId: p.id }, {
        shiftToWorkingDay: shift.checked, holidays: split(holidays), makeUpWorkdays: split(makeUp),
        periods: deadlines.map(d => ({ period: d.dataset.period, deadline: d.value })) });
      toast(t('日历已保存,各单位按新截止日报送。', 'Calendar saved; units report by the new deadlines.')); refresh();
    } catch (err) { toast(err.message, true); }
  });
  return form;
}

async function assessment(p) {
  const page = await api.get('/api/progress/plans/{planId}/assessment', { planId: p.id }, { pageSize: 200 });
  return table([
    { label: t('单位', 'Unit'), cell: a => a.unitName },
    { label: t('得分', 'Score'), cell: a => `${a.total} / ${a.maxPoints}` },
    { label: t('得分说明', 'Explanation'), cell: a => h('ul', (a.lines || []).map(l => h('li', `${label(l.criterion)}:${l.points}/${l.maxPoints} — ${l.explanation}`))) },
  ], page.items, t('还没有考核数据。', 'No assessment yet.'));
}
