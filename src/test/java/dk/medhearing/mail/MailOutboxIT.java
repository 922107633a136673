package dk.medhearing.mail;

import com.zaxxer.hikari.HikariDataSource;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.UserRequests;
import dk.medhearing.support.AbstractIntegrationTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox is written in the engine's own transaction, on its connection, once per key; a node killed between
 * SMTP and marking the mail sent repeats that one mail only.
 */
class MailOutboxIT extends AbstractIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    DataSource dataSource;

    @Autowired
    SmtpSender sender;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    OutboxProperties properties;

    @Autowired
    EngineClock clock;

    @Autowired
    UserRequests userRequests;

    @Test
    void shouldWriteNothingWhenTheEngineTransactionRollsBack() {
        // given a mail
        String ref = HearingDriver.newReference();

        // when an engine command writes it and then fails
        assertThatThrownBy(() -> inEngineTransaction(() -> {
                    outbox.enqueue(mail(ref, "anne@example.org"));
                    throw new IllegalStateException("the step fails after writing its mail");
                }))
                .hasMessageContaining("the step fails");

        // then the mail is gone with the rest of the transaction
        assertThat(repository.forBusinessKey(ref)).isEmpty();
    }

    @Test
    void shouldWriteInTheEngineTransactionOnItsOneConnection() {
        // given a mail
        String ref = HearingDriver.newReference();
        AtomicInteger active = new AtomicInteger();

        // when an engine command writes it and commits
        inEngineTransaction(() -> {
            outbox.enqueue(mail(ref, "anne@example.org"));
            active.set(dataSource
                    .unwrap(HikariDataSource.class)
                    .getHikariPoolMXBean()
                    .getActiveConnections());
            return null;
        });

        // then it is pending, and the command held one connection only (no second transaction of its own)
        assertThat(repository.forBusinessKey(ref)).singleElement().satisfies(m -> assertThat(m.state())
                .isEqualTo("PENDING"));
        assertThat(active.get()).isEqualTo(1);
    }

    @Test
    void shouldWriteSeveralMailsAtOnceEachOnceWithItsOwnAttachments() {
        // given one mail already in the outbox
        String ref = HearingDriver.newReference();
        assertThat(outbox.enqueue(mail(ref, "anne@example.org"))).isTrue();

        // when a step writes it again with two new ones, one of them twice, each with its own attachments
        Mail bo = new Mail(
                ref,
                "receipt",
                "amc",
                new Mail.Recipient("Bo", "bo@example.org"),
                "Kvittering",
                "Til Bo",
                List.of(
                        new Mail.Attachment("bo.ics", "text/calendar", new byte[] {4}),
                        new Mail.Attachment("bo.pdf", "application/pdf", new byte[] {5, 6})));
        Mail carl = new Mail(
                ref,
                "receipt",
                "amc",
                new Mail.Recipient("Carl", "carl@example.org"),
                "Kvittering",
                "Til Carl",
                List.of());
        int written = outbox.enqueueAll(List.of(mail(ref, "ANNE@example.org"), bo, carl, bo));

        // then only the two new mails are written, once each, and each mail has exactly its own attachments
        assertThat(written).isEqualTo(2);
        List<OutboxMail> rows = repository.forBusinessKey(ref);
        assertThat(rows)
                .extracting(OutboxMail::recipient)
                .containsExactlyInAnyOrder("anne@example.org", "bo@example.org", "carl@example.org");
        for (OutboxMail row : rows) {
            List<Mail.Attachment> attachments = repository.attachments(row.id());
            switch (row.recipient()) {
                case "anne@example.org" ->
                    assertThat(attachments)
                            .extracting(Mail.Attachment::filename)
                            .containsExactly("a.txt");
                case "bo@example.org" -> {
                    assertThat(attachments)
                            .extracting(Mail.Attachment::filename)
                            .containsExactly("bo.ics", "bo.pdf");
                    assertThat(attachments.get(1).content()).containsExactly(5, 6);
                }
                default -> assertThat(attachments).isEmpty();
            }
        }
        assertThat(rows)
                .filteredOn(r -> r.recipient().equals("bo@example.org"))
                .extracting(OutboxMail::body)
                .containsExactly("Til Bo");
        drainOutbox();
    }

    @Test
    void shouldWriteMoreMailsThanOneStatementHolds() {
        // given 250 recipients of one step (the statement takes 100 at a time)
        String ref = HearingDriver.newReference();
        List<Mail> mails = IntStream.range(0, 250)
                .mapToObj(i -> mail(ref, "member" + i + "@example.org"))
                .toList();

        // when the step writes them, and is retried
        int written = outbox.enqueueAll(mails);
        int again = outbox.enqueueAll(mails);

        // then each is there once, with its attachment
        assertThat(written).isEqualTo(250);
        assertThat(again).isZero();
        assertThat(repository.forBusinessKey(ref))
                .hasSize(250)
                .allSatisfy(row -> assertThat(repository.attachments(row.id())).hasSize(1));
        drainOutbox();
    }

    @Test
    void shouldIgnoreTheSameMailWrittenAgainButKeepAnotherStepOrRecipient() {
        // given a mail in the outbox
        String ref = HearingDriver.newReference();
        assertThat(outbox.enqueue(mail(ref, "anne@example.org"))).isTrue();

        // when the same mail is written again, and the same kind for another committee and another recipient
        boolean again = outbox.enqueue(mail(ref, "ANNE@example.org"));
        boolean otherStep = outbox.enqueue(new Mail(
                ref,
                "receipt",
                "jku",
                new Mail.Recipient("Anne", "anne@example.org"),
                "Kvittering",
                "Tekst",
                List.of()));
        boolean otherRecipient = outbox.enqueue(mail(ref, "bo@example.org"));

        // then only the repeat is a no-op
        assertThat(again).isFalse();
        assertThat(otherStep).isTrue();
        assertThat(otherRecipient).isTrue();
        assertThat(repository.forBusinessKey(ref)).hasSize(3);
        drainOutbox();
    }

    @Test
    void shouldRepeatOnlyTheMailInFlightWhenANodeDiesAfterSmtpAcceptedIt() {
        // given two mails, and a node that claimed the first, handed it to SMTP and died before marking it sent
        String ref = HearingDriver.newReference();
        outbox.enqueue(mail(ref, "anne@example.org"));
        outbox.enqueue(mail(ref, "bo@example.org"));
        OutboxMail inFlight = repository.forBusinessKey(ref).get(0);
        OutboxMail other = repository.forBusinessKey(ref).get(1);
        OffsetDateTime now = clock.now();
        assertThat(repository.claimAll(List.of(inFlight.id()), "killed-node", now, now.plus(properties.claimTimeout())))
                .hasSize(1);
        sender.send(inFlight.toMail(repository.attachments(inFlight.id())));
        try {
            // when this node delivers the outbox while the killed node's claim lasts
            drainOutbox();

            // then the other mail is sent and the one in flight left alone
            assertThat(received(ref, other.recipient())).isEqualTo(1);
            assertThat(received(ref, inFlight.recipient())).isEqualTo(1);
            assertThat(repository.find(inFlight.id()).orElseThrow().state()).isEqualTo("PENDING");

            // when the claim has expired and the outbox is delivered twice
            ClockUtil.setCurrentTime(
                    Date.from(now.plus(properties.claimTimeout()).plusSeconds(1).toInstant()));
            drainOutbox();
            drainOutbox();

            // then the mail in flight went out once more, the only repeat, as the same message (same Message-ID), and
            // both are sent
            assertThat(received(ref, inFlight.recipient())).isEqualTo(2);
            assertThat(messageIds(ref, inFlight.recipient()))
                    .hasSize(2)
                    .containsOnly(sender.messageId(inFlight.toMail(List.of())));
            assertThat(messageIds(ref, other.recipient())).doesNotContain(sender.messageId(inFlight.toMail(List.of())));
            assertThat(received(ref, other.recipient())).isEqualTo(1);
            assertThat(repository.forBusinessKey(ref))
                    .allSatisfy(m -> assertThat(m.state()).isEqualTo("SENT"));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldStopBetweenMailsWhenTheNodeShutsDown() {
        // given two due mails, and nothing else due
        String later = onlyTwoDueMails();
        AtomicInteger asked = new AtomicInteger();

        // when the poller is told to stop after its first mail
        int attempts = delivery.deliverAllDue(() -> asked.getAndIncrement() == 0);

        // then one mail went out and the other waits for the next start
        assertThat(attempts).isEqualTo(1);
        assertThat(repository.forBusinessKey(later))
                .extracting(OutboxMail::state)
                .containsExactlyInAnyOrder("SENT", "PENDING");
        drainOutbox();
    }

    @Test
    void shouldDeliverEachMailOnceWhenSeveralThreadsOfANodeDeliverAtOnce() throws Exception {
        // given 240 due mails (five claims' worth), and nothing else due
        String ref = onlyManyDueMails();

        // when four delivery threads of this node, each under its own name, start at the same instant
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int worker = 0; worker < threads; worker++) {
            String claimant = properties.claimant(worker);
            attempts.add(pool.submit(() -> {
                go.await();
                return delivery.deliverAllDue(() -> true, claimant);
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> attempt : attempts) {
            total += attempt.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then every mail was tried once, is SENT, and arrived exactly once
        assertThat(total).isEqualTo(240);
        assertEachSentAndReceivedOnce(ref);
        assertThat(properties.claimant(0)).isEqualTo(properties.nodeId());
        assertThat(properties.claimant(2)).isEqualTo(properties.nodeId() + "/2");
    }

    @Test
    void shouldDeliverEachMailOnceWithThePollersOwnThreads() throws Exception {
        // given 240 due mails, and a poller of three delivery threads polling every 100 ms
        String ref = onlyManyDueMails();
        OutboxProperties three = new OutboxProperties(
                true,
                Duration.ofMillis(100),
                properties.claimTimeout(),
                properties.maxAttempts(),
                properties.backoff(),
                properties.maxBackoff(),
                properties.nodeId(),
                properties.sentContentRetention(),
                properties.pauseWhileBusy(),
                3);
        OutboxPoller poller = new OutboxPoller(delivery, repository, clock, three);

        // when it runs until nothing of them is left to send
        poller.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (repository.forBusinessKey(ref).stream()
                            .anyMatch(row -> !row.state().equals("SENT"))
                    && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } finally {
            poller.stop();
        }

        // then each is SENT and arrived exactly once
        assertEachSentAndReceivedOnce(ref);
    }

    @Test
    void shouldWaitBeforeEachNextMailWhileAUsersRequestIsBeingAnswered() throws Exception {
        // given three due mails, and nothing else due
        String ref = onlyTwoDueMails();
        outbox.enqueue(mail(ref, "carl@example.org"));
        long pause = properties.pauseWhileBusy().toMillis();
        assertThat(pause).isPositive();

        // when the outbox is delivered while a request passes through the request counter
        long[] took = new long[1];
        userRequests.doFilter(
                new MockHttpServletRequest("GET", "/engine-rest/task"),
                new MockHttpServletResponse(),
                (request, response) -> {
                    long start = System.nanoTime();
                    delivery.deliverAllDue();
                    took[0] = (System.nanoTime() - start) / 1_000_000;
                });

        // then all three went out, with a pause before the second and the third
        assertThat(received(ref, "anne@example.org")
                        + received(ref, "bo@example.org")
                        + received(ref, "carl@example.org"))
                .isEqualTo(3);
        assertThat(took[0]).isGreaterThanOrEqualTo(2 * pause);
        assertThat(userRequests.busy()).isFalse();
    }

    @Test
    void shouldClaimAgainInsteadOfBeginningAMailInTheSecondHalfOfItsClaim() {
        // given two due mails, claimed together, and nothing else due
        String ref = onlyTwoDueMails();
        OffsetDateTime start = clock.now();
        try {
            // when delivering the first mail took past the middle of the claim
            int attempts = delivery.deliverAllDue(() -> {
                ClockUtil.setCurrentTime(
                        Date.from(start.plus(properties.claimTimeout().dividedBy(2))
                                .plusSeconds(
                                        repository.forBusinessKey(ref).stream()
                                                        .anyMatch(m -> m.state().equals("SENT"))
                                                ? 1
                                                : 0)
                                .toInstant()));
                return true;
            });

            // then the second mail was given back and claimed afresh before it was sent: each sent once, one attempt
            assertThat(attempts).isEqualTo(2);
            assertThat(received(ref, "anne@example.org")).isEqualTo(1);
            assertThat(received(ref, "bo@example.org")).isEqualTo(1);
            assertThat(repository.forBusinessKey(ref)).allSatisfy(m -> {
                assertThat(m.state()).isEqualTo("SENT");
                assertThat(m.attempts()).isEqualTo(1);
            });
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldEmptyOldSentMailsButNeverSendThemAgain() {
        // given a sent mail with an attachment, and a pending one
        String ref = HearingDriver.newReference();
        outbox.enqueue(mail(ref, "anne@example.org"));
        drainOutbox();
        OutboxMail sent = repository.forBusinessKey(ref).get(0);
        assertThat(sent.state()).isEqualTo("SENT");
        outbox.enqueue(mail(ref, "bo@example.org"));

        // when the text of mails sent before tomorrow is emptied, and the sent mail is written again
        repository.emptySentBefore(clock.now().plusDays(1));
        boolean again = outbox.enqueue(mail(ref, "anne@example.org"));
        drainOutbox();

        // then the sent mail has no text or attachment left, was not sent again, and the pending one was sent whole
        assertThat(repository.find(sent.id()).orElseThrow().body()).isEmpty();
        assertThat(repository.attachments(sent.id())).isEmpty();
        assertThat(again).isFalse();
        assertThat(received(ref, "anne@example.org")).isEqualTo(1);
        assertThat(received(ref, "bo@example.org")).isEqualTo(1);
        assertThat(repository.forBusinessKey(ref))
                .filteredOn(m -> m.recipient().equals("bo@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("Tekst"));
    }

    /** Delivers what is due, then writes two mails (to anne@ and bo@) of a new reference; returns the reference. */
    private String onlyTwoDueMails() {
        drainOutbox();
        String ref = HearingDriver.newReference();
        outbox.enqueue(mail(ref, "anne@example.org"));
        outbox.enqueue(mail(ref, "bo@example.org"));
        return ref;
    }

    /** 240 due mails of a new reference (five claims' worth), to member0..member239, and nothing else due. */
    private String onlyManyDueMails() {
        drainOutbox();
        String ref = HearingDriver.newReference();
        outbox.enqueueAll(IntStream.range(0, 240)
                .mapToObj(i -> mail(ref, "member" + i + "@example.org"))
                .toList());
        return ref;
    }

    private void assertEachSentAndReceivedOnce(String ref) {
        assertThat(repository.forBusinessKey(ref)).hasSize(240).allSatisfy(row -> assertThat(row.state())
                .isEqualTo("SENT"));
        for (int i = 0; i < 240; i++) {
            assertThat(received(ref, "member" + i + "@example.org"))
                    .as("member" + i)
                    .isEqualTo(1);
        }
    }

    private static long received(String ref, String recipient) {
        return receivedMails(ref, recipient).size();
    }

    private static List<String> messageIds(String ref, String recipient) {
        return receivedMails(ref, recipient).stream()
                .map(m -> {
                    try {
                        return m.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<MimeMessage> receivedMails(String ref, String recipient) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return (ref + "/receipt/amc").equals(m.getHeader(SmtpSender.KEY_HEADER, null))
                                && recipient.equals(((InternetAddress) m.getAllRecipients()[0]).getAddress());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static Mail mail(String ref, String to) {
        return new Mail(
                ref,
                "receipt",
                "amc",
                new Mail.Recipient("Anne", to),
                "Kvittering",
                "Tekst",
                List.of(new Mail.Attachment("a.txt", "text/plain", new byte[] {1, 2, 3})));
    }

    private <T> T inEngineTransaction(Callable<T> work) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Command<T> command = context -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return configuration.getCommandExecutorTxRequired().execute(command);
    }
}
