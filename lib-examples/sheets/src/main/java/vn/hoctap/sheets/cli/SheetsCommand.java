package vn.hoctap.sheets.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The spreadsheet commands on their own, for use before they are part of {@code hoctap}:
 * {@code java -jar hoctap-sheets.jar template citizens}. The {@code hoctap} command registers the same subcommands.
 */
@Command(name = "hoctap-sheets", mixinStandardHelpOptions = true,
        subcommands = {TemplateCommand.class, WorkbookCommand.class, DossierCommand.class, ReportCommand.class},
        description = {"Bảng tính cho cán bộ: mẫu, đánh giá, bản tổng hợp, báo cáo hằng năm.",
                "Spreadsheets for officials: templates, evaluation, the dossier's summary table, the yearly report."})
public final class SheetsCommand {
    private SheetsCommand() {
    }

    /** The subcommands, for a host command to register: {@code for (Object c : SheetsCommand.subcommands()) ...}. */
    public static Object[] subcommands() {
        return new Object[] {new TemplateCommand(), new WorkbookCommand(), new DossierCommand(), new ReportCommand()};
    }

    /** Runs the commands; exits with the command's code. */
    public static void main(String[] args) {
        // POI logs through log4j-api; with no provider it prints an error line on every run. Its simple logger
        // keeps the console clean (a host with its own logging sets this property otherwise).
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(new CommandLine(SheetsCommand.class).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
