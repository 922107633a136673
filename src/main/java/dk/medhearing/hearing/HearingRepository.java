package dk.medhearing.hearing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code hearing} table. */
@Repository
public class HearingRepository {

    private final JdbcClient jdbc;

    public HearingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from hearing where upper(reference) = upper(?)")
                        .param(reference)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Written only by this module ({@link HearingService}); other modules read. */
    void insert(Hearing h) {
        jdbc.sql("""
                insert into hearing (reference, title, summary, document_links, committees, published_at,
                    response_deadline, orientation_at, orientation_place, main_meeting_at, political_meeting_at,
                    created_by, main_state, window_working_days, short_window_justification, holiday_warning,
                    embargo_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        h.reference(),
                        h.title(),
                        h.summary(),
                        String.join("\n", h.documentLinks()),
                        String.join(",", h.committees()),
                        h.publishedAt(),
                        h.responseDeadline(),
                        h.orientationAt(),
                        h.orientationPlace(),
                        h.mainMeetingAt(),
                        h.politicalMeetingAt(),
                        h.createdBy(),
                        h.mainState().name(),
                        h.windowWorkingDays(),
                        h.shortWindowJustification(),
                        h.holidayWarning(),
                        h.embargoUntil())
                .update();
    }

    public Optional<Hearing> find(String reference) {
        return jdbc.sql("select * from hearing where reference = ?")
                .param(reference)
                .query(HearingRepository::map)
                .optional();
    }

    public List<Hearing> findAll() {
        return jdbc.sql("select * from hearing order by published_at desc, reference")
                .query(HearingRepository::map)
                .list();
    }

    void updateMainState(String reference, MainCommitteeState state) {
        jdbc.sql("update hearing set main_state = ? where reference = ?")
                .params(state.name(), reference)
                .update();
    }

    void markSubmitted(String reference, String journalReference, String by, OffsetDateTime at) {
        jdbc.sql("update hearing set main_state = ?, journal_reference = ?, submitted_by = ?, submitted_at = ? "
                        + "where reference = ?")
                .params(MainCommitteeState.SUBMITTED.name(), journalReference, by, at, reference)
                .update();
    }

    /** An embargoed hearing is published to all members: the window is counted from now on. */
    void markPublished(String reference, OffsetDateTime at, int windowWorkingDays, String reason) {
        jdbc.sql("update hearing set published_at = ?, window_working_days = ?, embargo_release_reason = ? "
                        + "where reference = ?")
                .params(at, windowWorkingDays, reason, reference)
                .update();
    }

    /** When an embargoed hearing was published to all members, and why; empty while it is under embargo. */
    public Optional<Hearing.EmbargoRelease> embargoRelease(String reference) {
        return find(reference).flatMap(Hearing::embargoRelease);
    }

    /** How many hearings are in each phase (the same rule as {@link Hearing#phase()}), for the metrics. */
    public Map<HearingPhase, Long> countByPhase() {
        Map<HearingPhase, Long> counts = new EnumMap<>(HearingPhase.class);
        for (HearingPhase phase : HearingPhase.values()) {
            counts.put(phase, 0L);
        }
        jdbc.sql("""
                select phase, count(*) as n from (
                    select case when embargo_until is not null and embargo_release_reason is null then 'EMBARGO'
                                when main_state = 'SUBMITTED' then 'SUBMITTED'
                                when main_state = 'AWAITING_COMMITTEES' then 'CONSULTATION'
                                else 'MAIN_COMMITTEE' end as phase
                    from hearing) phases
                group by phase""")
                .query((rs, n) -> Map.entry(HearingPhase.valueOf(rs.getString("phase")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static Hearing map(ResultSet rs, int row) throws SQLException {
        return Hearing.builder()
                .reference(rs.getString("reference"))
                .title(rs.getString("title"))
                .summary(rs.getString("summary"))
                .documentLinks(split(rs.getString("document_links"), "\n"))
                .committees(split(rs.getString("committees"), ","))
                .publishedAt(time(rs, "published_at"))
                .responseDeadline(time(rs, "response_deadline"))
                .orientationAt(time(rs, "orientation_at"))
                .orientationPlace(rs.getString("orientation_place"))
                .mainMeetingAt(time(rs, "main_meeting_at"))
                .politicalMeetingAt(time(rs, "political_meeting_at"))
                .createdBy(rs.getString("created_by"))
                .mainState(MainCommitteeState.valueOf(rs.getString("main_state")))
                .submittedAt(time(rs, "submitted_at"))
                .submittedBy(rs.getString("submitted_by"))
                .journalReference(rs.getString("journal_reference"))
                .windowWorkingDays(rs.getInt("window_working_days"))
                .shortWindowJustification(rs.getString("short_window_justification"))
                .holidayWarning(rs.getString("holiday_warning"))
                .embargoUntil(time(rs, "embargo_until"))
                .embargoReleaseReason(rs.getString("embargo_release_reason"))
                .build();
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(separator)).toList();
    }
}
