package vn.hoctap.sheets.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.hoctap.sheets.SheetKind;

/** Reads a kind of workbook by its English or Vietnamese command-line name. */
public final class KindConverter implements ITypeConverter<SheetKind> {
    @Override
    public SheetKind convert(String value) {
        return SheetKind.fromCliName(value).orElseThrow(() -> new TypeConversionException("không có loại '" + value
                + "'; dùng một trong " + SheetKind.cliNames() + " / no kind '" + value + "'; use one of "
                + SheetKind.cliNames()));
    }
}
