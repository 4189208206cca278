import { createContext, useContext } from 'react';
import type { ApiClient } from '../../shared/api/client';
import type { EventSubscriber } from '../../shared/api/events';

export interface ApiContextValue {
  api: ApiClient;
  on: EventSubscriber;
  /** Electron offers its own menus; the browser twin needs in-page ones. */
  shell: 'electron' | 'web';
}

export const ApiContext = createContext<ApiContextValue | null>(null);

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() used outside <ApiContext.Provider>: the app shell must provide the connection.');
  return value;
}
