package dk.medhearing.board;

import dk.medhearing.calendar.DayInfo;
import dk.medhearing.calendar.HolidayPeriodOverlap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline picture: well-formed SVG, one marker per event with its own title, days off shaded, a text alternative. */
class SvgTimelineTest {

    private final Timeline timeline = new Timeline(
            "Tidslinje for høringen T-1: <Budget> & løn",
            LocalDate.of(2026, 12, 14),
            LocalDate.of(2026, 12, 29),
            LocalDate.of(2026, 12, 16),
            List.of(
                    new Timeline.Lane(
                            "Høringen",
                            List.of(
                                    new Timeline.Event(
                                            Timeline.Kind.PUBLICATION,
                                            "Offentliggjort",
                                            OffsetDateTime.parse("2026-12-14T10:00+01:00"),
                                            true),
                                    new Timeline.Event(
                                            Timeline.Kind.DEADLINE,
                                            "Høringsfrist",
                                            OffsetDateTime.parse("2026-12-28T12:00+01:00"),
                                            false))),
                    new Timeline.Lane(
                            "AMC",
                            List.of(
                                    new Timeline.Event(
                                            Timeline.Kind.REMINDER,
                                            "Første påmindelse",
                                            OffsetDateTime.parse("2026-12-21T09:00+01:00"),
                                            false),
                                    new Timeline.Event(
                                            Timeline.Kind.MEETING,
                                            "Ekstraordinært møde",
                                            OffsetDateTime.parse("2026-12-17T10:00+01:00"),
                                            false)))),
            List.of(
                    new DayInfo(LocalDate.of(2026, 12, 24), "Juleaftensdag"),
                    new DayInfo(LocalDate.of(2026, 12, 25), "1. juledag")),
            List.of(new HolidayPeriodOverlap("Jul og nytår", LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 2))));

    @Test
    void shouldDrawOneMarkerWithATitlePerEvent() throws Exception {
        // when the timeline is drawn
        String svg = SvgTimeline.render(timeline);

        // then it is well-formed XML with one event group per event, each with its lane, label and time
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("g").getLength()).isEqualTo(4 + 1);
        assertThat(svg)
                .contains(
                        "data-kind=\"PUBLICATION\"><title>Høringen: Offentliggjort – 14.12.2026 kl. 10.00 (sket)</title>")
                .contains("data-kind=\"DEADLINE\"><title>Høringen: Høringsfrist – 28.12.2026 kl. 12.00</title>")
                .contains("data-kind=\"REMINDER\"><title>AMC: Første påmindelse – 21.12.2026 kl. 09.00</title>")
                .contains("data-kind=\"MEETING\"><title>AMC: Ekstraordinært møde – 17.12.2026 kl. 10.00</title>");
    }

    @Test
    void shouldShadeDaysOffAndHolidayPeriods() {
        String svg = SvgTimeline.render(timeline);

        assertThat(svg)
                .contains("class=\"day-off\"")
                .contains("<title>Juleaftensdag</title>")
                .contains("<title>1. juledag</title>")
                .contains("class=\"holiday-period\"><title>Jul og nytår</title>")
                .contains("class=\"today\"");
    }

    @Test
    void shouldDescribeEveryEventInTextAndEscapeIt() {
        String svg = SvgTimeline.render(timeline);

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                        + "aria-labelledby=\"timeline-title timeline-desc\"")
                .contains("<title id=\"timeline-title\">Tidslinje for høringen T-1: &lt;Budget&gt; &amp; løn</title>")
                .doesNotContain("<Budget>");
        assertThat(SvgTimeline.description(timeline))
                .contains(
                        "Høringen: Offentliggjort 14.12.2026 kl. 10.00 (sket)",
                        "Høringsfrist 28.12.2026 kl. 12.00",
                        "AMC: Første påmindelse 21.12.2026 kl. 09.00",
                        "Ekstraordinært møde 17.12.2026 kl. 10.00");
    }

    @Test
    void shouldPlaceALaterEventFurtherRight() {
        String svg = SvgTimeline.render(timeline);

        double publication = x(svg, "PUBLICATION");
        double deadline = x(svg, "DEADLINE");
        assertThat(deadline).isGreaterThan(publication);
        assertThat(publication).isGreaterThanOrEqualTo(SvgTimeline.LEFT);
        assertThat(deadline).isLessThanOrEqualTo(SvgTimeline.WIDTH - SvgTimeline.RIGHT);
    }

    private static double x(String svg, String kind) {
        int g = svg.indexOf("data-kind=\"" + kind + "\"");
        int attr = svg.indexOf(" x=\"", g);
        int cx = svg.indexOf(" cx=\"", g);
        int pos = cx > 0 && (attr < 0 || cx < attr) ? cx + 5 : attr + 4;
        return Double.parseDouble(svg.substring(pos, svg.indexOf('"', pos))) + 7;
    }
}
