package io.shipscreen.transaction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTests {

	private final CountryCodes countries = CountryCodes.standard();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CN                      | CN
			chn                     | CN
			China                   | CN
			People's Republic of China | CN
			Hong Kong               | HK
			HKG                     | HK
			Macau                   | MO
			Macao                   | MO
			MAC                     | MO
			Türkiye                 | TR
			Turkiye                 | TR
			Turkey                  | TR
			Korea, Republic of      | KR
			South Korea             | KR
			KOR                     | KR
			North Korea             | KP
			Russian Federation      | RU
			Viet Nam                | VN
			United States           | US
			USA                     | US
			United Kingdom          | GB
			Portugal                | PT
			 pt                     | PT
			Côte d'Ivoire           | CI
			United Arab Emirates    | AE
			Taiwan                  | TW
			Bosnia and Herzegovina  | BA
			Trinidad and Tobago     | TT
			Myanmar                 | MM
			Congo                   | CG
			""")
	void acceptsCodesAndEnglishNames(String input, String alpha2) {
		assertThat(this.countries.alpha2(input)).contains(alpha2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Atlantis", "XX", "ZZZ", "Chinaa", "12", "Europe" })
	void rejectsWhatIsNotACountry(String input) {
		assertThat(this.countries.alpha2(input)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Crimea                  | UA
			Gaza                    | PS
			West Bank               | PS
			Korea, North            | KP
			Iran                    | IR
			Russian Federation      | RU
			The former Yugoslav Republic of Macedonia | MK
			""")
	void listFilesAlsoNameCountriesByTheirRegions(String input, String alpha2) {
		assertThat(CountryCodes.forLists().alpha2(input)).contains(alpha2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Crimea", "Gaza", "West Bank" })
	void aRegionIsNotACountryOfAnOrder(String input) {
		// an order to "Crimea" is a bad value for a human, not an order to Ukraine
		assertThat(this.countries.alpha2(input)).isEmpty();
	}

}
