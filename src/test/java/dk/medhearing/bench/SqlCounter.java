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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts the SQL statements a data source executes on the threads that have switched counting on: each
 * {@code execute*} call and each {@code addBatch} (a batch counts as the statements it holds).
 */
public final class SqlCounter {

    private final AtomicLong statements = new AtomicLong();
    /** With {@code -Dbench.sqlHistogram=true}: how often each statement text was counted (for profiling). */
    private final Map<String, LongAdder> histogram =
            Boolean.getBoolean("bench.sqlHistogram") ? new ConcurrentHashMap<>() : null;

    private final ThreadLocal<Boolean> counting = ThreadLocal.withInitial(() -> false);

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target);
    }

    long statements() {
        return statements.get();
    }

    /** The counted statements by text, most frequent first; empty unless {@code bench.sqlHistogram} is on. */
    List<Map.Entry<String, Long>> histogram() {
        if (histogram == null) {
            return List.of();
        }
        Map<String, Long> byText = new HashMap<>();
        histogram.forEach((sql, n) -> {
            String text = sql.replaceAll("\\s+", " ").strip();
            byText.merge(text.length() > 160 ? text.substring(0, 160) : text, n.sum(), Long::sum);
        });
        return byText.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList();
    }

    private void record(String sql) {
        if (histogram != null) {
            histogram
                    .computeIfAbsent(sql == null ? "?" : sql, k -> new LongAdder())
                    .increment();
        }
    }

    /** Runs the action with counting on for this thread. */
    <T> T count(Supplier<T> action) {
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
        return proxy(type, target, null);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target, String sql) {
        return (T) Proxy.newProxyInstance(
                SqlCounter.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, sql));
    }

    private final class Handler implements InvocationHandler {
        private final Object target;
        /** The SQL a prepared statement was made with. */
        private final String sql;

        Handler(Object target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Statement
                    && (name.startsWith("execute") && !name.equals("executeBatch") || name.equals("addBatch"))
                    && counting.get()) {
                statements.incrementAndGet();
                record(sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : null);
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
            String prepared =
                    name.startsWith("prepare") && args != null && args.length > 0 && args[0] instanceof String text
                            ? text
                            : null;
            if (result instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s, prepared);
            }
            if (result instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s, prepared);
            }
            if (result instanceof Statement s && !name.equals("getStatement")) {
                return proxy(Statement.class, s);
            }
            return result;
        }
    }
}
