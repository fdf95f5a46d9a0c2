/**
 * Lua scripts run atomically inside Redis. Semantics match memory-store.ts.
 * The clock is Redis' own (TIME) so replicas with skewed clocks agree, unless
 * ARGV[1] carries an explicit time (tests drive a fake clock that way).
 *
 * admit: KEYS = bucket keys; ARGV = now|'' , leaseId, then ONE string with the
 *   checks, space-separated, five fields per key: kind ('r' rate, 'c' counter,
 *   'l' lease), amount, windowMs, cost, shadow ('1'|'0'). One packed argument
 *   instead of five per key costs less to encode in the gateway and to receive
 *   in Redis.
 * Returns { admitted, then per key: allowed, remaining, resetMs, retryAfterMs }.
 */
const CLOCK = `
local now
if ARGV[1] ~= '' then now = tonumber(ARGV[1]) else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local EPS = 0.000001
`;

export const ADMIT_SCRIPT = `${CLOCK}
local lease = ARGV[2]
local n = #KEYS
local out = {0}
local spec = {}
local admitted = 1
local i = 0
for kind, amount, win, cost, shadow in string.gmatch(ARGV[3], '(%a) (%S+) (%S+) (%S+) (%d)') do
  i = i + 1
  amount = tonumber(amount)
  win = tonumber(win)
  cost = tonumber(cost)
  local key = KEYS[i]
  local ok, remaining, reset, retry, plan = 0, 0, 0, 0, nil
  if kind == 'r' then
    local T = win / amount
    local tat = tonumber(redis.call('GET', key) or '0')
    if tat < now then tat = now end
    local diff = tat + cost * T - now
    if diff <= win + EPS then
      ok = 1
      remaining = math.floor((win - diff) / T + EPS)
      reset = math.ceil(diff - EPS)
      plan = tat + cost * T
    else
      remaining = math.floor((win - (tat - now)) / T + EPS)
      reset = math.ceil(tat - now - EPS)
      retry = math.ceil(diff - win - EPS)
      if retry < 1 then retry = 1 end
    end
  elseif kind == 'c' then
    local used = tonumber(redis.call('GET', key) or '0')
    reset = win
    if used + cost <= amount then
      ok = 1
      remaining = amount - used - cost
      plan = used
    else
      remaining = amount - used
      retry = win
    end
  else
    -- Expired leases (of a crashed replica) only matter when the set looks full:
    -- prune them then, so the common case costs one ZCARD.
    local held = redis.call('ZCARD', key)
    if held + 1 > amount then
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
      held = redis.call('ZCARD', key)
      if redis.call('ZSCORE', key, lease) then held = held - 1 end
    end
    if held + 1 <= amount then
      ok = 1
      remaining = amount - held - 1
    else
      local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
      retry = 1
      if first[2] then retry = math.ceil(tonumber(first[2]) - now) end
      if retry < 1 then retry = 1 end
    end
  end
  if remaining < 0 then remaining = 0 end
  if ok == 0 and shadow ~= '1' then admitted = 0 end
  spec[i] = { kind, win, cost, plan }
  out[#out + 1] = ok
  out[#out + 1] = remaining
  out[#out + 1] = reset
  out[#out + 1] = retry
end
if i ~= n then return redis.error_reply('limiter: checks do not match keys') end
out[1] = admitted
if admitted == 1 then
  for j = 1, n do
    if out[2 + (j - 1) * 4] == 1 then
      local sp = spec[j]
      local kind, win, key = sp[1], sp[2], KEYS[j]
      if kind == 'r' then
        redis.call('SET', key, string.format('%.4f', sp[4]), 'PX', math.ceil(sp[4] - now) + 1000)
      elseif kind == 'c' then
        redis.call('INCRBY', key, sp[3])
        -- The counter lives until its period ends: set once, when it is created.
        if sp[4] == 0 then redis.call('PEXPIRE', key, math.ceil(win)) end
      else
        redis.call('ZADD', key, now + win, lease)
        redis.call('PEXPIRE', key, math.ceil(win) + 1000)
      end
    end
  end
end
return out
`;

/**
 * settle: KEYS = bucket keys; ARGV = now|'', then per key: leaseId, kind, amount, windowMs, delta.
 * The lease id travels with each key so one call settles many requests (the store coalesces them).
 */
export const SETTLE_SCRIPT = `${CLOCK}
for i = 1, #KEYS do
  local b = 2 + (i - 1) * 5
  local lease = ARGV[b]
  local kind = ARGV[b + 1]
  local amount = tonumber(ARGV[b + 2])
  local win = tonumber(ARGV[b + 3])
  local delta = tonumber(ARGV[b + 4])
  local key = KEYS[i]
  if kind == 'l' then
    redis.call('ZREM', key, lease)
  elseif kind == 'r' then
    local s = redis.call('GET', key)
    if s or delta > 0 then
      local tat = tonumber(s or '0')
      if tat < now then tat = now end
      tat = tat + delta * (win / amount)
      if tat <= now then redis.call('DEL', key)
      else redis.call('SET', key, string.format('%.4f', tat), 'PX', math.ceil(tat - now) + 1000) end
    end
  else
    local s = redis.call('GET', key)
    if s then
      local v = tonumber(s) + delta
      if v < 0 then v = 0 end
      redis.call('SET', key, v, 'KEEPTTL')
    elseif delta > 0 then
      redis.call('SET', key, delta, 'PX', math.ceil(win))
    end
  end
end
return 1
`;

/** renew: KEYS = lease keys; ARGV = now|'', then per key: leaseId, windowMs. */
export const RENEW_SCRIPT = `${CLOCK}
for i = 1, #KEYS do
  local b = 2 + (i - 1) * 2
  local lease = ARGV[b]
  local win = tonumber(ARGV[b + 1])
  local s = redis.call('ZSCORE', KEYS[i], lease)
  if s and tonumber(s) > now then
    redis.call('ZADD', KEYS[i], now + win, lease)
    redis.call('PEXPIRE', KEYS[i], math.ceil(win) + 1000)
  end
end
return 1
`;
