package fr.pme.ventes.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package tree shows the pipeline (README, deliverables/architecture.md): the commands call the stages, the stages
 * call storage, and nothing calls back up. A stage that starts using another stage or the CLI fails here.
 */
class LayeringTest {
    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pme.ventes");

    @Test
    void commandsCallStagesAndStagesCallStorageOnly() {
        assertTrue(PRODUCT.size() > 50, "classes du produit introuvables : " + PRODUCT.size());
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Commandes").definedBy("fr.pme.ventes.cli..")
                .layer("Étapes").definedBy("fr.pme.ventes.acquisition..", "fr.pme.ventes.importing..",
                        "fr.pme.ventes.analysis..", "fr.pme.ventes.report..", "fr.pme.ventes.verification..",
                        "fr.pme.ventes.demo..")
                .layer("Stockage").definedBy("fr.pme.ventes.storage..")
                .whereLayer("Commandes").mayNotBeAccessedByAnyLayer()
                .whereLayer("Étapes").mayOnlyBeAccessedByLayers("Commandes", "Étapes")
                .whereLayer("Stockage").mayOnlyBeAccessedByLayers("Commandes", "Étapes")
                .check(PRODUCT);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("fr.pme.ventes.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }
}
