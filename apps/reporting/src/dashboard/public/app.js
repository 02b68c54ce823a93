// The dashboard: plain browser JavaScript over reporting's own API, with the reader's token.
(function () {
  'use strict';
  const TOKEN = 'park-ledger.token';
  const LANG = 'park-ledger.lang';
  const text = {
    zh: {
      title: '园区工作看板', year: '年度', summary: '年度工作总结', signOut: '退出', signIn: '登录',
      signInHelp: '粘贴读者令牌（npm start 会打印一个开发令牌）。', signInButton: '登录', badToken: '令牌无效或已过期',
      byStage: '项目进展（按园区）', funnel: '项目漏斗', infrastructure: '基础设施进度', land: '土地', safety: '安全环保',
      fresh: '数据更新至', lag: '待处理消息', noData: '本年度无相关记录', vsLast: '同比', events: '条事件', drillOf: '明细：',
      stages: { 'projects.leads': '新增洽谈', 'projects.signed': '签约落户', 'projects.construction-started': '开工建设', 'projects.topped-out': '封顶', 'projects.in-production': '投产' },
      reclaimed: '清理闲置土地', commitments: '整改承诺书', fees: '闲置土地费', arrears: '清缴土地使用税',
      incidents: '涉污事件', compensation: '赔偿金额', accidents: '安全事故', stopOrders: '责令停产整改', lastYear: '去年',
    },
    en: {
      title: 'Industrial park dashboard', year: 'Year', summary: 'Annual summary', signOut: 'Sign out', signIn: 'Sign in',
      signInHelp: 'Paste a reader token (npm start prints a dev token).', signInButton: 'Sign in', badToken: 'The token is invalid or expired',
      byStage: 'Projects by stage and zone', funnel: 'Project pipeline', infrastructure: 'Infrastructure progress', land: 'Land', safety: 'Safety and environment',
      fresh: 'Data as of', lag: 'messages pending', noData: 'No records for this year', vsLast: 'vs last year', events: 'events', drillOf: 'Events behind: ',
      stages: { 'projects.leads': 'leads', 'projects.signed': 'signed', 'projects.construction-started': 'construction started', 'projects.topped-out': 'topped out', 'projects.in-production': 'in production' },
      reclaimed: 'Idle land cleaned up', commitments: 'Rectification commitments', fees: 'Idle-land fees', arrears: 'Land-use tax arrears',
      incidents: 'Pollution incidents', compensation: 'Compensation', accidents: 'Safety accidents', stopOrders: 'Stop-production orders', lastYear: 'last year',
    },
  };
  const HEADLINES = ['economy.main-business-revenue', 'economy.industrial-added-value', 'economy.taxes', 'projects.signed', 'funding.granted-yuan', 'safety.pollution-incidents'];
  const FUNNEL = ['projects.leads', 'projects.signed', 'projects.construction-started', 'projects.topped-out', 'projects.in-production'];
  const $ = (id) => document.getElementById(id);
  const state = { lang: sessionStorage.getItem(LANG) || 'zh', year: Number(new URLSearchParams(location.search).get('year')) || new Date().getFullYear() - 1, charts: {} };
  const t = (key) => text[state.lang][key];

  function money(yuan) {
    if (state.lang === 'zh') {
      if (Math.abs(yuan) >= 1e8) return `${+(yuan / 1e8).toFixed(2)}亿元`;
      if (Math.abs(yuan) >= 1e4) return `${+(yuan / 1e4).toFixed(2)}万元`;
      return `${yuan}元`;
    }
    if (Math.abs(yuan) >= 1e9) return `CNY ${+(yuan / 1e9).toFixed(2)} billion`;
    if (Math.abs(yuan) >= 1e6) return `CNY ${+(yuan / 1e6).toFixed(2)} million`;
    return `CNY ${yuan.toLocaleString('en-US')}`;
  }
  function format(value, unit) {
    if (unit === 'yuan') return money(value);
    if (unit === 'centi-mu') return state.lang === 'zh' ? `${+(value / 100).toFixed(2)}亩` : `${+(value / 100).toFixed(2)} mu`;
    if (unit === 'centi-hectare') return state.lang === 'zh' ? `${+(value / 100).toFixed(2)}公顷` : `${+(value / 100).toFixed(2)} ha`;
    if (unit === 'percent') return `${value}%`;
    return state.lang === 'zh' ? String(value) : value.toLocaleString('en-US');
  }
  const label = (labels) => (state.lang === 'zh' ? labels.zh : labels.en);
  const named = (n) => (state.lang === 'zh' ? n.zh : n.en || n.zh);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined) node.setAttribute(k, v);
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  };
  /** A number that opens its drill-down. */
  const figureButton = (quantity, display) =>
    el('button', { type: 'button', class: 'figure', 'data-link': quantity.link, 'data-figure': quantity.figure }, display ?? format(quantity.value, quantity.unit));

  async function api(path) {
    const res = await fetch(path, { headers: { authorization: `Bearer ${sessionStorage.getItem(TOKEN)}` } });
    if (res.status === 401) { signOut(t('badToken')); throw new Error('unauthorized'); }
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json();
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((node) => (node.textContent = t(node.dataset.i18n)));
    document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
    $('summary-link').href = `/reports/annual/${state.year}?lang=${state.lang}`;
  }

  function headlines(figures) {
    const box = $('headlines');
    box.replaceChildren(...HEADLINES.map((name) => {
      const f = figures.find((x) => x.figure === name);
      const pct = f.change.percentChange;
      const change = pct === null ? '' : `${t('vsLast')} ${pct >= 0 ? '+' : ''}${pct}%`;
      return el('button', { type: 'button', class: 'headline', 'data-link': f.events, 'data-figure': name },
        el('span', { class: 'label' }, label(f.labels)),
        el('span', { class: 'value' }, format(f.value, f.unit)),
        el('span', { class: `change ${pct === null ? '' : pct >= 0 ? 'up' : 'down'}` }, change));
    }));
  }

  function chart(id) {
    if (!state.charts[id]) {
      state.charts[id] = echarts.init($(id));
      state.charts[id].on('click', (p) => p.data && p.data.link && openDrill(p.data.link, p.name));
    }
    return state.charts[id];
  }

  function stagesChart(report, zones) {
    const zoneName = (id) => { const z = zones.find((x) => x.id === id); return z ? named(z.name) : id || '—'; };
    const stages = FUNNEL.slice(1);
    const ids = [...new Set(report.filter((f) => stages.includes(f.figure)).flatMap((f) => (f.breakdown || []).map((p) => p.dims.zoneId)))];
    chart('chart-stages').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 10, right: 10, bottom: 10, top: 60, containLabel: true },
      // zone names wrap onto lines of their own (an explicit lineHeight: without it wrapped lines overprint)
      xAxis: { type: 'category', data: ids.map(zoneName), axisLabel: { interval: 0, width: 96, overflow: 'break', lineHeight: 14 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: stages.map((name) => {
        const f = report.find((x) => x.figure === name);
        return { name: t('stages')[name], type: 'bar', data: ids.map((id) => {
          const part = (f.breakdown || []).find((p) => p.dims.zoneId === id);
          return { value: part ? part.value : 0, link: part ? part.events : f.events };
        }) };
      }),
    }, true);
  }

  function funnelChart(report) {
    chart('chart-funnel').setOption({
      tooltip: { trigger: 'item' },
      // the funnel leaves the right third to its labels, which would otherwise be cut off
      series: [{ type: 'funnel', sort: 'none', left: '4%', width: '60%', label: { formatter: '{b}: {c}', lineHeight: 14 },
        data: FUNNEL.map((name) => { const f = report.find((x) => x.figure === name); return { name: t('stages')[name], value: f.value, link: f.events }; }) }],
    }, true);
  }

  function progress(facts) {
    const rows = facts.platforms.flatMap((p) => p.sites.flatMap((s) => s.works.map((w) => ({ platform: named(p.name), site: named(s.name), work: w }))));
    if (rows.length === 0) return $('progress').replaceChildren(el('p', { class: 'empty' }, t('noData')));
    $('progress').replaceChildren(...rows.map(({ platform, work }) => el('div', { class: 'progress-row' },
      el('div', { class: 'name' }, el('span', {}, `${platform} · ${named(work.name)}`), figureButton(work.progress)),
      el('div', { class: 'track' }, el('div', { class: 'fill', style: `width:${Math.min(100, work.progress.value)}%` })))));
  }

  const factList = (items) => el('ul', { class: 'facts' }, ...items.map(([name, node]) => el('li', {}, el('span', {}, name), node)));
  const withLastYear = (q) => el('span', {}, figureButton(q), ` (${t('lastYear')} `, figureButton(q.previous), ')');

  function land(facts) {
    const l = facts.land;
    const area = l.reclaimedArea.parts.reduce((s, p) => s + p.quantity.value, 0);
    $('land').replaceChildren(factList([
      [t('reclaimed'), figureButton({ ...l.reclaimedArea.total, value: area })],
      [t('commitments'), figureButton(l.commitments)],
      [t('fees'), figureButton(l.feesYuan)],
      [t('arrears'), figureButton(l.taxArrearsYuan)],
    ]));
    const narrow = $('chart-land').clientWidth < 420; // a phone: smaller ring, narrower labels, nothing cut off
    chart('chart-land').setOption({
      tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${format(p.value, 'centi-mu')}` },
      series: [{ type: 'pie', radius: narrow ? ['25%', '45%'] : ['30%', '55%'], avoidLabelOverlap: true, minShowLabelAngle: 3,
        label: { formatter: (p) => `${p.name}\n${format(p.value, 'centi-mu')}`, lineHeight: 15, width: narrow ? 80 : 110, overflow: 'break' },
        labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
        data: l.reclaimedArea.parts.map((p) => ({ name: named(p.name), value: p.quantity.value, link: p.quantity.link })) }],
    }, true);
  }

  function safety(facts) {
    const s = facts.safety;
    $('safety').replaceChildren(factList([
      [t('incidents'), withLastYear(s.pollutionIncidents)],
      [t('compensation'), withLastYear(s.pollutionCompensation)],
      [t('accidents'), figureButton(s.accidents)],
      [t('stopOrders'), figureButton(s.stopProductionOrders)],
    ]));
    chart('chart-safety').setOption({
      tooltip: { trigger: 'axis' }, grid: { left: 10, right: 10, bottom: 10, top: 10, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: s.reminders.parts.map((p) => named(p.name)) },
      series: [{ type: 'bar', data: s.reminders.parts.map((p) => ({ value: p.quantity.value, link: p.quantity.link })) }],
    }, true);
  }

  function freshness(f) {
    const times = f.topics.map((x) => x.lastRecordedAt).filter(Boolean).sort();
    const lag = f.topics.reduce((sum, x) => sum + (x.lag || 0), 0);
    const at = times.length ? new Date(times[times.length - 1]).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB') : '—';
    $('freshness').textContent = `${t('fresh')} ${at} · ${t('lag')}: ${lag}`;
  }

  // Answers can arrive out of order (sign in loads the default year, then the clerk picks another):
  // only the latest load may draw, or the board would show one year under another's name. The board
  // is aria-busy while any load, drawn or superseded, is still waiting for its answers.
  let latestLoad = 0;
  let loading = 0;
  const setBusy = () => $('board').setAttribute('aria-busy', String(loading > 0));

  async function load() {
    loading++;
    setBusy();
    try {
      await draw(++latestLoad);
    } finally {
      loading--;
      setBusy();
    }
  }

  async function draw(ticket) {
    applyLanguage();
    const y = state.year;
    const [facts, heads, stages] = await Promise.all([
      api(`/reports/annual/${y}?format=json`),
      api(`/figures?year=${y}&figure=${HEADLINES.join(',')}`),
      api(`/figures?year=${y}&figure=${FUNNEL.join(',')}&groupBy=zoneId`),
    ]);
    if (ticket !== latestLoad) return;
    $('board').hidden = false;
    headlines(heads.figures);
    freshness(heads.freshness);
    stagesChart(stages.figures, facts.zones);
    funnelChart(stages.figures);
    progress(facts);
    land(facts);
    safety(facts);
    document.body.dataset.loadedYear = String(y);
    document.body.dataset.loadedLang = state.lang;
  }

  async function openDrill(link, title) {
    const page = await api(link);
    $('drill-title').textContent = `${t('drillOf')}${title || page.figure}`;
    $('drill-total').textContent = `${page.total} ${t('events')}`;
    $('drill-events').replaceChildren(...page.events.map((e) => el('li', {},
      el('span', { class: 'type' }, e.type),
      el('span', { class: 'meta' }, `${e.occurredAt.slice(0, 10)} · ${e.department} · ${e.streamId} v${e.streamVersion}`))));
    $('drill').hidden = false;
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN);
    $('board').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message || '';
  }

  function start() {
    $('sign-in').hidden = true;
    $('sign-out').hidden = false;
    load().catch((e) => console.error(e));
  }

  const years = [];
  for (let y = new Date().getFullYear(); y >= 2005; y--) years.push(y);
  if (!years.includes(state.year)) years.push(state.year);
  $('year').replaceChildren(...years.map((y) => el('option', { value: String(y) }, String(y))));
  $('year').value = String(state.year);
  $('year').addEventListener('change', () => { state.year = Number($('year').value); load().catch(console.error); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    state.lang = b.dataset.lang;
    sessionStorage.setItem(LANG, state.lang);
    applyLanguage();
    if (sessionStorage.getItem(TOKEN)) load().catch(console.error);
  }));
  document.addEventListener('click', (e) => {
    const target = e.target.closest('[data-link]');
    if (target) openDrill(target.dataset.link, target.querySelector('.label')?.textContent || target.dataset.figure).catch(console.error);
  });
  $('drill-close').addEventListener('click', () => ($('drill').hidden = true));
  $('sign-out').addEventListener('click', () => signOut());
  $('sign-in-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const token = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!token) return;
    sessionStorage.setItem(TOKEN, token);
    start();
  });
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  applyLanguage();
  if (sessionStorage.getItem(TOKEN)) start(); else signOut();
})();
