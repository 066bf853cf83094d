package se.sip.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OutboxProducerSettingsTest {

    @Test
    void theRelayConnectsAsEveryKafkaClientOfTheServiceDoesWithAuthentication() {
        Properties props = OutboxProducer.settings(Map.of(
                "bootstrap.servers", "sip-kafka-bootstrap.kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "group.id", "a consumer's setting"), Duration.ofSeconds(30));

        assertEquals("sip-kafka-bootstrap.kafka:9093", props.get("bootstrap.servers"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals("PEM", props.get("ssl.truststore.type"));
        assertFalse(props.containsKey("group.id"), "only producer settings");
    }

    @Test
    void noConfigurationWeakensTheRelaysGuarantees() {
        Properties props = OutboxProducer.settings(Map.of("bootstrap.servers", "localhost:9092", "acks", "1",
                "enable.idempotence", "false", "key.serializer", "org.example.Other"), Duration.ofSeconds(30));

        assertEquals("all", props.get("acks"));
        assertEquals(true, props.get("enable.idempotence"));
        assertFalse(props.containsKey("key.serializer"));
        assertEquals(5_000, props.get("max.block.ms"));
    }
}
