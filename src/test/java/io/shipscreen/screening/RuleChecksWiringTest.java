package io.shipscreen.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.policy.ItemClassifier;
import io.shipscreen.policy.PoliciesProperties;
import io.shipscreen.policy.ProductCatalogue;
import io.shipscreen.policy.YamlPolicyCatalog;
import io.shipscreen.shared.RunFactsContributor;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule checks, the ledger and the run facts as Spring wires them, over H2 with Flyway. */
class RuleChecksWiringTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				FlywayAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:wiring;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"spring.flyway.table=shipscreen_schema_history")
		.withUserConfiguration(Wiring.class);

	@Test
	void everyCheckIsABeanAndTheLedgerIsMigrated() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(Check.class).values()).extracting(Check::name)
				.containsExactlyInAnyOrder("destination", "item-classification", "ascend-guidance", "end-use", "diversion",
						"quota", "part-rules");
			QuotaLedger ledger = context.getBean(QuotaLedger.class);
			ledger.persist(1, "T1", LocalDate.of(2026, 1, 2),
					List.of(new QuotaCharge("ai-diffusion-2025/LPP", "acme|PT", "2026", BigDecimal.TEN)));
			assertThat(ledger.balances()).singleElement()
				.satisfies((balance) -> assertThat(balance.limit()).isEqualByComparingTo("26900000"));
			assertThat(context.getBean(RunFactsContributor.class).runFacts()).containsKey("Policy set SHA-256");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PoliciesProperties.class)
	@Import({ YamlPolicyCatalog.class, ProductCatalogue.class, ItemClassifier.class, LicenceResolver.class,
			DestinationCheck.class, ItemClassificationCheck.class, AscendGuidanceCheck.class, EndUseCheck.class,
			CustomerHistory.class, DiversionCheck.class, QuotaLimits.class, JdbcQuotaLedger.class, QuotaCheck.class,
			PolicyRunFacts.class, NameNormalizer.class, ExemptConsignees.class, PartRuleCheck.class })
	static class Wiring {

	}

}
