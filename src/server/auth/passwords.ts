import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with Argon2id (memory-hard, salted). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches the stored Argon2 hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
