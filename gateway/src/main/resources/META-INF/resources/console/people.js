// The screens of the units (reporter 填报人 and head 负责人), the leaders, the statisticians and the administrators.
import { h, mount, table, field, select } from './dom.js';
import { t, label, lang } from './i18n.js';
import * as api from './api.js';
import { toast, action, periodOptions, currentPeriod, currentYear, light, percent, day, time, refresh, pageOf, pager } from './ui.js';

/** The unit's to-do: owed reports with deadlines and lights, returned reports with the reason first. */
export async function todo() {
  const answer = await api.get('/api/gateway/dashboards/my/todo', null, { year: currentYear() });
  const part = answer.todo || {};
  return h('section', h('h2', t('我的待办', 'My to-do')),
    part.status && String(part.status).toLowerCase() !== 'ok' ? h('p.warn', t('部分数据暂不可用:', 'Partly unavailable: '), part.detail || part.service) : null,
    h('p.muted', t(`共 ${part.total ?? 0} 项,逾期 ${part.overdue ?? 0} 项`, `${part.total ?? 0} items, ${part.overdue ?? 0} overdue`)),
    table([
      { label: t('事项', 'Action'), cell: i => label(i.action) },
      { label: t('任务', 'Task'), cell: i => h('a', { href: `#/report/${i.taskId}/${i.period}` }, `${i.taskNumber || ''} ${i.taskTitle || ''}`) },
      { label: t('报送期', 'Period'), cell: i => label(i.period) },
      { label: t('截止日', 'Deadline'), cell: i => day(i.deadline) },
      { label: t('期限', 'Due'), cell: i => i.overdue ? h('strong.light-RED', t('已逾期', 'overdue')) : t('未到期', 'not yet due') },
      { label: t('退回理由', 'Why returned'), cell: i => i.returnReason || '' },
    ], part.items, t('没有待办事项。', 'Nothing to do.')));
}

/** The report form of one task and period: draft, save, approve (审定), revise after a return. */
export async function report(taskId, period) {
  const user = api.me();
  const [task, existing] = await Promise.all([
    api.get('/api/tasks/tasks/{id}', { id: taskId }),
    api.get('/api/progress/reports', null, { taskId, period, unitId: user.unitId, current: true, pageSize: 1 })]);
  const r = existing.items[0];
  // the reporter (填报人) writes and revises; the head (负责人) reads and approves (审定) — progress-service's roles
  const reporter = api.hasRole('UNIT_REPORTER');
  const editable = reporter && (!r || r.status === 'DRAFT');
  const narrative = h('textarea#narrative', { name: 'narrative', rows: 8, disabled: !editable, value: r ? r.narrative || '' : '' });
  const share = h('input', { type: 'number', name: 'percentOfAnnual', min: 0, max: 100, step: '0.1', disabled: !editable,
    value: r && r.percentOfAnnual != null ? r.percentOfAnnual : '' });
  const status = select('selfAssessedStatus', [['', '—']].concat(['BEHIND', 'ON_PACE', 'AHEAD', 'COMPLETED'].map(s => [s, label(s)])),
    r ? r.selfAssessedStatus : '', { disabled: !editable });
  const issues = h('textarea', { name: 'issuesRaised', rows: 3, disabled: !editable, value: r ? r.issuesRaised || '' : '' });
  const figures = h('tbody');
  const addFigure = (f = {}) => figures.append(h('tr',
    h('td', h('input', { 'aria-label': t('指标名称', 'Figure'), value: f.name || '', disabled: !editable })),
    h('td', h('input', { 'aria-label': t('数值', 'Value'), type: 'number', step: 'any', value: f.value ?? '', disabled: !editable })),
    h('td', h('input', { 'aria-label': t('单位', 'Unit'), value: f.unit || '', size: 6, disabled: !editable }))));
  ((r && r.figures) || []).forEach(addFigure);
  const values = () => ({
    narrative: narrative.value, percentOfAnnual: share.value === '' ? undefined : Number(share.value),
    selfAssessedStatus: status.value || undefined, issuesRaised: issues.value || undefined,
    figures: [...figures.querySelectorAll('tr')].map(tr => { const [n, v, u] = tr.querySelectorAll('input');
      return { name: n.value.trim(), value: v.value === '' ? null : Number(v.value), unit: u.value.trim() || undefined }; })
      .filter(f => f.name),
  });
  const save = async () => {
    if (!narrative.value.trim()) { narrative.focus(); throw new Error(t('请填写进展情况。', 'Write the progress.')); }
    return r ? api.put('/api/progress/reports/{id}', { id: r.id }, Object.assign({ lockVersion: r.lockVersion }, values()))
      : api.post('/api/progress/reports', null, Object.assign({ taskId: String(taskId), period }, values()));
  };
  const buttons = [];
  if (editable) {
    buttons.push(action(t('保存草稿', 'Save draft'), async () => { await save(); toast(t('草稿已保存。', 'Draft saved.')); refresh(); }, { id: 'save-report' }));
    buttons.push(h('button.secondary', { type: 'button', onclick: () => addFigure() }, t('添加数据', 'Add a figure')));
  }
  if (api.hasRole('UNIT_HEAD') && r && r.status === 'DRAFT') {
    buttons.push(action(t('审定并报送督查室', 'Approve and submit'), async () => {
      await api.post('/api/progress/reports/{id}/approve', { id: r.id });
      toast(t('已审定报送。', 'Approved and submitted.')); refresh(); }, { id: 'approve-report' }));
  }
  if (reporter && r && r.status === 'RETURNED') {
    buttons.push(action(t('修改后重新填报', 'Revise'), async () => {
      await api.post('/api/progress/reports/{id}/revise', { id: r.id }); refresh(); }, { id: 'revise-report' }));
  }
  return h('section', h('h2', `${task.label || task.number} ${task.title}`),
    h('p.muted', `${label(period)} · ${t('牵头单位', 'Lead')}:${(task.leadUnits || []).map(u => u.name).join('、')}`),
    task.targetText ? h('p', t('目标:', 'Target: '), task.targetText) : null,
    r ? h('p#report-status', t('状态:', 'Status: '), h('strong', label(r.status)), ` · ${t('第', 'version ')}${r.version}${t('版', '')}`,
      r.status === 'RETURNED' && r.returnReason ? h('span.error', ` · ${t('退回理由:', 'Reason: ')}${r.returnReason}`) : null)
      : h('p#report-status.muted', t('尚未填报。', 'Not reported yet.')),
    field(t('进展情况', 'Progress'), narrative),
    h('div.row', field(t('完成年度任务(%)', 'Of the annual task (%)'), share), field(t('自评', 'Self-assessment'), status)),
    field(t('存在问题', 'Issues'), issues),
    h('h3', t('数据', 'Figures')),
    h('div.table-wrap', h('table', h('thead', h('tr', h('th', t('名称', 'Name')), h('th', t('数值', 'Value')), h('th', t('单位', 'Unit')))), figures)),
    h('div.row', buttons));
}

/** The unit's work plans (工作方案): drafting one for a task it carries, submitting it, its state and the office's reason. */
export async function workPlans() {
  const user = api.me();
  const [page, mine] = await Promise.all([
    api.get('/api/tasks/work-plans', null, { unitId: user.unitId, pageSize: 100 }),
    api.get('/api/tasks/units/{id}/tasks', { id: user.unitId }, { year: currentYear(), pageSize: 500 })]);
  const task = select('taskId', mine.items.map(x => [x.task.id, `${x.task.label || x.task.number || ''} ${x.task.title}`]), '',
    { 'aria-label': t('任务', 'Task') });
  const responsible = h('input', { name: 'overallResponsible', size: 12 });
  const items = h('tbody');
  const addItem = () => items.append(h('tr',
    h('td', h('input', { 'aria-label': t('工作内容', 'Content'), size: 40 })),
    h('td', h('input', { 'aria-label': t('完成时限', 'Deadline'), type: 'date' })),
    h('td', h('input', { 'aria-label': t('分管领导', 'Leader in charge'), size: 8 })),
    h('td', h('input', { 'aria-label': t('责任科室', 'Section'), size: 8 }))));
  addItem();
  const form = h('form.card#work-plan-form', h('h3', t('新建工作方案', 'New work plan')),
    h('div.row', field(t('任务', 'Task'), task), field(t('总负责人', 'Overall responsible'), responsible)),
    h('div.table-wrap', h('table', h('thead', h('tr', h('th', t('工作内容', 'Content')), h('th', t('完成时限', 'Deadline')),
      h('th', t('分管领导', 'Leader in charge')), h('th', t('责任科室', 'Section')))), items)),
    h('div.row', h('button.secondary', { type: 'button', onclick: addItem }, t('添加一行', 'Add a row')),
      h('button', { type: 'submit' }, t('保存草稿', 'Save draft'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      if (!task.value) throw new Error(t('本单位没有可制订方案的任务。', 'Your unit has no task to plan.'));
      const rows = [...items.querySelectorAll('tr')].map(tr => { const [c, d, l, r] = tr.querySelectorAll('input');
        return { content: c.value.trim(), deadline: d.value || undefined, leaderInCharge: l.value.trim() || undefined,
          responsibleSection: r.value.trim() || undefined }; }).filter(i => i.content);
      await api.post('/api/tasks/tasks/{id}/work-plans', { id: task.value },
        { unitId: Number(user.unitId), overallResponsible: responsible.value.trim() || undefined, items: rows });
      toast(t('工作方案已保存。', 'Work plan saved.'));
      refresh();
    } catch (err) { toast(err.message, true); }
  });
  return h('section', h('h2', t('工作方案', 'Work plans')), table([
    { label: t('任务', 'Task'), cell: w => `${w.taskNumber || ''} ${w.taskTitle || ''}` },
    { label: t('状态', 'Status'), cell: w => label(w.status) },
    { label: t('报送期限', 'Due'), cell: w => day(w.submissionDue) },
    { label: t('事项', 'Items'), cell: w => h('ul', (w.items || []).map(i => h('li', `${i.content}(${day(i.deadline)})`))) },
    { label: t('退回理由', 'Why returned'), cell: w => w.returnReason || '' },
    { label: '', cell: w => w.status === 'DRAFT' || w.status === 'RETURNED' ? action(t('报送督查室', 'Submit'), async () => {
      await api.post('/api/tasks/work-plans/{id}/submit', { id: w.id }, { version: w.version });
      toast(t('已报送。', 'Submitted.')); refresh(); }) : '' },
  ], page.items, t('还没有工作方案。', 'No work plan yet.')), form);
}

/** A leader's tasks with lights and the latest progress. */
export async function leader() {
  const period = currentPeriod();
  const answer = await api.get('/api/gateway/dashboards/my/tasks', null, { period });
  const part = answer.tasks || {};
  return h('section', h('h2', t('我分管的任务', 'My tasks'), ' ', h('span.muted', label(period))),
    table([
      { label: t('编号', 'No.'), cell: x => x.number },
      { label: t('任务', 'Task'), cell: x => x.title },
      { label: t('牵头单位', 'Lead'), cell: x => x.leadUnit },
      { label: t('灯号', 'Light'), cell: x => light(x.light) },
      { label: t('进度', 'Progress'), cell: x => `${percent(x.actualPercent)} / ${percent(x.expectedPercent)}` },
      { label: t('原因', 'Why'), cell: x => (x.reasons || []).join(';') },
    ], part.items, t('没有分管的任务。', 'No task.')));
}

/** The statistician's board: each indicator's target, latest figure, verdict and the rule applied. */
export async function board() {
  const user = api.me();
  const period = currentPeriod();
  const page = await api.get('/api/indicators/board', null, { regionCode: user.regionCode, year: currentYear(), period, pageSize: 200 });
  return h('section', h('h2', t('指标看板', 'Indicator board'), ' ', h('span.muted', `${currentYear()} ${label(period)}`)),
    table([
      { label: t('指标', 'Indicator'), cell: b => (lang() === 'en' && b.nameEn) || b.nameZh },
      { label: t('预期目标', 'Target'), cell: b => (b.target && b.target.text) || '—' },
      { label: t('实际', 'Actual'), cell: b => b.actual ? `${b.actual.value ?? ''}${b.actual.unit || ''}${b.actual.growthRate != null ? `(${t('增长', 'growth ')}${b.actual.growthRate}%)` : ''}` : '—' },
      { label: t('判断', 'Verdict'), cell: b => label(b.verdict) },
      { label: t('依据(含序时进度)', 'Rule (with pace)'), cell: b => b.rule || '' },
      { label: t('走势', 'Trend'), cell: b => (b.trend || []).map(p => `${label(p.period)} ${p.growthRate != null ? `${p.growthRate}%` : (p.value ?? '')}${p.estimate ? t('(预计)', ' (est.)') : ''}`).join(' · ') },
    ], page.items, t('还没有指标。', 'No indicators.')));
}

/** Entering a figure (observation) of an indicator. */
export async function figures() {
  const user = api.me();
  const catalog = await api.get('/api/indicators/catalog', null, { pageSize: 500 });
  const indicator = select('indicator', catalog.items.map(c => [c.code, c.nameZh || c.code]), '');
  const period = select('period', periodOptions(), currentPeriod());
  const value = h('input', { type: 'number', step: 'any', name: 'value' });
  const unit = h('input', { name: 'unit', size: 6 });
  const growth = h('input', { type: 'number', step: 'any', name: 'growthRate' });
  const source = h('input', { name: 'source', size: 20, value: t('区统计局', 'Statistics bureau') });
  const form = h('form.card', h('h2', t('录入指标数据', 'Enter a figure')),
    h('div.row', field(t('指标', 'Indicator'), indicator), field(t('报送期', 'Period'), period), field(t('数值', 'Value'), value),
      field(t('单位', 'Unit'), unit), field(t('增长(%)', 'Growth (%)'), growth), field(t('来源', 'Source'), source)),
    h('button', { type: 'submit' }, t('保存', 'Save')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const o = await api.post('/api/indicators/observations', null, { indicator: indicator.value, regionCode: user.regionCode,
        year: currentYear(), period: period.value, value: value.value === '' ? undefined : Number(value.value), unit: unit.value || undefined,
        growthRate: growth.value === '' ? undefined : Number(growth.value), source: source.value || undefined });
      toast(t(`已保存:${label(o.verdict)}`, `Saved: ${label(o.verdict)}`));
    } catch (err) { toast(err.message, true); }
  });
  return form;
}

/** The administrator's audit of writes through the gateway. */
export async function audit() {
  const page = await api.get('/api/gateway/audit', null, { pageSize: 100, page: pageOf('audit') });
  return h('section', h('h2', t('操作审计', 'Audit')), pager(page, 'audit'), table([
    { label: t('时间', 'Time'), cell: a => time(a.at) },
    { label: t('操作人', 'Caller'), cell: a => a.caller },
    { label: t('方法', 'Method'), cell: a => a.method },
    { label: t('路径', 'Path'), cell: a => a.path },
    { label: t('结果', 'Status'), cell: a => a.status },
    { label: t('耗时(毫秒)', 'ms'), cell: a => a.durationMs },
  ], page.items, t('没有记录。', 'Nothing recorded.')));
}
