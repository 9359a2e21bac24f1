package org.imhfinder.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which addresses the crawler may fetch: never loopback, private, link-local (cloud metadata
 * lives there) or wildcard addresses unless private networks are allowed. Checked on the
 * resolved address, for every request.
 */
public final class AddressPolicy {
    private final boolean allowPrivateNetworks;

    public AddressPolicy(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** Null when the URL may be fetched, else why not. */
    public String refusal(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            return "only http and https are fetched: " + url.getScheme();
        }
        if (allowPrivateNetworks) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isPrivate(address)) {
                    return "address " + address.getHostAddress() + " of " + url.getHost() + " is private or local";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}
