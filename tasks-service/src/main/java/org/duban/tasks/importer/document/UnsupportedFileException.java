package org.duban.tasks.importer.document;

/** The bytes are not a file type an import reads (a PDF, a legacy .doc, an image, undecodable text): 415. */
public class UnsupportedFileException extends RuntimeException {
    public UnsupportedFileException(String message) {
        super(message);
    }
}
