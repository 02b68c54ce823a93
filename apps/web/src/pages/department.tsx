// A clerk's own department: a placeholder entry until the workbench issue fills it.
import { Result } from 'antd';
import { useLanguage } from '../i18n';
import { Forbidden } from '../ui/error-state';

export function DepartmentPage({ department }: { department: string | null }) {
  const { t } = useLanguage();
  if (!department) return <Forbidden role="submitter" />;
  return <Result status="info" title={t.departmentArea(department)} subTitle={t.departmentPlaceholder} />;
}
