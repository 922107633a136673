package dk.medhearing.hearing;

import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.response.CommitteeResponseService;
import dk.medhearing.response.CommitteeState;
import dk.medhearing.response.Participation;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starting hearings and keeping their records; the one place both start paths go through. */
@Service
public class HearingService {

    private final HearingValidator validator;
    private final HearingRepository hearings;
    private final CommitteeResponseService committeeResponses;
    private final ResponseRepository responses;
    private final Organisation organisation;
    private final RuntimeService runtimeService;

    public HearingService(
            HearingValidator validator,
            HearingRepository hearings,
            CommitteeResponseService committeeResponses,
            ResponseRepository responses,
            Organisation organisation,
            RuntimeService runtimeService) {
        this.validator = validator;
        this.hearings = hearings;
        this.committeeResponses = committeeResponses;
        this.responses = responses;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts a hearing from the API for {@code user} (the start event records the initiator). The process's first
     * task validates and registers it, once ({@link #register}, in the start's transaction): a broken rule throws
     * from here with every broken rule (400), and nothing is left behind.
     */
    public Hearing start(HearingInput input, String user) {
        // the API's list becomes the start form's one link per line: a line break inside one link would split it
        List<FieldError> errors = new ArrayList<>();
        if (input.documentLinks() != null) {
            input.documentLinks()
                    .forEach(link ->
                            InputRules.plainText(errors, "documentLinks", "Links til høringsmaterialet", link, true));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(HearingValidator.REJECTED, errors);
        }
        runtimeService
                .createProcessInstanceByKey(HearingVariables.PROCESS_ID)
                .setVariables(HearingStartVariables.forStart(input))
                .execute();
        return hearings.find(InputRules.normaliseReference(input.reference())).orElseThrow();
    }

    /** Validates and stores a hearing with its consulted committees, inside the process's start transaction. */
    public Hearing register(HearingInput input, String createdBy) {
        Hearing hearing = validator.validate(input, createdBy);
        try {
            hearings.insert(hearing);
        } catch (DuplicateKeyException e) {
            throw new ValidationFailedException(
                    HearingValidator.REJECTED,
                    List.of(new FieldError(
                            "reference",
                            "Journalnummeret " + hearing.reference() + " er allerede brugt af en anden høring.")));
        }
        committeeResponses.open(hearing.reference(), hearing.committees(), hearing.publishedAt());
        return hearing;
    }

    public String administrationGroup() {
        return organisation.administration().id();
    }

    public String mainCommitteeId() {
        return organisation.mainCommittee().id();
    }

    public void mainCommitteeTakesOver(String reference) {
        hearings.updateMainState(reference, MainCommitteeState.MINUTES_PENDING);
    }

    /**
     * An embargoed hearing is published to all members at {@code at} ({@code reason}: CONFIRMED or EXPIRED), with the
     * window counted from then on.
     */
    public void markPublished(String reference, OffsetDateTime at, int windowWorkingDays, String reason) {
        hearings.markPublished(reference, at, windowWorkingDays, reason);
    }

    /** The received/missing overview of the CenterMEDs' responses, as rows for a form table. */
    public List<Map<String, String>> overview(String reference) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Participation p : committeeResponses.participations(reference)) {
            Optional<ResponseDraft> response =
                    responses.latest(reference, p.committee()).filter(ResponseDraft::submitted);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("committee", name(p.committee()));
            row.put("status", p.state() == CommitteeState.SUBMITTED ? "Modtaget" : "Mangler");
            row.put("detail", p.state().label());
            row.put(
                    "submittedAt",
                    response.map(r -> DateTimes.shortDanish(r.submittedAt())).orElse(""));
            row.put(
                    "noRemarks",
                    response.map(r -> r.noRemarks() ? "Ingen bemærkninger" : "Bemærkninger")
                            .orElse(""));
            row.put(
                    "employeeRemarks",
                    response.map(r -> r.employeeRemarks() != null ? "Ja" : "Nej")
                            .orElse(""));
            rows.add(row);
        }
        return rows;
    }

    public String name(String committee) {
        return organisation.unit(committee).map(Unit::name).orElse(committee);
    }
}
