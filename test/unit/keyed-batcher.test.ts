/** The batcher that groups items arriving together (a link's clicks into `claimUses` updates): what goes out together, and in what order. */
import { KeyedBatcher } from '../../lib/keyed-batcher';

/** A send that records each batch and answers when released, so a test controls what is in flight. */
function controlledSend() {
  const batches: { key: string; items: number[]; release: () => void; fail: (error: Error) => void }[] = [];
  const send = (key: string, items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({ key, items, release: () => resolve(items.map((item) => `${key}:${item}`)), fail: reject });
    });
  return { batches, send };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('a lone item goes out at once; items queued behind full lanes go out together, in arrival order', async () => {
  const { batches, send } = controlledSend();
  const batcher = new KeyedBatcher(1, 50, send);
  const first = batcher.run('link', 1);
  await flush();
  expect(batches.map((batch) => batch.items)).toEqual([[1]]);

  const queued = [2, 3, 4].map((item) => batcher.run('link', item));
  await flush();
  expect(batches).toHaveLength(1);
  batches[0]!.release();
  expect(await first).toBe('link:1');
  await flush();
  expect(batches.map((batch) => batch.items)).toEqual([[1], [2, 3, 4]]);
  batches[1]!.release();
  expect(await Promise.all(queued)).toEqual(['link:2', 'link:3', 'link:4']);
});

test('at most `lanes` batches in flight per key, each of at most `maxBatch` items; keys do not wait for each other', async () => {
  const { batches, send } = controlledSend();
  const batcher = new KeyedBatcher(2, 3, send);
  const answers = Array.from({ length: 9 }, (_, item) => batcher.run('a', item));
  const other = batcher.run('b', 100);
  await flush();
  expect(batches.map((batch) => [batch.key, batch.items])).toEqual([
    ['a', [0]],
    ['a', [1]],
    ['b', [100]],
  ]);
  batches[0]!.release();
  await flush();
  expect(batches[3]!.items).toEqual([2, 3, 4]);
  batches[1]!.release();
  await flush();
  expect(batches[4]!.items).toEqual([5, 6, 7]);
  batches[3]!.release();
  await flush();
  expect(batches[5]!.items).toEqual([8]);
  batches[4]!.release();
  batches[5]!.release();
  batches[2]!.release();
  expect(await Promise.all(answers)).toEqual(Array.from({ length: 9 }, (_, item) => `a:${item}`));
  expect(await other).toBe('b:100');
});

test('a failed send fails every item of its batch and no other', async () => {
  const { batches, send } = controlledSend();
  const batcher = new KeyedBatcher(1, 50, send);
  const first = batcher.run('link', 1);
  await flush();
  const second = [2, 3].map((item) => batcher.run('link', item));
  batches[0]!.fail(new Error('unreachable'));
  await expect(first).rejects.toThrow('unreachable');
  await flush();
  batches[1]!.release();
  expect(await Promise.all(second)).toEqual(['link:2', 'link:3']);
});
