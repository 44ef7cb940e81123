// One tracker for the whole app, from the npm package. Importing whop-pixel does nothing by itself;
// main.tsx calls `init` once, before the first render.
import { createTracker } from 'whop-pixel';

export const tracker = createTracker();
