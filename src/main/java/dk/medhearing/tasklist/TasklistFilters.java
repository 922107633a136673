package dk.medhearing.tasklist;

import dk.medhearing.kit.StartupWork;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates Tasklist's saved filters on first start (a fresh engine has none and Tasklist would show no tasks).
 * Every user may read them; which tasks a filter shows is still limited by the engine's authorizations. The committee's
 * open tasks come first (lowest priority); each filter orders by deadline, the earliest first (Tasklist's own list
 * sorts as its address says, and scripts/medhearing.js makes that the deadline too). Tasklist refreshes a filter whose
 * property {@code refresh} is true. A task's name names its hearing ({@code kit.TaskNames}), so Tasklist's search
 * ("Opgavens navn") finds a hearing's tasks by its reference or title.
 */
@Component
class TasklistFilters implements InitializingBean {

    static final String MY_TASKS = "Mine opgaver";
    static final String COMMITTEE_TASKS = "Mine udvalgs opgaver";
    static final String ALL_TASKS = "Alle opgaver, jeg kan se";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final StartupWork startupWork;

    TasklistFilters(
            FilterService filterService,
            TaskService taskService,
            AuthorizationService authorizationService,
            StartupWork startupWork) {
        this.startupWork = startupWork;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void afterPropertiesSet() {
        startupWork.submit("Tasklist filters", this::ensureAll);
    }

    private void ensureAll() {
        ensure(
                COMMITTEE_TASKS,
                -10,
                "Opgaver til de udvalg og roller, jeg er med i",
                taskService
                        .createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc());
        ensure(
                MY_TASKS,
                0,
                "Opgaver, der er tildelt mig",
                taskService
                        .createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc());
        ensure(
                ALL_TASKS,
                10,
                "Alle opgaver, jeg har adgang til",
                taskService.createTaskQuery().orderByDueDate().asc());
    }

    /**
     * Creates the filter, or brings an existing one of that name up to date when its properties differ (the query is
     * saved with them; the first in Tasklist is shown first).
     */
    private void ensure(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!properties.equals(existing.getProperties())) {
                filterService.saveFilter(existing.setProperties(properties).setQuery(query));
            }
            return;
        }
        Filter filter =
                filterService.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        read.setUserId(Authorization.ANY);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }
}
