# Multi-stage build of Guichet ESS: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY processes/ processes/
COPY templates/ templates/
RUN ./mvnw -B -q -DskipTests package && cp target/guichet-ess-*.jar /build/guichet-ess.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 guichet && mkdir -p /var/lib/guichet-ess/files && chown -R guichet /var/lib/guichet-ess
USER guichet
WORKDIR /opt/guichet-ess
COPY --from=build /build/guichet-ess.jar guichet-ess.jar
ENV SPRING_PROFILES_ACTIVE=postgres \
    GUICHET_STORAGE_DIR=/var/lib/guichet-ess/files
EXPOSE 8080
# the JRE image has neither curl nor wget: ask the health endpoint with bash alone
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "guichet-ess.jar"]
