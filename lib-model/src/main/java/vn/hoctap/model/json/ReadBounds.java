package vn.hoctap.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * What the reader refuses in any document before a record sees it, so that nothing downstream has to cope: dates
 * outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE} (the engine computes calendars from them), text with control
 * characters other than tab and line breaks or with lone UTF-16 surrogates (no real text has them, and they break
 * what renders or stores it). Text and keys are put in Unicode normalisation form C, so that an id typed with
 * combining accents (NFD, as some systems store Vietnamese) and the same id with precomposed letters are the same
 * id: two members that differ only so are refused as duplicates by the records' own checks.
 *
 * <p>Errors are {@link InvalidInputException}s at {@code $}; the reader places them under the path of the value.
 */
final class ReadBounds {
    /** No decision, reference date or period of hoctap's texts falls before 1945 (the state whose titles they are). */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1945, 1, 1);
    /** The evaluation year goes to 2100 at most; a date beyond it is a typing error. */
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private ReadBounds() {
    }

    /** The deserializers of this class, as one module. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("hoctap-read-bounds");
        m.addDeserializer(LocalDate.class, new BoundedDate());
        m.addDeserializer(String.class, new CheckedText());
        m.addKeyDeserializer(String.class, new CheckedKey());
        return m;
    }

    /** {@code text} in NFC, or an error when it holds a control character or a lone surrogate. */
    static String text(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("$", "chứa nửa cặp thay thế UTF-16 đơn lẻ (U+" + hex(c) + ") ở vị trí "
                        + i + " / holds a lone UTF-16 surrogate (U+" + hex(c) + ") at position " + i);
            } else if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new InvalidInputException("$", "chứa ký tự điều khiển U+" + hex(c) + " ở vị trí " + i
                        + " / holds the control character U+" + hex(c) + " at position " + i);
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** ISO dates, within the window. */
    private static final class BoundedDate extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate d = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (d != null && (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE))) {
                throw new InvalidInputException("$", "ngày " + d + " nằm ngoài khoảng " + EARLIEST_DATE + " – "
                        + LATEST_DATE + " / the date " + d + " is outside " + EARLIEST_DATE + " to " + LATEST_DATE);
            }
            return d;
        }
    }

    /** Text values: line breaks and tabs allowed (notes, references), no other control character. */
    private static final class CheckedText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            return s == null ? null : text(s, true);
        }
    }

    /** Keys (input names, indicator and member ids): no control character at all. */
    private static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return text(key, false);
        }
    }
}
