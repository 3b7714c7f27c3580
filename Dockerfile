# syntax=docker/dockerfile:1

# Build: JDK 25 for Maven's toolchain, Node.js for the editor bundle.
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY content content
COPY static static
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/looplab.jar extract --destination /app

# Run: a full JDK, because Looplab compiles learners' code with javac in memory; bubblewrap and
# util-linux (prlimit, setpriv) isolate the sandbox JVMs.
FROM eclipse-temurin:25-jdk
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap util-linux \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin looplab \
 && mkdir -p /data \
 && chown looplab /data
WORKDIR /app
COPY --from=build /app /app
COPY --from=build /src/content /app/content
ENV LOOPLAB_DATA_DIR=/data \
    LOOPLAB_CONTENT_DIR=/app/content
USER looplab
VOLUME /data
EXPOSE 8080
# A JVM out of heap exits (and is restarted by the container's restart policy) rather than limp
# on with a database whose store closed mid-write; see docs/adr/0013.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/looplab.jar"]
