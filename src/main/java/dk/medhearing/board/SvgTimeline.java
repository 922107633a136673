package dk.medhearing.board;

import dk.medhearing.calendar.DayInfo;
import dk.medhearing.calendar.HolidayPeriodOverlap;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Draws a {@link Timeline} as a self-contained SVG (no JavaScript): days off shaded, holiday periods as bands, one
 * lane per party with a marker per event. The picture has a title and a text description listing every event, and
 * each marker its own title, so screen readers get the same information (the page also lists them in a table).
 */
public final class SvgTimeline {

    static final int WIDTH = 960;
    static final int LEFT = 190;
    static final int RIGHT = 20;
    static final int TOP = 56;
    static final int LANE = 34;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d. MMM", Locale.forLanguageTag("da-DK"));

    private SvgTimeline() {}

    public static String render(Timeline t) {
        long days = Math.max(1, ChronoUnit.DAYS.between(t.from(), t.to()) + 1);
        double dayWidth = (WIDTH - LEFT - RIGHT) / (double) days;
        int height = TOP + LANE * t.lanes().size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" ")
                .append("viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" ")
                .append("font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"timeline-title\">").append(esc(t.caption())).append("</title>");
        svg.append("<desc id=\"timeline-desc\">").append(esc(description(t))).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"#ffffff\"/>");
        for (HolidayPeriodOverlap period : t.holidayPeriods()) {
            double x1 = x(t, clamp(t, period.from()), dayWidth);
            double x2 = x(t, clamp(t, period.to()), dayWidth) + dayWidth;
            svg.append("<g class=\"holiday-period\"><title>")
                    .append(esc(period.name()))
                    .append("</title>")
                    .append("<rect x=\"")
                    .append(f(x1))
                    .append("\" y=\"4\" width=\"")
                    .append(f(x2 - x1))
                    .append("\" height=\"14\" fill=\"#f3e3b3\"/>")
                    .append("<text x=\"")
                    .append(f(x1 + 3))
                    .append("\" y=\"15\" fill=\"#3d2e00\" font-size=\"11\">")
                    .append(esc(period.name()))
                    .append("</text></g>");
        }
        for (DayInfo off : t.daysOff()) {
            if (off.date().isBefore(t.from()) || off.date().isAfter(t.to())) {
                continue;
            }
            svg.append("<rect class=\"day-off\" x=\"")
                    .append(f(x(t, off.date(), dayWidth)))
                    .append("\" y=\"")
                    .append(TOP - 18)
                    .append("\" width=\"")
                    .append(f(dayWidth))
                    .append("\" height=\"")
                    .append(height - TOP + 8)
                    .append("\" fill=\"#d9d9d9\"><title>")
                    .append(esc(off.reason()))
                    .append("</title></rect>");
        }
        for (LocalDate d = t.from(); !d.isAfter(t.to()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(t.from())) {
                double x = x(t, d, dayWidth);
                svg.append("<line x1=\"")
                        .append(f(x))
                        .append("\" y1=\"")
                        .append(TOP - 18)
                        .append("\" x2=\"")
                        .append(f(x))
                        .append("\" y2=\"")
                        .append(height - 10)
                        .append("\" stroke=\"#8a8a8a\" stroke-width=\"0.5\"/>")
                        .append("<text x=\"")
                        .append(f(x + 2))
                        .append("\" y=\"")
                        .append(TOP - 22)
                        .append("\" fill=\"#1d1d1d\">")
                        .append(esc(TICK.format(d)))
                        .append("</text>");
            }
        }
        if (t.today() != null && !t.today().isBefore(t.from()) && !t.today().isAfter(t.to())) {
            double x = x(t, t.today(), dayWidth) + dayWidth / 2;
            svg.append("<line class=\"today\" x1=\"")
                    .append(f(x))
                    .append("\" y1=\"")
                    .append(TOP - 18)
                    .append("\" x2=\"")
                    .append(f(x))
                    .append("\" y2=\"")
                    .append(height - 4)
                    .append("\" stroke=\"#a4000f\" stroke-dasharray=\"4 3\"><title>I dag</title></line>");
        }
        int row = 0;
        for (Timeline.Lane lane : t.lanes()) {
            int y = TOP + row * LANE + LANE / 2;
            svg.append("<text x=\"6\" y=\"")
                    .append(y + 4)
                    .append("\" fill=\"#1d1d1d\">")
                    .append(esc(lane.name()))
                    .append("</text>");
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" stroke=\"#b0b0b0\"/>");
            for (Timeline.Event event : lane.events()) {
                marker(svg, t, event, y, dayWidth, lane.name());
            }
            row++;
        }
        return svg.append("</svg>").toString();
    }

    private static void marker(StringBuilder svg, Timeline t, Timeline.Event e, int y, double dayWidth, String lane) {
        LocalDate day = e.at().atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        double x = x(t, clamp(t, day), dayWidth) + dayWidth * fractionOfDay(e);
        String fill = e.done() ? "#1f6b2a" : "#0b3d5c";
        svg.append("<g class=\"event\" data-kind=\"")
                .append(e.kind().name())
                .append("\"><title>")
                .append(esc(
                        lane + ": " + e.label() + " – " + DateTimes.shortDanish(e.at()) + (e.done() ? " (sket)" : "")))
                .append("</title>");
        switch (e.kind()) {
            case DEADLINE ->
                svg.append("<rect x=\"")
                        .append(f(x - 7))
                        .append("\" y=\"")
                        .append(y - 7)
                        .append("\" width=\"14\" height=\"14\" transform=\"rotate(45 ")
                        .append(f(x))
                        .append(' ')
                        .append(y)
                        .append(")\" fill=\"#a4000f\"/>");
            case REMINDER ->
                svg.append("<polygon points=\"")
                        .append(f(x))
                        .append(',')
                        .append(y - 8)
                        .append(' ')
                        .append(f(x - 7))
                        .append(',')
                        .append(y + 6)
                        .append(' ')
                        .append(f(x + 7))
                        .append(',')
                        .append(y + 6)
                        .append("\" fill=\"")
                        .append(e.done() ? "#1f6b2a" : "#8a4b00")
                        .append("\"/>");
            case MEETING, ORIENTATION ->
                svg.append("<circle cx=\"")
                        .append(f(x))
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"7\" fill=\"")
                        .append(fill)
                        .append("\"/>");
            default ->
                svg.append("<rect x=\"")
                        .append(f(x - 6))
                        .append("\" y=\"")
                        .append(y - 6)
                        .append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(fill)
                        .append("\"/>");
        }
        svg.append("</g>");
    }

    /** The text alternative: every event in order of its lane, in Danish. */
    static String description(Timeline t) {
        StringBuilder text = new StringBuilder("Tidslinje fra ")
                .append(DateTimes.danishDate(
                        t.from().atStartOfDay(EngineClock.ZONE).toOffsetDateTime()))
                .append(" til ")
                .append(DateTimes.danishDate(
                        t.to().atStartOfDay(EngineClock.ZONE).toOffsetDateTime()))
                .append(". Gråt: fridage. ");
        for (Timeline.Lane lane : t.lanes()) {
            text.append(lane.name()).append(": ");
            for (Timeline.Event e : lane.events()) {
                text.append(e.label())
                        .append(' ')
                        .append(DateTimes.shortDanish(e.at()))
                        .append(e.done() ? " (sket)" : "")
                        .append("; ");
            }
            text.append(' ');
        }
        return text.toString().trim();
    }

    private static double fractionOfDay(Timeline.Event e) {
        var local = e.at().atZoneSameInstant(EngineClock.ZONE).toLocalTime();
        return local.toSecondOfDay() / 86400.0;
    }

    private static LocalDate clamp(Timeline t, LocalDate d) {
        return d.isBefore(t.from()) ? t.from() : d.isAfter(t.to()) ? t.to() : d;
    }

    private static double x(Timeline t, LocalDate d, double dayWidth) {
        return LEFT + ChronoUnit.DAYS.between(t.from(), d) * dayWidth;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
