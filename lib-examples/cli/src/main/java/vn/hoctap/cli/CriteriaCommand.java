package vn.hoctap.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.Json;
import vn.hoctap.cli.common.PackOptions;
import vn.hoctap.cli.criteria.CriteriaDocument;
import vn.hoctap.cli.criteria.CriteriaRenderer;

/** {@code hoctap criteria}: the criteria in force on a date, national or with packs. */
@Command(name = "criteria", mixinStandardHelpOptions = true,
        description = {"In các tiêu chí có hiệu lực vào một ngày: mọi tiêu chí, chỉ tiêu, số liệu, trích dẫn, trạng"
                + " thái, cách đọc.", "Prints the criteria in force on a date: every criterion, indicator, number,"
                + " citation, status and reading, as Markdown, HTML or JSON."})
final class CriteriaCommand implements Callable<Integer> {
    /** How the criteria are written. */
    enum Format { markdown, html, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions packs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày (mặc định hôm nay) / the date (default:"
            + " today)")
    private LocalDate date;

    @Option(names = "--scheme", paramLabel = "ID", description = "Chỉ một danh hiệu, vd. TT24.H / one scheme only")
    private String scheme;

    @Option(names = "--format", paramLabel = "FORMAT", description = "markdown (mặc định / default), html, json")
    private Format format = Format.markdown;

    @Override
    public Integer call() {
        CriteriaDocument doc = CriteriaDocument.of(packs.evaluator(spec.commandLine().getErr()),
                date == null ? LocalDate.now() : date, Optional.ofNullable(scheme));
        spec.commandLine().getOut().print(switch (format) {
            case markdown -> CriteriaRenderer.markdown(doc);
            case html -> CriteriaRenderer.html(doc);
            case json -> Json.document(doc) + "\n";
        });
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
