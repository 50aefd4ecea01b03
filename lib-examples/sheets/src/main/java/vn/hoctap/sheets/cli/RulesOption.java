package vn.hoctap.sheets.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/** The rules a command evaluates with: the national ones, and the province packs given with {@code --pack}. */
public final class RulesOption {
    @Option(names = "--pack", paramLabel = "THƯ_MỤC",
            description = "Bộ tiêu chí của tỉnh (thư mục có pack.json); có thể cho nhiều lần."
                    + " / A province pack's directory; may be repeated.")
    List<Path> packs = new ArrayList<>();

    /** The evaluator: national rules with the packs above them, in the order given. */
    public Evaluator evaluator() {
        if (packs.isEmpty()) {
            return Evaluator.national();
        }
        Evaluator.Builder b = Evaluator.builder();
        packs.forEach(p -> b.add(ProvincePack.fromDirectory(p)));
        return b.build();
    }
}
