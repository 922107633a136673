package dk.medhearing.browser;

import dk.medhearing.support.AbstractProcessTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A Danish Chromium on the running app for each test, with Tasklist on it; screenshots under
 * {@code target/browser-screenshots/<class>/<test>/}, the last one whatever the outcome.
 */
abstract class AbstractBrowserTest extends AbstractProcessTest {

    Browser browser;
    Tasklist tasklist;

    @BeforeEach
    void openBrowser(TestInfo test) {
        ClockUtil.reset(); // the browser's today is the real one
        browser = Browser.open(
                "http://localhost:" + port,
                getClass().getSimpleName() + "/"
                        + test.getTestMethod().orElseThrow().getName());
        tasklist = new Tasklist(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot("end");
            browser.close();
        }
    }

    /** The hearing's (or meeting's) first task {@code taskKey}, once it exists. */
    Task task(String ref, String taskKey) {
        return browser.await(
                taskKey + " exists in " + ref, d -> engine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey(taskKey)
                        .list()
                        .stream()
                        .findFirst()
                        .orElse(null));
    }
}
