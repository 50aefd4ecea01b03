package vn.hoctap.rules;

/**
 * The seed of the properties that check their generators' coverage ({@code Statistics.coverage}). A coverage check is
 * statistical: on a random seed it fails now and then however sound the rules are, and a red CI run lands nothing.
 * These properties run on one fixed seed so that the suite gives the same answer every time; to explore further, run
 * them with another seed by hand ({@code @Property(seed = "...")}) or with the fuzz profile.
 */
public final class Seeds {
    /** The fixed seed; any value works, as long as the coverage checks pass on it. */
    public static final String STATISTICS = "20261201";

    private Seeds() {
    }
}
