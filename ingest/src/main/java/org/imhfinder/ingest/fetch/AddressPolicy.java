package org.imhfinder.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;
import org.imhfinder.sources.SourceDefinition;

/**
 * Which addresses the crawler may fetch: only http and https, and never loopback, private,
 * link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast, wildcard or reserved addresses unless private networks are allowed. Checked on
 * every address the host name resolves to, before every request, redirects included.
 */
public final class AddressPolicy {
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
        if (allowPrivateNetworks || trustedAuthority.test(SourceDefinition.authorityOf(url))) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return "address " + address.getHostAddress() + " of " + url.getHost()
                            + " is loopback, private, link-local or reserved";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return isPrivateV4(b);
        }
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
        boolean ipv4Compatible = isZero(b, 0, 12);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        if (ipv4Compatible || nat64 || isSixToFour(b)) {
            byte[] v4 = embeddedV4(b);
            return v4 == null || isPrivateV4(v4);
        }
        return uniqueLocal || documentation || address instanceof Inet6Address i6 && i6.isIPv4CompatibleAddress();
    }

    private static boolean isPrivateV4(byte[] b) {
        int a = b[0] & 0xff;
        int s = b[1] & 0xff;
        return a == 0 || a == 10 || a == 127 || a >= 224                 // this network, private, loopback, multicast/reserved
                || a == 100 && (s & 0xc0) == 64                            // 100.64/10 carrier-grade NAT
                || a == 169 && s == 254                                    // link-local, cloud metadata
                || a == 172 && (s & 0xf0) == 16                            // 172.16/12
                || a == 192 && s == 168                                    // 192.168/16
                || a == 192 && s == 0 && (b[2] & 0xff) == 0                // 192.0.0/24 protocol assignments
                || a == 198 && (s & 0xfe) == 18;                           // 198.18/15 benchmarking
    }

    private static boolean isSixToFour(byte[] b) {
        return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
    }

    private static byte[] embeddedV4(byte[] b) {
        if (isSixToFour(b)) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return new byte[] {b[12], b[13], b[14], b[15]};
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
