package dk.medhearing.notification;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.response.Approval;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a "work waits for you" mail says beyond the task: the comments a draft was sent back with, and which
 * CenterMEDs answered when every response is in for HovedMED.
 */
@Component
class TaskMailDetails {

    private final ResponseRepository responses;
    private final Organisation organisation;

    TaskMailDetails(ResponseRepository responses, Organisation organisation) {
        this.responses = responses;
        this.organisation = organisation;
    }

    Map<String, Object> of(WorkNotice notice, Hearing hearing, String committee) {
        return switch (notice) {
            case SENT_BACK -> Map.of("comments", sentBackComments(hearing.reference(), committee));
            case RESPONSES_IN -> Map.of("responses", responses(hearing));
            default -> Map.of();
        };
    }

    private List<String> sentBackComments(String reference, String committee) {
        Optional<ResponseDraft> draft = responses.latest(reference, committee);
        return draft.map(d -> responses.approvals(reference, committee, d.version()).stream()
                        .filter(a -> !a.approved())
                        .map(TaskMailDetails::comment)
                        .toList())
                .orElse(List.of());
    }

    private static String comment(Approval approval) {
        return approval.comment() == null ? "(ingen kommentar)" : approval.comment();
    }

    private List<String> responses(Hearing hearing) {
        return hearing.committees().stream()
                .map(c -> organisation.unit(c).map(u -> u.name()).orElse(c) + ": "
                        + (responses
                                        .latest(hearing.reference(), c)
                                        .filter(ResponseDraft::submitted)
                                        .isPresent()
                                ? "høringssvar indsendt"
                                : "intet høringssvar inden fristen"))
                .toList();
    }
}
