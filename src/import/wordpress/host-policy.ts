/**
 * Which URLs the importer may request. Content of an old site is untrusted input: a post can name any URL, and a
 * request to an internal address from the machine running the import (a router page, a cloud metadata service at
 * 169.254.169.254) must not happen because of it (SSRF). So:
 * - only http: and https:, never another scheme;
 * - only the site itself (`--url`, with or without `www.`) and the hosts its own API names as its media store
 *   (the `source_url` of embedded media: offloaded uploads on a CDN); images hot-linked from other sites are not
 *   copied (they belong to someone else) and are reported instead;
 * - no private, loopback or link-local address, checked on the address actually connected to (DNS may say
 *   anything), except for the `--url` host itself: the operator chose it, and a test site runs on 127.0.0.1.
 */
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** True for an address no import may connect to (IPv4-mapped IPv6 judged as its IPv4 address). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `www.x.go.id` and `x.go.id` are the same site. */
const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Jetpack's image CDN serves `https://i0.wp.com/<site host>/<path>`: the same file as on the site. */
export function withoutPhoton(url: URL): URL {
  const m = /^i[0-3]\.wp\.com$/i.test(url.hostname) ? /^\/([^/]+)(\/.*)$/.exec(url.pathname) : null;
  return m ? new URL(`${url.protocol}//${m[1]}${m[2]}`) : url;
}

export class HostPolicy {
  readonly site: URL;
  private readonly mediaHosts = new Set<string>();

  constructor(site: URL) {
    this.site = site;
  }

  /** Trusts a host that the site's own API gives as the location of its media. */
  addMediaHost(url: string): void {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed && /^https?:$/.test(parsed.protocol)) this.mediaHosts.add(bare(parsed.hostname));
  }

  /** True when `host` is the `--url` host (the only host allowed on a private address). */
  isSiteHost(host: string): boolean {
    return bare(host) === bare(this.site.hostname);
  }

  /** Why a URL may not be requested, in Indonesian; undefined when it may. */
  refusal(url: URL): string | undefined {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `skema ${url.protocol} tidak diizinkan`;
    if (url.username || url.password) return 'alamat memuat nama pengguna atau sandi';
    if (!this.isSiteHost(url.hostname) && !this.mediaHosts.has(bare(url.hostname))) return `berada di situs lain (${url.hostname})`;
    if (isIP(url.hostname.replace(/^\[|\]$/g, '')) && !this.isSiteHost(url.hostname) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      return `alamat jaringan internal (${url.hostname})`;
    }
    return undefined;
  }

  /** True when a connection to `address` (resolved for `host`) is allowed. */
  allowsAddress(host: string, address: string): boolean {
    return this.isSiteHost(host) || !isPrivateAddress(address);
  }
}
