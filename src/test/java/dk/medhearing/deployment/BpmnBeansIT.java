package dk.medhearing.deployment;

import dk.medhearing.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bean a BPMN file of {@code processes/} names exists in the running application, with the method the BPMN
 * calls: {@code delegateExpression="${sendReceiptDelegate}"} (delegates and listeners) and {@code ${bean.method(…)}}
 * (timers, due dates, conditions, mappings). A renamed class or method fails here, not in a running hearing.
 */
class BpmnBeansIT extends AbstractIntegrationTest {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"[$#]\\{\\s*(\\w+)\\s*}\"");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(\\w+)\\s*\\.\\s*(\\w+)\\s*\\(");
    /** What the engine itself offers to an expression. */
    private static final Set<String> ENGINE = Set.of("execution", "task", "authenticatedUserId");

    @Autowired
    private ApplicationContext context;

    @Test
    void everyBeanAndMethodTheProcessesNameExists() throws IOException {
        // given every bean and every bean.method the BPMN files name
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                String bpmn = Files.readString(file);
                for (String bean : matches(DELEGATE, bpmn, 1)) {
                    named.add(bean);
                    check(file, bean, null, missing);
                }
                Matcher expression = EXPRESSION.matcher(bpmn);
                while (expression.find()) {
                    Matcher call = CALL.matcher(expression.group(1));
                    while (call.find()) {
                        if (!ENGINE.contains(call.group(1))) {
                            named.add(call.group(1) + "." + call.group(2));
                            check(file, call.group(1), call.group(2), missing);
                        }
                    }
                }
            }
        }

        // then each exists with its method, and the three processes were read
        assertThat(missing).isEmpty();
        assertThat(named)
                .contains(
                        "sendReceiptDelegate",
                        "minutesTaskListener",
                        "hearingService.name",
                        "hearingSchedule.firstReminder",
                        "dialogueFollowUps.title");
    }

    private void check(Path file, String bean, String method, List<String> missing) {
        if (!context.containsBean(bean)) {
            missing.add(file.getFileName() + ": no bean '" + bean + "'");
            return;
        }
        Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
        if (method != null
                && Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(method))) {
            missing.add(file.getFileName() + ": bean '" + bean + "' (" + type.getSimpleName() + ") has no public "
                    + "method '" + method + "'");
        }
    }

    private static Set<String> matches(Pattern pattern, String text, int group) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
