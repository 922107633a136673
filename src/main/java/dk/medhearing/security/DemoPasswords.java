package dk.medhearing.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which accounts still hold a given password, found by hashing it with each account's salt through the engine's
 * own password manager and comparing the stored hashes. Unlike {@code IdentityService.checkPassword} this is no
 * login attempt: it never counts as a failed login and never locks an account.
 */
@Component
class DemoPasswords {

    private final JdbcClient jdbc;
    private final ProcessEngine engine;

    DemoPasswords(JdbcClient jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    record StoredPassword(String userId, String hash, String salt) {}

    List<String> holders(String password) {
        PasswordManager passwords =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
        return jdbc
                .sql("select ID_, PWD_, SALT_ from ACT_ID_USER")
                .query((rs, row) -> new StoredPassword(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(p -> p.hash() != null && matches(passwords, password, p))
                .map(StoredPassword::userId)
                .toList();
    }

    private static boolean matches(PasswordManager passwords, String password, StoredPassword stored) {
        try {
            return passwords.check(EncryptionUtil.saltPassword(password, stored.salt()), stored.hash());
        } catch (RuntimeException unknownHashFormat) {
            return false;
        }
    }
}
