package dk.medhearing.embargo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** The {@code embargo_confirmation} table. */
@Repository
public class EmbargoRepository {

    private final JdbcClient jdbc;

    EmbargoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a committee's confirmation once; a second one for the same committee is ignored. */
    void confirm(EmbargoConfirmation c) {
        int existing = jdbc.sql("select count(*) from embargo_confirmation where reference = ? and committee = ?")
                .params(c.reference(), c.committee())
                .query(Integer.class)
                .single();
        if (existing == 0) {
            jdbc.sql(
                            "insert into embargo_confirmation (reference, committee, confirmed_by, confirmed_at, briefing_note) "
                                    + "values (?, ?, ?, ?, ?)")
                    .params(c.reference(), c.committee(), c.confirmedBy(), c.confirmedAt(), c.briefingNote())
                    .update();
        }
    }

    public List<EmbargoConfirmation> forHearing(String reference) {
        return jdbc.sql("select * from embargo_confirmation where reference = ? order by confirmed_at")
                .param(reference)
                .query((rs, row) -> new EmbargoConfirmation(
                        rs.getString("reference"),
                        rs.getString("committee"),
                        rs.getString("confirmed_by"),
                        rs.getObject("confirmed_at", OffsetDateTime.class),
                        rs.getString("briefing_note")))
                .list();
    }
}
