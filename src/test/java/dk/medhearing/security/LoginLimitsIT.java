package dk.medhearing.security;

import dk.medhearing.security.FromAddressClient.Answer;
import dk.medhearing.support.AbstractIntegrationTest;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing a password slows the guesser (per client address and user), never the account's owner elsewhere, on every
 * route that checks a password; one password tried on many users slows the guesser's address, except for the owners
 * who log in there; the organisation file's administrators unlock accounts. The clients connect from 127.0.0.1 (the
 * guesser), 127.0.0.2 (the owner) and 127.0.0.3 (an address both share).
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginLimitsIT extends AbstractIntegrationTest {

    private static final String GUESSER = "127.0.0.1";
    private static final String OWNER = "127.0.0.2";
    /** An address a guesser shares with an owner (a municipality's network behind one address). */
    private static final String SHARED = "127.0.0.3";

    private static final List<String> USERS =
            List.of("zenia.mortensen", "yvonne.ebbesen", "tove.kastrup", "olga.petersen", "ida.skov", "maria.bech");

    @Autowired
    LoginThrottle throttle;

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        throttle.forgetAll();
        USERS.forEach(identityService::unlockUser);
    }

    @Test
    void shouldLetTheOwnerInFromElsewhereAfterFiftyWrongPasswords() throws IOException {
        // given 50 wrong passwords for zenia.mortensen from one address
        FromAddressClient guesser = new FromAddressClient(GUESSER, port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(guesser.get("/api/hearings", "zenia.mortensen", "forkert" + i)
                    .status());
        }
        int rightPasswordFromTheGuesser =
                guesser.get("/api/hearings", "zenia.mortensen", "demo").status();

        // when she uses her right password from another client, on the API, the engine REST API and Tasklist's login
        FromAddressClient owner = new FromAddressClient(OWNER, port);
        Answer api = owner.get("/api/hearings", "zenia.mortensen", "demo");
        Answer engineRest = owner.get("/engine-rest/task?maxResults=1", "zenia.mortensen", "demo");
        registerEngineForWebapps();
        Answer tasklist = owner.webappLogin("tasklist", "zenia.mortensen", "demo");

        // then she is in everywhere, while the guesser was answered at once and then refused
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(engineRest.status()).as(engineRest.body()).isEqualTo(200);
        assertThat(tasklist.status()).as(tasklist.body()).isEqualTo(200);
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 50)).containsOnly(429);
        // and from the guesser's address even the right password waits
        assertThat(rightPasswordFromTheGuesser).isEqualTo(429);
    }

    @Test
    void shouldRefuseTheGuesserWithADanish429AfterTheFreeAttempts() throws IOException {
        // given five wrong passwords for yvonne.ebbesen on the engine REST API
        FromAddressClient guesser = new FromAddressClient(GUESSER, port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/engine-rest/task", "yvonne.ebbesen", "gæt" + i)
                            .status())
                    .isEqualTo(401);
        }

        // when the guesser tries again, there or on our API
        Answer engineRest = guesser.get("/engine-rest/task", "yvonne.ebbesen", "gæt5");
        Answer api = guesser.get("/api/hearings", "yvonne.ebbesen", "gæt6");

        // then both are refused in Danish, saying how long to wait, without a password check
        for (Answer answer : List.of(engineRest, api)) {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.headers().get("retry-after")).isIn("29", "30");
            assertThat(answer.headers().get("content-type")).startsWith("application/json");
            assertThat(answer.body()).contains("For mange forkerte forsøg på at logge ind", " sekunder, og prøv igen");
        }
        // and another user from the same address is not affected
        assertThat(guesser.get("/engine-rest/task?maxResults=1", "gitte.holst", "demo")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldSlowOnePasswordTriedOnManyUsersFromOneAddressButNotTheOwnersWhoLogInThere() throws IOException {
        // given karen.holm has logged in from an address she shares with a guesser
        FromAddressClient shared = new FromAddressClient(SHARED, port);
        assertThat(shared.get("/api/hearings", "karen.holm", "demo").status()).isEqualTo(200);

        // when the guesser there tries one password on fifty users (the address's free attempts), then on one more
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(shared.get("/engine-rest/task?maxResults=1", "bruger" + i, "Sommer2026!")
                    .status());
        }
        Answer next = shared.get("/api/hearings", "tove.kastrup", "Sommer2026!");
        Answer rightPasswordOfAStrangerThere = shared.get("/api/hearings", "olga.petersen", "demo");
        Answer owner = shared.get("/api/hearings", "karen.holm", "demo");
        Answer elsewhere = new FromAddressClient(OWNER, port).get("/api/hearings", "tove.kastrup", "demo");

        // then the fifty were answered at once, and after them every user not known there waits, in Danish
        assertThat(statuses).containsOnly(401);
        for (Answer refused : List.of(next, rightPasswordOfAStrangerThere)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().get("retry-after")).isIn("29", "30");
            assertThat(refused.body()).contains("For mange forkerte forsøg på at logge ind herfra. Vent ");
        }
        // while the owner who logged in there before, and everyone elsewhere, are let in at once
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
    }

    @Test
    void shouldLimitTheWebappLoginFormToo() throws IOException {
        // given five wrong passwords for tove.kastrup in Tasklist's login form
        registerEngineForWebapps();
        FromAddressClient guesser = new FromAddressClient(GUESSER, port);
        for (int i = 0; i < 5; i++) {
            Answer wrong = guesser.webappLogin("tasklist", "tove.kastrup", "gæt" + i);
            assertThat(wrong.status()).isEqualTo(401);
            // the login page shows this text under "Du blev ikke logget ind"
            assertThat(wrong.body()).contains("\"message\":\"Forkert brugernavn eller adgangskode.\"");
        }

        // when the guesser tries again, even with the right password, and she logs in from her own machine
        Answer refused = guesser.webappLogin("tasklist", "tove.kastrup", "demo");
        Answer owner = new FromAddressClient(OWNER, port).webappLogin("tasklist", "tove.kastrup", "demo");

        // then the guesser waits (Danish 429) and she is in
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("For mange forkerte forsøg", "sekunder");
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        assertThat(owner.body()).contains("\"userId\":\"tove.kastrup\"");
    }

    @Test
    void shouldLimitPasswordChecksThroughIdentityVerifyToo() throws IOException {
        // given a logged-in client that checks olga.petersen's password five times wrongly over the engine REST API
        FromAddressClient guesser = new FromAddressClient(GUESSER, port);
        for (int i = 0; i < 5; i++) {
            assertThat(verify(guesser, "gæt" + i)).contains("\"authenticated\":false");
        }

        // when that client checks the right one, and she does from elsewhere
        String fromGuesser = verify(guesser, "demo");
        String fromOwner = verify(new FromAddressClient(OWNER, port), "demo");

        // then only she gets a yes
        assertThat(fromGuesser).contains("\"authenticated\":false");
        assertThat(fromOwner).contains("\"authenticated\":true");
    }

    @Test
    void shouldLetAnAdministratorOtherThanAdminUnlockAUser() throws IOException {
        // given ida.skov locked as Camunda's defaults did (10 wrong passwords, locked for an hour)
        lock("ida.skov");
        FromAddressClient owner = new FromAddressClient(OWNER, port);
        assertThat(owner.get("/api/hearings", "ida.skov", "demo").status()).isEqualTo(401);

        // when a member of the administration who is no administrator tries to unlock her, then lene.bang
        Answer notAdministrator = owner.postJson("/engine-rest/user/ida.skov/unlock", "karen.holm", "demo", "");
        Answer administrator = owner.postJson("/engine-rest/user/ida.skov/unlock", "lene.bang", "demo", "");

        // then only the administrator may, and ida.skov is in again
        assertThat(notAdministrator.status()).isEqualTo(403);
        assertThat(administrator.status()).as(administrator.body()).isEqualTo(204);
        assertThat(owner.get("/api/hearings", "ida.skov", "demo").status()).isEqualTo(200);
        assertThat(identityService
                        .createGroupQuery()
                        .groupMember("morten.skou")
                        .groupId("camunda-admin")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldLogEachFailedLoginOnceInOneLineWithTheClientAddress(CapturedOutput output) throws IOException {
        // given a guesser's eight attempts for maria.bech, and one with a user id that holds a line break
        FromAddressClient guesser = new FromAddressClient(GUESSER, port);
        for (int i = 0; i < 8; i++) {
            guesser.get("/api/hearings", "maria.bech", "Hemmelig-" + i);
        }
        guesser.get("/engine-rest/task", "maria.bech\nWARN forged line", "Hemmelig-x");

        // when the log is read
        List<String> lines =
                output.getAll().lines().filter(l -> l.contains("maria.bech")).toList();

        // then each attempt is one line with the client address and the user, without its password or a trace
        assertThat(lines).hasSize(9);
        assertThat(lines.stream()
                        .filter(l -> l.contains("Login failed: wrong user or password"))
                        .count())
                .isEqualTo(6);
        assertThat(lines.stream()
                        .filter(l -> l.contains("Login refused: too many wrong passwords"))
                        .count())
                .isEqualTo(3);
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line).contains("WARN", "from 127.0.0.1").doesNotContain("Hemmelig"));
        assertThat(lines.get(8)).contains("'maria.bech?WARN forged line'");
        assertThat(output.getAll()).doesNotContain("Hemmelig", "forged line\n", "ENGINE-27001");
    }

    private String verify(FromAddressClient client, String password) throws IOException {
        Answer answer = client.postJson(
                "/engine-rest/identity/verify",
                "admin",
                "demo",
                "{\"username\":\"olga.petersen\",\"password\":\"" + password + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private void lock(String userId) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(context -> {
                    UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
                    context.getIdentityInfoManager()
                            .updateUserLock(user, 10, new Date(System.currentTimeMillis() + 3_600_000));
                    return null;
                });
    }

    /** The webapps look the engine up in Camunda's runtime container (see WebappSession). */
    private void registerEngineForWebapps() {
        RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
    }
}
