package org.duban.tasks;

import org.duban.platform.problem.ProblemException;

/** Optimistic locking at the API: a write names the version it read; a stale one is a 409, not a lost update. */
public final class Versions {
    private Versions() {}

    public static void check(int actual, Integer expected, String what) {
        if (expected == null || actual != expected) {
            throw ProblemException.conflict(what + " was changed by someone else (version " + actual + ", yours "
                    + expected + "); reload and try again / 数据已被他人修改,请刷新后重试");
        }
    }
}
