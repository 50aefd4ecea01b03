package vn.hoctap.examples;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code example} profile's entry point. With no switch it runs {@link DistrictRollUpExample}, the bottom-up
 * evaluation of a generated district; {@code units} as the first argument runs {@link UnitAssessmentExample} on the
 * remaining arguments (its {@code --en}, {@code --json} and request file paths). Other arguments go to the district
 * example ({@code --en}, {@code --full}).
 */
public final class Examples {
    private Examples() {
    }

    public static void main(String[] args) {
        List<String> all = List.of(args);
        if (!all.isEmpty() && all.get(0).equals("units")) {
            UnitAssessmentExample.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            DistrictRollUpExample.main(args);
        }
    }
}
