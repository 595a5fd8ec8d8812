# briefbot in a container: `docker compose up -d` (see compose.yaml and README, "Running it").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN pip install . \
    && useradd --create-home --uid 10001 briefbot \
    && mkdir /data \
    && chown briefbot:briefbot /data

# The token and the other settings come from the environment (compose.yaml: env_file .env);
# nothing secret is baked into the image. The database lives on the /data volume.
USER briefbot
ENV DATABASE_PATH=/data/briefbot.db
VOLUME ["/data"]
# Only used in webhook mode (WEBHOOK_URL set); long polling needs no open port.
EXPOSE 8443
# briefbot stops cleanly on SIGTERM (docker stop), finishing the messages in flight.
CMD ["briefbot", "run"]
