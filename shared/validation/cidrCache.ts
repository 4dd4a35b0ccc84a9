// Parsed address fields, by text: parsing is the costliest step of the rules that read addresses,
// and the same strings recur on every edit.
import { parseCidr, type CidrResult } from '../net/cidr';

const CIDR_CACHE = new Map<string, CidrResult>();
const CIDR_CACHE_LIMIT = 50_000;

export function cachedCidr(text: string): CidrResult {
  let result = CIDR_CACHE.get(text);
  if (!result) {
    if (CIDR_CACHE.size >= CIDR_CACHE_LIMIT) CIDR_CACHE.clear();
    result = parseCidr(text);
    CIDR_CACHE.set(text, result);
  }
  return result;
}
