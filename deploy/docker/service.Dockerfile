# One image recipe for every Corroboration service process.
#   SERVICE=Ingest | Matching | Scoring   one gRPC service (distributed mode: RabbitMQ + PostgreSQL)
#   SERVICE=Host                          all three in one process (embedded mode: in-memory bus + SQLite)
# Build context: the repository root, e.g.
#   docker build -f deploy/docker/service.Dockerfile --build-arg SERVICE=Ingest -t corroboration-ingest .
# Serves gRPC over plain-text HTTP/2 (prior knowledge) on port 8080; no TLS, no authentication:
# publish it on loopback or behind something that adds both.

ARG SERVICE=Host

# ---------------------------------------------------------------- build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG SERVICE
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src

# Everything the service projects need (tests, samples and tools are not part of the build).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY protos/ protos/
COPY services/ services/

RUN test -f "services/Corroboration.${SERVICE}/Corroboration.${SERVICE}.csproj" \
    || { echo "SERVICE must be Ingest, Matching, Scoring or Host (got '${SERVICE}')" >&2; exit 1; }
RUN dotnet restore "services/Corroboration.${SERVICE}/Corroboration.${SERVICE}.csproj"
RUN dotnet publish "services/Corroboration.${SERVICE}/Corroboration.${SERVICE}.csproj" \
    -c Release -o /app --no-restore -p:UseAppHost=false

# ---------------------------------------------------------------- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ARG SERVICE
# SQLite (the default provider) writes here; distributed mode points Database__* at PostgreSQL.
RUN mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./

ENV SERVICE=${SERVICE} \
    Urls=http://0.0.0.0:8080 \
    Database__ConnectionString="Data Source=/data/corroboration.db" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
VOLUME ["/data"]

# The aspnet images ship a non-root user "app" whose UID is in $APP_UID.
USER $APP_UID

# exec so that dotnet is PID 1 and receives SIGTERM directly.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"/app/Corroboration.${SERVICE}.dll\" \"$@\"", "--"]
