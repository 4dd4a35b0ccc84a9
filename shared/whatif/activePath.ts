// Which of a site's paths to a VNet carries the traffic while all of them are up. Azure prefers
// ExpressRoute over a site-to-site VPN for the same prefixes (the VPN is the failover path:
// expressroute-howto-coexist-resource-manager.md, "ExpressRoute is preferred"); between paths of the
// same kind the shorter round trip is taken, as BGP tuned for latency would, and a path with an
// unknown round trip comes last.
import type { PathEstimate, SiteVnetEstimate } from '../estimate/types';

function better(a: PathEstimate, b: PathEstimate): number {
  const viaRank = (p: PathEstimate) => (p.path.via === 'expressRoute' ? 0 : 1);
  if (viaRank(a) !== viaRank(b)) return viaRank(a) - viaRank(b);
  return (a.rttMs ?? Number.POSITIVE_INFINITY) - (b.rttMs ?? Number.POSITIVE_INFINITY);
}

/** The path that carries the site's traffic to the VNet, or undefined when it has none. */
export function activePath(estimate: SiteVnetEstimate): PathEstimate | undefined {
  let best: PathEstimate | undefined;
  for (const p of estimate.paths) if (!best || better(p, best) < 0) best = p;
  return best;
}

/** The elements and links a path runs through, as a key that names the route. */
export const routeOf = (p: PathEstimate): string => p.path.elementIds.join('>');
