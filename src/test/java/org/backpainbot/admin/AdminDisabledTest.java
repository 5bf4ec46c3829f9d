package org.backpainbot.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Without {@code bot.admin-token} the admin endpoints do not exist, whatever is sent; the chat still works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class AdminDisabledTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("admin-disabled");
        registry.add("bot.index-dir", index::toString);
    }

    @Autowired
    WebTestClient web;

    @Test
    void adminEndpointsAre404() {
        web.get().uri("/admin/index").exchange().expectStatus().isNotFound();
        web.post().uri("/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer anything-at-all-here")
                .exchange().expectStatus().isNotFound();
        web.post().uri("/admin/rollback").exchange().expectStatus().isNotFound();
        web.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Is back pain normal after giving birth?")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.section").isEqualTo("overview");
    }
}
