import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, contract, type ChannelName } from '@core/ipc/contract';
import { COMMANDS, makeHandler } from '../../../electron/main/ipc';
import type { Command } from '../../../electron/main/ipc/types';
import { testContext } from './context';

/**
 * Bad input: at least 10,000 random and hostile payloads per channel. Each
 * gets a clear answer (never a throw), and a rejected payload changes nothing
 * that was stored.
 */
const RUNS = 10_000;

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '__proto__',
    'constructor',
    '\u202e2026-01-01',
    '2026-02-30',
    '0000-00-00',
    '9999-12-31',
    '2026-1-1',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    "'; DROP TABLE cases; --",
    '\u0000',
    'x'.repeat(100_000),
  ),
);

const anything = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('procedure', 'dates', 'application', 'language', 'code')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Payloads shaped almost like valid ones: the interesting near-misses. */
const nearCase = fc.record(
  {
    procedure: fc.oneof(fc.constantFrom('asylum', 'temporary-protection'), hostileString),
    track: fc.oneof(fc.constantFrom('dublin', 'general', 'unknown'), hostileString, fc.integer()),
    decisionOutcome: fc.oneof(fc.constantFrom('granted', 'rejected'), hostileString),
    dates: fc.oneof(fc.dictionary(fc.constantFrom('registration', 'application', 'decision', 'appealLodged', 'pip', 'evil'), hostileString), anything),
  },
  { requiredKeys: [] },
);

const event = { sender: { mainFrame: { url: 'app://wegwijs/index.html' } } } as unknown as IpcMainInvokeEvent;
(event as unknown as { senderFrame: unknown }).senderFrame = (event.sender as unknown as { mainFrame: unknown }).mainFrame;

const context = () => testContext();

const saved = { procedure: 'asylum' as const, dates: { application: '2026-01-31' } };

describe('IPC under hostile input', () => {
  for (const name of Object.keys(CHANNELS) as ChannelName[]) {
    it(`${CHANNELS[name]}: ${RUNS} random payloads, each answered, nothing stored changed by a rejected one`, async () => {
      const ctx = context();
      await ctx.store.saveCase(saved);
      await ctx.store.saveSettings({ language: 'ar' });
      const handler = makeHandler(name, COMMANDS[name] as Command<typeof name>, ctx);
      const schema = contract[name].request;
      await fc.assert(
        fc.asyncProperty(name === 'saveCase' ? fc.oneof(nearCase, anything) : anything, async (payload) => {
          const valid = schema.safeParse(payload).success;
          const before = JSON.stringify([await ctx.store.loadCase(), await ctx.store.loadSettings()]);
          const result = await handler(event, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!valid) {
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('invalid-payload');
              expect(result.error.message.length).toBeLessThan(300);
            }
            expect(JSON.stringify([await ctx.store.loadCase(), await ctx.store.loadSettings()])).toBe(before);
          }
          if (valid && name !== 'saveCase' && name !== 'saveSettings' && name !== 'deleteAll') {
            expect(JSON.stringify([await ctx.store.loadCase(), await ctx.store.loadSettings()])).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});
