package vn.hoctap.rules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.json.HoctapJson;

/**
 * A layer of rules: compiled rules, the catalogue of the criteria they judge, and the numbers they read. The
 * national packs ship precompiled in this jar; a province pack is a layer on top of them.
 *
 * @param name       shown in explanations as the source of a judgement or number ("national", a province)
 * @param rules      the compiled rules; shared, thread-safe, never rebuilt per evaluation; those of the national
 *                   packs are built on a background thread, and the first evaluation that needs them waits for them
 * @param catalogue  the criteria its rules judge
 * @param parameters the numbers it sets
 */
public record RulePack(String name, CompiledRules rules, Catalogue catalogue, ParameterSet parameters) {
    public RulePack {
        requireNonNull(name, "name");
        requireNonNull(rules, "rules");
        requireNonNull(catalogue, "catalogue");
        requireNonNull(parameters, "parameters");
    }

    /** A pack of rules already built. */
    public RulePack(String name, KieBase kieBase, Catalogue catalogue, ParameterSet parameters) {
        this(name, CompiledRules.of(requireNonNull(kieBase, "kieBase")), catalogue, parameters);
    }

    /**
     * The compiled rules' base, {@code rules().kieBase()}: for a national pack whose base is not built yet, this
     * builds it (hundreds of milliseconds, once), or waits for the thread building it.
     */
    public KieBase kieBase() {
        return rules.kieBase();
    }

    /**
     * Whether this layer's rules take part in evaluating {@code scheme}: a pack that defines schemes judges only
     * those; a pack without schemes of its own (a layer over other packs) takes part in every evaluation.
     */
    public boolean judges(Scheme scheme) {
        return catalogue.schemes().isEmpty() || catalogue.scheme(scheme.id()).isPresent();
    }

    /** Every national pack shipped in this jar, in layering order. */
    public static List<RulePack> national() {
        return List.of(tt24(), tt25(), cdht(), khvn());
    }

    /** The national "Đơn vị học tập" rules of Thông tư 24/2023/TT-BGDĐT, loaded once per class loader. */
    public static RulePack tt24() {
        return National.TT24;
    }

    /**
     * The national "Cộng đồng học tập" rules of Thông tư 25/2023/TT-BGDĐT (cấp xã Art. 6-9, cấp huyện Art. 11-14,
     * cấp tỉnh Art. 16-19), loaded once per class loader.
     */
    public static RulePack tt25() {
        return National.TT25;
    }

    /**
     * The Vietnam Association for Learning Promotion's ("Hội Khuyến học Việt Nam") frameworks for "Gia đình học tập",
     * "Dòng họ học tập", "Cộng đồng học tập" cấp thôn and "Đơn vị học tập" cấp cơ sở, loaded once per class loader.
     * They are frameworks: the structure is encoded as far as it is known, and every number the sources do not give is
     * a parameter without a value, which a province pack must supply before anything can be evaluated.
     */
    public static RulePack khvn() {
        return National.KHVN;
    }

    /**
     * The national "Công dân học tập" rules of QĐ 324/QĐ-KHVN (2023) of Hội Khuyến học Việt Nam, loaded once per class
     * loader. Their content is PROBABLE and who confirms the title is not known (criteria.md §7).
     */
    public static RulePack cdht() {
        return National.CDHT;
    }

    /**
     * Holder idiom: the packs are loaded on first use, once, without locking afterwards. Their catalogues and
     * parameters are read now; each rule base is built when a rule of its pack must first run ({@link CompiledRules}):
     * a first evaluation runs the rules of one pack, and building the three others would add a fifth to the time to
     * the first result. Building them on a background thread while the catalogues are read was measured slower on
     * two cores: the JIT compilers already keep the second core busy during start-up.
     */
    private static final class National {
        static final RulePack TT24 = load("tt24", "");
        static final RulePack TT25 = load("tt25", "commune.", "district.", "province.");
        static final RulePack KHVN = load("khvn", "family.", "clan.", "hamlet.", "grassroots.");
        static final RulePack CDHT = load("cdht", "");

        /**
         * Loads the catalogue and parameters of package {@code vn.hoctap.rules.<pack>}, and its rules to be built when
         * first needed; a pack whose text covers several tiers may keep each tier in its own pair of files,
         * {@code <part>catalogue.json} and {@code <part>parameters.json}.
         */
        private static RulePack load(String pack, String... parts) {
            CompiledRules rules = NationalRules.deferred("vn.hoctap.rules." + pack);
            String resources = "vn/hoctap/rules/" + pack + "/";
            List<Catalogue> catalogues = new ArrayList<>();
            List<ParameterDefinition> parameters = new ArrayList<>();
            String layer = null;
            for (String part : parts) {
                catalogues.add(resource(resources + part + "catalogue.json", Catalogue.class));
                ParameterSet set = resource(resources + part + "parameters.json", ParameterSet.class);
                layer = set.layer();
                parameters.addAll(set.parameters());
            }
            return new RulePack(layer, rules, Catalogue.union(catalogues), new ParameterSet(layer, parameters));
        }

        private static <T> T resource(String path, Class<T> type) {
            try (InputStream in = RulePack.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                return HoctapJson.read(in, type);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("invalid " + path + " at " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
