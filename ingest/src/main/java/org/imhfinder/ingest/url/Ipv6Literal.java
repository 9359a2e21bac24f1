package org.imhfinder.ingest.url;

import java.util.Optional;

/**
 * IPv6 address literals as URLs write them ({@code [2001:db8::1]}, RFC 3986 §3.2.2): read into their
 * 16 bytes without any name lookup, and written in the one text form of RFC 5952 (lower-case hex,
 * no leading zeros, the longest run of two or more zero groups as {@code ::}, the first on a tie,
 * and an IPv4-mapped or IPv4-translated address in dotted form), so one address is one host.
 * Zone identifiers ({@code fe80::1%25eth0}, RFC 6874) and IPvFuture literals are not read: no
 * public page is served at one.
 */
public final class Ipv6Literal {
    private Ipv6Literal() {
    }

    /** The canonical {@code [literal]} of a URL's bracketed host, or empty when it is not a plain IPv6 address. */
    public static Optional<String> canonicalHost(String bracketed) {
        if (bracketed == null || bracketed.length() < 2 || bracketed.charAt(0) != '['
                || bracketed.charAt(bracketed.length() - 1) != ']') {
            return Optional.empty();
        }
        return parse(bracketed.substring(1, bracketed.length() - 1)).map(bytes -> "[" + format(bytes) + "]");
    }

    /** The 16 bytes of an IPv6 address in text (no brackets), or empty when it is not one. */
    public static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        int[] groups = new int[8];
        if (doubleColon < 0) {
            return groups(text, groups, 8, true) == 8 ? Optional.of(bytes(groups)) : Optional.empty();
        }
        int[] tail = new int[8];
        int head = doubleColon == 0 ? 0 : groups(text.substring(0, doubleColon), groups, 7, false);
        String rest = text.substring(doubleColon + 2);
        int after = rest.isEmpty() ? 0 : groups(rest, tail, 7 - Math.max(head, 0), true);
        if (head < 0 || after < 0 || head + after > 7) {
            return Optional.empty();
        }
        System.arraycopy(tail, 0, groups, 8 - after, after);
        return Optional.of(bytes(groups));
    }

    /**
     * Reads colon-separated groups into {@code into}, at most {@code max} of them; the
     * last may be a dotted IPv4 address (two groups) when {@code lastMayBeIpv4}. The number read, or -1
     * when the text is not groups.
     */
    private static int groups(String text, int[] into, int max, boolean lastMayBeIpv4) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (lastMayBeIpv4 && i == parts.length - 1 && part.indexOf('.') >= 0) {
                int v4 = ipv4(part);
                if (v4 == -1 || count + 2 > max) {
                    return -1;
                }
                into[count++] = v4 >>> 16;
                into[count++] = v4 & 0xffff;
            } else {
                int group = hexGroup(part);
                if (group < 0 || count + 1 > max) {
                    return -1;
                }
                into[count++] = group;
            }
        }
        return count;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** Four decimal octets (no leading zeros, RFC 3986's dec-octet) as one number, or -1. */
    private static int ipv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return -1;
        }
        int value = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || octet.length() > 1 && octet.charAt(0) == '0'
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(octet) > 255) {
                return -1;
            }
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }

    private static byte[] bytes(int[] groups) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (groups[i] >>> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return bytes;
    }

    /** RFC 5952's text of 16 bytes (no brackets). */
    public static String format(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (address[2 * i] & 0xff) << 8 | address[2 * i + 1] & 0xff;
        }
        boolean embedsIpv4 = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0
                && (groups[4] == 0 && groups[5] == 0xffff || groups[4] == 0xffff && groups[5] == 0);
        if (embedsIpv4) { // RFC 5952 §5: mapped (::ffff:0:0/96) and translated (::ffff:0:0:0/96) addresses in dotted form
            return (groups[4] == 0 ? "::ffff:" : "::ffff:0:") + (address[12] & 0xff) + "." + (address[13] & 0xff)
                    + "." + (address[14] & 0xff) + "." + (address[15] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952 §4.2.2: a single zero group is not shortened
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }
}
