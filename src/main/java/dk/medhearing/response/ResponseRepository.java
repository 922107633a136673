package dk.medhearing.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code committee_response} and {@code response_approval} tables. */
@Repository
public class ResponseRepository {

    private final JdbcClient jdbc;

    public ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version and returns its number (1 for the first draft). */
    public int addDraft(
            String reference,
            String committee,
            boolean noRemarks,
            String text,
            String employeeRemarks,
            String by,
            OffsetDateTime at) {
        int version = latest(reference, committee).map(d -> d.version() + 1).orElse(1);
        jdbc.sql("""
                insert into committee_response (reference, committee, version, no_remarks, response_text,
                    employee_remarks, drafted_by, drafted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, committee, version, noRemarks, text, employeeRemarks, by, at)
                .update();
        return version;
    }

    public Optional<ResponseDraft> latest(String reference, String committee) {
        return jdbc.sql("select * from committee_response where reference = ? and committee = ? "
                        + "order by version desc limit 1")
                .params(reference, committee)
                .query(ResponseRepository::map)
                .optional();
    }

    /** Every version of every committee's response in the hearing, by committee and version. */
    public List<ResponseDraft> allForHearing(String reference) {
        return jdbc.sql("select * from committee_response where reference = ? order by committee, version")
                .param(reference)
                .query(ResponseRepository::map)
                .list();
    }

    /** Every approver's decision in the hearing, by committee, version and time. */
    public List<Approval> approvalsForHearing(String reference) {
        return jdbc.sql("select * from response_approval where reference = ? order by committee, version, decided_at")
                .param(reference)
                .query(ResponseRepository::approval)
                .list();
    }

    /** Each committee's latest version in the hearing, by committee: one query for the whole hearing. */
    public Map<String, ResponseDraft> latestForHearing(String reference) {
        return jdbc.sql("""
                select * from committee_response r where r.reference = ?
                  and r.version = (select max(m.version) from committee_response m
                                   where m.reference = r.reference and m.committee = r.committee)""").param(reference).query(ResponseRepository::map).list().stream()
                .collect(Collectors.toMap(ResponseDraft::committee, Function.identity()));
    }

    public List<ResponseDraft> submittedForHearing(String reference) {
        return jdbc.sql("select * from committee_response where reference = ? and submitted_at is not null")
                .param(reference)
                .query(ResponseRepository::map)
                .list();
    }

    /** Marks the latest version submitted; a second call for the same committee changes nothing. */
    public void markLatestSubmitted(String reference, String committee, String by, OffsetDateTime at) {
        jdbc.sql("""
                update committee_response set submitted_by = ?, submitted_at = ?
                where reference = ? and committee = ? and submitted_at is null
                  and version = (select max(version) from committee_response where reference = ? and committee = ?)
                  and not exists (select 1 from committee_response s
                                  where s.reference = ? and s.committee = ? and s.submitted_at is not null)""")
                .params(by, at, reference, committee, reference, committee, reference, committee)
                .update();
    }

    public void saveApproval(Approval a) {
        jdbc.sql("delete from response_approval where reference = ? and committee = ? and version = ? "
                        + "and approver_role = ?")
                .params(a.reference(), a.committee(), a.version(), a.role().name())
                .update();
        jdbc.sql("""
                insert into response_approval (reference, committee, version, approver_role, approved,
                    approval_comment, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.reference(),
                        a.committee(),
                        a.version(),
                        a.role().name(),
                        a.approved(),
                        a.comment(),
                        a.decidedBy(),
                        a.decidedAt())
                .update();
    }

    public List<Approval> approvals(String reference, String committee, int version) {
        return jdbc.sql("select * from response_approval where reference = ? and committee = ? and version = ? "
                        + "order by approver_role")
                .params(reference, committee, version)
                .query(ResponseRepository::approval)
                .list();
    }

    private static Approval approval(ResultSet rs, int row) throws SQLException {
        return new Approval(
                rs.getString("reference"),
                rs.getString("committee"),
                rs.getInt("version"),
                ApproverRole.valueOf(rs.getString("approver_role")),
                rs.getBoolean("approved"),
                rs.getString("approval_comment"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    private static ResponseDraft map(ResultSet rs, int row) throws SQLException {
        return new ResponseDraft(
                rs.getString("reference"),
                rs.getString("committee"),
                rs.getInt("version"),
                rs.getBoolean("no_remarks"),
                rs.getString("response_text"),
                rs.getString("employee_remarks"),
                rs.getString("drafted_by"),
                rs.getObject("drafted_at", OffsetDateTime.class),
                rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class));
    }
}
