package org.imhfinder.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255",
            "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::127.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1", "2001:db8::1"})
    void loopbackPrivateLinkLocalAndReservedAddressesAreNotPublic(String address) throws Exception {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "192.169.0.1",
            "2606:4700::6810:84e5", "64:ff9b::808:808", "2002:0808:0808::1"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void localHostsAreRefusedUnlessPrivateNetworksAreAllowed() {
        assertThat(new AddressPolicy(false).refusal(URI.create("http://localhost:8080/"))).contains("loopback");
        assertThat(new AddressPolicy(false).refusal(URI.create("http://127.0.0.1/"))).contains("127.0.0.1");
        assertThat(new AddressPolicy(true).refusal(URI.create("http://127.0.0.1/"))).isNull();
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
}
