// Chinese first, English on request: each text is written in both where it is used, t('中文', 'English'). The choice
// is kept for the tab only (sessionStorage holds the language, never a token).
let current = (sessionStorage.getItem('duban.lang') || 'zh');

export function lang() { return current; }
export function setLang(value) {
  current = value === 'en' ? 'en' : 'zh';
  sessionStorage.setItem('duban.lang', current);
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}
export function t(zh, en) { return current === 'en' && en ? en : zh; }

/** Labels of the API's enumerations, both languages. */
const LABELS = {
  DRAFT: ['草稿', 'Draft'], SUBMITTED: ['待审核', 'Submitted'], ACCEPTED: ['已通过', 'Accepted'], RETURNED: ['已退回', 'Returned'],
  IMPORTED: ['已导入', 'Imported'], PUBLISHED: ['已发布', 'Published'], ARCHIVED: ['已归档', 'Archived'],
  RED: ['红灯', 'Red'], AMBER: ['黄灯', 'Amber'], GREEN: ['绿灯', 'Green'], NONE: ['无', 'None'],
  BEHIND: ['滞后', 'Behind'], ON_PACE: ['序时推进', 'On pace'], AHEAD: ['超序时', 'Ahead'], COMPLETED: ['已完成', 'Completed'], UNKNOWN: ['未知', 'Unknown'],
  NOT_MET: ['未达标', 'Not met'], BEHIND_PACE: ['落后序时', 'Behind pace'], MET: ['达标', 'Met'], NO_TARGET: ['无目标', 'No target'],
  WRITE_REPORT: ['填报进展', 'Write the report'], FINISH_OR_APPROVE_DRAFT: ['完成草稿 / 审定', 'Finish or approve the draft'],
  REVISE_RETURNED: ['修改退回的报告', 'Revise the returned report'], CHECK_REPORT: ['核对报告', 'Check the report'],
  Q1: ['一季度', 'Q1'], H1: ['上半年', 'H1'], Q3: ['前三季度', 'Q1–Q3'], ANNUAL: ['全年', 'Year'],
  REMINDER_BEFORE: ['到期提醒', 'Reminder'], OVERDUE: ['逾期', 'Overdue'], URGED: ['催办', 'Urged'],
  ON_TIME: ['按时', 'On time'], LATE_EXCUSED: ['补报', 'Late, excused'], LATE: ['逾期', 'Late'],
  ASSIGNED: ['已分解', 'Assigned'], IN_PROGRESS: ['推进中', 'In progress'], CLOSED: ['已关闭', 'Closed'], CANCELLED: ['已取消', 'Cancelled'],
  APPROVED: ['已批准', 'Approved'], NOTICE: ['通报', 'Notice'], COMPLETION_TABLE: ['完成情况表', 'Completion table'],
  SUPERVISOR: ['督查室', 'Supervision office'], UNIT_REPORTER: ['单位填报人', 'Unit reporter'], UNIT_HEAD: ['单位负责人', 'Unit head'],
  LEADER: ['分管领导', 'Leader'], STATISTICIAN: ['统计人员', 'Statistician'], ADMIN: ['系统管理员', 'Administrator'], SYSTEM: ['系统', 'System'],
  PACE: ['进度', 'Pace'], COMPLETION: ['完成情况', 'Completion'], TIMELINESS: ['报送及时性', 'Timeliness'],
  lead: ['牵头', 'Lead'], responsible: ['责任', 'Responsible'], related: ['配合', 'Related'],
};
export function label(value) {
  if (value == null) return '';
  const pair = LABELS[value] || LABELS[String(value).toLowerCase()];
  return pair ? (current === 'en' ? pair[1] : pair[0]) : String(value);
}
