package vn.saola.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code, as docs/architecture.md draws it: packages without cycles, dependencies
 * pointing one way (infrastructure ← content ← features ← faces), the web frameworks only in the
 * faces, and pages fed records, never entities.
 */
@AnalyzeClasses(packages = "vn.saola", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] INFRASTRUCTURE = {"vn.saola.platform..", "vn.saola.i18n..", "vn.saola.security..", "vn.saola.audit..",
        "vn.saola.cluster.."};
    private static final String[] FEATURES = {"vn.saola.search..", "vn.saola.stats..", "vn.saola.sharing..",
        "vn.saola.media..", "vn.saola.accounts..", "vn.saola.notifications.."};
    private static final String[] FACES = {"vn.saola.site..", "vn.saola.editorial..", "vn.saola.importing..",
        "vn.saola.api.."};
    private static final String WEB_FRAME = "vn.saola.web..";

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("vn.saola.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("infrastructure").definedBy(INFRASTRUCTURE)
            .layer("content").definedBy("vn.saola.content..")
            .layer("features").definedBy(FEATURES)
            .layer("web frame").definedBy(WEB_FRAME)
            .layer("faces").definedBy(FACES)
            .whereLayer("infrastructure").mayNotAccessAnyLayer()
            .whereLayer("content").mayOnlyAccessLayers("infrastructure")
            .whereLayer("features").mayOnlyAccessLayers("content", "infrastructure")
            .whereLayer("web frame").mayOnlyAccessLayers("infrastructure")
            .whereLayer("faces").mayOnlyAccessLayers("features", "content", "web frame", "infrastructure")
            .ensureAllClassesAreContainedInArchitecture();

    @ArchTest
    static final ArchRule webFrameworksOnlyInTheFaces = noClasses()
            .that().resideOutsideOfPackages(concat(FACES, WEB_FRAME))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.mvc..", "org.eclipse.krazo..")
            .because("features and content are used by every face (pages, API, import) and must not assume one");

    @ArchTest
    static final ArchRule contentKnowsNoSearchEngine = noClasses()
            .that().resideInAPackage("vn.saola.content..")
            .should().dependOnClassesThat().resideInAPackage("org.hibernate.search..")
            .because("search maps content (search/SearchMapping) and follows its changes (content/DerivedData)");

    @ArchTest
    static final ArchRule facesAreFedRecordsNotEntities = noClasses()
            .that().resideInAnyPackage(FACES)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
            .because("an entity handed to a view can be read lazily after its transaction, or changed by accident");

    private static String[] concat(String[] packages, String more) {
        String[] all = java.util.Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = more;
        return all;
    }
}
