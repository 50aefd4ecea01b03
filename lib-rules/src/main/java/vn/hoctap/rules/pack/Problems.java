package vn.hoctap.rules.pack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problems found so far, each once, in the order found. */
final class Problems {
    private final Set<PackProblem> problems = new LinkedHashSet<>();

    void add(PackProblem.Code code, String file, Integer line, String messageVi, String messageEn) {
        problems.add(new PackProblem(code, file, line, messageVi, messageEn));
    }

    int size() {
        return problems.size();
    }

    List<PackProblem> list() {
        return List.copyOf(problems);
    }
}
