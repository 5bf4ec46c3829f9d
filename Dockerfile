# syntax=docker/dockerfile:1
# backpain-bot: build with Maven, run on a JRE as a non-root user. See README, "Deploying".

# ---- build ------------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The pom alone first: this layer (every dependency and plugin) is rebuilt only when the pom changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY index-data index-data
RUN mvn -B -q -DskipTests package

# ---- run --------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data && chown bot:bot /app/data
WORKDIR /app
COPY --from=build /build/target/backpain-bot.jar /app/backpain-bot.jar
# The content is read-only and belongs to root; the index is written to a volume the bot user owns.
COPY index-data /app/index-data
VOLUME /app/data
ENV BOT_CONTENT_DIR=/app/index-data \
    BOT_INDEX_DIR=/app/data
# G1 explicitly: in a container with under 2 CPUs or 1792 MB the JVM would pick the Serial collector, whose pauses
# stop the Netty event loops too. The live set is ~20 MB (measured); 75% of the container for the heap leaves room
# for metaspace (~56 MB), Netty's direct buffers, thread stacks and the code cache. A JVM that ran out of memory is
# broken: exit, and let the orchestrator restart it, rather than serve half-working.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
USER bot
EXPOSE 8080
# Ready only once the index is loaded (/actuator/health/readiness includes the knowledge indicator). The JRE image
# has neither curl nor wget; rather than add a package (and its CVEs) or start a second JVM every interval, bash's
# /dev/tcp sends one HTTP/1.0 request and the status line must say 200.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && timeout 4 head -n1 <&3 | grep -q ' 200 '"]
# exec: java is PID 1 and receives SIGTERM itself, so graceful shutdown (up to 20 s) runs; give the container a
# stop timeout above that (docker run --stop-timeout 30, Kubernetes terminationGracePeriodSeconds: 30).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/backpain-bot.jar \"$@\"", "--"]
