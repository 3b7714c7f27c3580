package dev.looplab.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the first administrator ({@code looplab.admin.*}); relaxed binding also
 * reads the environment variable {@code LOOPLAB_ADMIN_PASSWORD}.
 *
 * @param password the password given to the {@code admin} account when it is created, or
 * {@code null} to generate one
 */
@ConfigurationProperties("looplab.admin")
record AdminProperties(String password) {

}
