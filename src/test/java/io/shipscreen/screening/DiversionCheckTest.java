package io.shipscreen.screening;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.shipscreen.policy.Policy;
import io.shipscreen.policy.PolicyFixtures;
import io.shipscreen.shared.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class DiversionCheckTest {

	private static final Policy POST = PolicyFixtures.policy("post-rescission-2025");

	private final DiversionCheck check = new DiversionCheck(PolicyFixtures.classifier(), new CustomerHistory(1000));

	private List<Hit> screen(Tx tx) {
		return this.check.check(tx.build(), new ScreeningContext(1, LocalDate.of(2026, 3, 3), POST));
	}

	private static List<String> rules(List<Hit> hits) {
		return hits.stream().map((h) -> h.ruleId() + ":" + h.severity()).toList();
	}

	@Test
	void aForwarderAsUltimateConsigneeIsReviewed() {
		Tx row = Tx.h100().consignee("Swift Freight Forwarding Sdn Bhd", "Lot 5, Port Klang", "MY").shipTo("MY");
		assertThat(screen(row)).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DIVERSION-FORWARDER");
			assertThat(hit.field()).isEqualTo("ultimate_consignee_name");
			assertThat(hit.citation()).contains("Supp. 3 to 15 CFR Part 732");
		});
	}

	@Test
	void transshipmentThroughAHubIsReviewedElsewhereNoted() {
		assertThat(rules(screen(Tx.h100().shipTo("SG").endUser("Sakura Compute KK", "JP"))))
			.containsExactly("DIVERSION-TRANSSHIPMENT:REVIEW");
		assertThat(rules(screen(Tx.h100().shipTo("DE").endUser("Sakura Compute KK", "JP"))))
			.containsExactly("DIVERSION-TRANSSHIPMENT:INFO");
		List<Hit> hk = screen(Tx.h100().consignee("HK Link Ltd", "Kowloon", "HK").shipTo("HK").endUser("Acme", "VN"));
		assertThat(hk).singleElement().satisfies((hit) -> {
			assertThat(hit.severity()).isEqualTo(Severity.REVIEW);
			assertThat(hit.evidence()).contains("HK is a transshipment hub");
			assertThat(hit.reason()).endsWith("(practice).");
		});
	}

	@Test
	void paymentFromAThirdCountryIsReviewed() {
		assertThat(rules(screen(Tx.h100().payment("AE")))).containsExactly("DIVERSION-PAYMENT:REVIEW");
		assertThat(screen(Tx.h100().payment("JP"))).isEmpty();
	}

	@Test
	void aNewCustomerWithALargeOrderIsReviewed() {
		assertThat(rules(screen(Tx.h100().customerSince("2026-01-10")))).containsExactly("DIVERSION-NEW-CUSTOMER:REVIEW");
		// 365 days is no longer new; a small order from a new customer is fine.
		assertThat(screen(Tx.h100().customerSince("2025-03-02"))).isEmpty();
		assertThat(screen(Tx.h100().customerSince("2026-01-10").quantity(8))).isEmpty();
	}

	@Test
	void aLineFarAboveTheCustomersHistoryIsReviewed() {
		for (int i = 1; i <= 3; i++) {
			assertThat(screen(Tx.h100().id("H" + i).quantity(8))).isEmpty();
		}
		List<Hit> hits = screen(Tx.h100().id("H4").quantity(100));
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.ruleId()).isEqualTo("DIVERSION-VOLUME");
			assertThat(hit.evidence()).isEqualTo("line 100 units, 3,000,000 USD = 12.5x the average of 240,000 USD (8 units) over 3 earlier lines");
		});
		// The same line replayed (a chunk retried) is judged against the same history.
		assertThat(screen(Tx.h100().id("H4").quantity(100))).singleElement()
			.satisfies((hit) -> assertThat(hit.evidence()).contains("over 3 earlier lines"));
	}

	@Test
	void theHistoryIsBounded() {
		CustomerHistory history = new CustomerHistory(100);
		for (int i = 0; i < 500; i++) {
			history.record("customer " + i, "T" + i, java.math.BigDecimal.TEN, 1);
		}
		assertThat(history.size()).isEqualTo(100);
	}

	@Test
	void theHistoryCountsEveryLineOnceUnderConcurrentThreads() throws Exception {
		CustomerHistory history = new CustomerHistory(100);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int first = thread * 250;
				work.add(pool.submit(() -> {
					for (int i = first; i < first + 250; i++) {
						history.record("acme", "T" + i, java.math.BigDecimal.TEN, 1);
					}
				}));
			}
			for (java.util.concurrent.Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		CustomerHistory.Snapshot after = history.record("acme", "LAST", java.math.BigDecimal.TEN, 1);
		assertThat(after.count()).isEqualTo(1000);
		assertThat(after.averageValue()).isEqualByComparingTo("10");
	}

	@Test
	void aResidentialAddressIsReviewed() {
		Tx row = Tx.h100().consignee("Li Wei", "Apt 12B, 88 Orchard Road", "JP");
		assertThat(rules(screen(row))).containsExactly("DIVERSION-ADDRESS:REVIEW");
	}

	@Test
	void uncontrolledItemsRaiseNoDiversionFlags() {
		Tx cable = Tx.h100().item("CAB", "Cable", "Acme").eccn("EAR99").performance(null, null).payment("AE");
		assertThat(screen(cable)).isEmpty();
	}

	@Test
	void aParentHeadquarteredInD1OrD4IsReviewed() {
		assertThat(rules(screen(Tx.h100().to("DE").parent("AE")))).containsExactly("DIVERSION-PARENT:REVIEW");
		// D:5 parents are the HQ-D5 licence rule; A:6 cancels D:4 (Israel); the same country is no flag.
		assertThat(screen(Tx.h100().to("DE").parent("CN"))).isEmpty();
		assertThat(screen(Tx.h100().to("DE").parent("IL"))).isEmpty();
		assertThat(screen(Tx.h100().to("DE").parent("DE"))).isEmpty();
	}

	@Test
	void aUaeParentIsNoLongerARedFlagOnceTheUaeIsInA5() {
		Tx german = Tx.h100().to("DE").parent("AE");
		assertThat(screen(german.ordered("2026-07-09"))).extracting(Hit::ruleId).containsExactly("DIVERSION-PARENT");
		assertThat(screen(german.ordered("2026-07-10"))).isEmpty();
		// every party's parent is read; a D:5/Macau parent is HQ-D5's, not a red flag as well
		assertThat(screen(Tx.h100().to("DE").consigneeParent("SA"))).singleElement()
			.satisfies((hit) -> assertThat(hit.field()).isEqualTo("ultimate_consignee_parent_country"));
		assertThat(screen(Tx.h100().to("DE").purchaserParent("MO"))).isEmpty();
	}

}
