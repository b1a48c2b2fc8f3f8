package org.duban.indicators.reading;

/** Two long texts are already being read: answered 503 problem+json with Retry-After ({@link ReadingBusyMapper}). */
public class ReadingBusy extends RuntimeException {
    /** Seconds a caller waits before trying again: a long text is read in one to three seconds. */
    public static final int RETRY_AFTER_SECONDS = 3;

    public ReadingBusy(int longChars) {
        super("正在读取其他长文本(超过" + longChars + "字),请" + RETRY_AFTER_SECONDS + "秒后重试 / other long texts (over " + longChars
                + " characters) are being read; try again in " + RETRY_AFTER_SECONDS + " s");
    }
}
