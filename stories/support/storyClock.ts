/**
 * A fixed "now", a few hours after the fixtures' last connections, so relative times ("2 hours
 * ago") read the same on every run.
 */
const storyNow = new Date('2026-11-26T06:00:00.000Z');

/** `storyNow` as the components' `now` prop wants it. */
export const storyClock = (): Date => storyNow;
