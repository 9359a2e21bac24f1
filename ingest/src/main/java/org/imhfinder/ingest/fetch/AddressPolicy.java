package org.imhfinder.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;
import org.imhfinder.ingest.url.Ipv6Literal;
import org.imhfinder.sources.SourceDefinition;

/**
 * Which addresses the crawler may fetch: only http and https, and only public unicast addresses,
 * checked on every address the host name resolves to, before every request, redirects included.
 *
 * <p>Refused are the ranges of IANA's IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890
 * and its updates) that are not globally reachable, plus multicast and, for IPv6, everything
 * outside global unicast (2000::/3). Addresses that carry an IPv4 address (IPv4-mapped, NAT64's
 * 64:ff9b::/96, 6to4's 2002::/16) are judged by the IPv4 address they carry. Ranges are of two
 * kinds: <em>private networks</em> (loopback, private, link-local with the cloud metadata service,
 * carrier-grade NAT, unique-local, benchmarking labs), which {@code IMH_CRAWL_ALLOW_PRIVATE_NETWORKS}
 * lets the demo and tests use; and addresses no web site is ever served at (this network,
 * documentation, multicast, broadcast, reserved, protocol assignments with Teredo, deprecated
 * forms), refused whatever the setting says.
 */
public final class AddressPolicy {
    /** A special-purpose range an address falls in: its name (with the range), and whether it is a private network. */
    record Special(String name, boolean privateNetwork) {
    }

    private record Range(byte[] prefix, int bits, Special special, boolean carriesIpv4) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit += 8) {
                int mask = bits - bit >= 8 ? 0xff : 0xff << (8 - (bits - bit)) & 0xff;
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** IANA IPv4 Special-Purpose Address Registry (not globally reachable), multicast and broadcast; most specific first. */
    private static final List<Range> IPV4 = List.of(
            never("0.0.0.0", 8, "this network (0.0.0.0/8)"),
            network("10.0.0.0", 8, "private (10.0.0.0/8)"),
            network("100.64.0.0", 10, "shared address space, carrier-grade NAT (100.64.0.0/10)"),
            network("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            network("169.254.0.0", 16, "link-local, cloud metadata (169.254.0.0/16)"),
            network("172.16.0.0", 12, "private (172.16.0.0/12)"),
            never("192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)"),
            never("192.0.2.0", 24, "documentation, TEST-NET-1 (192.0.2.0/24)"),
            never("192.88.99.0", 24, "deprecated 6to4 relay anycast (192.88.99.0/24)"),
            network("192.168.0.0", 16, "private (192.168.0.0/16)"),
            network("198.18.0.0", 15, "benchmarking (198.18.0.0/15)"),
            never("198.51.100.0", 24, "documentation, TEST-NET-2 (198.51.100.0/24)"),
            never("203.0.113.0", 24, "documentation, TEST-NET-3 (203.0.113.0/24)"),
            never("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            never("255.255.255.255", 32, "limited broadcast (255.255.255.255)"),
            never("240.0.0.0", 4, "reserved (240.0.0.0/4)"));

    /** IANA IPv6 Special-Purpose Address Registry (not globally reachable) and the scopes outside global unicast; most specific first. */
    private static final List<Range> IPV6 = List.of(
            never("::", 128, "unspecified (::)"),
            network("::1", 128, "loopback (::1)"),
            carrying("::ffff:0:0", 96, "IPv4-mapped (::ffff:0:0/96)"),
            never("::ffff:0:0:0", 96, "IPv4-translated (::ffff:0:0:0/96)"),
            never("::", 96, "deprecated IPv4-compatible (::/96)"),
            carrying("64:ff9b::", 96, "NAT64 (64:ff9b::/96)"),
            network("64:ff9b:1::", 48, "local-use NAT64 (64:ff9b:1::/48)"),
            never("100::", 64, "discard-only (100::/64)"),
            never("2001::", 32, "Teredo (2001::/32)"),
            network("2001:2::", 48, "benchmarking (2001:2::/48)"),
            never("2001::", 23, "IETF protocol assignments (2001::/23)"),
            never("2001:db8::", 32, "documentation (2001:db8::/32)"),
            carrying("2002::", 16, "6to4 (2002::/16)"),
            never("3fff::", 20, "documentation (3fff::/20)"),
            network("5f00::", 16, "SRv6 segment identifiers (5f00::/16)"),
            network("fc00::", 7, "unique-local (fc00::/7)"),
            network("fe80::", 10, "link-local (fe80::/10)"),
            network("fec0::", 10, "deprecated site-local (fec0::/10)"),
            never("ff00::", 8, "multicast (ff00::/8)"));

    private static final Range GLOBAL_UNICAST = never("2000::", 3, "global unicast");
    private static final Special OUTSIDE_GLOBAL_UNICAST = new Special("reserved (outside global unicast 2000::/3)", false);

    private final boolean allowPrivateNetworks;
    private final Predicate<String> trustedAuthority;

    public AddressPolicy(boolean allowPrivateNetworks) {
        this(allowPrivateNetworks, authority -> false);
    }

    /** With authorities ({@code host:port}) exempt from the address check: for tests that stand in for public sites. */
    public AddressPolicy(boolean allowPrivateNetworks, Predicate<String> trustedAuthority) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.trustedAuthority = trustedAuthority;
    }

    /** Null when the URL may be fetched, else why not. */
    public String refusal(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            return "only http and https are fetched, not " + url.getScheme();
        }
        if (url.getHost() == null) {
            return "no host in " + url;
        }
        if (trustedAuthority.test(SourceDefinition.authorityOf(url))) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            // with private networks allowed (demo, tests) an unknown host fails as the request itself would
            return allowPrivateNetworks ? null : "unknown host " + url.getHost();
        }
        for (InetAddress address : addresses) {
            Special special = special(address);
            if (special != null && !(allowPrivateNetworks && special.privateNetwork())) {
                return "address " + address.getHostAddress() + " of " + url.getHost() + " is " + special.name()
                        + ", not a public address";
            }
        }
        return null;
    }

    /** The special-purpose range of an address, or null for a public unicast address. */
    static Special special(InetAddress address) {
        return special(address.getAddress());
    }

    static Special special(byte[] address) {
        List<Range> ranges = address.length == 4 ? IPV4 : IPV6;
        for (Range range : ranges) {
            if (range.contains(address)) {
                return range.carriesIpv4() ? carried(range, address) : range.special();
            }
        }
        return address.length == 16 && !GLOBAL_UNICAST.contains(address) ? OUTSIDE_GLOBAL_UNICAST : null;
    }

    /** An address that carries an IPv4 address is what that IPv4 address is (6to4: bits 16-47; the others: the last 32). */
    private static Special carried(Range range, byte[] address) {
        int at = range.bits() == 16 ? 2 : 12;
        byte[] ipv4 = {address[at], address[at + 1], address[at + 2], address[at + 3]};
        Special inner = special(ipv4);
        return inner == null ? null : new Special(range.special().name() + " of " + inner.name(), inner.privateNetwork());
    }

    private static Range network(String prefix, int bits, String name) {
        return new Range(bytes(prefix), bits, new Special(name, true), false);
    }

    private static Range never(String prefix, int bits, String name) {
        return new Range(bytes(prefix), bits, new Special(name, false), false);
    }

    private static Range carrying(String prefix, int bits, String name) {
        return new Range(bytes(prefix), bits, new Special(name, false), true);
    }

    private static byte[] bytes(String literal) {
        if (literal.indexOf(':') >= 0) {
            return Ipv6Literal.parse(literal)
                    .orElseThrow(() -> new IllegalArgumentException("not an IPv6 address: " + literal));
        }
        String[] octets = literal.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(octets[i]);
        }
        return bytes;
    }
}
