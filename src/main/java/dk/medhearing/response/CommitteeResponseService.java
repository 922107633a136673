package dk.medhearing.response;

import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The committees' part of a hearing as other modules see it: the only way into this module's tables from outside.
 */
@Service
public class CommitteeResponseService {

    private final ParticipationRepository participations;

    CommitteeResponseService(ParticipationRepository participations) {
        this.participations = participations;
    }

    /** The consulted CenterMEDs' parts of a hearing begin, each awaiting its meeting, in the given order. */
    public void open(String reference, List<String> committees, OffsetDateTime at) {
        participations.insertAll(reference, committees, at);
    }

    /** Each consulted CenterMED's part of a hearing and the step it reached, in the order they were consulted. */
    public List<Participation> participations(String reference) {
        return participations.forHearing(reference);
    }
}
