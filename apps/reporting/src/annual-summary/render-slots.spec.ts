import { NoRenderSlot, RenderSlots } from './render-slots';

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};

describe('render slots for two at once with one waiting', () => {
  it('runs two at once, queues the third, and refuses a fourth', async () => {
    const slots = new RenderSlots({ concurrent: 2, queued: 1, waitMs: 5_000 });
    const started: number[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) => slots.run(async () => (started.push(i), await g.opened, i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    await expect(slots.run(async () => 3)).rejects.toBeInstanceOf(NoRenderSlot);
    gates[0].open();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates[1].open();
    gates[2].open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(await slots.run(async () => 'free again')).toBe('free again');
  });

  it('gives up on a caller that waited too long, and frees its place in the queue', async () => {
    const slots = new RenderSlots({ concurrent: 1, queued: 1, waitMs: 20 });
    const busy = gate();
    const running = slots.run(() => busy.opened);
    await expect(slots.run(async () => 'late')).rejects.toThrow('no render slot came free within 20 ms');
    const next = slots.run(async () => 'next');
    busy.open();
    await running;
    expect(await next).toBe('next');
  });

  it('frees the slot of a render that failed', async () => {
    const slots = new RenderSlots({ concurrent: 1, queued: 0, waitMs: 20 });
    await expect(slots.run(() => Promise.reject(new Error('crashed')))).rejects.toThrow('crashed');
    expect(await slots.run(async () => 'ok')).toBe('ok');
  });
});
