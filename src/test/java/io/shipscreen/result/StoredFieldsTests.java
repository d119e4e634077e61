package io.shipscreen.result;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The stored text of a transaction's columns reads back as written: quotes, new lines and
 * non-Latin names as they are, a cell holding a separator through the JSON form, and rows stored
 * as JSON by earlier versions.
 */
class StoredFieldsTests {

	private final StoredFields stored = new StoredFields();

	@Test
	void fieldsAndExtrasComeBackAsWritten() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("transaction_id", "TX-1");
		fields.put("item_description", "NVIDIA H100, \"SXM5\"\n80GB\\");
		fields.put("ultimate_consignee_name", "北京智谱华章科技有限公司 O'Brien");
		fields.put("end_use", "");
		Map<String, String> extra = Map.of("sales_rep", "Ann");

		String text = this.stored.encode(fields, extra);

		assertThat(text).doesNotContain("\"fields\"");
		StoredFields.Document back = this.stored.decode(text);
		assertThat(back.fields()).containsExactlyEntriesOf(fields);
		assertThat(back.extra()).isEqualTo(extra);
		assertThat(this.stored.decode(this.stored.encode(fields, Map.of())).extra()).isEmpty();
	}

	@Test
	void aCellHoldingASeparatorIsStoredAsJson() {
		Map<String, String> fields = Map.of("transaction_id", "TX-2", "end_use", "a\u001Fb\u001Ec");

		String text = this.stored.encode(fields, Map.of());

		assertThat(text).startsWith("{");
		assertThat(this.stored.decode(text).fields()).isEqualTo(fields);
	}

	@Test
	void rowsStoredAsJsonByEarlierVersionsStillRead() {
		StoredFields.Document back = this.stored
			.decode("{\"fields\":{\"transaction_id\":\"TX-3\"},\"extra\":{\"sales_rep\":\"Ann\"}}");

		assertThat(back.fields()).containsExactly(Map.entry("transaction_id", "TX-3"));
		assertThat(back.extra()).containsExactly(Map.entry("sales_rep", "Ann"));
	}

	@Test
	void aDamagedRowSaysWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.stored.decode("transaction_id"))
			.withMessageContaining("without its value");
		assertThatIllegalArgumentException().isThrownBy(() -> this.stored.decode("{\"fields\": [1"));
	}

}
