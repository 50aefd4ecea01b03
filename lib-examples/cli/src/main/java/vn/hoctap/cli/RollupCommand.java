package vn.hoctap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.ErrorBody;
import vn.hoctap.cli.common.Inputs;
import vn.hoctap.cli.common.Json;
import vn.hoctap.cli.common.PackOptions;
import vn.hoctap.cli.common.ProgressBar;
import vn.hoctap.cli.common.Terminal;
import vn.hoctap.cli.rollup.RollUpRun;
import vn.hoctap.cli.rollup.TreeRollUp;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.rules.Evaluator;

/**
 * {@code hoctap rollup}: a province (or districts, or communes) bottom-up from JSON Lines of people, units, communes
 * and districts. Any line that cannot be read, or subjects that do not make a tree, refuse the whole roll-up: a
 * count computed from part of the input would be wrong.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"Tổng hợp từ dưới lên: người và đơn vị trong xã (trường \"in\"), xã trong huyện, huyện trong tỉnh"
                + " (parentCode), từ JSON Lines.", "Rolls up bottom-up from JSON Lines: people and units in communes"
                + " (their \"in\"), communes in districts, districts in a province (their parentCode)."})
final class RollupCommand implements Callable<Integer> {
    @ParentCommand
    private Hoctap root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions packs;

    @Option(names = "--with-people", description = "Ghi cả kết quả từng người / write every person's result too"
            + " (default: only units, communes, districts and the province; people are counted in them)")
    private boolean withPeople;

    @Option(names = "--progress", paramLabel = "WHEN", description = "auto (mặc định: khi stderr là terminal / when"
            + " stderr is a terminal), always, never")
    private String progress = "auto";

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Tệp JSON Lines; '-' hoặc không có là stdin /"
            + " a JSON Lines file; '-' or none is stdin")
    private String file = "-";

    /** The roll-up used; the streaming one replaces it when the library has one. */
    private final RollUpRun rollUp = new TreeRollUp();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluator evaluator = packs.evaluator(err);
        List<RequestEnvelope> subjects = new ArrayList<>();
        int[] refused = {0};
        Inputs.each(file, null, root.stdin(), line -> {
            if (line.envelope() == null) {
                refused[0]++;
                EvaluateCommand.report(err, file, line.number(), ErrorBody.ofRefusal(line.error()));
            } else {
                subjects.add(line.envelope());
            }
        });
        if (refused[0] > 0) {
            err.println("không tổng hợp: " + refused[0] + " dòng sai / nothing rolled up: " + refused[0]
                    + " line(s) refused");
            return ExitCode.INPUT_ERRORS;
        }
        boolean shown = progress.equals("always") || progress.equals("auto") && Terminal.stderrIsTerminal();
        try {
            rollUp.run(evaluator, subjects, r -> {
                if (withPeople || r.subject().kind() != RequestKind.CITIZEN) {
                    out.println(Json.line(Json.answer(null, 0, r.subject().id(), r.subject().kind().jsonName(),
                            r.assessment(), null)));
                }
            }, new ProgressBar(err, shown));
        } catch (RuntimeException e) {
            ErrorBody b = ErrorBody.ofRefusal(e);
            if (b == null) {
                throw e;
            }
            err.println((file.equals("-") ? "stdin" : file) + ": [" + b.code() + "] " + b.path() + ": " + b.message());
            return ExitCode.INPUT_ERRORS;
        }
        out.flush();
        return ExitCode.OK;
    }
}
