package org.journalkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets requests through while the database stays put, and holds them while it is switched. Every
 * request holds the read side of a fair lock while it runs; a reload takes the write side, so it
 * waits for the requests in flight to finish and the requests that arrive meanwhile wait for it
 * (none is refused). /api/ping and /api/reload pass unheld: the one tells clients the server is
 * alive during a switch, the other starts it.
 */
final class RequestGate implements Filter {

    static final Set<String> UNHELD = Set.of("/api/ping", "/api/reload");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile boolean closing;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest http && UNHELD.contains(http.getRequestURI())) {
            chain.doFilter(req, resp);
            return;
        }
        lock.readLock().lock();
        try {
            chain.doFilter(req, resp);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** True while a change waits for the requests in flight or runs. */
    boolean closing() {
        return closing;
    }

    /**
     * Runs {@code change} with no request running, waiting at most {@code waitMillis} for those in
     * flight; false where they did not finish in time (nothing was changed).
     */
    boolean whileClosed(long waitMillis, Runnable change) throws InterruptedException {
        closing = true;
        try {
            if (!lock.writeLock().tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                change.run();
                return true;
            } finally {
                lock.writeLock().unlock();
            }
        } finally {
            closing = false;
        }
    }
}
