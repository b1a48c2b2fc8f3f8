package org.duban.platform.concurrency;

/**
 * A view of a row that carries an optimistic-lock version. Answers carrying one get an {@code ETag: "<version>"}
 * header ({@link EntityTags}); a client sends it back as {@code If-Match} (or the version in the body) to write.
 */
public interface Versioned {
    /** The row's lock version: the value a write must name, compared by {@link Versions#check}. */
    long lockVersion();
}
