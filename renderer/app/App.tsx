import { useState } from 'react';
import { ApiContext, type ApiContextValue } from '../api/ApiContext';
import { connect } from '../api/connect';
import { MissingToken } from './MissingToken';
import { Shell } from './Shell';

/** Connects once, then shows the app, or the one screen that explains a missing token. */
export function App() {
  const [connection] = useState(connect);
  if (connection.kind === 'no-token') return <MissingToken />;
  const value: ApiContextValue = { api: connection.api, on: connection.on, shell: connection.kind };
  return (
    <ApiContext.Provider value={value}>
      <Shell />
    </ApiContext.Provider>
  );
}
