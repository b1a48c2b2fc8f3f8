package org.duban.tasks.task;

import org.duban.platform.problem.ProblemException;

/** Limits every writer of plans, sections and tasks keeps (the task API and the importer alike). */
public final class TaskRules {
    private TaskRules() {}

    /**
     * {@code value} itself, or a 422 naming {@code what} when it is longer than its column allows ({@code max}
     * characters): a longer value means the input was not what it claims to be (an importer that misread a layout),
     * and nothing is stored.
     */
    public static String fit(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw ProblemException.unprocessable(what + " is longer than " + max + " characters / 内容过长");
        }
        return value;
    }
}
