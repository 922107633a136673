package dk.medhearing.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the login limits count a client by: IPv4 as it is, IPv6 by its /64 network, nothing looked up in DNS. */
class ClientNetworkTest {

    @Test
    void shouldCountAnIpv6AddressByItsNetworkAndAnIpv4AddressAsItIs() {
        // two addresses of one /64, written differently, and one of the next /64
        String one = ClientNetwork.of("2001:db8:0:1::17");
        String sameNetwork = ClientNetwork.of("2001:DB8:0:1:ffff:ffff:ffff:fffe");
        String otherNetwork = ClientNetwork.of("2001:db8:0:2::17");

        assertThat(one)
                .isEqualTo("20010db800000001::/64")
                .isEqualTo(sameNetwork)
                .isNotEqualTo(otherNetwork);
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0000000000000000::/64");
        assertThat(ClientNetwork.of("10.0.0.1")).isEqualTo("10.0.0.1");
        // an IPv4 address written as IPv6 is that IPv4 address
        assertThat(ClientNetwork.of("::ffff:10.0.0.1")).isEqualTo("10.0.0.1");
    }

    @Test
    void shouldKeepWhatIsNotAnAddressAsItIsWithoutAskingDns() {
        assertThat(ClientNetwork.of(null)).isNull();
        assertThat(ClientNetwork.of("")).isEmpty();
        assertThat(ClientNetwork.of("unknown")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("example.org:8080")).isEqualTo("example.org:8080");
        assertThat(ClientNetwork.of("2001:db8::zz")).isEqualTo("2001:db8::zz");
    }
}
