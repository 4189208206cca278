/**
 * The seeded randomness of the crash loops: a failing run prints its seed, and COPYDESK_CRASH_SEED replays
 * it with the same choices in the test and in every child it starts. Test helper only.
 */

/** mulberry32: tiny, fast, and good enough to scatter kill times and pick operations. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An integer in [min, max]. */
export const between = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** The seed of this run: the replayed one, or a fresh one to print. */
export function crashSeed(): number {
  const replay = process.env.COPYDESK_CRASH_SEED;
  if (replay !== undefined && replay !== '') {
    const seed = Number(replay);
    if (!Number.isInteger(seed)) throw new Error(`COPYDESK_CRASH_SEED must be an integer, not ${JSON.stringify(replay)}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** Kills per test file: a few for every test run, the full count for `npm run test:soak`. */
export const crashRounds = (quick: number): number => (process.env.COPYDESK_SOAK === '1' ? 200 : quick);

/**
 * When a round's kill comes: while the child is still opening the store; right after it starts its n-th file
 * write (it announces each one), so the kill lands inside writes whatever the machine's speed; at a time
 * after it is ready, spread from a few milliseconds to a second, so kills also land in big writes, in the
 * middle of a batch and between operations; or, every fifth round, with its n-th write stopped half-way (the
 * child holds it there), so every run certainly includes kills that leave a half-written temporary file.
 */
export type KillPlan =
  | { kind: 'starting'; ms: number }
  | { kind: 'write'; n: number; ms: number }
  | { kind: 'ready'; ms: number }
  | { kind: 'hold'; n: number };

/** `maxWrite`: the last write a kill may aim at (a commit of many files is dozens of writes). */
export function killPlan(random: () => number, round: number, maxWrite = 8): KillPlan {
  if (round % 5 === 1) return { kind: 'hold', n: between(random, 1, maxWrite) };
  const roll = random();
  if (roll < 0.05) return { kind: 'starting', ms: 20 + random() * 400 };
  if (roll < 0.4) return { kind: 'write', n: between(random, 1, maxWrite), ms: random() < 0.5 ? 0 : random() * 5 };
  const spread = random();
  return { kind: 'ready', ms: spread < 0.5 ? random() * 40 : spread < 0.8 ? 40 + random() * 300 : 340 + random() * 700 };
}

export function describePlan(plan: KillPlan): string {
  if (plan.kind === 'starting') return `killed ${plan.ms.toFixed(1)} ms after start`;
  if (plan.kind === 'write') return `killed ${plan.ms.toFixed(1)} ms into write ${plan.n}`;
  if (plan.kind === 'hold') return `killed half-way through write ${plan.n}`;
  return `killed ${plan.ms.toFixed(1)} ms after ready`;
}
