// The signed-in app: header (who, roles, language, sign out), a menu by role, the routes.
import { App as AntApp, Button, ConfigProvider, Grid, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { LanguageProvider, useLanguage } from './i18n';
import { AdminPage } from './pages/admin';
import { DashboardPage } from './pages/dashboard';
import { DrillDownPage } from './pages/drill-down';
import { OfficePage } from './pages/office';
import { SummaryPage } from './pages/summary';
import { personOf, signInAgain, type Person } from './session';
import { Forbidden } from './ui/error-state';
import { defaultYear } from './ui/period-picker';
import { ImportPage } from './workbench/import';
import { DEPARTMENTS } from './workbench/openapi';
import { mayWorkIn, NewRecordPage, RecordPage, WorkbenchPage } from './workbench/pages';

function Header({ person }: { person: Person }) {
  const { t, lang, setLang } = useLanguage();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // on a phone the menu keeps its room (its overflow folds into "…"); the name and roles give way
  const wide = Grid.useBreakpoint().md !== false;
  const items = [
    { key: '/', label: t.dashboard },
    { key: '/summary', label: t.summary },
    // a workbench for the clerk's own department; an admin sees every department's
    ...DEPARTMENTS.filter((d) => mayWorkIn(person, d)).map((d) => ({ key: `/work/${d}`, label: t.departmentArea(d) })),
    ...(person.roles.includes('admin') ? [{ key: '/admin', label: t.admin }] : []),
    { key: '/office', label: lang === 'zh' ? '报送与关账' : 'Returns & close' },
  ];
  const selected = items.filter((i) => i.key !== '/' && location.pathname.startsWith(i.key)).map((i) => i.key);
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 24px' }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
        {t.app}
      </Typography.Text>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={selected.length ? selected : location.pathname === '/' ? ['/'] : []}
        items={items}
        onClick={({ key }) => navigate(key)}
        style={{ flex: 1, minWidth: 48 }}
      />
      <Space>
        {wide && (
          <Typography.Text style={{ color: '#fff' }} data-testid="user-name">
            {person.name}
          </Typography.Text>
        )}
        {wide && (
          <span aria-label={t.roles}>
            {person.roles.map((role) => (
              <Tag key={role} color="blue">
                {role}
              </Tag>
            ))}
            {person.department && <Tag color="green">{person.department}</Tag>}
          </span>
        )}
        <Button size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t.language}
        </Button>
        <Button size="small" onClick={() => void auth.signoutRedirect()}>
          {t.signOut}
        </Button>
      </Space>
    </Layout.Header>
  );
}

function RequireRole({ person, role, children }: { person: Person; role: string; children: JSX.Element }) {
  return person.roles.includes(role) ? children : <Forbidden role={role} />;
}

function SignedIn() {
  const auth = useAuth();
  const { t } = useLanguage();
  const person = personOf(auth.user?.profile as Record<string, unknown> | undefined);
  return (
    <BrowserRouter>
      <Layout style={{ minHeight: '100vh' }}>
        <Header person={person} />
        <Layout.Content style={{ padding: 24 }}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/figures/:figure" element={<DrillDownPage />} />
            <Route path="/summary" element={<Navigate to={`/summary/${defaultYear()}`} replace />} />
            <Route path="/summary/:year" element={<SummaryPage />} />
            <Route
              path="/department"
              element={person.department ? <Navigate to={`/work/${person.department}`} replace /> : <Forbidden role="submitter" />}
            />
            <Route path="/work/:department" element={<WorkbenchPage person={person} />} />
            <Route path="/work/:department/import" element={<ImportPage person={person} />} />
            <Route path="/work/:department/:collection/new/:operationId" element={<NewRecordPage person={person} />} />
            <Route path="/work/:department/:collection/r/*" element={<RecordPage person={person} />} />
            <Route path="/office" element={<OfficePage />} />
            <Route
              path="/admin"
              element={
                <RequireRole person={person} role="admin">
                  <AdminPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<Result status="404" title={t.notFound} />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </BrowserRouter>
  );
}

/** Not signed in: off to Keycloak, and back to this route afterwards; a failed callback says so. */
function Gate() {
  const auth = useAuth();
  const { t } = useLanguage();
  const away = !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !auth.error;
  useEffect(() => {
    if (away) void signInAgain(auth);
  }, [away, auth]);
  // an access token that expired without a silent renew: sign in again, back to the same route
  useEffect(() => auth.events.addAccessTokenExpired(() => void signInAgain(auth)), [auth]);
  if (auth.error) {
    return (
      <Result
        status="error"
        title={t.signInFailed}
        subTitle={auth.error.message}
        extra={
          <Button type="primary" onClick={() => void signInAgain(auth, '/')}>
            {t.signInAgain}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) return <Spin size="large" tip={t.signingIn} fullscreen />;
  return <SignedIn />;
}

function Localised() {
  const { lang } = useLanguage();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Gate />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <Localised />
    </LanguageProvider>
  );
}
