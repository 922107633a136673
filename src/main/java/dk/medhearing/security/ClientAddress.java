package dk.medhearing.security;

/**
 * The client address of the HTTP request this thread is answering ({@code ServletRequest.getRemoteAddr()}: the
 * peer, or the address a trusted proxy forwarded when {@code server.forward-headers-strategy} is set), so that a
 * password check deep inside the engine knows where the attempt came from. Set by {@link LoginThrottleFilter}.
 */
final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {}

    /** {@code null} outside an HTTP request (startup, jobs). */
    static String current() {
        return CURRENT.get();
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}
