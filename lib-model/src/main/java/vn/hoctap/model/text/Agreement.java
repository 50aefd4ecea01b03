package vn.hoctap.model.text;

import java.util.Map;
import java.util.Objects;

/**
 * English words that agree in number with a count: "1 of 4 communes <b>is</b> recognised", "2 of 4 communes
 * <b>are</b>", "1 record lacks", "2 records lack". Vietnamese needs no such agreement ("1/4 xã", "2/4 xã"), so this
 * class is English only. Exactly one is singular; zero, like every other count, takes the plural ("0 of 4 communes
 * are").
 *
 * <p>The predicates of the library's shares ({@code Input.attributeEn()}: "hold the title 'Learning citizen'", "are
 * recognised as learning communities", "keep labour discipline and cooperate", "are at school at the right age or
 * have completed universal education") are written once, in the plural; {@link #predicateEn} gives their singular by
 * a closed table of the verbs they use, at the head and after "and" or "or". A new predicate with another verb must
 * add it to the table: {@code AgreementTest} checks every share predicate of the library.
 */
public final class Agreement {
    private static final Numbers EN = Numbers.en();
    /** Plural verb → third-person singular, for the verbs the library's predicates use. */
    private static final Map<String, String> SINGULAR = Map.of("are", "is", "were", "was", "have", "has", "hold",
            "holds", "keep", "keeps", "cooperate", "cooperates", "take", "takes", "do", "does");

    private Agreement() {
    }

    /**
     * The form agreeing with {@code n}.
     *
     * @param n        the count the word agrees with
     * @param singular the form for exactly one, e.g. "is", "commune"
     * @param plural   the form for any other count, e.g. "are", "communes"
     * @return {@code singular} if {@code n} is 1, else {@code plural}
     */
    public static String en(long n, String singular, String plural) {
        return n == 1 ? Objects.requireNonNull(singular, "singular") : Objects.requireNonNull(plural, "plural");
    }

    /**
     * The count the English way with its noun: "1 record", "1,212 records", "0 records".
     *
     * @param n        the count
     * @param singular the noun for exactly one
     * @param plural   the noun for any other count
     * @return the count and the noun agreeing with it
     */
    public static String countEn(long n, String singular, String plural) {
        return EN.integer(n) + " " + en(n, singular, plural);
    }

    /**
     * A plural predicate made to agree with {@code n}: for 1, "hold the title" becomes "holds the title", "are at
     * school ... or have completed" becomes "is at school ... or has completed"; past tenses ("completed", "studied")
     * are the same in both.
     *
     * @param n      the count of the subject (the numerator of "n of d members ...")
     * @param plural the predicate in the plural, as {@code Input.attributeEn()} gives it
     * @return {@code plural} for any count but 1; its singular for 1
     */
    public static String predicateEn(long n, String plural) {
        Objects.requireNonNull(plural, "plural");
        if (n != 1) {
            return plural;
        }
        String[] words = plural.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            boolean verbPlace = i == 0 || words[i - 1].equals("and") || words[i - 1].equals("or");
            String singular = verbPlace ? SINGULAR.get(words[i]) : null;
            if (singular != null) {
                words[i] = singular;
            }
        }
        return String.join(" ", words);
    }
}
