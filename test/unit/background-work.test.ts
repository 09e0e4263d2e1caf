import { createBackgroundWork } from '../../lib/background-work';

/** A promise settled from outside, to hold work in flight for as long as the test needs. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('createBackgroundWork', () => {
  test('drain waits for the work in flight, and failures go to onError instead of being lost', async () => {
    const background = createBackgroundWork();
    const held = gate();
    const done: string[] = [];
    const errors: unknown[] = [];
    background.run(async () => {
      await held.opened;
      done.push('held');
    }, (error) => errors.push(error));
    background.run(() => Promise.reject(new Error('provider down')), (error) => errors.push(error));

    let drained = false;
    const draining = background.drain().then(() => (drained = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    held.open();
    await draining;
    expect(done).toEqual(['held']);
    expect(errors).toEqual([new Error('provider down')]);
  });

  test('with nothing in flight, drain settles at once', async () => {
    const background = createBackgroundWork();
    background.run(() => Promise.resolve(), () => undefined);
    await background.drain();
    await expect(background.drain()).resolves.toBeUndefined();
  });
});
