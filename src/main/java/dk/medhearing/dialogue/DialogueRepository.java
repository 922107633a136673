package dk.medhearing.dialogue;

import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.MeetingParticipant;
import dk.medhearing.dialogue.DialogueRecords.MinutesApproval;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.DialogueRecords.StatusNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The dialogue meeting tables of {@code V5__dialogue_meetings.sql}. */
@Repository
public class DialogueRepository {

    private final JdbcClient jdbc;

    public DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from dialogue_meeting where reference = ?")
                        .param(reference)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(DialogueMeeting m, List<MeetingParticipant> participants) {
        jdbc.sql("""
                insert into dialogue_meeting (reference, title, meeting_at, place, state, minutes_round, created_by,
                    created_at) values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        m.reference(),
                        m.title(),
                        m.meetingAt(),
                        m.place(),
                        m.state().name(),
                        m.createdBy(),
                        m.createdAt())
                .update();
        for (int i = 0; i < participants.size(); i++) {
            MeetingParticipant p = participants.get(i);
            jdbc.sql("""
                    insert into dialogue_participant (reference, party, position, person_id, name, title, email)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(m.reference(), p.party(), i, p.personId(), p.name(), p.title(), p.email())
                    .update();
        }
    }

    public Optional<DialogueMeeting> find(String reference) {
        return jdbc.sql("select * from dialogue_meeting where reference = ?")
                .param(reference)
                .query(DialogueRepository::meeting)
                .optional();
    }

    public List<DialogueMeeting> all() {
        return jdbc.sql("select * from dialogue_meeting order by meeting_at desc, reference")
                .query(DialogueRepository::meeting)
                .list();
    }

    public void updateState(String reference, MeetingState state) {
        jdbc.sql("update dialogue_meeting set state = ? where reference = ?")
                .params(state.name(), reference)
                .update();
    }

    public void minutesApproved(String reference, OffsetDateTime at) {
        jdbc.sql("update dialogue_meeting set minutes_approved_at = ?, state = ? where reference = ?")
                .params(at, MeetingState.FOLLOW_UP.name(), reference)
                .update();
    }

    public void closed(String reference, OffsetDateTime at) {
        jdbc.sql("update dialogue_meeting set closed_at = ?, state = ? where reference = ?")
                .params(at, MeetingState.CLOSED.name(), reference)
                .update();
    }

    public List<MeetingParticipant> participants(String reference) {
        return jdbc.sql("select * from dialogue_participant where reference = ? order by position")
                .param(reference)
                .query((rs, row) -> new MeetingParticipant(
                        rs.getString("party"),
                        rs.getString("person_id"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("email")))
                .list();
    }

    public void replaceAgenda(String reference, List<String> titles) {
        jdbc.sql("delete from dialogue_agenda_item where reference = ?")
                .param(reference)
                .update();
        for (int i = 0; i < titles.size(); i++) {
            jdbc.sql("insert into dialogue_agenda_item (reference, number, title) values (?, ?, ?)")
                    .params(reference, i + 1, titles.get(i))
                    .update();
        }
    }

    public List<AgendaItem> agenda(String reference) {
        return jdbc.sql("select * from dialogue_agenda_item where reference = ? order by number")
                .param(reference)
                .query((rs, row) -> new AgendaItem(rs.getInt("number"), rs.getString("title")))
                .list();
    }

    /** Stores the next version of the status note; returns its version number. */
    public int addStatusNote(
            String reference, String text, String link, Integer followUp, String by, OffsetDateTime at) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from dialogue_status_note where reference = ?")
                .param(reference)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                insert into dialogue_status_note (reference, version, note_text, link, follow_up, written_by, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(reference, version, text, link, followUp, by, at).update();
        return version;
    }

    public List<StatusNote> statusNotes(String reference) {
        return jdbc.sql("select * from dialogue_status_note where reference = ? order by version")
                .param(reference)
                .query((rs, row) -> new StatusNote(
                        rs.getInt("version"),
                        rs.getString("note_text"),
                        rs.getString("link"),
                        (Integer) rs.getObject("follow_up", Integer.class),
                        rs.getString("written_by"),
                        rs.getObject("written_at", OffsetDateTime.class)))
                .list();
    }

    /** Records (or records again) the minutes and the follow-ups, and opens the next round of approval. */
    public int saveMinutes(String reference, List<MinutesItem> items, List<FollowUp> followUps) {
        jdbc.sql("delete from dialogue_minutes_item where reference = ?")
                .param(reference)
                .update();
        jdbc.sql("delete from dialogue_follow_up where reference = ?")
                .param(reference)
                .update();
        for (MinutesItem item : items) {
            jdbc.sql("""
                    insert into dialogue_minutes_item (reference, number, discussion, decisions, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            reference,
                            item.number(),
                            item.discussion(),
                            item.decisions(),
                            item.recordedBy(),
                            item.recordedAt())
                    .update();
        }
        for (FollowUp f : followUps) {
            jdbc.sql("""
                    insert into dialogue_follow_up (reference, number, agenda_number, description, responsible_party,
                        responsible_person, due_date, revise_status_note, state)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            reference,
                            f.number(),
                            f.agendaNumber(),
                            f.description(),
                            f.responsibleParty(),
                            f.responsiblePerson(),
                            f.dueDate(),
                            f.reviseStatusNote(),
                            f.state().name())
                    .update();
        }
        jdbc.sql("update dialogue_meeting set minutes_round = minutes_round + 1, state = ? where reference = ?")
                .params(MeetingState.AWAITING_APPROVAL.name(), reference)
                .update();
        return find(reference).orElseThrow().minutesRound();
    }

    public List<MinutesItem> minutes(String reference) {
        return jdbc.sql("select * from dialogue_minutes_item where reference = ? order by number")
                .param(reference)
                .query((rs, row) -> new MinutesItem(
                        rs.getInt("number"),
                        rs.getString("discussion"),
                        rs.getString("decisions"),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    public List<FollowUp> followUps(String reference) {
        return jdbc.sql("select * from dialogue_follow_up where reference = ? order by number")
                .param(reference)
                .query(DialogueRepository::followUp)
                .list();
    }

    public Optional<FollowUp> followUp(String reference, int number) {
        return jdbc.sql("select * from dialogue_follow_up where reference = ? and number = ?")
                .params(reference, number)
                .query(DialogueRepository::followUp)
                .optional();
    }

    public void updateFollowUp(
            String reference,
            int number,
            FollowUpState state,
            String outcome,
            String closedBy,
            OffsetDateTime closedAt) {
        jdbc.sql("""
                update dialogue_follow_up set state = ?, outcome = ?, closed_by = ?, closed_at = ?
                where reference = ? and number = ?""")
                .params(state.name(), outcome, closedBy, closedAt, reference, number)
                .update();
    }

    public void saveApproval(String reference, MinutesApproval a) {
        jdbc.sql("""
                insert into dialogue_minutes_approval (reference, round, party, approved, comment, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, a.round(), a.party(), a.approved(), a.comment(), a.decidedBy(), a.decidedAt())
                .update();
    }

    public List<MinutesApproval> approvals(String reference) {
        return jdbc.sql("select * from dialogue_minutes_approval where reference = ? order by round, party")
                .param(reference)
                .query((rs, row) -> new MinutesApproval(
                        rs.getInt("round"),
                        rs.getString("party"),
                        rs.getBoolean("approved"),
                        rs.getString("comment"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    private static DialogueMeeting meeting(ResultSet rs, int row) throws SQLException {
        return new DialogueMeeting(
                rs.getString("reference"),
                rs.getString("title"),
                rs.getObject("meeting_at", OffsetDateTime.class),
                rs.getString("place"),
                MeetingState.valueOf(rs.getString("state")),
                rs.getInt("minutes_round"),
                rs.getObject("minutes_approved_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class));
    }

    private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new FollowUp(
                rs.getString("reference"),
                rs.getInt("number"),
                (Integer) rs.getObject("agenda_number", Integer.class),
                rs.getString("description"),
                rs.getString("responsible_party"),
                rs.getString("responsible_person"),
                rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("revise_status_note"),
                FollowUpState.valueOf(rs.getString("state")),
                rs.getString("outcome"),
                rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}
