// The language (zh by default, en by the header's switch, remembered in localStorage — the language
// only) and the app's texts and number formats in both.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';
const LANG_KEY = 'park-ledger.lang';

const zh = {
  app: '园区台账',
  dashboard: '工作看板',
  summary: '年度工作总结',
  admin: '运维管理',
  department: '本部门工作台',
  signOut: '退出登录',
  language: 'English',
  year: '年度',
  quarter: '季度',
  month: '月份',
  asOf: '截至记录时间',
  wholeYear: '全年',
  quarterN: (n: number) => `第${n}季度`,
  monthN: (n: number) => `${n}月`,
  byStage: '项目进展（按园区）',
  funnel: '项目漏斗',
  infrastructure: '基础设施进度',
  land: '土地',
  safety: '安全环保',
  reminders: '安全提醒',
  fresh: '数据更新至',
  lag: '待处理消息',
  noData: '本年度无相关记录',
  vsLast: '同比',
  lastYear: '去年',
  stages: {
    'projects.leads': '新增洽谈',
    'projects.signed': '签约落户',
    'projects.construction-started': '开工建设',
    'projects.topped-out': '封顶',
    'projects.in-production': '投产',
  } as Record<string, string>,
  reclaimed: '清理闲置土地',
  commitments: '整改承诺书',
  fees: '闲置土地费',
  arrears: '清缴土地使用税',
  incidents: '涉污事件',
  compensation: '赔偿金额',
  accidents: '安全事故',
  stopOrders: '责令停产整改',
  drillTitle: '明细',
  events: '条事件',
  businessTime: '业务时间',
  recordTime: '记录时间',
  eventType: '事件',
  departmentCol: '部门',
  record: '记录',
  version: '版本',
  actor: '录入人',
  correctionReason: '更正原因',
  contribution: '对该数的影响',
  back: '返回',
  downloadPdf: '下载 PDF',
  downloadMd: '下载 Markdown',
  downloadFailed: '下载失败',
  forbiddenTitle: '无权访问',
  forbidden: (role: string) => `此页面需要角色“${role}”，您的账号没有该角色。`,
  errorTitle: '加载失败',
  errorNetwork: '无法连接服务，请稍后重试。',
  errorServer: (status: number) => `服务出错（${status}），请稍后重试。`,
  retry: '重试',
  signingIn: '正在登录…',
  signInFailed: '登录失败',
  signInAgain: '重新登录',
  parked: '暂存事件',
  held: '缺号待补的事件',
  stream: '记录流',
  waitingFor: '等待版本',
  heldAt: '暂缓自',
  rebuildParked: '重建时暂存',
  redrive: '重新投递',
  redriven: '已重新投递',
  topic: '主题',
  offset: '位置',
  reason: '原因',
  parkedAt: '暂存时间',
  rebuild: '重建读模型',
  startRebuild: '开始重建',
  rebuildStatus: '状态',
  activeVersion: '当前版本',
  noRebuild: '尚未重建',
  departmentArea: (d: string) => `${departmentName.zh[d] ?? d}工作台`,
  departmentPlaceholder: '本部门的录入与办理功能即将上线。',
  notFound: '页面不存在',
  roles: '角色',
};

type Texts = typeof zh;

const en: Texts = {
  app: 'Park ledger',
  dashboard: 'Dashboard',
  summary: 'Annual summary',
  admin: 'Operations',
  department: 'Department area',
  signOut: 'Sign out',
  language: '中文',
  year: 'Year',
  quarter: 'Quarter',
  month: 'Month',
  asOf: 'As of record time',
  wholeYear: 'Whole year',
  quarterN: (n) => `Q${n}`,
  monthN: (n) => new Date(2000, n - 1, 1).toLocaleString('en-GB', { month: 'long' }),
  byStage: 'Projects by stage and zone',
  funnel: 'Project pipeline',
  infrastructure: 'Infrastructure progress',
  land: 'Land',
  safety: 'Safety and environment',
  reminders: 'Safety reminders',
  fresh: 'Data as of',
  lag: 'messages pending',
  noData: 'No records for this year',
  vsLast: 'vs last year',
  lastYear: 'last year',
  stages: {
    'projects.leads': 'Leads',
    'projects.signed': 'Signed',
    'projects.construction-started': 'Construction started',
    'projects.topped-out': 'Topped out',
    'projects.in-production': 'In production',
  },
  reclaimed: 'Idle land cleaned up',
  commitments: 'Rectification commitments',
  fees: 'Idle-land fees',
  arrears: 'Land-use tax arrears',
  incidents: 'Pollution incidents',
  compensation: 'Compensation',
  accidents: 'Safety accidents',
  stopOrders: 'Stop-production orders',
  drillTitle: 'Events behind',
  events: 'events',
  businessTime: 'Business time',
  recordTime: 'Record time',
  eventType: 'Event',
  departmentCol: 'Department',
  record: 'Record',
  version: 'Version',
  actor: 'Recorded by',
  correctionReason: 'Reason (corrections)',
  contribution: 'Contribution',
  back: 'Back',
  downloadPdf: 'Download PDF',
  downloadMd: 'Download Markdown',
  downloadFailed: 'Download failed',
  forbiddenTitle: 'No access',
  forbidden: (role) => `This page needs the role “${role}”, which your account does not have.`,
  errorTitle: 'Could not load',
  errorNetwork: 'The service could not be reached. Try again in a moment.',
  errorServer: (status) => `The service failed (${status}). Try again in a moment.`,
  retry: 'Retry',
  signingIn: 'Signing in…',
  signInFailed: 'Sign-in failed',
  signInAgain: 'Sign in again',
  parked: 'Parked events',
  held: 'Held back by a gap in their stream',
  stream: 'Stream',
  waitingFor: 'Waiting for',
  heldAt: 'Held since',
  rebuildParked: 'Parked by this rebuild',
  redrive: 'Re-drive',
  redriven: 'Re-driven',
  topic: 'Topic',
  offset: 'Offset',
  reason: 'Reason',
  parkedAt: 'Parked at',
  rebuild: 'Rebuild the read models',
  startRebuild: 'Start rebuild',
  rebuildStatus: 'Status',
  activeVersion: 'Active version',
  noRebuild: 'No rebuild yet',
  departmentArea: (d) => `${departmentName.en[d] ?? d} department area`,
  departmentPlaceholder: 'Your department’s entry and case work will appear here.',
  notFound: 'No such page',
  roles: 'Roles',
};

const departmentName: Record<Lang, Record<string, string>> = {
  zh: { projects: '招商项目', land: '国土', safety: '安全环保' },
  en: { projects: 'Projects', land: 'Land', safety: 'Safety' },
};

function money(yuan: number, lang: Lang): string {
  if (lang === 'zh') {
    if (Math.abs(yuan) >= 1e8) return `${+(yuan / 1e8).toFixed(2)}亿元`;
    if (Math.abs(yuan) >= 1e4) return `${+(yuan / 1e4).toFixed(2)}万元`;
    return `${yuan}元`;
  }
  if (Math.abs(yuan) >= 1e9) return `CNY ${+(yuan / 1e9).toFixed(2)} billion`;
  if (Math.abs(yuan) >= 1e6) return `CNY ${+(yuan / 1e6).toFixed(2)} million`;
  return `CNY ${yuan.toLocaleString('en-US')}`;
}

/** A figure's value in its unit, as the committee writes it. */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'yuan') return money(value, lang);
  if (unit === 'centi-mu') return lang === 'zh' ? `${+(value / 100).toFixed(2)}亩` : `${+(value / 100).toFixed(2)} mu`;
  if (unit === 'centi-hectare') return lang === 'zh' ? `${+(value / 100).toFixed(2)}公顷` : `${+(value / 100).toFixed(2)} ha`;
  if (unit === 'percent') return `${value}%`;
  return lang === 'zh' ? String(value) : value.toLocaleString('en-US');
}

interface LanguageContext {
  readonly lang: Lang;
  readonly t: Texts;
  setLang(lang: Lang): void;
  format(value: number, unit: string): string;
  named(name: { zh: string; en?: string }): string;
}

const Context = createContext<LanguageContext | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'));
  const value = useMemo<LanguageContext>(
    () => ({
      lang,
      t: lang === 'zh' ? zh : en,
      setLang: (next) => {
        localStorage.setItem(LANG_KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setLangState(next);
      },
      format: (v, unit) => formatValue(v, unit, lang),
      named: (n) => (lang === 'zh' ? n.zh : n.en || n.zh),
    }),
    [lang],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLanguage(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLanguage outside LanguageProvider');
  return context;
}
