package io.shipscreen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The top-level packages of {@code io.shipscreen} depend on each other one way only. A feature
 * may use {@code cli} (the command interface) and {@code shared} (the types both sides of a
 * dependency use); {@code cli} and {@code shared} use no feature. A cycle means a class sits in
 * the wrong feature: move it, or move the type both sides need to {@code shared}.
 */
class PackageCyclesTest {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackagesOf(ShipscreenApplication.class);

	@Test
	void topLevelPackagesHaveNoImportCycles() {
		noCyclesBetweenPackagesUnder("io.shipscreen").check(PRODUCTION);
	}

	@Test
	void theRuleSeesEveryTopLevelPackage() {
		// a rule that imported nothing would pass on anything
		assertThat(PRODUCTION.stream()
			.map((javaClass) -> javaClass.getPackageName().split("\\."))
			.filter((parts) -> parts.length > 2)
			.map((parts) -> parts[2])
			.distinct()).contains("cli", "job", "parties", "policy", "review", "screening", "shared", "transaction");
	}

	@Test
	void theRuleFailsOnACycleAndNamesBothPackages() {
		JavaClasses fixture = new ClassFileImporter().importPackages("io.shipscreen.cyclefixture");

		assertThatThrownBy(() -> noCyclesBetweenPackagesUnder("io.shipscreen.cyclefixture").check(fixture))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected")
			.hasMessageContaining("billing")
			.hasMessageContaining("orders");
	}

	private static ArchRule noCyclesBetweenPackagesUnder(String root) {
		return slices().matching(root + ".(*)..").should().beFreeOfCycles();
	}

}
