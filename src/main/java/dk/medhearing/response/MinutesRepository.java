package dk.medhearing.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code committee_minutes} table; recording again replaces the committee's minutes. */
@Repository
public class MinutesRepository {

    private final JdbcClient jdbc;

    public MinutesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Minutes m) {
        jdbc.sql("delete from committee_minutes where reference = ? and committee = ?")
                .params(m.reference(), m.committee())
                .update();
        jdbc.sql("""
                insert into committee_minutes (reference, committee, meeting_starts_at, meeting_ends_at, place,
                    management_attendees, employee_attendees, absentees, meeting_chair, minute_taker, discussion,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        m.reference(),
                        m.committee(),
                        m.meetingStartsAt(),
                        m.meetingEndsAt(),
                        m.place(),
                        m.managementAttendees(),
                        m.employeeAttendees(),
                        m.absentees(),
                        m.meetingChair(),
                        m.minuteTaker(),
                        m.discussion(),
                        m.recordedBy(),
                        m.recordedAt())
                .update();
    }

    public Optional<Minutes> find(String reference, String committee) {
        return jdbc.sql("select * from committee_minutes where reference = ? and committee = ?")
                .params(reference, committee)
                .query(MinutesRepository::map)
                .optional();
    }

    public List<Minutes> forHearing(String reference) {
        return jdbc.sql("select * from committee_minutes where reference = ?")
                .param(reference)
                .query(MinutesRepository::map)
                .list();
    }

    private static Minutes map(ResultSet rs, int row) throws SQLException {
        return new Minutes(
                rs.getString("reference"),
                rs.getString("committee"),
                rs.getObject("meeting_starts_at", OffsetDateTime.class),
                rs.getObject("meeting_ends_at", OffsetDateTime.class),
                rs.getString("place"),
                rs.getString("management_attendees"),
                rs.getString("employee_attendees"),
                rs.getString("absentees"),
                rs.getString("meeting_chair"),
                rs.getString("minute_taker"),
                rs.getString("discussion"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
