package dev.looplab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Looplab: the course, the run service and its sandbox, accounts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LooplabApplication {

	public static void main(String[] args) {
		SpringApplication.run(LooplabApplication.class, args);
	}

}
