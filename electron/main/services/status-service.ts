import type { StoreStatus } from '../../../shared/api/contract';
import type { Store } from '../store/open-store';

/** store.status: where the data lives, whether it can be saved, and every notice the UI must show. */
export const storeStatus = (store: Store): StoreStatus => ({
  dataDir: store.dataDir,
  schemaVersion: store.meta.schemaVersion,
  writable: store.health.writable,
  counts: { copies: store.copies.count, stories: store.stories.count, drafts: store.drafts.count },
  notices: store.health.notices(),
});
