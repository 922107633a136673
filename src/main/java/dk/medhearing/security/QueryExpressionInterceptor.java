package dk.medhearing.security;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

import java.lang.reflect.Field;

import static dk.medhearing.security.EngineCommands.field;
import static dk.medhearing.security.EngineCommands.value;

/**
 * For an authenticated user who is not a Camunda admin, refuses every query command that carries an expression
 * (in the query itself or in any of its or-queries), every filter saved with other expressions than
 * {@link QueryExpressions#STORED_ALLOWED}, and every filter execution whose stored query has such expressions or
 * whose extending query has any. Runs inside the command context, before the command evaluates anything.
 * Commands without an authenticated user (the engine itself, our startup code) are not restricted.
 */
class QueryExpressionInterceptor extends CommandInterceptor {

    private static final Field FILTER = field(SaveFilterCmd.class, "filter");
    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication != null && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
            check(command, context);
        }
        return next.execute(command);
    }

    private static void check(Command<?> command, CommandContext context) {
        if (command instanceof AbstractQuery<?, ?> query) {
            QueryExpressions.requireNone(query);
        } else if (command instanceof SaveFilterCmd save) {
            Filter filter = value(FILTER, save);
            if (filter != null) {
                QueryExpressions.requireOnlyStoredAllowed(filter.getQuery());
            }
        } else if (command instanceof AbstractExecuteFilterCmd execute) {
            checkExecution(execute, context);
        }
    }

    private static void checkExecution(AbstractExecuteFilterCmd execute, CommandContext context) {
        String filterId = value(FILTER_ID, execute);
        if (filterId != null) {
            FilterEntity stored = context.getDbEntityManager().selectById(FilterEntity.class, filterId);
            if (stored != null) {
                QueryExpressions.requireOnlyStoredAllowed(stored.getQuery());
            }
        }
        Object extending = value(EXTENDING_QUERY, execute);
        if (extending instanceof AbstractQuery<?, ?> query) {
            QueryExpressions.requireNone(query);
        }
    }
}
