package dk.medhearing.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.document.Sha256;
import dk.medhearing.security.ActionHeader;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.Ports;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class CaseFileDeliveryIT extends AbstractProcessTest {

    @Autowired
    DeliveryRun run;

    @Autowired
    DeliveryRepository repository;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    CaseFileDeliveries deliveries;

    @Autowired
    ConsolidatedDocumentService documents;

    @Autowired
    DialogueService dialogues;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private HttpServer server;

    /** What the loopback case system received: the reference, the idempotency key and the answer it gave. */
    record Received(String reference, String idempotencyKey, String authorization, int answer) {}

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldDeliverASubmittedHearingsCaseFileToTheImportFolderOnce() throws Exception {
        // given a hearing submitted to the political committee: its delivery waits, and the board says so
        String ref = submittedHearing();
        DeliveryRow waiting = row(CaseFileKind.HEARING, ref);
        assertThat(waiting.state()).isEqualTo("PENDING");
        assertThat(caseFileCell(ref)).isEqualTo("Afventer");
        // and its delivery process waits for it in Cockpit, under the hearing's reference
        ProcessInstance delivery = deliveryProcess(ref);
        assertThat(delivery).isWaitingAt(DeliveryProcess.WAITING).hasVariables(DeliveryProcess.DELIVERY_ID);
        assertThat(engine.getRuntimeService().getVariable(delivery.getId(), DeliveryProcess.DELIVERY_ID))
                .isEqualTo(waiting.id());
        // and the listener run again (a retried job) writes nothing new and starts no second delivery process
        assertThat(deliveries.enqueue(CaseFileKind.HEARING, ref, waiting.processInstanceId()))
                .isEmpty();
        assertThat(deliveryProcesses(ref)).isEqualTo(1);

        // when the due case files are delivered to an import folder
        run.deliverAllDue(new FolderDestination(folder), () -> true);

        // then the zip is in the folder, its hash as recorded, with the stored consolidated response byte for byte
        DeliveryRow delivered = row(CaseFileKind.HEARING, ref);
        assertThat(delivered.state()).isEqualTo("DELIVERED");
        Path zip = folder.resolve("sagsmappe-" + ref + ".zip");
        assertThat(delivered.destination()).isEqualTo(zip.toString());
        byte[] bytes = Files.readAllBytes(zip);
        assertThat(Sha256.hex(bytes)).isEqualTo(delivered.sha256());
        assertThat(entries(bytes).entrySet().stream()
                        .filter(e -> e.getKey().endsWith("-hovedmed-samlet-hoeringssvar.pdf"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(documents.find(ref).orElseThrow().pdf());
        assertThat(new String(entries(bytes).get("sag.json"), StandardCharsets.UTF_8))
                .containsIgnoringCase("\"reference\" : \"" + ref + "\"");
        assertThat(Files.readString(folder.resolve("sagsmappe-" + ref + ".json")))
                .contains(delivered.sha256());
        // and its delivery process has ended, and the board shows when, and a second run delivers nothing again
        assertThat(delivery).isEnded();
        assertThat(driver.visitedActivities(delivery.getId())).contains("EndEvent_CaseFileDelivered");
        assertThat(caseFileCell(ref)).startsWith("Leveret ");
        Files.delete(zip);
        driver.moveClockTo(driver.now().plusDays(1));
        run.deliverAllDue(new FolderDestination(folder), () -> true);
        assertThat(zip).doesNotExist();
    }

    @Test
    void shouldRetryWhileTheCaseSystemIsDownAndDeliverExactlyOnce() throws Exception {
        // given a hearing submitted while the case system's endpoint is down (nothing listens on its port)
        int port = Ports.free();
        Destination destination = new HttpDestination(properties.to(
                DeliveryKind.HTTP, null, URI.create("http://127.0.0.1:" + port + "/import"), "token-xyz"));
        String ref = submittedHearing();

        // when delivery is attempted, then it failed, waits for its backoff, and an early run does not try it
        run.deliverAllDue(destination, () -> true);
        DeliveryRow failedOnce = row(CaseFileKind.HEARING, ref);
        assertThat(failedOnce.state()).isEqualTo("PENDING");
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();
        assertThat(failedOnce.nextAttemptAt()).isAfter(driver.now());
        run.deliverAllDue(destination, () -> true);
        assertThat(row(CaseFileKind.HEARING, ref).attempts()).isEqualTo(1);

        // when the endpoint is up again but answers 500 once, then 201
        List<Received> received = serve(port, 500, 201);
        driver.moveClockTo(failedOnce.nextAttemptAt().plusSeconds(1));
        run.deliverAllDue(destination, () -> true);
        driver.moveClockTo(row(CaseFileKind.HEARING, ref).nextAttemptAt().plusSeconds(1));
        run.deliverAllDue(destination, () -> true);
        driver.moveClockTo(driver.now().plusDays(1));
        run.deliverAllDue(destination, () -> true);

        // then it was delivered once, after three attempts, each with the same bytes' key and the token
        DeliveryRow delivered = row(CaseFileKind.HEARING, ref);
        assertThat(delivered.state()).isEqualTo("DELIVERED");
        assertThat(delivered.attempts()).isEqualTo(3);
        List<Received> mine =
                received.stream().filter(r -> ref.equals(r.reference())).toList();
        assertThat(mine).extracting(Received::answer).containsExactly(500, 201);
        assertThat(mine).extracting(Received::idempotencyKey).containsOnly(delivered.sha256());
        assertThat(mine).extracting(Received::authorization).containsOnly("Bearer token-xyz");
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptWithAnIncidentInCockpitAStatusRowAndARetry() throws Exception {
        // given a hearing submitted (its process has ended) whose case file goes to an endpoint that never answers
        String ref = submittedHearing();
        ProcessInstance delivery = deliveryProcess(ref);

        // when every attempt fails
        CaseFileDeliveryTests.giveUpAllDue(run, properties, driver);

        // then the delivery is FAILED, and an incident on its delivery process, as Cockpit reads it over REST
        DeliveryRow failed = row(CaseFileKind.HEARING, ref);
        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        String incidentsUrl = url(
                "/engine-rest/incident?incidentType=" + FailedDeliveryIncidents.TYPE + "&configuration=" + failed.id());
        for (String administrator : List.of("admin", "karen.holm")) {
            JsonNode incidents = json.readTree(as(administrator).getForObject(incidentsUrl, String.class));
            assertThat(incidents).as(administrator).hasSize(1);
            assertThat(incidents.get(0).get("processInstanceId").asText()).isEqualTo(delivery.getId());
            assertThat(incidents.get(0).get("activityId").asText()).isEqualTo(DeliveryProcess.WAITING);
            assertThat(incidents.get(0).get("incidentMessage").asText())
                    .contains("Sagsmappen for " + ref + " kunne ikke leveres til sagssystemet", "/status/sagsmapper");
        }
        // and a row for administrators only, and failed on the board
        ResponseEntity<String> page = as("admin").getForEntity(url("/status/sagsmapper"), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Sagsmapper, der ikke kunne leveres", ref, "Lever igen");
        assertThat(as("anders.friis")
                        .getForEntity(url("/status/sagsmapper"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseFileCell(ref)).isEqualTo("Fejlet");

        // when an administrator delivers it again: without the action header refused, with it pending again
        String retry = url("/api/casefile-deliveries/" + failed.id() + "/retry");
        assertThat(as("admin").postForEntity(retry, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("anders.friis")
                        .exchange(retry, HttpMethod.POST, action(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> retried = as("admin").exchange(retry, HttpMethod.POST, action(), String.class);

        // then it waits again with fresh attempts, and the incident is resolved
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(row(CaseFileKind.HEARING, ref).state()).isEqualTo("PENDING");
        assertThat(row(CaseFileKind.HEARING, ref).attempts()).isZero();
        assertThat(json.readTree(as("admin").getForObject(incidentsUrl, String.class)))
                .isEmpty();
        assertThat(as("admin")
                        .exchange(retry, HttpMethod.POST, action(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // and when the case system takes it, then it is delivered and its delivery process has ended
        run.deliverAllDue(new FolderDestination(folder), () -> true);
        assertThat(row(CaseFileKind.HEARING, ref).state()).isEqualTo("DELIVERED");
        assertThat(delivery).isEnded();
        assertThat(deliveryProcesses(ref)).isEqualTo(1);
    }

    @Test
    void shouldDeliverARowWithoutADeliveryProcess() throws Exception {
        // given a submitted hearing whose delivery has no delivery process (as rows written before it existed)
        String ref = submittedHearing();
        engine.getRuntimeService().deleteProcessInstance(deliveryProcess(ref).getId(), "written before");

        // when the due case files are delivered to an import folder
        run.deliverAllDue(new FolderDestination(folder), () -> true);

        // then it is delivered all the same
        assertThat(row(CaseFileKind.HEARING, ref).state()).isEqualTo("DELIVERED");
        assertThat(folder.resolve("sagsmappe-" + ref + ".zip")).exists();
    }

    @Test
    void shouldEndTheDeliveryProcessOfACaseFileDeliveredJustBeforeTheNodeStopped() throws Exception {
        // given a submitted hearing whose case file was delivered and marked, but the node stopped (kill -9) before
        // its delivery process ended
        String ref = submittedHearing();
        DeliveryRow row = row(CaseFileKind.HEARING, ref);
        OffsetDateTime at = driver.now();
        assertThat(repository.claim(row.id(), properties.nodeId(), at, at.plusMinutes(5)))
                .isPresent();
        repository.markDelivered(row.id(), properties.nodeId(), "sagssystemet", at);
        assertThat(deliveryProcess(ref)).isWaitingAt(DeliveryProcess.WAITING);

        // when the node's poller makes its first round after the start
        int ended = run.endProcessesOfDelivered();

        // then the delivery process has ended, and nothing was delivered again
        assertThat(ended).isEqualTo(1);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(DeliveryProcess.PROCESS)
                        .processInstanceBusinessKey(ref)
                        .count())
                .isZero();
        assertThat(deliveryProcesses(ref)).isEqualTo(1);
        assertThat(row(CaseFileKind.HEARING, ref).destination()).isEqualTo("sagssystemet");
    }

    @Test
    void shouldAnswerStrangersAndStrangeIdsInDanishWithoutRetryingAnything() {
        // given a chair in a browser, and an administrator with ids that name no delivery
        HttpHeaders browser = new HttpHeaders();
        browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        // when the chair opens the page, and the administrator retries an unknown, a long and an encoded id
        ResponseEntity<String> page = as("anders.friis")
                .exchange(url("/status/sagsmapper"), HttpMethod.GET, new HttpEntity<>(browser), String.class);
        List<ResponseEntity<String>> unknown = List.of("findes-ikke", "x".repeat(300), "%3Cscript%3E").stream()
                .map(id -> as("admin")
                        .exchange(
                                url("/api/casefile-deliveries/" + id + "/retry"),
                                HttpMethod.POST,
                                action(),
                                String.class))
                .toList();

        // then the chair gets our Danish 403 page, and each id a Danish 404, never a 5xx
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getBody())
                .contains("lang=\"da\"", "Du har ikke adgang til siden")
                .doesNotContain("Forbidden");
        assertThat(unknown).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).contains("Leveringen findes ikke").doesNotContain("<script>");
        });
    }

    @Test
    void shouldDeliverAClosedDialogueMeetingsCaseFile() throws Exception {
        // given a dialogue meeting held, its minutes without follow-ups approved by both parties: the meeting closed
        DialogueDriver dialogue = new DialogueDriver(driver, dialogues);
        String ref = DialogueDriver.newReference();
        dialogue.start(ref);
        dialogue.prepare(ref);
        dialogue.holdMeeting(ref, dialogue.meetingAt());
        dialogue.recordMinutes(ref, List.of());
        dialogue.approveByBoth(ref);
        assertThat(row(CaseFileKind.DIALOGUE, ref).state()).isEqualTo("PENDING");

        // when the due case files are delivered to an import folder
        run.deliverAllDue(new FolderDestination(folder), () -> true);

        // then the meeting's case file is there
        assertThat(row(CaseFileKind.DIALOGUE, ref).state()).isEqualTo("DELIVERED");
        assertThat(new String(
                        entries(Files.readAllBytes(folder.resolve("sagsmappe-" + ref + ".zip")))
                                .get("sag.json"),
                        StandardCharsets.UTF_8))
                .contains("\"caseType\" : \"dialogueMeeting\"", ref);
    }

    @Test
    void shouldRemoveHistoryOnlyOfCasesWhoseCaseFileWasDelivered() {
        // given a hearing submitted and its case file delivered, and one submitted whose case file was not delivered
        String delivered = submittedHearing();
        run.deliverAllDue(new FolderDestination(folder), () -> true);
        String undelivered = submittedHearing();
        runRemovalTimeBatches();
        // the hearing, its committee's process and the delivery process
        assertThat(historicInstances(delivered)).isEqualTo(3);
        assertThat(historicInstances(undelivered)).isEqualTo(3);

        // when the engine's clock is past the retention after both hearings ended, and history cleanup runs
        driver.moveClockTo(driver.now().plus(properties.historyRetention()).plusDays(2));
        for (int round = 0; round < 5 && historicInstances(delivered) > 0; round++) {
            engine.getManagementService()
                    .executeJob(
                            engine.getHistoryService().cleanUpHistoryAsync(true).getId());
        }

        // then the delivered case's history is gone with its committee's and its delivery's, the undelivered one's
        // all there
        assertThat(historicInstances(delivered)).isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(row(CaseFileKind.HEARING, delivered).processInstanceId())
                        .count())
                .isZero();
        assertThat(historicInstances(undelivered)).isEqualTo(3);
        assertThat(driver.visitedActivities(
                        row(CaseFileKind.HEARING, undelivered).processInstanceId()))
                .contains("EndEvent_HearingSubmitted");
    }

    private long historicInstances(String reference) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .count();
    }

    /** Runs the engine's batches that set removal times (the job executor's work), until none is left. */
    private void runRemovalTimeBatches() {
        var management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Batch> batches = management
                    .createBatchQuery()
                    .type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME)
                    .list();
            if (batches.isEmpty()) {
                return;
            }
            for (Batch batch : batches) {
                for (String definition : List.of(
                        batch.getSeedJobDefinitionId(),
                        batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    management
                            .createJobQuery()
                            .jobDefinitionId(definition)
                            .list()
                            .forEach(job -> management.executeJob(job.getId()));
                }
            }
        }
        throw new AssertionError("The removal-time batches did not finish");
    }

    private static HttpEntity<Void> action() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(ActionHeader.NAME, "retry");
        return new HttpEntity<>(headers);
    }

    private List<Incident> incidents(String rowId) {
        return engine.getRuntimeService()
                .createIncidentQuery()
                .incidentType(FailedDeliveryIncidents.TYPE)
                .configuration(rowId)
                .list();
    }

    String submittedHearing() {
        return CaseFileDeliveryTests.submittedHearing(driver);
    }

    /** The case's running delivery process. */
    private ProcessInstance deliveryProcess(String reference) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(DeliveryProcess.PROCESS)
                .processInstanceBusinessKey(reference)
                .singleResult();
    }

    /** The case's delivery processes, running or ended. */
    private long deliveryProcesses(String reference) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(DeliveryProcess.PROCESS)
                .processInstanceBusinessKey(reference)
                .count();
    }

    DeliveryRow row(CaseFileKind kind, String reference) {
        List<DeliveryRow> rows = repository.forBusinessKeys(kind, List.of(reference));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** The board's case-file cell of the hearing, as an administrator sees it. */
    String caseFileCell(String reference) {
        String board = as("admin").getForObject(url("/status"), String.class);
        String row = board.substring(board.indexOf(">" + reference + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        String cell = row.substring(row.indexOf("class=\"casefile\">") + "class=\"casefile\">".length());
        return cell.substring(0, cell.indexOf("</td>"));
    }

    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * A case system on loopback {@code port} giving each case's requests the answers in turn (the last one from then
     * on); other tests' case files due at the same time get their own turns.
     */
    private List<Received> serve(int port, int... answers) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/import", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String reference = exchange.getRequestHeaders().getFirst("X-Medhearing-Reference");
            int call =
                    calls.computeIfAbsent(reference, r -> new AtomicInteger()).getAndIncrement();
            int answer = answers[Math.min(call, answers.length - 1)];
            received.add(new Received(
                    reference,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
        return received;
    }
}
