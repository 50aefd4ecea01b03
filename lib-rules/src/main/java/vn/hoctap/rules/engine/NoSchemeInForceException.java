package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/** No loaded scheme awards the title at the tier on the reference date; the library will not apply another text. */
public class NoSchemeInForceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NoSchemeInForceException(Title title, AdministrativeTier tier, LocalDate date, List<Scheme> known) {
        super("Không có văn bản nào đang có hiệu lực ngày " + date + " cho “" + title.nameVi() + "” " + tier.nameVi()
                + known(known) + " / No loaded rules award '" + title.nameEn() + "' at " + tier.nameEn() + " on "
                + date + known(known) + ". Set referenceDate to a date the rules cover, or load a pack for it.");
    }

    private static String known(List<Scheme> known) {
        if (known.isEmpty()) {
            return "";
        }
        return " [" + known.stream().map(s -> s.id() + ": " + s.document() + " " + s.effectiveFrom() + " → "
                + (s.effectiveTo() == null ? "" : s.effectiveTo())).collect(Collectors.joining("; ")) + "]";
    }
}
