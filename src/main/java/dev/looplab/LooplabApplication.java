package dev.looplab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Looplab: the course, the run service and its sandbox, accounts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LooplabApplication {

	public static void main(String[] args) {
		SpringApplication.run(LooplabApplication.class, args);
	}

}
