import { isIP } from "node:net";
import os from "node:os";

/**
 * DNS rebinding: a page on evil.example re-points its name at this server's address, and the
 * browser then treats the server's answers as evil.example's own. Such a request still carries
 * `Host: evil.example`, so requests are answered only for the server's own names: localhost
 * names, any IP address (a rebinding needs a name the attacker controls; an address can only
 * reach this server as itself, also through a port mapping), this machine's host name, and the
 * names in `ALLOWED_HOSTS` (a leading `*.` allows every subdomain).
 */
export type HostCheck = (hostHeader: string | undefined) => boolean;

/** The host name of a `Host` header, without its port or an IPv6 literal's brackets. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith("["))
    return host.slice(1, host.indexOf("]") > 0 ? host.indexOf("]") : undefined);
  const colon = host.indexOf(":");
  const name = colon >= 0 ? host.slice(0, colon) : host;
  return name.endsWith(".") ? name.slice(0, -1) : name;
}

export function createHostCheck(allowedHosts: readonly string[]): HostCheck {
  const machine = os.hostname().toLowerCase();
  const exact = new Set<string>(["localhost", machine, `${machine}.local`]);
  const suffixes: string[] = [".localhost"];
  for (const entry of allowedHosts) {
    const name = entry.trim().toLowerCase();
    if (name.startsWith("*.")) suffixes.push(name.slice(1));
    else if (name) exact.add(hostName(name));
  }
  return (hostHeader) => {
    // HTTP/1.0 programs may send none; a browser always does.
    if (hostHeader === undefined) return true;
    const name = hostName(hostHeader);
    if (isIP(name) !== 0) return true;
    return exact.has(name) || suffixes.some((suffix) => name.endsWith(suffix));
  };
}
