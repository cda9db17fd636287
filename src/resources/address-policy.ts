// Which network addresses a user-supplied URL may reach. Anything but ordinary public unicast is
// refused unless ALLOW_PRIVATE_URLS is set: loopback, private, link-local (cloud metadata at
// 169.254.169.254), carrier-grade NAT, multicast, reserved and documentation ranges. Otherwise
// any caller could make the service read internal systems (server-side request forgery).
//
// The ranges come from ipaddr.js. IPv6 forms that carry an IPv4 address (IPv4-mapped, SIIT
// ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address inside, since a
// gateway may forward them to it; Teredo, local-use NAT64 and the deprecated IPv4-compatible form
// are refused outright.
import ipaddr from 'ipaddr.js';

type V6 = ipaddr.IPv6;

/** Where the embedded IPv4 address sits, for each IPv6 range that carries one. */
const EMBEDDED_V4: Record<string, (address: V6) => ipaddr.IPv4 | null> = {
  ipv4Mapped: (address) => address.toIPv4Address(),
  rfc6145: (address) => lastFourBytes(address),
  // 64:ff9b::/96 only; the local-use 64:ff9b:1::/48 is a private network's own translator.
  rfc6052: (address) => (address.match(ipaddr.IPv6.parse('64:ff9b::'), 96) ? lastFourBytes(address) : null),
  '6to4': (address) => new ipaddr.IPv4(address.toByteArray().slice(2, 6)),
};

function lastFourBytes(address: V6): ipaddr.IPv4 {
  return new ipaddr.IPv4(address.toByteArray().slice(12, 16));
}

export function isPublicAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '').split('%')[0]!;
  if (!ipaddr.isValid(text)) return false;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as V6;
  const range = v6.range();
  const embedded = EMBEDDED_V4[range];
  if (embedded) {
    const v4 = embedded(v6);
    return v4 !== null && v4.range() === 'unicast';
  }
  // ::a.b.c.d (IPv4-compatible, deprecated) is "unicast" to ipaddr.js but reaches IPv4 space.
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return false;
  return range === 'unicast';
}

/** 127.0.0.0/8, ::1, and loopback written as IPv4-mapped IPv6 (::ffff:127.0.0.1, as Node reports it on dual-stack sockets). */
export function isLoopbackAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'loopback';
}
