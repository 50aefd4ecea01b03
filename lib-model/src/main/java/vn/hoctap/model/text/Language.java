package vn.hoctap.model.text;

import java.util.Locale;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * The language a report is written in. Every text of a result exists in Vietnamese and in English; a language
 * picks one of the two and the way numbers and dates are written with it.
 */
public enum Language {
    /** Tiếng Việt: 12.000; 92,31 %; 31/12/2024. */
    VI(Locale.forLanguageTag("vi-VN")),
    /** English: 12,000; 92.31 %; 2024-12-31. */
    EN(Locale.forLanguageTag("en"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose symbols write this language's numbers ({@code vi-VN}, {@code en}). */
    public Locale locale() {
        return locale;
    }

    /** The way this language writes numbers. */
    public Numbers numbers() {
        return Numbers.of(this);
    }

    /** {@code vi} or {@code en}, whichever is in this language. */
    public String pick(String vi, String en) {
        return this == VI ? vi : en;
    }

    /** The name in this language. */
    public String of(Names names) {
        return this == VI ? names.vi() : names.en();
    }

    /** The name of a code (a level, an outcome, a verdict...) in this language. */
    public String of(Bilingual value) {
        return of(value.names());
    }
}
