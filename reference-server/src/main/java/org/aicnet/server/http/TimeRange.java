package org.aicnet.server.http;

import java.time.LocalDateTime;

/** createAfter / createBefore of a list query, both inclusive; a null bound is open. */
public record TimeRange(LocalDateTime after, LocalDateTime before) {

    public boolean contains(LocalDateTime time) {
        return (after == null || !time.isBefore(after)) && (before == null || !time.isAfter(before));
    }
}
