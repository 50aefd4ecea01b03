package vn.hoctap.cli.sheets;

import java.util.List;
import vn.hoctap.cli.HoctapExtension;
import vn.hoctap.sheets.cli.SheetsCommand;

/**
 * The spreadsheet tools of {@code hoctap-sheets} as {@code hoctap} commands: {@code template}, {@code workbook},
 * {@code dossier} and {@code report}. They live in their own module so that a host embedding the library does not
 * get Apache POI on its class path; the command line carries them.
 */
public final class SpreadsheetCommands implements HoctapExtension {
    @Override
    public List<Object> subcommands() {
        return List.of(SheetsCommand.subcommands());
    }
}
