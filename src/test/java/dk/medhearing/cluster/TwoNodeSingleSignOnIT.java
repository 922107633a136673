package dk.medhearing.cluster;

import dk.medhearing.cluster.CookieBrowser.Visit;
import dk.medhearing.support.PackagedApp;
import dk.medhearing.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two packaged nodes on one PostgreSQL database with single sign-on on ({@code prod,sso}) against a real OpenID Connect
 * provider on loopback: the session-affinity rule of docs/sso.md ("Several nodes behind a load balancer"). A person who
 * logged in through node A keeps working through node A; node B, reached with node A's session cookie (a balancer
 * without affinity), refuses Tasklist's XHR with a Danish 401 (no 5xx, nothing of hers) and, on the next page
 * navigation, signs her in again at the provider without a password; a login that leaves from node B and returns to
 * node A fails on our Danish page (why the balancer must keep a browser on one node); bearer tokens work on either
 * node.
 */
class TwoNodeSingleSignOnIT {

    private static final String ADMIN_PASSWORD = "sso-cluster-admin-9Z";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    /** What Tasklist asks first, with the session: who is logged in. */
    private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

    private static PackagedApp nodeA;
    private static PackagedApp nodeB;

    @BeforeAll
    static void startTwoNodesWithSingleSignOn() throws Exception {
        String clusterUrl = System.getProperty("medhearing.test.cluster-database-url");
        assumeTrue(clusterUrl != null, "runs in the postgresql Failsafe execution");
        String databaseUrl = newDatabase(clusterUrl, "medhearing_sso");
        TestIdentityProvider.register((name, value) -> {}); // the provider; the nodes get its address below
        Map<String, String> environment = Map.ofEntries(
                Map.entry("SPRING_PROFILES_ACTIVE", "prod,sso"),
                Map.entry("MEDHEARING_DB_URL", databaseUrl),
                Map.entry("MEDHEARING_DB_USER", "medhearing"),
                Map.entry("MEDHEARING_DB_PASSWORD", "trusted-on-loopback"),
                Map.entry("MEDHEARING_SMTP_HOST", "127.0.0.1"),
                Map.entry("MEDHEARING_SMTP_PORT", "1"), // no mail is sent here
                Map.entry("MEDHEARING_ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("MEDHEARING_SSO_ISSUER", TestIdentityProvider.ISSUER),
                Map.entry("MEDHEARING_SSO_CLIENT_ID", "medhearing"),
                Map.entry("MEDHEARING_SSO_CLIENT_SECRET", "medhearing-secret"),
                Map.entry("MEDHEARING_SSO_AUDIENCE", TestIdentityProvider.AUDIENCE));
        Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster")), "sso-");
        // a rolling start: the first node creates the schema and the organisation's people
        nodeA = PackagedApp.start(run.resolve("node-a"), TestIdentityProvider.APP_PORT, List.of(), environment)
                .waitHealthy(Duration.ofMinutes(6));
        nodeB = PackagedApp.start(run.resolve("node-b"), TestIdentityProvider.SECOND_APP_PORT, List.of(), environment)
                .waitHealthy(Duration.ofMinutes(6));
    }

    @AfterAll
    static void stopBothNodes() {
        for (PackagedApp node : new PackagedApp[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void aLoginThroughNodeAKeepsWorkingThereAndNodeBSignsHerInAgainWithoutAPassword() {
        CookieBrowser browser = new CookieBrowser();

        // given AMC's chair who opened Tasklist on node A and logged in at the provider with her password
        Visit loginPage = browser.get(url(nodeA, TASKLIST), CookieBrowser.PAGE);
        assertThat(loginPage.uri().toString())
                .as(loginPage.trail().toString())
                .startsWith(TestIdentityProvider.ISSUER + "/login");
        Visit landed = browser.postForm(
                loginPage.uri(),
                Map.of(
                        "username",
                        "anders",
                        "password",
                        TestIdentityProvider.PASSWORD,
                        "_csrf",
                        csrf(loginPage.last().body())));
        assertThat(landed.uri().toString()).as(landed.trail().toString()).startsWith(url(nodeA, TASKLIST));
        assertThat(landed.status()).isEqualTo(200);

        // when Tasklist's XHR go to node A (a balancer with affinity)
        Visit who = browser.get(url(nodeA, WHO_AM_I), CookieBrowser.XHR);
        Visit count = browser.get(url(nodeA, TASK_COUNT), CookieBrowser.XHR);

        // then node A knows her, with her session alone
        assertThat(who.status()).as(who.trail().toString()).isEqualTo(200);
        assertThat(who.last().body()).contains("\"userId\":\"anders.friis\"");
        assertThat(count.status()).as(count.last().body()).isEqualTo(200);

        // when the same XHR, with node A's session cookie, reaches node B (a balancer without affinity)
        Visit onB = browser.get(url(nodeB, WHO_AM_I), CookieBrowser.XHR);

        // then node B refuses it in a defined, safe way: 401 in Danish with a Bearer challenge, nothing of hers
        assertThat(onB.status()).as(onB.trail() + " " + onB.last().body()).isEqualTo(401);
        assertThat(onB.last().headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer");
        assertThat(onB.last().body()).contains("Log ind").doesNotContain("anders.friis");

        // when her next page navigation reaches node B
        Visit pageOnB = browser.get(url(nodeB, TASKLIST), CookieBrowser.PAGE);

        // then the provider signs her in again without a password: no login form on the way, back in Tasklist on B
        assertThat(pageOnB.trail())
                .as("through the provider")
                .anyMatch(step -> step.contains(TestIdentityProvider.ISSUER + "/oauth2/authorize"))
                .noneMatch(step -> step.contains(TestIdentityProvider.ISSUER + "/login"));
        assertThat(pageOnB.uri().toString()).as(pageOnB.trail().toString()).startsWith(url(nodeB, TASKLIST));
        assertThat(pageOnB.status()).isEqualTo(200);
        Visit whoOnB = browser.get(url(nodeB, WHO_AM_I), CookieBrowser.XHR);
        assertThat(whoOnB.status()).as(whoOnB.trail().toString()).isEqualTo(200);
        assertThat(whoOnB.last().body()).contains("\"userId\":\"anders.friis\"");
    }

    @Test
    void aLoginThatReturnsFromTheProviderToTheOtherNodeEndsOnOurDanishPageNotAnError() {
        // given a person signed in at the provider (through node A)
        CookieBrowser browser = new CookieBrowser();
        Visit loginPage = browser.get(url(nodeA, TASKLIST), CookieBrowser.PAGE);
        browser.postForm(
                loginPage.uri(),
                Map.of(
                        "username",
                        "anders",
                        "password",
                        TestIdentityProvider.PASSWORD,
                        "_csrf",
                        csrf(loginPage.last().body())));

        // when a login started on node B comes back from the provider to node A (no affinity between the two)
        URI authorize = browser.step(url(nodeB, "/oauth2/authorization/municipality"));
        URI callback = browser.step(authorize.toString());
        assertThat(callback.toString()).startsWith(url(nodeB, "/login/oauth2/code/municipality?code="));
        Visit onA = browser.get(
                callback.toString()
                        .replace(
                                ":" + TestIdentityProvider.SECOND_APP_PORT + "/",
                                ":" + TestIdentityProvider.APP_PORT + "/"),
                CookieBrowser.PAGE);

        // then node A, which did not start it, cannot finish it: our Danish failure page, never a 5xx
        assertThat(onA.uri().getPath()).as(onA.trail().toString()).isEqualTo("/sso/login-fejlede");
        assertThat(onA.status()).isEqualTo(401);
        assertThat(onA.last().body()).contains("Login lykkedes ikke").contains("Prøv igen");
    }

    @Test
    void aBearerTokenWorksOnEitherNodeWithoutAffinity() throws Exception {
        // given AMC's chair's access token from the provider, and a client that keeps no cookies
        String token = TestIdentityProvider.token(Map.of("sub", "anders", "email", "anders.friis@example.org"));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        for (PackagedApp node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            for (String path : List.of("/api/hearings", "/engine-rest/task?assignee=anders.friis")) {
                // when she calls the API on either node, alternating
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url(node, path)))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                // then each node takes the token on its own
                assertThat(answer.statusCode())
                        .as(url(node, path) + ": " + answer.body())
                        .isEqualTo(200);
            }
        }
    }

    private static String csrf(String loginPage) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("the provider's login form: " + loginPage).isTrue();
        return token.group(1);
    }

    private static String url(PackagedApp node, String path) {
        return "http://localhost:" + URI.create(node.baseUrl()).getPort() + path;
    }

    /** A new, empty database next to the cluster test's (a schema of its own: SSO nodes create password-less users). */
    private static String newDatabase(String clusterUrl, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(clusterUrl, "medhearing", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return clusterUrl.substring(0, clusterUrl.lastIndexOf('/') + 1) + name;
    }
}
