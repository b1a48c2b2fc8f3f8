package org.duban.tasks.importer;

/** The input cannot be read as the format it claims to be (empty text, an XLSX that is not one, no header). */
public class ImportFormatException extends RuntimeException {
    public ImportFormatException(String message) {
        super(message);
    }

    public ImportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
