package io.shipscreen;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import io.shipscreen.cli.CommandDispatcher;
import io.shipscreen.cli.ExitCodes;
import io.shipscreen.cli.StartupMode;

/** The shipscreen jar: {@code java -jar shipscreen.jar [command] [--option=value ...]}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShipscreenApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context;
		try {
			SpringApplication application = new SpringApplication(ShipscreenApplication.class);
			if (Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).findFirst().orElse("").equals("worker")) {
				// a worker only makes sense for partitions sent over the broker
				application.setDefaultProperties(Map.of("shipscreen.scale.mode", "remote"));
			}
			// operator commands build only what they use: `runs` must not wait for the party index
			application.setLazyInitialization(StartupMode.lazy(args));
			context = application.run(args);
		}
		catch (Throwable ex) {
			// a bad policy or list file, an unreachable database: one line for the operator (the
			// stack trace is in the log above)
			System.err.println("shipscreen: cannot start: " + CommandDispatcher.oneLine(ex));
			System.exit(ExitCodes.USAGE);
			return;
		}
		System.exit(SpringApplication.exit(context));
	}

}
