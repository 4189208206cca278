import { describe, expect, it, vi } from 'vitest';
import { dispatch, type ApiHandlers } from './dispatch';
import { createClient } from './client';
import { contract } from './contract';
import { ApiFailure } from './errors';
import { API_METHODS } from './methods';

const handlers = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async (input: unknown) => ({ echoed: input }))])) as unknown as ApiHandlers;

describe('the contract', () => {
  it('has a schema pair for exactly the listed methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...API_METHODS].sort());
  });
});

describe('dispatch', () => {
  it('refuses a method that is not in the contract', async () => {
    expect(await dispatch(handlers, 'store.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers, { toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('validates input, naming the bad field, before any handler runs', async () => {
    const result = await dispatch(handlers, 'drafts.save', { storyId: null, title: 7, content: '', text: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(result.ok ? '' : result.error.message).toContain('title');
    expect(await dispatch(handlers, 'copies.get', { id: 'a', extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handlers['drafts.save']).not.toHaveBeenCalled();
  });

  it('passes parsed input to the handler and wraps its value', async () => {
    expect(await dispatch(handlers, 'copies.get', { id: 'c1' })).toEqual({ ok: true, value: { echoed: { id: 'c1' } } });
    expect(await dispatch(handlers, 'store.status', undefined)).toEqual({ ok: true, value: { echoed: {} } });
  });

  it('returns typed failures and hides unexpected exceptions behind "internal"', async () => {
    const onInternal = vi.fn();
    const failing = {
      ...handlers,
      'copies.get': async () => {
        throw new ApiFailure('not-found', 'There is no copy c9.', { id: 'c9' });
      },
      'drafts.list': async () => {
        throw new TypeError('boom');
      },
    } as ApiHandlers;
    expect(await dispatch(failing, 'copies.get', { id: 'c9' }, onInternal)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no copy c9.', details: { id: 'c9' } },
    });
    expect(await dispatch(failing, 'drafts.list', {}, onInternal)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onInternal).toHaveBeenCalledTimes(1);
  });
});

describe('createClient', () => {
  it('offers exactly the contract methods over the given transport', async () => {
    const transport = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));
    const client = createClient(transport);
    expect(Object.keys(client).sort()).toEqual([...API_METHODS].sort());
    expect(await client['copies.get']({ id: 'x' })).toEqual({ ok: true, value: { method: 'copies.get', input: { id: 'x' } } });
    expect(Object.isFrozen(client)).toBe(true);
  });
});
