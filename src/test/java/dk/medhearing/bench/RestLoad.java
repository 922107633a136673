package dk.medhearing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.medhearing.support.AppClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * s2: task completions through the engine REST API as Tasklist sends them (claim, then submit-form, HTTP Basic) on
 * the packaged app, by a pool of 32 users, open loop: request i is due at start + i / rate whether or not earlier
 * ones have finished, and its latency counts from when it was due, so queueing is measured too.
 */
final class RestLoad {

    record Result(int requests, double rate, double p50Ms, double p99Ms, int errors) {}

    private record Work(String taskId, String user) {}

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final AppClient client;
    private final Map<Integer, Trace> traces = new ConcurrentHashMap<>();

    private final long pid;

    RestLoad(String baseUrl, long pid) {
        this.pid = pid;
        this.client = new AppClient(baseUrl, Duration.ofSeconds(60)); // a request not answered by then is an error
    }

    Result run(
            List<String> committees,
            Map<String, String> userOfGroup,
            String administrator,
            int users,
            double rate,
            int warmUp,
            int measured)
            throws Exception {
        int hearings = (warmUp + measured + committees.size() - 1) / committees.size();
        for (int i = 0; i < hearings; i++) {
            startHearing(administrator, committees);
        }
        List<Work> work = awaitTasks(committees, userOfGroup, hearings * committees.size());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            run(pool, work.subList(0, warmUp), rate);
            traces.clear();
            ThreadCpu before = ThreadCpu.of(pid);
            long[] latencies = run(pool, work.subList(warmUp, warmUp + measured), rate);
            System.out.println("[bench] s2 product CPU while measured: "
                    + ThreadCpu.of(pid).since(before, measured));
            Trace.report(traces, latencies);
            int errors = (int) Arrays.stream(latencies).filter(l -> l < 0).count();
            long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
            return new Result(measured, rate, percentile(ok, 0.50), percentile(ok, 0.99), errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Latency in nanoseconds per request, from when it was due; -1 for an error. */
    private long[] run(ExecutorService pool, List<Work> work, double rate) throws Exception {
        long[] latencies = new long[work.size()];
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < work.size(); i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int n = i;
            done.add(pool.submit(() -> latencies[n] = complete(n, due, work.get(n)) ? System.nanoTime() - due : -1));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return latencies;
    }

    private boolean complete(int n, long due, Work work) {
        long begun = System.nanoTime();
        AppClient.Answer claimed = client.post(
                work.user(), "/engine-rest/task/" + work.taskId() + "/claim", Map.of("userId", work.user()));
        long claimedAt = System.nanoTime();
        if (!claimed.ok()) {
            return false;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        fields().forEach((k, v) -> variables.put(k, Map.of("value", v)));
        boolean ok = client.post(
                        work.user(),
                        "/engine-rest/task/" + work.taskId() + "/submit-form",
                        Map.of("variables", variables))
                .ok();
        traces.put(
                n,
                new Trace(
                        n,
                        System.currentTimeMillis() - (System.nanoTime() - due) / 1_000_000,
                        begun - due,
                        claimedAt - begun,
                        System.nanoTime() - claimedAt));
        return ok;
    }

    private static Map<String, Object> fields() {
        return Map.of(
                "meetingStart", LocalDate.now(ZONE).plusDays(3).atTime(10, 0).toString(),
                "meetingEnd", "12:00",
                "meetingPlace", "Mødelokalet ved Torvet");
    }

    private void startHearing(String administrator, List<String> committees) {
        OffsetDateTime now = OffsetDateTime.now(ZONE).withNano(0);
        AppClient.Answer started = client.post(
                administrator,
                "/api/hearings",
                Map.of(
                        "reference",
                        "S2-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "title",
                        "Omlægning af beskæftigelsesindsatsen",
                        "summary",
                        "Forvaltningens forslag",
                        "committees",
                        committees,
                        "responseDeadline",
                        now.plusDays(10).toString(),
                        "mainCommitteeMeetingAt",
                        now.plusDays(17).toString(),
                        "politicalCommitteeMeetingAt",
                        now.plusDays(24).toString(),
                        "shortWindowJustification",
                        "Kort frist af hensyn til budgetprocessen."));
        if (started.status() != 201) {
            throw new IllegalStateException("POST /api/hearings answered " + started.status());
        }
    }

    /** Waits for the hearings' "schedule meeting" tasks (created after the opening mail job), chair by chair. */
    private List<Work> awaitTasks(List<String> committees, Map<String, String> userOfGroup, int expected)
            throws Exception {
        long deadline = System.currentTimeMillis() + 600_000;
        while (count() < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Only " + count() + " of " + expected + " tasks appeared");
            }
            Thread.sleep(200);
        }
        List<List<Work>> perCommittee = new ArrayList<>();
        for (String committee : committees) {
            String group = committee + "-chair";
            JsonNode tasks = client.json(client.get(
                    "admin",
                    "/engine-rest/task?taskDefinitionKey=Task_ScheduleMeeting" + "&candidateGroup=" + group
                            + "&maxResults=100000"));
            List<Work> list = new ArrayList<>();
            tasks.forEach(t -> list.add(new Work(t.get("id").asText(), userOfGroup.get(group))));
            perCommittee.add(list);
        }
        List<Work> interleaved = new ArrayList<>();
        for (int i = 0; interleaved.size() < expected; i++) {
            for (List<Work> list : perCommittee) {
                if (i < list.size()) {
                    interleaved.add(list.get(i));
                }
            }
        }
        return interleaved;
    }

    private int count() {
        return client.json(client.get("admin", "/engine-rest/task/count?taskDefinitionKey=Task_ScheduleMeeting"))
                .get("count")
                .asInt();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
