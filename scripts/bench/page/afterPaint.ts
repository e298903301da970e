/**
 * Resolves with `performance.now()` just after the first frame whose DOM, as seen at its
 * requestAnimationFrame step, meets `condition`, or with null at `deadline`. A message posted
 * from the frame's rAF callback runs only after that frame's style, layout and paint: its time
 * is when the frame was painted.
 */
export function afterPaintWhen(condition: () => boolean, deadline: number): Promise<number | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    const tick = () => {
      if (condition()) channel.port2.postMessage(null);
      else if (performance.now() > deadline) resolve(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Waits for `count` painted frames: lets pending work (a commit, a scroll) settle between repetitions. */
export async function frames(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await afterPaintWhen(() => true, Infinity);
}
