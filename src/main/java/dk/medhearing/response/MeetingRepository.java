package dk.medhearing.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code committee_meeting} table; scheduling again replaces the committee's meeting. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Meeting m) {
        jdbc.sql("delete from committee_meeting where reference = ? and committee = ?")
                .params(m.reference(), m.committee())
                .update();
        jdbc.sql("insert into committee_meeting (reference, committee, starts_at, ends_at, place, scheduled_by, "
                        + "scheduled_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        m.reference(),
                        m.committee(),
                        m.startsAt(),
                        m.endsAt(),
                        m.place(),
                        m.scheduledBy(),
                        m.scheduledAt())
                .update();
    }

    public Optional<Meeting> find(String reference, String committee) {
        return jdbc.sql("select * from committee_meeting where reference = ? and committee = ?")
                .params(reference, committee)
                .query(MeetingRepository::map)
                .optional();
    }

    public List<Meeting> forHearing(String reference) {
        return jdbc.sql("select * from committee_meeting where reference = ?")
                .param(reference)
                .query(MeetingRepository::map)
                .list();
    }

    private static Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(
                rs.getString("reference"),
                rs.getString("committee"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("place"),
                rs.getString("scheduled_by"),
                rs.getObject("scheduled_at", OffsetDateTime.class));
    }
}
