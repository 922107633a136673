package dk.medhearing.hearing;

import java.time.OffsetDateTime;
import java.util.List;

/** A validated hearing, as stored in the {@code hearing} table. */
public record Hearing(String reference,
                      String title,
                      String summary,
                      List<String> documentLinks,
                      List<String> committees,
                      OffsetDateTime publishedAt,
                      OffsetDateTime responseDeadline,
                      OffsetDateTime orientationAt,
                      String orientationPlace,
                      OffsetDateTime mainMeetingAt,
                      OffsetDateTime politicalMeetingAt,
                      String createdBy,
                      MainCommitteeState mainState,
                      OffsetDateTime submittedAt,
                      String submittedBy,
                      String journalReference,
                      int windowWorkingDays,
                      String shortWindowJustification,
                      String holidayWarning) {
}
