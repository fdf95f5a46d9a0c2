import { fakeClock, limiterStoreContract } from '../../src/limits/store-contract.js';
import { createRedisLimiterStore } from '../../src/limits/redis-store.js';
import { connectTestRedis, deletePrefix, randomPrefix } from './redis-env.js';

limiterStoreContract('redis', async () => {
  const redis = await connectTestRedis();
  if (!redis) return undefined;
  const prefix = randomPrefix();
  const clock = fakeClock();
  const store = createRedisLimiterStore({ redis, prefix, now: clock.now });
  return {
    store,
    clock,
    cleanup: async () => { await deletePrefix(redis, prefix); redis.disconnect(); },
  };
});
