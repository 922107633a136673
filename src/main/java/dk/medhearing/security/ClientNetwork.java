package dk.medhearing.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the login limits count a client by: an IPv4 address as it is, an IPv6 address by its /64 network. One
 * household or server is usually given a whole /64 and can use any of its 2^64 addresses, so counting single IPv6
 * addresses would let a guesser take a fresh one for every attempt.
 */
final class ClientNetwork {

    /** An IP literal (digits, hex, ':' and '.', an optional zone): parsed without asking DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?");

    private ClientNetwork() {}

    /** The address or network to count {@code address} by; anything that is not an IPv6 literal is kept as it is. */
    static String of(String address) {
        if (address == null
                || address.indexOf(':') < 0
                || !IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            // an IPv4 address written as IPv6 (::ffff:10.0.0.1) is counted as that IPv4 address
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
