package org.aicnet.server.health;

import java.util.List;

/** The body of /health: UP when every check is, with each check. */
record Health(String status, List<Check> checks) {

    static Health of(List<Check> checks) {
        return new Health(checks.stream().allMatch(Check::up) ? Check.UP : Check.DOWN, checks);
    }

    boolean up() {
        return Check.UP.equals(status);
    }
}
