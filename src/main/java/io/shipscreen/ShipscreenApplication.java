package io.shipscreen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The shipscreen jar: {@code java -jar shipscreen.jar [command] [--option=value ...]}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShipscreenApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(ShipscreenApplication.class, args)));
	}

}
