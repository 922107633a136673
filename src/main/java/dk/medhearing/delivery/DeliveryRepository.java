package dk.medhearing.delivery;

import com.fasterxml.uuid.Generators;
import dk.medhearing.casefile.CaseFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The {@code casefile_delivery} table. {@link #insert} joins the caller's transaction (the engine's, in a listener);
 * every other statement runs on its own, committed at once, so no connection is held while a case file is built or
 * delivered. A row is delivered by the one thread whose claim (one conditional update) won it.
 */
@Repository
class DeliveryRepository {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";
    private static final String DUE =
            "state = 'PENDING' and next_attempt_at <= ? " + "and (claimed_until is null or claimed_until < ?)";

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the row unless one for this kind, business key and step exists; its id if written now. */
    Optional<String> insert(CaseFileKind kind, String businessKey, String processInstanceId, OffsetDateTime now) {
        String id = Generators.timeBasedEpochGenerator().generate().toString();
        boolean written =
                jdbc.sql("insert into casefile_delivery (id, kind, business_key, step, process_instance_id, state, "
                                        + "attempts, next_attempt_at, created_at) select ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from "
                                        + "(values (1)) as one(x) where not exists (select 1 from casefile_delivery where kind = ? "
                                        + "and business_key = ? and step = ?)")
                                .params(
                                        id,
                                        kind.name(),
                                        businessKey,
                                        kind.step(),
                                        processInstanceId,
                                        now,
                                        now,
                                        kind.name(),
                                        businessKey,
                                        kind.step())
                                .update()
                        == 1;
        return written ? Optional.of(id) : Optional.empty();
    }

    List<String> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from casefile_delivery where " + DUE + " order by next_attempt_at, created_at, id "
                        + "fetch first " + Math.max(1, limit) + " rows only")
                .params(now, now)
                .query(String.class)
                .list();
    }

    /** Claims the row for {@code claimant} until {@code until} if it is still due, counting an attempt. */
    Optional<DeliveryRow> claim(String id, String claimant, OffsetDateTime now, OffsetDateTime until) {
        int claimed = jdbc.sql(
                        "update casefile_delivery set claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                                + "where id = ? and " + DUE)
                .params(claimant, until, id, now, now)
                .update();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    /** The zip built at an earlier attempt, if any. */
    Optional<CaseFile> content(String id) {
        return jdbc.sql("select file_name, content, sha256 from casefile_delivery where id = ? and content is not null")
                .param(id)
                .query((rs, n) -> new CaseFile(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    /** Keeps the case file built at this attempt, so every later attempt delivers the same bytes. */
    void storeContent(String id, String claimant, CaseFile file) {
        jdbc.sql("update casefile_delivery set file_name = ?, content = ?, sha256 = ? where id = ? and claimed_by = ?")
                .params(file.fileName(), file.zip(), file.sha256(), id, claimant)
                .update();
    }

    void markDelivered(String id, String claimant, String destination, OffsetDateTime at) {
        jdbc.sql("update casefile_delivery set state = 'DELIVERED', delivered_at = ?, destination = ?, content = null, "
                        + "claimed_by = null, claimed_until = null, last_error = null where id = ? and claimed_by = ?")
                .params(at, destination, id, claimant)
                .update();
    }

    void markAttemptFailed(String id, String claimant, String error, boolean failed, OffsetDateTime next) {
        jdbc.sql(
                        "update casefile_delivery set state = ?, next_attempt_at = ?, claimed_by = null, claimed_until = null, "
                                + "last_error = ? where id = ? and claimed_by = ?")
                .params(failed ? FAILED : PENDING, next, error, id, claimant)
                .update();
    }

    /** A FAILED row is pending again with a fresh set of attempts; {@code false} if it was not failed. */
    boolean retry(String id, OffsetDateTime now) {
        return jdbc.sql("update casefile_delivery set state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                                + "claimed_by = null, claimed_until = null where id = ? and state = 'FAILED'")
                        .params(now, id)
                        .update()
                == 1;
    }

    Optional<DeliveryRow> find(String id) {
        return jdbc.sql("select * from casefile_delivery where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<DeliveryRow> inState(String state, int limit) {
        return jdbc.sql("select * from casefile_delivery where state = ? order by created_at, id fetch first " + limit
                        + " rows only")
                .param(state)
                .query(this::row)
                .list();
    }

    int count(String state) {
        return jdbc.sql("select count(*) from casefile_delivery where state = ?")
                .param(state)
                .query(Integer.class)
                .single();
    }

    /** Rows waiting and failed, and the oldest waiting one's creation (one statement). */
    DeliveryStatistics statistics() {
        return jdbc.sql("select coalesce(sum(case when state = 'PENDING' then 1 else 0 end), 0), "
                        + "coalesce(sum(case when state = 'FAILED' then 1 else 0 end), 0), "
                        + "min(case when state = 'PENDING' then created_at end) "
                        + "from casefile_delivery where state in ('PENDING', 'FAILED')")
                .query((rs, n) ->
                        new DeliveryStatistics(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .single();
    }

    /** The rows of these business keys (one statement). */
    List<DeliveryRow> forBusinessKeys(CaseFileKind kind, List<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(kind.name()));
        params.addAll(businessKeys);
        return jdbc.sql("select * from casefile_delivery where kind = ? and business_key in ("
                        + String.join(", ", Collections.nCopies(businessKeys.size(), "?")) + ")")
                .params(params)
                .query(this::row)
                .list();
    }

    private DeliveryRow row(ResultSet rs, int n) throws SQLException {
        return new DeliveryRow(
                rs.getString("id"),
                CaseFileKind.valueOf(rs.getString("kind")),
                rs.getString("business_key"),
                rs.getString("step"),
                rs.getString("process_instance_id"),
                rs.getString("state"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("delivered_at", OffsetDateTime.class),
                rs.getString("destination"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getString("last_error"));
    }
}
