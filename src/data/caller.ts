/**
 * The calling identity every data-module method takes. The API routes build it
 * from the authenticated Identity; the CLI and the scheduler use `systemCaller`.
 */
import type { SecurityEvent } from '../control/events.js';
import type { Identity } from '../gateway/context.js';
import type { Role } from '../store/types.js';

export interface DataCaller {
  userId: string;
  teamId: string | null;
  role: Role;
  keyId?: string;
  address?: string;
  via: 'api' | 'cli' | 'system';
}

export function callerFromIdentity(identity: Pick<Identity, 'userId' | 'teamId' | 'role' | 'keyId'>, address?: string): DataCaller {
  return { userId: identity.userId, teamId: identity.teamId, role: identity.role, keyId: identity.keyId, ...(address ? { address } : {}), via: 'api' };
}

export function actorOf(caller: DataCaller): SecurityEvent['actor'] {
  return {
    userId: caller.userId,
    ...(caller.keyId ? { keyId: caller.keyId } : {}),
    ...(caller.address ? { address: caller.address } : {}),
    via: caller.via,
  };
}
