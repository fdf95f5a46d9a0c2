import { fakeClock, limiterStoreContract } from './store-contract.js';
import { createMemoryLimiterStore } from './memory-store.js';

limiterStoreContract('memory', async () => {
  const clock = fakeClock();
  const store = createMemoryLimiterStore({ now: clock.now });
  return { store, clock, cleanup: () => store.close() };
});
