package dk.medhearing.operations;

import dk.medhearing.hearing.HearingPhase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * The business metrics, named by Micrometer's conventions (Prometheus adds the unit and {@code _total}):
 * {@code medhearing.hearings{phase}}, {@code medhearing.tasks.open}, {@code medhearing.tasks.overdue},
 * {@code medhearing.incidents}, {@code medhearing.jobs.executable}, {@code medhearing.jobs.failed},
 * {@code medhearing.mail.outbox.pending}, {@code medhearing.mail.outbox.failed} and
 * {@code medhearing.mail.outbox.oldest.pending.age} (seconds), and the case-file deliveries to the case system:
 * {@code medhearing.casefile.deliveries.pending}, {@code medhearing.casefile.deliveries.failed} and
 * {@code medhearing.casefile.deliveries.oldest.pending.age} (seconds). All read the installation's database, so every node
 * reports the same numbers: alert on {@code max} over the nodes. The counters of mails sent and refused per kind
 * ({@code medhearing.mail.sent}, {@code medhearing.mail.attempts.failed}) are each node's own
 * ({@code mail.OutboxDelivery}): sum them over the nodes.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private final OperationsReadings readings;

    BusinessMetrics(OperationsReadings readings) {
        this.readings = readings;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (HearingPhase phase : HearingPhase.values()) {
            Gauge.builder("medhearing.hearings", readings, r -> r.current()
                            .hearingsByPhase()
                            .get(phase))
                    .tag("phase", phase.name().toLowerCase())
                    .description("Høringer pr. fase")
                    .register(registry);
        }
        gauge(registry, "medhearing.tasks.open", "Åbne opgaver", s -> s.current()
                .openTasks());
        gauge(registry, "medhearing.tasks.overdue", "Åbne opgaver efter deres frist", s -> s.current()
                .overdueTasks());
        gauge(registry, "medhearing.incidents", "Åbne incidents i motoren", s -> s.current()
                .openIncidents());
        gauge(registry, "medhearing.jobs.executable", "Jobs, der venter på at blive kørt", s -> s.current()
                .executableJobs());
        gauge(registry, "medhearing.jobs.failed", "Jobs uden flere forsøg (incidents)", s -> s.current()
                .jobsWithoutRetries());
        gauge(registry, "medhearing.mail.outbox.pending", "Mails, der venter på at blive sendt", s -> s.current()
                .outbox()
                .pending());
        gauge(registry, "medhearing.mail.outbox.failed", "Mails, der ikke kunne sendes", s -> s.current()
                .outbox()
                .failed());
        ageGauge(
                registry,
                "medhearing.mail.outbox.oldest.pending.age",
                "Alderen af den ældste mail, der venter",
                s -> s.current().oldestPendingMailAgeSeconds());
        gauge(
                registry,
                "medhearing.casefile.deliveries.pending",
                "Sagsmapper, der venter på at blive leveret til sagssystemet",
                s -> s.current().caseFiles().pending());
        gauge(
                registry,
                "medhearing.casefile.deliveries.failed",
                "Sagsmapper, der ikke kunne leveres til sagssystemet",
                s -> s.current().caseFiles().failed());
        ageGauge(
                registry,
                "medhearing.casefile.deliveries.oldest.pending.age",
                "Alderen af den ældste sagsmappe, der venter på levering",
                s -> s.current().oldestPendingCaseFileAgeSeconds());
    }

    private void ageGauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<OperationsReadings> value) {
        Gauge.builder(name, readings, value)
                .baseUnit("seconds")
                .description(description)
                .register(registry);
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<OperationsReadings> value) {
        Gauge.builder(name, readings, value).description(description).register(registry);
    }
}
