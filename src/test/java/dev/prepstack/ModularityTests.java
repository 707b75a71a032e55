package dev.prepstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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
