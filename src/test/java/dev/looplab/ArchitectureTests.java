package dev.looplab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Pins the architecture: one module per capability that others reach only through its
 * top-level package, no cycles, and the code that runs inside sandbox JVMs free of Spring
 * and of the server's modules.
 */
class ArchitectureTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(LooplabApplication.class);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		// Main classes only, wherever the build directory is (it can be moved with
		// -Dbuild.dir).
		.withImportOption((location) -> !location.contains("/test-classes/"))
		.importPackages("dev.looplab");

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		MODULES.verify();
	}

	@Test
	void codeInsideTheSandboxJvmUsesNoSpringAndNoServerModule() {
		noClasses().that()
			.resideInAnyPackage("dev.looplab.runner..", "dev.looplab.aio..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "dev.looplab.run..", "dev.looplab.sandbox..",
					"dev.looplab.catalog..", "dev.looplab.account..", "jakarta..", "org.slf4j..")
			.because("the runner jar is loaded alone into small sandbox JVMs")
			.check(CLASSES);
	}

	@Test
	void webAdaptersAreNotUsedByTheCore() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.looplab..web..")
			.because("HTTP is an adapter: the services must not know about it")
			.check(CLASSES);
	}

}
