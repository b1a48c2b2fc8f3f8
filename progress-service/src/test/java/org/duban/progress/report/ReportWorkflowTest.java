package org.duban.progress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportWorkflowTest {

    @Test
    void onlyHeadApprovalSubmitsADraft() {
        assertEquals(ReportStatus.SUBMITTED, ReportWorkflow.apply(ReportStatus.DRAFT, ReportAction.APPROVE));
        assertThrows(ReportWorkflow.IllegalTransitionException.class,
                () -> ReportWorkflow.apply(ReportStatus.DRAFT, ReportAction.ACCEPT));
    }

    @Test
    void anAcceptedReportCannotBeEdited() {
        assertEquals(ReportStatus.ACCEPTED, ReportWorkflow.apply(ReportStatus.SUBMITTED, ReportAction.ACCEPT));
        assertThrows(ReportWorkflow.IllegalTransitionException.class,
                () -> ReportWorkflow.apply(ReportStatus.ACCEPTED, ReportAction.EDIT));
        assertThrows(ReportWorkflow.IllegalTransitionException.class,
                () -> ReportWorkflow.apply(ReportStatus.IMPORTED, ReportAction.EDIT));
    }

    @Test
    void aReturnedReportIsRevisedIntoANewDraft() {
        assertEquals(ReportStatus.RETURNED, ReportWorkflow.apply(ReportStatus.SUBMITTED, ReportAction.RETURN));
        assertEquals(ReportStatus.DRAFT, ReportWorkflow.apply(ReportStatus.RETURNED, ReportAction.REVISE));
        assertThrows(ReportWorkflow.IllegalTransitionException.class,
                () -> ReportWorkflow.apply(ReportStatus.RETURNED, ReportAction.APPROVE));
    }
}
