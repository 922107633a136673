package dk.medhearing.delivery;

import dk.medhearing.kit.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case-file deliveries as other modules see them: {@link #enqueue} writes a case's delivery in the caller's
 * transaction (the engine's, in {@link CaseFileDeliveryListener}), once per case and step, with its delivery process;
 * {@link #hearingStates} is what the board shows, {@link #statistics} what the metrics report. Nothing is delivered here: {@link DeliveryRun} does that outside any transaction.
 */
@Service
public class CaseFileDeliveries {

    private static final Logger log = LoggerFactory.getLogger(CaseFileDeliveries.class);

    private final DeliveryRepository repository;
    private final DeliveryProcess process;
    private final EngineClock clock;

    CaseFileDeliveries(DeliveryRepository repository, DeliveryProcess process, EngineClock clock) {
        this.repository = repository;
        this.process = process;
        this.clock = clock;
    }

    /**
     * Writes the case's delivery unless it exists, and starts its {@link DeliveryProcess} with it (both in the
     * caller's transaction, so the engine commits both or neither); the new row's id if written now.
     */
    public Optional<String> enqueue(CaseFileKind kind, String businessKey, String processInstanceId) {
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalArgumentException("A case file needs the case's reference (the business key)");
        }
        Optional<String> written = repository.insert(kind, businessKey, processInstanceId, clock.now());
        written.ifPresent(id -> process.start(businessKey, id));
        log.debug(
                "Case file of {} {} {}",
                kind,
                businessKey,
                written.isPresent() ? "to be delivered" : "already written");
        return written;
    }

    /** Each hearing's case-file state, {@link CaseFileState#NONE} for those with no delivery yet (one query). */
    public Map<String, CaseFileState> hearingStates(List<String> references) {
        Map<String, DeliveryRow> rows = repository.forBusinessKeys(CaseFileKind.HEARING, references).stream()
                .collect(Collectors.toMap(DeliveryRow::businessKey, Function.identity(), (a, b) -> a));
        return references.stream().distinct().collect(Collectors.toMap(Function.identity(), reference -> {
            DeliveryRow row = rows.get(reference);
            return row == null ? CaseFileState.NONE : new CaseFileState(row.state(), row.deliveredAt());
        }));
    }

    /** Deliveries waiting and failed, and the oldest waiting one's creation, for the business metrics. */
    public DeliveryStatistics statistics() {
        return repository.statistics();
    }
}
