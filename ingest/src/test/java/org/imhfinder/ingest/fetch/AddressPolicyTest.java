package org.imhfinder.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.imhfinder.ingest.url.Ipv6Literal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    /** Every range of the special-purpose registries, with what it is and whether it is a private network. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0                                | this network (0.0.0.0/8)                             | false",
            "0.1.2.3                                | this network (0.0.0.0/8)                             | false",
            "10.1.2.3                               | private (10.0.0.0/8)                                 | true",
            "100.64.0.1                             | shared address space, carrier-grade NAT (100.64.0.0/10) | true",
            "100.127.255.255                        | shared address space, carrier-grade NAT (100.64.0.0/10) | true",
            "127.0.0.1                              | loopback (127.0.0.0/8)                               | true",
            "127.8.9.10                             | loopback (127.0.0.0/8)                               | true",
            "169.254.169.254                        | link-local, cloud metadata (169.254.0.0/16)          | true",
            "172.16.0.1                             | private (172.16.0.0/12)                              | true",
            "172.31.255.255                         | private (172.16.0.0/12)                              | true",
            "192.0.0.8                              | IETF protocol assignments (192.0.0.0/24)             | false",
            "192.0.2.1                              | documentation, TEST-NET-1 (192.0.2.0/24)             | false",
            "192.88.99.1                            | deprecated 6to4 relay anycast (192.88.99.0/24)       | false",
            "192.168.1.1                            | private (192.168.0.0/16)                             | true",
            "198.18.0.1                             | benchmarking (198.18.0.0/15)                         | true",
            "198.19.255.255                         | benchmarking (198.18.0.0/15)                         | true",
            "198.51.100.7                           | documentation, TEST-NET-2 (198.51.100.0/24)          | false",
            "203.0.113.9                            | documentation, TEST-NET-3 (203.0.113.0/24)           | false",
            "224.0.0.1                              | multicast (224.0.0.0/4)                              | false",
            "239.255.255.250                        | multicast (224.0.0.0/4)                              | false",
            "240.0.0.1                              | reserved (240.0.0.0/4)                               | false",
            "254.1.1.1                              | reserved (240.0.0.0/4)                               | false",
            "255.255.255.255                        | limited broadcast (255.255.255.255)                  | false",
            "::                                     | unspecified (::)                                     | false",
            "::1                                    | loopback (::1)                                       | true",
            "::ffff:127.0.0.1                       | IPv4-mapped (::ffff:0:0/96) of loopback (127.0.0.0/8) | true",
            "::ffff:192.0.2.1                       | IPv4-mapped (::ffff:0:0/96) of documentation, TEST-NET-1 (192.0.2.0/24) | false",
            "::ffff:0:10.0.0.1                      | IPv4-translated (::ffff:0:0:0/96)                    | false",
            "::127.0.0.1                            | deprecated IPv4-compatible (::/96)                   | false",
            "::8.8.8.8                              | deprecated IPv4-compatible (::/96)                   | false",
            "64:ff9b::a9fe:a9fe                     | NAT64 (64:ff9b::/96) of link-local, cloud metadata (169.254.0.0/16) | true",
            "64:ff9b::10.1.2.3                      | NAT64 (64:ff9b::/96) of private (10.0.0.0/8)         | true",
            "64:ff9b::203.0.113.1                   | NAT64 (64:ff9b::/96) of documentation, TEST-NET-3 (203.0.113.0/24) | false",
            "64:ff9b:1::a00:1                       | local-use NAT64 (64:ff9b:1::/48)                     | true",
            "100::1                                 | discard-only (100::/64)                              | false",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2   | Teredo (2001::/32)                                   | false",
            "2001:0:a00:1::1                        | Teredo (2001::/32)                                   | false",
            "2001:2::1                              | benchmarking (2001:2::/48)                           | true",
            "2001:20::1                             | IETF protocol assignments (2001::/23)                | false",
            "2001:db8::1                            | documentation (2001:db8::/32)                        | false",
            "2002:7f00:1::1                         | 6to4 (2002::/16) of loopback (127.0.0.0/8)           | true",
            "2002:c0a8:101::1                       | 6to4 (2002::/16) of private (192.168.0.0/16)         | true",
            "2002:c000:201::1                       | 6to4 (2002::/16) of documentation, TEST-NET-1 (192.0.2.0/24) | false",
            "2002:e000:1::1                         | 6to4 (2002::/16) of multicast (224.0.0.0/4)          | false",
            "3fff::1                                | documentation (3fff::/20)                            | false",
            "5f00::1                                | SRv6 segment identifiers (5f00::/16)                 | true",
            "fc00::1                                | unique-local (fc00::/7)                              | true",
            "fd00:ec2::254                          | unique-local (fc00::/7)                              | true",
            "fe80::1                                | link-local (fe80::/10)                               | true",
            "fec0::1                                | deprecated site-local (fec0::/10)                    | true",
            "ff02::1                                | multicast (ff00::/8)                                 | false",
            "1::1                                   | reserved (outside global unicast 2000::/3)           | false",
            "4000::1                                | reserved (outside global unicast 2000::/3)           | false",
            "e000::1                                | reserved (outside global unicast 2000::/3)           | false",
    })
    void everySpecialPurposeRangeIsKnownForWhatItIs(String address, String name, boolean privateNetwork) throws Exception {
        assertThat(AddressPolicy.special(bytes(address))).isEqualTo(new AddressPolicy.Special(name, privateNetwork));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "192.169.0.1", "192.0.3.1",
            "192.31.196.1", "198.20.0.1", "198.51.101.1", "203.0.114.1", "223.255.255.255", "2606:4700::6810:84e5",
            "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8", "2001:200::1", "2620:4f:8000::1", "3fff:1000::1"})
    void publicAddressesAreNotSpecial(String address) throws Exception {
        assertThat(AddressPolicy.special(bytes(address))).isNull();
    }

    @ParameterizedTest(name = "{0} (private networks allowed: {1}): {2}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/                | false | loopback (127.0.0.0/8)",
            "http://localhost:8080/           | false | loopback",
            "http://[::1]:8080/               | false | loopback (::1)",
            "http://[::ffff:127.0.0.1]/       | false | loopback (127.0.0.0/8)",
            "http://[64:ff9b::7f00:1]/        | false | NAT64 (64:ff9b::/96) of loopback",
            "http://[2002:a9fe:a9fe::1]/      | false | 6to4 (2002::/16) of link-local",
            "http://192.0.2.1/                | false | documentation",
            "http://127.0.0.1/                | true  | ",
            "http://[::1]:8080/               | true  | ",
            "http://[fd00::2]/                | true  | ",
            "http://[2002:7f00:1::1]/         | true  | ",
            "http://192.0.2.1/                | true  | documentation, TEST-NET-1 (192.0.2.0/24)",
            "http://198.51.100.1/             | true  | documentation, TEST-NET-2 (198.51.100.0/24)",
            "http://203.0.113.1/              | true  | documentation, TEST-NET-3 (203.0.113.0/24)",
            "http://[2001:db8::1]/x           | true  | documentation (2001:db8::/32)",
            "http://224.0.0.1/                | true  | multicast",
            "http://255.255.255.255/          | true  | limited broadcast",
            "http://0.0.0.0:8080/             | true  | this network",
            "http://[::]:8080/                | true  | unspecified",
            "http://[2001:0:4136:e378::1]/    | true  | Teredo",
            "http://[64:ff9b::c000:201]/      | true  | NAT64 (64:ff9b::/96) of documentation",
    })
    void privateNetworksAreRefusedUnlessAllowedAndNoWebSiteAddressIsEverFetched(String url, boolean allowPrivate,
                                                                              String refusedBecause) {
        String refusal = new AddressPolicy(allowPrivate).refusal(URI.create(url));
        if (refusedBecause == null) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).contains(refusedBecause, "not a public address");
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetchedEvenWhenPrivateNetworksAreAllowed() {
        assertThat(new AddressPolicy(true).refusal(URI.create("file:///etc/passwd"))).contains("only http and https");
        assertThat(new AddressPolicy(true).refusal(URI.create("ftp://example.org/"))).contains("only http and https");
    }

    @Test
    void aTrustedAuthorityIsExemptAndNoOtherPortOfTheSameAddressIs() {
        AddressPolicy policy = new AddressPolicy(false, "127.0.0.1:4000"::equals);
        assertThat(policy.refusal(URI.create("http://127.0.0.1:4000/x"))).isNull();
        assertThat(policy.refusal(URI.create("http://127.0.0.1:4001/x"))).isNotNull();
    }

    /** An address's bytes as written: IPv6 through the crawler's own reader, which keeps an IPv4-mapped address in 16 bytes. */
    private static byte[] bytes(String address) throws Exception {
        return address.contains(":") ? Ipv6Literal.parse(address).orElseThrow() : InetAddress.getByName(address).getAddress();
    }
}
