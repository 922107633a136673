package dk.medhearing.browser;

import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;

/** Tasklist's "Start forløb" dialog with our two start forms, filled as the administration fills them. */
final class StartForms {

    static final String HEARING = "Høring i MED-systemet";
    static final String DIALOGUE = "Dialogmøde mellem jobcenter og beskæftigelsesregion";
    private static final By START_BUTTON =
            By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']");

    private StartForms() {}

    /** Opens "Start forløb", picks {@code process} and waits for its form. */
    static void open(Browser browser, String process) {
        browser.visible(By.xpath("//a[@ng-click='open()'][contains(normalize-space(.),'Start forløb')]"))
                .click();
        browser.visible(By.xpath("//div[contains(@class,'modal-content')]//a[normalize-space(.)='" + process + "']"))
                .click();
        browser.await(
                "the start form of " + process,
                d -> d.findElements(By.cssSelector(".modal-content .fjs-container form.fjs-form .fjs-element"))
                                .size()
                        > 0);
        browser.screenshot("start-form-" + process);
    }

    /** Fills the hearing's start form for one CenterMED; deadline 12:00, meetings 10:00 and 16:00. */
    static void fillHearing(
            Browser browser,
            Tasklist tasklist,
            String ref,
            String title,
            String committeeLabel,
            LocalDate deadline,
            LocalDate mainMeeting,
            LocalDate politicalMeeting) {
        tasklist.text("Field_reference", ref);
        tasklist.text("Field_title", title);
        tasklist.text("Field_summary", "Forvaltningen foreslår at samle indsatsen i færre centre.");
        tasklist.text("Field_documentLinks", "https://intranet.example.org/forslag.pdf");
        List<String> committees = tasklist.options("Field_committees");
        for (String committee : committees) {
            tasklist.choose("Field_committees", committee, committee.equals(committeeLabel));
        }
        tasklist.date("Field_responseDeadlineDate", deadline);
        tasklist.time("Field_responseDeadlineTime", "12:00");
        tasklist.date("Field_mainCommitteeMeetingDate", mainMeeting);
        tasklist.time("Field_mainCommitteeMeetingTime", "10:00");
        tasklist.date("Field_politicalCommitteeMeetingDate", politicalMeeting);
        tasklist.time("Field_politicalCommitteeMeetingTime", "16:00");
    }

    static void start(Browser browser) {
        browser.screenshot("start-form-filled");
        browser.click(browser.visible(START_BUTTON));
    }
}
