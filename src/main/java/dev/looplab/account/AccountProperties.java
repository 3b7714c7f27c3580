package dev.looplab.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for accounts ({@code looplab.accounts.*}).
 *
 * @param selfRegistration whether visitors may create their own learner accounts at
 * {@code /register}
 */
@ConfigurationProperties("looplab.accounts")
public record AccountProperties(@DefaultValue("true") boolean selfRegistration) {

}
