package fr.metropolerouen.guichetess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.web.bind.annotation.RestController;

class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(GuichetEssApplication.class);

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.metropolerouen.guichetess");

	@Test
	void theApplicationIsMadeOfTheExpectedModules() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("shared", "account", "applicant", "scheme", "dossier", "eligibility", "envelope",
					"committee", "agreement", "payment", "lapse", "finance", "letter", "notification", "workflow",
					"demo", "clawback", "web", "retention", "audit", "steering");
	}

	@Test
	void modulesRespectEachOthersBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		Path output = Path.of("target", "spring-modulith-docs");

		new Documenter(MODULES).writeDocumentation();

		assertThat(output.resolve("components.puml")).exists();
		assertThat(output.resolve("module-dossier.puml")).exists();
		assertThat(output.resolve("module-dossier.adoc")).exists();
		assertThat(Files.size(output.resolve("all-docs.adoc"))).isPositive();
	}

	@Test
	void onlyTheWorkflowModuleKnowsTheProcessEngine() {
		// guards against a rule that passes only because no dependency on Camunda was imported at all
		assertThat(MAIN_CLASSES.stream()
			.filter(type -> type.getPackageName().equals("fr.metropolerouen.guichetess.workflow"))
			.flatMap(type -> type.getDirectDependenciesFromSelf().stream())
			.anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.camunda")))
			.isTrue();
		noClasses().that()
			.resideOutsideOfPackage("fr.metropolerouen.guichetess.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.because("a move to another engine (Operaton) must stay inside the workflow module")
			.check(MAIN_CLASSES);
	}

	@Test
	void noOtherModuleDependsOnTheWorkflowModule() {
		noClasses().that()
			.resideOutsideOfPackage("fr.metropolerouen.guichetess.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("fr.metropolerouen.guichetess.workflow..")
			.because("domain modules announce changes through events; the workflow module listens to them")
			.check(MAIN_CLASSES);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.because("a module's HTTP API is reached through HTTP, never called by another module")
			.check(MAIN_CLASSES);
	}

}
