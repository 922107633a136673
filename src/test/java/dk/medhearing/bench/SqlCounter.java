package dk.medhearing.bench;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements a data source executes on the threads that have switched counting on: each
 * {@code execute*} call and each {@code addBatch} (a batch counts as the statements it holds).
 */
final class SqlCounter {

    private final AtomicLong statements = new AtomicLong();
    private final ThreadLocal<Boolean> counting = ThreadLocal.withInitial(() -> false);

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target);
    }

    long statements() {
        return statements.get();
    }

    /** Runs the action with counting on for this thread. */
    <T> T count(java.util.function.Supplier<T> action) {
        boolean before = counting.get();
        counting.set(true);
        try {
            return action.get();
        } finally {
            counting.set(before);
        }
    }

    void count(Runnable action) {
        count(() -> {
            action.run();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target) {
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{type},
                new Handler(target));
    }

    private final class Handler implements InvocationHandler {
        private final Object target;

        Handler(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Statement && (name.startsWith("execute") && !name.equals("executeBatch")
                    || name.equals("addBatch")) && counting.get()) {
                statements.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection c && !(result instanceof Proxy)) {
                return proxy(Connection.class, c);
            }
            if (result instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s);
            }
            if (result instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s);
            }
            if (result instanceof Statement s && !name.equals("getStatement")) {
                return proxy(Statement.class, s);
            }
            return result;
        }
    }
}
