package org.aicnet.server.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Log-ins to one account take turns (reading R-frozen-account): each reads the failure count that the one before it
 * left, so that parallel wrong passwords freeze the account after exactly the configured count and no password
 * tried after the freeze is checked. Log-ins to different accounts do not wait for each other.
 */
final class LogInQueue {

    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T inTurn(String userId, Supplier<T> attempt) {
        ReentrantLock lock = locks.computeIfAbsent(userId, id -> new ReentrantLock(true));
        lock.lock();
        try {
            return attempt.get();
        } finally {
            lock.unlock();
        }
    }
}
