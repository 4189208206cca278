import type { AppInfo } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';

/** What the shell can do (native dialogs or not); asked once, it does not change while the app runs. */
export function useAppInfo() {
  const { api } = useApi();
  return useQuery<AppInfo>('app-info', () => api['app.info']({}));
}
