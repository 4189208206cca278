import { useEffect, useRef } from 'react';
import type { ApiEventPayload } from '../../shared/api/events';
import type { ApiEvent } from '../../shared/api/methods';
import { useApi } from './ApiContext';

/** Listens to one service event for the component's lifetime; the latest handler is always the one called. */
export function useEvent<E extends ApiEvent>(event: E, handler: (payload: ApiEventPayload<E>) => void): void {
  const { on } = useApi();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => on(event, (payload) => handlerRef.current(payload)), [on, event]);
}
