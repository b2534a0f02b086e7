/**
 * An example Spring Boot 4 application on gcm-spring-boot-starter: a partner portal that accepts
 * stakeholder input over HTTP and answers its coverage. Not published.
 */
package io.github.gcmsdk.examples.spring;
