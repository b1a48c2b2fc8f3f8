package org.duban.platform.openapi;

import java.util.Set;

/**
 * Ids of the operations every service inherits from the platform (journal, event operations). They are declared once
 * here and prefixed with the service's name in each document ({@code listJournal} becomes {@code tasksListJournal}),
 * so that ids stay unique when the gateway merges the documents.
 */
public final class SharedOperations {
    public static final String LIST_JOURNAL = "listJournal";
    public static final String GET_EVENT_STATUS = "getEventStatus";
    public static final String LIST_DEAD_LETTERS = "listDeadLetters";
    public static final String GET_DEAD_LETTER = "getDeadLetter";
    public static final String REPLAY_DEAD_LETTER = "replayDeadLetter";

    static final Set<String> IDS = Set.of(LIST_JOURNAL, GET_EVENT_STATUS, LIST_DEAD_LETTERS, GET_DEAD_LETTER, REPLAY_DEAD_LETTER);

    private SharedOperations() {}
}
