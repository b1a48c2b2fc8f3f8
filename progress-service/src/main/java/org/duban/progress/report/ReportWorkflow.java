package org.duban.progress.report;

import java.util.Map;
import java.util.Set;

/**
 * The allowed transitions. A unit cannot submit without head approval (APPROVE is the only way to
 * SUBMITTED); an accepted report cannot change; a returned report is revised as a new version (REVISE
 * starts a new DRAFT, the returned version stays as history).
 */
public final class ReportWorkflow {

    private static final Map<ReportStatus, Set<ReportAction>> ALLOWED = Map.of(
            ReportStatus.DRAFT, Set.of(ReportAction.EDIT, ReportAction.APPROVE),
            ReportStatus.SUBMITTED, Set.of(ReportAction.ACCEPT, ReportAction.RETURN),
            ReportStatus.RETURNED, Set.of(ReportAction.REVISE),
            ReportStatus.ACCEPTED, Set.of(),
            ReportStatus.IMPORTED, Set.of());

    private ReportWorkflow() {
    }

    public static boolean allowed(ReportStatus from, ReportAction action) {
        return ALLOWED.get(from).contains(action);
    }

    /** The status after the action; throws {@link IllegalTransitionException} if it is not allowed. */
    public static ReportStatus apply(ReportStatus from, ReportAction action) {
        if (!allowed(from, action)) {
            throw new IllegalTransitionException(from, action);
        }
        return switch (action) {
            case EDIT, REVISE -> ReportStatus.DRAFT;
            case APPROVE -> ReportStatus.SUBMITTED;
            case ACCEPT -> ReportStatus.ACCEPTED;
            case RETURN -> ReportStatus.RETURNED;
        };
    }

    public static final class IllegalTransitionException extends RuntimeException {
        private final ReportStatus from;
        private final ReportAction action;

        public IllegalTransitionException(ReportStatus from, ReportAction action) {
            super("a " + from + " report cannot be " + action + " (当前状态不允许此操作)");
            this.from = from;
            this.action = action;
        }

        public ReportStatus from() {
            return from;
        }

        public ReportAction action() {
            return action;
        }
    }
}
