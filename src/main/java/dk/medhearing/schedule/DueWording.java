package dk.medhearing.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far off a due date is, in plain Danish: "i dag", "i morgen", "om 3 arbejdsdage" (never "arbejdsdag(e)"). */
public final class DueWording {

    private DueWording() {}

    /**
     * @param today       the date now
     * @param due         the due date
     * @param workingDays working days after today up to and including the due date
     */
    public static String until(LocalDate today, LocalDate due, int workingDays) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return "overskredet";
        }
        if (days == 0) {
            return "i dag";
        }
        if (days == 1) {
            return "i morgen";
        }
        if (workingDays == 0) {
            return "om " + days + " dage";
        }
        return "om " + workingDays + (workingDays == 1 ? " arbejdsdag" : " arbejdsdage");
    }
}
