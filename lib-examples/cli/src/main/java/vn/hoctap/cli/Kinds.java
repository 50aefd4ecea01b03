package vn.hoctap.cli;

import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.hoctap.model.request.RequestKind;

/** Request kinds on the command line, by their JSON names ({@code unit}, {@code grassroots-unit}). */
final class Kinds implements ITypeConverter<RequestKind>, Iterable<String> {
    @Override
    public RequestKind convert(String value) {
        return RequestKind.fromJsonName(value).orElseThrow(() -> new TypeConversionException("loại không được biết '"
                + value + "'; có " + RequestKind.jsonNames() + " / unknown kind '" + value + "'; there are "
                + RequestKind.jsonNames()));
    }

    @Override
    public Iterator<String> iterator() {
        return RequestKind.jsonNames().iterator();
    }
}
