package vn.hoctap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.HoctapException;
import vn.hoctap.model.json.HoctapSchemas;

/** {@code hoctap schema KIND}: prints a JSON Schema shipped in the library. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"In lược đồ JSON (draft 2020-12) của một loại yêu cầu, của phong bì hoặc của kết quả.",
            "Prints the JSON Schema (draft 2020-12) of a request kind, of the envelope, or of the assessment."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "unit, commune, district, province, citizen, household, clan,"
            + " hamlet, grassroots-unit, envelope, assessment")
    private String name;

    @Override
    public Integer call() {
        if (!HoctapSchemas.names().contains(name)) {
            throw new HoctapException(ExitCode.USAGE, "không có lược đồ '" + name + "'; có " + HoctapSchemas.names()
                    + " / no schema '" + name + "'; there are " + HoctapSchemas.names());
        }
        spec.commandLine().getOut().print(HoctapSchemas.schema(name));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
