package dk.medhearing.security;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine itself refuses expressions in queries of non-admins, without any HTTP in between. */
class QueryExpressionInterceptorIT extends AbstractProcessTest {

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @BeforeEach
    void startAHearing() {
        driver.start(HearingDriver.newReference(), List.of("amc"));
    }

    @Test
    void shouldRefuseAnExpressionInAnOrQueryOfANonAdmin() {
        assertThatThrownBy(() -> driver.as("anders.friis", () -> taskService
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroupExpression("${'amc-chair'}")
                        .endOr()
                        .list()))
                .isInstanceOf(ExpressionNotAllowedException.class)
                .hasMessageContaining("udtryk");
    }

    @Test
    void shouldRefuseAnExpressionInTheQueryItselfAndInCount() {
        assertThatThrownBy(() -> driver.as("anders.friis", () -> taskService
                        .createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .count()))
                .isInstanceOf(ExpressionNotAllowedException.class);
    }

    @Test
    void shouldRefuseANonAdminSavingAFilterWithAnExpression() {
        Filter filter = filterService
                .newTaskFilter("Eget filter")
                .setQuery(taskService
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroupExpression("${'x'}")
                        .endOr());

        assertThatThrownBy(() -> driver.as("karen.holm", () -> filterService.saveFilter(filter)))
                .isInstanceOf(ExpressionNotAllowedException.class);
    }

    @Test
    void shouldRefuseANonAdminExecutingAStoredFilterWithAnExpression() {
        Filter filter = filterService.saveFilter(filterService
                .newTaskFilter("Gemt med udtryk")
                .setQuery(taskService
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroupExpression("${'amc-chair'}")
                        .endOr()));
        try {
            assertThatThrownBy(() -> driver.as("anders.friis", () -> filterService.list(filter.getId())))
                    .isInstanceOf(ExpressionNotAllowedException.class);
            assertThatThrownBy(() -> driver.as("anders.friis", () -> filterService.count(filter.getId())))
                    .isInstanceOf(ExpressionNotAllowedException.class);
        } finally {
            filterService.deleteFilter(filter.getId());
        }
    }

    @Test
    void shouldRefuseAnExtendingQueryWithAnExpression() {
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine opgaver")
                .singleResult()
                .getId();

        assertThatThrownBy(() -> driver.as(
                        "anders.friis",
                        () -> filterService.list(
                                filterId,
                                taskService
                                        .createTaskQuery()
                                        .or()
                                        .taskCandidateGroupExpression("${'amc-chair'}")
                                        .endOr())))
                .isInstanceOf(ExpressionNotAllowedException.class);
    }

    @Test
    void shouldLetANonAdminRunTheStartupFilters() {
        String filterId = filterService
                .createFilterQuery()
                .filterName("Mine udvalgs opgaver")
                .singleResult()
                .getId();

        List<?> tasks = driver.as("anders.friis", () -> filterService.list(filterId));

        assertThat(tasks).isNotEmpty();
    }

    @Test
    void shouldLetAnAdminAndTheEngineItselfUseExpressions() {
        long asAdmin = driver.as("admin", () -> taskService
                .createTaskQuery()
                .or()
                .taskCandidateGroupExpression("${'amc-chair'}")
                .endOr()
                .count());
        long unauthenticated = taskService
                .createTaskQuery()
                .or()
                .taskCandidateGroupExpression("${'amc-chair'}")
                .endOr()
                .count();

        assertThat(asAdmin).isPositive();
        assertThat(unauthenticated).isEqualTo(asAdmin);
    }
}
