package dev.prepstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PrepstackApplication.class);

    /** Modules still without declared dependencies; this list may only shrink. */
    static final Set<String> UNDECLARED = Set.of();

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        Set<String> undeclared = new TreeSet<>();
        modules.forEach(module -> {
            String base = module.getBasePackage().getName();
            ApplicationModule declared = annotation(base);
            boolean open = declared != null && declared.type() == ApplicationModule.Type.OPEN;
            boolean listed = declared != null
                    && !Arrays.asList(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
            if (!open && !listed) {
                undeclared.add(base);
            }
        });
        assertThat(undeclared).isEqualTo(UNDECLARED);
    }

    /**
     * Controllers and the services of other modules they still call, "Controller -> Service"; a page
     * or API controller maps HTTP to its own module's application API (issue 19). A service is a Spring
     * bean (a class annotated, or meta-annotated, with {@code @Component}) of another module than the
     * controller's and {@code shared}; static helpers (such as {@code QuestionFilters.level}) and value
     * types of other modules are not services. This list may only shrink.
     */
    static final Set<String> CONTROLLERS_CALLING_OTHER_MODULES = Set.of(
            "CatalogPageController -> DiagramRenderer",
            "ContentReloadApiController -> AuditLog",
            "ContentReloadPageController -> AuditLog",
            "EditorialPageController -> Catalog",
            "FeedbackPageController -> Catalog",
            // The home page composes other modules' figures by design; it has no services of its own.
            "HomePageController -> InterviewPlans",
            "HomePageController -> MockInterviews",
            "HomePageController -> ProgressReport",
            "InvitePageController -> Accounts",
            "QuestionSetPageController -> Organisations",
            "SearchApiController -> QuestionFilters",
            "SearchPageController -> Catalog",
            "SearchPageController -> QuestionFilters");

    @Test
    void controllersCallOnlyTheirOwnModulesServices() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PrepstackApplication.class.getPackageName());
        Set<String> found = new TreeSet<>();
        for (JavaClass controller : classes) {
            if (!controller.isMetaAnnotatedWith(Controller.class) && !controller.isAnnotatedWith(Controller.class)) {
                continue;
            }
            String module = module(controller);
            for (JavaMethodCall call : controller.getMethodCallsFromSelf()) {
                if (call.getTarget().resolveMember().stream()
                        .anyMatch(m -> m.getModifiers().contains(JavaModifier.STATIC))) {
                    continue;
                }
                JavaClass target = call.getTargetOwner();
                String owner = module(target);
                boolean bean = target.isAnnotatedWith(Component.class) || target.isMetaAnnotatedWith(Component.class);
                if (bean && owner != null && !owner.equals(module) && !owner.equals("shared")) {
                    found.add(controller.getSimpleName() + " -> " + target.getSimpleName());
                }
            }
        }

        assertThat(found)
                .as("controllers calling another module's services; go through their own module's API")
                .isEqualTo(CONTROLLERS_CALLING_OTHER_MODULES);
    }

    /** The module (first package below the base package) of an application class; null for others. */
    private static String module(JavaClass type) {
        String base = PrepstackApplication.class.getPackageName() + ".";
        String name = type.getPackageName() + ".";
        if (!name.startsWith(base)) {
            return null;
        }
        String rest = name.substring(base.length());
        return rest.isEmpty() ? "(root)" : rest.substring(0, rest.indexOf('.'));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static ApplicationModule annotation(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
