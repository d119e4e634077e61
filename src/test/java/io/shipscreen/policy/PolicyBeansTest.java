package io.shipscreen.policy;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog as the application wires it: properties bound, validated, files loaded at start. */
class PolicyBeansTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

	@Test
	void loadsTheConfiguredFolderByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PolicyCatalog.class).all()).hasSize(3);
			assertThat(context.getBean(ProductCatalogue.class).entries()).isNotEmpty();
		});
	}

	@Test
	void aMissingFolderFailsTheStartWithOneLine() {
		this.runner.withPropertyValues("shipscreen.policies.dir=no/such/dir").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure()))
				.hasMessage("no/such/dir: policy folder not found (shipscreen.policies.dir)");
		});
	}

	@Test
	void aBlankFolderIsRejectedByValidation() {
		this.runner.withPropertyValues("shipscreen.policies.dir= ").run((context) -> assertThat(context).hasFailed());
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PoliciesProperties.class)
	@Import({ YamlPolicyCatalog.class, ProductCatalogue.class })
	static class Wiring {

	}

}
