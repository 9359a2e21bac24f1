package org.imhfinder.normalize.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What one PDF's reading may still decode, and until when it may run: every stream's decoded bytes
 * count against a cap per stream and a cap for the whole document (decoding one stream again counts
 * again), and the reader checks the deadline as it goes. The first limit passed is kept: PDFBox
 * forgives many failures (a font it cannot read, a form that breaks off) and goes on, so the reader
 * asks {@link #exceeded()} at the end too, and every later check fails at once.
 *
 * <p>The budget of the reading under way is held per thread ({@link #current()}), for the decoding
 * filters {@link BoundedFilters} puts in front of PDFBox's own.
 */
final class ReadingBudget {
    private static final ThreadLocal<ReadingBudget> CURRENT = new ThreadLocal<>();
    private static final long CHECK_EVERY_BYTES = 64 * 1024;

    private final long maxStreamBytes;
    private final long maxDecodedBytes;
    private final long deadlineNanos;
    private final String deadline;
    private long decoded;
    private volatile String exceeded;

    ReadingBudget(long maxStreamBytes, long maxDecodedBytes, java.time.Duration deadline) {
        this.maxStreamBytes = maxStreamBytes;
        this.maxDecodedBytes = maxDecodedBytes;
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
        this.deadline = deadline.toString();
    }

    /** The budget of the PDF this thread is reading, or null when it reads none. */
    static ReadingBudget current() {
        return CURRENT.get();
    }

    /** Makes this the budget of the calling thread's reading, until {@link #end()}. */
    ReadingBudget begin() {
        CURRENT.set(this);
        return this;
    }

    void end() {
        CURRENT.remove();
    }

    /** The first limit this reading passed, or null. */
    String exceeded() {
        return exceeded;
    }

    /** Fails when a limit was passed before, the deadline has passed, or the worker was interrupted. */
    void check() {
        if (exceeded != null) {
            throw new ReadingStopped(exceeded);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            fail("reading it took longer than " + deadline);
        }
        if (Thread.currentThread().isInterrupted()) {
            fail("its reading was interrupted (longer than " + deadline + ")");
        }
    }

    /** Records the first limit passed and stops the reading. */
    void fail(String reason) {
        if (exceeded == null) {
            exceeded = reason;
        }
        throw new ReadingStopped(exceeded);
    }

    /** Fails a predictor whose rows alone would be longer than a stream may be (a row buffer allocated up front). */
    void checkRowBytes(long rowBytes) {
        check();
        if (rowBytes > maxStreamBytes || rowBytes < 0) {
            fail("a stream's predictor rows are longer than " + mebibytes(maxStreamBytes));
        }
    }

    /** {@code out}, failing once this stream or all streams together decode to more than their caps. */
    OutputStream limit(OutputStream out) {
        check();
        return new FilterOutputStream(out) {
            private long written;
            private long sinceCheck;

            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            private void count(int bytes) {
                written += bytes;
                decoded += bytes;
                sinceCheck += bytes;
                if (written > maxStreamBytes) {
                    fail("a stream decodes to more than " + mebibytes(maxStreamBytes));
                }
                if (decoded > maxDecodedBytes) {
                    fail("its streams decode to more than " + mebibytes(maxDecodedBytes) + " together");
                }
                if (sinceCheck >= CHECK_EVERY_BYTES) {
                    sinceCheck = 0;
                    check();
                }
            }
        };
    }

    static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /**
     * Unwinds a reading that passed a limit. Unchecked, so that PDFBox's lenient handling of
     * {@code IOException}s (log and go on) does not swallow it on the way out.
     */
    static final class ReadingStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadingStopped(String reason) {
            super(reason, null, false, false);
        }
    }
}
