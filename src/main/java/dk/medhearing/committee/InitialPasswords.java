package dk.medhearing.committee;

/**
 * The password a user created from the organisation file starts with. The security module decides (demo password
 * in the default profile, a random one nobody knows in {@code prod}); the organisation only asks.
 */
public interface InitialPasswords {

    String forNewUser();
}
