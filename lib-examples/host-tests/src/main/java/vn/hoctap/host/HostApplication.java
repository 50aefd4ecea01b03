package vn.hoctap.host;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * A host application as a user writes one: it knows hoctap's API and nothing of Drools. Arguments: a unit request
 * file, then optionally a province pack's directory. It prints the verdict, the criteria judged at the first level
 * and the summary, one a line; a refused pack prints its problems and exits with 2.
 */
public final class HostApplication {
    private HostApplication() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Evaluator.Builder builder = Evaluator.builder();
        if (args.length > 1) {
            builder.add(ProvincePack.fromDirectory(Path.of(args[1])));
        }
        Evaluator evaluator;
        try {
            evaluator = builder.build();
        } catch (PackValidationException e) {
            out.println(e.getMessage());
            System.exit(2);
            return;
        }
        UnitEvaluationRequest request = HoctapJson.read(Files.readString(Path.of(args[0])),
                UnitEvaluationRequest.class);
        Assessment a = evaluator.evaluate(request);
        out.println(a.verdict());
        out.println(a.levels().get(0).results().stream().map(CriterionResult::criterionId)
                .collect(Collectors.joining(" ")));
        out.println(a.summaryVi());
    }
}
