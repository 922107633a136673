package dk.medhearing.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

import java.time.Duration;

/**
 * Camunda's database identity provider, with every password check (HTTP Basic on our API and {@code /engine-rest},
 * the webapps' login, {@code identity/verify}) counted per client address and user: while {@link LoginThrottle}
 * refuses the pair, the password is not checked and the answer is "wrong". Camunda's own per-user count still runs
 * underneath, with the settings of {@code application.yaml} that keep it from delaying or locking anyone.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = ClientAddress.current();
        if (address == null || userId == null) {
            return super.checkPassword(userId, password);
        }
        Duration wait = throttle.waitBefore(address, userId);
        if (!wait.isZero()) {
            FailedLogins.refused(address, userId, wait);
            return false;
        }
        if (super.checkPassword(userId, password)) {
            throttle.succeeded(address, userId);
            return true;
        }
        FailedLogins.wrongPassword(address, userId, throttle.failed(address, userId));
        return false;
    }
}
