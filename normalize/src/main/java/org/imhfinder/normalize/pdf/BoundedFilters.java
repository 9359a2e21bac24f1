package org.imhfinder.normalize.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Puts a cap on what PDFBox decodes. PDFBox 3.0 decodes a stream (Flate, LZW, ...) whole into memory,
 * with no limit and no setting for one: a 500 KB PDF whose content stream inflates to 200 MiB took
 * the whole heap. Every decoding goes through the filters of {@link FilterFactory#INSTANCE}, so each
 * is wrapped once in a filter that writes through the {@link ReadingBudget} of the thread's reading.
 * Without a reading under way (PDFs the tests write) the filters behave as PDFBox's own.
 *
 * <p>The factory offers no way to register a filter; its map is reached by reflection. Should a PDFBox
 * version change that, {@link #install()} fails and normalize does not start (it never reads PDFs
 * unbounded); the PDF-bomb tests fail the build first.
 */
final class BoundedFilters {
    private static volatile boolean installed;

    private BoundedFilters() {
    }

    /** Wraps PDFBox's filters (once per JVM). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            filters.replaceAll((name, filter) -> filter instanceof Bounded ? filter : new Bounded(filter));
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot bound PDFBox's decoding (FilterFactory.filters): " + e, e);
        }
    }

    static boolean installed() {
        return installed;
    }

    /** One of PDFBox's filters, decoding under the budget of the thread's reading. */
    private static final class Bounded extends Filter {
        private final Filter inner;

        Bounded(Filter inner) {
            this.inner = inner;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            ReadingBudget budget = ReadingBudget.current();
            if (budget == null) {
                return inner.decode(encoded, decoded, parameters, index);
            }
            budget.checkRowBytes(rowBytes(getDecodeParams(parameters, index)));
            return inner.decode(encoded, budget.limit(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            ReadingBudget budget = ReadingBudget.current();
            if (budget == null) {
                return inner.decode(encoded, decoded, parameters, index, options);
            }
            budget.checkRowBytes(rowBytes(getDecodeParams(parameters, index)));
            return inner.decode(encoded, budget.limit(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            inner.encode(input, encoded, parameters, 0);
        }

        /**
         * The length of one row of a PNG or TIFF predictor (PDF 32000-1, 7.4.4.4), which PDFBox allocates
         * before it decodes anything; 0 without a predictor.
         */
        private static long rowBytes(COSDictionary parms) {
            if (parms == null || parms.getInt(COSName.PREDICTOR, 1) <= 1) {
                return 0;
            }
            long colors = parms.getInt(COSName.COLORS, 1);
            long bits = parms.getInt(COSName.BITS_PER_COMPONENT, 8);
            long columns = parms.getInt(COSName.COLUMNS, 1);
            if (colors < 0 || bits < 0 || columns < 0) {
                return -1;
            }
            return (Math.min(colors, 1L << 20) * Math.min(bits, 64) * Math.min(columns, 1L << 32) + 7) / 8;
        }
    }
}
