// Which routes need no API key, no rate limit and no load shedding, by route template (what the
// router matched, so no spelling of a path can sneak past).

/** Probes and the metrics scrape: never limited, never shed, answered during shutdown. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** The probes plus what a browser loads without a key: Swagger UI and the playground's page and assets. */
const PUBLIC_EXACT = new Set([...PROBES, '/', '/docs', '/docs/', '/playground', '/playground/']);
const PUBLIC_PREFIXES = ['/docs/', '/playground/'];

export function isProbe(routeUrl: string | undefined): boolean {
  return routeUrl !== undefined && PROBES.has(routeUrl);
}

export function isPublicRoute(routeUrl: string | undefined): boolean {
  if (routeUrl === undefined) return false;
  return PUBLIC_EXACT.has(routeUrl) || PUBLIC_PREFIXES.some((prefix) => routeUrl.startsWith(prefix));
}
