package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackProblem.Code;

/** What the pack tests ask of a refused build: its problems, and the one problem of a code. */
final class RefusedBuilds {
    private RefusedBuilds() {
    }

    /** The problems of building an evaluator with {@code packs}, which must be refused. */
    static List<PackProblem> problems(ProvincePack... packs) {
        Evaluator.Builder builder = Evaluator.builder();
        for (ProvincePack p : packs) {
            builder.add(p);
        }
        return assertThrows(PackValidationException.class, builder::build).problems();
    }

    /** The only problem of {@code code} among {@code problems}, which says what is wrong in both languages. */
    static PackProblem only(List<PackProblem> problems, Code code) {
        List<PackProblem> found = problems.stream().filter(p -> p.code() == code).toList();
        assertEquals(1, found.size(), "expected one " + code + " in " + problems);
        assertFalse(found.get(0).messageVi().isBlank() || found.get(0).messageEn().isBlank(), found.get(0).toString());
        return found.get(0);
    }
}
