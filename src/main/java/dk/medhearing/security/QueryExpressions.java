package dk.medhearing.security;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The expressions a query carries, in itself and in every or-query of a task query. */
final class QueryExpressions {

    /** The only expressions a non-admin may run through a stored filter: the startup filters' own. */
    static final Set<String> STORED_ALLOWED = Set.of("${currentUser()}", "${currentUserGroups()}");

    private QueryExpressions() {}

    static List<String> of(Query<?, ?> query) {
        List<String> found = new ArrayList<>();
        if (query instanceof TaskQueryImpl task && task.getQueries() != null) {
            task.getQueries().forEach(q -> add(q, found));
            if (!task.getQueries().contains(task)) {
                add(task, found);
            }
        } else if (query instanceof AbstractQuery<?, ?> abstractQuery) {
            add(abstractQuery, found);
        }
        return found;
    }

    static void requireNone(Query<?, ?> query) {
        if (!of(query).isEmpty()) {
            throw new ExpressionNotAllowedException();
        }
    }

    static void requireOnlyStoredAllowed(Query<?, ?> query) {
        if (query != null && !STORED_ALLOWED.containsAll(of(query))) {
            throw new ExpressionNotAllowedException();
        }
    }

    private static void add(AbstractQuery<?, ?> query, List<String> found) {
        Map<String, String> expressions = query.getExpressions();
        if (expressions != null) {
            found.addAll(expressions.values());
        }
    }
}
