package dk.medhearing.calendar;

import dk.medhearing.kit.Texts;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** iCalendar (.ics) entries made with ical4j: deadlines and meetings, in UTC so every calendar shows the right time. */
@Component
public class CalendarInvites {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    public static final String INVITATION_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    /** An entry in the recipient's calendar (method PUBLISH), e.g. a deadline. */
    public byte[] entry(String uid, String summary, String description, Instant start, Instant end, String location) {
        Calendar calendar = calendar().add(ImmutableMethod.PUBLISH);
        return write(calendar.add(event(uid, summary, description, start, end, location)));
    }

    /** A meeting invitation (method REQUEST) from {@code organizerEmail} to one attendee. */
    public byte[] invitation(
            String uid,
            String summary,
            String description,
            Instant start,
            Instant end,
            String location,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {
        return invitation(
                uid, 0, summary, description, start, end, location, organizerEmail, attendeeName, attendeeEmail);
    }

    /**
     * A meeting invitation (method REQUEST) in its {@code sequence}th version: a moved meeting keeps its UID and
     * gets a higher SEQUENCE, which calendars apply as an update of the same entry (RFC 5546 3.2.2), not a new one.
     */
    public byte[] invitation(
            String uid,
            int sequence,
            String summary,
            String description,
            Instant start,
            Instant end,
            String location,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {
        VEvent event = event(uid, summary, description, start, end, location);
        event.add(new Sequence(sequence));
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
        attendee.add(new Cn(attendeeName));
        event.add(attendee);
        Calendar calendar = calendar().add(ImmutableMethod.REQUEST);
        return write(calendar.add(event));
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//medhearing//MED-høringer//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        return calendar;
    }

    private static VEvent event(
            String uid, String summary, String description, Instant start, Instant end, String location) {
        // iCalendar text holds no control characters but tab: stored text is stripped as for the documents
        VEvent event = new VEvent(start, end == null ? start.plusSeconds(1800) : end, Texts.xmlSafe(summary));
        event.add(new Uid(uid));
        if (description != null) {
            event.add(new Description(Texts.xmlSafe(description)));
        }
        if (location != null) {
            event.add(new Location(Texts.xmlSafe(location)));
        }
        return event;
    }

    private static byte[] write(Calendar calendar) {
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
