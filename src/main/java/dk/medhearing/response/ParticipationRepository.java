package dk.medhearing.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** The {@code committee_participation} table. */
@Repository
public class ParticipationRepository {

    private final JdbcClient jdbc;

    public ParticipationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written only by this module ({@link CommitteeResponseService}, the committees' progress); others read. */
    void insertAll(String reference, List<String> committees, OffsetDateTime at) {
        for (int i = 0; i < committees.size(); i++) {
            jdbc.sql("insert into committee_participation (reference, committee, position, state, updated_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(reference, committees.get(i), i, CommitteeState.AWAITING_MEETING.name(), at)
                    .update();
        }
    }

    void updateState(String reference, String committee, CommitteeState state, OffsetDateTime at) {
        jdbc.sql("update committee_participation set state = ?, updated_at = ? where reference = ? and committee = ?")
                .params(state.name(), at, reference, committee)
                .update();
    }

    public List<Participation> forHearing(String reference) {
        return jdbc.sql("select * from committee_participation where reference = ? order by position")
                .param(reference)
                .query((rs, row) -> new Participation(
                        rs.getString("reference"),
                        rs.getString("committee"),
                        rs.getInt("position"),
                        CommitteeState.valueOf(rs.getString("state")),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }
}
