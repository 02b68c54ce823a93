// What a failed load shows: the missing role for 403, a retry for 5xx and network failures — never blank.
import { Button, Result } from 'antd';
import type { ApiError } from '../api';
import { useLanguage } from '../i18n';

export function Forbidden({ role }: { role: string }) {
  const { t } = useLanguage();
  return <Result status="403" title={t.forbiddenTitle} subTitle={t.forbidden(role)} data-testid="forbidden" />;
}

export function ErrorState({ error, retry, role = 'reader' }: { error: ApiError; retry(): void; role?: string }) {
  const { t } = useLanguage();
  if (error.status === 403) return <Forbidden role={role} />;
  const reason = error.status === 0 || error.status === 502 ? t.errorNetwork : error.status >= 500 ? t.errorServer(error.status) : error.message;
  return (
    <Result
      status={error.status >= 500 || error.status === 0 ? '500' : 'warning'}
      title={t.errorTitle}
      subTitle={reason}
      extra={
        <Button type="primary" onClick={retry}>
          {t.retry}
        </Button>
      }
    />
  );
}
